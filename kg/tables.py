"""Tables in a document's text: each figure cell read as the sentence its caption and headers make.

A statistics release or a data box puts its figures in a table, often as bare numbers under a unit
written once in a header::

    Nigeria's exports to India, 2024 (₦ trillion)
    | Quarter | Exports to India |
    | Q1 | 1.95 |

No sentence holds "₦1.95 trillion", so the sentence grammar alone reads nothing there. `read_tables` finds
the tables (Markdown pipe tables; `ingest` writes HTML tables in the same form), writes one sentence per
figure cell from its caption, the table's corner cell, its row label and its column header, with the unit
of the nearest header that states one ("Nigeria's exports to India, 2024 (₦ trillion) - Quarter - Q1
- Exports to India at ₦1.95 trillion."), and has the sentence grammar read those sentences. The claims it finds
point back at the cells: the figure is the cell's text, the evidence the table row.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import lru_cache
from itertools import pairwise
from typing import NamedTuple

from babel.dates import get_month_names

from kg.entities import PARTNER_BEFORE, find_places
from kg.extract import split_sentences
from kg.figures import alternation, document_currency, document_dollar, find_quantities, grammar, home_country
from kg.lexicon import load_lexicon
from kg.models import Claim, Document, EntityMention, Evidence, Quantity, TimeExpr
from kg.periods import find_times

_ROW = re.compile(r"^[ \t]*\|(?P<cells>.*)\|[ \t]*$")
_RULE = re.compile(r"^[\s|:\-–—+=]*$")  # "|---|:---:|"
# a number in a cell: "1,234.5", "1234.5", and the European forms "412 318,4" (a space groups thousands) and
# "96,6" (a comma before one or two final digits is a decimal comma); a figure cell adds a sign, parentheses
# for a negative, a percent sign and a note mark
_NUM = r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?|\d+,\d{1,2}(?!\d)|\d[\d,]*(?:\.\d+)?"
_NUMBER = re.compile(rf"[(]?[-−–+]?\s*(?:{_NUM})\s*%?[)]?[*†‡]*")
_BARE = re.compile(rf"(?:(?P<neg>[(]?[-−–])|\+)?\s*(?P<num>{_NUM})[)]?[*†‡]*")
_INDEX = re.compile(r"\b(?:19|20)\d\d\s*=\s*100\b")  # "2023 = 100": an index column, no amounts
# the phrase of a caption that states an index base ("growth as an index, same period of 2024 = 100"): said of
# the index, not of the figures' periods, so it leaves the sentences a table's cells make
_INDEX_PHRASE = re.compile(r"[^;,.]*\b(?:19|20)\d\d\s*=\s*100\b[;,.]?\s*")
_PERCENT = re.compile(r"(?<![\w$€£¥₹₦])%|\bper\s?cent\b|\bpct\b", re.I)  # "Var. % 2025/2024"
_YEAR = re.compile(r"(?:19|20)\d\d[*†‡]?(?:[pPrR]|\s*\([pPrRfFeE]\)|\s+P[oe]\b)?")  # "2025*", "2024p": a year with a mark
_HINT = re.compile(
    r"\(([^()]{1,40})\)|\bin\s+((?:[A-Z]{2,3}\$?|[A-Z]\$|US\$|[^\w\s(])?\s*[a-z]+(?:\s+of)?(?:\s+[\w$€£¥₹₦]+){0,2})", re.I
)
_PLURAL_OF = re.compile(r"\b([a-z]+?)s\s+of\s+", re.I)  # "billions of dollars" -> "billion dollars"
_CAPTION_MAX = 200
_RANK = re.compile(r"\d{1,3}\.?")  # a row's rank or number before its label: "1", "12."
_TOTAL = re.compile(r"\btotal\b", re.I)
# a caption's parts: "... (FOB value for exports; in million US dollars)", "Trade with Sweden. NOK million" (a
# sentence's end after a word, not an abbreviation's dot: "U.S. dollars")
_SEGMENTS = re.compile(r"[,;:()*]+|(?<=[a-z]{2})\.\s+")
_VALUATION = re.compile(r"\s+(?:(?:at|in)\s+)?[A-Za-z.]{1,8}(?:\s+[A-Za-z.]{1,8})?\s*")  # "FOB", "f.o.b.", "at current prices"


@dataclass(frozen=True)
class Cell:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Table:
    start: int
    end: int
    caption: str
    header: tuple[Cell, ...]
    rows: tuple[tuple[Cell, ...], ...]
    lines: tuple[tuple[int, int], ...]  # each body row's line span
    # each column's header words as read, when they are more than its header cell's (a header of two rows, a
    # note below the table glossing a header word); else empty
    words: tuple[str, ...] = ()

    def heads(self) -> tuple[str, ...]:
        """Each column's header words: `words`, else the header cells' texts."""
        return self.words or tuple(c.text for c in self.header)


def _cells(line: str, at: int) -> tuple[Cell, ...]:
    m = _ROW.match(line)
    assert m is not None
    out = []
    pos = at + m.start("cells")
    for part in m.group("cells").split("|"):
        lead = len(part) - len(part.lstrip())
        body = part.strip()
        out.append(Cell(pos + lead, pos + lead + len(body), body))
        pos += len(part) + 1
    return tuple(out)


# what a cell of a bare number may hold besides its digits: blanks, grouping and decimal marks, a sign,
# parentheses, note marks
_PLAIN = re.compile(r"[\d\s,.()\-−–+*†‡]*")


@lru_cache(maxsize=1)
def _plain_reads_none() -> bool:
    """Whether the figure grammar reads no figure in a text of `_PLAIN` characters only: every figure it reads
    holds a letter, "%" or a word of the lexicon (a currency's sign, code or name, a scale, a number word, a
    multiplier), and every such word holds a character `_PLAIN` does not."""
    g = grammar()
    words = [*g.prefix_codes, *g.suffix_codes, *g.lex.scales, *g.lex.number_words, *g.lex.multipliers]
    return all(not _PLAIN.fullmatch(w) for w in words)


def _quantities(text: str) -> list[Quantity]:
    """`find_quantities` of a cell's text; a bare number ("1,234.5", "(96,6)") is read as none without running the
    grammar (`_plain_reads_none`)."""
    if _PLAIN.fullmatch(text) and _plain_reads_none():
        return []
    return find_quantities(text)


def _figure_cell(text: str) -> bool:
    """A bare number (not a year), or one figure that fills the cell ("$3.1 billion")."""
    if _NUMBER.fullmatch(text):
        return not _YEAR.fullmatch(text)
    qs = _quantities(text) if any(ch.isdigit() for ch in text) else []
    return len(qs) == 1 and qs[0].text.strip() == text.strip("()*†‡ ")


def find_tables(text: str) -> list[Table]:
    """Every run of two or more pipe rows; the first row is the header when it holds no figure (a rule
    row "|---|" after it makes it one too), and the caption is a short figure-free line just above. Plain-text
    tables whose columns are set apart by runs of blanks are found too (`_aligned_tables`)."""
    tables: list[Table] = _aligned_tables(text) if "  " in text else []
    if "|" not in text:
        return tables
    lines: list[tuple[int, str]] = []
    pos = 0
    for line in [*text.split("\n"), ""]:
        if _ROW.match(line):
            lines.append((pos, line))
        else:
            if len(lines) >= 2 and (table := _table(text, lines)) is not None:
                tables.append(table)
            lines = []
        pos += len(line) + 1
    return tables


# a plain-text table's cell: words or a number with single blanks inside, two or more blanks (or a line's end)
# around it
_ALIGNED_CELL = re.compile(r"\S+(?:[ \t]\S+)*")
_RULE_LINE = re.compile(r"[ \t]*[-=_─━]{5,}[ \t]*")


def _aligned_cells(line: str, at: int) -> tuple[Cell, ...]:
    return tuple(Cell(at + m.start(), at + m.end(), m.group(0)) for m in _ALIGNED_CELL.finditer(line))


def _aligned_row(cells: Sequence[Cell]) -> int:
    """The number of figure columns of a plain-text table's body row (a label, then two or more bare numbers
    each set apart by two or more blanks), else 0."""
    if len(cells) < 3 or not re.search(r"[^\W\d_]", cells[0].text):
        return 0
    return len(cells) - 1 if all(_NUMBER.fullmatch(c.text) and not _YEAR.fullmatch(c.text) for c in cells[1:]) else 0


def _uncapped(label: str) -> str:
    """A label written in capitals as a sentence writes it ("TOTAL EXPORTS (f.o.b.)" -> "Total exports (f.o.b.)"):
    the grammar reads a capitalised word inside a sentence as a name's."""
    words = [w.lower() if len(w) > 1 and w.isalpha() and w.isupper() else w for w in label.split(" ")]
    return " ".join(words)[:1].upper() + " ".join(words)[1:]


def _aligned_tables(text: str) -> list[Table]:
    """Plain-text tables: runs of body rows (a label, then bare numbers set apart by runs of blanks) with the
    same number of columns, under a header line with a cell for each column (and one for the labels, the corner,
    or none). A line with a label alone inside the run ("IMPORTS (c.i.f.)") heads the rows after it: it closes
    their caption ("(Rs million) - Imports (c.i.f.)"), each such section a table of its own. Rule lines ("-----")
    and blank lines may stand anywhere."""
    lines: list[tuple[int, str]] = []
    pos = 0
    for line in text.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    tables: list[Table] = []
    i = 0
    while i < len(lines):
        cells = _aligned_cells(lines[i][1], lines[i][0])
        n = _aligned_row(cells)
        if not n or "  " not in lines[i][1].strip():
            i += 1
            continue
        # the header: the nearest line above the run, past rule lines and section labels, with a cell per column
        h = i - 1
        sections_above: list[int] = []
        while h >= 0 and (_RULE_LINE.fullmatch(lines[h][1]) or (len(_aligned_cells(lines[h][1], 0)) == 1
                                                                  and not any(ch.isdigit() for ch in lines[h][1]))):
            if not _RULE_LINE.fullmatch(lines[h][1]):
                sections_above.append(h)
            h -= 1
        header = _aligned_cells(lines[h][1], lines[h][0]) if h >= 0 else ()
        if len(header) not in (n, n + 1) or _aligned_row(header) or sections_above[1:]:
            i += 1
            continue
        if len(header) == n:
            header = (Cell(header[0].start, header[0].start, ""), *header)
        top = h - 1 if h >= 1 and _RULE_LINE.fullmatch(lines[h - 1][1]) else h
        caption = _caption(text, lines[top][0])
        # the rows of each section, a section's label opening a new one
        groups: list[tuple[str, list[tuple[Cell, ...]], list[tuple[int, int]]]] = [
            (lines[sections_above[0]][1].strip() if sections_above else "", [], [])]
        j = i
        while j < len(lines):
            at, line = lines[j]
            cells = _aligned_cells(line, at)
            if _aligned_row(cells) == n:
                groups[-1][1].append(cells)
                groups[-1][2].append((at, at + len(line)))
            elif len(cells) == 1 and not any(ch.isdigit() for ch in line) and len(line.split()) <= 6:
                if len(groups) > 1 and not groups[-1][1]:
                    break  # two labels with no rows between: the text after the table
                groups.append((line.strip(), [], []))  # a section's label
            elif line.strip() and not _RULE_LINE.fullmatch(line):
                break
            j += 1
        for section, rows, spans in groups:
            if len(rows) >= 2:
                tables.append(Table(start=lines[h][0], end=spans[-1][1],
                                    # the section's label after the caption, next to its rows: the caption may name
                                    # every section's measure ("Imports and exports by partner, 2023-2025")
                                    caption=" - ".join(p for p in (_noted(caption, text, spans[-1][1], [c.text for c in header]),
                                                                     _uncapped(section))
                                                     if p), header=header,
                                    rows=tuple(rows), lines=tuple(spans)))
        i = j
    return tables


def _table(text: str, lines: list[tuple[int, str]]) -> Table | None:
    rows = [(at, line) for at, line in lines if not _RULE.match(line)]
    if not rows:
        return None
    ruled = len(lines) > 1 and bool(_RULE.match(lines[1][1]))
    first = _cells(rows[0][1], rows[0][0])
    has_header = ruled or not any(_figure_cell(c.text) for c in first[1:])
    body = rows[1:] if has_header else rows
    words = [c.text for c in first]
    if has_header and not ruled and len(first) > 1:
        # a header of two or more rows ("| Country | Exports | Exports |" over "| Country | 2024 | 2025 |"): each
        # figure-free row right below the first, of as many cells and most of them filled, adds its words to the
        # column's header ("Exports 2024"); a word a row repeats from the one above is said once
        while len(body) > 1 and (below := _cells(body[0][1], body[0][0])) and len(below) == len(first) and not any(
                _figure_cell(c.text) for c in below[1:]) and 2 * sum(bool(c.text) for c in below[1:]) >= len(below) - 1:
            words = [w if not b.text or b.text == w else b.text if not w else f"{w} {b.text}"
                     for w, b in zip(words, below, strict=True)]
            body = body[1:]
    if has_header:
        words = _glossed_heads(text, words, lines[-1][0] + len(lines[-1][1]))
    end = lines[-1][0] + len(lines[-1][1])
    return Table(
        start=lines[0][0],
        end=end,
        caption=_noted(_caption(text, lines[0][0]), text, end, words if has_header else ()),
        header=first if has_header else (),
        words=tuple(words) if has_header and words != [c.text for c in first] else (),
        rows=tuple(_cells(line, at) for at, line in body),
        lines=tuple((at, at + len(line)) for at, line in body),
    )


# a note below a table that glosses a column's header word: "Index: same period of previous year = 100."
_GLOSS_LINE = re.compile(r"^\s*(?P<word>[^\W\d][\w .%-]{0,30}?)\s*:\s*(?P<gloss>[^\n]{1,120}?)\s*\.?\s*$")


def _glossed_heads(text: str, header: list[str], end: int) -> list[str]:
    """A header whose last word a note line below the table glosses ("Index: same period of previous year =
    100.", one blank line may stand between) reads with the gloss after it ("Exports Index same period of
    previous year = 100"), so an index column reads as the change it states (kg:IndexCues)."""
    after = text[end:].lstrip(" \t")
    after = after[1:] if after.startswith("\n") else after
    after = after[1:] if after.startswith("\n") else after
    m = _GLOSS_LINE.match(after.split("\n", 1)[0])
    if m is None or _ROW.match(after.split("\n", 1)[0]):
        return header
    word = m.group("word").strip().lower()
    return [f"{h} {m.group('gloss')}" if j and h.lower().split()[-1:] == [word] else h for j, h in enumerate(header)]


# a row or column of a country's trade with the world: "Exports to all countries", "Total, all countries", "World"
_WORLD = re.compile(r"\b(?:all\s+(?:countries|destinations|origins|partners)|(?:the\s+)?world)\b", re.I)
# a line that only says the table's unit: "Values in millions of US dollars.", "(in EUR million)", "Unit: USD bn",
# "(million US dollars)"
_UNIT_LINE = re.compile(r"\(?\s*(?:(?:all\s+)?(?:values?|figures?|amounts?|data)\s+(?:are\s+)?(?:\w+\s+)?in\b|in\b"
                        r"|units?\s*:)|\((?=[^()]*\)\.?\s*$)", re.I)


def _unit_first(line: str) -> bool:
    """Whether a line opens with its unit, up to its first comma or semicolon ("ISK million at current prices;
    exports and imports FOB", "*EUR thousand; annual change, %*"): a unit line, no title."""
    head = re.split(r"[,;]", line.strip(" *_"), maxsplit=1)[0]
    return (len(head) <= 32 and bool(_UNIT_START.match(head)) and unit_template(head) is not None
            and not _places(head))


_UNIT_START = re.compile(r"(?:[A-Z]{3}\b|[A-Z]{0,3}[$€£¥₹₦])")  # "ISK million ...", "US$ bn", "€m": a unit's first word


def _caption(text: str, start: int) -> str:
    """The line just above a table (one blank line may stand between), when it is short and states no figure;
    a line that only states the unit ("Values in millions of US dollars.") is read with the title above it
    ("Table 1. Colombia: merchandise trade with Ecuador, 2024 - 2025p")."""
    above = text[:start].rstrip("\n").split("\n")
    lines = [line.strip() for line in above[-4:]]
    found: list[str] = []
    while lines and len(found) < 2:
        line = lines.pop()
        if not line and (not found or lines):
            line = lines.pop() if lines else ""  # one blank line may stand between
        if not found and len(line) > _CAPTION_MAX and not _ROW.match(line):
            # a paragraph just above the table: its last sentence is the caption when it introduces the table, ending
            # in a colon or stating the table's unit ("... The table below shows trade with Chile (values in US$
            # million)."); any other is the prose's own, no caption
            last = split_sentences(line)[-1:]
            tail = line[last[0][0] : last[0][1]].strip() if last else ""
            line = tail if tail.endswith(":") or unit_template(tail) is not None else ""
            lines = []  # the title above the paragraph is no part of its sentence
        if not line or len(line) > _CAPTION_MAX or _ROW.match(line) or (
                find_quantities(line) and not (_UNIT_LINE.match(line) and _multiplied(line))):
            break  # a line stating a figure is no caption, but "Unit: 100 million yen" states a unit
        found.append(line.rstrip(":"))
        if not ((len(line) <= 60 or _multiplied(line)) and (_UNIT_LINE.match(line) or _unit_first(line))
                and unit_template(line)):
            break  # a caption of its own; a unit-only line goes on to the title above it
    return "; ".join(reversed(found))


# a note below a table that states its unit: "*All values in thousands of euros, provisional.*", "Note: figures
# in EUR million; provisional.", "Unit: USD thousand"
_NOTE_UNIT = re.compile(r"(?:notes?\s*:\s*)?(?:(?:all\s+)?(?:values?|figures?|amounts?|data)\s+(?:are\s+)?"
                        r"(?:\w+\s+)?in|units?\s*:)\s+(?P<unit>[^,;\n]+)", re.I)


@lru_cache(maxsize=1)
def _rate_head() -> re.Pattern[str]:
    """A column header naming a rate, not an amount (kg:RateHeads): "Change", "Growth", "Share", "Var.", "y/y", "%"."""
    heads = load_lexicon().rate_heads
    words = [h for h in heads if h[0].isalnum() and h[-1].isalnum()]
    signs = [h for h in heads if h not in words]
    return re.compile(rf"\b(?:{alternation(words)})\b|{alternation(signs)}", re.I)


def _noted(caption: str, text: str, end: int, heads: Sequence[str] = ()) -> str:
    """A table's caption with the unit a note below the table states ("*All values in thousands of euros,
    provisional*", one blank line may stand between) when the caption states none: a statistics release
    often says the unit once, under its table. A note that names a percent unit too ("figures in USD million;
    change in percent") gives none while a rate column (`heads`) states no unit of its own: which column is which,
    the note does not say."""
    if unit_template(caption) is not None:
        return caption
    after = text[end:].lstrip(" \t")
    for _ in range(2):
        after = after[1:] if after.startswith("\n") else after
    line = after.split("\n", 1)[0].strip(" \t*_")
    if _PERCENT.search(line) and any(_rate_head().search(h) and unit_template(h) is None for h in heads[1:]):
        return caption
    for start, stop in split_sentences(line)[:3]:
        m = _NOTE_UNIT.match(line, start, stop)
        if m and unit_template(unit := m.group("unit").strip(" .")) is not None:
            return "; ".join(p for p in (caption.rstrip(" ."), unit) if p)
    return caption


def _edge(text: str, i: int) -> bool:
    """Whether a word starts or ends at `i` ("$|bn", "₦| |trillion")."""
    return text[i - 1].isalnum() != text[i].isalnum() or text[i - 1].isspace() != text[i].isspace()


@lru_cache(maxsize=256)
def unit_template(label: str) -> tuple[str, str] | None:
    """How a header's unit is written around a number, as (before, after): "Exports ($bn)" -> ("$", "bn"),
    "(₦ trillion)" -> ("₦", " trillion"), "Change (%)" -> ("", "%"); None when the label states no unit.

    The unit is the text in parentheses, after "in" ("in billions of dollars") or after the last comma; a
    number is tried at every word edge of it, and the first place where the figure grammar reads one figure
    of the whole text, money or percent, is the template."""
    hints = [m.group(1) or m.group(2) for m in _HINT.finditer(label)]
    hints += [m.group(2) for h in hints for m in _HINT.finditer(h) if m.group(2)]  # "(FOB value in million US$)"
    hints += [label.rsplit(",", 1)[1]] if "," in label else []  # "..., fiscal years (July-June), US$ billion"
    if not any(_PERCENT.fullmatch(h.strip()) for h in hints) and _PERCENT.search(label) and not hints:
        return "", "%"  # "Var. % 2025/2024", "Share, %"
    hints += [part for part in _SEGMENTS.split(label) if part.strip()]  # "...; in million US dollars)*"
    hints.append(label)  # a header that is a unit: "PLN million"
    hints += [v for h in hints if (v := _scale_last(h))]  # "thousand US $" -> "US$ thousand"
    unscaled: tuple[str, str] | None = None
    tried: set[str] = set()
    for hint in hints:
        hint = _PLURAL_OF.sub(r"\1 ", re.sub(r"^in\s+", "", hint.strip(), flags=re.I))
        hint = _MARK_SCALE.sub(" ", hint)  # "N'billion", "₦'million": a currency's mark, an apostrophe, the scale
        if hint in tried:
            continue  # a hint read before reads the same again ("... (US$ million)": the parentheses and a part)
        tried.add(hint)
        template, scaled = _hint_template(hint)
        if scaled:
            return template
        unscaled = unscaled or template  # "(MMDH)": a currency; a later hint may give its scale
    return unscaled


# an apostrophe between a currency's mark and a scale word ("(N'billion)"): the house style of a naira table
_MARK_SCALE = re.compile(r"(?<=[^\W\d]|[^\w\s])['’](?=(?:thousand|million|billion|trillion|bn|mn|m|b)s?\b)", re.I)
_SIGN_BLANK = re.compile(r"(?<=[A-Za-z])\s+(?=[^\w\s])")  # "US $": a code, a blank, a sign


def _scale_last(hint: str) -> str | None:
    """A unit written scale first ("thousand US $", "million US$") in the order the figure grammar reads around a
    number ("US$ thousand"), a currency sign's blank after its code dropped ("US $" -> "US$"); None when the hint
    opens with no scale word."""
    m = re.match(r"\s*(?:in\s+)?(\w+?)s?\s+(?:of\s+)?(\S.*)$", hint, re.I)
    if not m or m.group(1).lower() not in load_lexicon().scales:
        return None
    return f"{_SIGN_BLANK.sub('', m.group(2).strip())} {m.group(1)}"


@lru_cache(maxsize=1024)
def _hint_template(hint: str) -> tuple[tuple[str, str] | None, bool]:
    """`unit_template` of one hint: the first template a number at a word edge of it makes, and whether it is
    scaled or a percent (else a currency alone, "MMDH", which a later hint may scale). The same hints ("US$
    million", "%") come back in many labels, each read once."""
    if hint in ("%", "per cent", "percent", "pct"):
        return ("", "%"), True
    unscaled: tuple[str, str] | None = None
    edges = sorted({0, len(hint), *(i for i in range(1, len(hint)) if _edge(hint, i))})
    for i in edges:
        before, after = hint[:i], hint[i:]
        sample = f"{before}7{after}"
        qs = find_quantities(sample)
        if len(qs) != 1 or qs[0].quantity not in ("money", "percent") or qs[0].start != 0:
            continue
        rest = sample[qs[0].end :]
        if rest.strip() and not _VALUATION.fullmatch(rest):
            continue  # the figure must be the whole hint, or all but a word or two ("US$ million FOB")
        after = after[: len(after) - len(rest)] if rest else after
        if qs[0].quantity == "percent" or qs[0].value != 7:
            return (before, after), True
        unscaled = unscaled or (before, after)
    return unscaled, False


def _cell_figure(cell: Cell, labels: Sequence[str], context: Sequence[str] = (),
                 dollar: str = "USD", index: bool = False,
                 shared: Mapping[str, str] | None = None) -> tuple[str, bool] | None:
    """The figure a cell states, written out with its header's unit, and whether it is negative.

    `labels` are the cell's row label and column header (first as written, then as the sentence reads it, with
    a period of another column), `context` the table's corner cell and caption; the first that states a unit
    gives it, so a column's own "YoY %" wins over the caption's "US$ billion". A cell of an `index` column
    (kg:IndexCues: "Jan-Sep 2025 in % to Jan-Sep 2024") is the change in percent its 100 plus states. A currency
    name several currencies share (`shared`: "Rs") is written as the code of the one the document means: a cell's
    sentence is read apart from the text that tells which."""
    own = _quantities(cell.text)
    if own and own[0].text.strip("()") == cell.text.strip("()*†‡-−– "):
        return cell.text, cell.text.lstrip().startswith(("-", "−", "–", "("))
    m = _BARE.fullmatch(cell.text)
    if not m:
        return None
    negative = bool(m.group("neg"))
    number = _plain(m.group("num"))
    if any(_INDEX.search(h) for h in labels):
        return None  # a row or column of an index (2023 = 100) holds no amounts and no rates
    if any(_counts().search(h) for h in labels[1:2]):
        return None  # a column of tonnes, barrels, units: no money, whatever unit the caption names
    indexed = any(_INDEX.search(h) for h in context)  # the caption's base: its percent columns are indices
    if index:
        return _change(number, negative)
    for hint in (*labels, *(_money_first(h) for h in context)):
        if shared and (named := _shared_in(hint, shared)):
            # "(million dinars)" in a Kuwaiti release: no currency of its own until the
            # document's code stands for the shared name ("million KWD")
            hint = named
        if multiplied := _multiplied(hint):  # "Unit: 100 million yen": the cell counts hundreds of millions
            mult, (before_unit, after_unit) = multiplied
            value = format(Decimal(number.replace(",", "")) * mult, "f")
            return f"{before_unit}{value} {after_unit.strip()}", negative  # a money sign reads as a balance's side
        template = unit_template(hint)
        if template == ("", "%") and indexed:
            return _change(number, negative)
        if template is not None:
            sign = "-" if negative and template == ("", "%") else ""  # a money sign reads as a balance's side
            before = f"{dollar} " if template[0].strip() == "$" and dollar != "USD" else template[0]
            if shared and (code := shared.get(before.strip().lower())):
                before = f"{code} "  # "(Rs million)" in a Mauritian release: "MUR 48,120 million"
            if dollar != "USD" and not before.strip() and (bare := _BARE_DOLLARS.fullmatch(template[1])):
                return f"{sign}{dollar} {number}{bare.group(1) or ''}", negative  # "(millions of dollars)"
            return f"{sign}{before}{number}{template[1]}", negative  # the document's own "$" kept
    return None


def _money_first(caption: str) -> str:
    """Of a caption whose parts state a money unit and a percent ("EUR thousand; annual change, %"), the money
    part: the table's amounts are in it, and its percent columns say so in their own headers ("Change, %")."""
    parts = [p for p in caption.split(";") if p.strip()]
    if len(parts) < 2:
        return caption
    units = [(p, unit_template(p)) for p in parts]
    percent = [u is not None and not u[0] and bool(_PERCENT.search(u[1])) for _, u in units]  # "%", "per cent"
    if not any(percent):
        return caption
    return next((p for (p, u), pc in zip(units, percent, strict=True) if u is not None and not pc), caption)


@lru_cache(maxsize=1)
def _counts() -> re.Pattern[str]:
    """A header naming what its figures count: a unit of quantity in brackets (kg:QuantityUnits: "Volume (tonnes)",
    "(000 barrels)"; "Trade volume, USD million" is money, "(12 months)" a period)."""
    return re.compile(rf"\((?:[^()]*\s)?(?:{alternation(load_lexicon().quantity_units) or '(?!)'})\)", re.I)


def _shared_in(hint: str, shared: Mapping[str, str]) -> str | None:
    """`hint` with the currency names several currencies share written as the document's code, when the name has
    no default currency ("dinars", "francs"); None when it holds none."""
    out = hint
    for word, code in shared.items():
        if grammar().shared.get(word, ("",))[0]:
            continue  # "Rs", "pesos": read by their default, then written as the document's code (below)
        out = re.sub(rf"(?<!\w){re.escape(word)}(?!\w)", code, out, flags=re.I)
    return out if out != hint else None


# a unit that is a round number of a scaled currency: "Unit: 100 million yen", "(in 10 thousand yuan)"
_MULTIPLIED = re.compile(r"(?:^|[;:(]|\bin\b)\s*(?P<mult>10{1,3}|1,000)\s+(?P<unit>(?:thousand|million|billion)\s+[^;,.()]+?)"
                         r"\s*(?:$|[;,.()])", re.I)


@lru_cache(maxsize=256)
def _multiplied(hint: str) -> tuple[int, tuple[str, str]] | None:
    """A unit a round number of a scaled currency makes ("Unit: 100 million yen"), as the number and the scaled
    currency's template (100, ("", " million yen")); None when the hint states no such unit."""
    m = _MULTIPLIED.search(hint)
    if not m:
        return None
    template = unit_template(m.group("unit"))
    if template is None or template == ("", "%"):
        return None
    return int(m.group("mult").replace(",", "")), template


# a unit of plain dollars after the number ("millions of dollars"): the document's own dollar, as its "$" is
_BARE_DOLLARS = re.compile(r"(\s*(?:thousand|million|billion|trillion)s?)?\s+dollars?", re.I)


def _change(number: str, negative: bool) -> tuple[str, bool] | None:
    """An index's figure as the change it states: "107.2" against a base of 100 is up 7.2%; no index is negative."""
    if negative:
        return None
    decimals = len(number.partition(".")[2])
    return f"{float(number) - 100:+.{decimals}f}%", False


@lru_cache(maxsize=1)
def _index_cues() -> tuple[re.Pattern[str], re.Pattern[str], str]:
    """kg:IndexCues: the cues that name an index's base, those that need a base period after them, and the
    word the header reads with in their place."""
    lex = load_lexicon()

    def pattern(cues: Sequence[str]) -> re.Pattern[str]:
        words = (r"\s*".join(re.escape(w) for w in re.split(r"\s+|(?<==)|(?==)", c) if w)
                 for c in sorted(cues, key=len, reverse=True))
        return re.compile(rf"(?<!\w)(?:{'|'.join(words) or '(?!)'})(?!\w)", re.I)

    return pattern(lex.index_cues), pattern(lex.index_links), lex.index_word


def _index_head(head: str) -> str | None:
    """A chain index column's header read as a change ("Jan-Sep 2025 in % to Jan-Sep 2024" -> "Jan-Sep 2025
    change", "2025, % of previous year" -> "2025, change"); None when the header states no index."""
    named, link, word = _index_cues()
    if m := named.search(head):
        return f"{head[: m.start()]}{word}{head[m.end() :]}".strip()
    for m in link.finditer(head):
        base = find_times(head[m.end() :], None)
        if base and not head[m.end() : m.end() + base[0].start].strip():  # the base period right after the cue
            return f"{head[: m.start()].rstrip()} {word}{head[m.end() + base[0].end :]}".strip()
    return None


def _plain(number: str) -> str:
    """A cell's number as the figure grammar reads it: "412 318,4" -> "412318.4", "96,6" -> "96.6"."""
    if re.search(r"\s", number) or re.fullmatch(r"\d+,\d{1,2}", number):
        return re.sub(r"\s", "", number).replace(",", ".")
    return number


@lru_cache(maxsize=1)
def _balance() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(load_lexicon().balance_cues)})\b", re.I)


@lru_cache(maxsize=1)
def _measure_words() -> re.Pattern[str]:
    return re.compile(
        rf"\b(?:{alternation(c for m in load_lexicon().measures.values() for c in m.cues)})\b", re.I
    )


# "2025*", "2024p", "2024 Po", "2025 Pe" (preliminary, revised, provisional, estimated)
_MARKED_YEAR = re.compile(r"\b((?:19|20)\d\d)(?:[*†‡]+|[pPrR]\b|\s+P[oe]\b)")
# "Dec 2024": a month, said as "in Dec 2024" (not "Exports 2024")
_MONTH_YEAR_HEAD = re.compile(
    rf"(?:{alternation([*get_month_names('wide', locale='en').values(), *get_month_names('abbreviated', locale='en').values(), 'Sept'])})"
    r"\.?\s+(?:19|20)\d\d")


@lru_cache(maxsize=1)
def _year_mark() -> re.Pattern[str]:
    marks = alternation(load_lexicon().year_marks) or "(?!)"
    return re.compile(rf"\b((?:19|20)\d\d)(?:\s*\(({marks})\)|({marks}))(?!\w)")


def _kind_marked(text: str) -> tuple[str, str | None]:
    """A label or header without its years' kind marks (kg:yearMark), and the kind they name: "2025e" ->
    ("2025", "estimate"), "Exports 2026 (f)" -> ("Exports 2026", "forecast"); ``(text, None)`` when none."""
    marks = load_lexicon().year_marks
    kinds = [marks[m.group(2) or m.group(3)] for m in _year_mark().finditer(text)]
    return (_year_mark().sub(r"\1", text), kinds[-1]) if kinds else (text, None)


def _headers(table: Table) -> list[str]:
    """Each column's header as the sentence reads it.

    A year with a note mark is the year ("2025*" -> "2025"), a month and year is a period ("Dec 2024" -> "in
    Dec 2024"); a percent column that names no measure ("Change (%)") reads as a change of the column before
    it ("Exports 2025 Change (%)"), and a column that names no period (nor a place) takes the period of the
    column before it that names the latest ("Annual growth rate (%)" or "Change" after "2025*"; "Share, %"
    after "2024" and "2025"). A chain index's header reads as a change ("Jan-Sep 2025 in % to Jan-Sep 2024":
    "Jan-Sep 2025 change", kg:IndexCues)."""
    heads = [_MARKED_YEAR.sub(r"\1", _kind_marked(h)[0]) for h in table.heads()]
    if span := _yearless_span(table.caption):  # "Trade with Peru, January-September": "2024" is "January-September 2024"
        heads = [f"{span} {h}" if j and re.fullmatch(r"(?:19|20)\d\d", h) else h for j, h in enumerate(heads)]
    heads = [f"in {h}" if _MONTH_YEAR_HEAD.fullmatch(h) else h for h in heads]
    heads = [_without_base(h) if j else h for j, h in enumerate(heads)]
    index = {j: i for j, h in enumerate(heads) if j and (i := _index_head(h)) is not None}
    heads = [index.get(j, h) for j, h in enumerate(heads)]
    out = list(heads)
    for j in range(1, len(heads)):
        if (unit_template(heads[j]) == ("", "%") and not _measure_words().search(heads[j])
                and _measure_words().search(heads[j - 1])):
            # the words, not the unit nor the period, of the one before: "Exports 2025-26 | Exports 2024-25 |
            # Change (%)" is the change of exports in the latest period the columns before name (below)
            words = _HINT.sub("", heads[j - 1])
            for t in reversed(_times(words)):
                words = words[: t.start] + words[t.end :]
            out[j] = f"{' '.join(words.split())} {heads[j]}"
        if not _times(out[j]) and not _places(out[j]):
            latest = _latest(heads[:j])
            when = "" if latest is None else latest[1] if latest[0] in index else heads[latest[0]]
            out[j] = f"{out[j]} {when}".strip()  # an index's period, not its "change"
    return out


# between a change's period and its base in a header: "Change Q3 2025 / Q3 2024 (%)", "2025 vs 2024"
_VERSUS = re.compile(r"\s*(?:/|vs\.?|versus|over|on|against|compared (?:with|to))\s*", re.I)


def _without_base(head: str) -> str:
    """A change column's header without its base period: "Change Q3 2025 / Q3 2024 (%)" is the change in Q3 2025
    (over Q3 2024), so it reads "Change Q3 2025 (%)"; other headers are left as they are."""
    times = _times(head)
    if len(times) != 2 or any(t.role != "point" for t in times) or times[0].end_date <= times[1].end_date:
        return head
    if not _VERSUS.fullmatch(head, times[0].end, times[1].start):
        return head
    return f"{head[:times[0].end]}{head[times[1].end:]}"


@lru_cache(maxsize=256)
def _yearless_span(caption: str) -> str | None:
    """The part of a year a caption names without its year ("..., January-September (thousand US $)"): the
    months every year column of the table covers; None when the caption names no such span, or a year."""
    times = find_times(caption, date(2000, 12, 31))  # any date: only the words are wanted, not their year
    if len(times) != 1 or re.search(r"\d", times[0].text) or times[0].role != "point":
        return None
    return times[0].text


@lru_cache(maxsize=1024)
def _places(label: str) -> tuple[EntityMention, ...]:
    """The places a label, a header or a caption names (`find_places`, none context-gated): a table's labels
    and caption are read again for each of its cells (`_reporter`)."""
    return tuple(find_places(label))


@lru_cache(maxsize=1024)
def _times(label: str) -> tuple[TimeExpr, ...]:
    """The times a header or label states, read without a publication date (`find_times`, a pure function of
    the text): a table's headers are read again for each column after them (`_latest`)."""
    return tuple(find_times(label, None))


def _latest(heads: Sequence[str]) -> tuple[int, str] | None:
    """The header of the latest period, the nearest of those that end as late, and its period's words ("Jan-Sep
    2025" after "Jan-Sep 2024" and "Jan-Sep 2025 change"; "Sep. 2025" before "Jan.-Sep. 2025"); the corner
    cell (0) is no period's."""
    best: tuple[date, int] | None = None
    out = None
    for k, h in enumerate(heads):
        for t in _times(h) if k else ():
            if t.role == "point" and (best is None or (t.end_date, k) >= best):
                best, out = (t.end_date, k), (k, t.text)
    return out


@dataclass(frozen=True)
class CellSentence:
    cell: Cell
    row: int  # the body row's index
    sentence: str
    figure_at: int  # where the figure starts in the sentence
    labels: str  # the cell's row label and column header
    part: bool = False  # a row of a breakdown under a total row: a part of the flow, not the flow


def _row_label(row: Sequence[Cell]) -> tuple[int, str]:
    """A body row's label and its column: the first cell, or after a rank or number column ("| 1 | Peru |
    2,134.5 |") the first cell that is no figure; (-1, "") when the row has none."""
    if not row:
        return -1, ""
    if not row[0].text.strip() and len(row) > 1 and not _figure_cell(row[1].text):
        return 1, row[1].text  # "| | All destinations | 27,368.3 |": a rank column left blank on the total row
    if not _figure_cell(row[0].text):
        return 0, row[0].text
    if _RANK.fullmatch(row[0].text):
        return next(((j, c.text) for j, c in enumerate(row) if re.search(r"[^\W\d_]", c.text)
                     and not _figure_cell(c.text)), (-1, ""))
    return -1, ""


def _parts(table: Table) -> set[int]:
    """The rows of a breakdown: those naming a good (kg:ProductNouns: "Refined copper"), and in a table with a
    total row ("Total exports to the United States") the rows whose label names no measure, balance, place or
    time ("Fuels and extractive industry products", "Manufactures")."""
    labels = [_row_label(row)[1] for row in table.rows]

    def bare() -> set[int]:
        """The rows naming no total, measure, balance, place or time ("Balance" under "Total trade" is no part)."""
        return {r for r, label in enumerate(labels) if label and not _TOTAL.search(label)
                and not _measure_words().search(label) and not _balance().search(label)
                and not _places(label) and not _times(label)}

    if table.header and _commodity_head().search(table.heads()[0]):
        # a column of goods ("| Commodity (HS code) |"): each such row is one good's part of the flow (a row
        # "Exports" under "Item" is the flow)
        return bare()
    goods = {r for r, label in enumerate(labels) if _goods().search(label) and not _TOTAL.search(label)}
    if not any(_TOTAL.search(label) for label in labels):
        return goods  # a row of one good ("Refined copper") is a part of the flow wherever it stands
    return goods | bare()


@lru_cache(maxsize=1)
def _commodity_head() -> re.Pattern[str]:
    return re.compile(rf"^\W*(?:{alternation(load_lexicon().commodity_heads) or '(?!)'})\b", re.I)


@lru_cache(maxsize=1)
def _goods() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{alternation(load_lexicon().product_nouns) or '(?!)'})\b", re.I)


def cell_sentences(table: Table, dollar: str = "USD", shared: Mapping[str, str] | None = None) -> list[CellSentence]:
    """The sentence of every figure cell whose headers state its unit. `shared` maps a currency name several
    currencies share ("Rs") to the one the document means (its ISO code)."""
    corner = table.heads()[0] if table.header else ""
    heads = _headers(table)
    index = {j for j, h in enumerate(table.heads()) if j and _index_head(h) is not None}
    parts = _parts(table)
    caption = _INDEX_PHRASE.sub("", table.caption).strip(" ;,.")
    head_kinds = [_kind_marked(h)[1] for h in table.heads()] if table.header else []
    out = []
    for r, row in enumerate(table.rows):
        at, label = _row_label(row)
        label, row_kind = _kind_marked(label)
        for j, cell in enumerate(row):
            if j <= at or not _figure_cell(cell.text):
                continue  # the label, and a rank column before it, are no figures
            head = _part_of_column(label, heads[j]) if j < len(heads) else ""
            raw = table.heads()[j] if j < len(table.header) else ""  # the unit of the header's own words
            figure = _cell_figure(cell, (label, raw, head), (corner, table.caption), dollar, j in index, shared)
            if figure is None:
                continue
            written, negative = figure
            # dashes, not colons: a colon would end the figure's clause and cut it off from its headers (and
            # after a dash a capital opens a phrase, as a headline's "Trade - Exports", not a name's word)
            kind = row_kind or (head_kinds[j] if j < len(head_kinds) else None)
            # "| 2025e | 12.4 |": the figure of an estimated (or forecast) year is said as one, next to it
            said = _spoken_label(label)
            prefix = " - ".join(p for p in (caption, corner, said, head) if p) + (f" {kind}" if kind else "") + " at "
            if not written.endswith("%") and _balance().search(f"{label} {head}"):
                lex = load_lexicon()
                measure = lex.measures.get(lex.balance_measures[0 if negative else 1])
                prefix += f"{measure.label} of " if measure and measure.label else ""
            # a rate of a balance row ("| Balance | 4,210.5 | 3,877.9 | -7.9 |") is the balance's change,
            # no growth of the trade its label names
            rated_balance = written.endswith("%") and bool(_balance().search(label))
            out.append(CellSentence(cell, r, f"{prefix}{written}.", len(prefix), f"{label} {head}",
                                    r in parts or rated_balance))
    return out


# a row label's unit after a comma, which the figure is written with ("Exports, total, USD million", "Share, %"),
# and a total named last ("Exports, total")
_LABEL_UNIT = re.compile(r",\s*(?:%|[^,]*\b(?:thousands?|millions?|billions?|mln|bn|mn|m)\b[^,]*)$", re.I)
_TOTAL_LAST = re.compile(r"^(?P<lead>.*:\s*)?(?P<what>[^,:]+),\s*total$", re.I)


def _spoken_label(label: str) -> str:
    """A row label as a sentence says it: without its unit after a comma (said with the figure) and a total
    named last put first ("Exports, total, USD million": "Total exports"), so that the comma cuts no clause."""
    said = _LABEL_UNIT.sub("", label).strip()
    if (last := _TOTAL_LAST.match(said)) is not None:  # ("Memo item: German exports, total": after the colon)
        what = last.group("what").strip()
        if not any(p.start == 0 for p in _places(what)):  # (a place's name keeps its capital: "German exports")
            what = what[:1].lower() + what[1:]
        said = f"{last.group('lead') or ''}{'total' if last.group('lead') else 'Total'} {what}"
    return said or label


def _part_of_column(label: str, head: str) -> str:
    """A column's header with the part of a year its row names put before the year it names: a row "Q1
    (July-September)" under "Exports 2025-26" is July-September of 2025-26 ("Exports July-September 2025-26"),
    not the whole year; a header naming no year, or a row naming one, is left as it is."""
    parts = find_times(label, date(2000, 12, 31))  # any date: only the words are wanted, not their year
    if not parts or any(re.search(r"\d", t.text) and not re.fullmatch(r"[QH][1-4]", t.text) for t in parts):
        return head
    years = [t for t in _times(head) if re.search(r"\d", t.text)]
    if len(years) != 1:
        return head
    t = years[0]
    return f"{head[: t.start]}{parts[-1].text} {head[t.start :]}"


_PAIR_JOIN = re.compile(r"\s*(?:[-–—/]|and)\s*")


def _dashed_pair(caption: str, mentioned: Sequence[EntityMention]) -> tuple[str, ...] | None:
    """The two countries a caption joins as a pair ("Oman – Yemen trade", "Peru-Chile"), else None."""
    for a, b in pairwise(mentioned):
        if a.entity != b.entity and _PAIR_JOIN.fullmatch(caption, a.end, b.start):
            return tuple(sorted((a.entity, b.entity)))
    return None


_GROUP_QUALIFIED = re.compile(r"\s+(?:partner|member)s?\b|\s+(?:countries|states)\b", re.I)


class _CaptionPlaces(NamedTuple):
    left_out: set[str]  # places the count leaves out ("excluding Hong Kong")
    label_places: set[str]  # places the cell's row and column labels name
    mentioned: list[EntityMention]  # the caption's other places, in order
    partners: set[str]  # of those, the ones named as a partner ("Trade with Brazil")
    in_caption: list[str]  # of those, the others: candidate reporters


def _caption_places(caption: str, labels: str) -> _CaptionPlaces:
    """The places of a cell's caption and labels, sorted by what they can be to the cell: a place the caption
    leaves out is no party; a country after "with", "to" or "from" in the caption (or the second of "between the
    Kingdom and Japan") is the partner, not the reporter; a place qualifying the rows' group ("by EU partner
    country", "EU member states") is neither; the caption's other places are candidate reporters."""
    said = _places(caption)
    left_out = {e.entity for e in said if _LEFT_OUT.search(caption, max(0, e.start - 50), e.start)}
    label_places = {e.entity for e in _places(labels)}
    mentioned = [e for e in said if e.entity not in label_places and e.entity not in left_out
                 and not _GROUP_QUALIFIED.match(caption, e.end)]  # fmt: skip
    partners = {e.entity for e in mentioned if PARTNER_BEFORE.search(caption, max(0, e.start - 12), e.start)
                or _BETWEEN_AND.search(caption, max(0, e.start - 60), e.start)}  # fmt: skip
    in_caption = [e.entity for e in mentioned if e.entity not in partners]
    return _CaptionPlaces(left_out, label_places, mentioned, partners, in_caption)


def _reporter(claim: Claim, labels: str, caption: str, home: str | None,
              pair_of: Mapping[str, str] | None = None, title_reporter: str | None = None,
              pair: Sequence[str] = ()) -> dict[str, object]:
    """The reporting country a table's cell leaves unsaid, and the flow's direction.

    A table of one country's trade by partner names the partner in a row or column label and the reporter
    above the table, in its caption ("Chile's goods trade with Peru"), else nowhere but in the document's
    home (a statistics office's dateline, its institutions, its page's language) or its title's one country
    that is no partner, else the one country whose world totals the prose states (`title_reporter`): a two-party measure that found only the partner takes the reporter
    from there, and one whose parties miss the place its labels name (a row "Japan" of a table under the
    title "Exports to Brazil ...") is the labels' place's and the reporter's. A table of one partner's trade
    whose labels name no place ("Foreign trade with Slovakia": "Exports", "Imports") and whose caption, home
    and title give no reporter is the document's `pair`'s (its two most-named places), the partner one of
    them. The partner's flow then runs from or to the reporter.
    """
    meas = load_lexicon().measures.get(claim.measure)
    if not meas:
        return {}
    if meas.share_of and _WORLD.search(labels):
        return {"measure": "unclassified"}  # "All destinations | 18,452.7 | 100.0": the whole's share of itself
    update: dict[str, object] = {}
    parties = claim.parties
    left_out, label_places, mentioned, partners, in_caption = _caption_places(caption, labels)
    if meas.arity == 2 and set(parties) & left_out:
        # "Trade with Freedonia (excluding Ruritania)": a place the count leaves out is no party of its cells
        parties = update["parties"] = tuple(p for p in parties if p not in left_out)  # type: ignore[assignment]
        update["exporter"] = update["importer"] = None
        claim = claim.model_copy(update={"parties": parties, "exporter": None, "importer": None})
    in_labels = label_places | partners  # the places the cell's parties take as partners
    if (partners and not in_caption and not home and not title_reporter and len(claim.parties) == 1
            and claim.parties[0] not in in_labels):
        in_caption = [claim.parties[0]]  # "Georgia's trade with Armenia": the reporter a name only the cell's sentence
        # places (read in its context), when nothing else names one
    if (meas.arity == 1 and pair_of and claim.measure in pair_of and not label_places and not _WORLD.search(labels)
            and (dashed := _dashed_pair(caption, mentioned))):
        # "Total trade" in "Oman – Yemen trade in goods": the pair's trade
        return {"measure": pair_of[claim.measure], "parties": dashed}
    if meas.arity == 1 and partners and pair_of and claim.measure in pair_of and not _WORLD.search(labels):
        # "Total trade" in "Singapore's merchandise trade with Indonesia": the pair's total, not the world's
        partner = sorted(partners)[0]
        other = next((p for p in pair if p != partner), None) if partner in pair else None  # as a flow's, below
        reporter = next((r for r in (*in_caption, home, title_reporter, other) if r and r != partner), None)
        if reporter:
            claim = claim.model_copy(update={"measure": pair_of[claim.measure], "parties": (partner,)})
            update["measure"] = claim.measure
            meas = load_lexicon().measures[claim.measure]
            parties = (partner,)
    reporter = next(iter(in_caption), None) or home or title_reporter
    if meas.arity == 1 and reporter and _WORLD.search(labels) and parties != (reporter,):
        parties = update["parties"] = (reporter,)  # "Exports to all countries" of Chile's trade with Peru: Chile's
    if (meas.arity == 2 and reporter and pair_of and _WORLD.search(labels)
            and (one := next((o for o, two in pair_of.items() if two == claim.measure), None))):
        # a row "All countries" under a section "Imports" of a table by partner: the reporter's imports from the world
        return {"measure": one, "parties": (reporter,)}
    if (meas.arity == 1 and pair_of and claim.measure in pair_of and len(label_places) == 1 and reporter
            and reporter not in label_places):
        # a row "Japan" of "Total Trade of the Philippines with Top Trading Partners": the pair's total
        claim = claim.model_copy(update={"measure": pair_of[claim.measure]})
        update["measure"] = claim.measure
        meas = load_lexicon().measures[claim.measure]
        parties = update["parties"] = tuple(sorted({*label_places, reporter}))  # type: ignore[assignment]
    if meas.arity == 2 and label_places and not label_places & set(parties) and reporter and reporter not in label_places:
        parties = update["parties"] = tuple(sorted({*label_places, reporter}))  # type: ignore[assignment]
    paired = None  # the reporter the document's pair gave
    if meas.arity == 2 and len(parties) == 1:
        if (not reporter or (reporter in parties and reporter in in_labels)) and len(pair) == 2 and parties[0] in pair:
            # none given, or the one given is the partner itself (a title "... – Sweden still largest supplier"
            # over "Exports to Sweden", a caption "Commerce between the Republic and Peru" over "Volume of trade"):
            # the other of the document's pair
            reporter = next(p for p in pair if p != parties[0])
            paired = reporter
        if reporter and reporter not in parties:
            parties = update["parties"] = tuple(sorted((*parties, reporter)))  # type: ignore[assignment]
    stale = bool(claim.exporter) and not {claim.exporter, claim.importer} <= set(parties)
    if stale:  # a direction read for the parties the labels replaced ("Switzerland" in a table of destinations)
        update["exporter"] = update["importer"] = None
    if (claim.exporter and not stale) or not meas.direction or len(parties) != 2:
        return update
    reporter = _flow_reporter(parties, in_labels, in_caption, paired)
    if reporter:
        partner = next(p for p in parties if p != reporter)
        update["exporter"], update["importer"] = \
            (reporter, partner) if meas.direction == "export" else (partner, reporter)  # fmt: skip
    return update


def _flow_reporter(parties: Sequence[str], in_labels: set[str], in_caption: Sequence[str],
                   paired: str | None) -> str | None:
    """Which of a directional cell's two parties reports its flow (the flow runs from it for exports, to it for
    imports): the one the labels do not name when they name the other (the partner), else the one the document's
    pair gave, else the caption's first when the labels name neither; None when nothing tells them apart."""
    named = in_labels & set(parties)
    if len(named) == 1:
        partner = named.pop()
        return next(p for p in parties if p != partner)
    if paired in parties:
        return paired  # "of which: non-oil exports" under "Commerce between the Republic and Peru": the Republic's
    first = next((p for p in in_caption if p in parties), None)
    return None if named else first


_DOLLAR = re.compile(r"\$|dollar", re.I)
_LEFT_OUT = re.compile(r"\b(?:excluding|excl\.|except|other\s+than|not\s+including)\s+(?:[^,;()]{0,30}?\s(?:and|or)\s+)?"
                       r"(?:the\s+)?$", re.I)  # a place a caption leaves out: "(excluding Aruba and Curacao)"
_BETWEEN_AND = re.compile(r"\bbetween\s+[^,;:()]{1,40}?\s+and\s+(?:the\s+)?$", re.I)


def _dollar_said(table: Table) -> bool:
    """Whether a table's caption or a cell of it writes "$" or "dollar": the only units whose figure depends
    on the document's dollar (`_cell_figure`; a header's words come from its caption and cells)."""
    return bool(_DOLLAR.search(table.caption)) or any(_DOLLAR.search(c.text) for row in (table.header, *table.rows)
                                                      for c in row)


def read_tables(doc: Document, claims: list[Claim], read: Callable[[Document], list[Claim]],
                pair_of: Mapping[str, str] | None = None) -> list[Claim]:
    """`claims` with each table's figure cells read as sentences (by `read`, the sentence grammar over a
    document): a cell's claim replaces one read from the bare row, and points back at the cell.

    Each cell's sentence is read as a document of its own, after the document's title (which names the
    parties a table often leaves unsaid), so that no cell's places or periods leak into another's. `pair_of`
    maps one-party measures to their two-party counterparts (total_trade -> trade_turnover): a row "Total
    trade" of a table of one partner's trade is the pair's.
    """
    tables = find_tables(doc.text)
    if not tables:
        return claims
    title = doc.title or doc.text.split("\n", 1)[0][:_CAPTION_MAX]
    for q in reversed(find_quantities(title)):  # the title's own figures are no cell's: left out, its words kept
        title = title[: q.start] + title[q.end :]
    by_id = {c.id: c for c in claims}
    home = home_country(doc.text, doc.language)
    if home is None and doc.outlet:
        # "Statistics Iceland": a release's own country, when no dateline or institution gives it
        named = {e.entity for e in find_places(doc.outlet) if e.type == "country"}
        home = named.pop() if len(named) == 1 else None
    # what a "$" header means in this document: asked of a table only where it writes "$" or "dollar" (else no
    # cell's figure reads it, `_cell_figure`)
    dollar = document_dollar(doc.text, doc.language) if any(map(_dollar_said, tables)) else "USD"
    # a currency name several currencies share written in a caption or header ("(Rs million)"): the document's
    said = " ".join([t.caption for t in tables] + [c.text for t in tables for c in t.header]).lower()
    shared = {w: code for w in grammar().shared if w in said and re.search(rf"(?<!\w){re.escape(w)}(?!\w)", said)
              and (code := document_currency(doc.text, w, doc.language))}
    # the title's one period ("... in January-September 2025") is that of a table whose caption and headers
    # name none; a title naming two or more leaves such a table's cells without one
    # the title's one country that no "to", "from" or "with" makes a partner: a table's reporter, when the
    # caption and the document's home give none
    said_title = title.title() if title.isupper() else title  # a masthead in capitals names its country too
    unsaid = {e.entity for e in find_places(said_title)
              if e.type == "country" and not PARTNER_BEFORE.search(said_title, max(0, e.start - 12), e.start)}
    title_reporter = next(iter(unsaid)) if len(unsaid) == 1 else None
    if title_reporter is None and pair_of:
        # else the one country whose own totals with the world the prose states ("In 2025, Lithuanian exports of
        # goods amounted to EUR 41.2 billion"): a statistics office's release of its country's trade by partner
        own = Counter(c.parties[0] for c in claims if len(c.parties) == 1 and c.measure in pair_of).most_common(2)
        if own and (len(own) == 1 or own[0][1] >= 2 * own[1][1]):
            title_reporter = own[0][0]
    title_times = [t for t in find_times(title, doc.published) if t.role == "point"]
    title_when = title_times[0].text if len(title_times) == 1 else ""
    pair: list[str] = []  # the document's two most-named places, counted once a table needs them
    added: list[Claim] = []
    for table in tables:
        cells = cell_sentences(table, dollar, shared)
        # one partner's table: its labels name no place, or only the partner ("Exports to Peru")
        placeless = bool(cells) and len({e.entity for cs in cells for e in _places(cs.labels)}) <= 1
        if placeless and not pair:
            pair = [code for code, _ in Counter(e.entity for e in find_places(doc.text)).most_common(2)]
        for cs in cells:
            head = f"{title}\n\n" if title else ""
            sentence = cs.sentence
            if title_when and all(t.role == "previous" for t in find_times(sentence, doc.published)):
                # "Exports y/y (%)": a comparison base names no period of the cell's own
                sentence = f"{sentence[:-1]} in {title_when}."
            synthetic = doc.model_copy(update={"text": f"{head}{sentence}", "fiscal_country": home})
            c = next((c for c in read(synthetic) if c.evidence.start == len(head) + cs.figure_at), None)
            if c is None:
                continue
            ls, le = table.lines[cs.row]
            cid = f"{doc.id}-{cs.cell.start}"
            added.append(c.model_copy(update={
                "id": cid, "figure": cs.cell.text, "document": doc.name, "document_id": doc.id,
                "evidence": Evidence(text=doc.text[ls:le], start=cs.cell.start, end=cs.cell.end),
                "source": c.source or (by_id[cid].source if cid in by_id else None),
                "context": table.caption or None,
                **_reporter(c, cs.labels, table.caption or title, home, pair_of, title_reporter,
                            pair if placeless else ()),
                **({"measure": "unclassified"} if cs.part else {}),
            }))  # fmt: skip
    spans = [(c.evidence.start, c.evidence.end) for c in added]
    kept = [c for c in claims if not any(s <= c.evidence.start < e for s, e in spans)
            and not (_UNIT_LINE.match(c.evidence.text) and _multiplied(c.evidence.text))]  # "Unit: 100 million yen"
    return sorted([*kept, *added], key=lambda c: c.evidence.start)
