"""Parties, people and organisations in running text.

Countries and blocs come from CLDR names plus ontology/places.ttl (demonyms, capitals, metonyms, blocs);
people are discovered from the text itself (a role before a capitalised name, a name next to a reporting
verb) and short mentions (a surname, "the spokesperson") resolve to the full person within the document.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache

from kg.figures import StartIndex, alternation, finditer_at, first_runs, text_words
from kg.lexicon import Lexicon, load_lexicon
from kg.models import EntityMention
from kg.vocab import slug

_FIRST_WORD = re.compile(r"\w*")
_NAME_TOKEN = r"(?:[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*|[A-Z]\.)"
_STOP = {
    "The", "A", "An", "In", "On", "At", "By", "For", "From", "With", "And", "But", "Or", "If", "As", "Of",
    "It", "Its", "This", "That", "These", "Those", "Since", "During", "After", "Before", "While", "Days",
    "Yes", "No", "We", "Our", "They", "Their", "He", "She", "His", "Her", "Despite", "Although", "Though",
    "However", "Meanwhile", "Furthermore", "Moreover", "Therefore", "Unlike", "Even", "Both", "Leaders",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Photo", "Advertisement",
    "Reporting", "Original", "Embed", "Learn", "Get", "Read", "More", "Critics", "Tensions", "Using",
    "Trade", "Exports", "Imports", "Speaking", "Cumulative", "Western", "Eastern", "Northern", "Southern",
}


@dataclass
class Person:
    key: str  # the full name
    role: str | None = None
    aliases: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class EntityGrammar:
    places: re.Pattern[str]
    exclusions: re.Pattern[str] | None
    role_name: re.Pattern[str]
    verb_name: re.Pattern[str]
    name_verb: re.Pattern[str]
    orgs: re.Pattern[str]
    lex: Lexicon
    index: StartIndex  # where places, name_verb, orgs, roles, role_name and org heads may start (at a word)
    role_reach: int  # role_name's first word is at most this many words before its role word


@cache
def entity_grammar() -> EntityGrammar:
    lex = load_lexicon()
    names = set(lex.place_names) | set(lex.demonyms)
    places = re.compile(rf"(?<![\w$])(?:{alternation(names)})(?![\w$]|-based|\.[A-Za-z]{{2}}|\s+Olympics)")
    excl = re.compile(alternation(lex.exclusions)) if lex.exclusions else None
    roles = alternation(lex.role_words)
    demonyms = alternation(lex.demonyms)
    places_alt = alternation(lex.place_names)
    name = rf"(?P<name>{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{1,2}})"
    role_name = re.compile(
        rf"(?<![\w])(?P<role>(?:(?:{demonyms}|{places_alt})(?:['’]s)?\s+)?(?:[a-z]+\s+)?(?:{roles}))\s+{name}"
    )
    verbs = alternation(lex.reporting_verbs)
    long_name = rf"(?P<name>{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{1,4}})"
    verb_name = re.compile(rf"{name}\s*,?\s*(?:\[)?(?:{verbs})\b")
    name_verb = re.compile(rf"\b(?:{verbs})\s+{long_name}")
    heads = alternation(h for h in lex.org_heads if h[:1].isupper())
    orgs = re.compile(
        rf"(?<![\w])(?P<org>(?:(?:the|The)\s+)?(?:(?:{demonyms}|{places_alt})(?:['’]s)?\s+)?(?:[A-Z][\w&-]*\s+){{0,4}}(?:{heads})"
        rf"(?:\s+(?:of|for)(?:\s+(?:the\s+)?[A-Z][\w-]*)+)?)"
    )
    place_words = [*lex.place_names, *lex.demonyms]
    index = StartIndex([  # in the order of PLACES, NAME_VERB, ORGS, ROLES, ROLE_LEAD, ORG_HEADS
        re.compile(first_runs(list(names))),
        re.compile(first_runs(list(lex.reporting_verbs))),
        re.compile(rf"the|The|[A-Z]\w*|{first_runs([*place_words, *(h for h in lex.org_heads if h[:1].isupper())])}"),
        re.compile(first_runs(list(lex.role_words))),
        re.compile(rf"[a-z]+|{first_runs([*place_words, *lex.role_words])}"),
        re.compile(first_runs([h for h in lex.org_heads if h[:1].isupper()])),  # every org holds one, after a blank
    ])
    # role_name: from its first word to the role's, a place (its words), "s" of "'s", a lower-case word
    reach = max((len(re.findall(r"\w+", w)) for w in place_words), default=0) + 2
    return EntityGrammar(places, excl, role_name, verb_name, name_verb, orgs, lex, index, reach)


PLACES, NAME_VERB, ORGS, ROLES, ROLE_LEAD, ORG_HEADS = range(6)  # the lists of EntityGrammar.index.starts


def _starts(text: str) -> list[list[int]]:
    """Where places, name_verb, orgs, role words, role_name and org heads may start (kg.figures.StartIndex)."""
    return entity_grammar().index.starts(text)


def _role_name_starts(text: str, roles: list[int], leads: list[int], reach: int) -> list[int]:
    """Where role_name may start: at a word it can start with, at most `reach` words before a role word."""
    if not roles:
        return []
    positions, _ = text_words(text)
    lead = set(leads)
    out: set[int] = set()
    for r in roles:
        k = bisect.bisect_left(positions, r)
        out.update(p for p in positions[max(0, k - reach) : k + 1] if p in lead)
    return sorted(out)


def find_places(text: str, *, starts: list[list[int]] | None = None) -> list[EntityMention]:
    """Countries and blocs (by name, demonym, capital or metonym), skipping known traps.

    `starts` (from `_starts(text)`) saves the word pass when the caller has it already.
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
        code = g.lex.place_names.get(surface) or g.lex.demonyms.get(surface)
        if code is None:
            continue
        country = g.lex.countries.get(code)
        out.append(EntityMention(start=s, end=e, text=surface, entity=code,
                                 type="bloc" if country and country.bloc else "country",
                                 label=country.label if country else code))
    return out


def _clean_name(name: str) -> str | None:
    """A person's name from a capitalised run: leading roles, demonyms and stop words dropped."""
    lex = entity_grammar().lex
    roles = set(lex.role_words)

    def placey(tok: str) -> bool:  # "Sino-Indian", "Canada-Mexico": compounds of place words
        return any(part in lex.place_names or part in lex.demonyms for part in tok.split("-"))

    tokens = name.split()
    while tokens:
        if tokens[0] in _STOP or tokens[0] in roles or placey(tokens[0]):
            tokens.pop(0)
        elif len(tokens) > 1 and f"{tokens[0]} {tokens[1]}" in roles:
            del tokens[:2]
        else:
            break
    while tokens and (tokens[-1] in _STOP or placey(tokens[-1])):
        tokens.pop()
    if not 2 <= len(tokens) <= 3 or any(t in lex.place_names or t in roles for t in tokens):
        return None
    return " ".join(tokens)


def find_people(text: str, *, starts: list[list[int]] | None = None) -> list[EntityMention]:
    """People introduced by a role or next to a reporting verb, and their later short mentions."""
    g = entity_grammar()
    at = starts or _starts(text)
    people: dict[str, Person] = {}
    for m in finditer_at(g.role_name, text, _role_name_starts(text, at[ROLES], at[ROLE_LEAD], g.role_reach)):
        full = _clean_name(m.group("name"))
        if full:
            p = people.setdefault(full, Person(full))
            p.role = p.role or m.group("role").strip()
    for matches in (g.verb_name.finditer(text), finditer_at(g.name_verb, text, at[NAME_VERB])):
        for m in matches:
            full = _clean_name(m.group("name"))
            if full:
                people.setdefault(full, Person(full))
    # A multi-word name seen twice is a person too ("Pascal Lamy" in a caption and in the text).
    if not people:
        return []
    alias: dict[str, str | None] = {}
    for full in people:
        alias[full] = full
        for tok in full.split():
            if len(tok) >= 2 and tok not in _STOP:
                alias[tok] = None if tok in alias and alias[tok] != full else full
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
    for pos, word in zip(positions, words, strict=True):
        if pos < done or word not in by_first:
            continue
        for surface in by_first[word]:
            end = pos + len(surface)
            if text.startswith(surface, pos) and _BOUNDARY.match(text, end):
                yield pos, end
                done = end
                break


def find_orgs(text: str, *, starts: list[list[int]] | None = None) -> list[EntityMention]:
    g = entity_grammar()
    out = []
    at = starts or _starts(text)
    for m in finditer_at(g.orgs, text, at[ORGS] if at[ORG_HEADS] else []):  # no head word, no organisation
        label = re.sub(r"^(?:the|The)\s+", "", m.group("org")).strip()
        if len(label) < 3:
            continue
        out.append(EntityMention(start=m.start("org"), end=m.end("org"), text=m.group("org"),
                                 entity="org:" + label.lower(), type="organization", label=label))
    return out


def find_entities(text: str) -> list[EntityMention]:
    """Places, people and organisations, in order; a person or organisation span hides places inside it."""
    starts = _starts(text)
    people = find_people(text, starts=starts)
    orgs = find_orgs(text, starts=starts)
    spans = [(e.start, e.end) for e in people]
    orgs = [o for o in orgs if all(o.end <= a or o.start >= b for a, b in spans)]
    places = find_places(text, starts=starts)
    out = sorted([*places, *people, *orgs], key=lambda e: (e.start, -e.end))
    return out
