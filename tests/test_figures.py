"""The figure grammar (kg.figures.find_quantities): seed mentions, unseen stress cases, the forms the issue
lists, and property tests that format amounts and percentages in many surface forms and parse them back."""

from __future__ import annotations

import importlib.util
import itertools
import math
import re
import string
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from kg.figures import (
    NUMBER,
    find_quantities,
    finditer_at,
    grammar,
    home_country,
    mask,
    parse_number,
    text_words,
)
from kg.lexicon import load_lexicon
from kg.models import Quantity

DATA = Path(__file__).parent / "data"
SEEDS = Path(__file__).parent.parent / "seeds"
MONEY_OR_PERCENT = ("money", "percent", "pp")


@cache
def mentions() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((DATA / "extraction-mentions.yaml").read_text(encoding="utf-8"))
    return data


@cache
def seed_text(doc: str) -> str:
    file = next(d["file"] for d in mentions()["documents"] if d["doc"] == doc)
    return (SEEDS / file).read_text(encoding="utf-8")


@cache
def seed_quantities(doc: str) -> tuple[Quantity, ...]:
    return tuple(find_quantities(seed_text(doc)))


def stress_cases() -> list[tuple[str, list[tuple[str, str, float, str | None]]]]:
    spec = importlib.util.spec_from_file_location("stress_cases", DATA / "stress_cases.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    cases: list[tuple[str, list[tuple[str, str, float, str | None]]]] = module.CASES
    return cases


def overlapping(qs: list[Quantity] | tuple[Quantity, ...], start: int, end: int) -> list[Quantity]:
    return [q for q in qs if q.start < end and q.end > start]


def close(a: float, b: float, rel: float = 0.005) -> bool:
    return math.isclose(a, b, rel_tol=rel, abs_tol=1e-9)


def one(text: str) -> Quantity:
    """The single figure of `text`."""
    qs = find_quantities(text)
    assert len(qs) == 1, f"{text!r}: {[(q.text, q.quantity, q.value, q.unit) for q in qs]}"
    return qs[0]


def money(text: str) -> list[Quantity]:
    return [q for q in find_quantities(text) if q.quantity == "money"]


# ---------------------------------------------------------------- the seed mentions (research yardstick)


def _yaml_unit(unit: str) -> str:
    return unit.replace("/bbl", "/barrel")


@pytest.mark.parametrize("fig", mentions()["figures"], ids=lambda f: f"{f['id']}-{f['surface']}")
def test_seed_figure_found(fig: dict[str, Any]) -> None:
    text = seed_text(fig["doc"])
    assert text[fig["start"] : fig["end"]] == fig["surface"], "the yaml offsets must index the seed text"
    hits = overlapping(seed_quantities(fig["doc"]), fig["start"], fig["end"])
    got = [(q.text, q.value, q.unit) for q in hits]
    assert any(close(q.value, fig["value"]) and q.unit == _yaml_unit(fig["unit"]) for q in hits), (
        f"{fig['surface']!r}: want {fig['value']} {fig['unit']}, got {got}"
    )


@pytest.mark.parametrize("d", mentions()["distractors"], ids=lambda d: f"{d['doc']}-{d['surface']}")
def test_seed_distractor_is_not_a_figure(d: dict[str, Any]) -> None:
    assert seed_text(d["doc"])[d["start"] : d["end"]] == d["surface"]
    hits = [q for q in overlapping(seed_quantities(d["doc"]), d["start"], d["end"]) if q.quantity in MONEY_OR_PERCENT]
    assert hits == []


# ---------------------------------------------------------------- unseen stress cases

_POSITIVE = [c for c in stress_cases() if c[1]]
_NEGATIVE = [c for c in stress_cases() if not c[1]]


def _matches(q: Quantity, surface: str, kind: str, value: float, unit: str | None) -> bool:
    if not (surface in q.text or q.text in surface):
        return False
    want_kind = "pp" if unit == "pp" else kind
    if q.quantity != want_kind:
        return False
    if unit is not None and q.unit != unit and not q.unit.startswith(unit + "/"):  # "$60 a barrel" is USD/barrel
        return False
    values = [q.value] if q.bound != "range" else [v for v in (q.low, q.high) if v is not None]
    return any(close(v, value, 1e-9) for v in values)


@pytest.mark.parametrize(("sentence", "expected"), _POSITIVE, ids=[c[0][:40] for c in _POSITIVE])
def test_stress_case(sentence: str, expected: list[tuple[str, str, float, str | None]]) -> None:
    qs = find_quantities(sentence)
    got = [(q.text, q.quantity, q.value, q.unit, q.low, q.high) for q in qs]
    for surface, kind, value, unit in expected:
        assert any(_matches(q, surface, kind, value, unit) for q in qs), f"missing {surface!r}: got {got}"
    # nothing more: a range figure stands for two expected mentions
    assert len(qs) <= len(expected), got


@pytest.mark.parametrize("sentence", [c[0] for c in _NEGATIVE])
def test_stress_distractor(sentence: str) -> None:
    assert [q.text for q in find_quantities(sentence) if q.quantity in MONEY_OR_PERCENT] == []


# ---------------------------------------------------------------- forms from the issue

SCALES = [
    ("thousand", 1e3), ("million", 1e6), ("mn", 1e6), ("mln", 1e6), ("billion", 1e9), ("bn", 1e9),
    ("bln", 1e9), ("trillion", 1e12), ("tn", 1e12), ("crore", 1e7), ("lakh", 1e5), ("lakh crore", 1e12),
]  # fmt: skip


@pytest.mark.parametrize(
    ("word", "factor", "joiner"),
    [(w, f, j) for w, f in SCALES for j in (" ", "") if not (j == "" and " " in w)],  # "lakh crore" is never glued
)
def test_scale_words(word: str, factor: float, joiner: str) -> None:
    q = one(f"The deal was worth ₹7.5{joiner}{word} last year.")
    assert (q.quantity, q.unit) == ("money", "INR")
    assert math.isclose(q.value, 7.5 * factor, rel_tol=1e-9)


@pytest.mark.parametrize(("word", "factor"), [("m", 1e6), ("b", 1e9), ("bn", 1e9), ("tn", 1e12)])
def test_glued_short_scales(word: str, factor: float) -> None:
    q = one(f"Exports hit $42{word} in 2021.")
    assert math.isclose(q.value, 42 * factor) and q.unit == "USD"


PREFIXES = [
    ("$", "USD"), ("US$", "USD"), ("US$ ", "USD"), ("USD ", "USD"), ("USD", "USD"), ("HK$", "HKD"),
    ("A$", "AUD"), ("€", "EUR"), ("£", "GBP"), ("¥", "JPY"), ("CN¥", "CNY"), ("RMB ", "CNY"), ("RMB", "CNY"),
    ("₹", "INR"), ("Rs ", "INR"), ("Rs", "INR"), ("\\$", "USD"), ("QR ", "QAR"), ("KD ", "KWD"), ("RO ", "OMR"),
    ("Br ", "ETB"), ("CFAF ", "XOF"), ("G. ", "PYG"), ("₲", "PYG"), ("MK", "MWK"), ("MK ", "MWK"), ("L$", "LRD"), ("WS$", "WST"), ("Nu ", "BTN"), ("KM ", "BAM"),
]  # fmt: skip


@pytest.mark.parametrize(("prefix", "code"), PREFIXES, ids=[p for p, _ in PREFIXES])
def test_currency_prefixes(prefix: str, code: str) -> None:
    q = one(f"Bilateral trade reached {prefix}12.5 billion in 2023.")
    assert (q.quantity, q.unit, q.value) == ("money", code, 12.5e9)
    assert q.text.lstrip("\\").startswith(prefix.lstrip("\\").strip())


SUFFIXES = [
    ("yuan", "CNY"), ("rubles", "RUB"), ("roubles", "RUB"), ("rupees", "INR"), ("dollars", "USD"),
    ("US dollars", "USD"), ("euros", "EUR"), ("so'm", "UZS"), ("birr", "ETB"), ("kyat", "MMK"),
    ("Norwegian crowns", "NOK"), ("Czech crowns", "CZK"), ("Uzbek soums", "UZS"), ("Kenyan shillings", "KES"),
    ("CFA francs", "XOF"), ("convertible marks", "BAM"), ("new ouguiyas", "MRU"),
]  # fmt: skip


@pytest.mark.parametrize(("suffix", "code"), SUFFIXES)
def test_currency_suffixes(suffix: str, code: str) -> None:
    q = one(f"Bilateral trade reached 12.5 billion {suffix} in 2023.")
    assert (q.quantity, q.unit, q.value, q.text) == ("money", code, 12.5e9, f"12.5 billion {suffix}")


@pytest.mark.parametrize(
    ("text", "unit", "value"),
    [("exports of 3.47 billion USD, against", "USD", 3.47e9), ("trade of 1,620 billion DA in 2024", "DZD", 1.62e12),
     ("rose by 9.8% to 1 billion 210 million dollars", "USD", 1.21e9), ("hit 5 billion EUR", "EUR", 5e9)],
)
def test_codes_after_the_number_and_compound_amounts(text: str, unit: str, value: float) -> None:
    (q,) = [q for q in find_quantities(text) if q.quantity == "money"]
    assert (q.unit, q.value) == (unit, pytest.approx(value))


def test_a_labelled_date_line_of_a_briefs_head_is_a_home_signal() -> None:
    text = "# Brief\n\n**Date:** Kathmandu, 18 September 2025\n\nExports rose to Rs 221.5 billion.\n"
    assert home_country(text) == "NP"
    (q,) = [q for q in find_quantities(text) if q.quantity == "money"]
    assert q.unit == "NPR"


def test_about_widens_a_figure_by_three_percent_so_forecasts_ten_percent_apart_do_not_meet() -> None:
    (a,) = find_quantities("about 18.5 billion euros")
    (b,) = find_quantities("around 16.9 billion euros")
    # 3 % of the figure either side, which covers its rounding (half a step of 0.1)
    assert (a.low, a.high) == (pytest.approx(17.945e9), pytest.approx(19.055e9))
    assert b.high is not None and a.low is not None and b.high < a.low
    (c,) = find_quantities("about $200 billion")
    (d,) = find_quantities("about $205 billion")
    assert c.high is not None and d.low is not None and c.high >= d.low  # 2.5 % apart: they meet


def test_about_a_round_figure_spreads_by_its_rounding_or_three_percent_not_both() -> None:
    """"about $7 billion" is 6.5 to 7.5 (half its rounding step, more than 3 %), not 6.29 to 7.71: a range of
    $6.1-6.4 billion for the same forecast does not meet it."""
    (a,) = find_quantities("about $7 billion")
    assert (a.low, a.high) == (pytest.approx(6.5e9), pytest.approx(7.5e9))
    (b,) = find_quantities("around $50 billion")  # 3 % (1.5 billion) is more than half its step
    assert (b.low, b.high) == (pytest.approx(48.5e9), pytest.approx(51.5e9))


@pytest.mark.parametrize(
    ("text", "home"),
    [("BRASÍLIA, Oct 16 - Trade rose.", "BR"), ("Bogotá, 3 March 2025 — Trade rose.", "CO"),
     ("**Lusaka, Thursday 30th October 2025** - Press briefing held at 10:00 hours.", "ZM")],
)
def test_datelines_with_accents_weekdays_and_ordinals_are_home_signals(text: str, home: str) -> None:
    assert home_country(text) == home


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [("nearly $27 billion", 26.325e9, 27e9), ("close to $7 billion", 6.825e9, 7e9), ("approaching $10 billion", 9.75e9, 10e9),
     ("less than $14 billion", None, 14e9), ("up to $5 billion", None, 5e9)],
)
def test_nearly_bounds_a_figure_from_below_too_but_less_than_does_not(text: str, low: float | None,
                                                                      high: float) -> None:
    (q,) = find_quantities(text)
    assert q.bound == "at_most" and q.high == pytest.approx(high)
    assert (q.low is None) if low is None else q.low == pytest.approx(low)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [("barely above €12 billion", 12e9, 12.5e9), ("just over $3 billion", 3e9, 3.5e9),
     ("slightly more than 40 billion pesos", 40e9, 41e9), ("more than $14 billion", 14e9, None),
     ("above $5 billion", 5e9, None)],
)
def test_barely_above_bounds_a_figure_from_above_too_but_more_than_does_not(text: str, low: float,
                                                                           high: float | None) -> None:
    (q,) = find_quantities(text)
    assert q.bound == "at_least" and q.low == pytest.approx(low)
    assert (q.high is None) if high is None else q.high == pytest.approx(high)


@pytest.mark.parametrize(("text", "value"), [("imports reached Kz 2,310.5 billion", 2.3105e12),
                                             ("exports of 75 billion kwanzas", 75e9)])
def test_the_kwanza(text: str, value: float) -> None:
    (q,) = [q for q in find_quantities(text) if q.quantity == "money"]
    assert (q.unit, q.value) == ("AOA", pytest.approx(value))


@pytest.mark.parametrize(
    ("text", "unit", "value"),
    [("exports reached 9,187.3 MD in 2024", "TND", 9.1873e9), ("trade of 152.6 MMDH", "MAD", 152.6e9),
     ("imports of 300 MDH", "MAD", 300e6)],
)
def test_a_currency_word_that_carries_its_scale(text: str, unit: str, value: float) -> None:
    (q,) = [q for q in find_quantities(text) if q.quantity == "money"]
    assert (q.unit, q.value) == (unit, pytest.approx(value))


def test_the_kwacha_sign_needs_the_documents_country() -> None:
    home = "LUSAKA, 30 October 2025 - China took 17.6 percent (K4,812.3 million) of exports."
    assert [(q.unit, q.value) for q in find_quantities(home) if q.quantity == "money"] == [("ZMW", 4.8123e9)]
    assert [q for q in find_quantities("Exports of K4.8 billion") if q.quantity == "money"] == []


def test_marks_are_a_currency_only_where_the_document_says_whose() -> None:
    # "marks" stand for the convertible mark in a Bosnian story; elsewhere, and "the 5 billion mark", for nothing
    assert [q.unit for q in find_quantities("Exports rose to 2.7 billion marks.") if q.quantity == "money"] == []
    assert [q.unit for q in find_quantities("Trade passed the 5 billion mark.") if q.quantity == "money"] == []


def test_a_lower_case_word_is_no_currency_code() -> None:
    assert [q for q in find_quantities("they sold 5 billion all told") if q.quantity == "money"] == []


def test_markdown_escaped_dollar() -> None:
    q = one(r"Trade could hit \$200 billion this year.")
    assert (q.value, q.unit) == (200e9, "USD")
    assert q.text.lstrip("\\") == "$200 billion"


@pytest.mark.parametrize(
    "text",
    [
        "See https://example.com/2022/12/30/trade-200bln for details.",
        "Read www.example.org/news/$200-billion-deal now.",
        "The talks began at 10:30 and ended at 12:45:10.",
        "Updated 03:41 GMT.",
    ],
)
def test_urls_and_clock_times_are_not_figures(text: str) -> None:
    assert find_quantities(text) == []


def test_bare_figure_inherits_the_currency_around_it() -> None:
    text = "Trade hit $140 billion in 2021, and we quickly exceeded the 100 billion mark."
    qs = money(text)
    assert [(q.text, q.value, q.unit) for q in qs] == [("$140 billion", 140e9, "USD"), ("100 billion", 100e9, "USD")]
    assert qs[1].inherited_unit and not qs[0].inherited_unit
    assert qs[1].bound == "at_least"  # "exceeded the"


def test_bare_figure_inherits_a_non_dollar_currency() -> None:
    qs = money("Trade reached 500 billion yuan, after passing the 100 billion mark in 2015.")
    assert [(q.value, q.unit) for q in qs] == [(500e9, "CNY"), (100e9, "CNY")]


def test_bare_figure_before_mark_and_a_time_phrase() -> None:
    qs = money("Trade reached $190 billion, after crossing the 100 billion mark two years ago.")
    assert [(q.value, q.unit) for q in qs] == [(190e9, "USD"), (100e9, "USD")]


def test_bare_figure_without_any_money_around_is_not_money() -> None:
    assert money("They passed the 100 billion mark.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Trade hit $5 billion; China has 1.4 billion people.",
        "Trade hit $5 billion; Russia has 100,000 troops at the border.",
        "Russia will ship 2 billion barrels of oil for $5 billion.",
        "Russia will ship 38 billion cubic metres of gas for $5 billion.",
        "China bought 5 million tonnes of wheat for $5 billion.",
    ],
)
def test_counted_nouns_are_not_money(text: str) -> None:
    assert [q.text for q in money(text) if q.value != 5e9] == []


@pytest.mark.parametrize(
    ("surface", "kind", "unit"),
    [
        ("7.5%", "percent", "percent"),
        ("7.5 per cent", "percent", "percent"),
        ("7.5 percent", "percent", "percent"),
        ("7.5pc", "percent", "percent"),
        ("7.5 percentage points", "pp", "pp"),
        ("7.5 pp", "pp", "pp"),
    ],
)
def test_percent_units_kept_apart(surface: str, kind: str, unit: str) -> None:
    q = one(f"The share rose {surface} last year.")
    assert (q.text, q.quantity, q.unit, q.value) == (surface, kind, unit, 7.5)


@pytest.mark.parametrize(("sign", "factor"), [("-", -1), ("+", 1), ("−", -1), ("", 1)])
def test_percent_sign_kept(sign: str, factor: int) -> None:
    q = one(f"Imports changed {sign}2.1% y/y.")
    assert q.value == factor * 2.1


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Trade was $64-65 billion last year.", 64e9, 65e9),
        ("Trade was $64–65 billion last year.", 64e9, 65e9),
        ("Trade was between $50 and $60 billion.", 50e9, 60e9),
        ("Trade was between $50 billion and $60 billion.", 50e9, 60e9),
        ("Trade will be from $50 billion to $60 billion.", 50e9, 60e9),
        ("Trade was 64-65 billion yuan.", 64e9, 65e9),
        ("Growth was 5-7% in 2022.", 5.0, 7.0),
        ("Growth was between 5% and 7% in 2022.", 5.0, 7.0),
        ("Trade was between 50 and 60 billion yuan.", 50e9, 60e9),
        ("Growth was between 5 and 7 percent in 2022.", 5.0, 7.0),
        ("Trade will be from 50 to 60 billion yuan.", 50e9, 60e9),
    ],
)
def test_ranges_are_one_quantity(text: str, low: float, high: float) -> None:
    q = one(text)
    assert (q.bound, q.low, q.high) == ("range", low, high)
    assert q.value == (low + high) / 2


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Trade grew 1.8 times in five years.", 80.0),
        ("Trade increased by 2.5 times.", 150.0),
        ("Trade doubled.", 100.0),
        ("Trade has tripled since 2015.", 200.0),
        ("Trade grew fivefold.", 400.0),
        ("Trade grew five-fold.", 400.0),
        ("Trade rose 3-fold.", 200.0),
    ],
)
def test_multipliers(text: str, value: float) -> None:
    q = one(text)
    assert (q.quantity, q.unit, q.value) == ("multiplier", "percent", value)


@pytest.mark.parametrize("text", ["It happened 3 times a day.", "He said it two times.", "It was 1 times."])
def test_times_without_growth_is_not_a_multiplier(text: str) -> None:
    assert find_quantities(text) == []


_AT_LEAST = ["more than", "over", "exceeded", "above"]
_AT_MOST = ["nearly", "almost", "close to", "up to", "under"]
_APPROX = ["about", "around", "approximately", "roughly", "some"]


@pytest.mark.parametrize("cue", _AT_LEAST)
@pytest.mark.parametrize("figure", ["$5 billion", "12%"])
def test_at_least_hedges(cue: str, figure: str) -> None:
    q = one(f"Trade was {cue} {figure} last year.")
    assert (q.bound, q.low, q.high) == ("at_least", q.value, None)


@pytest.mark.parametrize("cue", _AT_MOST)
@pytest.mark.parametrize("figure", ["$5 billion", "12%"])
def test_at_most_hedges(cue: str, figure: str) -> None:
    q = one(f"Trade was {cue} {figure} last year.")
    near = cue in load_lexicon().near  # "nearly 12%" is a little under 12 (kg:near), "under 12%" anything under
    width = load_lexicon().near_width
    low = q.value * (1 - width)
    if figure.endswith("%"):
        low = min(low, q.value - 0.5)  # a rate's hedge is in points: "nearly 12%" reaches down to 11.5
    assert (q.bound, q.low, q.high) == ("at_most", low if near else None, q.value)


@pytest.mark.parametrize("cue", _APPROX)
@pytest.mark.parametrize("figure", ["$5 billion", "12%"])
def test_approx_hedges(cue: str, figure: str) -> None:
    q = one(f"Trade was {cue} {figure} last year.")
    assert q.bound == "approx"
    assert q.low is not None and q.high is not None and q.low < q.value < q.high


def _hedge_cases() -> list[tuple[str, str]]:
    lex = load_lexicon()
    return [(bound, cue) for bound, cues in (("at_least", lex.at_least), ("at_most", lex.at_most),
                                             ("approx", lex.approx)) for cue in cues]  # fmt: skip


@pytest.mark.parametrize(("bound", "cue"), _hedge_cases())
def test_every_lexicon_hedge_gives_its_bound(bound: str, cue: str) -> None:
    text = "Trade was $5 billion or so last year." if cue == "or so" else f"Trade was {cue} $5 billion last year."
    assert one(text).bound == bound


def test_plus_suffix_is_at_least() -> None:
    q = one("Deals worth $3 billion-plus were signed.")
    assert (q.bound, q.low, q.high, q.value) == ("at_least", 3e9, None, 3e9)


def test_exact_interval_is_the_rounding_step() -> None:
    q = one("Trade reached $218.2 billion.")
    assert (q.bound, q.low, q.high) == ("exact", 218.15e9, 218.25e9)


def test_unit_prices_are_not_amounts() -> None:
    qs = find_quantities("Oil sold at $60 a barrel, below the $60-per-barrel cap, and gas at $500/tonne.")
    assert [(q.value, q.unit) for q in qs] == [(60, "USD/barrel"), (60, "USD/barrel"), (500, "USD/tonne")]


def test_yearly_amount_is_still_money() -> None:
    assert one("Russia earns $5 billion a year from the pipeline.").unit == "USD"


def test_offsets_index_the_text() -> None:
    text = "Trade rose 26.7% to US$218.2 billion, or 1.5 trillion yuan, and doubled; share: 4 pp."
    qs = find_quantities(text)
    assert [q.text for q in qs] == ["26.7%", "US$218.2 billion", "1.5 trillion yuan", "doubled", "4 pp"]
    for q in qs:
        assert text[q.start : q.end] == q.text
    assert all(a.end <= b.start for a, b in itertools.pairwise(qs))


# ---------------------------------------------------------------- property tests

# (scale word, factor, may be written glued to the number)
SCALE_FORMS = [
    ("thousand", 1e3, False), ("million", 1e6, False), ("mn", 1e6, True), ("mln", 1e6, True),
    ("m", 1e6, True), ("billion", 1e9, False), ("bn", 1e9, True), ("bln", 1e9, True), ("b", 1e9, True),
    ("trillion", 1e12, False), ("tn", 1e12, True), ("trn", 1e12, True), ("crore", 1e7, False),
    ("lakh", 1e5, False), ("lakh crore", 1e12, False), ("", 1.0, False),
]  # fmt: skip
PREFIX_FORMS = [
    ("$", "USD"), ("US$", "USD"), ("USD ", "USD"), ("HK$", "HKD"), ("A$", "AUD"), ("€", "EUR"), ("£", "GBP"),
    ("¥", "JPY"), ("CN¥", "CNY"), ("RMB ", "CNY"), ("₹", "INR"), ("Rs ", "INR"), ("\\$", "USD"),
]  # fmt: skip
SUFFIX_FORMS = [
    ("yuan", "CNY"), ("rubles", "RUB"), ("roubles", "RUB"), ("rupees", "INR"), ("dollars", "USD"),
    ("US dollars", "USD"), ("euros", "EUR"), ("so'm", "UZS"), ("birr", "ETB"), ("kyat", "MMK"),
    ("Norwegian crowns", "NOK"), ("Czech crowns", "CZK"), ("Uzbek soums", "UZS"), ("Kenyan shillings", "KES"),
    ("CFA francs", "XOF"), ("convertible marks", "BAM"), ("new ouguiyas", "MRU"),
]  # fmt: skip
TEMPLATES = ["{}", "Trade reached {} last year.", "The deal, worth {}, was signed.", "({})", "Exports: {}; imports fell."]


@st.composite
def numbers(draw: st.DrawFn) -> tuple[str, float]:
    """A number as written (maybe with thousands separators and 0-2 decimals) and its value."""
    whole = draw(st.integers(min_value=1, max_value=999_999))
    decimals = draw(st.integers(min_value=0, max_value=2))
    frac = draw(st.integers(min_value=0, max_value=10**decimals - 1)) if decimals else 0
    grouped = draw(st.booleans())
    head = f"{whole:,}" if grouped else str(whole)
    text = head + (f".{frac:0{decimals}d}" if decimals else "")
    return text, float(f"{whole}.{frac:0{decimals}d}" if decimals else whole)


@st.composite
def amounts(draw: st.DrawFn) -> tuple[str, float, str]:
    num, value = draw(numbers())
    word, factor, glued = draw(st.sampled_from(SCALE_FORMS))
    if word:
        if len(word) == 1:
            joiner = ""  # "$5m", never "$5 m"
        elif glued:
            joiner = draw(st.sampled_from(["", " "]))
        else:
            joiner = draw(st.sampled_from([" ", "-"] if " " not in word else [" "]))
        scaled = f"{num}{joiner}{word}"
    else:
        scaled = num
    if draw(st.booleans()):
        prefix, code = draw(st.sampled_from(PREFIX_FORMS))
        surface = prefix + scaled
    else:
        suffix, code = draw(st.sampled_from(SUFFIX_FORMS))
        surface = f"{scaled} {suffix}"
    return draw(st.sampled_from(TEMPLATES)).format(surface), value * factor, code


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(amounts())
def test_property_amounts_parse_back(case: tuple[str, float, str]) -> None:
    text, value, code = case
    q = one(text)
    assert q.quantity == "money" and q.unit == code, (text, q)
    assert math.isclose(q.value, value, rel_tol=1e-9), (text, q.value, value)
    assert q.bound == "exact" and q.low is not None and q.high is not None and q.low <= q.value <= q.high


PERCENT_FORMS = [("%", "percent"), (" %", "percent"), (" per cent", "percent"), (" percent", "percent"),
                 ("pc", "percent"), (" percentage points", "pp"), (" pp", "pp")]  # fmt: skip


@settings(max_examples=120, deadline=None)
@given(numbers(), st.sampled_from(["", "+", "-", "−"]), st.sampled_from(PERCENT_FORMS), st.sampled_from(TEMPLATES))
def test_property_percentages_parse_back(
    num: tuple[str, float], sign: str, form: tuple[str, str], template: str
) -> None:
    written, value = num
    word, unit = form
    q = one(template.format(f"{sign}{written}{word}"))
    assert q.unit == unit and q.quantity == ("pp" if unit == "pp" else "percent")
    want = -value if sign in ("-", "−") else value
    assert math.isclose(q.value, want, rel_tol=1e-9, abs_tol=1e-12)


# ---------------------------------------------------------------- number styles: grouping and the decimal mark

BLANKS = [" ", "\u00a0", "\u202f"]  # a space, a no-break space, a narrow no-break space


def _group(whole: int, sep: str) -> str:
    return f"{whole:,}".replace(",", sep)


@st.composite
def styled_numbers(draw: st.DrawFn, blank_groups: bool = True) -> tuple[str, float, int]:
    """A number written in one of the styles running text uses, its value and its number of decimals.

    "1,234.5" (comma thousands), "1.234,5" (dot thousands, decimal comma), "1 234,5" / "1 234.5" (blank
    thousands, either mark; only with `blank_groups`), "96,6" (a decimal comma, 1-2 decimals), "1234.5".
    Below a billion: a value keeps 13 significant digits."""
    styles = ["comma", "euro", "decimal_comma", "plain", *(["blank"] if blank_groups else [])]
    style = draw(st.sampled_from(styles))
    if style == "decimal_comma":
        whole, decimals = draw(st.integers(0, 999)), draw(st.integers(1, 2))
    elif style in ("euro", "blank"):
        whole, decimals = draw(st.integers(1_000, 999_999_999)), draw(st.integers(0 if style == "blank" else 1, 3))
    else:
        whole, decimals = draw(st.integers(0, 999_999_999)), draw(st.integers(0, 3))
    frac = f"{draw(st.integers(0, 10**decimals - 1)):0{decimals}d}" if decimals else ""
    if style == "comma":
        head, mark = _group(whole, ","), "."
    elif style == "euro":
        head, mark = _group(whole, "."), ","
    elif style == "blank":
        head, mark = _group(whole, draw(st.sampled_from(BLANKS))), draw(st.sampled_from([".", ","]))
    elif style == "decimal_comma":
        head, mark = str(whole), ","
    else:
        head, mark = str(whole), "."
    value = float(f"{whole}.{frac}" if frac else str(whole))
    return head + (mark + frac if frac else ""), value, decimals


@settings(max_examples=300, deadline=None)
@given(styled_numbers())
def test_property_parse_number_reads_every_style(case: tuple[str, float, int]) -> None:
    written, value, _ = case
    assert re.fullmatch(NUMBER, written), written
    assert parse_number(written) == value


STYLED_PREFIXES = [("PLN ", "PLN"), ("zł", "PLN"), ("zł ", "PLN"), ("€", "EUR"), ("EUR ", "EUR"), ("US$", "USD"),
                   ("CHF ", "CHF"), ("R$", "BRL"), ("\\$", "USD")]  # fmt: skip
STYLED_SUFFIXES = [("zloty", "PLN"), ("euros", "EUR"), ("yuan", "CNY"), ("rubles", "RUB"), ("US dollars", "USD")]
STYLED_SCALES = [("", 1.0), (" million", 1e6), (" bn", 1e9), ("bn", 1e9), (" billion", 1e9), (" mln", 1e6)]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(styled_numbers(), st.sampled_from(STYLED_SCALES), st.booleans(), st.sampled_from(STYLED_PREFIXES),
       st.sampled_from(STYLED_SUFFIXES), st.sampled_from(TEMPLATES))
def test_property_styled_amounts_parse_back(
    case: tuple[str, float, int], scale: tuple[str, float], before: bool, prefix: tuple[str, str],
    suffix: tuple[str, str], template: str,
) -> None:
    """An amount written in any number style, with its currency before or after it, reads back as its value,
    and its rounding interval is half a unit of its last decimal either side."""
    written, value, decimals = case
    word, factor = scale
    sign, code = prefix if before else suffix
    surface = f"{sign}{written}{word}" if before else f"{written}{word} {sign}"
    q = one(template.format(surface))
    assert q.quantity == "money" and q.unit == code, (surface, q)
    assert math.isclose(q.value, value * factor, rel_tol=1e-12), (surface, q.value)
    half = 0.5 * 10.0**-decimals * factor
    assert q.low is not None and q.high is not None
    assert math.isclose(q.high - q.low, 2 * half, rel_tol=1e-3), (surface, q.low, q.high)


@settings(max_examples=200, deadline=None)
@given(styled_numbers(blank_groups=False), st.sampled_from(["%", " per cent", " percent", "pc"]),
       st.sampled_from(TEMPLATES))
def test_property_styled_percentages_parse_back(case: tuple[str, float, int], word: str, template: str) -> None:
    written, value, _ = case
    q = one(template.format(f"{written}{word}"))
    assert q.quantity == "percent" and math.isclose(q.value, value, rel_tol=1e-12, abs_tol=1e-12), (written, q)


@pytest.mark.parametrize(
    "text",
    [
        "In 2024 1 515 firms exported to Mexico.",  # a year and a count: no currency or scale attached
        "Call the press office on 22 608 34 91 or 604 123 456.",
        "Exports rose in 2023, 2024 and 2025.",
        "The index stood at 96,6 in May.",  # a bare number is no figure, whatever its decimal mark
    ],
)
def test_blank_groups_need_a_currency_or_scale(text: str) -> None:
    assert find_quantities(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("In 2024 515 billion zloty went to Germany.", 515e9),  # never "2024 515"
        ("In 2024 PLN 1 515.6 bn left the country.", 1_515.6e9),
        ("Rates of 1,23,456 crore rupees were seen.", 1_23_456e7),  # Indian grouping stays thousands
        ("It cost $1,234 in total.", 1_234),
        ("It cost $1,234.5 in total.", 1_234.5),
        ("It cost €1.234,5 in total.", 1_234.5),
        ("It cost €12,50 in total.", 12.5),
        ("It cost PLN 412 318,4 million.", 412_318.4e6),
    ],
)
def test_number_styles_in_running_text(text: str, value: float) -> None:
    q = one(text)
    assert math.isclose(q.value, value, rel_tol=1e-12), (text, q.value)


FUZZ_TOKENS = [
    *string.digits, "$", "US$", "€", "£", "¥", "₹", "Rs", "RMB", "HK$", "\\$", "%", "pc", "pp", " per cent",
    " billion", "bn", " million", "mln", " trillion", "tn", " crore", " lakh", " yuan", " rubles", " dollars",
    "-", "–", ".", ",", ":", "/", " ", "\n", "(", ")", "between ", " and ", "nearly ", "more than ",
    "doubled", " times", "-fold", "https://", "www.", "-plus", " a barrel", " per ", " mark", " people",
]  # fmt: skip
fuzz_text = st.one_of(st.text(max_size=200), st.lists(st.sampled_from(FUZZ_TOKENS), max_size=60).map("".join))


@settings(max_examples=300, deadline=None)
@given(fuzz_text)
def test_fuzz_find_quantities_never_raises(text: str) -> None:
    for q in find_quantities(text):
        assert 0 <= q.start < q.end <= len(text)
        assert math.isfinite(q.value)


# ---------------------------------------------------------------- the anchored scans are the plain scans

SCAN_TOKENS = [
    *string.digits, "12,000", "1.5", "٢", "-", "+", "−", "–", " ", "\t", "\n", ".", ",", "$", "\\$", "US$", "€", "USD ",
    "Rs ", "%", " percent", " per cent", " pp", " bps", " billion", " bn", "lakh crore", " yuan", " rupees", "one",
    "twenty", "a hundred", "half a", "A ", "Half", "ten", "fold", "-fold", " times", "twofold", "doubled", "Tripled",
    "x", "_", "e", "between ", "and ", "to ", "from ", "ſ", "K", "ı", "http://a.com/x ", "10:30",
    " 515", "\u00a0318", "\u202f", ",4", ",56", ".234", "1 234,5", "zł", "PLN ", " pesos", "Chile", "Sh",
]  # fmt: skip


def _assert_anchored_scans(text: str) -> None:
    g = grammar()
    masked = mask(text)
    for name, starts in g.starts(masked).items():
        pattern = getattr(g, name)
        want = [(m.span(), m.groups()) for m in pattern.finditer(masked)]
        assert [(m.span(), m.groups()) for m in finditer_at(pattern, masked, starts)] == want, (name, text)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(max_size=120), st.lists(st.sampled_from(SCAN_TOKENS), max_size=40).map("".join)))
def test_anchored_scans_equal_finditer(text: str) -> None:
    """Each figure pattern tried only where a word lets it start finds what `finditer` over the text finds."""
    _assert_anchored_scans(text)


@pytest.mark.parametrize("text", [
    "tenbn dollars", "Tenbn yuan", "twentym dollars", "fivek euros", "a hundredbn dollars", "halfbn dollars",
    "onelakh crore rupees", "tenmio. euros", "tenfold", "tenfold5", "twotimes higher", "2times", "a hundred times",
    "ten-fold, a hundredfold", "eighteen per cent", "half a percent", "twenty-five %", "eleven\tpercent",
    "five about ten dollars", "and ten dollars", "one3 dollars", "see http://a.com/x and 5 times 2/3",
    "WWW.x.org 12:30 $5bn", "a www.b.cn/c", "<a.org> $4bn", "2024/25: $5bn",
])
def test_anchored_scans_on_glued_words(text: str) -> None:
    """A number word glued to a scale ("tenbn") or to "fold"/"times", and texts a URL or clock time is masked in:
    the words the scans start at hold every match."""
    _assert_anchored_scans(text)
    _assert_anchored_scans(text.upper())


def test_anchored_scans_on_seeds_and_stress_cases() -> None:
    for path in sorted(SEEDS.glob("*.txt")):
        _assert_anchored_scans(path.read_text(encoding="utf-8"))
    for sentence, _ in stress_cases():
        _assert_anchored_scans(sentence)
        _assert_anchored_scans(sentence.upper())


def test_anchored_money_prefix_for_every_code() -> None:
    """Every currency sign or code, escaped or not, with and without a blank before the number."""
    for code in grammar().prefix_codes:
        for esc, blank in itertools.product(("", "\\"), ("", " ", "\t")):
            _assert_anchored_scans(f"Trade hit {esc}{code}{blank}12.5 billion, x{esc}{code}{blank}7-9bn.")


@pytest.mark.parametrize("text", ["Talks at 10:30 GMT ended by 16:00.", "10:30", "x10:30 y", "at 9:05:30, then 12:00",
                                  "see http://x.com/a at 3:45", "no times here", ""])
def test_masked_words_are_the_words_of_the_masked_text(text: str) -> None:
    """mask() hands the masked text's words to the word cache when it blanks only clock times: they must be its words."""
    masked = mask(text)
    derived = text_words(masked)
    fresh = text_words(masked + " ")  # another text: computed from scratch
    assert derived[1] == fresh[1] and derived[0] == fresh[0][: len(derived[0])]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["1", "12", "123", ":", "::", "00", "5", " ", "x", "a.m.", "http://a.com/b", "\n", "٣"]),
                max_size=25).map("".join))
@example("Talks at 12:30 GMT, then 9:05:30 and 123:45 or x1:00; see http://a.com/12:30")
def test_mask_is_the_two_substitutions(text: str) -> None:
    """mask() (clock times found from their colons) blanks what substituting URLs, then clock times, blanks."""
    from kg.figures import _CLOCK, _URL

    want = text
    for pattern in (_URL, _CLOCK):
        want = pattern.sub(lambda m: " " * len(m.group(0)), want)
    assert mask(text) == want


def test_about_a_round_figure_widens_by_half_its_step_or_three_percent() -> None:
    (q,) = find_quantities("about $6 billion")  # [5.5, 6.5]: "close to $7 billion" (6.825 to 7) does not meet it
    (n,) = find_quantities("close to $7 billion")
    assert (q.low, q.high) == (pytest.approx(5.5e9), pytest.approx(6.5e9))
    assert q.high is not None and n.low is not None and q.high < n.low


def _follower_by_word(text: str, end: int) -> bool | None:
    """`_follower_ok` as one match per follower and count noun (the patterns compiled at each call)."""
    lex = load_lexicon()
    rest = text[end : end + 40]
    if re.match(r"\s*(?:[.,;:!?)\]”\"’']|$)", rest):
        return True
    low = rest.lower().lstrip()
    if any(re.match(rf"{re.escape(w.lower())}\b", low) for w in lex.bare_followers):
        return True
    for noun in lex.count_nouns:
        n = re.escape(noun.lower())
        if re.match(rf"(?:{n})\b", low) or re.match(rf"(?:[a-z-]+ ){{1,2}}{n}\b", low):
            return False
    return None


@pytest.mark.parametrize("after", [
    " new jobs in Kenya", " passengers", " metric tons of maize", " very skilled seasonal workers", " of trade",
    " in bilateral trade with Chile", " threshold", " thresholds", ", officials said", "", " widgets sold",
    " barrels per day", " cars and vans", " four new extra cars", " worth of goods", " trade-linked jobs",
])  # fmt: skip
def test_a_bare_figures_follower_is_read_as_each_cue_reads_it(after: str) -> None:
    from kg.figures import _follower_ok

    text = f"Mongolia counted 3 million{after}"
    end = len("Mongolia counted 3 million")
    assert _follower_ok(text, end, load_lexicon()) == _follower_by_word(text, end)


@pytest.mark.parametrize(("text", "expected"), [
    ("exports fell by a quarter", [("a quarter", 25.0, "approx")]),
    ("a drop of one fifth in sales", [("one fifth", 20.0, "approx")]),
    ("more than half of its exports", [("half", 50.0, "at_least")]),
    ("roughly two-thirds of the country's imports", [("two-thirds", 66.667, "approx")]),
    ("in the first half of 2024", []),
    ("a quarter of a century", []),
    ("the third quarter", []),
    ("delayed by a quarter", []),
    ("half of 2025", []),
])  # fmt: skip
def test_fractions_in_words_are_read_only_as_a_share_or_a_change(
    text: str, expected: list[tuple[str, float, str]]
) -> None:
    from kg.figures import find_quantities

    got = [(q.text, q.value, q.bound) for q in find_quantities(text) if q.unit == "percent"]
    assert got == expected
