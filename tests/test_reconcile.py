"""Tests for kg.reconcile: derived claims, conflicts, corroborations, determinism."""

from __future__ import annotations

import calendar
import gc
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from kg.errors import ConfigError
from kg.models import Claim, Evidence, Finding, Period, Reconciliation
from kg.reconcile import load_settings, reconcile

B = 1e9
DOCS = {
    "000": "000_e0019f11b47b57f5.txt",
    "001": "001_672866e25d7aae57.txt",
    "002": "002_db3de2a4327838d2.txt",
    "003": "003_87dd0651f91ea8c8.txt",
    "004": "004_a29fc1163a80a947.txt",
}
PUBLISHED = {
    "000": date(2023, 1, 1),
    "001": date(2022, 2, 6),
    "002": date(2023, 12, 1),
    "003": date(2022, 12, 30),
    "004": date(2023, 12, 1),
}


# ----------------------------------------------------------------------------------------------- helpers


def year(y: int) -> Period:
    return Period(start=date(y, 1, 1), end=date(y, 12, 31), as_stated=str(y), resolution="explicit")


def months(y: int, first: int, last: int, y_end: int | None = None) -> Period:
    ye = y_end or y
    end = date(ye, last, calendar.monthrange(ye, last)[1])
    return Period(
        start=date(y, first, 1), end=end, as_stated=f"{y}-{first:02d}/{ye}-{last:02d}", resolution="explicit"
    )


def interval(value: float, bound: str, step: float) -> tuple[float | None, float | None]:
    """What extraction gives: half the last digit either side; approx widens by 5 %; at_least opens the top."""
    half = step / 2
    if bound == "exact":
        return value - half, value + half
    if bound == "approx":
        return (value - half) * 0.95, (value + half) * 1.05
    if bound == "at_least":
        return value - half, None
    return None, value + half


def claim(
    ref: str,
    value: float,
    *,
    bound: str = "exact",
    measure: str = "trade_turnover",
    kind: str = "actual",
    period: Period | None = None,
    text: str | None = None,
    unit: str = "USD",
    step: float | None = None,
    parties: tuple[str, ...] = ("CN", "RU"),
    speaker: str | None = None,
    source: str | None = None,
    document: str | None = None,
    published: date | None = None,
    exporter: str | None = None,
    importer: str | None = None,
) -> Claim:
    doc, _ = ref.split(":")
    if step is None:
        step = 0.1 if unit in ("percent", "pp") else 1e9
    lo, hi = interval(value, bound, step)
    return Claim(
        id=ref,
        document=document or DOCS.get(doc, f"{doc}.txt"),
        value=value,
        unit=unit,
        bound=bound,  # type: ignore[arg-type]
        low=lo,
        high=hi,
        figure=str(value),
        measure=measure,
        parties=parties,
        kind=kind,  # type: ignore[arg-type]
        period=period,
        speaker=speaker,
        source=source,
        evidence=Evidence(text=text or f"Sentence {ref} says {value}.", start=0, end=5),
        document_id="d" + doc,
        published=published if published is not None else PUBLISHED.get(doc),
        exporter=exporter,
        importer=importer,
    )


def seed_claims() -> list[Claim]:
    """The gold claims of the five seeds (tests/gold/*.gold.yaml), built by hand."""
    pct = {"unit": "percent", "step": 1.0}
    tenth = {"unit": "percent", "step": 0.1}
    jan_nov = months(2023, 1, 11)
    return [
        claim("000:c1", 200 * B, kind="target", period=year(2023), speaker="Russian officials",
              text="Russia is aiming for $200 billion of trade with China this year"),
        claim("000:c2", 190 * B, period=year(2022), source="Chinese General Administration of Customs",
              text="Trade between China and Russia hit an all-time high of $190 billion in 2022"),
        claim("000:c3", 60, unit="USD/barrel", measure="oil_price_cap", parties=("RU",), step=1,
              text="slapped a $60-per-barrel price cap on it"),
        claim("001:c1", 200 * B, kind="target", period=year(2024),
              text="Russia and China eye to increase the bilateral trade turnover to $200 billion by 2024"),
        claim("001:c2", 200 * B, kind="target", period=None,
              text="set the goal to increase the bilateral trade turnover to $200 billion back on June 5, 2019"),
        claim("001:c3", 146 * B, bound="at_least", period=year(2020),
              text="trade between the two countries totaled more than $146 billion by the end of 2020"),
        claim("001:c4", 35.8, measure="trade_growth", period=year(2020), **tenth,
              text="demonstrating a 35.8 percent rise compared to previous year"),
        claim("001:c5", 16, measure="trade_share", **pct,
              period=Period(start=date(2022, 2, 6), end=date(2022, 2, 6), as_stated="Today", resolution="relative"),
              text="China's share in Russian international trade accounts for 16 percent"),
        claim("001:c6", 250 * B, kind="target", period=None, speaker="Dmitry Peskov",
              text="voiced an intention to set a new target of $250 billion in trade with Russia"),
        claim("001:c7", 140 * B, period=year(2021), speaker="Dmitry Peskov",
              text="The volume of our trade turnover has already reached $140 billion"),
        claim("001:c8", 100 * B, bound="at_least", period=None, speaker="Dmitry Peskov",
              text="we see how quickly we exceeded the 100 billion mark"),
        claim("002:c1", 200 * B, kind="target", period=year(2024),
              text="Trade surpassed a previous target of US$200 billion"),
        claim("002:c2", 230 * B, kind="forecast", period=year(2023), speaker="Vladimir Putin",
              text="Putin estimated that trade value with China may reach a record US$230 billion this year"),
        claim("002:c3", 26.7, measure="trade_growth", period=jan_nov, **tenth,
              text="In the first 11 months of the year, bilateral trade rose 26.7 per cent compared to the year prior"),
        claim("002:c4", 218.2 * B, period=jan_nov, step=0.1 * B, source="China customs",
              text="Cumulative trade value hit US$218.2 billion"),
        claim("002:c5", 200 * B, bound="at_least", period=year(2023), text="trade beats US$200 billion target"),
        claim("003:c1", 200 * B, kind="forecast", period=year(2024), speaker="Vladimir Putin",
              text="Russian-Chinese trade turnover will reach $200 billion ahead of schedule"),
        claim("003:c2", 25, measure="trade_growth", kind="forecast", period=year(2022), speaker="Vladimir Putin",
              **pct, text="With bilateral trade expected to grow by 25% by the end of 2022"),
        claim("003:c3", 200 * B, kind="target", period=year(2024), speaker="Vladimir Putin",
              text="reach the $200 billion target we've set for ourselves for 2024"),
        claim("003:c4", 250 * B, kind="target", period=year(2024), speaker="Vladimir Putin",
              text="Putin announced plans to grow bilateral trade with China to $250 billion by 2024"),
        claim("004:c1", 200 * B, bound="at_least", period=jan_nov, speaker="Xi Jinping",
              text="bilateral trade between China and Russia had exceeded $200 billion in the first 11 months of the year"),
        claim("004:c2", 200 * B, kind="target", period=year(2024),
              text="The two leaders then pledged to achieve the $200 billion mark by 2024"),
        claim("004:c3", 190 * B, period=year(2022),
              text="In 2022, trade grew by approximately 30% to reach a record $190 billion"),
        claim("004:c4", 30, bound="approx", measure="trade_growth", period=year(2022), **pct,
              text="In 2022, trade grew by approximately 30% to reach a record $190 billion"),
        claim("004:c5", 218.2 * B, bound="approx", period=jan_nov, step=0.1 * B, source="Chinese customs data",
              text="reaching nearly $218.2 billion in the first 11 months of 2023"),
        claim("004:c6", 4, measure="trade_share", period=jan_nov, **pct, source="Chinese customs data",
              text="this amount only accounts for 4% of China's total global trade"),
        claim("004:c7", 5.41e12, measure="total_trade", parties=("CN",), period=jan_nov, step=0.01e12,
              text="China's total global trade, which amounted to $5.41 trillion during the same period"),
        claim("004:c8", 30, measure="trade_growth", kind="forecast", period=year(2023), speaker="Vladimir Putin",
              **pct, text="forecasting a 30% rise in trade compared to the previous year"),
        claim("004:c9", 200 * B, kind="target", period=year(2024), text="trade exceeds the $200 billion target"),
    ]  # fmt: skip


def conflicts(r: Reconciliation, ftype: str | None = None) -> list[Finding]:
    return [f for f in r.findings if f.is_conflict and (ftype is None or f.type == ftype)]


def corroborations(r: Reconciliation) -> list[Finding]:
    return [f for f in r.findings if not f.is_conflict]


def linking(r: Reconciliation, *ids: str, ftype: str | None = None) -> list[Finding]:
    return [f for f in r.findings if (ftype is None or f.type == ftype) and set(ids) <= set(f.claims)]


@pytest.fixture(scope="module")
def seed() -> Reconciliation:
    return reconcile(seed_claims())


# ----------------------------------------------------------------------------------------------- the seeds


def test_reconcile_seed_2021_value_mismatch_through_derived_claim(seed: Reconciliation) -> None:
    (f,) = linking(seed, "001:c7", "004:c3", "004:c4", ftype="value_mismatch")
    derived = [c for c in seed.derived if c.id in f.claims]
    assert len(derived) == 1 and derived[0].derived_from == ("004:c3", "004:c4")
    assert f.measure == "trade_turnover" and f.parties == ("CN", "RU")
    assert f.period is not None and (f.period.start, f.period.end) == (date(2021, 1, 1), date(2021, 12, 31))
    e = f.explanation
    for part in ("2021 trade turnover (CN–RU)", "$140B", "Dmitry Peskov", DOCS["001"], "2022-02-06",
                 "≈ $146.2B", "derived from $190B in 2022 after ≈ 30% growth", DOCS["004"]):  # fmt: skip
        assert part in e, (part, e)


def test_reconcile_seed_2024_target_mismatch_is_one_finding(seed: Reconciliation) -> None:
    (f,) = conflicts(seed, "target_mismatch")
    assert {"001:c1", "003:c3", "004:c2", "003:c4"} <= set(f.claims)
    assert "001:c6" in f.claims  # the undated $250B goal joins the 2024 target it agrees with
    assert "$200B" in f.explanation and "$250B" in f.explanation and "2024" in f.explanation


def test_reconcile_seed_2022_growth_forecast_divergence(seed: Reconciliation) -> None:
    (f,) = conflicts(seed, "forecast_divergence")
    assert set(f.claims) == {"003:c2", "004:c4"}
    assert f.explanation.startswith("2022 trade growth (CN–RU): forecast 25% (Vladimir Putin")
    assert "actual ≈ 30%" in f.explanation


def test_reconcile_seed_2023_outlook_growth_inconsistency(seed: Reconciliation) -> None:
    (f,) = conflicts(seed, "growth_inconsistency")
    assert {"002:c2", "004:c3", "004:c8"} <= set(f.claims)
    assert "$230B" in f.explanation and "≈ $247B" in f.explanation


def test_reconcile_seed_target_deadline_period_mismatch(seed: Reconciliation) -> None:
    (f,) = linking(seed, "000:c1", "001:c1", ftype="period_mismatch")
    assert "by 2023" in f.explanation and "by 2024" in f.explanation
    assert f.period is not None and f.period.start.year == 2023


def test_reconcile_seed_corroborations(seed: Reconciliation) -> None:
    for group in (["000:c2", "004:c3"], ["002:c4", "004:c5"], ["001:c1", "003:c3", "004:c2"]):
        assert len(linking(seed, *group, ftype="corroboration")) == 1, group
    for a, b in (("000:c2", "004:c3"), ("002:c4", "004:c5"), ("004:c1", "002:c4")):
        assert not linking(seed, a, b, ftype="value_mismatch")
    (f,) = linking(seed, "000:c2", "004:c3", ftype="corroboration")
    assert "2 independent sources" in f.explanation


def test_reconcile_seed_finds_exactly_the_expected_conflicts(seed: Reconciliation) -> None:
    kinds = sorted(f.type for f in conflicts(seed))
    assert kinds == ["forecast_divergence", "growth_inconsistency", "period_mismatch", "period_mismatch",
                     "target_mismatch", "value_mismatch"]  # fmt: skip


def test_reconcile_seed_mislabelled_2020_figure_matches_derived_2021(seed: Reconciliation) -> None:
    (f,) = linking(seed, "001:c3", "004:c3", ftype="period_mismatch")
    assert "labelled 2020" in f.explanation and "2021" in f.explanation


def test_reconcile_seed_findings_are_one_checkable_sentence(seed: Reconciliation) -> None:
    for f in seed.findings:
        assert "\n" not in f.explanation and f.explanation.endswith(".")
        assert re.fullmatch(r"f-[0-9a-f]{12}", f.id)
        assert 0.0 <= f.severity <= 1.0
        Finding.model_validate(f.model_dump())  # a valid model, although built without validation


def test_reconcile_document_001_alone_makes_no_false_conflict() -> None:
    mine = [c for c in seed_claims() if c.id.startswith("001:")]
    r = reconcile(mine)
    assert conflicts(r) == []
    (d,) = [d for d in r.derived if d.derived_from == ("001:c3", "001:c4")]
    assert d.period is not None and d.period.start.year == 2019 and d.bound == "at_least" and d.high is None


def test_reconcile_derived_claim_fields(seed: Reconciliation) -> None:
    (d,) = [d for d in seed.derived if d.derived_from == ("004:c3", "004:c4")]
    source = next(c for c in seed_claims() if c.id == "004:c3")
    assert re.fullmatch(r"d-[0-9a-f]{12}", d.id)
    assert d.document == DOCS["004"] and d.document_id == source.document_id
    assert d.figure == "≈ $146.2 billion" and d.bound == "approx" and d.kind == "actual"
    assert d.evidence == source.evidence and d.speaker is None and d.method
    growth = next(c for c in seed_claims() if c.id == "004:c4")
    assert growth.low is not None and growth.high is not None
    assert d.low == pytest.approx(189.5e9 / (1 + growth.high / 100))  # widened by both inputs' intervals
    assert d.high == pytest.approx(190.5e9 / (1 + growth.low / 100))
    assert d.period is not None and d.period.start == date(2021, 1, 1) and d.period.resolution == "inferred"
    (nxt,) = [d for d in seed.derived if d.derived_from == ("004:c3", "004:c8")]
    assert nxt.kind == "forecast" and nxt.period is not None and nxt.period.start.year == 2023
    assert nxt.value == pytest.approx(247e9)


def test_reconcile_share_and_total_give_the_part_or_check_the_share() -> None:
    p = months(2023, 1, 11)
    share = claim("a:c1", 4, measure="trade_share", unit="percent", step=1, period=p)
    total = claim("a:c2", 5.41e12, measure="total_trade", parties=("CN",), period=p, step=0.01e12)
    r = reconcile([share, total])
    (d,) = r.derived
    assert d.measure == "trade_turnover" and d.parties == ("CN", "RU") and d.derived_from == ("a:c2", "a:c1")
    assert d.value == pytest.approx(216.4e9) and d.figure == "≈ $216.4 billion"
    ok = claim("a:c3", 218.2 * B, period=p, step=0.1 * B)
    assert reconcile([share, total, ok]).findings == () and reconcile([share, total, ok]).derived == ()
    bad = claim("a:c3", 300 * B, period=p)
    (f,) = conflicts(reconcile([share, total, bad]))
    assert f.type == "growth_inconsistency" and set(f.claims) == {"a:c1", "a:c2", "a:c3"}
    assert "$5.41T" in f.explanation and "5.55%" in f.explanation


def test_reconcile_a_whole_equal_to_its_part_checks_no_share() -> None:
    """A pair's turnover misread as one party's total is the part read twice: 100% is no finding against 9%."""
    p = year(2023)
    share = claim("a:c1", 9, measure="trade_share", unit="percent", step=0.1, period=p)
    part = claim("a:c2", 18.42 * B, period=p, step=0.01 * B)
    same = claim("a:c3", 18.4 * B, measure="total_trade", parties=("CN",), period=p, step=0.1 * B)
    assert conflicts(reconcile([share, part, same])) == []
    whole = claim("a:c3", 300 * B, measure="total_trade", parties=("CN",), period=p, step=1 * B)
    (f,) = conflicts(reconcile([share, part, whole]))
    assert f.type == "growth_inconsistency"


def test_reconcile_growth_with_both_values_in_one_sentence_is_checked() -> None:
    text = "Trade rose 30% to $190 billion in 2022 from the year before."
    g = claim("a:c1", 30, measure="trade_growth", unit="percent", step=1, period=year(2022), text=text)
    now = claim("a:c2", 190 * B, period=year(2022), text=text)
    r = reconcile([g, now, claim("a:c3", 146 * B, period=year(2021), text=text)])
    assert r.findings == () and r.derived == ()
    (f,) = reconcile([g, now, claim("a:c3", 100 * B, period=year(2021), text=text)]).findings
    assert f.type == "growth_inconsistency" and "which imply 90%" in f.explanation


def test_reconcile_growth_against_other_documents_values() -> None:
    now = claim("b:c1", 190 * B, period=year(2022))
    before = claim("c:c1", 146 * B, period=year(2021))
    fits = claim("a:c1", 30, measure="trade_growth", unit="percent", step=1, period=year(2022))
    assert conflicts(reconcile([fits, now, before])) == []
    off = claim("a:c1", 50, measure="trade_growth", unit="percent", step=1, period=year(2022))
    (f,) = conflicts(reconcile([off, now, before]))
    assert f.type == "growth_inconsistency" and set(f.claims) == {"a:c1", "b:c1", "c:c1"}


def test_reconcile_growth_of_is_read_from_settings() -> None:
    g = claim("a:c1", 10, measure="export_growth", unit="percent", step=1, period=year(2022))
    v = claim("a:c2", 110 * B, measure="exports", period=year(2022))
    (d,) = reconcile([g, v]).derived
    assert d.measure == "exports" and d.value == pytest.approx(100e9)
    s = load_settings().model_copy(update={"growth_of": {}})
    assert reconcile([g, v], s).derived == ()


# ----------------------------------------------------------------------------------------------- clustering


def test_reconcile_three_agreeing_and_one_disagreeing_is_one_conflict_and_one_corroboration() -> None:
    claims = [claim(f"{d}:c1", 200 * B, kind="target", period=year(2024)) for d in ("a", "b", "c")]
    claims.append(claim("d:c1", 250 * B, kind="target", period=year(2024)))
    r = reconcile(claims)
    (f,) = conflicts(r)
    assert f.type == "target_mismatch" and set(f.claims) == {"a:c1", "b:c1", "c:c1", "d:c1"}
    (c,) = corroborations(r)
    assert set(c.claims) == {"a:c1", "b:c1", "c:c1"} and "3 independent sources" in c.explanation


def test_reconcile_one_finding_per_pair_of_value_clusters() -> None:
    claims = [claim("a:c1", 100 * B, period=year(2021)), claim("b:c1", 100 * B, period=year(2021)),
              claim("c:c1", 150 * B, period=year(2021)), claim("d:c1", 200 * B, period=year(2021))]  # fmt: skip
    r = reconcile(claims)
    sets = sorted(sorted(f.claims) for f in conflicts(r))
    assert sets == [["a:c1", "b:c1", "c:c1"], ["a:c1", "b:c1", "d:c1"], ["c:c1", "d:c1"]]
    assert len({frozenset(f.claims) for f in r.findings}) == len(r.findings)


def test_reconcile_open_intervals_agree_unless_disjoint() -> None:
    low = claim("a:c1", 100 * B, bound="at_least", period=year(2021))
    mid = claim("b:c1", 140 * B, period=year(2021))
    assert conflicts(reconcile([low, mid])) == []
    high = claim("a:c1", 150 * B, bound="at_least", period=year(2021))
    (f,) = conflicts(reconcile([high, mid]))
    assert f.type == "value_mismatch" and "≥ $150B" in f.explanation


def test_reconcile_chain_lists_only_the_claims_that_disagree() -> None:
    wide = claim("a:c1", 100 * B, bound="at_least", period=year(2021))
    claims = [wide, claim("b:c1", 140 * B, period=year(2021)), claim("c:c1", 146 * B, period=year(2021))]
    (f,) = conflicts(reconcile(claims))
    assert set(f.claims) == {"b:c1", "c:c1"}


def test_reconcile_same_document_agreement_is_not_a_corroboration() -> None:
    claims = [claim("a:c1", 190 * B, period=year(2022)), claim("a:c2", 190 * B, period=year(2022))]
    assert reconcile(claims).findings == ()


def test_reconcile_copies_of_one_story_count_once() -> None:
    text = "Trade between China and Russia hit an all-time high of $190 billion in 2022, customs data showed."
    a = claim("a:c1", 190 * B, period=year(2022), text=text)
    b = claim("b:c1", 190 * B, period=year(2022), text=text.replace("showed", "show"))
    (copy,) = reconcile([a, b]).findings  # two copies are linked, as one source
    assert copy.type == "corroboration" and copy.severity == 0
    assert "(1 independent source; 2 documents)" in copy.explanation
    c = claim("c:c1", 190 * B, period=year(2022), text="China-Russia trade reached $190bn last year.")
    (f,) = reconcile([a, b, c]).findings
    assert f.type == "corroboration" and "2 independent sources; 3 documents" in f.explanation


def test_reconcile_ignores_unclassified_partyless_and_undated_claims() -> None:
    claims = [
        claim("a:c1", 100 * B, measure="unclassified", period=year(2021)),
        claim("b:c1", 200 * B, measure="unclassified", period=year(2021)),
        claim("a:c2", 100 * B, parties=(), period=year(2021)),
        claim("b:c2", 200 * B, parties=(), period=year(2021)),
        claim("a:c3", 100 * B, period=None),
        claim("b:c3", 200 * B, period=None),
    ]
    assert reconcile(claims) == Reconciliation()


def test_reconcile_never_compares_different_units_or_directions() -> None:
    usd = claim("a:c1", 100 * B, period=year(2021))
    rub = claim("b:c1", 7000 * B, unit="RUB", period=year(2021))
    assert reconcile([usd, rub]).findings == ()
    cn_ru = claim("a:c2", 100 * B, measure="exports", exporter="CN", importer="RU", period=year(2021))
    ru_cn = claim("b:c2", 80 * B, measure="exports", exporter="RU", importer="CN", period=year(2021))
    assert reconcile([cn_ru, ru_cn]).findings == ()


def test_reconcile_mirror_statistics_pair_levels_not_growth_rates() -> None:
    """B's imports from A and A's exports to B are one flow: their values are compared as one, their growth
    rates are not (each side's currency, valuation and timing move its own rate)."""
    flow: dict[str, Any] = {"exporter": "CL", "importer": "PE", "period": year(2023)}
    pct: dict[str, Any] = {"unit": "percent", **flow}
    exports_up = claim("c:c1", 11.5, measure="export_growth", parties=("CL", "PE"),
                       text="Chile's exports to Peru grew 11.5% in 2023.", **pct)  # fmt: skip
    imports_up = claim("d:c1", 4.0, measure="import_growth", parties=("PE", "CL"),
                       text="Peru's imports from Chile grew 4% last year.", **pct)  # fmt: skip
    assert reconcile([exports_up, imports_up]).findings == ()
    exports = claim("e:c1", 6 * B, measure="exports", parties=("CL", "PE"),
                    text="Chile's exports to Peru were $6 billion in 2023.", **flow)  # fmt: skip
    imports = claim("f:c1", 30 * B, measure="imports", parties=("PE", "CL"),
                    text="Peru's imports from Chile were $30 billion in 2023.", **flow)  # fmt: skip
    (f,) = conflicts(reconcile([exports_up, imports_up, exports, imports]))
    assert f.type == "value_mismatch" and set(f.claims) == {"e:c1", "f:c1"}
    assert "mirror statistics" in f.explanation
    same_side = claim("g:c1", 9.0, measure="import_growth", parties=("PE", "CL"),
                      text="Peruvian customs put imports from Chile up 9% in 2023.", **pct)  # fmt: skip
    (g,) = conflicts(reconcile([exports_up, imports_up, same_side]))
    assert g.type == "value_mismatch" and set(g.claims) == {"d:c1", "g:c1"} and "mirror" not in g.explanation


def test_reconcile_mirror_statistics_within_their_usual_asymmetry_are_no_conflict() -> None:
    flow: dict[str, Any] = {"exporter": "CL", "importer": "PE", "period": year(2023)}
    exports = claim("e:c1", 8 * B, measure="exports", parties=("CL", "PE"), step=0.1 * B,
                    text="Chile's exports to Peru were $8.0 billion in 2023.", **flow)  # fmt: skip
    near = claim("f:c1", 9.5 * B, measure="imports", parties=("PE", "CL"), step=0.1 * B,
                 text="Peru's imports from Chile were $9.5 billion in 2023.", **flow)  # fmt: skip
    assert conflicts(reconcile([exports, near])) == []  # 16 % apart: CIF/FOB, timing
    same_side = claim("g:c1", 9.5 * B, measure="exports", parties=("CL", "PE"), step=0.1 * B,
                      text="Chilean customs put exports to Peru at $9.5 billion in 2023.", **flow)  # fmt: skip
    (f,) = conflicts(reconcile([exports, same_side]))  # one side's own statistics: a conflict
    assert f.type == "value_mismatch"


def test_reconcile_figures_whose_clauses_state_different_scopes_are_no_conflict() -> None:
    both = claim("a:c1", 27 * B, unit="EUR", parties=("ES", "MA"), period=year(2025),
                 text="Counting services - tourism, transport - two-way trade between the neighbours tops 27.")
    goods = claim("b:c1", 22.4 * B, unit="EUR", parties=("ES", "MA"), period=year(2025), step=0.1 * B,
                  text="Bilateral trade in goods totalled 22.4, the ministry said.")
    assert conflicts(reconcile([both, goods])) == []  # goods and services vs goods only: two measures
    unsaid = claim("c:c1", 22.4 * B, unit="EUR", parties=("ES", "MA"), period=year(2025), step=0.1 * B,
                   text="Trade between Spain and Morocco was worth 22.4 last year.")
    assert conflicts(reconcile([both, unsaid])) == []  # a headline figure that leaves its scope unsaid is of goods
    non_oil = claim("e:c1", 27 * B, unit="EUR", parties=("ES", "MA"), period=year(2025),
                    text="Non-oil trade between the neighbours tops 27.")
    (f,) = conflicts(reconcile([non_oil, unsaid]))  # any other clause naming no scope is compared with any
    assert f.type == "value_mismatch"
    other_clause = claim("d:c1", 22.4 * B, unit="EUR", parties=("ES", "MA"), period=year(2025), step=0.1 * B,
                         text="Two-way trade reached 22.4, and non-oil exports grew fast.")
    other_clause = other_clause.model_copy(update={"figure": "22.4"})
    (g,) = conflicts(reconcile([non_oil, other_clause]))  # "non-oil" in another clause scopes nothing here
    assert g.type == "value_mismatch"
    (h,) = conflicts(reconcile([non_oil, goods, unsaid]))  # the goods figure leaves the side; the unsaid stays
    assert set(h.claims) == {"e:c1", "c:c1"}


def test_reconcile_another_series_of_a_flow_is_not_its_headline_figure() -> None:
    headline = claim("a:c1", 18.7 * B, unit="EUR", parties=("AT", "SI"), period=year(2025), step=0.1 * B,
                     text="Exports to Slovenia reached 18.7 in the year.")
    series = claim("a:c2", 21.5 * B, unit="EUR", parties=("AT", "SI"), period=year(2025), step=0.1 * B,
                   text="In the cross-border concept, exports to Slovenia reached 21.5 and imports 15.8.")
    assert conflicts(reconcile([headline, series])) == []  # one document, two series
    elsewhere = headline.model_copy(update={"id": "b:c1", "document": "b.txt", "document_id": "db"})
    assert conflicts(reconcile([elsewhere, series])) == []  # nor in two documents
    non_oil = series.model_copy(update={"evidence": series.evidence.model_copy(
        update={"text": "Non-oil exports to Slovenia reached 21.5, the office said."})})
    (f,) = conflicts(reconcile([elsewhere, non_oil]))  # a qualifier of no other series is compared
    assert f.type == "value_mismatch"


def test_reconcile_one_document_naming_a_total_and_goods_states_two_measures() -> None:
    total = claim("a:c1", 25.3 * B, unit="GBP", parties=("GB", "NO"), period=year(2025), step=0.1 * B,
                  text="Total UK imports from Norway amounted to 25.3 in the year.")
    goods = claim("a:c2", 22.9 * B, unit="GBP", parties=("GB", "NO"), period=year(2025), step=0.1 * B,
                  text="UK imports of goods from Norway were 22.9 over the same period.")
    assert conflicts(reconcile([total, goods])) == []
    elsewhere = goods.model_copy(update={"id": "b:c1", "document": "b.txt", "document_id": "db"})
    (f,) = conflicts(reconcile([total, elsewhere]))  # another document's total may be of goods
    assert f.type == "value_mismatch"


def test_reconcile_exports_under_trade_agreement_preferences_are_a_part_of_one_documents_exports() -> None:
    allx = claim("a:c1", 1.52 * B, parties=("CN", "KH"), period=year(2024), step=0.01 * B,
                 text="Cambodia's exports to China reached US$1.52 billion in 2024.")
    pref = claim("a:c2", 0.286 * B, parties=("CN", "KH"), period=year(2024), step=0.001 * B,
                 text="Exports to China using preferential certificates of origin reached US$286 million.")
    assert conflicts(reconcile([allx, pref])) == []


def test_reconcile_one_checkpoints_trade_or_trade_excluding_a_good_is_no_total() -> None:
    total = claim("a:c1", 185.6 * B, unit="THB", parties=("MM", "TH"), period=year(2025), step=0.1 * B,
                  text="Border trade with Myanmar came to 185.6 in January-September.")
    checkpoint = claim("b:c1", 42.7 * B, unit="THB", parties=("MM", "TH"), period=year(2025), step=0.1 * B,
                       text="Border trade through the Mae Sot checkpoint fell 18% to 42.7.")
    assert conflicts(reconcile([total, checkpoint])) == []
    allx = claim("c:c1", 3.25 * B, parties=("AR", "PY"), period=year(2024), step=0.01 * B,
                 text="Total exports to Argentina, electricity included, came to 3.25 in 2024.")
    excl = claim("d:c1", 2.415 * B, parties=("AR", "PY"), period=year(2024), step=0.001 * B,
                 text="Registered goods exports excluding electricity were 2.415.")
    assert conflicts(reconcile([allx, excl])) == []


def test_reconcile_a_flow_less_a_named_part_above_the_whole_flow_conflicts() -> None:
    # a figure that leaves a part out cannot exceed the whole: two figures of one flow, not two measures
    whole = claim("a:c1", 3.18 * B, measure="exports", parties=("CD", "ZM"), period=year(2024), step=0.01 * B,
                  exporter="ZM", importer="CD", text="Zambia's exports to Congo eased to $3.18 billion in 2024.")
    part = claim("b:c1", 3.35 * B, measure="exports", parties=("CD", "ZM"), period=year(2024), step=0.01 * B,
                 exporter="ZM", importer="CD",
                 text="Zambia's goods exports to Congo (excluding copper) rose 6% to $3.35 billion in 2024.")
    (found,) = conflicts(reconcile([whole, part]))
    assert found.type == "value_mismatch" and set(found.claims) == {"a:c1", "b:c1"}
    # below the whole it is the part it says it is
    lower = part.model_copy(update={"id": "b:c1", "value": 2.1 * B, "low": 2.095 * B, "high": 2.105 * B})
    assert conflicts(reconcile([whole, lower])) == []
    # a growth rate of the part may exceed the whole's
    grew = [claim(ref, v, unit="percent", measure="export_growth", parties=("CD", "ZM"), period=year(2024),
                  exporter="ZM", importer="CD", text=t)
            for ref, v, t in (("a:c2", 1.5, "Zambia's exports to Congo rose 1.5% in 2024."),
                              ("b:c2", 6.0, "Goods exports to Congo (excluding copper) rose 6.0% in 2024."))]
    assert conflicts(reconcile(grew)) == []
    # nor is a figure the part leaves out its whole: "excluding copper" and "copper exports" are complements
    copper = whole.model_copy(update={"evidence": Evidence(text="Copper exports to Congo came to $3.18 billion.",
                                                           start=0, end=6)})
    assert conflicts(reconcile([copper, part])) == []


def test_reconcile_free_zone_trade_is_another_series_of_the_flow() -> None:
    # a free zone's exports are recorded apart from the headline: no conflict with it, in or out of one document
    headline = claim("a:c1", 0.52 * B, measure="exports", parties=("CA", "HN"), period=year(2024), step=0.01 * B,
                     exporter="HN", importer="CA", text="Honduras's exports to Canada came to US$518.9 million in 2024.")
    zone = claim("b:c1", 0.20 * B, measure="exports", parties=("CA", "HN"), period=year(2024), step=0.01 * B,
                 exporter="HN", importer="CA",
                 text="Free zone exports to Canada, chiefly knitted apparel, totalled US$203.7 million in 2024.")
    assert conflicts(reconcile([headline, zone])) == []
    # but what a projection rests on scopes none of its figures
    based = claim("c:c1", 0.20 * B, measure="exports", parties=("CA", "HN"), period=year(2024), step=0.01 * B,
                  exporter="HN", importer="CA",
                  text="Based on contract volumes filed by free zone firms, exports to Canada reached $204 million.")
    based = based.model_copy(update={"figure": "$204 million"})
    assert [set(f.claims) for f in conflicts(reconcile([headline, based]))] == [{"a:c1", "c:c1"}]


def test_reconcile_a_share_of_one_goods_flow_is_no_share_of_the_whole_flow() -> None:
    # "38 percent of Uganda's tea exports" is a share of the tea trade, not of all the country's exports
    def share(ref: str, value: float, figure: str, text: str) -> Claim:
        made = claim(ref, value, unit="percent", measure="export_share", parties=("CN", "UG"), period=year(2024),
                     text=text)
        return made.model_copy(update={"figure": figure})  # the figure as stated: the whole after it is read

    tea = share("a:c1", 38.0, "38 percent", "Chinese buyers took about 38 percent of Uganda's tea exports in 2024.")
    whole = share("b:c1", 22.7, "22.7 percent", "China took 22.7 percent of Uganda's total exports in 2024.")
    other = share("c:c1", 29.0, "29 percent", "China took 29 percent of Uganda's total exports in 2024.")
    assert conflicts(reconcile([tea, whole])) == []
    assert [set(f.claims) for f in conflicts(reconcile([tea, whole, other]))] == [{"b:c1", "c:c1"}]


def test_reconcile_a_qualifier_of_the_whole_a_figure_is_set_against_does_not_qualify_it() -> None:
    # one document: "..., less than 1 per cent of total exports, which ... including re-exports" names the whole's
    # scope, so the figure is still the flow the growth rate's value is of, and the two disagree
    grew = claim("a:c1", 7.0, unit="percent", measure="export_growth", parties=("CL", "NL"), period=year(2025),
                 text="Dutch exports to Chile rose 7 per cent last year to 281.")
    value = claim("a:c2", 281e6, parties=("CL", "NL"), measure="exports", period=year(2025), step=1e6,
                  text="Dutch exports to Chile rose 7 per cent last year to 281.")
    base = claim("a:c3", 258e6, parties=("CL", "NL"), measure="exports", period=year(2024), step=1e6,
                 text="In 2024 Dutch firms sold 258 to Chile, under 0.04 per cent of total Dutch exports, "
                      "which reached 760 including re-exports.")
    grew, value, base = (c.model_copy(update={"figure": f, "exporter": "NL", "importer": "CL"})
                         for c, f in ((grew, "7 per cent"), (value, "281"), (base, "258")))
    assert [set(f.claims) & {"a:c3"} for f in conflicts(reconcile([grew, value, base]))] == [{"a:c3"}]


def test_reconcile_one_sectors_flow_is_a_part_of_the_countrys() -> None:
    # "the domestic economic sector exported $80.1 billion" is a part of the country's exports, no other count
    # of them
    sector = claim("a:c1", 80.1e9, measure="total_exports", parties=("VN",), period=year(2025), step=0.1e9,
                   text="The domestic economic sector exported $80.1 billion, 23% of the total.")
    total = claim("a:c2", 348.7e9, measure="total_exports", parties=("VN",), period=year(2025), step=0.1e9,
                  kind="estimate", text="Total exports were estimated at $348.7 billion.")
    assert conflicts(reconcile([sector, total])) == []


def test_reconcile_a_figure_said_to_be_a_share_of_the_pairs_flow_is_a_part_of_it() -> None:
    # ", or 63.8 per cent of imports from that country": one good's part, no count of the whole flow; "or 5% of
    # total imports" sets the flow itself against the country's total
    part = claim("a:c1", 3.87e9, unit="SCR", measure="imports", parties=("AE", "SC"), period=year(2025),
                 step=0.01e9, text="Fuel topped purchases from the UAE, at 3.87 in 2025, or 63.8 per cent of imports "
                                   "from that country.")
    whole = claim("b:c1", 6.3e9, unit="SCR", measure="imports", parties=("AE", "SC"), period=year(2025),
                  step=0.1e9, text="Seychelles bought about 6.3 of goods from the UAE last year.")
    part, whole = part.model_copy(update={"figure": "3.87"}), whole.model_copy(update={"figure": "6.3"})
    assert conflicts(reconcile([part, whole])) == []
    flow = part.model_copy(update={"evidence": Evidence(
        text="Imports from the UAE reached 3.87 in 2025, or 63.8 per cent of total imports.", start=0, end=5)})
    assert len(conflicts(reconcile([flow, whole]))) == 1


def test_reconcile_the_total_for_the_year_is_no_total_scope() -> None:
    # "the total for the year should exceed 705": the year's sum of the measure the sentence names
    forecast = claim("a:c1", 705e6, bound="at_least", kind="forecast", unit="AED", measure="non_oil_trade",
                     parties=("AE", "SC"), period=year(2025), step=1e6,
                     text="Non-oil trade was 347 in the first half, and the total for the year should exceed 705.")
    actual = claim("b:c1", 638e6, unit="AED", measure="non_oil_trade", parties=("AE", "SC"), period=year(2025),
                   step=1e6, text="Non-oil trade between both partners reached 638 in 2025.")
    forecast, actual = forecast.model_copy(update={"figure": "705"}), actual.model_copy(update={"figure": "638"})
    assert [f.type for f in conflicts(reconcile([forecast, actual]))] == ["forecast_divergence"]


def test_reconcile_a_goods_share_of_a_countrys_exports_derives_no_part_of_the_pairs_flow() -> None:
    # "hydrocarbons still make up some 88 percent of Algeria's exports, which dropped to about $47 billion": the
    # good's part of that country's total, no share of the partner's and no $41.4 billion of the pair's exports
    text = ("Hydrocarbons still make up some 88 percent of Algeria's exports, which dropped to about 47 in 2025.")
    share = claim("a:c1", 88.0, unit="percent", measure="export_share", parties=("DZ", "TR"), period=year(2025),
                  text=text, exporter="DZ", importer="TR").model_copy(update={"figure": "88 percent"})
    total = claim("a:c2", 47e9, measure="total_exports", parties=("DZ",), period=year(2025),
                  text=text).model_copy(update={"figure": "47"})
    assert reconcile([share, total]).derived == ()


def test_reconcile_what_a_count_takes_in_and_a_cause_after_the_figure_scope_nothing() -> None:
    # "whose count covers mainland goods and includes re-exports shipped via its harbours, puts trade at": the whole
    # flow, no re-exports series; "fell 7 percent to 2.41 as new mills reduced the need to buy yarn across the
    # border": the border is the cause's, no border trade
    P = ("CL", "PE")
    grew = claim("a:c1", -7.0, unit="percent", measure="exports", parties=P, period=year(2025),
                 text="Exports fell 7 percent to 2.41 as new mills reduced the need to buy yarn across the border.",
                 exporter="PE", importer="CL").model_copy(update={"measure": "export_growth", "figure": "7 percent"})
    value = claim("a:c2", 2.41e9, measure="exports", parties=P, period=year(2025), step=0.01e9,
                  text="Exports fell 7 percent to 2.41 as new mills reduced the need to buy yarn across the border.",
                  exporter="PE", importer="CL").model_copy(update={"figure": "2.41"})
    base = claim("b:c1", 2.52e9, measure="exports", parties=P, period=year(2024), step=0.01e9, exporter="PE",
                 importer="CL", text="The trade ministry, whose count covers mainland goods and includes re-exports "
                                     "shipped via its harbours, puts exports at 2.52 in 2024.").model_copy(
        update={"figure": "2.52"})
    assert any({"b:c1", "a:c2"} <= set(f.claims) for f in conflicts(reconcile([grew, value, base])))


def test_reconcile_an_abbreviated_exclusion_is_the_same_part() -> None:
    # a table's "(excl. fuel)" and a sentence's "excluding fuel" state one scope (qualifier_forms): they agree,
    # and a figure including the good is another measure
    table = claim("a:c1", 3.1 * B, parties=("CL", "PE"), period=year(2024), step=0.1 * B,
                  text="| Total exports to Chile (excl. fuel) | 2.9 | 3.1 |")
    prose = claim("b:c1", 3.1 * B, parties=("CL", "PE"), period=year(2024), step=0.1 * B,
                  text="Exports to Chile excluding fuel came to 3.1 in 2024.")
    whole = claim("c:c1", 4.0 * B, parties=("CL", "PE"), period=year(2024), step=0.1 * B,
                  text="Including fuel, exports to Chile totalled 4.0 last year.")
    result = reconcile([table, prose, whole])
    assert conflicts(result) == []
    assert [set(f.claims) for f in corroborations(result)] == [{"a:c1", "b:c1"}]


def test_reconcile_a_qualified_measure_is_no_part_of_a_total_but_goods_are() -> None:
    jan_sep = months(2025, 1, 9)
    border = claim("a:c1", 286 * B, unit="THB", parties=("MY", "TH"), period=year(2025),
                   text="Border trade with Malaysia reached 286, up 2.4%, the department said.")
    total = claim("b:c1", 636 * B, unit="THB", parties=("MY", "TH"), period=jan_sep,
                  text="Total trade with Malaysia in January-September amounted to 636.")
    assert conflicts(reconcile([border, total])) == []  # border trade is bounded by no total
    goods = claim("c:c1", 600 * B, unit="THB", parties=("MY", "TH"), period=year(2025),
                  text="Trade in goods with Malaysia came to 600 last year.")
    (f,) = conflicts(reconcile([goods, total]))  # a total's nine months do bound a year's goods trade
    assert f.type == "value_mismatch" and set(f.claims) == {"b:c1", "c:c1"}


def test_reconcile_neighbouring_roundings_and_declared_targets_conflict() -> None:
    a = claim("a:c1", 1.1e12, kind="target", period=year(2030), step=0.1e12)
    b = claim("b:c1", 1.2e12, kind="target", period=year(2030), step=0.1e12)
    (f,) = conflicts(reconcile([a, b]))
    assert f.type == "target_mismatch"
    one = claim("c:c1", 1e12, kind="target", period=year(2030), step=1e12)  # "one trillion": [0.5T, 1.5T]
    (g,) = conflicts(reconcile([one, a]))
    assert g.type == "target_mismatch"
    x = claim("d:c1", 1.1e12, period=year(2024), step=0.1e12)
    y = claim("e:c1", 1.2e12, period=year(2024), step=0.1e12)
    (h,) = conflicts(reconcile([x, y]))  # actuals: 1.15 rounds to 1.2, so the two roundings do not meet
    assert h.type == "value_mismatch"


def test_reconcile_target_revision_when_publication_dates_order_one_speakers_sides() -> None:
    old = claim("a:c1", 200 * B, kind="target", period=year(2024), published=date(2019, 6, 5), speaker="Putin")
    new = claim("b:c1", 250 * B, kind="target", period=year(2024), published=date(2022, 12, 30), speaker="Putin")
    (f,) = conflicts(reconcile([new, old]))
    assert "revised from $200B" in f.explanation and "to $250B" in f.explanation
    unsaid = claim("b:c1", 250 * B, kind="target", period=year(2024), published=date(2022, 12, 30))
    (f,) = conflicts(reconcile([unsaid, old]))
    assert "revised" not in f.explanation and "the sources disagree" in f.explanation


def test_reconcile_undated_target_joins_only_an_agreeing_dated_target() -> None:
    dated = [claim("a:c1", 200 * B, kind="target", period=year(2024)),
             claim("b:c1", 250 * B, kind="target", period=year(2024))]  # fmt: skip
    lonely = claim("c:c1", 300 * B, kind="target", period=None)
    (f,) = conflicts(reconcile([*dated, lonely]))
    assert "c:c1" not in f.claims
    joins = claim("c:c1", 250 * B, kind="target", period=None)
    (f,) = conflicts(reconcile([*dated, joins]))
    assert "c:c1" in f.claims and "no deadline stated" in f.explanation


# ----------------------------------------------------------------------------------------------- periods


def test_reconcile_part_period_lower_bound_conflicts_with_a_lower_full_year() -> None:
    part = claim("a:c1", 200 * B, bound="at_least", period=months(2023, 1, 11))
    low_actual = claim("b:c1", 190 * B, period=year(2023))
    (f,) = conflicts(reconcile([part, low_actual]))
    assert f.type == "value_mismatch" and set(f.claims) == {"a:c1", "b:c1"}
    assert "Jan–Nov 2023" in f.explanation and f.period is not None and f.period.start == date(2023, 1, 1)
    low_forecast = claim("b:c1", 190 * B, kind="forecast", period=year(2023))
    assert [f.type for f in conflicts(reconcile([part, low_forecast]))] == ["forecast_divergence"]
    fine = claim("b:c1", 230 * B, period=year(2023))
    assert reconcile([part, fine]).findings == ()
    shares = [claim("a:c1", 20, measure="trade_share", unit="percent", step=1, period=months(2023, 1, 11)),
              claim("b:c1", 10, measure="trade_share", unit="percent", step=1, period=year(2023))]  # fmt: skip
    assert reconcile(shares).findings == ()


def test_reconcile_part_period_is_not_compared_as_the_full_year() -> None:
    part = claim("a:c1", 218.2 * B, period=months(2023, 1, 11), step=0.1 * B)
    full = claim("b:c1", 240 * B, period=year(2023))
    assert reconcile([part, full]).findings == ()


def test_reconcile_fiscal_year_quoted_as_calendar_year() -> None:
    fiscal = claim(
        "a:c1", 118.4 * B, period=months(2023, 4, 3, y_end=2024), step=0.1 * B, parties=("CN", "IN")
    )
    calendar_year = claim("b:c1", 118.4 * B, period=year(2023), step=0.1 * B, parties=("CN", "IN"))
    (f,) = conflicts(reconcile([fiscal, calendar_year]))
    assert f.type == "period_mismatch" and "Apr 2023–Mar 2024" in f.explanation and "2023" in f.explanation
    other = claim("b:c1", 136.2 * B, period=year(2023), step=0.1 * B, parties=("CN", "IN"))
    assert reconcile([fiscal, other]).findings == ()


def test_reconcile_a_period_mismatch_names_the_stated_figures_only() -> None:
    # a fiscal year's figure, the same figure put in the calendar year, and the fiscal year's value derived
    # again from the next fiscal year's level and rate: the mislabel is the two stated figures'
    fy24, fy25 = months(2023, 4, 3, y_end=2024), months(2024, 4, 3, y_end=2025)
    kw: dict[str, Any] = {"step": 0.01 * B, "parties": ("IN", "QA")}
    fiscal = claim("a:c1", 12.08 * B, period=fy24, **kw)
    text = "Trade held roughly steady in 2024-25 at $12.14 billion, up 0.5%."
    level = claim("b:c1", 12.14 * B, period=fy25, text=text, **kw)
    rate = claim("b:c2", 0.5, unit="percent", step=0.1, measure="trade_growth", period=fy25, parties=("IN", "QA"),
                 text=text)
    calendar_year = claim("c:c1", 12.08 * B, period=year(2024), **kw)
    r = reconcile([fiscal, level, rate, calendar_year])
    assert any(d.derived_from for d in r.derived)
    (f,) = conflicts(r, "period_mismatch")
    assert set(f.claims) == {"a:c1", "c:c1"}


def test_reconcile_one_year_named_two_ways_days_apart_is_no_period_mismatch() -> None:
    # the year to March (April-March) and a fiscal year ending on 20 March: the same year, no mislabel
    to_march = claim("a:c1", 25.3 * B, period=months(2024, 4, 3, y_end=2025), step=0.1 * B, parties=("AE", "IR"))
    solar = Period(start=date(2024, 3, 21), end=date(2025, 3, 20), as_stated="year 1403", resolution="explicit")
    named = claim("b:c1", 25.3 * B, period=solar, step=0.1 * B, parties=("AE", "IR"))
    assert conflicts(reconcile([to_march, named])) == []


def test_reconcile_a_derived_value_meeting_another_periods_figure_places_no_figure_in_two_periods() -> None:
    fy = months(2024, 4, 3, y_end=2025)
    level = claim("a:c1", 1.21e12, unit="JPY", period=fy, step=0.01e12, parties=("JP", "QA"),
                  text="Imports from Qatar rose 3.4 percent in fiscal 2024 to 1.21 trillion yen.")
    growth = claim("a:c2", 3.4, unit="percent", step=0.1, measure="trade_growth", period=fy, parties=("JP", "QA"),
                   text="Imports from Qatar rose 3.4 percent in fiscal 2024 to 1.21 trillion yen.")
    calendar = claim("a:c3", 1.18e12, unit="JPY", period=year(2024), step=0.01e12, parties=("JP", "QA"),
                     text="For calendar 2024, imports were 1.18 trillion yen.")
    r = reconcile([level, growth, calendar])
    assert any(d.derived_from for d in r.derived)  # fiscal 2023 is derived: about 1.17 trillion yen
    assert conflicts(r, "period_mismatch") == []  # which meets calendar 2024's figure only by arithmetic


def test_reconcile_figure_conflicting_with_its_period_but_matching_the_next_is_a_mislabel() -> None:
    claims = [
        claim("a:c1", 146 * B, period=year(2020), text="Trade totalled $146 billion by the end of 2020."),
        claim("b:c1", 101 * B, period=year(2020), text="In 2020 trade was $101 billion."),
        claim("c:c1", 146 * B, period=year(2021), text="Trade reached $146 billion in 2021."),
    ]
    strict = load_settings().model_copy(update={"mislabel_requires_conflict": True})
    for s in (strict, load_settings()):
        r = reconcile(claims, s)
        (f,) = conflicts(r, "period_mismatch")
        # the mislabelled figure, the next year's it matches, and the other document's it conflicts with
        assert set(f.claims) == {"a:c1", "c:c1", "b:c1"}
        assert "labelled 2020 conflicts with $101B" in f.explanation and "2021" in f.explanation
        assert len(conflicts(r, "value_mismatch")) == 1


def test_reconcile_mislabel_rule_strict_setting_needs_a_conflict(seed: Reconciliation) -> None:
    strict = load_settings().model_copy(update={"mislabel_requires_conflict": True})
    r = reconcile(seed_claims(), strict)
    assert not linking(r, "001:c3", "004:c3", ftype="period_mismatch")
    assert len(conflicts(r)) == len(conflicts(seed)) - 1


def test_reconcile_a_documents_forecasts_under_two_scenarios_do_not_conflict() -> None:
    base = claim("a:c1", 33 * B, kind="forecast", period=year(2026), parties=("AU", "GB"),
                 text="Our baseline sees UK–Australia trade at £33 billion in 2026.")
    text = "In a downside scenario where gold flows reverse, trade could stall near £27 billion."
    downside = claim("a:c2", 27 * B, kind="forecast", period=year(2026), parties=("AU", "GB"), text=text)
    assert conflicts(reconcile([base, downside])) == []
    # the same two figures from two documents still disagree
    other = claim("b:c1", 27 * B, kind="forecast", period=year(2026), parties=("AU", "GB"), text=text)
    assert [f.type for f in conflicts(reconcile([base, other]))] == ["forecast_divergence"]


def test_reconcile_same_figure_next_year_from_the_same_document_is_no_mislabel() -> None:
    claims = [claim("a:c1", 146 * B, period=year(2020)), claim("a:c2", 146 * B, period=year(2021))]
    assert reconcile(claims).findings == ()


def test_reconcile_one_precise_figure_in_two_documents_and_two_years_is_a_mislabel() -> None:
    def flow(ref: str, value: float, y: int, bound: str = "exact") -> Claim:
        return _stated(claim(ref, value * B, period=year(y), step=0.0001 * B, bound=bound,
                             text=f"Trade reached {value} in {y}."), str(value))
    # each year has a second, agreeing source ("about 240"), so neither figure conflicts or stands alone in its year
    got = conflicts(reconcile([flow("a:c1", 236.3, 2023), flow("c:c1", 240, 2023, "approx"), flow("b:c1", 236.3, 2024),
                               flow("d:c1", 240, 2024, "approx")]), "period_mismatch")
    assert [set(f.claims) for f in got] == [{"a:c1", "b:c1"}] and "to the last digit" in got[0].explanation
    # a round figure may repeat: no finding
    assert conflicts(reconcile([flow("a:c1", 240.0, 2023), flow("c:c1", 240, 2023, "approx"), flow("b:c1", 240.0, 2024),
                                flow("d:c1", 240, 2024, "approx")]), "period_mismatch") == []


def test_reconcile_a_figure_said_to_have_held_is_no_mislabel() -> None:
    # (a level: a rate alone in its year is no mislabel candidate at all, see the test below)
    def flow(ref: str, y: int, text: str) -> Claim:
        return _stated(claim(ref, 3.7 * B, measure="exports", period=year(y), text=text, parties=("KZ", "TR"),
                             exporter="KZ", importer="TR"), "$3.7 billion")
    before = flow("a:c1", 2024, "Kazakhstan's exports to Turkey stood at $3.7 billion in 2024.")
    held = flow("b:c1", 2025, "Kazakhstan's exports to Turkey remained at $3.7 billion in 2025.")
    assert conflicts(reconcile([before, held]), "period_mismatch") == []
    said = flow("b:c1", 2025, "Kazakhstan's exports to Turkey were $3.7 billion in 2025.")
    assert len(conflicts(reconcile([before, said]), "period_mismatch")) == 1  # the test could fail
    again = flow("b:c1", 2025, "Kazakhstan's exports to Turkey were $3.7 billion in 2025, the same as a year earlier.")
    assert conflicts(reconcile([before, again]), "period_mismatch") == []
    below = flow("b:c1", 2025, "Kazakhstan's exports to Turkey remained below potential at $3.7 billion in 2025.")
    assert len(conflicts(reconcile([before, below]), "period_mismatch")) == 1  # "remained" says no level held


def test_reconcile_a_rate_alone_in_its_year_is_no_mislabel() -> None:
    def share(ref: str, y: int) -> Claim:
        return claim(ref, 3.7, unit="percent", measure="export_share", period=year(y), parties=("KZ", "TR"),
                     exporter="KZ", importer="TR", text=f"Turkey's share of Kazakhstan's exports was 3.7 percent in {y}.")
    assert conflicts(reconcile([share("a:c1", 2024), share("b:c1", 2025)]), "period_mismatch") == []


def test_reconcile_mislabel_needs_the_same_figure_both_ways() -> None:
    claims = [
        claim("a:c1", 146 * B, period=year(2020)),
        claim("b:c1", 101 * B, period=year(2020)),
        claim("c:c1", 150 * B, bound="approx", period=year(2021)),  # wide enough to hold 146, but not 146
    ]
    assert conflicts(reconcile(claims), "period_mismatch") == []


def test_reconcile_leaves_the_garbage_collector_as_it_was() -> None:
    assert gc.isenabled()
    reconcile(seed_claims())
    assert gc.isenabled()
    gc.disable()
    try:
        reconcile(seed_claims())
        assert not gc.isenabled()
    finally:
        gc.enable()


# ----------------------------------------------------------------------------------------------- output


def test_reconcile_severity_weighs_spread_and_kinds() -> None:
    def sev(kind_a: str, kind_b: str, b: float) -> float:
        r = reconcile([claim("a:c1", 100 * B, kind=kind_a, period=year(2021)),
                       claim("b:c1", b * B, kind=kind_b, period=year(2021))])  # fmt: skip
        (f,) = conflicts(r)
        return f.severity

    assert sev("actual", "actual", 150) > sev("actual", "actual", 103) > 0
    assert sev("actual", "actual", 150) > sev("actual", "forecast", 150)
    assert all(0 <= sev("target", "target", v) <= 1 for v in (103, 500, 10_000))


def test_reconcile_formats_money_compactly_in_its_own_currency() -> None:
    inr = [claim("a:c1", 1.2e12, unit="INR", step=0.1e12, period=year(2021)),
           claim("b:c1", 1.5e12, unit="INR", step=0.1e12, period=year(2021))]  # fmt: skip
    (f,) = conflicts(reconcile(inr))
    assert "INR 1.2T" in f.explanation and "INR 1.5T" in f.explanation
    eur = [claim("a:c1", 64.5e6, unit="EUR", step=1e5, period=year(2021)),
           claim("b:c1", 80e6, unit="EUR", step=1e6, period=year(2021))]  # fmt: skip
    (f,) = conflicts(reconcile(eur))
    assert "€64.5M" in f.explanation and "€80M" in f.explanation


def test_reconcile_is_deterministic_and_ids_are_stable(seed: Reconciliation) -> None:
    again = reconcile(seed_claims())
    assert again == seed
    assert [f.id for f in seed.findings] == [f.id for f in again.findings]
    assert [d.id for d in seed.derived] == sorted(d.id for d in seed.derived)


def test_reconcile_duplicate_ids_are_read_once_whatever_the_order() -> None:
    a = claim("a:c1", 100 * B, period=year(2021))
    a2 = claim("a:c1", 500 * B, period=year(2021), text="another sentence")
    b = claim("b:c1", 100 * B, period=year(2021))
    assert reconcile([a, a2, b]) == reconcile([a2, b, a])


def test_reconcile_rederives_instead_of_reading_derived_claims(seed: Reconciliation) -> None:
    assert reconcile([*seed_claims(), *seed.derived]) == seed


@settings(max_examples=25, deadline=None)
@given(st.permutations(seed_claims()))
def test_reconcile_does_not_depend_on_input_order(shuffled: list[Claim]) -> None:
    assert reconcile(shuffled) == reconcile(seed_claims())


@settings(max_examples=25, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from("abcde"),
            st.sampled_from([100, 100, 101, 140, 146, 200]),
            st.sampled_from(["actual", "forecast", "target"]),
            st.sampled_from([2020, 2021]),
            st.sampled_from(["exact", "approx", "at_least"]),
        ),
        max_size=12,
    ),
    st.randoms(use_true_random=False),
)
def test_reconcile_random_claims_order_free_and_pairs_unique(rows: list[tuple], rnd: object) -> None:
    claims = [
        claim(f"{d}:c{i}", v * B, kind=k, period=year(y), bound=bd) for i, (d, v, k, y, bd) in enumerate(rows)
    ]
    r = reconcile(claims)
    shuffled = list(claims)
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    assert reconcile(shuffled) == r
    assert len({(f.is_conflict, frozenset(f.claims)) for f in r.findings}) == len(r.findings)
    for f in corroborations(r):
        assert len({c.split(":")[0] for c in f.claims}) >= 2


# ----------------------------------------------------------------------------------------------- fast paths


def test_reconcile_findings_are_ordinary_models(seed: Reconciliation) -> None:
    """Findings are built from trusted values without validation: they behave as validated ones do."""
    for f in seed.findings:
        again = Finding(**f.model_dump())
        assert f == again and f.model_dump() == again.model_dump() and f.contract() == again.contract()
        assert f.model_fields_set == again.model_fields_set == set(Finding.model_fields)
        assert f.__pydantic_extra__ is None and f.__pydantic_private__ is None
        copied = f.model_copy(update={"status": "resolved"})
        assert copied.status == "resolved" and f.status == "open"
        assert copied.model_fields_set is not f.model_fields_set  # pydantic copies the shared set
        with pytest.raises(ValidationError):
            f.note = "frozen"  # type: ignore[misc]
    assert isinstance(seed.findings, tuple) and Reconciliation.model_validate(seed.model_dump()) == seed
    for d in seed.derived:  # derived claims too
        again_claim = Claim(**{k: getattr(d, k) for k in d.model_fields_set})
        assert d == again_claim and d.model_fields_set == again_claim.model_fields_set
        assert d.model_dump_json() == again_claim.model_dump_json()


def test_reconcile_copy_needs_the_words_in_order() -> None:
    """Every word in common (difflib's quick bound passes) is no copy when the order differs."""
    text = "Trade between China and Russia hit an all-time high of $190 billion in 2022, customs data showed."
    a = claim("a:c1", 190 * B, period=year(2022), text=text)
    b = claim("b:c1", 190 * B, period=year(2022), text=" ".join(reversed(text.split())))
    (f,) = reconcile([a, b]).findings
    assert f.type == "corroboration" and "(2 independent sources)" in f.explanation


def test_reconcile_copy_with_repeated_words() -> None:
    text = ("The trade and the investment and the tourism between the two countries all grew strongly "
            "in 2022 and the report said the growth would go on")  # fmt: skip
    a = claim("a:c1", 190 * B, period=year(2022), text=text)
    b = claim("b:c1", 190 * B, period=year(2022), text=text.replace("strongly", "sharply"))
    (copy,) = reconcile([a, b]).findings  # one word of 27 changed: a copy, one source
    assert "(1 independent source; 2 documents)" in copy.explanation
    c = claim("c:c1", 190 * B, period=year(2022), text=text.replace("the", "a", 5))
    (f,) = reconcile([a, c]).findings  # five words changed: another story
    assert "(2 independent sources)" in f.explanation


def test_reconcile_keeps_the_sign_of_zero_in_figures() -> None:
    pct = {"unit": "percent", "measure": "trade_growth", "period": year(2022)}
    (f,) = reconcile([claim("a:c1", -0.0, **pct), claim("b:c1", 0.0, **pct)]).findings  # type: ignore[arg-type]
    assert f.type == "corroboration" and "-0% (a.txt) and 0% (b.txt)" in f.explanation


def test_reconcile_lists_each_figure_with_its_documents() -> None:
    docs = "abcd"
    same = [claim(f"{d}:c1", 200 * B, kind="target", period=year(2024)) for d in docs]
    (three,) = reconcile(same[:3]).findings
    assert "$200B (a.txt; b.txt; c.txt) agree (3 independent sources)" in three.explanation
    (four,) = reconcile(same).findings
    assert "$200B (a.txt; b.txt; c.txt; and 1 more) agree (4 independent sources)" in four.explanation
    mixed = [*same[:2], claim("c:c1", 200 * B, bound="approx", kind="target", period=year(2024))]
    (f,) = reconcile(mixed).findings
    assert "$200B (a.txt; b.txt) and ≈ $200B (c.txt) agree" in f.explanation
    twice = [*same[:2], claim("a:c2", 200 * B, kind="target", period=year(2024))]
    (g,) = reconcile(twice).findings
    assert "$200B (a.txt; b.txt) agree (2 independent sources; " not in g.explanation
    assert "$200B (a.txt; b.txt) agree (2 independent sources)" in g.explanation


def test_reconcile_hands_its_result_to_the_collector() -> None:
    r = reconcile(seed_claims())
    assert gc.get_freeze_count() == 0 and gc.is_tracked(r.findings[0])
    gc.freeze()  # a caller's frozen objects stay frozen
    try:
        frozen = gc.get_freeze_count()
        reconcile(seed_claims())
        assert gc.get_freeze_count() == frozen
    finally:
        gc.unfreeze()


# ----------------------------------------------------------------------------------------------- settings


def test_load_settings_reads_the_ontology_file() -> None:
    s = load_settings()
    assert s.growth_of["trade_growth"] == "trade_turnover"
    assert s.share_of["trade_share"].total == "total_trade"
    assert 0 < s.tolerance < 0.1


def test_load_settings_rejects_bad_files(tmp_path: Path) -> None:
    bad = tmp_path / "reconcile.yaml"
    bad.write_text("tolerance: [1, 2\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="malformed YAML"):
        load_settings(bad)
    good = Path(__file__).resolve().parents[1] / "ontology" / "reconcile.yaml"
    bad.write_text(good.read_text(encoding="utf-8") + "\nsurprise: 1\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="surprise"):
        load_settings(bad)
    with pytest.raises(ConfigError, match="cannot read"):
        load_settings(tmp_path / "missing.yaml")


def test_reconcile_a_total_is_not_a_figure_counting_services() -> None:
    services = claim("a:c1", 41 * B, unit="EUR", parties=("BE", "NL"), period=year(2025),
                     text="If one counts services as well as goods, trade between the neighbours exceeded 41.")
    total = claim("b:c1", 33.8 * B, unit="EUR", parties=("BE", "NL"), period=year(2025), step=0.1 * B,
                  text="Total trade between Belgium and the Netherlands came to 33.8 last year.")
    assert conflicts(reconcile([services, total])) == []  # "total trade": exports and imports, of goods
    goods_and_services = total.model_copy(update={"evidence": total.evidence.model_copy(
        update={"text": "Total trade in goods and services between Belgium and the Netherlands came to 33.8."})})
    (f,) = conflicts(reconcile([services, goods_and_services]))  # a total counting services is compared
    assert f.type == "value_mismatch"


def test_reconcile_a_share_of_one_partys_imports_gives_its_imports_from_its_total_imports() -> None:
    p = year(2024)
    share = claim("a:c1", 18, measure="import_share", unit="percent", step=1, period=p, parties=("KE", "TZ"),
                  exporter="TZ", importer="KE")
    total = claim("a:c2", 20e9, measure="total_imports", parties=("KE",), period=p, step=0.1e9)
    other = claim("a:c3", 9e9, measure="total_exports", parties=("TZ",), period=p, step=0.1e9)
    (d,) = reconcile([share, total, other]).derived
    assert d.measure == "imports" and (d.exporter, d.importer) == ("TZ", "KE") and d.value == pytest.approx(3.6e9)
    # a stated import figure in the same document is checked against it instead (as exports from TZ, mirrored)
    bad = claim("a:c4", 5e9, measure="imports", parties=("KE", "TZ"), exporter="TZ", importer="KE", period=p)
    (f,) = conflicts(reconcile([share, total, bad]))
    assert f.type == "growth_inconsistency" and set(f.claims) == {"a:c1", "a:c2", "a:c4"}


def test_reconcile_shares_of_exports_imports_and_trade_are_not_compared() -> None:
    p = year(2024)
    pair = {"parties": ("PE", "CL"), "unit": "percent", "step": 1, "period": p}
    of_exports = claim("a:c1", 12, measure="export_share", exporter="PE", importer="CL", **pair)
    of_imports = claim("b:c1", 25, measure="import_share", exporter="PE", importer="CL", **pair)
    of_trade = claim("c:c1", 7, measure="trade_share", **pair)
    assert conflicts(reconcile([of_exports, of_imports, of_trade])) == []
    again = claim("d:c1", 20, measure="import_share", exporter="PE", importer="CL", **pair)
    (f,) = conflicts(reconcile([of_imports, again]))
    assert set(f.claims) == {"b:c1", "d:c1"}


def _stated(c: Claim, figure: str) -> Claim:
    return c.model_copy(update={"figure": figure})


def test_reconcile_a_sentence_opening_by_adding_services_scopes_each_of_its_clauses() -> None:
    goods = claim("b:c1", 3.2 * B, unit="EUR", parties=("BA", "HR"), period=year(2025), step=0.1 * B,
                  text="Merchandise trade of the two neighbours amounted to 3.2 in 2025.")
    added = _stated(claim("a:c1", 3.6 * B, unit="EUR", parties=("BA", "HR"), period=year(2025), step=0.1 * B,
                          text="Add services, chiefly shipping and travel, and the whole exchange of the two "
                               "neighbours came to some 3.6 in 2025."), "3.6")  # fmt: skip
    assert conflicts(reconcile([added, goods])) == []  # goods and services against goods: two measures
    total = _stated(claim("a:c1", 3.6 * B, unit="EUR", parties=("BA", "HR"), period=year(2025), step=0.1 * B,
                          text="The whole exchange of both neighbours was put at some 3.6 in 2025."), "3.6")
    (f,) = conflicts(reconcile([total, goods]))  # a total, said so with nothing added, is compared
    assert f.type == "value_mismatch"


def test_reconcile_a_sentence_opening_by_taking_a_part_out_scopes_each_of_its_clauses() -> None:
    whole = _stated(claim("b:c1", 1.51 * B, period=year(2024), step=0.01 * B, parties=("BO", "PE"), exporter="BO", importer="PE",
                          measure="exports", text="Bolivia's exports to Peru reached 1.51 in 2024."), "1.51")
    part = _stated(claim("a:c1", 0.54 * B, period=year(2024), step=0.01 * B, parties=("BO", "PE"), exporter="BO", importer="PE",
                         measure="exports", text="Strip out gas, and Bolivia sold Peru just 0.54 in 2024."), "0.54")
    assert conflicts(reconcile([part, whole])) == []  # the flow without gas against the whole flow
    plain = _stated(claim("a:c1", 0.54 * B, period=year(2024), step=0.01 * B, parties=("BO", "PE"), exporter="BO", importer="PE",
                          measure="exports", text="Bolivia sold Peru just 0.54 in 2024."), "0.54")
    assert [f.type for f in conflicts(reconcile([plain, whole]))] == ["value_mismatch"]
    idiom = _stated(claim("a:c1", 0.54 * B, period=year(2024), step=0.01 * B, parties=("BO", "PE"), exporter="BO", importer="PE",
                          measure="exports", text="Strip out the noise, and Bolivia sold Peru just 0.54 in 2024."), "0.54")
    assert [f.type for f in conflicts(reconcile([idiom, whole]))] == ["value_mismatch"]  # no part named
    # the clause after the first one is the whole again
    with_gas = _stated(claim("a:c2", 1.95 * B, period=year(2024), step=0.01 * B, parties=("BO", "PE"), exporter="BO", importer="PE",
                             measure="exports", text="Leaving out gas, Bolivia sold Peru just 0.54 in 2024; with gas "
                                                     "it sold 1.95."), "1.95")  # fmt: skip
    assert [f.type for f in conflicts(reconcile([with_gas, whole]))] == ["value_mismatch"]


def test_reconcile_a_list_of_flows_scopes_each_by_its_own_clause() -> None:
    listed = _stated(claim("a:c1", 4.1 * B, unit="USD", period=year(2024), step=0.1 * B, parties=("KE", "UG"),
                           measure="exports", exporter="KE", importer="UG",
                           text="Exports to Uganda totalled 4.1 in 2024, re-exports reached 2.2 and imports stood at 3.0."),
                     "4.1")  # fmt: skip
    other = _stated(claim("b:c1", 4.6 * B, unit="USD", period=year(2024), step=0.1 * B, parties=("KE", "UG"),
                          measure="exports", exporter="KE", importer="UG",
                          text="Kenya's exports to Uganda came to 4.6 in 2024."), "4.6")
    # the re-exports are the next clause's: the two export figures are compared
    assert [f.type for f in conflicts(reconcile([listed, other]))] == ["value_mismatch"]
    # a relative clause on the same figure is no next clause: its scope word after it still scopes the figure
    aside = _stated(claim("a:c1", 4.1 * B, unit="USD", period=year(2024), step=0.1 * B, parties=("KE", "UG"),
                          measure="exports", exporter="KE", importer="UG",
                          text="Exports to Uganda totalled 4.1 in 2024, which was 12% higher than in 2023, excluding "
                               "re-exports."), "4.1")  # fmt: skip
    assert conflicts(reconcile([aside, other])) == []


def test_reconcile_a_causal_clause_after_a_forecast_scopes_none_of_it() -> None:
    low = _stated(claim("a:c1", 2.8 * B, unit="EUR", kind="forecast", parties=("BA", "HR"), period=year(2026),
                        step=0.1 * B, text="Bilateral trade may climb to 2.8 in 2026 as the new bridge nears "
                                           "completion and queues at the border fall."), "2.8")  # fmt: skip
    high = _stated(claim("b:c1", 3.0 * B, unit="EUR", kind="forecast", parties=("BA", "HR"), period=year(2026),
                         step=0.1 * B, text="We see bilateral trade hitting 3.0 in 2026."), "3.0")
    (f,) = conflicts(reconcile([low, high]))  # not "border trade" against all trade
    assert f.type == "forecast_divergence"


def test_reconcile_one_documents_figures_for_two_overlapping_periods_are_no_mislabel() -> None:
    rolling = Period(start=date(2024, 7, 1), end=date(2025, 6, 30), as_stated="in the four quarters to Q2 2025",
                     resolution="explicit")
    four_quarters = claim("a:c1", 2.2 * B, unit="GBP", parties=("GB", "IS"), period=rolling, step=0.1 * B)
    calendar = claim("a:c2", 2.172 * B, unit="GBP", parties=("GB", "IS"), period=year(2024), step=0.001 * B)
    assert conflicts(reconcile([four_quarters, calendar]), "period_mismatch") == []
    retold = claim("b:c1", 2.172 * B, unit="GBP", parties=("GB", "IS"), period=year(2024), step=0.001 * B)
    (f,) = conflicts(reconcile([four_quarters, retold]), "period_mismatch")  # another document's: a mislabel
    assert set(f.claims) == {"a:c1", "b:c1"}


def test_reconcile_a_forecast_near_another_years_figure_is_no_mislabel() -> None:
    forecast = claim("a:c1", 1.9 * B, kind="forecast", parties=("AO", "CD"), period=year(2025), step=0.1 * B)
    actual = claim("b:c1", 1.63 * B, parties=("AO", "CD"), period=year(2025), step=0.01 * B)
    outlook = claim("b:c2", 1.9 * B, kind="forecast", parties=("AO", "CD"), period=year(2026), step=0.1 * B)
    r = reconcile([forecast, actual, outlook])
    assert conflicts(r, "forecast_divergence") and not conflicts(r, "period_mismatch")
    # nor one matching the year before's count: a forecaster may expect the level to hold
    count = claim("c:c1", 1.9 * B, parties=("AO", "CD"), period=year(2024), step=0.1 * B)
    r = reconcile([forecast, actual, count])
    assert conflicts(r, "forecast_divergence") and not conflicts(r, "period_mismatch")
    # an actual that conflicts in its own year and matches the year before's count is a mislabel
    relabelled = claim("d:c1", 1.9 * B, parties=("AO", "CD"), period=year(2025), step=0.1 * B)
    (f,) = conflicts(reconcile([relabelled, actual, count]), "period_mismatch")
    assert set(f.claims) == {"d:c1", "c:c1", "b:c1"}  # and the count it conflicts with


def test_reconcile_one_documents_precise_figure_in_two_overlapping_periods_is_a_mislabel() -> None:
    fiscal = Period(start=date(2024, 4, 1), end=date(2025, 3, 31), as_stated="fiscal 2024-25", resolution="explicit")
    a = claim("a:c1", 19.18 * B, parties=("IN", "JP"), period=year(2024), step=0.01 * B)
    b = claim("a:c2", 19.18 * B, parties=("IN", "JP"), period=fiscal, step=0.01 * B)
    (f,) = conflicts(reconcile([a, b]), "period_mismatch")  # four digits twice: one count, not two
    assert set(f.claims) == {"a:c1", "a:c2"}
    round_a = claim("a:c1", 19 * B, parties=("IN", "JP"), period=year(2024), step=0.001 * B)
    round_b = claim("a:c2", 19 * B, parties=("IN", "JP"), period=fiscal, step=0.001 * B)
    assert conflicts(reconcile([round_a, round_b]), "period_mismatch") == []  # a round number may be two counts
