"""Parties, people and organisations in running text.

Countries and blocs come from CLDR names plus ontology/places.ttl (demonyms, capitals, metonyms, blocs);
people are discovered from the text itself (a role before a capitalised name, a name next to a reporting
verb) and short mentions (a surname, "the spokesperson") resolve to the full person within the document.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

import pyoxigraph as ox
import yaml
from babel.numbers import get_currency_name

from kg.errors import ConfigError
from kg.figures import StartIndex, alternation, finditer_at, first_runs, text_words
from kg.lexicon import Lexicon, exclusion_pattern, load_lexicon, territory_currencies
from kg.models import EntityMention
from kg.resources import ONTOLOGY_DIR
from kg.vocab import slug

_FIRST_WORD = re.compile(r"\w*")
_KG = "https://w3id.org/claimgraph/ns#"


_MARKS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"  # combining marks (decomposed text)
_LETTERS = r"[^\W\d_]+"  # letters of any script
_MARKED_LETTERS = rf"[{_MARKS}]*[^\W\d_]+(?:[{_MARKS}]+[^\W\d_]*)*"  # and combining marks among them


@cache
def _capitals() -> str:
    """A regex class holding every capital letter (Lu, Lt) of the Basic Multilingual Plane, and small letters
    between capitals (few ranges: quick to compile). A match is checked with str.isupper() afterwards."""
    ranges: list[list[int]] = []
    gap_ok = True  # every character since the last capital is a letter
    for cp in range(0x10000):
        cat = unicodedata.category(chr(cp))
        if cat in ("Lu", "Lt"):
            if ranges and gap_ok:
                ranges[-1][1] = cp
            else:
                ranges.append([cp, cp])
            gap_ok = True
        elif cat[0] != "L":
            gap_ok = False
    return "[" + "".join(f"\\u{a:04x}" if a == b else f"\\u{a:04x}-\\u{b:04x}" for a, b in ranges) + "]"


def _name_token(particles: str, *, marks: bool = False) -> str:
    """One word of a person's name, roughly: a capital, then letters ("Đỗ", "O'Neill", "Okonjo-Iweala",
    "W.", and after the first word "al-Sudani"); not "'s". `_name_word` tells whether it really is one.
    Without `particles` it is a first word: a pattern that starts with it starts with a capital, which
    `re` looks for quickly."""
    up, letters = _capitals(), _MARKED_LETTERS if marks else _LETTERS
    prefix = rf"(?:(?:{particles})[-'’])?" if particles else ""
    return rf"{prefix}{up}(?:\.|{letters}(?:-{letters}|['’](?![sS]\b){letters})*|['’]{up}{letters})"


def _name_word(tok: str, particles: frozenset[str]) -> bool:
    """A name word: a capital, and a small letter after it ("Đỗ", "McDonald", "O'Neill"), or an initial ("W.")."""
    head, sep, rest = tok.partition("-") if tok[:1].islower() else ("", "", tok)
    if head and head.lower() not in particles:
        return False
    word = rest if sep or not head else tok
    if not word[:1].isupper() and not word[:1].istitle():
        return False
    return (len(word) == 2 and word[1] == ".") or any(c.islower() for c in word[1:])


_STOP = {
    "The", "A", "An", "In", "On", "At", "By", "For", "From", "With", "And", "But", "Or", "If", "As", "Of",
    "It", "Its", "This", "That", "These", "Those", "Since", "During", "After", "Before", "While", "Days",
    "Yes", "No", "We", "Our", "They", "Their", "He", "She", "His", "Her", "Despite", "Although", "Though",
    "However", "Meanwhile", "Furthermore", "Moreover", "Therefore", "Unlike", "Even", "Both", "Leaders",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Photo", "Advertisement",
    "Reporting", "Original", "Embed", "Learn", "Get", "Read", "More", "Critics", "Tensions", "Using",
    "Trade", "Exports", "Imports", "Speaking", "Cumulative", "Western", "Eastern", "Northern", "Southern",
    "To", "Will", "Would", "Could", "Should", "May", "Can", "Is", "Are", "Was", "Were", "Has", "Have", "Had",
    "Many", "Some", "Most", "Several", "Other", "Others", "Few", "All", "Senior", "Top", "Leading", "Two",
    "Three", "Four", "Five", "Independent", "Private", "Local", "Foreign", "Global", "International", "Such",
}
_GROUP_LINKS = ("polled by", "surveyed by", "interviewed by", "questioned by", "at", "from")


@dataclass
class Person:
    key: str  # the full name
    role: str | None = None
    aliases: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class NameWords:
    """Words around person names, as data: ontology/places.ttl (kg:PersonTitles, kg:InstitutionNouns) and
    ontology/ingest.yaml (name_particles)."""

    titles: tuple[str, ...]  # honorifics and titles that precede a name and are never part of it
    institutions: tuple[str, ...]  # a country's institutions after its demonym ("the Indian embassy")
    particles: tuple[str, ...]  # lower-case words inside a name ("bin", "da", "von")
    portfolios: tuple[str, ...] = ()  # a minister's portfolio between role and name ("Minister of Finance Jane Doe")


def _cues(path: Path, subject: str) -> tuple[str, ...]:
    try:
        triples = ox.parse(path=str(path), format=ox.RdfFormat.TURTLE)
        return tuple(sorted(t.object.value for t in triples
                            if t.subject.value == subject and t.predicate.value == _KG + "cue"))
    except (OSError, SyntaxError) as exc:
        raise ConfigError(f"cannot read name words: {exc}".splitlines()[0], path=str(path)) from None


@cache
def name_words_data(directory: Path = ONTOLOGY_DIR) -> NameWords:
    places = directory / "places.ttl"
    try:
        particles = yaml.safe_load((directory / "ingest.yaml").read_text(encoding="utf-8")).get("name_particles")
    except (OSError, yaml.YAMLError, AttributeError) as exc:
        raise ConfigError(f"cannot read name particles: {exc}".splitlines()[0],
                          path=str(directory / "ingest.yaml")) from None
    return NameWords(_cues(places, _KG + "PersonTitles"), _cues(places, _KG + "InstitutionNouns"),
                     tuple(sorted(str(p) for p in particles or ())), _cues(places, _KG + "PortfolioNouns"))


@dataclass(frozen=True)
class EntityGrammar:
    places: re.Pattern[str]
    exclusions: re.Pattern[str] | None
    role_name: re.Pattern[str]
    verb_name: re.Pattern[str]
    name_verb: re.Pattern[str]
    orgs: re.Pattern[str]
    group_before: re.Pattern[str]  # the qualifier before a group noun, searched in a window ending at the noun
    group_after: re.Pattern[str]  # a group noun and what follows it ("economists polled by Reuters")
    speaks: re.Pattern[str]  # a reporting verb or a comma next: "a Westpac economist said", not "official data"
    institution: re.Pattern[str]  # between a place mention and an institution noun ("'s foreign ")
    institution_noun: re.Pattern[str]
    lex: Lexicon
    words: NameWords
    titles: frozenset[str]  # role words and titles: never the first word of a name
    org_heads: frozenset[str]  # "Bank", "Ministry": never a word of a name
    particles: frozenset[str]  # lower-cased
    index: StartIndex  # where places, name_verb, roles, org heads, groups, institutions start
    role_reach: int  # role_name's first word is at most this many words before its role word
    # what the first word of role_name and of orgs may be (most words: looked up only near a role word, and in a
    # text with an org head); role_name's, more than a word before its role word, is a place's
    role_lead: _WordTest
    org_first: _WordTest
    place_first: _WordTest


class _WordTest(dict[str, bool]):
    """word -> whether a pattern fullmatches it (filled on first sight)."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        super().__init__()
        self.pattern = pattern

    def __missing__(self, word: str) -> bool:
        if len(self) > 100_000:
            self.clear()
        got = self[word] = self.pattern.fullmatch(word) is not None
        return got


@cache
def _alternations() -> tuple[str, str, str, str, str]:
    """Role words, demonyms, place names, reporting verbs and name particles as regex alternations."""
    lex = load_lexicon()
    particles = name_words_data().particles
    return (alternation(lex.role_words), alternation(lex.demonyms), alternation(lex.place_names),
            alternation(lex.reporting_verbs), alternation(particles) if particles else "")


def _name_patterns(*, marks: bool) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """role_name, verb_name and name_verb; with `marks`, name words may hold combining marks (decomposed text:
    slower, used only for a text that has some)."""
    roles, demonyms, places_alt, verbs, particles = _alternations()
    first, tok = _name_token("", marks=marks), _name_token(particles, marks=marks)
    link = rf"\s+(?:(?:{particles})\s+){{0,3}}" if particles else r"\s+"
    name = rf"(?P<name>{first}(?:{link}{tok}){{1,5}})"  # a title and five words, particles between them
    # titles ("Dr", "H.E."), roles and other non-name words inside a match are dropped by _clean_name
    # or the name in apposition after the role and where it serves, then a reporting verb or an auxiliary:
    # "Chile's ambassador in Lima, Rosa Quintana Vidal, is ...", "the minister, Jane Doe, said" (not "the
    # ambassador in Addis Ababa, Bole Road, hosted")
    where = rf"\s+(?:in|to|at)\s+(?:the\s+)?{first}(?:\s+{first}){{0,3}}"
    role_name = re.compile(
        rf"(?<![\w])(?P<role>(?:(?:{demonyms}|{places_alt})(?:['’]s)?\s+)?(?:[a-z]+\s+)?(?:{roles})"
        rf"(?:\s+(?:of|for)\s+(?:the\s+)?{first}(?:\s+(?:and\s+|&\s+)?{first}){{0,4}}?(?=\s+{first}\s))?)"  # its portfolio
        rf"(?:\s+|(?:{where})?(?P<comma>,)\s+){name}"
        rf"(?(comma)(?=\s*,\s*(?:{verbs}|is|was|has|had|will|would|who)\b))"
    )
    # possessive: a run of capitalised words not right before a verb is not tried again shorter (its shorter
    # tails are tried where they start)
    # post-nominal letters may stand between a name and its verb ("Jane Doe, OBE, said", "Ann Njeri, EGH, said")
    # or an appositive naming the role ("Anil Mehta, the commerce secretary, said", "Ana Ruiz, head of the export
    # council, told reporters")
    appositive = (rf"(?:\s*,\s*(?P<arole>(?:(?:the|a|an)\s+)?(?:[^\W\d][\w'’.&-]*\s+){{0,4}}?(?:{roles})\b"
                  rf"(?:\s+(?:of|for|at|in)\s+[^,;:()]{{1,60}}?)?)(?=\s*,))?")
    verb_name = re.compile(rf"{name[:-1]}+){appositive}(?:\s*,\s*[A-Z]{{2,5}}(?=\s*,))*\s*,?\s*(?:\[)?(?:{verbs})\b")
    # a name after its verb, its role and portfolio between them: "said Minister of Economy Carlos Pérez",
    # "according to the Minister of Foreign Trade, Ana Ruiz", "said Bank of Ghana governor Kofi Mensah" (the
    # role's words, each capitalised, a role word or a joining word, are dropped by _clean_name)
    pre = rf"(?:(?:the|a|an|of|for|and|{roles}|[A-Z][\w'’.&-]*),?\s+){{0,7}}?"
    then = name.replace("(?P<name>", "(?P<then>")  # the name in apposition after the role's own words
    name_verb = re.compile(rf"\b(?:{verbs}|according\s+to)\s+{pre}{name}(?:,\s+{then})?")
    return role_name, verb_name, name_verb


# a two-letter code before a blank and a currency sign names the currency, not the place: "US $", "HK $"
# (not after "the": "Mexico sold the US $505 billion of goods" names the country)
_CODE_SIGN = r"(?<=(?<![\w.])(?<![Tt]he\s)[A-Z]{2})[ \u00a0]\$"


@cache
def _marked_name_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    return _name_patterns(marks=True)


_HAS_MARK = re.compile(f"[{_MARKS}]")
_THE_NAME = re.compile(r"\s+to\s+the\s+", re.I)  # "according to the " right before a name: an organisation's


@cache
def entity_grammar() -> EntityGrammar:
    lex = load_lexicon()
    words = name_words_data()
    up = _capitals()
    # contextual and shared names: kept when confirmed
    names = set(lex.place_names) | set(lex.demonyms) | set(lex.contextual) | set(lex.shared_names)
    # a name before a currency word names the currency, not the place: "in million US dollars", "Japanese yen"
    money = alternation({w.lower() for w in lex.currency_words if w.isalpha() and w.islower() and len(w) > 2})
    places = re.compile(rf"(?<![\w$])(?:{alternation(names)})"
                        rf"(?![\w$]|-based|\.[A-Za-z]{{2}}|\s+Olympics|\s+(?:{money})\b|{_CODE_SIGN})")
    excl = exclusion_pattern(lex.exclusions)
    role_words = list(lex.role_words)
    _, demonyms, places_alt, verbs, _ = _alternations()
    role_name, verb_name, name_verb = _name_patterns(marks=False)
    heads = alternation(h for h in lex.org_heads if h[:1].isupper())
    orgs = re.compile(
        rf"(?<![\w])(?P<org>(?:(?:the|The)\s+)?(?:(?:{demonyms}|{places_alt})(?:['’]s)?\s+)?(?:{up}[\w&-]*\s+){{0,4}}(?:{heads})"
        rf"(?:\s+(?:of|for)(?:\s+(?:the\s+)?{up}[\w-]*)+)?)"
    )
    cap = rf"(?:(?:{up}\.){{2,}}|{up}[\w&'’-]*)"  # "Westpac", "U.S.", "S&P"
    caps = rf"{cap}(?:\s+(?:of\s+|&\s+)?{cap}){{0,3}}"
    group_nouns = [g for g in lex.generic_speakers if not g.startswith("the ")]  # "officials", "economist"
    group_nouns += [g[:1].upper() + g[1:] for g in group_nouns]
    speaks = re.compile(rf"\s*(?:,|\[?(?:{verbs})\b)")
    group_before = re.compile(rf"(?<![\w'’.&-])(?P<q>{caps})\s+$")
    group_after = re.compile(rf"(?P<noun>{alternation(group_nouns)})(?:\s+(?:{alternation(_GROUP_LINKS)})\s+(?:the\s+)?(?P<q>{caps}))?\b")
    institution = re.compile(r"(?:['’]s)?\s+(?:[a-z]+\s+)?")
    institution_noun = re.compile(rf"(?:{alternation(words.institutions)})\b")
    place_words = [*lex.place_names, *lex.demonyms]
    index = StartIndex([  # in the order of PLACES, NAME_VERB, ROLES, ORG_HEADS, GROUPS, INSTITUTIONS
        re.compile(first_runs(list(names))),
        re.compile(first_runs([*lex.reporting_verbs, "according"])),
        re.compile(first_runs(role_words)),
        re.compile(first_runs([h for h in lex.org_heads if h[:1].isupper()])),  # every org holds one, after a blank
        re.compile(first_runs(group_nouns)),
        re.compile(first_runs(list(words.institutions))),
    ])
    # role_name: from its first word to the role's, a place (its words), "s" of "'s", a lower-case word
    reach = max((len(re.findall(r"\w+", w)) for w in place_words), default=0) + 2
    return EntityGrammar(places, excl, role_name, verb_name, name_verb, orgs, group_before, group_after, speaks,
                         institution, institution_noun, lex, words, frozenset([*role_words, *words.titles]),
                         frozenset(h for h in lex.org_heads if h[:1].isupper()),
                         frozenset(p.lower() for p in words.particles), index, reach,
                         _WordTest(re.compile(rf"[a-z]+|{first_runs([*place_words, *role_words])}")),
                         _WordTest(re.compile(rf"the|The|{up}\w*|{first_runs([*place_words, *(h for h in lex.org_heads if h[:1].isupper())])}")),
                         _WordTest(re.compile(first_runs(place_words))))


PLACES, NAME_VERB, ROLES, ORG_HEADS, GROUPS, INSTITUTIONS = range(6)  # EntityGrammar.index lists


def _starts(text: str) -> list[list[int]]:
    """Where places, name_verb, role words, org heads, group nouns and institution nouns may start
    (kg.figures.StartIndex)."""
    return entity_grammar().index.starts(text)


def _role_name_starts(text: str, roles: list[int], reach: int) -> list[int]:
    """Where role_name may start: at a word it can start with, at most `reach` words before a role word.

    role_name is a place (its words and "s" of "'s"), a lower-case word and the role, each optional but the role:
    a match that starts more than a word before its role word starts with a place."""
    if not roles:
        return []
    positions, words = text_words(text)
    g = entity_grammar()
    lead, place = g.role_lead, g.place_first
    out: set[int] = set()
    for r in roles:
        k = bisect.bisect_left(positions, r)
        out.update(positions[j] for j in range(max(0, k - 1), k + 1) if lead[words[j]])
        out.update(positions[j] for j in range(max(0, k - reach), k - 1) if place[words[j]])
    return sorted(out)


def _org_starts(text: str) -> list[int]:
    """Where orgs may start: at "the", a capitalised word, a place's or an org head's first word."""
    positions, words = text_words(text)
    first = entity_grammar().org_first
    return [p for p, w in zip(positions, words, strict=True) if first[w]]


# before a place, what makes it the partner of a flow rather than its reporter: "exports to Chile", "trade with Peru"
# (not a source or a cause: "according to Australia's Department of ...", "due to Japan's ...")
PARTNER_BEFORE = re.compile(r"\b(?:(?<!according\s)(?<!owing\s)(?<!due\s)(?<!thanks\s)to|from|with|into)\s+(?:the\s+)?$",
                            re.I)


# a demonym after "in" and before punctuation is a language: "2.5 billones, as we say in Spanish", "(in Arabic)"
_LANGUAGE_BEFORE = re.compile(r"\b[Ii]n\s+$")
_LANGUAGE_AFTER = re.compile(r"\s*(?:[,.;:)!?\"”]|$)")


def find_places(text: str, *, starts: list[list[int]] | None = None,
                confirmed: Collection[str] = ()) -> list[EntityMention]:
    """Countries and blocs (by name, demonym, capital or metonym), skipping known traps.

    `starts` (from `_starts(text)`) saves the word pass when the caller has it already. A context-gated name
    (kg:contextual: "Georgia") is a mention only when in `confirmed` (`confirmed_places` of the whole document);
    a shared name (kg:sharedName: "Congo") is the party its `shared_reading` in `confirmed` gives.
    """
    g = entity_grammar()
    at = (starts or _starts(text))[PLACES]
    blocked: list[tuple[int, int]] = []
    if g.exclusions is not None:
        blocked = [m.span() for m in g.exclusions.finditer(text)]
    out: list[EntityMention] = []
    for m in finditer_at(g.places, text, at):
        s, e = m.span()
        if any(a <= s < b for a, b in blocked):
            continue
        surface = m.group(0)
        if surface not in g.lex.place_names and _LANGUAGE_BEFORE.search(text, max(0, s - 12), s) and (
                _LANGUAGE_AFTER.match(text, e)):
            continue  # "as we say in Spanish,", "(in Arabic)": a demonym used as a language names no party
        code = g.lex.place_names.get(surface) or g.lex.demonyms.get(surface)
        if code is None and surface in confirmed and not _speaks_after().match(text, e):
            code = g.lex.contextual.get(surface)  # (not "Jordan said": a person's name)
        if code is None and surface in g.lex.shared_names:
            code = next((c for c in g.lex.shared_names[surface] if shared_reading(surface, c) in confirmed), None)
        if code is None:
            continue
        country = g.lex.countries.get(code)
        out.append(EntityMention(start=s, end=e, text=surface, entity=code,
                                 type="bloc" if country and country.bloc else "country",
                                 label=country.label if country else code))
    return out


@cache
def _own_currency(code: str) -> re.Pattern[str] | None:
    """A currency named after the country (CLDR: "Georgian Lari", "Jordanian Dinar", not the "Central African CFA
    Franc" of Chad) as a text writes it: its ISO code and its currency words that name no other country
    ("lari", "JD"; not "Palestinian dinar"); None when it has none."""
    lex = load_lexicon()
    demonyms = [d for d, c in lex.demonyms.items() if c == code]
    own = [cur for cur in territory_currencies(code)
           if any((get_currency_name(cur, locale="en") or "").startswith(f"{d} ") for d in demonyms)]
    if not own:
        return None
    others = [d.lower() for d, c in lex.demonyms.items() if c != code]
    words = [w for w, cur in lex.currency_words.items() if cur in own
             and not any(o in w.lower().split() for o in others)]
    exact = alternation([*own, *(w for w in words if not w.islower())])
    folded = alternation([w for w in words if w.islower()])
    return re.compile(rf"(?<![\w$])(?:{exact}|(?i:{folded}))(?!\w)" if folded else rf"(?<![\w$])(?:{exact})(?!\w)")


@cache
def _context_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """What pairs a context-gated name with another party: a link between two names ("Azerbaijan–Georgia",
    "Georgia and Armenia"); a trade phrase right before it (kg:ContextCues: "exports to")."""
    cues = alternation(load_lexicon().context_cues)
    return (re.compile(r"\s*(?:[-–—/&]|and(?!\w))\s*"),
            re.compile(rf"\b(?:{cues})\s+(?:the\s+)?$", re.I) if cues else re.compile(r"(?!)"))


def shared_reading(name: str, code: str) -> str:
    """How `confirmed_places` writes a shared name (kg:sharedName) read as one of its parties: "Congo=CD"."""
    return f"{name}={code}"


def _shared_readings(text: str, named: set[str]) -> list[str]:
    """The shared names (kg:sharedName: "Congo", "Congolese") of `text` read as the one party of theirs the text
    names another way ("the DRC", "Kinshasa"): a careful reader takes "Congo" in a story on the DRC for the DRC.
    A text that names none of them, or several, reads the name as none."""
    out = []
    for name, codes in load_lexicon().shared_names.items():
        if name in text and re.search(rf"(?<![\w$]){re.escape(name)}(?!\w)", text):
            these = [c for c in codes if c in named]
            if len(these) == 1:
                out.append(shared_reading(name, these[0]))
    return out


@cache
def _speaks_after() -> re.Pattern[str]:
    """A reporting verb (kg:ReportingVerbs) or ", who" right after a name: "Jordan said", "Georgia, who ..." (a
    person, whatever the text confirms)."""
    return re.compile(rf"\s+(?:{_alternations()[3]})\b|,\s+who\b")


def confirmed_places(text: str) -> tuple[str, ...]:
    """The context-gated names (kg:contextual) `text` reads as their party: those of a text that confirms the
    party (names it another way: "Georgian", "Tbilisi"; writes its own currency: "GEL", "lari"; or pairs the
    name with another party: "Azerbaijan–Georgia", "exports to Georgia") and shows no other reading
    (kg:contextBlocker: "Atlanta"). Decided once for a whole document: every mention of a confirmed name counts.
    """
    lex = load_lexicon()
    present = [n for n in lex.contextual if n in text and re.search(rf"(?<![\w$]){re.escape(n)}(?!\w)", text)]
    if not present and not any(n in text for n in lex.shared_names):
        return ()
    places = find_places(text)
    named = {p.entity for p in places}
    shared = _shared_readings(text, named)
    if not present:
        return tuple(sorted(shared))
    link, cue = _context_patterns()
    out = []
    for name in present:
        code = lex.contextual[name]
        if any(re.search(rf"(?<!\w){re.escape(b)}(?!\w)", text) for b in lex.context_blockers.get(code, ())):
            continue
        if code in named or ((own := _own_currency(code)) is not None and own.search(text)):
            out.append(name)
            continue
        for m in re.finditer(rf"(?<![\w$]){re.escape(name)}(?!\w)", text):
            s, e = m.span()
            nxt = link.match(text, e)
            paired = any(p.entity != code and ((nxt is not None and nxt.end() > e and p.start == nxt.end())
                                               or (s - 7 <= p.end < s and link.fullmatch(text, p.end, s)))
                         for p in places)
            if paired or cue.search(text, max(0, s - 40), s):
                out.append(name)
                break
    return tuple(sorted([*out, *shared]))


def name_words(name: str) -> list[str]:
    """The words of a name that are not particles ("Khalid bin Abdulaziz Al Falih" -> Khalid, Abdulaziz, Al, Falih)."""
    particles = entity_grammar().particles
    return [t for t in name.split() if t not in particles]


@lru_cache(maxsize=16384)
def _clean_name(name: str, *, last: bool = False) -> str | None:
    """A person's name from a capitalised run, or None (cached: the same runs recur across documents).

    Titles, roles, places, stop words, capitalised verbs ("Says" in a headline) and words that are no name
    word ("WTO") break the run into parts; the name is the first part of two to five words (particles
    inside do not count), or the last one when `last` (a name right before its verb).
    """
    g = entity_grammar()
    lex = g.lex
    titles = g.titles
    verbs = _capitalised_verbs()
    portfolios = frozenset(g.words.portfolios)

    def breaks(tok: str) -> bool:
        return (tok in _STOP or tok in titles or tok in verbs or tok in lex.place_names or tok in g.org_heads
                or tok in portfolios
                or not _name_word(tok, g.particles)
                or all(p in titles or p in lex.place_names or p in lex.demonyms for p in tok.split("-")))

    tokens = name.split()
    broken = [tok not in g.particles and breaks(tok) for tok in tokens]  # particles: lower-case words
    for i in range(len(tokens) - 1):  # "Prime Minister", "Tan Sri", "His Excellency"
        for n in (3, 2):
            if i + n <= len(tokens) and " ".join(tokens[i : i + n]) in titles:
                broken[i : i + n] = [True] * n
    parts: list[list[str]] = [[]]
    for tok, br in zip(tokens, broken, strict=True):
        if br:
            parts.append([])
        else:
            parts[-1].append(tok)
    found = None
    for part in parts:
        while part and part[0] in g.particles:
            part.pop(0)
        while part and part[-1] in g.particles:
            part.pop()
        if 2 <= sum(t not in g.particles for t in part) <= 5:
            found = " ".join(part)
            if not last:
                break
    return found


@cache
def _capitalised_verbs() -> frozenset[str]:
    """Reporting verbs as a title-case headline writes them ("Says", "Told")."""
    return frozenset(v[:1].upper() + v[1:] for v in entity_grammar().lex.reporting_verbs if " " not in v)


_FOLD = str.maketrans({"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ı": "i", "ø": "o", "Ø": "O", "ß": "ss", "æ": "ae",
                       "Æ": "AE", "œ": "oe", "Œ": "OE", "ð": "d", "þ": "th", "’": "'"})


@lru_cache(maxsize=16384)
def _fold(name: str) -> str:
    """A name as written without accents ("Erdoğan" -> "Erdogan", "Đỗ Thắng Hải" -> "Do Thang Hai")."""
    plain = unicodedata.normalize("NFD", name.translate(_FOLD))
    return unicodedata.normalize("NFC", "".join(c for c in plain if not unicodedata.combining(c)))


def _accents(name: str) -> int:
    return sum(not c.isascii() for c in name)


def _short_forms(full: str, particles: frozenset[str]) -> Iterator[str]:
    """How a text refers back to a person: each name word, and each run of words that ends the name
    ("Al Falih", "da Silva", "Lula da Silva"). A particle alone ("Al", "bin") or an initial is no name,
    unless it ends the name."""
    tokens = full.split()
    for i in range(1, len(tokens) - 1):
        yield " ".join(tokens[i:])
    for i, tok in enumerate(tokens):  # "Al" of "Al Falih" is no mention by itself; "Das" of "Shaktikanta Das" is
        if len(tok) >= 2 and tok not in _STOP and not tok.endswith(".") and (
                tok.lower() not in particles or i == len(tokens) - 1):
            yield tok


def find_people(text: str, *, starts: list[list[int]] | None = None) -> list[EntityMention]:
    """People introduced by a role or next to a reporting verb, and their other mentions in the document.

    A shorter name that is a run of a longer one's words ("Al Falih", "Tayyip Erdoğan") is that person.
    """
    g = entity_grammar()
    at = starts or _starts(text)
    role_name, verb_name, name_verb = _marked_name_patterns() if _HAS_MARK.search(text) else (
        g.role_name, g.verb_name, g.name_verb)
    people: dict[str, Person] = {}
    for m in finditer_at(role_name, text, _role_name_starts(text, at[ROLES], g.role_reach)):
        after = text[m.end() : m.end() + 40].split(None, 1)
        if any(t in g.org_heads for t in m.group("name").split()) or (after and after[0].strip(",.;:") in g.org_heads):
            continue  # "Minister of Trade Policy Review Board members said": an organisation's name, no person
        full = _clean_name(m.group("name"))
        if full:
            p = people.setdefault(full, Person(full))
            p.role = p.role or m.group("role").strip()
    for m in verb_name.finditer(text):
        full = _clean_name(m.group("name"), last=True)
        if full:
            p = people.setdefault(full, Person(full))
            p.role = p.role or (m.group("arole") or "").strip() or None
    for m in finditer_at(name_verb, text, at[NAME_VERB]):
        # (a run holding an organisation's head word is its name: "according to the East African Business Council";
        # so is one right after "according to the": "according to the United Nations")
        # (unless it is a role with the name in apposition: "according to the Minister of Trade, Ana Ruiz")
        words = m.group("name").split()
        if any(t in g.org_heads for t in words):
            full = None
        elif m.group(0)[:9].lower() == "according" and _THE_NAME.fullmatch(text, m.end() - len(m.group(0)) + 9,
                                                                            m.start("name")):
            if not any(t in g.titles or t.lower() in g.titles for t in words):
                continue
            full = None
        else:
            full = _clean_name(m.group("name"))
        full = full or (m.group("then") and _clean_name(m.group("then")))
        if full:
            people.setdefault(full, Person(full))
    if not people:
        return []
    # a name inside a longer one (as whole words, accents aside) is the longer one, when only one holds it;
    # of two spellings of one name ("Erdogan", "Erdoğan") the one with more accents is the name
    folded = {name: f" {_fold(name)} " for name in people}

    def holds(full: str, short: str) -> bool:
        if folded[full] == folded[short]:
            return _accents(full) > _accents(short)
        return folded[short] in folded[full]

    owner: dict[str, str] = {}
    for short in people:
        holders = [full for full in people if full != short and holds(full, short)]
        if len(holders) == 1:
            owner[short] = holders[0]
    for short, full in owner.items():
        while full in owner:
            full = owner[full]
        people[full].role = people[full].role or people[short].role
        del people[short]
    alias: dict[str, str | None] = {}
    for full in people:
        alias[full] = full
    for full in people:
        alias.setdefault(_fold(full), full)
    for full in people:
        for short in _short_forms(full, g.particles):
            for form in dict.fromkeys((short, _fold(short))):  # "Erdoğan" is also written "Erdogan"
                if form not in people:
                    alias[form] = None if form in alias and alias[form] != full else full
    surfaces = {k: v for k, v in alias.items() if v}
    out: list[EntityMention] = []
    for s, e in _whole_words(text, surfaces):
        full = surfaces[text[s:e]]
        out.append(EntityMention(start=s, end=e, text=text[s:e], entity="person:" + slug(full),
                                 type="person", label=full, role=people[full].role))
    return out


_BOUNDARY = re.compile(r"\b")


def _whole_words(text: str, surfaces: Iterable[str]) -> Iterator[tuple[int, int]]:
    """Spans of `surfaces` in `text` as `\\b(?:s1|s2|...)\\b` finds them (longest first), without a regex.

    Each surface starts with a word character, so a match starts where a word does, and that word is the
    surface's first word (or the whole surface, when it is one word).
    """
    by_first: dict[str, list[str]] = {}
    for surface in sorted(set(surfaces), key=len, reverse=True):
        by_first.setdefault(_FIRST_WORD.match(surface).group(), []).append(surface)  # type: ignore[union-attr]
    done = 0
    positions, words = text_words(text)
    for k in [k for k, word in enumerate(words) if word in by_first]:
        pos, word = positions[k], words[k]
        if pos < done:
            continue
        for surface in by_first[word]:
            end = pos + len(surface)
            if text.startswith(surface, pos) and _BOUNDARY.match(text, end):
                yield pos, end
                done = end
                break


_NEXT_WORD = re.compile(r"[ \t]+(\w+)")


def find_orgs(text: str, *, starts: list[list[int]] | None = None) -> list[EntityMention]:
    g = entity_grammar()
    out = []
    at = starts or _starts(text)
    for m in finditer_at(g.orgs, text, _org_starts(text) if at[ORG_HEADS] else []):  # no head word, no organisation
        label = re.sub(r"^(?:the|The)\s+", "", m.group("org")).strip()
        if len(label) < 3:
            continue
        after = _NEXT_WORD.match(text, m.end("org"))
        if after and f"{label.split()[-1]} {after.group(1)}" in g.lex.role_words:
            continue  # the head starts a role ("the Cabinet Secretary noted"): a person speaks, not the body
        out.append(EntityMention(start=m.start("org"), end=m.end("org"), text=m.group("org"),
                                 entity="org:" + label.lower(), type="organization", label=label))
    return out


def _qualifier_start(q: re.Match[str]) -> int | None:
    """Where a group's qualifier starts once leading stop words are dropped ("Many Westpac" -> "Westpac")."""
    titles = entity_grammar().titles
    for tok in re.finditer(r"\S+", q.group("q")):
        if tok.group() not in _STOP and tok.group() not in titles:
            return q.start("q") + tok.start()
    return None


def find_groups(text: str, *, starts: list[list[int]] | None = None,
                places: list[EntityMention] | None = None) -> list[EntityMention]:
    """Groups and institutions that speak, with their qualifier: "Westpac economists", "Brazilian analysts",
    "economists polled by Reuters", "analysts at Nomura", "an official at the Ministry of Economy", "a Westpac
    economist said", "the Indian embassy", "Peru's foreign ministry".

    A bare group noun ("officials", "The analysts") is no mention: the claim stage reads those itself.
    Groups are organisation mentions with a "group:" id; institutions have an "org:" id.
    """
    g = entity_grammar()
    at = starts or _starts(text)
    out: list[EntityMention] = []
    for pos in at[GROUPS]:
        m = g.group_after.match(text, pos)
        if not m:
            continue
        e = m.end() if m.group("q") else m.end("noun")
        prev = text[max(0, pos - 60) : pos].split()  # the words before, the last one a capital's for a qualifier
        before = g.group_before.search(text, max(0, pos - 60), pos) if prev and prev[-1][:1].isupper() else None
        s = _qualifier_start(before) if before else None
        if s is None and not m.group("q"):
            continue
        if not m.group("q") and not m.group("noun").endswith("s") and not g.speaks.match(text, e):
            continue  # a singular noun with a qualifier only as a speaker: "a Westpac economist said"
        label = text[pos if s is None else s : e]
        out.append(EntityMention(start=pos if s is None else s, end=e, text=label, entity="group:" + slug(label),
                                 type="organization", label=label))
    places = find_places(text, starts=at) if places is None else places
    place_ends = [p.end for p in places]
    for pos in at[INSTITUTIONS]:
        noun = g.institution_noun.match(text, pos)
        i = bisect.bisect_right(place_ends, pos) - 1
        if not noun or i < 0 or not g.institution.fullmatch(text, place_ends[i], pos):
            continue
        s, e = places[i].start, noun.end()
        if text.endswith(("the ", "The "), 0, s):
            s -= 4
        label = re.sub(r"^(?:the|The)\s+", "", text[s:e])
        out.append(EntityMention(start=s, end=e, text=text[s:e], entity="org:" + label.lower(), type="organization",
                                 label=label))
    return sorted(out, key=lambda x: x.start)


def find_entities(text: str, confirmed: Collection[str] | None = None) -> list[EntityMention]:
    """Places, people and organisations, in order; a person or organisation span hides places inside it,
    a group's span ("Analysts at Capital Economics") hides the people and organisations inside it.

    `confirmed`: the context-gated names read as places (`confirmed_places`, decided from `text` when None);
    such a name inside a person's longer name ("analyst Michelle Jordan") is none even so, and alone it is the
    place, not the person's short mention ("Jordan's exports")."""
    starts = _starts(text)
    places = find_places(text, starts=starts, confirmed=confirmed_places(text) if confirmed is None else confirmed)
    people_all = find_people(text, starts=starts)
    lex = load_lexicon()
    if gated := {(p.start, p.end) for p in places if p.text in lex.contextual or p.text in lex.shared_names}:
        names = [(p.start, p.end) for p in people_all if (p.start, p.end) not in gated]
        places = [p for p in places if (p.start, p.end) not in gated
                  or all(p.end <= a or p.start >= b for a, b in names)]
        people_all = [p for p in people_all if (p.start, p.end) not in gated]
    groups = find_groups(text, starts=starts, places=places)
    gspans = [(x.start, x.end) for x in groups]
    people = [p for p in people_all if all(p.end <= a or p.start >= b for a, b in gspans)]
    orgs = find_orgs(text, starts=starts)
    spans = [(e.start, e.end) for e in people] + gspans
    orgs = [o for o in orgs if all(o.end <= a or o.start >= b for a, b in spans)]
    out = sorted([*places, *people, *orgs, *groups], key=lambda e: (e.start, -e.end))
    return out
