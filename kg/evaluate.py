"""Score extracted claims and reconciliation findings against gold annotations.

The gold format and the scoring rules are in the team's ``GOLD_SCHEMA.md``; this module implements them:

- **claim recall**: a required (not ``optional``) gold claim is found when a non-derived system claim of the
  same document has a value within 0.5 % in the same unit, the same kind (or one of ``kind_alternatives``) and
  a period overlapping the gold period or one of ``period_alternatives``. A null gold period accepts any
  system period, or none. A gold ``at_least`` claim also matches a claim whose ``low`` is its value,
  ``at_most`` one whose ``high`` is, and a system ``range`` claim matches through either end (a range such as
  "$64-65 billion" is annotated as two gold claims). Matching is not one-to-one: a headline repeating a
  figure matches the same gold claim as the body.
- **claim precision**: non-derived system claims in gold documents that match some gold claim (optional ones
  included), over all of them; a claim whose figure is one of the document's ``not_claims`` is false.
- **conflict recall** over ``must: true`` conflicts: found when one reported conflict links system claims
  matching every gold claim of ``claims`` or of one entry of ``alternatives``, through at least two of its
  claims. A derived claim stands for the claims in its ``derived_from``, recursively.
- **false conflicts**: reported conflicts, credited to no gold conflict, whose claims all match gold claims
  that agree (same measure, unit, kind and period, values within tolerance), or that hit a trap.
- **trap hits** (beside the schema: conflicts.gold.yaml's ``traps``, or ``not_conflicts``, lists claims that
  look comparable but are not, and "a conflict reported on a trap pair is a false conflict"): a reported
  conflict hits a trap when it links system claims matching every claim of the trap's ``claims`` or of one
  entry of its ``alternatives``, matched as conflicts are. A trap is a mapping (``claims``, optional
  ``alternatives``, ``id``, ``why``) or a string "102:c7 vs 101:c2 / 103:c1 - why" (the left claim against
  each right one). A finding that also found a gold conflict is listed but not false.
- **incomparable conflicts** (a diagnostic beside the schema's rule, which cannot see them): reported
  conflicts, credited to no gold conflict, whose claims all match gold claims but no choice of them shares
  measure (or its mirror: exports/imports, surplus/deficit), parties and an overlapping period — the pass compared figures that are not about the same thing
  (a one-country total against a pair's trade, a base year's figure given to the next year's figures).
- **corroboration recall**: a gold corroboration is found when one cluster of linked corroboration findings
  holds claims matching all of its gold claims.

``load_gold`` reads a folder of ``*.gold.yaml`` files, ``evaluate`` scores, ``format_report`` renders text
whose last four lines are the summary.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable, Sequence
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any, Literal, TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from kg.errors import GoldError
from kg.lexicon import load_lexicon
from kg.models import CONFLICT_TYPES, Claim, Finding, Kind, Period
from kg.reconcile import load_settings

REL_TOL = 0.005
"""Relative tolerance for equal values: 0.5 %."""

GOLD_SUFFIX = ".gold.yaml"
CONFLICTS_FILE = "conflicts.gold.yaml"

GoldBound = Literal["exact", "approx", "at_least", "at_most", "range"]


# --------------------------------------------------------------------------------------------------- gold


class GoldModel(BaseModel):
    # Annotators add notes (set_on, checks, ...): unknown keys are ignored, missing ones are errors.
    model_config = ConfigDict(frozen=True, extra="ignore")


class GoldPeriod(GoldModel):
    """An ISO 8601 period of the gold file: "2021", "2022-02", "2022-02-06", "2023-01/2023-11"."""

    text: str
    start: date
    end: date

    def overlaps(self, start: date, end: date) -> bool:
        return self.start <= end and start <= self.end

    def same(self, other: GoldPeriod) -> bool:
        return self.start == other.start and self.end == other.end


_PERIOD_PART = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-Q([1-4])|-H([12]))?")


def _period_part(text: str) -> tuple[date, date]:
    m = _PERIOD_PART.fullmatch(text.strip())
    if not m:
        raise ValueError(f"not an ISO period: {text!r}")
    year = int(m[1])
    if m[3]:
        day = date(year, int(m[2]), int(m[3]))
        return day, day
    if m[2]:
        month = int(m[2])
        if not 1 <= month <= 12:
            raise ValueError(f"not an ISO period: {text!r}")
        return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
    if m[4] or m[5]:
        months = 3 if m[4] else 6
        first = (int(m[4] or m[5]) - 1) * months + 1
        last = first + months - 1
        return date(year, first, 1), date(year, last, calendar.monthrange(year, last)[1])
    return date(year, 1, 1), date(year, 12, 31)


def parse_period(value: object) -> GoldPeriod | None:
    """A gold period from its YAML value (a string, a bare year or a date); None stays None."""
    if value is None or isinstance(value, GoldPeriod):
        return value
    if isinstance(value, bool) or not isinstance(value, str | int | date):
        raise ValueError(f"not an ISO period: {value!r}")
    text = value.isoformat() if isinstance(value, date) else str(value).strip()
    try:
        if "/" in text:
            left, _, right = text.partition("/")
            start, end = _period_part(left)[0], _period_part(right)[1]
        else:
            start, end = _period_part(text)
    except ValueError as exc:  # also date() on a bad day
        raise ValueError(f"not an ISO period: {text!r}") from exc
    if start > end:
        raise ValueError(f"period ends before it starts: {text!r}")
    return GoldPeriod(text=text, start=start, end=end)


def _number(value: object) -> object:
    # PyYAML (YAML 1.1) reads 64e9 and 12.5e9 as strings: a float needs a dot and a signed exponent.
    if isinstance(value, bool):
        raise ValueError("a number is required")
    if isinstance(value, str):
        try:
            return float(value.replace("_", ""))
        except ValueError as exc:
            raise ValueError(f"not a number: {value!r}") from exc
    return value


class GoldClaim(GoldModel):
    """One annotated figure of a gold document."""

    id: str
    document: str = Field(description="file name of the document")
    prefix: str = Field(
        description="the document's prefix in conflict ids: the file name up to the first '_'"
    )
    line: int = Field(description="line of the claim in its gold file")
    quote: str | None
    figure: str | None
    value: float | None
    unit: str | None
    bound: GoldBound | None
    measure: str
    parties: tuple[str, ...]
    kind: Kind
    kind_alternatives: tuple[Kind, ...] = ()
    period: GoldPeriod | None
    period_alternatives: tuple[GoldPeriod | None, ...] = ()
    period_as_stated: str | None = None
    optional: bool = False
    speaker: str | None = None
    source: str | None = None

    @field_validator("value", mode="before")
    @classmethod
    def _value(cls, v: object) -> object:
        return None if v is None else _number(v)

    @field_validator("period", mode="before")
    @classmethod
    def _period(cls, v: object) -> object:
        return parse_period(v)

    @field_validator("period_alternatives", mode="before")
    @classmethod
    def _period_alternatives(cls, v: object) -> object:
        if not isinstance(v, list | tuple):
            raise ValueError("a list of periods is required")
        return tuple(parse_period(p) for p in v)

    @field_validator("quote", "figure", "unit", "measure", mode="before")
    @classmethod
    def _text(cls, v: object) -> object:
        return str(v) if isinstance(v, int | float) and not isinstance(v, bool) else v

    @property
    def ref(self) -> str:
        """The id conflicts use: "001:c7"."""
        return f"{self.prefix}:{self.id}"

    @property
    def kinds(self) -> tuple[str, ...]:
        return (self.kind, *self.kind_alternatives)

    @property
    def periods(self) -> tuple[GoldPeriod | None, ...]:
        return (self.period, *self.period_alternatives)


class GoldDocument(GoldModel):
    """One gold file: the document's metadata, its claims and the figures that are not claims."""

    file: str
    path: str = Field(description="the gold file")
    published: date | None = None
    published_inferred: str | None = None
    outlet: str | None = None
    claims: tuple[GoldClaim, ...] = ()
    not_claims: tuple[str, ...] = ()

    @field_validator("published_inferred", mode="before")
    @classmethod
    def _inferred(cls, v: object) -> object:
        return v.isoformat() if isinstance(v, date) else (str(v) if isinstance(v, int) else v)

    @property
    def prefix(self) -> str:
        return self.file.split("_")[0]


class _ClaimSets(GoldModel):
    """Claims of the gold named together, with alternative sets: any entry of ``options`` stands for them."""

    claims: tuple[str, ...] = Field(min_length=2)
    alternatives: tuple[tuple[str, ...], ...] = ()

    @field_validator("alternatives")
    @classmethod
    def _alternatives(cls, v: tuple[tuple[str, ...], ...]) -> tuple[tuple[str, ...], ...]:
        if any(len(option) < 2 for option in v):
            raise ValueError("each alternative needs at least two claims")
        return v

    @property
    def options(self) -> tuple[tuple[str, ...], ...]:
        return (self.claims, *self.alternatives)


class GoldConflict(_ClaimSets):
    """A conflict the system should flag: any entry of ``options`` linked by one finding finds it."""

    id: str
    type: str
    must: bool
    why: str | None = None
    line: int

    @field_validator("type")
    @classmethod
    def _type(cls, v: str) -> str:
        if v not in CONFLICT_TYPES:
            raise ValueError(f"unknown conflict type {v!r} (one of {', '.join(CONFLICT_TYPES)})")
        return v


class GoldTrap(_ClaimSets):
    """Claims that look comparable but are not (partial period vs full year, mirror statistics, goods vs goods
    and services): a conflict reported on them is a false conflict. Any entry of ``options`` hits it."""

    id: str | None = None
    why: str | None = None
    line: int
    label: str = Field(description="its id, else where it is in the file: 'traps[3]'")

    @field_validator("id", "why", mode="before")
    @classmethod
    def _text(cls, v: object) -> object:
        return str(v) if isinstance(v, int | float) and not isinstance(v, bool) else v


class GoldCorroboration(GoldModel):
    """Agreeing claims a good system links as the same fact."""

    claims: tuple[str, ...] = Field(min_length=2)
    line: int


class Gold(GoldModel):
    """Every gold file of a folder."""

    root: str
    documents: tuple[GoldDocument, ...]
    conflicts: tuple[GoldConflict, ...] = ()
    corroborations: tuple[GoldCorroboration, ...] = ()
    traps: tuple[GoldTrap, ...] = ()

    def document(self, file: str) -> GoldDocument | None:
        name = Path(file).name
        return next((d for d in self.documents if d.file == name), None)

    def claim(self, ref: str) -> GoldClaim:
        prefix, _, cid = ref.partition(":")
        for doc in self.documents:
            if doc.prefix == prefix:
                for c in doc.claims:
                    if c.id == cid:
                        return c
        raise KeyError(ref)

    @property
    def claims(self) -> tuple[GoldClaim, ...]:
        return tuple(c for d in self.documents for c in d.claims)


class _Map(dict[str, Any]):
    """A YAML mapping that remembers where it and each of its keys are (1-based lines)."""

    line: int = 0
    key_lines: dict[str, int]


class _Seq(list[Any]):
    """A YAML sequence that remembers the line of each item (1-based), which a string item cannot hold."""

    item_lines: list[int]


_M = TypeVar("_M", bound=GoldModel)


class _Loader(yaml.SafeLoader):
    pass


def _construct_map(loader: yaml.SafeLoader, node: yaml.MappingNode) -> _Map:
    loader.flatten_mapping(node)
    out = _Map()
    out.line = node.start_mark.line + 1
    out.key_lines = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if not isinstance(key, str):
            raise yaml.constructor.ConstructorError(
                None, None, f"key {key!r} is not a string", key_node.start_mark
            )
        if key in out:
            raise yaml.constructor.ConstructorError(None, None, f"duplicate key {key!r}", key_node.start_mark)
        out[key] = loader.construct_object(value_node, deep=True)
        out.key_lines[key] = key_node.start_mark.line + 1
    return out


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_map)  # type: ignore[arg-type]


def _construct_seq(loader: yaml.SafeLoader, node: yaml.SequenceNode) -> _Seq:
    out = _Seq(loader.construct_object(child, deep=True) for child in node.value)
    out.item_lines = [child.start_mark.line + 1 for child in node.value]
    return out


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_seq)  # type: ignore[arg-type]


def _construct_number(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> object:
    # YAML 1.1 reads 03:41 as the base-60 number 221: a clock time in not_claims must stay text.
    text = loader.construct_scalar(node)
    if ":" in str(text):
        return text
    if node.tag.endswith(":int"):
        return loader.construct_yaml_int(node)
    return loader.construct_yaml_float(node)


_Loader.add_constructor("tag:yaml.org,2002:int", _construct_number)  # type: ignore[arg-type]
_Loader.add_constructor("tag:yaml.org,2002:float", _construct_number)  # type: ignore[arg-type]


def _read_yaml(path: Path) -> _Map:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldError(f"cannot read gold file: {exc}", path=str(path)) from exc
    try:
        data = yaml.load(text, Loader=_Loader)  # a SafeLoader subclass
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        problem = " ".join(str(p) for p in (exc.context, exc.problem) if p) or "malformed YAML"
        raise GoldError(f"malformed YAML: {problem}", path=str(path), line=line) from exc
    except yaml.YAMLError as exc:
        raise GoldError(f"malformed YAML: {exc}", path=str(path)) from exc
    if not isinstance(data, _Map):
        raise GoldError("a gold file must be a YAML mapping", path=str(path), line=1)
    return data


def _build(model: type[_M], raw: object, path: Path, what: str, line: int, extra: dict[str, Any]) -> _M:
    """Validate one YAML mapping into a gold model; errors name the file, the line and the key."""
    if not isinstance(raw, _Map):
        raise GoldError(f"{what}: a mapping is required", path=str(path), line=line)
    try:
        return model.model_validate({**raw, **extra})
    except ValidationError as exc:
        err = exc.errors()[0]
        field = str(err["loc"][0]) if err["loc"] else ""
        at = raw.key_lines.get(field, raw.line)
        if err["type"] == "missing":
            message = f"{what}: missing key {field!r}"
        else:
            loc = ".".join(str(p) for p in err["loc"])
            message = f"{what}: {loc}: {err['msg']}"
        raise GoldError(message, path=str(path), line=at) from exc


def _list(data: _Map, key: str, path: Path) -> list[Any]:
    value = data.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        raise GoldError(f"{key!r} must be a list", path=str(path), line=data.key_lines.get(key, data.line))
    return value


def _load_document(path: Path) -> GoldDocument:
    data = _read_yaml(path)
    meta = data.get("document")
    if not isinstance(meta, _Map):
        what = "missing key 'document'" if meta is None else "document: a mapping is required"
        raise GoldError(what, path=str(path), line=data.key_lines.get("document", 1))
    file_name = meta.get("file")
    if not isinstance(file_name, str) or not file_name.strip():
        raise GoldError(
            "document: missing key 'file'", path=str(path), line=meta.key_lines.get("file", meta.line)
        )
    file = Path(file_name.strip()).name
    prefix = file.split("_")[0]
    claims: list[GoldClaim] = []
    for n, raw in enumerate(_list(data, "claims", path)):
        cid = raw.get("id") if isinstance(raw, _Map) else None
        what = f"claim {cid}" if cid is not None else f"claims[{n}]"
        line = raw.line if isinstance(raw, _Map) else data.key_lines["claims"]
        claim = _build(GoldClaim, raw, path, what, line, {"document": file, "prefix": prefix, "line": line})
        if claim.value is None and not claim.optional:
            raise GoldError(f"{what}: value is null but the claim is not optional", path=str(path), line=line)
        if claim.value is not None and claim.unit is None:
            raise GoldError(f"{what}: a value needs a unit", path=str(path), line=line)
        if any(c.id == claim.id for c in claims):
            raise GoldError(f"duplicate claim id {claim.id!r}", path=str(path), line=line)
        claims.append(claim)
    raw_not = data.get("not_claims") or []
    if not isinstance(raw_not, list) or any(isinstance(x, dict | list) or x is None for x in raw_not):
        raise GoldError(
            "not_claims: a list of strings is required",
            path=str(path),
            line=data.key_lines.get("not_claims", 1),
        )
    doc = _build(GoldDocument, meta, path, "document", meta.line, {"file": file, "path": str(path)})
    return doc.model_copy(update={"claims": tuple(claims), "not_claims": tuple(str(x) for x in raw_not)})


def load_gold(gold_dir: Path) -> Gold:
    """Read every ``*.gold.yaml`` of a folder (one per document, plus ``conflicts.gold.yaml``).

    Raises:
        GoldError: the folder has no gold files, or a file is malformed (message names file and line),
            or a conflict refers to a claim no gold file defines.
    """
    root = Path(gold_dir)
    if not root.is_dir():
        raise GoldError("not a folder of gold files", path=str(root))
    paths = sorted(p for p in root.iterdir() if p.name.endswith(GOLD_SUFFIX) and p.is_file())
    doc_paths = [p for p in paths if p.name != CONFLICTS_FILE]
    if not doc_paths:
        raise GoldError(f"no *{GOLD_SUFFIX} document files", path=str(root))
    documents = sorted((_load_document(p) for p in doc_paths), key=lambda d: d.file)
    by_prefix: dict[str, GoldDocument] = {}
    for doc in documents:
        other = by_prefix.setdefault(doc.prefix, doc)
        if other is not doc:
            clash = "is annotated twice" if other.file == doc.file else f"shares its prefix {doc.prefix!r}"
            raise GoldError(f"{doc.file} {clash}: see {other.path}", path=doc.path, line=1)
    gold = Gold(root=str(root), documents=tuple(documents))
    conflicts_path = root / CONFLICTS_FILE
    if not conflicts_path.is_file():
        return gold
    data = _read_yaml(conflicts_path)
    conflicts: list[GoldConflict] = []
    for n, raw in enumerate(_list(data, "conflicts", conflicts_path)):
        cid = raw.get("id") if isinstance(raw, _Map) else None
        what = f"conflict {cid}" if cid is not None else f"conflicts[{n}]"
        line = raw.line if isinstance(raw, _Map) else data.key_lines["conflicts"]
        conflict = _build(GoldConflict, raw, conflicts_path, what, line, {"line": line})
        _check_refs(
            gold, (r for option in conflict.options for r in option), conflicts_path, what, conflict.line
        )
        conflicts.append(conflict)
    corroborations: list[GoldCorroboration] = []
    for n, raw in enumerate(_list(data, "corroborations", conflicts_path)):
        what = f"corroborations[{n}]"
        line = raw.line if isinstance(raw, _Map) else data.key_lines["corroborations"]
        corroboration = _build(GoldCorroboration, raw, conflicts_path, what, line, {"line": line})
        _check_refs(gold, corroboration.claims, conflicts_path, what, corroboration.line)
        corroborations.append(corroboration)
    traps = [trap for key in TRAP_KEYS for trap in _load_traps(gold, data, key, conflicts_path)]
    return gold.model_copy(
        update={"conflicts": tuple(conflicts), "corroborations": tuple(corroborations), "traps": tuple(traps)}
    )


TRAP_KEYS = ("traps", "not_conflicts")
"""Keys of conflicts.gold.yaml listing claims that must not be reported as conflicts (both mean the same)."""

_TRAP_HEAD = re.compile(r"^(.*?)\s+-\s")  # a string trap's refs end at the first spaced dash: "... - why"
_TRAP_VS = re.compile(r"\s+vs\.?\s+")
_TRAP_REF = re.compile(r"(?<![\w:])([\w.-]+):([\w.-]+)")


def _trap_from_text(gold: Gold, text: str) -> tuple[tuple[str, ...], ...] | None:
    """The options of a trap written as text: "102:c7 vs 101:c2 / 103:c1 - why" pairs the left claim with each
    right one. None when the text has no "vs" between two sides naming claims."""
    head = _TRAP_HEAD.match(text)
    sides = _TRAP_VS.split(head[1] if head else text, maxsplit=1)
    if len(sides) != 2:
        return None
    prefixes = {d.prefix for d in gold.documents}
    left, right = (
        [f"{m[1]}:{m[2].rstrip('.')}" for m in _TRAP_REF.finditer(side) if m[1] in prefixes] for side in sides
    )
    if not left or not right:
        return None
    return tuple((a, b) for a in left for b in right)


def _load_traps(gold: Gold, data: _Map, key: str, path: Path) -> list[GoldTrap]:
    """A trap is a mapping like a conflict's (``claims``, optional ``alternatives``, ``id``, ``why``) or a
    string "<prefix:id> vs <prefix:id>[ / <prefix:id>] - why"."""
    traps: list[GoldTrap] = []
    items = _list(data, key, path)
    for n, raw in enumerate(items):
        tid = raw.get("id") if isinstance(raw, _Map) else None
        label = str(tid) if tid is not None else f"{key}[{n}]"
        what = f"trap {label}" if tid is not None else label
        if isinstance(raw, _Map):
            line = raw.line
        else:
            line = items.item_lines[n] if isinstance(items, _Seq) else data.key_lines[key]
        options = _trap_from_text(gold, raw) if isinstance(raw, str) else None
        if isinstance(raw, str) and options is not None:
            trap = GoldTrap(claims=options[0], alternatives=options[1:], why=raw, line=line, label=label)
        elif isinstance(raw, _Map):
            trap = _build(GoldTrap, raw, path, what, line, {"line": line, "label": label})
        else:
            raise GoldError(
                f"{what}: a mapping with claims, or a string 'prefix:id vs prefix:id - why', is required",
                path=str(path),
                line=line,
            )
        _check_refs(gold, (r for option in trap.options for r in option), path, what, trap.line)
        traps.append(trap)
    return traps


def _check_refs(gold: Gold, refs: Iterable[str], path: Path, what: str, line: int) -> None:
    for ref in refs:
        try:
            gold.claim(ref)
        except KeyError:
            raise GoldError(
                f"{what}: unknown claim {ref!r} (want 'prefix:claim-id')", path=str(path), line=line
            ) from None


# --------------------------------------------------------------------------------------------------- report


class DocumentScore(GoldModel):
    file: str
    gold: int = Field(description="required gold claims")
    found: int
    optional: int = Field(description="optional gold claims")
    optional_found: int
    system: int = Field(description="non-derived system claims")
    true: int
    false: int


class ClaimMiss(GoldModel):
    """A required gold claim no system claim matched, with the nearest system claim and why it failed."""

    ref: str
    document: str
    quote: str | None
    figure: str | None
    closest: str | None = Field(description="id of the nearest system claim by value in the same document")
    closest_figure: str | None
    reasons: tuple[str, ...]


class FalseClaim(GoldModel):
    document: str
    claim: str
    figure: str
    evidence: str
    reason: Literal["not_claim", "unmatched"]


class ConflictResult(GoldModel):
    id: str
    type: str
    must: bool
    found: bool
    finding: str | None = Field(description="the first finding that links it")
    via: tuple[str, ...] = Field(description="the gold claims of the option it was found through")


class FalseConflict(GoldModel):
    finding: str
    type: str
    claims: tuple[str, ...]
    agreeing: tuple[str, ...] = Field(
        default=(), description="agreeing gold claims the finding's claims match (empty: a trap's alone)"
    )
    traps: tuple[str, ...] = Field(default=(), description="labels of the gold traps the finding hits")


class TrapHit(GoldModel):
    """A reported conflict linking claims that match both sides of a gold trap."""

    trap: str = Field(description="the trap's id, else its place in the file: 'traps[3]'")
    line: int = Field(description="line of the trap in conflicts.gold.yaml")
    why: str | None
    finding: str
    type: str
    claims: tuple[str, ...]
    via: tuple[str, ...] = Field(description="the gold claims of the trap option it hit")
    credited: str | None = Field(
        default=None, description="the gold conflict the finding found as well: then it is no false conflict"
    )


class IncomparableConflict(GoldModel):
    finding: str
    type: str
    claims: tuple[str, ...]
    gold: tuple[str, ...] = Field(description="the gold claims the finding's claims match, first of each")


class CorroborationResult(GoldModel):
    claims: tuple[str, ...]
    found: bool
    finding: str | None


class EvalReport(GoldModel):
    """What ``evaluate`` measured. Ratios with an empty denominator are 1.0."""

    documents: tuple[DocumentScore, ...]
    claims_found: int
    claims_total: int
    claims_true: int
    claims_system: int
    claims_derived: int
    claims_unscored: int = Field(description="non-derived claims of documents without gold")
    claim_recall: float
    claim_precision: float
    conflicts: tuple[ConflictResult, ...]
    conflicts_found: int = Field(description="must-flag conflicts found")
    conflicts_total: int = Field(description="must-flag conflicts")
    conflict_recall: float
    conflicts_reported: int
    false_conflicts: tuple[FalseConflict, ...] = Field(
        description="findings whose gold claims agree, or that hit a trap (and found no gold conflict)"
    )
    traps_total: int = Field(default=0, description="gold traps")
    trap_hits: tuple[TrapHit, ...] = Field(default=(), description="one per (trap, finding) hitting it")
    incomparable_conflicts: tuple[IncomparableConflict, ...] = ()
    corroborations: tuple[CorroborationResult, ...]
    corroboration_recall: float
    misses: tuple[ClaimMiss, ...]
    false_claims: tuple[FalseClaim, ...]


# --------------------------------------------------------------------------------------------------- scoring


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= REL_TOL * max(abs(a), abs(b))


def _same_unit(a: str | None, b: str | None) -> bool:
    return a is not None and b is not None and a.strip().casefold() == b.strip().casefold()


def _candidates(gold: GoldClaim, claim: Claim) -> list[float]:
    """The numbers of a system claim that may stand for the gold value."""
    out = [claim.value] if claim.value is not None else []
    if (gold.bound == "at_least" or claim.bound == "range") and claim.low is not None:
        out.append(claim.low)
    if (gold.bound == "at_most" or claim.bound == "range") and claim.high is not None:
        out.append(claim.high)
    if claim.value is not None and claim.measure in load_lexicon().balance_measures[:1]:
        out.append(-claim.value)  # a deficit of 286 is a signed balance of -286, as some annotators write it
    return out


def _value_ok(gold: GoldClaim, claim: Claim) -> bool:
    value = gold.value
    return (
        value is not None
        and _same_unit(gold.unit, claim.unit)
        and any(_close(x, value) for x in _candidates(gold, claim))
    )


def _kind_ok(gold: GoldClaim, claim: Claim) -> bool:
    return claim.kind in gold.kinds


def _period_ok(gold: GoldClaim, period: Period | None) -> bool:
    return any(
        p is None or (period is not None and p.overlaps(period.start, period.end)) for p in gold.periods
    )


def matches(gold: GoldClaim, claim: Claim) -> bool:
    """Whether a system claim (of the gold claim's document) matches a gold claim."""
    return _value_ok(gold, claim) and _kind_ok(gold, claim) and _period_ok(gold, claim.period)


def _agree(a: GoldClaim, b: GoldClaim) -> bool:
    """Two gold claims state the same fact: measure, unit, kind, period and value (null period: any)."""
    if a.measure != b.measure or not _same_unit(a.unit, b.unit) or a.value is None or b.value is None:
        return False
    if not _close(a.value, b.value) or not set(a.kinds) & set(b.kinds):
        return False
    return any(p is None or q is None or p.same(q) for p in a.periods for q in b.periods)


def _agreeing_choice(options: list[list[GoldClaim]]) -> tuple[GoldClaim, ...] | None:
    """One gold claim per option, all pairwise agreeing, if there is such a choice."""

    def walk(i: int, chosen: tuple[GoldClaim, ...]) -> tuple[GoldClaim, ...] | None:
        if i == len(options):
            return chosen
        for g in options[i]:
            if all(_agree(g, h) for h in chosen):
                found = walk(i + 1, (*chosen, g))
                if found is not None:
                    return found
        return None

    return walk(0, ())


@cache
def _mirror_measure() -> dict[str, str]:
    """Each measure's key under mirror statistics (ontology/reconcile.yaml): B's imports from A are A's
    exports to B, A's surplus with B is B's deficit with A; other measures are their own."""
    s = load_settings()
    return {**s.mirror_flows, **s.mirror_balances}


def _comparable(a: GoldClaim, b: GoldClaim) -> bool:
    """Two gold claims are about the same thing: measure (or its mirror), parties and an overlapping period
    (null: any)."""
    mirror = _mirror_measure()
    if mirror.get(a.measure, a.measure) != mirror.get(b.measure, b.measure) or sorted(a.parties) != sorted(b.parties):
        return False
    return any(p is None or q is None or p.overlaps(q.start, q.end) for p in a.periods for q in b.periods)


def _comparable_choice(options: list[list[GoldClaim]]) -> bool:
    """Whether one gold claim per option can be chosen with all of them pairwise comparable."""

    def walk(i: int, chosen: tuple[GoldClaim, ...]) -> bool:
        if i == len(options):
            return True
        return any(walk(i + 1, (*chosen, g)) for g in options[i] if all(_comparable(g, h) for h in chosen))

    return walk(0, ())


def _covers(sides: Sequence[str], elements: Sequence[frozenset[str]]) -> bool:
    """Every side is matched by some element, and at least two distinct elements take part."""
    cover = [{i for i, refs in enumerate(elements) if side in refs} for side in sides]
    return all(cover) and len(set().union(*cover)) >= 2


def _ratio(num: int, den: int) -> float:
    return num / den if den else 1.0


class _Scorer:
    """Matches each non-derived system claim once; the rest of ``evaluate`` reads the tables."""

    def __init__(self, gold: Gold, claims: Sequence[Claim]) -> None:
        self.gold = gold
        self.by_id: dict[str, Claim] = {c.id: c for c in claims}
        self.by_doc: dict[str, list[Claim]] = {}
        self.matched: dict[str, tuple[GoldClaim, ...]] = {}
        self.derived = sum(1 for c in claims if c.derived_from)
        self.unscored = 0
        documents = {d.file: d for d in gold.documents}
        for claim in claims:
            if claim.derived_from:
                continue
            doc = documents.get(Path(claim.document).name)
            if doc is None:
                self.unscored += 1
                continue
            self.by_doc.setdefault(doc.file, []).append(claim)
            self.matched[claim.id] = tuple(g for g in doc.claims if matches(g, claim))

    def leaves(self, cid: str, seen: frozenset[str] = frozenset()) -> frozenset[str]:
        """The non-derived claims a claim stands for: itself, or its sources, recursively."""
        claim = self.by_id.get(cid)
        if claim is None or cid in seen:
            return frozenset()
        if not claim.derived_from:
            return frozenset({cid})
        return frozenset().union(*(self.leaves(s, seen | {cid}) for s in claim.derived_from))

    def refs(self, cid: str) -> frozenset[str]:
        """The gold claims a finding's claim counts for."""
        return frozenset(g.ref for leaf in self.leaves(cid) for g in self.matched.get(leaf, ()))


def evaluate(gold: Gold, claims: Sequence[Claim], findings: Sequence[Finding]) -> EvalReport:
    """Score system claims and findings against gold (rules in the module docstring)."""
    scorer = _Scorer(gold, claims)
    documents: list[DocumentScore] = []
    misses: list[ClaimMiss] = []
    false_claims: list[FalseClaim] = []
    for doc in gold.documents:
        system = scorer.by_doc.get(doc.file, [])
        hit = {g.ref for c in system for g in scorer.matched[c.id]}
        required = [g for g in doc.claims if not g.optional]
        optional = [g for g in doc.claims if g.optional]
        not_claims = {s.strip().casefold() for s in doc.not_claims}
        n_true = 0
        for c in sorted(system, key=lambda c: (c.evidence.start, c.id)):
            if c.figure.strip().casefold() in not_claims:
                reason: Literal["not_claim", "unmatched"] | None = "not_claim"
            elif not scorer.matched[c.id]:
                reason = "unmatched"
            else:
                reason = None
            if reason is None:
                n_true += 1
            else:
                false_claims.append(
                    FalseClaim(
                        document=doc.file,
                        claim=c.id,
                        figure=c.figure,
                        evidence=c.evidence.text,
                        reason=reason,
                    )
                )
        misses.extend(_miss(g, system) for g in required if g.ref not in hit)
        documents.append(
            DocumentScore(
                file=doc.file,
                gold=len(required),
                found=sum(g.ref in hit for g in required),
                optional=len(optional),
                optional_found=sum(g.ref in hit for g in optional),
                system=len(system),
                true=n_true,
                false=len(system) - n_true,
            )
        )

    conflict_findings = [f for f in findings if f.is_conflict]
    element_refs = {f.id: [scorer.refs(cid) for cid in f.claims] for f in findings}
    results: list[ConflictResult] = []
    credited: dict[str, str] = {}  # finding -> the first gold conflict it found
    for conflict in gold.conflicts:
        result = ConflictResult(
            id=conflict.id, type=conflict.type, must=conflict.must, found=False, finding=None, via=()
        )
        for f in conflict_findings:
            option = next((o for o in conflict.options if _covers(o, element_refs[f.id])), None)
            if option is not None:
                credited.setdefault(f.id, conflict.id)
                if not result.found:
                    result = result.model_copy(update={"found": True, "finding": f.id, "via": option})
        results.append(result)

    trap_hits: list[TrapHit] = []
    for trap in gold.traps:
        for f in conflict_findings:
            option = next((o for o in trap.options if _covers(o, element_refs[f.id])), None)
            if option is not None:
                trap_hits.append(TrapHit(trap=trap.label, line=trap.line, why=trap.why, finding=f.id, type=f.type,
                                         claims=f.claims, via=option, credited=credited.get(f.id)))  # fmt: skip

    false_conflicts: list[FalseConflict] = []
    for f in conflict_findings:
        if f.id in credited:
            continue
        traps = tuple(dict.fromkeys(h.trap for h in trap_hits if h.finding == f.id))
        agreeing: tuple[str, ...] = ()
        options = [list(scorer.matched.get(cid, ())) for cid in f.claims]
        if all(options) and not any(
            scorer.by_id.get(cid) is None or scorer.by_id[cid].derived_from for cid in f.claims
        ):
            choice = _agreeing_choice(options)
            agreeing = () if choice is None else tuple(dict.fromkeys(g.ref for g in choice))
        if agreeing or traps:
            false_conflicts.append(
                FalseConflict(finding=f.id, type=f.type, claims=f.claims, agreeing=agreeing, traps=traps)
            )

    incomparable: list[IncomparableConflict] = []
    for f in conflict_findings:
        if f.id in credited or f.id in {fc.finding for fc in false_conflicts}:
            continue
        leaves = [scorer.leaves(cid) for cid in f.claims]
        options = [[g for leaf in sorted(ls) for g in scorer.matched.get(leaf, ())] for ls in leaves]
        if not leaves or not all(options):
            continue
        if not _comparable_choice(options):
            incomparable.append(IncomparableConflict(
                finding=f.id, type=f.type, claims=f.claims, gold=tuple(o[0].ref for o in options)))

    corroborations = _corroborations(gold, [f for f in findings if not f.is_conflict], scorer)
    must = [r for r in results if r.must]
    found = sum(d.found for d in documents)
    total = sum(d.gold for d in documents)
    true = sum(d.true for d in documents)
    system_total = sum(d.system for d in documents)
    return EvalReport(
        documents=tuple(documents),
        claims_found=found,
        claims_total=total,
        claims_true=true,
        claims_system=system_total,
        claims_derived=scorer.derived,
        claims_unscored=scorer.unscored,
        claim_recall=_ratio(found, total),
        claim_precision=_ratio(true, system_total),
        conflicts=tuple(results),
        conflicts_found=sum(r.found for r in must),
        conflicts_total=len(must),
        conflict_recall=_ratio(sum(r.found for r in must), len(must)),
        conflicts_reported=len(conflict_findings),
        false_conflicts=tuple(false_conflicts),
        traps_total=len(gold.traps),
        trap_hits=tuple(trap_hits),
        incomparable_conflicts=tuple(incomparable),
        corroborations=tuple(corroborations),
        corroboration_recall=_ratio(sum(c.found for c in corroborations), len(corroborations)),
        misses=tuple(misses),
        false_claims=tuple(false_claims),
    )


def _corroborations(gold: Gold, findings: Sequence[Finding], scorer: _Scorer) -> list[CorroborationResult]:
    """Corroboration findings sharing a claim form one cluster; a gold group is found inside one cluster."""
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    first_finding: dict[str, str] = {}
    for f in findings:
        for cid in f.claims[1:]:
            a, b = root(f.claims[0]), root(cid)
            if a != b:
                parent[max(a, b)] = min(a, b)
    clusters: dict[str, list[str]] = {}
    for f in findings:
        for cid in f.claims:
            members = clusters.setdefault(root(cid), [])
            if cid not in members:
                members.append(cid)
            first_finding.setdefault(root(cid), f.id)
    results: list[CorroborationResult] = []
    for group in gold.corroborations:
        hit = next(
            (
                key
                for key, members in clusters.items()
                if _covers(group.claims, [scorer.refs(m) for m in members])
            ),
            None,
        )
        results.append(
            CorroborationResult(
                claims=group.claims,
                found=hit is not None,
                finding=first_finding[hit] if hit is not None else None,
            )
        )
    return results


def _miss(gold: GoldClaim, system: Sequence[Claim]) -> ClaimMiss:
    """Describe a missed gold claim by the nearest system claim of its document and what failed."""
    if not system:
        return ClaimMiss(
            ref=gold.ref,
            document=gold.document,
            quote=gold.quote,
            figure=gold.figure,
            closest=None,
            closest_figure=None,
            reasons=("no system claim in this document",),
        )

    def distance(c: Claim) -> float:
        if gold.value is None:
            return float("inf")
        xs = _candidates(gold, c)
        scale = max(abs(gold.value), 1e-12)
        return min((abs(x - gold.value) / scale for x in xs), default=float("inf"))

    def key(c: Claim) -> tuple[float, int, int, str]:
        return (distance(c), len(_reasons(gold, c)), c.evidence.start, c.id)

    best = min(system, key=key)
    return ClaimMiss(
        ref=gold.ref,
        document=gold.document,
        quote=gold.quote,
        figure=gold.figure,
        closest=best.id,
        closest_figure=best.figure,
        reasons=_reasons(gold, best),
    )


def _reasons(gold: GoldClaim, claim: Claim) -> tuple[str, ...]:
    out: list[str] = []
    if not _same_unit(gold.unit, claim.unit):
        out.append(f"unit {claim.unit}, want {gold.unit}")
    elif not _value_ok(gold, claim):
        got = "none" if claim.value is None else format_number(claim.value)
        want = "none" if gold.value is None else format_number(gold.value)
        spread = ""
        if claim.value is not None and gold.value:
            spread = f" ({(claim.value - gold.value) / abs(gold.value) * 100:+.1f} %)"
        out.append(f"value {got}{spread}, want {want} {gold.unit}")
    if not _kind_ok(gold, claim):
        out.append(f"kind {claim.kind}, want {' or '.join(gold.kinds)}")
    if not _period_ok(gold, claim.period):
        want = " or ".join("any" if p is None else p.text for p in gold.periods)
        out.append(f"period {format_period(claim.period)}, want {want}")
    return tuple(out)


# --------------------------------------------------------------------------------------------------- text


def format_number(value: float) -> str:
    """A compact number in the gold files' notation: 146e9, 5.41e12, 35.8."""
    for exp in (12, 9, 6):
        if abs(value) >= 10**exp:
            return f"{value / 10**exp:.6g}e{exp}"
    return f"{value:.6g}"


def format_period(period: Period | None) -> str:
    """A system period in ISO 8601: 2021, 2023-01/2023-11, 2022-02-04, or 'none'."""
    if period is None:
        return "none"
    s, e = period.start, period.end
    month_end = e.day == calendar.monthrange(e.year, e.month)[1]
    if s.day == 1 and month_end:
        if s.month == 1 and e.month == 12:
            return str(s.year) if s.year == e.year else f"{s.year}/{e.year}"
        left, right = f"{s.year:04d}-{s.month:02d}", f"{e.year:04d}-{e.month:02d}"
        return left if left == right else f"{left}/{right}"
    return s.isoformat() if s == e else f"{s.isoformat()}/{e.isoformat()}"


def _shorten(text: str | None, width: int = 90) -> str:
    flat = " ".join((text or "").split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def format_report(report: EvalReport) -> str:
    """Plain text: per-document table, conflicts, misses, false claims, then four summary lines last."""
    lines: list[str] = []
    width = max([len("document"), len("total"), *(len(d.file) for d in report.documents)])
    header = f"{'document':<{width}}  {'gold':>4}  {'found':>5}  {'recall':>6}  {'opt':>5}  {'system':>6}  {'true':>4}  {'false':>5}  {'precision':>9}"
    lines += [header, "-" * len(header)]

    def row(name: str, gold: int, found: int, opt: str, system: int, true: int, false: int) -> str:
        return (
            f"{name:<{width}}  {gold:>4}  {found:>5}  {_ratio(found, gold):>6.3f}  {opt:>5}  {system:>6}  "
            f"{true:>4}  {false:>5}  {_ratio(true, system):>9.3f}"
        )

    for d in report.documents:
        lines.append(
            row(d.file, d.gold, d.found, f"{d.optional_found}/{d.optional}", d.system, d.true, d.false)
        )
    lines.append("-" * len(header))
    opt_found = sum(d.optional_found for d in report.documents)
    opt_total = sum(d.optional for d in report.documents)
    lines.append(
        row(
            "total",
            report.claims_total,
            report.claims_found,
            f"{opt_found}/{opt_total}",
            report.claims_system,
            report.claims_true,
            report.claims_system - report.claims_true,
        )
    )
    lines.append(
        f"derived claims: {report.claims_derived} (not scored); "
        f"claims in documents without gold: {report.claims_unscored} (not scored)"
    )

    lines += ["", f"gold conflicts ({report.conflicts_reported} conflicts reported)"]
    for r in report.conflicts:
        status = f"found by {r.finding} ({' vs '.join(r.via)})" if r.found else "missed"
        lines.append(f"  {r.id:<4} {r.type:<21} {'must' if r.must else 'nice':<4}  {status}")
    if not report.conflicts:
        lines.append("  (none)")
    lines += ["", f"false conflicts ({len(report.false_conflicts)})"]
    for fc in report.false_conflicts:
        reasons = [f"gold agrees: {', '.join(fc.agreeing)}"] if fc.agreeing else []
        reasons += [f"trap {', '.join(fc.traps)}"] if fc.traps else []
        lines.append(f"  {fc.finding} {fc.type}: {', '.join(fc.claims)} ({'; '.join(reasons)})")
    hit = len({h.trap for h in report.trap_hits})
    lines += [
        "",
        f"trap hits ({hit} of {report.traps_total}; a finding on a trap counts among the false conflicts "
        "unless it also found a gold conflict)",
    ]
    for h in report.trap_hits:
        credit = f" (found {h.credited}: not false)" if h.credited else ""
        lines.append(
            f"  {h.trap} (line {h.line}) {h.finding} {h.type}: {' vs '.join(h.via)}{credit}: {_shorten(h.why)}"
        )
    lines += ["", f"incomparable conflicts ({len(report.incomparable_conflicts)})"]
    for ic in report.incomparable_conflicts:
        lines.append(f"  {ic.finding} {ic.type}: {', '.join(ic.claims)} (gold: {', '.join(ic.gold)})")
    found_corr = sum(c.found for c in report.corroborations)
    lines += [
        "",
        f"corroborations: recall {report.corroboration_recall:.3f} ({found_corr}/{len(report.corroborations)})",
    ]
    for c in report.corroborations:
        lines.append(f"  {' = '.join(c.claims)}: {'found by ' + str(c.finding) if c.found else 'missed'}")

    lines += ["", f"missed claims ({len(report.misses)})"]
    for m in report.misses:
        lines.append(f'  {m.ref} {m.figure or ""}: "{_shorten(m.quote)}"')
        closest = f'closest {m.closest} "{m.closest_figure}": ' if m.closest else ""
        lines.append(f"      {closest}{'; '.join(m.reasons)}")
    lines += ["", f"false claims ({len(report.false_claims)})"]
    for fcl in report.false_claims:
        why = "listed in not_claims" if fcl.reason == "not_claim" else "matches no gold claim"
        lines.append(f'  {fcl.document} {fcl.claim} "{fcl.figure}" ({why}): "{_shorten(fcl.evidence)}"')

    lines += [
        "",
        f"claims: recall {report.claim_recall:.3f} ({report.claims_found}/{report.claims_total})",
        f"claims: precision {report.claim_precision:.3f} ({report.claims_true}/{report.claims_system})",
        f"conflicts: must-flag recall {report.conflict_recall:.3f} ({report.conflicts_found}/{report.conflicts_total})",
        f"conflicts: false {len(report.false_conflicts)}",
    ]
    return "\n".join(lines)
