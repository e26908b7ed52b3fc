"""Figure-level rules from the held-out error analysis, each on new sentences (other countries, other currencies).

C: which dollar a bare "$" is, per document; H: bound cues in every verb form, on multipliers, after "(";
B: the rise and fall cue words; G: measure qualifiers ("non-oil", "services") as narrower measures.
"""

from __future__ import annotations

import pytest

from kg.figures import find_quantities
from kg.lexicon import Lexicon, inflect, load_lexicon
from kg.models import Quantity


@pytest.fixture(scope="module")
def lex() -> Lexicon:
    return load_lexicon()


def money(text: str) -> list[Quantity]:
    return [q for q in find_quantities(text) if q.quantity == "money"]


def units(text: str) -> list[str]:
    return [q.unit for q in money(text)]


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


