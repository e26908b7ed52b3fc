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


