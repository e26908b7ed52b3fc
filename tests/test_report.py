"""Tests for kg/report.py: the report queries over a hand-written graph, Markdown and HTML rendering,
escaping of hostile document text, and the HTML as a real headless Chromium shows it."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest

from kg.errors import ConfigError
from kg.report import (
    REPORT_QUERIES,
    ReportData,
    Select,
    TimelinePoint,
    TimelineSeries,
    collect_report,
    escape_markdown,
    format_value,
    highlight_span,
    period_label,
    render_report,
    render_timeline_svg,
)
from kg.resources import QUERIES_DIR

FIXTURE = Path(__file__).parent / "fixtures" / "report_graph.trig"
XSD = "http://www.w3.org/2001/XMLSchema#"
HOSTILE_SCRIPT = "<script>document.title='pwned'</script>"


def _python(term: Any) -> Any:
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        datatype = term.datatype.value
        if datatype in (XSD + "integer", XSD + "int", XSD + "long"):
            return int(term.value)
        if datatype in (XSD + "decimal", XSD + "double", XSD + "float"):
            return float(term.value)
        if datatype == XSD + "date":
            return date.fromisoformat(term.value)
        return term.value
    return term.value


def make_select(store: ox.Store, convert: bool = True) -> Select:
    def select(query: str) -> list[dict[str, Any]]:
        result = store.query(query, use_default_graph_as_union=True)
        assert isinstance(result, ox.QuerySolutions)
        names = [v.value for v in result.variables]
        rows = []
        for solution in result:
            if convert:
                rows.append({n: _python(solution[n]) for n in names})
            else:  # a runner that hands back lexical forms only
                rows.append({n: (None if solution[n] is None else solution[n].value) for n in names})
        return rows

    return select


@pytest.fixture(scope="module")
def store() -> ox.Store:
    s = ox.Store()
    s.load(path=str(FIXTURE), format=ox.RdfFormat.TRIG)
    return s


@pytest.fixture(scope="module")
def data(store: ox.Store) -> ReportData:
    return collect_report(make_select(store))


@pytest.fixture(scope="module")
def markdown(data: ReportData) -> str:
    return render_report(data, "md")


@pytest.fixture(scope="module")
def html_report(data: ReportData) -> str:
    return render_report(data, "html")


# ---------------------------------------------------------------------------------------------- queries


@pytest.mark.parametrize("name", REPORT_QUERIES)
def test_report_query_files_have_headers(name: str) -> None:
    text = (QUERIES_DIR / f"{name}.rq").read_text(encoding="utf-8")
    for header in ("# title:", "# description:", "# params:"):
        assert header in text, f"{name}.rq lacks {header}"


@pytest.mark.parametrize("name", REPORT_QUERIES)
def test_report_queries_parse_and_run(store: ox.Store, name: str) -> None:
    rows = make_select(store)((QUERIES_DIR / f"{name}.rq").read_text(encoding="utf-8"))
    assert rows


def test_report_queries_dedupe_union_rows(store: ox.Store) -> None:
    # party and period nodes are repeated in several named graphs: each claim/finding must still be one row
    rows = make_select(store)((QUERIES_DIR / "report-timeline.rq").read_text(encoding="utf-8"))
    ids = [r["claimId"] for r in rows]
    assert len(ids) == len(set(ids)) == 8


# ---------------------------------------------------------------------------------------------- collect


def test_report_summary_counts(data: ReportData) -> None:
    s = data.summary
    assert (s.documents, s.claims, s.derived_claims) == (3, 8, 1)
    assert s.findings_by_type == {"value_mismatch": 1, "target_mismatch": 1, "corroboration": 1}
    assert (s.conflicts, s.corroborations) == (2, 1)
    assert s.statuses == {"open": 1, "explained": 1, "resolved": 0, "false_positive": 0}


def test_report_findings_ordered_by_severity_with_fields(data: ReportData) -> None:
    assert [f.id for f in data.findings] == ["f1", "f2"]
    f1, f2 = data.findings
    assert (f1.type, f1.severity, f1.status, f1.period) == ("value_mismatch", 0.8, "explained", "2021")
    assert f1.measure == "trade_turnover" and f1.measure_label == "trade turnover"
    assert f1.parties == ("China", "Russia")
    assert f1.explanation.startswith("2021 China–Russia trade is $140 billion")
    assert f1.note and "2020" in f1.note
    assert f2.status == "open" and f2.note is None
    assert [c.id for c in f2.claims] == ["cA1", "cC3"]  # by publication date


def test_report_claim_rows(data: ReportData) -> None:
    f1 = data.findings[0]
    peskov, derived = f1.claims  # derived claims come last
    assert peskov.value == "$140B"
    assert (peskov.speaker, peskov.speaker_role) == ("Dmitry Peskov", "Kremlin spokesman")
    assert (peskov.outlet, peskov.document, peskov.published) == ("Newsroom", "a.txt", date(2022, 2, 6))
    assert (peskov.kind, peskov.period, peskov.period_as_stated) == ("actual", "2021", "already")
    before, mark, after = peskov.quote_parts()
    assert mark == "$140 billion" and before + mark + after == peskov.sentence
    assert derived.derived and derived.value == "≈ $146.2B"
    assert derived.sentence is None and derived.highlight is None
    assert derived.derived_from == ("$190 billion (c.txt)", "nearly 30% (c.txt)")
    assert derived.method == "value / (1 + growth)"


def test_report_corroborations(data: ReportData) -> None:
    assert [f.id for f in data.corroborations] == ["f3"]
    (f3,) = data.corroborations
    assert not f3.is_conflict
    assert [c.document for c in f3.claims] == ["b.txt", "c.txt"]
    assert f3.claims[0].source == "Chinese General Administration of Customs"


def test_report_timelines(data: ReportData) -> None:
    assert [(s.measure, s.party_codes, s.unit) for s in data.timelines] == [
        ("trade_growth", ("CN", "RU"), "percent"),
        ("trade_turnover", ("CN", "RU"), "USD"),
    ]
    turnover = data.timelines[1]
    points = {p.claim: p for p in turnover.points}
    assert len(points) == 7
    assert points["cD1"].derived and points["cD1"].conflict
    assert points["cA3"].conflict and not points["cA2"].conflict
    assert points["cA2"].label == "more than $146B" and points["cA2"].high is None
    assert (points["cC3"].kind, points["cC3"].start, points["cC3"].end) == (
        "target",
        date(2024, 1, 1),
        date(2024, 12, 31),
    )
    assert [p.start.year for p in turnover.points] == sorted(p.start.year for p in turnover.points)


def test_report_accepts_lexical_rows(store: ox.Store, data: ReportData) -> None:
    """A runner that returns strings for numbers and dates gives the same report."""
    assert collect_report(make_select(store, convert=False)) == data


def test_report_on_empty_store_renders() -> None:
    data = collect_report(make_select(ox.Store()))
    assert data.summary.documents == 0 and not data.findings and not data.timelines
    assert data.summary.statuses == {"open": 0, "explained": 0, "resolved": 0, "false_positive": 0}
    assert "No conflicts found." in render_report(data, "md")
    assert "No conflicts found." in render_report(data, "html")


# ---------------------------------------------------------------------------------------------- values


@pytest.mark.parametrize(
    ("args", "kwargs", "expected"),
    [
        ((140e9, "USD", "exact"), {}, "$140B"),
        ((146153846153.8, "USD", "approx"), {}, "≈ $146.2B"),
        ((146153846153.8, "USD", "exact"), {"derived": True}, "≈ $146.2B"),
        ((146e9, "USD", "at_least"), {}, "more than $146B"),
        ((64e9, "USD", "at_most"), {}, "less than $64B"),
        ((64.5e9, "USD", "range"), {"low": 64e9, "high": 65e9}, "$64B–$65B"),
        ((218.2e9, "USD", "exact"), {}, "$218.2B"),
        ((1.3e12, "USD", "exact"), {}, "$1.3T"),
        ((450e6, "USD", "exact"), {}, "$450M"),
        ((25.0, "percent", "exact"), {}, "25 %"),
        ((4.03, "percent", "approx"), {}, "≈ 4.03 %"),
        ((2.5, "pp", "exact"), {}, "2.5 pp"),
        ((1250.0, "count", "exact"), {}, "1,250"),
        ((5e9, "EUR", "exact"), {}, "€5B"),
        ((5e9, "XYZ", "exact"), {}, "XYZ 5B"),
        ((None, "USD", "exact"), {"figure": "a few billion"}, "a few billion"),
    ],
)
def test_format_value(args: tuple[Any, ...], kwargs: dict[str, Any], expected: str) -> None:
    assert format_value(*args, **kwargs) == expected


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (date(2021, 1, 1), date(2021, 12, 31), "2021"),
        (date(2021, 1, 1), date(2022, 12, 31), "2021–2022"),
        (date(2023, 1, 1), date(2023, 11, 30), "Jan–Nov 2023"),
        (date(2023, 3, 1), date(2023, 3, 31), "Mar 2023"),
        (date(2023, 2, 1), date(2023, 2, 28), "Feb 2023"),
        (date(2022, 12, 1), date(2023, 1, 31), "Dec 2022–Jan 2023"),
        (date(2023, 3, 5), date(2023, 3, 5), "2023-03-05"),
        (date(2023, 3, 5), date(2023, 6, 30), "2023-03-05 – 2023-06-30"),
    ],
)
def test_period_label(start: date, end: date, expected: str) -> None:
    assert period_label(start, end) == expected


def test_highlight_span() -> None:
    assert highlight_span("It hit $190 billion in 2022.", "$190 billion") == (7, 19)
    assert highlight_span("It hit $190 Billion.", "$190 billion") == (7, 19)
    assert highlight_span("It hit 190 bn.", "$190 billion") is None
    assert highlight_span("", "$1") is None


def test_escape_markdown() -> None:
    assert escape_markdown("a | b") == r"a \| b"
    assert escape_markdown("`x` *y* [z](u)") == r"\`x\` \*y\* \[z\](u)"
    assert escape_markdown("<b>&lt;") == "&lt;b&gt;&amp;lt;"
    assert escape_markdown("R&D") == "R&D"
    assert escape_markdown("# not a heading\nnext") == r"\# not a heading next"
    assert escape_markdown(None) == ""


# ---------------------------------------------------------------------------------------------- render


def test_render_unknown_format(data: ReportData) -> None:
    with pytest.raises(ConfigError):
        render_report(data, "pdf")  # type: ignore[arg-type]


def test_render_md_tables(markdown: str, data: ReportData) -> None:
    assert markdown.startswith("# Conflict report\n")
    assert "| documents | claims | derived claims | conflicts | corroborations |" in markdown
    assert "| 3 | 8 | 1 | 2 | 1 |" in markdown
    assert markdown.count("| value | period | kind | speaker | outlet | document | date | quote |") == 3
    for finding in (*data.findings, *data.corroborations):
        assert escape_markdown(finding.explanation) in markdown
    assert "### 1. Value mismatch: trade turnover, China–Russia, 2021" in markdown
    assert "already reached **$140 billion**," in markdown
    assert "| ≈ $146.2B (derived) |" in markdown
    assert "derived from $190 billion (c.txt); nearly 30% (c.txt)" in markdown
    assert "see the HTML report for charts" in markdown
    assert "| 2021 | $140B | actual |  | yes | a.txt |" in markdown
    assert "<svg" not in markdown


def test_render_md_escapes_hostile_text(markdown: str) -> None:
    assert "<script" not in markdown and "<img" not in markdown and "<b>" not in markdown
    assert "&lt;script&gt;document.title='pwned'&lt;/script&gt;" in markdown
    assert r"\| R&D \`code\` & more." in markdown
    assert "The Courier & &lt;b&gt;Post&lt;/b&gt;" in markdown
    # every table row still has the 8 cells of its header: no unescaped pipe leaked in
    for line in markdown.splitlines():
        if line.startswith("| $190B |"):
            assert len(re.findall(r"(?<!\\)\|", line)) == 9


def test_render_html_content(html_report: str, data: ReportData) -> None:
    assert html_report.startswith("<!DOCTYPE html>")
    for finding in (*data.findings, *data.corroborations):
        assert f'id="finding-{finding.id}"' in html_report
    assert "2021 China–Russia trade is $140 billion in a.txt (Dmitry Peskov)" in html_report
    assert "already reached <mark>$140 billion</mark>," in html_report
    assert '<span class="badge status-explained">explained</span>' in html_report
    assert '<span class="badge status-open">open</span>' in html_report
    assert html_report.count("<svg ") == len(data.timelines) == 2
    assert "<?xml" not in html_report and "<!DOCTYPE svg" not in html_report


def test_render_html_escapes_hostile_text(html_report: str) -> None:
    assert "<script" not in html_report and "<img" not in html_report
    assert not [tag for tag in re.findall(r"<[^<>]+>", html_report) if "onerror" in tag]
    assert "&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;" in html_report
    assert "Trade &lt;b&gt;rose&lt;/b&gt; to <mark>$190 billion</mark> in 2022" in html_report
    assert "The Courier &amp; &lt;b&gt;Post&lt;/b&gt;" in html_report


def test_render_html_is_self_contained(html_report: str) -> None:
    assert 'http-equiv="Content-Security-Policy"' in html_report
    tags = re.findall(r"<[^<>]+>", html_report)  # escaped document text holds no '<'
    for needle in ("<link", "<script", "<img", "<iframe", "<object", " src=", "@import", "url(http"):
        assert not [tag for tag in tags if needle.strip() in tag], needle
    assert "@import" not in html_report and "url(http" not in html_report
    assert not re.findall(r'(?:href|src)="(https?:[^"]*)"', html_report)


def test_render_html_is_deterministic(data: ReportData, html_report: str) -> None:
    assert render_report(data, "html") == html_report


def test_chart_svg_ids_are_unique(html_report: str) -> None:
    ids = re.findall(r'\sid="([^"]+)"', html_report)
    assert len(ids) == len(set(ids))
    for ref in re.findall(r'(?:url\(#|href="#)([^")]+)', html_report):
        assert ref in ids


def test_chart_svg_text_is_selectable(data: ReportData) -> None:
    svg = render_timeline_svg(data.timelines[1])
    assert svg.startswith("<svg ") and svg.rstrip().endswith("</svg>")
    assert "<text" in svg and "$250B" in svg  # svg.fonttype none: text, not glyph paths
    assert 'aria-label="Timeline of trade turnover, China–Russia (USD billions)"' in svg


def test_chart_merges_identical_claims() -> None:
    point = TimelinePoint(
        claim="c0", value=200e9, low=199.5e9, high=200.5e9, bound="exact", start=date(2024, 1, 1),
        end=date(2024, 12, 31), period="2024", kind="target", derived=False, conflict=True, label="$200B",
        document="a.txt",
    )  # fmt: skip
    other = point.model_copy(update={"claim": "c9", "value": 250e9, "label": "$250B"})
    series = TimelineSeries(
        measure="trade_turnover",
        measure_label="trade turnover",
        party_codes=("CN", "RU"),
        parties=("China", "Russia"),
        unit="USD",
        points=(*(point.model_copy(update={"claim": f"c{i}"}) for i in range(5)), other),
    )
    svg = render_timeline_svg(series)
    assert "$200B ×5" in svg and "$250B" in svg
    assert svg.count('class="timeline"') == 1


def test_import_does_not_load_matplotlib() -> None:
    code = "import sys, kg.report; print('matplotlib' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


# ---------------------------------------------------------------------------------------------- browser


def _chromium() -> str | None:
    if Path("/usr/bin/chromium").is_file():
        return "/usr/bin/chromium"
    return shutil.which("chromium")


CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--virtual-time-budget=2000",
)


def _run_chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    chromium = _chromium()
    if chromium is None:
        pytest.skip("headless Chromium not found (/usr/bin/chromium or chromium on PATH)")
    profile = tmp_path / "profile"
    profile.mkdir(exist_ok=True)
    env = {**os.environ, "HOME": str(tmp_path)}
    cmd = [chromium, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args]
    try:
        return subprocess.run(cmd, capture_output=True, text=True, timeout=120, env=env, check=False)
    except subprocess.TimeoutExpired:
        pytest.fail("headless Chromium did not finish within 120 s")


@pytest.mark.slow
def test_browser_shows_report_and_runs_no_hostile_script(
    tmp_path: Path, html_report: str, data: ReportData
) -> None:
    page = tmp_path / "report.html"
    page.write_text(html_report, encoding="utf-8")
    result = _run_chromium(tmp_path, "--dump-dom", page.as_uri())
    dom = result.stdout
    assert "</html>" in dom, f"no DOM dumped (exit {result.returncode}): {result.stderr[-500:]}"
    # what a reader sees
    for finding in data.findings:
        assert finding.explanation in dom
    assert "<mark>$140 billion</mark>" in dom
    assert "<mark>$190 billion</mark>" in dom
    assert dom.count("<svg ") == len(data.timelines) == 2
    # the hostile sentence is shown as text and did not run
    assert "<title>Conflict report</title>" in dom
    assert "pwned" not in re.search(r"<title>(.*?)</title>", dom, re.S).group(1)  # type: ignore[union-attr]
    assert not re.search(r"<[a-z][^<>]*\sdata-pwned", dom)  # no element got the attribute
    assert "&lt;script&gt;document.title='pwned'&lt;/script&gt;" in dom
    assert "<script" not in dom and "<img" not in dom


@pytest.mark.slow
def test_browser_screenshot_smoke(tmp_path: Path, html_report: str) -> None:
    page = tmp_path / "report.html"
    page.write_text(html_report, encoding="utf-8")
    shot = tmp_path / "report.png"
    _run_chromium(tmp_path, f"--screenshot={shot}", "--window-size=1200,2400", page.as_uri())
    assert shot.is_file() and shot.stat().st_size > 10_000
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_report_party_labels_come_from_the_claim_graph_only() -> None:
    """A party the ontology labels too ("Turkey" beside CLDR's "Türkiye") is named once in a finding."""
    s = ox.Store()
    s.load(path=str(FIXTURE), format=ox.RdfFormat.TRIG)
    query = (QUERIES_DIR / "report-findings.rq").read_text(encoding="utf-8")
    before = make_select(s)(query)
    code = str(before[0]["partyCodes"]).split(",")[0]
    party = ox.NamedNode(f"https://w3id.org/claimgraph/id/party/{code}")
    s.add(ox.Quad(party, ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label"), ox.Literal("Other Name"),
                  ox.NamedNode("https://w3id.org/claimgraph/id/graph/ontology")))
    after = make_select(s)(query)
    assert [r["parties"] for r in after] == [r["parties"] for r in before]
    assert all(r["parties"] != r["partyCodes"] for r in before)  # the labels are there, not codes
