"""The period grammar: temporal expressions resolved to ISO intervals against the publication date.

Handles years, deadlines ("by the end of 2024"), partial years ("the first 11 months of 2023",
"January-April", quarters, halves), fiscal years ("2024-25", "FY25", with the fiscal calendar from
ontology/) and months of them ("July-March 2024-25", "April-December FY25"), relative years ("this year",
"last year"), as-of words ("currently", "already"), comparison bases ("compared to the previous year"),
"the same period" and the same period of another year ("the same period of 2024", "the corresponding
period of last year"). No expression runs across a sentence end.
"""

from __future__ import annotations

import bisect
import calendar
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache

from babel.dates import get_month_names

from kg.figures import alternation, text_words
from kg.lexicon import Era, load_lexicon
from kg.models import TimeExpr

_ORD = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
        "final": 4, "last": 4}
# before "in N years", a word that makes the span one looking back: a superlative or record, or a past change
_LOOKS_BACK = re.compile(
    r"\b(?:\w+est|most|least|first|record|ever|time|(?:rose|grew|fell|jumped|climbed|increased|decreased|dropped|"
    r"declined|doubled|tripled|halved|surged|soared|expanded|shrank|shrunk|grown|risen|fallen|"
    r"moved|changed|stagnated|stalled|slipped|eased|gained|lost)\b)(?:\s+\S+){0,3}\s*$", re.I)  # within three words

_COUNT = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
          "ten": 10, "eleven": 11, "twelve": 12}


@cache
def _months() -> dict[str, int]:
    out: dict[str, int] = {}
    for width in ("wide", "abbreviated"):
        for num, name in get_month_names(width, locale="en").items():
            out[name.lower().rstrip(".")] = num
    out["sept"] = 9
    return out


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def year_span(year: int) -> tuple[date, date]:
    return date(year, 1, 1), date(year, 12, 31)


def fiscal_span(end_year: int, start: tuple[int, int]) -> tuple[date, date]:
    """The fiscal year that ends in `end_year` for a calendar starting on (month, day)."""
    m, d = start
    if (m, d) == (1, 1):
        return year_span(end_year)
    first = date(end_year - 1, m, d)
    last_month = m - 1 if d == 1 else m
    return first, month_end(end_year, last_month) if d == 1 else date(end_year, m, d - 1)


def _in_span(month: int, span: tuple[date, date], end: bool) -> date | None:
    """The first (or, with `end`, the last) day of the month numbered `month` that starts within a twelve-month
    `span` (a fiscal year): July of 2024-25 on a July calendar is July 2024, March is March 2025."""
    first, last = span
    for year in (first.year, last.year):
        if first <= date(year, month, 1) <= last:
            return month_end(year, month) if end else date(year, month, 1)
    return None


# the end of a figure right before a time: "US$3.41 billion ", "21.6% ", "2.4 percent " (not a year or a date)
_AFTER_FIGURE = re.compile(r"(?:\d\s*(?:%|per\s?cent|percent|pct|pc)|\d\s*(?:[bmtk]n|bln|mln|billion|million|trillion|thousand)|"
                           r"\b\d{1,3}(?:,\d{3})+(?:\.\d+)?|\b\d+\.\d+)\s+$", re.I)


_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")  # months in Roman numerals
Handler = Callable[[re.Match[str], date | None, tuple[int, int]], tuple[date, date, str, str, bool] | None]


def _year_of(word: str | None, published: date | None) -> int | None:
    """A year from '2023', 'this year', 'the year', 'last year', 'current year'; None if unknown."""
    if word is None or word == "":
        return published.year if published else None
    w = word.lower()
    if w.isdigit():
        return int(w)
    if published is None:
        return None
    if "last" in w or "previous" in w or "past" in w:
        return published.year - 1
    if "next" in w:
        return published.year + 1
    return published.year


_YEAR_IN = re.compile(r"(?<![\w.,])((?:19|20)\d\d)(?!\w|[.,]\d)")  # a year in running text ("in 2024", not "2,024")
_SPLIT_LABEL = re.compile(r"\d[-–/]\d{2,4}\s+(?:fiscal|financial)\s+$", re.I)  # "the 2024-25 fiscal " year ...
_LABELLED_YEAR = re.compile(r"(?:\d|\bfiscal|\bfinancial|\bcalendar|\bmarketing|\bcrop|\bthis|\bcurrent|\bso\s+far)\s*$", re.I)


@cache
def _flow_nouns() -> str:
    """The flow nouns (kg:GoodFlowNouns, kg:FlowNouns: "exports", "shipments") a month's name may stand before."""
    return alternation(load_lexicon().flow_nouns) or "(?!)"


@cache
def _patterns() -> _Grammar:
    mon = alternation(_months())
    wide = "|".join(get_month_names("wide", locale="en").values())
    yr = r"(?:19|20)\d\d"
    rel_year = r"(?:the|this|last|next|current|previous|past)\s+(?:calendar\s+)?year|the\s+current\s+year"
    count = "|".join(_COUNT) + r"|\d{1,2}"
    quarter_long = "|".join(k for k, v in _COUNT.items() if v == 3) + "|3"  # "the three months": a quarter's length
    # a fiscal year's label: "2024-25", "FY2024-25", "FY25", "fiscal 2025", "the current fiscal year"
    fy_range = rf"(?:(?:FY|fiscal(?:\s+year)?|financial\s+year)\s*)?(?P<y1>{yr})\s*[-–/]\s*(?P<y2>\d{{2}}|{yr})\b(?:\s+(?:fiscal|financial)(?:\s+year)?)?"
    fy_single = r"(?:FY\s*'?|(?:fiscal|financial)(?:\s+year)?\s+)(?P<fy>(?:19|20)?\d\d)\b"
    fy_relative = r"(?P<which>last|previous|prior|preceding|this|current|next)\s+(?:fiscal|financial)(?:\s+year)?\b"
    owner = r"(?-i:[A-Z][\w.-]*)['’]s\s+"  # "July-February of Egypt's current fiscal year": the country's own
    # the year a "same period" is moved to: "of 2024", "last year", "a year earlier", "of FY24"
    year_back = r"last\s+year|(?:the\s+)?(?:previous|prior|preceding)\s+year|a\s+year\s+(?:earlier|ago|before)|the\s+year\s+before"
    # a word that is a month's name (or one glued to what may follow it: "Julyto", "Aprilto30"); a year
    month_word, year_word = rf"(?:{mon})(?:(?:to|through|till|until|and)\w*)?", r"(?:19|20)\d\d"
    roman = "|".join(sorted(_ROMAN, key=len, reverse=True))

    def fiscal_range(m: re.Match[str], pub: date | None, fs: tuple[int, int]):  # type: ignore[no-untyped-def]
        y1 = int(m.group("y1"))
        y2 = m.group("y2")
        end = int(y2) if len(y2) == 4 else (y1 // 100) * 100 + int(y2)
        if end != y1 + 1:
            return None
        s, e = fiscal_span(end, fs if fs != (1, 1) else (4, 1))
        return s, e, "explicit", "point", False

    def fiscal_single(m: re.Match[str], pub: date | None, fs: tuple[int, int]):  # type: ignore[no-untyped-def]
        y = m.group("fy")
        end = int(y) if len(y) == 4 else 2000 + int(y)
        s, e = fiscal_span(end, fs)
        return s, e, "explicit", "point", False

    def first_parts(m: re.Match[str], pub: date | None, months: int):  # type: ignore[no-untyped-def]
        # the first n months ("the first nine months") or quarters ("the first three quarters") of a year
        n_raw = m.group("n").lower()
        n = (_COUNT.get(n_raw) or int(n_raw)) * months
        year = _year_of(m.group("y") or m.group("ry"), pub)
        if year is None or not 1 <= n <= 12:
            return None
        res = "explicit" if m.group("y") else "relative"
        return date(year, 1, 1), month_end(year, n), res, "point", n < 12

    def first_months(m: re.Match[str], pub: date | None, fs: tuple[int, int]):  # type: ignore[no-untyped-def]
        return first_parts(m, pub, 1)

    def first_quarters(m: re.Match[str], pub: date | None, fs: tuple[int, int]):  # type: ignore[no-untyped-def]
        return first_parts(m, pub, 3)

    def labelled_fiscal(m: re.Match[str], pub: date | None, fs: tuple[int, int]):  # type: ignore[no-untyped-def]
        # the fiscal year a part of it names: a range label ("2025-26"), a relative one ("the current fiscal
        # year") or a single one ("FY26")
        gd = m.groupdict()
        if gd.get("y1"):
            return fiscal_range(m, pub, fs)
        if gd.get("which"):
            return relative_fiscal(m, pub, fs)
        return fiscal_single(m, pub, fs)

    def first_of_fiscal(m: re.Match[str], pub: date | None, fs: tuple[int, int]):  # type: ignore[no-untyped-def]
        # "the first five months of FY26", "the second half of fiscal 2025-26": counted from the fiscal year's start
        got = labelled_fiscal(m, pub, fs)
        if got is None:
            return None
        start, gd = got[0], m.groupdict()
        if gd.get("half"):
            n, skip = 6, (6 if m.group("half").lower() == "second" else 0)
        elif gd.get("oq"):  # "the third quarter of fiscal 2025": the fiscal year's third three months
            n, skip = 3, 3 * (_ORD[m.group("oq").lower()] - 1)
        else:
            n_raw = m.group("n").lower()
            n, skip = (_COUNT.get(n_raw) or int(n_raw)) * (3 if (gd.get("unit") or "").lower().startswith("quarter") else 1), 0
        if not 1 <= n < 12:
            return None
        res = "relative" if gd.get("which") else "explicit"
        first, last = start.month - 1 + skip, start.month - 1 + skip + n - 1
        return (date(start.year + first // 12, first % 12 + 1, 1), month_end(start.year + last // 12, last % 12 + 1),
                res, "point", True)

    def part_of_fiscal(m: re.Match[str], pub: date | None, fs: tuple[int, int]):  # type: ignore[no-untyped-def]
        # "H1 FY26", "Q3 FY2025-26", "H2 2024-25": a half or quarter of a fiscal year, counted from its start
        got = fiscal_range(m, pub, fs) if m.group("y1") else fiscal_single(m, pub, fs)
        if got is None:
            return None
        start = got[0]
        n = 6 if m.group("ph") else 3
        first = start.month - 1 + n * (int(m.group("ph") or m.group("pq")) - 1)
        last = first + n - 1
        return (date(start.year + first // 12, first % 12 + 1, 1), month_end(start.year + last // 12, last % 12 + 1),
                "explicit", "point", True)

    def month_range(m: re.Match[str], pub: date | None, fs: tuple[int, int]):  # type: ignore[no-untyped-def]
        a, b = _months()[m.group("m1").lower().rstrip(".")], _months()[m.group("m2").lower().rstrip(".")]
        year = _year_of(m.group("y") or m.group("ry"), pub)
        if year is None or b < a:
            return None
        res = "explicit" if m.group("y") else "relative"
        return date(year, a, 1), month_end(year, b), res, "point", not (a == 1 and b == 12)

    def roman_range(m: re.Match[str], pub: date | None, fs: tuple[int, int]):  # type: ignore[no-untyped-def]
        # "I–IX 2025": months written in Roman numerals, as statistics offices head their columns (January to
        # September 2025); one alone heads a month's column ("XII 2025": December 2025)
        a = _ROMAN.index(m.group("r1")) + 1
        b = _ROMAN.index(m.group("r2")) + 1 if m.group("r2") else a
        if b < a or (b == a and m.group("r2")):
            return None
        year = int(m.group("y"))
        return date(year, a, 1), month_end(year, b), "explicit", "point", not (a == 1 and b == 12)

    def month_year_range(m: re.Match[str], pub: date | None, fs: tuple[int, int]):  # type: ignore[no-untyped-def]
        # "October 2024 – September 2025": a range of months across years
        a, b = _months()[m.group("m1").lower().rstrip(".")], _months()[m.group("m2").lower().rstrip(".")]
        y1, y2 = int(m.group("y1")), int(m.group("y2"))
        start, end = date(y1, a, 1), month_end(y2, b)
        if end <= start or (end - start).days > 3 * 366:
            return None
        whole = a == 1 and b == 12 and y1 == y2
        return start, end, "explicit", "point", not whole and (end - start).days < 360

    def day_range(m: re.Match[str], pub: date | None, fs: tuple[int, int]):  # type: ignore[no-untyped-def]
        # "from 1 April to 30 September 2025": the days between, in one year (or the year before, for the start)
        a, b = _months()[m.group("m1").lower().rstrip(".")], _months()[m.group("m2").lower().rstrip(".")]
        y = int(m.group("y"))
        try:
            start, end = date(y if a <= b else y - 1, a, int(m.group("d1"))), date(y, b, int(m.group("d2")))
        except ValueError:
            return None
        if end <= start or (end - start).days > 366:
            return None
        whole = (start.month, start.day, end.month, end.day) == (1, 1, 12, 31)
        return start, end, "explicit", "point", not whole

    def dated_range(m: re.Match[str], pub: date | None, fs: tuple[int, int]):  # type: ignore[no-untyped-def]
        # "21 March 2024 – 20 March 2025", "from 1 July 2024 to 30 June 2025", "March 21, 2024 - March 20, 2025":
        # the days between two full dates (a year of a national calendar, a fiscal year written out)
        try:
            start = date(int(m.group("y1")), _months()[m.group("m1").lower().rstrip(".")], int(m.group("d1")))
            end = date(int(m.group("y2")), _months()[m.group("m2").lower().rstrip(".")], int(m.group("d2")))
        except ValueError:
            return None
        if end <= start or (end - start).days > 3 * 366:
            return None
        return start, end, "explicit", "point", not _whole_year_span(start, end) and (end - start).days < 360

    def quarter(m: re.Match[str], pub: date | None, fs: tuple[int, int]):  # type: ignore[no-untyped-def]
        gd = m.groupdict()
        q = (int(gd["q"]) if gd.get("q") else {"I": 1, "II": 2, "III": 3, "IV": 4}[gd["rq"]] if gd.get("rq")
             else _ORD[gd["o"].lower()])
        year = _year_of(m.group("y") or m.group("ry"), pub)
        if year is None:
            return None
        res = "explicit" if m.group("y") else "relative"
        return date(year, 3 * q - 2, 1), month_end(year, 3 * q), res, "point", True

    def quarter_ending(m: re.Match[str], pub: date | None, fs: tuple[int, int]):  # type: ignore[no-untyped-def]
        mo = _months()[m.group("m").lower().rstrip(".")]
        if m.group("y"):
            year = int(m.group("y"))
        elif pub is None:
            return None
        else:  # "the June quarter", no year said: the last such quarter ended by the publication date
            year = pub.year if mo < pub.month else pub.year - 1
        y0, m0 = (year, mo - 2) if mo > 2 else (year - 1, mo + 10)
        return date(y0, m0, 1), month_end(year, mo), "explicit" if m.group("y") else "relative", "point", True

    def half(m: re.Match[str], pub: date | None, fs: tuple[int, int]):  # type: ignore[no-untyped-def]
        gd = m.groupdict()
        h = int(gd["h"] or gd["h2"]) if gd.get("h") or gd.get("h2") else min(_ORD[gd["o"].lower()], 2)
        year = _year_of(m.group("y") or m.group("ry"), pub)
        if year is None:
            return None
        res = "explicit" if m.group("y") else "relative"
        return date(year, 6 * h - 5, 1), month_end(year, 6 * h), res, "point", True

    def full_date(m: re.Match[str], pub: date | None, fs: tuple[int, int]):  # type: ignore[no-untyped-def]
        try:
            d = date(int(m.group("y")), _months()[m.group("m").lower().rstrip(".")], int(m.group("d")))
        except ValueError:
            return None
        return d, d, "explicit", "date", True

    def month_year(m: re.Match[str], pub: date | None, fs: tuple[int, int]):  # type: ignore[no-untyped-def]
        # "in December 2023", "in March this year" are a month a figure may be for; "since February 2022", a bare
        # "March 2023", an event; after a comparison word ("up 9% over April last year", "than in March 2024") a
        # comparison base
        y, mo = _year_of(m.group("y") or m.group("ry"), pub), _months()[m.group("m").lower().rstrip(".")]
        if y is None or (m.group("ry") and not m.group("m")[0].isupper()):  # "exports may this year reach ..."
            return None
        role = "previous" if m.group("cmp") else "point" if m.group(0)[:2].lower() == "in" else "date"
        if (role == "date" and pub is not None and month_end(y, mo) > pub
                and _BY_BEFORE.search(m.string, max(0, m.start() - 20), m.start())):
            # "a target of $4bn by June 2028": a deadline, the twelve months ending then ("by December 2030" is
            # the year 2030, as "by 2030"); a month already over when written ("had reached $7.2 billion by June
            # 2025") is no deadline
            start = date(y, mo + 1, 1).replace(year=y - 1) if mo < 12 else date(y, 1, 1)
            return start, month_end(y, mo), "explicit" if m.group("y") else "relative", "deadline", False
        return date(y, mo, 1), month_end(y, mo), "explicit" if m.group("y") else "relative", role, True

    def month_alone(m: re.Match[str], pub: date | None, fs: tuple[int, int]):  # type: ignore[no-untyped-def]
        # "in December alone", "in the month of May": that month of the publication's year, or of the year
        # before when it has not ended by the publication date (its figures would not be out yet)
        if pub is None:
            return None
        mo = _months()[(m.group("m") or m.group("m2") or m.group("m3")).lower().rstrip(".")]
        year = pub.year if month_end(pub.year, mo) < pub else pub.year - 1
        return date(year, mo, 1), month_end(year, mo), "relative", "point", True

    def month_before_flow(m: re.Match[str], pub: date | None, fs: tuple[int, int]):  # type: ignore[no-untyped-def]
        # "Exports in 2024 were $900 million; March shipments alone were $90 million": the month of the year the
        # sentence named before it, else as "in March"
        before = m.string[: m.start()]
        cut = max(before.rfind(". "), before.rfind("\n"), before.rfind("? "), before.rfind("! "))
        years = _YEAR_IN.findall(before, cut + 1)
        if not years:
            return month_alone(m, pub, fs)
        mo = _months()[m.group("m").lower().rstrip(".")]
        year = int(years[-1])
        return date(year, mo, 1), month_end(year, mo), "explicit", "point", True

    def months_of_fiscal(m: re.Match[str], pub: date | None, fs: tuple[int, int]):  # type: ignore[no-untyped-def]
        # "July-March 2024-25", "April-December FY25", "July-March of the current fiscal year": those months of
        # that fiscal year (a range label on a calendar-year reading is read on an April calendar, as above)
        span = labelled_fiscal(m, pub, fs)
        if span is None:
            return None
        fy = span[:2]
        m1, m2 = _months()[m.group("m1").lower().rstrip(".")], _months()[m.group("m2").lower().rstrip(".")]
        a, b = _in_span(m1, fy, end=False), _in_span(m2, fy, end=True)
        if a is None or b is None or b < a:
            # months that do not fit this calendar's year ("July-April of FY25" on an April calendar): from the
            # first month in the label's first year, as on the calendar they were written for
            y = fy[0].year
            a, b = date(y, m1, 1), month_end(y + (m2 < m1), m2)
        return a, b, span[2], "point", not _whole_year_span(a, b)

    def same_of(m: re.Match[str], pub: date | None, fs: tuple[int, int]):  # type: ignore[no-untyped-def]
        # "the same period of 2024", "the corresponding period of last year", "the same months of FY24", "the same
        # period of the previous financial year": the period spoken of before, moved to that year (find_times);
        # alone, that whole year. After a comparison
        # word ("up 5.9% from ...", "than in ...") it is a comparison base; else a period of its own ("compared
        # to $2.1bn during the corresponding period of last year": the base figure's). A sentence's first word
        # "Over" is "during" ("Over the same period last year, exports fell")
        gd = m.groupdict()
        cmp = gd.get("cmp")
        if gd.get("y1"):
            got = fiscal_range(m, pub, fs)
        elif gd.get("fy"):
            got = fiscal_single(m, pub, fs)
        elif gd.get("which"):
            got = relative_fiscal(m, pub, fs)
        elif gd.get("y"):
            got = plain_year(m, pub, fs)
        else:
            got = previous(m, pub, fs)
        if got is None:
            return None
        return got[0], got[1], got[2], "previous" if cmp and cmp != "Over" else "point", False

    def deadline(m: re.Match[str], pub: date | None, fs: tuple[int, int]):  # type: ignore[no-untyped-def]
        # "by the end of the decade": the next year ending in 0 (said in 2026, 2030: the decade's goals are for 2030)
        decade = m.group("ry") and m.group("ry").lower().endswith("decade")
        year = (pub.year // 10 + 1) * 10 if decade and pub else _year_of(m.group("y") or m.group("ry"), pub)
        if year is None:
            return None
        s, e = year_span(year)
        return s, e, "explicit" if m.group("y") else "relative", "deadline", False

    def plain_year(m: re.Match[str], pub: date | None, fs: tuple[int, int]):  # type: ignore[no-untyped-def]
        s, e = year_span(int(m.group("y")))
        return s, e, "explicit", "point", False

    def calendar_year(m: re.Match[str], pub: date | None, fs: tuple[int, int]):  # type: ignore[no-untyped-def]
        y = int(m.group("y"))
        s, e = year_span(y if y >= 100 else 2000 + y)
        return s, e, "explicit", "point", False

    def year_to(m: re.Match[str], pub: date | None, fs: tuple[int, int]):  # type: ignore[no-untyped-def]
        mo = 3 * int(m.group("q")) if m.group("q") else _months()[m.group("m").lower().rstrip(".")]
        if m.group("y") and not _SPLIT_LABEL.search(m.string, max(0, m.start() - 24), m.start()):
            y = int(m.group("y"))
        elif pub is None or _LABELLED_YEAR.search(m.string, max(0, m.start() - 16), m.start()):
            return None  # "the 2021-22 fiscal year ending June (2022)": the label says which year
        else:  # "in the year to September", no year said: the twelve months to the last September ended
            y = pub.year if mo < pub.month else pub.year - 1
        end = month_end(y, mo)
        start = date(y, mo + 1, 1) if mo < 12 else date(y + 1, 1, 1)
        return start.replace(year=start.year - 1), end, "explicit" if m.group("y") else "relative", "point", False

    def months_to(m: re.Match[str], pub: date | None, fs: tuple[int, int]):  # type: ignore[no-untyped-def]
        n_raw = m.group("n").lower()
        n = _COUNT.get(n_raw) or int(n_raw)
        mo = _months()[m.group("m").lower().rstrip(".")]
        year = _year_of(m.group("y") or m.group("ry"), pub)
        if year is None or not 1 <= n <= 12:
            return None
        if pub is not None and not (m.group("y") or m.group("ry")) and (year, mo) > (pub.year, pub.month):
            year -= 1  # "in the 12 months to November", said in January: the months that have passed
        first = date(year, mo, 1)
        y0, m0 = (year, mo - n + 1) if mo - n + 1 >= 1 else (year - 1, mo - n + 13)
        return date(y0, m0, 1), month_end(first.year, first.month), "explicit" if m.group("y") else "relative", "point", n < 12

    def relative_fiscal(m: re.Match[str], pub: date | None, fs: tuple[int, int]):  # type: ignore[no-untyped-def]
        if pub is None:
            return None
        sm, sd = fs
        end_year = pub.year + 1 if (pub.month, pub.day) >= (sm, sd) and (sm, sd) != (1, 1) else pub.year
        which = m.group("which").lower()
        shift = {"last": -1, "previous": -1, "prior": -1, "preceding": -1, "next": 1}.get(which, 0)
        s0, e0 = fiscal_span(end_year + shift, fs)
        # "the previous fiscal year" is the one before the period in force: a comparison base (assemble)
        return s0, e0, "relative", "previous" if which in ("previous", "prior", "preceding") else "point", False

    def within(m: re.Match[str], pub: date | None, fs: tuple[int, int]):  # type: ignore[no-untyped-def]
        n_raw = m.group("n").lower()
        n = _COUNT.get(n_raw) or int(n_raw)
        if pub is None or not 1 <= n <= 50:
            return None
        s0, e0 = year_span(pub.year + n)
        return s0, e0, "relative", "deadline", False

    def in_years(m: re.Match[str], pub: date | None, fs: tuple[int, int]):  # type: ignore[no-untyped-def]
        before = m.string[max(0, m.start() - 80) : m.start()]
        before = re.split(r"[.;!?]\s", before)[-1]
        if _LOOKS_BACK.search(before):
            return None  # "the highest in five years", "grew 40% in three years": a span that has passed
        return within(m, pub, fs)

    def since(m: re.Match[str], pub: date | None, fs: tuple[int, int]):  # type: ignore[no-untyped-def]
        s, e = year_span(int(m.group("y")))
        return s, e, "explicit", "date", False

    def the_fiscal(m: re.Match[str], pub: date | None, fs: tuple[int, int]):  # type: ignore[no-untyped-def]
        # "during the fiscal": the fiscal year the text spoke of (find_times), else the last one ended
        if pub is None:
            return None
        sm, sd = fs
        end_year = pub.year + 1 if (pub.month, pub.day) >= (sm, sd) and (sm, sd) != (1, 1) else pub.year
        s0, e0 = fiscal_span(end_year - 1, fs)
        return s0, e0, "relative", "point", False

    def whole_fiscal(m: re.Match[str], pub: date | None, fs: tuple[int, int]):  # type: ignore[no-untyped-def]
        # "for the whole fiscal year": the fiscal year the text spoke of (find_times), else the one under way (an
        # actual's is the last one ended: assemble)
        if pub is None:
            return None
        sm, sd = fs
        end_year = pub.year + 1 if (pub.month, pub.day) >= (sm, sd) and (sm, sd) != (1, 1) else pub.year
        s0, e0 = fiscal_span(end_year, fs)
        return s0, e0, "relative", "point", False

    def two_years(m: re.Match[str], pub: date | None, fs: tuple[int, int]):  # type: ignore[no-untyped-def]
        y1, y2 = int(m.group("y1")), int(m.group("y2"))
        if not 0 < y2 - y1 <= 10:
            return None
        return date(y1, 1, 1), date(y2, 12, 31), "explicit", "point", False

    def span_years(m: re.Match[str], pub: date | None, fs: tuple[int, int]):  # type: ignore[no-untyped-def]
        # "2019-2022": years apart (a year apart, a dash makes a fiscal year)
        return two_years(m, pub, fs) if int(m.group("y2")) - int(m.group("y1")) > 1 else None

    def relative_year(m: re.Match[str], pub: date | None, fs: tuple[int, int]):  # type: ignore[no-untyped-def]
        year = _year_of(m.group("ry"), pub)
        if year is None:
            return None
        s, e = year_span(year)
        return s, e, "relative", "point", False

    def previous(m: re.Match[str], pub: date | None, fs: tuple[int, int]):  # type: ignore[no-untyped-def]
        if pub is None:
            return None
        s, e = year_span(pub.year - 1)
        return s, e, "relative", "previous", False

    def same(m: re.Match[str], pub: date | None, fs: tuple[int, int]):  # type: ignore[no-untyped-def]
        if pub is None:
            return None
        return pub, pub, "relative", "same", False

    def asof(m: re.Match[str], pub: date | None, fs: tuple[int, int]):  # type: ignore[no-untyped-def]
        if pub is None:
            return None
        return pub, pub, "inferred", "asof", False

    def event(m: re.Match[str], pub: date | None, fs: tuple[int, int]):  # type: ignore[no-untyped-def]
        if pub is None:
            return None
        if _AFTER_FIGURE.search(m.string, max(0, m.start() - 40), m.start()) and m.group(0).lower().split() == ["last", "month"]:
            # "exports rose 9.4% to a record US$1.27 billion last month": right after a figure, the month it is
            # for, the calendar month before the publication's (a month said of a release, "said last month",
            # stays the date it was said)
            year, mo = (pub.year, pub.month - 1) if pub.month > 1 else (pub.year - 1, 12)
            return date(year, mo, 1), month_end(year, mo), "relative", "point", True
        return pub, pub, "relative", "date", True

    # (pattern, handler, what its first word fullmatches, (what a word every match holds fullmatches, how many
    # words after the first one it may be at most) or None): see _Grammar
    table: list[tuple[str, Handler, str, tuple[str, int] | None]] = [
        (rf"\b(?:in\s+|for\s+|during\s+|over\s+)?(?:the\s+)?(?:year|twelve\s+months|12\s+months|four\s+quarters)\s+(?:that\s+)?(?:to|ending(?:\s+in)?|ended(?:\s+in)?|through)\s+"
         rf"(?:the\s+end\s+of\s+)?(?:(?P<m>{mon})\.?(?:\s+\d{{1,2}}(?!\d))?|Q(?P<q>[1-4]))(?:\,?\s+(?P<y>{yr})\b|(?=[\s.,;:)]|$)(?!\.?\s*\d))", year_to, "in|for|during|over|the|year|twelve|12|four",
         (r"year|months|quarters", 3)),
        (rf"\b(?:in\s+|over\s+|during\s+)?(?:the\s+)?(?P<n>{count})\s+months\s+(?:to|through|ending(?:\s+in)?|ended)\s+"
         rf"(?:the\s+end\s+of\s+)?(?P<m>{mon})\.?(?:\s+\d{{1,2}}(?!\d))?(?:,?\s+(?:(?P<y>{yr})|(?P<ry>{rel_year})))?", months_to, "in|over|during|the|" + "|".join(_COUNT) + r"|\d\w*",
         (r"months\w*", 3)),
        # "July-March 2024-25", "April-December FY25", "July-March of the current fiscal year"
        (rf"\b(?:in\s+|during\s+|for\s+|over\s+|between\s+)?(?P<m1>{mon})\.?\s*(?:[-–]|to|through|till|until|and)\s*(?P<m2>{mon})\b\.?"
         rf"(?:\s+(?:quarter|period|months))?,?\s+(?:(?:of|in)\s+)?(?:the\s+|{owner})?(?:{fy_range}|{fy_single}|{fy_relative})",
         months_of_fiscal, rf"in|during|for|over|between|(?:{mon})\w*", (month_word, 1)),
        # "the same period of 2024", "the corresponding period of last year", "up 5% on the same months a year earlier"
        (rf"\b(?:(?P<cmp>compared\s+(?:to|with)|from|over|than|on|against|versus|vs\.?)\s+)?(?:(?:in|during|for|over|at)\s+)?"
         rf"the\s+(?:same|corresponding|comparable)\s+(?:period|months?|quarter|half|time)\s+(?:(?:of|in)\s+)?(?:the\s+)?"
         rf"(?:{fy_range}|{fy_single}|{fy_relative}|(?P<y>{yr})\b(?![-–/]\d)|(?P<ry>{year_back})\b)",
         same_of, "compared|from|over|than|on|against|versus|vs|in|during|for|at|the", (r"same|corresponding|comparable", 4)),
        # "the first nine months (July-March) of the current fiscal year 2025-26", "the first half of this fiscal
        # year": a month range in brackets glosses the part, a "current" before the label only restates it
        (rf"\b(?:in\s+|during\s+|for\s+|over\s+)?(?:the\s+)?(?:first\s+(?P<n>{count})\s+(?P<unit>months|quarters)"
         rf"|(?P<half>first|second)\s+half|(?P<oq>first|second|third|fourth|1st|2nd|3rd|4th|final|last)[\s-]+quarter)"
         rf"(?:\s*\([^()\n]{{1,40}}\))?\s+of\s+(?:the\s+|{owner})?"
         rf"(?:(?:(?:this|current|present|ongoing)\s+)?(?:{fy_range}|{fy_single})|{fy_relative})", first_of_fiscal,
         "in|during|for|over|the|first|second|third|fourth|1st|2nd|3rd|4th|final|last", (r"months|quarters?|half", 4)),
        # "9MFY26", "in 5M FY2025-26": business shorthand for the first months of a fiscal year
        (rf"\b(?:in\s+|during\s+|for\s+)?(?P<n>\d{{1,2}})M\s*[/-]?\s*(?:{fy_range}|{fy_single})",
         first_of_fiscal, r"in|during|for|\d{1,2}m\w*", (r"\d{1,2}m\w*", 1)),
        # (not "the current fiscal year 2025-26": the label that follows says which year)
        # "the last Ethiopian fiscal year", "the last U.S. fiscal year": a country's own, read on its calendar
        # (kg.extract)
        (r"\b(?:in\s+|for\s+|during\s+)?(?:the\s+)?(?P<which>last|previous|prior|preceding|this|current|next)\s+"
         r"(?:(?-i:[A-Z][\w.]*)\s+)?(?:fiscal|financial)"
         r"(?!(?:\s+year)?\s*(?:FY\s*'?)?(?:19|20)?\d\d\b)(?:\s+year)?\b",
         relative_fiscal, "in|for|during|the|last|previous|prior|preceding|this|current|next", (r"fiscal\w*|financial\w*", 3)),
        (rf"\bwithin\s+(?:the\s+next\s+)?(?P<n>{count})\s+years\b", within, "within", (r"years", 4)),
        # "to double trade to $28 billion in five years", "in three years' time": a deadline as "within" gives,
        # not after a superlative or record ("the highest in five years" looks back)
        (rf"\bin\s+(?:the\s+next\s+)?(?P<n>{count})\s+years(?:['’]\s*time)?(?!['’\w])", in_years, "in", (r"years", 4)),
        (r"\b(?:during|in|for|over|through(?:out)?)\s+the\s+(?:whole|full|entire)\s+(?:fiscal|financial)\s+year\b(?!\s*(?:FY|'?\d))",
         whole_fiscal, "during|in|for|over|through|throughout", (r"fiscal\w*|financial\w*", 3)),
        (r"\b(?:during|in|for|over|through(?:out)?)\s+the\s+(?:fiscal|financial)(?:\s+year)?\b(?!\s*(?:year\s+)?(?:FY|'?\d))",
         the_fiscal, "during|in|for|over|through|throughout", (r"fiscal\w*|financial\w*", 2)),
        (rf"\b(?:over|during|throughout|across|between)\s+(?P<y1>{yr})\s+and\s+(?P<y2>{yr})\b", two_years,
         "over|during|throughout|across|between", (r"and", 2)),
        # "an average of 6% a year over 2021-2024": a span of years (one year apart, it is a fiscal year: below)
        (rf"\b(?:over|during|throughout|across|between|in|for)\s+(?:the\s+(?:period|years)\s+)?(?P<y1>{yr})\s*(?:[-–]|to|through)\s*"
         rf"(?P<y2>{yr})\b", span_years, "over|during|throughout|across|between|in|for", (r"(?:19|20)\d\d", 3)),
        (rf"\b(?:H(?P<ph>[12])|Q(?P<pq>[1-4]))(?:\s+of\s+(?:the\s+)?|\s*[-/]?\s*)(?:{fy_range}|{fy_single})", part_of_fiscal,
         r"h[12]\w*|q[1-4]\w*", None),  # "H1 FY26", "Q3 FY2025-26", "Q1 of FY2025/26": a part of a fiscal year
        (rf"\b(?:(?:FY|fiscal(?:\s+year)?|financial\s+year)\s*)?(?P<y1>{yr})\s*[-–/]\s*(?P<y2>\d{{2}}|{yr})\b"
         r"(?:\s+(?:fiscal|financial)(?:\s+year)?)?", fiscal_range, r"fy\w*|fiscal\w*|financial|\d\w*",
         (r"(?:fy|fiscal|year)?(?:19|20)\d\d", 2)),  # "FY2024-25", "fiscal year 2024-25", "2024/25"
        (r"\b(?:FY\s*'?|fiscal(?:\s+year)?\s+)(?P<fy>(?:19|20)?\d\d)\b", fiscal_single, r"fy\w*|fiscal\w*", None),
        # "CY2024", "CY 2024", "CY24": a calendar year in the shorthand that sets it apart from a fiscal one
        (rf"\bCY\s*'?(?P<y>{yr}|\d\d)\b", calendar_year, r"cy\w*", None),
        # "the first nine months", "in the nine months" (of a year the text is about); "over the three months"
        # alone points back to the quarter named before, so it is no time of its own
        (rf"\b(?:in\s+|during\s+|for\s+)?(?:(?:the\s+)?first\s+|the\s+(?!(?:{quarter_long})\s+months\b(?!\s+of\s)))(?P<n>{count})\s+months(?:\s+of\s+(?:(?P<y>{yr})|(?P<ry>{rel_year})))?",
         first_months, "in|during|for|the|first", (r"months\w*", 4)),
        # "7 months of 2024" (not "with three months of the year to go": what remains of it)
        (rf"\b(?P<n>{count})\s+months\s+of\s+(?:(?P<y>{yr})|(?P<ry>{rel_year}))(?!\s+(?:left|remaining|to\s+go)\b)",
         first_months, count, (r"months\w*", 1)),
        (rf"\b(?:in\s+|during\s+|for\s+|over\s+)?(?:the\s+)?first\s+(?P<n>{count})\s+quarters(?:\s+of\s+(?:(?P<y>{yr})|(?P<ry>{rel_year})))?",
         first_quarters, "in|during|for|over|the|first", (r"quarters\w*", 4)),  # "the first three quarters of 2025"
        (rf"\b(?:in\s+|during\s+|for\s+)?(?P<n>\d{{1,2}})M\s*[/-]?\s*(?P<y>{yr})\b(?P<ry>)", first_months,
         r"in|during|for|\d{1,2}m\w*", (r"\d{1,2}m\w*", 1)),  # "9M/2025", "9M 2025", "11M2024": business shorthand for months of a year
        (rf"\b(?:in\s+|during\s+|between\s+|from\s+)?(?P<m1>{mon})\.?\s+(?P<y1>{yr})\s*(?:[-–—]|to|through|until)\s*(?P<m2>{mon})\.?\s+(?P<y2>{yr})\b",
         month_year_range, rf"in|during|between|from|(?:{mon})\w*", (month_word, 1)),  # "October 2024 – September 2025"
        # "21 March 2024 – 20 March 2025", "from 1 July 2024 to 30 June 2025", "March 21, 2024 - March 20, 2025"
        (rf"\b(?:from\s+|between\s+)?(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m1>{mon})\.?,?\s+(?P<y1>{yr})\s*(?:[-–—]|to|through|until|and)\s*"
         rf"(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{mon})\.?,?\s+(?P<y2>{yr})\b", dated_range, r"from|between|\d\w*", (month_word, 2)),
        (rf"\b(?:from\s+|between\s+)?(?P<m1>{mon})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>{yr})\s*(?:[-–—]|to|through|until|and)\s*"
         rf"(?P<m2>{mon})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>{yr})\b", dated_range, rf"from|between|(?:{mon})\w*", (month_word, 1)),
        (rf"\b(?:from\s+|between\s+)?(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m1>{mon})\.?\s*(?:[-–—]|to|through|until|and)\s*"
         rf"(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{mon})\.?,?\s+(?P<y>{yr})\b",
         day_range, r"from|between|\d\w*", (month_word, 2)),  # "from 1 April to 30 September 2025"
        (rf"\b(?:in\s+|during\s+|between\s+)?(?P<m1>{mon})\.?\s*(?:[-–]|to|through|and)\s*(?P<m2>{mon})\b\.?(?:\s+(?:quarter|period|months))?(?:,?\s+(?:of\s+)?(?:(?P<y>{yr})|(?P<ry>{rel_year})))?",
         month_range, rf"in|during|between|(?:{mon})\w*", (month_word, 1)),
        (rf"\b(?-i:(?P<r1>{roman})\s*[-–—]\s*(?P<r2>{roman}))\.?\s+(?P<y>{yr})\b", roman_range, roman, (year_word, 3)),
        # one Roman month, with no word before it but "in" or "for" ("Phase II 2025" is none)
        (rf"(?:(?<=\bin\s)|(?<=\bfor\s)|(?<![\w.,;:&]\s)(?<![\w.\-–—/]))(?-i:(?P<r1>{roman}))(?P<r2>)\.?\s+(?P<y>{yr})\b(?![-–/.]\d)", roman_range, roman,
         (year_word, 3)),
        (rf"\b(?:in\s+|during\s+)?(?:the\s+)?(?P<o>first|second|third|fourth|1st|2nd|3rd|4th|final|last)(?:\s+|-)quarter"
         rf"(?:\s*\(Q[1-4]\))?(?:\s+of)?(?:\s+(?:(?P<y>{yr})|(?P<ry>{rel_year})))?", quarter, "in|during|the|first|second|third|fourth|1st|2nd|3rd|4th|final|last",
         (r"quarter\w*", 3)),
        # "IV quarter 2025", "II quarter": a quarter numbered in Roman numerals, as statistics offices of the CIS
        # head their rows
        (rf"\b(?-i:(?P<rq>I|II|III|IV))\s+quarter\b(?:\s+(?:of\s+)?(?P<y>{yr}))?(?P<ry>)", quarter, r"i|ii|iii|iv",
         (r"quarter", 1)),
        # "Q3 2025", "Q3/2025", not a figure in a currency written "Q" ("Q4.2 billion", the quetzal)
        (rf"\bQ(?P<q>[1-4])(?![.,]\d)(?:\s*[/-]?\s*(?P<y>{yr}))?\b(?P<ry>)", quarter, r"q[1-4]\w*", None),
        # "in the September 2025 quarter", "the June quarter": the three months that end with the month named
        (rf"\b(?:in\s+|during\s+|for\s+|over\s+)?(?:the\s+)?(?P<m>{mon})\.?(?:\s+(?P<y>{yr}))?\s+quarter\b(?!-)(?P<ry>)",
         quarter_ending, rf"in|during|for|over|the|(?:{mon})\w*", (r"quarter\w*", 4)),
        (rf"\b(?:in\s+|during\s+)?(?:the\s+)?(?P<o>first|second|1st|2nd)(?:\s+|-)(?:half|semester)(?:\s+of)?(?:\s+(?:(?P<y>{yr})|(?P<ry>{rel_year})))?",
         half, "in|during|the|first|second|1st|2nd", (r"half\w*|semester\w*", 3)),  # "the first semester of 2025"
        (rf"\b(?:H(?P<h>[12])|(?P<h2>[12])H)(?:\s*[/-]?\s*(?P<y>{yr}))?\b(?P<ry>)", half, r"h[12]\w*|[12]h\w*", None),
        (rf"\b(?:on\s+)?(?P<m>{mon})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>{yr})\b", full_date, rf"on|(?:{mon})\w*", (month_word, 1)),
        (rf"\b(?:on\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m>{mon})\.?,?\s+(?P<y>{yr})\b", full_date, r"on|\d\w*", (month_word, 2)),
        # "in December 2023", "April last year", "up 9% over April last year" (a base: `cmp`)
        (rf"\b(?:(?P<cmp>compared\s+(?:to|with)|over|than|against|versus|vs\.?)\s+(?:in\s+)?|in\s+|since\s+)?(?P<m>{mon})\.?"
         rf"(?:,?\s+(?P<y>{yr})\b|\s+(?P<ry>(?:last|this|next)\s+year)\b)", month_year,
         rf"compared|over|than|against|versus|vs|in|since|(?:{mon})\w*", (month_word, 3)),
        (rf"\b(?:(?:in|during|for)\s+(?:the\s+month\s+of\s+)?(?P<m>{mon})\.?\s+alone\b"
         rf"|(?:in|during|for)\s+the\s+month\s+of\s+(?P<m2>{mon})\b(?!\.?,?\s+(?:19|20)\d\d)"
         rf"|(?:in|during|for)\s+(?-i:(?P<m3>{wide}))\b(?![.,]?\s*(?:\d|of\b|last\b|this\b|next\b)|[-–]))(?P<y>)(?P<ry>)",
         month_alone, "in|during|for", (month_word, 4)),  # "in September" (a monthly release): the last September ended
        # "September shipments were worth ...": a month's name before a flow noun (kg:FlowNouns) names that month,
        # in a sentence that names no year (one that does dates its figures by the year: left as it was)
        (rf"\b(?-i:(?P<m>{wide}))(?=\s+(?:{_flow_nouns()})\b)(?![^.;]*\b{yr}\b)(?P<m2>)(?P<m3>)(?P<y>)(?P<ry>)",
         month_before_flow,
         rf"(?:{mon})\w*", (month_word, 0)),
        (rf"\b(?:by|until|till|before)\s+(?:the\s+)?(?:end[\s-]+(?:of\s+)?)?(?:(?P<y>{yr})|(?P<ry>this\s+year|next\s+year|the\s+end\s+of\s+the\s+year|(?:the|this)\s+decade))\b",
         deadline, "by|until|till|before", None),
        (rf"\bend[\s-]+(?P<y>{yr})\b(?P<ry>)", deadline, "end", None),
        (rf"\b(?:since|as\s+early\s+as|back\s+in)\s+(?P<y>{yr})\b", since, "since|as|back", (year_word, 3)),
        (r"\b(?:(?:compared\s+(?:to|with)|from|over|than|versus|vs\.?|on)\s+)?(?:the\s+|a\s+)?(?:previous|prior|preceding)\s+(?:fiscal\s+|financial\s+|calendar\s+)?year\b"
         r"|\b(?:the\s+)?year\s+(?:prior|before|earlier)\b|\ba\s+year\s+(?:earlier|ago|before)\b"
         r"|\byear[\s-]+on[\s-]+year\b|\by/y\b|\byoy\b|\bannual(?:ly)?\s+basis\b"
         r"|\bthrough\s+the\s+year(?=\s+to\b)", previous,  # "rose 7.3% through the year to $8.2bn": year on year
         "compared|from|over|than|versus|vs|on|the|a|previous|prior|preceding|year|y|yoy|annual|annually|through",
         (r"year|y|yoy|annual|annually", 5)),
        (r"\b(?:during\s+|in\s+|over\s+)?the\s+same\s+period\b", same, "during|in|over|the", (r"same\w*", 2)),
        # "put exports at $21 million in the quarter": the quarter (half, period) the text is about, the one in force
        # (not "in the period January to September 2025", "in the quarter to June": a time of its own)
        (r"\b(?:during|in|over|for)\s+the\s+(?:quarter|half|period)\b(?!\s+(?:[A-Z0-9]|(?:of|to|from|ended|ending|through|under|before|after|since|when|between|in)\b))",
         same, "during|in|over|for", (r"quarter|half|period", 2)),
        # ("for the year 2024": the year the number names, read below, not the year under way)
        (rf"\b(?:in\s+|for\s+|during\s+|of\s+|so\s+far\s+)?(?P<ry>{rel_year})\b(?!\s+{yr}\b)", relative_year,
         "in|for|during|of|so|the|this|last|next|current|previous|past", (r"year", 4)),
        (rf"(?<![\w$£€¥₹.,/-])(?:in\s+|of\s+|for\s+|during\s+|throughout\s+)?(?:calendar[\s-]+)?(?P<y>{yr})(?![\w%]|[.,]\d|\s*(?:%|per\s?cent|percent|billion|million|trillion))",
         plain_year, r"in|of|for|during|throughout|calendar|\d\w*", (year_word, 1)),
        (r"\b(?:currently|already|today|now|to\s+date|so\s+far|at\s+present|presently|as\s+of\s+now)\b", asof,
         "currently|already|today|now|to|so|at|presently|as", (r"currently|already|today|now|date|far|present|presently", 2)),
        (r"\b(?:on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|last\s+(?:week|month)|this\s+(?:week|month)|earlier\s+this\s+year|yesterday)\b",
         event, "on|last|this|earlier|yesterday",
         (r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|yesterday", 2)),
    ]
    yearless = {first_months, month_range, quarter, half, months_to}  # a year may be left unsaid
    anaphoric = {the_fiscal: "fiscal", whole_fiscal: "fiscal", relative_year: "year", same_of: "same", relative_fiscal: "before"}
    held = list(dict.fromkeys(need[0] for *_, need in table if need is not None))
    keys = [(len(table) + held.index(key[0]), key[1]) if key else (i, 0) for i, (*_, key) in enumerate(table)]
    return _Grammar(
        yearless=frozenset(i for i, (_, h, _, _) in enumerate(table) if h in yearless),
        anaphoric={i: anaphoric[h] for i, (_, h, _, _) in enumerate(table) if h in anaphoric},
        rules=[(re.compile(p, re.I), h) for p, h, _, _ in table],
        words=_WordBits([re.compile(first, re.I) for _, _, first, _ in table] + [re.compile(k, re.I) for k in held]),
        keys=keys,
        held=sum(1 << key for key in {key for key, _ in keys}),
        reaches={key: tuple(sum(1 << i for i, (k, reach) in enumerate(keys) if k == key and reach >= d)
                            for d in range(1 + max(reach for k, reach in keys if k == key)))
                 for key, _ in keys},
        _held_by={},
        _rules_of={},
    )


class _WordBits(dict[str, int]):
    """word -> the bit set of the patterns that fullmatch it (filled on first sight)."""

    def __init__(self, patterns: Sequence[re.Pattern[str]]) -> None:
        super().__init__()
        self.patterns = patterns

    def __missing__(self, word: str) -> int:
        if len(self) > 100_000:
            self.clear()
        got = self[word] = sum(1 << i for i, p in enumerate(self.patterns) if p.fullmatch(word))
        return got


@dataclass(frozen=True)
class _Grammar:
    """The period patterns in priority order, and where each may start.

    Every pattern starts at the first character of a word (a maximal run of \\w), and the third column
    of the table fullmatches that first word. The fourth column, when set, fullmatches a word every match
    holds, at most so many words after its first one (a first word "in" is tried only where a month's name
    follows it closely, not at every "in"); else the first word is that word. `candidates` finds, in one
    pass over the words of a text, the positions each pattern is tried at (`finditer_at`), instead of one
    scan of the whole text per pattern.
    """

    yearless: frozenset[int]  # the rules whose match may say no year ("in the first 11 months", "Q3")
    # the rules that may point back: "during the fiscal" (fiscal), "over the year" (year), "the same period of
    # 2024" (same)
    anaphoric: dict[int, str]
    rules: list[tuple[re.Pattern[str], Handler]]
    # the bits of a word: rule i's first word (bit i), the words the rules hold (bits after the rules')
    words: _WordBits
    # for each rule, the bit of the word every match holds and how many words after the first one it may be
    keys: list[tuple[int, int]]
    held: int  # the bits of those words
    # a key's bit -> for each distance from it (0, 1, ...), the first-word bits of the rules that hold it and may
    # start that many words before it
    reaches: dict[int, tuple[int, ...]]
    _held_by: dict[int, tuple[int, ...]]  # a word's bits -> the keys among them (filled on first sight)
    _rules_of: dict[int, tuple[int, ...]]  # bits -> the rules they are the first-word bits of (filled on first sight)

    def candidates(self, text: str) -> list[list[int]]:
        """For each rule, the positions in `text` where a match of it may start (ascending): a word its first
        word may be, at most so many words before a word every match of it holds."""
        positions, words = text_words(text)
        bits = list(map(self.words.__getitem__, words))
        held, held_by = self.held, self._held_by
        at: dict[int, list[int]] = {}  # a key's bit -> the words (their indexes) that are that key
        for k in [k for k, b in enumerate(bits) if b & held]:
            b = bits[k]
            keys = held_by.get(b)
            if keys is None:
                keys = held_by[b] = tuple(key for key in self.reaches if b >> key & 1)
            for key in keys:
                if key in at:
                    at[key].append(k)
                else:
                    at[key] = [k]
        near: dict[int, set[int]] = {}  # rule -> the words (their indexes) it may start at
        rules_of = self._rules_of
        for key, ks in at.items():
            reaches = self.reaches[key]
            for k in ks:
                for d, rules in enumerate(reaches[: k + 1]):
                    if hit := bits[k - d] & rules:
                        got = rules_of.get(hit)
                        if got is None:
                            got = rules_of[hit] = tuple(i for i in range(len(self.keys)) if hit >> i & 1)
                        for i in got:
                            if i in near:
                                near[i].add(k - d)
                            else:
                                near[i] = {k - d}
        out: list[list[int]] = [[] for _ in self.keys]
        for i, js in near.items():
            out[i] = [positions[j] for j in sorted(js)]
        return out


def find_times(text: str, published: date | None, fiscal_start: tuple[int, int] = (4, 1),
               fiscal_named_by: str = "end", eras: Sequence[Era] = (), implied: Sequence[Era] = ()) -> list[TimeExpr]:
    """Every temporal expression in `text` resolved against `published`, in order, no overlaps.

    `fiscal_start` is the document's fiscal calendar; `fiscal_named_by` says which calendar year a single-year
    label names ("end": India's FY2024 ends in March 2024; "start": Japan's fiscal 2024 starts in April 2024).
    No expression runs across a sentence end (`_sentence_ends`): "in January-June. Last year" is two.

    Years of a national calendar (`kg.lexicon.Era`) are read as the Gregorian ones they stand for, on the fiscal
    calendar of their country: those of `eras` that a marker of theirs says so of ("2017 E.C.", "B.E. 2568"),
    and those that cannot be Gregorian, more than 20 years after the publication's, in the first era of
    `implied` that makes them 30 years old to 20 ahead at most ("FY 2081/82" in a Nepali paper: 2024/25).
    """
    labels = _era_labels(text, published, eras, implied)
    if not labels:
        times = _glossed(text, _find_times(text, published, fiscal_start, fiscal_named_by))
        return _era_months(text, published, eras, times) if any(e.months for e in eras) else times
    plain = list(text)
    for label in labels:
        for at, digits in label.digits:
            plain[at : at + len(digits)] = digits
    gregorian = "".join(plain)
    readings: dict[Era, dict[tuple[int, int], TimeExpr]] = {}
    out = []
    for t in _find_times(gregorian, published, fiscal_start, fiscal_named_by):
        lab = next((lab for lab in labels if lab.start < t.end and t.start < lab.end), None)
        if lab is not None:
            era = lab.era
            if (era.fiscal_start, era.fiscal_named_by) != (fiscal_start, fiscal_named_by):
                if era not in readings:  # the label is read on its own country's fiscal calendar
                    found = _find_times(gregorian, published, era.fiscal_start, era.fiscal_named_by)
                    readings[era] = {(u.start, u.end): u for u in found}
                t = readings[era].get((t.start, t.end), t)
            if lab.single and era.year_is_fiscal and (t.start_date, t.end_date) == year_span(lab.year):
                end_year = lab.year + 1 if era.fiscal_named_by == "start" and era.fiscal_start != (1, 1) else lab.year
                first, last = fiscal_span(end_year, era.fiscal_start)
                t = t.model_copy(update={"start_date": first, "end_date": last})
            t = t.model_copy(update={"start": min(t.start, lab.start), "end": max(t.end, lab.end)})
        out.append(t.model_copy(update={"text": text[t.start : t.end]}))
    out = _glossed(text, out)
    return _era_months(text, published, eras, out) if any(e.months for e in eras) else out


# a fiscal year's label ("fiscal 2024", "FY25", "the 2024-25 financial year") and, in apposition after it, the
# twelve months it names: "fiscal 2023, the twelve months that ended in March 2024", "FY2025 (the year to June 2025)"
_FISCAL_LABEL = re.compile(r"\b(?:fiscal|financial|FY)", re.I)
_GLOSS_BETWEEN = re.compile(r"\s*(?:,|\(|[–—-])\s*")
_GLOSS = re.compile(r"(?:the\s+)?(?:fiscal\s+|financial\s+)?(?:year|twelve\s+months|12\s+months)\s+"
                    r"(?:that\s+)?(?:to|ending|ended|through)\b", re.I)


def _glossed(text: str, times: list[TimeExpr]) -> list[TimeExpr]:
    """A fiscal year's label read as the twelve months its gloss names, when they differ: which calendar year a
    label names is a convention of its country ("fiscal 2024" ends in March 2024 in India, in March 2025 in
    Japan), and a writer who spells the months out settles it."""
    out = list(times)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if (_FISCAL_LABEL.search(a.text) and _GLOSS_BETWEEN.fullmatch(text, a.end, b.start)
                and _GLOSS.match(text, b.start + (len(b.text) - len(b.text.lstrip())))
                and 360 <= (a.end_date - a.start_date).days <= 370 and 360 <= (b.end_date - b.start_date).days <= 370
                and (a.start_date, a.end_date) != (b.start_date, b.end_date)):
            out[i] = a.model_copy(update={"start_date": b.start_date, "end_date": b.end_date})
    return out


_NAMED: dict[int, tuple[Sequence[Era], re.Pattern[str], re.Pattern[str]]] = {}


def _named(eras: Sequence[Era]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Any name of a month of `eras`, and any first word of their markers, as substrings: one scan tells that a
    text holds none (most texts), instead of one per name. Kept for the last few sequences of eras, by identity
    (a text's calendars are asked for with the same sequence; hashing the eras costs more than the scan)."""
    got = _NAMED.get(id(eras))
    if got is None or got[0] is not eras:
        if len(_NAMED) > 32:
            _NAMED.clear()
        got = _NAMED[id(eras)] = (eras, re.compile(alternation(n for era in eras for n, _ in era.months)),
                                  re.compile(alternation(m.split()[0] for era in eras for m in era.markers)))
    return got[1], got[2]


@cache
def _month_pattern(era: Era) -> re.Pattern[str]:
    """Months of `era` ("in the month of Asar", "Shrawan-Jestha"): one needs a word before it, a range does not."""
    names = "|".join(re.escape(n) for n, _ in sorted(era.months, key=lambda m: -len(m[0])))
    return re.compile(rf"\b(?:(?i:(?P<cue>in|during|for|over|between)\s+)(?i:the\s+months?\s+of\s+)?|(?i:the\s+months?\s+of\s+))?"
                      rf"(?P<m1>{names})(?:\s*(?:[-–]|(?i:to|through|till|until|and))\s*(?P<m2>{names}))?\b"
                      rf"(?:\s+(?i:alone|only)\b)?(?:,?\s+(?i:of\s+)?(?i:the\s+)?(?=\S))?")


def _era_month_span(era: Era, m1: str, m2: str, fiscal: tuple[date, date]) -> tuple[date, date]:
    """From the first day of month `m1` to the last of `m2` of `era` within the fiscal year `fiscal`."""
    starts = dict(era.months)
    days = sorted(set(starts.values()))
    a, b = starts[m1], starts[m2]
    after = next((d for d in days if d > b), days[0])  # the start of the month after m2

    def on(md: tuple[int, int]) -> date:
        first = date(fiscal[0].year, *md)
        return first if first >= fiscal[0] else date(fiscal[0].year + 1, *md)

    start, nxt = on(a), on(after)
    end = date.fromordinal(nxt.toordinal() - 1)
    if end < start:
        end = date(end.year + 1, end.month, end.day)
    return start, min(end, fiscal[1]) if start <= fiscal[1] else end


def _era_months(text: str, published: date | None, eras: Sequence[Era], times: list[TimeExpr]) -> list[TimeExpr]:
    """`times` with the months of national calendars ("in the month of Asar", "Shrawan-Jestha of 2081/82"): those
    days of the fiscal year that follows them, else of the last fiscal year whose such months have ended."""
    out = list(times)
    if not _named(eras)[0].search(text):
        return out  # no name of their months at all (most texts)
    for era in eras:
        if not era.months:
            continue
        if not any(name in text for name, _ in era.months):
            continue  # no name of its months at all: the full pattern is not tried at every word
        for m in _month_pattern(era).finditer(text):
            if not m.group("cue") and not m.group("m2") and not m.group(0).lower().startswith("the"):
                continue  # a month name alone may be a word ("Push"): it needs "in", "the month of" or a range
            m1, m2 = m.group("m1"), m.group("m2") or m.group("m1")
            names_end = m.end("m2" if m.group("m2") else "m1")
            if any(t.start < names_end and m.start() < t.end for t in out):
                continue
            after = next((t for t in out if names_end <= t.start <= m.end() and _whole_year(t)
                          and (t.start_date.month, t.start_date.day) == era.fiscal_start), None)
            if after is not None:
                start, end = _era_month_span(era, m1, m2, (after.start_date, after.end_date))
                out.remove(after)
                span_end = after.end
            else:
                if published is None:
                    continue
                for back in range(0, 3):  # the last fiscal year whose months named have ended by the publication
                    year = published.year - back
                    fy = (date(year - 1, *era.fiscal_start), date(year, *era.fiscal_start))
                    start, end = _era_month_span(era, m1, m2, fy)
                    if end < published:
                        break
                else:
                    continue
                span_end = names_end
                tail = re.match(r"\s+(?i:alone|only)\b", text[span_end:])
                span_end += tail.end() if tail else 0
            out.append(TimeExpr(start=m.start(), end=span_end, text=text[m.start() : span_end], start_date=start,
                                end_date=end, resolution="explicit" if after else "relative", role="point",
                                partial=not _whole_year_span(start, end)))
    out.sort(key=lambda t: t.start)
    return out


@dataclass(frozen=True)
class _EraLabel:
    """A year label of a national calendar: where it is (its marker included), its era, the Gregorian digits
    that replace its years, the Gregorian year of its first year, and whether it is a single year."""

    start: int
    end: int
    era: Era
    digits: tuple[tuple[int, str], ...]
    year: int
    single: bool


_YEAR_LABEL = r"(?P<y1>\d{4})(?:\s*[-–/]\s*(?P<y2>\d{2,4}))?"
# what may not stand right before or after a year (as in the period grammar): "$2081", "2081.5", "2081 million"
_NOT_BEFORE = r"(?:(?<=FY)|(?<![\w$£€¥₹.,/-]))"
_NOT_AFTER = r"(?![\w%]|[.,]\d|\s*(?:%|per\s?cent|percent|billion|million|trillion|crore|lakh))"


@cache
def _era_patterns(era: Era) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """A year of `era` with its marker after it ("2017 E.C.") and before it ("B.E. 2568"); None without markers."""
    if not era.markers:
        return None
    words = "|".join(r"\s+".join(map(re.escape, m.split())) for m in sorted(era.markers, key=len, reverse=True))
    return (re.compile(rf"{_NOT_BEFORE}{_YEAR_LABEL}\s*(?:{words})(?!\w)"),
            re.compile(rf"(?<![\w.])(?:{words})\s*{_YEAR_LABEL}{_NOT_AFTER}"))


_TIME_WORD_BEFORE = re.compile(r"(?:\b(?:in|of|for|during|since|until|till|through|to|and|from|between|year)|[(–-]"
                               r"|\b[A-Z][a-z]+)\s*$")
_NOUN_AFTER = re.compile(r"\s+(?!(?:was|has|is|saw)\b)[a-z]+s\b")
_UNMARKED = re.compile(rf"{_NOT_BEFORE}{_YEAR_LABEL}{_NOT_AFTER}")
# a year no Gregorian text of today states (2050 and later): only such a text has an unmarked era year to read
_FAR_YEAR = re.compile(r"(?<!\d)(?:20[5-9]\d|2[1-9]\d\d)(?!\d)")


def _era_label(m: re.Match[str], era: Era, lo: int, hi: int, marked: bool) -> _EraLabel | None:
    """The label of a match of `_YEAR_LABEL` read in `era`, if it is a plausible year there (`lo` to `hi`), and
    unless `marked`, not one as Gregorian; a split label only for consecutive years ("2081/82", "2081-2082")."""
    y1, y2 = int(m.group("y1")), m.group("y2")
    year = y1 - era.offset
    if not lo <= year <= hi or (not marked and y1 <= hi):
        return None
    digits = [(m.start("y1"), str(year))]
    if y2:
        if int(y2) != (y1 + 1) % 10 ** len(y2):
            return None
        # the period grammar reads a split year's second part as two or four digits ("2081/082": "2024/25 ")
        digits.append((m.start("y2"), str(year + 1) if len(y2) == 4 else f"{(year + 1) % 100:02d}".ljust(len(y2))))
    return _EraLabel(m.start(), m.end(), era, tuple(digits), year, not y2)


def _era_labels(text: str, published: date | None, eras: Sequence[Era], implied: Sequence[Era]) -> list[_EraLabel]:
    """The year labels of `text` to read in a national calendar (`find_times`), in order, no overlaps."""
    if (not eras and not implied) or not re.search(r"\d{4}", text):
        return []
    ref = min(published or date.today(), date.today()).year  # no text is from after today ("2082-01-01" is BS)
    lo, hi = ref - 30, ref + 20
    found: list[_EraLabel] = []
    used: list[Era] = []  # the eras a marked year of the text is of
    for era in eras if _named(eras)[1].search(text) else ():  # no marker of theirs at all (most texts)
        if not any(marker.split()[0] in text for marker in era.markers):
            continue  # no marker of the era at all: its patterns are not tried at every digit
        for pattern in _era_patterns(era) or ():
            for m in pattern.finditer(text):
                if (lab := _era_label(m, era, lo, hi, marked=True)) and not (
                        m.group("y2") and lab.year > ref + 1 and ref - 3 <= int(m.group("y1")) <= ref + 1
                        and not _DEADLINE_BEFORE.search(text, max(0, m.start() - 30), m.start())):
                    found.append(lab)
                    used.append(era)
                # (not "the 2024/25 Ethiopian fiscal year" of a text of 2025: a recent Gregorian split label of the
                # era's fiscal year, which read in the era would lie years ahead; "by 2022 E.C.", "by the 2022/23
                # Ethiopian fiscal year" are the era's: a deadline lies ahead)
    # in a text that marks a year of an era ("the solar year 1403"), a year before 1900 that is a plausible one of
    # that era is one too after a preposition or a month ("Jadi to Hoot 1403", "in 1402"), unless a plural noun
    # follows it ("to 1403 tonnes")
    for m in _UNMARKED.finditer(text) if used else ():
        if (int(m.group("y1")) < 1900 and _TIME_WORD_BEFORE.search(text, max(0, m.start() - 20), m.start())
                and not _NOUN_AFTER.match(text, m.end())):
            lab = next((lab for era in dict.fromkeys(used) if (lab := _era_label(m, era, lo, hi, marked=True))), None)
            if lab is not None:
                found.append(lab)
    for m in _UNMARKED.finditer(text) if implied and _FAR_YEAR.search(text) else ():
        lab = next((lab for era in implied if (lab := _era_label(m, era, lo, hi, marked=False))), None)
        if lab is not None:
            found.append(lab)
    out: list[_EraLabel] = []
    for lab in sorted(found, key=lambda lab: (lab.start, -lab.end)):  # a marked label before a year it holds
        if not out or lab.start >= out[-1].end:
            out.append(lab)
    return out


def _find_times(text: str, published: date | None, fiscal_start: tuple[int, int],
                fiscal_named_by: str) -> list[TimeExpr]:
    """`find_times` on Gregorian years."""
    taken: list[tuple[int, int]] = []
    out: list[TimeExpr] = []
    g = _patterns()
    back: dict[int, str] = {}  # positions of the times that take their period from an earlier one, and how
    for i, ((_, handler), found) in enumerate(zip(g.rules, _rule_matches(text), strict=True)):
        for m in found:
            s, e = m.span()
            if s == e or any(not (e <= a or s >= b) for a, b in taken):
                continue
            got = handler(m, published, fiscal_start)
            if got is None:
                continue
            start, end, res, role, partial = got
            if m.groupdict().get("fy") and fiscal_named_by == "start" and fiscal_start != (1, 1):
                start, end = start.replace(year=start.year + 1), month_end(end.year + 1, end.month)
            taken.append((s, e))
            if i in g.yearless and not m.group("y") and not m.group("ry"):
                back[s] = "part"
            elif i in g.anaphoric and (g.anaphoric[i] != "year" or _THE_YEAR.fullmatch(m.group("ry"))):
                if g.anaphoric[i] != "before" or m.group("which").lower() in ("previous", "prior", "preceding"):
                    back[s] = g.anaphoric[i]
            out.append(TimeExpr(start=s, end=e, text=text[s:e], start_date=start, end_date=end,
                                resolution=res, role=role, partial=partial))  # type: ignore[arg-type]
    out.sort(key=lambda t: t.start)
    return _resolve_back(out, back, text) if back else out


_THE_YEAR = re.compile(r"the\s+year", re.I)
_EVENT_OF = re.compile(r"[a-z]\s+of\s+(?:late|early|mid-?)\s*$")  # "the drought of early 2022": an event's date
_BY_BEFORE = re.compile(r"\b(?:by|until|till|before)\s+(?:the\s+end\s+of\s+)?$", re.I)  # a deadline's word
_DEADLINE_BEFORE = re.compile(r"\b(?:by|until|till|before)\s+(?:the\s+(?:end\s+of\s+(?:the\s+)?)?)?$", re.I)
_last_matches: list[tuple[str, list[list[re.Match[str]]]]] = [("", []), ("", [])]


def _rule_matches(text: str) -> list[list[re.Match[str]]]:
    """For each rule, its matches in `text`, each held within its sentence (`_within_sentences`), as `finditer`
    finds them: what the rules match does not depend on the publication date or the fiscal calendar, so a
    text read on several calendars (`kg.extract`) is matched once. The last two texts' are kept (by identity)."""
    for last, found in _last_matches:
        if last is text:
            return found
    g = _patterns()
    ends: list[int] = []  # the sentence ends, found once a match holds a stop (most never do)
    found = [list(_within_sentences(pattern, text, starts, ends)) if starts else []
             for (pattern, _), starts in zip(g.rules, g.candidates(text), strict=True)]
    _last_matches[:] = [(text, found), _last_matches[0]]
    return found

# a sentence's end: a full stop, "!" or "?" before a capital, or before a digit unless it closes a month's short
# name ("Jan. 2024"); a semicolon; a line break
_SENTENCE_END = re.compile(r"[.!?](?=[\"”’')\]]*\s+[\"“‘'(\[]?[A-Z])|(?<!\b[A-Z][a-z]{2})(?<!\bSept)[.!?]"
                           r"(?=[\"”’')\]]*\s+[\"“‘'(\[]?[0-9$£€¥₹])|;|\n")


def _sentence_ends(text: str) -> list[int]:
    """Where the sentences of `text` end (the offsets of their stops), in order."""
    return [m.start() for m in _SENTENCE_END.finditer(text)]


_STOPS = re.compile(r"[.!?;\n]")  # what a sentence end needs: a match without one is within its sentence


def _within_sentences(pattern: re.Pattern[str], text: str, starts: Iterable[int], ends: list[int]) -> Iterator[re.Match[str]]:
    """`finditer_at`, each match held within the sentence it starts in (the text is cut at its end).

    `ends` is filled with the text's sentence ends the first time a match holds a stop character (a match
    without one cannot cross a sentence end, so most texts never need them)."""
    done = 0
    for pos in starts:
        if pos < done:
            continue
        m = pattern.match(text, pos)
        if m and _STOPS.search(text, m.start(), m.end()):
            if not ends:
                ends.extend(_sentence_ends(text) or [len(text)])
            k = bisect.bisect_right(ends, pos)
            m = pattern.match(text, pos, ends[k] if k < len(ends) else len(text))
        if m:
            yield m
            done = m.end()


# before a time, what makes it a comparison's base ("up 5.9% from the same period of 2024", "compared with 2023")
_BASE_TIME = re.compile(r"(?:\bfrom|\bcompared\s+(?:to|with)|\bthan|\bagainst|\bversus|\bvs\.?)\s+"
                        # "from GH¢2,597.3 million in ...", not the hedge "more than $5 billion in 2023"
                        r"(?:(?<!more than )(?<!less than )(?<!fewer than )(?<!over than )(?<!rather than )"
                        # "than the USD 8.42 billion recorded in 2023": the base figure and the verb that dates it
                        r"(?:the\s+)?(?:[^\s\d]+\s?)?\d[\d.,]*\s?(?:%|per\s?cent|percent|[a-z]*illion|bn)?\s+"
                        r"(?:(?:recorded|registered|reported|posted|logged|seen)\s+)?)?"
                        r"(?:in\s+)?(?:the\s+)?"
                        r"(?:same\s+(?:period|months?|quarter|time)\s+(?:(?:of|in|a\s+year\s+earlier\s+in)\s+)?)?$"
                        # "down 0.8% on 2023", "up 4 per cent over 2022": the rate's base year
                        r"|\d\s?(?:%|per\s?cent|percent)\s+(?:on|over)\s+(?:the\s+)?$", re.I)


def _resolve_back(times: list[TimeExpr], back: dict[int, str], text: str = "") -> list[TimeExpr]:
    """Times that point back to a period stated before them, else keep their publication-relative reading:

    - a part of a year said without its year ("in the first 11 months", "from January to June") takes the year
      of the nearest calendar period before it in its paragraph ("last year", "in 2023", "the first half of
      this year"), else the latest year named before it and not after its own reading (an earlier paragraph
      looking back, "... had reached X in 2023, and peaked in 2022", is background to the story's year);
    - "during the fiscal" is the latest fiscal year named before it;
    - "the previous (prior, preceding) fiscal year" is the one before the nearest fiscal year named before it
      ("... in the 2024/25 fiscal year. Revenue in the preceding fiscal year stood at ...": 2023/24), else the
      one before the publication's;
    - "over the year" is the nearest whole year before it, a fiscal one included;
    - "the same period of 2024" ("the corresponding period of last year", "the same months of FY24") is the
      nearest period before it, a part of a year included, moved to that year (a year back for "last year").
    """
    out = list(times)
    for i, t in enumerate(out):
        how = back.get(t.start)
        if how is None:
            continue
        if how == "same":
            ante = next((a for a in reversed(out[:i]) if a.role == "point" and back.get(a.start) != "same"
                         and not _BASE_TIME.search(text, max(0, a.start - 40), a.start)), None)
            if ante is not None:
                years = -1 if t.resolution == "relative" else t.end_date.year - ante.end_date.year
                out[i] = shift_years(t.model_copy(update={"start_date": ante.start_date, "end_date": ante.end_date,
                                                          "partial": ante.partial}), years)
            continue
        before = [a for a in out[:i] if a.role == "point" and a.start not in back
                  and not _BASE_TIME.search(text, max(0, a.start - 40), a.start)]  # a base's year is no one's
        if how == "part":  # a part of a year that states its year counts ("the first half of this year")
            if t.start_date.year != t.end_date.year:  # a window across a year's end ("the 12 months to the end of
                # June") takes the year of one before it that ends in the same month ("the 12 months to June 2025")
                ante = next((a for a in reversed(before) if a.end_date.month == t.end_date.month), None)
            else:
                ante = next((a for a in reversed(before) if a.start_date.year == a.end_date.year), None)
                if ante is not None and "\n" in text[ante.end : t.start]:
                    # named in an earlier paragraph: the latest year named before, not after its own reading
                    # (a paragraph looking back, "... had reached X in 2023, and peaked in 2022", is background)
                    ante = max((a for a in before if a.start_date.year == a.end_date.year
                                and a.end_date.year <= t.end_date.year), key=lambda a: a.end_date, default=ante)
            if ante is not None and ante.end_date.year != t.end_date.year:
                out[i] = shift_years(t, ante.end_date.year - t.end_date.year)
            if (ante is not None and ante.resolution == "explicit" and ante.start_date.year == ante.end_date.year
                    and not _SENTENCE_END.search(text, ante.end, t.start)):
                # "The first quarter of 2025 started strongly: trade between January and March reached ...":
                # dated by its own sentence, as explicit as the year named there (no shift to an earlier year)
                out[i] = out[i].model_copy(update={"resolution": "explicit"})
            continue
        with_parts = before
        before = [a for a in before if not a.partial]
        if how == "before":  # "the preceding fiscal year": the one before the nearest fiscal year named before it
            ante = next((a for a in reversed(before) if _whole_year(a)
                         and (a.start_date.month, a.start_date.day) != (1, 1)), None)
            if ante is not None:
                out[i] = shift_years(t.model_copy(update={"start_date": ante.start_date, "end_date": ante.end_date}), -1)
            continue
        if how == "fiscal":
            fiscal = [a for a in before if _whole_year(a) and (a.start_date.month, a.start_date.day) != (1, 1)]
            ante = max(fiscal, key=lambda a: a.end_date, default=None)
        else:
            # (not the date of an event a noun names: "a rebound after the drought of early 2022")
            ante = next((a for a in reversed(with_parts) if (_whole_year(a) or (
                a.partial and a.start_date.year == a.end_date.year))
                and not _EVENT_OF.search(text, max(0, a.start - 20), a.start)), None)
            if ante is not None and ante.partial:  # "... over January-August 2024. ... on course to close the
                # year at": the year of the part named last before it
                start, end = year_span(ante.end_date.year)
                ante = ante.model_copy(update={"start_date": start, "end_date": end})
        if ante is not None:
            out[i] = t.model_copy(update={"start_date": ante.start_date, "end_date": ante.end_date})
    return out


def _whole_year(t: TimeExpr) -> bool:
    """Twelve months: a calendar or a fiscal year."""
    return _whole_year_span(t.start_date, t.end_date)


def _whole_year_span(start: date, end: date) -> bool:
    """Twelve months from `start` to `end`."""
    return (end - start).days in (364, 365)


def shift_years(t: TimeExpr, years: int) -> TimeExpr:
    """The same part of another year (a month end stays a month end)."""
    def move(d: date, end: bool) -> date:
        y = d.year + years
        if end and d == month_end(d.year, d.month):
            return month_end(y, d.month)
        return date(y, d.month, min(d.day, calendar.monthrange(y, d.month)[1]))

    return t.model_copy(update={"start_date": move(t.start_date, False), "end_date": move(t.end_date, True)})


def latest_full_year(published: date) -> tuple[date, date]:
    """The last calendar year that has ended on `published` (what 'already reached' refers to)."""
    return year_span(published.year - 1)


def iso_period(start: date, end: date) -> str:
    """ISO 8601 label: '2021', '2023-01/2023-11', '2024-04/2025-03', '2022-02-06'."""
    if start == end:
        return start.isoformat()
    if start.month == 1 and start.day == 1 and end.month == 12 and end.day == 31 and start.year == end.year:
        return str(start.year)
    if start.day == 1 and end == month_end(end.year, end.month):
        if (start.year, start.month) == (end.year, end.month):
            return f"{start.year:04d}-{start.month:02d}"
        return f"{start.year:04d}-{start.month:02d}/{end.year:04d}-{end.month:02d}"
    return f"{start.isoformat()}/{end.isoformat()}"


_MONTH_ABBR = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def period_label(start: date, end: date) -> str:
    """A short label for a period: "2021", "2021–2022", "Mar 2023", "Jan–Nov 2023", else ISO dates."""
    month_start = start.day == 1
    is_month_end = end == month_end(end.year, end.month)
    if month_start and is_month_end:
        if start.month == 1 and end.month == 12:
            return str(start.year) if start.year == end.year else f"{start.year}–{end.year}"
        if start.year == end.year:
            if start.month == end.month:
                return f"{_MONTH_ABBR[start.month - 1]} {start.year}"
            return f"{_MONTH_ABBR[start.month - 1]}–{_MONTH_ABBR[end.month - 1]} {start.year}"
        return f"{_MONTH_ABBR[start.month - 1]} {start.year}–{_MONTH_ABBR[end.month - 1]} {end.year}"
    if start == end:
        return start.isoformat()
    return f"{start.isoformat()} – {end.isoformat()}"
