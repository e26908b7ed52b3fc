"""Regressions a read-only review found in the rules of 2026-11-23 (commits 4cee938..6fe4493), on invented news
sentences, each fixed: every test failed on 6fe4493 and passed on the rules' starting commit d1f9808. They cut
across extraction and reconciliation (whole documents through the pipeline), so they sit apart from the
per-module rule tests."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest

from kg.assemble import assemble
from kg.extract import extract
from kg.ingest import find_published, parse_document
from kg.models import Claim, Finding
from kg.pipeline import process_document
from kg.reconcile import reconcile_rows

PUB = "2026-11-20"


def claims_of(text: str, published: str = PUB) -> list[Claim]:
    d = parse_document(f"---\npublished: {published}\n---\n{text}".encode(), "t.md")
    return assemble(d, extract(d))


def claim(text: str, figure: str) -> Claim:
    found = [c for c in claims_of(text) if c.figure == figure]
    assert found, [(c.figure, c.kind, c.measure) for c in claims_of(text)]
    return found[0]


def findings(*docs: tuple[str, str]) -> list[Finding]:
    """Reconcile documents given as (front-matter lines, body)."""
    rows: list[Any] = []
    for i, (head, body) in enumerate(docs):
        d = parse_document(f"---\n{head}\n---\n{body}".encode(), f"doc{i}.md")
        rows += [json.loads(json.dumps(c.to_row())) for c in process_document(d)]
    return list(reconcile_rows(rows).findings)


def mismatches(fs: list[Finding]) -> list[Finding]:
    return [f for f in fs if f.is_conflict and f.type == "value_mismatch"]


# ------------------------------------------------------------ extraction: "total/all <demonym> exports to X"


@pytest.mark.parametrize(("text", "figure", "parties"), [
    ("Total German exports to France were €120 billion in 2025.", "€120 billion", ("DE", "FR")),
    ("Total Chilean imports from China reached $20 billion in 2025.", "$20 billion", ("CL", "CN")),
    ("All Polish exports to Czechia rose 4% to €20 billion in 2025.", "€20 billion", ("CZ", "PL")),
    ("Nearly all Kenyan exports to Uganda, worth $1 billion in 2025, travel by road.", "$1 billion", ("KE", "UG")),
])  # fmt: skip
def test_total_demonym_flow_to_a_named_partner_is_the_bilateral_flow(text: str, figure: str,
                                                                     parties: tuple[str, ...]) -> None:
    """'Total German exports to France' is Germany's exports to France (bilateral), not France's world total."""
    c = claim(text, figure)
    assert c.measure in ("exports", "imports") and tuple(sorted(c.parties)) == parties


def test_a_part_to_a_named_partner_after_all_exports_stays_bilateral() -> None:
    """In 'All German exports, which totalled €1.6 trillion, ... including €160 billion to the US', the €160bn
    is Germany's exports to the US, not the US's total exports."""
    c = claim("All German exports, which totalled €1.6 trillion in 2025, face the new tariffs, including "
              "€160 billion to the US.", "€160 billion")
    assert c.measure == "exports" and set(c.parties) == {"DE", "US"}


# ------------------------------------------------------------ extraction: the colon-target rule


@pytest.mark.parametrize("text", [
    "Forget the target: Egypt's exports to Kenya may fall to $400 million this year.",
    "Despite the new target, the outlook is weak: Morocco's exports to Senegal could fall to $300 million in 2026.",
])  # fmt: skip
def test_a_modal_fall_after_a_colon_naming_a_target_is_a_forecast(text: str) -> None:
    """A figure that 'may fall to' after a clause merely mentioning a target is a forecast, not the goal."""
    assert [c.kind for c in claims_of(text)] == ["forecast"]


# ------------------------------------------------------------ extraction: "by June 2028", "end of the decade"


def test_an_actual_level_reached_by_a_month_is_not_the_twelve_months_before() -> None:
    """'had reached $9.5 billion by June 2025' is a level of 2025 (year to date), not July 2024-June 2025."""
    c = claim("Exports from Turkey to Iraq had reached $9.5 billion by June 2025.", "$9.5 billion")
    assert c.kind == "actual" and c.period is not None and c.period.start >= date(2025, 1, 1)


# ------------------------------------------------------------ extraction: a goal naming no party


def test_a_partyless_goal_of_another_domain_is_no_trade_target() -> None:
    """'The tourism ministry's goal of $5 billion in annual visitor spending' is no trade target of the pair."""
    text = ("Trade between Kenya and Uganda reached $3.5 billion in 2025, officials said.\n\n"
            "The tourism ministry's goal of $5 billion in annual visitor spending by 2030 is also on track.\n")
    c = claim(text, "$5 billion")
    assert c.measure != "trade_turnover"


# ------------------------------------------------------------ bounds: "just over"


def test_just_over_a_rate_admits_a_few_tenths_more() -> None:
    """'grew just over 5%' agrees with another outlet's 5.3% (a rate's hedge is in points, as for 'nearly')."""
    fs = findings(("published: 2026-02-01", "Trade between Chile and Peru grew just over 5% in 2025, officials said."),
                  ("published: 2026-02-03", "Trade between Chile and Peru grew 5.3% in 2025, the statistics office said."))
    assert not mismatches(fs)


def test_just_over_a_round_billion_admits_its_rounding() -> None:
    """'just over $1 billion' agrees with $1.04 billion: a round figure's hedge spans more than 2.5%."""
    fs = findings(("published: 2026-02-01", "Kenya's exports to Uganda rose to just over $1 billion in 2025, officials said."),
                  ("published: 2026-02-03", "Kenya's exports to Uganda rose to $1.04 billion in 2025, the Kenya National "
                                            "Bureau of Statistics said."))
    assert not mismatches(fs)


# ------------------------------------------------------------ reconcile: part_scopes, official_outlets


@pytest.mark.parametrize(("first", "second"), [
    ("Canada's exports to the United States fell to C$450 billion in 2025, Ontario Premier Doug Ford said.",
     "Canada's exports to the United States were C$600 billion in 2025, officials said."),
    ("Australia's exports to China fell to A$190 billion in 2025, the New South Wales government said.",
     "Australia's exports to China were A$250 billion in 2025, officials said."),
])  # fmt: skip
def test_a_regional_name_near_a_national_figure_does_not_make_it_a_part(first: str, second: str) -> None:
    """A national figure quoted by 'Ontario Premier Doug Ford' ('the New South Wales government') still conflicts."""
    fs = findings(("published: 2026-02-01", first), ("published: 2026-02-03", second))
    assert mismatches(fs)


def test_a_news_agency_is_no_official_statistics_outlet() -> None:
    """An unsourced figure from 'Vietnam News Agency' is no Vietnamese statistic: $20B against $14B conflicts."""
    fs = findings(("published: 2026-02-01\noutlet: Vietnam News Agency",
                   "Trade between Vietnam and Thailand reached $20 billion in 2025."),
                  ("published: 2026-02-03\noutlet: Bangkok Post",
                   "Trade between Vietnam and Thailand reached $14 billion in 2025, according to Thailand's "
                   "commerce ministry."))
    assert mismatches(fs)


# ------------------------------------------------------------ attribution: "ministry"/"department" as source cues


@pytest.mark.parametrize(("text", "speaker"), [
    ("Trade between China and Brazil reached $180 billion in 2025, according to Foreign Ministry spokesperson "
     "Lin Jian.", "Lin Jian"),
    ("Exports from Vietnam to Japan rose to $26 billion in 2025, according to Trade Ministry spokesman Nguyen Van "
     "Binh.", "Nguyen Van Binh"),
])  # fmt: skip
def test_a_ministry_spokesperson_named_after_according_to_is_the_speaker(text: str, speaker: str) -> None:
    """'according to Foreign Ministry spokesperson Lin Jian': Lin Jian is the speaker, not a data source."""
    d = parse_document(f"---\npublished: {PUB}\n---\n{text}".encode(), "t.md")
    (c,) = [c for c in process_document(d) if c.unit == "USD"]
    assert c.speaker == speaker


# ------------------------------------------------------------ measure: the possessive-owner rule


def test_a_capital_city_owner_is_its_country() -> None:
    """'China's imports ... and Beijing's $90 billion in purchases of Australian goods': China's imports."""
    c = claim("China's imports from Australia fell in 2025, and Beijing's $90 billion in purchases of Australian "
              "goods was the lowest in years.", "$90 billion")
    assert c.measure == "imports" and (c.exporter, c.importer) == ("AU", "CN")


def test_a_partner_s_own_count_of_the_flow_keeps_the_flow() -> None:
    """'Germany's imports from Hungary rose to €35 billion, while Hungary's €30 billion ...': the same flow."""
    c = claim("Germany's imports from Hungary rose to €35 billion, while Hungary's €30 billion exceeded forecasts "
              "in 2025.", "€30 billion")
    assert c.measure in ("exports", "imports") and (c.exporter, c.importer) == ("HU", "DE")


# ------------------------------------------------------------ periods: kg:PublicationTitles


def test_an_annual_report_s_year_is_the_year_it_reports() -> None:
    """'The Bank of Ghana's Annual Report 2024 shows exports ... reached $600 million': a 2024 figure."""
    c = claim("The Bank of Ghana's Annual Report 2024 shows Ghana's exports to Nigeria reached $600 million.",
              "$600 million")
    assert c.period is not None and (c.period.start, c.period.end) == (date(2024, 1, 1), date(2024, 12, 31))


# ------------------------------------------------------------ periods: the relative-clause time rule


# ------------------------------------------------------------ review of baf8444..ded913e (2026-11-23, second pass)


@pytest.mark.parametrize("text", [
    "Trade between Croatia and Slovenia reached 7.4 billion euros in 2025. Croatia exported goods for 2.9 billion "
    "euros and imported goods for 4.5 billion euros.",
    "Croatia's trade with Slovenia reached 7.4 billion euros in 2025. Croatia exported goods worth 2.9 billion euros "
    "and imported goods worth 4.5 billion euros.",
])  # fmt: skip
def test_a_subject_s_goods_flow_after_a_sentence_on_the_pair_is_the_pair_s(text: str) -> None:
    """'Croatia exported goods for X' right after a sentence on Croatia and Slovenia's trade is the pair's flow,
    not Croatia's own total (1873c8b read it as a world total)."""
    c = claim(text, "2.9 billion euros")
    assert c.measure == "exports" and (c.exporter, c.importer) == ("HR", "SI")


def test_a_subject_s_goods_flow_with_a_part_to_the_partner_stays_its_total() -> None:
    c = claim("Estonia's trade with Finland rose in 2025. Estonia exported goods for 3.1 billion euros, 1.2 billion "
              "euros of it to Finland.", "3.1 billion euros")
    assert c.measure == "total_exports" and c.parties == ("EE",)


@pytest.mark.parametrize("body", [
    "Trade between Peru and Chile reached $6.1 billion in 2025.\n\n"
    "Other estimates put bilateral trade between Peru and Chile at $7.4 billion in 2025.",
    "Trade between Kenya and Uganda reached $1.2 billion in 2025.\n\n"
    "Trade between Kenya and Uganda reached $1.5 billion in 2025, a separate report found.",
])  # fmt: skip
def test_a_document_setting_another_estimate_against_its_own_still_conflicts(body: str) -> None:
    """same_document_conflicts (920860b) keeps one voice's figures of one document apart; a figure the document
    itself calls another estimate's is another voice, even unnamed (a value_mismatch, or a forecast_divergence where
    "Other estimates put trade between Peru and Chile at" reads as an estimate)."""
    assert [f for f in findings((f"published: {PUB}", body)) if f.is_conflict]


def test_a_month_before_a_flow_noun_after_a_year_is_that_year_s_month() -> None:
    """'Exports in 2024 were $900 million; March shipments alone were $90 million': March 2024, not the last March
    before publication."""
    c = claim("Kenya's exports to Uganda were $900 million in 2024, and March shipments alone were $90 million.",
              "$90 million")
    assert c.period is not None and (c.period.start, c.period.end) == (date(2024, 3, 1), date(2024, 3, 31))


@pytest.mark.parametrize("text", [
    "Shipments to China accounted for 19.5% of South Korea's exports and rose 6.6% in 2025.",
    "China accounted for 19.5% of South Korea's exports in 2025, up 6.6% from a year earlier.",
])  # fmt: skip
def test_a_rate_after_a_share_of_the_flow_itself_is_the_flow_s_growth(text: str) -> None:
    """A share's whole skipped for a rate after it (3826efe) is a total ('of total exports'); a whole that is the
    flow itself leaves the rate the flow's growth, not a second share."""
    c = claim(text, "6.6%")
    assert c.measure == "export_growth" and (c.exporter, c.importer) == ("KR", "CN")


@pytest.mark.parametrize(("locale", "text", "unit"), [
    ("en-AU", "SYDNEY, Feb 10 (AAP) - Australia's exports to China fell 6 per cent to $195 billion in 2025.", "AUD"),
    ("en-NZ", "WELLINGTON (AAP) - New Zealand's exports to Australia rose to $14 billion in 2025.", "NZD"),
    ("en-SG", "BEIJING, Jan 14 (Reuters) - China's exports to Vietnam rose to $160 billion in 2025.", "USD"),
])  # fmt: skip
def test_a_national_agency_s_dateline_from_the_page_s_country_keeps_its_dollar(locale: str, text: str,
                                                                               unit: str) -> None:
    """A wire credit drops the page's locale as home (12ef560) when the dateline is another country's; a national
    agency's story from the page's own country still writes that country's dollar bare."""
    d = parse_document(f"---\npublished: {PUB}\nlanguage: {locale}\n---\n{text}".encode(), "t.md")
    money = [c for c in assemble(d, extract(d)) if c.unit not in ("percent", "pp")]
    assert money and money[0].unit == unit


def test_a_record_said_of_the_figure_just_stated_is_no_background_note() -> None:
    """'..., which was the highest on record' is said of the lead figure itself: its period passes on, unlike
    'The 2019 figure of $30 billion remains the highest on record' (ded913e's _RECORD_NOTE)."""
    c = claim("Trade between Japan and Vietnam was $47 billion in 2023.\n\nVietnam's exports to Japan rose to $25 "
              "billion in 2024, which was the highest on record.\n\nImports from Japan were $22 billion.",
              "$22 billion")
    assert c.period is not None and (c.period.start, c.period.end) == (date(2024, 1, 1), date(2024, 12, 31))


def test_the_us_before_a_dollar_amount_is_the_country() -> None:
    """'US $' is a currency (ded913e), but 'sold the US $505 billion of goods' names the United States."""
    c = claim("In 2025 Mexico sold the US $505 billion of goods, while Canada sold the US $412 billion.",
              "$505 billion")
    assert c.parties == ("MX", "US") and (c.exporter, c.importer) == ("MX", "US")


@pytest.mark.parametrize("text", [
    "Kenya's budget deficit widened to 5.7% in 2025, while its trade deficit with China reached $3.5 billion.",
    "Kenya's trade deficit with China reached $3.5 billion in 2025. The current account deficit narrowed 12% over "
    "the year.",
    "Kenya's fiscal deficit was 5.3% in 2025, and the trade deficit with China rose to $3.5 billion.",
])  # fmt: skip
def test_a_budget_or_current_account_deficit_s_rate_is_no_trade_deficit_growth(text: str) -> None:
    """The bare 'deficit' cue of trade_deficit_growth (27cc26a) does not read a fiscal, budget or current-account
    deficit's rate as the trade deficit's change."""
    assert not [c for c in claims_of(text) if c.measure in ("trade_deficit_growth", "trade_surplus_growth")]


@pytest.mark.parametrize("text", [
    "Türkiye's exports reached $8.6 billion in 2025, according to Russian customs data.",
    "Trade between Türkiye and Russia fell to $52 billion in 2025. Türkiye's exports reached $8.6 billion, according "
    "to Russian customs data.",
])  # fmt: skip
def test_a_partner_s_own_count_after_the_figure_keeps_the_pair_s_flow(text: str) -> None:
    """The later-clause cut (24f63ec) drops places of another flow after the figure; a source clause naming the
    partner ('according to Russian customs data') is no other flow: the figure is the flow to that partner."""
    c = claim(text, "$8.6 billion")
    assert c.measure == "exports" and (c.exporter, c.importer) == ("TR", "RU")


# ---------------------------------------------------------------- the review of 2026-11-23's fifth session
# (commits 06ec850..5387732): each case failed on 5387732 and passed on 06ec850


def test_a_month_before_a_year_is_no_currency_of_a_later_cue() -> None:
    c = claim("Ghana recorded 3 billion dollars in exports to Togo in June 2025.", "3 billion dollars")
    assert (c.measure, c.exporter, c.importer) == ("exports", "GH", "TG")


@pytest.mark.parametrize("text", [
    "Trade between Togo and Ghana reached $3 billion in 2024, above the earlier estimate.",
    "Trade between Togo and Ghana reached $3 billion in 2024, in line with estimates.",
])  # fmt: skip
def test_a_closing_noun_estimate_makes_no_estimate(text: str) -> None:
    assert claim(text, "$3 billion").kind == "actual"


def test_a_share_over_a_year_is_no_growth_rate() -> None:
    c = claim("Ghana's share of Togo's exports stood at 12% over 2024.", "12%")
    assert c.measure == "export_share"


def test_an_earlier_change_verb_leaves_a_later_deadline_in_n_years() -> None:
    text = ("Togo's exports to Ghana fell 5% in 2024, but the two governments aim to lift trade to $10 billion "
            "in five years.")
    c = claim(text, "$10 billion")
    assert c.kind == "target" and c.period is not None and c.period.start.year == 2031


def test_a_share_whole_stops_at_a_preposition_and_a_role_whole_at_a_comma() -> None:
    assert claim("Peru accounted for 12% of Chile's GDP as exports boomed in 2024.", "12%").measure != "export_share"
    c = claim("In 2024 Ghana was the leading destination for Togo's exports, with a 15% share.", "15%")
    assert (c.measure, c.exporter, c.importer) == ("export_share", "TG", "GH")


# ------------------------------------------------------------ review of 57ea4cb..439421c (invented sentences)


@pytest.mark.parametrize("text", [
    "Exports from Vietnam to the United States are now five times larger than they were in 2015.",
    "Trade between Morocco and Senegal is three times bigger than it was a decade ago.",
])  # fmt: skip
def test_a_multiplier_against_the_flows_own_past_stays_a_growth(text: str) -> None:
    """'five times larger than they were in 2015' compares a flow with its own past (growth), not two flows."""
    c = next(c for c in claims_of(text) if "times" in c.figure)
    assert c.measure in ("export_growth", "trade_growth")


def test_a_multiplier_between_two_flows_stays_unclassified() -> None:
    c = next(c for c in claims_of("Ecuador buys twelve times more from Chile than it sells there.") if "times" in c.figure)
    assert c.measure == "unclassified"


def test_a_whole_year_word_of_an_earlier_figure_leaves_a_later_part_year_figure() -> None:
    """'full-year' names the forecast's year; the 3% after another figure keeps its own first half."""
    text = ("Indonesia expects full-year exports to India to reach $25 billion, the ministry said, after shipments "
            "fell 3% in the first half of 2026.")
    c = claim(text, "3%")
    assert c.period is not None and (c.period.start, c.period.end) == (date(2026, 1, 1), date(2026, 6, 30))
    f = claim(text, "$25 billion")
    assert f.period is not None and (f.period.start, f.period.end) == (date(2026, 1, 1), date(2026, 12, 31))


@pytest.mark.parametrize(("line", "want"), [
    ("CHINA AND US AGREE TO CUT TARIFFS", None),
    ("UK AND INDIA SIGN TRADE DEAL", None),
    ("UAE TRADE WITH KENYA", "AE"),
    ("DRC COPPER EXPORTS TO CHINA SURGE", "CD"),
    ("STATISTICS MAURITIUS", "MU"),
])  # fmt: skip
def test_a_first_line_in_capitals_keeps_its_acronyms(line: str, want: str | None) -> None:
    """Title-casing a capitals headline must not drop "US", "UK", "UAE", "DRC" and leave the other country alone."""
    from kg.assemble import _line_country

    assert _line_country(line, ()) == want


def test_a_figure_cell_spanning_rows_is_not_copied_to_the_rows_below() -> None:
    """A merged 'Group total' beside two partners' rows is one value, not a second figure of the lower partner."""
    html = ("<html><body><p>Trade of Poland with its neighbours in 2025 (EUR million)</p><table>"
            "<tr><th>Partner</th><th>Flow</th><th>Value</th><th>Group total</th></tr>"
            "<tr><td>Germany</td><td>Exports</td><td>5,000</td><td rowspan=\"2\">12,000</td></tr>"
            "<tr><td>Czechia</td><td>Exports</td><td>7,000</td></tr>"
            "</table></body></html>")
    d = parse_document(f"---\npublished: {PUB}\n---\n{html}".encode(), "t.html")
    czech = [c.figure for c in assemble(d, extract(d)) if "CZ" in c.parties]
    assert czech == ["7,000"]


def test_a_label_spanning_rows_still_heads_each_of_them() -> None:
    html = ("<html><body><p>Trade between Chile and Argentina (US$ million)</p><table>"
            "<tr><th>Year</th><th>Flow</th><th>Value</th></tr>"
            "<tr><td rowspan=\"2\">2025</td><td>Exports</td><td>1,300</td></tr>"
            "<tr><td>Imports</td><td>950</td></tr>"
            "</table></body></html>")
    d = parse_document(f"---\npublished: {PUB}\n---\n{html}".encode(), "t.html")
    got = {c.figure: c.period.start.year if c.period else None for c in assemble(d, extract(d))}
    assert got.get("950") == 2025


def test_a_flow_to_a_bloc_keeps_the_member_country_the_story_is_about() -> None:
    """'Exports to the EU' in a story on Hungary's trade with China are Hungary's, not China's."""
    text = ("Hungary's trade with China grew in 2025, Budapest said. China and Hungary signed new deals.\n\n"
            "Exports to the EU rose 2% to €110 billion in 2025, the statistics office said.")
    c = claim(text, "€110 billion")
    assert (c.parties, c.exporter) == (("EU", "HU"), "HU")


def test_a_member_country_flow_in_a_bloc_story_takes_the_other_country() -> None:
    text = ("Serbia's trade with the European Union grew in 2025.\n\n"
            "Exports to Germany reached €3.2 billion in 2025, the statistics office said.")
    assert claim(text, "€3.2 billion").parties == ("DE", "RS")


def test_a_title_case_headline_is_no_masthead_for_a_shared_currency() -> None:
    """'Pakistan Textile Mills Lose Ground' is a headline: India's ministry's "Rs" stays the Indian rupee."""
    text = ("Pakistan Textile Mills Lose Ground\n\nIndia's exports of cotton yarn to Bangladesh rose to Rs 9,000 crore "
            "in 2025, the Indian commerce ministry said, while Pakistani mills saw orders fall.")
    assert claim(text, "Rs 9,000 crore").unit == "INR"


def test_an_organisations_masthead_still_picks_its_currency() -> None:
    text = "Nepal Rastra Bank\n\nNepal's imports from India rose 8% to Rs 1,200 billion in 2025, the central bank said."
    assert claim(text, "Rs 1,200 billion").unit == "NPR"


def test_a_timeless_base_after_a_comma_is_the_year_before_and_no_conflict() -> None:
    """'copper exports reached $5 billion in 2025, up from $4 billion': the base now counts copper (flow_good), so
    it must also take the year before, or it contradicts the $5 billion of 2025 across documents."""
    a = ("Copper exports from Zambia to China reached $5 billion in 2025, up from $4 billion, while total exports to "
         "China were $6 billion, up from $5.5 billion.")
    b = ("Zambia's total exports to China were $6 billion in 2025, up from $5.5 billion, while copper exports reached "
         "$5 billion, up from $4 billion.")
    base = claim(a, "$4 billion")
    assert base.period is not None and base.period.start == date(2024, 1, 1)
    assert mismatches(findings((f"published: {PUB}", a), (f"published: {PUB}", b))) == []


def test_an_update_stamp_older_than_the_years_a_text_reports_does_not_date_it() -> None:
    """'Updated: 12 Jan 2021' over a report of 2025's exports cannot be the text's date."""
    text = ("Nigeria Ghana Trade\nBy Staff Reporter\nUpdated: 12 Jan 2021\n\nNigeria's exports to Ghana rose 10% to "
            "$800 million in 2025, the central bank said.")
    d = parse_document(text.encode(), "t.md")
    assert d.published is not None and d.published >= date(2026, 1, 1)


def test_an_update_stamp_still_dates_a_text_that_states_no_date() -> None:
    text = "Kenya-Uganda trade slows\nUpdated: 18 Apr 2025, 09:15\n\nKenya's exports to Uganda fell 4% in 2024."
    assert parse_document(text.encode(), "t.md").published == date(2025, 4, 18)


def test_an_update_stamp_in_the_year_the_text_looks_ahead_to_still_dates_it() -> None:
    text = ("Peru's exports to Chile\n\nLast updated: Mar 3, 2025 - 10:05\n\nPeru's exports to Chile reached $2.1 "
            "billion in 2024, the ministry said. The 2025 budget, approved in December, sets spending at S/ 250 "
            "billion.\n")  # fmt: skip
    assert find_published(text) == (date(2025, 3, 3), "inferred")
