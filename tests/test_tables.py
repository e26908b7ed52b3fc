"""Tables: bare figure cells read through their caption and headers (kg/tables.py)."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.ingest import read_document
from kg.models import Claim, Document
from kg.pipeline import process_document
from kg.tables import find_tables, unit_template


def _doc(text: str, name: str = "t.md", published: date | None = date(2025, 3, 1)) -> Document:
    return Document(id="dtest", name=name, path=name, sha256="0" * 64, format="md", text=text,
                    title=text.split("\n", 1)[0], published=published, published_resolution="explicit")  # fmt: skip


def _cells(claims: list[Claim]) -> dict[str, Claim]:
    return {c.figure: c for c in claims if c.evidence.text.startswith("|")}


@pytest.mark.parametrize(("label", "template"), [
    ("Exports ($bn)", ("$", "bn")),
    ("Kenya's exports to Peru, 2024 (KSh million)", ("KSh ", " million")),
    ("Change (%)", ("", "%")),
    ("Trade in billions of euros", (" ", " billion euros")),
    ("(US$ million)", ("US$ ", " million")),
    ("Table 1: Peru-Chile trade, fiscal years (July-June), US$ billion", ("US$ ", " billion")),
    ("Partner country", None),
    ("Exports 2024", None),
    ("Table 5. Trade with Chile, 2024 (FOB value in million US dollars)", ("", " million US dollars")),
    ("Values in millions of US dollars.", ("", " million US dollars")),
    ("*Values in B$ million. Exports are valued FOB.*", ("B$", " million")),  # a one-letter dollar's sign
])  # fmt: skip
def test_unit_template_reads_the_unit_a_header_states(label: str, template: tuple[str, str] | None) -> None:
    got = unit_template(label)
    if template is None:
        assert got is None
    else:
        assert got is not None and (got[0].strip(), got[1].strip()) == (
            template[0].strip(),
            template[1].strip(),
        )


def test_rows_of_measures_under_year_columns() -> None:
    text = (
        "Chile-Peru trade in figures\n\n"
        "Chile's goods trade with Peru\n"
        "| | 2023 | 2024 |\n|---|---:|---:|\n"
        "| Exports ($bn) | 4.1 | 4.6 |\n| Imports ($bn) | 2.2 | 2.0 |\n| Balance ($bn) | 1.9 | -0.4 |\n"
    )
    got = _cells(process_document(_doc(text)))
    assert set(got) == {"4.1", "4.6", "2.2", "2.0", "1.9", "-0.4"}
    assert (got["4.6"].value, got["4.6"].unit, got["4.6"].measure) == (4.6e9, "USD", "exports")
    assert got["4.6"].period is not None and got["4.6"].period.start == date(2024, 1, 1)
    assert (
        got["2.2"].measure == "imports"
        and got["2.2"].period is not None
        and got["2.2"].period.start.year == 2023
    )
    assert got["4.1"].parties == ("CL", "PE") and got["4.1"].exporter == "CL"
    # a signed balance is the side its sign says, never a negative level
    assert (got["1.9"].measure, got["1.9"].value) == ("trade_surplus", 1.9e9)
    assert (got["-0.4"].measure, got["-0.4"].value) == ("trade_deficit", 0.4e9)
    assert all(c.kind == "actual" for c in got.values())
    # the claim points back at the cell and its row
    c = got["4.6"]
    assert (
        text[c.evidence.start : c.evidence.end] == "4.6"
        and c.evidence.text == "| Exports ($bn) | 4.1 | 4.6 |"
    )


def test_rows_of_quarters_under_a_caption_with_the_year_and_unit(tmp_path: Path) -> None:
    html = (
        "<html lang='en'><body><h1>Ghana's cocoa trade with Turkey</h1>"
        "<p>Ghana sold more cocoa to Turkey in every quarter:</p><table>"
        "<caption>Ghana's exports to Turkey, 2024 (GH₵ million)</caption>"
        "<tr><th>Quarter</th><th>Exports</th></tr><tr><td>Q1</td><td>812.5</td></tr>"
        "<tr><td>Q3</td><td>1,040.2</td></tr><tr><td>Full year</td><td>3,655.0</td></tr></table></body></html>"
    )
    p = tmp_path / "ghana.html"
    p.write_text(html, encoding="utf-8")
    doc = read_document(p)
    assert "| Q1 | 812.5 |" in doc.text
    got = _cells(process_document(doc))
    assert set(got) == {"812.5", "1,040.2", "3,655.0"}
    q1 = got["812.5"]
    assert (q1.value, q1.unit, q1.measure, q1.exporter) == (812.5e6, "GHS", "exports", "GH")
    assert q1.period is not None and (q1.period.start, q1.period.end) == (date(2024, 1, 1), date(2024, 3, 31))
    year = got["3,655.0"]
    assert year.period is not None and (year.period.start, year.period.end) == (
        date(2024, 1, 1),
        date(2024, 12, 31),
    )


def test_a_table_by_partner_names_the_partner_in_each_row() -> None:
    text = (
        "Statistics office: Vietnam's trade, 2025\n\n"
        "Table 2. Vietnam's trade with main partners, 2025 (US$ billion)\n\n"
        "| Partner | Exports | Change (%) | Imports |\n|---|---|---|---|\n"
        "| Brazil | 3.25 | -4.10 | 5.80 |\n| Norway | 0.95 | +12.00 | 1.20 |\n"
    )
    got = _cells(process_document(_doc(text)))
    assert got["3.25"].parties == ("BR", "VN") and (got["3.25"].exporter, got["3.25"].importer) == (
        "VN",
        "BR",
    )
    assert got["5.80"].measure == "imports" and got["5.80"].exporter == "BR"
    assert got["0.95"].parties == ("NO", "VN")
    # a percent column that names no measure is the change of the column before it, its sign kept
    assert (got["-4.10"].measure, got["-4.10"].value) == ("export_growth", -4.1)
    assert (got["+12.00"].measure, got["+12.00"].value) == ("export_growth", 12.0)


def test_cells_without_a_stated_unit_make_no_claims() -> None:
    text = "Port calls\n\n| Port | 2023 | 2024 |\n|---|---|---|\n| Callao | 1,204 | 1,310 |\n| Valparaíso | 988 | 1,015 |\n"
    assert _cells(process_document(_doc(text))) == {}


def test_a_figure_of_its_own_in_a_cell_is_read_with_its_headers() -> None:
    text = "Peru and Chile\n\n| Flow | 2024 |\n|---|---|\n| Peru's exports to Chile | $3.1 billion |\n"
    got = _cells(process_document(_doc(text)))
    c = got["$3.1 billion"]
    assert (
        c.period is not None and c.period.start.year == 2024 and c.measure == "exports" and c.exporter == "PE"
    )


def test_find_tables_spans_and_header() -> None:
    text = "intro\n\nUnits (€m)\n| A | 2024 |\n|---|---|\n| x | 1.5 |\n\nafter\n"
    [t] = find_tables(text)
    assert t.caption == "Units (€m)" and [c.text for c in t.header] == ["A", "2024"]
    assert [[c.text for c in row] for row in t.rows] == [["x", "1.5"]]
    assert all(text[c.start : c.end] == c.text for row in t.rows for c in row)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(st.text(alphabet=st.sampled_from(list("ab 12.,-%$()|€")), max_size=8), min_size=1, max_size=4),
                min_size=0, max_size=5))  # fmt: skip
def test_find_tables_never_fails_and_cells_point_into_the_text(rows: list[list[str]]) -> None:
    text = "head\n" + "\n".join("| " + " | ".join(r) + " |" for r in rows) + "\n"
    for t in find_tables(text):
        for row in (t.header, *t.rows):
            for c in row:
                assert text[c.start : c.end] == c.text
    process_document(_doc(text))  # the whole reading never raises on table-shaped noise


def test_a_partner_table_without_its_reporter_takes_the_documents_home() -> None:
    text = (
        "Trade report\n\n**Lima, 6 October 2025** - The statistics office said trade grew.\n\n"
        "Table 3: Exports by market, January-September 2025\n\n"
        "| Market | Exports (US$ million) | Change y/y (%) |\n|---|---:|---:|\n| Japan | 4,450 | +7.6 |\n"
    )
    got = _cells(process_document(_doc(text)))
    assert (got["4,450"].value, got["4,450"].parties, got["4,450"].exporter) == (4.45e9, ("JP", "PE"), "PE")
    period = got["4,450"].period
    assert period is not None and (period.start, period.end) == (date(2025, 1, 1), date(2025, 9, 30))
    # the change column takes the words of the column before, not its unit
    assert (got["+7.6"].value, got["+7.6"].unit, got["+7.6"].measure) == (7.6, "percent", "export_growth")


def test_european_numbers_index_columns_and_bare_unit_headers() -> None:
    text = (
        "Czech trade with Austria\n\nTable 1. Czech trade with Austria (CZK million)\n\n"
        "| Indicator | 2024 | 2023 = 100 | Var. % 2024/2023 |\n|---|---|---|---|\n"
        "| Exports | 412 318,4 | 96,6 | -3,4 |\n"
    )
    got = _cells(process_document(_doc(text)))
    assert got["412 318,4"].value == pytest.approx(412_318.4e6) and got["412 318,4"].unit == "CZK"
    assert "96,6" not in got  # an index is no amount
    assert (got["-3,4"].unit, got["-3,4"].value) == ("percent", -3.4)


def test_a_captions_index_base_makes_its_percent_column_a_change_and_names_no_period() -> None:
    text = (
        "Laos's trade with Cambodia\n\nUnit: USD million; growth as an index, same period of 2024 = 100\n\n"
        "| Indicator | 9M/2025 | 9M/2024 | 9M/2025 compared with 9M/2024 (%) |\n|---|---:|---:|---:|\n"
        "| Exports to Cambodia | 1,385 | 1,292 | 107.2 |\n| Imports from Cambodia | 801 | 830 | 96.5 |\n"
    )
    got = _cells(process_document(_doc(text)))
    assert (got["107.2"].unit, got["107.2"].value) == ("percent", pytest.approx(7.2))
    assert got["96.5"].value == pytest.approx(-3.5)
    for cell, months in (("1,385", (date(2025, 1, 1), date(2025, 9, 30))), ("1,292", (date(2024, 1, 1), date(2024, 9, 30)))):
        period = got[cell].period
        assert period is not None and (period.start, period.end) == months, cell


def test_a_total_row_of_one_partners_table_is_the_pairs_total() -> None:
    text = (
        "Trade report\n\n**Table 1: Chile's merchandise trade with Peru (US$ billion)**\n\n"
        "| Item | 2023 | 2024 |\n|---|---:|---:|\n| Total trade | 64.5 | 61.3 |\n| Total exports to Peru | 45.9 | 43.1 |\n"
    )
    got = _cells(process_document(_doc(text)))
    assert (got["61.3"].measure, got["61.3"].parties) == ("trade_turnover", ("CL", "PE"))
    assert (got["43.1"].measure, got["43.1"].exporter, got["43.1"].importer) == ("exports", "CL", "PE")


def test_a_cells_claim_keeps_its_tables_caption_and_prose_keeps_none() -> None:
    text = (
        "Trade report\n\nExports to Peru rose to $43.1 billion in 2024.\n\n"
        "**Table 1: Chile's merchandise trade with Peru (US$ billion)**\n\n"
        "| Item | 2023 | 2024 |\n|---|---:|---:|\n| Total trade | 64.5 | 61.3 |\n"
    )
    claims = process_document(_doc(text))
    assert "Table 1: Chile's merchandise trade with Peru (US$ billion)" in (_cells(claims)["61.3"].context or "")
    assert [c.context for c in claims if not c.evidence.text.startswith("|")] == [None]


def test_spaced_thousands_with_a_decimal_point_and_provisional_year_marks() -> None:
    text = (
        "Trade report\n\n**Table 1 – Trade in goods between Chile and Peru** (€ million)\n\n"
        "| | 2023 | 2024 Po | Jan-Sep 2025 Pe |\n|---|---:|---:|---:|\n| Exports (FOB) | 1 336.4 | 1 417.9 | 1 121.4 |\n"
    )
    got = _cells(process_document(_doc(text)))
    assert got["1 417.9"].value == pytest.approx(1417.9e6) and got["1 417.9"].unit == "EUR"
    period = got["1 417.9"].period
    assert period is not None and (period.start, period.end) == (date(2024, 1, 1), date(2024, 12, 31))


def test_a_title_with_a_figure_still_names_the_tables_parties() -> None:
    text = (
        "Chile's exports to Korea hit US$9.1 billion in 2025\n\n"
        "| Indicator (US$ million) | 2025 |\n|---|---|\n| Exports | 9,100 |\n"
    )
    c = _cells(process_document(_doc(text)))["9,100"]
    assert c.parties == ("CL", "KR") and c.exporter == "CL"


def test_a_caption_unit_after_in_and_a_comma() -> None:
    assert unit_template("Table 7. Trade with Peru, in millions of US dollars") is not None
    text = ("Bolivia's trade with Peru\n\nTable 7. Trade with Peru, in millions of US dollars\n\n"
            "| Flow | Jan–Dec 2025 |\n|---|---:|\n| Exports (FOB) | 1,104 |\n| Balance | −286 |\n")
    got = _cells(process_document(_doc(text, published=date(2026, 1, 20))))
    assert (got["1,104"].value, got["1,104"].unit) == (1.104e9, "USD")
    assert (got["−286"].measure, got["−286"].value) == ("trade_deficit", 0.286e9)


def test_rows_of_a_breakdown_under_a_total_are_parts_not_the_flow() -> None:
    text = (
        "Peru's exports to Japan\n\n"
        "Table 4. Exports to Japan by product group, January–September, US$ million FOB\n\n"
        "| Product group | Jan–Sep 2025 |\n|---|---:|\n| Fuels and extractive products | 4,308.5 |\n"
        "| Manufactures | 2,018.6 |\n| Total exports to Japan | 10,920.6 |\n"
    )
    got = _cells(process_document(_doc(text, published=date(2025, 11, 4))))
    assert got["4,308.5"].measure == got["2,018.6"].measure == "unclassified"
    total = got["10,920.6"]
    assert (total.measure, total.value, total.exporter) == ("exports", 10_920.6e6, "PE")


def test_a_caption_stating_money_and_a_percent_gives_the_amounts_the_money() -> None:
    text = ("# Trade with Vietnam\n\n## Table 1. Goods trade with Vietnam, 2024–2025\n\n*USD million; growth in per cent*\n\n"
            "| Indicator | 2024 | 2025 | Change, % |\n|---|---|---|---|\n| Exports to Vietnam | 612.9 | 748.1 | +22.1 |\n")
    got = _cells(process_document(_doc(text, name="belarus.md", published=date(2026, 2, 18))))
    assert (got["748.1"].value, got["748.1"].unit, got["748.1"].measure) == (748.1e6, "USD", "exports")
    assert (got["+22.1"].value, got["+22.1"].unit, got["+22.1"].measure) == (22.1, "percent", "export_growth")


def test_the_second_of_a_captions_pair_is_the_partner_and_the_documents_other_country_reports() -> None:
    text = ("# The Kingdom's Goods Trade with Korea, 2025\n\n**General Authority for Statistics, Kingdom of Saudi "
            "Arabia**\n\nThe Kingdom's exports to Korea slipped in 2025, and Saudi Arabia's surplus with Korea shrank.\n\n"
            "## Table 1. Commodity trade between the Kingdom and Korea, 2024–2025 (SAR million)\n\n"
            "| Indicator | 2024 | 2025 |\n|---|---|---|\n| Exports to Korea | 71,304.8 | 66,912.5 |\n"
            "| of which: non-oil exports | 3,118.6 | 3,407.2 |\n| Volume of trade | 89,650.1 | 85,277.9 |\n")
    got = _cells(process_document(_doc(text, name="sa.md", published=date(2026, 3, 26))))
    assert (got["85,277.9"].measure, got["85,277.9"].parties) == ("trade_turnover", ("KR", "SA"))
    non_oil = got["3,407.2"]
    assert (non_oil.measure, non_oil.exporter, non_oil.importer) == ("non_oil_exports", "SA", "KR")


def test_a_place_a_caption_leaves_out_is_no_party_of_its_cells() -> None:
    text = ("# International Merchandise Trade Statistics 2025\n\nRuritania's commerce with Denmark expanded in 2025, and "
            "Mauritius remained a modest partner of Denmark.\n\n**Table 2. Trade with Denmark (excluding Greenland and "
            "the Faroe Islands), 2024–2025 (Rs million)**\n\n| Item | 2024 | 2025 |\n|---|---|---|\n"
            "| Imports from Denmark | 4,118 | 4,562 |\n| Total trade with Denmark | 4,390 | 4,871 |\n")
    got = _cells(process_document(_doc(text, name="mu.md", published=date(2026, 2, 27))))
    assert got["4,871"].parties == got["4,562"].parties == ("DK", "MU")
    assert (got["4,562"].exporter, got["4,562"].importer) == ("DK", "MU")


def test_a_unit_line_at_current_prices_goes_on_to_the_title_and_an_outlets_country_reports() -> None:
    assert unit_template("ISK million at current prices") == ("ISK", " million")
    text = ("# External trade in goods 2025: Norway remains a key market\n\n**Statistics Iceland** · News release\n\n"
            "Exports to Norway grew in 2025.\n\n**Table 2. Goods trade with Norway, 2024–2025**\n\n"
            "ISK million at current prices; values FOB\n\n| Flow | 2024 | 2025 |\n|---|---|---|\n"
            "| Exports to Norway | 38,406 | 41,977 |\n| Total trade in goods | 96,215 | 103,840 |\n\n"
            "**Table 1. Goods exports by leading destination, 2025**\n\nISK million, FOB\n\n| Market | 2025 |\n|---|---|\n"
            "| Netherlands | 214,730 |\n| All countries | 902,455 |\n")
    doc = _doc(text, name="is.md", published=date(2026, 6, 10)).model_copy(update={"outlet": "Statistics Iceland"})
    got = _cells(process_document(doc))
    assert (got["38,406"].measure, got["38,406"].exporter, got["38,406"].importer) == ("exports", "IS", "NO")
    assert (got["103,840"].measure, got["103,840"].parties) == ("trade_turnover", ("IS", "NO"))
    assert (got["902,455"].measure, got["902,455"].parties) == ("total_exports", ("IS",))


def test_a_unit_with_a_valuation_word_and_a_unit_inside_a_parenthesised_note() -> None:
    assert unit_template("January–September, US$ million FOB") == ("US$", " million")
    assert unit_template("*(FOB value for exports, CIF value for imports; in million US dollars)*") is not None


def test_marked_years_month_columns_and_a_partner_named_in_the_caption() -> None:
    text = (
        "Trade report\n\n**Lima, 20 January 2026** - The statistics office said trade grew.\n\n"
        "Table 7. Trade with Chile, in millions of US dollars\n\n"
        "| Flow | Dec 2025 | 2025* | Annual growth rate (%) |\n|---|---:|---:|---:|\n| Exports (FOB) | 1,104 | 13,912 | 9.4 |\n"
    )
    got = _cells(process_document(_doc(text, published=date(2026, 1, 20))))
    dec, year = got["1,104"], got["13,912"]
    assert dec.period is not None and (dec.period.start, dec.period.end) == (date(2025, 12, 1), date(2025, 12, 31))
    assert year.period is not None and year.period.start == date(2025, 1, 1) and year.period.end == date(2025, 12, 31)
    assert (year.parties, year.exporter) == (("CL", "PE"), "PE")  # "Trade with Chile": Chile is the partner
    growth = got["9.4"]
    assert growth.period is not None and growth.period.start.year == 2025  # the last period column before it


def test_rows_naming_a_good_are_parts() -> None:
    text = ("Peru's exports to Korea\n\nTop exports to Korea, 2025 ($ million)\n\n"
            "| Product | 2025 |\n|---|---:|\n| Refined copper | 611 |\n| Fish and seafood | 287 |\n")
    got = _cells(process_document(_doc(text)))
    assert got["611"].measure == got["287"].measure == "unclassified"


def test_rows_under_a_column_of_goods_are_parts_and_quarters_in_roman_numerals() -> None:
    # a "Commodity" column's rows are goods (kg:CommodityHeads), even ones the lexicon does not name, and a
    # release's "IV quarter" row is that quarter, not the year of its caption
    text = ("Trade of Ruritania with Chile, 2025\n\nTable 3. Leading goods in trade with Chile, 2025\n\n"
            "| Commodity (HS code) | USD million |\n|---|---:|\n| Ferroalloys (7202) | 118.4 |\n"
            "| Rare metals (8103) | 64.7 |\n\nTable 4. Trade turnover with Chile by quarter, 2025 (USD million)\n\n"
            "| Quarter | Turnover |\n|---|---:|\n| I quarter | 1,102.7 |\n| IV quarter | 1,257.8 |\n")
    got = _cells(process_document(_doc(text, published=date(2026, 2, 16))))
    assert got["118.4"].measure == got["64.7"].measure == "unclassified"
    q4 = got["1,257.8"]
    assert q4.measure == "trade_turnover" and q4.period is not None
    assert (q4.period.start, q4.period.end) == (date(2025, 10, 1), date(2025, 12, 31))


def test_a_row_label_with_its_unit_and_a_total_named_last() -> None:
    # "Exports, total, USD million" is the country's total exports; "Share of Chile in exports, %" Chile's share
    # of the home country's exports (the party after "share of" is the part)
    text = ("Foreign trade of Peru\n\nTable 2. Foreign trade of Peru and the share of Chile\n\n"
            "| Indicator | 2024 | 2025 |\n|---|---:|---:|\n| Exports, total, USD million | 71,540.2 | 74,914.0 |\n"
            "| Share of Chile in exports, % | 2.4 | 3.6 |\n")
    got = _cells(process_document(_doc(text, published=date(2026, 2, 16))))
    assert got["74,914.0"].measure == "total_exports"
    share = got["3.6"]
    assert (share.measure, share.exporter, share.importer) == ("export_share", "PE", "CL")


def test_a_table_of_destinations_with_a_share_column_and_a_world_row() -> None:
    # each row's share is of the reporter's exports to that row's partner (not the document's pair); the total
    # row, its rank cell blank, is the reporter's world total and its 100% no share of anything
    text = ("Peru and Chile trade\n\n## Table 2. Peru's leading export destinations, 2025\n\n"
            "Value in US$ million; share of Peru's total merchandise exports in percent.\n\n"
            "| Rank | Destination | Value | Share (%) |\n|---|---|---|---|\n| 1 | Japan | 7,212.6 | 22.6 |\n"
            "| 2 | Chile | 3,112.8 | 9.8 |\n| | All destinations | 31,905.4 | 100.0 |\n")
    got = _cells(process_document(_doc(text, published=date(2026, 3, 17))))
    share = got["22.6"]
    assert (share.measure, share.parties, share.exporter, share.importer) == ("export_share", ("JP", "PE"), "PE", "JP")
    assert (got["31,905.4"].measure, got["31,905.4"].parties) == ("total_exports", ("PE",))
    assert got["100.0"].measure == "unclassified"


def test_a_percent_column_keeps_its_own_unit_under_a_money_caption() -> None:
    # the column "YoY %" takes the period of the column before it ("YoY % in Mar. 2025"), but its unit is its
    # own words', never the caption's money
    text = (
        "Chile's exports by market, March 2025\n\nTable 2. Chile's exports by main market (US$ million; %)\n\n"
        "| Market | Mar. 2025 | YoY % | Jan.–Mar. 2025 | YoY % |\n|---|---:|---:|---:|---:|\n"
        "| Peru | 412.5 | 18.4 | 1,230.7 | -2.6 |\n"
    )
    got = _cells(process_document(_doc(text, published=date(2025, 4, 10))))
    assert (got["412.5"].unit, got["412.5"].value) == ("USD", pytest.approx(412.5e6))
    for cell, value in (("18.4", 18.4), ("-2.6", -2.6)):
        assert (got[cell].unit, got[cell].measure, got[cell].value) == ("percent", "export_growth", value), cell
    march = got["18.4"].period
    assert march is not None and (march.start, march.end) == (date(2025, 3, 1), date(2025, 3, 31))


def test_a_rank_column_before_the_label() -> None:
    text = (
        "Peru's main export markets, 2024\n\nTable 5. Peru's exports by destination, 2024 (US$ million)\n\n"
        "| Rank | Destination | Exports | Share, % |\n|---:|---|---:|---:|\n"
        "| 1 | Japan | 2,450.0 | 31.5 |\n| 2 | Norway | 980.4 | 12.6 |\n"
    )
    got = _cells(process_document(_doc(text)))
    assert set(got) == {"2,450.0", "31.5", "980.4", "12.6"}  # a rank is no figure
    assert (got["2,450.0"].parties, got["2,450.0"].exporter, got["2,450.0"].value) == (("JP", "PE"), "PE", 2.45e9)
    assert got["980.4"].parties == ("NO", "PE")


def test_a_table_naming_no_period_takes_the_titles_one_period() -> None:
    text = (
        "Foreign trade of Peru in January–June 2025\n\n"
        "Peru's exports rose 4.2% to US$31.8 billion, with five markets taking 61.0% of the total.\n\n"
        "| Market | Exports, US$ million | Share, % |\n|---|---:|---:|\n| Japan | 2,450.0 | 7.7 |\n"
    )
    got = _cells(process_document(_doc(text, published=date(2025, 8, 1))))
    for cell in ("2,450.0", "7.7"):
        period = got[cell].period
        assert period is not None and (period.start, period.end) == (date(2025, 1, 1), date(2025, 6, 30)), cell
    # a title naming two periods says none of them for the table
    two = text.replace("in January–June 2025", "in January–June 2025 and 2024")
    assert _cells(process_document(_doc(two, published=date(2025, 8, 1))))["2,450.0"].period is None


def test_a_row_labels_place_replaces_the_titles_pair() -> None:
    # the title names Brazil as the market and Vietnam as the reporter; the caption names no place: each row's
    # place is its partner, the reporter the title's other country
    text = (
        "Exports to Brazil hit a new high in 2025 - Ministry of Industry and Trade (Vietnam)\n\n"
        "Table 1. Exports by main market (US$ billion)\n\n"
        "| Market | 2025 |\n|---|---:|\n| Brazil | 3.4 |\n| Norway | 0.8 |\n"
    )
    got = _cells(process_document(_doc(text, published=date(2026, 1, 15))))
    assert (got["3.4"].parties, got["3.4"].exporter) == (("BR", "VN"), "VN")
    assert (got["0.8"].parties, got["0.8"].exporter, got["0.8"].importer) == (("NO", "VN"), "VN", "NO")


def test_one_partners_table_without_a_reporter_is_the_documents_pair() -> None:
    # no dateline, no home institution, a title and caption naming only the partner: the reporter is the
    # document's other most-named place
    text = (
        "Foreign trade in goods with Hungary – 2025\n\n"
        "Hungary remained a key market for Austrian goods. Austrian exports to Hungary rose, and Austrian firms "
        "bought more from Hungary.\n\n"
        "Table 1 Foreign trade in goods with Hungary (EUR bn)\n\n"
        "| Indicator | 2024 | 2025 |\n|---|---:|---:|\n| Exports | 10.2 | 10.9 |\n| Imports | 8.1 | 8.4 |\n"
    )
    got = _cells(process_document(_doc(text, published=date(2026, 2, 10))))
    assert (got["10.9"].parties, got["10.9"].exporter, got["10.9"].importer) == (("AT", "HU"), "AT", "HU")
    assert (got["8.4"].parties, got["8.4"].exporter) == (("AT", "HU"), "HU")


def test_an_index_column_is_a_change_and_a_periodless_column_takes_the_latest_period() -> None:
    text = (
        "Foreign trade of Armenia in January-June 2025\n\n"
        "Table 1. Exports by main partners, January-June\n\n"
        "| | Jan-Jun 2024, US$ million | Jan-Jun 2025, US$ million | Jan-Jun 2025 in % to Jan-Jun 2024 "
        "| Share in total, % |\n|---|---:|---:|---:|---:|\n"
        "| Exports - total | 2410.5 | 2563.9 | 106.4 | 100.0 |\n| Exports to Iran | 301.2 | 288.7 | 95.8 | 11.3 |\n"
    )
    got = _cells(process_document(_doc(text, published=date(2025, 8, 1))))
    half = (date(2025, 1, 1), date(2025, 6, 30))
    # "106.4" in % of the year before: up 6.4% in the first half of 2025, not a rate of 106.4 in 2024
    for cell, value in (("106.4", 6.4), ("95.8", -4.2)):
        c = got[cell]
        assert (c.unit, c.value) == ("percent", pytest.approx(value)) and c.measure.endswith("growth"), cell
        assert c.period is not None and (c.period.start, c.period.end) == half, cell
    # the share column names no period: the latest the table's headers name, not the base's
    share = got["11.3"]
    assert share.period is not None and (share.period.start, share.period.end) == half
    # a chain index that names its base itself
    chain = text.replace("Jan-Jun 2025 in % to Jan-Jun 2024", "Jan-Jun 2025, % of previous year")
    assert _cells(process_document(_doc(chain, published=date(2025, 8, 1))))["95.8"].value == pytest.approx(-4.2)


def test_a_change_column_after_two_years_is_the_latest_years() -> None:
    text = ("Peru's trade with Chile\n\nTable 2. Peru's trade with Chile (US$ million)\n\n"
            "| Flow | 2025 | 2024 | Change, % |\n|---|---:|---:|---:|\n| Exports | 1,310 | 1,204 | 8.8 |\n")
    growth = _cells(process_document(_doc(text, published=date(2026, 2, 1))))["8.8"]
    assert growth.period is not None and growth.period.start == date(2025, 1, 1)


def test_a_unit_line_under_a_title_reads_with_the_title_and_a_world_row_is_the_reporters_total() -> None:
    text = (
        "Trade report\n\n## Table 1. Chile: merchandise trade with Peru, 2023 - 2024\n\n"
        "Values in millions of US dollars.\n\n"
        "| Flow | 2023 | 2024 |\n|---|---:|---:|\n| Exports to Peru | 4,590.1 | 4,310.2 |\n"
        "| Total trade | 6,450.3 | 6,130.4 |\n| Exports to all countries | 94,100.5 | 99,200.6 |\n"
    )
    got = _cells(process_document(_doc(text)))
    assert (got["4,310.2"].measure, got["4,310.2"].exporter, got["4,310.2"].importer) == ("exports", "CL", "PE")
    assert (got["6,130.4"].measure, got["6,130.4"].parties) == ("trade_turnover", ("CL", "PE"))
    assert (got["99,200.6"].measure, got["99,200.6"].parties) == ("total_exports", ("CL",))


@pytest.mark.parametrize("note", [
    "*All figures in US$ million, f.o.b., provisional.*",
    "Note: figures in USD million; 2025 provisional.",
    "Source: national customs. Unit: USD million.",
])  # fmt: skip
def test_a_unit_stated_in_a_note_under_the_table_reads_with_its_cells(note: str) -> None:
    text = (
        "Trade in goods with Paraguay, annual summary\n\n"
        "| Year | Exports to Paraguay | Imports from Paraguay |\n|---|---|---|\n"
        f"| 2024 | 1,951 | 2,680 |\n| 2025 | 2,184 | 2,950 |\n\n{note}\n"
    )
    got = _cells(process_document(_doc(text, published=date(2026, 3, 3))))
    assert (got["2,950"].measure, got["2,950"].value, got["2,950"].unit) == ("imports", 2.95e9, "USD")
    assert got["1,951"].measure == "exports"


def test_a_note_under_a_table_stating_no_unit_reads_no_cells() -> None:
    text = (
        "Trade in goods with Paraguay, annual summary\n\n"
        "| Year | Exports to Paraguay | Imports from Paraguay |\n|---|---|---|\n"
        "| 2024 | 1,951 | 2,680 |\n\nValues in 2025 were provisional.\n"
    )
    assert _cells(process_document(_doc(text))) == {}


def test_a_total_trade_column_by_partner_row_is_each_pairs_trade() -> None:
    text = (
        "Foreign trade highlights\n\nTable 3. Total Trade of Chile with Top Trading Partners: 2024 "
        "(FOB value in million US dollars)\n"
        "| Trading partner | 2024 |\n|---|---:|\n| All countries | 190,380.5 |\n| Peru | 6,130.4 |\n"
        "| Japan | 9,480.2 |\n"
    )
    got = _cells(process_document(_doc(text)))
    assert (got["6,130.4"].measure, got["6,130.4"].parties) == ("trade_turnover", ("CL", "PE"))
    assert (got["9,480.2"].measure, got["9,480.2"].parties) == ("trade_turnover", ("CL", "JP"))
    assert (got["190,380.5"].measure, got["190,380.5"].parties) == ("total_trade", ("CL",))


@pytest.mark.parametrize("label", [
    "Exports (MMDH), in millions", "Imports (US$ million), US$ million", "Trade (EUR), in billions of euros",
    "Balance (%)", "Share, %", "Exports (CAD million; in million Canadian dollars)", "Rank", "(NOK)",
])  # fmt: skip
def test_unit_template_reads_each_hint_once_as_every_hint_in_turn_would(label: str) -> None:
    from kg.tables import _HINT, _PERCENT, _SEGMENTS, _hint_template

    hints = [m.group(1) or m.group(2) for m in _HINT.finditer(label)]
    hints += [m.group(2) for h in hints for m in _HINT.finditer(h) if m.group(2)]
    hints += [label.rsplit(",", 1)[1]] if "," in label else []
    if not any(_PERCENT.fullmatch(h.strip()) for h in hints) and _PERCENT.search(label) and not hints:
        assert unit_template(label) == ("", "%")
        return
    hints += [part for part in _SEGMENTS.split(label) if part.strip()] + [label]
    unscaled = None
    for hint in hints:  # every hint in turn, repeats included: the first scaled one, else the first currency
        template, scaled = _hint_template(re.sub(r"\b([a-z]+?)s\s+of\s+", r"\1 ", re.sub(r"^in\s+", "", hint.strip(), flags=re.I), flags=re.I))
        if scaled:
            assert unit_template(label) == template
            return
        unscaled = unscaled or template
    assert unit_template(label) == unscaled


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="0123456789 ,.()-−–+*†‡\u00a0\u202f", max_size=16))
def test_a_bare_number_cell_is_read_as_the_figure_grammar_reads_it(text: str) -> None:
    from kg.figures import find_quantities
    from kg.tables import _plain_reads_none, _quantities

    assert _plain_reads_none()  # the shipped lexicon has no currency sign, scale or number word of digits and marks
    assert _quantities(text) == find_quantities(text)


@pytest.mark.parametrize("text", ["1,234.5", "(96,6)", "412 318,4", "-3.2*", "$3.1 billion", "7.2%", "CHF 11.6bn"])
def test_a_cell_is_read_as_the_figure_grammar_reads_it(text: str) -> None:
    from kg.figures import find_quantities
    from kg.tables import _quantities

    assert _quantities(text) == find_quantities(text)


def test_a_dollar_header_is_the_documents_dollar_and_another_currency_its_own() -> None:
    text = ("Canada's merchandise trade with Peru, 2024\n\n"
            "OTTAWA, March 3, 2025 — Canada's trade with Peru grew last year.\n\n"
            "Table 1. Canada's trade with Peru, 2024 ($ million)\n\n"
            "| Flow | 2024 |\n|---|---|\n| Exports to Peru | 1,234.5 |\n| Imports from Peru | 2,345.6 |\n\n"
            "Table 2. Canada's trade with Peru, 2024 (millions of dollars)\n\n"
            "| Flow | 2024 |\n|---|---|\n| Exports to Peru | 1,111.1 |\n\n"
            "Table 3. Canada's trade with Peru, 2024 (€ million)\n\n"
            "| Flow | 2024 |\n|---|---|\n| Exports to Peru | 999.9 |\n")
    got = _cells(process_document(_doc(text)))
    assert {f: (c.unit, c.value) for f, c in got.items()} == {
        "1,234.5": ("CAD", 1_234_500_000.0), "2,345.6": ("CAD", 2_345_600_000.0),
        "1,111.1": ("CAD", 1_111_100_000.0), "999.9": ("EUR", 999_900_000.0)}  # fmt: skip
    # the same tables in a document with no home: "$" is the US dollar, whichever table asks first
    plain = text.replace("OTTAWA, March 3, 2025 — ", "")
    got = _cells(process_document(_doc(plain)))
    assert {f: c.unit for f, c in got.items()} == {"1,234.5": "USD", "2,345.6": "USD", "1,111.1": "USD", "999.9": "EUR"}


def test_a_year_on_year_column_takes_the_titles_period() -> None:
    text = (
        "Korea's trade by partner, calendar year 2024\n\n"
        "## Table 2. Exports and imports by partner (US$ billion)\n\n"
        "| Partner | Exports | y/y (%) | Imports | y/y (%) |\n|---|---:|---:|---:|---:|\n"
        "| Vietnam | 58.3 | 1.9 | 26.1 | 8.4 |\n"
    )
    got = _cells(process_document(_doc(text)))
    for figure in ("58.3", "1.9", "26.1", "8.4"):
        p = got[figure].period
        assert p is not None and (p.start, p.end) == (date(2024, 1, 1), date(2024, 12, 31)), figure
    assert (got["1.9"].measure, got["8.4"].measure) == ("export_growth", "import_growth")


def test_a_scale_first_unit_and_a_yearless_caption_span_under_year_columns() -> None:
    # "(thousand US $)": the scale written before the currency; "January-June" in the caption, the years in the
    # columns: each year column is that span of its year
    text = (
        "Foreign trade statistics, June 2025\n\n"
        "Table 3. Foreign trade with Peru, January-June (thousand US $)\n"
        "|  | 2024 | 2025 | Change (%) |\n"
        "| Exports | 1 204 500 | 1 310 250 | 8.8 |\n"
        "| Foreign trade volume | 2 500 000 | 2 610 000 | 4.4 |\n"
    )
    doc = _doc(text, published=date(2025, 7, 31)).model_copy(update={"title": "Chile: foreign trade statistics"})
    got = _cells(process_document(doc))
    c = got["1 310 250"]
    assert (c.value, c.unit, c.measure, c.kind) == (1_310_250_000, "USD", "exports", "actual")
    assert c.period is not None and (c.period.start, c.period.end) == (date(2025, 1, 1), date(2025, 6, 30))
    old = got["1 204 500"]
    assert old.period is not None and (old.period.start, old.period.end) == (date(2024, 1, 1), date(2024, 6, 30))
    assert got["8.8"].kind == "actual" and got["8.8"].period is not None and got["8.8"].period.end == date(2025, 6, 30)
    # "US $" names the currency, not the United States; the pair's total takes the title's reporter
    assert "US" not in got["2 610 000"].parties
    assert (got["2 610 000"].measure, got["2 610 000"].parties) == ("trade_turnover", ("CL", "PE"))


def test_unit_template_reads_a_scale_written_before_its_currency() -> None:
    assert unit_template("Trade with Peru (thousand US $)") == ("US$", " thousand")
    assert unit_template("(million US$)") == ("US$", " million")


def test_a_table_whose_labels_name_only_the_partner_is_the_documents_pair() -> None:
    text = (
        "Monthly merchandise trade of Fiji\n\n"
        "Fiji's exports to Samoa rose in 2025, and Samoa bought more Fijian fuel. Fiji remains Samoa's main supplier.\n\n"
        "Table 2. Merchandise trade with Samoa ($m)\n"
        "| Period | Exports to Samoa | Imports from Samoa |\n|---|---:|---:|\n"
        "| May 2025 | 41 | 12 |\n"
    )
    doc = _doc(text, published=date(2025, 7, 10)).model_copy(update={"title": "Monthly merchandise trade"})
    got = _cells(process_document(doc))
    assert (got["41"].parties, got["41"].exporter, got["41"].importer) == (("FJ", "WS"), "FJ", "WS")
    assert (got["12"].parties, got["12"].exporter) == (("FJ", "WS"), "WS")


def test_a_change_column_naming_its_base_is_the_change_in_the_later_period() -> None:
    """"Change Q2 2025 / Q2 2024 (%)" is the change in Q2 2025 over Q2 2024, not a figure of Q2 2024."""
    text = (
        "Ghana-Togo trade, second quarter\n\n"
        "Ghana's trade with Togo (US$ million)\n"
        "| Flow | Q2 2024 | Q2 2025 | Change Q2 2025 / Q2 2024 (%) |\n|---|---:|---:|---:|\n"
        "| Exports to Togo | 110.4 | 120.2 | +8.9 |\n"
    )
    got = _cells(process_document(_doc(text, published=date(2025, 9, 1))))
    c = got["+8.9"]
    assert c.measure == "export_growth" and c.period is not None
    assert (c.period.start, c.period.end) == (date(2025, 4, 1), date(2025, 6, 30))


def test_a_tables_fiscal_years_are_its_publishers_not_a_rows_partners() -> None:
    # Pakistan (home: the Islamabad dateline and its bureau) keeps a July-June year; the United States row would
    # read "FY 2023-24" on its own October-September calendar, Germany's (no fiscal calendar) on the default one
    text = (
        "Export review\n\n**Islamabad, 9 July 2025** - The Pakistan Bureau of Statistics said exports grew.\n\n"
        "Table 1: Exports to major markets (US$ million)\n\n"
        "| Country | FY 2023-24 | FY 2024-25 |\n|---|---:|---:|\n| United States | 5,100.2 | 5,830.4 |\n"
        "| Germany | 1,720.5 | 1,801.9 |\n"
    )
    got = _cells(process_document(_doc(text, published=date(2025, 7, 9))))
    for cell, year in (("5,100.2", 2023), ("5,830.4", 2024), ("1,720.5", 2023), ("1,801.9", 2024)):
        period = got[cell].period
        assert period is not None and (period.start, period.end) == (date(year, 7, 1), date(year + 1, 6, 30)), cell


def test_a_caption_s_last_sentence_may_state_the_unit() -> None:
    assert unit_template("Trade in goods with Chile. USD million") == ("USD", " million")


def test_a_title_naming_the_partner_gives_no_reporter_to_its_table() -> None:
    text = (
        "Foreign trade, June 2025 – Finland still biggest buyer\n\n"
        "Estonia's exports to Finland rose in the first half of 2025. Estonia sold more machinery to Finland.\n\n"
        "Trade in goods with Finland. EUR million\n"
        "| | 2024 | H1 2025 |\n|---|---:|---:|\n"
        "| Exports to Finland | 2 410 | 1 260 |\n"
    )
    doc = _doc(text, published=date(2025, 8, 10)).model_copy(
        update={"title": "Foreign trade, June 2025 – Finland still biggest buyer"})
    got = _cells(process_document(doc))
    assert (got["2 410"].parties, got["2 410"].exporter, got["2 410"].importer) == (("EE", "FI"), "EE", "FI")


def _iso(c: Claim) -> str | None:
    return f"{c.period.start:%Y-%m}/{c.period.end:%Y-%m}" if c.period else None


def test_quarter_rows_under_fiscal_year_columns_are_those_quarters_of_each_year() -> None:
    text = ("# Bangladesh's trade with Japan, fiscal years July-June\n\n"
            "Bangladesh's fiscal year runs from 1 July to 30 June.\n\n"
            "Table 1: Bangladesh's exports to Japan (US$ million)\n\n"
            "| Period | Exports 2024-25 | Exports 2023-24 | Change (%) |\n"
            "|---|---:|---:|---:|\n"
            "| Q1 (July–September) | 402 | 371 | 8.4 |\n"
            "| Q2 (October–December) | 455 | 430 | 5.8 |\n")  # fmt: skip
    got = _cells(process_document(_doc(text, published=date(2025, 8, 10))))
    assert _iso(got["402"]) == "2024-07/2024-09" and got["402"].kind == "actual"
    assert _iso(got["371"]) == "2023-07/2023-09"
    assert _iso(got["8.4"]) == "2024-07/2024-09"  # the change of the latest column, not of the one before it
    assert _iso(got["455"]) == "2024-10/2024-12"


@pytest.mark.parametrize(("label", "template"), [
    ("Ghana-Nigeria trade in goods (N'billion)", ("N", " billion")),
    ("Imports (₦'million)", ("₦", " million")),
    ("Partner's share", None),
])  # fmt: skip
def test_an_apostrophe_between_a_currency_mark_and_its_scale(label: str, template: tuple[str, str] | None) -> None:
    assert unit_template(label) == template


def test_a_plain_text_table_set_out_in_columns_of_blanks() -> None:
    # a statistics office's plain-text release: columns set apart by runs of blanks, a unit line above the header,
    # section lines in capitals heading the rows of each flow, a row of all countries for the world total
    text = (
        "STATISTICS SRI LANKA\n\nExternal trade, first half 2025\n\n"
        "Imports from India fell to Rs 310,200 million in H1 2025.\n\n"
        "Table 2 - Trade by main partner\n"
        "                                       (Rs million)\n"
        "-----------------------------------------------------\n"
        "Country            2024     H1 2024     H1 2025\n"
        "-----------------------------------------------------\n"
        "IMPORTS (c.i.f.)\n"
        " India          640,500     322,400     310,200\n"
        " Japan           98,700      47,100      51,900\n"
        " All countries  4,801,000  2,350,000  2,420,000\n"
        "\n"
        "EXPORTS (f.o.b.)\n"
        " India          210,300     101,800     109,600\n"
        " Japan           40,100      19,900      21,300\n"
        "-----------------------------------------------------\n"
    )
    claims = process_document(_doc(text, name="t.txt"))
    got = {c.figure: c for c in claims if c.evidence.text.startswith(" ")}
    japan = got["98,700"]
    assert (japan.measure, japan.parties, japan.exporter, japan.importer) == ("imports", ("JP", "LK"), "JP", "LK")
    assert (japan.unit, japan.value) == ("LKR", 98_700e6)  # "Rs" in a Sri Lankan release, though India is named
    assert iso(got["51,900"]) == "2025-01/2025-06" and iso(japan) == "2024"
    assert (got["40,100"].measure, got["40,100"].exporter, got["40,100"].importer) == ("exports", "LK", "JP")
    assert (got["4,801,000"].measure, got["4,801,000"].parties) == ("total_imports", ("LK",))
    # the prose figure is the Sri Lankan rupee's too
    assert {c.unit for c in claims if c.figure == "Rs 310,200 million"} == {"LKR"}


def iso(c: Claim) -> str | None:
    from kg.periods import iso_period

    return iso_period(c.period.start, c.period.end) if c.period else None


def test_a_header_of_two_rows_roman_month_columns_and_an_index_note_below(tmp_path: Path) -> None:
    html = (
        "<html><body><h1>Foreign trade of Slovenia, January-June 2025</h1>"
        "<p>Slovenia's trade with Austria kept growing in the first half of the year.</p>"
        "<p>Table 2. Trade by partner countries, EUR million</p><table>"
        "<tr><th rowspan='2'>Country</th><th colspan='3'>Exports</th><th colspan='3'>Imports</th></tr>"
        "<tr><th>I-VI 2024</th><th>I-VI 2025</th><th>Index</th><th>I-VI 2024</th><th>I-VI 2025</th><th>Index</th></tr>"
        "<tr><td>Austria</td><td>1,402.5</td><td>1,488.1</td><td>106.1</td><td>1,911.0</td><td>1,874.3</td>"
        "<td>98.1</td></tr></table><p>Index: same period of previous year = 100.</p></body></html>"
    )
    p = tmp_path / "si.html"
    p.write_text(html, encoding="utf-8")
    got = _cells(process_document(read_document(p)))
    for cell, measure, months in (("1,402.5", "exports", (date(2024, 1, 1), date(2024, 6, 30))),
                                  ("1,488.1", "exports", (date(2025, 1, 1), date(2025, 6, 30))),
                                  ("1,911.0", "imports", (date(2024, 1, 1), date(2024, 6, 30)))):
        c = got[cell]
        assert c.period is not None and (c.measure, c.period.start, c.period.end) == (measure, *months), cell
        assert (c.unit, c.value, c.kind) == ("EUR", pytest.approx(float(cell.replace(",", "")) * 1e6), "actual")
    assert (got["106.1"].measure, got["106.1"].unit, got["106.1"].value) == ("export_growth", "percent",
                                                                            pytest.approx(6.1))
    assert (got["98.1"].measure, got["98.1"].value) == ("import_growth", pytest.approx(-1.9))


def test_the_last_sentence_of_a_long_paragraph_above_a_table_is_its_caption() -> None:
    # a dateline paragraph runs on past the caption's length; its last sentence introduces the table and its unit
    text = (
        "Chile's trade with Vietnam\n\n"
        "**Santiago, 3 March 2025** — The National Customs Service today published its monthly foreign trade "
        "bulletin covering every partner country and all customs regimes in force. The table below shows goods "
        "trade with Vietnam (values in US$ million, exports FOB, imports CIF).\n\n"
        "| Flow | Jan 2024 | Jan 2025 |\n|---|---|---|\n"
        "| Exports to Vietnam | 412.6 | 398.1 |\n| Imports from Vietnam | 155.0 | 171.4 |\n"
    )
    assert len(text.split("\n")[2]) > 200
    got = _cells(process_document(_doc(text)))
    assert set(got) == {"412.6", "398.1", "155.0", "171.4"}
    c = got["398.1"]
    assert (c.value, c.unit, c.measure, c.exporter, c.importer) == (398.1e6, "USD", "exports", "CL", "VN")
    assert c.period is not None and (c.period.start, c.period.end) == (date(2025, 1, 1), date(2025, 1, 31))
    # a paragraph whose last sentence is the prose's own (no unit, no colon) gives the table no caption
    prose = text.replace("The table below shows goods trade with Vietnam (values in US$ million, exports FOB, "
                         "imports CIF).", "Copper and fruit led the sales, while machinery led the purchases.")
    assert find_tables(prose)[0].caption == ""


def test_a_year_marked_estimate_or_forecast_gives_its_figures_that_kind() -> None:
    # "2025e" / "2026 (f)" in a row label or a column header (kg:yearMark): the figures of that year are an
    # estimate or a forecast, read under the year itself; a "p" (preliminary) year stays actual
    text = (
        "# Ghana–Togo trade\n\n**Table 1. Ghana's trade with Togo, US$ million**\n\n"
        "| Year | Exports to Togo | Imports from Togo |\n|---|---:|---:|\n"
        "| 2023 | 412.6 | 155.0 |\n| 2024p | 430.2 | 160.4 |\n| 2025e | 441.8 | 171.3 |\n| 2026f | 460.0 | 180.5 |\n\n"
        "**Table 2. Ghana's exports to Togo, US$ million**\n\n"
        "| Flow | 2024 | 2025E | 2026 (F) |\n|---|---:|---:|---:|\n| Exports | 430.2 | 441.9 | 460.1 |\n"
    )
    got = _cells(process_document(_doc(text, published=date(2026, 1, 20))))
    want = {"412.6": ("actual", 2023), "430.2": ("actual", 2024), "441.8": ("estimate", 2025),
            "171.3": ("estimate", 2025), "460.0": ("forecast", 2026), "441.9": ("estimate", 2025),
            "460.1": ("forecast", 2026)}
    for figure, (kind, year) in want.items():
        c = got[figure]
        assert (c.kind, c.period and c.period.start.year, c.exporter) == (kind, year, "GH" if c.measure == "exports"
                                                                           else "TG"), figure


def test_a_balance_row_under_a_total_row_is_the_balance_not_a_part() -> None:
    text = ("# Peru and Norway\n\n## Table 1. Peru's goods trade with Norway, USD billion\n\n"
            "| Flow | 2023 | 2024 |\n|---|---:|---:|\n| Exports | 1.1 | 1.2 |\n| Imports | 0.8 | 0.9 |\n"
            "| Total trade | 1.9 | 2.1 |\n| Balance | 0.3 | -0.4 |\n")
    got = _cells(process_document(_doc(text)))
    assert (got["0.3"].measure, got["-0.4"].measure) == ("trade_surplus", "trade_deficit")


def test_a_unit_line_in_brackets_reads_with_the_title_above_it() -> None:
    # "(million US dollars)" alone under the title: the title's period and words are the caption's too
    text = ("# Peru foreign trade\n\n### Table 2. Merchandise trade by leading partner, "
            "January-September 2025\n\n(million US dollars)\n\n"
            "| Country | Turnover | Exports |\n|---|---:|---:|\n| Chile | 1,421.6 | 872.3 |\n| Brazil | 1,188.4 | 602.5 |\n")
    assert find_tables(text)[0].caption.endswith("January-September 2025; (million US dollars)")
    c = _cells(process_document(_doc(text)))["872.3"]
    assert c.period is not None and (c.period.start, c.period.end) == (date(2025, 1, 1), date(2025, 9, 30))
    assert (c.value, c.unit, c.exporter, c.importer) == (872.3e6, "USD", "PE", "CL")


def test_a_bloc_qualifying_the_partner_rows_is_no_reporter() -> None:
    # "by EU partner country": the rows' group, not the reporting party (the home country is)
    text = ("# Bulgaria: trade with the EU\n\n**Sofia, 12 November 2025** — The National Statistical Institute "
            "published data on Bulgaria's trade.\n\n## Table 3. Goods exports by EU partner country\n\n"
            "(Million BGN)\n\n| Partner country | Exports 2024 | Exports 2025 |\n|---|---:|---:|\n"
            "| Greece | 4 240.1 | 4 380.2 |\n| Italy | 4 356.0 | 4 451.2 |\n")
    c = _cells(process_document(_doc(text)))["4 380.2"]
    assert (c.exporter, c.importer) == ("BG", "GR")


def test_a_shared_currency_name_in_a_header_is_the_currency_whose_code_the_document_writes() -> None:
    # "(million dinars)" with Kuwait and Bahrain both named: the release writes "KWD", so its dinars are Kuwaiti;
    # the dashed pair in the caption makes "Total trade" the pair's trade
    text = ("# Kuwait - Bahrain trade, first half 2025\n\nKuwait's exports to Bahrain rose 4.2% in the first half of 2025 to "
            "KWD 212 million.\n\n### Table 1. Kuwait – Bahrain trade in goods (million dinars, current prices)\n\n"
            "| Flow | 2023 | 2024 |\n|---|---|---|\n| Exports to Bahrain (FOB) | 401 | 433 |\n"
            "| Imports from Bahrain (CIF) | 188 | 195 |\n| Total trade | 589 | 628 |\n")
    got = _cells(process_document(_doc(text)))
    exports = got["433"]
    assert (exports.unit, exports.value, exports.measure, exports.exporter, exports.importer) == (
        "KWD", 433e6, "exports", "KW", "BH")
    total = got["628"]
    assert (total.measure, total.parties) == ("trade_turnover", ("BH", "KW"))


def test_a_flow_and_year_header_is_no_month_under_a_caption_naming_both_flows() -> None:
    text = (
        "Trade report\n\nTable 2: Chile's merchandise exports and imports, leading partners, 2023 and 2024 (US$ million)\n\n"
        "| Partner | Exports 2023 | Exports 2024 | Imports 2023 | Imports 2024 | Trade Dec 2024 |\n"
        "|---|---:|---:|---:|---:|---:|\n| Peru | 4,590 | 4,310 | 2,120 | 2,250 | 540 |\n"
        "| Japan | 9,480 | 9,010 | 3,330 | 3,410 | 980 |\n"
    )
    got = _cells(process_document(_doc(text)))
    assert (got["4,310"].measure, got["4,310"].exporter, got["4,310"].importer) == ("exports", "CL", "PE")
    assert (got["2,250"].measure, got["2,250"].exporter, got["2,250"].importer) == ("imports", "PE", "CL")
    assert got["540"].period is not None and got["540"].period.as_stated.startswith("Dec 2024")


def test_a_note_naming_a_percent_unit_too_and_a_column_of_tonnes_read_no_money() -> None:
    text = (
        "Trade report\n\nTable 1. Kenya's exports to Uganda\n\n| Year | Exports | Change |\n|---|---|---|\n"
        "| 2023 | 850 | 4.1 |\n| 2024 | 910 | 7.1 |\n\nNote: figures in USD million; change in percent.\n"
    )
    assert not [c for c in _cells(process_document(_doc(text))).values() if c.unit == "USD" and c.value < 1e8]
    text = (
        "Uganda's exports to Kenya, 2024 (USD million)\n\n| Product | Volume (tonnes) | Value |\n|---|---|---|\n"
        "| Coffee | 45000 | 150 |\n| Sugar | 30000 | 75 |\n"
    )
    got = _cells(process_document(_doc(text)))
    assert "45000" not in got and "30000" not in got


def test_a_column_of_a_period_or_of_all_products_reads_money() -> None:
    text = (
        "Kenya's exports to Uganda (USD million)\n\n| Product | 2023 | 2024 (12 months) |\n|---|---|---|\n"
        "| Tea | 45 | 48 |\n| Total | 610 | 650 |\n"
    )
    got = _cells(process_document(_doc(text)))
    assert got["650"].unit == "USD" and got["650"].value == 650e6



def test_a_column_of_units_and_a_yoy_column_under_a_percent_note_read_no_money() -> None:
    text = (
        "Kenya's exports to Uganda (USD million)\n\n| Product | Value | Quantity (units) |\n|---|---|---|\n"
        "| Tractors | 45 | 300 |\n| Trucks | 61 | 250 |\n"
    )
    got = _cells(process_document(_doc(text)))
    assert "300" not in got and got["45"].unit == "USD"
    text = (
        "Trade report\n\nTable 1. Kenya's exports to Uganda\n\n| Year | Exports | y/y |\n|---|---|---|\n"
        "| 2023 | 850 | 4.1 |\n| 2024 | 910 | 7.1 |\n\nNote: figures in USD million; y/y in percent.\n"
    )
    assert not [c for c in _cells(process_document(_doc(text))).values() if c.unit == "USD" and c.value < 1e8]


def test_a_balance_rows_rate_is_the_balances_change_not_trades_growth() -> None:
    text = (
        "Georgia's trade with Armenia (GEL million)\n\n"
        "| Indicator | 2024 | 2025 | Change (%) |\n|---|---:|---:|---:|\n"
        "| Total trade | 1,540.2 | 1,611.9 | 4.7 |\n| Trade balance | 310.4 | 288.1 | -7.2 |\n"
    )
    got = _cells(process_document(_doc(text)))
    assert got["4.7"].measure == "trade_growth"
    # the caption's partner and the reporter only its sentence places ("Georgia"): the pair's total trade
    assert (got["1,611.9"].measure, got["1,611.9"].parties) == ("trade_turnover", ("AM", "GE"))
    assert got["-7.2"].measure == "unclassified"


def test_one_roman_month_heads_a_months_column() -> None:
    text = (
        "Foreign trade of Montenegro with Serbia, December, thousand EUR\n\n"
        "| Indicator | XII 2024 | XII 2025 |\n|---|---:|---:|\n| Exports | 21,082 | 23,476 |\n"
    )
    got = _cells(process_document(_doc(text, published=date(2026, 1, 27))))
    p = got["23,476"].period
    assert p is not None and (p.start, p.end) == (date(2025, 12, 1), date(2025, 12, 31))


def test_a_caption_line_of_money_and_a_change_in_per_cent_reads_the_amounts_as_money() -> None:
    text = (
        "Release\n\n## Table 1. Foreign trade with Bolivia, 2023-2024\n\n*EUR thousand; change in per cent against "
        "the prior year*\n\n| Indicator | 2023 | 2024 | Change, % |\n|---|---|---|---|\n"
        "| Foreign trade turnover | 812,340.2 | 857,015.9 | 5.5 |\n"
    )
    got = _cells(process_document(_doc(text, published=date(2025, 2, 16))))
    assert (got["857,015.9"].unit, got["857,015.9"].value) == ("EUR", 857015.9e3)
    assert got["5.5"].unit == "percent"
