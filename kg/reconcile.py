"""Reconcile claims: derive implied figures, cluster agreeing claims, flag conflicts and corroborations.

``reconcile(claims) -> Reconciliation`` is the stage's one verb; ``reconcile_rows(rows)`` is the same pass
over claims in row form (``Claim.to_row()``, as the store keeps them and ``json.loads`` gives them back), and
builds models only for what it returns (derived claims, findings). Semantics (DESIGN.md, "Reconciliation
semantics"):

- A claim is an interval (``low``/``high``; an open side is unbounded), widened by ``tolerance`` before
  comparing. Two claims *agree* when their intervals meet.
- Claims are compared only inside a **key**: measure, sorted parties (plus exporter/importer for directional
  measures), unit, period (start, end) and, for a value of one good's flow, the good (``kg.lexicon.flow_good``:
  "electricity exports to Kenya reached $90 million" meets neither the whole flow nor another good's).
  Kinds fall in three classes: actual; forecast/estimate; target. Inside a key and class, claims are clustered greedily in interval order so that every cluster's claims
  agree with each other (1-D intervals that meet pairwise share a point); every pair of clusters then holds
  a disagreement and becomes **one** finding listing the claims that actually disagree:
  actual/actual ``value_mismatch``, target/target ``target_mismatch`` (worded a revision only when
  publication dates order the sides and one speaker, or else one organisation, states all of them; otherwise
  the sources disagree), forecast-or-estimate/actual ``forecast_divergence``. A cluster whose claims come
  from at least two documents is a ``corroboration``; its severity grows with the independent sources among
  them (copies of one story count once: two copies alone are one source, severity 0). Stated
  figures of one sentence, by one voice, do not conflict with each other (``same_sentence_conflicts``); nor
  do actual figures of one document by one voice, all stated or all derived (``same_document_conflicts``),
  nor figures of one document whose sentences name different ``measure_qualifiers`` ("non-oil").
- **Mirror statistics** share a key (``mirror_flows``, ``mirror_balances``): B's imports from A are A's
  exports to B (when the claim names exporter and importer), A's surplus with B is B's deficit with A. A
  finding keeps its lead claim's own measure, and its explanation names both measures when both are there.
  Mirror pairing applies to levels (values, balances), never to growth rates (the measures of
  ``growth_of``): each side's rate moves with its own currency, valuation (CIF/FOB) and timing, so B's
  import growth from A and A's export growth to B are not one proposition (a rate still derives from the
  level as its own side counts it, which shares the mirror key).
- **Derived claims** (same document): a growth rate and the base measure's value of the same period give the
  previous period's value, of the previous period the next one's; a share of one party's total gives the
  part. A growth rate pairs with the base figure of its own sentence (the nearest one; of a figure and its
  conversion into another currency, the figure stated first), else with the nearest value stated before it
  in the document (or, with none before it, the next sentence's in its paragraph) that names the same
  measure qualifiers (``measure_qualifiers``: "non-oil"), never with every value of the document. When its sentence states the values of both
  periods the rate is checked instead (``growth_inconsistency``) and nothing is derived; a growth rate with
  no value before it is checked against other documents' values. A rate "in <currency> terms" pairs only
  with values in that currency; one in real or volume terms with none. Negative rates (falls) derive with
  their sign; a fall of 100 % or more derives no earlier value. Derived claims take part in findings; a
  finding lists a derived claim's id followed by the ids it came from.
- Across keys: a part-period figure bounds its full period from below for additive measures; a target with
  the same figure under two deadlines, or a figure stated for two overlapping periods of the same length
  (fiscal vs calendar year), is a ``period_mismatch``; so is a figure that matches the neighbouring year's
  figure from another document while it conflicts with its own period, or (``mislabel_requires_conflict:
  false``, the default, with lower severity) while no other document speaks of its period: a probable
  mislabel. A target with no deadline joins the dated target cluster its figure agrees with; those that join
  none are reconciled among themselves, per base (their findings have no period: "no deadline stated").

Cost is near-linear: dict grouping by key, per-key sorting, dict look-ups for neighbouring periods;
networkx only merges documents that copy one story. The output is sorted and its ids are content hashes, so
it does not depend on the order of the input. Thresholds live in ``ontology/reconcile.yaml``.

Speed (``python -m benchmarks.reconcile_bench [--profile]``): the pass reads rows (plain lists) and keeps one
period model per distinct period; a claim's figure, source and label are worded once and reused by every
finding that lists it; copy detection applies its cheap tests (lengths, word counts, token overlap,
difflib's quick bound) before difflib and keeps a claim's tokens only while its key is at hand; findings
are built from already-valid values without validation. From ``PARALLEL_MIN_ROWS`` rows on, where there is
``os.fork``, the pass is split by parties across one process per CPU (see ``_Pass._part_rows`` for why
parts never share a finding); the output is the same as in one process. This process does one part in a
pass of its own, freed before it waits for the others; they send their findings as sorted rows (their
period models pickled once), in chunks that this process makes into models while the next are pickled.
"""

from __future__ import annotations

import calendar
import math
import os
import pickle
import re
import signal
import threading
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from decimal import Decimal
from difflib import SequenceMatcher
from functools import cache, lru_cache
from operator import attrgetter, itemgetter
from pathlib import Path
from typing import Any, Literal

import networkx as nx
import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

from kg.entities import find_places
from kg.errors import ConfigError
from kg.lexicon import (
    QUOTE_CLOSE,
    alternation,
    aside_opener,
    flow_good,
    load_lexicon,
    means_after,
    quoted,
    share_good,
    territory_currencies,
)
from kg.memory import gc_paused
from kg.models import Bound, Claim, Evidence, Finding, Period, Reconciliation
from kg.periods import period_label
from kg.resources import ontology_file

try:  # CPython's own SHA-1: the same digests without OpenSSL's set-up per call (a quarter of an id's cost)
    from _sha1 import sha1
except ImportError:  # pragma: no cover - a Python without it
    from hashlib import sha1

__all__ = ["ReconcileSettings", "load_settings", "reconcile", "reconcile_rows"]

INF = math.inf
UNCLASSIFIED = "unclassified"
_CLASS = {"actual": "actual", "forecast": "expectation", "estimate": "expectation", "target": "target"}
_RATE_UNITS = frozenset({"percent", "pp"})
_TYPE_ORDER = {
    "value_mismatch": 0, "target_mismatch": 1, "forecast_divergence": 2, "growth_inconsistency": 3,
    "period_mismatch": 4, "corroboration": 5,
}  # fmt: skip
_SCALES = ((1e12, "T", "trillion"), (1e9, "B", "billion"), (1e6, "M", "million"), (1e3, "K", "thousand"))
_MARKS = {"approx": "≈ ", "at_least": "≥ ", "at_most": "≤ "}
_WORD = re.compile(r"\w+")
# Where a clause ends inside a sentence, for the measure qualifiers of a figure's own clause (_Pass._scope); a
# phrase of how a figure is to be reached after it ends one too (kg.lexicon.means_after: "to EUR 5 billion by 2030,
# by developing the ... digital services sectors": the sectors named are the means, not the figure's scope)
# ", as" opening a clause of its own (", as timber and salt moved over the frontier"), not "as well as", "as much
# as", "as of", "as part of", "as against", "as compared with", "as per", nor "as" and a participle (", as measured
# excluding re-exports" says how)
_CLAUSE_CUT = re.compile(r";\s|,\s(?:and|but|while|whereas|with|as(?!\s+(?:well|much|many|of|part|against|"
                         r"compared|per)\b|\s+[a-z]+(?:ed|en)\b))\s")
# after the figure only, also "as", "because", "amid" with no comma when a verb of its own follows within a few
# words ("sales should climb to $90 million next year as appetite for maize across the border stays firm": the
# border is the appetite's, no scope of the figure); not after a participle or a verb of being counted ("are
# classified as informal trade that is not recorded", "count as informal trade": the figure's own category), "such
# as", "so as"
_CLAUSE_CUT_AFTER = re.compile(
    rf"{_CLAUSE_CUT.pattern}|(?<!such)(?<!so)(?<!ed)(?<!seen)(?<!known)(?<!taken)(?<!shown)(?<!given)(?<!held)"
    r"(?<!off)(?<!count)(?<!counts)(?<!qualify)(?<!qualifies)(?<!rank)(?<!ranks)(?<!serve)(?<!serves)"
    r"\s(?:as|because|amid)\s"
    r"(?!(?:well|much|many|of|part|against|compared|per|a|an)\b)"
    r"(?=(?:[\w'’-]+\s+){1,9}(?:remains?|remained|is|are|was|were|rises?|rose|grows?|grew|falls?|fell|continues?|"
    r"continued|recovers?|recovered|picks?\s+up|picked\s+up|eases?|eased|stays?|stayed|nears?|improves?|improved|"
    r"becomes?|became|begins?|began|starts?|started|ramps?\s+up|ramped\s+up|takes?|took|gets?|got|moves?|moved|"
    r"carries|carried|handles?|handled|brings?|brought|gains?|gained|reopens?|reopened|resumes?|resumed|"
    r"increases?|increased|declines?|declined|slows?|slowed|"
    r"expands?|expanded|opens?|opened|comes?\s+(?:on|in)(?:line|to\s+force)|takes?\s+effect|"
    r"reduces?|reduced|cuts?|lowers?|lowered|raises?|raised|boosts?|boosted|lifts?|lifted|hits?|drives?|drove|"
    r"pushes|pushed|curbs?|curbed|weighs?|weighed|squeezes?|squeezed|hurts?|helps?|helped)\b)")
# ", according to <source>": the source's name scopes nothing ("... and Geo-Information Services"), its other words
# may ("according to figures on goods trade only")
# after a figure, a comma and a clause stating another figure: "..., re-exports reached AED12.9 billion"
# (not a relative clause or an apposition on the same figure: "..., which was 12% higher than in 2023, excluding
# re-exports", "..., a level last seen in 2014"; a year alone is no figure)
_NEXT_FIGURE_CLAUSE = re.compile(r",\s+(?!(?:which|that|who)\b|(?:a|the)\s+(?:figure|level|total|sum|value|amount)\b)"
                                 r"(?:[\w'’-]+\s+){0,5}?(?:reached|totall?ed|stood|were|was|came|"
                                 r"rose|fell|amounted|grew|climbed|dropped|declined|increased)\b[^,;]*?"
                                 r"(?<![\d.,])(?!(?:19|20)\d\d(?!\d|[.,]\d))\d")
# right after a figure, the share it is of the pair's flow (a whole naming the partner: ", or 64.2 per cent of
# purchases from that market", "(36% of all imports from Mexico)"), not of a country's total ("or 5% of total
# exports"): the figure is a part of the flow
_PART_OF_FLOW = re.compile(r"(?:\s+(?:in|for|during|over)\s+[^,;:()]{1,30}?)?\s*(?:,\s*or|\(|,\s*(?:equal|equivalent)\s+to|,\s*representing|,\s*accounting\s+for)\s+"
                           r"(?:about\s+|some\s+|nearly\s+|almost\s+|around\s+|roughly\s+)?\d[\d.,]*\s*(?:%|per\s?cent|percent)"
                           r"\s+of\s+[^,;:.()]{0,40}?\b(?:from|to|with)\b", re.I)
# "total" as a noun, a period's sum ("we project a total for the year of about ..."): no total scope
_TOTAL_NOUN = re.compile(r"\b(?:the|a|its|this\s+year's|the\s+year's)\s+(?:full-year\s+|annual\s+|yearly\s+)?total\s+"
                         r"(?=(?:for|in|of\s+the\s+year|this|last|will|would|could|is|was)\b)", re.I)
# what a count takes in besides its flow ("whose count covers mainland goods and includes re-exports shipped via its
# harbours"): the whole flow, no series of re-exports alone
_COUNTS_IN = re.compile(r"\binclud(?:es|ed|ing|e)\s+re-?exports\b", re.I)
# a later clause setting the figure against a whole (", barely 0.03 per cent of all goods exports, which
# stood at ... including re-exports"): the whole's words, no scope of the figure
_SHARE_CLAUSE = re.compile(r",\s+(?:[\w'’-]+\s+){0,4}?\d[\d.,]*\s*(?:%|per\s?cent|percent)\s+of\b", re.I)
_ACCORDING = re.compile(r"(?P<lead>,\s+according\s+to\s+)(?P<rest>[^;]*)", re.I)
_NAME_WORD = re.compile(r"\b[A-Z][\w'’-]*")
_GOODS, _TOTAL, _SERVICES = frozenset({"goods"}), frozenset({"total"}), frozenset({"services"})
_NO_SCOPE: frozenset[str] = frozenset()
_PART = "<part>"  # in a clause's scope: the clause names a part of the flow (``part_scopes``)
_PART_SCOPE = frozenset({_PART})
_EXCLUDING = "excluding"  # the measure qualifier of a figure that leaves a named part out (its other forms read as it)
_EXCLUDING_SCOPE = frozenset({_EXCLUDING})
_FLOW_PART = frozenset({"a part of the flow", _PART})  # a figure said to be a share of the pair's flow (_PART_OF_FLOW)
_BOTH = frozenset({"goods", "services"})  # "goods and services": a total, which neither goods nor services alone is
_BROAD = (_GOODS, _TOTAL, _SERVICES, _BOTH)  # scopes a total fits (goods are its bulk; "services" may include goods)
_TERMS = re.compile(r"\bin ((?:[\w.$-]+ ){0,3}?[\w.$-]+) terms\b"  # "in U.S. dollar terms", "when expressed in PLN"
                    r"|\b(?:expressed|measured|calculated|valued) in (?:the )?([\w$-]+(?: (?!terms\b)[\w$-]+)?)",
                    re.IGNORECASE)
_NO_MONEY = "-"  # the basis of a rate in real or volume terms


# ----------------------------------------------------------------------------------------------- settings


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class ShareOf(_Frozen):
    part: str
    total: str
    owner: Literal["exporter", "importer"] | None = None  # whose total a directional share is of


class SeveritySettings(_Frozen):
    spread_scale: float
    floor: float
    types: dict[str, float]
    sources: tuple[float, ...]
    derived: float
    corroboration: float


class ReconcileSettings(_Frozen):
    """The thresholds in ``ontology/reconcile.yaml`` (documented there)."""

    tolerance: float
    growth_of: dict[str, str]
    share_of: dict[str, ShareOf]
    additive_measures: frozenset[str]
    period_length_ratio: float
    same_period_overlap: float
    mislabel_requires_conflict: bool
    copy_similarity: float
    copy_prefilter: float
    severity: SeveritySettings
    max_listed: int
    currency_symbols: dict[str, str]
    non_currency_bases: frozenset[str]
    basis_currencies: dict[str, str] = {}  # a basis word no currency word names alone ("dollar") -> its currency
    par_currencies: dict[str, str] = {}  # a currency pegged one-to-one -> the one it is keyed as
    mirror_flows: dict[str, str]
    mirror_balances: dict[str, str]
    same_sentence_conflicts: bool
    same_document_conflicts: bool
    other_voice_cues: tuple[str, ...] = ()
    scenario_cues: tuple[str, ...] = ()
    measure_qualifiers: tuple[str, ...]
    qualifier_forms: dict[str, str] = {}  # another spelling of a qualifier ("excl.") -> the qualifier
    goods_scope: tuple[str, ...] = ()
    total_scope: tuple[str, ...] = ()
    both_scope: tuple[str, ...] = ()
    scope_openers: tuple[str, ...] = ()
    part_openers: tuple[str, ...] = ()
    place_openers: tuple[str, ...] = ()
    condition_cuts: tuple[str, ...] = ()
    condition_scope_words: tuple[str, ...] = ()
    held_cues: tuple[str, ...] = ()
    held_after_cues: tuple[str, ...] = ()
    series_scopes: tuple[str, ...] = ()
    part_scopes: tuple[str, ...] = ()
    part_regions: tuple[str, ...] = ()
    part_prefixes: tuple[str, ...] = ()
    part_prefix_exceptions: tuple[str, ...] = ()
    official_outlets: tuple[str, ...] = ()
    mirror_tolerance: float = 0.0
    reporter_tolerance: float = 0.0
    reporter_balance_tolerance: float = 0.0  # two reporters' balances: their own (often unbounded) tolerance
    rounding_gap: float = 0.0
    unreconciled_measures: frozenset[str] = frozenset()
    incomparable_cues: tuple[str, ...] = ()


@lru_cache(maxsize=4)
def _cue_pattern(cues: tuple[str, ...]) -> re.Pattern[str]:
    """Any of these cues as whole words, in any case."""
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, cues))})\b", re.I)


def load_settings(path: Path | None = None) -> ReconcileSettings:
    """Read reconciliation thresholds (default ``ontology/reconcile.yaml``).

    Raises:
        ConfigError: the file is missing, not YAML, or has a missing, unknown or ill-typed key.
    """
    if path is None:
        return _default_settings()
    return _read_settings(path)


@cache
def _default_settings() -> ReconcileSettings:
    return _read_settings(ontology_file("reconcile.yaml"))


def _read_settings(path: Path) -> ReconcileSettings:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"cannot read reconciliation settings: {exc.strerror}", path=str(path)) from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise ConfigError("malformed YAML", path=str(path), line=mark.line + 1 if mark else None) from exc
    if not isinstance(data, dict):
        raise ConfigError("expected a mapping of settings", path=str(path))
    try:
        return ReconcileSettings.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"])
        raise ConfigError(f"setting {where}: {err['msg']}", path=str(path)) from exc


# ----------------------------------------------------------------------------------------------- internals

Base = tuple[str, tuple[str, ...], str, str, str, str]  # measure, sorted parties, exporter, importer, unit, good
# (the good is the one whose flow a value counts, kg.lexicon.flow_good: "electricity exports"; else "")
PKey = tuple[date, date]
Group = tuple[tuple[bool, str, tuple[str, ...]], list[tuple[Any, ...]]]  # findings' rows of a group (_in_order)


# The row fields the pass reads (``Claim.ROW_FIELDS`` order; kg/models.py)
(_ID, _DOCUMENT, _VALUE, _UNIT, _BOUND, _LOW, _HIGH, _FIGURE, _MEASURE, _PARTIES, _KIND, _PERIOD, _SPEAKER,
 _SOURCE, _EVIDENCE, _DERIVED_FROM, _DOCUMENT_ID, _PUBLISHED, _OUTLET, _SPEAKER_ID, _SPEAKER_ROLE, _EXPORTER,
 _IMPORTER, _METHOD, _CONTEXT) = range(25)  # fmt: skip
assert Claim.ROW_FIELDS[_CONTEXT] == "context" and Claim.ROW_FIELDS[_PUBLISHED] == "published"


class _Item:
    """A claim (a row, see ``Claim.ROW_FIELDS``) as the pass sees it: widened interval, class, key (derived
    claims are ``_Derived``)."""

    __slots__ = ("_attr", "_fig", "_label", "_scope", "_sentence", "base", "cls", "conflicted", "doc", "hi", "id",
                 "lo", "period", "pkey", "row", "val", "whi", "wlo")  # fmt: skip
    inputs: tuple[_Item, ...] = ()  # the claims it was derived from
    method = ""  # how it was derived, in words
    how = ""  # how it was derived, as a tag

    def __init__(self, row: Sequence[Any], period: Period | None, cls: str, lo: float, hi: float, val: float,
                 tol: float, base: Base, pkey: PKey | None) -> None:  # fmt: skip
        self.row = row
        self.period = period
        self.id = row[0]
        self.doc = row[16] or row[1]  # document_id or document
        self.lo = lo
        self.hi = hi
        self.wlo = lo - tol * abs(lo)
        self.whi = hi + tol * abs(hi)
        self.val = val
        self.cls = cls
        self.base = base
        self.pkey = pkey
        self._fig: str | None = None  # wording, formatted once per claim (see _Words)
        self._attr: str | None = None
        self._label: str | None = None
        self._sentence: tuple[str, int, int, frozenset[str]] | None = None  # for copy detection (_Pass._copy)
        self._scope: frozenset[str] | None = None  # its clause's scope (see _Pass._scope)
        self.conflicted = False  # in conflict with claims of its own key and class (_Pass.conflicted has them)

    @property
    def ids(self) -> tuple[str, ...]:
        """This claim's id, then the ids it was derived from."""
        return (self.id, *(i.id for i in self.inputs)) if self.inputs else (self.id,)

    @property
    def finite(self) -> bool:
        return self.lo > -INF and self.hi < INF


class _Derived(_Item):
    """A derived claim: its inputs and how it came from them."""

    __slots__ = ("claim", "how", "inputs", "method")

    def __init__(self, claim: Claim, lo: float, hi: float, val: float, tol: float, base: Base, pkey: PKey,
                 inputs: tuple[_Item, ...], method: str, how: str) -> None:  # fmt: skip
        super().__init__(claim.to_row(), claim.period, _CLASS[claim.kind], lo, hi, val, tol, base, pkey)
        self.claim = claim
        self.inputs = inputs
        self.method = method
        self.how = how


class _Cluster:
    """Claims of one key and class that all agree; lo/hi is the (widened) common intersection."""

    __slots__ = ("cls", "hi", "items", "key", "lo")

    def __init__(self, key: tuple[Base, PKey], cls: str, first: _Item) -> None:
        self.key = key
        self.cls = cls
        self.items = [first]
        self.lo = first.wlo
        self.hi = first.whi

    def add(self, it: _Item) -> None:
        self.items.append(it)
        if it.wlo > self.lo:  # max(self.lo, it.wlo), without the call
            self.lo = it.wlo
        if it.whi < self.hi:  # min(self.hi, it.whi)
            self.hi = it.whi

    @property
    def finite(self) -> bool:
        return self.lo > -INF and self.hi < INF


def _is_month_end(d: date) -> bool:
    return d.day == calendar.monthrange(d.year, d.month)[1]


@cache
def _shift(p: PKey, years: int) -> PKey | None:
    """The same period ``years`` later (month ends stay month ends); None outside the calendar."""
    s, e = p
    if not (1 <= s.year + years <= 9999 and 1 <= e.year + years <= 9999):
        return None
    return _shift_date(s, years, False), _shift_date(e, years, _is_month_end(e))


def _shift_date(d: date, years: int, month_end: bool) -> date:
    y = d.year + years
    last = calendar.monthrange(y, d.month)[1]
    return date(y, d.month, last if month_end else min(d.day, last))


def _short_hash(text: str) -> str:
    return sha1(text.encode("utf-8")).hexdigest()[:12]


def _clean(x: float) -> float | None:
    if math.isinf(x) or math.isnan(x):
        return None
    return float(f"{x:.10g}")


def _div(lo: float, hi: float, flo: float, fhi: float) -> tuple[float, float]:
    """[lo, hi] / [flo, fhi] for a positive factor interval; unbounded where the factor may reach 0 or inf."""
    rlo = -INF if lo == -INF or fhi == INF else (lo / fhi if lo >= 0 else lo / flo if flo > 0 else -INF)
    rhi = INF if hi == INF or flo <= 0 else (hi / flo if hi >= 0 else hi / fhi)
    return rlo, rhi


def _mul(lo: float, hi: float, flo: float, fhi: float) -> tuple[float, float]:
    """[lo, hi] x [flo, fhi] for non-negative [lo, hi] (open sides stay open)."""
    rlo = -INF if lo == -INF or flo <= 0 else lo * flo
    rhi = INF if hi == INF or fhi == INF else hi * max(fhi, 0.0)
    return rlo, rhi


def _widen(lo: float, hi: float, tol: float) -> tuple[float, float]:
    return lo - tol * abs(lo), hi + tol * abs(hi)


def _meets(alo: float, ahi: float, blo: float, bhi: float) -> bool:
    return alo <= bhi and blo <= ahi


def _same_stated(it: _Item, x: _Item) -> bool:
    """Whether `x`'s value is `it`'s stated figure: trivially so for a bounded `it` (its interval was tested);
    for an open bound ("more than $7.5 billion", which holds any larger figure), `x` must lie within half a
    unit of the figure's last stated digit ($7.45-7.55 billion), so that $8 billion is not the same figure."""
    if -math.inf < it.wlo and it.whi < math.inf:
        return True
    exponent = Decimal(repr(abs(it.val) or 1.0)).normalize().as_tuple().exponent
    return isinstance(exponent, int) and abs(x.val - it.val) <= 10.0**exponent / 2


# ----------------------------------------------------------------------------------------------- wording


class _Words:
    """Formats figures, periods and sources for the one-sentence explanations."""

    def __init__(self, s: ReconcileSettings) -> None:
        self.symbols = s.currency_symbols
        self.max_listed = s.max_listed
        self._periods: dict[PKey, str] = {}
        self._numbers: dict[tuple[float, str, bool], str] = {}
        self._figures: dict[tuple[str, float, str], str] = {}  # (bound, value, unit) -> figure
        self._bases: dict[Base, tuple[str, str]] = {}
        self._measures: dict[str, str] = {}

    def measure(self, m: str) -> str:
        """``_measure_label``, kept."""
        got = self._measures.get(m)
        if got is None:
            got = self._measures[m] = _measure_label(m)
        return got

    def number(self, v: float, unit: str, long: bool = False) -> str:
        if not v:  # 0.0 and -0.0 hash alike but print differently: not memoised
            return self._number(v, unit, long)
        key = (v, unit, long)
        got = self._numbers.get(key)
        if got is None:
            got = self._numbers[key] = self._number(v, unit, long)
        return got

    def _number(self, v: float, unit: str, long: bool) -> str:
        if unit == "percent":
            return f"{_sig(v, 3)}%"
        if unit == "pp":
            return f"{_sig(v, 3)} pp"
        if unit == "count":
            return f"{v:,.0f}" if float(v).is_integer() else _sig(v, 4)
        sym = self.symbols.get(unit)
        prefix = sym if sym else f"{unit} "
        sign = "-" if v < 0 else ""
        a = abs(v)
        for div, short, word in _SCALES:
            if a >= div:
                return f"{sign}{prefix}{_sig(a / div, 4)}{' ' + word if long else short}"
        return f"{sign}{prefix}{_sig(a, 4)}"

    def figure(self, it: _Item) -> str:
        if it._fig is None:
            r = it.row
            bound, v = r[_BOUND], it.val
            if bound == "range" and it.finite and not it.inputs:
                it._fig = r[_FIGURE]
            elif not v:  # 0.0 and -0.0 (see number)
                it._fig = _MARKS.get(bound, "") + self.number(v, r[_UNIT])
            else:
                key = (bound, v, r[_UNIT])
                got = self._figures.get(key)
                if got is None:
                    got = self._figures[key] = _MARKS.get(bound, "") + self.number(v, r[_UNIT])
                it._fig = got
        return it._fig

    def change(self, g: _Item) -> str:
        """A growth rate in words: '≈ 30% growth', 'a fall of 20.3%' (a negative rate)."""
        if g.val >= 0:
            return f"{self.figure(g)} growth"
        r = g.row
        if r[_BOUND] == "range" and g.finite:
            return f"a fall of {self.number(-g.hi, 'percent')} to {self.number(-g.lo, 'percent')}"
        bound = {"at_least": "at_most", "at_most": "at_least"}.get(r[_BOUND], r[_BOUND])  # -x >= -20: x <= 20
        return f"a fall of {_MARKS.get(bound, '')}{self.number(-g.val, 'percent')}"

    def period(self, p: PKey | Period | None) -> str:
        if p is None or p == _NO_PERIOD:
            return "no date"
        key = (p.start, p.end) if isinstance(p, Period) else p
        got = self._periods.get(key)
        if got is None:
            got = self._periods[key] = period_label(*key)
        return got

    def subject(self, base: Base, pkey: PKey, target: bool, measure: str | None = None) -> str:
        """'2023 trade turnover target (CN–RU)'; ``measure``: the claims' own measure(s) in words, where
        they are not the base's (mirror statistics)."""
        labels = self._bases.get(base)
        if labels is None:
            labels = self._bases[base] = (f"{base[5]} {self.measure(base[0])}".lstrip(), _parties_label(base))
        if pkey == _NO_PERIOD:  # undated targets among themselves
            return f"{measure or labels[0]} target ({labels[1]})"  # each claim's says "no deadline stated"
        period = self._periods.get(pkey) or self.period(pkey)
        return f"{period} {measure or labels[0]}{' target' if target else ''} ({labels[1]})"

    def attribution(self, it: _Item) -> str:
        got = it._attr
        if got is not None:
            return got
        r = it.row
        document, speaker, source, published = r[_DOCUMENT], r[_SPEAKER], r[_SOURCE], r[_PUBLISHED]
        if it.inputs:
            text = f"derived from {it.method}, {document}"
        elif not speaker and not source and not published and r[_PERIOD] is not None:
            text = document  # what the join below gives for the document alone
        else:
            who = speaker or (f"per {source}" if source else None)
            parts = [who, document, published or None]  # published: an ISO date in a row
            if r[_PERIOD] is None:
                parts.append("no deadline stated")
            text = ", ".join([p for p in parts if p])
        it._attr = text
        return text

    def label(self, it: _Item) -> str:
        """'$80B (Jane Doe, a.txt, 2023-12-01)': one claim's figure and source."""
        got = it._label
        if got is None:
            got = it._label = f"{self.figure(it)} ({self.attribution(it)})"
        return got

    def side(self, items: Sequence[_Item], with_period: bool = False) -> str:
        """'$200B (a; b; c) and ≈ $201B (d)': figures in order of first appearance with their sources."""
        if not with_period:
            if len(items) == 1:
                it = items[0]
                return it._label or self.label(it)
            if len(items) == 2 and self.max_listed >= 2:  # what the loop below gives, without it
                a, b = items
                if (a._fig or self.figure(a)) != (b._fig or self.figure(b)):
                    return f"{a._label or self.label(a)} and {b._label or self.label(b)}"
                if a.doc == b.doc:
                    return a._label or self.label(a)
                return f"{a._fig} ({a._attr or self.attribution(a)}; {b._attr or self.attribution(b)})"
            if len(items) <= self.max_listed:  # one figure from as many documents: what the loop below gives
                fig = items[0]._fig or self.figure(items[0])
                docs = set()
                for it in items:
                    if (it._fig or self.figure(it)) != fig or it.doc in docs:
                        break
                    docs.add(it.doc)
                else:
                    return f"{fig} ({'; '.join([it._attr or self.attribution(it) for it in items])})"
        groups: dict[str, dict[str, _Item]] = {}
        for it in items:
            fig = it._fig or self.figure(it)
            if with_period:
                fig = f"{fig} in {self.period(it.pkey)}"
            by_doc = groups.get(fig)
            if by_doc is None:
                groups[fig] = {it.doc: it}
            elif it.doc not in by_doc:  # a document once per figure
                by_doc[it.doc] = it
        out = []
        limit = self.max_listed
        for fig, by_doc in groups.items():
            srcs = list(by_doc.values())
            shown = srcs[:limit]
            more = f"; and {len(srcs) - len(shown)} more" if len(srcs) > len(shown) else ""
            out.append(f"{fig} ({'; '.join([x._attr or self.attribution(x) for x in shown])}{more})")
        return " and ".join(out)


def _sig(v: float, digits: int) -> str:
    s = f"{v:.{digits}g}"
    if "e" in s:
        s = f"{v:,.0f}"
    return s


@cache
def _source_country(source: str | None, parties: tuple[str, ...] = ()) -> str | None:
    """The country whose statistics a cited source is ("Vietnam's customs", "Thai customs figures", a
    domestic institution of kg:DomesticInstitutions); None when it names none or several. A name read as its
    country only in a text that confirms it (kg:contextual: "Georgia") is that country when it is one of the
    claim's `parties` (its document confirmed it): "the statistics office of Chad"."""
    if not source:
        return None
    lex = load_lexicon()
    confirmed = _confirmed_of(parties) if parties else ()
    found = {e.entity for e in find_places(source, confirmed=confirmed) if e.type == "country"}
    institutions = lex.domestic_institutions
    found |= {institutions[m.group(0)] for m in _institutions_re().finditer(source)}
    return found.pop() if len(found) == 1 else None


@lru_cache(maxsize=256)
def _confirmed_of(parties: tuple[str, ...]) -> tuple[str, ...]:
    """The context-gated names (kg:contextual) of these parties."""
    return tuple(name for name, code in load_lexicon().contextual.items() if code in parties)


def _caption(row: Sequence[Any]) -> str | None:
    """A table cell's caption (``Claim.context``); None for prose, and for a row of an older store (one field short)."""
    return row[_CONTEXT] if len(row) > _CONTEXT else None


@lru_cache(maxsize=4096)
def _owner_country(text: str, fig: str, parties: Sequence[str]) -> str | None:
    """The one party a sentence names as the owner of the flow before its figure ("Chile's two-way trade with
    Peru climbed to $7.4 billion"), else None."""
    at = text.find(fig) if fig else -1
    if at < 0:
        return None
    found = {e.entity for e in find_places(text[:at]) if e.type == "country" and e.entity in parties
             and (m := _POSSESSED.match(text, e.end)) is not None and not _flow_nouns().isdisjoint(m.group(1).split())}
    return found.pop() if len(found) == 1 else None


# after a country's name, its possessive and the two words after it, one of which must be a flow noun: "'s bilateral
# trade", "’s exports" (not "'s ambassador said", "'s new tariff schedule")
_POSSESSED = re.compile(r"['’]s\s+([a-z-]+(?:\s+[a-z-]+)?)")


@cache
def _flow_nouns() -> frozenset[str]:
    """The one-word cues of the money-flow measures (kg:cue: "trade", "exports", "turnover", ...)."""
    lex = load_lexicon()
    return frozenset(w.lower() for m in lex.measures.values() if m.unit_type == "money" for w in m.cues if " " not in w)


@cache
def _institutions_re() -> re.Pattern[str]:
    """kg:DomesticInstitutions as whole words ("INSEE" is not in "INSEED")."""
    names = sorted(load_lexicon().domestic_institutions, key=len, reverse=True)
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, names)) or '(?!)'})(?!\w)")


def _bracketed(it: _Item) -> bool:
    """Whether a claim's figure stands inside brackets in its sentence (a conversion: "(EUR 2.47 billion)")."""
    text, fig = it.row[_EVIDENCE][0], it.row[_FIGURE]
    at = text.find(fig) if fig else -1
    return at > 0 and text.rfind("(", 0, at) > text.rfind(")", 0, at)


def _fits(scope: frozenset[str], other: frozenset[str], series: frozenset[str]) -> bool:
    """Whether figures of two clause scopes (``_Pass._scope``) may state one value: either unstated, the same,
    or a total against goods or goods and services (a total is often of goods), or goods and services together
    against services ("services" often means "including services"). Goods against services or against goods and
    services, and a qualified measure ("non-oil", "border") against another or a
    total, are two measures. A scope of another series of the flow (`series`, ``series_scopes``) fits no
    unstated one either, nor a total: headline trade figures that leave their scope unsaid, and the "total
    trade" that sums their exports and imports, are of goods, on the usual concept ("Including services, trade
    was worth nearly EUR 200 bn" against "trade rose 1.2% to 181.0 billion euros" or "Total trade came to 181.0
    billion euros"; "in the cross-border concept, exports reached CZK 214.6 bn")."""
    if not scope or not other:
        return (scope or other) == _BOTH or not (scope | other) & series
    if scope - _PART_SCOPE == other - _PART_SCOPE:
        return True
    if _TOTAL in (scope, other):
        return scope in _BROAD and other in _BROAD and not any(x != _BOTH and x & series for x in (scope, other))
    return {scope, other} == {_BOTH, _SERVICES}


def _precise(it: _Item) -> bool:
    """Whether a figure is stated to four significant digits or more ("7.463 billion", not "1,000 million"): its
    rounding interval within 0.1 % of it, and its value no round number."""
    if it.val == 0 or not (-math.inf < it.lo <= it.hi < math.inf) or it.hi - it.lo > 0.001 * abs(it.val):
        return False
    digits = f"{abs(it.val):.6e}".split("e")[0].replace(".", "").rstrip("0")
    return len(digits) >= 4


def _one_precise_figure(a: _Cluster, b: _Cluster) -> bool:
    """Whether two clusters hold one stated figure so precise it cannot be two counts ("$7.463 billion" in both)."""
    return any(x.val == y.val and _precise(x) and _precise(y)
               for x in a.items if not x.inputs for y in b.items if not y.inputs)


def _stated(cluster: _Cluster) -> bool:
    """Whether a cluster holds a stated claim, not only derived ones (a value derived for a period meeting another
    period's figure is a coincidence of arithmetic, not a figure placed in two periods)."""
    return any(not it.inputs for it in cluster.items)


def _same_or_unsaid(scope: frozenset[str], other: frozenset[str], series: frozenset[str]) -> bool:
    """Whether figures of two clause scopes of one document may state one value: the same, or one unstated
    (but not another series of the flow, as ``_fits``)."""
    if not scope or not other:
        return not (scope | other) & series
    return scope - _PART_SCOPE == other - _PART_SCOPE


def _folded(words: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted({w.casefold() for w in words}))


def _any_in(words: Sequence[str], text: str) -> bool:
    """Whether any of `words` is a substring of `text`."""
    for w in words:
        if w in text:
            return True
    return False


def _words_re(words: Iterable[str], plural: bool = False) -> re.Pattern[str]:
    """Any of `words` as a whole word (not inside a hyphenated one), case-insensitive; with `plural`, also
    followed by an "s" (outside the pattern's one group, which holds the word as listed)."""
    ordered = sorted(words, key=len, reverse=True)
    ending = r")s?(?![\w-])" if plural else r")(?![\w-])"
    return re.compile(r"(?<![\w-])(" + "|".join(re.escape(w) for w in ordered) + ending if ordered
                      else r"(?!)", re.IGNORECASE)  # fmt: skip


def _measure_label(m: str) -> str:
    """The measure's name in explanations: its skos:prefLabel in the lexicon, else its id without underscores."""
    measure = load_lexicon().measures.get(m)
    return measure.label if measure is not None and measure.label and m != UNCLASSIFIED else m.replace("_", " ")


def _parties_label(base: Base) -> str:
    _m, parties, exporter, importer, _u, _g = base
    if exporter and importer:
        return f"{exporter}→{importer}"
    return "–".join(parties)


# ----------------------------------------------------------------------------------------------- the pass


def reconcile(claims: Sequence[Claim], settings: ReconcileSettings | None = None) -> Reconciliation:
    """Derive implied claims and find conflicts and corroborations among ``claims``.

    Args:
        claims: claims from the assemble stage (any order; duplicate ids are read once; claims with
            ``derived_from`` are skipped, since they are derived again from their inputs).
        settings: thresholds; default ``ontology/reconcile.yaml``.

    Returns:
        The findings (conflicts first, then corroborations, each sorted by measure, parties and period)
        and the derived claims, sorted by id. Equal input sets give equal output, whatever their order.
    """
    return reconcile_rows([c.to_row() for c in claims], settings)


def reconcile_rows(rows: Sequence[Sequence[Any]], settings: ReconcileSettings | None = None, *,
                   workers: int | None = None) -> Reconciliation:  # fmt: skip
    """``reconcile`` over claims in row form (``Claim.to_row()``, as ``json.loads`` gives it back), without
    a model per claim: models are built only for the derived claims and the findings.

    Args:
        rows: claim rows (see ``Claim.ROW_FIELDS``); read, never changed.
        settings: thresholds; default ``ontology/reconcile.yaml``.
        workers: processes sharing the work (by base: measure, parties, direction, unit); default one per
            CPU from ``PARALLEL_MIN_ROWS`` rows on where ``os.fork`` exists, else one. The output is the same.

    Returns:
        What ``reconcile`` returns for the same claims.
    """
    if workers is None:
        workers = _default_workers(len(rows))
    elif workers > 1 and not hasattr(os, "fork"):
        workers = 1
    with gc_paused():
        return _Pass(settings or load_settings()).run(rows, workers)


def _slots(workers: int) -> list[int]:
    """The part of each of 64 slots: the first process's share a little below the others'. (It makes its own
    findings models and frees its pass before it reads the others', which meanwhile only group theirs: measured
    at 1M claims, the best share is about 7 % under an equal one.)"""
    first = round(64 / workers * 0.93)
    return [0 if i < first else 1 + (i - first) * (workers - 1) // (64 - first) for i in range(64)]


PARALLEL_MIN_ROWS = 50_000  # below this, forking costs more than it saves
_CHUNK = 20_000  # findings a child sends at a time


def _default_workers(n_rows: int) -> int:
    """One process per CPU (at most 8) for ``PARALLEL_MIN_ROWS`` rows or more, else one; one too where there is
    no ``os.fork``, or where other threads run (a forked child keeps their locks, held, forever)."""
    if n_rows < PARALLEL_MIN_ROWS or not hasattr(os, "fork") or threading.active_count() > 1:
        return 1
    affinity = getattr(os, "sched_getaffinity", None)
    cpus = len(affinity(0)) if affinity is not None else os.cpu_count() or 1
    return max(1, min(cpus, 8))


class _Pass:
    def __init__(self, s: ReconcileSettings) -> None:
        self.s = s
        self.tol = s.tolerance
        self.words = _Words(s)
        # (conflict or not, measure, parties) -> the findings' (place in the output..., fields); see _add
        self.findings: dict[tuple[bool, str, tuple[str, ...]], list[tuple[Any, ...]]] = {}
        self.conflicting: set[frozenset[str]] = set()  # the claim sets of the findings so far
        self._fids: set[str] = set()  # the findings' ids so far
        self.corroborated: set[frozenset[str]] = set()
        self.derived: dict[str, Claim] = {}
        self.groups: dict[tuple[Base, PKey], dict[str, list[_Item]]] = {}
        self.clusters: dict[tuple[Base, PKey], dict[str, list[_Cluster]]] = {}  # key -> class -> clusters
        self.periods: dict[Base, set[PKey]] = defaultdict(set)
        self.target_bases: set[Base] = set()  # bases with a dated target
        self.conflicted: dict[str, list[_Item]] = {}  # item id -> the claims it disagrees with in its key
        self.rates: list[_Item] = []  # the items with a rate (percent) of a growth or share measure
        self.checked_rates: set[str] = set()  # growth claims used for a derivation or a same-document check
        self.level_units: dict[str, str] = {}  # growth claim id -> the currency of the level its sentence states
        self._base_index: dict[tuple[str, tuple[str, ...], str, str], list[Base]] | None = None
        self._copies: dict[tuple[str, str], bool] = {}  # pairs of evidence texts -> copy or not
        self._prefilter = s.copy_prefilter
        self._word_prefilter = s.copy_similarity - 0.05
        self._word_cache: dict[str, tuple[tuple[str, ...], frozenset[str]]] = {}
        self._source_counts: dict[tuple[str, ...], int] = {}  # for the claims of the key at hand
        self._tokenized: list[_Item] = []  # claims whose sentence's tokens are kept, for the key at hand
        self._period_cache: dict[tuple[Any, ...], tuple[Period, PKey]] = {}  # a row's period -> model, key
        self._subjects: tuple[object, bool, str | None, str] = (None, False, None, "")  # see _subject
        self._mirrored = (s.mirror_flows.keys() | s.mirror_balances.keys()) - s.growth_of.keys()  # levels only
        self._qualifier_re: re.Pattern[str] | None = None
        self._qualifier_cache: dict[str, frozenset[str]] = {}
        self._qualifier_forms = {k.casefold(): v.casefold() for k, v in s.qualifier_forms.items()}
        self._good_cache: dict[tuple[str, str], str] = {}
        self._scope_res: tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]] | None = None
        self._sum_re: re.Pattern[str] | None = None  # two qualifiers added up (_sum_of_parts_re)
        self._openers: re.Pattern[str] | None = None  # a sentence opening by adding a scope (_opener_re)
        self._series_pattern: re.Pattern[str] | None = None  # series_scopes (_series_re)
        self._held_res: tuple[re.Pattern[str], re.Pattern[str]] | None = None  # held_cues, held_after_cues (_held)
        self._part_openers: re.Pattern[str] | None = None  # a sentence opening by taking a part out (_part_opener_re)
        self._part_words: re.Pattern[str] | None = None  # what such a part may be (_part_words_re)
        self._prefixed: re.Pattern[str] | None = None  # a part named by a prefix (_prefixed_re)
        self._prefixes = _folded(s.part_prefixes)
        # after a figure, a clause of condition, concession or cause (condition_cuts), not one adding or taking out a
        # part (condition_scope_words: "if services are factored in", "though excluding re-exports")
        words = alternation(s.condition_cuts) if s.condition_cuts else "(?!)"
        keeps = alternation(s.condition_scope_words) if s.condition_scope_words else "(?!)"
        self._condition_re = re.compile(rf",?\s(?:{words})\s(?![^.;]{{0,100}}?\b(?:{keeps})\b)", re.I)
        # the same opening the sentence, up to its comma ("With the new ferry terminal open, trade
        # could reach ..."), or "With" doing so
        self._condition_opener = re.compile(rf"[\s\"“‘']*(?:{words}|with)\s(?![^.;]{{0,150}}?\b(?:{keeps})\b)"
                                            r"[^,;]{1,120},", re.I)  # (not "If services such as IT, ... are added,")
        # "Across the border, ...": a sentence opening by saying where it turns, no scope of its figures
        self._place_opener = re.compile(rf"[\s\"“‘']*(?:{alternation(s.place_openers) or '(?!)'})\s*,", re.I)
        # scopes no unstated one fits (_fits): other series of a flow, and a part of it (_PART marks a clause
        # naming one of part_scopes)
        self._series = frozenset({*(w.casefold() for w in s.series_scopes), _PART})
        self._part_re = _words_re(s.part_scopes, plural=True)
        self._left_out_re: re.Pattern[str] | None = None  # what a part leaves out ("excluding diamonds"), made once
        # a region as a flow's end or owner ("exports to Northern Ireland", "Flanders alone shipped", "Quebec's
        # exports"), not any mention ("Ontario Premier Doug Ford said", "the New South Wales government")
        regions = "|".join(re.escape(r) for r in sorted(s.part_regions, key=len, reverse=True)) or "(?!)"
        self._region_re = re.compile(rf"\b(?:to|from|with|in)\s+(?:the\s+)?(?P<a>{regions})\b(?!\s+[A-Z])"
                                     rf"|(?<![\w-])(?<!New\s)(?P<b>{regions})(?:['’]s|\s+alone)\b")
        self._region_words = _folded(s.part_regions)
        self._official_re = _words_re(s.official_outlets)
        # a cheap first test: substrings (a case-blind alternation of these tried at each position cost 80 µs a
        # sentence, most of the pass's time on conflicting pairs)
        self._qualifier_words = _folded((*s.measure_qualifiers, *s.qualifier_forms))
        self._goods_words, self._total_words = _folded(s.goods_scope), _folded(s.total_scope)
        scope_words = {*self._qualifier_words, *self._region_words, *self._goods_words, *self._total_words,
                       *_folded(s.both_scope), *_folded(s.part_openers), *self._prefixes}
        # (a word that holds another is in a sentence only where that one is: the test needs the other alone)
        self._scope_words = tuple(sorted(w for w in scope_words if not any(o != w and o in w for o in scope_words)))
        self._balance_bases = set(s.mirror_balances.values())
        self._mirror_bases = set(s.mirror_flows.values()) | self._balance_bases

    # ---------------------------------------------------------------- driver

    def run(self, rows: Sequence[Sequence[Any]], workers: int = 1) -> Reconciliation:
        if workers > 1:
            return self._run_parallel(rows, workers)
        self._run_part(rows)
        return Reconciliation.model_construct(
            findings=_sorted_findings([self._finished(self._in_order())]),
            derived=tuple(sorted(self.derived.values(), key=lambda c: c.id)),
        )

    def _run_part(self, rows: Sequence[Sequence[Any]], lent: Sequence[Sequence[Any]] = (),
                  unique: bool = False) -> None:  # fmt: skip
        """The whole pass over ``rows``; ``lent`` rows (totals of other parts, see ``_part_rows``) are read
        only as the inputs of derived claims; ``unique``: the rows' ids are known to be unique."""
        items, undated = self._prepare(rows, unique=unique)
        lent_items = self._prepare(lent, grouped=False, unique=unique)[0] if lent else []
        for d in self._derive(items, lent_items):
            assert d.pkey is not None
            self._group(d, d.pkey)
        # keys with more than one claim: the only ones that can hold findings inside
        busy: dict[tuple[Base, PKey], dict[str, list[_Cluster]]] = {}  # key -> its clusters by class
        clusters = self.clusters
        cluster = self._cluster
        target_bases = self.target_bases
        for key, by_cls in self.groups.items():
            if len(by_cls) == 1:
                for cls, members in by_cls.items():
                    made = clusters[key] = {cls: cluster(key, cls, members)}
                    if len(members) > 1:
                        busy[key] = made
            else:
                busy[key] = clusters[key] = {cls: cluster(key, cls, members) for cls, members in by_cls.items()}
            if "target" in by_cls:
                target_bases.add(key[0])
        for key in self._attach_undated(undated):
            if key not in busy:
                busy[key] = clusters[key]
        tokenized, source_counts = self._tokenized, self._source_counts
        for key_clusters in busy.values():
            self._key_findings(key_clusters)
            # what copy detection kept for the key's claims is rarely asked for again: freed while it is
            # at hand, it leaves room for the next key's instead of growing the heap (a gigabyte per
            # million claims)
            for it in tokenized:
                it._sentence = None
            tokenized.clear()
            source_counts.clear()
        self._cross_key_findings()
        self._rate_checks_across_documents()

    def _run_parallel(self, rows: Sequence[Sequence[Any]], workers: int) -> Reconciliation:
        """The pass split by parties (``_part_rows``): one part here, the others in forked processes that
        send back their findings and derived claims. A part whose process fails is done here instead."""
        chosen = list(_chosen(rows).values())
        slots = _slots(workers)
        load_lexicon()  # every part words its findings with it: read once, before the fork
        children: list[tuple[int, int, int]] = []
        try:
            for part in range(1, workers):
                read, write = os.pipe()
                pid = os.fork()
                if pid == 0:  # the child: its part, the result to the pipe, and out without tearing down
                    code = 0
                    try:
                        os.close(read)
                        self._run_part(*self._part_rows(chosen, part, slots), unique=True)
                        groups, claims = self._exported()
                        with os.fdopen(write, "wb") as out:  # in chunks, which the parent reads as they come
                            chunk: list[Group] = []
                            size = 0
                            for group in groups:
                                chunk.append(group)
                                size += len(group[1])
                                if size >= _CHUNK:
                                    pickle.dump(chunk, out, protocol=5)
                                    chunk, size = [], 0
                            if chunk:
                                pickle.dump(chunk, out, protocol=5)
                            pickle.dump(None, out, protocol=5)
                            pickle.dump(claims, out, protocol=5)
                    except BaseException:
                        code = 1
                    finally:
                        os._exit(code)
                os.close(write)
                children.append((part, pid, read))
            # this part in a pass of its own, dropped (its claims freed) before the others' results are read:
            # while they still work, when it is done first
            mine = _Pass(self.s)
            mine._run_part(*mine._part_rows(chosen, 0, slots), unique=True)
            done = [mine._finished(mine._in_order())]  # sorted parts merge fast
            derived = dict(mine.derived)
            del mine
            while children:
                part, pid, read = children[0]
                received = self._received(read)
                _, status = os.waitpid(pid, 0)
                children.pop(0)
                os.close(read)
                if status == 0 and received is not None:
                    findings, claims = received
                    done.append(findings)
                    for row in claims:
                        derived[row[0]] = Claim.from_row(row)
                else:
                    again = _Pass(self.s)
                    again._run_part(*again._part_rows(chosen, part, slots), unique=True)
                    done.append(again._finished(again._in_order()))
                    derived.update(again.derived)
        finally:  # left only when something failed here: the others' work is of no use
            for _part, pid, read in children:
                os.close(read)
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
        return Reconciliation.model_construct(
            findings=_sorted_findings(done), derived=tuple(sorted(derived.values(), key=lambda c: c.id))
        )

    def _received(self, read: int) -> tuple[list[tuple[Any, list[Finding]]], list[list[Any]]] | None:
        """A child's findings, made models chunk by chunk as they come (while it still sends the next), and
        its derived claims as rows; None when what it sends breaks off (it failed)."""
        findings: list[tuple[Any, list[Finding]]] = []
        with os.fdopen(read, "rb", closefd=False) as src:
            try:
                while (chunk := pickle.load(src)) is not None:
                    findings.extend(self._finished(chunk))
                claims = pickle.load(src)
            except (EOFError, pickle.UnpicklingError):
                return None
        return findings, claims

    def _part_rows(self, rows: Sequence[Sequence[Any]], part: int, slots: Sequence[int]
                   ) -> tuple[list[Sequence[Any]], list[Sequence[Any]]]:  # fmt: skip
        """The rows of one part (the slot of the xor of the parties' hashes), and the rows lent to it.

        Claims of different parties never meet (keys, clusters, periods and rate checks hold one set of
        parties; a growth rate derives from values of its own parties) except where a share of two parties
        derives from one party's total: the rows of a total measure are lent to every other part, which
        reads them only as such inputs. A finding's claims are then all of one part, so no two parts hold
        the same claim set and each part's duplicate check is the whole pass's."""
        totals = {rule.total for rule in self.s.share_of.values()}
        n = len(slots)
        own: list[Sequence[Any]] = []
        lent: list[Sequence[Any]] = []
        for r in rows:
            parties = r[9]
            if not parties:
                continue  # never reconciled
            if len(parties) == 2:  # (what the loop below gives, without it)
                h = hash(parties[0]) ^ hash(parties[1])
            else:
                h = 0
                for party in parties:
                    h ^= hash(party)
            if slots[h % n] == part:
                own.append(r)
            elif r[8] in totals:
                lent.append(r)
        return own, lent

    def _exported(self) -> tuple[list[Group], list[list[Any]]]:
        """What a child sends: this part's findings as ``_add``'s rows, in order (``_in_order``), and its derived
        claims as rows. (Tuples pickle smaller and faster than the findings' fields as dicts, and than
        ``marshal`` does either; a period model is pickled once for all the findings that share it.)"""
        return self._in_order(), [c.to_row() for c in self.derived.values()]

    def _in_order(self) -> list[Group]:
        """The findings' groups (conflict or not, measure, parties) in order, each group's rows sorted. (Sorting
        the groups and then each group's few rows costs a third of sorting all rows as tuples that begin with
        the group: most comparisons of those go through its first three fields.)"""
        groups = sorted(self.findings.items(), key=_group_key)
        for _key, rows in groups:
            if len(rows) > 1:
                rows.sort()
        return groups

    def _prepare(self, rows: Sequence[Sequence[Any]], grouped: bool = True, unique: bool = False
                 ) -> tuple[list[_Item], list[_Item]]:  # fmt: skip
        """Eligible claims as items (dated, undated targets), the dated ones grouped by key (unless not
        ``grouped``); ``unique``: the rows' ids are known to be unique. Nothing later depends on the input
        order."""
        chosen = rows if unique else _chosen(rows).values()
        items: list[_Item] = []
        undated: list[_Item] = []
        tol = self.tol
        rounding_gap = self.s.rounding_gap
        unreconciled = self.s.unreconciled_measures
        classes = _CLASS
        # one tuple per base (cheaper to hash again and to send), and its keys' groups by period (this pass's
        # groups are new: none of a base's keys is in self.groups before its first claim here)
        bases: dict[Base, tuple[Base, dict[PKey, dict[str, list[_Item]]]]] = {}
        period_cache = self._period_cache
        groups, periods = self.groups, self.periods
        item = _Item
        inf = INF
        mirrored, mirror_flows, mirror_balances = self._mirrored, self.s.mirror_flows, self.s.mirror_balances
        par = self.s.par_currencies
        share_measures = self.s.share_of.keys()
        for r in chosen:
            if r[15]:  # derived_from: derived claims of an earlier pass, derived again from their inputs
                continue
            parties, stated, cls = r[9], r[11], classes.get(r[10])
            if cls is None or not parties or r[8] == UNCLASSIFIED or r[8] in unreconciled:
                continue
            if stated is None and cls != "target":
                continue
            # the interval (low, high) with open sides as -inf/inf, and the value
            lo, hi, v = r[5], r[6], r[2]
            if lo is None and hi is None:
                if v is None:
                    continue
                bound = r[4]
                if bound == "at_least":
                    lo = v
                elif bound == "at_most":
                    hi = v
                else:
                    lo = hi = v
            flo = -inf if lo is None else float(lo)
            fhi = inf if hi is None else float(hi)
            if flo > fhi:
                flo, fhi = fhi, flo
            if flo == -inf and fhi == inf:
                continue
            if r[4] == "exact" and cls == "target" and v is not None:
                flo = fhi = float(v)  # a target is the number declared, not a measurement rounded to it
            if v is None:
                v = flo if fhi == inf else fhi if flo == -inf else (flo + fhi) / 2
            if len(parties) == 2:
                p1, p2 = parties
                sparties: tuple[str, ...] = (p1, p2) if p1 <= p2 else (p2, p1)
            else:
                sparties = tuple(sorted(parties))
            m = r[8]
            if m in mirrored:  # B's imports from A are A's exports to B; A's surplus with B, B's deficit
                flow = mirror_flows.get(m)
                if flow is None:
                    m = mirror_balances[m]
                elif r[21] and r[22]:
                    m = flow
            # a value of one good's flow ("electricity exports ... $90 million") is keyed apart from the whole
            # flow's and from other goods'
            fig = r[7]  # (a figure not found in its sentence counts no good: _good, without the call)
            # (and a share of one good's flow apart from a share of the whole: "43% of Ruritania's tea exports")
            if not fig or fig not in r[14][0]:
                good = ""
            elif r[3] not in _RATE_UNITS:
                good = self._good(r)
            else:
                # (a good's share of the flow, "cocoa accounts for 55 percent of Ruritania's exports", too)
                good = (self._share_good(r) or self._good(r)) if m in share_measures else ""
            # a currency pegged at par ("N$") is keyed as the one it is pegged to ("R")
            base = (m, sparties, r[21] or "", r[22] or "", par.get(r[3], r[3]), good)
            known = bases.get(base)
            if known is None:
                known = bases[base] = (base, {})
            base, by_period = known
            if stated is not None:
                got = period_cache.get(tuple(stated))
                if got is None:
                    got = self._period(stated)
                period, pkey = got
                it = item(r, period, cls, flo, fhi, float(v), tol, base, pkey)
                if rounding_gap and r[4] == "exact" and -inf < flo < fhi < inf:
                    # a rounded figure stands for a half-open interval: "$1.1 trillion" and "$1.2 trillion" touch
                    # only at 1.15, which rounds to 1.2; compared a hair apart so the tolerance does not join them
                    hair = (fhi - flo) * rounding_gap
                    it.wlo += hair
                    it.whi -= hair
                items.append(it)
                if not grouped:
                    continue
                by_cls = by_period.get(pkey)
                if by_cls is None:
                    by_period[pkey] = groups[(base, pkey)] = {cls: [it]}
                    periods[base].add(pkey)
                else:
                    members = by_cls.get(cls)
                    if members is None:
                        by_cls[cls] = [it]
                    else:
                        members.append(it)
            else:
                undated.append(item(r, None, cls, flo, fhi, float(v), tol, base, None))
        return items, undated

    def _period(self, stated: Sequence[Any]) -> tuple[Period, PKey]:
        """A row's period as one shared model and its key (start, end)."""
        start, end, as_stated, resolution = stated
        s, e = date.fromisoformat(start), date.fromisoformat(end)
        got = self._period_cache[tuple(stated)] = (
            Period.model_construct(start=s, end=e, as_stated=as_stated, resolution=resolution), (s, e)
        )
        return got

    def _group(self, it: _Item, pkey: PKey) -> None:
        key = (it.base, pkey)
        by_cls = self.groups.get(key)
        if by_cls is None:
            self.groups[key] = {it.cls: [it]}
            self.periods[it.base].add(pkey)
            return
        members = by_cls.get(it.cls)
        if members is None:
            by_cls[it.cls] = [it]
        else:
            members.append(it)

    @staticmethod
    def _cluster(key: tuple[Base, PKey], cls: str, members: list[_Item]) -> list[_Cluster]:
        """Greedy in interval order: a claim joins the open cluster when it meets the common intersection."""
        if len(members) == 1:
            return [_Cluster(key, cls, members[0])]
        if len(members) == 2:
            a, b = members
            if (b.wlo, b.whi, b.id) < (a.wlo, a.whi, a.id):
                a, b = members[0], members[1] = b, a
            first = _Cluster(key, cls, a)
            if b.wlo <= first.hi:
                first.add(b)
                return [first]
            return [first, _Cluster(key, cls, b)]
        members.sort(key=_interval_order)
        out = [_Cluster(key, cls, members[0])]
        cur = out[0]
        for it in members[1:]:
            if it.wlo <= cur.hi:
                cur.add(it)
            else:
                cur = _Cluster(key, cls, it)
                out.append(cur)
        return out

    def _attach_undated(self, undated: list[_Item]) -> list[tuple[Base, PKey]]:
        """A target with no deadline joins the dated target cluster its figure agrees with best; those that
        join none form a key of their base with no period (``_NO_PERIOD``, in no base's periods, so no finding
        across keys sees it): agreeing ones corroborate, disagreeing ones conflict."""
        joined: list[tuple[Base, PKey]] = []
        alone: dict[Base, list[_Item]] = {}
        for u in sorted(undated, key=_by_id):
            best: tuple[tuple[int, date, date], _Cluster] | None = None
            for pkey in self.periods.get(u.base, ()):
                for cl in self._clusters_at(u.base, pkey, "target"):
                    if _meets(u.wlo, u.whi, cl.lo, cl.hi) and cl.finite:
                        score = (len(cl.items), pkey[1], pkey[0])
                        if best is None or score > best[0]:
                            best = (score, cl)
            if best is not None:
                cl = best[1]
                u.pkey = cl.key[1]
                cl.add(u)
                self.groups[cl.key]["target"].append(u)
                joined.append(cl.key)
            else:
                alone.setdefault(u.base, []).append(u)
        for base in sorted(alone):
            members = alone[base]
            if len(members) < 2:
                continue
            key = (base, _NO_PERIOD)
            for u in members:
                u.pkey = _NO_PERIOD
            self.groups[key] = {"target": members}
            self.clusters[key] = {"target": self._cluster(key, "target", members)}
            joined.append(key)
        return joined

    # ---------------------------------------------------------------- derivation

    def _derive(self, items: list[_Item], lent: list[_Item] | None = None) -> list[_Derived]:
        """Derived claims from growth rates and shares stated next to values in the same document."""
        growth_of, share_of = self.s.growth_of, self.s.share_of
        rated = growth_of.keys() | share_of.keys()
        self.rates = rates = [it for it in items if it.base[4] == "percent" and it.base[0] in rated]
        if not rates:
            return []
        docs = {it.doc for it in rates}  # values beside a rate, by document
        by_doc: dict[tuple[Any, ...], list[_Item]] = defaultdict(list)
        for it in (items + lent if lent else items):
            if it.doc in docs:
                m, parties, exp, imp, unit, good = it.base
                if unit not in _RATE_UNITS and not good:  # a good's value is no base of the flow's rate
                    by_doc[(it.doc, m, parties, exp, imp, it.pkey)].append(it)
        out: list[_Derived] = []
        for g in rates:
            m, parties, exp, imp, unit, good = g.base
            assert g.pkey is not None
            if good:
                continue  # one good's share or growth derives no value of the whole flow
            if m in growth_of and unit == "percent":
                made = self._derive_growth(g, by_doc)
                if made is not None:
                    self.checked_rates.add(g.id)
                    out.extend(made)
            elif m in share_of and unit == "percent" and len(parties) == 2:
                rule = share_of[m]
                owners = parties if rule.owner is None else (exp,) if rule.owner == "exporter" else (imp,)
                if not all(owners):
                    continue  # a share of someone's exports, not said whose
                totals = sorted(
                    (t for p in owners for t in by_doc.get((g.doc, rule.total, (p,), "", "", g.pkey), ())),
                    key=_by_id,
                )
                if len({t.base[1] for t in totals}) != 1:
                    continue  # no total, or totals of both parties: whose share is it?
                part_key = self._flow_key(rule.part, exp, imp)
                parts = sorted(by_doc.get((g.doc, part_key, parties, exp, imp, g.pkey), ()), key=_by_id)
                if parts:
                    self._check_share(g, parts, totals)
                else:
                    out.extend(
                        d for t in totals if t.cls == g.cls and (d := self._derive_part(g, t, rule.part))
                    )
        for d in out:
            self.derived[d.id] = d.claim
        return out

    def _derive_growth(self, g: _Item, by_doc: dict[tuple[Any, ...], list[_Item]]) -> list[_Derived] | None:
        """What a growth rate gives with the base measure's values of its own document: a check when its
        sentence states the values of both periods, else one derived claim from the base figure of its
        sentence (the nearest in the currency stated first, when a conversion follows it), else from the
        nearest value before it in the document. None when it was neither checked nor derived from.

        A rate "in <currency> terms" pairs only with values in that currency, and one in real or volume
        terms with no money value."""
        basis = self._basis(g)
        if basis == _NO_MONEY:
            return None
        m, parties, exp, imp, _unit, _good = g.base
        assert g.pkey is not None
        base_m = self._level_of(m, exp, imp)
        prev = _shift(g.pkey, -1)
        now = self._own_side(g, by_doc.get((g.doc, base_m, parties, exp, imp, g.pkey), ()))
        before = self._own_side(g, by_doc.get((g.doc, base_m, parties, exp, imp, prev), ())) if prev else ()
        if basis is not None:
            now = [v for v in now if v.base[4] == basis]
            before = [v for v in before if v.base[4] == basis]
        if not now and not before:
            return None
        text, at = g.row[_EVIDENCE][0], g.row[_EVIDENCE][1]
        s_now = [v for v in now if v.row[_EVIDENCE][0] == text]
        s_before = [v for v in before if v.row[_EVIDENCE][0] == text]
        # the currency the rate was counted in: its sentence's level's, the first stated outside brackets ("to
        # 4.83 billion leva (EUR 2.47 billion)": the bracket holds a conversion, the level may be unread)
        stated = [v for v in (*s_now, *s_before) if not _bracketed(v)]
        if stated:
            self.level_units[g.id] = min(stated, key=_stated_order).base[4]
        if s_now and s_before:  # "rose 9% to $55B from $50.5B": the rate links the two, nothing to derive
            self._check_growth(g, sorted(s_now, key=_by_id), sorted(s_before, key=_by_id))
            return []
        in_sentence = bool(s_now or s_before)
        if in_sentence:
            cands = s_now or s_before
        else:  # values of other sentences that name the rate's qualifiers
            quals = self._qualifiers(text)
            cands = [v for v in (*now, *before) if self._qualifiers(v.row[_EVIDENCE][0]) == quals]
        cands = [v for v in cands if (self._backward_ok(g, v) if v.pkey == g.pkey else v.cls == "actual")]
        if not in_sentence and (rg := self._reporter(g)):
            # a rate of one country's statistics ("German data show trade climbed 9.1%") moves no other's level
            told = {**self._told(now), **self._told(before)}
            cands = [v for v in cands if told.get(v.id) in (None, rg)]
        if not in_sentence and cands:
            # the nearest value before the rate (at its offset too: a headline's figures), else the first
            # value of the next sentence when that sentence follows in the rate's paragraph
            before_it = [v for v in cands if v.row[_EVIDENCE][1] <= at]
            if before_it:
                cands = before_it
            else:
                first = min(cands, key=_stated_order)
                cands = [first] if _next_sentence(g, first) else []
        if not cands:
            return None
        if in_sentence:
            if basis is None and len({v.base[4] for v in cands}) > 1:  # a conversion follows the figure
                first = min(cands, key=_stated_order)
                cands = [v for v in cands if v.base[4] == first.base[4]]
            v = min(cands, key=lambda v: (abs(v.row[_EVIDENCE][1] - at), v.id))
        else:
            v = min(cands, key=lambda v: (at - v.row[_EVIDENCE][1], v.id))
        d = self._derive_previous(g, v) if v.pkey == g.pkey else self._derive_next(g, v)
        return [d] if d is not None else None

    def _scenarios(self, a: Sequence[_Item], b: Sequence[_Item]) -> bool:
        """Whether two sides of expectations in one document are its scenarios: a stated figure's sentence names
        one (``scenario_cues``: "In a downside scenario ... trade could stall at £27 billion" beside the
        baseline's £33 billion). A document's outlooks under different assumptions are no disagreement."""
        cues = self.s.scenario_cues
        if not cues or any(it.doc != a[0].doc for it in (*a, *b)):
            return False
        return any(_cue_pattern(cues).search(it.row[_EVIDENCE][0]) for it in (*a, *b) if not it.inputs)

    def _other_voice(self, items: Sequence[_Item]) -> bool:
        """Whether a stated figure's sentence says it is another voice's (``other_voice_cues``: "Other estimates put
        ...", "a separate report found"): the document then sets two voices against each other, even unnamed."""
        cues = self.s.other_voice_cues
        return bool(cues) and any(_cue_pattern(cues).search(it.row[_EVIDENCE][0]) for it in items if not it.inputs)

    def _qualified_apart(self, a: Sequence[_Item], b: Sequence[_Item]) -> bool:
        """Whether the two sides are figures of one document whose sentences name different measure
        qualifiers ("non-oil trade ... $50.5B" and "bilateral trade ... $88.5B"): one document states two
        measures there, not two values of one."""
        doc = a[0].doc
        if any(it.doc != doc for it in (*a, *b)):
            return False
        # (the figure's own clause: "..., barely 0.03 per cent of overall exports, which stood at ... including
        # re-exports" qualifies the whole, not the figure)
        qa = {q for it in a for q in self._qualifiers(_before_whole(it))}
        qb = {q for it in b for q in self._qualifiers(_before_whole(it))}
        return qa != qb

    def _scoped(self, a: list[_Item], b: list[_Item]) -> tuple[list[_Item], list[_Item]]:
        """The two sides without the figures of another measure: when every figure of one side is stated in a
        clause naming one scope, the other side's figures whose clauses name a scope that does not fit it
        (``_fits``: "Counting services, trade topped EUR 27 billion" against "trade in goods totalled EUR 22.4
        billion"; "border trade" against "total trade") leave it, in any documents; in one document, any other
        stated scope does ("total imports" against "imports of goods"). A clause naming no scope says nothing
        (trade figures are often of goods and services without saying so, or qualified in the sentences
        before) and stays. In one document a table's rows are of the scope their own labels state when the caption
        names goods: that is the document's scope, no other measure than the prose's beside it, whose own scope
        ("goods exports to GB") tells them from a row "Total exports" (a caption naming a part, "Border trade",
        still sets its rows apart from the headline). A sum's part above its whole stays (``_part_of_whole``:
        "exports (excluding diamonds) rose to $1.32 billion" against "exports slipped to $1.21 billion")."""
        doc = a[0].doc
        one_doc = all(it.doc == doc for it in (*a, *b))  # one document naming two scopes means two measures
        scope_of = self._own_scope if one_doc else self._scope
        fits = _same_or_unsaid if one_doc else _fits
        # (a part's figure above its whole's is a conflict only for sums of parts: a part may grow faster or run
        # a larger surplus than the whole)
        summed = a[0].base[0] in self.s.additive_measures and a[0].base[4] not in _RATE_UNITS
        for one, other in ((a, b), (b, a)):
            # the side's one scope: none when its first claim's is none (then either all are, or they differ)
            scope = scope_of(one[0])
            if not scope or any(scope_of(it) != scope for it in one):
                continue
            series = self._series
            if not summed:
                kept = [it for it in other if fits(scope, scope_of(it), series)]
            elif one is a:  # the lower side's scope: a part of its flow above it stays ("excluding diamonds")
                kept = [it for it in other if fits(scope, got := scope_of(it), series)
                        or self._part_of_whole(it, got, one[0], scope)]  # fmt: skip
            else:  # the higher side's: when that is a part of the flow, the whole below it stays
                kept = [it for it in other if fits(scope, got := scope_of(it), series)
                        or self._part_of_whole(one[0], scope, it, got)]  # fmt: skip
            return (a, kept) if one is a else (kept, b)
        return a, b

    def _part_of_whole(self, part: _Item, part_scope: frozenset[str], whole: _Item, whole_scope: frozenset[str]) -> bool:
        """Whether `part` counts its flow less a named part ("goods exports (excluding diamonds)") that `whole`
        counts whole (its scope unstated, goods, a total, goods and services, on the same series), so that the part
        cannot exceed it: not when the whole's own clause names what the part leaves out ("Electricity exports"
        against "Exports (excl. electricity)": the two are complements, not a part and its whole)."""
        series = self._series
        if _EXCLUDING not in part_scope or _PART in whole_scope or (part_scope - _PART_SCOPE - _EXCLUDING_SCOPE) & series:
            return False
        if whole_scope and (whole_scope not in _BROAD or whole_scope & series):
            return False
        if self._left_out_re is None:
            forms = ["excluding", *(k for k, v in self._qualifier_forms.items() if v == _EXCLUDING)]
            self._left_out_re = re.compile(rf"(?<!\w)(?:{alternation(forms)})\s+(?:the\s+)?([^\W\d]+)", re.I)
        left = self._left_out_re.search(part.row[_EVIDENCE][0])
        return left is None or left.group(1).casefold() not in whole.row[_EVIDENCE][0].casefold()

    def _own_scope(self, it: _Item) -> frozenset[str]:
        """``_scope``, but for a table cell under a caption naming goods (or goods and services) the scope its row
        states (``_cell_scope``)."""
        while it.inputs:
            it = it.inputs[0]
        got, row = self._scope(it), it.row
        if (got == _GOODS or got == _BOTH) and _caption(row):
            return self._clause_scope(row[_EVIDENCE][0], row[_FIGURE])
        return got

    def _scope(self, it: _Item) -> frozenset[str]:
        """The scope of the clause holding a claim's figure: the measure qualifiers it names, else ``goods`` when
        it names goods and services together (``both_scope``: a total neither goods nor services alone fits), else
        ``goods`` when it names goods (``goods_scope``), else ``total`` when it names a total (``total_scope``),
        else none.
        The clause is the sentence cut at "; ", ", and", ", but", ", while", ", whereas", ", with" around the
        figure (the whole sentence when the figure is not in it). Kept on the claim."""
        got = it._scope
        if got is None:
            # a derived figure is of its stated value's scope (its sentence may name other figures' scopes too:
            # "Domestic exports rose 8% to $2.1 billion, while re-exports fell 5% to $0.6 billion")
            got = it._scope = self._scope(it.inputs[0]) if it.inputs else self._cell_scope(it)
        return got

    def _cell_scope(self, it: _Item) -> frozenset[str]:
        """A clause's scope, or for a table cell whose row states none or only a total ("| Total trade | 16,182 |"),
        the scope its table's caption states ("Merchandise trade with Peru, 2023-2024": the rows are of goods)."""
        row = it.row
        got = self._clause_scope(row[_EVIDENCE][0], row[_FIGURE])
        if (got == _NO_SCOPE or got == _TOTAL) and (caption := _caption(row)):
            said = self._clause_scope(caption, "")
            if said and said != _TOTAL and not self._scope_patterns()[1].search(caption):
                return said  # (a caption naming a total too, "Goods exports and total trade", scopes no row alone)
        return got

    def _scope_patterns(self) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
        """The patterns of ``goods_scope``, ``total_scope`` and ``both_scope``, made once."""
        if self._scope_res is None:
            self._scope_res = (_words_re(self.s.goods_scope), _words_re(self.s.total_scope),
                               _words_re(self.s.both_scope))
        return self._scope_res

    def _clause_scope(self, text: str, fig: str) -> frozenset[str]:
        """The scope of the clause of `text` holding `fig` (the whole of `text` when `fig` is "" or not in it)."""
        sentence = text
        if fig and " of " in text and (at := text.find(fig)) >= 0 and _PART_OF_FLOW.match(text, at + len(fig)):
            return _FLOW_PART  # "at NOK 812.6 million in 2024, or 64.2 per cent of purchases from that market": a part
        folded = text.casefold()
        # which kinds of scope word the sentence holds (as substrings: a cheap test before the patterns); in
        # ASCII text a pattern can match only where its words are substrings, so the others are not tried
        for w in self._scope_words:
            if w in folded:
                break
        else:
            return _NO_SCOPE  # no scope word anywhere in the sentence (most): no pattern is tried
        ascii_text = folded.isascii()
        at = text.find(fig) if fig else -1
        if at >= 0:
            cuts = [m.end() for m in _CLAUSE_CUT.finditer(text, 0, at)]
            end = at + len(fig)
            after = min((m for m in (_CLAUSE_CUT_AFTER.search(text, end), means_after().search(text, end),
                                     self._condition_re.search(text, end))
                         if m is not None), key=lambda m: m.start(), default=None)
            lo, hi = cuts[-1] if cuts else 0, after.start() if after else len(text)
            if (opened := self._condition_opener.match(text)) is not None and lo < opened.end() <= at:
                lo = opened.end()  # a condition the sentence opens with scopes none of its figures
            if (placed := self._place_opener.match(text)) is not None and lo < placed.end() <= at:
                lo = placed.end()  # "Across the border, ...": where the sentence turns, no part of the flow
            if (listed := _NEXT_FIGURE_CLAUSE.search(text, at + len(fig), hi)) is not None:
                hi = listed.start()  # "exports totalled AED11.6 billion, re-exports reached AED12.9 billion and ...":
                # a list of flows, each its own clause
            if (whole := _SHARE_CLAUSE.search(text, at + len(fig), hi)) is not None:
                hi = whole.start()  # ", barely 0.03 per cent of overall exports, ... including re-exports"
            if (quote := QUOTE_CLOSE.search(text, at + len(fig), hi)) is not None and quoted(text, at):
                hi = quote.start()  # '"... at $6.8 billion," said the head of the Textile Exporters' Association': the
                # attribution after the quotation names its speaker's body, no scope of the quoted figure
            aside = next(reversed(list(aside_opener().finditer(text, lo, at))), None)  # the figure's own aside
            close = text.rfind(",", aside.end(), at) if aside else -1
            if aside and close > aside.end() and self._adds_series(text[aside.start() : close + 1]):
                aside = None  # ", counting freight and travel services, the whole exchange ...": a scope added
            # "Re-exports to Goma, mostly fuel sold on across the border, slid to $8 million": an aside on what the
            # flow holds (kg:AsideCues), closed by the last comma before the figure, scopes no figure
            text = text[lo:aside.start()] + text[close:hi] if aside and close > aside.end() else text[lo:hi]
            if lo and (opener := self._opener_re().match(sentence)) is not None:
                # "Add services as well, chiefly shipping, and the whole exchange came to some €5.2 billion": what the
                # sentence opens by adding is in each of its clauses
                text = f"{opener.group('what')} {text}"
            if ((part := self._part_opener_re().match(sentence)) is not None
                    and not _CLAUSE_CUT.search(sentence, part.end(), at)
                    and self._part_words_re().search(part.group("what"))):
                text = f"excluding {part.group('what')} {text}"  # "Strip out copper, and Peru bought just $310 million"
                folded = f"excluding {folded}"
            if "ccording" in text:
                text = _ACCORDING.sub(lambda m: m.group("lead") + _NAME_WORD.sub(" ", m.group("rest")), text)
        goods, total, both = self._scope_patterns()
        # (a sentence that opens with it, "Counting both, the imbalance is ...", names it for all its clauses)
        named_both = (both.search(text) is not None or both.match(sentence.lstrip()) is not None
                      if "services" in folded or "both" in folded else False)
        bare = both.sub(" ", text) if named_both else text  # "goods and services trade": no services series
        if " plus " in bare:  # "Total exports (domestic exports plus re-exports)": a sum of parts, the whole
            bare = self._sum_of_parts_re().sub(" ", bare)
        if (not ascii_text or _any_in(self._region_words, folded)) and (r := self._region_re.search(sentence)):
            # a constituent region's flow, in the figure's sentence ("Exports to Northern Ireland were €4.0
            # billion, while imports from NI rose 5.6% to €3.4 billion"): a part of the country's (fits no unstated
            # scope, _fits)
            return self._qualifiers(bare) | {(r.group("a") or r.group("b")).casefold()} | _PART_SCOPE
        if not ascii_text or _any_in(self._qualifier_words, folded):
            got = self._qualifiers(bare)
            if got:
                # a part of the flow ("border trade", "non-traditional exports"): fits no unstated scope (_fits)
                return got | _PART_SCOPE if self._part_re.search(bare) else got
        if _any_in(self._prefixes, folded) and (prefixed := self._prefixed_re().search(bare)) is not None:
            # "Non-extractive exports to Mexico rose 6% to $410 million": a part of the flow, named by
            # a prefix (part_prefixes) rather than listed
            return frozenset({prefixed.group(1).casefold()}) | _PART_SCOPE
        if named_both:
            return _BOTH
        if (not ascii_text or _any_in(self._goods_words, folded)) and goods.search(text):
            return _GOODS
        if (not ascii_text or _any_in(self._total_words, folded)) and total.search(_TOTAL_NOUN.sub(" ", text)):
            return _TOTAL
        return _NO_SCOPE

    def _prefixed_re(self) -> re.Pattern[str]:
        """A word made with one of ``part_prefixes`` right before a money flow's one-word cue or a flow noun
        ("non-extractive exports", "non-gold shipments"); group 1 is the word."""
        if self._prefixed is None:
            prefixes = alternation(self.s.part_prefixes) if self.s.part_prefixes else "(?!)"
            nouns = alternation({*_flow_nouns(), *load_lexicon().flow_nouns})
            others = alternation(self.s.part_prefix_exceptions) if self.s.part_prefix_exceptions else "(?!)"
            self._prefixed = re.compile(rf"(?<![\w-])(?!(?:{others})\s)((?:{prefixes})[a-z]+(?:-[a-z]+)*)\s+"
                                        rf"(?:{nouns})\b", re.I)
        return self._prefixed

    def _opener_re(self) -> re.Pattern[str]:
        """A sentence opening by adding a scope (``scope_openers``: "Add services, ...", "Including services, ...")."""
        if self._openers is None:
            words = alternation(self.s.scope_openers) if self.s.scope_openers else "(?!)"
            self._openers = re.compile(rf"\W*(?:{words})\s+(?P<what>[^,;]{{1,40}}?)\s*,", re.IGNORECASE)
        return self._openers

    def _part_opener_re(self) -> re.Pattern[str]:
        """A sentence opening by taking a part out, named bare (``part_openers``: "Strip out oil, ...")."""
        if self._part_openers is None:
            words = alternation(self.s.part_openers) if self.s.part_openers else "(?!)"
            self._part_openers = re.compile(rf"\W*(?:{words})\s+(?!(?:the|a|an|this|that|its|their)\b)"
                                            rf"(?P<what>[\w-]+(?:\s+[\w-]+){{0,2}}?)\s*(?:,|\s+and\b)", re.IGNORECASE)
        return self._part_openers

    def _part_words_re(self) -> re.Pattern[str]:
        """What a part taken out may be: a good (kg:ProductNouns: "oil", "crude oil") or a series or qualified
        measure of the flow ("services", "re-exports"); not "noise" or "politics"."""
        if self._part_words is None:
            self._part_words = _words_re((*load_lexicon().product_nouns, *self.s.series_scopes,
                                          *self.s.measure_qualifiers), plural=True)
        return self._part_words

    def _held(self, it: _Item) -> bool:
        """Whether a figure's sentence says, right before it or after it in its clause, that it held from the period
        before (``held_cues``: "remained at 2.4 percent"; ``held_after_cues``: "..., the same as a year earlier")."""
        if self._held_res is None:
            before = alternation(self.s.held_cues) if self.s.held_cues else "(?!)"
            after = alternation(self.s.held_after_cues) if self.s.held_after_cues else "(?!)"
            self._held_res = (
                re.compile(rf"\b(?:{before})\s+(?:(?:about|around|some|nearly|almost|roughly|just|only)\s+)?$", re.I),
                re.compile(rf"[^.;]{{0,40}}?\b(?:{after})\b", re.I))
        held_before, held_after = self._held_res
        text, fig = it.row[_EVIDENCE][0], it.row[_FIGURE]
        at = text.find(fig) if fig else -1
        return at >= 0 and (held_before.search(text, max(0, at - 45), at) is not None
                            or held_after.match(text, at + len(fig)) is not None)

    def _adds_series(self, aside: str) -> bool:
        """Whether an aside opens with a word adding a scope (``scope_openers``) and names another series of
        the flow (``series_scopes``, "services"): ", including freight and travel services," makes the
        figure after it of goods and services, not an aside on what the flow holds."""
        m = self._opener_re().match(aside.lstrip(", "))
        return m is not None and bool(self._series_re().search(aside))

    def _series_re(self) -> re.Pattern[str]:
        if self._series_pattern is None:
            self._series_pattern = _words_re(self.s.series_scopes, plural=True)
        return self._series_pattern

    def _sum_of_parts_re(self) -> re.Pattern[str]:
        """Two measure qualifiers added up ("domestic exports plus re-exports"): the whole they make, no part."""
        if self._sum_re is None:
            one = _words_re(self.s.measure_qualifiers, plural=True).pattern
            self._sum_re = re.compile(rf"{one}\s+plus\s+{one}", re.IGNORECASE)
        return self._sum_re

    def _good(self, r: Sequence[Any]) -> str:
        """The good whose flow a row's value counts (``kg.lexicon.flow_good``: "electricity exports to Kenya
        reached $90 million"), else "". A figure whose words recur in its sentence counts a good when any of
        its places does (kept apart from the whole flow rather than compared with it)."""
        text, fig = r[_EVIDENCE][0], r[_FIGURE]
        if not fig:
            return ""
        at = text.find(fig)
        if at < 0:  # a figure not found in its sentence counts no good (and takes no place in the cache)
            return ""
        key = (text, fig)
        got = self._good_cache.get(key)
        if got is None:
            got = ""
            while at >= 0 and not got:
                got = flow_good(text, at) or ""
                at = text.find(fig, at + 1)
            self._good_cache[key] = got
        return got

    def _share_good(self, r: Sequence[Any]) -> str:
        """The good whose flow a share's whole is (``kg.lexicon.share_good``: "43 percent of Ruritania's tea
        exports"), else "": a share of one good's flow is keyed apart from a share of the whole flow."""
        text, fig = r[_EVIDENCE][0], r[_FIGURE]
        at = text.find(fig)
        return share_good(text, at, at + len(fig)) or ""

    def _qualifiers(self, text: str) -> frozenset[str]:
        """The measure qualifiers ("non-oil", "services") a sentence names; a qualifier's plural is the
        qualifier ("over land borders" is "border" trade, "through the checkpoints" "checkpoint" trade)."""
        got = self._qualifier_cache.get(text)
        if got is None:
            if self._qualifier_re is None:
                self._qualifier_re = _words_re((*self.s.measure_qualifiers, *self.s.qualifier_forms), plural=True)
            forms = self._qualifier_forms
            said = _COUNTS_IN.sub(" ", text) if "nclud" in text else text
            got = self._qualifier_cache[text] = frozenset(
                forms.get(w, w) for w in (m.group(1).casefold() for m in self._qualifier_re.finditer(said))
            )
        return got

    def _basis(self, g: _Item) -> str | None:
        """The currency of a rate stated "in <currency> terms" nearest to it in its sentence; ``_NO_MONEY``
        for a basis that is no currency (real, volume terms); None when none is stated."""
        text = g.row[_EVIDENCE][0]
        if " terms" not in text and "ed in " not in text:
            return None
        found = [(m.start(), m.group(1) or m.group(2)) for m in _TERMS.finditer(text)]
        if not found:
            return None
        at = text.find(g.row[_FIGURE]) if g.row[_FIGURE] else -1
        _pos, phrase = min(found, key=lambda f: abs(f[0] - at)) if at >= 0 else found[0]
        words = phrase.casefold().split()
        if words[-1] in self.s.non_currency_bases:
            return _NO_MONEY
        names = _currency_names()
        for i in range(len(words)):
            if (code := self.s.basis_currencies.get(" ".join(words[i:]))) is not None:
                return code
            tail = " ".join(words[i:])
            code = names.get(tail) or names.get(tail + "s") or (tail.upper() if tail.upper() in names.values() else None)
            if code:
                return code
        return None

    @staticmethod
    def _backward_ok(g: _Item, v: _Item) -> bool:
        return v.cls == g.cls and v.cls != "target" and v.lo >= 0

    def _derive_previous(self, g: _Item, v: _Item) -> _Derived | None:
        """value(P) / (1 + growth(P)) = value(P-1)."""
        f = 1 + g.val / 100
        if f <= 0 or g.pkey is None or v.pkey is None:
            return None
        lo, hi = _div(v.lo, v.hi, 1 + g.lo / 100, 1 + g.hi / 100)
        pkey = _shift(v.pkey, -1)
        kind = "actual" if v.cls == "actual" else "estimate"
        w = self.words
        method = f"{w.figure(v)} in {w.period(v.pkey)} after {w.change(g)}"
        return self._make_derived("growth-back", v, g, v.val / f, lo, hi, pkey, kind, method)

    def _derive_next(self, g: _Item, v: _Item) -> _Derived | None:
        """value(P-1) x (1 + growth(P)) = value(P)."""
        f = 1 + g.val / 100
        if f <= 0 or v.lo < 0:
            return None
        lo, hi = _mul(v.lo, v.hi, 1 + g.lo / 100, 1 + g.hi / 100)
        w = self.words
        method = f"{w.change(g)} {'from' if g.val < 0 else 'on'} {w.figure(v)} in {w.period(v.pkey)}"
        return self._make_derived("growth-next", v, g, v.val * f, lo, hi, g.pkey, g.row[_KIND], method)

    def _derive_part(self, share: _Item, total: _Item, part_measure: str) -> _Derived | None:
        """total x share / 100 = the part (the two parties' trade)."""
        if total.lo < 0 or share.lo < 0:
            return None
        lo, hi = _mul(total.lo, total.hi, share.lo / 100, share.hi / 100)
        w = self.words
        method = f"{w.figure(share)} of {w.figure(total)}"
        return self._make_derived("share", total, share, total.val * share.val / 100, lo, hi, share.pkey,
                                  share.row[_KIND], method, measure=part_measure, like=share)  # fmt: skip

    def _make_derived(self, how: str, v: _Item, rate: _Item, val: float, lo: float, hi: float,
                      pkey: PKey | None, kind: Any, method: str, measure: str | None = None,
                      like: _Item | None = None) -> _Derived | None:  # fmt: skip
        if pkey is None or (lo == -INF and hi == INF) or math.isnan(val) or math.isinf(val):
            return None
        c = v.row
        shape = like.row if like is not None else c  # parties/direction of the derived figure
        did = "d-" + _short_hash(f"{how}|{v.id}|{rate.id}")
        bound: Bound = "approx" if lo > -INF and hi < INF else "at_least" if hi == INF else "at_most"
        mark = {"approx": "≈", "at_least": "≥", "at_most": "≤"}[bound]
        # the fields are of their types already (from validated claims): built without validating again
        stated = f"{self.words.period(pkey)} (derived)"
        period = Period.model_construct(start=pkey[0], end=pkey[1], as_stated=stated, resolution="inferred")
        text, start, end = c[_EVIDENCE]
        published = c[_PUBLISHED]
        claim = Claim.model_construct(
            id=did, document=c[_DOCUMENT], value=_clean(val), unit=c[_UNIT], bound=bound, low=_clean(lo),
            high=_clean(hi), figure=f"{mark} {self.words.number(val, c[_UNIT], long=True)}",
            measure=measure or c[_MEASURE], parties=tuple(sorted(shape[_PARTIES])), kind=kind, period=period,
            speaker=None, source=None, evidence=Evidence.model_construct(text=text, start=start, end=end),
            derived_from=(v.id, rate.id), document_id=c[_DOCUMENT_ID],
            published=None if published is None else date.fromisoformat(published), outlet=c[_OUTLET],
            exporter=shape[_EXPORTER], importer=shape[_IMPORTER], method=method,
        )  # fmt: skip
        m, parties, exp, imp, unit, good = v.base
        if like is not None:
            parties, exp, imp = like.base[1], like.base[2], like.base[3]
        base = (self._flow_key(measure or m, exp, imp), parties, exp, imp, unit, good)
        return _Derived(claim, lo, hi, val, self.tol, base, pkey, inputs=(v, rate), method=method, how=how)

    # ---------------------------------------------------------------- rate checks

    def _check_growth(self, g: _Item, now: Sequence[_Item], before: Sequence[_Item]) -> None:
        """A growth rate against value(P) / value(P-1) - 1; a finding only when no pairing fits. Two values of
        two countries' own statistics (``_told``) make no pairing: a rate of one count is no ratio of two."""
        told = {**self._told(now), **self._told(before)}
        rg = self._reporter(g)  # a rate of one country's statistics is checked against its values only
        pairs = [(a, b) for a in now for b in before
                 if a.base[4] == b.base[4] and b.lo > 0 and a.lo >= 0 and a.cls != "target" and b.cls == "actual"
                 and not ((ra := told[a.id]) and (rb := told[b.id]) and ra != rb)
                 and not (rg and ((told[a.id] or rg) != rg or (told[b.id] or rg) != rg))]  # fmt: skip
        # "more than $4.8 billion" fits any rate above one: stated values decide where there are some
        pairs = [(a, b) for a, b in pairs if math.isfinite(a.hi) and math.isfinite(b.hi)] or pairs
        if not pairs:
            return
        glo, ghi = g.wlo, g.whi
        for a, b in pairs:
            lo, hi = _div(a.lo, a.hi, b.lo, b.hi)
            ilo, ihi = _widen((lo - 1) * 100, (hi - 1) * 100, self.tol)
            if _meets(ilo, ihi, glo, ghi):
                return
        a, b = pairs[0]
        w = self.words
        implied = (a.val / b.val - 1) * 100
        lo, hi = _div(a.lo, a.hi, b.lo, b.hi)
        gap = max((lo - 1) * 100 - g.hi, g.lo - (hi - 1) * 100, 0.0)
        involved = _unique([g, *(x for p in pairs for x in p)])
        text = (f"{w.period(g.pkey)} {_measure_label(g.base[0])} ({_parties_label(g.base)}) of {w.figure(g)} "
                f"({w.attribution(g)}) does not fit {_measure_label(a.base[0])} of {w.side([a])} in "
                f"{w.period(a.pkey)} and {w.side([b])} in {w.period(b.pkey)}, which imply "
                f"{w.number(implied, 'percent')}.")  # fmt: skip
        self._emit("growth_inconsistency", g, involved, text, gap, max(abs(implied), abs(g.val), 1.0))

    def _told(self, values: Sequence[_Item]) -> dict[str, str | None]:
        """Each value's reporter (``_reporter``); a value with none is the one reporter's whose figure of the same
        period it retells (their intervals meet: a table's "4.38" beside "$4.38 billion, per Azerbaijani customs")."""
        own = {it.id: self._reporter(it) for it in values}
        if not any(own.values()):
            return own  # no reporter named: nothing to retell (most keys)
        out = dict(own)
        for it in values:
            if own[it.id] is None:
                found = {r for x in values if (r := own[x.id]) and _meets(x.lo, x.hi, it.lo, it.hi)}
                out[it.id] = found.pop() if len(found) == 1 else None
        return out

    def _check_share(self, s: _Item, parts: Sequence[_Item], totals: Sequence[_Item]) -> None:
        # a total of another scope than the share's whole ("6% of Tanzania's goods exports" against total exports of
        # goods and services) is no whole of it
        totals = [t for t in totals if _same_or_unsaid(self._scope(s), self._scope(t), self._series)]
        # a whole no bigger than its part (within rounding) is one figure read twice (a pair's total taken for one party's), no check
        pairs = [(p, t) for p in parts for t in totals
                 if p.base[4] == t.base[4] and t.lo > 0 and p.lo >= 0 and not _meets(p.lo, p.hi, t.lo, t.hi)]
        if not pairs:
            return
        for p, t in pairs:
            lo, hi = _div(p.lo, p.hi, t.lo, t.hi)
            ilo, ihi = _widen(lo * 100, hi * 100, self.tol)
            if _meets(ilo, ihi, s.wlo, s.whi):
                return
        p, t = pairs[0]
        w = self.words
        implied = p.val / t.val * 100
        involved = _unique([s, *(x for pr in pairs for x in pr)])
        text = (f"{w.period(s.pkey)} {_measure_label(s.base[0])} ({_parties_label(s.base)}) of {w.figure(s)} "
                f"({w.attribution(s)}) does not fit {w.side([p])} of {w.side([t])}, which is "
                f"{w.number(implied, 'percent')}.")  # fmt: skip
        self._emit("growth_inconsistency", s, involved, text, abs(implied - s.val), max(abs(implied), 1.0))

    def _rate_checks_across_documents(self) -> None:
        """An actual growth rate with no value beside it, against other documents' actual values."""
        growth_of = self.s.growth_of
        for g in self.rates:  # the items with a rate, in order
            m, parties, exp, imp, unit, _good = g.base
            if m not in growth_of or unit != "percent" or g.cls != "actual" or g.id in self.checked_rates:
                continue
            assert g.pkey is not None
            prev = _shift(g.pkey, -1)
            if prev is None:
                continue
            now: list[_Item] = []
            before: list[_Item] = []
            for base_key in self._bases_for(self._level_of(m, exp, imp), parties, exp, imp):
                now.extend(
                    x for x in self.groups.get((base_key, g.pkey), {}).get("actual", ()) if not x.inputs
                )
                before.extend(
                    x for x in self.groups.get((base_key, prev), {}).get("actual", ()) if not x.inputs
                )
            now, before = self._own_side(g, now), self._own_side(g, before)
            basis = self._basis(g) if now and before else None
            if basis == _NO_MONEY:
                continue
            if basis is not None:
                now = [x for x in now if x.base[4] == basis]
                before = [x for x in before if x.base[4] == basis]
            if now and before:
                self._check_growth(g, sorted(now, key=_by_id), sorted(before, key=_by_id))

    def _own_side(self, g: _Item, values: Sequence[_Item]) -> list[_Item]:
        """The values of a flow's rate's own side: B's import growth from A moves with B's imports from A, not
        with A's exports to B, which share its key (mirror statistics: each side counts in its own currency,
        valuation and timing)."""
        m, _parties, exp, imp, _unit, _good = g.base
        level = self.s.growth_of[m]
        if not (exp and imp) or level not in self.s.mirror_flows.keys() | self.s.mirror_flows.values():
            return list(values)
        return [v for v in values if v.row[_MEASURE] == level]

    def _level_of(self, growth: str, exp: str, imp: str) -> str:
        """The measure whose values a growth measure's rate relates, as it is keyed: a flow's mirror (B's
        imports from A as A's exports to B) when the rate names exporter and importer."""
        level = self.s.growth_of[growth]
        return self._flow_key(level, exp, imp) if exp and imp else self.s.mirror_balances.get(level, level)

    def _flow_key(self, measure: str, exp: str, imp: str) -> str:
        """The measure a flow is keyed under: B's imports from A are keyed as A's exports to B (mirror statistics)
        when the figure names exporter and importer; any other figure keeps its own. `_prepare` inlines this."""
        return self.s.mirror_flows.get(measure, measure) if exp and imp else measure

    def _bases_for(self, measure: str, parties: tuple[str, ...], exp: str, imp: str) -> list[Base]:
        """The bases (one per unit) of a measure and parties."""
        if self._base_index is None:
            index: dict[tuple[str, tuple[str, ...], str, str], list[Base]] = defaultdict(list)
            for b in sorted(self.periods):
                if b[4] not in _RATE_UNITS and not b[5]:  # a good's values are no level of the flow's rate
                    index[b[:4]].append(b)
            self._base_index = index
        return self._base_index.get((measure, parties, exp, imp), [])

    # ---------------------------------------------------------------- findings inside a key

    def _clusters_at(self, base: Base, pkey: PKey, cls: str) -> list[_Cluster]:
        by_cls = self.clusters.get((base, pkey))
        return by_cls.get(cls, _NONE) if by_cls else _NONE

    def _key_findings(self, by_cls: dict[str, list[_Cluster]]) -> None:
        actual, expect, target = by_cls.get("actual"), by_cls.get("expectation"), by_cls.get("target")
        for cls_clusters in (actual, expect, target):
            if not cls_clusters:
                continue
            for i, lower in enumerate(cls_clusters):
                if len(lower.items) > 1:
                    self._corroboration(lower)
                for upper in cls_clusters[i + 1 :]:
                    self._pair(lower, upper)
        if actual and expect:
            for a in actual:
                for e in expect:
                    if a.hi < e.lo:
                        self._pair(a, e)
                    elif e.hi < a.lo:
                        self._pair(e, a)

    def _pair(self, lower: _Cluster, upper: _Cluster) -> None:
        """One conflict between two clusters of a key: the claims of each that disagree with the other."""
        ulo, lhi = upper.lo, lower.hi
        low_side = [it for it in lower.items if it.whi < ulo]
        if not low_side:
            return
        high_side = [it for it in upper.items if it.wlo > lhi]
        if not high_side:
            return
        if len(low_side) > 1:
            low_side.sort(key=_by_id)
        if len(high_side) > 1:
            high_side.sort(key=_by_id)
        if low_side[0].doc == high_side[0].doc and (
            (not self.s.same_sentence_conflicts and (_one_sentence([*low_side, *high_side])
                                                      or _said_together(low_side, high_side)))
            or (not self.s.same_document_conflicts and lower.cls == upper.cls == "actual"
                and _one_document([*low_side, *high_side]) and not self._other_voice([*low_side, *high_side]))
            or self._qualified_apart(low_side, high_side)
            or (lower.cls == upper.cls == "expectation" and self._scenarios(low_side, high_side))
        ):
            return
        base = lower.key[0]
        if (base[0] in self._mirror_bases and self._mirror_apart(low_side, high_side, ulo - lhi)) or \
                self._reporters_apart(low_side, high_side, ulo - lhi):  # fmt: skip
            return
        if base[4] in _RATE_UNITS and self._bases_apart(low_side, high_side):
            return
        low_side, high_side = self._scoped(low_side, high_side)
        if not low_side or not high_side:
            return
        lcls, ucls = lower.cls, upper.cls
        if lcls == ucls:  # a conflict with its own period, for the mislabel rule
            conflicted = self.conflicted
            for it in low_side:
                conflicted.setdefault(it.id, high_side)
                it.conflicted = True
            for it in high_side:
                conflicted.setdefault(it.id, low_side)
                it.conflicted = True
            if lcls == "actual":
                ftype = "value_mismatch"
            elif lcls == "target":
                ftype = "target_mismatch"
            elif any(it.how == "growth-next" for it in (*low_side, *high_side)):
                ftype = "growth_inconsistency"
            else:
                ftype = "forecast_divergence"
        else:
            ftype = "forecast_divergence"
        w = self.words
        measure, mirror = self._measure_words(base, low_side, high_side)
        subject = self._subject(lower.key, ftype == "target_mismatch", measure)
        gap, magnitude = ulo - lhi, max(abs(lhi), abs(ulo))
        if ftype == "target_mismatch":
            order = _publication_order(low_side, high_side)
            if order is not None:
                old, new = order
                if _one_voice([*low_side, *high_side]):
                    text = f"{subject} revised from {w.side(old)} to {w.side(new)}{mirror}."
                else:
                    text = f"{subject}: {w.side(old)} vs later {w.side(new)}{mirror}; the sources disagree."
                self._emit(ftype, low_side[0], [*low_side, *high_side], text, gap, magnitude,
                           sides=(low_side, high_side))  # fmt: skip
                return
        if lcls != ucls or ftype == "forecast_divergence" or ftype == "growth_inconsistency":
            text = (f"{subject}: {low_side[0].row[_KIND]} {w.side(low_side)} vs {high_side[0].row[_KIND]} "
                    f"{w.side(high_side)}{mirror}.")  # fmt: skip
        else:
            text = f"{subject}: {w.side(low_side)} vs {w.side(high_side)}{mirror}."
        self._emit(
            ftype, low_side[0], [*low_side, *high_side], text, gap, magnitude, sides=(low_side, high_side)
        )

    def _mirror_apart(self, low: Sequence[_Item], high: Sequence[_Item], gap: float) -> bool:
        """Each side one country's statistic of a flow or balance the other side counts from the other end
        (exports vs the partner's imports), and the gap within ``mirror_tolerance`` of the larger figure: the
        usual asymmetry of mirror statistics (CIF/FOB valuation, timing, re-exports), not a conflict."""
        tol = self.s.mirror_tolerance
        if tol <= 0 or low[0].base[0] not in self._mirror_bases:
            return False
        # one measure a side, not the same
        lm, hm = low[0].row[_MEASURE], high[0].row[_MEASURE]
        if lm == hm:
            return False
        for side, m in ((low, lm), (high, hm)):
            for it in side:
                if it.row[_MEASURE] != m:
                    return False
        top = max(abs(it.val) for it in (*low, *high))
        return top > 0 and gap / top <= tol

    def _bases_apart(self, low: Sequence[_Item], high: Sequence[_Item]) -> bool:
        """Growth rates measured in different terms ("in yuan terms, trade grew 6.4%" against the dollar
        headline's 5.8%): each side's stated basis differs from the other's, a stated one from none; or, each
        rate taking its stated basis, else the currency of the level its sentence states it grew to or from (a rate
        with neither is taken as a retold one), each side in one currency and the two in different ones ("rose
        3.2% to US$19.6 billion" against "up 4.9% to S$27.7 billion"; "more than doubled in naira terms" and "rose
        110% to 5.4 trillion naira" against "in dollar terms trade fell by about 8%")."""
        if low[0].base[4] not in ("percent", "pp") or any(it.inputs for it in (*low, *high)):
            return False
        lows, highs = {self._basis(it) for it in low}, {self._basis(it) for it in high}
        if lows != highs and (lows | highs) != {None} and len(lows) == 1 and len(highs) == 1:
            return True
        units = self.level_units
        lows = {unit for it in low if (unit := self._basis(it) or units.get(it.id))}
        highs = {unit for it in high if (unit := self._basis(it) or units.get(it.id))}
        return len(lows) == 1 and len(highs) == 1 and lows != highs

    def _reporters_apart(self, low: Sequence[_Item], high: Sequence[_Item], gap: float) -> bool:
        """Each side actual figures from one country's own statistics, the two countries different (each a
        party: "Vietnam's customs" against "Thailand's Customs Department"), and the gap within
        ``reporter_tolerance``: two reporters count one trade differently (origin vs consignment, CIF vs FOB,
        goods routed through third countries), which is no conflict either. In one document, a figure of one
        party's own statistics set beside the document's unattributed figure is that party's count told apart
        from the headline ("Kenyan customs figures put it at $2.16 billion" after "trade hit $1.89 billion")."""
        tol = self.s.reporter_tolerance
        if tol <= 0:
            return False
        attributed = False  # a figure with a source or an outlet, or derived: the only ones that may name a reporter
        for side in (low, high):
            for it in side:
                if it.cls != "actual":
                    return False
                if not attributed:
                    r = it.row
                    attributed = bool(r[_SOURCE] or r[_OUTLET] or it.inputs)
        if not attributed:  # no reporter on either side: what the test below gives (lows == highs, empty)
            return False
        # a side's reporter: the one country its figures name (``_reporter``, a derived figure its inputs'; figures
        # without one beside them are taken as the same statistic retold: "per Peruvian customs" and the copy that
        # drops it)
        lows, highs = self._side_reporters(low), self._side_reporters(high)
        if len(lows) > 1 or len(highs) > 1 or lows == highs:
            return False
        parties = set(low[0].base[1])
        if not (lows | highs) <= parties:
            return False
        if lows and highs and low[0].base[0] in self._balance_bases:
            tol = self.s.reporter_balance_tolerance  # a balance is a small difference of two large flows
        top = max(abs(it.val) for it in (*low, *high))
        within = top > 0 and gap / top <= tol
        if len({it.doc for it in (*low, *high)}) == 1:
            # one document setting each country's own count side by side reports the asymmetry; one setting a
            # party's count beside an unattributed figure tells the two apart (not beside a figure derived from its
            # own rate: "dropped 7.5% in 2023 to EUR 410.6 million" against its table's 2022 row is arithmetic that fails)
            return bool(lows and highs) or (within and not any(it.inputs for it in (*low, *high)))
        return bool(lows and highs) and within

    def _side_reporters(self, side: Sequence[_Item]) -> set[str]:
        """The countries whose statistics a side's figures are (``_reporter``). A copy of one story gives none by
        its outlet alone when another copy's outlet gives none: "customs data" in a wire story a Lima paper
        republished is not Peru's count because the republisher is in Lima."""
        placed: dict[str, str] = {}  # a sentence -> the country its outlet alone places it in
        unplaced: set[str] = set()  # the sentences of figures citing a source nothing places
        found: set[str] = set()
        for it in side:
            country, by_outlet = self._reporter_of(it)
            sentence = it.row[_EVIDENCE][0]
            if country is None:
                if it.row[_SOURCE] and not it.inputs:
                    unplaced.add(sentence)
            elif by_outlet:
                placed.setdefault(sentence, country)
            else:
                found.add(country)
        return found | {c for sentence, c in placed.items() if sentence not in unplaced}

    def _reporter(self, it: _Item) -> str | None:
        """The country whose own statistics a figure is (``_reporter_of``)."""
        return self._reporter_of(it)[0]

    def _reporter_of(self, it: _Item) -> tuple[str | None, bool]:
        """The country whose own statistics a figure is, and whether only its outlet says so: the one its source
        names; for a source that names none ("the Customs Department", "the Ministry of Investment and Foreign
        Trade"), for a level the party whose flow the sentence says it is ("Per the customs service, Chile's trade
        with Peru came to ...": a domestic institution cited unqualified, ``_owner_country``), else the one country
        the outlet names (domestic copy cites its own institutions without the country's name); for a figure with
        no source, the one country an official outlet names (``official_outlets``: a ministry's or statistics
        office's own release states its own statistics: "Department of Statistics Singapore"). A derived figure is
        the statistics of the one reporter of the figures it comes from (a level grown back by a rate from the
        same customs data is still theirs)."""
        if it.inputs:
            found = {country for i in it.inputs if (country := self._reporter(i))}
            return (found.pop() if len(found) == 1 else None), False
        row = it.row
        source, outlet = row[_SOURCE], row[_OUTLET]
        if source:
            country = _source_country(source, tuple(row[_PARTIES]))
            if country is None and row[_UNIT] not in ("percent", "pp"):  # a level's owner; a rate is told the same
                # way whoever counts it ("Chile's exports to Peru rose 9%, per Peru's customs")
                country = _owner_country(row[_EVIDENCE][0], row[_FIGURE], tuple(row[_PARTIES]))
            if country is not None:
                return country, False
        if not outlet or not (source or self._official_re.search(outlet)):
            return None, False
        return _source_country(outlet, tuple(row[_PARTIES])), bool(source)

    def _measure_words(self, base: Base, *sides: Sequence[_Item]) -> tuple[str | None, str]:
        """For a base that mirror statistics share: the claims' own measure(s) in words (None: the base's),
        and a note when both sides' statistics are among them."""
        if base[0] not in self._mirror_bases:
            return None, ""
        measure = sides[0][0].row[_MEASURE]
        for side in sides:
            for it in side:
                if it.row[_MEASURE] != measure:
                    break
            else:
                continue
            break
        else:  # one measure
            return (None if measure == base[0] else self.words.measure(measure)), ""
        measures = {it.row[_MEASURE] for side in sides for it in side}
        label = " and ".join([self.words.measure(m) for m in sorted(measures)])
        what = "balance" if base[0] in self._balance_bases else "flow"
        return label, f" (mirror statistics: one {what} as each side counts it)"

    def _subject(self, key: tuple[Base, PKey], target: bool, measure: str | None) -> str:
        """``_Words.subject`` of a key's findings, kept while they come (they share one or two)."""
        of, of_target, of_measure, got = self._subjects
        if key is of and target is of_target and measure == of_measure:
            return got
        got = self.words.subject(*key, target, measure)
        self._subjects = (key, target, measure, got)
        return got

    def _corroboration(self, cl: _Cluster) -> None:
        items = cl.items
        if len(items) == 2:  # the common case, without the sorting and the set
            a, b = items
            if a.doc == b.doc:
                return
            items = [b, a] if b.id < a.id else [a, b]
            n_docs = 2
            n = 1 if self._copy(a, b) else 2  # what _sources gives for two documents
        else:
            items = sorted(items, key=_by_id)
            n_docs = len({it.doc for it in items})
            if n_docs < 2:
                return
            n = self._sources(items)
        base = cl.key[0]
        kind = "" if cl.cls in ("actual", "target") else f"{items[0].row[_KIND]} "
        # copies of one story link their figures too (DESIGN.md: agreeing claims from different documents
        # are linked), as one independent source: severity 0
        copies = f"; {n_docs} documents" if n_docs > n else ""
        measure, mirror = self._measure_words(base, items)
        sources = f"{n} independent sources" if n > 1 else "1 independent source"
        text = (f"{self._subject(cl.key, cl.cls == 'target', measure)}: {kind}{self.words.side(items)} "
                f"agree ({sources}{copies}){mirror}.")  # fmt: skip
        sev = 1 - self.s.severity.corroboration ** (n - 1)
        self._add("corroboration", items[0], items, text, sev)

    # ---------------------------------------------------------------- findings across keys

    def _cross_key_findings(self, part: int = 0, parts: int = 1) -> None:
        bases = [base for base, periods in self.periods.items() if len(periods) > 1]
        if parts > 1:
            bases = [base for base in bases if hash(base) % parts == part]
        for base in sorted(bases):
            pkeys = sorted(self.periods[base], key=_longest_first)
            overlapping = any(pkeys[i + 1][0] <= pkeys[i][1] for i in range(len(pkeys) - 1)) \
                if len(pkeys) > 1 else False  # fmt: skip
            if overlapping:
                if base[0] in self.s.additive_measures:
                    self._part_period_bounds(base, pkeys)
                self._overlapping_periods(base, pkeys)
            if len(pkeys) > 1:
                if base in self.target_bases:
                    self._moved_targets(base)
                self._mislabels(base, pkeys)

    def _part_period_bounds(self, base: Base, pkeys: list[PKey]) -> None:
        """'Exceeded $200B in Jan-Nov' bounds the full year from below: a lower full-year figure conflicts."""
        for full in pkeys:
            subs = [p for p in pkeys if p != full and full[0] <= p[0] and p[1] <= full[1]]
            if not subs:
                continue
            bounding = [it for p in subs for it in self.groups[(base, p)].get("actual", ()) if it.wlo > -INF]
            if not bounding:
                continue
            floor = max(it.wlo for it in bounding)
            for cls in ("actual", "expectation"):
                for cl in self._clusters_at(base, full, cls):
                    below = sorted((it for it in cl.items if it.whi < floor), key=_by_id)
                    if not below:
                        continue
                    top = min(it.whi for it in below)
                    above = sorted((it for it in bounding if it.wlo > top), key=_by_id)
                    below, above = self._scoped(below, above)  # "border trade" bounds no total
                    if not below or not above:
                        continue
                    top = min(it.whi for it in below)
                    if self._mirror_apart(below, above, max(it.wlo for it in above) - top):
                        continue  # one side's exports against the other's imports: two statistics
                    w = self.words
                    ftype = "value_mismatch" if cls == "actual" else "forecast_divergence"
                    text = (f"{w.period(full)} {_measure_label(base[0])} ({_parties_label(base)}): "
                            f"{below[0].row[_KIND]} {w.side(below)} is below the part-period figure "
                            f"{w.side(above, with_period=True)}.")  # fmt: skip
                    gap = max(it.wlo for it in above) - top
                    self._emit(ftype, below[0], [*below, *above], text, gap, max(abs(top), abs(floor)),
                               period_of=below, sides=(below, above))  # fmt: skip

    def _overlapping_periods(self, base: Base, pkeys: list[PKey]) -> None:
        """The same figure for two overlapping periods of about the same length (fiscal vs calendar year). A share
        (``share_of``) is no such figure: a partner's part of a flow moves slowly, so a fiscal year's and a calendar
        year's shares agree by nature ("12.3% in 2024", "12.2% in fiscal 2024"). Nor are two figures of one document
        (unless ``same_document_conflicts``): a writer who states a figure for each period keeps the two apart
        ("€3.1 billion for the year to September 2025" beside a table giving 3,064 for 2024), unless the one figure
        is too precise to be two counts ("$7.463 billion in 2024 and $7.463 billion in fiscal 2024-25")."""
        if base[0] in self.s.share_of:
            return
        ratio = self.s.period_length_ratio
        for i, p in enumerate(pkeys):
            for q in pkeys[i + 1 :]:
                if q[0] > p[1]:
                    break
                lp, lq = (p[1] - p[0]).days + 1, (q[1] - q[0]).days + 1
                if min(lp, lq) / max(lp, lq) < ratio:
                    if p[0] == q[0] and base[4] not in ("percent", "pp"):
                        self._cumulations(base, p, q)
                    continue
                if ((min(p[1], q[1]) - max(p[0], q[0])).days + 1) / max(lp, lq) >= self.s.same_period_overlap:
                    continue  # one period named two ways, days apart at its ends
                for cls in ("actual", "expectation"):
                    for a in self._clusters_at(base, p, cls):
                        for b in self._clusters_at(base, q, cls):
                            if (a.finite and b.finite and _meets(a.lo, a.hi, b.lo, b.hi)
                                    and not self._two_calendars(base, a, b) and _stated(a) and _stated(b)
                                    and not self._said_incomparable(a, b)
                                    and (self.s.same_document_conflicts or not _one_document([*a.items, *b.items])
                                         or _one_precise_figure(a, b))):
                                self._period_pair(base, a, b, "overlap")

    def _said_incomparable(self, a: _Cluster, b: _Cluster) -> bool:
        """A stated figure whose own sentence says it is not comparable with other data ("a number not directly
        comparable with the fiscal-year data"): its writer keeps the two periods apart, so no mislabel."""
        if not self.s.incomparable_cues:
            return False
        found = _cue_pattern(self.s.incomparable_cues)
        return any(found.search(it.row[_EVIDENCE][0]) for it in (*a.items, *b.items) if not it.inputs)

    def _two_calendars(self, base: Base, a: _Cluster, b: _Cluster) -> bool:
        """Mirror statistics (one side's exports, the other's imports) for two overlapping years: each country
        counts the flow in its own (fiscal) year, so the two periods are no mislabel of one figure."""
        if base[0] not in self._mirror_bases:
            return False
        if sum(base[4] in territory_currencies(p) for p in base[1]) == 1:
            return False  # in one party's own currency (CFA francs of a Senegal-Spain flow): that party's count
        ma, mb = {it.row[_MEASURE] for it in a.items}, {it.row[_MEASURE] for it in b.items}
        if not ma.isdisjoint(mb):
            return False
        # two countries' counts never agree to four digits: one figure so precise on both sides ("$7.463 billion"
        # of Korea's sales in calendar 2024, "USD 7.463 billion" of India's imports in 2024-25) is one count put in
        # two periods
        return not _one_precise_figure(a, b)

    def _cumulations(self, base: Base, p: PKey, q: PKey) -> None:
        """The same stated amount for two periods that start together (a year to date, "the first half" vs
        January-September): one of the two documents put it in the wrong period. Only figures stated in
        different documents whose rounding intervals meet count: a total cannot stay the same as months add."""
        for a in self._clusters_at(base, p, "actual"):
            for b in self._clusters_at(base, q, "actual"):
                ia = [it for it in a.items if not it.inputs and -math.inf < it.lo <= it.hi < math.inf]
                ib = [it for it in b.items if not it.inputs and -math.inf < it.lo <= it.hi < math.inf]
                if (ia and ib and {it.doc for it in ia}.isdisjoint(it.doc for it in ib)
                        and any(_meets(x.lo, x.hi, y.lo, y.hi) for x in ia for y in ib)):
                    self._period_pair(base, a, b, "overlap")

    def _moved_targets(self, base: Base) -> None:
        """The same target figure under two deadlines."""
        targets = [cl for p in self.periods[base] for cl in self._clusters_at(base, p, "target")
                   if cl.finite]  # fmt: skip
        if len(targets) < 2:
            return
        targets.sort(key=lambda cl: (cl.lo, cl.hi, cl.key[1]))
        for i, a in enumerate(targets):
            for b in targets[i + 1 :]:
                if b.lo > a.hi:
                    break
                if b.key[1] != a.key[1] and _meets(a.lo, a.hi, b.lo, b.hi):
                    first, second = sorted((a, b), key=lambda cl: cl.key[1])
                    self._period_pair(base, first, second, "deadline")

    def _period_pair(self, base: Base, a: _Cluster, b: _Cluster, why: str) -> None:
        w = self.words
        # the figures stated in each period (a value derived into it was put there by no one)
        ia = sorted([it for it in a.items if not it.inputs] or a.items, key=_by_id)
        ib = sorted([it for it in b.items if not it.inputs] or b.items, key=_by_id)
        pa, pb = w.period(a.key[1]), w.period(b.key[1])
        if why == "deadline":
            text = (f"{_measure_label(base[0])} target ({_parties_label(base)}): {w.side(ia)} by {pa} vs "
                    f"{w.side(ib)} by {pb}, the same target with two deadlines.")  # fmt: skip
        else:
            text = (f"{_measure_label(base[0])} ({_parties_label(base)}): {w.side(ia)} for {pa} vs "
                    f"{w.side(ib)} for {pb}, the same figure in two overlapping periods.")  # fmt: skip
        self._emit("period_mismatch", ia[0], [*ia, *ib], text, 0.0, 1.0, spread_score=1.0, period_of=ia)

    def _mislabels(self, base: Base, pkeys: list[PKey]) -> None:
        """An actual figure that conflicts with its own period (or, not `mislabel_requires_conflict`, has no other
        source there) but matches the neighbouring year's count."""
        strict = self.s.mislabel_requires_conflict
        present = self.periods[base]
        clusters = self.clusters
        for pkey in pkeys:
            before, after = _neighbours(pkey)
            if before in present:
                near_by_cls = [clusters[(base, before)], clusters[(base, after)]] if after in present \
                    else [clusters[(base, before)]]  # fmt: skip
            elif after in present:
                near_by_cls = [clusters[(base, after)]]
            else:
                continue
            own_by_cls = clusters[(base, pkey)]
            # an outlook near another year's count or outlook is no mislabel: a forecaster may expect the level
            # to hold ("$2.6 billion to $2.8 billion" in 2025 after 2024's $2.7 billion), or two outlooks agree
            # across years ("around $3.4 billion this year" against "$3.3-3.5 billion in 2027")
            own = own_by_cls.get("actual")
            if not own:
                continue
            # candidates: claims in conflict in their own period, or (lenient setting) the claims of a
            # period that only one document speaks of
            if strict:
                alone = False
            else:
                doc = own[0].items[0].doc
                alone = all(x.doc == doc for cl in own for x in cl.items)
            # (or any figure precise to four significant digits: another document's same figure in the next year
            # is one count placed in two years, as no flow repeats to the last digit: see _mislabel's `twin`)
            # (a rate alone in its period is no candidate: a share or a growth rate often holds from one year to the
            # next, "about 5% of exports" two years running)
            candidates = [it for cl in own for it in cl.items if not it.inputs and (
                (alone and it.row[_UNIT] not in _RATE_UNITS) or it.conflicted or _precise(it))]
            if not candidates:
                continue
            if len(candidates) > 1:
                candidates.sort(key=_by_id)
            for it in candidates:
                val = it.val
                twin = not (alone or it.conflicted)
                for by_cls in near_by_cls:
                    near = by_cls.get("actual", ())
                    if twin and len({x.doc for ncl in near for x in ncl.items}) == 1:
                        continue  # the neighbour's one document is the likelier mislabel (its own, lenient, test)
                    for ncl in near:
                        if ncl.lo <= val <= ncl.hi:  # (the first test of _mislabel, without the call)
                            self._mislabel(it, ncl, twin)

    def _mislabel(self, it: _Item, ncl: _Cluster, twin: bool = False) -> None:
        """The same figure: each claim's value lies in the other's interval (from another document); `twin`: a
        precise figure that neither conflicts nor stands alone in its period, matched only by the same precise
        figure."""
        if not ncl.lo <= it.val <= ncl.hi:
            return
        match = sorted((x for x in ncl.items if x.wlo <= it.val <= x.whi and it.wlo <= x.val <= it.whi
                        and _same_stated(it, x) and _same_stated(x, it)
                        and x.doc != it.doc and all(i.doc != it.doc for i in x.inputs)
                        and (not twin or (not x.inputs and x.val == it.val and _precise(x)))), key=_by_id)  # fmt: skip
        if not match or self._held(it) or any(self._held(x) for x in match):
            return
        w = self.words
        base = it.base
        here, there = w.period(it.pkey), w.period(ncl.key[1])
        others = self.conflicted.get(it.id)
        if not others and any(x.id in self.conflicted and not x.inputs for x in match):
            return  # the stated neighbour conflicts with its own period: the mislabel is there (its own finding)
        clash: str | None
        if others:
            clash, score = f"conflicts with {w.side(others)} for {here}", 1.0
        elif twin:
            clash, score = None, 0.5  # the same figure to the last digit: no clash to name
        else:
            clash, score = f"has no other source for {here}", 0.0
        if clash is None:
            text = (f"{_measure_label(base[0])} ({_parties_label(base)}): {w.side([it])} labelled {here} is, to the "
                    f"last digit, {there}'s {w.side(match)}: one figure placed in two periods.")  # fmt: skip
        else:
            text = (f"{_measure_label(base[0])} ({_parties_label(base)}): {w.side([it])} labelled {here} {clash} "
                    f"but matches {there}'s {w.side(match)}, probably a {there} figure.")  # fmt: skip
        # (the other documents' figures it conflicts with in its own period are the finding's too: what a reader checks
        # it against)
        clashing = sorted((x for x in others or () if not x.inputs and x.doc != it.doc and x.id not in {m.id for m in match}),
                          key=_by_id)
        self._emit("period_mismatch", it, [it, *match, *clashing], text, 0.0, 1.0, spread_score=score, period_of=[it])

    # ---------------------------------------------------------------- emitting

    def _emit(self, ftype: str, lead: _Item, items: list[_Item], text: str, gap: float, magnitude: float,
              spread_score: float | None = None, period_of: list[_Item] | None = None,
              sides: tuple[list[_Item], list[_Item]] | None = None) -> None:  # fmt: skip
        sev = self.s.severity
        if spread_score is None:
            spread = max(gap, 0.0) / magnitude if magnitude > 0 else 1.0
            spread_score = spread / (spread + sev.spread_scale) if sev.spread_scale > 0 else 1.0
        if sides is not None:
            a, b = sides
            if len(a) == 1 and len(b) == 1:  # one claim a side: a source a side, or copies of one document's
                n = 2 if a[0].doc != b[0].doc else 1
            elif {it.doc for it in a}.isdisjoint([it.doc for it in b]):
                # claims that disagree do not repeat one story: look for copies within each side only; a side
                # has a source at least, and sources beyond the last factor's count change nothing
                n = self._sources(a)
                n += self._sources(b) if n + 1 < len(sev.sources) else 1
            else:
                n = self._sources(items)
        else:
            n = self._sources(items)
        factor = sev.sources[min(n, len(sev.sources)) - 1] if sev.sources and n > 0 else 1.0
        severity = sev.types.get(ftype, 1.0) * (sev.floor + (1 - sev.floor) * spread_score) * factor
        for it in items:
            if it.inputs:
                severity *= sev.derived
                break
        self._add(ftype, lead, items, text, severity, period_of=period_of)

    def _add(self, ftype: str, lead: _Item, items: list[_Item], text: str, severity: float,
             period_of: list[_Item] | None = None) -> None:  # fmt: skip
        if len(items) == 2:
            a, b = items
            ids = (a.id, b.id) if not a.inputs and not b.inputs else a.ids + b.ids
        else:
            ids = tuple([it.id for it in items])
            for it in items:
                if it.inputs:
                    ids = tuple([cid for it in items for cid in it.ids])
                    break
        idset = frozenset(ids)
        if len(idset) != len(ids):  # a derived claim's inputs among the claims: each id once
            ids = tuple(dict.fromkeys(ids))
        claimsets = self.corroborated if ftype == "corroboration" else self.conflicting
        known = len(claimsets)
        claimsets.add(idset)
        if len(claimsets) == known:  # the same claims found before
            return
        if len(ids) == 2:
            x, y = ids
            listed = f"{x},{y}" if x < y else f"{y},{x}"
        else:
            listed = ",".join(sorted(ids))
        fid = "f-" + sha1(f"{ftype}|{listed}".encode()).digest()[:6].hex()  # the hex digest's first 12 digits
        fids = self._fids
        known = len(fids)
        fids.add(fid)
        if len(fids) == known:  # the id of another claim set (ids that hold commas): this finding replaces it
            for rows in self.findings.values():
                rows[:] = [row for row in rows if row[3] != fid]
        of = period_of or items
        period = of[0].period
        for it in of:
            if it.period is not period:
                period = _canonical_period(of)
                break
        first = text[:1]
        if first.upper() != first:
            text = first.upper() + text[1:]
        severity = 0.0 if 0.0 > severity else 1.0 if severity > 1.0 else severity  # min(max(s, 0), 1)
        start, end = (period.start, period.end) if period is not None else _NO_PERIOD
        # its group (see _in_order; the measure is the lead claim's own, as mirror statistics share a base), its
        # place in the group (the ids are unique: nothing after them is compared), then its fields
        group = (ftype == "corroboration", lead.row[_MEASURE], lead.base[1])
        row = (start, end, _TYPE_ORDER[ftype], fid, ftype, round(severity, 3), period, ids, text)
        found = self.findings.get(group)
        if found is None:
            self.findings[group] = [row]
        else:
            found.append(row)

    @staticmethod
    def _finished(groups: Iterable[Group]) -> list[tuple[Any, list[Finding]]]:
        """``_in_order``'s groups with their rows made findings: each ``Finding.model_construct(**values)`` for
        values naming every field in order, without its per-field bookkeeping (nor a call per finding: the whole
        output passes here, in this process, the parts' too); the result is the same model
        (tests/test_reconcile.py checks). Its fields-set is shared (it is the same for all, a third of a
        finding's memory, and never changed: findings are frozen, and pydantic copies it for ``model_copy``)."""
        new, setattr_, fields_set, model = _object_new, _object_setattr, _FINDING_FIELDS, Finding
        out: list[tuple[Any, list[Finding]]] = []
        for (corr, measure, parties), rows in groups:
            made = []
            for _start, _end, _order, fid, ftype, severity, period, ids, text in rows:
                f = new(model)
                setattr_(f, "__dict__", {
                    "id": fid, "type": ftype, "severity": severity, "measure": measure, "parties": parties,
                    "period": period, "claims": ids, "explanation": text, "status": "open", "note": None,
                })  # fmt: skip
                setattr_(f, "__pydantic_fields_set__", fields_set)
                setattr_(f, "__pydantic_extra__", None)
                setattr_(f, "__pydantic_private__", None)
                made.append(f)
            out.append(((corr, measure, parties), made))
        return out

    def _sources(self, items: Sequence[_Item]) -> int:
        """Independent sources among the claims' documents: copies of one story count once."""
        n = len(items)
        if n < 2:
            return n
        if n == 2:  # the common case, without the bookkeeping
            a, b = items
            return 1 if a.doc == b.doc or self._copy(a, b) else 2
        memo = tuple([it.id for it in items])  # a cluster's claims, for its corroboration then its conflicts
        got = self._source_counts.get(memo)
        if got is None:
            got = self._source_counts[memo] = self._count_sources(items)
        return got

    def _count_sources(self, items: Sequence[_Item]) -> int:
        copy = self._copy
        n = len(items)
        docs = {it.doc for it in items}
        if len(docs) == n:  # a document each (the common case): the copies among the claims
            edges = [(a.doc, b.doc) for i, a in enumerate(items) for b in items[i + 1 :] if copy(a, b)]
        else:
            if len(docs) < 2:
                return len(docs)
            by_doc: dict[str, list[_Item]] = {}
            for it in items:
                got = by_doc.get(it.doc)
                if got is None:
                    by_doc[it.doc] = [it]
                else:
                    got.append(it)
            grouped = list(by_doc.items())
            edges = [
                (d1, d2)
                for i, (d1, items1) in enumerate(grouped)
                for d2, items2 in grouped[i + 1 :]
                if any(copy(a, b) for a in items1 for b in items2)
            ]
        if len(edges) < 2:  # merging needs a graph only when copies may chain (a~b, b~c)
            return len(docs) - len(edges)
        g = nx.Graph()
        g.add_nodes_from(docs)
        g.add_edges_from(edges)
        return nx.number_connected_components(g)

    def _copy(self, a: _Item, b: _Item) -> bool:
        """Near-identical sentences: equal, or a word-level difflib ratio above the threshold (after cheap
        tests that rule most pairs out)."""
        ta, la, na, sa = a._sentence or self._sentence_of(a)
        tb, lb, nb, sb = b._sentence or self._sentence_of(b)
        if ta == tb:
            return bool(ta.strip())
        pre = self._prefilter
        if 2 * (la if la < lb else lb) < pre * (la + lb):  # lengths too far apart for a copy
            return False
        if 2 * (na if na < nb else nb) < self._word_prefilter * (na + nb):  # so are the word counts
            return False
        if 2 * len(sa & sb) < pre * (len(sa) + len(sb)):  # too few tokens in common
            return False
        pair = (ta, tb) if ta < tb else (tb, ta)  # the rest depends on the two texts only
        got = self._copies.get(pair)
        if got is None:
            got = self._copies[pair] = self._similar_words(ta, tb)
        return got

    def _sentence_of(self, it: _Item) -> tuple[str, int, int, frozenset[str]]:
        """The evidence sentence, its length, about its word count (which bounds the word ratio) and its
        whitespace-separated lower-case tokens (a cheap prefilter before the word-level comparison)."""
        text = it.row[_EVIDENCE][0]
        got = it._sentence = (text, len(text), text.count(" ") + 1, frozenset(text.casefold().split()))
        self._tokenized.append(it)
        return got

    def _similar_words(self, ta: str, tb: str) -> bool:
        (wa, seta), (wb, setb) = self._words(ta), self._words(tb)
        if wa == wb:
            return True
        # difflib's ratio is 2 x matches / total and never exceeds its quick_ratio, whose matches are the
        # words the two have in common (as multisets): when that bound is not above the threshold, neither
        # is the ratio, and difflib is not asked
        sim, total = self.s.copy_similarity, len(wa) + len(wb)
        common = len(seta & setb)  # the multisets' too unless both repeat a word
        extra_a, extra_b = len(wa) - len(seta), len(wb) - len(setb)
        if extra_a and extra_b:  # they may share more, by the smaller surplus of repeats at most
            if 2.0 * (common + min(extra_a, extra_b)) / total <= sim:
                return False
            ca, cb = Counter(wa), Counter(wb)  # what sum((ca & cb).values()) gives
            if len(ca) > len(cb):
                ca, cb = cb, ca
            common = 0
            for word, n in ca.items():
                m = cb.get(word)
                if m:
                    common += n if n < m else m
        if 2.0 * common / total <= sim:
            return False
        return SequenceMatcher(None, wa, wb, autojunk=False).ratio() > sim

    def _words(self, text: str) -> tuple[tuple[str, ...], frozenset[str]]:
        """The sentence as lower-case words, and their set."""
        got = self._word_cache.get(text)
        if got is None:
            words = tuple(_WORD.findall(text.casefold()))
            got = self._word_cache[text] = (words, frozenset(words))
        return got


def _before_whole(it: _Item) -> str:
    """A claim's sentence up to a later clause setting its figure against a whole (``_SHARE_CLAUSE``)."""
    text, fig = it.row[_EVIDENCE][0], it.row[_FIGURE]
    at = text.find(fig) if fig else -1
    whole = _SHARE_CLAUSE.search(text, at + len(fig)) if at >= 0 else None
    if whole is None:
        return text
    rest = text.find(";", whole.end())  # (up to the sentence's next part only)
    return text[: whole.start()] + (text[rest:] if rest >= 0 else "")


def _chosen(rows: Sequence[Sequence[Any]]) -> dict[str, Sequence[Any]]:
    """The rows by id; of rows with the same id, one chosen whatever their order."""
    chosen = {r[0]: r for r in rows}
    if len(chosen) != len(rows):  # duplicate ids: the choice must not depend on the order either
        chosen = {}
        for r in rows:
            prev = chosen.setdefault(r[0], r)
            if prev is not r and _tiebreak(r) < _tiebreak(prev):
                chosen[r[0]] = r
    return chosen


def _tiebreak(row: Sequence[Any]) -> tuple[Any, ...]:
    c = Claim.from_row(row)
    return (c.document, c.evidence.start, c.figure, c.value or 0.0, c.model_dump_json())


def _sentence_span(it: _Item) -> tuple[int, int] | None:
    """Where a claim's evidence sentence lies in its document (from its figure's offset), if its figure is
    found in it."""
    r = it.row
    text, at = r[_EVIDENCE][0], r[_EVIDENCE][1]
    pos = text.find(r[_FIGURE]) if r[_FIGURE] else -1
    return None if pos < 0 else (at - pos, at - pos + len(text))


def _next_sentence(a: _Item, b: _Item) -> bool:
    """Whether b's sentence follows a's in one paragraph (at most one character between them)."""
    sa, sb = _sentence_span(a), _sentence_span(b)
    return sa is not None and sb is not None and 0 <= sb[0] - sa[1] <= 1


@cache
def _currency_names() -> dict[str, str]:
    """Currency words (lower case) -> ISO code, from the lexicon (read only when a rate states a basis)."""
    return {name.casefold(): code for name, code in load_lexicon().currency_words.items()}


def _stated_order(it: _Item) -> tuple[int, str]:
    return it.row[_EVIDENCE][1], it.id


_by_id: Callable[[_Item], str] = attrgetter("id")  # sort keys made in C


@cache
def _longest_first(p: PKey) -> tuple[date, int]:
    return p[0], -p[1].toordinal()


@cache
def _neighbours(p: PKey) -> tuple[PKey | None, PKey | None]:
    """The same period a year before and a year after (``_shift``)."""
    return _shift(p, -1), _shift(p, 1)


_interval_order: Callable[[_Item], tuple[float, float, str]] = attrgetter("wlo", "whi", "id")


def _unique(items: Iterable[_Item]) -> list[_Item]:
    return list({it.id: it for it in items}.values())


def _publication_order(a: list[_Item], b: list[_Item]) -> tuple[list[_Item], list[_Item]] | None:
    """(older, newer) when every claim of one side was published before every claim of the other."""
    da = [it.row[_PUBLISHED] for it in a]  # ISO dates in rows
    db = [it.row[_PUBLISHED] for it in b]
    if not all(da) or not all(db):
        return None
    ka = [date.fromisoformat(d).toordinal() for d in da if d]
    kb = [date.fromisoformat(d).toordinal() for d in db if d]
    if max(ka) < min(kb):
        return a, b
    if max(kb) < min(ka):
        return b, a
    return None


def _one_sentence(items: Sequence[_Item]) -> bool:
    """Whether the claims are stated figures of one sentence of one document, by one voice (the same speaker
    and source, or none): a sentence does not contradict itself, so their figures differ in something
    extraction did not tell apart (a comparison base's period, a qualifier)."""
    first = items[0].row
    doc, text = items[0].doc, first[_EVIDENCE][0]
    voice = (first[_SPEAKER_ID] or first[_SPEAKER], first[_SOURCE])
    for it in items:
        r = it.row
        if it.inputs or it.doc != doc or r[_EVIDENCE][0] != text or (r[_SPEAKER_ID] or r[_SPEAKER], r[_SOURCE]) != voice:
            return False
    return True


def _said_together(low: Sequence[_Item], high: Sequence[_Item]) -> bool:
    """Whether stated figures of one document by one voice have a figure of each side in one sentence ("our
    baseline sees a 2% fall; in a downside scenario the fall would reach 4.5%", the baseline restated
    elsewhere): the sentence sets the two apart (scenarios, a base and its comparison), which repeating one of
    them elsewhere does not undo (see ``same_sentence_conflicts``)."""
    first = low[0].row
    doc, voice = low[0].doc, (first[_SPEAKER_ID] or first[_SPEAKER], first[_SOURCE])
    for it in (*low, *high):
        r = it.row
        if it.inputs or it.doc != doc or (r[_SPEAKER_ID] or r[_SPEAKER], r[_SOURCE]) != voice:
            return False
    said = {it.row[_EVIDENCE][0] for it in low}
    return any(it.row[_EVIDENCE][0] in said for it in high)


def _one_document(items: Sequence[_Item]) -> bool:
    """Whether the claims are figures of one document by one voice (the same speaker and source, or none),
    all stated or all derived: a document does not contradict its own figures (see ``same_document_conflicts``).
    Derived ones count by their inputs' voices too."""
    first = items[0].row
    doc, voice = items[0].doc, (first[_SPEAKER_ID] or first[_SPEAKER], first[_SOURCE])
    derived = bool(items[0].inputs)
    for it in items:
        if it.doc != doc or bool(it.inputs) != derived:
            return False
        for one in (it, *it.inputs):
            r = one.row
            if one.doc != doc or (r[_SPEAKER_ID] or r[_SPEAKER], r[_SOURCE]) != voice:
                return False
    return True


def _one_voice(items: Sequence[_Item]) -> bool:
    """Whether one speaker, or else one organisation (the data source, else the outlet), states every claim:
    only then is a later different figure a revision. A claim is known by its most specific voice."""
    voices = set()
    for it in items:
        r = it.row
        voice = r[_SPEAKER_ID] or r[_SPEAKER] or r[_SOURCE] or r[_OUTLET]
        if not voice:
            return False
        voices.add(voice.casefold())
        if len(voices) > 1:
            return False
    return True


def _canonical_period(items: Sequence[_Item]) -> Period | None:
    """The period of the findings' claims that is stated most plainly (explicit, not derived, lowest id)."""
    best: tuple[tuple[int, int, str], Period] | None = None
    for it in items:
        p = it.period
        if p is None:
            continue
        rank = (1 if it.inputs else 0, 0 if p.resolution == "explicit" else 1, it.id)
        if best is None or rank < best[0]:
            best = (rank, p)
    return best[1] if best else None


_NONE: list[Any] = []  # no clusters (never appended to)
_NO_PERIOD = (date.max, date.max)  # sorts last, as an undated finding does
_FINDING_FIELDS = set(Finding.model_fields)  # every finding names all its fields: one set for them all
_object_new = object.__new__
_object_setattr = object.__setattr__


def _sorted_findings(parts: list[list[tuple[Any, list[Finding]]]]) -> tuple[Finding, ...]:
    """Conflicts, then corroborations, each by measure, parties, period (undated last), type and id: the parts'
    groups in order (each part's are in order already, and no two parts share a group, since a group's parties
    are of one part: sorting their concatenation merges them)."""
    groups = parts[0] if len(parts) == 1 else [group for part in parts for group in part]
    if len(parts) > 1:
        groups.sort(key=_group_key)
    return tuple([f for _key, findings in groups for f in findings])


_group_key: Callable[[tuple[Any, ...]], Any] = itemgetter(0)
