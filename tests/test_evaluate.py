"""Tests for kg.evaluate: gold loading and the scoring rules of GOLD_SCHEMA.md, on hand-built claims."""

from __future__ import annotations

import re
import shutil
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from kg.errors import GoldError
from kg.evaluate import (
    EvalReport,
    Gold,
    GoldClaim,
    evaluate,
    format_period,
    format_report,
    load_gold,
    parse_period,
)
from kg.models import Claim, Evidence, Finding, FindingType, Period

GOLD_DIR = Path(__file__).parent / "gold"
F001 = "001_672866e25d7aae57.txt"
F002 = "002_db3de2a4327838d2.txt"
F004 = "004_a29fc1163a80a947.txt"


@pytest.fixture(scope="module")
def gold() -> Gold:
    return load_gold(GOLD_DIR)


def period(start: str, end: str | None = None) -> Period:
    return Period(
        start=date.fromisoformat(start),
        end=date.fromisoformat(end or start),
        as_stated="",
        resolution="explicit",
    )


def from_gold(g: GoldClaim, **changes: Any) -> Claim:
    """A system claim that states exactly what the gold claim does (id = gold ref), with changes."""
    data: dict[str, Any] = {
        "id": g.ref,
        "document": g.document,
        "value": g.value,
        "unit": g.unit or "USD",
        "bound": g.bound or "exact",
        "low": None,
        "high": None,
        "figure": g.figure or "",
        "measure": g.measure,
        "parties": g.parties,
        "kind": g.kind,
        "period": None if g.period is None else period(g.period.start.isoformat(), g.period.end.isoformat()),
        "speaker": g.speaker,
        "source": g.source,
        "evidence": Evidence(text=g.quote or "", start=g.line, end=g.line + 1),
    }
    data.update(changes)
    return Claim(**data)


def perfect_claims(gold: Gold) -> list[Claim]:
    return [from_gold(g) for g in gold.claims if g.value is not None]


def replace(claims: list[Claim], new: Claim) -> list[Claim]:
    return [new if c.id == new.id else c for c in claims]


def finding(fid: str, *claims: str, type: FindingType = "value_mismatch") -> Finding:
    return Finding(id=fid, type=type, severity=0.5, measure="trade_turnover", parties=("CN", "RU"), period=None,
                   claims=claims, explanation="test")  # fmt: skip


def derived(cid: str, document: str, value: float, sources: tuple[str, ...]) -> Claim:
    return Claim(id=cid, document=document, value=value, unit="USD", bound="approx", low=None, high=None,
                 figure="", measure="trade_turnover", parties=("CN", "RU"), kind="actual",
                 period=period("2021-01-01", "2021-12-31"), speaker=None, source=None,
                 evidence=Evidence(text="", start=0, end=0), derived_from=sources)  # fmt: skip


def must_findings(gold: Gold) -> list[Finding]:
    return [finding(f"f{i}", *c.claims, type=c.type) for i, c in enumerate(gold.conflicts) if c.must]  # type: ignore[arg-type]


def summary(report: EvalReport) -> list[str]:
    return format_report(report).splitlines()[-4:]


# ---------------------------------------------------------------------------------------------- load_gold


def test_evaluate_load_seed_gold(gold: Gold) -> None:
    assert [d.file for d in gold.documents] == sorted(d.file for d in gold.documents)
    assert len(gold.documents) == 5
    assert len(gold.claims) == 31
    assert [c.id for c in gold.conflicts] == ["k1", "k2", "k3", "k4", "k5"]
    assert [c.must for c in gold.conflicts] == [True, True, True, False, False]
    assert len(gold.corroborations) == 3
    c7 = gold.claim("001:c7")
    assert isinstance(c7.value, float) and c7.value == 140e9
    assert gold.claim("002:c4").value == 218.2e9
    assert gold.claim("004:c7").value == 5.41e12
    assert gold.claim("001:c2").period_alternatives == (None,)
    assert gold.claim("002:c2").kinds == ("forecast", "estimate")
    assert gold.claim("004:c10").value is None and gold.claim("004:c10").optional
    doc = gold.document(F002)
    assert doc is not None and doc.prefix == "002"
    assert doc.not_claims == ("03:41", "02:46", "34")
    doc1 = gold.document("some/folder/" + F001)
    assert doc1 is not None and doc1.published == date(2022, 2, 6)
    assert gold.documents[0].published_inferred == "2023-01"
    assert gold.conflicts[0].options[1] == ("001:c7", "004:c3")
    with pytest.raises(KeyError):
        gold.claim("001:c99")


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2021", "2021-01-01", "2021-12-31"),
        ("2023-01/2023-11", "2023-01-01", "2023-11-30"),
        ("2024-04/2025-03", "2024-04-01", "2025-03-31"),
        ("2022-02-06", "2022-02-06", "2022-02-06"),
        ("2022-02", "2022-02-01", "2022-02-28"),
        ("2024-02", "2024-02-01", "2024-02-29"),
        ("2023-Q2", "2023-04-01", "2023-06-30"),
        ("2023-H2", "2023-07-01", "2023-12-31"),
        (2021, "2021-01-01", "2021-12-31"),
        (date(2019, 6, 5), "2019-06-05", "2019-06-05"),
    ],
)
def test_evaluate_parse_period(text: object, start: str, end: str) -> None:
    p = parse_period(text)
    assert p is not None
    assert (p.start.isoformat(), p.end.isoformat()) == (start, end)


@pytest.mark.parametrize("text", ["2021-13", "20xx", "2023-05/2023-01", "2023-02-30", "", True, 2.5])
def test_evaluate_parse_period_rejects(text: object) -> None:
    with pytest.raises(ValueError):
        parse_period(text)


def test_evaluate_parse_period_null() -> None:
    assert parse_period(None) is None


@pytest.mark.parametrize(
    ("start", "end", "text"),
    [
        ("2021-01-01", "2021-12-31", "2021"),
        ("2023-01-01", "2023-11-30", "2023-01/2023-11"),
        ("2022-02-01", "2022-02-28", "2022-02"),
        ("2022-02-04", "2022-02-04", "2022-02-04"),
        ("2021-01-01", "2022-12-31", "2021/2022"),
        ("2022-02-04", "2022-03-01", "2022-02-04/2022-03-01"),
    ],
)
def test_evaluate_format_period(start: str, end: str, text: str) -> None:
    assert format_period(period(start, end)) == text
    assert format_period(None) == "none"


# ---------------------------------------------------------------------------------------------- malformed gold


def copy_gold(tmp_path: Path) -> Path:
    target = tmp_path / "gold"
    shutil.copytree(GOLD_DIR, target)
    for p in target.iterdir():
        p.chmod(0o644)
    return target


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def line_of(path: Path, needle: str) -> int:
    return next(
        i for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if needle in line
    )


def test_evaluate_gold_error_malformed_yaml(tmp_path: Path) -> None:
    root = copy_gold(tmp_path)
    path = root / "003_87dd0651f91ea8c8.gold.yaml"
    edit(path, "parties: [CN, RU]", "parties: [CN, RU")
    with pytest.raises(GoldError) as err:
        load_gold(root)
    assert err.value.path is not None and err.value.path.endswith("003_87dd0651f91ea8c8.gold.yaml")
    assert err.value.line is not None
    assert "003_87dd0651f91ea8c8.gold.yaml:" in str(err.value)
    assert "malformed YAML" in str(err.value)


def test_evaluate_gold_error_missing_key(tmp_path: Path) -> None:
    root = copy_gold(tmp_path)
    path = root / "001_672866e25d7aae57.gold.yaml"
    claim_line = line_of(path, "- id: c4")
    edit(path, "    kind: actual\n    period: \"2020\"\n    period_alternatives: [\"2021\"]\n    period_as_stated: \"(year",
         "    period: \"2020\"\n    period_alternatives: [\"2021\"]\n    period_as_stated: \"(year")  # fmt: skip
    with pytest.raises(GoldError) as err:
        load_gold(root)
    message = str(err.value)
    assert message.startswith(f"{path}:{claim_line}: ")
    assert "claim c4: missing key 'kind'" in message


def test_evaluate_gold_error_bad_value_names_key_line(tmp_path: Path) -> None:
    root = copy_gold(tmp_path)
    path = root / "000_e0019f11b47b57f5.gold.yaml"
    edit(path, "value: 190e9", "value: lots")
    with pytest.raises(GoldError) as err:
        load_gold(root)
    assert err.value.line == line_of(path, "value: lots")
    assert "claim c2: value" in str(err.value)


def test_evaluate_gold_error_bad_period(tmp_path: Path) -> None:
    root = copy_gold(tmp_path)
    path = root / "002_db3de2a4327838d2.gold.yaml"
    edit(path, 'period: "2023-01/2023-11"', 'period: "2023-13"')
    with pytest.raises(GoldError) as err:
        load_gold(root)
    assert err.value.line == line_of(path, 'period: "2023-13"')
    assert "not an ISO period" in str(err.value)


def test_evaluate_gold_error_unknown_conflict_claim(tmp_path: Path) -> None:
    root = copy_gold(tmp_path)
    path = root / "conflicts.gold.yaml"
    edit(path, 'claims: ["003:c2", "004:c4"]', 'claims: ["003:c2", "004:c44"]')
    with pytest.raises(GoldError) as err:
        load_gold(root)
    assert err.value.path == str(path)
    assert err.value.line == line_of(path, "- id: k3")
    assert "004:c44" in str(err.value)


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("- just\n- a list\n", "a YAML mapping"),
        ("claims: []\n", "missing key 'document'"),
        ("document:\n  published: null\n", "missing key 'file'"),
        ("document:\n  file: x_1.txt\nclaims:\n  - id: c1\n    id: c2\n", "duplicate key"),
        ("document:\n  file: x_1.txt\nclaims: 3\n", "'claims' must be a list"),
        ("document:\n  file: x_1.txt\nnot_claims: [[1]]\n", "not_claims"),
        ("document:\n  file: x_1.txt\n\tbad: tab\n", "malformed YAML"),
    ],
)
def test_evaluate_gold_error_shapes(tmp_path: Path, text: str, needle: str) -> None:
    (tmp_path / "x_1.gold.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(GoldError) as err:
        load_gold(tmp_path)
    assert "x_1.gold.yaml" in str(err.value)
    assert needle in str(err.value)


CLAIM = """\
  - id: {id}
    quote: "q"
    figure: "f"
    value: {value}
    unit: USD
    bound: {bound}
    measure: trade_turnover
    parties: [CN, RU]
    kind: actual
    period: {period}
"""


def write_doc(root: Path, file: str, *claims: dict[str, Any], extra: str = "") -> None:
    body = "".join(CLAIM.format(**{"bound": "exact", "period": '"2021"', **c}) for c in claims)
    text = f"document:\n  file: {file}\nclaims:\n{body}{extra}"
    (root / f"{Path(file).stem}.gold.yaml").write_text(text, encoding="utf-8")


def test_evaluate_gold_error_null_value_not_optional(tmp_path: Path) -> None:
    write_doc(tmp_path, "a_1.txt", {"id": "c1", "value": "null"})
    with pytest.raises(GoldError, match="value is null but the claim is not optional"):
        load_gold(tmp_path)


def test_evaluate_gold_error_duplicate_claim_id(tmp_path: Path) -> None:
    write_doc(tmp_path, "a_1.txt", {"id": "c1", "value": 1}, {"id": "c1", "value": 2})
    with pytest.raises(GoldError, match="duplicate claim id 'c1'"):
        load_gold(tmp_path)


def test_evaluate_gold_error_shared_prefix(tmp_path: Path) -> None:
    write_doc(tmp_path, "a_1.txt", {"id": "c1", "value": 1})
    write_doc(tmp_path, "a_2.txt", {"id": "c1", "value": 1})
    with pytest.raises(GoldError, match="prefix"):
        load_gold(tmp_path)


def test_evaluate_gold_error_empty_folder(tmp_path: Path) -> None:
    with pytest.raises(GoldError, match="no"):
        load_gold(tmp_path)
    with pytest.raises(GoldError, match="not a folder"):
        load_gold(tmp_path / "missing")


def test_evaluate_gold_error_bad_conflict_type(tmp_path: Path) -> None:
    write_doc(tmp_path, "a_1.txt", {"id": "c1", "value": 1}, {"id": "c2", "value": 2})
    (tmp_path / "conflicts.gold.yaml").write_text(
        'conflicts:\n  - id: k1\n    claims: ["a:c1", "a:c2"]\n    type: disagreement\n    must: true\n',
        encoding="utf-8",
    )
    with pytest.raises(GoldError) as err:
        load_gold(tmp_path)
    assert "conflicts.gold.yaml:4:" in str(err.value)
    assert "unknown conflict type" in str(err.value)


# ---------------------------------------------------------------------------------------------- claims


def test_evaluate_perfect_system(gold: Gold) -> None:
    findings = must_findings(gold) + [finding(f"r{i}", *c.claims, type="corroboration")
                                      for i, c in enumerate(gold.corroborations)]  # fmt: skip
    report = evaluate(gold, perfect_claims(gold), findings)
    assert report.claim_recall == report.claim_precision == report.conflict_recall == 1.0
    assert report.corroboration_recall == 1.0
    assert not report.misses and not report.false_claims and not report.false_conflicts
    assert summary(report) == [
        "claims: recall 1.000 (26/26)",
        "claims: precision 1.000 (30/30)",
        "conflicts: must-flag recall 1.000 (3/3)",
        "conflicts: false 0",
    ]
    assert [d.found for d in report.documents] == [d.gold for d in report.documents] == [2, 8, 4, 4, 8]


def test_evaluate_optional_claims_not_required(gold: Gold) -> None:
    claims = [from_gold(g) for g in gold.claims if not g.optional]
    report = evaluate(gold, claims, [])
    assert (report.claims_found, report.claims_total) == (26, 26)
    assert (report.claims_true, report.claims_system) == (26, 26)


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ({"kind": "target"}, "kind target, want actual"),
        ({"period": period("2019-01-01", "2019-12-31")}, "period 2019, want 2021 or 2022-02-04 or 2022"),
        ({"period": None}, "period none, want 2021 or 2022-02-04 or 2022"),
        ({"value": 140e9 * 1.006}, "value 140.84e9 (+0.6 %), want 140e9 USD"),
        ({"unit": "EUR"}, "unit EUR, want USD"),
    ],
)
def test_evaluate_claim_missed(gold: Gold, changes: dict[str, Any], reason: str) -> None:
    claims = replace(perfect_claims(gold), from_gold(gold.claim("001:c7"), **changes))
    report = evaluate(gold, claims, [])
    assert (report.claims_found, report.claims_total) == (25, 26)
    assert (report.claims_true, report.claims_system) == (29, 30)
    [miss] = report.misses
    assert (miss.ref, miss.closest, miss.reasons) == ("001:c7", "001:c7", (reason,))
    [false] = report.false_claims
    assert (false.claim, false.reason) == ("001:c7", "unmatched")
    assert "closest 001:c7" in format_report(report)


@pytest.mark.parametrize(
    ("ref", "changes"),
    [
        ("001:c7", {"value": 140e9 * 1.004}),
        ("001:c7", {"value": 140e9 * 0.996}),
        ("001:c7", {"period": period("2022-02-04")}),  # a period alternative
        ("001:c7", {"period": period("2021-10-01", "2022-03-31")}),  # overlaps 2021
        ("002:c2", {"kind": "estimate"}),  # a kind alternative
        ("001:c8", {"period": period("2019-01-01", "2019-12-31")}),  # null gold period: any
        ("001:c8", {"period": None}),
        ("001:c3", {"value": 147e9, "low": 146e9, "bound": "at_least"}),  # at_least matches by low
        ("002:c3", {"unit": "Percent"}),
    ],
)
def test_evaluate_claim_found(gold: Gold, ref: str, changes: dict[str, Any]) -> None:
    claims = replace(perfect_claims(gold), from_gold(gold.claim(ref), **changes))
    report = evaluate(gold, claims, [])
    assert report.claim_recall == report.claim_precision == 1.0


def test_evaluate_low_counts_only_for_at_least(gold: Gold) -> None:
    claims = replace(perfect_claims(gold), from_gold(gold.claim("001:c3"), value=140e9, high=146e9))
    claims = replace(claims, from_gold(gold.claim("001:c7"), value=150e9, low=140e9))  # c7 is exact
    report = evaluate(gold, claims, [])
    assert [m.ref for m in report.misses] == ["001:c3", "001:c7"]


def test_evaluate_no_claims_in_document(gold: Gold) -> None:
    claims = [c for c in perfect_claims(gold) if not c.id.startswith("003:")]
    report = evaluate(gold, claims, [])
    assert [m.ref for m in report.misses] == ["003:c1", "003:c2", "003:c3", "003:c4"]
    assert report.misses[0].closest is None
    assert report.misses[0].reasons == ("no system claim in this document",)


def test_evaluate_repeats_and_unscored(gold: Gold) -> None:
    headline = from_gold(gold.claim("000:c2"), id="000:headline")
    elsewhere = from_gold(gold.claim("000:c2"), id="999:c1", document="999_unknown.txt")
    pathy = from_gold(gold.claim("001:c7"), id="001:again", document=f"seeds/{F001}")
    report = evaluate(gold, [*perfect_claims(gold), headline, elsewhere, pathy], [])
    assert (report.claims_true, report.claims_system) == (32, 32)
    assert report.claims_unscored == 1


def test_evaluate_not_claims_are_false(gold: Gold) -> None:
    g = gold.claim("002:c3")
    clock = from_gold(g, id="002:clock", figure="03:41", value=3.41, unit="count")
    sneaky = from_gold(g, id="002:sneaky", figure="34")  # matches 002:c3's value, yet listed as not a claim
    report = evaluate(gold, [*perfect_claims(gold), clock, sneaky], [])
    assert report.claim_recall == 1.0
    assert (report.claims_true, report.claims_system) == (30, 32)
    assert {(f.claim, f.reason) for f in report.false_claims} == {
        ("002:clock", "not_claim"),
        ("002:sneaky", "not_claim"),
    }
    assert "listed in not_claims" in format_report(report)
    row = next(d for d in report.documents if d.file == F002)
    assert (row.system, row.true, row.false) == (7, 5, 2)


def test_evaluate_derived_claims_not_scored(gold: Gold) -> None:
    d1 = derived("d1", F004, 146.2e9, ("004:c3", "004:c4"))
    report = evaluate(gold, [*perfect_claims(gold), d1], [])
    assert report.claims_derived == 1
    assert (report.claims_true, report.claims_system) == (30, 30)


def test_evaluate_range_and_at_most(tmp_path: Path) -> None:
    write_doc(tmp_path, "r_1.txt", {"id": "c1", "value": "64e9", "bound": "at_least"},
              {"id": "c2", "value": "65e9", "bound": "at_most"}, {"id": "c3", "value": "80e9", "bound": "at_most"},
              {"id": "c4", "value": "90e9", "bound": "exact"})  # fmt: skip
    gold = load_gold(tmp_path)

    def claim(cid: str, value: float | None, bound: str, low: float | None, high: float | None) -> Claim:
        return Claim(id=cid, document="r_1.txt", value=value, unit="USD", bound=bound, low=low, high=high,  # type: ignore[arg-type]
                     figure="x", measure="trade_turnover", parties=("CN", "RU"), kind="actual",
                     period=period("2021-01-01", "2021-12-31"), speaker=None, source=None,
                     evidence=Evidence(text="", start=0, end=1))  # fmt: skip

    claims = [
        claim("s1", 64.5e9, "range", 64e9, 65e9),  # "$64-65 billion": both ends
        claim("s2", None, "at_most", None, 80e9),  # "up to $80 billion"
        claim("s3", 91e9, "range", 90e9, 92e9),  # a range end counts for an exact gold figure too
    ]
    report = evaluate(gold, claims, [])
    assert report.claim_recall == report.claim_precision == 1.0


# ---------------------------------------------------------------------------------------------- conflicts


def test_evaluate_conflict_through_derived_claim(gold: Gold) -> None:
    d1 = derived("d1", F004, 146.2e9, ("004:c3", "004:c4"))
    d2 = derived("d2", F004, 146.2e9, ("d1",))  # derived from a derived claim
    claims = [*perfect_claims(gold), d1, d2]
    report = evaluate(gold, claims, [finding("f1", "001:c7", "d1")])
    k1 = report.conflicts[0]
    assert (k1.id, k1.found, k1.finding, k1.via) == ("k1", True, "f1", ("001:c7", "004:c3"))
    assert (report.conflicts_found, report.conflicts_total) == (1, 3)
    assert evaluate(gold, claims, [finding("f1", "d2", "001:c7")]).conflicts[0].found
    assert summary(report)[2] == "conflicts: must-flag recall 0.333 (1/3)"


def test_evaluate_conflict_needs_both_sides(gold: Gold) -> None:
    both = derived(
        "d1", F001, 1.0, ("001:c7", "001:c3")
    )  # one claim standing for both sides is not a conflict
    claims = [*perfect_claims(gold), both]
    findings = [
        finding("f1", "d1"),
        finding("f2", "001:c7", "001:c6"),
        finding("f3", "001:c7", "001:c3", type="corroboration"),
        finding("f4", "001:c7", "no-such-claim"),
    ]
    report = evaluate(gold, claims, findings)
    assert not report.conflicts[0].found
    assert report.conflicts_reported == 3


def test_evaluate_conflict_alternatives(gold: Gold) -> None:
    report = evaluate(gold, perfect_claims(gold), [finding("f1", "003:c3", "003:c4", type="target_mismatch")])
    k2 = next(r for r in report.conflicts if r.id == "k2")
    assert (k2.found, k2.via) == (True, ("003:c3", "003:c4"))
    assert "found by f1 (003:c3 vs 003:c4)" in format_report(report)


def test_evaluate_conflict_matches_system_claims_not_ids(gold: Gold) -> None:
    # system ids need not be gold ids: matching goes through value, kind and period
    claims = [c.model_copy(update={"id": "s-" + c.id}) for c in perfect_claims(gold)]
    report = evaluate(gold, claims, [finding("f1", "s-003:c2", "s-004:c4", type="forecast_divergence")])
    assert next(r for r in report.conflicts if r.id == "k3").found


def test_evaluate_nice_to_have_conflicts_not_in_recall(gold: Gold) -> None:
    report = evaluate(gold, perfect_claims(gold), [finding("f1", "000:c1", "001:c1", type="period_mismatch")])
    k5 = next(r for r in report.conflicts if r.id == "k5")
    assert k5.found and not k5.must
    assert (report.conflicts_found, report.conflicts_total) == (0, 3)
    assert not report.false_conflicts


def test_evaluate_false_conflicts(gold: Gold) -> None:
    findings = [
        finding("f1", "000:c2", "004:c3"),  # both $190B for 2022: gold agrees
        finding("f2", "001:c7", "001:c3"),  # the real k1
        finding("f3", "001:c1", "003:c3", "004:c2", type="target_mismatch"),  # the agreed $200B target
        finding("f4", "001:c6", "003:c4", type="target_mismatch"),  # $250B, no date vs by 2024: agree
        finding("f5", "000:c2", "004:c3", type="corroboration"),  # not a conflict
        finding("f6", "002:c1", "002:c4"),  # target vs actual: different facts
    ]
    report = evaluate(gold, perfect_claims(gold), findings)
    assert [f.finding for f in report.false_conflicts] == ["f1", "f3", "f4"]
    assert report.false_conflicts[0].agreeing == ("000:c2", "004:c3")
    assert summary(report)[3] == "conflicts: false 3"


def test_evaluate_corroboration_recall(gold: Gold) -> None:
    findings = [
        finding("r1", "001:c1", "003:c3", type="corroboration"),
        finding("r2", "004:c2", "003:c3", type="corroboration"),  # chained into one cluster with r1
        finding("r3", "000:c2", "004:c3", type="corroboration"),
        finding("f1", "002:c4", "004:c5"),  # a conflict does not corroborate
    ]
    report = evaluate(gold, perfect_claims(gold), findings)
    assert [(c.found, c.finding) for c in report.corroborations] == [
        (True, "r3"),
        (False, None),
        (True, "r1"),
    ]
    assert report.corroboration_recall == pytest.approx(2 / 3)


# ---------------------------------------------------------------------------------------------- report


def test_evaluate_report_shape(gold: Gold) -> None:
    claims = replace(perfect_claims(gold), from_gold(gold.claim("001:c7"), kind="target"))
    extra = from_gold(gold.claim("002:c3"), id="002:clock", figure="03:41", value=3.41, unit="count")
    first = format_report(evaluate(gold, [*claims, extra], must_findings(gold)))
    again = format_report(evaluate(gold, [extra, *reversed(claims)], must_findings(gold)))
    assert first == again
    tail = first.splitlines()[-4:]
    patterns = [
        r"claims: recall \d\.\d{3} \(\d+/\d+\)",
        r"claims: precision \d\.\d{3} \(\d+/\d+\)",
        r"conflicts: must-flag recall \d\.\d{3} \(\d+/\d+\)",
        r"conflicts: false \d+",
    ]
    assert all(re.fullmatch(p, line) for p, line in zip(patterns, tail, strict=True))
    assert tail[:2] == ["claims: recall 0.962 (25/26)", "claims: precision 0.935 (29/31)"]
    assert F001 in first and "missed claims (1)" in first and "false claims (2)" in first
    assert '001:c7 $140 billion: "The volume of our trade turnover has already reached $140 billion"' in first


def test_evaluate_report_empty_system(gold: Gold) -> None:
    report = evaluate(gold, [], [])
    assert summary(report) == [
        "claims: recall 0.000 (0/26)",
        "claims: precision 1.000 (0/0)",
        "conflicts: must-flag recall 0.000 (0/3)",
        "conflicts: false 0",
    ]


def test_evaluate_gold_without_conflicts_file(tmp_path: Path) -> None:
    write_doc(tmp_path, "a_1.txt", {"id": "c1", "value": "5e9"}, extra="not_claims:\n  - 12:30\n")
    gold = load_gold(tmp_path)
    assert gold.conflicts == ()
    assert gold.documents[0].not_claims == ("12:30",)  # not the YAML 1.1 base-60 number 750
    report = evaluate(gold, [], [])
    assert summary(report)[2] == "conflicts: must-flag recall 1.000 (0/0)"


def test_evaluate_incomparable_conflicts(gold: Gold) -> None:
    findings = [
        finding("f1", "000:c1", "000:c2"),  # 2023 vs 2022 trade: different periods
        finding("f2", "000:c2", "000:c3"),  # trade vs an oil price cap: different measure and parties
        finding("f3", "000:c2", "004:c3"),  # agreeing: a false conflict, not counted twice
        finding("f4", "001:c7", "001:c3"),  # the real k1
    ]
    report = evaluate(gold, perfect_claims(gold), findings)
    assert [ic.finding for ic in report.incomparable_conflicts] == ["f1", "f2"]
    assert report.incomparable_conflicts[1].gold == ("000:c2", "000:c3")
    assert [fc.finding for fc in report.false_conflicts] == ["f3"]
    text = format_report(report)
    assert "incomparable conflicts (2)" in text
    assert summary(report)[3] == "conflicts: false 1"


def test_mirror_measures_are_comparable() -> None:
    from kg.evaluate import GoldClaim, _comparable

    def gold_claim(measure: str, parties: tuple[str, ...]) -> GoldClaim:
        return GoldClaim.model_construct(id="c1", document="a.txt", prefix="a", line=1, quote=None, figure=None,
                                         value=1e9, unit="USD", bound="exact", measure=measure, parties=parties,
                                         kind="actual", period=None)  # fmt: skip

    exports, imports = gold_claim("exports", ("CL", "PE")), gold_claim("imports", ("PE", "CL"))
    assert _comparable(exports, imports)  # Chile's exports to Peru are Peru's imports from Chile
    assert _comparable(gold_claim("trade_surplus", ("CL", "PE")), gold_claim("trade_deficit", ("PE", "CL")))
    assert not _comparable(exports, gold_claim("trade_turnover", ("CL", "PE")))
    assert not _comparable(exports, gold_claim("imports", ("PE", "BO")))


# ---------------------------------------------------------------------------------------------- traps

TRAP_CONFLICTS = """\
conflicts:
  - id: k1
    claims: ["p:c1", "q:c1"]
    type: value_mismatch
    must: true
traps:
  - claims: ["p:c2", "p:c1"]
    alternatives: [["p:c2", "q:c1"]]
    why: "Half year vs full year."
  - id: t-mirror
    claims: ["p:c3", "q:c2"]
not_conflicts:
  - 'q:c3 (a total) vs p:c1 / q:c1. - a one-country total vs the pair''s trade: 2 vs 3'
"""


@pytest.fixture
def trap_gold(tmp_path: Path) -> Gold:
    write_doc(tmp_path, "p_1.txt", {"id": "c1", "value": "10.0e9"}, {"id": "c2", "value": "4.0e9", "period": '"2021-01/2021-06"'},
              {"id": "c3", "value": "7.0e9"})  # fmt: skip
    write_doc(tmp_path, "q_1.txt", {"id": "c1", "value": "11.0e9"}, {"id": "c2", "value": "8.0e9"},
              {"id": "c3", "value": "30.0e9"})  # fmt: skip
    (tmp_path / "conflicts.gold.yaml").write_text(TRAP_CONFLICTS, encoding="utf-8")
    return load_gold(tmp_path)


def trap_claims(gold: Gold) -> list[Claim]:
    return [from_gold(g, id=g.ref.replace(":", "-")) for g in gold.claims]


def test_evaluate_load_traps(trap_gold: Gold) -> None:
    first, mirror, text = trap_gold.traps
    assert (first.label, first.id, first.line) == ("traps[0]", None, 7)
    assert first.options == (("p:c2", "p:c1"), ("p:c2", "q:c1"))
    assert first.why == "Half year vs full year."
    assert (mirror.label, mirror.why, mirror.options) == ("t-mirror", None, (("p:c3", "q:c2"),))
    # a string trap: the left claim against each right one; the refs end at " - " (the why may say "vs")
    assert (text.label, text.line) == ("not_conflicts[0]", 13)
    assert text.options == (("q:c3", "p:c1"), ("q:c3", "q:c1"))
    assert text.why is not None and text.why.startswith("q:c3 (a total)")


@pytest.mark.parametrize(
    ("entry", "needle"),
    [
        ("  - 'p:c1 and q:c1 - no vs'\n", "not_conflicts[0]: a mapping with claims, or a string"),
        ("  - 'p:c1 vs the world - one side names no claim'\n", "not_conflicts[0]: a mapping with claims"),
        ("  - [p:c1, q:c1]\n", "not_conflicts[0]: a mapping with claims"),
        ('  - id: t9\n    claims: ["p:c1"]\n', "trap t9: claims"),
        ("  - why: no claims\n", "not_conflicts[0]: missing key 'claims'"),
        ('  - claims: ["p:c1", "q:c1"]\n    alternatives: [["p:c1"]]\n', "at least two claims"),
        ("  - 'p:c1 vs q:c9'\n", "unknown claim 'q:c9'"),
    ],
)
def test_evaluate_gold_error_malformed_trap(tmp_path: Path, entry: str, needle: str) -> None:
    write_doc(tmp_path, "p_1.txt", {"id": "c1", "value": 1})
    write_doc(tmp_path, "q_1.txt", {"id": "c1", "value": 2})
    path = tmp_path / "conflicts.gold.yaml"
    path.write_text("conflicts: []\nnot_conflicts:\n" + entry, encoding="utf-8")
    with pytest.raises(GoldError) as err:
        load_gold(tmp_path)
    message = str(err.value)
    assert re.match(rf"{re.escape(str(path))}:[34]: ", message)  # the entry's line or its key's
    assert "\n" not in message
    assert needle in message


def test_evaluate_gold_error_traps_not_a_list(tmp_path: Path) -> None:
    write_doc(tmp_path, "p_1.txt", {"id": "c1", "value": 1})
    (tmp_path / "conflicts.gold.yaml").write_text("traps: p:c1 vs p:c1\n", encoding="utf-8")
    with pytest.raises(GoldError, match=re.escape("conflicts.gold.yaml:1: 'traps' must be a list")):
        load_gold(tmp_path)


def test_evaluate_trap_hits_are_false_conflicts(trap_gold: Gold) -> None:
    findings = [
        finding("f1", "p-c2", "p-c1"),  # half year vs full year: a trap hit
        finding("f2", "p-c2", "q-c1", type="forecast_divergence"),  # the same trap through its alternative
        finding("f3", "p-c3", "q-c2"),  # the mirror trap, by id
        finding("f4", "p-c3", "q-c2", type="corroboration"),  # not a conflict: no hit
        finding("f5", "p-c3", "p-c1"),  # no trap pair
    ]
    report = evaluate(trap_gold, trap_claims(trap_gold), findings)
    assert report.traps_total == 3
    assert [(h.trap, h.finding, h.via) for h in report.trap_hits] == [
        ("traps[0]", "f1", ("p:c2", "p:c1")),
        ("traps[0]", "f2", ("p:c2", "q:c1")),
        ("t-mirror", "f3", ("p:c3", "q:c2")),
    ]
    assert [(fc.finding, fc.traps, fc.agreeing) for fc in report.false_conflicts] == [
        ("f1", ("traps[0]",), ()),
        ("f2", ("traps[0]",), ()),
        ("f3", ("t-mirror",), ()),
    ]
    assert [ic.finding for ic in report.incomparable_conflicts] == []  # f1..f3 are false: not counted twice
    text = format_report(report)
    assert "\nfalse conflicts (3)\n" in text
    assert "  f1 value_mismatch: p-c2, p-c1 (trap traps[0])" in text
    assert "\ntrap hits (2 of 3; a finding on a trap counts among the false conflicts" in text
    assert "  traps[0] (line 7) f2 forecast_divergence: p:c2 vs q:c1: Half year vs full year." in text
    assert "  t-mirror (line 10) f3 value_mismatch: p:c3 vs q:c2: " in text
    assert summary(report)[3] == "conflicts: false 3"
    dumped = report.model_dump(mode="json")
    assert dumped["traps_total"] == 3 and dumped["trap_hits"][2]["trap"] == "t-mirror"


def test_evaluate_trap_hit_matching(trap_gold: Gold) -> None:
    claims = trap_claims(trap_gold)
    # a derived claim stands for its sources, as for conflicts; one claim standing for both sides is no hit
    both = derived("d1", "p_1.txt", 1.0, ("p-c2", "p-c1"))
    half = derived("d2", "p_1.txt", 1.0, ("p-c2",))
    findings = [finding("f1", "d1"), finding("f2", "d2", "q-c1"), finding("f3", "p-c1", "q-c3", "p-c3")]
    report = evaluate(trap_gold, [*claims, both, half], findings)
    assert [(h.trap, h.finding) for h in report.trap_hits] == [("traps[0]", "f2"), ("not_conflicts[0]", "f3")]
    assert [fc.finding for fc in report.false_conflicts] == ["f2", "f3"]


def test_evaluate_trap_hit_on_a_found_conflict_is_not_false(trap_gold: Gold) -> None:
    # one finding grouping the real k1 (p:c1 vs q:c1) with a trap claim: it is credited, so not false
    report = evaluate(trap_gold, trap_claims(trap_gold), [finding("f1", "p-c1", "q-c1", "p-c2")])
    assert report.conflicts[0].found
    [hit] = report.trap_hits
    assert (hit.trap, hit.finding, hit.credited) == ("traps[0]", "f1", "k1")
    assert not report.false_conflicts
    text = format_report(report)
    assert "traps[0] (line 7) f1 value_mismatch: p:c2 vs p:c1 (found k1: not false): " in text
    assert summary(report)[3] == "conflicts: false 0"


def test_evaluate_trap_and_agreeing_false_conflict_count_once(tmp_path: Path) -> None:
    write_doc(tmp_path, "p_1.txt", {"id": "c1", "value": "10.0e9"})
    write_doc(tmp_path, "q_1.txt", {"id": "c1", "value": "10.0e9"})
    (tmp_path / "conflicts.gold.yaml").write_text("traps:\n  - claims: ['p:c1', 'q:c1']\n", encoding="utf-8")
    gold = load_gold(tmp_path)
    report = evaluate(gold, trap_claims(gold), [finding("f1", "p-c1", "q-c1")])
    [fc] = report.false_conflicts
    assert (fc.agreeing, fc.traps) == (("p:c1", "q:c1"), ("traps[0]",))
    assert "  f1 value_mismatch: p-c1, q-c1 (gold agrees: p:c1, q:c1; trap traps[0])" in format_report(report)


def test_evaluate_report_without_traps(gold: Gold) -> None:
    text = format_report(evaluate(gold, perfect_claims(gold), must_findings(gold)))
    assert "\ntrap hits (0 of 0; " in text


def test_a_deficit_matches_a_signed_negative_balance_in_gold() -> None:
    from kg.evaluate import _value_ok

    gold = GoldClaim.model_construct(id="c1", document="a.txt", prefix="a", line=1, quote=None, figure=None,
                                     value=-286e6, unit="USD", bound="exact", measure="trade_balance",
                                     parties=("AR", "BR"), kind="actual", period=None)  # fmt: skip
    deficit = from_gold(gold, value=286e6, measure="trade_deficit")
    surplus = from_gold(gold, value=286e6, measure="trade_surplus")
    assert _value_ok(gold, deficit) and not _value_ok(gold, surplus)
