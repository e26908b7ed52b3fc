"""The extract stage: a Document's text -> Mentions (figures, periods, entities, sentences), with offsets."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from datetime import date
from functools import cache

from kg.entities import PARTNER_BEFORE, find_entities, name_words_data
from kg.figures import find_quantities
from kg.lexicon import Era, Lexicon, eras, fiscal_named_by, fiscal_start, load_lexicon
from kg.models import Document, EntityMention, Mentions, TimeExpr
from kg.periods import find_times

_ABBREVIATIONS = ("Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "Prof", "Gen", "Gov", "Sen", "Rep", "No", "vs", "etc",
                  "Inc", "Corp", "Ltd", "Co", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct",
                  "Nov", "Dec", "approx", "est", "e.g", "i.e")  # fmt: skip
# a sentence end within a line: its stops and closing quotes, blanks (no line break) and a capital or a digit next
_BOUNDARY = re.compile(r"[.!?]+[\"”’')\]]*(?=[^\S\n]+[\"“‘'(\[]?[A-Z0-9$£€¥₹\\])")
_NON_BLANK = re.compile(r"\S")
_BLANKS = re.compile(r"\s*")


@cache
def _abbreviation() -> tuple[re.Pattern[str], int]:
    """An abbreviation or initial at the end of a segment, and how far back one can start: the words above,
    every dotted person title of the ontology ("Hon.", "Mme.", kg:PersonTitles) and every dotted currency
    ("Rs.", "Tk.")."""
    titles = {t[:-1] for t in name_words_data().titles if t.endswith(".") and " " not in t}
    # a currency written with a stop before its amount ("Rs. 12.5 billion", "Tk. 120 crore"): kg:CurrencyWords
    money = {w[:-1] for w in load_lexicon().currency_words if w.endswith(".") and w[:-1].isalpha()}
    words = sorted({*_ABBREVIATIONS, *titles, *money}, key=len, reverse=True)
    pattern = re.compile(rf"(?:\b(?:{'|'.join(map(re.escape, words))})|\b[A-Z](?:\.[A-Z])*)\.$")
    return pattern, 1 + max(map(len, words))


def abbreviated(segment: str) -> bool:
    """Whether `segment` ends with an abbreviation or an initial ("Mr.", "U.S.", "Hon."), not a sentence end.

    Only its last few characters are searched: an abbreviation match ends at the end and is short, and in
    a run of initials the last one alone ("S." of "U.S.") matches too.
    """
    pattern, tail = _abbreviation()
    return bool(pattern.search(segment, max(0, len(segment) - tail)))


# a line that a paragraph's next line may continue: long prose not ended by a stop, a colon or a semicolon (not a
# table row, a heading or an aligned table's row); and a line that may continue one: no list item, table row,
# heading or quotation block
_WRAPS = re.compile(r"(?![ \t]*[#|])(?!.*\|)(?!.*\S {3,}\S).{50,}(?<![.!?:;\"”’')\]])")
_CONTINUES = re.compile(r"[ \t]*(?![-*•|#>]|\d{1,2}[.)]\s|\()(?!.*\|)(?!.*\S {3,}\S)\S")


# ... when the line stops on a word no sentence ends with, or the next goes on in lower case or with a number
# (a headline over a capitalised standfirst stays two lines)
_RUNS_ON = re.compile(r"\b(?:a|an|the|of|in|on|at|to|for|from|with|by|and|or|but|as|than|its|their|his|her|our|"
                      r"was|were|is|are|be|been|has|have|had|that|which|who|per|over|under|about|some|around)$", re.I)
_GOES_ON = re.compile(r"[ \t]*[a-z0-9(“\"‘'$€£¥₹]")


def _wrapped_lengths(text: str) -> list[int]:
    """The lengths of the text's logical lines: a paragraph hard-wrapped over several lines ("India's Ministry of
    Commerce\nand Industry reports ...") is one, its line breaks kept inside it."""
    lines = text.split("\n")
    out: list[int] = []
    joined = False
    for i, line in enumerate(lines):
        if joined:
            out[-1] += 1 + len(line)
        else:
            out.append(len(line))
        joined = (i + 1 < len(lines) and bool(_WRAPS.fullmatch(line)) and bool(_CONTINUES.match(lines[i + 1]))
                  and bool(_RUNS_ON.search(line) or _GOES_ON.match(lines[i + 1])))
    return out


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans: every line is split at sentence ends (abbreviations and decimals kept); a hard-wrapped
    paragraph's lines are one line (`_wrapped_lengths`).

    The sentence ends of the whole text are found in one scan (none runs across a line break); a segment that
    ends with an abbreviation (`abbreviated`) is searched for one in place, not copied out.
    """
    pattern, tail = _abbreviation()
    spans: list[tuple[int, int]] = []
    ends = _BOUNDARY.finditer(text)
    m = next(ends, None)
    pos = 0
    for length in _wrapped_lengths(text):
        cut = start = pos
        pos += length + 1
        stop = start + length
        while m is not None and m.start() < stop:
            end = m.start() + 1
            # `abbreviated(text[cut:end])`: its \b at `cut` sees a blank or a line start both ways
            if not pattern.search(text, max(cut, end - tail), end):
                spans.append((cut, m.end()))
                cut = m.end()
            m = next(ends, None)
        if _NON_BLANK.search(text, cut, stop):
            spans.append((cut, stop))
    # trim leading and trailing whitespace (\s is what str.strip strips)
    out = []
    for s, e in spans:
        if text[s].isspace():
            s = _BLANKS.match(text, s, e).end()  # type: ignore[union-attr]
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out




_ERAS: list[tuple[Lexicon, tuple[Era, ...]]] = []


def _eras(lex: Lexicon) -> tuple[Era, ...]:
    """`kg.lexicon.eras` of the lexicon, kept (by identity): the same sequence for every document."""
    if not _ERAS or _ERAS[0][0] is not lex:
        _ERAS[:] = [(lex, eras(lex))]
    return _ERAS[0][1]


def _fiscal_parties(entities: list[EntityMention]) -> list[str]:
    """The document's countries that keep a non-calendar fiscal year, most mentioned first."""
    lex = load_lexicon()
    counts = Counter(e.entity for e in entities if e.type == "country")
    return [code for code, _ in counts.most_common() if (c := lex.countries.get(code)) and c.fiscal_start]


# a country before "-bound" is a destination: "US-bound exports", "Japan-bound shipments"
_BOUND_AFTER = re.compile(r"[-‐–]bound\b", re.I)


def _implied(party: str, parties: list[str]) -> tuple[Era, ...]:
    """The national calendars a sentence about `party` may number years in without saying so: the party's own,
    then those of the document's other such countries (a year that cannot be Gregorian, "India's exports to
    Nepal in 2081/82", is still one of the calendar of a country the document is about)."""
    lex = load_lexicon()
    return tuple(era for p in dict.fromkeys((party, *parties)) if (era := lex.countries[p].era))


def _fiscal_times(text: str, published: date | None, parties: list[str], entities: list[EntityMention],
                  sentences: list[tuple[int, int]]) -> list[TimeExpr]:
    """Times with each fiscal year read on the calendar of the country whose figures its sentence gives.

    A document that quotes two countries with different fiscal calendars ("India's exports ... in 2024-25";
    "Bangladesh's exports to India in July-April of FY25") reads each sentence's fiscal years on the
    calendar of the first such country the sentence names in the possessive ("India's"), else of the first
    it names at all, a partner ("exports to Bangladesh") aside. A sentence that names none keeps the last
    possessive's choice (at first the document's most mentioned such country): a country named in passing
    ("India, the second-largest source, supplied ...") does not carry into the next sentence.
    """
    lex = load_lexicon()
    marked = _eras(lex)
    readings: dict[str, list[TimeExpr]] = {}
    read: dict[tuple[object, ...], list[TimeExpr]] = {}  # two countries on one calendar read the text once
    for p in parties:
        start, named_by, implied = fiscal_start(lex, p), fiscal_named_by(lex, p), _implied(p, parties)
        key = (start, named_by, *map(id, implied))  # the eras are the lexicon's own
        if key not in read:
            read[key] = find_times(text, published, start, named_by, marked, implied)
        readings[p] = read[key]
    base = readings[parties[0]]
    if len(parties) == 1:
        return base
    by_span = {p: {(t.start, t.end): t for t in times} for p, times in readings.items()}
    named = sorted((e.start, e.end, e.entity) for e in entities if e.entity in readings)
    starts = [s for s, _ in sentences]
    choice: list[str] = []
    sure: list[int] = []  # how the choice was made: 2 a possessive, 1 a country named or a destination, 0 carried
    carried = parties[0]
    for s, e in sentences:
        here, partners = [], set()
        for at, end, code in named[bisect.bisect_left(named, (s,)):]:
            if at >= e:
                break
            if PARTNER_BEFORE.search(text, max(0, at - 12), at) or _BOUND_AFTER.match(text, end):
                partners.add(code)
            else:
                here.append((text.startswith(("'s", "’s"), end), code))
        owner = next((code for possessive, code in here if possessive), None)
        carried = owner or carried
        # a sentence that names the carried country only as a destination ("shipments to the US in FY26") counts
        # its fiscal years on another's calendar: the destination's is not the shipper's
        other = next((p for p in parties if p not in partners), carried) if carried in partners else carried
        choice.append(owner or (here[0][1] if here else other))
        # how firmly the sentence says whose: 2 a possessive, 1 one country named (or the shipper of a destination
        # named), 0 none or several ("The US is the largest market for Bangladeshi goods")
        sure.append(2 if owner else 1 if len({code for _, code in here}) == 1 or (not here and other != carried) else 0)
    # a label the calendars read apart ("FY25") keeps one meaning through the document: a sentence that does not
    # say whose it is reads it as the sentences that say so most firmly do, unless those differ ("Egypt's ... in
    # FY2024", "India's ... in FY2024": the last possessive carries on, as above)
    picked: list[tuple[TimeExpr, int, str, str | None]] = []
    labels: dict[str, tuple[int, set[str]]] = {}
    for t in base:
        i = bisect.bisect_right(starts, t.start) - 1
        party, how = (choice[i], sure[i]) if i >= 0 else (parties[0], 0)
        spans = {(r.start_date, r.end_date) for p in readings if (r := by_span[p].get((t.start, t.end)))}
        label = re.sub(r"\W+", "", t.text).lower() if len(spans) > 1 else None
        if label is not None:
            firm, who = labels.get(label, (-1, set()))
            labels[label] = (how, {party}) if how > firm else (firm, who | {party}) if how == firm else (firm, who)
        picked.append((t, how, party, label))
    out: list[TimeExpr] = []
    for t, how, party, label in picked:
        if label is not None and how == 0 and labels[label][0] > 0 and len(labels[label][1]) == 1:
            party = next(iter(labels[label][1]))
        own = {code for at, end, code in named[bisect.bisect_left(named, (t.start,)) : bisect.bisect_left(named, (t.end,))]
               if end <= t.end}
        if len(own) == 1:
            party = own.pop()  # "the last Indian fiscal year": the calendar the expression names
        out.append(by_span[party].get((t.start, t.end), t))
    return out


def extract(doc: Document) -> Mentions:
    """Find every figure, temporal expression, entity and sentence in a document."""
    entities = find_entities(doc.text, doc.places_confirmed)
    sentences = split_sentences(doc.text)
    parties = _fiscal_parties(entities)[:3]
    own = load_lexicon().countries.get(doc.fiscal_country) if doc.fiscal_country else None
    if doc.fiscal_country and own and own.fiscal_start:
        parties = [doc.fiscal_country]  # a table's cell: its fiscal years are its publisher's
    if parties:
        times = _fiscal_times(doc.text, doc.published, parties, entities, sentences)
    else:
        lex = load_lexicon()
        times = find_times(doc.text, doc.published, fiscal_start(lex, None), fiscal_named_by(lex, None), _eras(lex))
    return Mentions(
        quantities=tuple(find_quantities(doc.text, doc.language)),
        times=tuple(times),
        entities=tuple(entities),
        sentences=tuple(sentences),
    )
