"""Checks on the place gazetteer data in ontology/places.ttl (see its header for the vocabulary)."""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterator

import pytest
from babel import Locale
from rdflib import RDF, RDFS, Graph, Literal, Namespace, URIRef
from rdflib.namespace import SKOS

from kg.resources import ontology_file
from kg.vocab import NS, RES

KG = Namespace(NS)
GMONTHDAY = URIRef("http://www.w3.org/2001/XMLSchema#gMonthDay")
PARTY = RES + "party/"
EXCLUSION = RES + "exclusion/"
SURFACE = (RDFS.label, KG.altName, KG.capital, KG.metonym, KG.demonym, KG.combiningForm)
CLDR = Locale("en").territories
NOT_COUNTRIES = {"ZZ", "XA", "XB", "EU", "EZ", "UN", "QO"}  # CLDR pseudo-regions and groupings
ISO_CODES = {code for code in CLDR if re.fullmatch(r"[A-Z]{2}", code)} - NOT_COUNTRIES
# A fiscal year written as one year ("FY25", "FY2025", "fiscal 2025") or split ("2024-25", "FY2024/25").
SINGLE = re.compile(r"(?:FY ?|fiscal )(\d{4}|\d{2})")
SPLIT = re.compile(r"(?:FY ?)?(\d{4})[-/–](\d{4}|\d{2})")


@pytest.fixture(scope="module")
def g() -> Graph:
    graph = Graph()
    graph.parse(ontology_file("places.ttl"), format="turtle")
    return graph


def _parties(g: Graph, cls: URIRef) -> list[URIRef]:
    return sorted(s for s in g.subjects(RDF.type, cls) if isinstance(s, URIRef))


def _code(node: URIRef) -> str:
    return str(node).removeprefix(PARTY)


def _strings(g: Graph, node: URIRef, *props: URIRef) -> Iterator[str]:
    for prop in props:
        for o in g.objects(node, prop):
            assert isinstance(o, Literal), f"{_code(node)} {prop}: {o!r} is not a literal"
            yield str(o)


def test_file_parses_with_pyoxigraph_too() -> None:
    pyoxigraph = pytest.importorskip("pyoxigraph")
    store = pyoxigraph.Store()
    store.load(path=str(ontology_file("places.ttl")), format=pyoxigraph.RdfFormat.TURTLE)
    assert len(store) > 1000


def test_countries_are_iso_codes_babel_knows(g: Graph) -> None:
    countries = _parties(g, KG.Country)
    for node in countries:
        code = _code(node)
        assert str(node) == PARTY + code
        assert code in ISO_CODES, f"{code} is not an ISO 3166 alpha-2 code in CLDR"
        assert [str(n) for n in g.objects(node, SKOS.notation)] == [code]
        assert len(list(g.objects(node, RDFS.label))) == 1, f"{code} needs exactly one rdfs:label"


def test_at_least_190_countries(g: Graph) -> None:
    countries = _parties(g, KG.Country)
    territories = set(_parties(g, KG.Territory))
    assert territories <= set(countries)
    assert len(countries) - len(territories) >= 190
    for code in ("RU", "CN", "US", "IN", "BR", "HK", "MO", "TW", "PR", "XK", "PS", "VA"):
        assert URIRef(PARTY + code) in countries, code


def test_every_country_has_demonym_and_capital(g: Graph) -> None:
    for node in _parties(g, KG.Country):
        assert list(_strings(g, node, KG.demonym)), f"{_code(node)} has no kg:demonym"
        assert list(_strings(g, node, KG.capital)), f"{_code(node)} has no kg:capital"


def test_territories_name_their_sovereign_state(g: Graph) -> None:
    countries = set(_parties(g, KG.Country))
    for node in _parties(g, KG.Territory):
        sovereigns = list(g.objects(node, KG.sovereignState))
        assert len(sovereigns) == 1 and sovereigns[0] in countries, _code(node)
        assert (sovereigns[0], RDF.type, KG.Territory) not in g


def test_blocs(g: Graph) -> None:
    countries = set(_parties(g, KG.Country))
    blocs = _parties(g, KG.Bloc)
    assert not countries & set(blocs)
    for node in blocs:
        code = _code(node)
        assert re.fullmatch(r"[A-Z0-9][A-Z0-9-]*", code), code
        assert [str(n) for n in g.objects(node, SKOS.notation)] == [code]
        assert len(list(g.objects(node, RDFS.label))) == 1, code
        assert list(_strings(g, node, KG.altName)), f"bloc {code} has no kg:altName"
        for member in g.objects(node, KG.member):
            assert member in countries or member in blocs, f"bloc {code}: unknown member {member}"
            assert member != node
    by_code = {_code(n): {_code(m) for m in g.objects(n, KG.member)} for n in blocs}
    assert len(by_code["EU"]) == 27
    assert by_code["G7"] == {"US", "JP", "DE", "GB", "FR", "IT", "CA"}
    assert {"EU", "AFRICAN-UNION"} <= by_code["G20"]
    assert len(by_code["AFRICAN-UNION"]) == 54
    assert len(by_code["NATO"]) == 32
    assert by_code["EAEU"] == {"RU", "BY", "KZ", "KG", "AM"}
    assert by_code["WEST"] == set()
    assert "Brussels" in set(_strings(g, URIRef(PARTY + "EU"), KG.metonym))


def test_no_string_is_claimed_by_two_parties(g: Graph) -> None:
    """A surface form (ours or a CLDR name) names one party, unless it is marked kg:ambiguous (or kg:contextual, or
    kg:sharedName: "Congo")."""
    ambiguous = {str(o) for prop in (KG.ambiguous, KG.contextual, KG.sharedName) for o in g.objects(None, prop)}
    claims: defaultdict[str, set[str]] = defaultdict(set)
    for code in ISO_CODES:
        claims[CLDR[code]].add(code)
    for node in _parties(g, KG.Country) + _parties(g, KG.Bloc):
        for text in _strings(g, node, *SURFACE):
            assert text == text.strip() and text, f"{_code(node)}: bad surface form {text!r}"
            claims[text].add(_code(node))
    clashes = {text: codes for text, codes in claims.items() if len(codes) > 1 and text not in ambiguous}
    assert not clashes


def test_ambiguous_strings_belong_to_their_party(g: Graph) -> None:
    for node in _parties(g, KG.Country) + _parties(g, KG.Bloc):
        forms = set(_strings(g, node, *SURFACE)) | ({CLDR[_code(node)]} if _code(node) in CLDR else set())
        for text in _strings(g, node, KG.ambiguous):
            # Either the party lists the string itself, or the string is a shortening of one of its names.
            assert any(text in form for form in forms), (
                f"{_code(node)}: ambiguous {text!r} is not one of its forms"
            )


def test_contextual_names(g: Graph) -> None:
    """A context-gated name (kg:contextual) is one of its party's forms, no other party's, and never also
    kg:ambiguous; its blockers are strings; the trade phrases that pair it are lower-case words."""
    ambiguous = {str(o) for o in g.objects(None, KG.ambiguous)}
    seen: set[str] = set()
    for node in _parties(g, KG.Country) + _parties(g, KG.Bloc):
        forms = set(_strings(g, node, *SURFACE)) | ({CLDR[_code(node)]} if _code(node) in CLDR else set())
        for text in _strings(g, node, KG.contextual):
            assert text in forms and text not in ambiguous and text not in seen, (_code(node), text)
            seen.add(text)
        for blocker in _strings(g, node, KG.contextBlocker):
            assert blocker == blocker.strip() and blocker, (_code(node), blocker)
            assert _strings(g, node, KG.contextual), f"{_code(node)}: a blocker with no contextual name"
    assert "Chad" in seen
    cues = list(_strings(g, KG.ContextCues, KG.cue))
    assert cues and all(c == c.lower().strip() for c in cues)


def test_required_surface_forms(g: Graph) -> None:
    def forms(code: str) -> set[str]:
        return set(_strings(g, URIRef(PARTY + code), *SURFACE))

    assert {"Russian", "Moscow", "the Kremlin", "Russian Federation"} <= forms("RU")
    assert {"Chinese", "Beijing", "Zhongnanhai", "mainland China", "PRC"} <= forms("CN")
    assert {
        "America",
        "the US",
        "the U.S.",
        "USA",
        "the United States",
        "the White House",
        "Washington",
    } <= forms("US")
    assert {
        "Britain",
        "Great Britain",
        "the UK",
        "the U.K.",
        "Downing Street",
        "Whitehall",
        "London",
    } <= forms("GB")
    assert {"Korea", "ROK", "Seoul"} <= forms("KR")
    assert {"North Korea", "DPRK", "Pyongyang"} <= forms("KP") | {CLDR["KP"]}
    assert {"Türkiye", "Turkey", "Turkish", "Ankara"} <= forms("TR")
    assert {"Kyiv", "Kiev"} <= forms("UA")
    assert {"Brasília", "Brasilia", "Brazilian"} <= forms("BR")
    assert {"New Delhi", "Delhi", "Indian"} <= forms("IN")
    assert {"the Élysée", "Paris"} <= forms("FR")
    assert {"Emirati", "UAE", "the Emirates"} <= forms("AE")
    assert {"Holland", "Dutch"} <= forms("NL")
    assert {"Ivory Coast", "Burma"} <= forms("CI") | forms("MM")
    assert "Chinese" not in forms("TW")
    # "Georgia" is the country only where the text confirms it, never beside the US state's own places
    assert "Georgia" in {str(o) for o in g.objects(URIRef(PARTY + "GE"), KG.contextual)}
    assert "Atlanta" in {str(o) for o in g.objects(URIRef(PARTY + "GE"), KG.contextBlocker)}
    for dropped in ("Male", "Nice", "Persia", "New York"):
        assert all(dropped not in forms(_code(n)) for n in _parties(g, KG.Country))


def _start_year(form: str, named_by: str, start: tuple[int, int]) -> int:
    """The calendar year in which the fiscal year written as `form` starts."""
    if m := SPLIT.fullmatch(form):
        first, second = int(m.group(1)), m.group(2)
        assert int(second) % (100 if len(second) == 2 else 10_000) == (first + 1) % (
            100 if len(second) == 2 else 10_000
        ), form
        return first
    m = SINGLE.fullmatch(form)
    assert m, f"fiscal year form {form!r} is neither single (FY25, fiscal 2025) nor split (2024-25)"
    year = int(m.group(1)) + (2000 if len(m.group(1)) == 2 else 0)
    return year if named_by == "start" or start == (1, 1) else year - 1


def test_fiscal_years(g: Graph) -> None:
    with_fiscal = 0
    for node in _parties(g, KG.Country):
        code = _code(node)
        starts = list(g.objects(node, KG.fiscalYearStart))
        named = [str(o) for o in g.objects(node, KG.fiscalYearNamedBy)]
        written = sorted(_strings(g, node, KG.fiscalYearWritten))
        if not starts:
            assert not named and not written, code
            continue
        with_fiscal += 1
        assert len(starts) == 1 and isinstance(starts[0], Literal), code
        assert starts[0].datatype == GMONTHDAY, f"{code}: fiscal start is not an xsd:gMonthDay"
        m = re.fullmatch(r"--(\d\d)-(\d\d)", str(starts[0]))
        assert m, f"{code}: bad gMonthDay {starts[0]}"
        month, day = int(m.group(1)), int(m.group(2))
        dt.date(2023, month, day)  # a real day of the year (no 29 February)
        assert (month, day) != (1, 1), f"{code}: a calendar fiscal year needs no kg:fiscalYearStart"
        assert named in (["end"], ["start"]), code
        assert written, f"{code}: no kg:fiscalYearWritten"
        # Every written form names the fiscal year that contains 1 January 2025.
        first_day = dt.date(2024, month, day)
        assert first_day <= dt.date(2025, 1, 1) < first_day.replace(year=2025)
        for form in written:
            assert _start_year(form, named[0], (month, day)) == 2024, f"{code}: {form!r}"
    assert with_fiscal >= 20


@pytest.mark.parametrize(
    ("code", "month_day", "named_by"),
    [
        ("IN", "--04-01", "end"),
        ("JP", "--04-01", "start"),
        ("GB", "--04-01", "end"),
        ("US", "--10-01", "end"),
        ("AU", "--07-01", "end"),
        ("PK", "--07-01", "end"),
        ("EG", "--07-01", "end"),
        ("NZ", "--07-01", "end"),
    ],
)
def test_known_fiscal_years(g: Graph, code: str, month_day: str, named_by: str) -> None:
    node = URIRef(PARTY + code)
    assert g.value(node, KG.fiscalYearStart) == Literal(month_day, datatype=GMONTHDAY)
    assert str(g.value(node, KG.fiscalYearNamedBy)) == named_by


def test_calendar_year_countries_have_no_fiscal_start(g: Graph) -> None:
    for code in ("CN", "RU", "DE", "FR", "BR", "KR"):
        assert g.value(URIRef(PARTY + code), KG.fiscalYearStart) is None, code


def test_exclusions(g: Graph) -> None:
    nodes = sorted(s for s in g.subjects(RDF.type, KG.Exclusion) if isinstance(s, URIRef))
    patterns = [str(o) for n in nodes for o in g.objects(n, KG.pattern)]
    assert len(patterns) == len(nodes) == len(set(patterns))
    for n in nodes:
        assert re.fullmatch(re.escape(EXCLUSION) + r"[1-9]\d*", str(n)), n
    for trap in (
        "Moscow Exchange",
        "Beijing Olympics",
        "Olympics",
        "Indian Ocean",
        "American Express",
        "Turkish Airlines",
        "Washington Post",
        "New Delhi Television",
    ):
        assert trap in patterns, trap
    # No exclusion swallows a whole surface form of a party.
    forms = {str(o) for p in SURFACE for o in g.objects(None, p)}
    assert not forms & set(patterns)


def test_lexicon_reads_the_gazetteer() -> None:
    """The extraction lexicon (kg.lexicon) sees the parties, surface forms, blocs and fiscal years."""
    from kg.lexicon import fiscal_start, load_lexicon

    lex = load_lexicon()
    assert lex.place_names["the Kremlin"] == "RU"
    assert lex.place_names["Brussels"] == "EU"
    assert lex.place_names["City of Brussels"] == "BE"
    assert lex.place_names["Türkiye"] == "TR"
    assert lex.demonyms["Emirati"] == "AE"
    for ambiguous in ("Georgia", "Chad", "Victoria"):
        assert ambiguous not in lex.place_names
    assert lex.countries["EAEU"].bloc and set(lex.countries["EAEU"].members) == {"RU", "BY", "KZ", "KG", "AM"}
    assert fiscal_start(lex, "JP") == (4, 1)
    assert fiscal_start(lex, "US") == (10, 1)
    assert "Indian Ocean" in lex.exclusions


def test_a_shared_name_is_shared_by_at_least_two_parties(g: Graph) -> None:
    """kg:sharedName ("Congo") is for a name several parties go by: each lists it, and no party has it alone."""
    holders: defaultdict[str, set[str]] = defaultdict(set)
    for node in _parties(g, KG.Country) + _parties(g, KG.Bloc):
        for text in _strings(g, node, KG.sharedName):
            holders[text].add(_code(node))
    assert holders["Congo"] == {"CD", "CG"}
    assert all(len(codes) >= 2 for codes in holders.values())
