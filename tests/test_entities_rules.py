"""Person names and group speakers (kg.entities): names in any script's Latin letters, titles and honorifics
left out of a name, name particles kept in it, surname-only mentions linked to the full name, and group or
institution speakers that keep their qualifier ("Barclays analysts", "the Brazilian embassy").

Every sentence here is made up for these tests (no sentence of the held-out set)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.assemble import assemble
from kg.entities import find_entities, find_people, find_places, name_words
from kg.extract import extract
from kg.ingest import parse_document
from kg.models import Claim


def labels(text: str) -> list[str]:
    return [e.label for e in find_people(text)]


def full_names(text: str) -> set[str]:
    return {e.label for e in find_people(text)}


def groups(text: str) -> list[str]:
    return [e.label for e in find_entities(text) if e.type == "organization"]


def speaker(text: str, figure: str) -> str | None:
    d = parse_document(f"---\npublished: 2023-06-15\n---\n{text}".encode(), "t.md")
    found = [c for c in assemble(d, extract(d)) if c.figure == figure]
    assert len(found) == 1, [c.figure for c in assemble(d, extract(d))]
    c: Claim = found[0]
    return c.speaker


# ---------------------------------------------------------------- every letter is a letter


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Turkish Trade Minister Ömer Bolat said exports to Brazil rose.", "Ömer Bolat"),
        ('"Trade will reach $30 billion," Nguyễn Hồng Diên told reporters in Hanoi.', "Nguyễn Hồng Diên"),
        ("Vice Minister Đỗ Thắng Hải said exports to Canada grew 12%.", "Đỗ Thắng Hải"),
        ("Exports to Chile doubled, Radosław Sikorski said on Friday.", "Radosław Sikorski"),
        ("Former foreign minister Mevlüt Çavuşoğlu said trade with Iran fell.", "Mevlüt Çavuşoğlu"),
        ("WTO Director-General Ngozi Okonjo-Iweala said global trade would grow 2.6%.", "Ngozi Okonjo-Iweala"),
        ("Irish finance minister Michael O'Neill said trade with France grew.", "Michael O'Neill"),
        ("Irish finance minister Michael O’Neill said trade with France grew.", "Michael O’Neill"),
        ("Indian Finance Minister Nirmala Sitharaman said exports to Kenya rose.", "Nirmala Sitharaman"),
        ("Exports to Japan rose, said Fernando Haddad, Brazil's finance minister.", "Fernando Haddad"),
        ("Canadian Trade Minister Mary McDonald said exports to Peru rose.", "Mary McDonald"),
        ("Austrian Chancellor Élise Müller-Lüdenscheidt said trade grew.", "Élise Müller-Lüdenscheidt"),
    ],
)  # fmt: skip
def test_names_keep_every_letter(text: str, name: str) -> None:
    assert name in labels(text), [(e.text, e.type, e.label) for e in find_entities(text)]


def test_a_name_in_decomposed_unicode_keeps_its_accents() -> None:
    text = "Vice Minister Ðo\u0302\u0303 Tha\u0306\u0301ng said exports to Laos grew."  # combining marks (NFD)
    assert labels(text) == ["Ðo\u0302\u0303 Tha\u0306\u0301ng"]


@pytest.mark.parametrize("text", ["The WTO said trade would grow.", "Officials at the IMF said trade fell.",
                                  "Meanwhile, exports rose, data showed."])  # fmt: skip
def test_acronyms_and_sentence_openers_are_not_people(text: str) -> None:
    assert labels(text) == []


# ---------------------------------------------------------------- particles belong to the name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Brazilian President Luiz Inácio Lula da Silva said trade with Argentina reached $28 billion.",
         "Luiz Inácio Lula da Silva"),
        ("Saudi Energy Minister Khalid bin Abdulaziz Al Falih said exports to Korea rose.",
         "Khalid bin Abdulaziz Al Falih"),
        ("European Commission President Ursula von der Leyen said trade with Chile would double.",
         "Ursula von der Leyen"),
        ("Iraqi Prime Minister Mohammed Shia al-Sudani said oil exports to India rose.", "Mohammed Shia al-Sudani"),
        ("Exports to Spain rose 4%, said Maria dos Santos Pereira.", "Maria dos Santos Pereira"),
    ],
)  # fmt: skip
def test_name_particles_join_a_name(text: str, name: str) -> None:
    assert name in labels(text), [(e.text, e.type, e.label) for e in find_entities(text)]


def test_a_capitalised_particle_is_a_name_word() -> None:
    text = "Central bank governor Anil Das said exports to Nepal rose. Das added that imports fell."
    assert [(e.text, e.label) for e in find_people(text)] == [("Anil Das", "Anil Das"), ("Das", "Anil Das")]
    assert labels("Exports rose, Juan De Vega said.") == ["Juan De Vega"]


def test_a_particle_never_starts_or_ends_a_name() -> None:
    assert labels("Exports to Peru rose, Ana de said.") == []
    assert "de Souza" not in labels("Exports to Chile rose 3%, de Souza said.")


# ---------------------------------------------------------------- titles and honorifics are not the name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Saudi Minister of Investment Dr Khalid bin Abdulaziz Al Falih said on Sunday that trade rose.",
         "Khalid bin Abdulaziz Al Falih"),
        ("Treasurer Nicola Willis said exports to Fiji rose.", "Nicola Willis"),
        ("H.E. Sheikh Abdullah bin Zayed Al Nahyan said trade with Egypt rose.", "Abdullah bin Zayed Al Nahyan"),
        ("His Excellency Sheikh Hamad bin Jassim said trade with Oman rose.", "Hamad bin Jassim"),
        ("Mr Rishi Sunak said trade with Norway fell.", "Rishi Sunak"),
        ("Sir Keir Starmer said exports to Ghana rose.", "Keir Starmer"),
        ("Shri Nitin Gadkari said exports to Nepal rose.", "Nitin Gadkari"),
        ("Exports to Chile rose, Prof. Helena Kowalska said.", "Helena Kowalska"),
    ],
)  # fmt: skip
def test_titles_and_honorifics_are_left_out(text: str, name: str) -> None:
    assert labels(text) == [name], [(e.text, e.type, e.label) for e in find_entities(text)]


def test_a_title_case_headline_verb_ends_the_name() -> None:
    assert labels("Finance Minister Fernando Haddad Says Exports To Chile Will Rise") == ["Fernando Haddad"]


# ---------------------------------------------------------------- short mentions link to the full name


def test_surname_with_a_particle_links_to_the_full_name() -> None:
    text = ("Saudi Minister of Investment Dr Khalid bin Abdulaziz Al Falih spoke on Sunday. "
            "\"Trade will double,\" Al Falih said. Falih added that exports rose.")
    people = find_people(text)
    assert {e.label for e in people} == {"Khalid bin Abdulaziz Al Falih"}
    assert [e.text for e in people] == ["Khalid bin Abdulaziz Al Falih", "Al Falih", "Falih"]


def test_a_surname_in_the_headline_links_to_the_full_name_below() -> None:
    text = ("Exports to Peru will double, says da Silva\n\n"
            "Brazilian President Luiz Inácio Lula da Silva spoke on Monday. Lula said trade rose.")
    people = find_people(text)
    assert {e.label for e in people} == {"Luiz Inácio Lula da Silva"}
    assert [e.text for e in people] == ["da Silva", "Luiz Inácio Lula da Silva", "Lula"]


def test_unicode_surname_links_to_the_full_name() -> None:
    text = "Turkish Trade Minister Ömer Bolat spoke in Ankara. Bolat said exports to Iraq rose."
    assert [(e.text, e.label) for e in find_people(text)] == [("Ömer Bolat", "Ömer Bolat"), ("Bolat", "Ömer Bolat")]


def test_a_name_without_its_accents_is_the_same_person() -> None:
    text = ("Exports to Iraq rose, says Bolat\n\nTurkish Trade Minister Ömer Bolat spoke in Ankara. "
            "Omer Bolat said exports to Iran rose too. Later, Mehmet Şimşek said Simsek would not comment.")
    got = [(e.text, e.label) for e in find_people(text)]
    assert ("Omer Bolat", "Ömer Bolat") in got and ("Bolat", "Ömer Bolat") in got
    assert ("Simsek", "Mehmet Şimşek") in got


def test_two_spellings_found_as_names_are_one_person() -> None:
    text = "Polish Deputy Minister Lukasz Nowak said exports rose. Łukasz Nowak said imports fell."
    assert {e.label for e in find_people(text)} == {"Łukasz Nowak"}


@pytest.mark.parametrize("text", ["Bank Indonesia said exports rose.", "Exports rose, Reserve Bank said."])
def test_organisation_heads_are_no_names(text: str) -> None:
    assert labels(text) == []


def test_a_particle_alone_is_no_mention() -> None:
    text = "Saudi Energy Minister Khalid bin Abdulaziz Al Falih spoke. Al Nahyan and bin Salman did not."
    assert [e.text for e in find_people(text)] == ["Khalid bin Abdulaziz Al Falih"]


def test_name_words() -> None:
    assert name_words("Khalid bin Abdulaziz Al Falih") == ["Khalid", "Abdulaziz", "Al", "Falih"]


# ---------------------------------------------------------------- groups and institutions keep their qualifier


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Barclays analysts said exports to Peru would fall.", "Barclays analysts"),
        ("Brazilian economists said exports to Chile would rise.", "Brazilian economists"),
        ("Goldman Sachs economists forecast exports to Chile to rise.", "Goldman Sachs economists"),
        ("Economists polled by Bloomberg expect the surplus with Chile to widen.", "Economists polled by Bloomberg"),
        ("Analysts at Capital Economics said trade with Peru would fall.", "Analysts at Capital Economics"),
        ("Trade with Chile reached $9 billion, the Brazilian embassy said in a statement.", "Brazilian embassy"),
        ("Exports rose, the Peruvian foreign ministry said.", "Peruvian foreign ministry"),
        ("Exports rose, Kenya's high commission said.", "Kenya's high commission"),
        ("An official at the Peruvian Ministry of Trade said exports rose.", "official at the Peruvian Ministry of Trade"),
        ("Exports to Chile will rise, a Barclays economist said.", "Barclays economist"),
    ],
)  # fmt: skip
def test_groups_keep_their_qualifier(text: str, label: str) -> None:
    assert label in groups(text), [(e.text, e.type, e.label) for e in find_entities(text)]


@pytest.mark.parametrize("text", ["Trade officials said exports rose.", "The analysts said exports rose.",
                                  "Economists said exports rose.", "Chilean official data showed exports rose."])  # fmt: skip
def test_a_bare_group_noun_is_no_mention(text: str) -> None:
    assert groups(text) == []


def test_group_ids() -> None:
    (g,) = [e for e in find_entities("Barclays analysts said exports rose.") if e.type == "organization"]
    assert g.entity == "group:barclays-analysts"


# ---------------------------------------------------------------- the claim's speaker (through assemble)


@pytest.mark.parametrize(
    ("text", "figure", "who"),
    [
        ("Exports to Mexico reached $9 billion in 2022, Turkish Trade Minister Ömer Bolat said.", "$9 billion",
         "Ömer Bolat"),
        ("Trade with Chile reached $12 billion in 2022, Brazilian Finance Minister Dr Fernando Haddad said.",
         "$12 billion", "Fernando Haddad"),
        ("Saudi Energy Minister Khalid bin Abdulaziz Al Falih met his Korean counterpart on Monday.\n\n"
         "\"Trade will reach $60 billion by 2030,\" Al Falih said.", "$60 billion", "Khalid bin Abdulaziz Al Falih"),
        ("Trade with Peru will reach $5 billion in 2025, Barclays analysts said.", "$5 billion", "Barclays analysts"),
        ("Trade with Chile reached $9 billion in 2022, the Brazilian embassy said in a statement.", "$9 billion",
         "Brazilian embassy"),
    ],
)  # fmt: skip
def test_claim_speaker(text: str, figure: str, who: str) -> None:
    assert speaker(text, figure) == who


# ---------------------------------------------------------------- any text


NAME_TOKENS = [
    "Đỗ ", "Thắng ", "Hải", "Ömer ", "Bolat", "O'Neill", "O’Neill's ", "Okonjo-Iweala", " bin ", " da ", "al-", "Al ",
    "Sudani", "Dr ", "H.E. ", "Sheikh ", "Treasurer ", " said", " says ", "Says ", "economists ", "Analysts ", " at ",
    "polled by ", "Westpac ", "the ", "Indian ", "Brazil's ", "embassy", " foreign ministry", ", ", ". ", "\n", "o\u0302",
    "\u0303", "WTO ", "U.S. ", "ß", "ǅ", "İ",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=150), st.lists(st.sampled_from(NAME_TOKENS), max_size=30).map("".join)))
def test_fuzz_mentions_are_spans_of_the_text(text: str) -> None:
    for e in find_entities(text):
        assert text[e.start : e.end] == e.text
        if e.type == "person":
            # a name may open with a lower-case particle ("al-Sisi"), but some word of it is capitalised
            # (a titlecase digraph, "ǅ", is a capital too)
            assert any(w.lstrip("'’").split("-")[-1][:1].istitle() for w in e.label.split()), e.label


def test_post_nominal_letters_between_a_name_and_its_verb() -> None:
    from kg.entities import find_entities

    text = "Exports rose to $2 billion, the trade secretary, Hon. Ann Njeri, EGH, said on Monday."
    people = [e.label for e in find_entities(text) if e.type == "person"]
    assert people == ["Ann Njeri"]


def test_an_organisation_head_that_starts_a_role_is_no_organisation() -> None:
    from kg.entities import find_entities

    text = "Trade stood at $8 billion in 2023, the Cabinet Secretary noted, while the Cabinet met."
    orgs = [e.text for e in find_entities(text) if e.type == "organization"]
    assert orgs == ["the Cabinet"] and text.index("the Cabinet met") == find_entities(text)[-1].start


def test_a_two_word_title_at_the_end_of_a_capitalised_run_is_no_name() -> None:
    from kg.entities import _clean_name

    assert _clean_name("Ann Njeri Cabinet Secretary") == "Ann Njeri"
    assert _clean_name("Says Prime Minister") is None


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("in million US dollars", []),
        ("worth 5 billion Australian dollars", []),
        ("Japanese yen weakened", []),
        ("exports to Japan rose", ["JP"]),
        ("Indian exporters", ["IN"]),
    ],
)
def test_a_name_before_a_currency_word_names_the_currency(text: str, want: list[str]) -> None:

    assert [e.entity for e in find_places(text)] == want


def test_regions_are_parties_of_their_own() -> None:

    text = "China's trade with the five Central Asian states reached $100bn, more than with Southeast Asia."
    assert [(e.entity, e.type) for e in find_places(text)] == [
        ("CN", "country"), ("CENTRAL-ASIA", "bloc"), ("SOUTHEAST-ASIA", "bloc")]


def test_a_two_letter_code_before_a_spaced_dollar_sign_is_no_place() -> None:
    assert not [e for e in find_places("Exports to Peru (thousand US $)") if e.entity == "US"]
    assert [e.entity for e in find_places("Chile's exports to the US rose")] == ["CL", "US"]


@pytest.mark.parametrize("sentence", [
    "Exports to Peru rose 8% in 2024, Ana Quispe Mamani, the commerce secretary, said on Monday.",
    "\"Exports to Peru rose 8% in 2024,\" Ana Quispe Mamani, head of the export council of Bolivia, told reporters.",
    "Exports to Peru rose 8% in 2024, Ana Quispe Mamani, a senior economist at the central bank, said.",
])  # fmt: skip
def test_a_name_with_its_role_in_apposition_before_the_reporting_verb_is_a_person(sentence: str) -> None:
    people = find_people(sentence)
    assert [p.label for p in people] == ["Ana Quispe Mamani"]
    assert people[0].role is not None and any(w in people[0].role for w in ("secretary", "head", "economist"))


# ---------------------------------------------------------------- a minister's portfolio; a name after its role


@pytest.mark.parametrize("text", [
    "Exports to Rwanda reached $2 billion in 2025, Minister of Finance Jane Wambui said.",
    "Exports to Rwanda reached $2 billion in 2025, Minister for Trade and Industry Jane Wambui said.",
    "Exports to Rwanda reached $2 billion in 2025, Minister of Industry, Trade and Cooperatives Jane Wambui said.",
])  # fmt: skip
def test_a_ministers_portfolio_is_no_part_of_the_name(text: str) -> None:
    assert speaker(text, "$2 billion") == "Jane Wambui"


def test_a_name_in_apposition_after_its_role_and_post_is_a_person() -> None:
    text = ("Peru's ambassador in Santiago, Héctor Marcano Lugo, is more optimistic. \"We believe trade can reach "
            "US$3 billion by 2028,\" he said at a forum in Arica.")
    assert speaker(text, "US$3 billion") == "Héctor Marcano Lugo"
    assert "Jane Doe" in full_names("The trade minister, Jane Doe, said exports rose.")


@pytest.mark.parametrize(("text", "role"), [
    ("Deputy Minister of Trade Lerato Dube received the delegation.", "Minister of Trade"),
    ("Minister for Foreign Trade and Investment Lerato Dube opened the fair.", "Minister for Foreign Trade and Investment"),
    ("President of Ghana Lerato Dube toured the port.", "President of Ghana"),
])  # fmt: skip
def test_a_role_with_its_portfolio_before_a_name_introduces_the_person(text: str, role: str) -> None:
    (p,) = find_people(text)
    assert p.label == "Lerato Dube" and p.role == role


def test_a_portfolio_run_into_an_organisations_name_is_no_person() -> None:
    assert find_people("Minister of Trade Policy Review Board members said the talks went well.") == []


def test_a_place_in_apposition_after_a_role_is_no_person() -> None:
    assert "Bole Road" not in full_names("Kenya's ambassador in Addis Ababa, Bole Road, hosted exporters.")


@pytest.mark.parametrize(("text", "name"), [
    ("Ghana's exports to Togo reached $1 billion in 2025, Trade Minister Justice Ofori said.", "Justice Ofori"),
    ("Zimbabwe's exports to Zambia reached $1 billion in 2025, Energy Mutodi said.", "Energy Mutodi"),
    ("South Africa's exports to Lesotho reached $1 billion in 2025, said Health Mhlongo, an analyst at FNB.",
     "Health Mhlongo"),
])  # fmt: skip
def test_a_first_name_like_a_portfolio_stays_the_name(text: str, name: str) -> None:
    assert speaker(text, "$1 billion") == name


@pytest.mark.parametrize("text", [
    "Exports to Rwanda reached $2 billion in 2025, said Minister of Finance Jane Wambui.",
    "Exports to Rwanda reached $2 billion in 2025, according to Minister for Trade and Industry Jane Wambui.",
    "Exports to Rwanda reached $2 billion in 2025, said the Minister of Foreign Trade, Jane Wambui.",
    "Exports to Rwanda reached $2 billion in 2025, said Secretary of State for Trade Jane Wambui.",
    "Exports to Rwanda reached $2 billion in 2025, said Bank of Kigali governor Jane Wambui.",
    "Exports to Rwanda reached $2 billion in 2025, according to the Minister of Foreign Trade, Jane Wambui.",
])  # fmt: skip
def test_a_name_after_its_verb_and_role_is_the_speaker(text: str) -> None:
    assert speaker(text, "$2 billion") == "Jane Wambui"


@pytest.mark.parametrize("text", [
    "Sales to Rwanda hit $2 billion this year, the ministry remarked of talks with Jane Wambui.",
    "Sales to Rwanda hit $2 billion this year, going by Bank of Kigali data.",
    "Exports to Rwanda reached $2 billion in 2025, said the statement, adding that Trade Minister Jane Wambui would visit.",
    "Exports to Rwanda reached $2 billion in 2025, said a spokesman for President Jane Wambui.",
])  # fmt: skip
def test_a_name_in_a_complement_or_a_source_after_the_verb_is_no_speaker(text: str) -> None:
    assert speaker(text, "$2 billion") != "Jane Wambui"


@pytest.mark.parametrize("text", [
    "Exports rose, according to the East African Business Council.",
    "Exports rose, according to the United Nations Conference on Trade and Development, Geneva.",
    "Exports rose, according to the East African Community.",
])  # fmt: skip
def test_an_organisation_after_according_to_is_no_person(text: str) -> None:
    assert full_names(text) == set()


def test_a_portfolio_after_the_verb_is_no_part_of_the_name() -> None:
    assert speaker("Exports to Rwanda reached $2 billion in 2025, said Minister of Production Rosa Quispe.",
                   "$2 billion") == "Rosa Quispe"
