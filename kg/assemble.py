"""The assemble stage: Mentions -> Claims (measure, parties, period, kind, speaker, source per figure)."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache, lru_cache
from itertools import pairwise

from babel.dates import get_month_names

from kg.entities import PARTNER_BEFORE, find_places
from kg.extract import abbreviated, extract, split_sentences
from kg.figures import alternation, find_quantities, home_country
from kg.lexicon import (
    GOOD_FLOW_MEASURES,
    PART_VERBS,
    QUOTE_CLOSE,
    Lexicon,
    aside_close,
    aside_opener,
    flow_good,
    hedge_slot,
    hedge_words,
    load_lexicon,
    quoted,
    stems,
)
from kg.models import Bound, Claim, Document, EntityMention, Evidence, Mentions, Period, Quantity, TimeExpr
from kg.periods import latest_full_year, month_end, shift_years, year_span
from kg.tables import read_tables
from kg.vocab import slug

_QUOTES = re.compile(r"“[^”]{3,}?(?:”|$)|\"[^\"\n]{3,}?\"", re.M)
_PRONOUN = re.compile(r"\b(?:he|she|He|She)\b")
_MD_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")


_DATA_VERB = r"\s+(?:showed|shows|show\b|indicate[sd]?|revealed|suggest(?:s|ed)?)"  # "data from X show"
# data as the subject of a verb: "data showed", "figures from the statistics office showed"
_DATA_SUBJECT = re.compile(r"\b(?:data|figures|statistics|numbers)(?:\s+(?:released\s+|published\s+|compiled\s+)?"
                           r"(?:from|by|of)\s+[^,.;:\"“”]{2,100}?)?\s*$", re.I)
# after a place: its own statistics ("'s customs", "'s General Administration of Customs", " customs figures")
_NATIONAL_SOURCE = re.compile(r"(?:['’]s)?\s+(?:own\s+|official\s+)?(?:[A-Z][\w-]*\s+(?:of\s+)?){0,4}"
                              r"(?P<noun>customs|statistics|data|figures|bureau|administration|office|agency)"
                              r"(?:\s+(?:data|figures|statistics))?\b", re.I)
# a country's ministry or other public body putting a figure on a flow: "Kenya Ministry of Trade, which counts only
# mainland goods, puts mainland trade with Chile at"
_PUTS = r"(?:puts?|records|recorded|estimates|estimated)\b"  # a body's verb putting a figure on a flow
_NATIONAL_BODY_PUTS = re.compile(r"(?P<body>(?:['’]s)?\s+(?:[A-Z][\w-]*\s+){0,2}(?:Ministry|Department|Centre|Center|Authority|Institute"
                                 r"|Secretariat|Secretaría|Office|Agency|Bureau|Service|Administration)"
                                 r"(?:\s+(?:of|for|de|del)(?:\s+(?:the\s+)?[A-Z][\w-]*){1,3}){0,2})(?:,[^,;]{0,140},)?\s+"
                                 rf"{_PUTS}")
_DATA_FROM = re.compile(r"\b(?:data|figures|statistics)\s+(?:released\s+|published\s+|compiled\s+)?(?:from|by|of)\s+"
                        rf"(?:the\s+)?(?P<src>[^,.;:\"“”]{{3,100}}?){_DATA_VERB}", re.I)


@dataclass(frozen=True)
class Cues:
    measure: re.Pattern[str]
    measure_of: dict[str, list[str]]
    kind: re.Pattern[str]
    kind_of: dict[str, str]
    growth: re.Pattern[str]
    target_after: re.Pattern[str]
    # right after a figure with "the" before it, a word of another kind naming what it is: "the $1.2 billion
    # forecast by the ministry", "the $3bn the bank had projected" (`_named_kind`)
    named_after: re.Pattern[str]
    boundary: re.Pattern[str]
    coordinated: re.Pattern[str]  # nouns joined by "and" into one phrase ("goods and services"): no boundary inside
    verbs: re.Pattern[str]
    generic: re.Pattern[str]
    according: re.Pattern[str]
    data_showed: re.Pattern[str]
    data_verb: re.Pattern[str]  # the tail every data_showed match holds: where one may be, at a glance
    source_cue: re.Pattern[str]
    relative: re.Pattern[str]
    fall_before: re.Pattern[str]  # a fall cue governing the figure after it: "fell 20%", "down by about 3%"
    fall_after: re.Pattern[str]  # a fall noun after the figure: "a 4% decline"
    compound: re.Pattern[str]  # after a measure cue, a noun making a compound ("trading partner")
    span: re.Pattern[str]  # a sentence speaking of a span of years ("in the 50 years since", "over the past decade")
    delta: re.Pattern[str]  # before a money figure, a change it measures ("rose by", "an increase of 8% or")
    product: re.Pattern[str]  # a good naming what a figure counts: "lithium exports", "exports of copper"
    bracketed_good: re.Pattern[str]  # a good right before a bracketed figure: "crude oil (-11.6%)"
    whole_year: re.Pattern[str]  # "full-year": a figure with no period is one for a whole year
    period_on_period: re.Pattern[str]  # "month-on-month": a rate against the period just before
    published_at: re.Pattern[str]  # before a time: "published in", "released on", "the Economic Survey" (no period)
    non_trade: re.Pattern[str]  # "inflation", "policy rate": a rate of something other than trade
    generic_lower: frozenset[str]  # generic speakers ("officials"), lower-cased
    lex: Lexicon


def _kind_words(kind_of: Mapping[str, str], modals: Sequence[str]) -> list[str]:
    """The one-word cues of a kind other than actual that can name a figure after it ("forecast", "projected",
    "estimate", "goal"), not the modals ("the $2bn will ..." says nothing of what the figure is)."""
    skip = {m.lower() for m in modals}
    return sorted(w for w, k in kind_of.items() if k != "actual" and " " not in w and w not in skip)


@cache
def cues() -> Cues:
    lex = load_lexicon()
    measure_of: dict[str, list[str]] = {}
    for m in lex.measures.values():
        for c in m.cues:
            measure_of.setdefault(c.lower(), []).append(m.name)
    kind_of: dict[str, str] = {}
    for kind in ("actual", "estimate", "forecast", "target"):  # later kinds win a shared cue
        for c in lex.kind_cues.get(kind, ()):
            kind_of[c.lower()] = kind
    verbs = alternation(lex.reporting_verbs)
    return Cues(
        measure=re.compile(rf"\b(?:{alternation(measure_of)})\b", re.I),
        measure_of=measure_of,
        # a capitalised month name is no cue: "May 15" is a date, not the modal "may"
        kind=re.compile(rf"\b(?!(?-i:{alternation(get_month_names('wide', locale='en').values())})\b)"
                        rf"(?:{alternation(kind_of)})\b", re.I),
        kind_of=kind_of,
        growth=re.compile(rf"\b(?:{alternation(lex.growth_cues)})\b", re.I),
        # "$30bn goal", "the $30 billion target", "the $4 billion bilateral trade target" (a measure cue between),
        # "the $10 billion by 2030 goal" (its deadline between)
        target_after=re.compile(rf"^\s*(?:[-–]?\s*|of\s+\w+\s+)?(?:(?:by|for)\s+(?:19|20)\d\d\s+)?"
                                rf"(?:(?:{alternation(measure_of)})\s+)?"
                                rf"(?:{alternation(lex.target_nouns)})\b", re.I),
        named_after=re.compile(r"\s+(?:(?:the|its|their|his|her)\s+(?:(?!(?:and|or|but|while|as|than|which|that)\b)"
                               r"[\w'’.-]+\s+){1,4}?(?:had\s+|has\s+|have\s+)?)?"
                               rf"(?P<cue>{alternation(_kind_words(kind_of, lex.modal_cues))})\b", re.I),
        # (an en dash between digits is a range's, "€3.2–3.6 billion", no clause's)
        boundary=re.compile(rf"(?:[;:—]|(?<!\d)–|–(?!\d)|\s-\s|\b(?:{alternation(lex.clause_boundaries)})\b)", re.I),
        coordinated=re.compile(rf"\b(?:{alternation(lex.coordinated_nouns) or '(?!)'})\b", re.I),
        verbs=re.compile(rf"\[?\b(?:{verbs})\b\]?(?:\([^)]*\))?", re.I),
        generic=re.compile(rf"\b(?:(?P<adj>[A-Z][a-z]+)\s+)?(?P<noun>{alternation(lex.generic_speakers)})\b", re.I),
        # (up to a dash set off by spaces: "according to port records - barely a footnote beside ...")
        according=re.compile(r"\baccording to\s+(?P<who>(?:[^,.;”\"\s]|\s(?![-–—]\s))+)", re.I),
        data_showed=re.compile(
            r"(?P<src>(?:[A-Z][\w’'-]*\s+|\([A-Z][\w’'-]*\)\s+){0,5}(?:customs|official|trade|government|latest|preliminary)?\s*"
            rf"(?:customs\s+)?data){_DATA_VERB}", re.I),
        data_verb=re.compile(rf"data{_DATA_VERB}", re.I),
        source_cue=re.compile(rf"\b(?:{alternation(lex.source_cues)})\b", re.I),
        relative=re.compile(r",\s*(?:which|who)\b[^,]*,"),
        fall_before=re.compile(
            rf"\b(?:{alternation(lex.fall_cues)})(?:e?s)?\s+(?:(?:by|of)\s+)?(?:(?:a|an)\s+)?(?:(?:further|another)\s+|(?:[a-z]+ly)\s+)?"
            rf"(?:(?:{alternation((*lex.at_least, *lex.at_most, *lex.approx))})\s+)?$"
            # a fall named as a noun, then what it comes to: "the fall would reach 4.5%", "the decline was 3%"
            rf"|\b(?:the|a|an|this|that|its|their|such\s+a)\s+(?:[a-z-]+\s+)?"
            rf"(?:{alternation(w for w in lex.fall_cues if w not in ('down', 'less', 'lower'))})\s+"
            r"(?:(?:would|could|will|may|might|should|can)\s+(?:then\s+|still\s+|likely\s+)?)?"
            r"(?:reach|reached|reaches|be|is|was|were|hit|hits|amount\s+to|amounted\s+to|come\s+to|came\s+to)\s+"
            rf"(?:(?:{alternation((*lex.at_least, *lex.at_most, *lex.approx))})\s+)?$", re.I),
        fall_after=re.compile(
            rf"\s+(?:(?:year[\s-]on[\s-]year|y/y|annual)\s+)?(?:{alternation(lex.fall_cues)})(?:e?s)?\b", re.I),
        generic_lower=frozenset(g.lower() for g in lex.generic_speakers),
        compound=re.compile(rf"[ \t-]+(?:{alternation(lex.non_measure_followers) or '(?!)'})\b", re.I),
        span=re.compile(rf"\b(?:{alternation(lex.span_cues) or '(?!)'})\b", re.I),
        delta=re.compile(
            rf"\b(?:{alternation((*lex.growth_cues, *(w for w in lex.change_words if w not in ('from', 'by'))))})\b"
            r"(?:[^.;:,]{0,50}?\bby|\s+of(?:\s+[\d.,]+\s*(?:%|per\s?cent|percent)\s+or)?)"
            rf"\s+(?:(?:{alternation((*lex.at_least, *lex.at_most, *lex.approx))})\s+)?$", re.I),
        product=_product_pattern(lex),
        bracketed_good=re.compile(rf"(?<![\w-])(?:{alternation(lex.product_nouns) or '(?!)'})(?:\s+[\w-]+){{0,3}}\s*\(\s*[-+−]?\s*$",
                                  re.I),
        non_trade=re.compile(rf"\b(?:{alternation(lex.non_trade_cues) or '(?!)'})\b", re.I),
        whole_year=re.compile(rf"\b(?:{alternation(lex.whole_year_cues) or '(?!)'})\b", re.I),
        period_on_period=re.compile(rf"(?<![\w-])(?:{alternation(lex.period_on_period_cues) or '(?!)'})(?![\w-])", re.I),
        published_at=re.compile(rf"\b(?:{alternation(lex.publication_verbs) or '(?!)'})(?:\s+(?:in|on|at|during))?\s*$"
                                # "the Economic Survey 2025": an edition's year, capitalised title noun and all
                                rf"|\b(?-i:[A-Z][a-z]+\s+(?:{alternation(lex.publication_titles) or '(?!)'}))\s+$",
                                re.I),
        lex=lex,
    )


@cache
def _flow_alt() -> str:
    """Every flow noun (kg:GoodFlowNouns, kg:FlowNouns: "exports", "trade"), as an alternation."""
    return alternation(load_lexicon().flow_nouns) or "(?!)"


# between a change and the level it led to: "rose $38m (2.1%) to $1.8bn", "fell $5m, to $90m"
_THEN_TO = re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?,?\s*to\s+(?:[a-z]+\s+){0,2}$")


@cache
def _change_verb() -> re.Pattern[str]:
    """A rise or fall verb right before a figure ("rose", "fell about"): the figure may be the change."""
    lex = cues().lex
    return re.compile(rf"\b(?:{alternation(lex.growth_cues)})\s+(?:(?:{alternation((*lex.at_least, *lex.at_most, *lex.approx))})\s+)?$",
                      re.I)


@cache
def _balance_sign() -> re.Pattern[str]:
    """A balance cue (kg:BalanceCues) and the sign a word gives it (kg:BalanceSigns) right before a money figure:
    "the trade balance with Latvia was positive at ", "a balance in deficit of "."""
    lex = cues().lex
    return re.compile(rf"\b(?:{alternation(lex.balance_cues) or '(?!)'})\b[^.;:,]{{0,40}}?\b"
                      rf"(?P<sign>{alternation(lex.balance_signs) or '(?!)'}),?\s+(?:(?:at|of|by)\s+)?"
                      rf"(?:(?:{alternation((*lex.at_least, *lex.at_most, *lex.approx))})\s+)?$", re.I)


@cache
def _unsigned_balance() -> re.Pattern[str]:
    """A balance cue (kg:BalanceCues) stating the money figure right after it with no sign: "the trade balance with
    Latvia stood at EUR 84.2 million" (a surplus or a deficit, the text does not say which; no trade turnover)."""
    lex = cues().lex
    return re.compile(rf"\b(?:{alternation(lex.balance_cues) or '(?!)'})\b[^.;:,]{{0,40}}?\b"
                      rf"(?:was|is|stood\s+at|came\s+to|came\s+in\s+at|amounted\s+to|totall?ed|of|at)\s+"
                      rf"(?:(?:{alternation((*lex.at_least, *lex.at_most, *lex.approx))})\s+)?$", re.I)


def _signed_balance(sentence: str, rel_s: int) -> str | None:
    """The balance measure a sign word makes of the money figure at `rel_s` (kg:BalanceCues kg:negative and
    kg:positive), or None."""
    m = _balance_sign().search(sentence, max(0, rel_s - 90), rel_s)
    if m is None or _world_words().search(sentence, max(0, m.start() - 30), rel_s):
        return None  # "the foreign trade balance was negative at": the country's with the world, left as it was
    negative, positive = cues().lex.balance_measures
    return (positive if cues().lex.balance_signs[m.group("sign").lower()] > 0 else negative) or None


def _change_then_level(text: str, q: Quantity, following: Sequence[Quantity]) -> bool:
    """Whether a money figure is the size of a change, the level it led to following: "Exports rose
    $388 million (4.1 percent) to $9.8 billion" (no "by", but the figure after "to" is the level)."""
    if not _change_verb().search(text, max(0, q.start - 40), q.start):
        return False
    level = next((o for o in following if o.start > q.end and o.quantity == "money"), None)
    return level is not None and _THEN_TO.fullmatch(text, q.end, level.start) is not None


@cache
def _flow_verbs() -> str:
    """The verbs of a flow (kg:FlowVerbs: "exported", "sells"), as an alternation."""
    return alternation(load_lexicon().flow_verbs) or "(?!)"


def _product_pattern(lex: Lexicon) -> re.Pattern[str]:
    """A good (kg:ProductNouns) that names what a figure counts, in its clause before it: "lithium exports",
    "fruit and vegetable exports", "exports of refined copper", "of which: copper", or the clause's subject
    ("Copper, in cathodes and concentrate, accounted for ...", "Copper alone was worth ..."), or one item
    ("remained the largest import item from Korea, estimated at ...")."""
    goods = alternation(lex.product_nouns) or "(?!)"
    return re.compile(
        rf"(?<![\w-])(?:{goods})(?:\s+(?:and|&)\s+[a-z]+)?\s+(?:{_flow_alt()})\b"
        rf"|\b(?:{_flow_alt()})\s+of\s+(?:[\w-]+,?\s+){{0,3}}?(?:{goods})\b"
        r"|\b(?:largest|biggest|main|top|leading|principal|key)\s+(?:export|import)\s+(?:items?|products?|commodit(?:y|ies)|categor(?:y|ies))\b"
        rf"|\bof\s+which:?\s+(?:{goods})\b"
        rf"|^[\W]*(?:the\s+)?(?:[a-z-]+\s+(?:(?:and|&)\s+)?){{0,2}}(?:(?!non-)[a-z]+-)?(?:{goods})\b[^.;:]{{0,60}}?\b(?:accounted\s+for|(?:was|were)\s+worth"
        rf"|made\s+up|brought\s+in|amounted\s+to|earned|led|topped|dominated|followed|came\s+next"
        # "Machinery was the leading Danish export to Norway, at €3.4 billion": the good ranked
        r"|(?:was|were|is|are|remained|remains|stayed)\s+(?:again\s+|still\s+)?(?:the|its|their)\s+(?:single\s+)?"
        r"(?:largest|biggest|main|top|leading|principal|key|second-largest|third-largest|most\s+important)\s+"
        # "Machinery was the most important goods exported to Poland, at €3.1 billion", "Furniture was the
        # main product imported from Türkiye"
        r"(?:(?:[a-z-]+\s+)?(?:exports?|imports?)|(?:goods?|products?|items?|commodit(?:y|ies))\s+(?:exported|imported))"
        r")\b",
        re.I,
    )


# ---------------------------------------------------------------- kind and bound

# verbs of speech: "have talked about US$45 billion by 2027" is a thing said, not a thing done
_SPEECH = r"(?:talked|spoken|discussed|mentioned|floated|said|suggested|proposed|announced|touted|cited)"
# a perfect verb right before a figure ("had bought", "has already spent", "have sold goods worth")
_PERFECT = re.compile(r"\b(?:had|has|have)\s+(?:already\s+|now\s+|so\s+far\s+|just\s+)?"
                      rf"(?!{_SPEECH}\b)[a-z]+(?:ed|en|wn|ght|id|ld|lt|nt|ne|de)\s+(?:[a-z]+\s+){{0,3}}$", re.I)


# a restrictive relative clause right after a figure, saying what the figure is: "the $50 billion that the
# minister had projected", "the $2bn which officials expect"; not "$5 billion that year"
_OBJECT_RELATIVE = re.compile(
    r"\s+(?:that|which)\s+(?!(?:year|month|quarter|week|day|time|period|season|same)\b)[^,;:.!?()—–]{0,80}", re.I
)


# a sentence-final attribution whose noun is a kind cue: "..., industry estimates show."
# right after a figure and its clause's words, a source that is an estimate: ", according to estimates by the central bank"
_PER_ESTIMATES = re.compile(r"[^,;.]{0,40},\s+according\s+to\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}?(?P<cue>estimates?)\b", re.I)
_TRAILING_SOURCE = re.compile(r",\s*(?:[\w’'-]+\s+){0,4}?(?P<cue>[a-z]+)\s+(?:show|shows|showed|suggest|suggests|suggested"
                              r"|indicate|indicates|indicated)\b[^,;]{0,40}[.!?]?[\"”’']?\s*$")

# the sentence closing on who reckons its figures: "..., the Austrian National Bank estimates.", "..., analysts
# reckon." (a name of up to six words, then one verb, then the sentence's end); no comparison ("..., more than
# analysts expected.") and no earlier reckoning ("..., above what it had projected.")
_TRAILING_SAYER = re.compile(r",\s*(?:(?!(?i:than|as|what|had|have|has|been|was|were)\b)[\w’'.&-]+\s+){1,6}?"
                             r"(?<!\bthe\s)(?<!\ban\s)(?<!\ba\s)(?<!\bevery\s)(?<!\bany\s)(?<!\bearlier\s)(?<!\bwith\s)"
                             r"(?<!\bof\s)(?<!\bin\s)(?<!\bprevious\s)(?<!\bofficial\s)(?<!\bits\s)(?<!\btheir\s)"
                             r"(?P<cue>[a-z]+)\s*[.!?]?[\"”’']?\s*$")  # (a noun after a determiner: "above the earlier estimate")

_THAT = re.compile(r"\s+that\b")
# an appositive after the figure whose relative clause opens with a modal ("..., a level that would still require
# growth of 4% a year"): it says what the figure implies, not whether anyone expects it
_APPOSED_MODAL = re.compile(r",\s+(?:a|an|the|one)\s+(?:[a-z-]+\s+){0,3}?(?:that|which)\s+(?:[a-z]+ly\s+|still\s+|also\s+)?"
                            r"(?P<cue>[a-z]+)\b", re.I)
# an appositive after the figure that names it as a number someone wants changed ("..., up 9.4%, a number officials
# want to lift sharply", "$2bn, a figure the ministry hopes to double"): the wish is for a change from it, so the
# figure itself is what is, not what is wanted
_APPOSED_NUMBER = re.compile(r",\s+(?:a|an|the|one)\s+(?:[a-z-]+\s+){0,2}?(?:number|figure|level|total|sum|amount|value)\b"
                             r"(?P<rest>[^,;:.!?()]{0,80})", re.I)
_TO_VERB = re.compile(r"\s+to\s+(?:[a-z]+ly\s+)?")
_HAS_BEEN = re.compile(rf"\b(?:has|have|had)\s+(?:\w+ly\s+)?(?!{_SPEECH}\b)(?:been|\w+(?:ed|en|wn|ght|lt|nt|ne|de))\b", re.I)


def claim_kind(sentence: str, fig_start: int, fig_end: int, next_fig: int | None = None) -> str | None:
    """The kind cue governing a figure inside its clause (None when no cue speaks for it); a figure no cue but
    an actual verb speaks for is an estimate when the sentence closes on who estimates it ("Trade exceeded $16
    billion last year, the central bank estimates."), see `_clause_kind`."""
    kind = _clause_kind(sentence, fig_start, fig_end, next_fig)
    if kind in (None, "actual") and (closing := _TRAILING_SAYER.search(sentence, fig_end)):
        return "estimate" if cues().kind_of.get(closing.group("cue")) == "estimate" else kind
    return kind


@cache
def _the_before() -> re.Pattern[str]:
    """ "the ", "its expected " ... right before a figure: the figure named as a thing, a noun after it may say what."""
    return re.compile(rf"\b(?:the|its|their|this|that)\s+{hedge_slot()}$", re.I)


@cache
def _states_before() -> re.Pattern[str]:
    """A verb stating that the figure is what was (kg:StatingVerbs), right before "the <figure>": "reached the",
    "climbed to the"."""
    return re.compile(rf"\b(?:{alternation(cues().lex.stating_verbs)})\s+$", re.I)


_COPULAS = frozenset({"was", "were", "is", "are"})


def _named_kind(sentence: str, fig_start: int, fig_end: int) -> str | None:
    """The kind a word right after "the <figure>" names it as: "short of the $1.2 billion forecast by the
    ministry", "the $3bn estimated by analysts", "the $3bn the bank had projected" (a contact relative clause
    closing on the kind's verb); None when no such word follows."""
    if not (the := _the_before().search(sentence, max(0, fig_start - 40), fig_start)):
        return None
    m = cues().named_after.match(sentence, fig_end)
    kind = cues().kind_of[m.group("cue").lower()] if m else None
    if kind not in (None, "target") and _states_before().search(sentence, max(0, the.start() - 30), the.start()):
        return None  # "exports reached the $25 billion forecast by the ministry": what was, as expected (a goal
        # named stays the goal: "rose to the $3 billion targeted for 2025 a year early")
    return kind


def _clause_kind(sentence: str, fig_start: int, fig_end: int, next_fig: int | None = None) -> str | None:
    """The kind cue governing a figure inside its clause (None when no cue speaks for it).

    A relative clause that follows the figure and describes it ("fell short of the $50 billion that the
    minister had projected for 2023") governs it before anything on its left does, unless it is an actual.
    A cue after the figure counts only before the next figure (`next_fig`, its offset in the sentence): "put
    trade at $92bn, short of the $95bn Nairobi had anticipated" leaves the first figure uncued.
    """
    c = cues()
    if c.target_after.match(sentence[fig_end : fig_end + 30]):
        return "target"
    if (named := _named_kind(sentence, fig_start, fig_end)) is not None:
        return named
    trailing = _TRAILING_SOURCE.search(sentence, fig_end)
    if trailing and trailing.group("cue").lower() in c.kind_of:
        return c.kind_of[trailing.group("cue").lower()]  # ", industry estimates show": every figure before it
    if (per := _PER_ESTIMATES.match(sentence, fig_end)) and c.kind_of.get(per.group("cue").lower()) == "estimate":
        return "estimate"  # "..., according to estimates by the central bank": the bank's estimate
    rel = _OBJECT_RELATIVE.match(sentence, fig_end)
    if rel:
        said = [c.kind_of[m.group(0).lower()] for m in c.kind.finditer(rel.group(0))]
        if said and said[0] != "actual":
            return said[0]
    left = sentence[:fig_start]
    left = c.relative.sub(lambda m: " " * len(m.group(0)), left)
    left = c.coordinated.sub(lambda m: " " * len(m.group(0)), left)  # "in goods and services": one noun phrase
    cut = before = 0
    for m in c.boundary.finditer(left):
        if m.end() >= len(left.rstrip()) - 1:
            continue  # a dash introducing the figure ("a new goal - $80 billion") is not a clause break
        if _AND_TO.match(left, m.start()):
            continue  # "we expect exports to recover and to top $5 billion": a second infinitive of the same verb
        if m.group(0).lower() == "and" and _pair_between().search(left, max(0, m.start() - 60), m.start()) and (
                _pair_member().match(left, m.end())):
            continue  # "sets bilateral commerce between Togo and Benin at": the pair, no second clause (not "a
            # slowdown in trade between the two countries and exports still rose")
        before, cut = cut, m.end()
    if (opens := _OPENS_WITH_CONDITION.match(left)) and (comma := left.find(",", opens.end())) > cut:
        before, cut = cut, comma + 1  # "If the harvest comes in as we hope, our sales will top ...": the
        # condition's own words ("hope") are no kind of the figure after it
    window = left[cut:]
    found = [(m.end(), c.kind_of[m.group(0).lower()]) for m in c.kind.finditer(window)]
    if found and cut and left[cut - 1] == ":" and _states_goal(left[before:cut - 1], window):
        return "target"  # "Our objective is clear: exports should reach $40 billion by 2030": the goal stated
    if not found and cut:
        # a kind verb with a that-clause governs the whole clause: "We estimate that unrecorded shuttle and
        # e-commerce trade adds $3-5 billion a year"
        found = [(m.end(), c.kind_of[m.group(0).lower()]) for m in c.kind.finditer(left[:cut])
                 if _THAT.match(left, m.end())][-1:]
    if found:
        nearest = found[-1][1]
        if nearest == "forecast" and any(k == "target" for _, k in found[:-1]):
            return "target"  # an intent scopes over a modal: "hope trade will reach", "aim ... could hit"
        if nearest == "actual":
            # an intent or modal before the actual verb scopes over it: "aims to hit", "expected to reach"
            earlier = [k for _, k in found[:-1] if k != "actual"]
            if earlier:
                return earlier[-1]
        return nearest
    if _PERFECT.search(window):
        return "actual"  # "by the end of 2021 it had bought $288.6 billion": done, whatever follows
    right = sentence[fig_end:next_fig] if next_fig is not None and next_fig > fig_end else sentence[fig_end:]
    stop = c.boundary.search(c.coordinated.sub(lambda m: " " * len(m.group(0)), right))
    right = right[: stop.start()] if stop else right
    if (app := _APPOSED_NUMBER.search(right)) and any(
            c.kind_of[k.group(0).lower()] == "target" and (to := _TO_VERB.match(app.group("rest"), k.end()))
            and c.growth.match(app.group("rest"), to.end()) for k in c.kind.finditer(app.group("rest"))):
        right = right[: app.start()]  # "..., a number officials want to lift": a change wished from the figure
    if (app := _APPOSED_MODAL.search(right)) and app.group("cue").lower() in {w.lower() for w in c.lex.modal_cues}:
        right = right[: app.start()]  # "$40 billion by 2030, a level that would need ...": what the level implies
    found_r = [(m.start(), m.end(), m.group(0).lower()) for m in c.kind.finditer(right[:80])]
    if (len(found_r) > 1 and found_r[0][2] in _COPULAS and found_r[1][0] - found_r[0][1] <= 12
            and c.kind_of[found_r[1][2]] != "actual" and not _TO_VERB.match(right, found_r[1][1])):
        return c.kind_of[found_r[1][2]]  # "... of $1.8 billion in 2026 were also expected": the copula's participle
        # (not "were estimated to have supported 20,000 jobs": the participle governs another verb)
    return c.kind_of[found_r[0][2]] if found_r else None


# what something costs someone, right before the figure: "costs our members around", "cost exporters some"
@cache
def _costs_someone() -> re.Pattern[str]:
    return re.compile(r"\bcost(?:s|ing)?\s+(?!(?:of|to|at|about|around|some|nearly|roughly|over|up)\b)"
                      rf"(?:[a-z'’-]+\s+){{1,3}}?{hedge_slot()}"
                      r"(?:\S*\d\S*(?:\s+(?:million|billion|bn|mn|m))?\s+(?:to|and)\s+)?$")  # a range's second end

# a comparison base owned by its past year, right before its figure: "down from 2024's US$7.1 billion"
_YEAR_OWNED_BASE = re.compile(r"\b(?:from|than|versus|vs\.?|against|with)\s+(?:the\s+)?(?:19|20)\d\d['’]s\s+"
                              r"(?:[a-z-]+\s+){0,2}$", re.I)

@cache
def _pair_between() -> re.Pattern[str]:
    """ "between <place or month> " before an "and": "between Togo ", "between the Czech Republic ", "between
    January " (not "between the two countries ": its "and" may open a clause)."""
    return re.compile(rf"\bbetween\s+(?:the\s+)?(?:{_pair_names()})\s+$")


@cache
def _pair_member() -> re.Pattern[str]:
    """The pair's second member after its "and": a place or a month ("Benin", "The Gambia", "June")."""
    return re.compile(rf"\s+(?:the\s+|The\s+)?(?:{_pair_names()})\b")


@cache
def _pair_names() -> str:
    """Place names and month names, as an alternation."""
    lex = load_lexicon()
    return alternation((*lex.place_names, *get_month_names("wide", locale="en").values()))


# "and" opening a second infinitive of the verb before it ("expect trade to recover and to exceed ..."): no new clause
_AND_TO = re.compile(r"[Aa]nd\s+to\s+[a-z]")


@cache
def _target_noun() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(cues().lex.target_nouns)})s?\b", re.I)


_YEAR_WORD = re.compile(r"\b(?:19|20)\d\d\b")  # a year, no amount: "Our goal for 2030 is clear"


def _states_goal(head: str, window: str) -> bool:
    """Whether the clause after a colon states the goal its head names: the head holds a target noun
    (kg:TargetNouns: "Our objective is clear", "The goal") and the clause's kind cues are bare modals
    (kg:ModalCues: "should reach", "will"), naming no one who expects; "The target is ambitious: analysts expect
    trade to reach $30 billion" is the analysts' forecast."""
    c = cues()
    if not _target_noun().search(head):
        return False
    if re.search(r"\d", _YEAR_WORD.sub("", head)):
        return False  # "The target of EUR 10 billion by 2027 looks out of reach: trade will barely pass EUR 9
        # billion this year": a head stating the goal's amount comments on it, the clause after forecasts
    if _fall_word().search(window):
        return False  # "Forget the target: exports may fall to $400 million" is a forecast
    modals = {w.lower() for w in c.lex.modal_cues}
    said = [m.group(0).lower() for m in c.kind.finditer(window)]
    return bool(said) and all(w in modals for w in said)


@cache
def _fall_word() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(cues().lex.fall_cues)})\b", re.I)


_FLIPPED: dict[Bound, Bound] = {"at_least": "at_most", "at_most": "at_least"}


def _neg(x: float | None) -> float | None:
    return None if x is None else -x


def falls(text: str, start: int, end: int) -> bool:
    """Whether a fall cue governs the rate at text[start:end]: "fell 20%", "down about 3%", "a 4% decline".

    A level reached after a fall ("fell to 6%", "down from 7%") is not governed: a word other than "by", an
    adverb or a hedge between the cue and the figure breaks the link.
    """
    c = cues()
    return bool(c.fall_before.search(text, max(0, start - 50), start) or c.fall_after.match(text, end)
                or ((m := _against_base(text, end)) is not None and m.group("below") is not None))


@cache
def _teaser() -> re.Pattern[str]:
    """A pointer to other stories (kg:TeaserCues) opening a line or following a sentence end, with its colon:
    "Read more: ", "... under a content-sharing agreement. Related: "."""
    return re.compile(rf"(?:^|(?<=[.!?|])\s+)(?:{alternation(cues().lex.teaser_cues) or '(?!)'})\s*:", re.I | re.M)


@cache
def _outlook() -> re.Pattern[str]:
    """An outlook verb (kg:OutlookCues), then a subject of at most four words and a verb in -ing with its preposition
    right before the figure: "We see Peru-Chile trade slipping to around ", "we see exports growing by about "; or
    the subject put at the figure: "We see this year's turnover at roughly "."""
    words = alternation(cues().lex.outlook_cues) or "(?!)"
    return re.compile(rf"\b(?:{words})\s+(?:[\w'’-]+\s+){{1,4}}?(?:[a-z]+ing\s+(?:to|at|toward|towards|by)|at)\s+"
                      rf"{hedge_slot()}\S{{0,4}}$", re.I)


@cache
def _base_after() -> re.Pattern[str]:
    """Right after a percent, a word setting it against a base year or figure: "6% below 2024" (group "below"), "5%
    above last year's level", "12 percent more than the $3.1 billion" (kg:BelowBaseCues, kg:AboveBaseCues)."""
    lex = cues().lex
    year = r"(?:(?:19|20)\d\d|last\s+year|the\s+previous\s+year|the\s+year\s+before|a\s+year\s+(?:earlier|ago|before))"
    # or a base figure: "12 percent more than the $3.1 billion recorded in 2023"
    base = rf"(?:{year}\b|(?P<money>(?:[^\w\s]{{1,2}}|(?-i:[A-Z]{{1,3}})[$¢]?)\s?\d[\d.,]*\s*(?:{alternation(lex.scales)})\b))"
    return re.compile(rf"\s+(?:(?P<below>{alternation(lex.below_base_cues) or '(?!)'})|(?:{alternation(lex.above_base_cues) or '(?!)'}))"
                      rf"\s+(?:the\s+|its\s+|their\s+)?{base}", re.I)


def _against_base(text: str, end: int) -> re.Match[str] | None:
    """`_base_after` at `end`, unless its base figure is named as a forecast or a goal ("6 percent lower than the
    $1.2 billion forecast by the ministry"): a miss against an expectation is no change over time (an estimate of a
    past year's value is a base: "12% higher than the $1.1 billion estimated for 2023")."""
    m = _base_after().match(text, end)
    if m is None or m.group("money") is None:
        return m
    return None if _named_kind(text, m.start("money"), m.end("money")) in ("forecast", "target") else m


# a non-restrictive relative clause: "Portuguese exports to Spain, which stood at EUR 18.6 billion in 2023, have ..."
_RELATIVE = re.compile(r",\s*(?:which|who)\b(?:[^,;:()]|,(?=\d))*,")


def _in_other_relative(sentence: str, s: int, t: TimeExpr, fig: int) -> bool:
    """Whether a time stands in a relative clause between commas before the figure and the clause holds a figure
    of its own: the clause's time dates that figure ("which stood at EUR 18.6 billion in 2023"), not a later
    clause's ("which in 2024 recovered from a dispute, reached $1.2 billion" keeps 2024). A "who" clause speaks
    of people or countries, never of the flow the figure measures: its time dates its own verb ("Trade between
    the two, who signed a treaty in 1998, reached $4 billion"). (A figure before the clause is of the noun the
    clause describes: "2 percent of total export earnings, which surpassed USD 8.3 billion in the fiscal
    year".)"""
    return any(a <= t.start - s and t.end - s <= b and fig >= b and (
        _DIGIT.search(sentence[a : t.start - s] + sentence[t.end - s : b]) or _WHO.match(sentence, a))
               for a, b in _relative_spans(sentence))


_WHO = re.compile(r",\s*who\b")


@cache
def _cause_opener() -> re.Pattern[str]:
    """kg:CauseOpeners: the words opening a clause of cause ("because", "due to")."""
    return re.compile(rf"\b(?:{alternation(cues().lex.cause_openers) or '(?!)'})\b", re.I)


def _cause_at(sentence: str, s: int, t: TimeExpr, fig_end: int) -> int | None:
    """Where the clause of cause opened after the figure that a time stands in starts, no comma between ("fell
    18% to $312.4 million, largely because cement cargoes stopped in May 2024"), else None."""
    at = t.start - s
    if at < fig_end:
        return None
    opener = next(reversed(list(_cause_opener().finditer(sentence, fig_end, at))), None)
    return None if opener is None or _COMMA_OR_SEMI.search(sentence, opener.end(), at) else opener.start()


def _in_cause(sentence: str, s: int, t: TimeExpr, fig_end: int, own: Sequence[TimeExpr]) -> bool:
    """Whether a time in a clause of cause after the figure (`_cause_at`) dates the cause, not the figure: a part
    of a year does, and so does a year after another figure in that clause ("fell to €210 million due to weak demand
    and were €250 million in 2023"), or one when the figure has another time before the cause ("rose 5% in the
    first half to $310 million due to a port strike in 2024"). A year alone is kept: "fell to $3.1 billion because
    of lower crude sales in 2024" is most often the figure's year too."""
    cause = _cause_at(sentence, s, t, fig_end)
    if cause is None:
        return False
    return ((t.end_date - t.start_date).days < 360 or bool(_DIGIT.search(sentence, cause, t.start - s))
            or any(o is not t and o.start - s < cause for o in own))


_COMMA_OR_SEMI = re.compile(r"[,;]")


def _base_after_slash(text: str, t: TimeExpr, own: Sequence[TimeExpr]) -> bool:
    """Whether a time is the base of a change written "H1 2025/H1 2024": after a slash right after a later time."""
    return any(o.end <= t.start and text[o.end : t.start].strip() == "/" and o.start_date > t.start_date for o in own)


# after a figure, the opening of a concession: "..., despite softer orders from the Chinese steel sector"
_CONCESSIVE_AFTER = re.compile(r"\b(?:despite|in\s+spite\s+of|notwithstanding|although|even\s+though|even\s+as"
                               r"|assuming|provided\s+that|on\s+the\s+assumption)\b", re.I)  # or an assumption
# after a figure, a colon opening a clause that gives reasons: "we see some $4.1 billion next year: copper prices
# are softening, and Bolivian suppliers compete hard" (a lower-case word after it; "Exports: ..." is a label)
_EXPLAINED_AFTER = re.compile(r":\s+(?=[a-z])")
# right before a figure, the level a change reached: "rose 40% over 2019-2022 to $380 million"
_REACHED = re.compile(r"\b(to|reaching|hitting)\s+(?:(?:about|around|some|nearly|almost|over|more\s+than|roughly)\s+)?$",
                      re.I)


_DIGIT = re.compile(r"\d")
# after a figure, a noun in apposition or a relative clause describing it: ", a base that", ", which"
_RELATIVE_AFTER = re.compile(r"\s*,\s*(?:(?:a|an|the|its)\s+)?(?:[a-z-]+\s+){0,2}?(?:that|which|who)\s", re.I)


@lru_cache(maxsize=64)
def _relative_spans(sentence: str) -> tuple[tuple[int, int], ...]:
    """The spans of a sentence's relative clauses between commas (`_RELATIVE`), found once per sentence."""
    return tuple(m.span() for m in _RELATIVE.finditer(sentence)) if "which" in sentence or "who" in sentence else ()


def _month_named(t: TimeExpr) -> bool:
    """A month named with its year and no day ("For the month of December 2024 alone, exports ..."): a period,
    though the grammar reads a bare month and year as a date."""
    return t.role == "date" and t.start_date.day == 1 and 27 <= (t.end_date - t.start_date).days <= 30


def _apposed(text: str, times: Sequence[TimeExpr]) -> set[int]:
    """Times set off by a comma right after another time, which they describe: "In July-September 2025, the first
    quarter of FY26, exports fell" (the figure's period is July-September 2025, not FY26)."""
    out: set[int] = set()
    for prev, t in pairwise(times):
        gap = text[prev.end : t.start]
        if (prev.start not in out and (_APPOSITION.fullmatch(gap) or _SPAN_CLAUSE.fullmatch(gap))) or (
                prev.start in out and not gap.strip()):
            out.add(t.start)  # (", which ends in March 2026": when the time before it ends, not the figure's)
        elif prev.start not in out and _DESCRIBED.fullmatch(gap) and _DESCRIBED_END.match(text, t.end):
            # "In 2016, the last time Korea topped the list before last year, trade was worth ...": a time in a
            # noun phrase between commas that describes the time before it dates that phrase, not the figure
            out.add(t.start)
    return out


# a relative clause on a time's span after it: "for fiscal 2025, which ends in March 2026, ..."
_SPAN_CLAUSE = re.compile(r"\s*,?\s*\(?(?:which|that)\s+(?:(?:is|was)\s+)?(?:ends?|ended|ending|runs?|ran|began|begins|"
                          r"starts?|started|closes?|closed|covers?|covered)\s+(?:(?:in|on|from|to|through|until)\s+)?", re.I)
_DESCRIBED = re.compile(r"\s*,\s*(?:the|a|an)\s[^,;.\d]*", re.I)  # ", the last time ... " (no figure in it)
_DESCRIBED_END = re.compile(r"[^,;.\d]{0,40},")


# "In April 2025, the first month of the current fiscal, ...": the apposition may name the part of the later time
_APPOSITION = re.compile(r"\s*,\s*(?:the\s+(?:first|second|third|fourth|fifth|sixth|final|last|opening|closing)\s+"
                         r"(?:month|quarter|half|week|weeks|months)\s+(?:of|in)\s+)?", re.I)


def _glossed(text: str, times: Sequence[TimeExpr]) -> set[int]:
    """Relative times a stated time in brackets right after them names: "in the current year (1404)", "last
    year (2024)" (the figure's period is the stated one, in the calendar it is stated in)."""
    return {prev.start for prev, t in pairwise(times)
            if prev.resolution == "relative" and t.resolution == "explicit" and _GLOSS.fullmatch(text[prev.end : t.start])
            and _GLOSS_END.match(text, t.end)}


_GLOSS = re.compile(r"\s*\(\s*")
_GLOSS_END = re.compile(r"\s*\)")  # the bracket holds the time alone: "last year (2023: 3%)" is a comparison


def _future_deadline(own: Sequence[TimeExpr], sentence: str, s: int, rel_s: int, rel_e: int, published: date) -> bool:
    """Whether the figure's clause holds a deadline ("by 2030") that was still ahead when the text was written."""
    lo, hi = _clause(sentence, rel_s, rel_e)
    return any(t.role == "deadline" and lo <= t.start - s and t.end - s <= hi and t.end_date > published for t in own)


def _gerund_cued(sentence: str, rel_s: int, own: Sequence[TimeExpr], s: int) -> bool:
    """Whether the kind cue nearest before a figure is a gerund ("reaching", "hitting") and its clause states no
    time but a deadline: a thing spoken of, not a thing done."""
    lo, hi = _clause(sentence, rel_s, rel_s)
    found = list(cues().kind.finditer(sentence, lo, rel_s))
    if not found or not found[-1].group(0).lower().endswith("ing"):
        return False
    return all(t.role == "deadline" for t in own if lo <= t.start - s <= hi)


@cache
def _other_amount() -> re.Pattern[str]:
    """kg:OtherAmounts: money words that are no trade flow ("loans", "cost", "remittances")."""
    return re.compile(rf"\b(?:{alternation(cues().lex.other_amounts) or '(?!)'})\b", re.I)


def _quote_close(sentence: str, start: int, end: int) -> int | None:
    """Where the quotation holding `sentence[start:end]` closes (None when the figure is quoted by no one)."""
    close = QUOTE_CLOSE.search(sentence, end) if quoted(sentence, start) else None
    return close.start() if close else None


# right after a money figure, a comparison it is the difference of ("PLN 3.2 bn higher than in 2023")
_COMPARATIVE_AFTER = re.compile(r"\s+(?:higher|lower|more|less|larger|smaller|bigger)\s+than\b", re.I)
_FIRST_PERSON = re.compile(r"\b(?:we|us|our)\b", re.I)
# an open condition before a word: "If the trade pact keeps our tariff-free quota, textile sales can pass $3 billion
# within two years" (the first person of the condition states no aim)
_IF = r"(?:if|unless|provided|as\s+long\s+as)\b"
_CONDITION = re.compile(rf"\b{_IF}[^,]*$", re.I)


@lru_cache(maxsize=64)
def _pledged(sentence: str, fig_end: int, next_fig: int | None) -> bool:
    """Whether a sentence holds a target cue for the figure ending at `fig_end` ("..., the ministers pledged"): anywhere
    but after it and before the next figure (`next_fig`), whose own it is ("should hit CHF 4.1 billion before this
    year is out, and both cabinets committed to CHF 7 billion in 2031")."""
    c = cues()
    return any(c.kind_of[m.group(0).lower()] == "target" for m in c.kind.finditer(sentence)
               if next_fig is None or not fig_end <= m.start() < next_fig)


def _committed(sentence: str, rel_s: int, rel_e: int, deadlines: Sequence[TimeExpr], s: int) -> bool:
    """Whether a forecast is an aim: its only cues are commitment modals (kg:CommitmentModals, "will") and its
    clause has a deadline ("will double to $120 billion by 2030"); in a clause speaking in the first person (outside
    an "if" condition) or in an official's sentence (``_officials_aim``: "the two countries should reach ...", "the
    agreement should help lift trade to ..."), kg:FirstPersonModals count as well ("should help us lift trade to $4 billion by 2030"), and
    after "we" (kg:WeModals) "can" ("we believe we can take trade to $50 billion by 2030")."""
    c = cues()
    lo, hi = _clause(sentence, rel_s, rel_e)
    if not any(lo <= t.start - s and t.end - s <= hi for t in deadlines):
        return False
    said = [m.group(0).lower() for m in c.kind.finditer(sentence, lo, rel_s)]
    modals = {w.lower() for w in c.lex.commitment_modals}
    if any(not _CONDITION.search(sentence, lo, m.start()) for m in _FIRST_PERSON.finditer(sentence, lo, rel_s)) or (
            _officials_aim(sentence, lo, rel_s)):
        modals |= {w.lower() for w in c.lex.first_person_modals}
    if (any(not _CONDITION.search(sentence, lo, m.start()) for m in _we_aim().finditer(sentence, lo, rel_s))
            and not _NEGATION.search(sentence, lo, rel_s) and not _forecasters().search(sentence)
            and not _OPENS_WITH_CONDITION.match(sentence)):
        modals |= {w.lower() for w in c.lex.we_modals}
    return bool(said) and all(w in modals for w in said)


def _officials_aim(sentence: str, lo: int, at: int) -> bool:
    """Whether a sentence states an official's aim ("Trade Minister Lena Varga said the two sides should lift
    trade to $4 billion by 2029", "... said the agreement should help lift trade to ..."): an official's title
    (kg:OfficialTitles) as the one who says it ("<Title> [Name][, aside,] said"), the pair as the modal's subject or
    a modal that helps raise trade (``_aim_subject``) before the figure, no kind cue in the sentence but a modal (not
    "..., a World Bank report projected"), no forecaster, no negation before the figure, no condition anywhere ("if
    the new ferry link opens") and no trend it rests on ("on current trends")."""
    c = cues()
    modals = {w.lower() for w in (*c.lex.commitment_modals, *c.lex.first_person_modals)}
    title = _official_says().search(sentence, 0, at)
    return (title is not None and not _FORMER.search(sentence, max(0, title.start() - 30), title.start())
            and _aim_subject().search(sentence, max(lo, title.end()), at) is not None
            and all(m.group(0).lower() in modals for m in c.kind.finditer(sentence))
            and not _forecasters().search(sentence) and not _NEGATION.search(sentence, lo, at)
            and not re.search(rf"\b(?:{_IF}|once|as\s+soon\s+as)", sentence, re.I)
            and not _on_trends().search(sentence))


@cache
def _on_trends() -> re.Pattern[str]:
    """What an aim does not rest on (kg:TrendCues): "on current trends", "at the current pace", "given rising copper
    prices"."""
    return re.compile(rf"\b(?:{alternation(cues().lex.trend_cues)})\b", re.I)


_FORMER = re.compile(r"\b(?:former|ex-)\s*(?:[a-z]+\s+){0,2}$", re.I)  # "Former trade minister", "ex-minister"


@cache
def _official_says() -> re.Pattern[str]:
    """An official saying something: "Trade Minister Arief Wicaksono said", "the minister told reporters",
    "Minister of Foreign Trade and Investment Lidia Moraru said", "Economy Minister Ante Horvat, addressing
    a forum in Zadar, said" (kg:OfficialTitles)."""
    return re.compile(rf"\b(?:{alternation(cues().lex.official_titles) or '(?!)'})(?:,?\s+(?:of|for|and|[^\W\d_a-z][\w'’.-]*)){{0,8}}"
                      r"(?:,[^,;]{1,100},)?\s+(?:said|says|told|tells|stated|states)\b")  # (a name's first letter: "Š")


@cache
def _aim_subject() -> re.Pattern[str]:
    """The pair as a modal's subject ("the two sides should lift trade to $4 billion by 2029", kg:PairNouns): the
    governments speaking of themselves, as the first person does; or a modal helping trade up ("the agreement should
    help lift trade to ...", kg:AimVerbs): what a government does to reach its aim."""
    nouns = alternation(cues().lex.pair_nouns) or "(?!)"
    modals = alternation(cues().lex.first_person_modals) or "(?!)"
    return re.compile(rf"\b(?:the\s+two|both)\s+(?:{nouns})\s+(?:{modals})\b"
                      rf"|\bshould\s+help\s+(?:to\s+)?(?:{alternation(cues().lex.aim_verbs)})\b", re.I)


@cache
def _we_aim() -> re.Pattern[str]:
    """ "we can", "we believe [we|trade ...] can" (kg:WeModals): an aim the speakers set themselves."""
    lex = cues().lex
    return re.compile(rf"\bwe\s+(?:(?:{alternation(lex.we_beliefs)})\s+(?:that\s+)?(?:[^,;.]{{0,80}}?\s)?)?"
                      rf"(?:{alternation(lex.we_modals) or '(?!)'})\b(?!['’]t|not)", re.I)


@cache
def _forecasters() -> re.Pattern[str]:
    """Forecasters named in a sentence (kg:WeModals kg:forecaster): "said a Standard Chartered analyst"."""
    return re.compile(rf"\b(?:{alternation(cues().lex.forecasters) or '(?!)'})\b", re.I)


# a sentence opening on a condition: "If logistics improve, we can reach $2 billion by 2027" (a hedge, no aim)
_OPENS_WITH_CONDITION = re.compile(rf"[\s\"“‘']*{_IF}", re.I)
# a negation before a modal: "it is unlikely that we can", "we doubt", "no way"
_NEGATION = re.compile(r"\b(?:not|no|never|unlikely|doubts?|doubtful|hardly|cannot|can['’]t)\b", re.I)


# ---------------------------------------------------------------- measure and parties

_PART_OF = re.compile(r"\s+of\b")
# after a cue, the way to its own figure: "deficit with the country to USD 6.25 billion", "surplus of $2bn"
# "of which exports were US$25.6 billion and imports US$55.9 billion"
_LEAD_VERB = r"(?:to|of|at|were|was|are|is|reached|totall?ed|hit)"


@cache
def _balance_leads_on() -> re.Pattern[str]:
    """From a balance cue to an amount whose currency is named after it: "a surplus of about 270 million euros"."""
    words = {w.lower() for w in load_lexicon().currency_words if w.isalpha() and w.islower() and len(w) > 2}
    return re.compile(rf"\s+(?:of|at|to|was|is|were|are|reached|totall?ed|hit)\s+{hedge_slot()}"
                      rf"\d[\d.,]*\s*(?:[a-z]+\s+)?(?:{alternation(words) or '(?!)'})\b")


@cache
def _cased_currencies() -> str:
    """The lexicon's currency words written in mixed case ("Sh", "KSh", "Rs.", "Tk"), as an alternation: a
    capitalised word is a currency only if the lexicon says so ("in June 2025" holds none)."""
    words = [w for w in load_lexicon().currency_words if w[:1].isupper() and any(c.islower() for c in w)]
    return alternation(words) or "(?!)"


@cache
def _leads_on() -> dict[str, re.Pattern[str]]:
    """From a cue to a figure of the same quantity: money ("to USD 6.25 billion"), percent ("of 4.5%")."""
    return {
        "money": re.compile(rf"(?:[^.;,()]{{0,50}}?\b{_LEAD_VERB}\s+|\s+(?:(?:to|from|with)\s+(?:(?!\s(?:and|while|but)\s)[^.;,()\d]){{1,40}}?\s+)?)(?:(?:{hedge_words()}"
                            r"|above|below|less\s+than|at\s+least)\s+)?"
                            rf"(?:(?:[A-Z]{{1,3}}[$¢]?\.?\s?|(?:{_cased_currencies()})\s?|[$€£¥₹₦]\s?)\d"
                            rf"|\d[\d.,]*\s?(?:{alternation(cues().lex.scales)})\b)"),  # "a trade deficit of over
        # $19 billion" too, and a currency written in mixed case ("two-way trade to Sh38 billion", "KSh 38 billion"),
        # or after it ("exports were worth 2.6 billion euros and imports 1.8 billion")
        "percent": re.compile(rf"(?:[^.;,()]{{0,50}}?\b{_LEAD_VERB}\s+|\s+){hedge_slot()}"
                              r"\d[\d.,]*\s?(?:%|per\s?cent|percent)"),
    }


@cache
def _changed_to() -> re.Pattern[str]:
    """A change's new level right before a figure: "rose 3.1% last year to ", "fell 7.3 per cent to about "."""
    return re.compile(r"\d[\d.,]*\s?(?:%|per\s?cent|percent)[^.;,()\d]{0,30}?\bto\s+"
                      rf"{hedge_slot()}$", re.I)


# the word that opens a range "between <low> and <high>", part of the figure when a cue's distance is measured
_RANGE_OPENER = re.compile(r"\bbetween\s+$", re.I)
_SINCE_YEAR = re.compile(r"\s+since\s+(?:the\s+(?:start|end|beginning)\s+of\s+)?(?:19|20)\d\d\b", re.I)
# a figure said to be an industry's, in its clause: "the leather sector's 14.2 per cent rise", "the garment
# industry's exports to Spain rose 8%"
_SECTOR_OWNED = re.compile(r"\b(?:sector|sub-?sector|industry)['’]s\s+(?:[\w-]+\s+){0,6}$", re.I)
# a share added on top of a figure: "smuggling could add another 15-25% to the official numbers" (an uplift, no
# partner's share of a flow)
_ADDED_BEFORE = re.compile(r"\badd(?:s|ed|ing)?\s+(?:(?:a\s+further|another|an\s+extra|some|about|around|up\s+to|as\s+much"
                           r"\s+as)\s+)*$", re.I)
_ADDED_TO = re.compile(r"\s+(?:on\s+)?to\s+(?![^\s\d]{0,4}\s?\d)", re.I)  # not "added 5% to $1.2 billion": a rise
_WHOLE_END = re.compile(r"[,;:.()]|\s(?:and|while|but)\s")  # where the whole after "N% of" ends
# after "N% of", the two parties' trade with each other as the whole: "of bilateral turnover", "of two-way trade"
_BILATERAL_WHOLE = re.compile(r"\s+(?:the\s+|their\s+|its\s+)?(?:total\s+)?(?:bilateral|two-way|mutual)\b", re.I)


# after a multiplier, a comparison with another flow or partner, not with another time: "fifteen times more from
# India than it sells there", "three times as much as from Brazil" (not "three times more than in 2015")
_RATIO_AFTER = re.compile(r"\s+(?:more|as\s+much|larger|bigger|greater)\b(?:[^.;:]{0,60}?\b(?:than|as)\s+"
                          r"(?:(?:it|they|we|he|she)\b(?!\s+(?:was|were|did|had|used)\b)|(?:its|their|from|to|with)\b)"
                          r"|\s*$)",  # (or the end of a headline: "..., yet Ruritania still buys eight times more")
                          re.I)  # not the flow's own past: "five times larger than they were in 2015"


def claim_measure(sentence: str, q: Quantity, rel_start: int, rel_end: int, context: bool = False) -> str:
    """The measure of the figure at sentence[rel_start:rel_end]: the nearest fitting cue, its own clause first.
    A figure said to be one country's ("between Colombia's US$5.4 billion and ...") takes no cue said to be
    another's ("while Mexico's exports are valued FOB"). `context`: the text is the figure's paragraph read for
    a bare figure ("the council's goal of £50 billion"), where a cue naming one good's flow ("as British car
    sales to Canada stall") is no measure of it."""
    c = cues()
    lex = c.lex
    if q.quantity == "multiplier" and _RATIO_AFTER.match(sentence, rel_end):
        return "unclassified"  # "buys twelve times more from Chile than it sells there": two flows' ratio, no growth
    if (q.quantity == "percent" and _ADDED_TO.match(sentence, rel_end)
            and _ADDED_BEFORE.search(sentence, max(0, rel_start - 40), rel_start)):
        return "unclassified"  # "could add another 15-25% to the official numbers": an uplift, no share
    if _SECTOR_OWNED.search(sentence, max(0, rel_start - 80), rel_start):
        return "unclassified"  # "the leather sector's 14.2 per cent rise": one industry's figure, not the flow's
    want = "money" if q.quantity == "money" else "percent"
    if q.bound == "range" and (opener := _RANGE_OPENER.search(sentence, max(0, rel_start - 12), rel_start)):
        rel_start = opener.start()  # "to between $4.8 billion and $5 billion": the range's figure opens at "between"
    lo, hi = _clause(sentence, rel_start, rel_end)
    growthy = q.quantity == "multiplier" or (
        q.quantity in ("percent", "pp")
        and ((q.quantity == "percent" and bool(_against_base(sentence, rel_end)))
             or (_says_growth(sentence) and not _PART_OF.match(sentence, rel_end)))
        and not (q.quantity == "percent" and _share_level().search(sentence, lo, rel_start))
    )  # "42.1% of Mexico's total imports", "70% of what we sell": a part of a whole, never a growth rate; "Japan's
    # share of Brazil's exports rose to 29.8%" (or "stood at 12% over 2024"): the share's level
    if growthy and _SINCE_YEAR.match(sentence, rel_end):
        return "unclassified"  # "commerce has shrunk by 37% since 2021": a change over years, no year's growth
    best: tuple[float, int, str] | None = None
    titled = _title_case(sentence)
    # "Imports rose 0.8 percent to EUR 20,986 million, so that the surplus ...": the level a change reached is
    # the changing measure's, named before the verb; a cue after the figure names another figure
    changed = q.quantity == "money" and bool(_changed_to().search(sentence, lo, rel_start)) and any(
        g.start() >= lo for g in c.growth.finditer(sentence, 0, rel_start))
    goods = [g.span() for g in c.product.finditer(sentence, 0, rel_start)
             if not _NON_AND.search(sentence, max(0, g.start() - 30), g.start())] if context else []
    owner = _OWNER_BEFORE.search(sentence, max(0, rel_start - 40), rel_start)
    found = _measure_cues(sentence)
    asides = _asides(sentence, rel_start, found)
    # "..., according to annual trade statistics": the words naming a source are no measure of a figure (unless
    # no other names one)
    sourced = [a.span("who") for a in c.according.finditer(sentence) if c.source_cue.search(a.group("who"))]
    # "climbed 6.8% to €57.9 million in 2023 (2022: €54.2 million), whereas imports ...": a base labelled with its own
    # time in brackets is the figure's before it, of the measure named before the bracket
    labelled = bool(_LABEL_BEFORE.search(sentence, max(0, rel_start - 42), rel_start)) and bool(
        _CLOSES.match(sentence, rel_end))
    for m in found:
        if labelled and m.start() >= rel_end:
            continue
        if any(a <= m.start() < b for a, b in goods):
            continue  # "car sales", "exports of coffee": one good's flow, not the bare figure's measure
        if any(a <= m.start() < b for a, b in asides):
            continue  # "Exports to Chile, mostly ore sold on spot terms, rose to", "Exports (domestic plus
            # re-exports)": an aside on what the flow named before it holds
        if _in_non_trade(sentence, m.start()):
            continue  # "the fiscal deficit widened to 5.7%": no trade balance
        if owner and (other := _OWNER_OF_CUE.search(sentence, max(0, m.start() - 40), m.start())) and _owners_apart(
                owner.group("owner"), other.group("owner"), _partner_after(sentence, m.end())):
            continue  # "Mexico's exports ..., the gap between Colombia's US$5.4 billion and ...": another's flow
        if _balance_head().search(sentence, max(0, m.start() - 40), m.start()):
            continue  # "the surplus on that trade was worth ...": the trade the balance is of, not the figure's measure
        if c.compound.match(sentence, m.end()) or (m.start() > 1 and sentence[m.start() - 1] == "-"
                                                    and sentence[m.start() - 2].isalpha()):
            continue  # "its largest trading partner", "re-exports": a compound naming something else
        if (not titled and sentence[m.start()].isupper() and not m.group(0).isupper()
                and not _OPENS.search(sentence, 0, m.start())):
            continue  # a capital inside a sentence is a name's word: "the Industry, Trade and Services Ministry" (an
            # acronym is none: "real GDP grew")
        if m.start() >= rel_end and (lead := _leads_on().get(q.quantity)) and lead.match(sentence, m.end()):
            continue  # "..., narrowing the trade deficit with it to $6.25 billion": that cue has a figure of its own
        if (m.start() >= rel_end and q.quantity == "money" and _balance_leads_on().match(sentence, m.end())
                and any(n in lex.balance_measures for n in c.measure_of[m.group(0).lower()])):
            continue  # "grew to 4.2 billion euros, leaving Hungary with a surplus of about 270 million euros": the
            # balance's own figure, its currency named after the amount
        dist = rel_start - m.end() if m.end() <= rel_start else m.start() - rel_end
        if m.end() <= rel_start:  # an aside between the cue and the figure is no distance ("Imports from Austria,
            # chiefly vans, pumps and dyes, came to ...")
            dist -= sum(b - a for a, b in asides if m.end() <= a and b <= rel_start)
        dist = max(dist, 0) + (0 if m.end() <= rel_start else 15)  # a cue before the figure binds tighter
        if (growthy and m.end() <= rel_start
                and _SHARE_WHOLE_BEFORE.search(sentence, max(0, m.start() - 60), m.start())
                and not _WHICH_RATE.fullmatch(sentence, m.end(), rel_start)
                and all(c.lex.measures[n].arity == 1 for n in c.measure_of[m.group(0).lower()] if n in c.lex.measures)):
            continue  # "exports to Latvia totalled EUR 4.3 billion, or 10.5 per cent of total exports, and increased
            # by 3.0 per cent": a share's whole is no rate's measure after it (a ranking's money may take it); a
            # whole that is the flow itself is ("Shipments to Peru took 19.5% of Chile's exports and rose 6.6%")
        if any(a <= m.start() < b for a, b in sourced):
            dist += 300
        if m.start() >= hi and _RATE_OF_BEFORE.search(sentence, hi, m.start()):
            continue  # "The 2023 figure was $4.2 billion, and Chile now buys 31% of Bolivia's exports": the
            # whole of a later clause's share
        if m.end() <= lo or m.start() >= hi:
            dist += 500  # a cue in another clause ("..., while imports rose") binds loosest
        elif changed and m.start() >= rel_end:
            dist += 250
        if m.start() >= rel_end and _result().search(sentence, rel_end, m.start()):
            continue  # "They came to €118 million, leaving Ruritania with a large surplus": what it led to
        if m.start() >= rel_end and _cause_opener().search(sentence, rel_end, m.start()):
            dist += 1000  # "..., mostly on account of weaker cocoa imports": what it came from, the figure's measure
            # only when nothing else names one ("Growth of 9% is expected, helped by diesel re-exports")
        if m.start() >= rel_end and _means().search(sentence, rel_end, m.start()):
            if _ANAPHOR.match(sentence):
                continue  # "That was a 9% rise on 2023, helped by diesel re-exports": the measure
                # of the figure before, which the sentence points back to
            dist += 1000  # "$3 billion by 2030 via new rail links and the easing of trade": how, not what
        names = c.measure_of[m.group(0).lower()]
        if (want == "money" and _whole_of().search(sentence, max(0, m.start() - 40), m.start())
                and not _DIRECTED.match(sentence, m.end()) and not _DIRECTED.match(sentence, rel_end)):
            # "all German exports, which totalled ...", "total Chilean imports": the country's flow to the world,
            # the measure whose cue is "total exports" (a rate "of all Chilean exports" is a share: left as it was)
            names = c.measure_of.get(f"total {m.group(0).lower()}", names)
        elif (want == "money" and m.start() >= rel_end and _OF_FLOW.fullmatch(sentence, rel_end, m.start())
              and owner is not None
              and not _DIRECTED.match(sentence, m.end())):
            # "beside Brazil's US$ 339.7 billion of merchandise exports in 2023": a country's own flow, to no
            # partner, the measure whose cue is "total exports"
            names = c.measure_of.get(f"total {m.group(0).lower().split()[-1]}", names)
        elif (want == "money" and m.end() <= rel_start and _which_came_to().fullmatch(sentence, m.end(), rel_start)
              and _RATE_OF_BEFORE.search(sentence, max(0, m.start() - 60), m.start())):
            # "the destination for 12% of Ruritania's exports, which totalled about $5.4 billion": the whole a share
            # is of, the country's flow to the world
            names = c.measure_of.get(f"total {m.group(0).lower()}", names)
        for name in names:
            meas = lex.measures[name]
            if meas.unit_type not in (want, "any"):
                continue
            if meas.whole_cues and m.group(0).lower() in meas.whole_cues and not _PART_OF.match(sentence, rel_end):
                continue  # "Norway takes about 11 percent of Peru's exports" is a share; "took a 5% hit" none
            if want == "percent":
                is_growth = meas.growth_of is not None
                if (meas.share_of or meas.level) and is_growth is False:
                    pass
                elif is_growth != growthy:
                    continue
            score = (dist, -meas.priority, name)
            if best is None or score < best:
                best = score
    whole = _PART_OF.match(sentence, rel_end)
    stop = _WHOLE_END.search(sentence, whole.end()) if whole else None
    if best is None:
        # "..., accounting for 12.4% of total exports", "or 21.0% of total turnover", "the destination of 5.6% of all
        # Slovak goods exports": a rate of a country's whole flow is a partner's share of it, whatever the verb (not
        # of a flow to a partner, "93% of its exports to Japan": one good's part of it; nor a change)
        if want == "percent" and whole and not growthy and " ".join(q.text.lower().split()) not in lex.fractions:
            return _share_of_whole(sentence, whole.end(), stop.start() if stop else len(sentence))
        return "unclassified"
    if whole and lex.measures[best[2]].share_of and not c.measure.search(
            sentence, whole.end(), min(whole.end() + 50, stop.start() if stop else len(sentence))):
        return "unclassified"  # "about 90% of Indonesia's car market": a share of something other than trade
    end = min(whole.end() + 50, stop.start() if stop else len(sentence)) if whole else 0
    if whole and lex.measures[best[2]].share_of and (_BILATERAL_WHOLE.match(sentence, whole.end()) or (
            (cue := c.measure.search(sentence, whole.end(), end)) and _whole_to_partner(sentence, cue, end))):
        return "unclassified"  # "purchases make up over 85% of bilateral turnover", "61% of what Peru sold to the
        # Americans": the flows' mix, no partner's share of a country's trade; "Germany accounted for 31.5% of
        # Austria's trade with EU member states": a share of a part, which a share of the whole would be set against
    return best[2]


def _share_of_whole(sentence: str, start: int, stop: int) -> str:
    """The share of the one-direction flow named in `sentence[start:stop]` (after "N% of"), by its first measure
    cue within 50 characters: "total exports" a share of exports, "the country's imports" of imports. None
    ("unclassified") for a flow to or from a partner or a region ("of its exports to Japan": one good's part of it;
    "of Spanish sales to the continent"), one good's
    ("of Oman's crude exports"), and for trade both ways, whose owner a trade share does not record ("of Vietnam's
    total trade" and "of Laos's total trade" are two wholes)."""
    c = cues()
    end = min(start + 50, stop)
    cue = c.measure.search(sentence, start, end)
    if cue is None or _whole_to_partner(sentence, cue, end) or c.product.search(sentence, start, cue.end()):
        return "unclassified"
    lex = c.lex
    for level in c.measure_of[cue.group(0).lower()]:
        share = next((name for name, meas in lex.measures.items() if level in meas.share_of and meas.direction), None)
        if share is not None:
            return share
    return "unclassified"


def _whole_to_partner(sentence: str, cue: re.Match[str], end: int) -> bool:
    """Whether a share's whole, from its flow's cue to `end`, is a flow with a partner or a region: "exports to
    Peru", "imports from Asia", "trade with Japan", "what Brazil sold to the Americans" (not the owner of a flow:
    "exports from Poland", "imports to Kenya"; nor "to the world")."""
    lex = cues().lex
    ways = {lex.measures[n].direction for n in cues().measure_of[cue.group(0).lower()] if n in lex.measures}
    owner = {"export": "from", "import": "to"}
    return any(m.group(1).lower() not in {owner.get(w or "") for w in ways}
               for m in _TO_PARTNER.finditer(sentence, cue.start(), end))


_TO_PARTNER = re.compile(r"\s(to|from|with)\s+(?!the\s+(?:world|rest\s+of\s+the\s+world)\b)", re.I)


@cache
def _balance_head() -> re.Pattern[str]:
    """Right before a measure cue, a balance whose complement it is: "the surplus on that trade", "a deficit in
    its bilateral trade" (the one-word cues of the balance measures kg:BalanceCues names)."""
    lex = cues().lex
    words = {w for name in lex.balance_measures if name in lex.measures for w in lex.measures[name].cues if " " not in w}
    return re.compile(rf"\b(?:{alternation(words) or '(?!)'})\s+(?:on|in|of)\s+(?:(?:the|that|this|its|their|our|his|her)\s+)?"
                      r"(?:[a-z-]+\s+)?$", re.I)


# between a share's whole and a rate of it: "of Chile's total exports, which climbed 9.1 percent": the
# relative clause is the whole's, and so is the rate
_WHICH_RATE = re.compile(r"\s*,\s*which\s+(?:[a-z]+\s+){1,3}", re.I)
# right before a share's whole: "10.5 per cent of total exports", "19.5% of South Korea's exports"
_SHARE_WHOLE_BEFORE = re.compile(r"\d\s?(?:%|per\s?cent|percent|pct|pc)\s+of\s+(?:the\s+|all\s+|its\s+|their\s+)?"
                                 r"(?:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?['’]s\s+)?(?:[a-z-]+\s+){0,2}$")


# between a flow cue and a bracket glossing it: nothing, a partner or what the flow is of ("Exports to the DRC
# (domestic plus re-exports)", "exports of goods (including re-exports)")
_GLOSSED = re.compile(r"\s*(?:(?:to|from|with)\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*\s*"
                      r"|of\s+(?:[a-z]+\s+){0,2}?(?:goods|products|merchandise|services|commodities)\s*)?")


def _asides(sentence: str, rel_start: int, found: Sequence[re.Match[str]]) -> list[tuple[int, int]]:
    """Spans before the figure at `rel_start` that gloss a measure cue named before them: a bracket right after
    a cue, its partner or its goods ("Exports (domestic + re-exports)"), and a comma-set aside opened by kg:AsideCues after
    a cue and closed by the last comma before the figure ("Re-exports to Goma, mostly fuel bought abroad and
    sold on, slid to")."""
    out: list[tuple[int, int]] = []
    for b in re.finditer(r"\(([^()]*)\)", sentence[:rel_start]):
        if any(m.end() <= b.start() and (g := _GLOSSED.match(sentence, m.end(), b.start())) is not None
               and g.end() == b.start() for m in found):
            out.append(b.span())
    if o := next(reversed(list(aside_opener().finditer(sentence, 0, rel_start))), None):  # the figure's own aside
        close = aside_close(sentence, o.end(), rel_start)
        # (not past another figure: "exports, led by tea, came to $0.9 billion, while imports - mainly maize, sugar
        # and milk - were about $0.5 billion" is the first figure's aside)
        if close > o.end() and any(m.end() <= o.start() for m in found):
            out.append((o.start(), close))
    return out




@cache
def _which_came_to() -> re.Pattern[str]:
    """From a flow cue to the figure of a relative clause on it: ", which totalled about "."""
    # (a qualifier between them: "exports excluding diamonds, which totalled")
    return re.compile(rf"(?:\s+(?:excluding|including|except)\s+(?:[\w-]+\s+){{0,2}}?[\w-]+)?,\s*which\s+(?:[a-z]+\s+){{1,2}}?"
                      rf"{hedge_slot()}", re.I)


_RATE_OF_BEFORE = re.compile(r"\d\s*(?:%|per\s?cent|percent)\s+of\s+(?:[\w'’-]+\s+){0,3}$", re.I)  # "74% of X's "


# a sentence pointing back to the figure before: "That was a 9% rise", "This represents a gain of 6%"
_ANAPHOR = re.compile(r"\W*(?:That|This|It)\s+(?:was|is|represents|represented|marks|marked|meant|means)\b")


@lru_cache(maxsize=1)
def _means() -> re.Pattern[str]:
    """kg:MeansCues: the words opening a phrase of how a figure is reached ("through", "via")."""
    return re.compile(rf"\b(?:{alternation(cues().lex.means_cues) or '(?!)'})\b", re.I)


@lru_cache(maxsize=1)
def _result() -> re.Pattern[str]:
    """kg:ResultCues: the words opening a phrase of what a figure led to ("leaving")."""
    return re.compile(rf",\s*(?:{alternation(cues().lex.result_cues) or '(?!)'})\b", re.I)


@lru_cache(maxsize=64)  # keyed by the sentence alone: hashing a compiled pattern hashes its whole program
def _measure_cues(sentence: str) -> tuple[re.Match[str], ...]:
    """`cues().measure.finditer(sentence)`, kept: each figure of a sentence asks for its measure cues again."""
    return tuple(cues().measure.finditer(sentence))


@lru_cache(maxsize=64)
def _says_growth(sentence: str) -> bool:
    """Whether `sentence` holds a growth cue, kept: each figure of a sentence asks again."""
    return cues().growth.search(sentence) is not None


# after a flow cue or its figure, a partner: "Total German exports to France" is the bilateral flow, not the world's
# (so is "..., including €160 billion to the US")
_DIRECTED = re.compile(r"\s+(?:to|from|with)\s+(?:the\s+)?[A-Z]")
_OF_FLOW = re.compile(r"\s+of\s+(?:[a-z-]+\s+)?")  # "... billion of merchandise exports"


@cache
def _whole_of() -> re.Pattern[str]:
    """Right before a flow cue, a word making it one country's flow to or from the world: "all" ("all German
    exports", "of all exports"), or "total" or "overall" before a demonym ("total Chilean imports")."""
    demonyms = alternation(cues().lex.demonyms)
    return re.compile(rf"(?:\ball\s+(?:(?:{demonyms})\s+)?|\b(?:total|overall)\s+(?:{demonyms})\s+)$", re.I)


@cache
def _share_level() -> re.Pattern[str]:
    """A share measure's one-word cue ("share") before the figure, with "to", "at" or "of" right before it: the
    share's level, whatever verb moved it ("share of Swiss exports dropped to 14.9%", "Korea's share of Chile's
    exports has fallen from a peak of 19.4% in 2020 to 15.2%")."""
    words = {cue for m in cues().lex.measures.values() if m.share_of for cue in m.cues if " " not in cue}
    return re.compile(rf"\b(?:{alternation(words)})\b(?:[^.;]|(?<=\d)\.(?=\d)){{0,100}}?\s(?:to|at|of)\s+"
                      rf"{hedge_slot()}$", re.I)


@lru_cache(maxsize=256)
def _country_named(name: str) -> str | None:
    found = {e.entity for e in find_places(name) if e.type == "country"}
    return found.pop() if len(found) == 1 else None


_PARTNER_AFTER = re.compile(r"\s+(?:to|from|with)\s+(?:the\s+)?(?P<p>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})")


def _partner_after(sentence: str, at: int) -> str:
    """The partner a flow cue ending at `at` names right after it ("imports from Hungary"), else ""."""
    m = _PARTNER_AFTER.match(sentence, at)
    return m.group("p") if m else ""


def _owners_apart(owner: str, cue_owner: str, after_cue: str) -> bool:
    """Whether a figure's owner ("Colombia's US$5.4 billion") and a measure cue's ("Mexico's exports") are two
    countries, the figure's no partner of the cue's flow ("Germany's imports from Hungary ..., while Hungary's
    €30 billion" is that flow, as Hungary counts it; "Ankara's $9 billion" after "Türkiye's imports" is Türkiye's)."""
    a, b = _country_named(owner), _country_named(cue_owner)
    return a is not None and b is not None and a != b and (not after_cue or a != _country_named(after_cue))


_NON_AND = re.compile(r"\bnon-[\w-]+\s+(?:and|&)\s+$", re.I)  # "non-oil and gas exports": no one good's flow


# between a country and its own figure: "Colombia's US$5.4 billion", "Egypt's roughly $820 million" (not a verb:
# "while Uganda's fell to $200 million" leaves the measure elided)
_POSSESSES = re.compile(r"['’]s\s+(?:(?:own|about|around|roughly|some|nearly|almost|just|over|under)\s+)?")
# a name's possessive right before a figure, or before a measure cue ("Mexico's exports", "Mexico's total exports")
_OWNER_BEFORE = re.compile(r"\b(?P<owner>[A-Z][\w-]*)" + _POSSESSES.pattern + "$")
_OWNER_OF_CUE = re.compile(r"\b(?P<owner>[A-Z][\w-]*)['’]s\s+(?:[a-z-]+\s+){0,2}$")


# what may stand before a sentence's (or a dateline's text's) first word: "NAIROBI, Jan. 29 (AFP) -- Trade ..."
_OPENS = re.compile(r"(?:^|[-–—:]|[.!?][\"”’')\]]*\s)[\s\"“‘'(\[*•#]*$")


@lru_cache(maxsize=64)  # asked again for each figure of the sentence (`claim_measure`)
def _title_case(sentence: str) -> bool:
    """A headline in title case ("India's Exports To UK Rise 12.5 Pc"): most of its words are capitalised."""
    words = [w for w in sentence.split() if w[:1].isalpha()]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


_CLAUSE_BREAK = re.compile(r"(?:[;:]|,\s*(?:even\s+as|even\s+though|while|whereas|but|and|although|though|as(?!\s+[a-z]+(?:ed|en|wn)\b)|suggesting|indicating|signall?ing|meaning|of\s+which)\b"
                           r"|\s(?:while|whereas|but|and\s+that)\s)", re.I)  # ", suggesting trade ... is recovering", ", meaning
# ...": a comment; ", of which trade with Laos made up ...": a part of the figure before, with a figure of its own; "said
# that sales had risen 7.2 percent and that it foresaw ...": a second thing said (not ", as recorded by the
# statistics office,": an aside on the figure)


@lru_cache(maxsize=64)  # a figure's clause is asked for by its measure, parties and period
def _clause(sentence: str, rel_start: int, rel_end: int) -> tuple[int, int]:
    """The clause around a figure: between the nearest clause breaks (', while', '; ', ' but ')."""
    lo = 0
    for m in _CLAUSE_BREAK.finditer(sentence, 0, rel_start):
        lo = m.end()
    nxt = _CLAUSE_BREAK.search(sentence, rel_end)
    return lo, nxt.start() if nxt else len(sentence)


def _party_order(ents: Sequence[EntityMention], rel: int, strong: set[int], doc_parties: Sequence[str] = ()) -> list[str]:
    """Parties by relevance: those the document is about or the trade words attach to, then the rest."""
    top = set(doc_parties[:2])
    ranked = sorted(ents, key=lambda e: abs(e.start - rel) + (0 if e.entity in top or e.start in strong else 10_000))
    out: list[str] = []
    for e in ranked:
        if e.entity not in out:
            out.append(e.entity)
    return out


# a place trade words attach to: "trade with Y", "between X and Y", the second of "X-Y trade"
# (lower case: a sentence opening "With OPEC+ cuts ..." attaches nothing)
_ATTACHED_BEFORE = re.compile(r"(?:\b(?:with|between|and|to|from|by|in)\s+(?:the\s+)?(?:[a-z][a-z]*-[a-z]+\s+)?"
                              r"|(?<=[^\W\d_])[-–])$")  # "with the six-nation Gulf Cooperation Council"
_ATTACHED_AFTER = re.compile(r"^(?:['’]s\b|-|\s+and\b)")


# the agent of a passive ("the 15% rate negotiated by the European Union"): no party a measure attaches to
_AGENT_BEFORE = re.compile(r"\b[a-z]+ed\s+by\s+(?:the\s+)?(?:[a-z][a-z]*-[a-z]+\s+)?$")
_OF_WHICH_BEFORE = re.compile(r"\bof\s+which\s*$", re.I)
# before a clause's subject (after a short phrase the sentence opens with: "Across Central America, Guatemala ...")
_SUBJECT_START = re.compile(r"\W*(?:(?-i:[A-Z])[^,;:.()]{0,40},\s+)?(?:the\s+)?", re.I)
_PLACED_IN = re.compile(r"\W*(?:in|for)\s+(?:neighbouring\s+|neighboring\s+|nearby\s+)?", re.I)  # "In neighbouring "
# what a place compared against follows ("Vietnam overtook Thailand as ..."): the place is no party
_COMPARED = re.compile(r"\b(?:overt(?:ook|aken|aking|akes)|surpass(?:ed|ing|es)?|outpac(?:ed|ing|es)|outstrip(?:ped|ping|s)?"
                       r"|displac(?:ed|ing|es)|replac(?:ed|ing|es)|ahead\s+of|than"
                       r"|(?:partner|supplier|market|destination|buyer|customer|source)s?\s+after)\s+(?:the\s+)?$", re.I)

# a country whose flow a relative clause gives ("... behind Norway, whose trade with Peru came to $9 billion")
_WHOSE = re.compile(r",?\s+whose\s", re.I)

# services added to a flow named before ("Add services, ... and the relationship is worth more than $45 billion")
_ADDS_SERVICES = re.compile(r"\b(?:add(?:ing)?|plus|including|include|counting)\s+(?:in\s+)?(?:trade\s+in\s+)?services\b", re.I)
_PART_OF_TOTAL = re.compile(r"\s+of\s+(?:the|that|this|the\s+overall)\s+(?:total|sum|whole)\b", re.I)


@cache
def _part_verb() -> re.Pattern[str]:
    return re.compile(rf"\b{PART_VERBS}\s+{hedge_slot()}$", re.I)


_RELATIVE_OF = re.compile(r"\s*,\s*(?:which|who|that)\s+[^,;:()]*$", re.I)


def _rival_of(text: str, places: Sequence[EntityMention], compared: frozenset[int], fig: int) -> EntityMention | None:
    """The country compared against whose relative clause holds the figure ("ahead of Brazil, which took US$2.12
    billion"), or None."""
    for p in places:
        if p.start in compared and p.type == "country" and p.end <= fig and _RELATIVE_OF.fullmatch(text, p.end, fig):
            return p
    return None


def _possessive(text: str, end: int) -> bool:
    """Whether a name ending at `end` is in the possessive: "Peru's", "Honduras'" (a name ending in s)."""
    return text.startswith(("'s", "’s"), end) or (end > 0 and text[end - 1] == "s" and text.startswith(("'", "’"), end)
                                                  and not text.startswith(("'s", "’s"), end))


def claim_parties(measure: str, sentence_places: Sequence[EntityMention], fig: int,
                  doc_parties: Sequence[str], text: str = "", clause: tuple[int, int] | None = None,
                  home: Callable[[], str | None] | None = None) -> tuple[str, ...]:
    """The parties of a figure: the countries its measure attaches to, else the document's pair.

    For a two-party measure, the country that is the subject of the figure's own `clause` (absolute offsets)
    comes before the document's default pair. (A country compared against, "Vietnam overtook Thailand as ...", is
    no party: `assemble` leaves it out of `sentence_places`.)
    """
    lex = cues().lex
    arity = lex.measures[measure].arity if measure in lex.measures else 0
    strong = set(_strong_places(text, tuple((e.start, e.end) for e in sentence_places)))
    near = _party_order(sentence_places, fig, strong, doc_parties)
    # (a clause ", of which exports were ..." is a part of the flow its sentence named before: its places too)
    own_lo = 0 if clause is None or _OF_WHICH_BEFORE.search(text, max(0, clause[0] - 12), clause[0]) else clause[0]
    top = set(doc_parties[:2])
    primary = [p for p in near if p in top] + [
        p for p in near if p not in top and any(e.entity == p and e.start in strong for e in sentence_places
                                                if clause is None or own_lo <= e.start < clause[1])
    ]  # (a third place in another clause is another thing's: "..., as importers buy ahead of the next EU tariffs")
    if arity == 1:
        if clause is not None and (owner := next((e.entity for e in reversed(sentence_places) if e.type == "country"
                                                  and clause[0] <= e.start and e.end <= fig
                                                  and _possessive(text, e.end)), None)):
            return (owner,)  # "Peru's total foreign trade came to $90 billion, of which trade with Chile ...":
            # the country whose flow the figure's clause names
        if clause is not None and (antecedent := next((e.entity for e in sentence_places if e.type == "country"
                                                       and e.end <= fig and (w := _WHOSE.match(text, e.end)) is not None
                                                       and clause[0] <= w.end() <= fig), None)):
            return (antecedent,)  # "Norway, whose exports to the world hit NOK 1,900 billion": the relative clause's
        if not near and home is not None and (country := home()) and country in doc_parties[:2]:
            return (country,)  # "Export turnover reached $212.4 billion" in a release on Thailand's trade: its own
        return tuple(primary[:1] or near[:1] or doc_parties[:1])
    if arity == 2 and (ranked := _ranked_partner(sentence_places, fig, doc_parties, text, home)) is not None:
        return ranked
    if arity == 2 and clause is not None and _is_share(measure) and (
            pair := _share_subject_pair(sentence_places, fig, text, clause, home)):
        return pair
    if arity == 2 and clause is not None and len(doc_parties) >= 2 and _the_pair(sentence_places, fig, text, clause):
        return tuple(sorted(doc_parties[:2]))
    if arity == 2 and clause is not None and (whose := next(
            (e for e in sentence_places if e.type == "country" and e.end <= fig
             and (w := _WHOSE.match(text, e.end)) is not None and clause[0] <= w.end() <= fig), None)):
        others = [e.entity for e in sentence_places if e.type == "country" and e.entity != whose.entity
                  and whose.end < e.start and e.end <= clause[1]]
        if others:
            return tuple(sorted((whose.entity, others[0])))  # "..., behind Norway, whose trade with Peru
            # reached $47.2 billion": the country the relative clause is of, and its partner
    if arity == 2 and clause is not None:
        # the figure's own clause names the pair itself ("Turkey's trade with the five Central Asian states ...,
        # and Kazakhstan alone accounted for 46% of it"): its places win over the document's pair
        own = list(dict.fromkeys(e.entity for e in sentence_places if clause[0] <= e.start and e.end <= clause[1]))
        if len(own) == 2 and any(e.start in strong and e.entity not in top for e in sentence_places
                                 if clause[0] <= e.start and e.end <= clause[1]):
            return tuple(sorted(own))
    if (arity == 2 and clause is not None and home is not None and lex.measures[measure].direction
            and (third := _third_partner(sentence_places, strong, top, clause))
            and (country := home() or next((e.entity for e in sentence_places if e.entity in top and e.start < clause[0]
                                            and not PARTNER_BEFORE.search(text, max(0, e.start - 12), e.start)), None))
            and country in top and country != third):
        return tuple(sorted((third, country)))  # "Peru took 9.5% of Chile's exports, while exports to the United
        # States rose to $127.8 billion": the flow's own clause names its partner, a third country (the home, else
        # the earlier clause's own side: "Danish exports to Germany fell ..., while exports to the US rose 15.9%")
    if arity == 2:
        got = primary[:2]
        if (not got and clause is not None and home is not None and lex.measures[measure].direction
                and (subject := next((e for e in sentence_places if e.type == "country" and e.entity not in top
                                      and clause[0] <= e.start < fig
                                      and _SUBJECT_START.fullmatch(text, clause[0], e.start)), None))
                and (country := home()) in top and country != subject.entity):
            return tuple(sorted((subject.entity, country)))  # "Japan stayed the biggest buyer with purchases of $2.08
            # billion" in a Montevideo story on Uruguay's trade with Argentina: Japan's flow with the home country
        if clause is not None and len(got) == 1:
            # the clause's subject, or the country a sentence opens by placing it in ("In neighbouring Chile,
            # imports from Bolivia dropped to about $0.8 billion": Chile's)
            named = [e for e in sentence_places if e.type in ("country", "bloc") and e.entity not in got
                     and clause[0] <= e.start and e.end <= clause[1]
                     and (_SUBJECT_START.fullmatch(text, clause[0], e.start) or _PLACED_IN.fullmatch(text, clause[0], e.start))]
            if named:
                got.append(min(named, key=lambda e: abs(e.start - fig)).entity)
        if (len(got) == 1 and home is not None and lex.measures[measure].direction and {e.entity for e in sentence_places} == set(got)
                and (country := home()) and country not in got and country in doc_parties[:3]):
            got.append(country)  # "exports to Romania" in a release on Moldova's trade: Moldova's, not the EU's
        stated = got[:1]  # the party the figure's own sentence names, when it names one
        for p in [*doc_parties[:2], *near]:
            if len(got) >= 2:
                break
            if p not in got and not (stated and _member_of(lex, stated[0], p)):
                got.append(p)
        if len(got) == 1 and home is not None and (country := home()) and country not in got:
            got.append(country)  # a statistics office's "exports to GB": the other party is its own country
        return tuple(sorted(got))
    if arity == 0 and clause is not None and (pair := _share_subject_pair(sentence_places, fig, text, clause, home)):
        return pair  # a share of a part of a country's trade ("Germany accounted for 31.5% of Austria's trade with
        # EU member states") is left unclassified, and is still the two countries' figure
    return tuple(sorted(near[:2]))


# a share's subject and its verb: "The Republic of Korea accounted for 31.4% of ..."
# (a supplier's or a buyer's verb too: "Brazil alone supplies about 17 percent of Kenya's imports")
_SHARE_SUBJECT_VERB = re.compile(rf"\s+(?:alone\s+)?(?:{PART_VERBS}|suppl(?:ies|ied|y)|provide[sd]?|takes|took|buys|bought|"
                                 r"absorb(?:s|ed)?)\b", re.I)


def _share_subject_pair(places: Sequence[EntityMention], fig: int, text: str, clause: tuple[int, int],
                        home: Callable[[], str | None] | None) -> tuple[str, ...] | None:
    """The pair of a share whose clause opens with a country that accounts for it ("The Republic of Korea
    accounted for 31.4% of Chile's trade with APEC members and for 12.6% of the country's total foreign
    trade"): that country, and the one whose whole it is (the possessive after the figure, else the
    document's home country for "the country's"); a bloc the whole is traded with is no party. None otherwise."""
    subject = next((e for e in places if e.type == "country" and clause[0] <= e.start < fig
                    and _SUBJECT_START.fullmatch(text, clause[0], e.start)
                    and _SHARE_SUBJECT_VERB.match(text, e.end)), None)
    if subject is None:
        return None
    owner = next((e.entity for e in places if e.type == "country" and e.start > fig and e.entity != subject.entity
                  and text.startswith(("'s", "’s"), e.end) and e.start - fig < 40), None)
    if owner is None and _THE_COUNTRY.search(text, fig, min(clause[1], fig + 40)) and home is not None:
        owner = home()
    return tuple(sorted((subject.entity, owner))) if owner and owner != subject.entity else None


def _member_of(lex: Lexicon, one: str, other: str) -> bool:
    """Whether `other` is a bloc `one` belongs to ("Trade with Germany" in a release on Serbia's trade with the
    EU is not Germany's trade with the union it belongs to): no pair of a flow. Not the other way round: a member
    trades with its own bloc ("Exports to the EU rose 2%" in a story on Hungary's trade is Hungary's)."""
    b = lex.countries.get(other)
    return bool(b and one in b.members)


def _third_partner(places: Sequence[EntityMention], strong: set[int] | frozenset[int], top: set[str],
                   clause: tuple[int, int]) -> str | None:
    """The one country a flow's clause attaches to ("exports to the United States"), when it is neither of the
    document's pair and the clause names no other place."""
    inside = [e for e in places if clause[0] <= e.start and e.end <= clause[1]]
    names = {e.entity for e in inside}
    if len(names) != 1 or not any(e.start in strong and e.type == "country" for e in inside):
        return None
    (name,) = names
    return None if name in top else name


@lru_cache(maxsize=16)  # the same for each figure of a sentence
def _strong_places(text: str, spans: tuple[tuple[int, int], ...]) -> frozenset[int]:
    """The starts of the places (`spans`) a figure's measure attaches to strongly ("exports to Chile", "Peru's")."""
    return frozenset(s for s, e in spans
                     if (_ATTACHED_BEFORE.search(text[max(0, s - 30) : s]) and not _AGENT_BEFORE.search(text[max(0, s - 40) : s]))
                     or _ATTACHED_AFTER.match(text[e : e + 6]))


# the document's pair named without a place: "two-way trade between the two West African countries", "both sides"
_PAIR_PHRASE = re.compile(r"\b(?:bilateral|two-way|(?:the|both)\s+two\s+(?:[A-Z][\w-]*\s+){0,3}(?:countries|nations|"
                          r"neighbou?rs|economies|sides|governments)|both\s+(?:countries|nations|sides|economies))\b", re.I)


def _the_pair(places: Sequence[EntityMention], fig: int, text: str, clause: tuple[int, int]) -> bool:
    """Whether a figure's clause names the pair by a phrase alone before it ("two-way trade between the two
    West African countries was worth $2.4 billion, a fraction of Ghana's commerce with Japan"; "With
    Washington's tariffs ..., I expect bilateral trade to slip to US$36 billion"): no place stands within a few
    words of the phrase, but one that only qualifies another noun ("the drag from U.S. tariffs could hold
    two-way trade to about RM375 billion", "a Singapore-based bank"), so the places of the sentence are of
    something else."""
    after = _FIGURE_OF.match(text, fig, clause[1])  # "$25 billion of bilateral trade by 2030": the phrase after it
    phrases = [*_PAIR_PHRASE.finditer(text, clause[0], fig), *([m] if after and (m := _PAIR_PHRASE.match(
        text, after.end())) else [])]
    for m in phrases:
        if not any(m.start() - 40 <= e.end and e.start <= m.end() + 40 and not _qualifies(text, e, places)
                   for e in places):
            return True
    return False


_MODIFIER = re.compile(r"-based\b|\s+(?!(?:and|or|to|with|as|in|is|was|has|had)\b)[a-z][a-z-]*\b(?!['’]s)")
# a figure's words up to "of" or "in" before the noun it counts: "$40 billion of ", "US$50 billion in the "
_FIGURE_OF = re.compile(r"\S+(?:\s+[a-z]+){0,2}?\s+(?:of|in)\s+(?:the\s+)?")


def _qualifies(text: str, e: EntityMention, places: Sequence[EntityMention]) -> bool:
    """Whether a place only qualifies another noun (`_MODIFIER`: "a Singapore-based bank", "U.S. tariffs"), alone
    or as the first of a hyphened pair that does ("the ASEAN-Chile agreement review")."""
    if _MODIFIER.match(text, e.end):
        return True
    return text[e.end : e.end + 1] in ("-", "–") and any(
        o.start == e.end + 1 and _MODIFIER.match(text, o.end) for o in places)


# a partner listed with its figure: "Chile ... with $11.2 billion", "Kazakhstan ($3.2 billion)"
_LISTED = r"\s*(?:\(|(?:[^\d\n.;()]{0,60}?\s)?with\s+|:\s*)(?:(?:about|around|nearly|some|roughly|almost)\s+)?"
_LISTED_WITH = re.compile(_LISTED + "$")
_LISTED_FIGURE = re.compile(_LISTED + r"(?:[A-Z]{0,3}\$|[€£¥₹]|[A-Z]{3}\s?\d)")


def _ranked_partner(places: Sequence[EntityMention], fig: int, doc_parties: Sequence[str], text: str,
                    home: Callable[[], str | None] | None) -> tuple[str, ...] | None:
    """The pair of a figure in a ranking of partners ("Chile remained the country's largest trading partner
    with $11.2 billion, followed by Peru with $8.6 billion. Kazakhstan ($3.2 billion) ..."): the partner
    listed with it, and the document's home country (else the one of the document's pair) that no figure of
    the list names. None when the sentence lists fewer than two partners with figures, or no other party is
    known."""
    if len(places) < 2:
        return None
    listed = [e for e in places if e.type == "country" and e.end <= fig and fig - e.end < 80
              and _LISTED_WITH.match(text[e.end : fig]) and not any(o.start >= e.end and o.end <= fig for o in places)]
    if not listed:
        return None
    own = listed[-1]
    figures_after = [e for e in places if e.type == "country" and _LISTED_FIGURE.match(text, e.end)]
    names = {e.entity for e in figures_after} | {own.entity}
    if len(names) < 2:
        return None
    country = home() if home else None
    others = [country] if country and country not in names else [p for p in doc_parties[:2] if p not in names]
    return tuple(sorted((own.entity, others[0]))) if len(others) == 1 else None


@cache
def _world_words() -> re.Pattern[str]:
    """What makes a two-party measure one party's own ("overall", "global", "with the world"): the words the
    lexicon's one-party measure cues add to a two-party cue ("overall trade" = "overall" + "trade")."""
    lex = cues().lex
    pair_cues = sorted({c.lower() for m in lex.measures.values() if m.arity == 2 for c in m.cues}, key=len, reverse=True)
    words: set[str] = set()
    for m in lex.measures.values():
        if m.arity != 1 or m.level:  # "import duty" makes no world word of "duty"
            continue
        for cue in m.cues:
            c = f" {cue.lower()} "
            inner = next((p for p in pair_cues if f" {p} " in c), None)
            if inner is None:
                continue
            for part in c.split(f" {inner} ", 1):
                if part.strip():
                    words.add(part.strip())
    return re.compile(rf"\b(?:{alternation(words)})\b") if words else re.compile(r"(?!)")


def _is_share(measure: str) -> bool:
    """A share's "of total global trade" is its whole, not its scope."""
    m = cues().lex.measures.get(measure)
    return bool(m and m.share_of)


@cache
def _between() -> re.Pattern[str]:
    """The pair named in a clause: "between France and Germany", "total exports to Chile", "total merchandise trade
    with Indonesia", "between the two countries" (kg:PairNouns)."""
    # ("between the Republic of Ruritania and the Grand Duchy of Freedonia": "of" inside a name)
    return re.compile(r"\bbetween\s+(?:the\s+)?[A-Z][\w.’'-]*(?:\s+(?:of\s+)?[A-Z][\w.’'-]*){0,3}\s+and\s+(?:the\s+)?[A-Z]"
                      r"|\b(?i:total\s+(?:exports|shipments)\s+to|total\s+imports\s+from)\s+(?:the\s+)?[A-Z]"
                      # "total trade in goods with Croatia", "total merchandise trade with Indonesia", "foreign trade
                      # turnover with Latvia"
                      r"|\b(?i:(?:total|foreign|external|overall)\s+(?:[a-z]+\s+){0,2}?trade\s+(?:turnover\s+)?"
                      r"(?:in\s+[a-z]+\s+)?with)\s+(?:the\s+)?[A-Z]"
                      # the pair named by a phrase: "between the two countries", "between both sides"
                      r"|\b(?i:between\s+(?:the\s+two|both)\s+)(?:[A-Z][\w-]*\s+){0,3}"
                      rf"(?i:{alternation(load_lexicon().pair_nouns) or '(?!)'})\b")


_DASHED = re.compile(r"\s?[-–—]\s?")


def _pair_compound(masked: str, places: Sequence[EntityMention], s: int, clause: tuple[int, int]) -> bool:
    """Whether the figure's clause names two places joined by a dash right before a one-party total's world word
    ("the Kenya–Britain total trade of £4 billion"): the compound is the pair, so the total is the pair's trade."""
    inside = [p for p in places if clause[0] <= p.start - s and p.end - s <= clause[1]]
    for a in inside:
        for b in inside:
            if (a.entity != b.entity and a.end <= b.start and _DASHED.fullmatch(masked, a.end - s, b.start - s)
                    and (gap := re.compile(r"\s+").match(masked, b.end - s)) and _world_words().match(masked, gap.end())):
                return True
    return False


_OF_WITH = re.compile(r"\s+with\s+(?:the\s+)?(?:(?:[A-Z][\w'’]*\s+){1,2}of\s+(?:the\s+)?)?")  # "with the Republic of"
_OF_BEFORE = re.compile(r"\b(?:of|for)\s+(?:the\s+)?$", re.I)
# "with China and India", "with Russia, China and Italy": more than one partner
_PARTNER_GOES_ON = re.compile(r"\s*(?:(?i:and)\b|&|,\s*(?:the\s+)?[A-Z])")


def _owner_with_partner(masked: str, places: Sequence[EntityMention], s: int, clause: tuple[int, int], fig: int) -> bool:
    """Whether the figure's clause names a one-party total's owner and then its partner before the figure ("the
    foreign trade turnover of Tajikistan with China amounted to ..."): the total is the pair's trade."""
    inside = [p for p in places if clause[0] <= p.start - s and p.end - s <= fig and p.type == "country"]
    return any(a.entity != b.entity and a.end <= b.start and _OF_WITH.fullmatch(masked, a.end - s, b.start - s)
               and _OF_BEFORE.search(masked, max(0, a.start - s - 12), a.start - s)
               and not _PARTNER_GOES_ON.match(masked, b.end - s) for a in inside for b in inside)


@cache
def _pair_measures() -> dict[str, str]:
    """Each one-party measure whose cue holds a two-party cue ("total trade" = "total" + "trade"), mapped to
    that two-party measure: what the figure is when the clause names the pair ("between X and Y")."""
    lex = cues().lex
    by_cue: dict[tuple[str, str], str] = {}
    for m in sorted(lex.measures.values(), key=lambda m: (m.priority, m.name)):  # the lowest priority number wins
        if m.arity == 2:
            for c in m.cues:
                by_cue.setdefault((c.lower(), m.unit_type), m.name)
    out: dict[str, str] = {}
    for m in lex.measures.values():
        if m.arity != 1 or m.level:  # a tariff's "import duty" is no import total
            continue
        for cue in m.cues:
            words = cue.lower().split()
            spans = [" ".join(words[i:j]) for i in range(len(words)) for j in range(len(words), i, -1)]
            inner = next((by_cue[(w, m.unit_type)] for w in spans if (w, m.unit_type) in by_cue), None)
            if inner:
                out.setdefault(m.name, inner)
    return out


def _one_party_scope(measure: str, parties: tuple[str, ...], world_of: dict[int, str], si: int, named: bool,
                     masked: str, clause: tuple[int, int], places: Sequence[EntityMention], s: int, fig: int,
                     pair_before: bool = False, pair_said: bool = False) -> tuple[str, tuple[str, ...]]:  # fmt: skip
    """A figure's measure and parties once one country's own totals are told from the pair's trade.

    `world_of` maps each sentence to the country of a one-party total it states; later figures of that
    sentence whose clause names no place, and a following sentence that names none, keep that scope ("X's total
    exports fell 1.2% ..., while imports dropped 2.8%"; "... . The value of imports reached $241.9 billion").
    """
    lone = world_of.get(si) or (None if named else world_of.get(si - 1))
    if lone and not named:
        world_of[si] = lone
    placeless = not any(s + clause[0] <= p.start and p.end <= s + clause[1] for p in places)
    if lone and placeless and _PAIRED.search(masked, clause[0], clause[1]):
        lone = None  # "the two governments had agreed to raise bilateral trade to US$30 billion": the pair's
    if lone and placeless and (one_party := _one_party_of().get(measure)):
        return one_party, (lone,)
    if lone and placeless and measure in cues().lex.balance_measures:
        return measure, (lone,)  # "..., resulting in a trade surplus of USD 6.5 billion": the country's own
    if lone and placeless and _world_words().search(masked, clause[0], clause[1]):
        return measure, (lone,)  # "..., while the country's overall trade balance showed a deficit of $8.2bn"
    if (own := _antecedent_total(measure, masked, places, s, fig)) is not None:
        return _one_party_of().get(measure, measure), (own,)  # "... of total Dutch goods exports, which amounted to X"
    if (own := _share_whole(measure, masked, places, s, fig)) is not None:
        return _one_party_of().get(measure, measure), (own,)  # "2% of Chile's record exports of $99bn": Chile's own
    if (own := _own_flow(measure, masked, places, s, fig, pair_before, pair_said)) is not None:
        world_of[si] = own
        return _one_party_of().get(measure, measure), (own,)  # "The value of Indonesia's exports reached $283bn"
    if len(parties) == 1 and measure in _pair_measures():
        world_of[si] = parties[0]
    return measure, parties


_PAIRED = re.compile(r"\b(?:bilateral|two-way|two\s+(?:countries|governments|sides|nations)|both\s+(?:countries|"
                     r"governments|sides|nations))\b", re.I)


_NAME_GOES_ON = re.compile(r"[ \t]+[A-Z][a-z]")  # a place inside an institution's name: "South African Revenue Service"
@cache
def _partner_noun() -> re.Pattern[str]:
    """A partner named by a noun after a flow (kg:PartnerNouns): "to the Gulf nation", "from the Asian giant", "to
    its neighbour"; or "across the border" (to the neighbour), or a capitalised name not known as a place ("exports
    to Jordan")."""
    return re.compile(rf"\s+(?:to|from|with)\s+{_partner_phrase()}"
                      r"|\s+across\s+the\s+border\b|\s+(?:to|from)\s+(?:the\s+)?[A-Z]", re.I)


@cache
def _to_partner_noun() -> re.Pattern[str]:
    """A flow whose partner a noun names, not a name: "exports to the neighbouring country", "imports from the Gulf
    state"."""
    return re.compile(rf"\b(?:{_flow_alt()})\s+(?:to|from)\s+{_partner_phrase()}", re.I)


@cache
def _partner_phrase() -> str:
    """A partner named by a noun (kg:PartnerNouns) after "the", "its", "their" or "our", up to two words before
    it: "the Gulf nation", "its southern neighbour" (the pattern the partner-noun searches share)."""
    return rf"(?:the|its|their|our)\s+(?:[\w-]+\s+){{0,2}}?(?:{alternation(cues().lex.partner_nouns) or '(?!)'})\b"


def _last_cue(sentence: str, lo: int, hi: int, measure: str) -> str | None:
    """The last cue of `measure` in sentence[lo:hi], lower case."""
    c = cues()
    found = [m.group(0).lower() for m in c.measure.finditer(sentence, lo, hi) if measure in c.measure_of[m.group(0).lower()]]
    return found[-1] if found else None


_WHICH_BEFORE = re.compile(r",\s*(?:which|that)\s+(?:[a-z]+\s+){1,3}?(?:to|at|of)?\s*(?:(?:about|around|nearly|some)\s+)?$", re.I)


# the same clause's figure, then a rate in apposition to it: "..., which reached EUR 384,467 million in 2024, 0.2
# percent more than in 2023" (the rate is of that total too)
_WHICH_REACH = 200  # characters of a relative clause before its figure that are searched
_WHICH_FIGURE_BEFORE = re.compile(r",\s*(?:which|that)\s+(?:[a-z]+\s+){1,3}?(?:to|at|of)?\s*(?:[^,;:()]|,(?=\d))*?\d(?:[^,;:()]|,(?=\d))*,\s*$", re.I)


def _antecedent_total(measure: str, sentence: str, places: Sequence[EntityMention], s: int, fig: int) -> str | None:
    """The country of a one-party total a figure's relative clause describes: "Belgium accounted for 12% of total
    Dutch goods exports, which amounted to EUR 736.7 billion" (the figure is the Netherlands' own exports)."""
    if measure not in _one_party_of():
        return None
    lo = max(0, fig - _WHICH_REACH)  # a bounded look back: both patterns end at the figure and backtrack
    rel = _WHICH_BEFORE.search(sentence, lo, fig) or _WHICH_FIGURE_BEFORE.search(sentence, lo, fig)
    if rel is None:
        return None
    head = sentence[max(0, rel.start() - 60) : rel.start()]
    if not _world_words().search(head):
        return None
    for e in sorted(places, key=lambda e: -e.start):
        at = e.end - s
        if e.type == "country" and rel.start() - 60 <= e.start - s and at <= rel.start():
            tail = sentence[at : rel.start()]
            if (_flow_words().fullmatch(tail) or (_demonym_flow(sentence, e, s) and _flow_nouns().fullmatch(tail))):
                return e.entity
            return None
    return None


# a share's whole right before a figure: "<n>% of Chile's record exports of", "2.9 per cent of Peru's total trade worth"
_SHARE_OF = re.compile(r"\d\s*(?:%|per\s?cent|percent)\s+of\s+(?:the\s+)?$", re.I)
# (the flow's noun may run on by one word before "of": "Kenya's total export earnings of $8 billion")
_WHOLE_GOES_ON = re.compile(r"\s+(?:(?:[a-z]+\s+)??(?:of|at|worth|totall?ing|valued\s+at)\s+)?(?:(?:about|around|nearly|some|roughly|almost|"
                            r"over|more\s+than|an\s+estimated)\s+)?$", re.I)


def _share_whole(measure: str, sentence: str, places: Sequence[EntityMention], s: int, fig: int) -> str | None:
    """The country whose own total a figure is when it is the whole a share is taken of: "Peru accounted for
    1.2% of Chile's record exports of $99 billion" (a share's whole is one country's trade with the world,
    whatever partner the sentence names). The flow must follow the possessive with no partner in between."""
    if measure not in _one_party_of():
        return None
    for e in sorted(places, key=lambda e: -e.start):
        at, start = e.end - s, e.start - s
        if e.type != "country" or at > fig:
            continue
        if not _SHARE_OF.search(sentence, max(0, start - 40), start):
            return None
        m = _whole_flow(measure).match(sentence, at)
        if m is None or not _WHOLE_GOES_ON.fullmatch(sentence, m.end(), fig):
            return None
        return e.entity
    return None


@cache
def _whole_flow(measure: str) -> re.Pattern[str]:
    """A possessive, at most three lower-case words and a cue of `measure`: "'s record exports"."""
    return re.compile(rf"['’]s\s+(?:[a-z-]+\s+){{0,3}}?(?:{alternation(cues().lex.measures[measure].cues)})\b", re.I)


_LATER_CLAUSE = re.compile(r"[;:(]|,\s")  # after a figure, where its clause may end (not "1,108.6")
# a clause after a figure naming whose count it is: ", according to Kenyan customs data", ", Dominican figures show"
_SOURCE_AFTER = re.compile(r",\s+(?:(?:according\s+to|citing|data\s+from|figures\s+from|statistics\s+from)\b[^,;:()]*"
                           r"|(?:[\w’'-]+\s+){0,5}?(?:data|figures|statistics|customs|service|office|bureau|ministry|"
                           r"agency)\s+(?:show|shows|showed|said|says|say|indicate|indicates|indicated)\b[^,;:()]*)",
                           re.I)


def _own_flow(measure: str, sentence: str, places: Sequence[EntityMention], s: int, fig: int,
              pair_before: bool = False, pair_said: bool = False) -> str | None:
    """The country whose own exports or imports a figure is: the sentence names one country only, as the
    possessive of the flow ("The value of Indonesia's exports ... reached US$282.91 billion"), no partner.
    `pair_before`: the sentence before, in the same paragraph, names the document's pair; `pair_said`: it states
    the pair's trade ("two-way trade stood at $612.4 million")."""
    meas = cues().lex.measures.get(measure)
    pair_before = pair_before and len({p.entity for p in places}) == 1  # "..., 1.2 billion of it to Finland": its own
    if (meas and meas.direction and (pair_before or pair_said)
            and _opposite_with_partner(meas.direction, sentence, places, s, fig)):
        return None  # "Latvian exports climbed 7.3% to $512.6 million, and purchases from Estonia totalled $288.1
        # million": the sentence tells the pair's two flows apart, so the first is to that partner too
    cut = _LATER_CLAUSE.search(sentence, fig) if places else None
    while cut is not None and (src := _SOURCE_AFTER.match(sentence, cut.start())) is not None:
        cut = _LATER_CLAUSE.search(sentence, src.end())  # "..., according to Kenyan customs data": the partner's
        # own count of the flow names it, and is no other flow
    if places and cut is not None:
        # a place after the figure's clause is of another flow: "South Korea's exports hit $683.8 billion in 2024
        # on the back of chip demand, with shipments to Peru posting their first gain"
        places = [p for p in places if p.start - s < cut.start()]
    if not meas or len({p.entity for p in places}) != 1 or places[0].type != "country" or places[0].end - s > fig:
        return None
    # the mention the flow follows, not a dateline's city before it ("MONTEVIDEO - Uruguay's exports ...")
    p = next((q for q in places if q.end - s <= fig and (_flow_words().match(sentence, q.end - s)
                                                         or _demonym_flow(sentence, q, s)
                                                         or _subject_flow().match(sentence, q.end - s)
                                                         or _flow_of_country(sentence, q, s))),
             places[0])
    if meas.direction and measure in _one_party_of():
        if _flow_of_country(sentence, p, s) and not _PAIRED.search(sentence):
            return p.entity  # "Export earnings of Sri Lanka ... stood at US$ 13.1 billion": its own, no partner named
        m = _flow_words().match(sentence, p.end - s) or _demonym_flow(sentence, p, s)
        if m is None and (v := _subject_flow().match(sentence, p.end - s)) is not None and v.end() <= fig:
            # "Estonia exported goods for 16.2 billion euros": the subject's own flow, unless a partner noun follows
            # the verb ("exported $5 billion to its neighbour") or the sentence, or the one before it in its
            # paragraph, speaks of the pair ("Trade between Croatia and Slovenia reached EUR 7.4 billion. Croatia
            # exported goods for EUR 2.9 billion and imported goods for EUR 4.5 billion.")
            if (_partner_object().search(sentence, v.end(), fig + 60) or _PAIRED.search(sentence) or pair_before
                    or _quantity_of_good().search(sentence, p.start - s, fig)):
                return None  # "Colombia sold its southern neighbour $1.87 billion worth of goods"; "Mongolia
                # exported a record 83.7 million tonnes of coal ..., earning USD 8.6 billion": one good's
            return p.entity
        if m and (_partner_noun().match(sentence, m.end()) or _PAIRED.search(sentence)
                  or _with_pair_trade(sentence, p.start - s)):
            return None  # "India's exports to the Gulf nation": a partner, named by a noun; "bilateral trade of
            # SR16.7 billion, with Saudi exports of SR12.1 billion": the pair's
        verb = _verb_of_figure().search(sentence, max(p.end - s, fig - 30), fig) if m is None else None
        if (verb is not None and not pair_before and not _PAIRED.search(sentence)
                and _VERBS_OF_SUBJECT.fullmatch(sentence, p.end - s, verb.start())
                and not _NAMED_PARTNER.search(sentence, p.end - s) and not _partner_object().search(sentence, p.end - s)
                and not flow_good(sentence, fig)):
            return p.entity  # "Kenya imported around $21.3 billion of goods in 2024 and exported barely $4.6
            # billion": the subject's own flows (its verbs', no other subject's), no partner named
        return p.entity if m else None
    if meas.arity == 2 and meas.unit_type == "money" and any(
            _own_balance(measure).match(sentence, q.end - s) for q in places
            if q.end - s <= fig and not PARTNER_BEFORE.search(sentence, max(0, q.start - s - 12), q.start - s)):
        return p.entity  # "Indonesia's trade balance records a surplus of $41 billion": with the world (any mention
        # of the one country may hold it: "LIMA, Feb 3 - Peru closed 2024 with a surplus of"); not a partner's
        # ("The balance with Japan recorded a deficit of $2 billion": the pair's)
    return None


_WITH_BEFORE = re.compile(r",\s*with\s+(?:the\s+)?$")


def _with_pair_trade(sentence: str, at: int) -> bool:
    """Whether the flow at `at` elaborates the pair's two-way trade stated before it in its sentence, in a
    clause opened by ", with": "turnover should reach about $9 billion, with Peruvian exports of $6 billion"
    (a two-way measure's cue: no direction, no balance)."""
    if _WITH_BEFORE.search(sentence, max(0, at - 12), at) is None:
        return False
    c = cues()
    spans = [m.span() for m in c.measure.finditer(sentence, 0, at)]
    if any(not any(a <= w.start() and w.end() <= b for a, b in spans)
           for w in _world_words().finditer(sentence, 0, at)):
        return False  # "total trade with all countries came to ..., with Chilean exports of": its own
    for a, b in spans:
        named = [(n, c.lex.measures.get(n)) for n in c.measure_of[sentence[a:b].lower()]]
        if all(meas is not None and meas.arity == 2 and meas.direction is None and n not in c.lex.balance_measures
               for n, meas in named) and any(meas and meas.unit_type == "money" for _, meas in named):
            return True  # (the cue's money measure: "turnover" names its growth too)
    return False


def _names_pair(text: str, before: tuple[int, int], s: int, ctx: DocContext) -> bool:
    """Whether the sentence `before`, in the paragraph of the sentence starting at `s`, names both of the
    document's pair ("Trade between Croatia and Slovenia reached ...")."""
    top = set(ctx.doc_parties[:2])
    if len(top) != 2 or "\n" in text[before[0] : s].strip():
        return False
    return top <= {p.entity for p in _in(ctx.places, ctx.place_starts, before[0], before[1])}


@cache
def _partner_object() -> re.Pattern[str]:
    """A partner named by a noun (kg:PartnerNouns), object or end of a flow: "sold its southern neighbour", "to the
    Gulf state"."""
    return re.compile(rf"\b{_partner_phrase()}", re.I)


@cache
def _subject_flow() -> re.Pattern[str]:
    """A flow verb right after its subject, a country (kg:FlowVerbs), whose object is goods in general: " exported
    goods for", " imported merchandise worth" (not "exported a record 83.7 million tonnes of coal")."""
    return re.compile(rf"\s+(?:(?:also|only|just|had)\s+)?(?:{_flow_verbs()})\s+(?:goods|merchandise|products)\b",
                      re.I)


# between a country and the flow verb of its figure, nothing but a verb of its before ("Kenya imported around
# $21.3 billion of goods in 2024 and exported"): the country is the verb's subject (not "Swedish companies sold")
_VERBS_OF_SUBJECT = re.compile(r"\s*|\s+[a-z]+ed\b[^,;:]{0,80}?\band\s+", re.I)


@cache
def _verb_of_figure() -> re.Pattern[str]:
    """A flow verb right before a figure, a hedge between ("imported around ", "exported barely ")."""
    return re.compile(rf"\b(?:{_flow_verbs()})\s+{hedge_slot()}$", re.I)


@cache
def _own_balance(measure: str) -> re.Pattern[str]:
    """A possessive right before a balance of the measure: "'s trade surplus", "'s overall trade balance"; or the
    country closing a period with it: " closed 2024 with a trade surplus"."""
    words = [c for c in cues().lex.measures[measure].cues if "surplus" in c or "deficit" in c or "gap" in c]
    if not words:
        return re.compile(r"(?!)")
    # "Brazil closed 2024 with a trade surplus of", "Kenya ended the year with a record deficit": the subject's own
    # "South Korea posted a trade surplus of": the subject's own, when the sentence names no other country
    return re.compile(rf"(?:['’]s\s+|\s+(?:closed|ended|finished)\s+[^,;.]{{0,30}}?\bwith\s+(?:a|an|its)\s+"
                      rf"|\s+(?:posted|recorded|registered|logged|booked|ran)\s+(?:a|an|its)\s+(?:record\s+)?)"
                      rf"(?:[a-z-]+\s+){{0,2}}?(?:{alternation([*words, 'trade balance'])})\b", re.I)


@cache
def _one_party_of() -> dict[str, str]:
    """Each two-party measure's one-party counterpart (exports -> total_exports): _pair_measures reversed."""
    return {pair: one for one, pair in _pair_measures().items()}


_GAP_BREAK = re.compile(r"[,;:()]|\b(?:and|while|but|from|to)\b")


_OF_A_PERIOD = re.compile(r"(?:\b(?:19|20)\d\d|\byear|\bquarter|\bhalf|\bmonths?)\s+$", re.I)


def _world_scope(masked: str, clause: tuple[int, int], places: Sequence[EntityMention], s: int) -> bool:
    """Whether a two-party figure is one country's own: its clause names one country and says "overall",
    "global", "with the world" outside every two-party measure cue ("total bilateral trade" stays two-party).

    The words are lower case (a sentence may start with one): "Foreign Minister" is a title, not a scope.
    """
    lo, hi = clause
    countries = {e.entity for e in places if e.type == "country" and lo <= e.start - s and e.end - s <= hi}
    if len(countries) != 1 or _PAIRED.search(masked, lo, hi):
        return False  # "bilateral trade of around $240 billion for 2025 as a whole" is the pair's
    c = cues()
    arity = {name: m.arity for name, m in c.lex.measures.items()}
    spans = [(m.span(), any(arity[n] == 2 for n in c.measure_of[m.group(0).lower()]))
             for m in c.measure.finditer(masked, lo, hi)]
    for m in _world_words().finditer(masked, lo, hi):
        if masked[m.start()].isupper() and masked[lo : m.start()].strip():
            continue
        if _OF_A_PERIOD.search(masked, max(lo, m.start() - 12), m.start()):
            continue  # "in 2024 as a whole", "the year as a whole": a whole period, not the world
        if any(a <= m.start() and m.end() <= b for (a, b), pair in spans if pair):
            continue  # part of a two-party cue: "total bilateral trade"
        if any(pair and 0 <= a - m.end() <= 12 and masked[a:b].lower().endswith(("with", "between"))
               for (a, b), pair in spans):
            continue  # before one, a word apart: "total formal trade with Uganda" is the pair's
        # it qualifies a measure: before its cue ("overall U.S. trade deficit") or after ("deficit with the world")
        if any(0 <= a - m.end() <= 25 or 0 <= m.start() - b <= 8
               or (0 <= m.start() - b <= 40 and not _GAP_BREAK.search(masked, b, m.start())) for (a, b), _ in spans):
            return True  # "... a trade surplus of R85.6 billion with the rest of the world": after its figure
    return False


# a place named as where a flow is looked at from ("seen from Nairobi", "viewed from Lima"), not where goods come from
_VIEWPOINT_FROM = re.compile(r"\b(?:seen|viewed|looked\s+at|looking|watched)\s+from$")


def _direction(measure: str, sentence: str, places: Sequence[EntityMention], base: int,
               parties: tuple[str, ...], fig: int = 0) -> tuple[str | None, str | None]:
    """(exporter, importer) of a directional figure: "exports to Y" / "imports from X" name the partner; else
    the country whose flows the sentence reports (a possessive before a flow word) at or before `fig`."""
    meas = cues().lex.measures.get(measure)
    if not meas or not meas.direction or len(parties) != 2:
        return None, None
    # the partner nearest before the figure first: "Spanish exports to Senegal to rise to around €400 million,
    # and Senegal's sales to Spain to reach about €520 million"
    for e in sorted(places, key=lambda e: (e.start - base > fig, abs(fig - (e.start - base)))):
        pre = sentence[max(0, e.start - base - 20) : e.start - base].lower().rstrip().removesuffix(" the")
        if (pre.endswith("according to") or sentence.startswith(("'s", "’s"), e.end - base)
                or _NAME_GOES_ON.match(sentence, e.end - base)):
            continue  # "According to India's commerce ministry, India's exports to Tanzania ...", "data from the
            # South African Revenue Service": a source, no destination
        if _VIEWPOINT_FROM.search(pre):
            continue  # "Seen from Nairobi, Kenya imported ...": a viewpoint, no origin of the goods
        if e.start - base > fig and _CLAUSE_BREAK.search(sentence, fig, e.start - base):
            continue  # "Ghana sold us goods worth $410 million, while we sold $95 million to Ghana": the next
            # clause's partner
        if (meas.direction == "export" and pre.endswith(" to")) or (meas.direction == "import" and pre.endswith(" from")):
            other = next((p for p in parties if p != e.entity), None)
            if e.entity in parties and other:
                return (other, e.entity) if meas.direction == "export" else (e.entity, other)
    # a figure said to be one country's ("between Peru's US$3.2 billion and Chile's US$3.0 billion"): that
    # country counts the flow, so it is the exporter of exports and the importer of imports
    for e in places:
        if (e.entity in parties and fig > e.end - base and _POSSESSES.fullmatch(sentence, e.end - base, fig)
                and not _SHARE_OF.search(sentence, max(0, e.start - base - 40), e.start - base)):
            # (not "0.8% of Brazil's US$337 billion in exports": a share's whole is the country's own total)
            other = next((p for p in parties if p != e.entity), None)
            if other:
                return (e.entity, other) if meas.direction == "export" else (other, e.entity)
    # no "to"/"from": the country whose flows the sentence reports ("Kenya's imports from X rose ..., while
    # exports to the Asian giant grew ..."), nearest before the figure, is the exporter of its exports
    flow = _flow_words()
    for e in sorted(places, key=lambda e: -e.start):
        if e.start - base > fig or e.entity not in parties:
            continue
        owned = _POSSESSOR_BEFORE.search(sentence, 0, e.start - base)
        if owned and (owner := next((p.entity for p in places if p.end - base == owned.start()
                                     and p.entity in parties and p.entity != e.entity), None)):
            if flow.match(sentence, e.end - base) or _demonym_flow(sentence, e, base) or _actor_verb().match(
                    sentence, e.end - base, max(e.end - base, fig)):
                # "Japan's Australian imports fell 6.5%": the possessor's flow, the named country its partner
                return (owner, e.entity) if meas.direction == "export" else (e.entity, owner)
        if flow.match(sentence, e.end - base) or _demonym_flow(sentence, e, base):
            other = next((p for p in parties if p != e.entity), None)
            if other:
                return (e.entity, other) if meas.direction == "export" else (other, e.entity)
        verb = _actor_verb().match(sentence, e.end - base, max(e.end - base, fig))
        if verb:  # "In 2025 Colombia sold its southern neighbour $1.87 billion": the seller exports
            other = next((p for p in parties if p != e.entity), None)
            # the last flow word before the figure is its verb ("... sold X and bought about $1.19 billion")
            *_, last = _actor_verb().finditer(sentence, verb.start(), max(verb.end(), fig))
            seller = last["verb"] in _export_words()
            if other:
                return (e.entity, other) if seller else (other, e.entity)
    # the partner of the trade the flow is part of, before it: "trade with the Republic of Korea amounted to USD
    # 14.2 billion, of which exports were USD 8.1 billion": the exports go to the partner, the imports come from it
    for e in places:
        if e.entity in parties and e.end - base <= fig and _TRADE_WITH.search(
                sentence, max(0, e.start - base - 24), e.start - base):
            other = next((p for p in parties if p != e.entity), None)
            if other:
                return (other, e.entity) if meas.direction == "export" else (e.entity, other)
    # the opposite flow said before it, with its partner: "exports to Japan rose 8% to US$33.6 billion and imports
    # grew 1.7% to US$46.9 billion" (imports from Japan), "imports from Chile fell, while exports edged up"
    opposite = _import_words() if meas.direction == "export" else _export_words()
    word = " from" if meas.direction == "export" else " to"
    for e in sorted(places, key=lambda e: -e.start):
        if e.start - base > fig or e.entity not in parties:
            continue
        pre = sentence[max(0, e.start - base - 30) : e.start - base].lower().rstrip().removesuffix(" the")
        other = next((p for p in parties if p != e.entity), None)
        if other and pre.endswith(word) and pre.removesuffix(word).rsplit(maxsplit=1)[-1:] and (
                pre.removesuffix(word).rsplit(maxsplit=1)[-1] in opposite):
            return (other, e.entity) if meas.direction == "export" else (e.entity, other)
        # the opposite flow's verb, its goods and figure between it and the partner: "sold goods worth $3 billion
        # to Peru last year, while importing goods worth $2 billion" (the imports come from Peru)
        said = _verb_then_partner().search(sentence, max(0, e.start - base - 80), e.start - base)
        if other and said and said["verb"].lower() in opposite and said["prep"].lower() == word.strip():
            return (other, e.entity) if meas.direction == "export" else (e.entity, other)
        break
    # the goods named by their origin: "the archipelago bought $86 million worth of Tongan goods" (Tonga
    # exports them, whichever way the flow is named)
    for e in places:
        if (e.entity in parties and sentence[e.start - base : e.end - base].lower() in _demonyms()
                and _ORIGIN_GOODS.match(sentence, e.end - base)
                and (_FLOW_OF.search(sentence, max(0, e.start - base - 40), e.start - base)
                     or (0 < e.start - base - fig <= 40 and _directional_verbs().search(sentence, max(0, fig - 40), fig)))):
            # (a flow's goods: "bought $86 million worth of Tongan goods", "imports of Kenyan produce"; not "$4
            # billion worth of Turkish goods crossed Georgia in transit", nor another figure's goods)
            other = next((p for p in parties if p != e.entity), None)
            if other:
                return e.entity, other
    return None, None


_FLOW_OF = re.compile(r"\b(?:imports?|exports?|inflows?|purchases|sales|shipments|deliveries)\s+of\s+(?:[a-z-]+\s+)?$", re.I)


@cache
def _directional_words() -> frozenset[str]:
    """The one-word cues of the directional money measures ("bought", "imported", "sold", "exports")."""
    return frozenset(c for m in cues().lex.measures.values() if m.direction and m.unit_type == "money" for c in m.cues
                     if " " not in c)  # fmt: skip


@cache
def _directional_verbs() -> re.Pattern[str]:
    """A one-word cue of a directional money measure, as a whole word."""
    return re.compile(rf"\b(?:{alternation(_directional_words())})\b", re.I)


_ORIGIN_GOODS = re.compile(r"\s+(?:[a-z-]+\s+)?(?:goods|products|merchandise|produce|commodities)\b")


def _after_last_figure(sentence: str, lo: int, hi: int) -> int:
    """Where the words after the last figure of sentence[lo:hi] start (`lo` when it holds none): a whole-year word
    before another figure is that figure's ("expects full-year exports to reach $25 billion, ... after shipments
    fell 3% in the first half of 2026": the 3% is the half year's)."""
    return max((m.end() for m in _DIGIT.finditer(sentence, lo, hi)), default=lo)


_TRADE_WITH = re.compile(r"\btrade\s+with\s+(?:the\s+)?$", re.I)


@cache
def _verb_then_partner() -> re.Pattern[str]:
    """A directional flow verb (the lexicon's one-word cues), then what was traded and its worth with no clause
    break, then "to"/"from" right before a partner: "sold goods worth $3 billion to "."""
    return re.compile(rf"\b(?P<verb>{alternation(_directional_words())})\s+(?:[^,;:()]|,(?=\d)){{0,60}}?\s(?P<prep>to|from)\s+"
                      r"(?:the\s+)?$", re.I)


# a share's whole: "of" and up to six words before its flow word ("of the country's imports", "of everything
# Taiwan sells abroad", "of Vietnam's total exports to Japan"), within the clause
_SHARE_OF_BEFORE = re.compile(r"\bshare\s+(?:of|in)\s+(?:(?!(?:and|or|but|while|than|which|that|was|is|were|stood|rose|fell)\b)"
                              r"[\w'’.]+(?:-[\w'’.]+)*(?:[ \t]+|$|(?=[,;:)]))){1,7}", re.I)  # "share of Peru's exports, however,"
_SHARE_PART = re.compile(r"share\s+of\s+(?:the\s+)?", re.I)
_SHARE_PART_IN = re.compile(r"\s+in\s+", re.I)
# the whole a share is of, named as what the partner is a destination or a source of, before the figure: "the
# leading destination for Saudi non-oil exports with a share of 17%", "the top supplier of Kenya's imports, with a 9%
# share" (a share whose "of" is the figure itself, "a share of 17%", names no whole of its own)
_ROLE_OF_BEFORE = re.compile(r"\b(?:destination|market|outlet|buyer|source|supplier|origin)s?\s+(?:for|of)\s+"
                             r"(?:(?!(?:and|or|but|while|than|which|that|with|was|is|were|at)\b)[\w'’.-]+"
                             r"(?:[ \t]+|$|(?=[,;:)]))){1,6}",
                             re.I)
# the partner named as a ranked role of a country's ("Tunisia's second-largest supplier", "Peru's biggest market"; not
# one good's, "Peru's main tea supplier"): the share is of the possessor's imports (a supplier, a source) or exports
# (a market, a buyer)
_ROLE_POSSESSED = re.compile(r"['’]s\s+(?:(?:[a-z]+-)?(?:largest|biggest|main|leading|top|principal|major|most|"
                             r"important|key|single|first|second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))\s+){0,2}"
                             r"(?:trading\s+)?(?P<role>supplier|source|market|destination|buyer|customer|client)s?\b"
                             r"(?![\w-])(?!\s+shares?\b)", re.I)  # (not "Peru's market share", "Peru's tea market")
_SUPPLIER_ROLES = ("supplier", "source")
_IS_BEFORE = re.compile(r"\b(?:is|was|remains?|remained|became|becomes|has\s+become|ranks?|ranked|stays?|stayed|as)"
                        r"\s+(?:still\s+)?(?:the\s+)?$", re.I)
_WHOLE_OF = re.compile(r"\s+of\s+(?:(?!(?:and|or|but|while|than|which|that|as|in|on|by|for|from|after|since|amid|"
                       r"because|when|where|with|at|was|is|were)\b)[\w'’.-]+(?:[ \t]+|$|(?=[,;:)]))){1,7}",
                       re.I)  # (the whole may end at a comma: "a share of 14% of total imports, behind ...")


@cache
def _directional_shares() -> dict[str, str]:
    """A flow direction -> the share measure of that flow's whole (kg:direction on a kg:shareOf measure)."""
    return {m.direction: m.name for m in cues().lex.measures.values() if m.share_of and m.direction}


def _directional_share(measure: str, sentence: str, start: int, end: int, places: Sequence[EntityMention],
                       base: int, parties: tuple[str, ...], clause: tuple[int, int],
                       home: Callable[[], str | None] = lambda: None) -> tuple[str, str | None, str | None]:
    """A share of one party's exports or imports ("Korea accounted for a quarter of the country's imports"):
    the directional share measure, with the whole's owner as the exporter of exports, the importer of imports,
    and the part (the party named before the figure) as the other side; a whole no one is named the owner of
    ("everything we import") is the document's home country's. A share of exports whose whole names
    both parties ("garments make up a fifth of Thai exports to Laos") is a good's share of the pair's flow,
    none of the pair's: unclassified. A share of trade, or of a whole with no flow word, is kept as it is."""
    shares = _directional_shares()
    m = _WHOLE_OF.match(sentence, end, clause[1])
    if m is None:  # "Chile's share of Peru's imports was 9%": the whole before the figure
        # (the nearest: a table cell's caption may name a share too, "... and the share of Germany - Share of
        # Germany in exports, %")
        m = next(reversed([w for w in _SHARE_OF_BEFORE.finditer(sentence, clause[0], start) if w.end() <= start]),
                 None)
    if m is None:  # "the leading destination for Saudi exports with a share of 17%": the whole the partner receives
        m = next((w for w in _ROLE_OF_BEFORE.finditer(sentence, clause[0], start) if w.end() <= start), None)
    if m is None and shares and (got := _role_share(sentence, start, places, base, parties, clause)) is not None:
        return got
    if not m or not shares:
        return measure, None, None
    exports, imports = _export_words(), _import_words()
    words = re.findall(r"[a-z]+", m.group(0).lower())
    direction = next(("export" if w in exports else "import" for w in words if w in exports or w in imports), None)
    if direction not in shares:
        return measure, None, None
    named = [e.entity for e in places if e.entity in parties and (m.start() <= e.start - base < m.end()
             or (m.start() > start and m.end() <= e.start - base < clause[1]))]
    before = {e.entity for e in places if e.entity in parties and clause[0] <= e.start - base < min(m.start(), start)}
    if len(set(named)) == 2 and m.start() >= end:  # (before the figure: "the share of Peru's exports bound for Chile")
        return "unclassified", None, None
    possessors = {e.entity for e in places if e.entity in before and clause[0] <= e.start - base < min(m.start(), start)
                  and sentence.startswith(("'s", "’s"), e.end - base)}
    # "the share of Germany in Kazakhstan's exports", "Share of Germany in exports": the party right after
    # "share of" is the part, the whole another's
    part = next((e for e in places if e.entity in parties and _SHARE_PART.fullmatch(sentence, m.start(), e.start - base)
                 and _SHARE_PART_IN.match(sentence, e.end - base)), None)
    if part is not None:
        named = [p for p in named if p != part.entity] or [p for p in parties if p != part.entity]
    if named:
        owner: str | None = named[0]
    elif len(before) == 1:
        owner = next(p for p in parties if p not in before)
    elif len(before) == 2 and len(possessors) == 1:
        # "Peru was Chile's third-largest export destination, taking 7.4% of the country's total exports": the
        # possessor's whole, the other the part
        owner = next(iter(possessors))
    else:  # "..., and accounts for 6 per cent of everything we import": the document's own country's whole
        owner = here if (here := home()) in parties else None
    if owner is None:
        return shares[direction], None, None
    other = next(p for p in parties if p != owner)
    return (shares[direction], owner, other) if direction == "export" else (shares[direction], other, owner)


def _role_share(sentence: str, start: int, places: Sequence[EntityMention], base: int, parties: tuple[str, ...],
                clause: tuple[int, int]) -> tuple[str, str, str] | None:
    """A share of the partner named as a country's supplier or market: "Italy remains Tunisia's second-largest
    supplier, holding a market share of 14.2%" is a share of Tunisia's imports (of its exports for a market, a
    buyer): (measure, exporter, importer); None when the sentence says no such role of the partner."""
    role = _ROLE_POSSESSED.search(sentence, clause[0], start)
    if role is None or any(role.end() <= e.start - base < start for e in places if e.entity not in parties):
        return None  # (not "Peru's third-largest export destination, with a 7.1% share, behind India (15.3%)")
    possessor = next((e for e in places if e.entity in parties and e.end - base == role.start()), None)
    if possessor is None or not _IS_BEFORE.search(sentence, 0, possessor.start - base):
        return None  # the partner is no role of it: "In Vietnam's fruit market, Chilean cherries hold a share of 18%"
    shares = _directional_shares()
    direction = "import" if role["role"].lower().startswith(_SUPPLIER_ROLES) else "export"
    if direction not in shares:
        return None
    owner = possessor.entity
    other = next(p for p in parties if p != owner)
    return (shares[direction], owner, other) if direction == "export" else (shares[direction], other, owner)


@cache
def _import_words() -> frozenset[str]:
    lex = cues().lex
    return frozenset(c.lower() for m in lex.measures.values() if m.direction == "import" for c in m.cues)


_POSSESSOR_BEFORE = re.compile(r"['’]s\s+$")  # "Germany's " right before a name: its possessive


def _opposite_with_partner(direction: str, sentence: str, places: Sequence[EntityMention], s: int, fig: int) -> bool:
    """Whether, after the figure and a plain "and", the sentence names the opposite flow with its partner ("..., and
    imports from Estonia came to $288.1 million"), the two flows' amounts in one currency and of a size."""
    words = _import_words() if direction == "export" else _export_words()
    prep = "from" if direction == "export" else "to"
    for q in places:
        if q.start - s > fig:
            m = _WORD_PREP_BEFORE.search(sentence, max(fig, q.start - s - 40), q.start - s)
            if (m and m["prep"].lower() == prep and m["word"].lower() in words
                    and _AND_THEN.search(sentence, fig, m.start())):
                # and the two flows of a size, as one pair's are: not "Chile's exports rose 4% to $98 billion, and
                # imports from Peru came to $2.1 billion" (a total beside one partner's flow)
                money = [x for x in find_quantities(sentence) if x.quantity == "money" and x.value]
                ours = next((x for x in money if fig <= x.start < m.start()), None)
                theirs = next((x for x in money if x.start >= q.end - s), None)
                return (ours is not None and theirs is not None and ours.unit == theirs.unit
                        and abs(ours.value) <= 5 * abs(theirs.value))
    return False


# the next clause joined by a plain "and" (not "while", "but": a contrast may set the pair's flow beside a total)
_AND_THEN = re.compile(r",?\s+and\s+(?:(?:its|the|their)\s+)?$")


_WORD_PREP_BEFORE = re.compile(r"\b(?P<word>[a-z-]+)\s+(?P<prep>from|to)\s+(?:the\s+)?$", re.I)


@cache
def _export_words() -> frozenset[str]:
    lex = cues().lex
    return frozenset(c.lower() for m in lex.measures.values() if m.direction == "export" for c in m.cues)


@cache
def _actor_verb() -> re.Pattern[str]:
    """A country as the subject of a directional flow word: "Colombia sold ...", "Kenya last year bought ...",
    "Chile exports ..." (noun or verb, the country is the seller), or its traders ("Brazilian firms exported
    ...", kg:TraderNouns). At most two adverbs between."""
    lex = cues().lex
    words = {c for m in lex.measures.values() if m.direction and m.unit_type == "money" for c in m.cues
             if " " not in c}  # fmt: skip
    traders = alternation(lex.trader_nouns) or "(?!)"
    return re.compile(rf"(?:\s+(?i:{traders}))?\s+(?:(?:also|then|alone|last\s+year|this\s+year|[a-z]+ly)\s+){{0,2}}"
                      rf"(?P<verb>{alternation(words)})\b")


@cache
def _flow_words() -> re.Pattern[str]:
    """A possessive followed by a directional flow: "'s exports", "’s total imports" (the lexicon's cues)."""
    lex = cues().lex
    words = {c for m in lex.measures.values() if m.direction for c in m.cues if " " not in c}
    return re.compile(rf"['’]s\s+(?:[a-z-]+\s+){{0,2}}?(?:{alternation(words)})\b"
                      rf"|['’]s\s+(?:[a-z-]+\s+)?source\s+of\s+(?:{alternation(words)})\b", re.I)  # "'s largest source of imports"


@cache
def _flow_of() -> re.Pattern[str]:
    """A directional flow's cue (and one noun it heads) and "of" right before a country's name: "exports of ",
    "Export earnings of ", "the import bill of the "."""
    words = {c for m in cues().lex.measures.values() if m.direction for c in m.cues}
    return re.compile(rf"\b(?i:{alternation(words)})(?:\s+[a-z]+)?\s+of\s+(?:the\s+)?$")


def _flow_of_country(sentence: str, e: EntityMention, base: int) -> bool:
    """A flow "of" a country's name ("Export earnings of Bangladesh"), not of goods a demonym qualifies ("exports of
    Dutch-made goods")."""
    name = sentence[e.start - base : e.end - base]
    return (name.lower() not in _demonyms() and not sentence.startswith("-", e.end - base)
            and _flow_of().search(sentence, max(0, e.start - base - 40), e.start - base) is not None)


def _demonym_flow(sentence: str, e: EntityMention, base: int) -> re.Match[str] | None:
    """A flow noun after a country's demonym ("Thai exports", "Argentine goods imports"): the country's own
    flow, as after a possessive. A name is not enough ("Jordan imports most of its energy": a verb)."""
    if sentence[e.start - base : e.end - base].lower() not in _demonyms():
        return None
    return _flow_nouns().match(sentence, e.end - base)


@cache
def _demonyms() -> frozenset[str]:
    return frozenset(d.lower() for d in cues().lex.demonyms)


@cache
def _flow_nouns() -> re.Pattern[str]:
    """A directional measure's own noun ("exports", "import"), after at most one lower-case word ("goods")."""
    words = {w for m in cues().lex.measures.values() if m.direction for w in (m.direction, f"{m.direction}s")}
    return re.compile(rf"\s+(?:[a-z-]+\s+)?(?i:{alternation(words)})\b")


# ---------------------------------------------------------------- periods


def _period_on_period(sentence: str, s: int, q: Quantity, times: Sequence[TimeExpr], period: Period) -> bool:
    """Whether a growth rate of `period` is one against the period just before it, not the same period a year
    earlier: its clause says so (kg:PeriodOnPeriodCues: "month-on-month"), or, for a period shorter than a year,
    its base is the month or quarter that ends the day before it starts ("Compared with May 2025, exports [in June
    2025] fell by 1.8%"). The base is the first time after the rate in its sentence, else the last one
    before it ("up 9.5% compared with Q1 2025 and 21.7% higher than in Q2 2024": 9.5% against the quarter
    before, 21.7% against the year before)."""
    lo, hi = _clause(sentence, q.start - s, q.end - s)
    if cues().period_on_period.search(sentence, lo, hi):
        return True
    if (period.end - period.start).days >= 100:
        return False  # a year against the year before is a year-on-year rate
    inside = [t for t in times if s <= t.start < s + len(sentence)
              and (t.start_date, t.end_date) != (period.start, period.end)]
    after = [t for t in inside if t.start >= q.end]
    before = [t for t in inside if t.end <= q.start]
    base = after[0] if after else before[-1] if before else None
    length = (period.end - period.start).days
    return (base is not None and abs((base.end_date - base.start_date).days - length) <= 3
            and (period.start - base.end_date).days == 1)


def _whole_year_of(carried: Period, sentence: str) -> Period:
    """A period carried from an earlier sentence into one that speaks of a whole year (kg:WholeYearCues): when the
    carried period is a part of one year, the figure is of that whole year ("Shipments surged in the second
    quarter. We expect exports ... for the full year" is the year, not its second quarter)."""
    if (carried.start.year != carried.end.year or (carried.end - carried.start).days >= 360
            or not cues().whole_year.search(sentence)):
        return carried
    ys, ye = year_span(carried.start.year)
    return Period(start=ys, end=ye, as_stated=f"full year ({carried.as_stated})", resolution="relative")


def _period_from(t: TimeExpr, kind: str, published: date | None, stated: str | None = None,
                 reported: date | None = None) -> Period | None:
    """The period a time gives a figure; `reported` is the publication date when it was stated, not inferred."""
    if t.role == "asof":
        if kind in ("target", "forecast") or published is None:
            return None
        s, e = latest_full_year(published)
        return Period(start=s, end=e, as_stated=stated or f"{t.text} (as of {published.isoformat()})",
                      resolution="inferred")
    if (kind == "actual" and reported is not None and t.role == "point" and t.resolution == "relative"
            and t.end_date > reported and (t.partial or cues().whole_year.search(t.text))):
        # an actual cannot end after it was reported: "in the first 11 months", said in January, is last year's;
        # so is "for the full fiscal year", said before that year ended
        while t.end_date > reported:
            t = shift_years(t, -1)
    return Period(start=t.start_date, end=t.end_date, as_stated=stated or t.text, resolution=t.resolution)


# ---------------------------------------------------------------- speakers


@dataclass
class DocContext:
    doc: Document
    mentions: Mentions
    people: list[EntityMention]
    people_starts: list[int]
    places: list[EntityMention]
    place_starts: list[int]
    orgs: list[EntityMention]
    quotes: list[tuple[int, int]]
    doc_parties: list[str]
    data_cues: list[int] = field(default_factory=list)  # where "data showed" (and the like) starts
    data_from: list[int] = field(default_factory=list)  # where "data", "figures" or "statistics" starts
    compared: frozenset[int] = frozenset()  # the places compared against ("overtook Thailand as"): no parties
    passed: frozenset[int] = frozenset()  # routes and a superlative's scope ("via Panama", "in Asia"): no parties
    sources: dict[tuple[int, int], str | None] = field(default_factory=dict)  # _source_in per span
    q_starts: list[int] = field(default_factory=list)  # where each of the mentions' quantities starts
    _home: list[str | None] = field(default_factory=list)  # see `home`: found once, when first asked for
    _domestic: list[str | None] = field(default_factory=list)  # see `domestic`: likewise

    @property
    def home(self) -> str | None:
        """The country "the country's" stands for (see `_home_party`), or None."""
        if not self._home:
            self._home.append(_home_party(self.doc, Counter(e.entity for e in self.places)))
        return self._home[0]

    @property
    def domestic(self) -> str | None:
        """The document's home country from its domestic signals (`figures.home_country`), or None."""
        if not self._domestic:
            self._domestic.append(home_country(self.doc.text, self.doc.language))
        return self._domestic[0]


def _context(doc: Document, mentions: Mentions) -> DocContext:
    people = [e for e in mentions.entities if e.type == "person"]
    places = [e for e in mentions.entities if e.type in ("country", "bloc")]
    orgs = [e for e in mentions.entities if e.type == "organization"]
    counts = Counter(e.entity for e in places)  # a bloc may be a document's party: "EU-US trade"
    parties = [c for c, _ in counts.most_common()]
    if (publisher := _publisher(doc)) is not None and publisher not in counts and not _owners_named(doc.text, places):
        parties.insert(0, publisher)  # a release its title says a domestic office put out, never naming its country
    return DocContext(doc, mentions, people, [p.start for p in people], places, [p.start for p in places], orgs,
                      [m.span() for m in _QUOTES.finditer(doc.text)], parties,
                      [m.start() for m in cues().data_verb.finditer(doc.text)],
                      _positions(doc.text.lower(), _DATA_NOUNS),
                      frozenset(p.start for p in places if _COMPARED.search(doc.text, max(0, p.start - 24), p.start)),
                      _no_parties(doc.text, places), q_starts=[q.start for q in mentions.quantities])


@cache
def _owned_flow() -> re.Pattern[str]:
    """A flow noun (kg:GoodFlowNouns, kg:FlowNouns) right after a possessive or a demonym: "'s soybean exports",
    " meal exports", "'s trade with"."""
    return re.compile(rf"(?:['’]s)?\s+(?:[a-z-]+\s+){{0,2}}?(?:{_flow_alt()})\b")


def _owners_named(text: str, places: Sequence[EntityMention]) -> bool:
    """Whether the text names a country as the owner of a flow ("Argentina's soybean exports", "Argentine meal
    exports"): then it speaks of that country's trade, whoever published it ("driven by American demand",
    "Germany's share of imports" own none)."""
    demonyms = _demonyms()
    return any((text.startswith(("'s", "’s"), p.end) or p.text.lower() in demonyms)
               and _owned_flow().match(text, p.end) for p in places)


def _publisher(doc: Document) -> str | None:
    """The country of the domestic institution (kg:DomesticInstitutions) the document's title names, unqualified
    by another country: "Geostat — Merchandise trade, May 2025" is a release on Georgia's trade, though its text
    may never name Georgia ("Exports to Armenia were USD 61.3 million")."""
    title = doc.title or doc.text.split("\n", 1)[0]
    found = {code for name, code in load_lexicon().domestic_institutions.items()
             if (at := title.find(name)) >= 0 and (at == 0 or not title[at - 1].isalnum())
             and (at + len(name) == len(title) or not title[at + len(name)].isalnum())}
    if len(found) != 1 or {e.entity for e in find_places(title) if e.type == "country"} - found:
        return None
    return found.pop()


@cache
def _route() -> re.Pattern[str]:
    """kg:RouteCues right before a place ("shipped via Panama", "the corridor through Peru and Bolivia")."""
    return re.compile(rf"\b(?:{alternation(cues().lex.route_cues) or '(?!)'})\s+(?:the\s+)?$", re.I)


# a superlative's scope: "one of the fastest-growing markets in Asia", "the largest buyer in the Gulf"
_SCOPE = re.compile(r"\bthe\s+(?:most\s+[a-z]+|[a-z]+est)(?:-[a-z]+)?\s+(?:[a-z-]+\s+){1,2}in\s+(?:the\s+)?$", re.I)
_LIST_ON = re.compile(r"\s*(?:,\s*|\s+and\s+|\s+or\s+|,\s+and\s+)(?:the\s+)?$")


def _no_parties(text: str, places: Sequence[EntityMention]) -> frozenset[int]:
    """The starts of places that trade nothing: a route a flow passes ("the corridor through Peru and Bolivia",
    the places listed after the cue too), a region that is only a superlative's scope ("one of the
    fastest-growing markets in Asia"; a bloc, not a country) and one in a description of the place before it
    ("Nigeria, West Africa's biggest economy,") and the other side of an accord ("the pending trade pact with Mercosur")."""
    out: set[int] = set()
    prev: EntityMention | None = None
    for p in sorted(places, key=lambda e: e.start):
        before = text[max(0, p.start - 60) : p.start]
        if (_route().search(before) or (p.type == "bloc" and _SCOPE.search(before)) or _accord_with().search(before)
                or (prev is not None and prev.start in out and _LIST_ON.fullmatch(text, prev.end, p.start))
                or (prev is not None and _APPOSED.fullmatch(text, prev.end, p.start) and _describes().match(text, p.end))):
            out.add(p.start)
        prev = p
    return frozenset(out)


_APPOSED = re.compile(r",\s+(?:the\s+)?")


@cache
def _accord_with() -> re.Pattern[str]:
    """An accord's noun and "with" right before a place (kg:AccordNouns): "its new investment treaty with the"."""
    return re.compile(rf"\b(?:{alternation(cues().lex.accord_nouns) or '(?!)'})\s+with\s+(?:the\s+)?$", re.I)


@cache
def _describes() -> re.Pattern[str]:
    """After a place set beside the place before it, what makes it a description of that one: "Nigeria, West Africa's biggest economy, ..." (kg:PartnerNouns)."""
    nouns = alternation(cues().lex.partner_nouns) or "(?!)"
    return re.compile(rf"['’]s\s+(?:[\w-]+\s+){{0,3}}?(?:{nouns})\b[^,.;:]{{0,40}},")


def _home_party(doc: Document, counts: Counter[str]) -> str | None:
    """The country "the country's" stands for: the document's home, else the one country its title names."""
    if not _THE_COUNTRY.search(doc.text):
        return None
    home = home_country(doc.text, doc.language)
    if home is None:
        titled = {e.entity for e in find_places(doc.title or doc.text.split("\n", 1)[0]) if e.type == "country"}
        home = titled.pop() if len(titled) == 1 else None
    return home if home in counts else None


# "the country's total external trade": the document's home country, whatever other country the sentence names
_THE_COUNTRY = re.compile(r"\bthe\s+(?:country|nation)['’]s\b", re.I)


_DATA_NOUNS = ("data", "figures", "statistics")  # where a _DATA_FROM match may start


def _positions(lower: str, words: Sequence[str]) -> list[int]:
    """Where any of `words` occurs in `lower` (a plain substring scan: cheaper than a regex over the text)."""
    out: list[int] = []
    for w in words:
        i = lower.find(w)
        while i >= 0:
            out.append(i)
            i = lower.find(w, i + 1)
    return sorted(out)


# a partner the sentence names, whether or not it is read as a place ("with Georgia", "to the Gulf")
# not "to US$48,300 million" nor "to ALL 215,470 million" (a currency code); "from T&T", "to the UAE" too
_NAMED_PARTNER = re.compile(r"\b(?:to|from|with)\s+(?:the\s+)?(?:[A-Z][a-z]|[A-Z]&[A-Z]|[A-Z]{2,}\b(?!\s*[$\d]))")


def _alone_before(ctx: DocContext, s: int) -> str | None:
    """The one country the document's title and text name before offset `s`, when they name exactly one."""
    named = {e.entity for e in _in(ctx.places, ctx.place_starts, 0, s) if e.type == "country"}
    if ctx.doc.title and ctx.doc.title not in ctx.doc.text:
        named.update(e.entity for e in find_places(ctx.doc.title) if e.type == "country")
    return named.pop() if len(named) == 1 else None


def _in(items: list[EntityMention], starts: list[int], s: int, e: int) -> list[EntityMention]:
    i = bisect.bisect_left(starts, s)
    out = []
    while i < len(items) and items[i].start < e:
        out.append(items[i])
        i += 1
    return out


def _last_person_before(ctx: DocContext, pos: int, role: str | None = None) -> EntityMention | None:
    i = bisect.bisect_left(ctx.people_starts, pos) - 1
    while i >= 0:
        p = ctx.people[i]
        if role is None or (p.role and role in p.role.lower()):
            return p
        i -= 1
    return None


Who = tuple[str, str | None, str | None]  # a speaker: label, role, the entity id of its mention (None: a bare noun)


def _subject_before(ctx: DocContext, text: str, start: int, verb_start: int) -> Who | None:
    """The speaker named right before a reporting verb at `verb_start` (absolute offsets)."""
    seg_start = max(start, verb_start - 120)
    people = _in(ctx.people, ctx.people_starts, seg_start, verb_start)
    window = text[seg_start:verb_start]
    c = cues()
    cand: list[tuple[int, Who]] = []
    if people:
        p = people[-1]
        cand.append((p.end, (p.label, p.role, p.entity)))
    for m in c.generic.finditer(window):
        noun = m.group("noun").lower()
        end = seg_start + m.end()
        if noun.startswith("the "):
            role = noun[4:]
            p2 = _last_person_before(ctx, seg_start + m.start(), role.split()[-1].replace("person", ""))
            if p2:
                cand.append((end, (p2.label, p2.role, p2.entity)))
                continue
        adj = m.group("adj")
        label = f"{adj} {m.group('noun')}" if adj and adj in c.lex.demonyms else m.group("noun")
        cand.append((end, (label, None, None)))
    for o in ctx.orgs:
        if seg_start <= o.start and o.end <= verb_start:
            cand.append((o.end, (o.label, None, o.entity)))
    for m in _PRONOUN.finditer(window):
        p3 = _last_person_before(ctx, seg_start + m.start())
        if p3:
            cand.append((seg_start + m.end(), (p3.label, p3.role, p3.entity)))
    if not cand:
        return None
    cand.sort(key=lambda x: x[0])
    end, who = cand[-1]
    if verb_start - end > 40:
        return None
    return who


def _speaker_in(ctx: DocContext, s: int, e: int, fig: int) -> Who | None:
    """'X said ...', '... , X said', 'said X', 'X quoted Y as saying' inside text[s:e]."""
    text = ctx.doc.text
    c = cues()
    seg = _MD_LINK.sub(lambda m: m.group(1).center(len(m.group(0))), text[s:e])
    for m in c.verbs.finditer(seg):
        i = bisect.bisect_left(ctx.data_from, s + m.start() - 120)
        if (i < len(ctx.data_from) and ctx.data_from[i] < s + m.start()
                and _DATA_SUBJECT.search(seg, max(0, m.start() - 120), m.start())):
            continue  # "customs data showed", "data from the statistics office showed": a source (claim_source)
        word = m.group(0).strip("[]").lower()
        if word == "quoted":
            after = _in(ctx.people, ctx.people_starts, s + m.end(), min(e, s + m.end() + 60))
            if after:
                return after[0].label, after[0].role, after[0].entity
        who = _subject_before(ctx, text, s, s + m.start())
        if who:
            return who
        after = _in(ctx.people, ctx.people_starts, s + m.end(), min(e, s + m.end() + 60))
        if after and _AFTER_VERB.fullmatch(text, s + m.end(), after[0].start):
            return after[0].label, after[0].role, after[0].entity
    return None


# the words between a reporting verb and its subject named after it ("said Wang Yi", "said on Friday trade
# minister X"), or a role's capitalised words ("said Minister of Economy X", "said the Minister of Foreign Trade, X",
# "said Bank of Ghana governor X"); a name in a complement ("told a news conference with X", "said to X", "said a
# spokesman for President X", "said the statement, adding that Trade Minister X would visit") is not the subject
_AFTER_VERB = re.compile(
    r"\s*(?:(?i:(?!(?:with|to|alongside|and|for|from|by|at|about|of)\s)[\w.'’-]+\s+){0,5}"
    # or a role's capitalised words, joined by "of", "for", "and", and a lower-case role word after them
    r"|(?:the\s+)?(?:[A-Z][\w.'’-]*(?:\s+(?:of|for|and)(?:\s+the)?)?,?\s+){1,6}(?:[a-z]+\s+)?)")


def _quote_at(ctx: DocContext, pos: int) -> tuple[int, int] | None:
    for qs, qe in ctx.quotes:
        if qs <= pos < qe:
            return qs, qe
    return None


_STOP_MARK = re.compile(r"[.!?](?:\s|$)")  # a sentence end, unless an abbreviation's dot ("Hon. Ann Njeri said")


def claim_speaker(ctx: DocContext, sent: tuple[int, int], fig: int, kind: str) -> Who | None:
    text = ctx.doc.text
    q = _quote_at(ctx, fig)
    if q:
        qs, qe = q
        line_end = text.find("\n", qe)
        line_end = len(text) if line_end < 0 else line_end
        tail_end = min(line_end, qe + 160)
        tail = text[qe:tail_end]
        stop = next((m for m in _STOP_MARK.finditer(tail) if not abbreviated(tail[: m.start() + 1])), None)
        who = _speaker_in(ctx, qe, qe + stop.end() if stop else tail_end, fig)
        if who:
            return who
        line_start = text.rfind("\n", 0, qs) + 1
        who = _speaker_in(ctx, line_start, qs, fig)
        if who:
            return who
        # a paragraph ending with "X noted:" introduces the quote below it
        prev = text[:line_start].rstrip()
        if prev.endswith(":"):
            p_start = prev.rfind("\n") + 1
            return _speaker_in(ctx, p_start, len(prev), fig)
        return None
    s, e = sent
    acc = cues().according.search(text, s, e)
    if acc:
        people = _in(ctx.people, ctx.people_starts, acc.start("who"), acc.end("who"))
        after = acc.end("who")
        if not people and text.startswith(", ", after):  # "according to the trade minister, Ana Ruiz"
            people = [p for p in _in(ctx.people, ctx.people_starts, after + 2, after + 3) if p.start == after + 2]
        if people and not cues().source_cue.search(acc.group("who")):
            return people[0].label, people[0].role, people[0].entity
    who = _speaker_in(ctx, s, e, fig)
    if who:
        return who
    if kind in ("forecast", "estimate", "target"):
        people = _in(ctx.people, ctx.people_starts, s, fig)
        if people:
            return people[0].label, people[0].role, people[0].entity
    return None


def claim_source(ctx: DocContext, sent: tuple[int, int]) -> str | None:
    """The data source cited in the sentence, else in the rest of its paragraph, up to a later sentence that opens
    with a source of its own for a figure of its own ("Korean customs figures put the deficit at $2.1
    billion": that figure's source, not the paragraph's; "..., customs data showed." at its end may be)."""
    found = _source_in(ctx, sent)
    if found is None:
        text = ctx.doc.text
        p_start = text.rfind("\n", 0, sent[0]) + 1
        p_end = text.find("\n", sent[1])
        p_end = len(text) if p_end < 0 else p_end
        sentences, quantities = ctx.mentions.sentences, ctx.mentions.quantities
        for a, b in sentences[bisect.bisect_left(sentences, (sent[1],)):]:
            if a >= p_end:
                break
            first = next((q.start for q in quantities[bisect.bisect_left(ctx.q_starts, a):]
                          if q.start >= b or q.quantity in ("money", "percent")), b)
            if first < b and (own := _source_in(ctx, (a, b))) and 0 <= text.find(own, a, b) < first:
                p_end = a
                break
        found = _source_in(ctx, (p_start, p_end))
    return found


def _source_in(ctx: DocContext, sent: tuple[int, int]) -> str | None:
    if sent not in ctx.sources:
        ctx.sources[sent] = _find_source(ctx, sent)
    return ctx.sources[sent]


def _find_source(ctx: DocContext, sent: tuple[int, int]) -> str | None:
    c = cues()
    s, e = sent
    text = ctx.doc.text
    acc = c.according.search(text, s, e)
    if acc and c.source_cue.search(acc.group("who")):
        who = re.sub(r"^(?:recent\s+|the\s+latest\s+|official\s+)?(?:data|figures|statistics)"
                     r"(?:\s+(?:released|published|compiled|issued))?\s+(?:from|by|of)\s+", "",
                     acc.group("who").strip(), flags=re.I)
        who = re.sub(r"\s+(?:on|last|this)\s+\w+$", "", who)
        who = re.sub(r"^(?:the|a)\s+", "", who, flags=re.I).strip()
        if (body := _body_again().fullmatch(who)) is not None:
            return _named_body(text, body.group("what"), s) or who  # "according to the statistics agency"
        if (short := _ACRONYM_DATA.fullmatch(who)) and (spelled := _spelled_out(text, short.group("acronym"), s)):
            return spelled  # "according to the RZS data": the body the text spelled out before
        return who if len(who) > 4 else None
    # every data_showed match holds a data_verb match, which starts inside the span (cheap to test first)
    i = bisect.bisect_left(ctx.data_cues, s)
    m = c.data_showed.search(text, s, e) if i < len(ctx.data_cues) and ctx.data_cues[i] < e else None
    while m and _WHAT_DATA.search(m.group("src")):
        # "put trade at $8.3 billion, well above what Togo's own data show": a base the figure is compared with,
        # not its source
        m = c.data_showed.search(text, m.end(), e)
    if m:
        src = re.sub(r"^(?:The|the)\s+", "", m.group("src")).strip()
        if src.lower() in ("data", "the data"):
            return None
        return _antecedent_source(ctx, m.start("src"), src) if src != m.group("src").strip() else src
    i = bisect.bisect_left(ctx.data_from, s)
    m = _DATA_FROM.search(text, s, e) if i < len(ctx.data_from) and ctx.data_from[i] < e else None
    if m:
        return m.group("src").strip()
    # "according to BPS", "..., the statistics agency said.", "..., BPS said.": a body the text named before
    if acc and (short := _ACRONYM.fullmatch(who := _WHEN_SAID.sub("", acc.group("who").strip().strip("\"“”'")))):
        if spelled := _spelled_out(text, short.group("acronym"), s):
            return spelled
    elif acc and who in load_lexicon().domestic_institutions:
        return who  # "according to Geostat": a body kg:DomesticInstitutions knows by a name of one word
    if said := _body_said().search(text, s, e):
        if said.group("titled"):
            return said.group("titled")  # ", the State Customs Committee said": a national body by its title
        if (body := _body_again().fullmatch(said.group("who"))) is not None:
            if named := _named_body(text, body.group("what"), s):
                return named
        elif spelled := _spelled_out(text, said.group("who"), s):
            return spelled
    return _national_source(ctx, sent)


# an acronym cited as a source ("according to BPS", "according to the NBS on Monday", "BPS said"), spelled out
# before ("Statistics Indonesia (BPS)"); a body named again by its kind ("the statistics agency", "the customs
# service"): the last one named before with a country in its name
_ACRONYM_WORD = r"[A-Z][A-Z&]{1,7}"
_ACRONYM = re.compile(rf"(?:the\s+)?(?P<acronym>{_ACRONYM_WORD})")
_ACRONYM_DATA = re.compile(rf"(?P<acronym>{_ACRONYM_WORD})\s+(?:data|figures|statistics)")
_WHEN_SAID = re.compile(r"\s+(?:on|last|this)\s+\w+$|\s+data$")


@cache
def _body_again() -> re.Pattern[str]:
    """A statistics or customs body named by what it is (kg:StatisticsBodies): "the customs service"."""
    lex = load_lexicon()
    return re.compile(rf"(?:the\s+)?(?P<what>{alternation(lex.body_kinds)})\s+(?:{alternation(lex.body_nouns)})", re.I)


@cache
def _body_said() -> re.Pattern[str]:
    """Such a body, an acronym or a national body by its title (", the State Customs Committee of Ruritania reported")
    saying a figure after it."""
    lex = load_lexicon()
    body = rf"(?:{alternation(lex.body_kinds)})\s+(?:{alternation(lex.body_nouns)})"
    return re.compile(rf",\s+(?P<who>(?i:(?:the\s+)?{body})|{_ACRONYM_WORD}"
                      rf"|the\s+(?P<titled>(?:{alternation(lex.body_titles)})\s+(?i:{body})"
                      r"(?:\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})?))\s+"
                      r"(?i:said|says|reported|reports|showed|shows|estimated|estimates)\b")


_CONNECTOR = r"(?:of(?:\s+the)?|and|for|de|del|la|des|du)"
# a word of a name: capitalised (any script's capital: "Š"), a full stop only inside one ("U.S.")
_NAME_WORD = r"[^\W\d_a-z][\w'’-]*(?:\.(?=\w)[\w'’.-]*)?"
_NAME = rf"{_NAME_WORD}(?:\s+(?:{_CONNECTOR}\s+)?{_NAME_WORD}){{0,7}}"
_DEFINED = re.compile(rf"(?P<name>{_NAME})\s*\(\s*(?P<a1>{_ACRONYM_WORD})\s*\)"
                      rf"|\b(?P<a2>{_ACRONYM_WORD})(?:\s*\(\s*(?P<after>{_NAME})\s*\)|[-–](?P<joined>{_NAME}))")  # "BPS-Statistics
# Indonesia", not a dateline's "THIMPHU - The ..."


@lru_cache(maxsize=8)
def _bodies(text: str) -> tuple[dict[str, list[tuple[int, str]]], list[tuple[int, str]]]:
    """A document's spelled-out acronyms (acronym -> [(where, "Statistics Indonesia (BPS)")]) and its bodies named
    with a country (where, name), each in order: found once per document. A name holds an organisation's head
    (kg:OrgHeads) or a kg:StatisticsBodies kind ("Statistics"); one in a heading, or in a line the rest of which is
    in a headline's title case, is no body's ("Vietnam Customs Data Show Exports To US Surge")."""
    lex = load_lexicon()
    heads = {h for h in lex.org_heads if h[:1].isupper()} | {k.capitalize() for k in lex.body_kinds}
    defined: dict[str, list[tuple[int, str]]] = {}
    for m in _DEFINED.finditer(text):
        name = m.group("name") or m.group("after") or m.group("joined")
        name = re.sub(r"^(?:The|A)\s+", "", name)
        if heads.isdisjoint(name.split()):
            continue
        short = m.group("a1") or m.group("a2")
        defined.setdefault(short, []).append((m.start(), f"{name} ({short})"))
    named: list[tuple[int, str]] = []
    for m in re.finditer(_NAME, text):
        name = re.sub(r"^(?:The|A)\s+", "", m.group(0))
        words = name.split()
        if not any(w.startswith(("Statistic", "Customs")) for w in words):
            continue
        first, last = text.rfind("\n", 0, m.start()) + 1, text.find("\n", m.end())
        rest = text[first : m.start()] + text[m.end() : len(text) if last < 0 else last]
        if not rest.strip(" \t#*") or _title_case(rest) or not any(e.type == "country" for e in find_places(name)):
            continue  # a heading ("Vietnam Customs Data Show Exports To US Surge") names no body
        named.append((m.start(), name))
    return defined, named


def _spelled_out(text: str, short: str, before: int) -> str | None:
    """The last spelling-out of acronym `short` before `before` ("Statistics Indonesia (BPS)"), else the acronym
    itself when kg:DomesticInstitutions knows it, else None."""
    found = [name for at, name in _bodies(text)[0].get(short, ()) if at < before]
    if found:
        return found[-1]
    return short if short in load_lexicon().domestic_institutions else None


def _named_body(text: str, what: str, before: int) -> str | None:
    """The last body named before `before` whose name holds `what` ("statistics" in "Statistics Indonesia",
    "customs" in "the Korea Customs Service"), with a country's name in it; None when there is none."""
    stem = "Statistic" if what.lower().startswith("statistic") else "Customs"
    named = _bodies(text)[1]
    found = [name for at, name in named[: bisect.bisect_left(named, (before,))] if stem in name]
    return found[-1] if found else None


def _antecedent_source(ctx: DocContext, at: int, src: str) -> str:
    """A source named again with "the" and no country ("the customs data showed") is the one the text named in
    full before: the last earlier "<country> <src>" ("Japanese customs data showed ..."); else `src` itself."""
    text = ctx.doc.text
    if _in(ctx.places, ctx.place_starts, at, at + len(src) + 4):
        return src  # it names a place of its own
    tail = re.compile(rf"(?:['’]s)?\s+(?:own\s+|official\s+)?{re.escape(src)}\b", re.I)
    for p in reversed(_in(ctx.places, ctx.place_starts, 0, at)):
        if p.type == "country" and (m := tail.match(text, p.end)) and m.end() <= at:
            return text[p.start : m.end()]
    return src


def _national_source(ctx: DocContext, sent: tuple[int, int]) -> str | None:
    """A country's own statistics the sentence cites: "Vietnam's customs put two-way trade at ...", "Thailand's
    Customs Department recorded ...", "Thai customs figures ...", "Bangkok's own figures", "as measured by
    Chile", "by Peru's own count"."""
    text = ctx.doc.text
    for p in _in(ctx.places, ctx.place_starts, *sent):
        if p.type != "country":
            continue
        m = _NATIONAL_SOURCE.match(text, p.end, sent[1])
        if m and cues().source_cue.fullmatch(m.group("noun")):
            return text[p.start : m.end()]
        if (m := _NATIONAL_BODY_PUTS.match(text, p.end, sent[1])) is not None:
            return text[p.start : m.end("body")]  # "the Kenya Ministry of Trade, which counts ..., puts mainland trade
            # with Chile at": the body that counts the figure
        if (kind := _kind_before().search(text, max(sent[0], p.start - 14), p.start)) is not None and (
                m := _ACRONYM_PUTS.match(text, p.end, sent[1])) is not None:
            return text[kind.start() : m.end("body")]  # "Statistics Norway (SSB) records exports to ... of": a body
            # named by its kind and its country
        if _MEASURED_BY.search(text, max(sent[0], p.start - 40), p.start) or _OWN_COUNT.match(text, p.end, sent[1]):
            return p.text  # "two-way trade as measured by Chile", "by Peru's own count"
    return None


@cache
def _kind_before() -> re.Pattern[str]:
    """A statistics or customs body's kind, capitalised, right before a country's name: "Statistics Norway"."""
    kinds = [k.capitalize() for k in load_lexicon().body_kinds]
    return re.compile(rf"(?<![\w-])(?:{alternation(kinds) or '(?!)'})\s+$")


# after such a body's country, its acronym in brackets and a verb putting a figure: "(SSB) records", "puts"
_ACRONYM_PUTS = re.compile(rf"(?P<body>(?:\s*\(\s*{_ACRONYM_WORD}\s*\))?)\s+{_PUTS}")
_WHAT_DATA = re.compile(r"\bwhat\b", re.I)  # "what X's data show": a thing the data show, not a source
_MEASURED_BY = re.compile(r"\b(?:measured|counted|reported|recorded|tallied|calculated)\s+by\s+(?:the\s+)?$", re.I)
_OWN_COUNT = re.compile(r"['’]s\s+(?:own\s+)?(?:count|reckoning|tally|numbers)\b", re.I)


# ---------------------------------------------------------------- the stage


def assemble(doc: Document, mentions: Mentions) -> list[Claim]:
    """Turn a document's figures into claims, one per money/percent/multiplier figure."""
    ctx = _context(doc, mentions)
    text = doc.text
    sentences = list(mentions.sentences)
    sent_starts = [s for s, _ in sentences]
    time_starts = [t.start for t in mentions.times]
    q_starts = [q.start for q in mentions.quantities]
    claims: list[Claim] = []
    uncued: set[str] = set()
    parts: set[str] = set()  # figures of one part of a total the text gives: no sibling names their measure
    last_period: Period | None = None
    last_sentence_period: dict[int, Period] = {}
    reported = doc.published if doc.published_resolution == "explicit" else None
    fences: dict[int, _Fence] = {}  # per sentence: its comparison bases and the times fenced with them
    masks: dict[int, str] = {}  # per sentence: its text with organisations' names blanked (`_mask_names`)
    bases: set[str] = set()  # ids of the comparison-base claims (their period is no one else's)
    unplaced: set[str] = set()  # ids of the claims whose sentence names no place
    held_in: dict[int, dict[int, int]] = {}  # per sentence: time start -> the figure it belongs to alone
    world_of: dict[int, str] = {}  # per sentence: the country of a one-party total it states (its later figures')
    paired: set[str] = set()  # the one-party cues the document has used for the pair's measure ("total trade between")
    lex = cues().lex
    for q in mentions.quantities:
        if q.quantity == "count" or "/" in q.unit or (q.quantity == "money" and abs(q.value) < lex.minimum_amount):
            continue  # a count, a price per unit or a small amount (an exchange rate, a share price): no trade claim
        si = max(0, bisect.bisect_right(sent_starts, q.start) - 1)
        s, e = sentences[si] if sentences else (0, len(text))
        sentence = text[s:e]
        times = list(mentions.times[bisect.bisect_left(time_starts, s) : bisect.bisect_left(time_starts, e)])
        fence = fences.get(si)
        if fence is None:
            quantities = mentions.quantities[bisect.bisect_left(q_starts, s) : bisect.bisect_left(q_starts, e)]
            fence = fences[si] = _fence(text, quantities, times) if _comparing(sentence) else _NO_FENCE
        rel_s, rel_e = q.start - s, q.end - s
        qi = bisect.bisect_right(q_starts, q.start)
        nxt = next((o.start - s for o in mentions.quantities[qi : qi + 3] if o.start < e and o.quantity != "count"),
                   None)  # fmt: skip
        kind = claim_kind(sentence, rel_s, rel_e, nxt)
        if kind in (None, "actual") and _outlook().search(sentence, 0, rel_s):
            kind = "forecast"  # "We see Peru-Chile trade slipping to around $7.5 billion": an outlook
        masked = masks.get(si)
        if masked is None:
            masked = masks[si] = _mask_names(sentence, s, ctx)
        measure = claim_measure(masked, q, rel_s, rel_e) if "/" not in q.unit else "unclassified"
        if measure == "unclassified" and _teaser().search(text, text.rfind("\n", 0, q.start) + 1, q.start):
            continue  # "Read more: Car output falls 25% ...": another story's headline, no trade figure of its own
            # (one that is, "Also read: Peru's exports to Chile rise 6% in May", stays a claim)
        wider = False
        measured_from: int | None = None  # where the text the figure's measure was read from starts, if not its sentence
        quote_end = _quote_close(masked, rel_s, rel_e)
        if (measure == "unclassified" and "/" not in q.unit and q.quantity == "money"
                and _other_amount().search(masked, 0, _clause(masked, rel_s, rel_e)[1])):
            wider = bool(_ADDS_SERVICES.search(masked, 0, rel_s))  # "Add services, tourism among them, and ...": see below
        elif measure == "unclassified" and "/" not in q.unit:
            # a bare figure ("the 100 billion mark") leans on its paragraph (and the one before, for an inherited
            # unit); still bare, a quoted one ('"... on track to pass $9 billion this year," he said' after
            # "bilateral trade reached") or one whose paragraph names no measure before it, in a sentence naming no
            # place ("That compares with $410 million in 2023") or expecting it ("Officials speak of a
            # recovery. The chamber is more cautious: it sees only about €40 billion for 2025"), goes on from the
            # paragraph before (an amount, not a rate; not a goal). Not an amount its sentence says is other money,
            # before it or in its clause ("Separately, the two governments signed loans worth $300 million", "a 750
            # billion rupee ($9 billion) currency swap line": kg:OtherAmounts)
            w0 = _paragraph_start(text, s, back=1 if q.inherited_unit else 0)
            measure = claim_measure(text[w0:e], q, q.start - w0, q.end - w0, context=True)
            if (measure == "unclassified" and not q.inherited_unit and q.quantity == "money"
                    and not _target_noun().search(masked)  # a bare goal is `_bare_targets`' to place
                    # "signed loans worth $300 million", "Remittances are another matter. The central bank expects
                    # about $600 million": its paragraph speaks of other money
                    and not _other_amount().search(text, w0, e)
                    and (quote_end is not None
                         or (not cues().measure.search(text, w0, s)
                             and (kind in ("forecast", "estimate") or not _in(ctx.places, ctx.place_starts, s, e))))):
                w0 = _paragraph_start(text, s, back=1)
                measure = claim_measure(text[w0:e], q, q.start - w0, q.end - w0, context=True)
            elif measure == "unclassified" and si > 0 and not text[w0:s].strip() and _ANAPHOR.match(sentence):
                # "- This marked a 9.5% gain on 2023": a paragraph (a list's item) opening by pointing back
                # speaks of the figure of the sentence before it (not of one further back: "Trade reached $46
                # billion. Investment totalled $4.6 billion.\n\nThat was a 20% increase" is the investment's)
                w0 = sentences[si - 1][0]
                measure = claim_measure(text[w0:e], q, q.start - w0, q.end - w0, context=True)
            measured_from = w0 if measure != "unclassified" else None
            wider = measure != "unclassified" and bool(_ADDS_SERVICES.search(masked, 0, rel_s))
            if wider:
                measure = "unclassified"  # "Add services, ..., and the relationship is worth more than $45 billion":
                # a wider whole than the goods trade named before
        if (q.quantity == "money" and claims and (before := claims[-1]).evidence.start >= s and before.unit == q.unit
                and before.measure != measure and (was := lex.measures.get(before.measure)) is not None
                and was.unit_type == "money" and _apposed_base().match(masked, max(0, before.evidence.end - s), rel_s)):
            measure = before.measure  # "a surplus of €318.5 million with its neighbour, wider than the €301.2
            # million recorded a year earlier": a base set beside the figure before it is of that figure's measure
        if q.quantity == "money" and (signed := _signed_balance(masked, rel_s)) is not None:
            measure = signed  # "the trade balance with Latvia was positive at EUR 1.07 billion": a surplus
        elif (q.quantity == "money" and measure in cues().measure_of.get("trade", ())
              and _unsigned_balance().search(masked, max(0, rel_s - 90), rel_s)):
            measure = "unclassified"  # "the trade balance with Latvia stood at EUR 84.2 million": no turnover
        if q.quantity == "money" and _costs_someone().search(text, max(0, q.start - 60), q.start):
            measure = "unclassified"  # "the tariff costs our growers about $20 million a month": a burden, no flow
        elif q.quantity == "money" and cues().delta.search(text, max(0, q.start - 70), q.start):
            measure = "unclassified"  # a change ("rose by $2 billion", "an increase of £4.5 billion"), not a level
        elif q.quantity == "money" and _COMPARATIVE_AFTER.match(text, q.end):
            measure = "unclassified"  # "a surplus of PLN 20.4 bn, which was PLN 3.2 bn higher than in 2023": the gap
        elif q.quantity == "money" and _change_then_level(text, q, mentions.quantities[qi : qi + 3]):
            measure = "unclassified"  # "rose $388 million (4.1%) to $9.8 billion": the rise, then the level
        if measure in _narrower():
            measure = _qualified_goods(measure, masked, rel_s, rel_e)
        if measure != "unclassified" and not (q.quantity == "money" and measure in GOOD_FLOW_MEASURES
                                              and flow_good(sentence, rel_s)) and _of_product(masked, rel_s, rel_e):
            measure = "unclassified"  # "lithium exports plunged 61% to $2.1 billion": one good's, not the flow's
            # (a value of one good's exports or imports, the good qualifying the flow noun nearest before the
            # figure, stays the flow's: reconcile keeps it to that good's figures, see kg.lexicon.flow_good)
        if measure == "unclassified" and " ".join(q.text.lower().split()) in lex.fractions:
            continue  # "Indians make up about a third of the workforce": a fraction in words counts only as a measure's
        if q.quantity in ("percent", "multiplier") and _price_change(text, mentions.quantities, qi - 1, s):
            continue  # "traded above $3,700 a tonne, more than double their level": the price's change
        if (q.quantity == "percent" or q.inherited_unit) and _non_trade_rate(masked, rel_s, rel_e):
            continue  # "Inflation closed October at 5.51%", "Kenya's population is about 53.3 million": no trade figure
        places = _in(ctx.places, ctx.place_starts, s, e)
        if places and (close := quote_end) is not None:
            # '"... we are on track to pass $9 billion this year," the official told an Asia-Africa forum':
            # the attribution after the quotation names no party of the quoted figure but the document's own ('"We
            # sold $900 million of tea," said the Kenyan envoy' keeps Kenya)
            places = [p for p in places if p.start - s < close or p.entity in ctx.doc_parties[:2]]
        # a place only in the source cited after the figure ("Exports reached $95 million in 2025, according to
        # the Uganda Revenue Authority") names no party of the flow (a leading "According to the Turkish Statistical Institute,
        # exports ..." may be that country's own exports to the world: left as named)
        cited = [m.span() for m in cues().according.finditer(masked, rel_e)]
        if places and (despite := _CONCESSIVE_AFTER.search(masked, rel_e)) is not None:
            # "sees trade near $7.3 billion this year, despite softer orders from the Chinese steel sector": a
            # place in a concession after the figure names no party of it
            places = [p for p in places if p.start - s < despite.start()]
        if places and (led := _result().search(masked, rel_e)) is not None:
            # "They amounted to €118 million, leaving Spain with a large surplus": a place in what the figure led to
            # names no party of it
            places = [p for p in places if p.start - s < led.start()]
        if places and (why := _EXPLAINED_AFTER.search(masked, rel_e)) is not None:
            # "... some $4.1 billion next year: copper prices are softening, and Bolivian suppliers compete": a
            # place in the reasons after a colon names no party of the figure
            places = [p for p in places if p.start - s < why.start()]
        # (a place in the concession or the reasons after the figure names none either: "I expect about $1.15
        # billion: ... Zambian and Kenyan suppliers compete" is unplaced, the document's direction its own; one
        # compared against or passed is still named: "shipments to markets other than Brazil")
        named = any(not any(a <= p.start - s < b for a, b in cited) for p in places)
        if ctx.compared or ctx.passed:
            places = [p for p in places if p.start not in ctx.compared and p.start not in ctx.passed]
        clause = _clause(masked, rel_s, rel_e)
        part = wider or (q.quantity == "money" and bool(_PART_OF_TOTAL.match(masked, rel_e))
                and bool(_part_verb().search(masked, clause[0], rel_s))
                and not any(clause[0] <= p.start - s < rel_s for p in places))
        if part:
            measure = "unclassified"  # "Trade in goods accounted for £1.9 billion of the total": one part of a
            # total the text gives, not a figure of the whole flow (a country's part keeps its flow: "Exports to
            # Kenya accounted for $2 billion of the total")
        if measure in _pair_measures() and (_pair_compound(masked, places, s, clause)
                                            or _owner_with_partner(masked, places, s, clause, rel_s)):
            measure = _pair_measures()[measure]  # "Britain–Kenya total trade of £4 billion": the pair's trade
        if _between().search(masked, clause[0], clause[1]):
            if pair := _pair_measures().get(measure):
                measure = pair  # "total trade ... between the UK and India" is the pair's trade, not one country's
            paired.update(m.group(0).lower() for m in cues().measure.finditer(masked, clause[0], clause[1])
                          if any(_pair_measures().get(one) == measure for one in cues().measure_of[m.group(0).lower()]))
        elif (paired and measure in _pair_measures() and not any(clause[0] <= p.start - s < rel_s for p in places)
              and _last_cue(masked, clause[0], rel_s, measure) in paired):
            measure = _pair_measures()[measure]  # "Total trade between the UK and Qatar stood at £6.1bn ... He
            # expects total trade to recover to about £7bn": the same words again, no owner named before them
        parties = claim_parties(measure, places, q.start, ctx.doc_parties, text, (s + clause[0], s + clause[1]),
                                lambda: ctx.home or ctx.domestic or _title_country(ctx))
        if rival := _rival_of(text, _in(ctx.places, ctx.place_starts, s, e), ctx.compared, q.start):
            # "Korea bought 18.5% of Chile's exports, ahead of Japan, which took US$1.74 billion": the figure
            # of the partner compared against, with the one of the pair the comparison leaves (the home country)
            country = ctx.home or ctx.domestic or _title_country(ctx)
            # "after Canada, which alone traded $95 billion with Mexico": the rival's partner, named after the figure
            named_after = [p.entity for p in places if p.type == "country" and p.entity != rival.entity
                           and q.end <= p.start and p.end - s <= clause[1]]
            country = named_after[0] if named_after else country
            if country in ctx.doc_parties[:2] and country != rival.entity and len(parties) == 2:
                parties = tuple(sorted((rival.entity, country)))
                places = [*places, rival]
            elif len(parties) == 2:
                measure = "unclassified"
        if len(parties) == 2 and not _is_share(measure) and _world_scope(masked, clause, places, s):
            parties = tuple(sorted({e.entity for e in places if e.type == "country" and e.start - s >= clause[0]
                                    and e.end - s <= clause[1]}))
        pair_before = si > 0 and _names_pair(text, sentences[si - 1], s, ctx)
        # the sentence before, in the same paragraph, states the pair's trade ("two-way trade stood at ...")
        pair_said = si > 0 and "\n" not in text[sentences[si - 1][1] : s] and bool(
            _PAIRED.search(text, sentences[si - 1][0], sentences[si - 1][1]))
        inherited = world_of.get(si) or (None if named else world_of.get(si - 1))  # a total's country said before
        measure, parties = _one_party_scope(measure, parties, world_of, si, named, masked, clause, places, s, rel_s,
                                            pair_before, pair_said)
        if (len(parties) == 1 and not places and not inherited and (pair := _pair_measures().get(measure))
                and not (ctx.home or ctx.domestic) and len(top := ctx.doc_parties[:2]) == 2
                and len(title := _title_countries(ctx)) != 1 and title <= set(top)
                and any(c.measure == pair and set(c.parties) == set(top) and c.unit == q.unit and c.value
                        and 2 / 3 <= q.value / c.value <= 3 / 2 for c in claims)):
            # "We put total trade at roughly $310 million this year" in a brief on two countries' trade, which
            # stated their trade before, of a size with this (a country's own total with the world is most often
            # several times one partner's), and names no one country as its own (in its title either): the pair's
            measure, parties = pair, tuple(sorted(top))
            world_of.pop(si, None)
        if (len(parties) == 2 and (alone := _alone_before(ctx, s)) in parties and all(p.entity == alone for p in places)
                and alone == (ctx.domestic or _title_country(ctx) or _outlet_country(ctx))
                and not _PAIRED.search(masked, clause[0], clause[1])
                and not _NAMED_PARTNER.search(sentence) and not sentence.isupper()  # capitals hide names
                and ((one := _one_party_of().get(measure)) or measure in cues().lex.balance_measures)):
            # "Argentine foreign trade - September 2025. In September exports totalled US$7,120 million": no partner
            # named yet, so none is meant: the document's own country, the one named so far, trades with the world
            measure, parties = one or measure, (alone,)
        if (len(parties) == 1 and _THE_COUNTRY.search(masked, clause[0], rel_s) and ctx.home
                and parties[0] != ctx.home):
            parties = (ctx.home,)  # "The country's total external trade ... amounted to USD 200.28 billion"
        exporter, importer = _direction(measure, sentence, places, s, parties, rel_s)
        if exporter is None and measured_from is not None and not places and len(parties) == 2:
            # "Dutch imports from Peru are modest. They came to €92.6 million in 2023": the flow the
            # paragraph named, in its direction
            exporter, importer = _direction(measure, text[measured_from:e], _in(ctx.places, ctx.place_starts,
                                            measured_from, e), measured_from, parties, q.start - measured_from)
        if (exporter is None and len(parties) == 2 and (meas := cues().lex.measures.get(measure)) and meas.direction
                and not _in(ctx.places, ctx.place_starts, s, e)
                and (last := next((c for c in reversed(claims) if c.measure == measure and c.parties == parties
                                   and not c.derived_from), None)) is not None and last.exporter):
            # "Norway's exports to Kenya rose 7.3% ... . Exports had totalled €1.94 billion in 2023": a bare flow, no
            # place in its sentence, is the one the document last stated (when that one had a direction)
            exporter, importer = last.exporter, last.importer
        if exporter is None and (worded := _worded_direction(ctx, masked, measure, parties, s, e, clause, rel_s)):
            exporter, importer = worded
        if _is_share(measure) and len(parties) == 2 and exporter is None:
            measure, exporter, importer = _directional_share(measure, masked, rel_s, rel_e, places, s, parties, clause,
                                                             lambda: ctx.home or ctx.domestic)
        holders = held_in.get(si)
        if holders is None:
            holders = held_in[si] = {t.start: h for t in times
                                     if (h := _held_by(text, mentions.quantities, q_starts, t)) is not None}
        held = {start for start, h in holders.items() if h != q.start}
        own = [t for t in times if (t.role in ("point", "deadline", "asof", "same") or _fiscal_previous(t)
                                    or _month_named(t))
               and t.start not in fence.times and t.start not in held
               and not cues().published_at.search(text, max(0, t.start - 30), t.start)
               and not _in_other_relative(sentence, s, t, rel_s)]
        own = [t for t in own if not _in_cause(sentence, s, t, rel_e, own) and not _base_after_slash(text, t, own)]
        if len(own) > 1:  # "..., meaning this year's nine-month figure ...": a possessive after the figure dates a
            # later noun, when the figure has another time ("$3 billion, 2024's best result" keeps 2024)
            own = [t for t in own if not (t.start >= q.end and text.startswith(("'s", "’s"), t.end))] or own
        if len(own) > 1:
            apposed = _apposed(text, own) | _glossed(text, own)
            own = [t for t in own if t.start not in apposed] or own
        if kind == "forecast" and _committed(sentence, rel_s, rel_e, [
                t for t in own if t.role == "deadline"
                and (doc.published is None or t.end_date.year > doc.published.year or _pledged(sentence, rel_e, nxt))
        ], s):  # "will exceed $6 billion by the end of this year": the year under way's outcome, a forecast, unless
            # the sentence pledges it ("will raise trade to $2 billion by the end of this year, the ministers pledged")
            kind = "target"
        elif ((kind is None or (kind == "actual" and _gerund_cued(sentence, rel_s, own, s)))
              and doc.published and _future_deadline(own, sentence, s, rel_s, rel_e, doc.published)):
            kind = "target"  # "US$45 billion in bilateral trade by 2027", no word for it: a deadline makes an aim;
            # "speaks of reaching 1,000 billion by 2028": a gerund asserts nothing done, the deadline makes it an aim
        if own and kind in (None, "actual"):
            # "said sales had risen 7.2 percent and that it foresaw a further gain of 3 to 5 percent this
            # year": times only in a later clause that expects another figure date that figure, not this one
            hi_own = _clause(sentence, rel_s, rel_e)[1]
            first = min(t.start for t in own) - s
            if (first >= hi_own and any(cues().kind_of.get(m.group(0).lower()) in ("forecast", "estimate", "target")
                                        for m in cues().kind.finditer(sentence, hi_own, first))
                    and any(hi_own <= o.start - s < first for o in mentions.quantities[qi : qi + 4] if o.quantity != "count")):
                own = []
        period: Period | None = None
        fenced = fence.base_time.get(q.start)
        base = _comparison_base(text, q, times, own)
        if base is not None:
            period = base
        elif fenced is not None and fenced.role in ("point", "deadline"):
            period = _period_from(fenced, "actual", doc.published)
        elif kind == "target":  # a target's period is its own deadline, never one carried from elsewhere
            deadline = _deadline_of(own, sentence, s, rel_s, rel_e, doc.published)
            period = _period_from(deadline, "target", doc.published) if deadline else None
        elif own:
            lo_c, hi_c = _clause(sentence, rel_s, rel_e)
            in_clause = [t for t in own if lo_c <= t.start - s and t.end - s <= hi_c]
            in_clause = [t for t in in_clause if t.role != "asof"] or in_clause  # "already", "now": no period beside a stated one
            # "In January-September 2024, exports were US$1.2 billion, a base that recovered in 2025": a time in a
            # relative clause after the figure dates that clause's verb, when a time before the figure dates it
            in_clause = [t for t in in_clause if not (t.start >= q.end and _RELATIVE_AFTER.match(text, q.end, t.start))
                         or not any(o.end <= q.start for o in in_clause)] or in_clause
            if in_clause:
                t = min(in_clause, key=lambda t: (t.start - q.end if t.start >= q.end else q.start - t.end)
                        + (0 if t.role != "asof" else 30))
            else:
                # no time in the figure's own clause: the sentence's leading period governs ("already", "now" in
                # another clause only when the sentence states no period: "clear already by June: in the first
                # half of 2025, imports rose 7.5%, while exports fell 9.1%")
                t = next((o for o in own if o.role != "asof"), own[0])
            if (not in_clause and doc.published and all(o.start - s >= hi_c for o in own)
                    and cues().whole_year.search(sentence, lo_c, rel_s)):
                # "said the full-year figure would likely end near 30 billion euros, but warned of a steeper
                # fall next year": a whole year named by no year, and the times of later clauses only: the year under
                # way for a forecast, the last year ended for an actual
                ys, ye = latest_full_year(doc.published) if (kind or "actual") == "actual" else year_span(doc.published.year)
                period = Period(start=ys, end=ye, as_stated="full year", resolution="relative")
            else:
                if (t.role == "asof" and kind in (None, "actual") and doc.published is not None
                        and (latest := [o for o in own if o.role == "point" and o.end <= q.start
                                        and o.end_date > latest_full_year(doc.published)[1]])):
                    # "Exports in January-August 2025 were up 8.2%, but the mix has narrowed: copper now makes up
                    # over half of the total": "now" is the latest period the sentence reports, when it is more
                    # recent than the last full year
                    t = latest[-1]
                if (t.role == "point" and (t.end_date - t.start_date).days < 364
                        and ((t.end - s <= rel_s and cues().whole_year.search(sentence, t.end - s, rel_s))
                             or (t.start - s >= rel_e and cues().whole_year.search(
                                 sentence, _after_last_figure(sentence, lo_c, rel_s), rel_s)))):
                    # "provided fourth-quarter shipments hold up, full-year exports should reach $190 billion": a
                    # whole-year word between a part of a year and the figure makes it the whole year's, that part's
                    # year; so does one before the figure in its clause when the part is said after it ("full-year
                    # sales could reach $4 billion if cargoes booked in May and June ship on time": the condition's)
                    ys, ye = year_span(t.end_date.year)
                    t = t.model_copy(update={"start_date": ys, "end_date": ye, "partial": False})
                if t.role == "same":
                    same = _last_of_length(claims, bases, t.text) or last_period
                    period = same and Period(start=same.start, end=same.end, as_stated=t.text, resolution="relative")
                else:
                    period = _period_from(t, kind or "actual", doc.published, reported=reported)
                    if (period is not None and q.quantity == "money" and (period.end - period.start).days > 400
                            and (reached := _REACHED.search(sentence, max(0, rel_s - 30), rel_s))
                            and (reached.group(1).lower() != "to" or cues().growth.search(sentence, lo_c, reached.start()))
                            and not _YEARLY.match(text, q.end)):
                        # "rose 40% over 2019-2022 to $380 million": the level a change reached is the span's last
                        # year's (not "amounted to $4.8 billion over 2019-2023", nor "to $1.2 billion a year")
                        ys, ye = year_span(period.end.year)
                        period = Period(start=ys, end=ye, as_stated=f"{period.as_stated} (its last year)",
                                        resolution=period.resolution)
        elif q.quantity in ("percent", "multiplier") and cues().span.search(sentence):
            period = None  # "has grown 1,000 times in the 50 years since ...": over a span, not the lead's year
        elif (q.quantity == "percent" and _YEARLY_RATE.match(text, q.end)
              and (meas := cues().lex.measures.get(measure)) is not None and meas.growth_of is not None):
            period = None  # "that means exports must grow about 9 per cent a year": a yearly average over years
            # no time of its own names, not the year the paragraph is about
        elif ((j := si - 1) in last_sentence_period and _same_line(text, sentences[j][1], s)) or (
                (j := _period_sentence(si, fences, sentences, text, time_starts)) in last_sentence_period):
            # (the sentence just before, when its own figures took a period: one stating only a base's time may
            # still have carried the paragraph's on, "2024 was a best-ever year. Turnover came to $486.9 million, 9.1
            # percent more than in 2024. Exports grew 12 percent ...")
            prev = last_sentence_period[j]
            period = _whole_year_of(Period(start=prev.start, end=prev.end,
                                           as_stated=f"{prev.as_stated} (previous sentence)",
                                           resolution=prev.resolution), sentence)
        elif (lone := _lone_time(si, sentences, text, mentions, time_starts, q_starts)) is not None:
            period = _period_from(lone, kind or "actual", doc.published, reported=reported)
            if period is not None:
                period = _whole_year_of(period.model_copy(update={"as_stated": f"{period.as_stated} (previous sentence)"}),
                                        sentence)
        elif (lead_in := _list_lead_time(si, sentences, text, mentions, time_starts)) is not None:
            period = _period_from(lead_in, kind or "actual", doc.published, reported=reported)
            if period is not None:
                period = period.model_copy(update={"as_stated": f"{period.as_stated} (the list's lead-in)"})
        elif doc.published and not own and cues().whole_year.search(sentence):
            # "estimated that full-year trade would land at $42-45 billion": the year under way; an actual
            # "full-year" figure is of the last year ended
            ys, ye = latest_full_year(doc.published) if (kind or "actual") == "actual" else year_span(doc.published.year)
            period = Period(start=ys, end=ye, as_stated="full year", resolution="relative")
        elif kind in ("forecast", "estimate") and doc.published and any(t.role == "previous" for t in times):
            ys, ye = year_span(doc.published.year)
            period = Period(start=ys, end=ye, as_stated="current year (vs the previous year)", resolution="relative")
        elif (kind == "estimate" and doc.published and _YEARLY.match(text, q.end)
              and not _PAST_TENSE.search(sentence, *_clause(sentence, rel_s, rel_e))):
            # "informal trade is estimated at $1-2 billion a year": a yearly rate put on the present, the year under
            # way; in a year's first quarter, when little of it is known, the year just ended
            ys, ye = year_span(doc.published.year - (1 if doc.published.month <= 3 else 0))
            period = Period(start=ys, end=ye, as_stated="current year (a yearly rate)", resolution="relative")
        elif (kind or "actual") == "actual":
            lead = _lead_period(claims, text, s, bases, mentions.times, share=_is_share(measure),
                                published=doc.published, sentence=sentence)
            if (q.quantity == "money" and (said := next((c for c in reversed(claims) if c.figure == q.text
                                                         and c.measure == measure and c.kind == "actual"
                                                         and c.period is not None), None)) is not None):
                # "Reaching that from $1.2 billion would require ...": a figure stated again with no time of
                # its own is of the period it was stated for, not of the paragraph before's
                lead = said.period
            if lead is not None:
                period = Period(start=lead.start, end=lead.end, as_stated=f"{lead.as_stated} (previous paragraph)",
                                resolution=lead.resolution)
        if base is None and period is not None and (
                _year_before(text, q, times) or (fenced is None and _timeless_base(text, q, times, sentences[si][1]))):
            # "down from a record $51.1 billion a year earlier" with the sentence's period carried from before
            base = period = _shifted(period, -1, f"{period.as_stated} (a year before)")
        if (kind is None and own and period is not None and period.resolution == "explicit" and doc.published is not None
                and period.end > doc.published and (period.end - period.start).days >= 360
                and not _HAS_BEEN.search(sentence, 0, rel_s)):
            kind = "forecast"  # no cue, and a whole year not yet over when written: "we see ... €500bn in 2025"
        if (kind == "estimate" and own and period is not None and doc.published is not None
                and period.end > doc.published and not _HAS_BEEN.search(sentence, 0, rel_s)):
            kind = "forecast"  # "we estimate FY2025-26 trade at $1.4-1.6 billion": a period not over when written
        is_base = base is not None or fenced is not None
        if ((is_base or _YEAR_OWNED_BASE.search(sentence, 0, rel_s)) and kind in ("forecast", "target", "estimate")
                and period is not None and doc.published is not None and period.end < doc.published
                and not (kind == "estimate" and (_estimate_before().search(sentence, max(0, rel_s - 30), rel_s)
                                                 or _estimate_word().search(sentence, rel_e)))):
            kind = "actual"  # "expected exports to rise to €15.2 billion in 2025, up from €14.6 billion last year";
            # "agreed to raise trade to €5 billion by 2030, against about €3.6 billion in 2024"; "an estimated $2.71
            # billion in 2025, up 5.2% from $2.58 billion in 2024" (not "from an estimated $3.4 billion", nor a base
            # under a trailing "..., industry estimates show")
        if is_base:
            bases.add(f"{doc.id}-{q.start}")
        elif period is not None:
            last_period = period
            if not own or all(t.role != "deadline" for t in own):
                last_sentence_period[si] = period
        speaker = claim_speaker(ctx, (s, e), q.start, kind or "actual")
        if (measure in _growth_measures().values() and period is not None
                and _period_on_period(sentence, s, q, times, period)):
            measure = "unclassified"  # "Compared with May 2025, exports fell by 1.8%": no year-on-year rate
        if (q.quantity == "percent" and _base_figure(text, q)
                and not _OWN_MEASURE_AFTER.match(text, q.end)):
            # "accounted for 21% of Chile's exports in 2024, up from 19% in 2023": a share's base is that share
            # (unless a measure of its own follows it: "from 5% growth")
            share = next((c for c in reversed(claims) if c.evidence.text == sentence and _is_share(c.measure)), None)
            if share is not None:
                measure, parties, exporter, importer = share.measure, share.parties, share.exporter, share.importer
        value, bound, low, high = q.value, q.bound, q.low, q.high
        if q.quantity == "money" and bound == "exact" and low is not None and high is not None:
            # "we expect $2 billion": the speaker's own number, not a count rounded (kg:Expectation kg:width); a
            # flat "$1 billion" is a count rounded, but not from $1.4 billion (kg:Rounding kg:width)
            width = lex.expectation_width if kind in ("forecast", "target") else lex.rounding_width
            spread = min((high - low) / 2, abs(value) * width)
            low, high = value - spread, value + spread
        if q.quantity in ("percent", "pp") and falls(text, q.start, q.end):
            value, bound, low, high = -value, _FLIPPED.get(bound, bound), _neg(high), _neg(low)
        claims.append(Claim(
            id=f"{doc.id}-{q.start}",
            document=doc.name,
            value=value, unit=q.unit, bound=bound, low=low, high=high,
            figure=text[q.start:q.end].lstrip("\\"),
            measure=measure, parties=parties, kind=kind or "actual",  # type: ignore[arg-type]
            period=period,
            speaker=speaker[0] if speaker else None,
            source=claim_source(ctx, (s, e)),
            evidence=Evidence(text=sentence, start=q.start, end=q.end),
            document_id=doc.id, published=doc.published, outlet=doc.outlet,
            speaker_role=speaker[1] if speaker else None,
            speaker_id=(speaker[2] or _speaker_id(speaker[0])) if speaker else None,
            exporter=exporter, importer=importer,
        ))
        if kind is None:
            uncued.add(claims[-1].id)
        if part:
            parts.add(claims[-1].id)
        if not named or (not exporter and _to_partner_noun().search(masked, 0, rel_s)):
            unplaced.add(claims[-1].id)  # no place, or a flow to a partner a noun names ("exports to the
            # neighbouring country"): the direction the document gives the measure (_one_flow)
    claims = _bare_targets(_anaphoric_figures(_anaphoric_flows(_one_flow(_placed_siblings(_fill_from_siblings(claims, uncued, parts), unplaced), unplaced),
                                                                 text)))
    return read_tables(doc, _one_part(_one_series(claims)), _read, _pair_measures())


def _one_series(claims: list[Claim]) -> list[Claim]:
    """A flow said again without its qualifier in the sentence that named it qualified ("the goal of lifting
    non-oil exports to Iraq to $15 billion ..., and predicted that exports to Iraq would reach $11 billion") is
    that narrower series, unless its clause says it is the whole ("total exports", "overall")."""
    narrow: dict[tuple[str, str, str | None, str | None], list[Claim]] = {}
    for c in claims:
        for broad, by in _narrower().items():
            if c.measure in by.values():
                narrow.setdefault((c.evidence.text, broad, c.exporter, c.importer), []).append(c)
    if not narrow:
        return claims
    out = []
    for c in claims:
        before = {n.measure for n in narrow.get((c.evidence.text, c.measure, c.exporter, c.importer), ())
                  if n.evidence.start < c.evidence.start}  # named first: "exports of X, while non-oil ..." is two
        if len(before) == 1 and not _WHOLE.search(c.evidence.text):
            c = c.model_copy(update={"measure": before.pop()})
        out.append(c)
    return out


# the parts of exports statistics offices publish apart (the lexicon's re-exports and domestic or national
# exports), and those a text shortens after naming them once; a goods class (non-oil, non-traditional exports) is
# no such part: a text saying "non-oil exports" and then "exports" means the whole
_PUBLISHED_PARTS = frozenset({"domestic_exports", "re_exports"})
_SHORTENED_PARTS = frozenset({"domestic_exports"})


def _one_part(claims: list[Claim]) -> list[Claim]:
    """A document that names one flow only ever by one narrower series ("The Kingdom's national exports to Peru
    reached ...") speaks of that series when it later shortens it ("... when exports to the Peruvian market totalled
    ..."): its unqualified figures of the whole flow between the same parties, and their growth rates, are that
    series, unless their sentence says it is the whole ("total exports", "overall"). A document naming two narrower
    series of the flow (non-oil and domestic exports) leaves its unqualified figures the whole, and a goal stays
    one for the flow as its words name it ("wants exports to reach EUR 6.1 billion by 2032"): a statistic's
    series is no policy's."""
    growth = _growth_measures()
    base_of = {g: b for b, g in growth.items()}
    parts: dict[tuple[str, str | None, str | None, frozenset[str]], set[str]] = {}
    for c in claims:
        for broad, by in _narrower().items():
            if c.measure in by.values():
                parts.setdefault((broad, c.exporter, c.importer, frozenset(c.parties)), set()).add(c.measure)
            elif base_of.get(c.measure) in by.values():
                parts.setdefault((broad, c.exporter, c.importer, frozenset(c.parties)), set()).add(base_of[c.measure])
    if not parts:
        return claims
    # a text naming both parts of a pair's exports ("Re-exports ... slid; domestic exports fell") means the whole
    # when it says exports alone
    both = {frozenset(c.parties) for c in claims if c.measure in _PUBLISHED_PARTS | {growth.get(m) for m in _PUBLISHED_PARTS}}
    both = {p for p in both if len({base_of.get(c.measure, c.measure) for c in claims if frozenset(c.parties) == p}
                                   & _PUBLISHED_PARTS) > 1}
    out = []
    for c in claims:
        base = base_of.get(c.measure, c.measure)
        named = parts.get((base, c.exporter, c.importer, frozenset(c.parties)), set())
        if (c.exporter and len(named) == 1 and named <= _SHORTENED_PARTS and frozenset(c.parties) not in both
                and c.kind != "target" and not _WHOLE.search(c.evidence.text)):
            part = next(iter(named))
            new = part if base == c.measure else growth.get(part)
            if new is not None:
                c = c.model_copy(update={"measure": new})
        out.append(c)
    return out


_WHOLE = re.compile(r"\b(?:total|overall|all|whole)\b", re.I)


def _title_country(ctx: DocContext) -> str | None:
    """The one country a document's first line names, no partner of it ("Foreign trade of the Republic of
    Moldova in January-September 2025"), or None."""
    return _line_country(ctx.doc.text.lstrip().split("\n", 1)[0], ctx.doc.places_confirmed or ())


def _outlet_country(ctx: DocContext) -> str | None:
    """The one country a document's outlet names ("National Statistics Bureau, Republic of Ruritania"), or None."""
    return _line_country(ctx.doc.outlet, ctx.doc.places_confirmed or ()) if ctx.doc.outlet else None


def _title_countries(ctx: DocContext) -> frozenset[str]:
    """The countries a document's title (else its first line) names."""
    return _line_countries(ctx.doc.title or ctx.doc.text.lstrip().split("\n", 1)[0], ctx.doc.places_confirmed or ())


@lru_cache(maxsize=16)  # asked for each figure that leans on it: read once per title
def _line_countries(first: str, confirmed: tuple[str, ...]) -> frozenset[str]:
    return frozenset(e.entity for e in find_places(first, confirmed=confirmed) if e.type == "country")


@lru_cache(maxsize=16)  # asked for each figure that leans on it, and the same title heads each table cell's read
def _line_country(first: str, confirmed: tuple[str, ...]) -> str | None:
    # a masthead in capitals ("STATISTICS MAURITIUS") is read in title case too, its acronyms ("US", "UAE") as
    # written: "JAPAN AND US AGREE ..." names two countries, not Japan alone
    forms = (first, first.title()) if first.isupper() else (first,)
    found = {e.entity for line in forms for e in find_places(line, confirmed=confirmed)
             if e.type == "country" and not PARTNER_BEFORE.search(line, max(0, e.start - 12), e.start)}
    return found.pop() if len(found) == 1 else None


def _read(doc: Document) -> list[Claim]:
    """The sentence grammar over a document: how a table's cells are read, once written as sentences."""
    return assemble(doc, extract(doc))


# after a bare goal's figure, what it is of when that is not trade: "$5 billion in annual visitor spending"
_OF_WHAT = re.compile(r"\s+(?:in|of|for)\s+(?!(?:bilateral|two-way|total|trade|annual\s+trade|the\s+\w+\s+year)\b)"
                      r"(?:[a-z-]+\s+){0,2}[a-z-]+", re.I)


def _bare_targets(claims: list[Claim]) -> list[Claim]:
    """A money target that names no measure ("We are working towards the $15bn goal for 2030") is a goal for the
    two-way measure the document states most between the same two parties (its trade turnover), or between the
    document's one pair when it names one side of it only, or no party at all ("the official goal of $25 billion
    by 2030"), and is of the pair's figures' size."""
    lex = cues().lex
    measures = lex.measures
    counts = Counter(c.measure for c in claims if c.kind == "actual" and len(c.parties) == 2
                     and c.measure not in lex.balance_measures
                     and (m := measures.get(c.measure)) and m.arity == 2 and m.unit_type == "money" and not m.direction)
    if not counts:
        return claims
    main = counts.most_common(1)[0][0]
    pairs = {c.parties for c in claims if c.measure == main}
    (only,) = pairs if len(pairs) == 1 else ((),)

    def parties_of(c: Claim) -> tuple[str, ...] | None:
        """The pair a bare target is of: its own, or the document's one pair when it names only one side of it
        ("The A$90 billion goal for 2030 endorsed at the ... meeting in Seoul") or neither."""
        if c.parties in pairs:
            return c.parties
        if not (only and set(c.parties) < set(only) and c.value):  # one side of the pair, or no party at all
            return None
        at = c.evidence.text.find(c.figure) if c.figure else -1
        if not c.parties and at >= 0 and _OF_WHAT.match(c.evidence.text, at + len(c.figure)):
            return None  # "the tourism ministry's goal of $5 billion in annual visitor spending": of something else
        # within ten times the pair's figures in the same unit: "its $2 trillion GDP goal" is no trade goal
        near = [o.value for o in claims if o.measure == main and o.unit == c.unit and o.value]
        return only if near and all(v / 10 <= c.value <= v * 10 for v in near) else None

    out = []
    for c in claims:
        if (c.kind == "target" and c.measure == "unclassified" and c.unit not in ("percent", "pp")
                and (pair := parties_of(c)) is not None
                and not cues().product.search(c.evidence.text) and not _BUYING.search(c.evidence.text)):
            c = c.model_copy(update={"measure": main, "parties": pair})
        out.append(c)
    return out


_BUYING = re.compile(r"\b(?:buy|bought|purchases?|purchased|additional|extra)\b", re.I)  # a flow or a change, not a goal


@cache
def _anaphor() -> re.Pattern[str]:
    return re.compile(rf"\b(?:those|these|such|the\s+same)\s+(?:[a-z]+\s+)?(?:{_flow_alt()})\b[^.;]*$", re.I)


_PRONOUN_BEFORE = re.compile(r"\b(?:them|they|it)\b")  # a flow named by a pronoun before its figure


def _anaphoric_flows(claims: list[Claim], text: str) -> list[Claim]:
    """A flow spoken of as "those exports" ("... said those exports could fall by around 3% this year"), or in a
    sentence naming no place (or only the pair's, the flow by a pronoun: "we expect them to reach ...") after another
    flow of the same paragraph, runs the way the nearest earlier flow of the same direction between the same parties
    runs."""
    measures = cues().lex.measures
    out: list[Claim] = []
    for c in claims:
        meas = measures.get(c.measure)
        if not c.exporter and meas and meas.direction and len(c.parties) == 2:
            named = _anaphor().search(text, max(0, c.evidence.start - 120), c.evidence.start)
            earlier = next((o for o in reversed(out) if o.exporter and o.parties == c.parties
                            and (m := measures.get(o.measure)) and m.direction == meas.direction), None)
            # "September shipments were worth $1.2 billion." after "exports to Peru came to $9 billion" in the same
            # paragraph: a flow whose sentence names no place runs as the one before it; so does one named by a
            # pronoun in a sentence naming only the pair's places, none of them as the flow's end ("orders Indian
            # refiners placed ... we expect them to climb to about US$640 million")
            said = c.evidence.text
            unplaced = (earlier is not None and not said.startswith("|")
                        and "\n\n" not in text[earlier.evidence.start : c.evidence.start]
                        and (not (places := find_places(said)) or (
                            all(e.entity in c.parties for e in places)
                            and _PRONOUN_BEFORE.search(said, max(0, (at := said.find(c.figure)) - 50), max(at, 0)))))
            if earlier is not None and (named or unplaced):
                c = c.model_copy(update={"exporter": earlier.exporter, "importer": earlier.importer})
        if meas and meas.direction and len(c.parties) == 2 and _anaphor().search(
                text, max(0, c.evidence.start - 120), c.evidence.start):
            # "... lifting non-traditional exports to Peru to $1 billion. Such exports were worth $280 million":
            # the flow named again is the narrower flow named before it
            earlier = next((o for o in reversed(out) if o.parties == c.parties and o.measure != c.measure
                            and (m := measures.get(o.measure)) and m.direction == meas.direction), None)
            if earlier is not None and earlier.measure in _narrower().get(c.measure, {}).values():
                c = c.model_copy(update={"measure": earlier.measure, "exporter": earlier.exporter or c.exporter,
                                         "importer": earlier.importer or c.importer})
        out.append(c)
    return out


# a sentence about the figure just given: "The figure was $17.92 billion in FY24." (its own period, the measure
# of the figure before it)
_THE_FIGURE = re.compile(r"\s*(?:The|That|This)\s+(?:figure|total|amount|sum|value|revenue|earnings|tally)\s+"
                         r"(?:was|had\s+been|stood|came|shows?|showed|represents?|represented|marks?|marked|"
                         r"reflects?|reflected|is)\b")
_CHANGE = re.compile(r"\b(?:increase|rise|growth|jump|gain|decline|drop|fall|decrease)\b")
_OWN_MEASURE_AFTER = re.compile(r"\s*(?:(?:annual|yearly|year-on-year)\s+)?(?:increase|rise|growth|jump|gain|decline|drop|fall|"
                                r"decrease|tariff|duty|rate|inflation|interest)", re.I)  # "from 5% growth"
# a sentence comparing the figure just given with another: "That is still well below the $40 billion of 2019",
# "This remains short of the ..." (the other figure is of the same measure)
# a sentence restating the figure just given in another currency: "The figure, equivalent to some ₹90 billion, ..."
_RESTATED = re.compile(r"^\s*(?:The|That|This)\s+(?:figure|total|amount|sum|value),?\s+(?:equivalent|equal)\s+to\s+"
                       r"(?:(?:some|about|around|roughly|nearly|almost|approximately)\s+)?$")
_THAT_COMPARED = re.compile(r"^\s*(?:That|This|It)\s+(?:is|was|remains|remained|stands|stood|sits|sat)\s+(?:[a-z-]+\s+){0,5}?"
                            r"(?:below|above|under|over|short\s+of|shy\s+of|higher\s+than|lower\s+than|less\s+than"
                            r"|more\s+than)\s+(?:the\s+)?(?:[a-z]+\s+)?$")
# the same, after a leading adverbial and with any verb of level or change: "In 2025 that figure slumped to ...",
# "Last year, the total rose to ..." (the figure is the earlier one's measure, parties and direction, whatever
# places the rest of the sentence names)
_THAT_FIGURE = re.compile(r"^\s*(?:(?:In|By|For|During|Over|Last|This|Since)\b[^,.;:]{0,40}?,?\s+)?(?:[Tt]hat|[Tt]his)\s+"
                          r"(?:figure|total|amount|sum)\s+(?:\w+ly\s+)?(?P<verb>[a-z]+)\b")


def _anaphoric_figures(claims: list[Claim]) -> list[Claim]:
    """A figure that names no measure in a sentence opening "The figure was ..." or "The revenue shows ..." is of
    the measure, parties and direction of the money figure before it in the document (in the sentence before); a
    percent figure there that states a change is that measure's growth rate."""
    out: list[Claim] = []
    for c in claims:
        at = c.evidence.text.find(c.figure)
        if (c.unit not in ("percent", "pp") and (m := _THAT_FIGURE.match(c.evidence.text))
                and _level_verb(m.group("verb")) and at > 0 and not cues().measure.search(c.evidence.text, 0, at)
                and not any(o.evidence.text == c.evidence.text and o.unit not in ("percent", "pp") for o in out)):
            # "In 2025 that figure slumped to X": no measure of its own before it ("That total was made up of
            # Peru's exports to Chile of $3 billion" keeps its own)
            earlier = next((o for o in reversed(out) if o.unit not in ("percent", "pp") and o.measure != "unclassified"
                            and o.evidence.text != c.evidence.text and o.kind == "actual"), None)
            if earlier is not None and earlier.unit == c.unit:
                out.append(c.model_copy(update={"measure": earlier.measure, "parties": earlier.parties,
                                                "exporter": earlier.exporter, "importer": earlier.importer}))
                continue
        if (c.unit not in ("percent", "pp") and at > 0 and (_RESTATED.search(c.evidence.text, 0, at) or (
                c.measure == "unclassified" and _THAT_COMPARED.search(c.evidence.text, 0, at)))):
            # "That is well below the $40 billion of 2019": the figure the sentence before gave, compared with
            # another of its own measure, parties and direction; "The sum, equivalent to some ₹90 billion, ...":
            # that figure in another currency
            earlier = next((o for o in reversed(out) if o.unit not in ("percent", "pp")), None)
            if (earlier is not None and earlier.measure != "unclassified" and earlier.evidence.text != c.evidence.text
                    and (earlier.unit == c.unit or _RESTATED.search(c.evidence.text, 0, at))):
                c = c.model_copy(update={"measure": earlier.measure, "parties": earlier.parties,
                                         "exporter": earlier.exporter, "importer": earlier.importer})
        if c.measure == "unclassified" and _THE_FIGURE.match(c.evidence.text):
            earlier = next((o for o in reversed(out) if o.unit not in ("percent", "pp") and o.measure != "unclassified"
                            and o.evidence.text != c.evidence.text), None)
            measure = earlier.measure if earlier is not None else None
            if earlier is not None and c.unit == "percent":
                # "The revenue shows an 18.1 percent increase ...": the growth of the figure before it
                measure = _growth_measures().get(earlier.measure) if _CHANGE.search(c.evidence.text) else None
            if earlier is not None and measure is not None and c.unit != "pp":
                c = c.model_copy(update={"measure": measure, "parties": earlier.parties,
                                         "exporter": earlier.exporter, "importer": earlier.importer})
        out.append(c)
    return out


def _level_verb(word: str) -> bool:
    """A verb saying what a level was or became: a kind cue ("was", "reached") or a growth verb ("slumped")."""
    c = cues()
    return word.lower() in c.kind_of or bool(c.growth.fullmatch(word))


@cache
def _growth_measures() -> dict[str, str]:
    """Each measure's growth-rate measure (the lexicon's kg:growthOf): exports -> export_growth."""
    return {m.growth_of: m.name for m in cues().lex.measures.values() if m.growth_of}


@cache
def _narrower() -> dict[str, dict[str, str]]:
    """Each measure's narrower measures by the qualifier their cue puts before one of its cues: exports ->
    {"non-oil": "non_oil_exports", "non-energy": "non_oil_exports"} (from the lexicon's cues)."""
    lex = cues().lex
    out: dict[str, dict[str, str]] = {}
    for n in lex.measures.values():
        for m in lex.measures.values():
            if m is n or (m.arity, m.unit_type, m.direction) != (n.arity, n.unit_type, n.direction):
                continue
            for cue in n.cues:
                for own in m.cues:
                    q = cue.lower().removesuffix(f" {own.lower()}")
                    if q != cue.lower() and q and " " not in q:
                        out.setdefault(m.name, {}).setdefault(q, n.name)
    return out


_GOODS_NOUNS = r"(?:goods|products|merchandise|commodities|items|sales|shipments)"


@cache
def _qualified_goods_re(measure: str) -> re.Pattern[str]:
    """Any qualifier of `measure`'s narrower measures before a goods noun, the qualifier as group 1."""
    qs = sorted(_narrower()[measure], key=len, reverse=True)
    return re.compile(rf"(?<![\w-])({'|'.join(map(re.escape, qs))})\s+{_GOODS_NOUNS}\b", re.I)


def _qualified_goods(measure: str, sentence: str, rel_s: int, rel_e: int) -> str:
    """A flow whose clause qualifies its goods ("sold $5.2 billion of non-oil goods to Japan") is the narrower
    measure that qualifier names."""
    lo, hi = _clause(sentence, rel_s, rel_e)
    # a phrase after the figure that opens ", with" tells what goes with it, not what it counts ("to take
    # bilateral trade to 15 billion dollars by 2028, with a much larger share of non-oil products")
    if (with_ := _WITH_AFTER.search(sentence, rel_e, hi)) is not None:
        hi = with_.start()
    if (means := _means().search(sentence, rel_e, hi)) is not None:
        hi = means.start()  # "... to EUR 7 billion by 2031, by widening sales of farm goods": how, not what
    m = _qualified_goods_re(measure).search(sentence, lo, hi)
    return _narrower()[measure][m.group(1).lower()] if m else measure


def _worded_direction(ctx: DocContext, masked: str, measure: str, parties: tuple[str, ...], s: int, e: int,
                      clause: tuple[int, int], rel_s: int) -> tuple[str, str] | None:
    """(exporter, importer) of a directional flow of two parties, as its sentence's words give it when its places
    did not: the country of the goods it counts, the agent of a passive flow verb ("imported by Costa Rica"), a
    flow told in the first person, or the one party named before a flow to a partner a noun names; None when none
    does. `s`, `e`: the sentence's span; `clause`, `rel_s`: the
    figure's clause and start in it."""
    meas = cues().lex.measures.get(measure)
    if len(parties) != 2 or meas is None or not meas.direction:
        return None
    text = ctx.doc.text
    # "We bought about F$412 million of Hong Kong goods": the goods' country is the flow's origin
    origin = {p.entity for p in _in(ctx.places, ctx.place_starts, s + clause[0], s + clause[1])
              if p.entity in parties and _OF_PLACE.search(text, max(0, p.start - 8), p.start)
              and _GOODS_AFTER.match(text, p.end)}
    if len(origin) == 1:
        side = origin.pop()
        return side, next(p for p in parties if p != side)
    # "Belgian machinery imported by Ecuador grew 8.1%": the agent of a passive flow verb is its importer or exporter
    agents = [(p.entity, m) for p in _in(ctx.places, ctx.place_starts, s + clause[0], s + clause[1])
              if p.entity in parties and (m := _BY_AGENT.search(text, max(0, p.start - 25), p.start))]
    if len({side for side, _ in agents}) == 1:
        side, m = agents[0]
        other = next(p for p in parties if p != side)
        return (side, other) if m.group("out") else (other, side)
    if (we := _FIRST_PERSON_FLOW.search(masked, clause[0], rel_s)) is not None:
        # "Data from Oman suggest the sultanate sold us machinery worth OMR 0.9 billion": "us" is the writer's
        # country, else the party the sentence does not name
        told = {p.entity for p in _in(ctx.places, ctx.place_starts, s, e) if p.entity in parties}
        home = ctx.home or ctx.domestic
        us = home if home in parties else next(iter(set(parties) - told)) if len(told) == 1 else None
        if us is not None:
            other = next(p for p in parties if p != us)
            return (us, other) if we.group("out") else (other, us)
    if (noun := _to_partner_noun().search(masked, 0, rel_s)) is not None:
        # "Freedonia's own port records put the nation's exports to the kingdom near $88 million": the one party
        # named before a flow to a partner a noun names is the flow's own side
        named_before = {p.entity for p in _in(ctx.places, ctx.place_starts, s, s + noun.start()) if p.entity in parties}
        if len(named_before) == 1:
            side = named_before.pop()
            other = next(p for p in parties if p != side)
            return (side, other) if meas.direction == "export" else (other, side)
    return None


# a flow told in the first person: "we sold", "we exported" (out of the writer's country), "sold us", "we bought"
_FIRST_PERSON_FLOW = re.compile(r"\b(?:(?P<out>we\s+(?:sold|exported|shipped)|(?:bought|imported|purchased)\s+from\s+us)"
                                r"|(?P<in>(?:sold|shipped|supplied|sent)\s+us|we\s+(?:bought|imported|purchased)))\b", re.I)
_OF_PLACE = re.compile(r"\bof\s+(?:the\s+)?$", re.I)  # "... of (the) " a place
_BY_AGENT = re.compile(r"\b(?:(?P<out>exported|sold|shipped|supplied)|imported|bought|purchased)\s+by\s+(?:the\s+)?$",
                       re.I)  # "... imported by " a place: the flow's importer
_GOODS_AFTER = re.compile(r"['’]?s?\s+(?:goods|products|merchandise|produce)\b", re.I)  # a place's " goods"
_WITH_AFTER = re.compile(r",\s+(?:with\b|by\s+[a-z]+ing\b)")
_PRICE_GAP = re.compile(r"[^.;:!?()]{0,60}")


def _price_change(text: str, quantities: Sequence[Quantity], i: int, s: int) -> bool:
    """Whether the rate or multiple `quantities[i]` is a price's change: the figure before it in its sentence is a
    price per unit ("robusta futures traded above $3,700 a tonne, more than double their level two years ago",
    "rice sold at $520 a ton, up 8%"), close by with no measure cue between."""
    if i < 1:
        return False
    q, prev = quantities[i], quantities[i - 1]
    return (prev.start >= s and "/" in prev.unit and prev.quantity == "money"
            and bool(_PRICE_GAP.fullmatch(text, prev.end, q.start))
            and not cues().measure.search(text, prev.end, q.start))


# between a non-trade cue and the figure it is the value of: "population of some ", "inflation at ", "rate was "
@cache
def _of_figure() -> re.Pattern[str]:
    return re.compile(rf"\s+(?:of|at|is|was|stood\s+at)\s+{hedge_slot()}", re.I)


_OF_WHOLE = re.compile(r"\s+of\s+(?:the\s+|all\s+)?")  # after a share, before its whole: "62% of (all) "


def _non_trade_rate(sentence: str, rel_s: int, rel_e: int) -> bool:
    """Whether a rate's clause names a non-trade rate (kg:NonTradeFigures: "inflation") and no trade measure."""
    c = cues()
    lo, hi = _clause(sentence, rel_s, rel_e)
    if any(_of_figure().fullmatch(sentence, e, rel_s) for _s, e in _non_trade_spans(sentence) if e <= rel_s):
        return True  # "Guatemala, with a population of some 18 million, is ...": the figure is the population's
    if (m := _OF_WHOLE.match(sentence, rel_e)) and c.non_trade.match(sentence, m.end()):
        return True  # "About 70% of firms polled said they would expand": a share of a non-trade whole
    return bool(c.non_trade.search(sentence, lo, hi)) and not any(
        not _in_non_trade(sentence, m.start()) for m in c.measure.finditer(sentence, lo, hi))


def _in_non_trade(sentence: str, at: int) -> bool:
    """Whether `at` (a measure cue's start) lies inside a non-trade figure's words ("fiscal deficit")."""
    return any(a <= at < b for a, b in _non_trade_spans(sentence))


@lru_cache(maxsize=64)
def _non_trade_spans(sentence: str) -> tuple[tuple[int, int], ...]:
    return tuple(m.span() for m in cues().non_trade.finditer(sentence))


@cache
def _product_needs() -> tuple[str, ...]:
    """Every match of `_product_pattern` holds a flow noun or verb, "which" or one of its subject's verbs: an ASCII
    clause holding none of them in any case is searched no further."""
    lex = load_lexicon()
    return (*stems((*lex.flow_nouns, *lex.flow_verbs)), "which", "accounted", "worth", "made", "brought", "amounted",
            "earned", "led", "topped", "dominated", "followed", "came next", "item", "product", "commodit")


def _of_product(sentence: str, rel_s: int, rel_e: int) -> bool:
    """Whether a good names what the figure counts, in the figure's clause before it (see `_product_pattern`)."""
    lo, _hi = _clause(sentence, rel_s, rel_e)
    if lo and sentence[:lo].rstrip().endswith(":"):
        lo = 0  # "Wheat flour remained the main export item: ... worth USD 287 million were shipped"
    before = sentence[lo:rel_s]
    if aside := _goods_aside(sentence, lo, rel_s):
        # "Sales to Peru, including re-exports of tyres and tea, reached $1.9 billion": the goods of an
        # aside on what the flow holds name no good of the figure
        before = sentence[lo : aside[0]] + sentence[aside[1] : rel_s]
    if before.rstrip().endswith(("(", "(+", "(-", "(−")) and cues().bracketed_good.search(before):
        return True  # "driven by machinery and mechanical appliances (+14.3%)", "crude oil (-11.6%)"
    quantity = _quantity_of_good().search(before)
    if quantity and not cues().measure.search(before, quantity.end()):
        return True  # "exported 213,500 tonnes of milled rice to Malaysia, worth $120 million": the good's value
    if _worth_of_good().match(sentence, rel_e):
        return True  # "Japan bought C$4.6 billion worth of Canadian canola seed", "exported $2.9 billion of canola"
    if before.isascii() and not any(w in before.lower() for w in _product_needs()):
        return False
    # "non-oil and gas exports": a good the qualifier "non-" also takes is left out of the flow, not its good
    goods = [m for m in cues().product.finditer(before) if not _NON_AND.search(before, max(0, m.start() - 30), m.start())]
    if not goods:
        return False
    # "After a pick-up in fuel deliveries, the ministry expects exports to Mali to exceed ...": a flow named bare in a
    # later clause than the good's is the figure's (not "... of the shipments", nor "Car parts led sales")
    bare = [f.start() for f in _flow_noun_re().finditer(before) if not any(m.start() <= f.start() < m.end() for m in goods)
            and not _OF_THE.search(before, max(0, f.start() - 12), f.start())]
    return any(not any(_later_clause(before, m.end(), b) for b in bare) for m in goods)


def _later_clause(text: str, a: int, b: int) -> bool:
    """Whether text[b] stands in a later clause than text[a]: a comma between, the last one opening no relative
    clause ("crude oil sales, which the bureau's headline series omits, were": the good's aside)."""
    comma = text.rfind(",", a, b)
    return comma >= 0 and not _RELATIVE_OPENS.match(text, comma + 1)


_RELATIVE_OPENS = re.compile(r"\s*(?:which|that|who|whose|where)\b", re.I)


_OF_THE = re.compile(r"\bof\s+(?:the\s+|its\s+|their\s+|all\s+)?$", re.I)


@cache
def _flow_noun_re() -> re.Pattern[str]:
    """Any flow noun (`_flow_alt`) as a word."""
    return re.compile(rf"\b(?:{_flow_alt()})\b", re.I)


def _goods_aside(sentence: str, lo: int, rel_s: int) -> tuple[int, int] | None:
    """The aside on what a flow holds between the flow named in the clause from `lo` and its figure at `rel_s`:
    opened by kg:AsideCues after a comma, closed by the last comma before the figure, with no figure inside."""
    o = next(reversed(list(aside_opener().finditer(sentence, lo, rel_s))), None)
    if o is None or not _flow_noun_re().search(sentence, lo, o.start()):
        return None
    close = aside_close(sentence, o.end(), rel_s)
    return (o.start(), close) if close > o.end() else None


@cache
def _quantity_of_good() -> re.Pattern[str]:
    """A flow verb whose object is a quantity of a good in a count noun (kg:CountNouns): "exported 213,500 tonnes
    of milled rice", "bought 1.2 million tonnes of raw cashew" (any good but goods in general)."""
    counts = alternation(cues().lex.count_nouns) or "(?!)"
    return re.compile(rf"\b(?:{_flow_verbs()})\s+(?:[a-z]+\s+)?[\d.,]+\s+(?:[a-z]+\s+){{0,2}}?(?:{counts})\s+of\s+"
                      r"(?!(?:goods|products|merchandise|items|commodities)\b)[\w-]", re.I)


@cache
def _worth_of_good() -> re.Pattern[str]:
    """Right after a figure, a good it is the worth of: " worth of Canadian canola seed", " of canola seed"
    (kg:ProductNouns)."""
    goods = alternation(cues().lex.product_nouns) or "(?!)"
    return re.compile(rf"\s+(?:worth\s+)?of\s+(?!which\b)(?:[\w-]+\s+){{0,2}}?(?:{goods})\b", re.I)


def _placed_siblings(claims: list[Claim], unplaced: Collection[str]) -> list[Claim]:
    """A figure whose sentence names no place ("Annual results: the deficit narrows to $12.4 billion", a
    headline) takes the parties and direction of the same figure (value, unit, measure, period) stated where
    a place is named ("Peru's trade deficit narrowed to $12.4 billion in 2024"), when all such agree: the
    document says it again with its owner."""
    if not unplaced:
        return claims
    placed: dict[tuple[object, ...], set[tuple[tuple[str, ...], str | None, str | None]]] = {}

    def key(c: Claim) -> tuple[object, ...]:
        return (c.unit, c.value, c.measure, c.kind, c.period.start if c.period else None,
                c.period.end if c.period else None)

    for c in claims:
        if c.id not in unplaced and c.measure != "unclassified" and c.parties:
            placed.setdefault(key(c), set()).add((c.parties, c.exporter, c.importer))
    out = []
    for c in claims:
        if c.id in unplaced and c.measure != "unclassified" and len(got := placed.get(key(c), set())) == 1:
            parties, exporter, importer = next(iter(got))
            if parties != c.parties:
                c = c.model_copy(update={"parties": parties, "exporter": exporter, "importer": importer})
        out.append(c)
    return out


def _one_flow(claims: list[Claim], unplaced: Collection[str]) -> list[Claim]:
    """Exports or imports in a sentence that names no place ("The exports fell short of the $50 billion
    projected") take the one direction the document gives that measure between the same parties ("Kenya's
    exports to India ..."); a document that speaks of both directions leaves them undirected."""
    ways: dict[tuple[str, tuple[str, ...]], set[tuple[str, str]]] = {}
    # the country whose own flows the document reports with each pair: the exporter of its exports, the
    # importer of its imports ("Ghana's exports to Côte d'Ivoire rose ...": Ghana)
    reporters: dict[tuple[str, ...], set[str]] = {}
    measures = cues().lex.measures
    for c in claims:
        if c.exporter and c.importer:
            ways.setdefault((c.measure, c.parties), set()).add((c.exporter, c.importer))
            meas = measures.get(c.measure)
            if meas and meas.direction:
                reporters.setdefault(c.parties, set()).add(c.exporter if meas.direction == "export" else c.importer)
    if not ways:
        return claims
    out = []
    for c in claims:
        way = ways.get((c.measure, c.parties)) if not c.exporter and c.id in unplaced else None
        if way and len(way) == 1:
            exporter, importer = next(iter(way))
            c = c.model_copy(update={"exporter": exporter, "importer": importer})
        elif (not way and not c.exporter and c.id in unplaced and len(c.parties) == 2
              and len(who := reporters.get(c.parties, set())) == 1 and (meas := measures.get(c.measure))
              and meas.direction and _to_partner_noun().search(c.evidence.text)):
            # "Imports from the western neighbour fell ..." in a document reporting one country's flows with
            # the pair: the noun is that country's partner, the flow that country's own
            own = next(iter(who))
            other = next(p for p in c.parties if p != own)
            noun = _to_partner_noun().search(c.evidence.text)
            if noun and not any(e.entity == other and e.start < noun.start() for e in find_places(c.evidence.text)):
                # (not a sentence that speaks from the other side first, "Kenyan officials said imports from the
                # western neighbour fell": that side's own flow, directed where the claim was read)
                exporter, importer = (own, other) if meas.direction == "export" else (other, own)
                c = c.model_copy(update={"exporter": exporter, "importer": importer})
        out.append(c)
    return out


def _mask_names(sentence: str, offset: int, ctx: DocContext) -> str:
    """Blank out organisation names so 'Foreign Trade Secretariat' is not read as a measure cue."""
    chars = list(sentence)
    for o in ctx.orgs:
        if offset <= o.start and o.end <= offset + len(sentence):
            chars[o.start - offset : o.end - offset] = " " * (o.end - o.start)
    masked = "".join(chars)
    if "xports" in masked:
        # "domestic exports and re-exports combined": the two parts added up, the whole flow's cue ("exports")
        masked = _PARTS_ADDED.sub(lambda m: " " * (len(m.group(0)) - 7) + "exports", masked)
    return masked


_PARTS_ADDED = re.compile(r"\bdomestic\s+exports\s+(?:and|plus|\+)\s+re-?exports(?:\s+combined)?\b", re.I)


def _speaker_id(label: str) -> str:
    """For a speaker found as a bare noun (no entity mention): 'group:officials' for "officials", "analysts"
    and the like, else 'person:<slug>'."""
    generic = cues().generic_lower
    last = label.split()[-1].lower()
    if last in generic or label.lower() in generic:
        return "group:" + slug(label)
    return "person:" + slug(label)


def _paragraph_start(text: str, pos: int, back: int) -> int:
    """Start of the paragraph holding `pos`, or of the `back`-th non-empty paragraph before it."""
    start = text.rfind("\n", 0, pos) + 1
    for _ in range(back):
        prev = text[:start].rstrip()
        if not prev:
            break
        start = prev.rfind("\n") + 1
    return start


@cache
def _apposed_base() -> re.Pattern[str]:
    """A comparison set after a comma beside the figure before it, leading straight to the figure after it (", up from",
    ", wider than the", ", compared with about"), with no figure, clause or sentence end between."""
    return re.compile(rf"[^;:!?\d]*,\s+(?:(?:up|down)\s+from|{_COMPARATIVES}\s+than"
                      r"|compared\s+(?:with|to)|against|versus|vs\.?)\s+(?:the\s+|a\s+)?"
                      rf"{hedge_slot()}(?:(?:revised|previous|record)\s+)?$", re.I)


_COMPARATIVES = r"(?:larger|smaller|higher|lower|bigger|greater|wider|narrower)"  # "... than" a base
_BASE_BEFORE = re.compile(r"(?:\bfrom|\bcompar(?:ed|es|e)\s+(?:to|with)|\bagainst|\bversus|\bvs\.?"
                          rf"|\b{_COMPARATIVES}"
                          r"(?:\s+by\s+[\d.,]+\s*(?:%|per\s?cent|percent))?\s+than"
                          r"|\bafter\s+(?:already\s+|first\s+)?[a-z]+ing\s+(?:to|at)"
                          r"|\b(?:close\s+to|near|short\s+of|shy\s+of)\s+the"
                          # "a growth of 4.1 per cent over USD 9.20 billion": a rate's base figure
                          r"|\d\s?(?:%|per\s?cent|percent)\s+(?:over|on))\s*(?:a\s+|the\s+)?"
                          r"(?:(?:roughly|about|around|some|nearly|almost|approximately|just|only|barely|mere)\s+)?"
                          r"(?:(?:record|revised|previous|all-time\s+high\s+of|record\s+high\s+of)\s+)?$", re.I)


def _base_figure(text: str, q: Quantity) -> bool:
    """Whether a comparison word stands right before the figure ("from", "compared with", "after dropping to"),
    or "from" and a noun the figure is the amount of (kg:BaseNouns: "down from a deficit of $1.1 billion")."""
    return bool(_BASE_BEFORE.search(text, max(0, q.start - 40), q.start)
                or _base_noun_before().search(text, max(0, q.start - 50), q.start))


@cache
def _base_noun_before() -> re.Pattern[str]:
    """ "from a deficit of ", "from the record surplus of about ", "against a shortfall of ": a base figure named by
    its noun."""
    nouns = alternation(load_lexicon().base_nouns) or "(?!)"
    return re.compile(rf"\b(?:from|against|compared\s+(?:to|with)|versus)\s+(?:a\s+|the\s+)?(?:[a-z-]+\s+)?"
                      rf"(?:[a-z-]+['’]s\s+)?(?:{nouns})\s+of\s+{hedge_slot()}$", re.I)  # "from the previous year's level of"


def _comparison_base(text: str, q: Quantity, times: Sequence[TimeExpr], own: Sequence[TimeExpr]) -> Period | None:
    """'up from $20.4 billion the previous year', 'down from 40.4% a year earlier': the base figure (a value, a
    rate or a share) sits one year before the sentence's period."""
    if q.quantity not in ("money", "percent") or not _base_figure(text, q):
        return None
    prev = [t for t in times if t.role == "previous" and (0 <= t.start - q.end <= 20 or (
        0 <= q.start - t.end <= 30 and _POSSESSED_BASE.match(text, t.end, q.start)))]  # "the previous year's level of"
    main = [t for t in own if t.role in ("point", "deadline")]
    if not prev or not main:
        return None
    m = main[0]
    try:
        start, end = m.start_date.replace(year=m.start_date.year - 1), m.end_date.replace(year=m.end_date.year - 1)
    except ValueError:  # 29 February
        start, end = m.start_date.replace(year=m.start_date.year - 1, day=28), m.end_date.replace(year=m.end_date.year - 1, day=28)
    return Period(start=start, end=end, as_stated=f"{prev[0].text} (before {m.text})", resolution="relative")


@cache
def _estimate_word() -> re.Pattern[str]:
    """An estimate's cue (kg:KindScheme's estimate: "estimated", "estimates")."""
    words = alternation(w for w, k in cues().kind_of.items() if k == "estimate")
    return re.compile(rf"\b(?:{words or '(?!)'})\b", re.I)


@cache
def _estimate_before() -> re.Pattern[str]:
    """An estimate's cue right before a figure ("from an estimated $3.4 billion"), searched up to the figure."""
    return re.compile(rf"{_estimate_word().pattern}[^.;,\d]*$", re.I)


_POSSESSED_BASE = re.compile(r"['’]s\s+(?:[a-z-]+\s+)?[a-z]+\s+of\s+(?:[a-z]+\s+){0,2}$", re.I)


def _year_before(text: str, q: Quantity, times: Sequence[TimeExpr]) -> bool:
    """A base figure followed by "a year earlier" / "the previous year" ("down from $51bn a year earlier",
    "against 3.5% a year earlier")."""
    return (q.quantity in ("money", "percent") and _base_figure(text, q)
            and any(t.role == "previous" and 0 <= t.start - q.end <= 20 for t in times))


def _timeless_base(text: str, q: Quantity, times: Sequence[TimeExpr], end: int) -> bool:
    """A base figure with no time of its own before the clause ends ("up 5.3% to R371.2bn from R352.6bn,"):
    the same span a year before the sentence's figures."""
    if q.quantity != "money" or not _BASE_FROM.search(text, max(0, q.start - 40), q.start):
        return False
    stop = _CLAUSE_END.search(text, q.end, end)
    limit = stop.start() if stop else end
    return not any(q.end <= t.start < limit for t in times)


_BASE_FROM = re.compile(r"\b(?:to|at)\s+(?:(?-i:[A-Z]{2,3})\$?\s?|Rs\.?\s?)?\S+(?:\s+(?:billion|million|trillion|bn|mn|tn|lakh\s+crore|crore))?"
                        r"\s+from\s+(?:a\s+|the\s+)?$"  # "widened to USD 15.2 billion from USD 13.9 billion"
                        # "were $2.1 billion, up 15.8 percent from $1.8 billion": a change's base
                        r"|\b(?:up|down|higher|lower)\s+(?:by\s+)?[\d.,]+\s?(?:%|per\s?cent|percent)\s+from\s+(?:a\s+|the\s+)?$"
                        # "reached $5 billion in 2025, up from $4 billion": the base right after a comma
                        r"|\d[^,;:()]{0,40},\s+(?:up|down)\s+from\s+(?:a\s+|the\s+)?$", re.I)
_CLAUSE_END = re.compile(r"[,;:.]|\s(?:and|while|but|as)\s")


def _shifted(p: Period, years: int, as_stated: str) -> Period:
    """The same span `years` years away (29 February becomes the 28th)."""
    def move(d: date) -> date:
        try:
            return d.replace(year=d.year + years)
        except ValueError:
            return d.replace(year=d.year + years, day=28)

    return Period(start=move(p.start), end=move(p.end), as_stated=as_stated, resolution="relative")


_PLUPERFECT = re.compile(r"\bhad\s+(?:already\s+|previously\s+)?(?:stood|been|reached|totall?ed|amounted|risen|"
                         r"fallen|grown|hit|come|climbed|dropped|peaked)\b", re.I)
# a figure restated on another calendar ("On a calendar-year basis, trade was $40 billion in 2023." after a lead on a
# fiscal year): a side note, which sets no period for what follows
_OTHER_BASIS = re.compile(r"\b(?:on|in)\s+(?:an?\s+)?(?:calendar|fiscal|financial)[- ]year\s+(?:basis|terms)\b", re.I)
# a figure recalled as a record ("The 2019 figure of $3 billion remains the highest on record."): background
# (not a relative clause on the figure just stated: "rose to $25 billion in 2024, which was the highest on record")
_RECORD_NOTE = re.compile(r"(?<!\bwhich\s)(?<!\bthat\s)"
                          r"\b(?:remains|remained|is|was|stands\s+as|still\s+stands\s+as)\s+(?:the\s+)?(?:highest|lowest|"
                          r"largest|biggest|smallest|best|worst)\s+(?:on\s+record|ever(?:\s+recorded)?)\b", re.I)
_PROSE_END = re.compile(r"[.!?][\"”’')\]]*\s*$")  # a paragraph of sentences ends like one
_LEAD_BACK = 4  # paragraphs without figures (headings, link lists, source lines) passed over to find a lead


def _lead_period(claims: Sequence[Claim], text: str, pos: int, bases: Collection[str] = (),
                 times: Sequence[TimeExpr] = (), share: bool = False, published: date | None = None,
                 sentence: str = "") -> Period | None:
    """The period most actual figures of the previous paragraph with figures state (news leads set the period).

    Paragraphs without figures that are no prose (a heading, a "Related" link list, a source line) are passed
    over; a prose paragraph without figures ends the lead's reach if it names times other than the lead's period
    among `times` (the document's); one naming the lead's period ("Japan's fiscal year runs from April to March,
    so fiscal 2024 ended on March 31, 2025." between the lead and the next figures) or no time at all
    ("Chemicals and fuels dominate the flows.") passes it on. A comparison
    base ("up from $20 billion in 2021") does not count: its period is its own; nor does one background figure
    against the lead's others ("had totaled $38.3 billion in 2023 ... rose 5.6% last year"): the period most
    of them state wins, the first on a tie. A previous paragraph holding only figures of another kind for the
    same period as the one before it ("the $50 billion projected for 2023") passes that paragraph's period on.
    With no figures before it at all, a prose paragraph of the lead that names one recent period and a measure
    ("Lesotho's trade with South Africa grew in FY2024-25 (April 2024 through March 2025), the revenue
    authority said." above "Imports from South Africa rose 4.2 per cent to M 31.6 billion") sets it (`_prose_lead`).
    """
    hi = _paragraph_start(text, pos, back=0)
    prose: list[tuple[int, int]] = []  # figure-free prose paragraphs passed over: each must name the lead's period
    steps = 0
    while steps < _LEAD_BACK:
        lo = _paragraph_start(text, hi, back=1)
        if lo == hi:
            return _prose_lead(text, prose, times, published, sentence)
        if text.startswith("|", lo):  # a table's rows (their claims come later) pass over as one step
            while (up := _paragraph_start(text, lo, back=1)) < lo and text.startswith("|", up):
                lo = up
        steps += 1
        between = [c for c in claims if lo <= c.evidence.start < hi]
        if between and not all(_PLUPERFECT.search(c.evidence.text) or _of_year_before(c)
                               or _OTHER_BASIS.search(c.evidence.text) or _RECORD_NOTE.search(c.evidence.text)
                               for c in between) and (not share or any(c.kind == "actual" for c in between)):
            break  # (a share of a total, stated with no time, is of the latest actual period reported: a paragraph
            # of forecasts and targets only, "trade reaching $20 billion by 2030", passes that period on)
        if between:  # "Bilateral trade had stood at $6.17 billion in 2023.", "Revenue in the preceding fiscal year
            # stood at $101 million.": background, passed over
            hi = lo
            continue
        if _PROSE_END.search(text, lo, hi) and len(text[lo:hi].split()) >= 6:
            if not times:
                return None  # a paragraph of prose about something else ends the lead's reach
            prose.append((lo, hi))
        hi = lo
    else:
        return _prose_lead(text, prose, times, published, sentence)
    found = _common_actual_period(between, bases, lambda: _claims_before(claims, text, lo))
    if found is not None:
        found = _story_after_prior_year(between, found, _claims_before(claims, text, lo), bases) or found
    if found is not None and prose:
        named = {(t.start_date, t.end_date) for t in times if any(a <= t.start < b for a, b in prose)
                 and not _fiscal_edge(text, t, found, prose)}
        # prose naming no time at all ("Chemicals and fuels dominate the flows ...") leaves the lead's period on
        return found if not named or (found.start, found.end) in named else None
    if found is not None or prose:
        return found
    before = _paragraph_start(text, lo, back=1)
    if before == lo:
        return None
    found = _common_actual_period([c for c in claims if before <= c.evidence.start < lo], bases)
    if found is not None and all(c.kind != "actual" and c.period and (c.period.start, c.period.end)
                                 == (found.start, found.end) for c in between):
        return found
    return None



def _prose_lead(text: str, prose: Sequence[tuple[int, int]], times: Sequence[TimeExpr],
                published: date | None, sentence: str = "") -> Period | None:
    """The period the nearest figure-free prose paragraph before a figure names, when no figure precedes: one
    period (other times in it cover about the same days: "FY2024-25 (April 2024 through March 2025)"),
    within two years before the document's date, in a sentence naming a measure that moved ("Lesotho's trade with
    South Africa grew in FY2024-25"); None otherwise ("Trade ties date back to 1995.", "The trade agreement
    was signed in 2024.") and for a figure's `sentence` that speaks of a rate or a span ("have averaged $900
    million a year over the past decade")."""
    if not prose or published is None or _SPAN_OR_RATE.search(sentence):
        return None
    a, b = prose[0]
    named = [t for t in times if a <= t.start < b and t.role == "point"]
    if not named or _lead_of_other(named):
        return None
    t = named[0]
    if not (t.start_date <= published and t.end_date >= published - timedelta(days=731)):
        return None
    span = next(((s, e) for s, e in split_sentences(text[a:b]) if s <= t.start - a < e), None)
    if (span is None or not cues().measure.search(text, a + span[0], a + span[1])
            or not cues().growth.search(text, a + span[0], a + span[1])):
        return None
    return Period(start=t.start_date, end=t.end_date, as_stated=f"{t.text} (the lead)", resolution=t.resolution)


# a figure's sentence speaking of a rate or a span, whose period no lead sets: "averaged $900 million a year over the
# past decade", "monthly exports average $90 million", "in the latest 12 months"
_SPAN_OR_RATE = re.compile(r"\b(?:averag\w*|monthly|a\s+year|per\s+year|annually|latest|past|last\s+\d+|over\s+the)\b",
                           re.I)


def _lead_of_other(named: Sequence[TimeExpr]) -> bool:
    """Whether times of one paragraph name more than one period (each other covering less than 90 % of the first's
    days)."""
    first = named[0]
    days = (first.end_date - first.start_date).days + 1
    for t in named[1:]:
        overlap = (min(t.end_date, first.end_date) - max(t.start_date, first.start_date)).days + 1
        if overlap < 0.9 * max(days, (t.end_date - t.start_date).days + 1):
            return True
    return False

def _fiscal_edge(text: str, t: TimeExpr, lead: Period, prose: Sequence[tuple[int, int]]) -> bool:
    """ "Canada's fiscal year ended in March." between a lead on fiscal 2024 and the next figures: the month a
    fiscal year begins or ends with, named in a paragraph about the fiscal year, only tells when that year runs
    (the lead's period passes on)."""
    if t.start_date is None or t.end_date is None or (t.start_date.day, t.end_date.day) != (1, month_end(
            t.end_date.year, t.end_date.month).day) or (t.start_date.year, t.start_date.month) != (
            t.end_date.year, t.end_date.month):
        return False
    if t.start_date.month not in (lead.start.month, lead.end.month):
        return False
    return any(a <= t.start < b and _FISCAL_WORD.search(text, a, b) for a, b in prose)


_YEARLY = re.compile(r"\s+(?:a|per|each|every)\s+year\b|\s+per\s+annum\b|\s+annually\b", re.I)
# a yearly rate, not a time a year away ("6% a year earlier in 2024")
_YEARLY_RATE = re.compile(rf"(?:{_YEARLY.pattern})(?!\s+(?:earlier|ago|before|after|on|over|in|to|from|since|between)\b)",
                          re.I)
_PAST_TENSE = re.compile(r"\b(?:was|were|had)\b", re.I)


_YEAR_BEFORE_STATED = re.compile(r"\b(?:previous|prior|preceding)\s+(?:fiscal\s+|financial\s+)?year\b", re.I)


def _of_year_before(c: Claim) -> bool:
    """A figure stated for "the preceding fiscal year" (the year before the one spoken of): background."""
    return c.period is not None and bool(_YEAR_BEFORE_STATED.search(c.period.as_stated))


def _story_after_prior_year(between: Sequence[Claim], found: Period, earlier: Sequence[Claim],
                            bases: Collection[str]) -> Period | None:
    """The story's period when the previous paragraph only gives the year-before values of figures the paragraph
    before it stated ("Kenya's exports to Uganda rose 9% to $1.4 billion in 2024." then "Exports to the East
    African state stood at $1.28 billion in 2023."): a comparison, which sets no period for what follows."""
    story = _common_actual_period(earlier, bases)
    if story is None or (found.start.year + 1, found.start.month, found.end.year + 1, found.end.month) != (
            story.start.year, story.start.month, story.end.year, story.end.month):
        return None
    told = {c.measure for c in earlier if c.period and (c.period.start, c.period.end) == (story.start, story.end)}
    if all(c.kind == "actual" and c.period is not None and (c.period.start, c.period.end) == (found.start, found.end)
           and c.measure in told for c in between):
        return story
    return None


def _claims_before(claims: Sequence[Claim], text: str, pos: int) -> list[Claim]:
    """The claims of the nearest paragraph with figures before `pos` (at most `_LEAD_BACK` paragraphs back)."""
    hi = pos
    for _ in range(_LEAD_BACK):
        lo = _paragraph_start(text, hi, back=1)
        if lo == hi:
            break
        found = [c for c in claims if lo <= c.evidence.start < hi]
        if found:
            return found
        hi = lo
    return []


def _common_actual_period(claims: Sequence[Claim], bases: Collection[str],
                          earlier: Callable[[], Sequence[Claim]] | None = None) -> Period | None:
    """The period most stated (not inferred), non-base actual figures among `claims` have; on a tie the one the
    claims `earlier` gives (the paragraph before, asked for only then) state most, when it is among them (the
    story's period runs on: "Exports stood at $2.1bn in FY24. ... amounted to Rs600bn during FY25." after a lead
    on FY25 leads into FY25), else the first."""
    periods = [c.period for c in claims if c.kind == "actual" and c.period and c.period.resolution != "inferred"
               and c.id not in bases]
    if not periods:
        return None
    counts = Counter((p.start, p.end) for p in periods)
    top = max(counts.values())
    tied = [p for p in periods if counts[(p.start, p.end)] == top]
    if len({(p.start, p.end) for p in tied}) > 1 and earlier is not None:
        story = _common_actual_period(earlier(), bases)
        if story is not None:
            return next((p for p in tied if (p.start, p.end) == (story.start, story.end)), tied[0])
    return tied[0]


@dataclass(frozen=True)
class _Fence:
    """A sentence's comparison bases: the time right after each base figure, and every time fenced off."""

    base_time: dict[int, TimeExpr]  # base figure start -> the time stated with it ("from $20bn in 2021")
    times: frozenset[int]  # starts of the times that belong to a base only
    only_bases: bool  # every period the sentence states is a base's: later sentences look past it


@cache
def _base_gap() -> re.Pattern[str]:
    """Between a base figure and its own time: a noun it is the amount of (kg:BaseNouns: "the $18.1 billion
    shortfall in 2023"), a verb, a preposition ("up from $9bn recorded in 2021")."""
    nouns = alternation(load_lexicon().base_nouns) or "(?!)"
    return re.compile(rf"\s{{0,3}}(?:(?:{nouns})\s+)?(?:(?:recorded|posted|registered|reported|seen)\s+)?"
                      r"(?:(?:in|for|during|over)\s+(?:the\s+)?(?:whole\s+(?:of\s+)?)?)?")
_TIME_BASE_BEFORE = re.compile(
    r"(?:(?:\bcompared\s+(?:to|with)|\bthan(?:\s+in)?|\bsame\s+(?:level\s+)?as(?:\s+in)?|\bin\s+line\s+with|\bagainst|\bversus|\bvs\.?|\b(?:up|down|rise|fall|rose|fell)\s+[\d.,]+\s?(?:%|per\s?cent|percent)\s+from"
    r"|[\d.,]+\s?(?:%|per\s?cent|percent|[mb]n|million|billion|trillion)\s+from"
    r"|\bafter\s+(?:a\s+)?[a-z]+ing\s+(?:by\s+)?[\d.,]+\s?(?:%|per\s?cent|percent)"  # "after declining 3.5% in August"
    r"|\b(?:double|twice|triple|treble|half)"  # "nearly double the 2023 level"
    r"|[\d.,]+\s?(?:%|per\s?cent|percent)\s+(?:ahead(?:\s+of)?|over|above|below|on)"
    # "a 6% increase on 2023", "a 4.2 per cent year-on-year rise on 2024": the change's base year (not "over",
    # which may be the span: "9% growth over 2024 as a whole")
    r"|[\d.,]+\s?(?:%|per\s?cent|percent)\s+(?:(?:annual|yearly|year-on-year|y/y)\s+)?"
    r"(?:increase|rise|growth|jump|gain|decline|drop|fall|decrease)\s+on)\s*(?:the\s+|a\s+)?"
    r"|\bfrom\s+(?:the\s+)?same\s+(?:period|months?|quarter|time)\s+(?:(?:of|in)\s+)?"
    r"|\b(?:above|below|exceeding|surpassing|beyond)\s+(?:the\s+|a\s+)?(?:(?:full|whole|entire)[- ]year\s+)?)$", re.I)
# right after a time, a noun making it a base: "from the 2024-25 base", "on its 2019 baseline", "2019 levels"
_BASE_NOUN_AFTER = re.compile(r"[ \t]+(?:base(?:line)?|levels?)\b(?![ \t]+(?:of|for|in)\b)", re.I)
_SAME_BASE_BEFORE = re.compile(r"\b(?:from|compared\s+(?:to|with)|than|against|versus|vs\.?|on)\s+$", re.I)
# a time that opens a range ("from 2021 to 2023"), not one a figure follows ("compared to May 2024 to $2.1 billion")
_RANGE_AFTER = re.compile(r"\s*(?:to|through|until|till|and|[-–])\b(?!\s+(?:[^\w\s]|(?-i:[A-Z]{2,3})\b|\d[\d.,]*\s*"
                          r"(?:%|per\s?cent|percent|[mb]n\b|million|billion|trillion)))", re.I)


_NO_FENCE = _Fence({}, frozenset(), False)
_BASE_AFTER_TIME = re.compile(r"\s*\(\s*(?:(?:about|around|roughly|some|nearly)\s+)?")
_COMPARING = re.compile(r"from|compare|against|versus|vs|than|after|over|ahead|above|below|double|twice|triple|treble|half|same as|in line with"
                        r"|(?:%|cent)\s+(?:(?:[\w/-]+\s+)?(?:increase|rise|growth|jump|gain|decline|drop|fall|decrease)\s+)?on\b",
                        re.I)  # every sentence with a base has one
# a base figure labelled with its own time in brackets after the figure it compares with: "fell 2.9% to €46.9
# billion (2023: €31.6 billion)", "a share of 14.1% (previous year: 13.8%)"
_LABELLED_BASE = re.compile(r"\([^():]{1,40}:\s*\S|\((?:in|for)\s+[^(),]{1,30},")  # "(2023: ", "(in 2024, "
_LABEL_COLON = re.compile(r"\s*:\s*")
_LABEL_BEFORE = re.compile(r"\S\s*\(\s*[^():]{1,40}:\s*$")  # a figure's "(2024: " after another figure's words
_LABEL_COMMA = re.compile(r"\s*,\s*(?:(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}(?:of\s+)?)?")  # "(in 2024, a deficit of "
_CLOSES = re.compile(r"\s*\)")
_COMPARING_WORDS = ("from", "compare", "against", "versus", "vs", "than", "after", "over", "ahead", "above", "below",
                    "double", "twice", "triple", "treble", "half", "same as", "in line with")


def _comparing(sentence: str) -> bool:
    """`_COMPARING.search(sentence)`: in ASCII text its words are plain substrings of the lower-cased sentence,
    and "on" must follow a "%" or "cent" for the rest to match. A labelled base in brackets ("(2023: €48.3
    billion)", "(in 2024, a deficit of ...)") compares too."""
    if "(" in sentence and _LABELLED_BASE.search(sentence):
        return True
    if not sentence.isascii():
        return bool(_COMPARING.search(sentence))
    low = sentence.lower()
    return any(w in low for w in _COMPARING_WORDS) or (("%" in low or "cent" in low) and bool(_COMPARING.search(sentence)))


def _fence(text: str, quantities: Sequence[Quantity], times: Sequence[TimeExpr]) -> _Fence:
    """The periods of a sentence's comparison bases (of its `quantities` and `times`), fenced off from its other
    figures.

    A time right after a base figure ("up from $20 billion in 2021", "compared with $9bn a year earlier") or
    right after a comparison word with no figure ("up 5% compared with 2021") speaks of the base only.
    """
    if not times:
        return _NO_FENCE
    base_time: dict[int, TimeExpr] = {}
    fenced: set[int] = set()
    for q in quantities:
        if q.quantity == "count":
            continue
        if not _base_figure(text, q):
            continue
        t = next((t for t in times if t.start >= q.end), None)
        if t is not None and _base_gap().fullmatch(text, q.end, t.start):
            base_time[q.start] = t
            fenced.add(t.start)
    for t in times:
        # "(2023: €31.6 billion)": a time opening a bracket, a colon, then a figure; that figure's time alone
        if (t.role in ("point", "previous") and text[max(0, t.start - 2) : t.start].rstrip().endswith("(")
                and (m := _LABEL_COLON.match(text, t.end)) and ":" in m.group(0)):
            labelled = next((o for o in quantities if o.start == m.end() and o.quantity != "count"), None)
            if labelled is not None:
                base_time[labelled.start] = t
                fenced.add(t.start)
        elif t.role in ("point", "previous") and text[max(0, t.start - 2) : t.start].rstrip().endswith("("):
            # "(in 2023, a deficit of EUR 812.7 million)": a bracket of its own time and one figure
            labelled = next((o for o in quantities if o.start >= t.end), None)
            if (labelled is not None and labelled.quantity != "count"
                    and _LABEL_COMMA.fullmatch(text, t.end, labelled.start) and _CLOSES.match(text, labelled.end)):
                base_time[labelled.start] = t
                fenced.add(t.start)
    for t in times:
        if (t.start not in fenced and t.role in ("point", "deadline", "previous", "date")
                and _TIME_BASE_BEFORE.search(text, max(0, t.start - 40), t.start)
                and not _RANGE_AFTER.match(text, t.end)):
            fenced.add(t.start)
        elif t.start not in fenced and t.role in ("point", "previous") and _BASE_NOUN_AFTER.match(text, t.end):
            fenced.add(t.start)  # "from a 2023 base, the goal means growth of 9% a year": a base
        elif t.role == "same" and _SAME_BASE_BEFORE.search(text, max(0, t.start - 20), t.start):
            fenced.add(t.start)  # "up 5.9% from the same period of 2024": the base's period, not the figure's
    for t in times:
        if t.start not in fenced:
            continue
        # "after declining 3.5% in August": the figure right before a base's time is the base's
        before = next((o for o in reversed(quantities) if o.end <= t.start), None)
        if before is not None and before.quantity != "count" and not text[before.end : t.start].strip():
            base_time.setdefault(before.start, t)
        # "7.8% higher than in January-September 2024 (CHF 38.7 billion)": the base's own figure after it
        if m := _BASE_AFTER_TIME.match(text, t.end):
            start = next((o.start for o in quantities if o.start == m.end() and o.quantity == "money"), None)
            if start is not None:
                base_time.setdefault(start, t)
    own = [t for t in times if t.role in ("point", "deadline", "asof", "same")]
    return _Fence(base_time, frozenset(fenced), bool(fenced) and all(t.start in fenced for t in own))


def _deadline_of(own: Sequence[TimeExpr], sentence: str, s: int, rel_s: int, rel_e: int,
                 published: date | None) -> TimeExpr | None:
    """A target's deadline: a "by/until 2030" or "within five years" in its sentence (the nearest, its own clause
    first), else a year stated in its own clause that is not a relative past ("last year")."""
    lo, hi = _clause(sentence, rel_s, rel_e)

    def dist(t: TimeExpr) -> int:
        return t.start - s - rel_e if t.start - s >= rel_e else rel_s - (t.end - s)

    in_clause = [t for t in own if lo <= t.start - s and t.end - s <= hi]
    named = [t for t in in_clause if t.role == "point" and t.start - s >= rel_e
             and _NAMED_FOR.fullmatch(sentence[rel_e : t.start - s] + _lead_word(t.text))]
    if named:
        return named[0]  # "the $20 billion goal for 2027 ..., let alone the $30 billion by 2030"
    deadlines = [t for t in in_clause if t.role == "deadline"] or [t for t in own if t.role == "deadline"]
    if deadlines:
        return min(deadlines, key=dist)
    points = [t for t in in_clause if t.role == "point"
              and not (t.resolution == "relative" and published is not None and t.end_date < published)]
    return min(points, key=dist) if points else None


# a figure's own year (the time's first word may be its "for"): "the $20 billion goal for 2027"
_NAMED_FOR = re.compile(r"\s+(?:[a-z]+\s+){0,2}?(?:for|in)\s+")


def _lead_word(text: str) -> str:
    """A time's leading preposition with the space after it ("for 2027" -> "for "), else ""."""
    first = text.split(maxsplit=1)[0]
    return f"{first} " if first.isalpha() else ""


def _fiscal_previous(t: TimeExpr) -> bool:
    """ "The previous fiscal year" that is no comparison base: the one before the publication's (periods). "The
    same period of the previous financial year" is a base."""
    return t.role == "previous" and bool(_FISCAL_WORD.search(t.text)) and not _SAME_SPAN.search(t.text)


_FISCAL_WORD = re.compile(r"\b(?:fiscal|financial)\b", re.I)
_SAME_SPAN = re.compile(r"\b(?:same|corresponding|comparable)\b", re.I)


_OF_GAP = re.compile(r"(?:\s+[a-z-]+){1,2}\s*")  # "the 30.7% peak of 2023": a noun, then the time's "of"


def _held_by(text: str, quantities: Sequence[Quantity], q_starts: Sequence[int], t: TimeExpr) -> int | None:
    """The figure a time belongs to alone: "of 2023" right after a figure and its noun ("the 30.7% peak of
    2023", "a $5bn surplus of 2022") is that figure's period, not its sentence's."""
    if not t.text.lower().startswith("of "):
        return None
    i = bisect.bisect_left(q_starts, t.start) - 1
    if i < 0:
        return None
    q = quantities[i]
    return q.start if q.end <= t.start and _OF_GAP.fullmatch(text, q.end, t.start) else None


def _previous_sentence(si: int, fences: dict[int, _Fence]) -> int:
    """The sentence before `si` whose period is in force: sentences stating only a base's period are skipped."""
    j = si - 1
    while j >= 0 and j in fences and fences[j].only_bases:
        j -= 1
    return j


# "in the quarter", "in the half": the last period of that length the text stated, in days
_SPAN_DAYS = {"quarter": (89, 92), "half": (181, 184)}
_SPAN_WORD = re.compile(r"\b(quarter|half)\b", re.I)


def _last_of_length(claims: Sequence[Claim], bases: Collection[str], said: str) -> Period | None:
    """The period of "in the quarter" ("in the half"): the last quarter (half year) a figure before it was stated
    for, a comparison base's aside ("Exports jumped in the third quarter. For January-September they totalled
    $3 billion. Fuel made up 62% of them in the quarter" is the third quarter); None when `said` names no such span
    or no figure before was of one."""
    m = _SPAN_WORD.search(said)
    if m is None:
        return None
    lo, hi = _SPAN_DAYS[m.group(1).lower()]
    return next((c.period for c in reversed(claims) if c.period is not None and c.id not in bases
                 and lo <= (c.period.end - c.period.start).days + 1 <= hi), None)


def _period_sentence(si: int, fences: dict[int, _Fence], sentences: Sequence[tuple[int, int]], text: str,
                     time_starts: Sequence[int]) -> int:
    """The sentence before `si`, in the same paragraph, whose period is in force (`_previous_sentence`); a
    sentence between them with no figure and no time passes it on ("Imports jumped 9% in 2025 to $40 billion.
    Put differently, we buy far more than we sell. In euros, the bill came to about 37 billion"); -1 when none."""
    j = _previous_sentence(si, fences)
    while (j >= 0 and j not in fences and _same_line(text, sentences[j][1], sentences[si][0])
           and bisect.bisect_left(time_starts, sentences[j][0]) == bisect.bisect_left(time_starts, sentences[j][1])):
        j = _previous_sentence(j, fences)
    return j if j >= 0 and _same_line(text, sentences[j][1], sentences[si][0]) else -1


def _lone_time(si: int, sentences: Sequence[tuple[int, int]], text: str, mentions: Mentions,
               time_starts: Sequence[int], q_starts: Sequence[int]) -> TimeExpr | None:
    """The one time of the sentence before, in the same paragraph, when that sentence states no figure: "In
    the nine months, the United States remained the largest market. The deficit with Korea was $9.2bn"."""
    if si == 0:
        return None
    s, e = sentences[si - 1]
    if not _same_line(text, e, sentences[si][0]):
        return None
    lo, hi = bisect.bisect_left(q_starts, s), bisect.bisect_left(q_starts, e)
    if any(q.quantity != "count" for q in mentions.quantities[lo:hi]):
        return None
    times = [t for t in mentions.times[bisect.bisect_left(time_starts, s) : bisect.bisect_left(time_starts, e)]
             if t.role == "point"]
    return times[0] if len(times) == 1 else None


_LIST_ITEM = re.compile(r"[ \t]*(?:[-*•·]|\d{1,2}[.)])[ \t]")


def _list_lead_time(si: int, sentences: Sequence[tuple[int, int]], text: str, mentions: Mentions,
                    time_starts: Sequence[int]) -> TimeExpr | None:
    """The one time of the line that opens a list, for an item of it that states none: "The first nine months
    of 2025 point to a modest contraction:" then "- Exports to Japan fell 3.5% to USD 7.35 billion"."""
    start = text.rfind("\n", 0, sentences[si][0]) + 1
    if not _LIST_ITEM.match(text, start):
        return None
    line = ""
    while start > 0:  # back over the list's items (and blank lines) to the line before them
        start = text.rfind("\n", 0, start - 1) + 1
        line = text[start : text.find("\n", start)].strip()
        if line and not _LIST_ITEM.match(text, start):
            break
    if not line.endswith(":"):
        return None
    end = start + len(text[start:].split("\n", 1)[0])
    # the line's last sentence, the one the colon ends
    lead = start
    start = max((a for a, b in sentences[:si] if start <= a < end), default=start)
    times = [t for t in mentions.times[bisect.bisect_left(time_starts, start) : bisect.bisect_left(time_starts, end)]
             if t.role == "point"]
    if times:
        return times[0] if len(times) == 1 else None
    # a lead-in naming no time ("On these assumptions:") under a section heading that does ("## 3. Outlook for
    # FY2025-26"): the heading's, when no other line between names a time
    heading = text.rfind("\n#", 0, lead)
    if heading < 0 or "\n\n#" in text[heading + 1 : lead] or text.count("\n\n", heading, lead) > 3:
        return None
    h_end = text.find("\n", heading + 1)
    between = [t for t in mentions.times[bisect.bisect_left(time_starts, heading) : bisect.bisect_left(time_starts, lead)]
               if t.role == "point"]
    return between[0] if len(between) == 1 and between[0].start < h_end else None


def _same_line(text: str, prev_end: int, start: int) -> bool:
    return "\n" not in text[prev_end:start]


def _fill_from_siblings(claims: list[Claim], uncued: set[str], parts: set[str] | frozenset[str] = frozenset()) -> list[Claim]:
    """A figure with no kind cue, measure or period takes them from the same figure stated elsewhere.

    `uncued` holds the ids of claims whose kind came from no cue (they defaulted to actual); `parts` those of
    figures of one part of a total ("Trade in goods accounted for £1.9 billion of the total"), whose measure no
    sibling gives.
    """
    by_figure: dict[tuple[str, float | None], list[Claim]] = {}
    for c in claims:
        by_figure.setdefault((c.unit, c.value), []).append(c)
    out: list[Claim] = []
    for c in claims:
        update: dict[str, object] = {}
        # a range's midpoint is no figure it states: "$1.1-1.2 billion" is no sibling of "$1.15 billion"
        same = [o for o in by_figure[(c.unit, c.value)] if o is not c and (o.bound == "range") == (c.bound == "range")]
        if c.id in uncued:
            # the same figure for another period is another claim: "trade crosses $100 bn in FY25" (a year
            # already over) is no target for "$100 billion by 2030" stated later; nor is a figure of another
            # measure ("pharmaceuticals for about 15%" of exports is no forecast for a "15%" tariff expected to hold)
            cued = [o for o in same if o.id not in uncued and (c.period is None or o.period is None or (
                o.period.start, o.period.end) == (c.period.start, c.period.end))
                and (o.measure == c.measure or "unclassified" in (o.measure, c.measure))]
            if cued:
                update["kind"] = cued[0].kind
        kind = update.get("kind", c.kind)
        if c.measure == "unclassified" and c.id not in parts:
            named = [o for o in same if o.measure != "unclassified"]
            if named:
                update["measure"] = named[0].measure
                if set(c.parties) < set(named[0].parties):  # a headline's "Our goal with Chile is $4 billion"
                    update["parties"] = named[0].parties
                    update["exporter"], update["importer"] = named[0].exporter, named[0].importer
        if c.period is None:
            donors = [o for o in same if o.period is not None and o.kind == kind] or [
                o for o in same if o.period is not None and o.kind in ("target", "forecast") and kind in ("target", "forecast")
            ]
            if donors:
                p = donors[0].period
                assert p is not None
                update["period"] = Period(start=p.start, end=p.end, as_stated=f"{p.as_stated} (same figure elsewhere)",
                                          resolution="inferred")
        out.append(c.model_copy(update=update) if update else c)
    return out
