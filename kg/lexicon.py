"""The extraction lexicon, loaded once from ontology/*.ttl (SKOS data) and CLDR (babel).

Nothing here names a country, person, outlet or figure: those words live in ontology/ or come from CLDR.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

from babel import Locale
from babel.numbers import get_currency_name, get_territory_currencies, list_currencies
from rdflib import RDF, RDFS, Graph, Literal, Namespace, URIRef

from kg.errors import ConfigError
from kg.resources import ONTOLOGY_DIR
from kg.vocab import KIND_NS, MEASURE_NS, NS, RES

KG = Namespace(NS)
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")

# English locales whose CLDR currency symbols are read ("US$" comes from en_AU/en_CA, "A$" from en ...).
_SYMBOL_LOCALES = ("en", "en_AU", "en_CA", "en_HK", "en_IN", "en_SG", "en_NZ", "en_GB", "en_ZA", "en_PK")


@dataclass(frozen=True)
class Measure:
    name: str
    unit_type: str
    arity: int
    cues: tuple[str, ...]
    priority: int = 0
    growth_of: str | None = None
    share_of: tuple[str, ...] = ()
    direction: str | None = None
    label: str = ""  # skos:prefLabel ("non-oil trade"); empty when the concept has none
    level: bool = False  # a percent that is a level (a tariff rate), never a growth rate: kg:percentLevel true
    whole_cues: tuple[str, ...] = ()  # cues naming it only before "N% of <whole>" ("took 9% of"): kg:wholeCue


@dataclass(frozen=True)
class Era:
    """A national calendar's numbering of years (kg:eraOffset on a country in ontology/places.ttl).

    `offset` is an era year minus the Gregorian year that holds most of it (Bikram Sambat 2081, mid-April 2024 to
    mid-April 2025: 57; Ethiopian 2017, September 2024 to September 2025: -8; Buddhist Era 2568: 543). A split
    fiscal label of the era ("2081/82") names the fiscal year of the country that starts in the Gregorian year
    its first year less the offset ("2024/25"); a single year names, when `year_is_fiscal`, the country's fiscal
    year with the label of that Gregorian year ("2017 E.C.": FY2025 on an Ethiopian calendar), else that year.
    `markers` are the words that say a year is of this era ("B.S.", "E.C.", "B.E."), before or after it;
    `months` the names of the era's months with the (month, day) each about starts on ("Asar": (6, 15)).
    An era with a year of its own (kg:eraYearStart: the Solar Hijri year from about 21 March) reads its labels
    on that year, not on the country's fiscal calendar: `fiscal_start` is then that day, `year_is_fiscal` true
    and `fiscal_named_by` the Gregorian year holding most of it (the start's when the year starts by July).
    """

    code: str
    offset: int
    fiscal_start: tuple[int, int]
    fiscal_named_by: str = "end"
    year_is_fiscal: bool = False
    markers: tuple[str, ...] = ()
    months: tuple[tuple[str, tuple[int, int]], ...] = ()


@dataclass(frozen=True)
class Country:
    code: str
    label: str
    bloc: bool = False
    fiscal_start: tuple[int, int] | None = None  # (month, day) when not January 1
    fiscal_named_by: str = "end"  # which calendar year a single-year label ("fiscal 2024") names: end or start
    members: tuple[str, ...] = ()
    era: Era | None = None  # the national calendar its papers may number years in (Nepal's Bikram Sambat)


@dataclass
class Lexicon:
    measures: dict[str, Measure]
    kind_cues: dict[str, tuple[str, ...]]
    growth_cues: tuple[str, ...]
    fall_cues: tuple[str, ...]
    target_nouns: tuple[str, ...]
    index_cues: tuple[str, ...]  # kg:IndexCues: a chain index's header words naming its base ("previous year = 100")
    index_links: tuple[str, ...]  # ... and those a base period follows ("in % to")
    index_word: str  # ... the word a header reads with in their place
    at_least: tuple[str, ...]
    at_most: tuple[str, ...]
    approx: tuple[str, ...]
    scales: dict[str, float]
    number_words: dict[str, float]
    multipliers: dict[str, float]
    fractions: dict[str, float]  # "a third" 33.333 (percent): kg:FractionWords
    currency_words: dict[str, str]
    bare_followers: tuple[str, ...]
    count_nouns: tuple[str, ...]
    quantity_units: tuple[str, ...]  # the units of quantity a table column may count in: kg:QuantityUnits
    rate_heads: tuple[str, ...]  # a column header naming a rate ("Change", "y/y"): kg:RateHeads
    source_cues: tuple[str, ...]
    default_fiscal_start: tuple[int, int]
    reporting_verbs: tuple[str, ...] = ()
    role_words: tuple[str, ...] = ()
    org_heads: tuple[str, ...] = ()
    generic_speakers: tuple[str, ...] = ()
    clause_boundaries: tuple[str, ...] = ()
    coordinated_nouns: tuple[str, ...] = ()  # "goods and services": an "and" inside them is no clause boundary
    commitment_modals: tuple[str, ...] = ()
    first_person_modals: tuple[str, ...] = ()  # an aim in the first person ("should help us lift"): kg:FirstPersonModals
    derivative_nouns: tuple[str, ...] = ()  # "products", "derivatives": what is made of a good (kg:DerivativeNouns)
    official_titles: tuple[str, ...] = ()  # "Minister", "ambassador": an official's aim (kg:OfficialTitles)
    aim_verbs: tuple[str, ...] = ()  # "should help lift": an official's aim (kg:AimVerbs)
    trend_cues: tuple[str, ...] = ()  # "on current trends": no aim rests on one (kg:TrendCues)
    # a statistics or customs body by what it is: kinds ("customs"), nouns ("service"), titles ("State"): kg:StatisticsBodies
    body_kinds: tuple[str, ...] = ()
    body_nouns: tuple[str, ...] = ()
    body_titles: tuple[str, ...] = ()
    other_amounts: tuple[str, ...] = ()  # money that is no trade flow ("loans", "cost"): kg:OtherAmounts
    modal_cues: tuple[str, ...] = ()  # forecast cues naming no one who expects ("should"): kg:ModalCues
    non_measure_followers: tuple[str, ...] = ()
    span_cues: tuple[str, ...] = ()
    non_trade_cues: tuple[str, ...] = ()  # a rate naming these (and no measure) is no trade claim
    minimum_amount: float = 0.0  # money below this is a price or a rate, no trade claim: kg:NonTradeFigures
    whole_year_cues: tuple[str, ...] = ()  # a figure with no period is one for a whole year: kg:WholeYearCues
    trader_nouns: tuple[str, ...] = ()  # a country's traders as a flow verb's subject: kg:TraderNouns
    period_on_period_cues: tuple[str, ...] = ()  # a rate against the period just before: kg:PeriodOnPeriodCues
    outlook_cues: tuple[str, ...] = ()  # "we see": a forecast when a moving figure follows, kg:OutlookCues
    masthead_nouns: tuple[str, ...] = ()  # "ministry", "statistics": a first line naming an organisation, kg:MastheadNouns
    teaser_cues: tuple[str, ...] = ()  # "Read more:": a line's figures after one are other stories', kg:TeaserCues
    below_base_cues: tuple[str, ...] = ()  # "6% below 2024": a fall against a named base, kg:BelowBaseCues
    above_base_cues: tuple[str, ...] = ()  # "4% above last year": a rise against a named base, kg:AboveBaseCues
    publication_verbs: tuple[str, ...] = ()  # a time right after one is a publication date: kg:PublicationVerbs
    stating_verbs: tuple[str, ...] = ()  # "reached the <figure>": what was, kg:StatingVerbs
    change_words: tuple[str, ...] = ()  # "from", "cut": a change, besides growth and fall cues, kg:ChangeWords
    we_modals: tuple[str, ...] = ()  # "we can": an aim after "we", kg:WeModals
    we_beliefs: tuple[str, ...] = ()  # "we believe ... can": kg:WeModals kg:belief
    forecasters: tuple[str, ...] = ()  # "analysts": no aim in their sentence, kg:WeModals kg:forecaster
    publication_titles: tuple[str, ...] = ()  # capitalised before a year, a publication's name: kg:PublicationTitles
    product_nouns: tuple[str, ...] = ()  # goods whose figures are no whole flow: kg:ProductNouns
    same_goods: dict[str, str] = field(default_factory=dict)  # a good's other name: kg:SameGoods ("natural gas=gas")
    partner_nouns: tuple[str, ...] = ()  # nouns naming a partner country ("the Gulf nation"): kg:PartnerNouns
    accord_nouns: tuple[str, ...] = ()  # an accord's nouns ("agreement with the EU": no flow party): kg:AccordNouns
    pair_nouns: tuple[str, ...] = ()  # "between the two countries": kg:PairNouns
    commodity_heads: tuple[str, ...] = ()  # a table column of goods: "Commodity (HS code)", kg:CommodityHeads
    good_flow_nouns: tuple[str, ...] = ()  # a good's flow ("lithium exports"): kg:GoodFlowNouns
    flow_nouns: tuple[str, ...] = ()  # every flow noun: kg:GoodFlowNouns and kg:FlowNouns ("trade")
    flow_verbs: tuple[str, ...] = ()  # "exported", "sells": kg:FlowVerbs
    lead_hedges: tuple[str, ...] = ()  # "to about $5 billion": kg:LeadHedges
    year_marks: dict[str, str] = field(default_factory=dict)  # "2025e": a table's year marked a kind, kg:yearMark
    base_nouns: tuple[str, ...] = ()  # "the $18.1 billion shortfall in 2023": kg:BaseNouns
    means_cues: tuple[str, ...] = ()  # "through", "via": a phrase of how a figure is reached: kg:MeansCues
    result_cues: tuple[str, ...] = ()  # "leaving": a phrase of what a figure led to: kg:ResultCues
    cause_openers: tuple[str, ...] = ()  # "because", "due to": a clause of cause after a figure: kg:CauseOpeners
    route_cues: tuple[str, ...] = ()  # "via", "transiting": a place a flow only passes: kg:RouteCues
    aside_cues: tuple[str, ...] = ()  # "mostly", "mainly": an aside on what a flow holds: kg:AsideCues
    balance_cues: tuple[str, ...] = ()  # a signed balance in a table: kg:BalanceCues
    balance_signs: dict[str, float] = field(default_factory=dict)  # "positive" +1, "negative" -1: kg:BalanceSigns
    balance_measures: tuple[str, str] = ("", "")  # the measures of a negative and a positive balance
    currency_symbols: dict[str, str] = field(default_factory=dict)
    iso_codes: frozenset[str] = frozenset()
    countries: dict[str, Country] = field(default_factory=dict)
    place_names: dict[str, str] = field(default_factory=dict)  # surface -> code
    demonyms: dict[str, str] = field(default_factory=dict)  # surface -> code
    exclusions: tuple[str, ...] = ()
    # a name read as its party only in a text that confirms it (kg:contextual: "Georgia") -> the party's code;
    # what keeps it off (kg:contextBlocker: "Atlanta"), by code; the phrases before it that pair it with a partner
    contextual: dict[str, str] = field(default_factory=dict)
    # a name several parties share (kg:sharedName: "Congo") -> their codes: read as the one a text names another way
    shared_names: dict[str, tuple[str, ...]] = field(default_factory=dict)
    context_blockers: dict[str, tuple[str, ...]] = field(default_factory=dict)
    context_cues: tuple[str, ...] = ()
    capitals: dict[str, str] = field(default_factory=dict)  # capital -> code
    ambiguous_dollar: frozenset[str] = frozenset()  # "$", "dollars": whose dollar depends on the document
    dateline_cities: dict[str, str] = field(default_factory=dict)  # city -> code (capitals included)
    domestic_institutions: dict[str, str] = field(default_factory=dict)  # name -> code
    # a currency name or sign several currencies share ("Rs", "pesos", "francs") -> the ISO codes it may stand
    # for, today's default first ("" when it has none): the document's country picks one (kg.figures)
    shared_currencies: dict[str, tuple[str, ...]] = field(default_factory=dict)
    currency_scales: dict[str, float] = field(default_factory=dict)  # "MMDH" -> 1e9 (kg:scaled): a unit with a scale
    near: frozenset[str] = frozenset()  # at-most cues that also bound from below ("nearly"): kg:near
    near_width: float = 0.025  # how far below its figure a "nearly" figure may lie: kg:AtMost kg:width
    # at-least cues that also bound from above ("barely above", "just over"): kg:AtLeast kg:near, and how far
    # above its figure such a figure may lie: kg:AtLeast kg:width
    near_above: frozenset[str] = frozenset()
    near_above_width: float = 0.025
    approx_width: float = 0.03  # how far either side an "about" figure may lie: kg:Approx kg:width
    expectation_width: float = 0.05  # at most how far an unhedged expected amount spreads: kg:Expectation kg:width
    rounding_width: float = 0.3  # at most how far any other unhedged amount spreads: kg:Rounding kg:width
    currency_signs: frozenset[str] = frozenset()  # lower-case signs also written before a number ("zł")
    before_only: frozenset[str] = frozenset()  # signs never read after a number ("MT": tonnes there)

    def party_label(self, code: str) -> str:
        c = self.countries.get(code)
        return c.label if c else code


def _strings(g: Graph, node: object, prop: URIRef) -> tuple[str, ...]:
    return tuple(sorted({str(o) for o in g.objects(node, prop) if isinstance(o, Literal)}))  # type: ignore[arg-type]


_VOWELS = re.compile(r"[aeiou]+")


def inflect(verb: str) -> tuple[str, ...]:
    """Every form of an English verb: "top" -> top, tops, topping, topped (regular inflection).

    An irregular verb gives its past and participle after bars: "fall|fell|fallen", "slide|slid" (the
    participle is the past when not given). A one-syllable verb ending in one vowel and one consonant
    doubles it ("slip" -> "slipped"); a final silent "e" is dropped before "-ing" ("ease" -> "easing").
    """
    base, *irregular = verb.split("|")
    double = (len(_VOWELS.findall(base)) == 1 and re.search(r"[^aeiou][aeiou][b-df-hj-np-tvz]$", base) is not None)
    stem = base + base[-1] if double else base
    if base.endswith(("s", "sh", "ch", "x", "z", "o")):
        third = base + "es"
    elif re.search(r"[^aeiou]y$", base):
        third = base[:-1] + "ies"
    else:
        third = base + "s"
    if base.endswith("ie"):
        ing = base[:-2] + "ying"
    elif base.endswith("e") and not base.endswith("ee"):
        ing = base[:-1] + "ing"
    else:
        ing = stem + "ing"
    if irregular:
        past, participle = irregular[0], irregular[-1]
    else:
        if base.endswith("e"):
            past = base + "d"
        elif re.search(r"[^aeiou]y$", base):
            past = base[:-1] + "ied"
        else:
            past = stem + "ed"
        participle = past
    return tuple(dict.fromkeys((base, third, ing, past, participle)))


def _cues(g: Graph, node: object) -> tuple[str, ...]:
    """A concept's cue words: its kg:cue strings and every form of its kg:verb verbs."""
    verbs = {form for v in _strings(g, node, KG.verb) for form in inflect(v)}
    return tuple(sorted({*_strings(g, node, KG.cue), *verbs}))


def _measure_of(g: Graph, node: URIRef, prop: URIRef) -> str:
    """The measure name (kgm:trade_deficit -> "trade_deficit") a concept's `prop` points to; "" if none."""
    value = g.value(node, prop)
    return str(value).rsplit("/", 1)[-1] if value is not None else ""


def _pairs(g: Graph, node: URIRef, prop: URIRef = KG.scale) -> dict[str, str]:
    out: dict[str, str] = {}
    for s in _strings(g, node, prop):
        key, _, val = s.rpartition("=")
        if not key:
            raise ConfigError(f"bad {prop.n3(g.namespace_manager)} entry {s!r} (want 'word=value')",
                              path="ontology/lexicon.ttl")
        out[key] = val
    return out


def _era_months(g: Graph, node: URIRef, code: str) -> tuple[tuple[str, tuple[int, int]], ...]:
    """kg:eraMonth "Asar=06-15": a month name of a national calendar and the Gregorian day it about starts on."""
    out = []
    for s in _strings(g, node, KG.eraMonth):
        name, _, day = s.rpartition("=")
        start = _month_day(f"--{day}")
        if not name or start is None:
            raise ConfigError(f"bad kg:eraMonth {s!r} of {code} (want 'name=MM-DD')", path="ontology/places.ttl")
        out.append((name, start))
    return tuple(out)


def _month_day(lit: object) -> tuple[int, int] | None:
    m = re.fullmatch(r"--(\d\d)-(\d\d)", str(lit))
    return (int(m.group(1)), int(m.group(2))) if m else None


def _load_graph(directory: Path) -> Graph:
    g = Graph()
    for path in sorted(directory.glob("*.ttl")):
        try:
            g.parse(path, format="turtle")
        except Exception as exc:  # rdflib raises many parser exception types
            raise ConfigError(f"cannot parse ontology file: {exc}".splitlines()[0], path=str(path)) from exc
    return g


def _currency_tables() -> tuple[dict[str, str], frozenset[str], dict[str, str]]:
    """CLDR currency symbols (symbol -> ISO) and English names (name -> ISO) from babel."""
    symbols: dict[str, str] = {}
    codes = frozenset(list_currencies())
    for loc in _SYMBOL_LOCALES:
        for code, sym in Locale.parse(loc).currency_symbols.items():
            if code not in codes or sym == code or (sym.isalpha() and len(sym) < 2):
                continue
            # "$" means USD in en; a locale's own dollar ("$" in en_AU) must not override that.
            symbols.setdefault(sym, code)
    names: dict[str, str] = {}
    counts: dict[str, set[str]] = {}
    made: dict[str, set[str]] = {}  # spellings CLDR does not write (below)
    current = {c for t in Locale("en").territories for c in territory_currencies(t)}
    for code in codes:
        for count in (1, 2):
            name = get_currency_name(code, count=count, locale="en")
            if not name or name == code or "(" in name:
                continue
            names.setdefault(name.lower(), code)
            last = name.split()[-1].lower()
            counts.setdefault(last, set()).add(code)
            if code in current:
                # a currency of today: its unaccented spelling ("Venezuelan bolivar", "leke"), and an English plural
                # of the singular ("denars" where CLDR writes "denari", "leks", "bolivars"), as English copy writes
                # them (not an unaccented singular alone: "Colon", "Cordoba", "Bolivar" are names of places)
                names.setdefault(_unaccented(name.lower()), code)
                words = {last}
                if count == 1 and not last.endswith("s"):
                    words |= {f"{last}s", f"{_unaccented(last)}s"}
                elif count == 2:
                    words.add(_unaccented(last))
                for word in words:
                    made.setdefault(word, set()).add(code)
    # The last word of a name ("yuan", "rubles") identifies a currency when only one currency uses it; a spelling
    # made here only where CLDR's own words do not hold it ("soms" stays the Kyrgyz som's, CLDR's plural)
    for word, cs in counts.items():
        if len(cs) == 1:
            names.setdefault(word, next(iter(cs)))
    for word, cs in made.items():
        if len(cs) == 1 and word not in counts:
            names.setdefault(word, next(iter(cs)))
    return symbols, codes, names


def _unaccented(word: str) -> str:
    """`word` without its accents: "bolívar" -> "bolivar", "lekë" -> "leke"."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch))


SIGNS_FILE = ONTOLOGY_DIR / "signs.ttl"


def cldr_local_signs() -> dict[str, tuple[str, ...]]:
    """The signs each country writes its own currency with, from CLDR's locales of that country ("₽" in ru_RU,
    "Ft" in hu_HU, "FBu" in rn_BI, "L" in es_HN and ro_MD), where the English locales give only the ISO code: sign
    -> the currencies it stands for. Reading every locale takes about a second, so `write_local_signs` stores the
    table as ontology/signs.ttl (kg:LocalSigns), which `load_lexicon` reads."""
    from babel import localedata
    from babel.numbers import get_currency_symbol

    countries = {str(c) for c in Locale("en").territories if re.fullmatch(r"[A-Z]{2}", str(c))}
    signs: dict[str, set[str]] = {}
    for loc in localedata.locale_identifiers():
        if (territory := loc.rsplit("_", 1)[-1]) not in countries or "_" not in loc:
            continue
        for code in territory_currencies(territory):
            sign = re.sub(r"[\u200b-\u200f\u202a-\u202e\u2066-\u2069]", "", get_currency_symbol(code, loc)).strip()
            if sign and sign != code and not sign[-1].isdigit() and "=" not in sign and '"' not in sign:
                signs.setdefault(sign, set()).add(code)
    return {sign: tuple(sorted(codes)) for sign, codes in sorted(signs.items())}


def write_local_signs(path: Path = SIGNS_FILE) -> None:
    """Write `cldr_local_signs` as ontology/signs.ttl (run after upgrading babel; tests/test_lexicon.py checks it)."""
    entries = ",\n    ".join(f'"{sign}={"|".join(codes)}"' for sign, codes in cldr_local_signs().items())
    path.write_text(
        "# Generated from CLDR (babel) by kg.lexicon.write_local_signs: the signs each country's own locales write its\n"
        "# currency with, \"sign=ISO|ISO\". kg.lexicon reads those the rest of the lexicon does not hold yet.\n"
        "@prefix kg: <https://w3id.org/claimgraph/ns#> .\n\n"
        f"kg:LocalSigns kg:scale\n    {entries} .\n", encoding="utf-8")


def _local_signs(g: Graph, lex: Lexicon) -> None:
    """kg:LocalSigns (`cldr_local_signs`) not yet known to the lexicon: one with no letter and one currency ("₽",
    "₾") is read anywhere; one with a letter ("Ft", "L", "den"), or one several currencies write, only where the
    document's country tells which ("|ISO", as kg:CurrencyWords writes it)."""
    known = {*lex.currency_symbols, *lex.currency_words, *lex.shared_currencies, *lex.iso_codes}
    known_lower = {w.lower() for w in known}
    for sign, value in _pairs(g, KG.LocalSigns).items():
        codes = value.split("|")
        if sign in known or sign.lower() in known_lower:
            continue
        if len(codes) == 1 and not any(ch.isalpha() for ch in sign):
            lex.currency_words[sign] = codes[0]
        else:
            lex.shared_currencies[sign] = ("", *codes)


def _places(g: Graph, lex: Lexicon) -> None:
    territories = Locale("en").territories
    for code, name in territories.items():
        if re.fullmatch(r"[A-Z]{2}", code) and code not in ("ZZ", "XA", "XB", "EU", "EZ", "UN", "QO"):
            lex.countries[code] = Country(code, name)
            lex.place_names.setdefault(name, code)
    party_prefix = RES + "party/"
    for kind_class, is_bloc in ((KG.Country, False), (KG.Bloc, True)):
        for node in g.subjects(RDF.type, kind_class):
            if not isinstance(node, URIRef) or not str(node).startswith(party_prefix):
                continue
            code = str(node)[len(party_prefix) :]
            label = next((str(o) for o in g.objects(node, RDFS.label)), None)
            old = lex.countries.get(code)
            fiscal = next((_month_day(o) for o in g.objects(node, KG.fiscalYearStart)), None)
            named_by = next((str(o) for o in g.objects(node, KG.fiscalYearNamedBy)), "end")
            members = tuple(sorted(str(m)[len(party_prefix) :] for m in g.objects(node, KG.member)))
            offset = g.value(node, KG.eraOffset)
            own = next((_month_day(o) for o in g.objects(node, KG.eraYearStart)), None)
            era = None if offset is None else Era(
                code, int(str(offset)), own or fiscal or lex.default_fiscal_start,
                ("start" if own <= (7, 1) else "end") if own else named_by if fiscal else "end",
                year_is_fiscal=own is not None or str(g.value(node, KG.eraYear) or "calendar") == "fiscal",
                markers=_strings(g, node, KG.eraMarker), months=_era_months(g, node, code),
            )
            lex.countries[code] = Country(
                code, label or (old.label if old else code), bloc=is_bloc, fiscal_start=fiscal, members=members,
                fiscal_named_by=named_by, era=era,
            )
            for name in _strings(g, node, KG.capital):
                lex.capitals.setdefault(name, code)
            for prop in (KG.altName, KG.capital, KG.metonym, RDFS.label):
                for name in _strings(g, node, prop):
                    lex.place_names.setdefault(name, code)
                    if name.startswith("the "):  # "The Emirates took ...": a sentence's first word
                        lex.place_names.setdefault(f"The {name[4:]}", code)
            for name in (*_strings(g, node, KG.demonym), *_strings(g, node, KG.combiningForm)):
                lex.demonyms.setdefault(name, code)
            for name in _strings(g, node, KG.contextual):
                lex.contextual[name] = code
            for name in _strings(g, node, KG.sharedName):
                lex.shared_names[name] = tuple(sorted({*lex.shared_names.get(name, ()), code}))
            if blockers := _strings(g, node, KG.contextBlocker):
                lex.context_blockers[code] = blockers
    ambiguous = {str(o) for o in g.objects(None, KG.ambiguous)} | set(lex.contextual) | set(lex.shared_names)
    for name in ambiguous:
        lex.place_names.pop(name, None)
        lex.demonyms.pop(name, None)
    lex.context_cues = _strings(g, KG.ContextCues, KG.cue)
    lex.exclusions = tuple(sorted({str(o) for s in g.subjects(RDF.type, KG.Exclusion) for o in g.objects(s, KG.pattern)}))


def _currency_words(g: Graph, lex: Lexicon) -> None:
    """kg:CurrencyWords: "word=ISO", or "word=ISO|ISO|..." for a name several currencies share (today's
    default first, none when the list starts with "|"), and kg:sign, the signs also written before a number."""
    for word, value in _pairs(g, KG.CurrencyWords).items():
        candidates = tuple(value.split("|"))
        named = [c for c in candidates if c]
        unknown = [c for c in named if c not in lex.iso_codes]
        if unknown or not named or "" in candidates[1:]:
            raise ConfigError(f"bad kg:CurrencyWords entry {word}={value} (want 'word=ISO' or 'word=ISO|ISO|...'; "
                              f"unknown codes: {unknown})", path="ontology/lexicon.ttl")
        if candidates[0]:
            lex.currency_words[word] = candidates[0]
        if len(candidates) > 1:
            lex.shared_currencies[word] = candidates
    lex.currency_signs = frozenset(s.lower() for s in _strings(g, KG.CurrencyWords, KG.sign))
    lex.before_only = frozenset(s.lower() for s in _strings(g, KG.CurrencyWords, KG.beforeOnly))
    lex.currency_scales = {w.lower(): float(v) for w, v in _pairs(g, KG.CurrencyWords, KG.scaled).items()}


@cache
def load_lexicon(directory: Path = ONTOLOGY_DIR) -> Lexicon:
    """Read the lexicon from ontology/*.ttl and CLDR. Cached: one load per process."""
    g = _load_graph(directory)
    measures: dict[str, Measure] = {}
    for node in g.subjects(SKOS.inScheme, KG.MeasureScheme):
        name = str(node)[len(MEASURE_NS) :]
        measures[name] = Measure(
            name=name,
            unit_type=str(g.value(node, KG.unitType) or "any"),
            arity=int(str(g.value(node, KG.arity) or 0)),
            cues=tuple(sorted({*_cues(g, node), *(whole := _strings(g, node, KG.wholeCue))})),
            priority=int(str(g.value(node, KG.priority) or 0)),
            growth_of=(str(g.value(node, KG.growthOf))[len(MEASURE_NS) :] if g.value(node, KG.growthOf) else None),
            share_of=tuple(sorted(str(o)[len(MEASURE_NS) :] for o in g.objects(node, KG.shareOf))),
            direction=str(g.value(node, KG.direction)) if g.value(node, KG.direction) else None,
            label=str(g.value(node, SKOS.prefLabel) or ""),
            level=str(g.value(node, KG.percentLevel) or "").lower() == "true",
            whole_cues=whole,
        )
    kinds = {
        str(node)[len(KIND_NS) :]: _cues(g, node) for node in g.subjects(SKOS.inScheme, KG.KindScheme)
    }
    if not measures or not kinds:
        raise ConfigError("no measures or kinds found in the ontology", path=str(directory))
    year_marks = {mark: str(node)[len(KIND_NS) :] for node in g.subjects(SKOS.inScheme, KG.KindScheme)
                  for mark in _strings(g, node, KG.yearMark)}
    fiscal = next((_month_day(o) for o in g.objects(KG.DefaultFiscalYear, KG.fiscalYearStart)), None)
    lex = Lexicon(
        measures=measures,
        kind_cues=kinds,
        growth_cues=_cues(g, KG.GrowthCues),
        fall_cues=_cues(g, KG.FallCues),
        target_nouns=_cues(g, KG.TargetNouns),
        index_cues=_strings(g, KG.IndexCues, KG.cue),
        index_links=_strings(g, KG.IndexCues, KG.link),
        index_word=str(g.value(KG.IndexCues, SKOS.prefLabel) or "change"),
        at_least=_cues(g, KG.AtLeast),
        at_most=_cues(g, KG.AtMost),
        approx=_cues(g, KG.Approx),
        near=frozenset(_strings(g, KG.AtMost, KG.near)),
        near_width=float(str(g.value(KG.AtMost, KG.width) or 0.025)),
        near_above=frozenset(_strings(g, KG.AtLeast, KG.near)),
        near_above_width=float(str(g.value(KG.AtLeast, KG.width) or 0.025)),
        approx_width=float(str(g.value(KG.Approx, KG.width) or 0.03)),
        expectation_width=float(str(g.value(KG.Expectation, KG.width) or 0.05)),
        rounding_width=float(str(g.value(KG.Rounding, KG.width) or 0.3)),
        scales={k.lower(): float(v) for k, v in _pairs(g, KG.Scales).items()},
        number_words={k.lower(): float(v) for k, v in _pairs(g, KG.NumberWords).items()},
        multipliers={k.lower(): float(v) for k, v in _pairs(g, KG.Multipliers).items()},
        fractions={k.lower(): float(v) for k, v in _pairs(g, KG.FractionWords).items()},
        currency_words={},
        bare_followers=_cues(g, KG.BareFigureFollowers),
        count_nouns=_cues(g, KG.CountNouns),
        quantity_units=_cues(g, KG.QuantityUnits),
        rate_heads=_cues(g, KG.RateHeads),
        source_cues=_cues(g, KG.SourceCues),
        default_fiscal_start=fiscal or (4, 1),
        reporting_verbs=_cues(g, KG.ReportingVerbs),
        role_words=_cues(g, KG.RoleWords),
        org_heads=_cues(g, KG.OrgHeads),
        generic_speakers=_cues(g, KG.GenericSpeakers),
        clause_boundaries=_cues(g, KG.ClauseBoundaries),
        coordinated_nouns=_cues(g, KG.CoordinatedNouns),
        commitment_modals=_cues(g, KG.CommitmentModals),
        first_person_modals=_cues(g, KG.FirstPersonModals),
        official_titles=_cues(g, KG.OfficialTitles),
        aim_verbs=_cues(g, KG.AimVerbs),
        trend_cues=_cues(g, KG.TrendCues),
        body_kinds=_strings(g, KG.StatisticsBodies, KG.bodyKind),
        body_nouns=_strings(g, KG.StatisticsBodies, KG.bodyNoun),
        body_titles=_strings(g, KG.StatisticsBodies, KG.bodyTitle),
        derivative_nouns=_cues(g, KG.DerivativeNouns),
        other_amounts=_cues(g, KG.OtherAmounts),
        modal_cues=_cues(g, KG.ModalCues),
        non_measure_followers=_cues(g, KG.NonMeasureFollowers),
        span_cues=_cues(g, KG.SpanCues),
        product_nouns=_cues(g, KG.ProductNouns),
        same_goods={k.casefold(): v.casefold() for k, v in _pairs(g, KG.SameGoods).items()},
        partner_nouns=_cues(g, KG.PartnerNouns),
        accord_nouns=_cues(g, KG.AccordNouns),
        pair_nouns=_cues(g, KG.PairNouns),
        commodity_heads=_cues(g, KG.CommodityHeads),
        good_flow_nouns=_cues(g, KG.GoodFlowNouns),
        flow_nouns=tuple(sorted({*_cues(g, KG.GoodFlowNouns), *_cues(g, KG.FlowNouns)})),
        flow_verbs=_cues(g, KG.FlowVerbs),
        lead_hedges=_cues(g, KG.LeadHedges),
        year_marks=year_marks,
        base_nouns=_cues(g, KG.BaseNouns),
        means_cues=_cues(g, KG.MeansCues),
        result_cues=_cues(g, KG.ResultCues),
        cause_openers=_cues(g, KG.CauseOpeners),
        route_cues=_cues(g, KG.RouteCues),
        aside_cues=_cues(g, KG.AsideCues),
        whole_year_cues=_cues(g, KG.WholeYearCues),
        trader_nouns=_cues(g, KG.TraderNouns),
        period_on_period_cues=_cues(g, KG.PeriodOnPeriodCues),
        outlook_cues=_cues(g, KG.OutlookCues),
        masthead_nouns=_cues(g, KG.MastheadNouns),
        teaser_cues=_cues(g, KG.TeaserCues),
        below_base_cues=_cues(g, KG.BelowBaseCues),
        above_base_cues=_cues(g, KG.AboveBaseCues),
        publication_verbs=_cues(g, KG.PublicationVerbs),
        stating_verbs=_cues(g, KG.StatingVerbs),
        change_words=_cues(g, KG.ChangeWords),
        we_modals=_cues(g, KG.WeModals),
        we_beliefs=_strings(g, KG.WeModals, KG.belief),
        forecasters=_strings(g, KG.WeModals, KG.forecaster),
        publication_titles=_cues(g, KG.PublicationTitles),
        non_trade_cues=_cues(g, KG.NonTradeFigures),
        minimum_amount=float(str(g.value(KG.NonTradeFigures, KG.minimumAmount) or 0)),
        balance_cues=_cues(g, KG.BalanceCues),
        balance_signs={k.lower(): float(v) for k, v in _pairs(g, KG.BalanceSigns).items()},
        balance_measures=(_measure_of(g, KG.BalanceCues, KG.negative), _measure_of(g, KG.BalanceCues, KG.positive)),
    )
    symbols, codes, names = _currency_tables()
    lex.currency_symbols = symbols
    lex.iso_codes = codes
    _currency_words(g, lex)
    own_words = dict(lex.currency_words)
    for name, code in names.items():
        lex.currency_words.setdefault(name, code)
    _places(g, lex)
    _local_signs(g, lex)
    _demonym_currency_words(lex, own_words)
    lex.ambiguous_dollar = frozenset(w.lower() for w in _cues(g, KG.AmbiguousDollar))
    lex.dateline_cities = {**lex.capitals, **_pairs(g, KG.DatelineCities)}
    lex.domestic_institutions = _pairs(g, KG.DomesticInstitutions)
    unknown = {c for c in (*lex.dateline_cities.values(), *lex.domestic_institutions.values()) if c not in lex.countries}
    if unknown:
        raise ConfigError(f"unknown country codes for home signals: {sorted(unknown)}", path="ontology/lexicon.ttl")
    if any(m and m not in lex.measures for m in lex.balance_measures):
        raise ConfigError(f"kg:BalanceCues names an unknown measure: {lex.balance_measures}", path="ontology/lexicon.ttl")
    return lex


def alternation(words: Iterable[object]) -> str:
    """A regex alternation of `words` that prefers the longest match, compiled as a trie.

    Python's `re` tries alternatives one by one; a trie shares prefixes, so a 3,000-name gazetteer
    costs about as much as a handful of words at each position.
    """
    trie: dict[str, dict] = {}
    for w in {str(w) for w in words}:
        if not w:
            continue
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_regex(trie) if trie else "(?!)"


def _trie_regex(node: dict[str, dict]) -> str:
    end = "" in node
    branches = [re.escape(ch) + _trie_regex(child) for ch, child in sorted(node.items()) if ch != ""]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if end:  # a word ends here, longer words continue: try the longer ones first (greedy '?')
        return f"(?:{body})?"
    return body


@cache
def hedge_words() -> str:
    """The hedges a figure may carry right after the word that leads on to it (kg:LeadHedges) as an alternation,
    a space in a hedge matching any white space: "about", "just over"."""
    return alternation(load_lexicon().lead_hedges).replace(re.escape(" "), r"\s+")


# the verbs of a part's figure of a whole: "accounted for", "makes up", "represented", "contributed"
PART_VERBS = r"(?:account(?:ed|s)?\s+for|ma(?:de|kes?)\s+up|represented|contributed)"


@lru_cache(maxsize=4)
def exclusion_pattern(exclusions: tuple[str, ...]) -> re.Pattern[str] | None:
    """The phrases that hold a place's name without naming it (kg:Exclusion: "Indian Ocean") as one pattern, None
    when there are none."""
    return re.compile(alternation(exclusions)) if exclusions else None


@cache
def hedge_slot() -> str:
    """An optional hedge and the space after it, as a regex: what may stand between the word leading on to a
    figure and the figure ("to about ", "of just over ", "accounted for some ")."""
    return rf"(?:(?:{hedge_words()})\s+)?"


QUOTE_CLOSE = re.compile(r'["”]')  # the mark that closes a quotation


def quoted(text: str, at: int) -> bool:
    """Whether `text[at]` is inside a quotation: an odd number of straight quotes before it, or an opening curly
    quote after the last closing one."""
    before = text[:at]
    return before.count('"') % 2 == 1 or before.rfind("“") > before.rfind("”")


@cache
def means_after() -> re.Pattern[str]:
    """After a comma, a phrase of how a figure is to be reached (kg:MeansCues, or "by" and a gerund: ", by
    developing the ... services sectors"): it closes the figure's clause, naming no scope of it."""
    words = alternation(load_lexicon().means_cues)
    return re.compile(rf",\s(?:by\s+[a-z]+ing|{words or '(?!)'})\b", re.I)


@cache
def aside_opener() -> re.Pattern[str]:
    """kg:AsideCues after a comma: the opening of an aside on what a flow holds (", mostly fuel and cement,"),
    which scopes no figure (extraction) and closes a figure's clause (reconciliation)."""
    words = alternation(load_lexicon().aside_cues)
    return re.compile(rf",\s*(?:{words or '(?!)'})\b", re.I)


def aside_close(sentence: str, start: int, end: int) -> int:
    """The comma closing an aside opened at `start` (`aside_opener`), before `end`: the last one with no figure
    between ("..., mostly copper, zinc and lead, rose to"; "..., including re-exports, came to EUR 41 billion last
    year, down" closes after "re-exports"); -1 when none."""
    close = sentence.rfind(",", start, end)
    while close > start and _A_DIGIT.search(sentence, start, close):
        close = sentence.rfind(",", start, close)
    return close


_A_DIGIT = re.compile(r"\d")


@cache
def is_dollar(currency: str) -> bool:
    """Whether an ISO 4217 currency is a dollar (CLDR's English name ends in "Dollar")."""
    return (get_currency_name(currency, locale="en") or "").endswith("Dollar")


@cache
def territory_dollar(code: str) -> str | None:
    """The dollar a territory (ISO 3166 code) uses today, if its currency is a dollar (CLDR)."""
    return next((c for c in get_territory_currencies(code) if is_dollar(c)), None)


@cache
def territory_peso(code: str) -> str | None:
    """A territory's currency that is no dollar but is written "$" at home (the Argentine, Mexican, Chilean,
    Colombian peso: CLDR's symbol in the territory's own locales), if any."""
    from babel import localedata
    from babel.numbers import get_currency_symbol

    locales = [loc for loc in localedata.locale_identifiers() if loc.endswith(f"_{code}")]
    for currency in territory_currencies(code):
        if not is_dollar(currency) and any(get_currency_symbol(currency, loc) == "$" for loc in locales):
            return currency
    return None


def _demonym_currency_words(lex: Lexicon, words: dict[str, str]) -> None:
    """A currency name of kg:CurrencyWords (`words`, shared ones among them) after a demonym of a country that
    uses it is that currency ("Norwegian crowns", "Uzbek soums", "Kenyan shillings"); CLDR's own names
    ("Norwegian kroner") are read already."""
    shared = {**{w: (c,) for w, c in words.items()}, **lex.shared_currencies}
    for word, candidates in shared.items():
        if not word[:1].islower() or not word.replace("'", "").isalpha():
            continue  # signs ("Rs", "Sh", "zł") follow no demonym
        for demonym, country in lex.demonyms.items():
            code = next((c for c in territory_currencies(country) if c in candidates), None)
            if code is not None and demonym[:1].isupper():
                lex.currency_words.setdefault(f"{demonym} {word}", code)


@cache
def territory_currencies(code: str) -> tuple[str, ...]:
    """The currencies a territory (ISO 3166 code) uses today (CLDR); none for a code CLDR does not know."""
    try:
        return tuple(get_territory_currencies(code))
    except Exception:  # babel raises for unknown territories
        return ()


def fiscal_start(lex: Lexicon, code: str | None) -> tuple[int, int]:
    c = lex.countries.get(code or "")
    return c.fiscal_start if c and c.fiscal_start else lex.default_fiscal_start


def fiscal_named_by(lex: Lexicon, code: str | None) -> str:
    """Which calendar year a country's single-year fiscal label names: "end" (the default) or "start"."""
    c = lex.countries.get(code or "")
    return c.fiscal_named_by if c and c.fiscal_start else "end"


def eras(lex: Lexicon) -> tuple[Era, ...]:
    """Every national calendar of the ontology (kg:eraOffset), by country code."""
    return tuple(c.era for _, c in sorted(lex.countries.items()) if c.era)


# the measures whose values of one good are kept to that good's values (kg.assemble, kg.reconcile)
GOOD_FLOW_MEASURES = frozenset({"exports", "imports"})


def stems(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words of `words` that no other of them begins, lower case: a substring test for any of them
    ("export" finds "exports" too)."""
    folded = {w.casefold() for w in words}
    return tuple(sorted(w for w in folded if not any(v != w and w.startswith(v) for v in folded)))


def _good_flow_nouns() -> str:
    """The flow nouns a good qualifies (kg:GoodFlowNouns), as an alternation: "lithium exports"."""
    return alternation(load_lexicon().good_flow_nouns) or "(?!)"


@cache
def _good_reach_ends() -> re.Pattern[str]:
    """Between the good's flow noun and the figure: another flow or measure noun, a comma, a bracket, a dash or a
    clause break ends its reach ("Total exports, of which copper exports made up half, reached $5 billion"); so
    does "total", but not the verb ("to total US$600 million")."""
    return re.compile(r"[;:.!?,()—–]|\s(?:and|while|whereas|but|although|though)\s"
                      rf"|\b(?:{_good_flow_nouns()}|trade|turnover|overall|surplus|deficit|balance)\b|(?<!\bto\s)\btotal\b",
                      re.I)


@cache
def _good_flow_stems() -> tuple[str, ...]:
    return stems(load_lexicon().good_flow_nouns)


# a flow's value said after its quantity, right before the figure: ", for a value of", ", worth", ", valued at"
@cache
def _value_gloss() -> re.Pattern[str]:
    return re.compile(r"\d[\d.,]*\s+[a-z]+,\s+(?:for\s+a\s+value\s+of|with\s+a\s+value\s+of|worth|valued\s+at)"
                      rf"\s*{hedge_slot()}$", re.I)


@cache
def _good_worth_after() -> re.Pattern[str]:
    """From a figure's start: the figure, then the good it is the worth of (" worth of Ivorian cocoa beans", " of
    Brazilian farm products")."""
    goods = alternation(load_lexicon().product_nouns) or "(?!)"
    return re.compile(rf"[^\s;:()]*[^\s,;:()](?:\s+[^\s;:()]*[^\s,;:()]){{0,3}}?\s+(?:worth\s+)?of\s+(?:[\w'’-]+\s+){{0,2}}?(?P<g>{goods})\b",
                      re.I)


@cache
def _good_worth_before() -> re.Pattern[str]:
    """Right before a figure: a flow verb, its good and the word of its worth ("exported coffee worth about")."""
    lex = load_lexicon()
    goods = alternation(lex.product_nouns) or "(?!)"
    verbs = alternation(lex.flow_verbs) or "(?!)"
    # (two goods named together are keyed by the first: "imported wind turbines and cables worth")
    return re.compile(rf"\b(?:{verbs})\s+(?:[\w'’-]+\s+){{0,2}}?(?P<g>{goods})(?:\s+and\s+(?:[\w'’-]+\s+)?(?:{goods}))?"
                      # ("sold Freedonia dairy goods worth barely": the good's goods)
                      rf"(?:\s+(?:goods|products|produce))?\s+(?:worth|valued\s+at)\s+{hedge_slot()}$", re.I)


@cache
def _flow_verb_before() -> re.Pattern[str]:
    """A flow verb right before a figure ("bought", "exported about")."""
    verbs = alternation(load_lexicon().flow_verbs) or "(?!)"
    return re.compile(rf"\b(?:{verbs})\s+{hedge_slot()}$", re.I)


@cache
def _good_flow() -> re.Pattern[str]:
    goods = alternation(load_lexicon().product_nouns) or "(?!)"
    # (after the flow noun, a list of goods is keyed by its first: "imports of gasoline, diesel and LPG")
    return re.compile(rf"(?<![\w-])(?P<a>{goods})\s+(?:{_good_flow_nouns()})\b"
                      rf"|\b(?:{_good_flow_nouns()})\s+of\s+(?:[\w-]+\s+){{0,2}}?(?P<b>{goods})\b"
                      rf"(?:,\s+(?:{goods})\b)*(?:,?\s+and\s+(?:{goods})\b)?", re.I)


@cache
def _good_part() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A good said to make up a figure of a flow: before the figure, the good and its verb ("Crude oil alone
    accounted for "); from the figure's start, the figure and the flow it is part of (" $2.3 billion of the
    exports")."""
    goods = alternation(load_lexicon().product_nouns) or "(?!)"
    # (the good and what is made of it, kg:DerivativeNouns: "coffee and its derivatives accounted for"; the flow
    # a country's: "of Uganda's exports")
    made = alternation(load_lexicon().derivative_nouns) or "(?!)"
    before = re.compile(rf"(?<![\w-])(?P<g>{goods})(?:\s+and\s+(?:its\s+|their\s+)?(?:{made}))?"
                        rf"(?:\s+(?:alone|only|by\s+itself|still|now|already|together))?\s+{PART_VERBS}\s+{hedge_slot()}$", re.I)
    after = re.compile(r"[^\s;:()]*[^\s,;:()](?:\s+[^\s;:()]*[^\s,;:()]){0,2}?\s+of\s+"
                       r"(?:the\s+|all\s+|total\s+|[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?['’]s\s+(?:total\s+)?)?"
                       rf"(?:{_good_flow_nouns()})\b", re.I)
    return before, after


_FIGURE_TOKEN = re.compile(r"\S*\d[\d.,]*\S*")
_LISTED_BEFORE = re.compile(r"(?:\band|,)\s+$", re.I)  # a good listed after others: "coffee and tea", "fish, tea"


# a masthead word: a capitalised word, or a joining word of a name ("Ministry of Trade and Industry")
_MASTHEAD_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_MASTHEAD_JOINS = frozenset({"of", "the", "and", "for", "on", "under"})
_ABBREVIATION = re.compile(r"\s*\([A-Z][A-Za-z]{1,11}\)$")  # "(ZIMSTAT)", "(INE)" after a name


def first_line_name(text: str) -> str:
    """The document's first line when it is an organisation's name, not a headline: at most twelve words, each
    capitalised or a joining word ("of", "and", "under": "Bureau for Statistics under the Cabinet of ..."), one of them an organisation's noun (kg:MastheadNouns) that opens or
    ends it or goes on with "of" or "for", no digit and no sentence punctuation but its abbreviation in brackets
    ("STATISTICS MAURITIUS", "Ministry of Finance", "Zambia Statistics Agency (ZamStats)"). Written in capitals, it is returned in title case, as names are matched.
    Else ""."""
    first = next((line.strip(" \t#*") for line in text.split("\n") if line.strip(" \t#*")), "")
    abbreviation = _ABBREVIATION.search(first)
    name = first[: abbreviation.start()] if abbreviation else first
    words = name.split()
    if not words or len(words) > 12 or any(ch.isdigit() or ch in ".,;:!?|()" for ch in name):
        return ""
    if not all(_MASTHEAD_WORD.fullmatch(w) and (w[0].isupper() or w in _MASTHEAD_JOINS) for w in words):
        return ""
    nouns = load_lexicon().masthead_nouns
    heads = [i for i, w in enumerate(words) if w.lower() in nouns]
    if not heads:
        return ""  # a headline in title case ("Pakistan Textile Mills Lose Ground") names no publisher
    if not any(i == 0 or i == len(words) - 1 or words[i + 1].lower() in ("of", "for") for i in heads):
        return ""  # a name ends in its organisation's noun or goes on with "of": "Central Bank Raises Rates" is news
    if name.isupper():
        name = " ".join(w.lower() if i and w.lower() in _MASTHEAD_JOINS else w.capitalize() for i, w in enumerate(words))
    return name + (abbreviation.group(0) if abbreviation else "")


@cache
def _share_whole_good() -> re.Pattern[str]:
    """Right after a share's figure: the whole it is a share of, a good's flow ("... of Ruritania's tea exports")."""
    goods = alternation(load_lexicon().product_nouns) or "(?!)"
    return re.compile(rf"\s+of\s+(?:the\s+|all\s+|its\s+|their\s+|[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?['’]s?\s+)?"
                      rf"(?:total\s+)?(?P<g>{goods})\s+(?:{_good_flow_nouns()})\b", re.I)


def share_good(sentence: str, at: int, end: int) -> str | None:
    """The good whose flow a share's figure at `at`..`end` of its sentence is a part of: "took 43 percent of
    Ruritania's tea exports" (tea; a share of the tea trade, not of all exports); None when the whole names no
    good. Lower case, in its one name (kg:SameGoods)."""
    whole = _share_whole_good().match(sentence, end)
    if whole is None or at < 0:
        return None
    good = whole.group("g").casefold()
    return load_lexicon().same_goods.get(good, good)


def flow_good(sentence: str, at: int) -> str | None:
    """The good (kg:ProductNouns) whose flow a figure at offset `at` of its sentence counts, when the flow noun
    nearest before the figure is qualified by it, in the figure's clause: "electricity exports to Kenya reached
    $90 million" (electricity), "exports of natural gas to Brazil were worth $2 billion" (natural gas); not
    "copper exports rose, and total exports reached $5 billion"; also a flow verb's figure said to be the good's
    worth ("Japan bought $2.1 billion worth of Canadian canola seed": canola seed; "shipped tea worth $23
    million") and the value a good's flow
    reached after its tonnage ("exports of cocoa to Spain reached 90,000 tonnes, for a value of $300 million").
    Lower case, in its one name
    (kg:SameGoods: "natural gas" is "gas"); None when no good qualifies it."""
    worth = _good_worth_after().match(sentence, at)
    if worth and _flow_verb_before().search(sentence, max(0, at - 30), at):
        # "Japan bought C$4.6 billion worth of Canadian canola seed": the value of that good's flow
        good = worth.group("g").casefold()
        return load_lexicon().same_goods.get(good, good)
    before, after = _good_part()
    if (after.match(sentence, at) and (part := before.search(sentence, max(0, at - 80), at))
            and not _LISTED_BEFORE.search(sentence, max(0, part.start() - 40), part.start())):
        # (not "Coffee and tea accounted for $1.3 billion of Kenya's exports": two goods' part, no one good's)
        # "Crude oil alone accounted for $2.3 billion of the exports": that good's part of the flow
        good = part.group("g").casefold()
        return load_lexicon().same_goods.get(good, good)
    near = sentence[max(0, at - 30) : at]
    if ("worth" in near or "valued" in near) and (worth := _good_worth_before().search(sentence, max(0, at - 80), at)):
        # "Kenya shipped tea worth US$23.8 million to Egypt": that good's flow
        good = worth.group("g").casefold()
        return load_lexicon().same_goods.get(good, good)
    if (base := _comparison_base(sentence, at)) is not None:
        # "copper exports reached $5 billion, up from $4 billion": the base is the same good's
        return flow_good(sentence, base)
    head = sentence[:at].casefold()
    if not any(w in head for w in _good_flow_stems()):
        return None  # no flow noun before the figure (most sentences): the pattern is not tried
    last = None
    for m in _good_flow().finditer(sentence, 0, at):
        last = m
    # the flow's quantity, then its value: "exports of cocoa to Spain reached 90,000 tonnes, for a value of $300
    # million" (the value gloss is no break in the good's reach)
    gloss = _value_gloss().search(sentence, 0, at)
    end = gloss.start() if gloss else at
    if last is None:
        return None
    reach = [(last.end(), end)]
    if (o := aside_opener().search(sentence, last.end(), end)) and (close := aside_close(sentence, o.end(), end)) > o.end():
        # "dairy sales to Chile, led by cheese and butter, reached $305m": an aside on what the flow holds is
        # no end of the good's reach
        reach = [(last.end(), o.start()), (close + 1, end)]
    if any(_good_reach_ends().search(sentence, a, b) for a, b in reach):
        return None
    good = (last.group("a") or last.group("b")).casefold()
    return load_lexicon().same_goods.get(good, good)


def _comparison_base(sentence: str, at: int) -> int | None:
    """Where the figure stands that a figure at `at` is the comparison base of (", up from $4 billion" after "$5
    billion"): the last figure of the clause before the comma, when the comparison follows it; else None."""
    clause = sentence[max(0, at - 120) : at]
    cut = clause.rfind(",")
    if cut < 0 or not re.fullmatch(r",\s+(?:(?:up|down)\s+from|compared\s+with)\s+", clause[cut:], re.I):
        return None
    figures = list(_FIGURE_TOKEN.finditer(clause, 0, cut))
    if not figures:
        return None
    return max(0, at - 120) + figures[-1].start()
