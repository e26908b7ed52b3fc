"""Reconciliation rules from the held-out error analysis, on claim rows built by hand (own sentences, own
country pairs): which figure a growth rate derives from, negative growth, "revised" wording, mirror
statistics."""

from __future__ import annotations

import json
import math
from datetime import date
from typing import Any

import pytest

from kg.models import Claim, Evidence, Finding, Period, Reconciliation
from kg.reconcile import load_settings, reconcile_rows

B = 1e9


def year(y: int) -> Period:
    return Period(start=date(y, 1, 1), end=date(y, 12, 31), as_stated=str(y), resolution="explicit")


def row(
    cid: str,
    value: float,
    *,
    text: str,
    at: int,
    measure: str = "trade_turnover",
    unit: str = "USD",
    bound: str = "exact",
    kind: str = "actual",
    period: Period | None = None,
    parties: tuple[str, ...] = ("BR", "AR"),
    speaker: str | None = None,
    speaker_id: str | None = None,
    source: str | None = None,
    outlet: str | None = None,
    published: date | None = None,
    exporter: str | None = None,
    importer: str | None = None,
    figure: str | None = None,
    context: str | None = None,
) -> list[Any]:
    """A claim row as the store gives it back: ``cid`` is 'doc:n'; ``at`` the figure's offset in the document."""
    doc = cid.split(":")[0]
    step = 0.1 if unit == "percent" else 0.1 * B
    if bound == "approx":
        lo, hi = (value - step / 2) * 0.95, (value + step / 2) * 1.05
        if value < 0:
            lo, hi = (value - step / 2) * 1.05, (value + step / 2) * 0.95
    else:
        lo, hi = value - step / 2, value + step / 2
    c = Claim(
        id=cid, document=f"{doc}.txt", value=value, unit=unit, bound=bound, low=lo, high=hi,  # type: ignore[arg-type]
        figure=figure or str(value), measure=measure, parties=parties, kind=kind,  # type: ignore[arg-type]
        period=period, speaker=speaker, source=source, evidence=Evidence(text=text, start=at, end=at + 4),
        document_id="d" + doc, published=published, outlet=outlet, speaker_id=speaker_id, exporter=exporter,
        importer=importer, context=context,
    )  # fmt: skip
    return json.loads(json.dumps(c.to_row()))


def run(*rows: list[Any]) -> Reconciliation:
    return reconcile_rows(list(rows))


def conflicts(r: Reconciliation, ftype: str | None = None) -> list[Finding]:
    return [f for f in r.findings if f.is_conflict and (ftype is None or f.type == ftype)]


def growth(cid: str, value: float, *, text: str, at: int, period: Period, **kw: Any) -> list[Any]:
    return row(cid, value, text=text, at=at, measure=kw.pop("measure", "trade_growth"), unit="percent",
               period=period, **kw)  # fmt: skip


# ----------------------------------------------------------------------------------------------- pairing

S1 = "Trade between Brazil and Argentina reached $8 billion in 2022 and grew a further 5% in 2023."
S2 = "On a broader customs basis, the two countries traded $12 billion of goods in 2022."
S3 = "Bilateral commerce grew 5% in 2023, the ministry said."


def test_growth_derives_from_the_base_figure_of_its_own_sentence_only() -> None:
    r = run(
        row("a:1", 8 * B, text=S1, at=60, period=year(2022)),
        growth("a:2", 5, text=S1, at=100, period=year(2023)),
        row("a:3", 12 * B, text=S2, at=400, period=year(2022)),
    )
    (d,) = r.derived
    assert d.derived_from == ("a:1", "a:2") and d.value == pytest.approx(8.4 * B)
    assert d.period is not None and d.period.start.year == 2023
    assert not [f for f in conflicts(r) if "a:2" in f.claims and "a:3" in f.claims]


def test_growth_without_a_base_in_its_sentence_takes_the_nearest_preceding_one() -> None:
    far = "Two years ago officials put bilateral trade at $6 billion in 2022 on early data."
    near = "Final data put the 2022 total at $8 billion."
    r = run(
        row("a:1", 6 * B, text=far, at=10, period=year(2022)),
        row("a:2", 8 * B, text=near, at=200, period=year(2022)),
        growth("a:3", 5, text=S3, at=300, period=year(2023)),
        row("a:4", 12 * B, text=S2, at=600, period=year(2022)),
    )
    (d,) = r.derived
    assert d.derived_from == ("a:2", "a:3") and d.value == pytest.approx(8.4 * B)


def test_growth_with_nothing_before_it_derives_nothing() -> None:
    r = run(
        growth("a:1", 5, text="Brazil-Argentina trade up 5% in 2023", at=0, period=year(2023)),
        row("a:2", 12 * B, text=S2, at=600, period=year(2022)),
    )
    assert r.derived == ()


@pytest.mark.parametrize(("gap", "derives"), [(1, True), (2, False), (60, False)])
def test_growth_with_nothing_before_it_takes_the_next_sentences_figure_of_its_paragraph(
    gap: int, derives: bool
) -> None:
    # the rate's sentence, then (one space: the same paragraph) the sentence with its figure
    rate_text = "In the first half, Brazil-Argentina trade rose 5% from a year earlier."
    value_text = "The total reached $8.4 billion, customs said."
    start = 100
    at = start + rate_text.index("5%")
    value_at = start + len(rate_text) + gap + value_text.index("$8.4 billion")
    r = run(
        growth("a:1", 5, text=rate_text, at=at, period=year(2023), figure="5%"),
        row("a:2", 8.4 * B, text=value_text, at=value_at, period=year(2023), figure="$8.4 billion"),
    )
    assert [d.derived_from for d in r.derived] == ([("a:2", "a:1")] if derives else [])


def test_growth_whose_sentence_states_both_values_is_checked_not_derived() -> None:
    text = "Trade grew 5% to $8.4 billion in 2023 from $8 billion in 2022."
    r = run(
        growth("a:1", 5, text=text, at=11, period=year(2023)),
        row("a:2", 8.4 * B, text=text, at=17, period=year(2023)),
        row("a:3", 8 * B, text=text, at=43, period=year(2022)),
        row("a:4", 6 * B, text="Earlier estimates put 2022 trade at $6 billion.", at=300, period=year(2022)),
    )
    assert r.derived == ()
    assert not [f for f in conflicts(r) if f.type == "growth_inconsistency"]


def test_growth_stated_with_its_result_value_and_the_base_elsewhere_links_the_sentence_values() -> None:
    # "rose 5% to $8.4 billion" with last year's $8 billion in its own sentence: no derived claim for 2023
    # even though the document states another 2023 figure further down
    text = "Trade, at $8 billion in 2022, rose 5% to $8.4 billion in 2023."
    r = run(
        row("a:1", 8 * B, text=text, at=10, period=year(2022)),
        growth("a:2", 5, text=text, at=36, period=year(2023)),
        row("a:3", 8.4 * B, text=text, at=42, period=year(2023)),
        row("a:4", 9.9 * B, text="Including services, trade was $9.9 billion in 2023.", at=500, period=year(2023)),
    )
    assert r.derived == ()
    assert not [f for f in conflicts(r) if f.type == "growth_inconsistency"]


def test_growth_in_one_currency_terms_derives_only_from_that_currency() -> None:
    text = ("Trade between Norway and Sweden reached 95 billion crowns (about 8.5 billion euros) in 2023, with "
            "the value in euro terms rising 4 percent.")  # fmt: skip
    parties = ("NO", "SE")
    r = run(
        row("a:1", 95 * B, unit="NOK", text=text, at=50, period=year(2023), parties=parties),
        row("a:2", 8.5 * B, unit="EUR", text=text, at=72, period=year(2023), parties=parties),
        growth("a:3", 4, text=text, at=140, period=year(2023), parties=parties, figure="4 percent"),
    )
    (d,) = r.derived
    assert d.unit == "EUR" and d.derived_from == ("a:2", "a:3")


def test_growth_with_a_conversion_and_no_stated_basis_derives_from_the_figure_stated_first() -> None:
    text = "Trade with Kenya stood at 500 billion shillings (about 3.9 billion dollars) in 2023, up 8 percent."
    parties = ("KE", "TZ")
    r = run(
        row("a:1", 500 * B, unit="KES", text=text, at=30, period=year(2023), parties=parties),
        row("a:2", 3.9 * B, text=text, at=55, period=year(2023), parties=parties),
        growth("a:3", 8, text=text, at=90, period=year(2023), parties=parties, figure="8 percent"),
    )
    (d,) = r.derived
    assert d.unit == "KES"


def test_growth_in_real_terms_derives_no_money_value() -> None:
    text = "Trade between Chile and Peru reached $9 billion in 2023, up 3% in real terms."
    parties = ("CL", "PE")
    r = run(
        row("a:1", 9 * B, text=text, at=40, period=year(2023), parties=parties),
        growth("a:2", 3, text=text, at=64, period=year(2023), parties=parties, figure="3%"),
        row("b:1", 5 * B, text="Chile-Peru trade was $5 billion in 2022.", at=20, period=year(2022),
            parties=parties),
    )  # fmt: skip
    assert r.derived == () and conflicts(r) == []


def test_growth_of_a_qualified_measure_does_not_derive_from_an_unqualified_figure_elsewhere() -> None:
    r = run(
        row("a:1", 30 * B, text="Total trade between Brazil and Argentina was $30 billion in 2022.", at=20,
            period=year(2022)),
        growth("a:2", 7, text="Non-oil trade grew 7% in 2023, the ministry said.", at=200, period=year(2023)),
    )  # fmt: skip
    assert r.derived == ()
    r = run(
        row("a:1", 18 * B, text="Non-oil trade between Brazil and Argentina was $18 billion in 2022.", at=20,
            period=year(2022)),
        growth("a:2", 7, text="Non-oil trade grew 7% in 2023, the ministry said.", at=200, period=year(2023)),
    )  # fmt: skip
    (d,) = r.derived
    assert d.value == pytest.approx(18 * 1.07 * B)


# ----------------------------------------------------------------------------------------------- negative growth


def test_negative_growth_derives_the_previous_value_upwards() -> None:
    text = "Trade between Ghana and Nigeria fell 20% to $4 billion in 2023."
    r = run(
        growth("a:1", -20, text=text, at=36, period=year(2023), parties=("GH", "NG"), figure="20%"),
        row("a:2", 4 * B, text=text, at=43, period=year(2023), parties=("GH", "NG")),
    )
    (d,) = r.derived
    assert d.value == pytest.approx(5 * B) and d.low is not None and d.high is not None
    assert d.low < 5 * B < d.high and d.period is not None and d.period.start.year == 2022
    assert "fall" in (d.method or "") and "-" not in (d.method or "").replace("–", "")


def test_negative_growth_derives_the_next_value_downwards() -> None:
    text = "Trade between Ghana and Nigeria was $5 billion in 2022 and then fell 20% in 2023."
    r = run(
        row("a:1", 5 * B, text=text, at=36, period=year(2022), parties=("GH", "NG")),
        growth("a:2", -20, text=text, at=66, period=year(2023), parties=("GH", "NG"), figure="20%"),
    )
    (d,) = r.derived
    assert d.value == pytest.approx(4 * B) and d.period is not None and d.period.start.year == 2023


@pytest.mark.parametrize("rate", [-100.0, -150.0])
def test_growth_of_minus_100_or_less_derives_no_previous_value(rate: float) -> None:
    text = f"Trade between Ghana and Nigeria fell {-rate}% to $4 billion in 2023."
    r = run(
        growth("a:1", rate, text=text, at=36, period=year(2023), parties=("GH", "NG")),
        row("a:2", 4 * B, text=text, at=43, period=year(2023), parties=("GH", "NG")),
    )
    assert r.derived == ()


def test_negative_growth_near_minus_100_gives_an_open_previous_value() -> None:
    text = "Trade between Ghana and Nigeria collapsed by about 98% to $0.1 billion in 2023."
    r = run(
        growth("a:1", -98, bound="approx", text=text, at=50, period=year(2023), parties=("GH", "NG")),
        row("a:2", 0.1 * B, text=text, at=58, period=year(2023), parties=("GH", "NG")),
    )
    (d,) = r.derived
    assert d.bound == "at_least" and d.high is None and d.low is not None and d.low > 0


def test_negative_growth_is_checked_with_its_sign() -> None:
    text = "Trade between Ghana and Nigeria fell 20% to $4 billion in 2023 from $5 billion in 2022."
    base = [
        row("a:2", 4 * B, text=text, at=43, period=year(2023), parties=("GH", "NG")),
        row("a:3", 5 * B, text=text, at=68, period=year(2022), parties=("GH", "NG")),
    ]
    fits = run(growth("a:1", -20, text=text, at=36, period=year(2023), parties=("GH", "NG")), *base)
    assert fits.derived == () and conflicts(fits) == []
    wrong = run(growth("a:1", 20, text=text, at=36, period=year(2023), parties=("GH", "NG")), *base)
    (f,) = conflicts(wrong)
    assert f.type == "growth_inconsistency" and "imply -20%" in f.explanation


def test_negative_growth_against_other_documents_values() -> None:
    now = row("b:1", 4 * B, text="Ghana-Nigeria trade was $4 billion in 2023.", at=30, period=year(2023),
              parties=("GH", "NG"))  # fmt: skip
    before = row("c:1", 5 * B, text="Ghana-Nigeria trade was $5 billion in 2022.", at=30, period=year(2022),
                 parties=("GH", "NG"))  # fmt: skip
    text = "Ghana-Nigeria trade fell 20% in 2023."
    fits = run(growth("a:1", -20, text=text, at=25, period=year(2023), parties=("GH", "NG")), now, before)
    assert conflicts(fits) == []
    off = run(growth("a:1", -40, text=text, at=25, period=year(2023), parties=("GH", "NG")), now, before)
    (f,) = conflicts(off)
    assert f.type == "growth_inconsistency" and "-40%" in f.explanation and "-20%" in f.explanation


# ----------------------------------------------------------------------------------------------- revisions


def target(cid: str, value: float, published: date, **kw: Any) -> list[Any]:
    return row(cid, value, kind="target", period=year(2030), parties=("CO", "EC"), published=published,
               text=f"Colombia and Ecuador aim for ${value / B:g} billion of trade by 2030.", at=40, **kw)  # fmt: skip


def test_two_speakers_in_date_order_disagree_and_do_not_revise() -> None:
    r = run(
        target("a:1", 20 * B, date(2024, 1, 10), speaker="Ana Ruiz", speaker_id="person:ana-ruiz"),
        target("b:1", 25 * B, date(2024, 3, 2), speaker="Luis Mora", speaker_id="person:luis-mora"),
    )
    (f,) = conflicts(r)
    assert f.type == "target_mismatch" and "revised" not in f.explanation
    assert "disagree" in f.explanation and f.explanation.index("$20B") < f.explanation.index("$25B")


def test_the_same_speaker_in_date_order_revises() -> None:
    r = run(
        target("a:1", 20 * B, date(2024, 1, 10), speaker="Ana Ruiz", speaker_id="person:ana-ruiz"),
        target("b:1", 25 * B, date(2024, 3, 2), speaker="Minister Ana Ruiz", speaker_id="person:ana-ruiz"),
    )
    (f,) = conflicts(r)
    assert "revised from $20B" in f.explanation and "to $25B" in f.explanation


def test_the_same_organisation_in_date_order_revises() -> None:
    r = run(
        target("a:1", 25 * B, date(2024, 3, 2), source="Andean trade council"),
        target("b:1", 20 * B, date(2024, 1, 10), source="Andean trade council"),
    )
    (f,) = conflicts(r)
    assert "revised from $20B" in f.explanation and "to $25B" in f.explanation


def test_same_outlet_different_speakers_is_no_revision() -> None:
    r = run(
        target("a:1", 20 * B, date(2024, 1, 10), speaker="Ana Ruiz", speaker_id="person:ana-ruiz",
               outlet="Andes Wire"),
        target("b:1", 25 * B, date(2024, 3, 2), speaker="Luis Mora", speaker_id="person:luis-mora",
               outlet="Andes Wire"),
    )  # fmt: skip
    (f,) = conflicts(r)
    assert "revised" not in f.explanation


def test_negative_growth_words_its_fall_in_the_derived_method() -> None:
    text = "Trade between Ghana and Nigeria was $5 billion in 2022 and then fell about 20% in 2023."
    r = run(
        row("a:1", 5 * B, text=text, at=36, period=year(2022), parties=("GH", "NG")),
        growth("a:2", -20, bound="approx", text=text, at=72, period=year(2023), parties=("GH", "NG")),
    )
    (d,) = r.derived
    assert d.method == "a fall of ≈ 20% from $5B in 2022"


# ----------------------------------------------------------------------------------------------- mirror statistics


def test_exports_of_one_side_and_imports_of_the_other_are_one_flow() -> None:
    exp = row("a:1", 40 * B, measure="exports", exporter="MA", importer="ES", parties=("MA", "ES"),
              period=year(2023), text="Morocco's exports to Spain reached $40 billion in 2023.", at=30)
    routed = row("b:1", 110 * B, measure="imports", exporter="MA", importer="ES", parties=("ES", "MA"),
                 period=year(2023), text="Spain's imports from Morocco were $110 billion in 2023.", at=30)
    assert conflicts(run(exp, routed)) == []  # mirror figures can differ by half and more (goods routed elsewhere)
    imp = row("b:1", 170 * B, measure="imports", exporter="MA", importer="ES", parties=("ES", "MA"),
              period=year(2023), text="Spain's imports from Morocco were $170 billion in 2023.", at=30)
    (f,) = conflicts(run(exp, imp))  # a gap beyond the asymmetry of mirror statistics (mirror_tolerance)
    assert f.type == "value_mismatch" and set(f.claims) == {"a:1", "b:1"}
    assert "mirror" in f.explanation and "MA→ES" in f.explanation
    same = row("b:1", 40 * B, measure="imports", exporter="MA", importer="ES", parties=("ES", "MA"),
               period=year(2023), text="Spain's imports from Morocco were $40 billion in 2023.", at=30)
    (c,) = run(exp, same).findings
    assert c.type == "corroboration" and "mirror" in c.explanation


def test_opposite_flows_and_undirected_imports_are_not_mirrored() -> None:
    exp = row("a:1", 40 * B, measure="exports", exporter="MA", importer="ES", parties=("MA", "ES"),
              period=year(2023), text="Morocco's exports to Spain reached $40 billion in 2023.", at=30)
    back = row("b:1", 46 * B, measure="imports", exporter="ES", importer="MA", parties=("ES", "MA"),
               period=year(2023), text="Morocco's imports from Spain were $46 billion in 2023.", at=30)
    loose = row("c:1", 46 * B, measure="imports", parties=("ES", "MA"), period=year(2023),
                text="Imports between the two were $46 billion in 2023.", at=30)
    assert run(exp, back).findings == () and run(exp, loose).findings == ()


def test_a_surplus_of_one_side_mirrors_the_deficit_of_the_other() -> None:
    surplus = row("a:1", 30 * B, measure="trade_surplus", parties=("TH", "JP"), period=year(2023),
                  text="Thailand's trade surplus with Japan was $30 billion in 2023.", at=30)
    deficit = row("b:1", 146 * B, measure="trade_deficit", parties=("JP", "TH"), period=year(2023),
                  text="Japan's trade deficit with Thailand was $146 billion in 2023.", at=30)
    (f,) = conflicts(run(surplus, deficit))
    assert f.type == "value_mismatch" and "mirror" in f.explanation
    assert "trade deficit" in f.explanation and "trade surplus" in f.explanation


def test_mirrored_import_growth_still_derives_an_imports_value() -> None:
    text = "Spain's imports from Morocco rose 15% to $46 billion in 2023."
    r = run(
        growth("a:1", 15, measure="import_growth", exporter="MA", importer="ES", parties=("ES", "MA"),
               text=text, at=35, period=year(2023)),
        row("a:2", 46 * B, measure="imports", exporter="MA", importer="ES", parties=("ES", "MA"),
            text=text, at=42, period=year(2023)),
    )  # fmt: skip
    (d,) = r.derived
    assert d.measure == "imports" and d.exporter == "MA" and d.importer == "ES"
    assert d.value == pytest.approx(40 * B)


def test_findings_of_one_measure_keep_its_name() -> None:
    a = row("a:1", 46 * B, measure="imports", exporter="MA", importer="ES", parties=("ES", "MA"),
            period=year(2023), text="Spain's imports from Morocco were $46 billion in 2023.", at=30)
    b = row("b:1", 41 * B, measure="imports", exporter="MA", importer="ES", parties=("ES", "MA"),
            period=year(2023), text="Spanish customs put imports from Morocco at $41 billion in 2023.", at=30)
    (f,) = conflicts(run(a, b))
    assert f.measure == "imports" and "imports" in f.explanation and "mirror" not in f.explanation


# ----------------------------------------------------------------------------------------------- one sentence


def test_one_sentence_does_not_contradict_itself() -> None:
    # "up from $40 billion" given the period of the sentence's lead figure: extraction's slip, not a conflict
    text = "Two-way trade between Egypt and Jordan hit $52 billion in 2023, up from $40 billion a year earlier."
    r = run(
        row("a:1", 52 * B, text=text, at=43, period=year(2023), parties=("EG", "JO")),
        row("a:2", 40 * B, text=text, at=74, period=year(2023), parties=("EG", "JO")),
    )
    assert conflicts(r) == []


def test_one_sentence_with_two_voices_still_conflicts() -> None:
    text = "Officials put Egypt-Jordan trade at $52 billion in 2023, though customs data showed $40 billion."
    r = run(
        row("a:1", 52 * B, text=text, at=36, period=year(2023), parties=("EG", "JO"), speaker="officials"),
        row("a:2", 40 * B, text=text, at=84, period=year(2023), parties=("EG", "JO"), source="customs data"),
    )
    (f,) = conflicts(r)
    assert f.type == "value_mismatch"


def test_one_voice_in_one_document_does_not_contradict_itself() -> None:
    # two stated figures of one document by one voice under one key differ in something extraction did not
    # tell apart ("12% of Belgium's exports" and "23.4% of its imports"): no finding
    r = run(
        row("a:1", 52 * B, text="Egypt-Jordan trade hit $52 billion in 2023.", at=23, period=year(2023),
            parties=("EG", "JO")),
        row("a:2", 40 * B, text="Trade between the two came to $40 billion in 2023.", at=300, period=year(2023),
            parties=("EG", "JO")),
    )  # fmt: skip
    assert conflicts(r) == []


def test_two_voices_in_one_document_conflict() -> None:
    r = run(
        row("a:1", 52 * B, text="Egypt-Jordan trade hit $52 billion in 2023, the ministry said.", at=23,
            period=year(2023), parties=("EG", "JO"), speaker="the ministry"),
        row("a:2", 40 * B, text="A chamber of commerce survey put it at $40 billion in 2023.", at=300,
            period=year(2023), parties=("EG", "JO"), source="a chamber of commerce survey"),
    )  # fmt: skip
    (f,) = conflicts(r)
    assert f.type == "value_mismatch"


def test_one_document_still_conflicts_with_a_figure_derived_from_its_others() -> None:
    # 2023's $52 billion after 30% growth gives 2022 about $40 billion, against the document's own $30 billion
    r = run(
        row("a:1", 52 * B, text="Egypt-Jordan trade hit $52 billion in 2023, up 30%.", at=23, period=year(2023),
            parties=("EG", "JO")),
        growth("a:2", 30, text="Egypt-Jordan trade hit $52 billion in 2023, up 30%.", at=47, period=year(2023),
               parties=("EG", "JO")),
        row("a:3", 30 * B, text="Back in 2022 the two traded $30 billion.", at=300, period=year(2022),
            parties=("EG", "JO")),
    )  # fmt: skip
    assert [f.type for f in conflicts(r)] == ["value_mismatch"]
    assert "derived" in conflicts(r)[0].explanation


def test_figures_of_one_document_with_different_measure_qualifiers_do_not_conflict() -> None:
    qualified = row("a:1", 18 * B, text="Non-oil trade between Peru and Chile reached $18 billion in 2022.", at=45,
                    period=year(2022), parties=("PE", "CL"))
    total = row("a:2", 30 * B, text="Total bilateral trade between them was $30 billion in 2022.", at=300,
                period=year(2022), parties=("PE", "CL"))
    assert conflicts(run(qualified, total)) == []
    also = row("a:2", 30 * B, text="A chamber of commerce put their non-oil trade at $30 billion in 2022.", at=300,
               period=year(2022), parties=("PE", "CL"), source="a chamber of commerce")
    (f,) = conflicts(run(qualified, also))
    assert f.type == "value_mismatch"


def test_goods_in_transit_left_out_of_a_count_are_no_value_of_the_documents_flow() -> None:
    recorded = row("a:1", 3.46 * B, text="Ruritanian customs logged imports from China of $3.46 billion in 2024.",
                   at=45, period=year(2024), parties=("CN", "RU"), measure="imports", exporter="CN", importer="RU")
    transit = row("a:2", 8 * B, text="We reckon that $8 billion worth of Chinese merchandise transited Ruritania in 2024 "
                  "and was not recorded as imports.", at=300, period=year(2024), parties=("CN", "RU"),
                  measure="imports", kind="estimate", exporter="CN", importer="RU")
    assert conflicts(run(recorded, transit)) == []
    counted = row("a:2", 8 * B, text="We reckon that $8 billion worth of Chinese merchandise reached Ruritania in 2024.",
                  at=300, period=year(2024), parties=("CN", "RU"), measure="imports", kind="estimate",
                  exporter="CN", importer="RU")
    assert [f.type for f in conflicts(run(recorded, counted))] == ["forecast_divergence"]


def test_a_goals_means_phrase_names_no_scope_of_it() -> None:
    said = row("a:1", 2 * B, text="Our countries will strive for bilateral commerce of US$2 billion by 2031, on the basis "
               "of fresh export capacity in pharmaceuticals and tourism services, the minister said.", at=60,
               kind="target", period=year(2031), parties=("CN", "CU"), figure="US$2 billion")
    other = row("b:1", 1.5 * B, text="The two governments announced a $1.5 billion goal for 2031.", at=40,
                kind="target", period=year(2031), parties=("CN", "CU"), figure="$1.5 billion")
    assert [f.type for f in conflicts(run(said, other))] == ["target_mismatch"]


# ----------------------------------------------------------------------------------------------- no deadline


def goal(cid: str, value: float, *, parties: tuple[str, ...] = ("KH", "LA"), **kw: Any) -> list[Any]:
    """A trade target stated with no deadline."""
    return row(cid, value, kind="target", parties=parties, period=None, speaker=f"Minister {cid}",
               text=_GOAL[sum(map(ord, cid.split(":")[0])) % 3].format(value / B), at=45, **kw)  # fmt: skip


_GOAL = ["Cambodia and Laos want two-way trade to reach ${:g} billion, officials in Phnom Penh said.",
         "Vientiane hopes commerce with its southern neighbour will one day hit ${:g} billion.",
         "Laos and Cambodia set out a ${:g} billion goal for their trade at a border summit."]  # fmt: skip


def test_undated_targets_that_agree_corroborate_across_documents() -> None:
    (f,) = run(goal("a:1", 6 * B), goal("b:1", 6 * B)).findings
    assert f.type == "corroboration" and set(f.claims) == {"a:1", "b:1"} and f.period is None
    assert "no deadline stated" in f.explanation and "2 independent sources" in f.explanation


def test_undated_targets_that_disagree_are_a_target_mismatch_with_no_period() -> None:
    (f,) = conflicts(run(goal("a:1", 6 * B), goal("b:1", 9 * B)))
    assert f.type == "target_mismatch" and set(f.claims) == {"a:1", "b:1"} and f.period is None
    assert f.explanation.startswith("Trade turnover target (") and "no deadline stated" in f.explanation
    assert "no date" not in f.explanation and "9999" not in f.explanation


def test_undated_targets_of_one_document_or_of_other_bases_do_not_meet() -> None:
    assert run(goal("a:1", 6 * B), goal("a:2", 6 * B)).findings == ()  # one document: no corroboration
    assert run(goal("a:1", 6 * B), goal("b:1", 9 * B, parties=("KH", "TH"))).findings == ()
    assert run(goal("a:1", 6 * B), goal("b:1", 9 * B, unit="EUR")).findings == ()


def test_an_undated_target_joining_a_dated_one_stays_out_of_the_undated_key() -> None:
    dated = row("c:1", 6 * B, kind="target", parties=("KH", "LA"), period=year(2030),
                text="Cambodia and Laos aim for $6 billion of trade by 2030.", at=30)  # fmt: skip
    r = run(dated, goal("a:1", 6 * B), goal("b:1", 9 * B))
    (f,) = r.findings
    assert f.type == "corroboration" and set(f.claims) == {"a:1", "c:1"}
    assert f.period is not None and f.period.start.year == 2030


def test_undated_findings_do_not_depend_on_the_input_order() -> None:
    rows = [goal("a:1", 6 * B), goal("b:1", 6 * B), goal("c:1", 9 * B), goal("e:1", 9.5 * B)]
    assert run(*rows) == run(*reversed(rows))


def rule_rows() -> list[list[Any]]:
    """Rows for each rule above, of distinct documents and parties: one input for the forked-parts check
    (tests/test_reconcile_rows.py)."""
    ma_es: dict[str, Any] = {"exporter": "MA", "importer": "ES", "parties": ("MA", "ES"), "period": year(2023)}
    fall = "Trade between Ghana and Nigeria fell 20% to $4 billion in 2023."
    return [
        row("p1:1", 8 * B, text=S1, at=60, period=year(2022)),
        growth("p1:2", 5, text=S1, at=100, period=year(2023)),
        row("p1:3", 12 * B, text=S2, at=400, period=year(2022)),
        row("p2:1", 7 * B, text="A $7 billion figure for 2022.", at=300, period=year(2022)),
        growth("p3:1", -20, text=fall, at=36, period=year(2023), parties=("GH", "NG")),
        row("p3:2", 4 * B, text=fall, at=43, period=year(2023), parties=("GH", "NG")),
        row("p4:1", 5.5 * B, text="Ghana-Nigeria trade was $5.5 billion in 2022.", at=30, period=year(2022),
            parties=("GH", "NG")),
        target("p5:1", 20 * B, date(2024, 1, 10), speaker="Ana Ruiz", speaker_id="person:ana-ruiz"),
        target("p6:1", 25 * B, date(2024, 3, 2), speaker="Luis Mora", speaker_id="person:luis-mora"),
        row("p7:1", 40 * B, measure="exports", text="Morocco's exports to Spain were $40 billion.", at=30, **ma_es),
        row("p8:1", 166 * B, measure="imports", text="Spain's imports from Morocco were $166 billion.", at=30, **ma_es),
        row("p9:1", 30 * B, measure="trade_surplus", parties=("TH", "JP"), period=year(2023),
            text="Thailand's trade surplus with Japan was $30 billion in 2023.", at=30),
        row("p10:1", 146 * B, measure="trade_deficit", parties=("JP", "TH"), period=year(2023),
            text="Japan's trade deficit with Thailand was $146 billion in 2023.", at=30),
        goal("p11:1", 6 * B), goal("p12:1", 6 * B), goal("p13:1", 9 * B),
        goal("p14:1", 3 * B, parties=("UY", "PY")), goal("p15:1", 4 * B, parties=("UY", "PY")),
    ]  # fmt: skip


def test_rule_rows_make_each_kind_of_finding() -> None:
    r = reconcile_rows(rule_rows(), workers=1)
    assert {d.id for d in r.derived} and len(r.derived) == 2
    text = " ".join(f.explanation for f in r.findings)
    assert "mirror statistics: one flow" in text and "one balance" in text and "the sources disagree" in text
    assert "a fall of 20%" in text
    assert {f.type for f in r.findings if f.period is None} == {"corroboration", "target_mismatch"}


# ----------------------------------------------------------------------------------------------- two reporters


def test_two_countries_statistics_of_one_trade_within_the_mirror_tolerance_are_no_conflict() -> None:
    ar = row("a:1", 20.5 * B, period=year(2024), source="Argentina's customs",
             text="Argentina's customs put trade with Brazil at $20.5 billion in 2024.", at=40)
    br = row("b:1", 24.0 * B, period=year(2024), source="Brazilian customs figures",
             text="Brazilian customs figures put the trade at $24 billion in 2024.", at=40)
    assert conflicts(run(ar, br)) == []
    # one reporter, two figures: a conflict; and a gap beyond the tolerance stays one too
    ar2 = row("b:1", 24.0 * B, period=year(2024), source="Argentina's statistics office",
              text="Argentina's statistics office put the trade at $24 billion in 2024.", at=40)
    assert [f.type for f in conflicts(run(ar, ar2))] == ["value_mismatch"]
    far = row("b:1", 90.0 * B, period=year(2024), source="Brazilian customs figures",
              text="Brazilian customs figures put the trade at $90 billion in 2024.", at=40)
    assert [f.type for f in conflicts(run(ar, far))] == ["value_mismatch"]
    # a reporter that is no party (a third country's data) tells nothing about the two sides' counts
    third = row("b:1", 24.0 * B, period=year(2024), source="Chile's customs",
                text="Chile's customs put the trade at $24 billion in 2024.", at=40)
    assert [f.type for f in conflicts(run(ar, third))] == ["value_mismatch"]


def test_a_copy_that_drops_the_source_stays_with_its_sides_reporter() -> None:
    ar = row("a:1", 20.5 * B, period=year(2024), source="Argentina's customs",
             text="Argentina's customs put trade with Brazil at $20.5 billion in 2024.", at=40)
    retold = row("c:1", 20.5 * B, period=year(2024),
                 text="Trade with Brazil came to $20.5 billion in 2024.", at=26)
    br = row("b:1", 24.0 * B, period=year(2024), source="Brazilian customs figures",
             text="Brazilian customs figures put the trade at $24 billion in 2024.", at=40)
    assert conflicts(run(ar, retold, br)) == []
    alone = row("c:1", 20.5 * B, period=year(2024), text="Trade with Brazil came to $20.5 billion in 2024.", at=26)
    assert [f.type for f in conflicts(run(alone, br))] == ["value_mismatch"]  # no reporter on one side: a conflict


def test_an_institutions_name_is_matched_as_a_whole_word() -> None:
    # "INSEED" (Togo's statistics institute) holds the name of France's INSEE: no third country's count
    tg = row("t:1", 322.6 * B, period=year(2024), unit="XOF", parties=("BJ", "TG"),
             source="Togo's statistics institute INSEED",
             text="Trade with Benin came to 322.6 billion CFA francs in 2024, per Togo's statistics institute INSEED.",
             at=25)
    bj = row("b:1", 296.7 * B, period=year(2024), unit="XOF", parties=("BJ", "TG"), source="Benin's customs records",
             text="According to Benin's customs records, trade with Togo stood at 296.7 billion FCFA in 2024.", at=60)
    assert conflicts(run(tg, bj)) == []


def test_two_reporters_may_differ_as_much_as_mirror_flows_do() -> None:
    # a two-way total is two mirror flows added: transit goods one side records at its border make its count
    # far larger (a third above the other's here)
    ar = row("a:1", 20.0 * B, period=year(2024), source="Argentina's customs",
             text="Argentina's customs put trade with Brazil at $20 billion in 2024.", at=40)
    br = row("b:1", 30.0 * B, period=year(2024), source="Brazilian customs figures",
             text="Brazilian customs figures put the trade at $30 billion in 2024.", at=40)
    assert conflicts(run(ar, br)) == []


def test_an_institution_named_without_its_country_is_the_outlets_countrys() -> None:
    br = row("b:1", 24.0 * B, period=year(2024), source="Brazilian customs figures",
             text="Brazilian customs figures put the trade at $24 billion in 2024.", at=40)
    # "the Customs Department" of a paper whose name is Argentine: Argentina's own count
    home = row("a:1", 20.5 * B, period=year(2024), source="final data of the Customs Department",
               outlet="Buenos Aires Argentina Herald",
               text="According to final data of the Customs Department, trade with Brazil reached $20.5 billion.",
               at=70)
    assert conflicts(run(home, br)) == []
    # a figure an official body of Argentina publishes with no source beside it: Argentina's count
    release = row("a:1", 20.5 * B, period=year(2024), outlet="National Statistics Institute, Argentina",
                  text="Trade with Brazil reached $20.5 billion in 2024.", at=30)
    assert conflicts(run(release, br)) == []
    # a paper's unattributed figure is nobody's count in particular: a conflict
    paper = row("a:1", 20.5 * B, period=year(2024), outlet="Buenos Aires Argentina Herald",
                text="Trade with Brazil reached $20.5 billion in 2024.", at=30)
    assert [f.type for f in conflicts(run(paper, br))] == ["value_mismatch"]


def test_an_institution_named_without_its_country_is_the_flow_owners_when_the_sentence_names_one() -> None:
    br = row("b:1", 24.0 * B, period=year(2024), source="Brazilian customs figures",
             text="Brazilian customs figures put the trade at $24 billion in 2024.", at=40)
    text = "Per the national customs service, Argentina's trade with Brazil amounted to $20.5 billion in 2024."
    owned = row("a:1", 20.5 * B, period=year(2024), source="the national customs service", text=text, at=text.find("$"),
                figure="$20.5 billion")
    assert conflicts(run(owned, br)) == []
    # the owner named after the figure, or a sentence naming none: nobody's count in particular
    for text in ("Per the national customs service, trade reached $20.5 billion, Argentina's highest.",
                 "Per the national customs service, trade with Brazil amounted to $20.5 billion in 2024."):
        unowned = row("a:1", 20.5 * B, period=year(2024), source="the national customs service", text=text,
                      at=text.find("$"), figure="$20.5 billion")
        assert [f.type for f in conflicts(run(unowned, br))] == ["value_mismatch"]
    # a possessive owning no flow ("Argentina's ambassador said") names no reporter
    said = "Per the national customs service, Argentina's ambassador said trade with Brazil reached $20.5 billion."
    envoy = row("a:1", 20.5 * B, period=year(2024), source="the national customs service", text=said,
                at=said.find("$"), figure="$20.5 billion")
    assert [f.type for f in conflicts(run(envoy, br))] == ["value_mismatch"]
    # a rate is told as the flow owner's whoever counts it: no reporter
    rate = "According to the statistics bureau, Argentina's trade with Brazil rose 13% in 2024."
    a = growth("a:1", 13.0, text=rate, at=rate.find("13%"), period=year(2024), source="the statistics bureau",
               figure="13%")
    b = growth("b:1", 31.4, text="Trade rose 31.4% in 2024, Brazilian customs figures show.", at=11,
               period=year(2024), source="Brazilian customs figures", figure="31.4%")
    assert conflicts(run(a, b)) != []


def test_a_partys_count_beside_the_documents_unattributed_figure_is_told_apart() -> None:
    headline = row("a:1", 20.5 * B, period=year(2024),
                   text="Trade between Argentina and Brazil hit $20.5 billion in 2024.", at=40)
    other = row("a:2", 23.0 * B, period=year(2024), source="Brazilian customs figures",
                text="Brazilian customs figures, which count goods by origin, put the trade at $23 billion.", at=400)
    assert conflicts(run(headline, other)) == []
    # in two documents the unattributed figure may be either count: a conflict
    elsewhere = row("b:1", 20.5 * B, period=year(2024),
                    text="Trade between Argentina and Brazil hit $20.5 billion in 2024.", at=40)
    assert [f.type for f in conflicts(run(elsewhere, other))] == ["value_mismatch"]


PY_UY = ("PY", "UY")


def test_levels_grown_back_from_two_countries_counts_are_each_their_reporters() -> None:
    uy_text = "Trade with Paraguay rose 7% to $3.21 billion in 2024, according to Uruguay's customs."
    py_text = "Trade with Uruguay grew 9% in 2024 to $3.40 billion, according to Paraguay's central bank."
    uy = [row("u:1", 3.21 * B, text=uy_text, at=40, period=year(2024), parties=PY_UY, source="Uruguay's customs"),
          growth("u:2", 7, text=uy_text, at=25, period=year(2024), parties=PY_UY, source="Uruguay's customs")]
    py = [row("p:1", 3.40 * B, text=py_text, at=50, period=year(2024), parties=PY_UY, source="Paraguay's central bank"),
          growth("p:2", 9, text=py_text, at=30, period=year(2024), parties=PY_UY, source="Paraguay's central bank")]
    # the 2023 levels each grows back to (about $3.00 and $3.12 billion), beside the second's own unattributed
    # table row for 2023: two reporters' counts of one year, within their usual asymmetry
    table = row("p:3", 3.12 * B, text="| Total trade | 3,120 | 3,400 |", at=900, period=year(2023), parties=PY_UY)
    r = run(*uy, *py, table)
    assert len([d for d in r.derived if d.period and d.period.start.year == 2023]) == 2
    assert conflicts(r) == []
    # the same two levels grown back by one country's figures: one count, a conflict
    py_as_uy = [row("p:1", 3.40 * B, text=py_text, at=50, period=year(2024), parties=PY_UY, source="Uruguay's customs"),
                growth("p:2", 9, text=py_text, at=30, period=year(2024), parties=PY_UY, source="Uruguay's customs")]
    assert [f.type for f in conflicts(run(*uy, *py_as_uy, table)) if f.period and f.period.start.year == 2023] \
        == ["value_mismatch"]


def test_a_part_of_the_flow_is_not_compared_with_an_unscoped_figure() -> None:
    whole = row("a:1", 185.0 * B, period=year(2024), unit="THB", parties=("LA", "TH"),
                text="Trade between Laos and Thailand reached 185 billion baht in 2024.", at=40)
    crossing = row("b:1", 42.0 * B, period=year(2024), unit="THB", parties=("LA", "TH"),
                   text="Trade through Nong Khai, the busiest land crossing, came to 42 billion baht in 2024.", at=60)
    assert conflicts(run(whole, crossing)) == []
    border = row("b:1", 140.0 * B, period=year(2024), unit="THB", parties=("LA", "TH"),
                 text="Thailand's border trade with Laos came to 140 billion baht in 2024.", at=60)
    assert conflicts(run(whole, border)) == []
    # "over land borders" is border trade: it meets the border figure of another document
    borders = row("c:1", 150.0 * B, period=year(2024), unit="THB", parties=("LA", "TH"),
                  text="Thai trade with Laos over land borders came to 150 billion baht in 2024.", at=60)
    assert [f.type for f in conflicts(run(border, borders))] == ["value_mismatch"]


def test_a_figure_leaving_something_out_is_not_compared_with_an_unscoped_one() -> None:
    part = row("a:1", 2.4 * B, period=year(2024), parties=("UY", "BR"), exporter="UY", importer="BR",
               measure="exports", text="Registered goods exports, which exclude electricity, were $2.4 billion.", at=40)
    whole = row("b:1", 3.2 * B, period=year(2024), parties=("UY", "BR"), exporter="UY", importer="BR",
                measure="exports", text="Uruguay's exports to Brazil reached $3.2 billion in 2024.", at=40)
    assert conflicts(run(part, whole)) == []


def test_trade_with_a_region_of_a_partner_is_a_part_of_the_trade_with_it() -> None:
    region = row("a:1", 3.9 * B, period=year(2024), parties=("NL", "BE"), exporter="NL", importer="BE",
                 measure="exports", text="Exports to Flanders were EUR 3.9 billion in 2024.", at=20)
    whole = row("b:1", 11.3 * B, period=year(2024), parties=("NL", "BE"), exporter="NL", importer="BE",
                measure="exports", text="Dutch exports to Belgium were EUR 11.3 billion in 2024.", at=30)
    assert conflicts(run(region, whole)) == []
    # in one document too: "imports from Flanders" and the country's imports are two measures
    rest = row("a:2", 11.3 * B, period=year(2024), parties=("NL", "BE"), exporter="NL", importer="BE",
               measure="exports", text="Exports to Belgium as a whole were EUR 11.3 billion in 2024.", at=300)
    assert conflicts(run(region, rest)) == []


def test_a_border_that_qualifies_no_trade_leaves_the_figure_comparable() -> None:
    hedged = row("a:1", 5.0 * B, period=year(2025), kind="forecast", parties=("KG", "TJ"),
                 text="An economist said turnover could approach $5 billion in 2025.", at=40)
    zone = row("b:1", 6.0 * B, period=year(2025), kind="forecast", parties=("KG", "TJ"),
               text="Our scenario puts 2025 turnover at $6 billion, helped by the new border industrial zone.", at=40)
    assert [f.type for f in conflicts(run(hedged, zone))] == ["forecast_divergence"]


def test_the_same_amount_for_a_half_year_and_nine_months_is_a_period_mismatch() -> None:
    def months(n: int) -> Period:
        return Period(start=date(2025, 1, 1), end=date(2025, n, 30), as_stated=f"{n} months", resolution="explicit")

    h1 = row("a:1", 10.92 * B, period=months(6), text="Exports reached US$10.92 billion in the first half of 2025.",
             at=30)
    nine = row("b:1", 10.9206 * B, period=months(9), text="Exports were US$10,920.6 million in January-September.",
               at=30)
    (f,) = conflicts(run(h1, nine))
    assert f.type == "period_mismatch" and set(f.claims) == {"a:1", "b:1"}
    other = row("b:1", 14.2 * B, period=months(9), text="Exports were US$14.2 billion in January-September.", at=30)
    assert conflicts(run(h1, other)) == []  # a total that grew as the months added up is no conflict


def test_growth_rates_in_different_terms_are_no_conflict() -> None:
    usd = row("a:1", 5.8, unit="percent", measure="trade_growth", period=year(2025),
              text="Trade between Brazil and Argentina grew 5.8% to $42 billion in 2025.", at=42)
    ars = row("b:1", 6.4, unit="percent", measure="trade_growth", period=year(2025),
              text="In peso terms, trade between Brazil and Argentina grew 6.4% in 2025.", at=60)
    assert conflicts(run(usd, ars)) == []
    other = row("b:1", 6.4, unit="percent", measure="trade_growth", period=year(2025),
                text="Trade between Brazil and Argentina grew 6.4% in 2025, a report said.", at=42)
    assert [f.type for f in conflicts(run(usd, other))] == ["value_mismatch"]


def test_mirror_statistics_in_two_fiscal_calendars_are_no_period_mismatch() -> None:
    india_fy = Period(start=date(2024, 4, 1), end=date(2025, 3, 31), as_stated="FY25", resolution="explicit")
    bd_fy = Period(start=date(2024, 7, 1), end=date(2025, 6, 30), as_stated="FY25", resolution="explicit")
    imp = row("a:1", 2.0 * B, measure="imports", exporter="BD", importer="IN", parties=("BD", "IN"),
              period=india_fy, text="India's imports from Bangladesh were $2 billion in FY25.", at=40)
    exp = row("b:1", 2.0 * B, measure="exports", exporter="BD", importer="IN", parties=("BD", "IN"),
              period=bd_fy, text="Bangladesh's exports to India were $2.0 billion in FY25.", at=40)
    assert [f.type for f in conflicts(run(imp, exp))] == []
    same = row("b:1", 2.0 * B, measure="imports", exporter="BD", importer="IN", parties=("BD", "IN"),
               period=bd_fy, text="India's imports from Bangladesh were $2.0 billion in FY25.", at=40)
    assert [f.type for f in conflicts(run(imp, same))] == ["period_mismatch"]


def test_a_forecast_is_no_mislabel_of_the_next_years_forecast() -> None:
    above = row("a:1", 7.5 * B, kind="forecast", period=year(2025), bound="at_least",
                text="We expect trade between Brazil and Argentina to exceed $7.5 billion this year.", at=30)
    above[5], above[6] = 7.5 * B, math.inf  # "more than": no upper end
    later = row("b:1", 8.0 * B, kind="forecast", period=year(2026), bound="approx",
                text="Our baseline sees Brazil-Argentina trade reaching about $8 billion in 2026.", at=30)
    later[5], later[6] = 7.26 * B, 8.74 * B  # "about": half a rounding step and 3 % either side
    assert conflicts(run(above, later)) == []
    # nor with a bounded figure: two outlooks that agree across years are no mislabel (only counts are)
    point = row("a:1", 8.0 * B, kind="forecast", period=year(2025),
                text="We expect trade between Brazil and Argentina to reach $8 billion this year.", at=30)
    assert conflicts(run(point, later)) == []


def test_national_and_total_exports_are_two_measures() -> None:
    def exports(cid: str, value: float, text: str) -> list[Any]:
        r = row(cid, value, measure="exports", unit="EUR", exporter="BR", importer="AR", period=year(2025),
                text=text, at=30)
        r[5], r[6] = value - 0.05e6, value + 0.05e6  # stated to a tenth of a million
        return r

    national = exports("a:1", 921.6e6, "Brazil's national exports to Argentina reached EUR 921.6 million in 2025.")
    total = exports("b:1", 985.9e6, "Total exports to Argentina, including re-exports, were EUR 985.9 million.")
    assert conflicts(run(national, total)) == []
    other = exports("b:1", 946.0e6, "Brazil's national exports to Argentina reached EUR 946.0 million in 2025.")
    assert [f.type for f in conflicts(run(national, other))] == ["value_mismatch"]


def test_a_figure_including_another_flow_is_apart_from_a_goods_figure() -> None:
    with_power = row("a:1", 2.71 * B, measure="exports", exporter="PY", importer="BR", parties=("BR", "PY"),
                     period=year(2024), at=90,
                     text="Including the electricity Paraguay sells to Brazil, shipments totalled $2.71 billion in 2024.")
    goods = row("b:1", 1.66 * B, measure="exports", exporter="PY", importer="BR", parties=("BR", "PY"),
                period=year(2024), at=40, text="Paraguay's registered exports of goods to Brazil reached $1.66 billion in 2024.")
    assert conflicts(run(with_power, goods)) == []


def test_a_part_period_figure_bounds_no_mirror_statistic_of_the_full_year() -> None:
    def months(n: int) -> Period:
        return Period(start=date(2024, 1, 1), end=date(2024, n, 30), as_stated=f"{n} months", resolution="explicit")

    part = row("a:1", 2.71 * B, measure="exports", exporter="PY", importer="BR", parties=("BR", "PY"),
               period=months(11), at=40, text="Paraguay's exports to Brazil totalled $2.71 billion in January-November.")
    mirror = row("b:1", 1.73 * B, measure="imports", exporter="PY", importer="BR", parties=("BR", "PY"),
                 period=year(2024), at=30, text="Brazil's imports from Paraguay rose 7.4% to $1.73 billion in 2024.")
    assert conflicts(run(part, mirror)) == []
    same = row("b:1", 1.73 * B, measure="exports", exporter="PY", importer="BR", parties=("BR", "PY"),
               period=year(2024), at=30, text="Paraguay's exports to Brazil rose 7.4% to $1.73 billion in 2024.")
    assert [f.type for f in conflicts(run(part, same))] == ["value_mismatch"]  # one statistic: the bound holds


def test_one_document_giving_each_countrys_own_count_reports_the_gap() -> None:
    """A document that sets the two sides' statistics of one trade side by side explains their gap itself, however
    wide; the same two figures from two documents are still compared with reporter_tolerance."""
    at = 40
    ar = row("a:1", 20.5 * B, period=year(2024), source="Argentina's customs",
             text="Argentina's customs put trade with Brazil at $20.5 billion in 2024.", at=at)
    br = row("a:2", 90.0 * B, period=year(2024), source="Brazilian customs figures",
             text="Brazilian customs figures put the trade at $90 billion in 2024.", at=at)
    assert conflicts(run(ar, br)) == []
    other = row("b:1", 90.0 * B, period=year(2024), source="Brazilian customs figures",
                text="Brazilian customs figures put the trade at $90 billion in 2024.", at=at)
    assert [f.type for f in conflicts(run(ar, other))] == ["value_mismatch"]


def test_re_exports_are_a_series_of_their_own() -> None:
    """Re-exports (goods passing through) are no figure of a country's exports of its own goods."""
    own = row("a:1", 6.1 * B, period=year(2024), measure="exports", exporter="BR", importer="AR",
              text="Brazil's exports to Argentina reached $6.1 billion in 2024.", at=48)
    re_ = row("b:1", 9.4 * B, period=year(2024), measure="exports", exporter="BR", importer="AR",
              text="Re-exports to Argentina were worth $9.4 billion in 2024.", at=35)
    assert conflicts(run(own, re_)) == []


def test_a_figure_its_writer_calls_not_comparable_is_no_period_mismatch() -> None:
    fy = Period(start=date(2023, 4, 1), end=date(2024, 3, 31), as_stated="2023-24", resolution="explicit")
    fiscal = row("a:1", 12.3 * B, parties=("IN", "KZ"), period=fy,
                 text="India's trade with Kazakhstan was USD 12.3 billion in 2023-24.", at=40)
    warned = row("b:1", 12.0 * B, bound="approx", parties=("IN", "KZ"), period=year(2024),
                 text="Kazakh statements put turnover at about USD 12 billion for calendar 2024, a figure not "
                      "directly comparable with India's fiscal-year data.", at=50)
    assert conflicts(run(fiscal, warned), "period_mismatch") == []
    plain = row("b:1", 12.0 * B, bound="approx", parties=("IN", "KZ"), period=year(2024),
                text="Kazakh statements put turnover at about USD 12 billion for calendar 2024.", at=50)
    assert [f.type for f in conflicts(run(fiscal, plain))] == ["period_mismatch"]


def test_growth_expressed_in_a_currency_code_derives_only_from_that_currency() -> None:
    text = ("Exports to Hungary amounted to CZK 310 billion (EUR 12.4 billion) in 2024, i.e. 2.2% less than in 2023 "
            "when expressed in CZK, but 0.8% more when expressed in EUR.")  # fmt: skip
    parties = ("CZ", "HU")
    r = run(
        row("a:1", 310 * B, unit="CZK", text=text, at=31, period=year(2024), parties=parties, measure="exports"),
        row("a:2", 12.4 * B, unit="EUR", text=text, at=48, period=year(2024), parties=parties, measure="exports"),
        growth("a:3", -2.2, text=text, at=80, period=year(2024), parties=parties, figure="2.2%",
               measure="export_growth"),
        growth("a:4", 0.8, text=text, at=130, period=year(2024), parties=parties, figure="0.8%",
               measure="export_growth"),
    )  # fmt: skip
    assert sorted((d.unit, d.derived_from) for d in r.derived) == [("CZK", ("a:1", "a:3")), ("EUR", ("a:2", "a:4"))]
    assert conflicts(r) == []


def test_goods_and_services_together_are_compared_with_unscoped_trade_but_not_with_goods_alone() -> None:
    both = row("a:1", 40.2 * B, period=year(2024),
               text="Two-way trade in goods and services was worth $40.2 billion in 2024.", at=49)
    unsaid = row("b:1", 36.0 * B, period=year(2024), text="Two-way trade reached $36 billion in 2024.", at=22)
    goods = row("c:1", 36.0 * B, period=year(2024),
                text="Merchandise trade between the two reached $36 billion in 2024.", at=42)
    assert [f.type for f in conflicts(run(both, unsaid))] == ["value_mismatch"]
    assert conflicts(run(both, goods)) == []


def test_a_table_row_is_of_the_scope_its_caption_states_when_the_row_states_none() -> None:
    """A row labelled "Total trade" under a caption "Goods trade with ..." is goods trade: not compared with a
    goods-and-services figure (a bare "Total trade" row is, as a total); a row under "Border trade ..." is a part
    of the flow, compared with no headline figure. A row that states its own scope keeps it."""
    gs = "Goods and services traded between the pair were worth $38 billion in 2024."
    both = row("a:1", 38.0 * B, period=year(2024), text=gs, at=gs.find("$"))
    unsaid = row("a:2", 38.0 * B, period=year(2024), text="Two-way trade reached $38 billion in 2024.", at=22)
    line = "| Total trade | 33,410 | 36,120 | 8.1 |"

    def cell(caption: str | None, text: str = line, cid: str = "b:1") -> list[Any]:
        return row(cid, 36.12 * B, period=year(2024), text=text, at=26, figure="36,120", context=caption)

    goods = "Table 4: Goods trade with Argentina, 2023 and 2024 (US$ million)"
    assert [f.type for f in conflicts(run(both, cell(None)))] == ["value_mismatch"]
    assert conflicts(run(both, cell(goods))) == []
    assert [f.type for f in conflicts(run(unsaid, cell(goods)))] == ["value_mismatch"]
    assert conflicts(run(unsaid, cell("Border trade with Argentina by crossing, 2024 (US$ million)"))) == []
    # a caption naming a total as well scopes no row alone
    assert [f.type for f in conflicts(run(both, cell("Goods exports and total trade with Argentina (US$ million)")))] \
        == ["value_mismatch"]
    services = "| Services exports | 33,410 | 36,120 | 8.1 |"
    assert conflicts(run(unsaid, cell(goods, services))) == []  # the row's own scope: services
    # in the table's own document, a goods figure of the prose and the row "Total trade" stay two measures
    prose = row("b:2", 33.0 * B, period=year(2024), text="Goods trade with Argentina was $33 billion in 2024.", at=31)
    assert conflicts(run(prose, cell(goods))) == []
    assert [f.type for f in conflicts(run(prose, cell(goods, cid="c:1")))] == ["value_mismatch"]  # another's table
    headline = row("b:2", 38.0 * B, period=year(2024), text="Two-way trade reached $38 billion in 2024.", at=22)
    assert conflicts(run(headline, cell("Border trade with Argentina, 2024 (US$ million)"))) == []


def test_measured_in_real_terms_is_a_basis_without_money() -> None:
    from kg.reconcile import _TERMS

    m = _TERMS.search("Exports to Poland grew 4.1% when measured in real terms.")
    assert m is not None and "terms" not in (m.group(1) or m.group(2))


def test_growth_rates_of_levels_in_different_currencies_are_no_conflict() -> None:
    """Each rate's sentence states the level it grew to, one in dollars, one in pesos: growth in two currencies
    (the exchange rate moved between them), not two values of one rate; the same currency still conflicts."""
    parties = ("CL", "PE")
    usd_text = "Trade between Peru and Chile rose 3.2% to US$9.6 billion in 2024, the Peruvian ministry said."
    clp_text = "Chile's trade with Peru grew 6.9% to CLP 8,900 billion in 2024, customs data show."
    usd_text2 = "Chile's trade with Peru grew 6.9% to US$10.1 billion in 2024, customs data show."
    usd = [growth("a:1", 3.2, text=usd_text, at=34, period=year(2024), parties=parties, figure="3.2%"),
           row("a:2", 9.6 * B, text=usd_text, at=42, period=year(2024), parties=parties)]
    clp = [growth("b:1", 6.9, text=clp_text, at=34, period=year(2024), parties=parties, figure="6.9%"),
           row("b:2", 8900 * B, unit="CLP", text=clp_text, at=42, period=year(2024), parties=parties)]
    usd2 = [growth("c:1", 6.9, text=usd_text2, at=34, period=year(2024), parties=parties, figure="6.9%"),
            row("c:2", 10.1 * B, text=usd_text2, at=42, period=year(2024), parties=parties)]
    rates = {"a:1", "b:1", "c:1"}
    assert [f for f in conflicts(run(*usd, *clp)) if rates & set(f.claims)] == []
    assert [f.claims for f in conflicts(run(*usd, *usd2)) if f.measure == "trade_growth"] == [("a:1", "c:1")]


def test_an_institutions_own_release_reports_its_countrys_statistics() -> None:
    """A figure without a cited source in a document a statistics office or ministry issued is that
    country's count: against the partner's customs figure a few percent apart, two reporters, no conflict. A
    newspaper's unsourced figure names no reporter and still conflicts."""
    parties = ("LT", "LV")
    own = row("a:1", 4.0 * B, unit="EUR", parties=parties, period=year(2024), outlet="Central Statistical Bureau of Latvia",
              text="Latvia's trade with Lithuania amounted to EUR 4.0 billion in 2024.", at=45)
    other = row("b:1", 4.3 * B, unit="EUR", parties=parties, period=year(2024), source="Lithuanian customs data",
                text="Lithuanian customs data put trade with Latvia at EUR 4.3 billion in 2024.", at=50)
    assert conflicts(run(own, other)) == []
    paper = row("a:1", 4.0 * B, unit="EUR", parties=parties, period=year(2024), outlet="The Riga Herald",
                text="Latvia's trade with Lithuania amounted to EUR 4.0 billion in 2024.", at=45)
    assert [f.type for f in conflicts(run(paper, other))] == ["value_mismatch"]


def test_a_republished_copy_is_linked_as_one_source() -> None:
    """A news site republishing a wire story agrees with it figure for figure: the figures are linked (one
    fact), as one independent source (severity 0); a third, own story makes two sources."""
    text = "Tanzania's exports to Kenya rose to $1.3 billion in 2024, the central bank said on Monday."
    wire = row("a:1", 1.3 * B, text=text, at=40, period=year(2024), parties=("KE", "TZ"), measure="exports",
               exporter="TZ", importer="KE")
    copy = row("b:1", 1.3 * B, text=text, at=40, period=year(2024), parties=("KE", "TZ"), measure="exports",
               exporter="TZ", importer="KE")
    (f,) = run(wire, copy).findings
    assert (f.type, f.severity, set(f.claims)) == ("corroboration", 0, {"a:1", "b:1"})
    assert "(1 independent source; 2 documents)" in f.explanation
    own = row("c:1", 1.3 * B, text="Kenyan customs put imports from Tanzania at $1.3 billion last year.", at=50,
              period=year(2024), parties=("KE", "TZ"), measure="exports", exporter="TZ", importer="KE")
    (g,) = run(wire, copy, own).findings
    assert g.severity > 0 and "(2 independent sources; 3 documents)" in g.explanation


# ----------------------------------------------------------------------------------------------- one good's flow


def test_a_goods_flow_is_compared_with_the_same_goods_flow_in_another_document() -> None:
    a = row("a:1", 0.4 * B, text="Laos expects electricity exports to Vietnam to reach $400 million in 2026.", at=45,
            measure="exports", kind="forecast", period=year(2026), parties=("LA", "VN"), figure="$400 million")
    b = row("b:1", 0.25 * B, text="An analyst put electricity export revenue from Vietnam at about $250 million in "
            "2026.", at=45, measure="exports", kind="forecast", period=year(2026), parties=("LA", "VN"),
            figure="$250 million")  # fmt: skip
    (f,) = conflicts(run(a, b))
    assert f.type == "forecast_divergence" and set(f.claims) == {"a:1", "b:1"}
    assert "electricity exports" in f.explanation


def test_a_goods_flow_meets_neither_the_whole_flow_nor_another_goods() -> None:
    good = row("a:1", 0.4 * B, text="Laos said electricity exports to Vietnam reached $400 million in 2025.", at=45,
               measure="exports", period=year(2025), parties=("LA", "VN"), figure="$400 million")
    total = row("b:1", 2.5 * B, text="Laos' exports to Vietnam reached $2.5 billion in 2025.", at=45,
                measure="exports", period=year(2025), parties=("LA", "VN"), figure="$2.5 billion")
    other = row("c:1", 0.9 * B, text="Exports of rubber to Vietnam were worth $900 million in 2025.", at=45,
                measure="exports", period=year(2025), parties=("LA", "VN"), figure="$900 million")
    assert conflicts(run(good, total, other)) == []
    assert [f for f in run(good, total, other).findings if f.type == "corroboration"] == []


def test_a_figure_whose_nearest_flow_noun_names_no_good_is_the_whole_flows() -> None:
    total = row("a:1", 2.5 * B, text="Rubber exports rose, and total exports to Vietnam reached $2.5 billion in 2025.",
                at=45, measure="exports", period=year(2025), parties=("LA", "VN"), figure="$2.5 billion")
    other = row("b:1", 2.9 * B, text="Laos' exports to Vietnam reached $2.9 billion in 2025.", at=45,
                measure="exports", period=year(2025), parties=("LA", "VN"), figure="$2.9 billion")
    (f,) = conflicts(run(total, other))
    assert f.type == "value_mismatch"


def test_two_names_of_one_good_are_one_goods_flow() -> None:
    a = row("a:1", 0.8 * B, text="Analysts expect gas exports to Argentina of about $800 million in 2026.", at=45,
            measure="exports", kind="forecast", period=year(2026), parties=("PE", "AR"), figure="$800 million")
    b = row("b:1", 0.5 * B, text="We expect Peru's natural gas exports to Argentina to total $500 million in 2026.",
            at=45, measure="exports", kind="forecast", period=year(2026), parties=("PE", "AR"), figure="$500 million")
    (f,) = conflicts(run(a, b))
    assert f.type == "forecast_divergence"


def test_growth_in_dollar_terms_is_apart_from_growth_in_the_local_currency() -> None:
    """"In dollar terms trade fell by about 6%" against "more than doubled in cedi terms" and "rose 105% to 4.1
    trillion cedi": a rate's basis is its stated one, else its level's currency, so the two sides are in
    different terms (a bare "dollar" basis is the US dollar's, reconcile.yaml basis_currencies): no conflict."""
    def rate(cid: str, value: float, text: str, fig: str, **kw: Any) -> list[Any]:
        return row(cid, value, text=text, at=text.find(fig), figure=fig, period=year(2024), parties=("GH", "TG"),
                   **{"unit": "percent", "measure": "trade_growth", **kw})
    t1 = "Trade between Ghana and Togo rose 105% year-on-year to 4.1 trillion cedi last year, official data showed."
    doubled = rate("a:1", 100.0, "Trade between Ghana and Togo more than doubled in cedi terms in 2024.", "doubled",
                   bound="at_least")
    rose = rate("a:2", 105.0, t1, "105%")
    level = rate("a:3", 4.1e12, t1, "4.1 trillion", unit="GHS", measure="trade_turnover")
    usd = rate("b:1", -6.0, "The numbers look strong in cedi, but in dollar terms trade actually fell by about 6%.",
               "about 6%", bound="approx")
    assert conflicts(run(doubled, rose, level, usd)) == []
    plain = rate("b:1", 6.0, "Trade between Ghana and Togo grew 6% in 2024, a report said.", "6%")
    assert [f.type for f in conflicts(run(doubled, rose, level, plain))] == ["value_mismatch"]  # no basis: compared


def test_a_sentence_about_a_regions_trade_makes_each_of_its_flows_a_part() -> None:
    """"Exports to Northern Ireland were EUR 4.0 billion, while imports from NI rose 5.6% to EUR 3.4 billion": the
    imports are the region's too, a part of the UK's (reconcile.yaml part_regions), no conflict with all of it."""
    text = ("Exports to Northern Ireland were EUR 4.0 billion in 2025, while imports from NI rose 5.6% to "
            "EUR 3.4 billion.")
    ni = row("a:1", 3.4 * B, unit="EUR", measure="imports", parties=("GB", "IE"), exporter="GB", importer="IE",
             period=year(2025), text=text, at=text.find("EUR 3.4"), figure="EUR 3.4 billion")
    uk = row("b:1", 15.9 * B, unit="EUR", measure="imports", parties=("GB", "IE"), exporter="GB", importer="IE",
             period=year(2025), text="Imports from the UK were EUR 15.9 billion in 2025.", at=25,
             figure="EUR 15.9 billion")
    assert conflicts(run(ni, uk)) == []


def test_an_estimate_of_unrecorded_trade_is_not_compared_with_the_recorded_total() -> None:
    recorded = row("a:1", 6.8 * B, period=year(2024), parties=("BJ", "NG"),
                   text="Trade between Benin and Nigeria reached $6.8 billion in 2024.", at=40)
    unrecorded = row("b:1", 2.0 * B, period=year(2024), parties=("BJ", "NG"), kind="estimate",
                     text="We estimate that unrecorded petrol and rice trade adds about $2 billion a year.", at=60)
    assert conflicts(run(recorded, unrecorded)) == []


def test_domestic_exports_are_a_part_of_exports_and_a_sum_of_parts_is_the_whole() -> None:
    """Domestic exports leave re-exports out: they meet no unscoped export figure; "Total exports (domestic exports
    plus re-exports)" is the whole, not a part; a value derived from a rate is of its stated value's scope, not of
    every qualifier its sentence names."""
    kw: dict[str, Any] = {"parties": ("SB", "NZ"), "exporter": "SB", "importer": "NZ"}
    lead = ("Domestic exports to New Zealand rose 8.0 percent to $21.6 billion, while re-exports to New Zealand "
            "fell 4.0 percent to $5.2 billion.")
    domestic = row("a:1", 21.6 * B, text=lead, at=60, period=year(2024), measure="exports", figure="$21.6 billion",
                   **kw)
    unscoped = row("b:1", 26.8 * B, text="Exports to New Zealand were $26.8 billion in 2024, up 5.0 percent.",
                   at=30, period=year(2024), measure="exports", figure="$26.8 billion", **kw)
    assert conflicts(run(domestic, unscoped)) == []
    total = row("c:1", 26.8 * B, text="Total exports (domestic exports plus re-exports) to New Zealand amounted "
                "to $26.8 billion.", at=90, period=year(2024), measure="exports", figure="$26.8 billion", **kw)
    other = row("d:1", 29.9 * B, text="Exports to New Zealand were $29.9 billion in 2024.", at=30, period=year(2024),
                measure="exports", figure="$29.9 billion", **kw)
    assert [f.type for f in conflicts(run(total, other))] == ["value_mismatch"]
    # the rates' derived 2023 values: domestic exports (~20.0bn) and total exports (~25.5bn) of one document
    dom_rate = growth("a:2", 8.0, text=lead, at=40, period=year(2024), measure="export_growth",
                      figure="8.0 percent", **kw)
    tot = row("a:3", 26.8 * B, text="Exports to New Zealand were $26.8 billion in 2024, up 5.0 percent.", at=230,
              period=year(2024), measure="exports", figure="$26.8 billion", **kw)
    tot_rate = growth("a:4", 5.0, text="Exports to New Zealand were $26.8 billion in 2024, up 5.0 percent.", at=260,
                      period=year(2024), measure="export_growth", figure="5.0 percent", **kw)
    r = run(domestic, dom_rate, tot, tot_rate, unscoped)
    assert len(r.derived) >= 2
    assert conflicts(r) == []
    # with the 2023 domestic figure stated too (a table row), the derived one keeps its stated value's scope
    table = row("a:5", 20.0 * B, text="| Domestic exports to New Zealand | 20.0 | 21.6 |", at=400, period=year(2023),
                measure="exports", figure="20.0", **kw)
    tot_unscoped = growth("b:2", 5.0, text="Exports to New Zealand were $26.8 billion in 2024, up 5.0 percent.",
                          at=60, period=year(2024), measure="export_growth", figure="5.0 percent", **kw)
    total_rate = growth("c:2", 5.0, text="Total exports (domestic exports plus re-exports) to New Zealand amounted "
                        "to $26.8 billion, up 5.0 percent.", at=110, period=year(2024), measure="export_growth",
                        figure="5.0 percent", **kw)
    assert conflicts(run(domestic, dom_rate, table, total, total_rate, unscoped, tot_unscoped)) == []


def test_a_sentence_opening_with_count_both_is_goods_and_services() -> None:
    kw: dict[str, Any] = {"period": year(2024), "measure": "trade_surplus", "unit": "EUR", "parties": ("FR", "GB")}
    goods = row("a:1", 31.0 * B, text="France's goods surplus with Britain came to EUR 31 billion in 2024.", at=45,
                figure="EUR 31 billion", **kw)
    both = row("b:1", 19.0 * B, text="Counting both, the imbalance is closer to EUR 19 billion.", at=40,
               figure="EUR 19 billion", **kw)
    assert conflicts(run(goods, both)) == []
    goods_too = row("c:1", 26.0 * B, text="The goods surplus with Britain was EUR 26 billion in 2024.", at=35,
                    figure="EUR 26 billion", **kw)
    assert [f.type for f in conflicts(run(goods, goods_too))] == ["value_mismatch"]


# ------------------------------------------------------------------------------ heldout50: pegs, scenarios


def test_targets_in_two_currencies_pegged_at_par_are_compared() -> None:
    lesotho = row("a:1", 12 * B, unit="LSL", kind="target", period=year(2030), parties=("LS", "ZA"),
                  text="Maseru wants two-way trade with South Africa to reach M12 billion by 2030.", at=50)
    pretoria = row("b:1", 15 * B, unit="ZAR", kind="target", period=year(2030), parties=("LS", "ZA"),
                   text="Pretoria aims for R15 billion of trade with Lesotho by 2030.", at=30)
    (f,) = conflicts(run(lesotho, pretoria))
    assert f.type == "target_mismatch"
    other = row("c:1", 15 * B, unit="USD", kind="target", period=year(2030), parties=("LS", "ZA"),
                text="Pretoria aims for $15 billion of trade with Lesotho by 2030.", at=30)
    assert conflicts(run(lesotho, other)) == []


def test_a_scenario_set_beside_the_baseline_in_one_sentence_is_no_divergence() -> None:
    both = "We see Danish exports to Sweden falling 1% in 2026; in a downside case the fall would reach 4%."
    again = "Our baseline is for Danish exports to Sweden to fall by 1% in 2026."
    kw: dict[str, Any] = {"measure": "export_growth", "exporter": "DK", "importer": "SE", "parties": ("DK", "SE"),
                          "period": year(2026), "kind": "forecast"}
    rows = (growth("a:1", -1, text=both, at=40, **kw), growth("a:2", -4, text=both, at=90, **kw),
            growth("a:3", -1, text=again, at=300, **kw))
    assert conflicts(run(*rows)) == []
    other = growth("b:1", -4, text="Analysts see Danish exports to Sweden falling 4% in 2026.", at=40, **kw)
    assert len(conflicts(run(rows[0], rows[2], other))) == 1


def test_a_statistics_office_named_in_its_own_language_reports_its_countrys_statistics() -> None:
    # "Instituto Nacional de Estadística" is a statistics office as "Statistics Uruguay" would be: its release's
    # unattributed two-way trade is Uruguay's count, beside Brazil's customs count of the same trade
    uy = row("a:1", 4.1 * B, period=year(2024), parties=("BR", "UY"), text="Bilateral trade with Brazil reached "
             "US$4,100 million.", at=10, outlet="Instituto Nacional de Estadística, República Oriental del Uruguay")
    br = row("b:1", 4.35 * B, period=year(2024), parties=("BR", "UY"), source="Brazilian customs data",
             text="Brazilian customs data showed two-way trade with Uruguay at $4.35 billion.", at=40)
    assert not conflicts(run(uy, br), "value_mismatch")


def test_a_figure_derived_from_one_reporters_statistics_is_that_reporters() -> None:
    # each side's 2024 level derived from its own 2025 level and growth rate: Uruguay's count against Brazil's
    # customs count of the same trade, apart as the two reporters' figures are
    outlet = "National Statistics Office of Uruguay"
    uy = [row("a:1", 4.1 * B, period=year(2025), parties=("BR", "UY"), outlet=outlet, at=10,
              text="Bilateral trade with Brazil reached US$4,100 million, up 10.0% year-on-year."),
          growth("a:2", 10.0, period=year(2025), parties=("BR", "UY"), outlet=outlet, at=60,
                 text="Bilateral trade with Brazil reached US$4,100 million, up 10.0% year-on-year.")]
    br = [row("b:1", 4.35 * B, period=year(2025), parties=("BR", "UY"), source="Brazilian customs data", at=40,
              text="Brazilian customs data showed two-way trade with Uruguay at $4.35 billion, up 5.0%."),
          growth("b:2", 5.0, period=year(2025), parties=("BR", "UY"), source="Brazilian customs data", at=80,
                 text="Brazilian customs data showed two-way trade with Uruguay at $4.35 billion, up 5.0%.")]
    assert not conflicts(run(*uy, *br), "value_mismatch")


def test_a_figure_derived_from_one_reporters_figures_is_that_reporters_count() -> None:
    # Brazil's customs: trade in 2024 and its growth, so 2023's level derived from them is Brazil's count too,
    # and Argentina's own 2023 figure within the reporters' tolerance of it is no conflict
    text = "Brazilian customs data showed trade with Argentina reached $24 billion in 2024, up 20% on 2023."
    level = row("b:1", 24.0 * B, period=year(2024), source="Brazilian customs data", text=text, at=55)
    rate = growth("b:2", 20.0, period=year(2024), source="Brazilian customs data", text=text, at=80)
    ar = row("a:1", 18.0 * B, period=year(2023), source="Argentina's customs",
             text="Argentina's customs put trade with Brazil at $18 billion in 2023.", at=40)
    assert [f.type for f in conflicts(run(level, rate, ar))] == []
    # the same derived level against Brazil's own figure for 2023 is one reporter's two counts: a conflict
    own = row("a:1", 18.0 * B, period=year(2023), source="Brazil's statistics office",
              text="Brazil's statistics office put trade with Argentina at $18 billion in 2023.", at=55)
    assert [f.type for f in conflicts(run(level, rate, own))] == ["value_mismatch"]


def test_chinas_customs_administration_named_alone_is_chinas_count() -> None:
    cn = row("a:1", 9.2 * B, period=year(2024), source="General Administration of Customs (GACC)",
             parties=("CN", "KE"), text="Trade with Kenya reached $9.2 billion in 2024, according to the GACC.", at=27)
    ke = row("b:1", 7.9 * B, period=year(2024), source="Kenya's statistics bureau", parties=("CN", "KE"),
             text="Kenya's statistics bureau put trade with China at $7.9 billion in 2024.", at=50)
    assert conflicts(run(cn, ke)) == []


def test_two_reporters_balances_have_their_own_tolerance() -> None:
    """Two countries' own statistics of one balance differ by any fraction by default (a small difference of two
    large flows: reporter_balance_tolerance .inf); a finite setting makes a wide gap a conflict again."""
    ar = row("a:1", 1.2 * B, period=year(2024), measure="trade_deficit", source="Argentina's customs",
             text="Argentina's customs put the deficit with Brazil at $1.2 billion in 2024.", at=52)
    br = row("b:1", 4.8 * B, period=year(2024), measure="trade_deficit", source="Brazilian customs figures",
             text="Brazilian customs figures put the deficit at $4.8 billion in 2024.", at=46)
    assert conflicts(run(ar, br)) == []
    strict = load_settings().model_copy(update={"reporter_balance_tolerance": 0.25})
    assert [f.type for f in reconcile_rows([ar, br], strict).findings if f.is_conflict] == ["value_mismatch"]


def test_sectors_named_after_a_by_gerund_are_how_a_target_is_reached_not_its_scope() -> None:
    # ", by developing the ... digital services sectors" names the means; the figure's clause ends before it
    means = row("a:1", 5 * B, period=year(2030), kind="target", at=40, figure="EUR 5 billion",
                text="The ministers set out to lift two-way trade to EUR 5 billion by 2030, against about EUR 3.6 "
                     "billion in 2024, by developing the automotive, textile and digital services sectors.")
    other = row("b:1", 6 * B, period=year(2030), kind="target", at=22, figure="EUR 6 billion",
                text="The summit's goal - EUR 6 billion in two-way trade by 2030 - still holds.")
    assert [f.type for f in conflicts(run(means, other))] == ["target_mismatch"]
    # a services scope in the figure's own clause still keeps it apart
    scoped = row("a:1", 5 * B, period=year(2030), kind="target", at=40, figure="EUR 5 billion",
                 text="The ministers set out to lift two-way trade in services to EUR 5 billion by 2030.")
    assert conflicts(run(scoped, other)) == []


def test_a_share_in_a_fiscal_and_a_calendar_year_is_no_period_mismatch() -> None:
    # shares move slowly: the same share for calendar 2024 and for fiscal 2024 is two true figures; a level that
    # is the same in both is still flagged as one figure put in two periods
    fy = Period(start=date(2024, 4, 1), end=date(2025, 3, 31), as_stated="fiscal 2024", resolution="explicit")
    kw: dict[str, Any] = {"parties": ("CN", "JP"), "exporter": "JP", "importer": "CN"}
    cal = row("a:1", 17.6, unit="percent", measure="export_share", period=year(2024), at=30,
              text="China's share of Japan's exports fell to 17.6% in 2024.", **kw)
    fis = row("b:1", 17.5, unit="percent", measure="export_share", period=fy, at=40,
              text="China took 17.5% of Japan's total exports in fiscal 2024.", **kw)
    assert conflicts(run(cal, fis), "period_mismatch") == []
    cal_level = row("a:2", 18.9 * B, measure="exports", period=year(2024), at=30,
                    text="Japan's exports to China were $18.9 billion in 2024.", **kw)
    fis_level = row("b:2", 18.9 * B, measure="exports", period=fy, at=30,
                    text="Japan's exports to China were $18.9 billion in fiscal 2024.", **kw)
    assert [f.type for f in conflicts(run(cal_level, fis_level))] == ["period_mismatch"]


def test_a_clause_after_comma_as_names_no_scope_of_the_figure_before_it() -> None:
    # ", as timber and salt moved over the border" says why; its "border" is no border-trade scope of the figure
    why = row("a:1", 2.6 * B, period=year(2024), at=33, figure="$2.6 billion",
              text="Trade between Togo and Ghana hit $2.6 billion in 2024, as fuel and cement flowed across the border.")
    other = row("b:1", 2.9 * B, period=year(2024), at=45, figure="$2.9 billion",
                text="Official data put Togo-Ghana trade in 2024 at $2.9 billion.")
    assert [f.type for f in conflicts(run(why, other))] == ["value_mismatch"]
    # border trade named in the figure's own clause keeps it apart
    border = row("a:1", 2.6 * B, period=year(2024), at=39, figure="$2.6 billion",
                 text="Border trade between Togo and Ghana hit $2.6 billion in 2024.")
    assert conflicts(run(border, other)) == []


def test_a_growth_rate_is_no_ratio_of_two_countries_counts() -> None:
    # Argentina's customs: $8.0bn -> $8.9bn (11 %); Brazil's: $8.5bn -> $9.4bn (11 %). A 16 % rise fits only
    # Brazil's 2023 figure over Argentina's 2022 one, which is no rate of either count: it does not fit.
    ar = {"source": "Argentina's customs"}
    br = {"source": "Brazil's customs"}
    rate = growth("g:1", 16, period=year(2023), at=40,
                  text="Trade between Brazil and Argentina grew 16% in 2023, a think tank said.")
    rows = [row("a:1", 8.0 * B, period=year(2022), at=10, text="Argentina's customs: trade of $8.0 billion in 2022.", **ar),
            row("a:2", 8.9 * B, period=year(2023), at=10, text="Argentina's customs: trade of $8.9 billion in 2023.", **ar),
            row("b:1", 8.5 * B, period=year(2022), at=10, text="Brazil's customs: trade of $8.5 billion in 2022.", **br),
            row("b:2", 9.3 * B, period=year(2023), at=10, text="Brazil's customs: trade of $9.3 billion in 2023.", **br)]
    assert "growth_inconsistency" in [f.type for f in conflicts(run(rate, *rows))]
    # a 11 % rise fits each country's own count
    fits = growth("g:1", 11, period=year(2023), at=40,
                  text="Trade between Brazil and Argentina grew 11% in 2023, a think tank said.")
    assert "growth_inconsistency" not in [f.type for f in conflicts(run(fits, *rows))]


def test_an_open_bound_does_not_excuse_a_rate_the_stated_values_contradict() -> None:
    # $8.0bn -> $8.9bn is 11 %; "more than $8.5 billion" in 2023 would fit 16 % too, but the stated values decide
    rate = growth("g:1", 16, period=year(2023), at=40,
                  text="Trade between Brazil and Argentina grew 16% in 2023, a think tank said.")
    rows = [row("a:1", 8.0 * B, period=year(2022), at=10, text="Trade was $8.0 billion in 2022."),
            row("a:2", 8.9 * B, period=year(2023), at=10, text="Trade was $8.9 billion in 2023.")]
    more = row("b:1", 8.5 * B, period=year(2023), at=30, text="Trade in 2023 came to more than $8.5 billion.")
    more[4], more[6] = "at_least", math.inf  # bound, high (Claim.ROW_FIELDS)
    assert "growth_inconsistency" in [f.type for f in conflicts(run(rate, *rows, more))]


def test_comma_as_and_a_participle_keeps_the_scope_it_states() -> None:
    # ", as measured excluding re-exports" says what the figure counts: a domestic-exports scope, no other clause
    measured = row("a:1", 25 * B, period=year(2024), at=40, figure="S$25 billion", measure="exports",
                   text="Singapore's exports to Indonesia were S$25 billion in 2024, as measured excluding re-exports.")
    total = row("b:1", 48 * B, period=year(2024), at=45, figure="S$48 billion", measure="exports",
                text="Singapore's exports to Indonesia reached S$48 billion in 2024.")
    assert conflicts(run(measured, total)) == []


def test_a_rate_of_one_countrys_statistics_is_checked_against_that_countrys_values_only() -> None:
    # "Brazilian data show trade grew 16%": Argentina's counts (8.0 -> 9.3, 16 %) do not save it; the
    # unattributed values (8.5 -> 8.9, 5 %) do not fit it
    rate = growth("g:1", 16, period=year(2023), at=40, source="Brazilian data",
                  text="Brazilian data show trade between Brazil and Argentina grew 16% in 2023.")
    ar = {"source": "Argentina's customs"}
    rows = [row("a:1", 8.0 * B, period=year(2022), at=10, text="Argentina's customs: trade of $8.0 billion in 2022.", **ar),
            row("a:2", 9.3 * B, period=year(2023), at=10, text="Argentina's customs: trade of $9.3 billion in 2023.", **ar),
            row("b:1", 8.5 * B, period=year(2022), at=10, text="Trade was $8.5 billion in 2022."),
            row("b:2", 8.9 * B, period=year(2023), at=10, text="Trade was $8.9 billion in 2023.")]
    assert "growth_inconsistency" in [f.type for f in conflicts(run(rate, *rows))]


def test_a_source_named_after_the_figure_names_no_scope() -> None:
    # "..., according to the Bureau of Statistics and Economic Services" cites a source: its "services" scopes nothing
    cited = row("a:1", 3.86 * B, period=year(2024), at=40, figure="US$3.86 billion", measure="exports",
                text="Togo's exports to Benin rose to US$3.86 billion in 2024, according to the Bureau of Statistics and "
                     "Economic Services.")
    other = row("b:1", 4.12 * B, period=year(2024), at=30, figure="US$4.12 billion", measure="exports",
                text="Togo's exports to Benin were US$4.12 billion in 2024.")
    assert [f.type for f in conflicts(run(cited, other))] == ["value_mismatch"]


def test_a_scope_stated_in_the_source_after_according_to_still_counts() -> None:
    goods = row("a:1", 3.2 * B, period=year(2024), at=40, figure="$3.2 billion",
                text="Trade between Peru and Chile was $3.2 billion in 2024, according to figures on goods trade only.")
    both = row("b:1", 4.5 * B, period=year(2024), at=50, figure="$4.5 billion",
               text="Trade in goods and services between Peru and Chile was $4.5 billion in 2024.")
    assert conflicts(run(goods, both)) == []


def test_a_share_alone_in_its_year_is_no_mislabel_of_the_next_years_share() -> None:
    """A partner's share of exports often holds from one year to the next: "about 5%" stated only for 2024 and 5%
    for 2025 elsewhere is no period mismatch; a level alone in its year that matches the next year's still is."""
    def share(cid: str, y: int) -> list[Any]:
        return row(cid, 5.0, unit="percent", measure="export_share", exporter="BR", importer="AR", period=year(y),
                   text=f"Argentina took 5% of Brazil's exports in {y}.", at=17)

    assert conflicts(run(share("a:1", 2024), share("b:1", 2025))) == []
    level = row("a:1", 5.2 * B, period=year(2024), text="Trade between Brazil and Argentina was $5.2 billion in 2024.",
                at=40)
    later = row("b:1", 5.2 * B, period=year(2025), text="Trade between Brazil and Argentina was $5.2 billion in 2025.",
                at=40)
    assert [f.type for f in conflicts(run(level, later))] == ["period_mismatch"]


def test_a_documents_own_rate_against_its_table_is_no_reporters_gap() -> None:
    """A brief's "slipped 6.8% in 2024 to $608.7 million" against its own customs table's 2023 row: the 2023 value
    derived from the rate is arithmetic that fails, not a count told apart from a customs one."""
    y23 = Period(start=date(2023, 1, 1), end=date(2023, 12, 31), as_stated="2023", resolution="explicit")
    rate = row("a:1", -6.8, unit="percent", measure="export_growth", exporter="BR", importer="AR", period=year(2024),
               text="Brazil's exports to Argentina slipped 6.8% in 2024 to $608.7 million.", at=40)
    level = row("a:2", 608.7e6, measure="exports", exporter="BR", importer="AR", period=year(2024),
                text="Brazil's exports to Argentina slipped 6.8% in 2024 to $608.7 million.", at=55)
    table = row("a:3", 625.8e6, measure="exports", exporter="BR", importer="AR", period=y23,
                source="Brazilian customs data", text="| 2023 | 625.8 | 291.4 |", at=400)
    for r, v in ((level, 608.7e6), (table, 625.8e6)):
        r[5], r[6] = v - 0.05e6, v + 0.05e6  # stated to a tenth of a million
    found = conflicts(run(rate, level, table))
    assert found and {"a:1", "a:3"} <= {c for f in found for c in f.claims}


def test_informal_exports_are_a_series_of_their_own() -> None:
    formal = row("a:1", 611.8e6, measure="exports", exporter="BR", importer="AR", period=year(2025),
                 text="Brazil's exports to Argentina were US$611.8 million in 2025.", at=42)
    informal = row("b:1", 94e6, measure="exports", exporter="BR", importer="AR", period=year(2025),
                   text="Informal exports to Argentina came to an estimated $94 million in 2025.", at=47)
    assert conflicts(run(formal, informal)) == []
