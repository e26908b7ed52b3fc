"""The figure grammar: money, percentages, percentage points, multipliers and counts in running text.

A small table-driven grammar over `re`: the tables (scales, currency words, hedges, counted nouns) come
from ontology/lexicon.ttl and CLDR (babel) through kg.lexicon; nothing here is specific to one country.

It also holds the scanning helpers the period and entity grammars share: `alternation` (word lists as
tries), and `StartIndex` with `finditer_at`, which try a pattern only at the words its matches can start
with (one pass over a text's words instead of one scan of the whole text per pattern).
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import cache, lru_cache
from itertools import accumulate, compress

from kg.errors import ConfigError
from kg.lexicon import (
    Lexicon,
    alternation,
    exclusion_pattern,
    first_line_name,
    is_dollar,
    load_lexicon,
    territory_currencies,
    territory_dollar,
    territory_peso,
)
from kg.models import Bound, Quantity

# A number as running text writes it: "1,234.5" and "1,23,456" (comma thousands, the last group of three),
# "1.234,5" (dot thousands before a decimal comma), "96,6" (a decimal comma: 1-3 digits, a comma and 1-2
# digits, no further digit group), "12.5", "2024".
_NUM = (r"(?:\d{1,3}(?:,\d{2,3})*,\d{3}(?!\d)(?:\.\d+)?|\d{1,3}(?:\.\d{3})+,\d+|\d{1,3},\d{1,2}(?!\d|[.,]\d)"
        r"|\d+(?:\.\d+)?)")
# Blank-grouped thousands ("1 515.6", "412 318,4"; the decimal mark may be a comma), only where a currency
# or a scale is attached: groups of exactly three digits, and never right after another number ("in 2024
# 1 515 firms" stays two numbers).
_BLANK = "[ \u00a0\u202f]"
_SPACED = rf"(?<!\d{_BLANK})\d{{1,3}}(?:{_BLANK}\d{{3}}(?!\d))+(?:[.,]\d+)?"
# Apostrophe-grouped thousands, the Swiss way ("CHF 21'450 million", "1’286.5"): groups of exactly three digits
_APOSTROPHED = r"\d{1,3}(?:['’]\d{3}(?!\d))+(?:\.\d+)?"
_MONEY_NUM = rf"(?:{_SPACED}|{_APOSTROPHED}|{_NUM})"
# Any of these forms, for a caller that reads a number from a cell: `parse_number` gives its value.
NUMBER = _MONEY_NUM
_URL = re.compile(r"(?:https?://|www\.)\S+|<[^>\s]*\.[a-z]{2,}[^>\s]*>|\b\S+\.(?:com|org|net|gov|ru|cn|in|uk)/\S*", re.I)
_CLOCK = re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?\b")
# what every URL holds: "://", "www.", "<", or a top-level domain and "/" (a text without any has none, and
# `_URL`, which has no literal to skip ahead to, is not searched at every word)
_URL_PART = re.compile(r"://|www\.|<|\.(?:com|org|net|gov|ru|cn|in|uk)/", re.I)
_COLON = re.compile(":")
_TOKEN = re.compile(r"\S+")
_AT_LEAST_AFTER = re.compile(r"\s*(?:-plus|\+|or more)")
_APPROX_AFTER = re.compile(r"\s*or so")
_OPENERS = "([{\"“‘'"
# after a definite figure, what makes it a record of its own ("the $253bn recorded in 2024", "the $40bn of 2023")
_OWN_RECORD = re.compile(r"\s*,?\s+(?:(?:peak|high|low|record|figure)\s+)?(?:recorded|posted|registered|reported|seen|logged|achieved|reached|of|in|for)\s+"
                         r"(?:(?:in|for|during)\s+)?(?:the\s+)?(?:(?:19|20)\d\d|previous|prior|last|a\s+year)\b", re.I)
# a rate then "over" before a figure: the figure is the rate's base ("rose 4% over $2.1 billion")
_RATE_OVER = re.compile(r"\d\s?(?:%|per\s?cent|percent|pc)\s+(?:over|above)\s+(?:the\s+)?$")
_FILLERS = {"a", "an", "the", "by", "of", "to", "record", "total", "be", "at", "worth", "only", "just", "still"}


_WORD_SPLIT = re.compile(r"(\w+)")
_DIGITS = re.compile(r"\d+")


def _runs(words: Iterable[str]) -> list[str]:
    """The first word (maximal run of \\w) of each of `words`: "a" of "a hundred", "mio" of "mio."."""
    return [re.match(r"\w*", w).group() for w in words]  # type: ignore[union-attr]


def first_runs(words: Sequence[str]) -> str:
    """A regex that fullmatches every word (maximal run of \\w) a match of an alternation of `words` starts in."""
    runs = _runs(words)
    bad = [w for w, run in zip(words, runs, strict=True) if not run]
    if bad:
        raise ConfigError(f"a lexicon word must start with a letter or digit: {bad}", path="ontology/")
    return rf"(?:{alternation(runs)})\w*"


_last_words: list[tuple[str, list[int], list[str]]] = [("", [], []), ("", [], [])]


def text_words(text: str) -> tuple[list[int], list[str]]:
    """The start offsets and the words (maximal runs of \\w) of `text`.

    The stages of one document ask for the same text's words (or for its masked copy's): the last two
    texts' are kept (by identity).
    """
    for last, starts, words in _last_words:
        if last is text:
            return starts, words
    parts = _WORD_SPLIT.split(text)  # separator, word, separator, word, ..., separator
    ends = list(accumulate(map(len, parts)))
    starts, words = ends[0:-1:2], parts[1::2]
    _last_words[:] = [(text, starts, words), _last_words[0]]
    return starts, words


class _FirstWords(dict[str, tuple[int, ...]]):
    """word -> indexes of the registered patterns whose first word it can be (filled on first sight)."""

    def __init__(self) -> None:
        super().__init__()
        self.firsts: list[re.Pattern[str]] = []
        self.last: tuple[str, list[list[int]]] = ("", [])

    def register(self, firsts: Sequence[re.Pattern[str]]) -> int:
        """Add patterns' first-word regexes; returns the index of the first one."""
        self.clear()
        self.last = ("", [])
        self.firsts.extend(firsts)
        return len(self.firsts) - len(firsts)

    def __missing__(self, word: str) -> tuple[int, ...]:
        if len(self) > 100_000:
            self.clear()
        got = self[word] = tuple(i for i, f in enumerate(self.firsts) if f.fullmatch(word))
        return got

    def starts(self, text: str) -> list[list[int]]:
        """For every registered pattern, where it may start in `text` (the last text's are kept)."""
        last, out = self.last
        if last is not text or len(out) != len(self.firsts):
            out = [[] for _ in self.firsts]
            positions, words = text_words(text)
            found = list(map(self.__getitem__, words))
            for pos, indexes in compress(zip(positions, found, strict=True), found):
                for i in indexes:
                    out[i].append(pos)
            self.last = (text, out)
        return out


_FIRST_WORDS = _FirstWords()  # one pass over a document's words serves the period and entity grammars


class StartIndex:
    """Where each of several patterns may start in a text, found in one pass over the text's words.

    It serves patterns whose matches all start at the first character of a word (a maximal run of \\w):
    `firsts[i]` fullmatches the first word of every match of pattern i. Trying a pattern only at those
    positions (`finditer_at`) finds what `finditer` over the whole text finds. Indexes made with the same
    `shared` table make one pass per text for all of them.
    """

    def __init__(self, firsts: Sequence[re.Pattern[str]], shared: _FirstWords = _FIRST_WORDS) -> None:
        self.firsts = firsts
        self._table = shared
        self._lo = shared.register(firsts)

    def starts(self, text: str) -> list[list[int]]:
        """For each pattern, the positions in `text` where a match of it may start (ascending)."""
        return self._table.starts(text)[self._lo : self._lo + len(self.firsts)]


def finditer_at(pattern: re.Pattern[str], text: str, starts: Iterable[int]) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)` when no match can start outside `starts` (ascending): only those are tried.

    A match found at a start is the one `finditer` finds there (`match` with a position sees the text
    before it, for lookbehinds and \\b); the next try is at or after its end, as in `finditer`.
    """
    done = 0
    for pos in starts:
        if pos >= done and (m := pattern.match(text, pos)):
            yield m
            done = m.end()


@dataclass(frozen=True)
class Grammar:
    money_prefix: re.Pattern[str]
    money_suffix: re.Pattern[str]
    bare: re.Pattern[str]
    percent: re.Pattern[str]
    multiplier: re.Pattern[str]
    multiplier_word: re.Pattern[str]
    number_words: re.Pattern[str]
    fraction: re.Pattern[str]  # a fraction in words ("a third", "two-fifths"): kg:FractionWords
    fraction_hint: re.Pattern[str]  # what every fraction holds ("third", "half"): a text without one has none
    fraction_lead: re.Pattern[str]  # "fell by about", "a drop of": where a fraction is a change
    growth_cue: re.Pattern[str]  # a growth cue (kg:GrowthCues) as a word, in lower-cased text: what leads a change
    between: re.Pattern[str]
    # a change word (kg:GrowthCues, kg:FallCues, kg:ChangeWords) earlier in the sentence, searched in a window
    # ending at a money figure: "grew USD 200 million to 1.2 billion" is no range
    change_before: re.Pattern[str]
    # words that start with a digit; a number word's first word: alone (number_words), or with a scale right
    # after it (money_suffix: "tenbn"), or "fold" or "times" (multiplier); a word holding "fold" or "times"
    # (a text without one has no multiplier); a multiplier word's first word
    index: StartIndex
    lex: Lexicon
    prefix_codes: dict[str, str]  # a sign or code written before the number -> its ISO code ("" if shared, no default)
    suffix_codes: dict[str, str]  # a currency word after the number (lower case) -> its ISO code
    shared: dict[str, tuple[str, ...]]  # a shared name or sign (lower case) -> its currencies, default first
    # where money_prefix may start: at one of its first characters ("\\" and the codes') that a run of digits
    # starts at most as far after as "\\", the longest code and a blank reach
    prefix_starts: re.Pattern[str]
    # a number word (whole: "a hundred", not the "a" of "a day"): every match that starts at a word does with one
    number_word: re.Pattern[str]
    dateline: re.Pattern[str]  # a line's dateline: "CITY, <date> (Credit) -" (kg:DatelineCities, capitals)

    def starts(self, text: str) -> dict[str, list[int]]:
        """Where each figure pattern may start in `text`, keyed by the pattern's field name.

        money_prefix starts with a currency sign or code (a backslash may escape it) and its number
        follows after at most one blank: at one of the codes' first characters, a few characters before
        a run of digits. Every other pattern starts at the first character of a word, after a lookbehind
        that rules out a word character before it: at a number, a number word or a multiplier word;
        percent may also start at the sign right before a number. A pattern is not tried in a text without
        what its every match holds ("fold" or "times" for multiplier).
        """
        digits, number_words, scaled_words, times_words, times, multiplier_words = self.index.starts(text)
        if number_words or scaled_words or times_words:  # "a", "half": only those of "a hundred", "half a"
            said = {p for p in {*number_words, *scaled_words, *times_words} if self.number_word.match(text, p)}
            number_words, scaled_words, times_words = ([p for p in at if p in said]
                                                       for at in (number_words, scaled_words, times_words))
        return {
            "money_prefix": list(map(re.Match.start, self.prefix_starts.finditer(text))),
            "money_suffix": sorted({*digits, *scaled_words}) if scaled_words else digits,
            "percent": [p for d in digits for p in (d - 1, d) if p == d or (d > 0 and text[p] in "-+−")],
            "number_words": number_words,
            "multiplier": (sorted({*digits, *times_words}) if times_words else digits) if times else [],
            "multiplier_word": multiplier_words,
            "bare": digits,
        }


@cache
def grammar() -> Grammar:
    lex = load_lexicon()
    long_scales = [s for s in lex.scales if len(s) > 1]
    short_scales = [s for s in lex.scales if len(s) == 1]
    scale = (
        rf"(?:[ \t-]?(?P<scale>(?i:{alternation(long_scales)}))(?![A-Za-z])"
        rf"|(?P<short>(?i:{alternation(short_scales)}))(?![A-Za-z]))"
    )
    prefix_codes: dict[str, str] = {}
    for sym, code in lex.currency_symbols.items():
        if not sym.isalpha():
            prefix_codes[sym] = code
    for code in lex.iso_codes:
        prefix_codes[code] = code
    currency_words = {**lex.currency_words, **{w: cs[0] for w, cs in lex.shared_currencies.items()}}
    for word, code in currency_words.items():
        # "Rs", "RMB", "₦", a listed sign ("zł"): written before the number
        if (word[:1].isupper() and len(word) <= 4) or not word[:1].isalnum() or word.lower() in lex.currency_signs:
            prefix_codes[word] = code
    if any(not code or code[-1].isdigit() for code in prefix_codes):  # Grammar.starts needs the number apart
        raise ConfigError("a currency sign or code written before a number must not end with a digit",
                          path="ontology/lexicon.ttl")
    suffix_codes = {w.lower(): c for w, c in currency_words.items() if w.lower() not in lex.before_only}
    for code in lex.iso_codes:  # "3.47 billion USD": a code after the number, written in capitals
        suffix_codes.setdefault(code.lower(), code)
    codes_alt = alternation(lex.iso_codes)
    sym_alt = alternation(k for k in prefix_codes if not k[:1].isalpha())
    word_alt = alternation(k for k in prefix_codes if k[:1].isalpha())
    prefix = rf"(?:\\?(?P<sym>{sym_alt})|(?<![A-Za-z])(?P<word>{word_alt})(?![a-z]))"
    num_range = rf"(?P<num>{_MONEY_NUM})(?:[ \t]?[-–—][ \t]?(?:\\?(?:{sym_alt}))?(?P<num2>{_MONEY_NUM}))?"
    # "45 to 70 billion rand": a range before a currency written after it (not a change: see find_quantities)
    num_range_to = rf"(?P<num>{_MONEY_NUM})(?:(?:[ \t]?[-–—][ \t]?|[ \t]+to[ \t]+)(?P<num2>{_MONEY_NUM}))?"
    words = alternation(lex.number_words)
    # money_prefix starts at "\\" or a code's first character, and a run of digits starts at most "\\", the
    # longest code and a blank after it
    prefix_firsts = "".join(map(re.escape, sorted({"\\", *(code[0] for code in prefix_codes)})))
    prefix_reach = 2 + max(map(len, prefix_codes), default=0)
    word_num = rf"(?i:(?:{words})(?:[ \t-]+(?:and[ \t]+)?(?:{words}))*)"
    first_runs(list(lex.number_words))  # each starts with a letter or a digit
    number_runs = f"(?:{alternation(_runs(lex.number_words))})"  # their first words ("a" of "a hundred")
    return Grammar(
        # "EUR 2 billion to 2.5 billion": a range whose second figure repeats the scale, not the sign
        money_prefix=re.compile(rf"{prefix}[ \t]?{num_range}(?:{scale})?(?P<plus>-plus)?"
                                rf"(?:[ \t]+(?:to|[-–—])[ \t]+(?P<num3>{_MONEY_NUM})[ \t]?"
                                rf"(?P<scale3>(?i:{alternation(long_scales)}))(?![A-Za-z]))?"),
        money_suffix=re.compile(
            rf"(?<![\w.$])(?:{num_range_to}|(?P<wnum>{word_num}))(?:{scale})?(?P<more>(?:[ \t]+{_MONEY_NUM}[ \t]+(?i:million|thousand))+)?"
            rf"[ \t]+(?P<suffix>(?i:{alternation(w for w in suffix_codes if w.upper() not in lex.iso_codes or w in lex.currency_words)})"
            rf"|{codes_alt})(?![a-zA-Z])"
        ),
        bare=re.compile(rf"(?<![\w.$,])(?P<num>{_MONEY_NUM})(?:[ \t]?[-–][ \t]?(?P<num2>{_MONEY_NUM}))?[ \t]?(?P<scale>(?i:{alternation(long_scales)}))(?![A-Za-z])"),
        percent=re.compile(
            rf"(?<![\w.,])(?P<sign>[-+−](?=\d))?(?:(?P<num2>(?!(?:19|20)\d\d(?![\d.,]))(?:{_NUM}))[ \t]?(?:[-–]|to)[ \t]?)?(?P<num>{_NUM})[ \t]?"
            r"(?P<unit>%|(?i:percentage[ \t]points?|per[ \t]?cent(?:age[ \t]points?)?|percent|pct|pc|ppts?|pp|basis[ \t]points|bps))(?![A-Za-z])"
        ),
        multiplier=re.compile(rf"(?<![\w.])(?P<num>{_NUM}|(?i:{words}))[ \t-]?(?P<unit>(?i:fold|times))(?![A-Za-z])"),
        multiplier_word=re.compile(rf"\b(?P<word>(?i:{alternation(w for w in lex.multipliers if not w[0].isdigit())}))\b(?![-‐][A-Za-z])"),
        number_words=re.compile(rf"\b(?P<wnum>{word_num})[ \t-]+(?P<unit>%|(?i:per[ \t]?cent|percent))"),
        fraction=re.compile(rf"(?<![\w-])(?P<word>(?i:{alternation(lex.fractions)}))(?![\w-])"),
        fraction_hint=re.compile(alternation({re.split(r"[ -]", w)[-1].rstrip("s") for w in lex.fractions}), re.I),
        fraction_lead=re.compile(
            rf"\b(?:by|of)(?:\s+(?:{alternation({w for c in (*lex.at_least, *lex.at_most, *lex.approx) for w in c.split()})}))*\s+$",
            re.I),
        growth_cue=re.compile(rf"\b(?:{alternation(lex.growth_cues)})\b"),
        between=re.compile(r"(?i:between|from)\s*$"),
        change_before=re.compile(rf"\b(?:{alternation((*lex.growth_cues, *lex.fall_cues, *lex.change_words))})\b"
                                 r"(?:[^.;:!?]|\.(?=\d))*$", re.I),
        index=StartIndex([re.compile(r"\d\w*"), re.compile(number_runs, re.I),
                          re.compile(rf"{number_runs}(?:{alternation(_runs(lex.scales))})?", re.I),
                          re.compile(rf"{number_runs}(?:(?:fold|times)\w*)?", re.I),
                          re.compile(r"\w*(?:fold|times)\w*", re.I),  # what every multiplier holds
                          re.compile(first_runs([w for w in lex.multipliers if not w[0].isdigit()]), re.I)],
                         _FirstWords()),  # its own: figures are read in the masked text
        lex=lex,
        prefix_codes=prefix_codes,
        suffix_codes=suffix_codes,
        shared={w.lower(): cs for w, cs in lex.shared_currencies.items()},
        # a first character, then a digit that starts a run of digits within reach after it
        prefix_starts=re.compile(rf"[{prefix_firsts}](?=[\s\S]{{0,{prefix_reach - 1}}}(?<!\d)\d)"),
        number_word=re.compile(rf"(?i:{words})"),
        dateline=re.compile(
            r"[ \t]*[*_]*(?P<city>[A-Z](?:[^\W\d_]|['’.])*(?:[ -][A-Z](?:[^\W\d_]|['’.])*){0,2})"  # "**Hanoi, 6 October 2025** —"
            r"(?P<date>,[ \t]*(?:[A-Z][a-z]+day,?[ \t]+)?(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?"
            r"|\d{1,2}(?:st|nd|rd|th)?[ \t]+[A-Z][a-z]{2,8}\.?)(?:,?[ \t]+\d{4})?"
            r"(?:,?[ \t]+\d{1,2}[:.h]\d{2}[ \t]*(?:[ap]\.?m\.?)?)?)?[*_]*"
            r"[ \t]*(?P<credit>\([^)\n]{1,40}\))?[ \t]*(?:[—–:]|-{1,2})[ \t]",
        ),
    )


def mask(text: str) -> str:
    """Blank out URLs and clock times (same length, so offsets stay valid)."""
    # every URL holds "/", "<" or "www." (only "W" is a "w" when case is ignored), and a `_URL_PART`; every clock
    # time holds ":"; a text with neither stays the same object
    urls = ("/" in text or "<" in text or "www." in text.lower()) and _URL_PART.search(text) and _URL.search(text)
    if urls:
        text = _URL.sub(lambda m: " " * len(m.group(0)), text)
    # a clock time starts one or two characters before its first colon
    colons = {p for c in map(re.Match.start, _COLON.finditer(text)) for p in (c - 2, c - 1) if p >= 0}
    clocks = [m.span() for m in finditer_at(_CLOCK, text, sorted(colons))]
    if not clocks:
        return text
    pieces: list[str] = []
    last = 0
    for s, e in clocks:
        pieces += (text[last:s], " " * (e - s))
        last = e
    masked = "".join([*pieces, text[last:]])
    if not urls:  # a clock time is whole words (\b at both ends): the masked text's words are the others
        starts, words = text_words(text)
        keep = [True] * len(starts)
        for s, e in clocks:
            for i in range(bisect.bisect_left(starts, s), bisect.bisect_left(starts, e)):
                keep[i] = False
        _last_words[:] = [(masked, list(compress(starts, keep)), list(compress(words, keep))), _last_words[0]]
    return masked


_BLANKS = re.compile(_BLANK)
_APOSTROPHES = re.compile("['’]")
_DECIMAL_COMMA = re.compile(r"\d{1,3},\d{1,2}")
# A document that writes its percentages with a decimal comma ("5,6%") and none with a decimal point groups
# thousands with dots: its "US$ 7.054 million" is 7,054 million (Spanish and Portuguese style in English text).
_COMMA_PERCENT = re.compile(r"(?<![\d.,])\d{1,3},\d{1,2}\s?(?:%|per\s?cent|percent)")
_DOT_PERCENT = re.compile(r"(?<![\d.,])\d{1,3}\.\d{1,2}\s?(?:%|per\s?cent|percent)")
_DOT_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3})+")


def _dot_grouping(masked: str) -> bool:
    """Whether a text groups thousands with dots: a decimal comma in a percentage, no decimal point in one."""
    return "," in masked and bool(_COMMA_PERCENT.search(masked)) and not _DOT_PERCENT.search(masked)


def _split_number(s: str) -> tuple[str, str]:
    """The whole and fractional digits of a number written in one of `NUMBER`'s forms.

    The last of a comma and a dot is the decimal mark when both are written ("1,234.5", "1.234,5"); a lone
    comma is one after blank grouping ("412 318,4") or before one or two final digits ("96,6"), else a
    thousands separator ("1,234", "1,23,456")."""
    spaced = bool(_BLANKS.search(s))
    s = _APOSTROPHES.sub("", _BLANKS.sub("", s))
    comma, dot = s.rfind(","), s.rfind(".")
    if comma > dot and (spaced or dot >= 0 or _DECIMAL_COMMA.fullmatch(s)):
        return s[:comma].replace(".", "").replace(",", ""), s[comma + 1 :]
    if dot >= 0:
        return s[:dot].replace(",", ""), s[dot + 1 :]
    return s.replace(",", ""), ""


def parse_number(s: str) -> float:
    """The value of a number written in one of `NUMBER`'s forms: "1 515.6", "412 318,4", "1.234,5", "96,6"."""
    whole, fraction = _split_number(s)
    return float(f"{whole}.{fraction}" if fraction else whole)


_number = parse_number


def _decimals(s: str) -> int:
    return len(_split_number(s)[1])


def words_to_number(text: str, lex: Lexicon) -> float | None:
    total = 0.0
    for w in re.split(r"[\s-]+", text.lower()):
        if not w or w == "and":
            continue
        if w == "hundred":
            total = (total or 1) * 100
        elif w in lex.number_words:
            total += lex.number_words[w]
        else:
            return None
    return total


# the first number of "X to Y <currency>" that is no amount: a year, or a number after a capitalised label
_YEAR_OR_LABEL = re.compile(r"(?:19|20)\d\d")
_LABEL_BEFORE = re.compile(r"\b[A-Z][a-z]+\s+$")


def _no_range(text: str, start: int, first: str, low: float, high: float, g: Grammar) -> bool:
    """Whether "X to Y" at `start` (X written `first`, worth `low`; Y worth `high`) is no range: a change word
    earlier in the sentence ("rose from 60 to 80 billion FCFA", "cut its target of USD 3 billion to 2 billion"),
    a year or a label's number as X ("in 2024 to 7,310 million rand", "2024/25 to 30 billion", "Tranche 2 to 4
    billion"), or a Y no larger than X."""
    return bool(g.change_before.search(text, max(0, start - 80), start) or _YEAR_OR_LABEL.fullmatch(first)
                or text[start - 1 : start] in ("/", "-", "–") or _LABEL_BEFORE.search(text, max(0, start - 20), start)
                or high <= low)


def _shortened(text: str, pattern: re.Pattern[str], m: re.Match[str]) -> re.Match[str]:
    """`m` without its range tail ("USD 1 billion" of "EUR 2 billion to 2.5 billion")."""
    return pattern.match(text, m.start(), m.start("num3") - 1) or m


def _scale(m: re.Match[str], lex: Lexicon) -> float:
    word = m.groupdict().get("scale") or m.groupdict().get("short")
    if not word:
        return 1.0
    key = re.sub(r"\s+", " ", word.lower())
    return lex.scales.get(key, 1.0)


def _hedge(text: str, start: int, end: int, lex: Lexicon) -> Bound:
    """The bound a hedge word before (or a qualifier after) the figure gives it (the longest cue wins)."""
    return _hedge_cue(text, start, end, lex)[0]


def _hedge_cue(text: str, start: int, end: int, lex: Lexicon) -> tuple[Bound, str]:
    """`_hedge`, with the cue that gave the bound ("" for none or one after the figure)."""
    window = text[max(0, start - 48) : start].lower()
    # "(about 4.4 billion dollars)", '"more than 800 million': an opening bracket or quote is not a word
    words = [w for w in (t.lstrip(_OPENERS) for t in _TOKEN.findall(window)) if w]
    after = text[end : end + 12].lower()
    if _AT_LEAST_AFTER.match(after):
        return "at_least", ""
    if _APPROX_AFTER.match(after):
        return "approx", ""
    tails = []
    while words:
        tails.append(" ".join(words[-5:]))
        if words[-1] not in _FILLERS:
            break
        if words[-1] == "the" and _OWN_RECORD.match(text, end):
            break  # "slightly below the €253bn recorded in 2024": another figure is compared with this one
        words.pop()  # "exceeded the $5bn": try again without the filler
    # a cue matches when it is a tail or ends one after a space: a word-aligned suffix of a tail
    said: set[str] = set()
    for t in tails:
        parts = t.split(" ")
        said.update(" ".join(parts[i:]) for i in range(len(parts)))
    ranks = _cue_ranks(lex)
    found = [(-len(cue), ranks[cue][0], cue) for cue in said if cue in ranks]
    if not found:
        return "exact", ""
    cue = min(found)[2]  # the longest cue; of two as long, the first of at_least, at_most, approx
    if cue == "up to" and tails[0].endswith(" the"):
        return "exact", ""  # "both sides signed up to the $10 billion goal": a known figure, no ceiling
    if cue in ("over", "above") and _RATE_OVER.search(window):
        return "exact", ""  # "a growth of 4.1 per cent over USD 9.20 billion": the rate's base, no hedge
    return ranks[cue][1], cue


_CUE_RANKS: list[tuple[Lexicon, dict[str, tuple[int, Bound]]]] = []


def _cue_ranks(lex: Lexicon) -> dict[str, tuple[int, Bound]]:
    """Each hedge cue -> its rank among at_least, at_most and approx cues in order, and its bound (the first)."""
    if not _CUE_RANKS or _CUE_RANKS[0][0] is not lex:
        ranks: dict[str, tuple[int, Bound]] = {}
        bounds: tuple[tuple[Bound, tuple[str, ...]], ...] = (
            ("at_least", lex.at_least), ("at_most", lex.at_most), ("approx", lex.approx))
        for bound, cues in bounds:
            for cue in cues:
                ranks.setdefault(cue, (len(ranks), bound))
        _CUE_RANKS[:] = [(lex, ranks)]
    return _CUE_RANKS[0][1]


def interval(value: float, step: float, bound: Bound, near: bool = False) -> tuple[float | None, float | None]:
    """The interval a figure stands for after its hedge and rounding; `near`: an at-most cue that also bounds
    from below ("nearly"), by the lexicon's kg:AtMost kg:width, or an at-least cue that also bounds from above
    ("barely above", "just over"), by kg:AtLeast kg:width. An "about" figure spreads by half its rounding
    step or kg:Approx kg:width of its value, the wider (the hedge covers the rounding: "about $7 billion" is 6.5
    to 7.5, "around $50 billion" 48.5 to 51.5)."""
    half = abs(step) / 2
    if bound == "at_least":
        return value, (value + abs(value) * load_lexicon().near_above_width if near else None)
    if bound == "at_most":
        return (value - abs(value) * load_lexicon().near_width if near else None), value
    if bound == "approx":
        spread = max(half, abs(value) * load_lexicon().approx_width)
        return value - spread, value + spread
    return value - half, value + half


def _clean(x: float) -> float:
    """Round away binary noise (12.3 * 1e9 -> 12300000000.0)."""
    if x == 0 or not math.isfinite(x):
        return x
    return _rounded(x)


@lru_cache(maxsize=4096)  # a corpus states the same values again and again
def _rounded(x: float) -> float:
    return float(Decimal(repr(x)).quantize(Decimal(1).scaleb(math.floor(math.log10(abs(x))) - 12)))


def _quantity(text: str, m: re.Match[str], *, start: int, kind: str, unit: str, lex: Lexicon, scale: float,
              num: float, step: float, num2: float | None = None, inherited: bool = False) -> Quantity:
    end = m.end()
    bound, cue = _hedge_cue(text, start, end, lex)
    low: float | None
    high: float | None
    if num2 is not None:
        lo, hi = sorted((num * scale, num2 * scale))
        value, low, high, bound = (lo + hi) / 2, lo, hi, "range"
    else:
        value = num * scale
        low, high = interval(value, step * scale, bound, near=cue in (lex.near_above if bound == "at_least" else lex.near))
        if kind == "percent" and low is not None and cue in lex.near:
            low = min(low, value - abs(step * scale) / 2)  # "nearly 10%": a rate's hedge is in points (9.5 to 10)
        if high is not None and bound == "at_least" and cue in lex.near_above:
            high = max(high, value + abs(step * scale) / 2)  # "just over 5%" (to 5.5), "just over $1 billion" (to 1.5)
        if m.groupdict().get("plus"):
            bound, low, high = "at_least", value, None
    return Quantity(
        start=start, end=end, text=text[start:end], quantity=kind, value=_clean(value), unit=unit,  # type: ignore[arg-type]
        bound=bound, low=None if low is None else _clean(low), high=None if high is None else _clean(high),
        inherited_unit=inherited,
    )


def _follower_ok(text: str, end: int, lex: Lexicon) -> bool | None:
    """For a bare '100 billion': True = money-like context, False = a count, None = unknown noun."""
    rest = text[end : end + 40]
    if re.match(r"\s*(?:[.,;:!?)\]”\"’']|$)", rest):
        return True
    low = rest.lower().lstrip()
    followers, counts = _follower_patterns(lex)
    if followers.match(low):
        return True
    if counts.match(low):
        return False
    return None


_FOLLOWERS: list[tuple[Lexicon, tuple[re.Pattern[str], re.Pattern[str]]]] = []


def _follower_patterns(lex: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """kg:BareFigureFollowers as one pattern, and kg:CountNouns, alone or after a word or two ("3 million
    new jobs"), as another, each matching where one of its words does (a match of an alternation is tried
    with every alternative before it fails): compiled once for the lexicon (kept by identity)."""
    if not _FOLLOWERS or _FOLLOWERS[0][0] is not lex:
        def words(cues: tuple[str, ...]) -> str:
            return "|".join(re.escape(c.lower()) for c in cues) or "(?!)"

        _FOLLOWERS[:] = [(lex, (re.compile(rf"(?:{words(lex.bare_followers)})\b"),
                                re.compile(rf"(?:[a-z-]+ ){{0,2}}(?:{words(lex.count_nouns)})\b")))]
    return _FOLLOWERS[0][1]


_LEAD = 1200  # a dateline is among the first lines: headline, byline and date come before the lead


@cache
def _names_of(code: str) -> tuple[str, ...]:
    """A country's names and demonyms (places.ttl and CLDR)."""
    lex = load_lexicon()
    return tuple(n for n, c in (*lex.place_names.items(), *lex.demonyms.items()) if c == code)


def _region(language: str | None) -> str | None:
    """The region of a declared language tag: 'en-CA' -> 'CA', 'zh-Hant-HK' -> 'HK', 'en' -> None."""
    subtags = (language or "").split("-")[1:]
    return next((s.upper() for s in subtags if len(s) == 2 and s.isalpha()), None)


def _home(text: str, g: Grammar, language: str | None = None) -> str | None:
    """`_find_home`; with the grammar (as every caller has it), the last few texts' answers are kept: a document's
    figures, its bare "$" and its "the country's" all ask for it."""
    return _cached_home(text, language) if g is grammar() else _find_home(text, g, language)


@lru_cache(maxsize=4)
def _cached_home(text: str, language: str | None) -> str | None:
    return _find_home(text, grammar(), language)


def _find_home(text: str, g: Grammar, language: str | None = None) -> str | None:
    """The document's home country from domestic signals (kg:DatelineCities, kg:DomesticInstitutions,
    the region of the language the page declares, e.g. lang="en-CA").

    A dateline counts when its city is in capitals or followed by a date, and carries no wire credit in
    brackets; a dateline with one from another country than the page's locale makes the text a wire's story,
    whose home no page locale tells. An institution
    counts when its country's name or demonym is not written right before it. Two different home countries give
    none.
    """
    lex = g.lex
    homes: set[str] = set()
    wire = False
    for line in text[:_LEAD].split("\n"):
        m = g.dateline.match(line) or _DATE_LINE.match(line)
        if m and m.group("credit"):
            city = m.group("city")
            code = lex.dateline_cities.get(city) or lex.dateline_cities.get(city.title())
            # "SANTIAGO, Jan 14 (Reuters) -": a wire's copy, whatever site republishes it; a national agency's story
            # from the page's own country ("SYDNEY (AAP) -" on an en-AU page) keeps the page's home
            wire = wire or code != _region(language)
            continue
        if m and (m.group("city").isupper() or m.group("date")):
            city = m.group("city")
            code = lex.dateline_cities.get(city) or lex.dateline_cities.get(city.title())
            if code:
                homes.add(code)
                break
    region = _region(language)
    if region in lex.countries and not wire:
        homes.add(region)  # the page's declared locale, unless it carries a wire's story
    for name, code in lex.domestic_institutions.items():
        at = text.find(name)
        while at >= 0:
            end = at + len(name)
            whole = (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum())
            if whole and not any(n in text[max(0, at - 40) : at] for n in _names_of(code)):
                homes.add(code)
                break
            at = text.find(name, end)
    return next(iter(homes)) if len(homes) == 1 else None


# a labelled place-and-date line of a brief's head: "**Date:** Kathmandu, 18 September 2025"
_DATE_LINE = re.compile(r"[ \t]*[*_]*(?:Date|Dateline|Place)[*_]*:[*_]*[ \t]*(?P<city>[A-Z][A-Za-z'’.]*(?:[ -][A-Z][A-Za-z'’.]*){0,2})"
                        r",[ \t]*(?P<date>\d{1,2}[ \t]+[A-Z][a-z]{2,8}\.?[ \t]+\d{4}|[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},?[ \t]+\d{4})"
                        r"(?P<credit>)")


def _document_dollar(text: str, explicit: set[str], g: Grammar, language: str | None = None) -> str:
    """The currency a bare "$" (or "dollars") stands for, given the country dollars written explicitly.

    Copy that marks a country's dollar (C$, A$) does so to tell it from the US dollar, so its bare "$" is USD
    (wire style: "C$174.6 billion ... a $64.2 billion deficit"); domestic copy (a dollar country's dateline
    without a wire credit, or its institutions cited unqualified) writes its own dollar bare. Domestic copy of a
    country whose peso is written "$" at home writes it bare when it marks the US dollar ("US$").
    """
    declared = _declared_dollar(text, g)
    if declared:
        return declared  # "All values are in New Zealand dollars (NZD)", "All figures ... in Australian dollars"
    home = _home(text, g, language)
    dollar = territory_dollar(home) if home else None
    if dollar and dollar not in explicit:
        return dollar
    peso = territory_peso(home) if home and _MARKED_USD in explicit else None  # CLDR's locales read only then
    if peso and peso not in explicit and not _dollar_sized(text, g):
        # (not when the peso has its own mark too: "$310 million, some MX$5.7 billion" is dollars)
        return peso  # a Buenos Aires paper writes "US$" for dollars and "$" for its pesos
    return "USD"


def _dollar_sized(text: str, g: Grammar) -> bool:
    """Whether most of the bare "$" amounts are the size of a "US$" amount of the same text (within a factor of
    two of one): a peso is worth a small fraction of a dollar, so copy that writes its pesos "$" beside "US$"
    gives peso amounts far larger than its dollar amounts ("US$6.1 billion, some $8.9 trillion"); bare amounts
    the size of the dollar ones ("sold US$4.8 billion ... two-way trade reached $9.1 billion") are dollars
    written both ways. A "$" the currency's name follows ("$38,210 million pesos") counts for neither."""
    lex = g.lex
    prefix, _, _ = _money_matches(text, g, g.starts(text))
    bare: list[float] = []
    marked: list[float] = []
    for m in prefix:
        sym = m.group("sym") or m.group("word")
        value = _number(m.group("num")) * _scale(m, lex)
        if sym.lower() in lex.ambiguous_dollar:
            named = _NAME_AFTER.match(text, m.end())
            if not (named and named["w"].lower() in g.suffix_codes):
                bare.append(value)
        elif g.prefix_codes[sym] == "USD":
            marked.append(value)
    near = sum(any(v / 2 <= b <= v * 2 for v in marked) for b in bare)
    return 2 * near > len(bare)


_MARKED_USD = "USD (marked)"
# a document's statement of its currency: "All values are in New Zealand dollars", "figures in this article are
# in Australian dollars unless otherwise stated"
_DECLARED = re.compile(r"\b(?:values|figures|amounts|numbers|prices)\b[^.\n]{0,40}?\b(?:are\s+(?:in\s+)?|in\s+)"
                       r"(?P<cur>(?:[A-Z][a-z]+\s+){1,2}dollars?)\b")


def _declared_dollar(text: str, g: Grammar) -> str | None:
    """The dollar a document declares its figures to be in, when it names one (a text without "dollar" names
    none: the pattern, which has no literal to skip ahead to, is not tried at every word boundary)."""
    if "dollar" not in text:
        return None
    for m in _DECLARED.finditer(text):
        code = g.lex.currency_words.get(m.group("cur").lower()) or g.lex.currency_words.get(m.group("cur"))
        if code and is_dollar(code):
            return code
    return None


@cache
def _users(currency: str) -> tuple[str, ...]:
    """The countries that use a currency today (CLDR)."""
    lex = load_lexicon()
    return tuple(code for code, c in lex.countries.items() if not c.bloc and currency in territory_currencies(code))


@cache
def _users_names(currency: str) -> tuple[tuple[str, ...], re.Pattern[str]]:
    """The names and demonyms of every country that uses a currency, and a pattern of them as whole words."""
    names = tuple(n for country in _users(currency) for n in _names_of(country))
    return names, re.compile(rf"(?<!\w)(?:{alternation(names)})(?!\w)")


def _first_user(text: str, currency: str) -> int | None:
    """Where `text` first names (a whole word) a country that uses `currency`, None when it names none: a name that
    is not even a substring of the text is no word of it, so the pattern is only searched when one is."""
    names, pattern = _users_names(currency)
    m = pattern.search(text) if any(n in text for n in names) else None
    return m.start() if m else None


_PARTNER_PREP = re.compile(r"(?<!according\s)\b(?:to|from|with|into)\s+(?:the\s+)?$", re.I)


def _first_owner(text: str, currency: str) -> int | None:
    """Where `text` first names a country that uses `currency` not as a flow's partner ("Exports to Tanzania
    climbed to Sh18.2 billion, Kenya's customs said": Kenya)."""
    names, pattern = _users_names(currency)
    if not any(n in text for n in names):
        return None
    return next((m.start() for m in pattern.finditer(text)
                 if not _PARTNER_PREP.search(text, max(0, m.start() - 12), m.start())), None)


def _last_user(text: str, currency: str) -> int | None:
    """Where `text` last names a country that uses `currency`, None when it names none."""
    names, pattern = _users_names(currency)
    if not any(n in text for n in names):
        return None
    return max((m.start() for m in pattern.finditer(text)), default=None)


def _names_user(text: str, currency: str) -> bool:
    """Whether `text` names a country that uses `currency`."""
    return _first_user(text, currency) is not None


def _without_exclusions(text: str) -> str:
    """`text` with the phrases that hold a country's name without naming it (kg:Exclusion: "Indian Ocean") blanked,
    offsets kept."""
    pattern = exclusion_pattern(load_lexicon().exclusions)
    if pattern is None:
        return text
    return pattern.sub(lambda m: " " * len(m.group(0)), text)


def _shared_currency(text: str, candidates: tuple[str, ...], home: str | None, used: int = -1) -> str | None:
    """Which of the currencies that share a name ("Rs", "pesos": `candidates`, today's default first, ""
    when there is none) the document means: its home country's, else that of the country its masthead names (a
    publisher's name as its first line: `first_line_name`), else the one whose countries alone the document names, else
    the one whose ISO code alone it writes when it is the first such country named, else, when it names users of
    several, that of the one the sentence of its first use (at `used`) names first as no partner, else (the
    sentence names only a partner) that of the other user named last before the sentence, else that of the one the
    document names first; else the default (None when there is none)."""
    if home:
        own = [c for c in candidates if c and c in territory_currencies(home)]
        if own:
            return own[0]
    text = _without_exclusions(text)  # "Indian Ocean Newswire" names no user of the Indian rupee
    masthead = first_line_name(text)
    own = [c for c in candidates if c and _names_user(masthead, c)] if masthead else []
    if len(own) == 1:
        return own[0]  # "STATISTICS MAURITIUS" over a release on imports from India: its "Rs" is the Mauritian rupee
    named = [c for c in candidates if c and _names_user(text, c)]
    if len(named) == 1:
        return named[0]
    written = [c for c in candidates if c and re.search(rf"(?<![\w$]){c}(?!\w)", text)]
    if len(written) == 1:
        # "dinars" in a release on "Tunisia's exports to Libya" that writes "TND 1,802 million": the code of the
        # country it names first (not a stray "KWD 20 million in aid" in a story on Jordan's exports)
        firsts = [(at, c) for c in candidates if c and (at := _first_user(text, c)) is not None]
        if firsts and min(firsts)[1] == written[0]:
            return written[0]
    if len(named) > 1:
        # "pesos" in a Chilean column on sales to Bolivia that also names Mexico, "Rs" in a Nepali story on trade
        # with Bangladesh that names India as the transit route: the currency of the country its first sentence
        # with the name (at `used`) names first, else the document, not today's default (a headline on
        # Pakistani rice growers over "India's sales to Nepal ... reached Rs 4,100 crore": the Indian rupee)
        if used >= 0:
            s, e = _sentence_around(text, used)
            sentence = text[s:e]
            here = [(got, i, c) for i, c in enumerate(named) if (got := _first_owner(sentence, c)) is not None]
            if here:
                return min(here)[2]
            # named only as the partner ("purchases from Zambia cost about K510 billion" in a Malawian
            # paper, after "everything Malawi imported"): the other country that uses the name named last before
            partners = {c for c in named if _first_user(sentence, c) is not None}
            before = [(last, c) for c in named if c not in partners and (last := _last_user(text[:s], c)) is not None]
            if partners and before:
                return max(before)[1]
        return min((_first_user(text, c) or 0, i, c) for i, c in enumerate(named))[2]
    return candidates[0] or None


_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")


def _sentence_around(text: str, at: int) -> tuple[int, int]:
    """The bounds of the sentence (or line) holding offset `at`."""
    start = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, at - 400), at)), default=max(0, at - 400))
    end = _SENTENCE_END.search(text, at)
    return start, end.start() if end else len(text)


_NAME_AFTER = re.compile(r"[ \t]+(?P<w>[^\W\d_]+)\b")


def _money_matches(masked: str, g: Grammar, at: dict[str, list[int]]) -> tuple[list[re.Match[str]], list[re.Match[str]], set[str]]:
    """The prefix and suffix money matches, and the country dollars (not USD) and the pesos with a "$" sign of their
    own ("MX$") they write explicitly."""
    prefix = list(finditer_at(g.money_prefix, masked, at["money_prefix"]))
    suffix = list(finditer_at(g.money_suffix, masked, at["money_suffix"]))
    written = {(m.group("sym") or m.group("word")): g.prefix_codes[m.group("sym") or m.group("word")] for m in prefix}
    codes = set(written.values())
    codes.update(g.suffix_codes[m.group("suffix").lower()] for m in suffix)
    explicit = {c for c in codes if c and c != "USD" and is_dollar(c)}
    if any(c == "USD" and w.lower() not in g.lex.ambiguous_dollar for w, c in written.items()):
        explicit.add(_MARKED_USD)  # "US$", "USD", "u$s": the US dollar told apart from a local "$"
    # a peso written with a sign of its own ("MX$", "COL$"), so not as the bare "$"
    explicit.update(c for w, c in written.items() if c and "$" in w and w.lower() not in g.lex.ambiguous_dollar
                    and not is_dollar(c) and c != "USD")
    return prefix, suffix, explicit


def home_country(text: str, language: str | None = None) -> str | None:
    """The document's home country from its domestic signals (see `_home`), or None."""
    return _home(mask(text), grammar(), language)


def document_dollar(text: str, language: str | None = None) -> str:
    """The ISO code a bare "$" or "dollars" stands for in `text`, one document (declaring `language`).

    The dollar of the document's home country (its dateline without a wire credit, a domestic institution
    it cites unqualified, or the region of its declared language) unless the document marks that dollar explicitly (A$, C$: then the bare "$" is
    the US dollar it is told apart from); else USD. "US$" and "U.S. dollars" are USD wherever they are.
    """
    g = grammar()
    masked = mask(text)
    _, _, explicit = _money_matches(masked, g, g.starts(masked))
    return _document_dollar(masked, explicit, g, language)


def _word_at(text: str, word: str) -> int:
    """Where `word` is first written in `text` as a word of its own, -1 when it is not."""
    m = re.search(rf"(?<![\w$]){re.escape(word)}(?!\w)", text)
    return m.start() if m else -1


def document_currency(text: str, word: str, language: str | None = None) -> str | None:
    """The ISO code a currency name or sign stands for in `text`, one document (declaring `language`).

    A name several currencies share ("Rs", "rupees", "pesos", "francs": kg:CurrencyWords) is the currency of
    the document's home country (see `home_country`) when it is one of them, else the one whose countries
    alone the document names, else today's default; a bare "$" or "dollars" is `document_dollar`'s; any other
    name is its own currency. None when the name is no currency, or a shared one with no default unresolved.
    """
    g = grammar()
    low = word.lower()
    if low in g.lex.ambiguous_dollar:
        return document_dollar(text, language)
    if low in g.shared:
        masked = mask(text)
        return _shared_currency(masked, g.shared[low], _home(masked, g, language), _word_at(masked, word))
    return g.suffix_codes.get(low) or g.prefix_codes.get(word) or None


def find_quantities(text: str, language: str | None = None) -> list[Quantity]:
    """Every money, percent, percentage-point and multiplier figure in `text`, in order, no overlaps.

    `language` is the document's declared language tag; its region, with the document's other home signals,
    tells a bare "$" (see document_dollar) and a shared currency name such as "Rs" (see document_currency)."""
    g = grammar()
    lex = g.lex
    masked = mask(text)
    found: list[Quantity] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    def add(q: Quantity) -> None:
        found.append(q)
        taken.append((q.start, q.end))

    at = g.starts(masked)
    prefix, suffix, explicit = _money_matches(masked, g, at)
    dotted = _dot_grouping(masked)

    def grouped(num: str, m: re.Match[str]) -> str:
        """A money number as the document groups it: "7.054" is "7,054" where dots group thousands, unless a
        scale above a million follows ("US$ 2.125 billion" is no 2,125 billion: Spanish groups millions)."""
        return num.replace(".", ",") if dotted and _DOT_GROUPED.fullmatch(num) and _scale(m, lex) <= 1e6 else num
    dollar: list[str] = []  # the document's dollar, found at the first bare "$"
    shared: dict[tuple[str, ...], str | None] = {}  # a shared name's currency, found at its first use
    home: list[str | None] = []

    def unit_of(written: str, code: str, at: int) -> str | None:
        low = written.lower()
        candidates = g.shared.get(low)
        if candidates:
            if candidates not in shared:
                if not home:
                    home.append(_home(masked, g, language))
                shared[candidates] = _shared_currency(masked, candidates, home[0], at)
            return shared[candidates]
        if low not in lex.ambiguous_dollar:
            return code
        if not dollar:
            dollar.append(_document_dollar(masked, explicit, g, language))
        return dollar[0]

    for m in prefix:
        sym = m.group("sym") or m.group("word")
        if sym[:1].isalpha() and not (m.group("scale") or m.group("short")) and (
                (len(sym) == 1 and sym.isalpha())
                or (g.shared.get(sym.lower(), ("x",))[0] == "" and sym.lower() not in lex.currency_scales
                    and sum(ch.isdigit() for ch in m.group("num")) < 3)):
            continue  # a one-letter sign ("R", "N") makes money only with a scale: "N2.87 trillion", not "N95"; a
            # sign read only where the text's country uses it, with no scale, only with three digits: "NIS 250",
            # not the EU's "NIS 2" rules in a story on Israel
        start = m.start("sym") if m.group("sym") else m.start("word")
        n2 = m.group("num2") and grouped(m.group("num2"), m)
        unit = unit_of(sym, g.prefix_codes[sym], m.start())
        named = _NAME_AFTER.match(masked, m.end())
        if (named and sym.lower() in lex.ambiguous_dollar and (word := named["w"].lower()) in g.suffix_codes
                and word not in lex.ambiguous_dollar):
            unit = unit_of(word, g.suffix_codes[word], m.start())  # "$38,210 million pesos": the peso's sign
        if not unit:
            continue  # a shared name with no default that the document does not resolve
        num1 = grouped(m.group("num"), m)
        scale = _scale(m, lex) * lex.currency_scales.get(sym.lower(), 1.0)
        second = _number(n2) if n2 else None
        if m.group("num3"):
            third = _number(grouped(m.group("num3"), m))
            if (not m.group("scale") or m.group("scale3").lower() != m.group("scale").lower()
                    or _no_range(masked, start, m.group("num"), _number(num1), third, g)):
                # "USD 1 billion to 1.5 million consumers", "rose from EUR 2 billion to 2.5 billion": no range
                m = _shortened(masked, g.money_prefix, m)
            else:
                second = third
        add(_quantity(masked, m, start=start, kind="money", unit=unit, lex=lex, scale=scale, num=_number(num1),
                      step=10.0 ** -_decimals(num1), num2=second))
    for m in suffix:
        if (m.group("num2") and not m.group("wnum") and " to" in masked[m.end("num"):m.start("num2")]
                and _no_range(masked, m.start(), m.group("num"), _number(grouped(m.group("num"), m)),
                              _number(grouped(m.group("num2"), m)), g)):
            m = g.money_suffix.match(masked, m.start("num2")) or m  # the level after "to" alone is the figure
            if m.group("num2"):
                continue
        if not free(m.start(), m.end()):
            continue
        if m.group("wnum"):
            n = words_to_number(m.group("wnum"), lex)
            if n is None:
                continue
            num, step = n, 1.0
        else:
            num1 = grouped(m.group("num"), m)
            num, step = _number(num1), 10.0 ** -_decimals(num1)
        n2 = m.group("num2") and grouped(m.group("num2"), m)
        word = m.group("suffix")
        unit = unit_of(word, g.suffix_codes[word.lower()], m.start())
        if not unit:
            continue
        scale = _scale(m, lex) * lex.currency_scales.get(word.lower(), 1.0)  # "152.6 MMDH": billions of dirhams
        if m.group("more"):  # "1 billion 210 million dollars": the parts add up
            parts = re.findall(r"([\d.,]+)\s+(\w+)", m.group("more"))
            num += sum(_number(n) * lex.scales.get(w.lower(), 1.0) for n, w in parts) / scale
            step = min(lex.scales.get(w.lower(), 1.0) for _n, w in parts) / scale
        add(_quantity(masked, m, start=m.start(), kind="money", unit=unit, lex=lex,
                      scale=scale, num=num, step=step, num2=_number(n2) if n2 else None))
    for m in finditer_at(g.percent, masked, at["percent"]):
        if not free(m.start(), m.end()):
            continue
        unit_word = m.group("unit").lower()
        is_pp = "point" in unit_word or unit_word.startswith("pp") or unit_word.startswith("b")
        scale = 0.01 if unit_word.startswith("b") else 1.0
        num = _number(m.group("num"))
        if m.group("sign") in ("-", "−"):
            num = -num
        n2 = m.group("num2")
        q = _quantity(masked, m, start=m.start(), kind="pp" if is_pp else "percent", unit="pp" if is_pp else "percent",
                      lex=lex, scale=scale, num=num, step=10.0 ** -_decimals(m.group("num")),
                      num2=_number(n2) if n2 else None)
        add(q)
    for m in finditer_at(g.number_words, masked, at["number_words"]):
        n = words_to_number(m.group("wnum"), lex)
        if n is not None and free(m.start(), m.end()):
            add(_quantity(masked, m, start=m.start(), kind="percent", unit="percent", lex=lex, scale=1.0, num=n, step=1.0))
    if g.fraction_hint.search(masked):
        for m in g.fraction.finditer(masked):
            if free(m.start(), m.end()) and _fraction_read(masked, m, g):
                add(_fraction(masked, m.start(), m.end(), lex.fractions[_spaced(m.group("word"))], lex))
    for m in finditer_at(g.multiplier, masked, at["multiplier"]):
        if not free(m.start(), m.end()):
            continue
        raw = m.group("num")
        n = words_to_number(raw, lex) if raw[0].isalpha() else _number(raw)
        if n is None or n <= 1:
            continue
        if m.group("unit").lower() == "times" and not _growth_times(masked, m.start(), m.end(), lex):
            continue
        add(_multiplier(masked, m.start(), m.end(), _clean((n - 1) * 100), lex))
    for m in finditer_at(g.multiplier_word, masked, at["multiplier_word"]):
        if free(m.start(), m.end()):
            add(_multiplier(masked, m.start(), m.end(), lex.multipliers[m.group("word").lower()], lex))
    money = sorted((q for q in found if q.quantity == "money"), key=lambda q: q.start)
    counted = -1  # where the last bare figure of a count ("1.4 billion people") starts
    for m in finditer_at(g.bare, masked, at["bare"]):
        if not free(m.start(), m.end()):
            continue
        ok = _follower_ok(masked, m.end(), lex)
        if ok is False:
            counted = m.start()
        if not ok or not money:
            continue
        before = [q for q in money if q.start < m.start()]
        if counted >= 0 and (not before or before[-1].start < counted) and not _SENTENCE_GAP.search(
                masked, counted, m.start()):
            continue  # "210 million people and Ghana about 34 million": the count said again, no money
        unit = (before[-1] if before else money[0]).unit
        n2 = m.group("num2")
        add(_quantity(masked, m, start=m.start(), kind="money", unit=unit, lex=lex, scale=_scale(m, lex),
                      num=_number(m.group("num")), step=10.0 ** -_decimals(m.group("num")),
                      num2=_number(n2) if n2 else None, inherited=True))
    found.sort(key=lambda q: q.start)
    return [_per_unit(masked, q, lex) for q in _merge_between(masked, found, g) if not _exchange_rate(masked, q)]


# a sentence's end between two figures: a full stop, "!" or "?" before a blank, a line break
_SENTENCE_GAP = re.compile(r"[.!?]\s|\n")
_EQUALS_AFTER = re.compile(r"\s*=")
_EQUALS_BEFORE = re.compile(r"=\s*$")


def _exchange_rate(text: str, q: Quantity) -> bool:
    """'($1 = 0.9547 euros)', '£1 = ₹115': a conversion note, not an amount of money."""
    return q.quantity == "money" and bool(
        _EQUALS_AFTER.match(text, q.end) or _EQUALS_BEFORE.search(text, max(0, q.start - 4), q.start))


def _multiplier(text: str, start: int, end: int, value: float, lex: Lexicon) -> Quantity:
    """A growth multiplier ("doubled", "2.5 times") in percent, with the bound its hedge gives ("more than")."""
    bound = _hedge(text, start, end, lex)
    low, high = interval(value, 0.0, bound)
    return Quantity(start=start, end=end, text=text[start:end], quantity="multiplier", value=value,
                    unit="percent", bound=bound, low=None if low is None else _clean(low),
                    high=None if high is None else _clean(high))


# after a fraction: what it is no share of ("a quarter of a century", "half of 2024", "a third of the year")
_FRACTION_NOT_OF = re.compile(r"\s+of\s+(?:an?\s|\d|(?:the\s+)?(?:year|decade|century|month|week|day|hour)s?\b)", re.I)
_FRACTION_OF = re.compile(r"\s+of\s", re.I)
# before "half": a part of a period or a thing, not a fraction of a flow ("the first half of", "its half of")
_HALF_NOT = re.compile(r"\b(?:first|second|1st|2nd|latter|former|the|this|that|last|next|each|every|its|their|our|his|her)\s+$", re.I)


def _spaced(word: str) -> str:
    return re.sub(r"\s+", " ", word.lower())


def _fraction_read(text: str, m: re.Match[str], g: Grammar) -> bool:
    """Whether a fraction in words is a figure: a share before "of" ("more than a third of its exports"),
    or a change after "by"/"of" that a growth cue leads ("fell by a quarter", "a drop of one fifth")."""
    start, end = m.start(), m.end()
    if m.group("word").lower() == "half" and _HALF_NOT.search(text, max(0, start - 12), start):
        return False
    if _FRACTION_OF.match(text, end):
        return not _FRACTION_NOT_OF.match(text, end)
    lead = g.fraction_lead.search(text, max(0, start - 48), start)
    if not lead:
        return False
    before = text[max(0, lead.start() - 40) : lead.start()].lower()
    return g.growth_cue.search(before) is not None


def _fraction(text: str, start: int, end: int, value: float, lex: Lexicon) -> Quantity:
    """A fraction in words in percent: approximate unless a hedge bounds it ("more than a fifth")."""
    bound, cue = _hedge_cue(text, start, end, lex)
    if bound == "exact":
        bound = "approx"
    low, high = interval(value, 0.0, bound, near=cue in (lex.near_above if bound == "at_least" else lex.near))
    return Quantity(start=start, end=end, text=text[start:end], quantity="percent", value=_clean(value),
                    unit="percent", bound=bound, low=None if low is None else _clean(low),
                    high=None if high is None else _clean(high))


def _per_unit(text: str, q: Quantity, lex: Lexicon) -> Quantity:
    """'$60 a barrel', '$60-per-barrel', '$500/tonne': a unit price, not an amount of money."""
    if q.quantity != "money":
        return q
    m = re.match(r"(?:-per-|\s+per\s+|\s+an?\s+|\s*/\s*)([a-z]+(?:\s+[a-z]+)?)", text[q.end : q.end + 30], re.I)
    if not m:
        return q
    noun = m.group(1).lower()
    for n in lex.count_nouns:
        n = n.lower()
        if noun == n or noun.startswith(n.rstrip("s") + " ") or noun == n.rstrip("s") or noun.split()[0] == n.rstrip("s"):
            per = n.rstrip("s") if n.endswith("s") and not n.endswith("ss") else n
            if per in ("year", "month", "day", "hour", "minute", "time"):
                return q  # "$5 billion a year" is a yearly amount, still money
            return q.model_copy(update={"unit": f"{q.unit}/{per}"})
    return q


def _growth_times(text: str, start: int, end: int, lex: Lexicon) -> bool:
    before = text[max(0, start - 40) : start].lower()
    after = text[end : end + 20].lower()
    if re.match(r"\s*(?:larger|more|higher|bigger|greater|over|as (?:much|large|big|high))\b", after):
        return True
    return any(re.search(rf"\b{re.escape(c)}\b", before) for c in lex.growth_cues)


def _changed(text: str, pos: int, g: Grammar) -> bool:
    """'rose from X to Y' is a change between two figures, not a range (`pos`: where "from" starts)."""
    before = text[max(0, pos - 30) : max(0, pos)].lower()
    return any(re.search(rf"\b{re.escape(c)}\b", before) for c in g.lex.growth_cues)


_BARE_LOW = re.compile(rf"\b(?:between|from)\s+({_NUM})\s+(?:and|to)\s+$", re.I)


def _merge_between(text: str, qs: list[Quantity], g: Grammar) -> list[Quantity]:
    """'between $50 billion and $60 billion' is one range figure."""
    out: list[Quantity] = []
    i = 0
    while i < len(qs):
        q = qs[i]
        w0 = max(0, q.start - 40)
        bare = _BARE_LOW.search(text[w0 : q.start])
        if bare and bare.group(0).lower().startswith("from") and _changed(text, w0 + bare.start(), g):
            bare = None
        if bare and q.quantity in ("money", "percent", "pp") and q.bound != "range":
            lead = re.match(rf"\\?\D*?({_MONEY_NUM})", q.text)
            if lead:
                per_unit = q.value / _number(lead.group(1)) if _number(lead.group(1)) else 1.0
                lo, hi = sorted((_number(bare.group(1)) * per_unit, q.value))
                start = max(0, q.start - 40) + bare.start(1)
                out.append(Quantity(start=start, end=q.end, text=text[start:q.end], quantity=q.quantity,
                                    value=_clean((lo + hi) / 2), unit=q.unit, bound="range",
                                    low=_clean(lo), high=_clean(hi)))
                i += 1
                continue
        if i + 1 < len(qs):
            r = qs[i + 1]
            gap = text[q.end : r.start]
            if (q.unit == r.unit and re.fullmatch(r"\s*(?:and|to|-|–)\s*", gap)
                    and (bw := g.between.search(text[max(0, q.start - 12) : q.start]))
                    and not (bw.group(0).lower().startswith("from") and _changed(text, q.start - 6, g))):
                qv = q.value
                r_scale = re.search(r"[A-Za-z]+\s*$", r.text.split()[-1] if r.text.split() else "")
                if not re.search(r"[A-Za-z]", q.text.lstrip("\\$€£¥₹A-Z")) and r_scale:
                    qv = q.value * g.lex.scales.get(r_scale.group(0).lower(), 1.0)
                lo, hi = sorted((qv, r.value))
                out.append(Quantity(start=q.start, end=r.end, text=text[q.start:r.end], quantity=q.quantity,
                                    value=_clean((lo + hi) / 2), unit=q.unit, bound="range", low=lo, high=hi))
                i += 2
                continue
        out.append(q)
        i += 1
    return out
