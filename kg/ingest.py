"""Ingest: files in, `Document`s out (text, title, outlet, url and publication date).

    load_documents(paths) -> (documents, errors)      the stage: folders expanded, one bad file never stops the rest
    read_document(path) -> Document                   one file; raises InputError / FrontMatterError
    parse_document(raw, path) -> Document             the same from bytes already read
    collect_paths(paths) -> (files, errors)           folders expanded recursively, sorted
    parse_date(text) -> date | None                   "February 6, 2022", "6 Feb 2022", "2022-02-06T10:00Z"
    find_published(text) -> (date, resolution)        byline/dateline near the top, else inferred from the text
    language_tag(value) -> str | None                 a declared language ('en_ca' -> 'en-CA'): <html lang>,
                                                      a language meta tag or front matter lang/language

Publication date, in order: YAML front matter; HTML meta; a byline or dateline in the first lines
("By Jane Doe February 6, 2022", a line that is just a date, "Published: 2023-05-01"; a "Last update:"
stamp is skipped); else *inferred*: the date of such a stamp (the text as it stood at its last update), else
from the text: a year Y mentioned as past gives Y+1-01-01, "the first
N months of Y" gives month N+1 of Y, a full date gives itself, the latest wins. Deadlines ("by 2024"),
targets ("the 2030 goal"), future sentences ("will ... in 2025") and URLs are not evidence.

Every cue word lives in ontology/ingest.yaml; month and weekday names come from CLDR (babel).
"""

from __future__ import annotations

import codecs
import hashlib
import html
import os
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, ClassVar, Literal, NamedTuple
from urllib.parse import urlsplit

import yaml
from babel.dates import get_day_names, get_month_names
from pydantic import BaseModel, ConfigDict, ValidationError

from kg.errors import ConfigError, FrontMatterError, InputError, KgError
from kg.lexicon import first_line_name, load_lexicon
from kg.models import Document
from kg.resources import ontology_file

__all__ = [
    "MAX_BYTES",
    "SUPPORTED_SUFFIXES",
    "collect_paths",
    "find_published",
    "load_documents",
    "parse_date",
    "parse_document",
    "read_document",
]

SUPPORTED_SUFFIXES: dict[str, Literal["txt", "md", "html"]] = {
    ".txt": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
}
_MB = 1024 * 1024
MAX_BYTES = 20 * _MB
CUES_FILE = "ingest.yaml"

Resolution = Literal["explicit", "inferred"]

_YAML_LOADER: Any = getattr(yaml, "CBaseLoader", yaml.BaseLoader)
_YAML_NULLS = frozenset({"", "~", "null", "Null", "NULL"})
_BINARY_SAMPLE = 65536
_BINARY_RATIO = 0.10
# Bytes that occur in text: tab, newlines, form feed, backspace, escape, bell and everything printable.
_TEXT_BYTES = bytes({7, 8, 9, 10, 11, 12, 13, 27} | set(range(0x20, 0x100)) - {0x7F})
_CHARSET = re.compile(rb"<meta[^>]{0,300}?charset\s*=\s*[\"']?\s*([A-Za-z0-9_:.-]{1,40})", re.I)


# --------------------------------------------------------------------------------------------- cues


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class _InferenceCues(_Model):
    skip_before: list[str]
    skip_before_partial: list[str]
    skip_after: list[str]
    duration_before: list[str] = []
    counted_since: list[str] = []
    begun_before: list[str] = []
    begun_after: list[str] = []
    base_before_partial: list[str] = []
    future_cues: list[str]
    number_words: dict[str, int]
    part_words: dict[str, int]
    ordinal_words: dict[str, int]
    not_that_day: list[str] = []


class _OutletCues(_Model):
    patterns: list[str]
    title_patterns: list[str] = []
    sections: list[str] = []
    url_cues: list[str]
    hosts: dict[str, str]


class _HtmlCues(_Model):
    published_meta: list[str]
    outlet_meta: list[str]
    title_meta: list[str]
    url_meta: list[str]
    language_meta: list[str] = []
    chrome_classes: list[str] = []


class IngestCues(_Model):
    """The contents of ontology/ingest.yaml."""

    locales: list[str]
    month_aliases: dict[str, int]
    byline_lines: int
    byline_cues: list[str]
    name_particles: list[str]
    published_cues: list[str]
    stamp_cues: list[str]
    boilerplate_lines: list[str]
    inference: _InferenceCues
    outlet: _OutletCues
    html: _HtmlCues


def _alt(words: Sequence[str]) -> str:
    """A regex alternation of literal phrases, longest first, inner spaces matching any whitespace."""
    uniq = sorted({w for w in words if w}, key=lambda w: (-len(w), w))
    return "|".join(r"\s+".join(re.escape(p) for p in w.split()) for w in uniq)


def _name_variants(names: dict[str, int]) -> dict[str, int]:
    out: dict[str, int] = {}
    for name, num in names.items():
        base = name.rstrip(".")
        if not base:
            continue
        for v in (base, base[:1].upper() + base[1:], base.upper()):
            out.setdefault(v, num)
    return out


_DAY = r"3[01]|[12]\d|0?[1-9]"
_ORD = r"(?:st|nd|rd|th)?"
_SEP = r"[\s,|·•—–/-]"
_TIME = (
    rf"(?:{_SEP}*(?:at\s+)?(?:[01]?\d|2[0-3])[:.h][0-5]\d(?::[0-5]\d)?(?:\s*[AaPp]\.?\s?[Mm]\.?)?)?"  # "16h30"
    r"(?:\s*\(?(?:[A-Z]{2,5}|UTC|GMT)(?:\s?[+-]\s?\d{1,2}(?::?\d{2})?)?\)?)?"
)


@dataclass(frozen=True)
class _Grammar:
    cues: IngestCues
    months: dict[str, int]  # lower-cased name without its dot -> month number
    prefix_words: frozenset[str]  # lower-cased words that may end a date prefix ("October 30, 2023")
    byline_lines: int
    date_only: re.Pattern[str]
    date_labelled: re.Pattern[str]
    date_any: re.Pattern[str]
    published: re.Pattern[str]
    published_any: re.Pattern[str]
    published_cue: re.Pattern[str]  # a published cue opening a part, and its colon ("Published: ")
    byline: re.Pattern[str]
    date_byline: re.Pattern[str]
    byline_name: re.Pattern[str]  # "By Jane Doe" alone on its line
    dateline: re.Pattern[str]
    city_dateline: re.Pattern[str]
    source_date: re.Pattern[str]
    stamp: re.Pattern[str]
    boilerplate: re.Pattern[str]
    year_hit: re.Pattern[str]
    prefix: re.Pattern[str]
    iso_suffix: re.Pattern[str]
    skip_before: re.Pattern[str]
    skip_before_partial: re.Pattern[str]
    skip_after: re.Pattern[str]
    duration_before: re.Pattern[str]
    counted_since: re.Pattern[str]  # "Four years have passed since " before a year: that many years after it
    begun_before: re.Pattern[str]  # "continued into " before a year: the year has begun, not ended
    begun_after: re.Pattern[str]  # " season draws to a close" after a year: the same
    base_before_partial: re.Pattern[str]  # "more than in " before "the first half of 2025": a year later's half is over
    part_before: re.Pattern[str]  # "the first half of Ruritania's " before a span's first year
    future: re.Pattern[str]
    sentence_end: re.Pattern[str]
    outlet_patterns: tuple[re.Pattern[str], ...]
    title_outlet_patterns: tuple[re.Pattern[str], ...]  # an institution's release named by its page title
    site_sections: frozenset[str]  # outlet.sections, case-folded: a page title's last part that names no site
    url_cue: re.Pattern[str]  # matched on the 80 characters before a URL
    chrome_cues: frozenset[str]  # html.chrome_classes, lower-cased, without hyphens, underscores, spaces
    numbers: dict[str, int]
    parts: dict[str, int]
    ordinals: dict[str, int]
    weekday: re.Pattern[str]  # a weekday's full name, and the word before it (group "before")
    not_that_day: frozenset[str]  # lower-cased words before a weekday that make it another day ("last Friday")
    weekdays: dict[str, int]  # lower-cased full name -> 0 (Monday) .. 6

    def month(self, name: str) -> int:
        return self.months[name.rstrip(".").lower()]


def _load_cues(path: Path) -> IngestCues:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        return IngestCues.model_validate(data)
    except OSError as e:
        raise ConfigError(f"cannot read ingest cues: {e.strerror}", path=str(path)) from None
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        raise ConfigError(f"malformed YAML: {getattr(e, 'problem', e)}", path=str(path), line=line) from None
    except ValidationError as e:
        err = e.errors()[0]
        where = ".".join(str(p) for p in err["loc"])
        raise ConfigError(f"bad ingest cues: {where}: {err['msg']}", path=str(path)) from None


@cache
def _grammar() -> _Grammar:
    path = ontology_file(CUES_FILE)
    cues = _load_cues(path)
    months: dict[str, int] = {}
    days: dict[str, int] = {}
    weekdays: dict[str, int] = {}
    for loc in cues.locales:
        try:
            for width in ("wide", "abbreviated"):
                for ctx in ("format", "stand-alone"):
                    months.update(
                        {str(v): int(k) for k, v in get_month_names(width, ctx, locale=loc).items()}
                    )
                    days.update({str(v): int(k) for k, v in get_day_names(width, ctx, locale=loc).items()})
            weekdays.update({str(v).lower(): int(k) for k, v in get_day_names("wide", locale=loc).items()})
        except Exception as e:  # babel raises UnknownLocaleError, ValueError ...
            raise ConfigError(f"unknown locale {loc!r}: {e}", path=str(path)) from None
    months.update(cues.month_aliases)
    month_names = _name_variants(months)
    month_alt = f"(?:{_alt(list(month_names))})"
    day_alt = f"(?:{_alt(list(_name_variants(days)))})"
    wd = rf"(?:{day_alt}\.?,?\s+)?"
    date_re = (
        # "August 14, 2025"; "August 14/2025" (an agency's dateline style)
        rf"(?:(?P<mdy_m>{month_alt})\.?\s+(?P<mdy_d>{_DAY}){_ORD}(?:,?\s+|/)(?P<mdy_y>\d{{4}})"
        # "4 March 2025", "4. März 2025" (the day's dot of German and Nordic dates)
        rf"|(?P<dmy_d>{_DAY})(?:{_ORD}|\.)\s+(?:of\s+)?(?P<dmy_m>{month_alt})\.?,?\s+(?P<dmy_y>\d{{4}})"
        rf"|(?P<iso_y>\d{{4}})(?P<iso_s>[-/.])(?P<iso_m>1[0-2]|0?[1-9])(?P=iso_s)(?P<iso_d>{_DAY})"
        r"(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
        # "14.02.2025": day first wherever dots are written; "15/11/2025" or "11/15/2025": read only when one
        # of the two numbers cannot be a month (see _match_date)
        rf"|(?<![\d.])(?P<dot_d>{_DAY})\.(?P<dot_m>1[0-2]|0?[1-9])\.(?P<dot_y>\d{{4}})"
        r"|(?<![\d/])(?P<sl_a>[0-3]?\d)/(?P<sl_b>[0-3]?\d)/(?P<sl_y>\d{4})"
        r")(?!\d)"
    )
    particles = _alt(cues.name_particles)
    name_word = rf"(?!(?:{month_alt}|{day_alt})\b)[A-Z][\w'’.-]*"
    name = (
        rf"{name_word}(?:(?:\s*,\s*|\s+)(?:(?:and|&)\s+)?(?:(?:{particles})\s+){{0,2}}{name_word}){{0,7}}"
        if particles
        else rf"{name_word}(?:(?:\s*,\s*|\s+)(?:(?:and|&)\s+)?{name_word}){{0,7}}"
    )
    byline_alt = _alt(cues.byline_cues)
    published_alt = _alt(cues.published_cues)
    inf = cues.inference
    numbers = {k.lower(): v for k, v in inf.number_words.items()}
    parts = {k.lower(): v for k, v in inf.part_words.items()}
    ordinals = {k.lower(): v for k, v in inf.ordinal_words.items()}
    num_alt = _alt(list(numbers)) or "(?!)"
    part_alt = _alt(list(parts)) or "(?!)"
    ord_alt = _alt(list(ordinals)) or "(?!)"
    prefix = (
        r"(?:"
        rf"(?P<part>(?:the\s+)?(?:(?i:first)\s+(?:(?P<n>\d{{1,2}})|(?P<nw>(?i:{num_alt})))\s+(?i:months)"
        rf"|(?P<ord>(?i:{ord_alt}))(?:\s+(?P<cnt>(?i:{num_alt})|\d))?\s+(?P<unit>(?i:{part_alt})))"
        r"\s+of\s+(?:the\s+year\s+)?)"
        r"|(?P<hq>(?<!\w)(?P<hqk>[HQ])(?P<hqn>[1-4])\s+)"
        rf"|(?P<range>(?P<r1>{month_alt})\.?\s*(?:-|–|—|to|through|till|until|thru)\s*(?P<r2>{month_alt})\.?,?\s+(?:of\s+)?)"
        rf"|(?P<mdy>(?P<mdy_m>{month_alt})\.?\s+(?P<mdy_d>{_DAY}){_ORD},?\s+)"
        rf"|(?P<dmy>(?<!\d)(?P<dmy_d>{_DAY}){_ORD}\s+(?:of\s+)?(?P<dmy_m>{month_alt})\.?,?\s+)"
        rf"|(?P<my>(?P<my_m>{month_alt})\.?,?\s+(?:of\s+)?)"
        r")$"
    )

    def before(words: list[str]) -> re.Pattern[str]:
        alt = _alt(words) or "(?!)"
        return re.compile(
            rf"(?i:\b(?:{alt})\s+(?:the\s+)?(?:(?:end|start|beginning|middle|close|turn|course)\s+of\s+(?:the\s+)?)?"
            r"(?:year\s+)?(?:(?:early|mid|late)[\s-]+)?)$"
        )

    url_alt = _alt(cues.outlet.url_cues) or "(?!)"
    outlet_name = r"(?:The\s+)?[A-Z][\w&'’.-]*(?:\s+(?:(?:of|the|for|and|&)\s+)?[A-Z][\w&'’.-]*){0,5}"
    try:
        outlet_patterns = tuple(re.compile(p.replace("{name}", outlet_name)) for p in cues.outlet.patterns)
        title_outlet_patterns = tuple(re.compile(p.replace("{name}", outlet_name)) for p in cues.outlet.title_patterns)
        boiler = re.compile(
            "(?i:" + "|".join(f"(?:{p})" for p in cues.boilerplate_lines) + ")$"
            if cues.boilerplate_lines
            else "(?!)"
        )
    except re.error as e:
        raise ConfigError(f"bad regular expression in ingest cues: {e}", path=str(path)) from None
    return _Grammar(
        cues=cues,
        months={k.lower(): v for k, v in month_names.items()},
        prefix_words=frozenset({k.lower() for k in month_names} | {"of"}),
        byline_lines=cues.byline_lines,
        date_only=re.compile(rf"{wd}{date_re}{_TIME}[\s.]*$"),
        # a date and a section's label after it ("3 June 2025 Press Centre": a news page's date and category)
        date_labelled=re.compile(rf"{wd}{date_re}{_TIME}\s+(?:[A-Z][\w&'’-]*\s*){{1,3}}$"),
        date_any=re.compile(rf"(?<!\w){date_re}"),
        published=re.compile(rf"(?i:{published_alt})\b\s*[:–—-]?\s*(?:(?i:on)\s+)?{wd}{date_re}"),
        published_cue=re.compile(rf"(?i:{published_alt})\b\s*[:–—-]?\s*(?:(?i:in)\s+)?"),
        published_any=re.compile(rf"\b(?<!(?i:next) )(?i:{published_alt})\b\s*[:–—-]?\s*(?:(?i:on)\s+)?{wd}{date_re}"),
        byline=re.compile(
            rf"(?i:{byline_alt})\b\s*:?\s+{name}\s*(?:[,|·•—–/-]\s*)*(?:(?i:on)\s+)?{wd}{date_re}"
        ),
        byline_name=re.compile(rf"(?i:{byline_alt})\b\s*:?\s+{name}[\s,|·•—–/-]*$"),
        date_byline=re.compile(rf"{wd}{date_re}{_TIME}\s*(?:[,|·•—–/-]\s*)*(?i:{byline_alt})\b"),
        dateline=re.compile(
            rf"[A-Z][A-Z.'’ -]{{1,40}}(?:,\s*[A-Z][A-Za-z.'’ -]{{1,30}})?\s*[,(–—-]\s*{wd}{date_re}"
        ),
        # a city in title case and a whole date that ends the line or opens the story: "Cairo, 9 September
        # 2025", "Hanoi, March 3, 2025 (VNA) -"
        city_dateline=re.compile(
            rf"[A-Z][^\W\d_A-Z]+(?:[ -][A-Z][^\W\d_A-Z]+){{0,2}},\s*{wd}{date_re}{_TIME}\s*(?:\([^()]{{1,30}}\))?\s*(?:[-–—:]|\.?$)"
        ),
        # "Nikkei Asia — February 20, 2024", "The Star | 3 March 2024": a name, a dash or bar, a whole date
        source_date=re.compile(
            rf"[A-Z][\w&'’.]*(?:\s+[A-Z][\w&'’.]*){{0,4}}\s*[|·•—–]\s*{wd}{date_re}{_TIME}[\s.]*$"
        ),
        stamp=re.compile(rf"(?i:{_alt(cues.stamp_cues) or '(?!)'})\b"),
        boilerplate=boiler,
        year_hit=re.compile(r"(?:19|20)\d\d"),
        prefix=re.compile(prefix),
        iso_suffix=re.compile(rf"(?P<s>[-/])(?P<m>1[0-2]|0?[1-9])(?P=s)(?P<d>{_DAY})(?!\d)"),
        skip_before=before(inf.skip_before),
        skip_before_partial=before(inf.skip_before_partial),
        base_before_partial=before(inf.base_before_partial),
        skip_after=re.compile(rf"\s*(?:[-–]\s*)?(?i:{_alt(inf.skip_after) or '(?!)'})\b"),
        duration_before=re.compile(rf"\b(?i:{_alt(inf.duration_before) or '(?!)'})\b[^.;:!?]*$"),
        counted_since=re.compile(rf"(?<!\w)(?P<n>\d{{1,2}}|(?i:{num_alt}))\s+(?i:{_alt(inf.counted_since) or '(?!)'})"
                                 r"\b[^.;:!?]*$"),
        begun_before=re.compile(rf"\b(?i:{_alt(inf.begun_before) or '(?!)'})\s+$"),
        begun_after=re.compile(rf"[^\W\d]*(?:\s+[^\W\d]+){{0,3}}?\s+(?i:{_alt(inf.begun_after) or '(?!)'})\b"),
        part_before=re.compile(rf"\b(?i:{ord_alt})\s+(?i:{part_alt})\s+of\b[^.;:!?\n]{{0,30}}$"),
        future=re.compile(rf"\b(?:{_alt(inf.future_cues) or '(?!)'})\b"),
        sentence_end=re.compile(r"(?<!\b[A-Z])[.!?][”\"’')\]]*\s|\n"),
        outlet_patterns=outlet_patterns,
        title_outlet_patterns=title_outlet_patterns,
        site_sections=frozenset(w.casefold() for w in cues.outlet.sections),
        url_cue=re.compile(rf"(?i:{url_alt})\s*:\s*<?$"),
        chrome_cues=frozenset(re.sub(r"[-_\s]+", "", c.lower()) for c in cues.html.chrome_classes),
        numbers=numbers,
        parts=parts,
        ordinals=ordinals,
        weekday=re.compile(rf"(?:(?P<before>[^\W\d_]+)\s+)?(?P<day>(?i:{_alt(list(weekdays)) or '(?!)'}))(?!\w)"),
        not_that_day=frozenset(w.lower() for w in inf.not_that_day),
        weekdays=weekdays,
    )


# --------------------------------------------------------------------------------------------- dates


def _make_date(y: int, m: int, d: int) -> date | None:
    if not 1800 <= y <= 2199:
        return None
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _match_date(g: _Grammar, m: re.Match[str]) -> date | None:
    """The date a match of the full-date grammar (groups mdy_*, dmy_*, iso_*) stands for."""
    if m.group("mdy_y"):
        return _make_date(int(m["mdy_y"]), g.month(m["mdy_m"]), int(m["mdy_d"]))
    if m.group("dmy_y"):
        return _make_date(int(m["dmy_y"]), g.month(m["dmy_m"]), int(m["dmy_d"]))
    if m.group("iso_y"):
        return _make_date(int(m["iso_y"]), int(m["iso_m"]), int(m["iso_d"]))
    if m.group("dot_y"):
        return _make_date(int(m["dot_y"]), int(m["dot_m"]), int(m["dot_d"]))
    if m.group("sl_y"):
        a, b = int(m["sl_a"]), int(m["sl_b"])
        if (a > 12) == (b > 12):
            return None  # "04/11/2025" is 4 November in Bogotá and April 11 in Boston: no date
        return _make_date(int(m["sl_y"]), b if a > 12 else a, a if a > 12 else b)
    return None


def parse_date(text: str) -> date | None:
    """Parse a string that is just a date (optionally a weekday and a time): None if it is not one."""
    g = _grammar()
    m = g.date_only.match(text.strip())
    return _match_date(g, m) if m else None


_MD_LEAD = re.compile(r"^(?:#{1,6}\s+|>\s*|[-*+•]\s+)+")
_MD_ESCAPE = re.compile(r"\\(?=[^\w\s])")
_MD_EMPH = re.compile(r"\*+|(?<!\w)_+|_+(?!\w)|`+")
_SPACES = re.compile(r"\s+")


def _clean_line(line: str) -> str:
    """A line without Markdown decoration or repeated spaces, for matching and titles."""
    line = _MD_LEAD.sub("", line.strip())
    line = _MD_ESCAPE.sub("", line)
    line = _MD_EMPH.sub("", line)
    return _SPACES.sub(" ", line).strip()


def _head_lines(text: str, count: int) -> Iterator[str]:
    """The first `count` non-empty lines (cleaned), without splitting the whole text."""
    pos, seen, n = 0, 0, len(text)
    while pos < n and seen < count:
        end = text.find("\n", pos)
        if end < 0:
            end = n
        raw = text[pos:end] if end - pos <= 2000 else text[pos : pos + 2000]
        pos = end + 1
        line = _clean_line(raw)
        if line:
            seen += 1
            yield line


def _line_date(g: _Grammar, line: str) -> date | None:
    """The publication date a top line states, if it is a byline/dateline/date line (not a stamp)."""
    if len(line) > 300:
        # a wire story's first paragraph opens with its dateline: "TOKYO, Oct 20, 2025 (Agency) - Exports ..."
        m = g.dateline.match(line) or g.city_dateline.match(line)
        return _match_date(g, m) if m else None
    if g.stamp.match(line):
        return _published_after_stamp(g, line)
    labelled = _DATE_LABEL.match(line)  # "Date: Kathmandu, 18 September 2025": the place and date after the label
    for pat in (g.date_only, g.published, g.byline, g.date_byline, g.dateline, g.city_dateline, g.source_date,
                g.date_labelled):
        m = pat.match(line) or (pat.match(line, labelled.end()) if labelled else None)
        if m:
            d = _match_date(g, m)
            if d:
                return d
    # a masthead line of parts: "Policy Brief No. 17 | 10 February 2025", "Issue 9 · January 28, 2026",
    # "Policy Brief No. 47 | Published 3 November 2025", "Geostat — Express release, 20 October 2025"
    for part in _date_parts(line):
        if g.stamp.match(part):  # "Updated: 25 November 2025, 09:15" is no publication date, but
            d = _published_after_stamp(g, part)  # "Updated: 2 May 2025 (first published 1 May 2025)" says it
            if d:
                return d
            continue
        m = g.date_only.match(part) or g.published.match(part) or _labelled(g.date_only, part)
        d = _match_date(g, m) if m else None
        if d:
            return d
    return None


def _published_after_stamp(g: _Grammar, line: str) -> date | None:
    """A stamp line or part ("Updated: Jan 2, 2023 | Published: Jan 1, 2023", "Updated: 2 May 2025 (first
    published 1 May 2025)"): only a published cue after the stamp's date states the publication date."""
    first = g.date_any.search(line)
    m = g.published_any.search(line, first.end()) if first else None
    return _match_date(g, m) if m else None


def _date_parts(line: str) -> list[str]:
    """The parts of a masthead line split on bars, middle dots, bullets and spaced dashes (none if unsplit)."""
    parts = [p.strip() for p in _DATE_PARTS.split(line)]
    return parts if len(parts) > 1 else []


_LABEL = re.compile(r"[^,;:()]{1,60}?,\s*")  # "Express release, ", "Colombo, ": a short label and a comma


def _labelled(pat: re.Pattern[str], part: str) -> re.Match[str] | None:
    """`pat` matched after a short label of a few words and a comma ("Express release, 20 October 2025")."""
    m = _LABEL.match(part)
    if not m or len(m.group().split()) > 6:
        return None
    return pat.match(part, m.end())


def _city_label(line: str) -> bool:
    """Whether a line opens with a dateline city (kg:DatelineCities) and a comma: "Gaborone, March 2025"."""
    head = line.split(",", 1)[0].strip(" *_")
    return head in load_lexicon().dateline_cities


_MONTH_YEAR = re.compile(r"(?P<m>[A-Z][a-z]{2,8})\.?\s+(?P<y>(?:19|20)\d\d)\s*$")


def _masthead_month(g: _Grammar, text: str) -> date | None:
    """The first day of the month a masthead line of parts names as its issue ("Policy Brief No. 14 |
    November 2025", or a line of the month alone, "**February 2026**"): the text was published in that
    month."""
    for line in _head_lines(text, g.byline_lines):
        parts = _date_parts(line)
        # a part after the masthead's name, or the line alone, that is the month; a part that says so
        # ("Published October 2025 | Author: ..."); a place or label and the month ("Asunción, November 2025")
        for i, part in enumerate(parts or [line.strip()]):
            cue = g.published_cue.match(part)
            if cue:
                m = _MONTH_YEAR.fullmatch(part, cue.end())
            else:
                m = (_MONTH_YEAR.fullmatch(part) if i or not parts else None) or (
                    _labelled(_MONTH_YEAR, part) if parts or _city_label(part) else None)
                # (a title's "Exports, December 2025" is none; a line "Gaborone, March 2025" is the issue's)
            month = g.months.get(m["m"].lower()) if m else None
            if m and month:
                return _make_date(int(m["y"]), month, 1)
    return None


# a whole date may also stand after a spaced dash ("Policy Brief — 3 June 2025", "Jane Doe | 03.02.2025 - Update")
_DATE_PARTS = re.compile(r"\s+[|·•—–-]\s+|\s*\|\s*")
_DATE_LABEL = re.compile(r"(?:Date|Dateline|Place and date)\s*:\s*", re.I)


def _explicit_date(g: _Grammar, text: str) -> date | None:
    for line in _head_lines(text, g.byline_lines):
        d = _line_date(g, line)
        if d:
            return d
    return None


def _stamp_date(g: _Grammar, text: str) -> date | None:
    """The date of the first modification stamp near the top ("Updated: 18 Apr 2025, 09:15"), for a text that
    states no publication date: the text stood as it reads by then, and an undated page is read as of its last
    update rather than from the years it mentions."""
    for line in _head_lines(text, g.byline_lines):
        for part in _date_parts(line) or [line]:
            if g.stamp.match(part) and (m := g.date_any.search(part)) and (d := _match_date(g, m)):
                return d
    return None


def _is_url_token(text: str, start: int) -> bool:
    lo = max(0, start - 300)
    ws = max(
        text.rfind(" ", lo, start),
        text.rfind("\n", lo, start),
        text.rfind("\t", lo, start),
        text.rfind("<", lo, start),
    )
    token = text[ws + 1 : start]
    return "://" in token or token.startswith("www.") or ("/" in token and "." in token.split("/", 1)[0])


def _on_stamp_line(g: _Grammar, text: str, start: int) -> bool:
    """Whether the year at `start` sits on a "Last update: ..." line (a stamp is not evidence either)."""
    lo = max(0, start - 200)
    nl = text.rfind("\n", lo, start)
    if nl < 0 and lo > 0:
        return False
    lead = _LINE_LEAD.match(text, nl + 1, start)
    return bool(g.stamp.match(text, lead.end() if lead else nl + 1, start))


def _future(g: _Grammar, text: str, ps: int, end: int) -> bool:
    lo = max(0, ps - 200)
    s0 = lo
    for m in g.sentence_end.finditer(text, lo, ps):
        s0 = m.end()
    if g.future.search(text, s0, ps):
        return True
    if ps - s0 <= 12:  # "In 2030, trade will ..." -- the year opens the sentence
        stop = g.sentence_end.search(text, end, min(len(text), end + 80))
        return bool(g.future.search(text, end, stop.start() if stop else min(len(text), end + 80)))
    if _SPAN_PREV.search(text, max(0, ps - 5), ps) or _THE_BEFORE.search(text, max(0, ps - 5), ps):
        # "a plan for 2027-2031 is to be drafted": a span of years its clause puts ahead; "the 2034 World Cup will
        # bring contracts": an event named by its year, which its clause puts ahead
        stop = _CLAUSE_STOP.search(text, end, min(len(text), end + 60))
        return bool(g.future.search(text, end, stop.start() if stop else min(len(text), end + 60)))
    return False


_THE_BEFORE = re.compile(r"(?:(?<!\w)(?:[Tt]he|its|their)|\w['’]s)\s+$")  # "the 2034 World Cup", "the kingdom's 2034 games"


_CLAUSE_STOP = re.compile(r"[,;:.!?\n]|\s(?:and|but|while|as)\s")


def _inferred_date(g: _Grammar, text: str) -> date | None:
    """The latest date the years, months and dates mentioned as past put the text at (None if none)."""
    best: date | None = None
    n = len(text)
    cache: dict[str, re.Match[str] | None] = {}
    latest = date.today().year + 20  # a year more than 20 years ahead ("2081/82") is another era's, no Gregorian past
    for hit in g.year_hit.finditer(text):
        y = int(hit.group())
        if (best is not None and best.year > y) or y > latest:
            continue  # nothing this year gives can beat the best so far
        s, e = hit.span()
        # Boundaries by hand: a lookbehind-heavy regex scans the text four times slower.
        prev = text[s - 1] if s else " "
        if prev.isalnum() or prev in _NOT_BEFORE_YEAR:
            continue
        if prev in ".,:-" and s >= 2 and text[s - 2].isdigit():
            if prev != "-" or s < 5 or not text[s - 5 : s - 1].isdigit():
                continue  # 1.2019, 3,2020, 12-03-2024 -- but a range 2019-2023 is fine
        nxt = text[e] if e < n else " "
        if nxt.isalnum() or nxt in "_%" or (nxt in ".,:" and e + 1 < n and text[e + 1].isdigit()):
            continue
        first = span.start() if (span := _SPAN_PREV.search(text, max(0, s - 5), s)) else s  # a span's first year
        if (named := _NAMED_YEAR.search(text, max(0, first - 40), first)) and named["w"].lower() not in g.prefix_words:
            continue  # "the Nova Terra 2045 national plan", "Made in Utopia 2040", "the SCAPP 2016-2030": a name's year
        if _one_year_span(text, s, e, y) and g.part_before.search(text, max(0, s - 48), s):
            continue  # "the first half of the 2025-26 fiscal year": the fiscal year is under way
        found = _candidate(g, text, s, e, y, cache)
        if found is None:
            continue
        cand, ps, e, partial = found
        if best is not None and cand <= best:
            continue
        if _is_url_token(text, s) or _on_stamp_line(g, text, s):
            continue
        if g.skip_after.match(text, e, min(n, e + 40)):
            continue
        before = g.skip_before_partial if partial else g.skip_before
        if before.search(text, max(0, ps - 48), ps):
            continue
        if _future(g, text, ps, e):
            continue
        if partial and g.base_before_partial.search(text, max(0, ps - 48), ps):
            # "during the first quarter this year, 7.2% more than during the first quarter of 2023": the base of a
            # comparison of like parts; the part it is compared with, a year later, is over too
            cand = _next_year(cand)
            if best is not None and cand <= best:
                continue
        best = cand
    return best


# a capitalised word inside a sentence right before a year (not a month's name: "in March 2025")
_NAMED_YEAR = re.compile(r"(?:(?<=[\w,;'’)])[ \t]+|(?<=\())(?P<w>[A-Z][a-z]{2,}|[A-Z]{3,})[ \t]+$")  # "Utopia 2040",
# "SCAPP 2016", "(NIMP 2030)"
_SPAN_NEXT = re.compile(r"[-\u2013/](\d{4}|\d{2})(?!\d)")
_SPAN_PREV = re.compile(r"(?<!\d)(\d{4})[-\u2013/]$")


def _one_year_span(text: str, s: int, e: int, y: int) -> bool:
    """The year at text[s:e] is one end of a span of one year ("2025-26", "2024/25", "2024-2025")."""
    after = _SPAN_NEXT.match(text, e)
    if after and int(after[1]) % 100 == (y + 1) % 100:
        return True
    before = _SPAN_PREV.search(text, max(0, s - 5), s)
    return bool(before and int(before[1]) == y - 1)


def _candidate(
    g: _Grammar, text: str, s: int, e: int, y: int, cache: dict[str, re.Match[str] | None]
) -> tuple[date, int, int, bool] | None:
    """What the year at text[s:e] says: (date, phrase start, phrase end, partial-year phrase?)."""
    iso = g.iso_suffix.match(text, e)
    if iso:
        d = _make_date(y, int(iso["m"]), int(iso["d"]))
        return (d, s, iso.end(), False) if d else None
    m = _prefix(g, text, s, cache)
    if (counted := g.counted_since.search(text, max(0, s - 160), s)) is not None:
        n = int(c) if (c := counted["n"]).isdigit() else g.numbers[c.lower()]
        month = g.month(m["my_m"]) if m is not None and m.group("my_m") else 1
        # "Four years have passed since ... in July 2022": that many years on (a month and year: that month)
        return date(y + n, month, 1), s if m is None else s - len(m.string) + m.start(), e, False
    if m is None:
        if g.begun_before.search(text, max(0, s - 24), s) or g.begun_after.match(text, e):
            return date(y, 1, 1), s, e, False  # "momentum continued into 2025", "as the 2025 season draws to a
            # close": that year has begun
        return date(y + 1, 1, 1), s, e, False
    ps = s - len(m.string) + m.start()
    cand: date | None
    if m.group("part"):
        if m.group("n"):
            months = int(m["n"])
        elif m.group("nw"):
            months = g.numbers[m["nw"].lower()]
        else:
            unit = g.parts[m["unit"].lower()]
            if m.group("cnt"):
                c = m["cnt"].lower()
                months = unit * (int(c) if c.isdigit() else g.numbers.get(c, 1))
            else:
                months = unit * g.ordinals[m["ord"].lower()]
        cand = _month_after(y, months)
    elif m.group("hq"):
        cand = _month_after(y, int(m["hqn"]) * (6 if m["hqk"] == "H" else 3))
    elif m.group("range"):
        cand = _month_after(y, g.month(m["r2"]))
    elif m.group("mdy"):
        return _dated(_make_date(y, g.month(m["mdy_m"]), int(m["mdy_d"])), ps, e)
    elif m.group("dmy"):
        return _dated(_make_date(y, g.month(m["dmy_m"]), int(m["dmy_d"])), ps, e)
    elif g.duration_before.search(text, max(0, ps - 48), ps):
        return date(y + 1, 1, 1), ps, e, False  # "since the invasion in February 2022": a while has passed
    else:  # "in April 2025", "the year ended March 2025": written after that month ended
        cand = _month_after(y, g.month(m["my_m"]))
    return (cand, ps, e, True) if cand else None


def _dated(d: date | None, ps: int, e: int) -> tuple[date, int, int, bool] | None:
    return (d, ps, e, False) if d else None


_WORD_START = re.compile(r"(?<!\S)\S")


def _prefix(g: _Grammar, text: str, s: int, cache: dict[str, re.Match[str] | None]) -> re.Match[str] | None:
    """The date/period phrase ending right before the year at `s` ("October 30, ", "first 11 months of ").

    The match is made on a short window string (`m.string`), anchored at word starts, longest first.
    """
    window = text[max(0, s - 64) : s]
    if window in cache:
        return cache[window]
    m = None
    if _may_have_prefix(g, window):
        starts = [w.start() for w in _WORD_START.finditer(window)][-8:]
        for pos in starts:
            m = g.prefix.match(window, pos)
            if m:
                break
    if len(cache) > 4096:
        cache.clear()
    cache[window] = m
    return m


_LINE_LEAD = re.compile(r"[\s#>*_`+•-]*")
_DASHES = re.compile(r"[-–—]")
_NOT_BEFORE_YEAR = frozenset("_$€£¥#/@")


def _may_have_prefix(g: _Grammar, window: str) -> bool:
    """Cheap test before the prefix regex: does the word before the year end a date or period prefix?"""
    words = window[-24:].split()
    if not words:
        return False
    last = words[-1].rstrip(".,")
    return (
        last.lower() in g.prefix_words
        or _DASHES.split(last)[-1].rstrip(".,").lower() in g.prefix_words  # "January–November"
        or last[:1].isdigit()  # "30 October 2023" / "October 30, 2023"
        or (len(last) == 2 and last[0] in "HQ" and last[1] in "1234")
    )


def _next_year(d: date) -> date:
    """The same day a year later (28 February for 29 February)."""
    return d.replace(year=d.year + 1, day=28) if (d.month, d.day) == (2, 29) else d.replace(year=d.year + 1)


def _month_after(year: int, months: int) -> date | None:
    """The first day after the first `months` months of `year`."""
    if not 1 <= months <= 12:
        return None
    return date(year + 1, 1, 1) if months == 12 else date(year, months + 1, 1)


def _front_matter_month(value: str) -> date | None:
    """The first day of a month a front matter's date names without a day ("September 2025", "2025-09")."""
    value = value.strip().strip("'\"")
    if m := re.fullmatch(r"((?:19|20)\d\d)-(\d\d)", value):
        return _make_date(int(m[1]), int(m[2]), 1)
    m2 = _MONTH_YEAR.fullmatch(value)
    month = _grammar().months.get(m2["m"].lower()) if m2 else None
    return _make_date(int(m2["y"]), month, 1) if m2 and month else None


def find_published(text: str) -> tuple[date | None, Resolution | None]:
    """The publication date a text states near its top ('explicit'), else one inferred from it."""
    g = _grammar()
    d = _explicit_date(g, text)
    if d:
        return d, "explicit"
    stamp = _stamp_date(g, text)
    inferred = _inferred_date(g, text) if stamp else None
    if stamp and (inferred is None or stamp.year >= inferred.year - 1):
        # no date stated: the text as it stood at its last update; not a stamp from before the latest year the
        # text reports ("Updated: 12 Jan 2021" over 2025's figures; inference from years is coarser than a stamp:
        # "Updated: Apr 14, 2026" over 2025's results and a 2026 budget infers 2027, and the stamp stands)
        return stamp, "inferred"
    d = _masthead_month(g, text) or inferred or _inferred_date(g, text)
    if (readings := _two_readings(g, text)) and (d is None or not readings[0] <= d <= readings[1]):
        # "Published: 05/09/2025" is 5 September or 9 May: a day of 2025 either way, the one the text's own
        # dates allow (the later, when they point after both)
        d = readings[0] if d is None or d < readings[0] else readings[1]
    if d:
        d = _yearless_dateline(g, text, d)
    return (d, "inferred") if d else (None, None)


def _two_readings(g: _Grammar, text: str) -> tuple[date, date] | None:
    """A top line's date written with slashes and two numbers either of which may be the month ("05/09/2025"):
    its two readings, earlier first."""
    for line in _head_lines(text, g.byline_lines):
        for part in _date_parts(line) or [line]:
            m = g.date_only.match(part) or g.published.match(part) or _labelled(g.date_only, part)
            if m and m.group("sl_y") and (a := int(m["sl_a"])) <= 12 and (b := int(m["sl_b"])) <= 12:
                one, two = _make_date(int(m["sl_y"]), a, b), _make_date(int(m["sl_y"]), b, a)
                if one and two:
                    return (one, two) if one <= two else (two, one)
    return None


_YEARLESS = re.compile(
    r"^(?:[A-Z][A-Z.'’/ -]{1,40}(?:,\s*[A-Z][A-Za-z.'’ -]{1,30})?[,.]\s*(?P<m>[A-Z][a-z]{2,8})\.?\s+(?P<d>\d{1,2})\b"
    # a city in title case is a dateline only with the agency after the day: "New Delhi, May 18 (PTI)"
    r"|[A-Z][a-z]+(?:[\s/][A-Z][a-z]+){0,2},\s*(?P<m2>[A-Z][a-z]{2,8})\.?\s+(?P<d2>\d{1,2})\s*\([A-Z][\w .&-]{1,30}\))"
)
def _yearless_dateline(g: _Grammar, text: str, inferred: date) -> date:
    """'NEW DELHI, July 8 (Reuters) -': the dateline's day in the inferred year (or the year after), never after
    today (a forecast's year the inference took for past would put it there).

    The paragraph the dateline opens may name a weekday ("data showed on Thursday"): the dateline's day or
    the day before it (a story filed the day after the news). When it names one weekday and the day in that
    year is neither, the inference is a year out: the day is taken in the one year, from the year before
    the inferred year to the year after it, on which it falls on that weekday, if exactly one does and not
    after today.
    """
    months = g.months  # (with the aliases CLDR does not list: "TRIPOLI, Sept 23")
    for line in _head_lines(text, g.byline_lines):
        m = _YEARLESS.match(line)
        month, day = (m.group("m") or m.group("m2"), m.group("d") or m.group("d2")) if m else ("", "")
        if month.lower() not in months:
            continue
        num = months[month.lower()]
        named = {g.weekdays[w["day"].lower()] for w in g.weekday.finditer(line)
                 if (w["before"] or "").lower() not in g.not_that_day}
        first = next((d for y in (inferred.year, inferred.year + 1)
                      if (d := _make_date(y, num, int(day))) and d >= inferred), None)
        today = date.today()
        if first and first > today and (back := _make_date(min(first.year - 1, today.year), num, int(day))):
            # no story is dated after today: the inference took a year a forecast names for past (the day's latest
            # year not after today, however far ahead that was)
            first = back if back <= today else _make_date(back.year - 1, num, int(day)) or back
        weekday = next(iter(named)) if len(named) == 1 else None
        if weekday is not None and first and (first.weekday() - weekday) % 7 > 1:
            fits = [d for y in range(inferred.year - 1, inferred.year + 2)
                    if (d := _make_date(y, num, int(day))) and d.weekday() == weekday and d <= date.today()]
            if len(fits) == 1:
                return fits[0]
        if first:
            return first
    return inferred


# --------------------------------------------------------------------------------------------- HTML


class _HtmlText(HTMLParser):
    """Visible text of an HTML page with paragraph breaks, plus the metadata we use.

    Page chrome is left out: `nav`, `aside`, a `footer` outside `<article>`, a `header` outside `<article>`/
    `<main>` (its byline and date lines are kept) and blocks whose class or id carries a chrome cue
    (ontology/ingest.yaml `html.chrome_classes`: tickers, share bars, ads, related lists) unless they hold
    paragraphs of text. When the page has an `<article>` (else a `<main>`) holding some text, the text is
    read from it alone. Tables are pipe rows, one line each, with the caption on the line above.
    """

    SKIP = frozenset({"script", "style", "head", "noscript", "template", "svg", "iframe", "object", "math"})
    VOID = frozenset(
        {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
    )
    LINE = frozenset({"br", "li", "tr", "dt", "dd", "option", "caption", "thead", "tbody", "tfoot"})
    BLOCK = frozenset(
        "address article aside blockquote details dialog div dl fieldset figcaption figure footer "
        "form h1 h2 h3 h4 h5 h6 header hgroup hr main nav ol p pre section summary table ul".split()
    )
    CELL = frozenset({"td", "th"})
    TABLE_PARTS = frozenset({"table", "caption", "thead", "tbody", "tfoot", "tr", "td", "th", "col", "colgroup"})
    # elements never taken for chrome by their class or id
    NO_CUE = frozenset({"html", "body", "main", "article"}) | TABLE_PARTS
    # elements whose start closes an open <p> (the HTML parsing rules; html.parser does not apply them)
    CLOSES_P = frozenset(
        "address article aside blockquote details dialog div dl fieldset figcaption figure footer form "
        "h1 h2 h3 h4 h5 h6 header hgroup hr main menu nav ol p pre section table ul".split()
    )
    # ARIA landmark roles read as the element they stand for
    ROLES: ClassVar[dict[str, str]] = {
        "navigation": "nav",
        "complementary": "aside",
        "contentinfo": "footer",
        "banner": "header",
        "main": "main",
        "article": "article",
    }
    REGION_MIN = 200  # an <article>/<main> holding less text than this is not the page's body
    CUE_PARAGRAPHS = 3  # a cue-marked block with this many paragraphs is text, not chrome

    def __init__(self, chrome_cues: frozenset[str] = frozenset()) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.meta: dict[str, str] = {}
        self.canonical: str | None = None
        self.lang: str | None = None
        self.title_parts: list[str] = []
        self._chrome_cues = chrome_cues
        self._skip: list[str] = []
        self._in_title = False
        self._title_done = False
        self._pre = 0
        self._break = 0
        self._line_start = True
        self._cells = 0  # cells opened in the current table row
        self._row: list[tuple[int, int, int]] = []  # the current row's cells: (first part, colspan, rowspan)
        self._carried: dict[int, tuple[str, int]] = {}  # column -> (text, rows left) of cells spanning rows
        self._cell_gap = False  # a block or line break inside the current cell, written as a space
        self._scopes: list[int] = []  # for each part, the innermost node (-1: none) it was written in
        self._nodes: list[_HtmlNode] = []
        self._open: list[tuple[str, int]] = []  # open elements: (tag, innermost node within it)

    # ------------------------------------------------------------------------------------------- tree

    @property
    def _scope(self) -> int:
        return self._open[-1][1] if self._open else -1

    def _within(self, kinds: frozenset[str]) -> bool:
        n = self._scope
        while n >= 0:
            if self._nodes[n].kind in kinds:
                return True
            n = self._nodes[n].parent
        return False

    def _cued(self, attrs: list[tuple[str, str | None]]) -> bool:
        if not self._chrome_cues:
            return False
        for k, v in attrs:
            if v and k.lower() in ("class", "id"):
                for token in v.split():
                    parts = [p for p in _CAMEL.sub(r"\1-\2", token).lower().replace("_", "-").split("-") if p]
                    for i in range(len(parts)):
                        for j in range(i + 1, min(len(parts), i + 3) + 1):
                            if "".join(parts[i:j]) in self._chrome_cues:
                                return True
        return False

    def _push(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "li":  # an open <li> of the same list ends
            for i in range(len(self._open) - 1, -1, -1):
                if self._open[i][0] in ("ul", "ol"):
                    break
                if self._open[i][0] == "li":
                    del self._open[i:]
                    break
        elif tag in self.CLOSES_P and self._open and self._open[-1][0] == "p":
            self._open.pop()
        role = next((v.strip().lower() for k, v in attrs if k.lower() == "role" and v), "")
        kind = self.ROLES.get(role, tag)
        parent = self._scope
        node: _HtmlNode | None = None
        if kind in ("article", "main"):
            node = _HtmlNode("article" if kind == "article" else "main", parent)
        elif kind in ("nav", "aside"):
            node = _HtmlNode("chrome", parent)
        elif kind == "footer" and not self._within(frozenset({"article"})):
            node = _HtmlNode("chrome", parent)
        elif kind == "header" and not self._within(frozenset({"article", "main"})):
            node = _HtmlNode("chrome", parent, header=True)
        elif tag not in self.NO_CUE and self._cued(attrs):
            node = _HtmlNode("chrome", parent, cue=True)
        if tag == "p":
            for _, n in self._open:
                if n >= 0 and self._nodes[n].cue:
                    self._nodes[n].paragraphs += 1
        if node is not None:
            self._nodes.append(node)
            self._open.append((tag, len(self._nodes) - 1))
        else:
            self._open.append((tag, parent))

    def _pop(self, tag: str) -> None:
        for i in range(len(self._open) - 1, -1, -1):
            if self._open[i][0] == tag:
                del self._open[i:]
                return

    # ------------------------------------------------------------------------------------------- events

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "html":
            lang = next((v for k, v in attrs if k.lower() == "lang" and v), None)
            self.lang = self.lang or (lang.strip() if lang else None)
            return
        if tag == "meta":
            a = {k.lower(): v for k, v in attrs if v is not None}
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").strip().lower()
            content = a.get("content")
            if key and content is not None and key not in self.meta:
                self.meta[key] = content.strip()
            return
        if tag == "link":
            a = {k.lower(): v for k, v in attrs if v is not None}
            if (
                "canonical" in (a.get("rel") or "").lower().split()
                and a.get("href")
                and self.canonical is None
            ):
                self.canonical = a["href"].strip()
            return
        if tag == "title":
            # the page title, not an <svg><title> tooltip
            self._in_title = not self._title_done and all(t == "head" for t in self._skip)
            return
        if tag == "body" and self._skip and self._skip[0] == "head":
            self._skip.clear()
        if tag in self.SKIP:
            self._skip.append(tag)
            return
        if self._skip:
            return
        if tag not in self.VOID:
            self._push(tag, attrs)
        if tag == "pre":
            self._pre += 1
        if tag in self.CELL:
            self._cell()
            self._row.append((len(self.parts), _span(attrs, "colspan"), _span(attrs, "rowspan")))
            return
        if tag == "tr":
            self._end_row()
        self._mark(tag)

    def _cell(self) -> None:
        """A table cell: its row is written as a pipe row ("| Q1 | 1.95 |"), as in Markdown."""
        if self._cells == 0:
            self._write("| ")
        else:
            self._append(" | ")
        self._cells += 1
        self._cell_gap = False

    def _spread(self) -> None:
        """A row's cells laid out on the table's grid: a cell spanning n columns is written n times, and one
        spanning rows is written again in the rows below, at its column ("| Country | Exports | Imports |" over
        "| 2024 | 2025 | 2024 | 2025 |" reads "| Country | Exports | Exports | Imports | Imports |", then "| Country
        | 2024 | 2025 | 2024 | 2025 |"), so each figure stands under its own headers. A row of one cell is left."""
        cells, carried = self._row, self._carried
        if not cells or (len(cells) == 1 and not carried) or (
                all(c == 1 and r == 1 for _, c, r in cells) and not carried):
            return
        ends = [start for start, _, _ in cells[1:]] + [len(self.parts)]
        texts = ["".join(self.parts[a:b]).removesuffix(" | ").strip() for (a, _, _), b in zip(cells, ends, strict=True)]
        out: list[str] = []
        below: dict[int, tuple[str, int]] = {}

        def carry() -> None:
            while (col := len(out)) in carried:
                text, left = carried[col]
                out.append(text)
                if left > 1:
                    below[col] = (text, left - 1)

        figures = 0  # the row's number cells so far
        for (_, colspan, rowspan), text in zip(cells, texts, strict=True):
            carry()
            col = len(out)
            out.extend([text] * (colspan if len(cells) > 1 else 1))
            number = _NUMBER_CELL.fullmatch(text) is not None
            if rowspan > 1 and not (number and figures):
                # a label spanning rows heads each of them; a figure after the row's figures ("Group total" over
                # two partners' rows) is one merged value, stated once
                below[col] = (text, rowspan - 1)
            figures += number
        carry()
        self._carried = below
        first = cells[0][0]
        scope = self._scopes[first] if first < len(self._scopes) else self._scope
        del self.parts[first:], self._scopes[first:]
        self.parts.append(" | ".join(out))
        self._scopes.append(scope)

    def _end_row(self) -> None:
        if self._cells:
            self._spread()
            self.parts[-1] = self.parts[-1].rstrip(" ")
            self._append(" |")
            self._break = max(self._break, 1)
        self._cells = 0
        self._row = []
        self._cell_gap = False

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._title_done = self._title_done or (self._in_title and bool(self.title_parts))
            self._in_title = False
            return
        if tag in self._skip:
            while self._skip and self._skip.pop() != tag:
                pass
            return
        if self._skip:
            return
        if tag == "pre" and self._pre:
            self._pre -= 1
        if tag in ("tr", "table", "thead", "tbody", "tfoot"):
            self._end_row()
        if tag == "table":
            self._carried = {}
        if tag not in self.VOID and tag not in self.CELL:
            self._mark(tag)
        self._pop(tag)

    def _mark(self, tag: str) -> None:
        if self._cells and tag not in self.TABLE_PARTS:
            self._cell_gap = True  # a paragraph or line break inside a table cell is a space
            return
        if tag in self.BLOCK:
            self._break = max(self._break, 2)
        elif tag in self.LINE:
            self._break = max(self._break, 1)

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title_parts.append(data)
            return
        if self._skip:
            return
        if not self._pre:
            data = _HTML_WS.sub(" ", data)
            if self._break or self._line_start:
                data = data.lstrip(" ")
        if data and self._cell_gap:
            if self.parts and not self.parts[-1].endswith(" ") and not data.startswith(" "):
                data = " " + data
            self._cell_gap = False
        if data:
            self._write(data)

    def _append(self, part: str) -> None:
        self.parts.append(part)
        self._scopes.append(self._scope)

    def _write(self, data: str) -> None:
        """Append text after the line or paragraph break that is due."""
        if self._break:
            if self.parts:
                self.parts[-1] = self.parts[-1].rstrip(" ")
                self._append("\n" * self._break)
            self._break = 0
        self._append(data)
        self._line_start = data.endswith("\n")

    # ------------------------------------------------------------------------------------------- text

    def _fates(self) -> list[_Fate]:
        """Each node's fate, a parent's always before its children's."""
        out: list[_Fate] = []
        for i, n in enumerate(self._nodes):
            fate = out[n.parent] if n.parent >= 0 else _KEEP
            if n.kind == "chrome" and fate.state != "drop":
                if n.header:
                    fate = fate._replace(state="header")
                elif not n.cue or n.paragraphs < self.CUE_PARAGRAPHS:
                    fate = fate._replace(state="drop")
            elif n.kind == "article" and fate.article < 0:
                fate = fate._replace(article=i)
            elif n.kind == "main" and fate.main < 0:
                fate = fate._replace(main=i)
            out.append(fate)
        return out

    def text(self, dated: Callable[[str], bool] | None = None, head: int = 15) -> str:
        """The page's text; `dated(line)` tells a byline or date line: such a line among the first `head`
        lines of a site header, or of the page above the <article>/<main> read, is kept on top."""
        whole = _tidy("".join(self.parts))
        fates = self._fates()
        scoped = [(part, fates[s] if s >= 0 else _KEEP) for part, s in zip(self.parts, self._scopes, strict=True)]
        kept = [(part, f) for part, f in scoped if f.state == "keep"]
        body = _join((part, f.state == "keep") for part, f in scoped)
        if len(body) < self.REGION_MIN and len(body) * 2 < len(whole):
            return whole  # what is left without the chrome is too little: the cues misfired
        region: set[int] = set()
        axis = _article_of
        for axis in (_article_of, _main_of):  # <article>s, else <main>s
            texts: dict[int, list[str]] = {}
            for part, f in kept:
                if axis(f) >= 0:
                    texts.setdefault(axis(f), []).append(part)
            region = {k for k, v in texts.items() if len(_tidy("".join(v))) >= self.REGION_MIN}
            if region:
                break
        if region:
            first = next(i for i, (_, f) in enumerate(scoped) if f.state == "keep" and axis(f) in region)
            body = _join((part, f.state == "keep" and axis(f) in region) for part, f in scoped)
            before = _join((part, f.state != "drop") for part, f in scoped[:first])
        else:
            before = _join((part, f.state == "header") for part, f in scoped)
        if dated is None or not before:
            return body
        # byline and date lines outside the text read (a site header, a meta line above the <article>)
        lines = [ln.strip() for ln in before.split("\n") if ln.strip()]
        keep = [ln for ln in lines[:head] if dated(_clean_line(ln))]
        return "\n\n".join([*keep, body]) if keep else body


_NUMBER_CELL = re.compile(r"[-−–(+]?\s*[$€£¥]?\s*\d[\d.,\s]*%?\)?")  # a cell that is a bare figure: "12,000", "(3.5)"


def _span(attrs: list[tuple[str, str | None]], name: str) -> int:
    """A table cell's colspan or rowspan (1 when unsaid or unreadable, at most 50)."""
    value = next((v for k, v in attrs if k.lower() == name and v), "1")
    return min(int(value.strip()), 50) if value.strip().isdigit() and int(value.strip()) > 0 else 1


class _Fate(NamedTuple):
    """What becomes of the text written inside a node."""

    state: Literal["keep", "drop", "header"]  # "header": a site header's, whose date and byline lines are kept
    article: int  # the outermost <article> around it, -1 for none
    main: int  # the outermost <main> around it


_KEEP = _Fate("keep", -1, -1)


def _article_of(f: _Fate) -> int:
    return f.article


def _main_of(f: _Fate) -> int:
    return f.main


@dataclass
class _HtmlNode:
    kind: Literal["article", "main", "chrome"]
    parent: int  # the innermost node around it, -1 for none
    cue: bool = False  # chrome by a class or id cue
    header: bool = False  # a header outside <article>/<main>
    paragraphs: int = 0  # <p> elements inside (cue-marked blocks only)


def _tidy(text: str) -> str:
    return _BLANKS.sub("\n\n", text).strip()


def _join(parts: Iterable[tuple[str, bool]]) -> str:
    """The text of the parts marked to keep; a line or paragraph break among the others still separates
    the kept text around it (a paragraph opening with a dropped "Share" label is still a paragraph)."""
    out: list[str] = []
    pending = 0
    for part, keep in parts:
        if keep:
            if pending and not part.startswith("\n"):
                out.append("\n" * pending)
            pending = 0
            out.append(part)
        elif part and not part.strip("\n"):
            pending = max(pending, len(part))
    return _tidy("".join(out))


_CAMEL = re.compile(r"([a-z0-9])([A-Z])")


_HTML_WS = re.compile(r"[ \t\n\r\f\v]+")
_BLANKS = re.compile(r"[ \t]*\n(?:[ \t]*\n)+")


@dataclass
class _Meta:
    title: str | None = None
    outlet: str | None = None
    site: str | None = None  # the site's name its page title ends with, named on the page too (_title_site)
    url: str | None = None
    published: date | None = None
    language: str | None = None


_LD_PUBLISHED = re.compile(r'"datePublished"\s*:\s*"([^"\n]{4,40})"')


def _html(raw_text: str, path: str) -> tuple[str, _Meta]:
    g = _grammar()
    p = _HtmlText(g.chrome_cues)
    try:
        p.feed(raw_text)
        p.close()
    except Exception as e:  # html.parser raises AssertionError on some malformed markup
        raise InputError(f"malformed HTML: {e}", path=path) from None
    meta = _Meta()
    title = _SPACES.sub(" ", "".join(p.title_parts)).strip()
    if not title:
        title = next((p.meta[k] for k in (t.lower() for t in g.cues.html.title_meta) if p.meta.get(k)), "")
    meta.title = title or None
    meta.outlet = next(
        (p.meta[k] for k in (t.lower() for t in g.cues.html.outlet_meta) if p.meta.get(k)), None
    )
    if meta.outlet is None and title:
        meta.site = _title_site(title, raw_text, g)
    meta.url = p.canonical or next(
        (p.meta[k] for k in (t.lower() for t in g.cues.html.url_meta) if p.meta.get(k)), None
    )
    meta.language = language_tag(
        p.lang or next((p.meta[k] for k in (t.lower() for t in g.cues.html.language_meta) if p.meta.get(k)), "")
    )
    if "datepublished" not in p.meta and (ld := _LD_PUBLISHED.search(raw_text)):
        p.meta["datepublished"] = ld.group(1)  # schema.org JSON-LD: {"@type": "NewsArticle", "datePublished": ...}
    for key in (k.lower() for k in g.cues.html.published_meta):
        value = p.meta.get(key)
        if value:
            d = parse_date(value)
            if d:
                meta.published = d
                break
    return p.text(lambda line: bool(_line_date(g, line) or g.byline_name.match(line)), g.byline_lines), meta


_SITE_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " · ")
_TAG = re.compile(r"<[^>]*>")
# where a page names its own site: its copyright line ("© 2025 El Diario S.A."), or an element whose class or id says
# it is the logo, brand, masthead or site name
_COPYRIGHT = re.compile(r"(?:©|&copy;|&#169;|\bCopyright\b)(?:\s|&nbsp;)*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?[\s,.]*"
                        r"(?P<c>[^\n<]{0,120})", re.I)
_LOGO = re.compile(r"<(?P<t>\w+)\b[^>]*\b(?:class|id)\s*=\s*[\"'][^\"']*(?:logo|brand|masthead|site-?name|site-?title)"
                   r"[^\"']*[\"'][^>]*>(?P<l>.*?)</(?P=t)\s*>", re.I | re.S)


def _title_site(title: str, raw_text: str, g: _Grammar) -> str | None:
    """The site a page's title names after its last separator ("Exports hit record | Diario del Istmo") when the
    page names itself so where a site does: its copyright holder starts with that name ("© 2025 Diario del Istmo
    S.A."), or its logo, brand, masthead or site-name element says just that; not a section (``outlet.sections``:
    "... | Business"), not with a digit."""
    for sep in _SITE_SEPARATORS:
        at = title.rfind(sep)
        if at > 0:
            break
    else:
        return None
    site = title[at + len(sep) :].strip()
    if not (2 <= len(site) <= 80) or not site[0].isupper() or any(c.isdigit() for c in site):
        return None
    if site.casefold() in g.site_sections:
        return None
    named = re.compile(rf"(?:The\s+)?{re.escape(site)}(?![\w-])")
    for m in _COPYRIGHT.finditer(raw_text):
        if named.match(html.unescape(m.group("c")).strip()):
            return site
    for m in _LOGO.finditer(raw_text):
        if _SPACES.sub(" ", html.unescape(_TAG.sub(" ", m.group("l")))).strip() in (site, f"The {site}"):
            return site
    return None


_LANGUAGE_TAG = re.compile(r"(?P<lang>[A-Za-z]{2,3})(?:[-_](?P<rest>[A-Za-z0-9]{1,8}(?:[-_][A-Za-z0-9]{1,8})*))?")


def language_tag(value: str) -> str | None:
    """A declared language as a BCP 47 tag ('en_ca' -> 'en-CA', 'fr' -> 'fr'); None if it is not one.

    Only the first tag of a list ("en-CA, fr-CA") counts; a two-letter region is upper-cased.
    """
    m = _LANGUAGE_TAG.fullmatch(value.split(",")[0].strip())
    if not m:
        return None
    parts = [m.group("lang").lower()]
    for sub in (m.group("rest") or "").replace("_", "-").split("-"):
        if sub:
            parts.append(sub.upper() if len(sub) == 2 and sub.isalpha() else sub)
    return "-".join(parts)


# --------------------------------------------------------------------------------------------- front matter


_FM_START = re.compile(r"---[ \t]*\n")
_FM_END = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.M)
_FM_KEYS = ("title", "published", "outlet", "url", "lang", "language")
# other static-site generators' names for the same keys (Jekyll/Hugo "date", "source", "publisher", "locale")
_FM_ALIASES = {"date": "published", "pubdate": "published", "published_at": "published", "publishdate": "published",
               # a statistics office's or ministry's release ("release_date: 2025-08-06")
               "release_date": "published", "releasedate": "published", "date_of_release": "published",
               "publication_date": "published", "published_date": "published", "date_published": "published",
               "pub_date": "published", "released": "published", "issued": "published", "date_issued": "published",
               "source": "outlet", "publisher": "outlet", "site": "outlet", "locale": "language"}


def _front_matter(text: str, path: str) -> tuple[str, dict[str, str | None], dict[str, int]]:
    """Split YAML front matter off the text: (body, {key: value}, {key: line})."""
    if not _FM_START.match(text):
        return text, {}, {}
    start = text.index("\n") + 1
    end = _FM_END.search(text, start)
    if end is None:
        raise FrontMatterError(
            "front matter is not closed (no '---' line after the opening one)", path=path, line=1
        )
    block = text[start : end.start()]
    body = text[end.end() + 1 :]
    lines: dict[str, int] = {}
    for i, line in enumerate(block.split("\n")):
        key = line.split(":", 1)[0].strip().lower() if ":" in line and not line[:1].isspace() else ""
        key = _FM_ALIASES.get(key, key)
        if key in _FM_KEYS and key not in lines:
            lines[key] = i + 2
    try:
        data = yaml.load(block, Loader=_YAML_LOADER)  # BaseLoader builds only str/list/dict
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        at = mark.line + 2 if mark is not None else 1
        raise FrontMatterError(
            f"malformed front matter: {e.problem or e.context}", path=path, line=at
        ) from None
    except Exception as e:  # defensive: anything else from the YAML parser is still a bad front matter
        raise FrontMatterError(f"malformed front matter: {e}", path=path, line=1) from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise FrontMatterError("front matter must be a mapping of keys to values", path=path, line=2)
    values: dict[str, str | None] = {}
    for key, value in sorted(data.items(), key=lambda kv: str(kv[0]).strip().lower() in _FM_ALIASES):
        written = str(key).strip().lower()
        k = _FM_ALIASES.get(written, written)
        if k not in _FM_KEYS or (k in values and written in _FM_ALIASES):
            continue  # unknown keys are ignored; a key's own name wins over an alias
        if not isinstance(value, str):
            raise FrontMatterError(
                f"front matter: {written!r} must be a single value", path=path, line=lines.get(k, 2)
            )
        value = value.strip()
        if k == "outlet" and written in _FM_ALIASES and "://" in value:
            k = "url"  # "source: https://..." is where the text came from
            if k in values:
                continue
        values[k] = None if value in _YAML_NULLS else value
    return body, values, lines


# --------------------------------------------------------------------------------------------- documents


def _decode(raw: bytes, path: str, declared: str | None) -> tuple[str, list[str]]:
    """Bytes to text: BOMs honoured, UTF-8 first, then a declared charset, cp1252, latin-1."""
    for bom, codec in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                       (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):  # fmt: skip
        if raw.startswith(bom):
            try:
                text = raw.decode(codec)
            except UnicodeDecodeError:
                raise InputError(
                    f"not valid {codec.upper()} despite its byte order mark", path=path
                ) from None
            if "\x00" in text:
                raise InputError("binary file", path=path)
            return text, [f"not UTF-8; decoded as {codec}"]
    if b"\x00" in raw:
        raise InputError("binary file", path=path)
    sample = raw[:_BINARY_SAMPLE]
    if sample and len(sample.translate(None, _TEXT_BYTES)) > _BINARY_RATIO * len(sample):
        raise InputError("binary file", path=path)
    if raw.startswith(codecs.BOM_UTF8):
        raw = raw[len(codecs.BOM_UTF8) :]
    try:
        return raw.decode("utf-8"), []
    except UnicodeDecodeError:
        pass
    if declared:
        try:
            codec = codecs.lookup(declared).name
            if codec != "utf-8":
                return raw.decode(codec), []
        except (LookupError, UnicodeDecodeError):
            pass
    for codec in ("cp1252", "latin-1"):
        try:
            return raw.decode(codec), [f"not UTF-8; decoded as {codec}"]
        except UnicodeDecodeError:
            continue
    raise InputError("cannot decode text", path=path)  # unreachable: latin-1 decodes every byte


def _title_from_text(g: _Grammar, text: str) -> str | None:
    for line in _head_lines(text, g.byline_lines):
        if (
            g.stamp.match(line)
            or g.boilerplate.match(line)
            or g.byline_name.match(line)
            or _line_date(g, line)
        ):
            continue  # stamps, "Advertisement", bylines and date lines are not titles
        return line if len(line) < 200 else None
    return None


def _strip_site(title: str, outlet: str | None) -> str:
    if outlet:
        for sep in (" | ", " - ", " – ", " — ", " :: ", " · "):
            if title.endswith(sep + outlet) and len(title) > len(sep + outlet):
                return title[: -len(sep + outlet)].strip()
    return title


def _outlet_from_text(g: _Grammar, text: str, patterns: tuple[re.Pattern[str], ...] | None = None) -> str | None:
    for pat in g.outlet_patterns if patterns is None else patterns:
        m = pat.search(text)
        if m and m.groupdict().get("outlet"):
            name = m["outlet"].strip().rstrip(".,;:")
            if name:
                return name
    return None


_URL = re.compile(r"https?://[^\s<>\"')\]]+")


def _url_from_text(g: _Grammar, text: str) -> str | None:
    """The URL after an "Original url:" cue (URLs are rare, so find them first and look back)."""
    for m in _URL.finditer(text):
        if g.url_cue.search(text, max(0, m.start() - 80), m.start()):
            return m.group().rstrip(".,;>")
    return None


def _outlet_from_url(g: _Grammar, url: str | None) -> str | None:
    hosts = g.cues.outlet.hosts
    if not url or not hosts:
        return None
    try:
        host = (urlsplit(url).hostname or "").lower()
    except ValueError:
        return None
    return hosts.get(host) or hosts.get(host.removeprefix("www."))


def parse_document(
    raw: bytes, path: Path | str, *, fmt: Literal["txt", "md", "html"] | None = None
) -> Document:
    """Build a `Document` from the bytes of a file (format from the suffix unless `fmt` is given)."""
    p = Path(path)
    where = str(path)
    if fmt is None:
        fmt = SUPPORTED_SUFFIXES.get(p.suffix.lower())
        if fmt is None:
            expected = ", ".join(SUPPORTED_SUFFIXES)
            raise InputError(
                f"unsupported format {p.suffix or '(no suffix)'!r} (expected {expected})", path=where
            )
    if not raw.strip():
        raise InputError("empty document", path=where)
    declared = None
    if fmt == "html":
        m = _CHARSET.search(raw[:4096])
        declared = m.group(1).decode("ascii", "replace") if m else None
    text, warnings = _decode(raw, where, declared)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text or text.isspace():
        raise InputError("empty document", path=where)

    g = _grammar()
    text, fm, fm_lines = _front_matter(text, where)
    published: date | None = None
    resolution: Resolution | None = None
    if fm.get("published"):
        published = parse_date(fm["published"] or "")
        resolution = "explicit"
        if published is None and (month := _front_matter_month(fm["published"] or "")) is not None:
            published, resolution = month, "inferred"  # "September 2025", "2025-09": some day of that month
        if published is None:
            raise FrontMatterError(
                f"front matter: 'published' is not a date: {fm['published']!r}",
                path=where,
                line=fm_lines.get("published", 2),
            )
    meta = _Meta()
    if fmt == "html":
        text, meta = _html(text, where)
    if not text or text.isspace():
        raise InputError(
            "empty document" + (" (no text after the front matter)" if fm_lines else ""), path=where
        )

    if published is None and meta.published is not None:
        published, resolution = meta.published, "explicit"
    if published is None:
        published, resolution = find_published(text)

    url = fm.get("url") or meta.url
    if not url:
        url = _url_from_text(g, text)
    outlet = fm.get("outlet") or meta.outlet or _outlet_from_text(g, text) or _outlet_from_url(g, url)
    if outlet is None and fmt != "html":  # a release's letterhead: "Zambia Statistics Agency (ZamStats)"
        outlet = first_line_name(text) or None
    titled = None
    if outlet is None and meta.title:  # "Press release - Ministry of Commerce, Ghana": the page's own institution
        titled = _outlet_from_text(g, meta.title, g.title_outlet_patterns)
        outlet = None if titled else meta.site  # (the site a title ends with is no part of the headline)
    title = (
        fm.get("title")
        or (_strip_site(meta.title, outlet) if meta.title else None)
        or _title_from_text(g, text)
    )
    outlet = outlet or titled

    digest = hashlib.sha256(raw).hexdigest()
    return Document(
        id="d" + digest[:16],
        name=p.name,
        path=where,
        sha256=digest,
        format=fmt,
        text=text,
        title=title,
        outlet=outlet,
        url=url,
        published=published,
        published_resolution=resolution,
        language=language_tag(fm.get("lang") or fm.get("language") or "") or meta.language,
        warnings=tuple(warnings),
    )


def read_document(path: Path, *, max_bytes: int = MAX_BYTES) -> Document:
    """Read one file into a `Document`. Raises InputError (FrontMatterError) with a one-line message."""
    p = Path(path)
    where = str(path)
    suffix = p.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        expected = ", ".join(SUPPORTED_SUFFIXES)
        raise InputError(
            f"unsupported format {p.suffix or '(no suffix)'!r} (expected {expected})", path=where
        )
    try:
        if p.is_dir():
            raise InputError("is a directory", path=where)
        size = p.stat().st_size
        if size > max_bytes:
            raise InputError(
                f"too large: {size / _MB:.1f} MB (the limit is {max_bytes / _MB:g} MB)", path=where
            )
        with p.open("rb") as f:
            raw = f.read(max_bytes + 1)
    except FileNotFoundError:
        raise InputError("no such file or directory", path=where) from None
    except PermissionError:
        raise InputError("cannot read: permission denied", path=where) from None
    except OSError as e:
        raise InputError(f"cannot read: {e.strerror or e}", path=where) from None
    if len(raw) > max_bytes:
        raise InputError(f"too large: more than {max_bytes / _MB:g} MB", path=where)
    return parse_document(raw, p, fmt=SUPPORTED_SUFFIXES[suffix])


def _wanted(name: str) -> bool:
    return (
        not name.startswith(".")
        and not name.endswith(".gold.yaml")
        and os.path.splitext(name)[1].lower() in SUPPORTED_SUFFIXES
    )


def collect_paths(paths: Sequence[Path]) -> tuple[list[Path], list[InputError]]:
    """Expand folders (recursively, sorted, supported suffixes, no hidden files); report missing paths.

    Files named explicitly are kept whatever their suffix, so `read_document` can say what is wrong.
    """
    files: list[Path] = []
    errors: list[InputError] = []
    seen: set[str] = set()

    def add(f: Path) -> None:
        key = os.path.realpath(f)
        if key not in seen:
            seen.add(key)
            files.append(f)

    for given in paths:
        p = Path(given)
        if p.is_dir():
            found: list[Path] = []
            for root, dirs, names in os.walk(p, onerror=None, followlinks=False):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                found.extend(Path(root) / n for n in names if _wanted(n))
            for f in sorted(found):
                if f.is_file():
                    add(f)
        elif p.exists():
            add(p)
        else:
            errors.append(InputError("no such file or directory", path=str(given)))
    return files, errors


def load_documents(paths: Sequence[Path]) -> tuple[list[Document], list[KgError]]:
    """Read every file under `paths`; collect errors instead of raising, so one bad file loses nothing else."""
    _grammar()  # a broken ontology/ingest.yaml is one ConfigError for the caller, not one per file
    files, found_errors = collect_paths(paths)
    errors: list[KgError] = list(found_errors)
    docs: list[Document] = []
    for f in files:
        try:
            docs.append(read_document(f))
        except KgError as e:
            errors.append(e)
    return docs, errors
