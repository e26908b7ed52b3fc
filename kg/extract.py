"""The extract stage: a Document's text -> Mentions (figures, periods, entities, sentences), with offsets."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from kg.entities import find_entities, name_words_data
from kg.figures import find_quantities
from kg.lexicon import fiscal_named_by, fiscal_start, load_lexicon
from kg.models import Document, EntityMention, Mentions
from kg.periods import find_times

_ABBREVIATIONS = ("Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "Prof", "Gen", "Gov", "Sen", "Rep", "No", "vs", "etc",
                  "Inc", "Corp", "Ltd", "Co", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct",
                  "Nov", "Dec", "approx", "est", "e.g", "i.e")  # fmt: skip
_BOUNDARY = re.compile(r"[.!?]+[\"”’')\]]*(?=\s+[\"“‘'(\[]?[A-Z0-9$£€¥₹\\])")


@cache
def _abbreviation() -> tuple[re.Pattern[str], int]:
    """An abbreviation or initial at the end of a segment, and how far back one can start: the words above
    and every dotted person title of the ontology ("Hon.", "Mme.", kg:PersonTitles)."""
    titles = {t[:-1] for t in name_words_data().titles if t.endswith(".") and " " not in t}
    words = sorted({*_ABBREVIATIONS, *titles}, key=len, reverse=True)
    pattern = re.compile(rf"(?:\b(?:{'|'.join(map(re.escape, words))})|\b[A-Z](?:\.[A-Z])*)\.$")
    return pattern, 1 + max(map(len, words))


def abbreviated(segment: str) -> bool:
    """Whether `segment` ends with an abbreviation or an initial ("Mr.", "U.S.", "Hon."), not a sentence end.

    Only its last few characters are searched: an abbreviation match ends at the end and is short, and in
    a run of initials the last one alone ("S." of "U.S.") matches too.
    """
    pattern, tail = _abbreviation()
    return bool(pattern.search(segment, max(0, len(segment) - tail)))


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans: every line is split at sentence ends (abbreviations and decimals kept)."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        start = pos
        pos += len(line) + 1
        if not line.strip():
            continue
        cut = 0
        for m in _BOUNDARY.finditer(line):
            if abbreviated(line[cut : m.start() + 1]):
                continue
            spans.append((start + cut, start + m.end()))
            cut = m.end()
        if line[cut:].strip():
            spans.append((start + cut, start + len(line)))
    # trim leading whitespace
    out = []
    for s, e in spans:
        seg = text[s:e]
        lead = len(seg) - len(seg.lstrip())
        trail = len(seg) - len(seg.rstrip())
        if e - trail > s + lead:
            out.append((s + lead, e - trail))
    return out


def _fiscal_party(entities: list[EntityMention]) -> str | None:
    """The most-mentioned country of the document that keeps a non-calendar fiscal year."""
    lex = load_lexicon()
    counts = Counter(e.entity for e in entities if e.type == "country")
    for code, _ in counts.most_common():
        c = lex.countries.get(code)
        if c and c.fiscal_start:
            return code
    return None


def extract(doc: Document) -> Mentions:
    """Find every figure, temporal expression, entity and sentence in a document."""
    entities = find_entities(doc.text)
    lex, party = load_lexicon(), _fiscal_party(entities)
    return Mentions(
        quantities=tuple(find_quantities(doc.text, doc.language)),
        times=tuple(find_times(doc.text, doc.published, fiscal_start(lex, party), fiscal_named_by(lex, party))),
        entities=tuple(entities),
        sentences=tuple(split_sentences(doc.text)),
    )
