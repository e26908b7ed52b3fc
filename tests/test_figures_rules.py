"""Figure-level rules from the held-out error analysis, each on new sentences (other countries, other currencies).

C: which dollar a bare "$" is, per document; H: bound cues in every verb form, on multipliers, after "(";
B: the rise and fall cue words; G: measure qualifiers ("non-oil", "services") as narrower measures.
"""

from __future__ import annotations

import re

import pytest

from kg.figures import find_quantities, home_country
from kg.lexicon import Lexicon, inflect, load_lexicon
from kg.models import Quantity


@pytest.fixture(scope="module")
def lex() -> Lexicon:
    return load_lexicon()


def money(text: str) -> list[Quantity]:
    return [q for q in find_quantities(text) if q.quantity == "money"]


def units(text: str) -> list[str]:
    return [q.unit for q in money(text)]


# ---------------------------------------------------------------- C: the dollar of a bare "$"


@pytest.mark.parametrize(
    "text",
    [
        # a country dollar marked explicitly is told apart from the US dollar: the bare "$" is USD
        "Canada's exports to Japan rose to C$18.2 billion last year. Canola shipments alone were worth "
        "$4.1 billion, the agency said.",
        "New Zealand sold NZ$2.3 billion of kiwifruit abroad. Dairy earned $21 billion.",
        "Hong Kong's re-exports to Vietnam reached HK$96 billion; imports were $40 billion.",
        "Iron ore shipments to Korea hit A$31 billion. Coal added $12 billion.",
        "OTTAWA, Jan 12 (Reuters) - Exports to countries other than the United States rose to C$174.6 "
        "billion, while the U.S. goods deficit with Canada was $64.2 billion.",
    ],
)
def test_explicit_country_dollar_leaves_bare_dollar_usd(text: str) -> None:
    from kg.figures import document_dollar

    assert units(text)[-1] == "USD"
    assert document_dollar(text) == "USD"


def test_domestic_copy_marking_its_own_dollar_leaves_bare_dollar_usd() -> None:
    text = "SYDNEY — Coal exports to India were A$12 billion, and the miner's US listing raised $3 billion."
    assert units(text) == ["AUD", "USD"]


def test_us_dollar_stays_usd_next_to_a_country_dollar() -> None:
    text = "Wheat sales to Egypt were worth A$1.9 billion (US$1.2 billion); barley earned $800 million."
    assert units(text) == ["AUD", "USD", "USD"]


def test_two_country_dollars_leave_bare_dollar_to_the_next_rule() -> None:
    text = "Trade across the Tasman: NZ$14 billion one way, A$12 billion the other, and $3 billion in services."
    assert units(text)[-1] == "USD"  # no single dollar and no home country: USD


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # domestic copy: the dateline of a dollar country, without a wire agency's credit
        ("OTTAWA — Canada's merchandise trade deficit with Mexico widened to $2.7 billion in April, "
         "the widest in a year.", "CAD"),
        ("SINGAPORE: Non-oil domestic exports to Thailand rose to $4.4 billion in May.", "SGD"),
        ("Wellington, March 4 - Exports of logs to India fell to $310 million last quarter.", "NZD"),
        # the dateline of a country whose currency is not a dollar changes nothing
        ("TOKYO — Japan's exports to Chile were $2.1 billion.", "USD"),
    ],
)
def test_domestic_dateline(text: str, want: str) -> None:
    assert units(text) == [want]


def test_wire_copy_from_a_dollar_country_stays_usd() -> None:
    # international wires mark local dollars (A$, C$); their bare "$" is USD even from Sydney or Ottawa
    text = "OTTAWA, May 3 (Reuters) - Canada's top miner posted a $1.4 billion profit on strong gold prices."
    assert units(text) == ["USD"]


def test_domestic_institution_cited_unqualified() -> None:
    text = ("Re-exports to Cambodia reached $31 billion in the first half, the Census and Statistics "
            "Department said on Tuesday.")
    assert units(text) == ["HKD"]


def test_institution_qualified_by_its_country_is_foreign_copy() -> None:
    text = ("Shipments to Brazil reached $31 billion in the first half, Hong Kong's Census and Statistics "
            "Department said on Tuesday.")
    assert units(text) == ["USD"]


@pytest.mark.parametrize(
    "text",
    [
        # an American article about a dollar country: no domestic signal, so USD
        "WASHINGTON — The United States and Canada agreed a $6 billion critical minerals fund, and Canadian "
        "officials said Canada's share of the market would grow.",
        "Canada's exports of crude to the United States reached $110 billion, analysts in New York estimated.",
        "Australia's lithium shipments to China were worth $13 billion, a Chicago research firm said.",
        # a domestic signal of one country and the dateline of another: no single home, so USD
        "WASHINGTON — Re-exports reached $31 billion, the Census and Statistics Department said.",
    ],
)
def test_foreign_copy_about_a_dollar_country_stays_usd(text: str) -> None:
    assert set(units(text)) == {"USD"}


def test_dollars_spelled_out_follow_the_document_dollar() -> None:
    text = "OTTAWA — Canada's aluminium exports were $16 billion; the sector expects 20 billion dollars by 2030."
    assert units(text) == ["CAD", "CAD"]
    assert units("Aluminium exports were C$16 billion; buyers expect 20 billion dollars.") == ["CAD", "USD"]
    assert units("Exports were 20 billion U.S. dollars, up from C$1 billion.") == ["USD", "CAD"]


def test_bare_figure_inherits_the_document_dollar() -> None:
    text = "WELLINGTON — $4 billion in dairy went north. Meat shipments of $2 billion and 1.5 billion in wool followed."
    assert units(text) == ["NZD", "NZD", "NZD"]


# ---------------------------------------------------------------- H: bounds


@pytest.mark.parametrize(
    ("text", "bound"),
    [
        ("Two-way trade between Chile and Korea will cross $9 billion next year.", "at_least"),
        ("Exports to Peru are crossing $4 billion this year.", "at_least"),
        ("Trade with Ghana crosses $2 billion for the first time.", "at_least"),
        ("Officials expect trade to exceed 30 billion euros in 2026.", "at_least"),
        ("Sales to Morocco should top $5 billion.", "at_least"),
        ("Sales to Morocco tops $5 billion.", "at_least"),
        ("Sales to Morocco, topping $5 billion, set a record.", "at_least"),
        ("Trade is set to surpass $12 billion.", "at_least"),
        ("Trade surpasses $12 billion.", "at_least"),
        ("Kenya's imports from India were $3 billion.", "exact"),
    ],
)
def test_bound_verbs_in_every_form(text: str, bound: str) -> None:
    (q,) = [q for q in find_quantities(text) if q.quantity == "money"]
    assert q.bound == bound
    if bound == "at_least":
        assert q.low == q.value and q.high is None


@pytest.mark.parametrize(
    ("text", "bound", "low", "high"),
    [
        ("Exports of Polish furniture to Norway more than doubled last year.", "at_least", 100.0, None),
        ("Egypt's imports of Indian wheat nearly tripled.", "at_most", None, 200.0),
        ("Sales more than tripled to $3 billion.", "at_least", 200.0, None),
        ("Sales doubled.", "exact", 100.0, 100.0),
        ("Trade grew more than 2.5 times over a decade.", "at_least", 150.0, None),
    ],
)
def test_hedge_on_multipliers(text: str, bound: str, low: float | None, high: float | None) -> None:
    (q,) = [q for q in find_quantities(text) if q.quantity == "multiplier"]
    assert (q.bound, q.low, q.high) == (bound, low, high)


@pytest.mark.parametrize(
    ("text", "unit", "bound"),
    [
        ("Exports to Spain reached 4.1 billion euros (about 4.4 billion U.S. dollars) in 2023.", "USD", "approx"),
        ("Imports reached 280 billion rupees (roughly $3.4 billion).", "USD", "approx"),
        ("Trade hit 90 billion yuan [nearly 12.5 billion U.S. dollars].", "USD", "at_most"),
        ('He said: "more than 800 million pounds" was at stake.', "GBP", "at_least"),
    ],
)
def test_hedge_after_opening_bracket(text: str, unit: str, bound: str) -> None:
    q = [q for q in find_quantities(text) if q.quantity == "money"][-1]
    assert (q.unit, q.bound) == (unit, bound)


def test_bound_cues(lex: Lexicon) -> None:
    for w in ("cross", "crosses", "exceed", "top", "tops", "surpass", "surpasses", "topping"):
        assert w in lex.at_least, w


# ---------------------------------------------------------------- B: rise and fall cue words


@pytest.mark.parametrize(
    ("base", "forms"),
    [
        ("cross", {"cross", "crosses", "crossing", "crossed"}),
        ("top", {"top", "tops", "topping", "topped"}),
        ("slip", {"slip", "slips", "slipping", "slipped"}),
        ("ease", {"ease", "eases", "easing", "eased"}),
        ("narrow", {"narrow", "narrows", "narrowing", "narrowed"}),
        ("plummet", {"plummet", "plummets", "plummeting", "plummeted"}),
        ("surpass", {"surpass", "surpasses", "surpassing", "surpassed"}),
        ("fall|fell|fallen", {"fall", "falls", "falling", "fell", "fallen"}),
        ("sink|sank|sunk", {"sink", "sinks", "sinking", "sank", "sunk"}),
        ("slide|slid", {"slide", "slides", "sliding", "slid"}),
        ("widen", {"widen", "widens", "widening", "widened"}),
    ],
)
def test_inflect(base: str, forms: set[str]) -> None:
    assert set(inflect(base)) == forms


def test_fall_cues(lex: Lexicon) -> None:
    for w in ("slipped", "slip", "narrowed", "narrow", "eased", "ease", "shrinks", "falls", "slides", "slid",
              "plummeted", "tumbled", "sank", "lower", "fell", "down", "declined", "contracted"):
        assert w in lex.fall_cues, w
    for w in ("rose", "widened", "up", "exceed", "doubled"):
        assert w not in lex.fall_cues, w


def test_growth_cues(lex: Lexicon) -> None:
    for w in ("widened", "climbed", "jumped", "surged", "soared", "slipped", "narrowed", "eased", "tumbled",
              "plummeted", "slid", "sank", "falls", "rises"):
        assert w in lex.growth_cues, w
    # words that are also ordinary nouns, adjectives or verbs anywhere in a sentence are not growth cues
    for w in ("ease", "narrow", "lower", "top", "contract", "contracts", "sink"):
        assert w not in lex.growth_cues, w


# ---------------------------------------------------------------- G: measure qualifiers


def test_qualified_measures(lex: Lexicon) -> None:
    non_oil = lex.measures["non_oil_trade"]
    assert non_oil.arity == 2 and non_oil.unit_type == "money"
    assert "non-oil trade" in non_oil.cues and "non-energy trade" in non_oil.cues
    assert lex.measures["non_oil_trade_growth"].growth_of == "non_oil_trade"
    assert "services trade" in lex.measures["services_trade"].cues
    assert lex.measures["non_oil_exports"].direction == "export"
    # the unqualified measure keeps none of the qualified cues
    # goods and services together are the whole trade ("goods and services trade"), services alone a part
    assert not {c for c in lex.measures["trade_turnover"].cues
                if "non-" in c or ("services" in c and "goods and services" not in c)}
    assert {"goods and services trade", "trade in goods and services"} <= set(lex.measures["trade_turnover"].cues)


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        ("Non-oil trade between Saudi Arabia and Egypt reached $9 billion in 2024.", "non_oil_trade"),
        ("Bilateral non-oil trade with Oman rose to $3 billion.", "non_oil_trade"),
        ("Non-energy trade between Norway and Poland was $6 billion.", "non_oil_trade"),
        ("Bilateral trade between Saudi Arabia and Egypt reached $14 billion in 2024.", "trade_turnover"),
        ("Services trade between Ireland and Canada was $5 billion.", "services_trade"),
        ("Trade in services between Ireland and Canada was $5 billion.", "services_trade"),
        ("Kuwait's non-oil exports to Iraq were $1.2 billion.", "non_oil_exports"),
        ("Kuwait's exports to Iraq were $1.2 billion.", "exports"),
    ],
)
def test_measure_of_a_qualified_figure(sentence: str, want: str) -> None:
    from kg.assemble import claim_measure

    (q,) = money(sentence)
    assert claim_measure(sentence, q, q.start, q.end) == want


def test_growth_of_a_qualified_measure() -> None:
    from kg.assemble import claim_measure

    sentence = "Non-oil trade between Jordan and Iraq grew 12% last year."
    (q,) = [q for q in find_quantities(sentence) if q.quantity == "percent"]
    assert claim_measure(sentence, q, q.start, q.end) == "non_oil_trade_growth"


@pytest.mark.parametrize(
    ("text", "unit", "value"),
    [
        ("Kenya's coffee exports to Uganda rose to Sh46.2 billion last year.", "KES", 46.2e9),
        ("Tea exports to Pakistan reached KSh 131.5 billion in 2023.", "KES", 131.5e9),
        ("Ksh2.5bn in avocados went to Egypt.", "KES", 2.5e9),
        ("Zanzibar's clove exports earned TSh 85 billion.", "TZS", 85e9),
        ("Kampala's fish exports fetched USh 300 billion.", "UGX", 300e9),
        ("Dairy exports were worth 12 billion shillings.", "KES", 12e9),
    ],
)
def test_shilling_symbols(text: str, unit: str, value: float) -> None:
    (q,) = money(text)
    assert (q.unit, q.value) == (unit, value)


# ------------------------------------------------------------------ the declared language's region


@pytest.mark.parametrize(
    ("language", "want"),
    [
        ("en-AU", "AUD"),  # an Australian page writes its own dollar bare
        ("en-NZ", "NZD"),
        ("en-GB", "USD"),  # a region without a dollar leaves the bare "$" to the US dollar
        ("en", "USD"),  # no region, no signal
        (None, "USD"),
    ],
)
def test_a_declared_language_region_is_a_home_signal(language: str | None, want: str) -> None:
    text = "Wine shipments to Singapore reached $1.3 billion last year, industry figures show."
    got = [q.unit for q in find_quantities(text, language) if q.quantity == "money"]
    assert got == [want]


def test_a_declared_region_still_yields_to_an_explicit_country_dollar() -> None:
    # a page that writes A$ tells it apart from the US dollar, so its bare "$" is USD
    text = "Exports rose to A$12 billion while the US side counted $7.9 billion."
    assert [q.unit for q in find_quantities(text, "en-AU")] == ["AUD", "USD"]


@pytest.mark.parametrize(
    ("text", "bound"),
    [
        ("Trade reached €52.5bn in 2025, slightly below the €53.1bn recorded in 2024.", "exact"),
        ("Trade was below the $40bn of 2023.", "exact"),
        ("Trade exceeded the $200bn mark.", "at_least"),  # a threshold, not a record of its own
        ("Trade exceeded the $200bn mark in 2024.", "at_least"),
        ("Trade came close to the $48bn peak of 2022.", "exact"),  # another figure, compared
        ("Trade came close to the $200bn target.", "at_most"),
    ],
)  # fmt: skip
def test_a_definite_figure_with_its_own_record_takes_no_hedge(text: str, bound: str) -> None:
    assert [q.bound for q in find_quantities(text) if q.quantity == "money"][-1] == bound


def test_an_exchange_rate_note_is_no_amount() -> None:
    text = "Trade was 5 billion euros ($5.2 billion). ($1 = 0.9547 euros) Rate used: £1 = ₹115."
    assert [q.text for q in find_quantities(text) if q.quantity == "money"] == ["5 billion euros", "$5.2 billion"]


@pytest.mark.parametrize(
    ("text", "unit"),
    [("The deficit was R196.3 billion.", "ZAR"), ("Exports hit Mex$14.2 trillion.", "MXN"),
     ("Exports hit Rp 324 trillion.", "IDR"), ("Exports hit R$ 100 billion.", "BRL"), ("Exports hit RM12bn.", "MYR")],
)  # fmt: skip
def test_local_currency_symbols(text: str, unit: str) -> None:
    assert [q.unit for q in find_quantities(text) if q.quantity == "money"] == [unit]


@pytest.mark.parametrize(
    ("text", "units"),
    [("Exports rose to N2.87 trillion.", ["NGN"]), ("Imports came to ₦2.1 trillion.", ["NGN"]),
     ("Exports reached SR201.8 billion.", ["SAR"]), ("Stocks of N95 masks ran low; R2 was 0.9.", [])],
)  # fmt: skip
def test_one_letter_currency_signs_need_a_scale(text: str, units: list[str]) -> None:
    assert [q.unit for q in find_quantities(text) if q.quantity == "money"] == units


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Report\n\n**Wellington, 6 October 2025** — Statistics NZ said", "NZ"),  # Markdown bold around it
        ("Report\n\nOTTAWA, Oct 6 (Reuters) - Canada said", None),  # a wire credit: no home
        ("Report\n\nTrade rose.", None),
    ],
)
def test_home_country_from_a_dateline(text: str, want: str | None) -> None:
    assert home_country(text) == want


# ---------------------------------------------------------------- E: currency names several currencies share


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        # the home country: the declared language's region, a domestic dateline
        ("Garment exports to Turkey were worth Rs 310bn in the year.", "en-PK", "PKR"),
        ("Tea exports to Iran earned Rs 85 billion last year.", "en-LK", "LKR"),
        ("KATHMANDU, March 3 — Imports from India cost Rs 1.6 trillion in the fiscal year.", None, "NPR"),
        # the home country wins over the other party that shares the name
        ("India's cotton exports to Pakistan fell to Rs 40 billion.", "en-PK", "PKR"),
        # no home: the one country named whose currency bears the name
        ("Sri Lanka's tea sales to Russia reached 120 billion rupees.", None, "LKR"),
        ("Colombian coffee sold to Japan brought in 4.2 trillion pesos.", None, "COP"),
        ("Chile's copper shipments to Korea were worth some 9.1 trillion pesos.", None, "CLP"),
        ("Tanzania's gold exports to Switzerland earned Sh2.1 trillion.", None, "TZS"),
        ("Egypt's exports to Italy reached 190 billion pounds.", None, "EGP"),
        ("Senegal's groundnut sales to France came to 300 billion francs.", None, "XOF"),
        ("Swiss watch exports to Japan reached 1.9 billion francs.", None, "CHF"),
        ("Qatar's gas sales to Japan brought 40 billion riyals.", None, "QAR"),
        ("Morocco's phosphate exports to Brazil earned 12 billion dirhams.", None, "MAD"),
        ("Iceland's fish exports to Norway were 90 billion kronor.", None, "ISK"),
        ("Danish pork sales to China reached 8 billion kroner.", None, "DKK"),
        # no home, none named: today's default
        ("Remittances reached Rs 2.9 trillion.", None, "INR"),
        # several named: the currency of the one named first
        ("Trade between Argentina and Uruguay reached 900 billion pesos.", None, "ARS"),
        ("Trade between Uruguay and Argentina reached 900 billion pesos.", None, "UYU"),
        ("Colombia sold Panama 12 trillion pesos of goods last year, more than Mexico did.", None, "COP"),
        ("Moldova's exports to Romania totalled 10 billion lei in 2024.", None, "MDL"),
        ("Romania's imports from Moldova totalled 10 billion lei in 2024.", None, "RON"),
        ("Uganda's coffee imports from Kenya rose to Sh46.2 billion.", None, "UGX"),
        # none named: the default
        ("Imports from Germany cost 40 billion pounds.", None, "GBP"),
        # a phrase holding a country's name without naming it (kg:Exclusion) names no user
        ("PORT LOUIS (Indian Ocean Wire) - Mauritius bought 9 billion rupees of goods from Kenya.", None, "MUR"),
    ],
)
def test_shared_currency_names_follow_the_documents_country(text: str, language: str | None, want: str) -> None:
    from kg.figures import document_currency

    (q,) = [q for q in find_quantities(text, language) if q.quantity == "money"]
    assert q.unit == want, q
    word = q.text.split()[-1] if q.text[0].isdigit() else re.split(r"\s?\d", q.text, maxsplit=1)[0]  # "Rs", "Sh"
    assert document_currency(text, word, language) == want


def test_one_document_reads_every_form_of_a_shared_name_alike() -> None:
    text = ("ISLAMABAD, June 2 — Rice exports to Kenya rose to Rs 95 billion, or 95 billion rupees by the "
            "ministry's count; Rs. 3bn of it was basmati.")
    assert {q.unit for q in money(text)} == {"PKR"}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Tunisia's olive oil exports to Spain earned 1.9 billion dinars.", ["TND"]),
        ("Kuwait's crude exports to India reached 6 billion dinars.", ["KWD"]),
        ("Imports reached 3 billion dinars.", []),  # a name with no default, no country: not read
        ("Bahrain's imports from Kuwait came to 1.1 billion dinars.", ["BHD"]),  # two: the one named first
    ],
)
def test_a_shared_name_without_default_needs_the_documents_country(text: str, want: list[str]) -> None:
    assert units(text) == want


def test_zloty_sign_before_the_number() -> None:
    text = "Exports to Germany reached EUR 48.9 bn (zł208.1bn), and zł 4.5 billion went to Czechia."
    assert [(q.unit, q.value) for q in money(text)] == [("EUR", 48.9e9), ("PLN", 208.1e9), ("PLN", 4.5e9)]


def test_a_sign_read_only_before_the_number() -> None:
    # "MT" before a number is the metical; after one it is metric tonnes
    text = "Trade came to MT 14.2 billion (MT14bn) in 2024, and 1.2 million MT of maize crossed the border."
    assert [(q.unit, q.value) for q in money(text)] == [("MZN", 14.2e9), ("MZN", 14e9)]


def test_blank_grouped_amount_after_a_currency_code() -> None:
    text = "Total Polish exports amounted to PLN 1 515.6 bn (EUR 352.2 bn) in 2024."
    assert [(q.text, q.value) for q in money(text)] == [("PLN 1 515.6 bn", 1_515.6e9), ("EUR 352.2 bn", 352.2e9)]


def test_a_peso_countrys_own_press_writes_its_peso_bare_when_it_marks_the_us_dollar() -> None:
    text = "Imports cost US$1 billion, some $8.9 trillion in pesos at the official rate."
    assert [q.unit for q in find_quantities(text, "es-CO")] == ["USD", "COP"]
    assert [q.unit for q in find_quantities("Imports cost $1 billion.", "es-CO")] == ["USD"]  # nothing marked: USD
    assert [q.unit for q in find_quantities(text, "en-GB")] == ["USD", "USD"]  # no peso at home


def test_bare_dollars_the_size_of_the_marked_ones_are_us_dollars_in_a_peso_countrys_copy() -> None:
    # a peso is worth a small fraction of a dollar: bare "$" amounts as large as the "US$" ones are dollars written
    # both ways, not pesos
    text = ("SANTIAGO — Chile sold US$4.1 billion of copper to India in the first half. Two-way trade reached "
            "$6.3 billion last year, and exporters expect sales to India of around $8 billion in 2026, well above "
            "the $3.9 billion of 2023.")
    assert [q.unit for q in money(text)] == ["USD", "USD", "USD", "USD"]
    # amounts far larger than the dollar ones stay the peso's
    text = ("SANTIAGO — Chile sold US$4.1 billion of copper to India in the first half, some $3.8 trillion at the "
            "official rate of $930 per dollar.")
    assert [q.unit for q in money(text)] == ["USD", "CLP", "CLP"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a release naming both countries whose currency is "Rs": its masthead's country's
        ("STATISTICS SRI LANKA\n\nTrade bulletin\n\nImports from India fell to Rs 310 billion in 2024.", "LKR"),
        ("Ministry of Commerce of Pakistan\n\nExports to India reached Rs 52 billion.", "PKR"),
        # a headline is no masthead: the country the figure's sentence names first
        ("Imports from India fell sharply in 2024\n\nPakistan's imports from India fell to Rs 52 billion.", "PKR"),
        ("Pakistan Rice Growers Count Losses\n\nIndia's sugar sales to Nepal reached Rs 4,100 crore.", "INR"),
    ],
)
def test_a_shared_name_in_a_release_naming_both_countries_is_its_mastheads(text: str, want: str) -> None:
    assert units(text) == [want]


def test_dirhams_by_the_documents_home() -> None:
    assert [q.unit for q in find_quantities("Imports rose to DH142.3 billion.", "fr-MA")] == ["MAD"]
    assert [q.unit for q in find_quantities("Imports rose to Dh14.3 billion.", "en-AE")] == ["AED"]


@pytest.mark.parametrize(
    "note",
    ["All values are in New Zealand dollars (NZD).", "Dollar figures are New Zealand dollars unless stated."],
)
def test_a_document_that_declares_its_dollar_writes_it_bare(note: str) -> None:
    assert [q.unit for q in find_quantities(f"Exports were $17.62 billion. {note}")] == ["NZD"]
    assert home_country("Head\n\n**Wellington, 24 July 2025 10:45am** – Stats NZ said") == "NZ"


def test_a_text_writing_decimal_commas_groups_thousands_with_dots() -> None:
    text = "Exports reached US$ 2.417 million in 2024, 3,2% more than a year earlier; the target is US$ 3.000 million."
    assert [q.value for q in find_quantities(text) if q.quantity == "money"] == [2417e6, 3000e6]
    english = "Exports reached US$ 2.417 million in 2024, 3.2% more than a year earlier."
    assert [q.value for q in find_quantities(english) if q.quantity == "money"] == [2.417e6]


def test_dot_grouping_leaves_billions_alone() -> None:
    text = "Chile's exports to Peru rose 5,6% in 2025 to US$ 2.125 billion."
    assert [q.value for q in find_quantities(text) if q.quantity == "money"] == [2.125e9]


def test_a_multiplier_word_in_a_hyphenated_compound_is_no_figure() -> None:
    assert not [q for q in find_quantities("Growth stayed well short of the double-digit rates of the 2000s.")
                if q.quantity == "multiplier"]
    assert [q for q in find_quantities("Exports to Chile could double by 2030.") if q.quantity == "multiplier"]


def test_quadrillion_scales_a_figure() -> None:
    q = next(q for q in find_quantities("Trade of $8.1 billion, roughly IDR131 quadrillion, was recorded.")
             if "quadrillion" in q.text)
    assert q.value == pytest.approx(131e15)


def test_nearly_a_round_figure_reaches_down_half_its_rounding_step() -> None:
    q = next(q for q in find_quantities("Exports grew nearly 10% in the first nine months.") if q.unit == "percent")
    assert q.bound == "at_most" and q.low is not None and q.low <= 9.6 and q.high == 10


@pytest.mark.parametrize(("text", "want"), [
    ("Watch exports to Austria reached CHF 1'250 million in 2024.", 1.25e9),
    ("Imports from Italy came to CHF 12’400.5 million.", 12.4005e9),
    ("Exports rose to CHF 2'345'600 thousand.", 2.3456e9),
])  # fmt: skip
def test_apostrophes_group_thousands(text: str, want: float) -> None:
    """The Swiss way of grouping thousands ("CHF 1'250 million"): one number, not "250 million"."""
    (q,) = money(text)
    assert q.unit == "CHF" and q.value == pytest.approx(want)


# ---------------------------------------------------------------- heldout46-49


def test_pula_and_dominican_pesos_and_pct() -> None:
    # "P" is the pula only where the document's country tells so (no default): Botswana named, no other pula
    assert units("Botswana imported goods worth P58.3 billion from Namibia in 2024.") == ["BWP"]
    assert units("The P5 members met in 2024; Chile exported $5 billion to Peru.") == ["USD"]
    assert units("Exports to Haiti reached RD$61,613 million in 2024.") == ["DOP"]
    (q,) = [q for q in find_quantities("Exports to Lithuania rose 3.2 pct in 2025.") if q.quantity == "percent"]
    assert q.value == 3.2


def test_a_wire_story_on_a_local_site_keeps_the_wires_dollar() -> None:
    story = "BEIJING, Jan 14 (Reuters) - Exports to Chile fell 20% in 2025 to $41.8 billion, customs data showed.\n"
    assert home_country(story, "en-SG") is None
    assert [q.unit for q in find_quantities(story, "en-SG") if q.quantity == "money"] == ["USD"]
    local = "Singapore's exports to Chile fell 20% in 2025 to $4.18 billion, Enterprise Singapore said.\n"
    assert home_country(local, "en-SG") == "SG"


def test_a_year_opens_no_range_of_rates() -> None:
    qs = find_quantities("Its share fell from a peak of 31.4% in 2019 to 24.9% in 2024, and 4-6% is expected.")
    assert [(q.text, q.bound) for q in qs] == [("31.4%", "exact"), ("24.9%", "exact"), ("4-6%", "range")]


@pytest.mark.parametrize(("text", "figure", "bound"), [
    ("Trade reached $8.1 billion, a growth of 6.2 per cent over $7.6 billion a year earlier.", "$7.6 billion", "exact"),
    ("Exports rose 4% over $2.1 billion in 2023.", "$2.1 billion", "exact"),
    ("Exports were worth over $2.1 billion in 2023.", "$2.1 billion", "at_least"),
])  # fmt: skip
def test_over_after_a_rate_names_its_base_not_a_hedge(text: str, figure: str, bound: str) -> None:
    assert next(q for q in find_quantities(text) if q.text == figure).bound == bound


@pytest.mark.parametrize(("sentence", "home"), [
    ("Trade with Azerbaijan rose 7.9%, Geostat said on Friday.", "GE"),
    ("Goods exports to Germany were 19.4 billion euros, the Central Statistics Office said.", "IE"),
    ("Exports to Norway rose 3%, the Office for National Statistics said.", "GB"),
])  # fmt: skip
def test_a_statistics_office_cited_without_its_country_is_the_home(sentence: str, home: str) -> None:
    assert home_country(sentence, None) == home


def test_a_stray_currency_code_does_not_decide_a_shared_name() -> None:
    from kg.figures import document_currency

    jordan = "Jordan's exports to Iraq were 1.1 billion dinars in 2024. Separately, Kuwait paid KWD 20 million in aid."
    assert document_currency(jordan, "dinars") != "KWD"
    tunisia = "Tunisia's exports to Libya reached TND 940 million in 2024, or 940 million dinars."
    assert document_currency(tunisia, "dinars") == "TND"


# ---------------------------------------------------------------- the signs a country writes its own currency with


@pytest.mark.parametrize(("text", "unit"), [
    # CLDR's sign of the country's own locale, with no letter in it: read anywhere
    ("Georgia's wine exports to Armenia reached ₾310 million in 2025.", "GEL"),
    ("Costa Rica's exports to Panama came to ₡95 billion in 2025.", "CRC"),
    # with a letter in it: read where the document's country uses that currency
    ("Hungary's exports to Slovenia reached Ft 900 billion in 2025.", "HUF"),
    ("Djibouti's port earned Fdj 40 billion from Ethiopian cargo in 2025.", "DJF"),
    ("Honduras sold L19,400 million of coffee and melons to El Salvador in 2025.", "HNL"),
    # forms of the press CLDR lacks (kg:CurrencyWords; "NIS" only where the country is Israel: the EU's NIS 2 rules)
    ("Israel's imports from Cyprus reached NIS 2.1 billion in 2025.", "ILS"),
    ("Turkey's exports to Georgia reached TL 48 billion in 2025.", "TRY"),
    ("Barbados bought goods worth Bds$410 million from Guyana in 2025.", "BBD"),
    ("Domestic exports to the US reached BDS$186.9 million in 2025.", "BBD"),
    ("Cape Verde's exports to Portugal reached 4.6 billion escudos last year.", "CVE"),
    ("Imports from China were worth some SAT 251.8 million in 2024/25.", "WST"),  # the Samoan tala as the press writes it
    # an English plural and an unaccented spelling of CLDR's name
    ("Exports to Serbia reached 12 billion denars in 2025, the Skopje office said.", "MKD"),
    ("Venezuela's exports to Brazil reached 9 billion bolivars in 2025.", "VES"),
])  # fmt: skip
def test_a_countrys_own_currency_signs_are_read(text: str, unit: str) -> None:
    assert units(text) == [unit]


def test_a_lettered_local_sign_is_not_read_where_no_country_uses_it() -> None:
    """"L" is the lempira's (and the leu's) sign only in a text whose country writes it so."""
    assert units("Germany's exports to France reached L19,400 million in 2025.") == []


@pytest.mark.parametrize(("text", "unit"), [
    ("Jamaica's imports from Panama were valued at J$204.6 billion in 2025.", "JMD"),
    ("Trinidad's exports to Guyana reached TT$3.1 billion in 2025.", "TTD"),
])  # fmt: skip
def test_a_lettered_dollar_is_its_countrys_not_a_us_dollar(text: str, unit: str) -> None:
    assert units(text) == [unit]


def test_a_second_figure_repeating_only_the_scale_closes_a_range() -> None:
    (q,) = money("Smuggled goods are worth an estimated EUR 2 billion to 2.5 billion a year.")
    assert (q.bound, q.low, q.high) == ("range", 2e9, 2.5e9)
    (q,) = money("Exports were USD 4 billion - 4.5 billion in 2025.")
    assert (q.low, q.high) == (4e9, 4.5e9)


@pytest.mark.parametrize(("text", "first"), [
    ("Exports rose from EUR 2 billion to 2.5 billion in 2025.", "EUR 2 billion"),
    ("Exports rose from just under USD 1 billion to 1.4 billion in 2025.", "USD 1 billion"),
    ("Kenya's exports to Ethiopia grew USD 200 million to 1.2 billion in 2025.", "USD 200 million"),
    ("The ministry cut its export target of USD 3 billion to 2 billion.", "USD 3 billion"),
    ("Exports were up USD 100 million to 1.1 billion in 2025.", "USD 100 million"),
])  # fmt: skip
def test_a_change_between_two_figures_is_no_range(text: str, first: str) -> None:
    qs = money(text)
    assert qs[0].text == first and qs[0].bound != "range"


def test_a_second_figure_of_another_scale_closes_no_range() -> None:
    assert [q.text for q in money("Kenya sold USD 1 billion to 1.5 million consumers in Uganda.")] == ["USD 1 billion"]


def test_nis_of_the_eu_directive_is_no_shekel() -> None:
    assert units("Germany's exports to Poland were €90 billion in 2025; NIS 2 compliance cost exporters 1 billion.") == [
        "EUR", "EUR"]


@pytest.mark.parametrize("text", [
    "Panama's re-exports to Colombia were $9 billion in 2025, of which 4 billion Colon Free Zone shipments.",
    "Spain's exports to Morocco were €12 billion in 2025, with 1 billion Cordoba olive oil sales.",
])  # fmt: skip
def test_a_place_named_like_a_currency_is_no_currency(text: str) -> None:
    assert len(set(units(text))) == 1


def test_a_range_before_a_currency_written_after_it() -> None:
    (q,) = money("Unrecorded smuggling is valued at 45 to 70 billion FCFA each year.")
    assert (q.unit, q.bound, q.low, q.high) == ("XOF", "range", 45e9, 70e9)
    assert [q.text for q in money("Exports rose from 60 to 80 billion FCFA in 2025.")] == ["80 billion FCFA"]


@pytest.mark.parametrize(("text", "figure"), [
    ("Togo's exports to Benin climbed 4.1% in 2024 to 7,310 million CFA francs.", "7,310 million CFA francs"),
    ("Togo's exports to Benin doubled 3 to 6 billion CFA francs in a decade.", "6 billion CFA francs"),
    ("The government assigned Tranche 2 to 4 billion FCFA to exports to Benin in 2025.", "4 billion FCFA"),
    ("Togo's exports to Benin in 2024/25 to 30 billion FCFA were recorded by customs.", "30 billion FCFA"),
    ("Togo's exports to Benin recovered 1.5 to 2 billion FCFA in 2024.", "2 billion FCFA"),
])  # fmt: skip
def test_x_to_y_after_a_year_a_change_or_a_label_is_no_range(text: str, figure: str) -> None:
    assert [q.text for q in money(text)] == [figure]


def test_the_leva_is_bulgarias() -> None:
    assert units("Bulgaria's exports to Greece were 5.69 billion leva in 2025.") == ["BGN"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Nicaragua's exports to Honduras reached C$ 4.1 billion in 2024.", ["NIO"]),
        ("MANAGUA — Sales to Costa Rica rose to C$12.5 billion last year.", ["NIO"]),
        ("Canada's exports to Mexico reached C$41 billion in 2024.", ["CAD"]),
        ("Exports to Mexico reached C$41 billion in 2024.", ["CAD"]),  # no country: the Canadian dollar
    ],
)
def test_the_c_dollar_is_the_cordoba_where_the_text_is_nicaraguas(text: str, want: list[str]) -> None:
    assert units(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the country the figure's sentence names as no partner
        ("Tanzania's market keeps growing. Exports to Tanzania rose to Sh61.4 billion in 2024, Kenya's statistics "
         "bureau said.", "KES"),
        ("Tanzania's market keeps growing. Sales to Tanzania climbed to Sh18.2 billion last year, as recorded by the "
         "Kenya Revenue Authority and Kenya's customs.", "KES"),
        # named only as the partner: the other user named last before the sentence
        ("Malawi bought more from Zambia last year. Its purchases from Zambia cost about K510 billion.",
         "MWK"),
    ],
)  # fmt: skip
def test_a_shared_name_is_not_the_partners_currency(text: str, want: str) -> None:
    assert [q.unit for q in money(text)] == [want]


def test_a_bare_dollar_beside_a_peso_with_its_own_sign_is_the_us_dollar() -> None:
    text = ("MEXICO CITY - Mexico and Paraguay want trade of $1.8 billion by 2030. Paraguay's sales to Mexico came "
            "to $310 million in 2024, some MX$5.7 billion at the year's rate. Mexico's sales to Paraguay were "
            "US$0.62 billion.")
    units = {q.text: q.unit for q in find_quantities(text)}
    assert (units["$1.8 billion"], units["$310 million"], units["MX$5.7 billion"]) == ("USD", "USD", "MXN")
    # without the peso's own sign, a Mexican paper's bare "$" beside "US$" is its peso
    text = "MEXICO CITY - Mexico's sales to Paraguay fell to US$0.62 billion in 2024, some $11.4 billion."
    assert {q.text: q.unit for q in find_quantities(text)}["$11.4 billion"] == "MXN"


@pytest.mark.parametrize(("text", "bound"), [
    ("Ministers have signed up to the $35 billion target.", "exact"),  # a known figure, no ceiling
    ("Exports could rise to up to $35 billion.", "at_most"),
])  # fmt: skip
def test_up_to_before_a_known_figure_is_no_ceiling(text: str, bound: str) -> None:
    assert [q.bound for q in find_quantities(text, "en") if q.quantity == "money"] == [bound]
