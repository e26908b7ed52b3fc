"""Parties, people and organisations (kg.entities): CLDR country names, demonyms, capitals and metonyms,
traps that are not parties, people introduced by a role or a reporting verb and their short mentions."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.entities import (
    NAME_VERB,
    ORG_HEADS,
    PLACES,
    ROLES,
    _org_starts,
    _role_name_starts,
    _whole_words,
    confirmed_places,
    entity_grammar,
    find_entities,
    find_people,
    find_places,
)
from kg.figures import alternation, finditer_at
from kg.models import EntityMention


def places(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.entity) for e in find_places(text)]


def person(text: str, surface: str) -> EntityMention:
    found = [e for e in find_people(text) if e.text == surface]
    assert found, f"{surface!r} not found as a person in {text!r}: {[(e.text, e.type) for e in find_entities(text)]}"
    return found[0]


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Brazil", "BR"), ("India", "IN"), ("Vietnam", "VN"), ("Viet Nam", "VN"), ("Türkiye", "TR"),
        ("Turkey", "TR"), ("the United States", "US"), ("Germany", "DE"), ("South Africa", "ZA"),
        ("Kazakhstan", "KZ"), ("Saudi Arabia", "SA"), ("Indonesia", "ID"), ("Mongolia", "MN"),
    ],
)  # fmt: skip
def test_countries_by_name(name: str, code: str) -> None:
    assert places(f"Officials from {name} met on Monday.") == [(name, code)]


@pytest.mark.parametrize(("name", "code"), [("Brazilian", "BR"), ("Indian", "IN"), ("Russian", "RU"), ("Chinese", "CN"),
                                            ("Vietnamese", "VN"), ("Turkish", "TR")])  # fmt: skip
def test_demonyms(name: str, code: str) -> None:
    assert places(f"{name} exporters were pleased.") == [(name, code)]


@pytest.mark.parametrize(
    ("name", "code", "kind"),
    [
        ("Moscow", "RU", "country"), ("the Kremlin", "RU", "country"), ("Beijing", "CN", "country"),
        ("Washington", "US", "country"), ("New Delhi", "IN", "country"), ("Brussels", "EU", "bloc"),
    ],
)  # fmt: skip
def test_capitals_and_metonyms(name: str, code: str, kind: str) -> None:
    found = [e for e in find_places(f"{name} reacted calmly.") if code == e.entity]
    assert found and found[0].type == kind
    assert name.endswith(found[0].text)


def test_country_label_comes_from_cldr_or_the_gazetteer() -> None:
    (e,) = find_places("Exports to Brazil rose.")
    assert (e.label, e.type) == ("Brazil", "country")


@pytest.mark.parametrize(
    "text",
    [
        "Trade hit US$5bn.",
        "Shares fell on the Moscow Exchange.",
        "The Beijing Olympics were held in 2022.",
        "A Beijing-based firm said so.",
    ],
)
def test_traps_are_not_parties(text: str) -> None:
    assert places(text) == []


@pytest.mark.parametrize(
    ("text", "confirmed"),
    [
        # another form of the same country, a pairing with a partner, a trade phrase
        ("N'Djamena said Chad's cotton sales to India rose.", ("Chad",)),
        ("Chadian cotton buyers said Chad would grow.", ("Chad",)),
        ("Chad–Cameroon trade turnover rose 6%.", ("Chad",)),
        ("Chad and Niger signed a customs pact.", ("Chad",)),
        ("Sudan's exports to Chad fell 3%.", ("Chad",)),
        ("Cameroon's trade with Chad grew.", ("Chad",)),
        # no confirmation: the name alone, a first name
        ("Chad exports rose 4% last year.", ()),
        ("Chad said the quota would stay.", ()),
        ("Chad's exports to Sudan rose.", ()),  # a trade phrase after it pairs its partner, not the name
        # a currency shared with other countries confirms nothing ("CFA francs" are six countries')
        ("Chad said exports reached 90 billion CFA francs.", ()),
        # "Georgia": the country with its trade phrase or its partner; the US state where its own places show
        ("Foreign trade of Georgia with Armenia, 2025", ("Georgia",)),
        ("Georgia's exports to Armenia rose, Tbilisi said.", ("Georgia",)),
        ("Georgia's exports to Canada rose, the Georgia Ports Authority in Savannah said.", ()),
        ("Georgia beat Alabama 27-24 on Saturday.", ()),
    ],
)
def test_context_gated_names(text: str, confirmed: tuple[str, ...]) -> None:
    """A kg:contextual name ("Chad") is its country only in a text that confirms it."""
    assert confirmed_places(text) == confirmed
    got = {(e.text, e.entity) for e in find_entities(text) if e.type == "country"}
    lex = entity_grammar().lex
    assert {t for t, _ in got if t in lex.contextual} == set(confirmed)
    assert all(code == lex.contextual[t] for t, code in got if t in lex.contextual)
    # find_places alone reads none, unless told what the document confirms
    assert not [e for e in find_places(text) if e.text in lex.contextual]
    assert {e.text for e in find_places(text, confirmed=confirmed) if e.text in lex.contextual} == set(confirmed)


def test_a_countrys_own_currency() -> None:
    """A currency named after its country confirms the country: its code and words, none another's."""
    from kg.entities import _own_currency

    georgian, jordanian = _own_currency("GE"), _own_currency("JO")
    assert georgian is not None and jordanian is not None
    assert georgian.search("worth GEL 2 billion") and georgian.search("400 million lari")
    assert jordanian.search("JD 80 million") and not jordanian.search("80 million Palestinian dinars")
    assert not georgian.search("a gel pack") and not jordanian.search("80 million dinars")
    assert _own_currency("TD") is None  # the Central African CFA franc is six countries'


def test_a_confirmed_name_inside_a_persons_name_is_no_place() -> None:
    text = "Chad's cotton exports to Sudan rose, analyst Michelle Chad said, citing N'Djamena's data."
    ents = find_entities(text)
    assert [(e.text, e.entity) for e in ents if e.type == "country"] == [("Chad", "TD"), ("Sudan", "SD"),
                                                                        ("N'Djamena", "TD")]
    assert any(e.type == "person" and e.text == "Michelle Chad" for e in ents)


def test_a_document_carries_its_confirmed_names_to_a_copy() -> None:
    """A table cell is read as a document of its own (the title and a cell sentence): it keeps what the whole
    document confirmed, though its own text would not."""
    from kg.extract import extract
    from kg.models import Document

    doc = Document(id="d1", name="x.txt", path="", sha256="", format="txt",
                   text="Chad-Niger trade\n\nChad's cattle exports to Niger rose in 2024.")
    assert doc.places_confirmed == ("Chad",)
    cell = doc.model_copy(update={"text": "Chad's trade\n\nExports of Chad were EUR 5 million in 2024."})
    assert cell.places_confirmed == ("Chad",)
    assert "TD" in {e.entity for e in extract(cell).entities}
    alone = Document(id="d2", name="y.txt", path="", sha256="", format="txt", text=cell.text)
    assert "TD" not in {e.entity for e in extract(alone).entities}


def test_role_and_name() -> None:
    text = "Kremlin spokesman Dmitry Peskov said trade would grow."
    p = person(text, "Dmitry Peskov")
    assert p.type == "person" and p.label == "Dmitry Peskov"
    assert p.role is not None and "spokesman" in p.role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Chinese President Xi Jinping met him.", "Xi Jinping", "President"),
        ("Russian Foreign Minister Sergei Lavrov arrived.", "Sergei Lavrov", "Minister"),
        ("Indian Prime Minister Narendra Modi spoke.", "Narendra Modi", "Prime Minister"),
    ],
)
def test_roles_before_names(text: str, name: str, role: str) -> None:
    p = person(text, name)
    assert p.role is not None and role in p.role


def test_name_next_to_a_reporting_verb() -> None:
    p = person("Trade will grow, Alexei Maslov said.", "Alexei Maslov")
    assert p.role is None


def test_short_mention_resolves_to_the_full_name() -> None:
    text = "Russian President Vladimir Putin said trade grew. Putin added that it would grow more."
    people = [e for e in find_people(text)]
    assert [e.text for e in people] == ["Vladimir Putin", "Putin"]
    assert len({e.entity for e in people}) == 1
    assert people[1].label == "Vladimir Putin" and people[1].role == people[0].role


def test_two_letter_surname_resolves() -> None:
    text = "Chinese President Xi Jinping arrived. Xi said trade would grow."
    assert [e.label for e in find_people(text)] == ["Xi Jinping", "Xi Jinping"]


def test_name_after_quoted() -> None:
    person("The Kremlin quoted Yuri Ushakov as saying trade would grow.", "Yuri Ushakov")


def test_role_words_are_not_a_person() -> None:
    text = "Xinhua quoted Chinese Commerce Minister Wang Wentao as saying trade would grow."
    assert [e.label for e in find_people(text)] == ["Wang Wentao"]


def test_person_id_is_a_slug() -> None:
    assert person("Kremlin spokesman Dmitry Peskov said so.", "Dmitry Peskov").entity == "person:dmitry-peskov"


def test_a_person_span_hides_the_places_inside_it() -> None:
    ents = find_entities("Kremlin spokesman Dmitry Peskov said Moscow and Beijing agreed.")
    assert [(e.text, e.type) for e in ents if e.type != "organization"] == [
        ("Kremlin", "country"), ("Dmitry Peskov", "person"), ("Moscow", "country"), ("Beijing", "country"),
    ]  # fmt: skip


def test_entities_in_order_with_valid_offsets() -> None:
    text = "Indian Prime Minister Narendra Modi met Brazilian officials in New Delhi; the EU and China watched."
    ents = find_entities(text)
    assert [e.start for e in ents] == sorted(e.start for e in ents)
    for e in ents:
        assert text[e.start : e.end] == e.text
    assert {e.entity for e in ents if e.type in ("country", "bloc")} == {"IN", "BR", "EU", "CN"}


FUZZ_TOKENS = [
    *string.ascii_letters[:6], "Moscow", "Beijing", "the Kremlin", "President", "spokesman", " said", "Putin",
    "Vladimir", "Xi", " ", ",", ".", "'s", "-based", " Olympics", " Exchange", "US$", "Viet Nam", "Türkiye",
    "\n", "“", "”", "The ", "Mr.",
]  # fmt: skip
fuzz_text = st.one_of(st.text(max_size=200), st.lists(st.sampled_from(FUZZ_TOKENS), max_size=50).map("".join))


@settings(max_examples=200, deadline=None)
@given(fuzz_text)
def test_fuzz_find_entities_never_raises(text: str) -> None:
    for e in find_entities(text):
        assert text[e.start : e.end] == e.text


# ---------------------------------------------------------------- the anchored scans are the plain scans

_SEEDS = Path(__file__).parent.parent / "seeds"
SCAN_TOKENS = [
    "the ", "The ", "Chinese ", "China", "China's ", "Russia", "Russian-based ", "Foreign Ministry", "Ministry of Commerce",
    "Bank", " of ", "Trade Minister ", "minister ", "Tavo ", "Renkali", "O'Brien", "Jean-Luc ", "J. ", " said", "told ",
    ", ", ". ", "\n", "-", "_", "x", "Côte d’Ivoire", "Åland Islands", "European Union", "EU ", "United States", "US ",
    "Washington", "Beijing Olympics", "said Tavo Renkali", "ſ", "K", "2023 ",
    "'s ", "’s ", "deputy ", "Saint Vincent and the Grenadines", "Bosnia & Herzegovina", "Guinea-Bissau ",
]  # fmt: skip


@pytest.mark.parametrize("text", [
    "Saint Vincent and the Grenadines's deputy trade minister Ana Rolle said it.",
    "Côte d’Ivoire’s foreign minister Jean Kouassi said. The Bosnia & Herzegovina minister Ivo Ban spoke.",
    "the United States' chief negotiator Sam Hill said; Guinea-Bissau's trade minister Ana Sa said",
    "said deputy minister Tavo Renkali, and minister O'Brien Lee told reporters",
])
def test_anchored_role_names(text: str) -> None:
    """A role's name, with a place of several words before the role: tried where a place's first word is."""
    _assert_anchored_scans(text)


def _assert_anchored_scans(text: str) -> None:
    g = entity_grammar()
    at = g.index.starts(text)
    role_starts = _role_name_starts(text, at[ROLES], g.role_reach)
    if not at[ORG_HEADS]:  # no org head word: no organisation
        assert list(g.orgs.finditer(text)) == [], text
    for pattern, starts in zip((g.places, g.name_verb, g.orgs, g.role_name),
                               (at[PLACES], at[NAME_VERB], _org_starts(text), role_starts), strict=True):
        want = [(m.span(), m.groups()) for m in pattern.finditer(text)]
        assert [(m.span(), m.groups()) for m in finditer_at(pattern, text, starts)] == want, (pattern.pattern[:50], text)
    caps = re.findall(r"[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)?", text)
    if caps:  # short mentions: a word lookup finds what \b(?:alternation)\b finds
        want_spans = [m.span() for m in re.finditer(rf"\b(?:{alternation(caps)})\b", text)]
        assert list(_whole_words(text, caps)) == want_spans, text


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=120), st.lists(st.sampled_from(SCAN_TOKENS), max_size=30).map("".join)))
def test_anchored_scans_equal_finditer(text: str) -> None:
    _assert_anchored_scans(text)


def test_anchored_scans_on_the_seeds() -> None:
    for path in sorted(_SEEDS.glob("*.txt")):
        _assert_anchored_scans(path.read_text(encoding="utf-8"))


def test_anchored_scans_on_entity_phrases() -> None:
    leads = ["", "the ", "The ", "said ", "told ", "Chinese ", "China's ", "x", "-", "(", "in "]
    cores = ["Foreign Ministry", "Ministry of Commerce of China", "Russian Central Bank", "People's Bank of China",
             "China", "Russia-based firm", "Trade Minister Tavo Renkali", "Tavo Renkali said", "said Tavo Renkali",
             "European Union", "Beijing Olympics", "Reserve Bank of India", "World Trade Organization",
             "United Arab Emirates's trade minister Ali Bin Said", "Democratic Republic of the Congo's deputy Prime Minister Jean Paul",
             "Chinese commerce Minister Wang Wentao", "former President Xi Jinping", "spokesperson Mao Ning"]  # fmt: skip
    for lead in leads:
        for core in cores:
            _assert_anchored_scans(f"On Monday {lead}{core}, and {lead}{core.upper()} later.")
