"""Conflict reports: collect findings, claims and timelines with the report-*.rq queries, render Markdown/HTML.

    collect_report(select) -> ReportData         runs queries/report-{summary,findings,claims,timeline}.rq
    render_report(data, "md" | "html") -> str    Jinja2 templates in kg/templates/, charts drawn with matplotlib

The report is rendered from the same SPARQL files users run (`kg query report-findings`), through a
`Select` callable, so this module does not care which store answers. Document text is untrusted: the
HTML template autoescapes everything, the Markdown template escapes it with `escape_markdown`.
"""

from __future__ import annotations

import html
import io
import math
import re
from collections.abc import Callable, Iterable
from datetime import date, datetime, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup
from pydantic import Field

from kg.errors import ConfigError, QueryError
from kg.models import CONFLICT_TYPES, REVIEW_STATUSES, Model
from kg.periods import period_label
from kg.resources import QUERIES_DIR
from kg.vocab import slug

Select = Callable[[str], list[dict[str, Any]]]
"""Runs a SPARQL SELECT over the union of all graphs; rows map variable -> str/int/float/date/None."""

ReportFormat = Literal["md", "html"]

TEMPLATES_DIR = Path(__file__).resolve().parent / "templates"
REPORT_QUERIES: tuple[str, ...] = ("report-summary", "report-findings", "report-claims", "report-timeline")
UNCLASSIFIED = "unclassified"  # claims without a measure concept get no timeline: their values are unrelated

_CURRENCY_CODE = re.compile(r"^[A-Z]{3}$")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


# ---------------------------------------------------------------------------------------------- models


class ReportSummary(Model):
    """The counts at the head of a report."""

    documents: int = 0
    claims: int = 0
    derived_claims: int = 0
    findings_by_type: dict[str, int] = Field(default_factory=dict)
    conflicts: int = 0
    corroborations: int = 0
    statuses: dict[str, int] = Field(default_factory=dict)


class ReportClaim(Model):
    """One claim of a finding, as shown in its table."""

    id: str
    value: str
    figure: str | None = None
    period: str | None = None
    period_as_stated: str | None = None
    kind: str | None = None
    speaker: str | None = None
    speaker_role: str | None = None
    source: str | None = None
    outlet: str | None = None
    document: str | None = None
    published: date | None = None
    sentence: str | None = None
    highlight: tuple[int, int] | None = None
    derived: bool = False
    derived_from: tuple[str, ...] = ()
    method: str | None = None

    def quote_parts(self) -> tuple[str, str, str]:
        """The sentence split around the figure: (before, figure, after); figure empty without a highlight."""
        text = self.sentence or ""
        if self.highlight is None:
            return text, "", ""
        start, end = self.highlight
        return text[:start], text[start:end], text[end:]


class ReportFinding(Model):
    """A conflict or corroboration with its claims."""

    id: str
    type: str
    is_conflict: bool
    severity: float
    measure: str
    measure_label: str
    parties: tuple[str, ...]
    period: str | None
    explanation: str
    status: str
    note: str | None = None
    claims: tuple[ReportClaim, ...] = ()

    @property
    def type_label(self) -> str:
        return _humanise(self.type).capitalize()

    @property
    def heading(self) -> str:
        parts = [self.measure_label]
        if self.parties:
            parts.append("–".join(self.parties))
        if self.period:
            parts.append(self.period)
        return ", ".join(parts)


class TimelinePoint(Model):
    """One claimed value on a timeline."""

    claim: str
    value: float
    low: float | None
    high: float | None
    bound: str
    start: date
    end: date
    period: str
    kind: str
    derived: bool
    conflict: bool
    label: str
    document: str | None


class TimelineSeries(Model):
    """Every claimed value of one measure, parties and unit, by period."""

    measure: str
    measure_label: str
    party_codes: tuple[str, ...]
    parties: tuple[str, ...]
    unit: str
    points: tuple[TimelinePoint, ...]

    @property
    def key(self) -> str:
        return f"{self.measure}:{'-'.join(self.party_codes)}:{self.unit}"

    @property
    def title(self) -> str:
        parties = "–".join(self.parties)
        return f"{self.measure_label}, {parties}" if parties else self.measure_label


class ReportData(Model):
    """Everything a report shows, independent of the output format."""

    title: str = "Conflict report"
    summary: ReportSummary
    findings: tuple[ReportFinding, ...] = ()  # conflicts, most severe first
    corroborations: tuple[ReportFinding, ...] = ()
    timelines: tuple[TimelineSeries, ...] = ()


# ---------------------------------------------------------------------------------------------- collect


def load_report_query(name: str) -> str:
    """The text of queries/{name}.rq."""
    path = QUERIES_DIR / f"{name}.rq"
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot read report query: {exc.strerror or exc}", path=str(path)) from exc


def collect_report(select: Select, *, title: str = "Conflict report") -> ReportData:
    """Run the report queries through `select` and assemble what the report shows.

    Args:
        select: runs a SPARQL SELECT over the union of all graphs and returns rows as dicts.
        title: the report title.
    Returns:
        ReportData: summary counts, conflicts by severity, corroborations, timeline series.
    """
    summary = _collect_summary(_run(select, "report-summary"))
    claims_by_finding: dict[str, list[ReportClaim]] = {}
    seen: set[tuple[str, str]] = set()
    for row in _run(select, "report-claims"):
        fid, cid = _str(row.get("findingId")), _str(row.get("claimId"))
        if fid is None or cid is None or (fid, cid) in seen:
            continue
        seen.add((fid, cid))
        claims_by_finding.setdefault(fid, []).append(_claim_from_row(row))
    findings: list[ReportFinding] = []
    corroborations: list[ReportFinding] = []
    done: set[str] = set()
    for row in _run(select, "report-findings"):
        fid = _str(row.get("id"))
        if fid is None or fid in done:
            continue
        done.add(fid)
        claims = sorted(claims_by_finding.get(fid, []), key=_claim_order)
        finding = _finding_from_row(row, tuple(claims))
        (findings if finding.is_conflict else corroborations).append(finding)
    findings.sort(key=lambda f: (-f.severity, f.id))
    corroborations.sort(key=lambda f: (-f.severity, f.id))
    timelines = _collect_timelines(_run(select, "report-timeline"))
    return ReportData(
        title=title,
        summary=summary,
        findings=tuple(findings),
        corroborations=tuple(corroborations),
        timelines=timelines,
    )


def _run(select: Select, name: str) -> list[dict[str, Any]]:
    try:
        return list(select(load_report_query(name)))
    except QueryError as exc:
        raise QueryError(f"report query {name}.rq failed: {exc}") from exc


def _collect_summary(rows: Iterable[dict[str, Any]]) -> ReportSummary:
    totals: dict[str, int] = {}
    by_type: dict[str, int] = {}
    statuses: dict[str, int] = dict.fromkeys(REVIEW_STATUSES, 0)
    for row in rows:
        group, key, count = _str(row.get("group")), _str(row.get("key")), _int(row.get("count")) or 0
        if key is None:
            continue
        if group == "total":
            totals[key] = count
        elif group == "type":
            by_type[key] = count
        elif group == "status":
            statuses[key] = statuses.get(key, 0) + count
    order = {t: i for i, t in enumerate((*CONFLICT_TYPES, "corroboration"))}
    by_type = dict(sorted(by_type.items(), key=lambda kv: (order.get(kv[0], len(order)), kv[0])))
    return ReportSummary(
        documents=totals.get("documents", 0),
        claims=totals.get("claims", 0),
        derived_claims=totals.get("derived_claims", 0),
        findings_by_type=by_type,
        conflicts=sum(n for t, n in by_type.items() if t != "corroboration"),
        corroborations=by_type.get("corroboration", 0),
        statuses=statuses,
    )


def _claim_from_row(row: dict[str, Any]) -> ReportClaim:
    derived = (_int(row.get("derived")) or 0) > 0
    figure = _str(row.get("figure"))
    sentence = _str(row.get("sentence"))
    start, end = _date(row.get("periodStart")), _date(row.get("periodEnd"))
    derived_from = _str(row.get("derivedFrom"))
    return ReportClaim(
        id=_str(row.get("claimId")) or "",
        value=format_value(
            _float(row.get("value")),
            _str(row.get("unit")) or "",
            _str(row.get("bound")) or "exact",
            low=_float(row.get("low")),
            high=_float(row.get("high")),
            derived=derived,
            figure=figure,
        ),
        figure=figure,
        period=period_label(start, end) if start and end else _str(row.get("periodLabel")),
        period_as_stated=_str(row.get("periodAsStated")),
        kind=_str(row.get("kind")) or None,
        speaker=_str(row.get("speaker")),
        speaker_role=_str(row.get("speakerRole")),
        source=_str(row.get("source")),
        outlet=_str(row.get("outlet")),
        document=_str(row.get("document")),
        published=_date(row.get("published")),
        sentence=sentence,
        highlight=highlight_span(sentence, figure) if sentence and figure else None,
        derived=derived,
        derived_from=tuple(sorted(p for p in (derived_from or "").split("; ") if p)),
        method=_str(row.get("method")),
    )


def _claim_order(c: ReportClaim) -> tuple[int, date, str, str]:
    return (1 if c.derived else 0, c.published or date.max, c.document or "", c.id)


def _finding_from_row(row: dict[str, Any], claims: tuple[ReportClaim, ...]) -> ReportFinding:
    ftype = _str(row.get("type")) or "unknown"
    measure = _str(row.get("measure")) or UNCLASSIFIED
    start, end = _date(row.get("periodStart")), _date(row.get("periodEnd"))
    return ReportFinding(
        id=_str(row.get("id")) or "",
        type=ftype,
        is_conflict=ftype != "corroboration",
        severity=_float(row.get("severity")) or 0.0,
        measure=measure,
        measure_label=_str(row.get("measureLabel")) or _humanise(measure),
        parties=_split(row.get("parties")),
        period=period_label(start, end) if start and end else _str(row.get("periodLabel")),
        explanation=_str(row.get("explanation")) or "",
        status=_str(row.get("status")) or "open",
        note=_str(row.get("note")),
        claims=claims,
    )


def _collect_timelines(rows: Iterable[dict[str, Any]]) -> tuple[TimelineSeries, ...]:
    groups: dict[tuple[str, tuple[str, ...], str], list[TimelinePoint]] = {}
    labels: dict[tuple[str, tuple[str, ...], str], tuple[str, tuple[str, ...]]] = {}
    seen: set[str] = set()
    for row in rows:
        claim, value = _str(row.get("claimId")), _float(row.get("value"))
        measure = _str(row.get("measure")) or UNCLASSIFIED
        start, end = _date(row.get("periodStart")), _date(row.get("periodEnd"))
        if claim is None or value is None or start is None or end is None or claim in seen:
            continue
        if measure == UNCLASSIFIED:
            continue
        seen.add(claim)
        unit, bound = _str(row.get("unit")) or "", _str(row.get("bound")) or "exact"
        derived = (_int(row.get("derived")) or 0) > 0
        low, high = _float(row.get("low")), _float(row.get("high"))
        key = (measure, _split(row.get("partyCodes")), unit)
        labels.setdefault(
            key, (_str(row.get("measureLabel")) or _humanise(measure), _split(row.get("parties")))
        )
        groups.setdefault(key, []).append(
            TimelinePoint(
                claim=claim,
                value=value,
                low=low,
                high=high,
                bound=bound,
                start=start,
                end=end,
                period=period_label(start, end),
                kind=_str(row.get("kind")) or "actual",
                derived=derived,
                conflict=(_int(row.get("conflict")) or 0) > 0,
                label=format_value(value, unit, bound, low=low, high=high, derived=derived),
                document=_str(row.get("document")),
            )
        )
    series = []
    for key in sorted(groups):
        measure, codes, unit = key
        measure_label, parties = labels[key]
        points = sorted(groups[key], key=lambda p: (p.start, p.end, p.value, p.claim))
        series.append(
            TimelineSeries(
                measure=measure,
                measure_label=measure_label,
                party_codes=codes,
                parties=parties,
                unit=unit,
                points=tuple(points),
            )
        )
    return tuple(series)


# ---------------------------------------------------------------------------------------------- values


def _str(v: Any) -> str | None:
    if v is None:
        return None
    s = str(v)
    return s if s != "" else None


def _float(v: Any) -> float | None:
    if v is None or v == "":
        return None
    try:
        f = float(v)
    except (TypeError, ValueError):
        return None
    return f if math.isfinite(f) else None


def _int(v: Any) -> int | None:
    f = _float(v)
    return None if f is None else int(f)


def _date(v: Any) -> date | None:
    if v is None:
        return None
    if isinstance(v, datetime):
        return v.date()
    if isinstance(v, date):
        return v
    try:
        return date.fromisoformat(str(v)[:10])
    except ValueError:
        return None


def _split(v: Any) -> tuple[str, ...]:
    """A comma-separated GROUP_CONCAT as a sorted tuple (GROUP_CONCAT has no order)."""
    return tuple(sorted({p.strip() for p in (_str(v) or "").split(",") if p.strip()}))


def _humanise(identifier: str) -> str:
    return identifier.replace("_", " ")


def _number(x: float) -> str:
    """About four significant digits, at most two decimals, thousands grouped: 66.2, 64.5, 4.03, 1,250."""
    if x == 0:
        return "0"
    decimals = max(0, min(2, 3 - math.floor(math.log10(abs(x)))))
    text = f"{x:,.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


@lru_cache(maxsize=64)
def _currency_symbol(code: str) -> str:
    from babel.numbers import get_currency_symbol

    try:
        return str(get_currency_symbol(code, locale="en"))
    except Exception:  # babel raises several types for unknown codes
        return code


def _scale(value: float) -> tuple[float, str]:
    """Divisor and suffix for a money amount: billions as B, and so on."""
    a = abs(value)
    for divisor, suffix in ((1e12, "T"), (1e9, "B"), (1e6, "M")):
        if a >= divisor:
            return divisor, suffix
    return 1.0, ""


def _plain(value: float, unit: str, divisor: float | None = None) -> str:
    if unit == "percent":
        return f"{_number(value)} %"
    if unit == "pp":
        return f"{_number(value)} pp"
    if unit == "count" or not unit:
        return _number(value)
    if _CURRENCY_CODE.match(unit):
        div, suffix = _scale(value) if divisor is None else (divisor, _suffix(divisor))
        number = _number(value / div) + suffix
        symbol = _currency_symbol(unit)
        return f"{symbol}{number}" if symbol != unit else f"{unit} {number}"
    return f"{_number(value)} {unit}"


def _suffix(divisor: float) -> str:
    return {1e12: "T", 1e9: "B", 1e6: "M"}.get(divisor, "")


def format_value(
    value: float | None,
    unit: str,
    bound: str = "exact",
    *,
    low: float | None = None,
    high: float | None = None,
    derived: bool = False,
    figure: str | None = None,
) -> str:
    """A claimed value as a reader wants it: "$64B", "≈ $66.2B", "12 %", "more than $60B", "$64B–$65B".

    Args:
        value: the normalised value (USD, not billions; percent as 25.0).
        unit: ISO 4217 code, "percent", "pp" or "count".
        bound: exact, approx, at_least, at_most or range.
        low, high: the interval, used for ranges.
        derived: derived values are computed, so they are shown as approximate.
        figure: the surface string, shown when there is no value.
    """
    if value is None:
        return figure or "—"
    if bound == "range" and low is not None and high is not None:
        return f"{_plain(low, unit)}–{_plain(high, unit)}"
    text = _plain(value, unit)
    if bound == "at_least":
        return f"more than {text}"
    if bound == "at_most":
        return f"less than {text}"
    if bound == "approx" or derived:
        return f"≈ {text}"
    return text


def highlight_span(sentence: str, figure: str) -> tuple[int, int] | None:
    """Char offsets of `figure` inside `sentence` (first occurrence, case-insensitive fallback), or None."""
    if not sentence or not figure:
        return None
    i = sentence.find(figure)
    if i < 0:
        lowered, target = sentence.lower(), figure.lower()
        if len(lowered) == len(sentence) and len(target) == len(figure):
            i = lowered.find(target)
    return (i, i + len(figure)) if i >= 0 else None


# ---------------------------------------------------------------------------------------------- render


_WHITESPACE = re.compile(r"\s+")
_MD_SPECIAL = re.compile(r"([\\`*_\[\]|~])")
_MD_ENTITY = re.compile(r"&(?=#?\w+;)")
_MD_LINE_START = re.compile(r"^([#>+\-=]|\d+[.)])")


def escape_markdown(text: Any) -> str:
    """Neutralise Markdown and HTML in untrusted text for a table cell or a paragraph (one line)."""
    if text is None:
        return ""
    s = _WHITESPACE.sub(" ", str(text))
    s = _MD_SPECIAL.sub(r"\\\1", s)
    s = _MD_ENTITY.sub("&amp;", s)
    s = s.replace("<", "&lt;").replace(">", "&gt;")
    return _MD_LINE_START.sub(r"\\\1", s)


@lru_cache(maxsize=1)
def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATES_DIR)),
        autoescape=select_autoescape(enabled_extensions=("html", "html.j2"), default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["md"] = escape_markdown
    env.filters["humanise"] = _humanise
    return env


def render_report(data: ReportData, fmt: ReportFormat) -> str:
    """Render a report as Markdown ("md") or a self-contained HTML page ("html").

    Raises:
        ConfigError: for any other format.
    """
    if fmt == "md":
        return _environment().get_template("report.md.j2").render(data=data)
    if fmt == "html":
        charts = [(series, Markup(render_timeline_svg(series))) for series in data.timelines]
        return _environment().get_template("report.html.j2").render(data=data, charts=charts)
    raise ConfigError(f"unknown report format {fmt!r} (use md or html)")


# ---------------------------------------------------------------------------------------------- charts

CONFLICT_COLOUR = "#c0392b"
CLAIM_COLOUR = "#2b6cb0"
KIND_MARKERS: dict[str, str] = {"actual": "o", "target": "s", "forecast": "D", "estimate": "^"}


def _axis_unit(series: TimelineSeries) -> tuple[float, str]:
    """Divisor for the y values and the y axis label."""
    unit = series.unit
    if unit == "percent":
        return 1.0, "percent"
    if unit == "pp":
        return 1.0, "percentage points"
    if _CURRENCY_CODE.match(unit):
        biggest = max((abs(p.value) for p in series.points), default=0.0)
        divisor, suffix = _scale(biggest)
        name = {"T": "trillions", "B": "billions", "M": "millions"}.get(suffix, "")
        return divisor, f"{unit} {name}".strip()
    return 1.0, unit or "value"


def _day(mdates: Any, d: date) -> float:
    return float(mdates.date2num(datetime(d.year, d.month, d.day)))


_TAG = re.compile(r"<[^<>]*>")
_ID_REFS = re.compile(r'(\sid="|url\(#|href="#)([^"()]+)')


def _scope_ids(svg: str, prefix: str) -> str:
    """Prefix every id and reference to it, so several charts can be inlined in one page."""
    return _TAG.sub(
        lambda tag: _ID_REFS.sub(lambda m: f"{m.group(1)}{prefix}{m.group(2)}", tag.group(0)), svg
    )


class _Mark(Model):
    """One drawn marker: identical claims (same period, value, interval, kind, flags) share it."""

    point: TimelinePoint
    count: int

    @property
    def label(self) -> str:
        return f"{self.point.label} ×{self.count}" if self.count > 1 else self.point.label


def _marks(points: Iterable[TimelinePoint]) -> dict[tuple[date, date], list[_Mark]]:
    """Markers by period, identical claims merged, ordered by value."""
    counts: dict[tuple[Any, ...], list[TimelinePoint]] = {}
    for p in points:
        key = (p.start, p.end, p.value, p.low, p.high, p.bound, p.kind, p.derived, p.conflict)
        counts.setdefault(key, []).append(p)
    by_period: dict[tuple[date, date], list[_Mark]] = {}
    for same in counts.values():
        first = same[0]
        by_period.setdefault((first.start, first.end), []).append(_Mark(point=first, count=len(same)))
    for marks in by_period.values():
        marks.sort(
            key=lambda m: (m.point.value, m.point.kind, m.point.derived, m.point.conflict, m.point.claim)
        )
    return dict(sorted(by_period.items()))


LABEL_SIZE = 7.5  # points
_Box = tuple[float, float, float, float]  # x0, y0, x1, y1 in points


def _overlaps(a: _Box, b: _Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _place_labels(ax: Any, dpi: float, labels: list[tuple[float, float, str]]) -> None:
    """Put value labels next to their markers where they hit no marker, no other label and stay in the axes.

    Greedy and deterministic: candidates right of the marker (level, then a line up/down), then left of
    it; a label with no free place is left out (every value is in the report's tables).
    """
    scale = 72.0 / dpi
    to_pt = [
        (float(px) * scale, float(py) * scale)
        for px, py in ax.transData.transform([(x, y) for x, y, _ in labels])
    ]
    (ax0, ay0), (ax1, ay1) = ((c * scale for c in corner) for corner in ax.bbox.get_points())
    obstacles: list[_Box] = [(px - 5, py - 5, px + 5, py + 5) for px, py in to_pt]
    height = LABEL_SIZE + 1.5
    for (x, y, text), (px, py) in zip(labels, to_pt, strict=True):
        width = 0.6 * LABEL_SIZE * len(text)
        for dx, dy in ((7, 0), (7, 9), (7, -9), (7, 18), (7, -18), (-7, 0), (-7, 9), (-7, -9)):
            left = px + dx if dx > 0 else px + dx - width
            box = (left, py + dy - height / 2, left + width, py + dy + height / 2)
            if box[0] < ax0 or box[2] > ax1 or box[1] < ay0 or box[3] > ay1:
                continue
            if any(_overlaps(box, o) for o in obstacles):
                continue
            obstacles.append(box)
            ax.annotate(
                text,
                (x, y),
                xytext=(dx, dy),
                textcoords="offset points",
                fontsize=LABEL_SIZE,
                ha="left" if dx > 0 else "right",
                va="center",
                color="#333333",
            )
            break


def render_timeline_svg(series: TimelineSeries) -> str:
    """Draw one timeline as an inline `<svg>` element (no XML prolog), deterministic for the same data.

    x is the period midpoint with a horizontal bar over the period, y the value with the low/high
    interval as error bar (an arrow for an open side); conflicting claims are red, derived ones hollow
    and dashed, the marker shape is the claim kind. Identical claims share a marker ("×3").
    """
    import matplotlib  # slow import: only when a chart is drawn
    from matplotlib import dates as mdates
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D
    from matplotlib.ticker import FuncFormatter

    divisor, ylabel = _axis_unit(series)
    rc: dict[Any, Any] = {
        "svg.hashsalt": f"claimgraph:{series.key}",  # stable ids, unique per chart on one page
        "svg.fonttype": "none",  # text stays text: selectable and searchable
        "text.parse_math": False,  # "$140B – $146B" is not mathtext
        "font.family": "sans-serif",
        "font.size": 9.0,
        "axes.spines.top": False,
        "axes.spines.right": False,
    }
    with matplotlib.rc_context(rc):
        fig = Figure(figsize=(9.0, 3.8))
        ax = fig.add_subplot()
        values = [p.value / divisor for p in series.points]
        bounds = [b / divisor for p in series.points for b in (p.low, p.high) if b is not None]
        span = (max(values + bounds) - min(values + bounds)) or max(abs(v) for v in values) or 1.0
        arrow = span * 0.12
        kinds: set[str] = set()
        labels: list[tuple[float, float, str]] = []
        for (start, end), marks in _marks(series.points).items():
            x0, x1 = _day(mdates, start), _day(mdates, end + timedelta(days=1))
            # values claimed for the same period are spread over the middle of the period bar
            step = min((x1 - x0) * 0.6 / (len(marks) - 1), (x1 - x0) * 0.2) if len(marks) > 1 else 0.0
            for i, mark in enumerate(marks):
                p = mark.point
                colour = CONFLICT_COLOUR if p.conflict else CLAIM_COLOUR
                style: Literal["-", "--"] = "--" if p.derived else "-"
                x = (x0 + x1) / 2 + (i - (len(marks) - 1) / 2) * step
                y = p.value / divisor
                ax.hlines(y, x0, x1, colors=colour, linestyles=style, linewidth=3.0, alpha=0.3)
                low = p.low / divisor if p.low is not None else None
                high = p.high / divisor if p.high is not None else None
                if low is not None or high is not None:
                    ax.vlines(
                        x,
                        low if low is not None else y,
                        high if high is not None else y,
                        colors=colour,
                        linestyles=style,
                        linewidth=1.2,
                    )
                if p.bound in ("at_least", "at_most") and (high is None or low is None):
                    tip = y + arrow if high is None else y - arrow
                    ax.annotate(
                        "",
                        xy=(x, tip),
                        xytext=(x, y),
                        arrowprops={"arrowstyle": "->", "color": colour, "linestyle": style},
                    )
                kinds.add(p.kind)
                ax.plot(
                    [x],
                    [y],
                    linestyle="none",
                    marker=KIND_MARKERS.get(p.kind, "o"),
                    markersize=7,
                    markerfacecolor="white" if p.derived else colour,
                    markeredgecolor=colour,
                    markeredgewidth=1.6,
                    zorder=3,
                )
                labels.append((x, y, mark.label))
        first = min(p.start for p in series.points)
        last = max(p.end for p in series.points)
        pad = max(60.0, (last - first).days * 0.08)
        ax.set_xlim(_day(mdates, first) - pad, _day(mdates, last) + pad)
        ax.margins(y=0.15)
        ax.autoscale_view(scalex=False)
        ax.set_ylim(*ax.get_ylim())
        _place_labels(ax, fig.dpi, labels)
        locator = mdates.AutoDateLocator(minticks=3, maxticks=8)
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
        ax.set_ylabel(ylabel)
        ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _pos: f"{v:g}"))
        ax.grid(axis="y", color="#dddddd", linewidth=0.6)
        ax.set_axisbelow(True)
        handles = [
            Line2D([], [], linestyle="-", color=CLAIM_COLOUR, marker="o", label="claim"),
            Line2D([], [], linestyle="-", color=CONFLICT_COLOUR, marker="o", label="in a conflict"),
            Line2D(
                [], [], linestyle="--", color="#555555", marker="o", markerfacecolor="white", label="derived"
            ),
        ]
        handles += [
            Line2D([], [], linestyle="none", color="#555555", marker=KIND_MARKERS.get(k, "o"), label=k)
            for k in sorted(kinds)
        ]
        ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False, fontsize=8)
        buf = io.StringIO()
        fig.savefig(buf, format="svg", bbox_inches="tight", metadata={"Date": None})
    svg = _scope_ids(buf.getvalue()[buf.getvalue().index("<svg") :], f"tl-{slug(series.key)}-")
    aria = html.escape(f"Timeline of {series.title} ({ylabel})", quote=True)
    return svg.replace("<svg ", f'<svg role="img" aria-label="{aria}" class="timeline" ', 1).strip()
