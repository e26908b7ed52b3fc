"""A deterministic synthetic news corpus for the benchmarks: ``make_corpus(directory, n_docs, seed)``.

Every article (plain .txt, ~2-5 KB) covers one pair of parties drawn from the full CLDR territory list
(two-letter codes from ``babel.Locale("en").territories``). It opens with a headline and a byline/date line,
then states a handful of figures about the pair between filler paragraphs: trade values in US$/$/€/yuan/
₹ crore with billion/bn/million scales, growth rates and shares in percent, ranges, multipliers, "more than"
and "nearly" hedges, targets "by 2030", forecasts, and periods such as "in 2022", "the first 9 months of
2023", "FY2024-25" and quarters, attributed to generated speakers ("Trade Minister Tavo Renkali said").

Each pair has a small set of *facts* (measure, period, true value). Several articles cover the same pair,
so the same fact is stated by several documents: usually with the true value in different words (a planted
corroboration), sometimes with a deviating value (a planted conflict). The plan is written to a hidden
``.corpus.json`` beside the articles (ingest skips hidden files). All text is generated here; none of it
comes from the seed documents. Same ``seed`` and ``n_docs`` give the same bytes.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from babel import Locale

NOT_COUNTRIES = ("ZZ", "XA", "XB")  # CLDR's "Unknown Region" and the two pseudo-locales
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")  # fmt: skip
ORDINALS = ("first", "second", "third", "fourth")
DOCS_PER_PAIR = 4
FACTS_PER_PAIR = 9
DEVIANT_SHARE = 0.22  # share of statements that deviate from the fact's true value


def countries() -> list[tuple[str, str]]:
    """(code, English name) for every two-letter CLDR territory, sorted by code."""
    territories = Locale("en").territories
    return sorted(
        (code, name)
        for code, name in territories.items()
        if len(code) == 2 and code.isalpha() and code not in NOT_COUNTRIES
    )


# ---------------------------------------------------------------------------------------------
# Generated names (no real people)
# ---------------------------------------------------------------------------------------------

_ONSETS = ("b", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "dr", "kr", "st",
           "tr", "sh", "ch")  # fmt: skip
_VOWELS = ("a", "e", "i", "o", "u", "a", "e", "i", "o", "ai", "ei", "ou")
_CODAS = ("", "", "", "n", "r", "l", "s", "m", "k")
_SURNAME_ENDS = ("", "", "ov", "ova", "sen", "ez", "ani", "escu", "berg", "ić", "ski", "ura", "anto")


def _syllables(rng: random.Random, low: int, high: int) -> str:
    return "".join(
        rng.choice(_ONSETS) + rng.choice(_VOWELS) + rng.choice(_CODAS) for _ in range(rng.randint(low, high))
    )


def person_name(rng: random.Random) -> str:
    """A generated 'First Last' name."""
    first = _syllables(rng, 1, 2).capitalize()
    if len(first) < 4:
        first += rng.choice(("na", "ro", "lan", "ik", "a"))
    last = (_syllables(rng, 1, 2) + rng.choice(_SURNAME_ENDS)).capitalize()
    if len(last) < 4:
        last += rng.choice(("ov", "sen", "ani", "ez"))
    return f"{first} {last}"


def place_name(rng: random.Random) -> str:
    """A generated town name for filler text."""
    return _syllables(rng, 2, 3).capitalize() + rng.choice(("", "", "ville", "burg", "abad", "pur", "ovo"))


# ---------------------------------------------------------------------------------------------
# The plan: pairs, facts and who states what
# ---------------------------------------------------------------------------------------------

MONEY_MEASURES = ("trade_turnover", "trade_turnover", "trade_turnover", "exports", "imports")
PERCENT_MEASURES = ("trade_growth", "trade_share")
CURRENCIES = ("USD", "USD", "USD", "USD", "USD", "USD", "EUR", "CNY", "INR")


@dataclass(frozen=True)
class Fact:
    """One figure about a pair: measure, period, kind, currency or percent, and its true value."""

    key: str
    measure: str
    kind: str  # actual, target, forecast
    period: tuple[Any, ...]  # ("year", Y) ("months", Y, n) ("quarter", Y, q) ("half", Y) ("fy", Y) ("by", Y)
    unit: str  # ISO currency or "percent"
    value: float  # billions of the currency (crore for INR), or percent


@dataclass(frozen=True)
class Pair:
    index: int
    a: tuple[str, str]
    b: tuple[str, str]
    news_year: int
    facts: tuple[Fact, ...]


def _money_value(rng: random.Random, unit: str) -> float:
    if unit == "INR":
        return float(rng.randrange(5_000, 900_000, 10))  # crore
    if unit == "CNY":
        return round(rng.uniform(5, 2_500), 1)  # billion yuan
    value = rng.uniform(0.2, 400)
    return round(value, 2) if value < 1 else round(value, 1)


def _period(rng: random.Random, news_year: int, kind: str) -> tuple[Any, ...]:
    if kind == "target":
        return ("by", rng.choice((news_year + 1, news_year + 2, news_year + 5, 2030, 2035)))
    if kind == "forecast":
        return ("year", news_year)
    year = news_year - rng.choice((1, 1, 1, 2, 3))
    shape = rng.choice(("year", "year", "year", "months", "quarter", "half", "fy"))
    if shape == "months":
        return ("months", year, rng.choice((3, 5, 7, 9, 10, 11)))
    if shape == "quarter":
        return ("quarter", year, rng.randint(1, 4))
    if shape in ("half", "fy"):
        return (shape, year)
    return ("year", year)


def _facts(rng: random.Random, news_year: int) -> tuple[Fact, ...]:
    out: list[Fact] = []
    seen: set[tuple[Any, ...]] = set()
    while len(out) < FACTS_PER_PAIR:
        roll = rng.random()
        kind = "target" if roll < 0.15 else "forecast" if roll < 0.25 else "actual"
        if kind == "actual" and rng.random() < 0.3:
            measure = rng.choice(PERCENT_MEASURES)
            unit = "percent"
            value = (
                round(rng.uniform(-12, 45), 1) if measure == "trade_growth" else round(rng.uniform(1, 35), 1)
            )
        else:
            measure = "trade_turnover" if kind != "actual" else rng.choice(MONEY_MEASURES)
            unit = rng.choice(CURRENCIES)
            value = _money_value(rng, unit)
        period = _period(rng, news_year, kind)
        ident = (measure, kind, period)
        if ident in seen:
            continue
        seen.add(ident)
        key = "/".join(str(x) for x in (measure, kind, *period))
        out.append(Fact(key, measure, kind, period, unit, value))
    return tuple(out)


class Plan:
    """Pairs and facts for a corpus of ``n_docs`` articles; a pure function of (seed, n_docs)."""

    def __init__(self, seed: int, n_docs: int) -> None:
        self.seed = seed
        self.n_docs = n_docs
        places = countries()
        rng = random.Random(f"{seed}/plan")
        order = places[:]
        rng.shuffle(order)
        n_pairs = max(1, -(-n_docs // DOCS_PER_PAIR))
        pairs = []
        for k in range(n_pairs):
            a = order[k % len(order)]
            b = rng.choice(places)
            while b == a:
                b = rng.choice(places)
            prng = random.Random(f"{seed}/pair/{k}")
            news_year = prng.randint(2016, 2025)
            pairs.append(Pair(k, a, b, news_year, _facts(prng, news_year)))
        self.pairs = pairs

    def pair_of(self, doc: int) -> Pair:
        return self.pairs[doc % len(self.pairs)]


# ---------------------------------------------------------------------------------------------
# Phrasing
# ---------------------------------------------------------------------------------------------


def _num(value: float, decimals: int) -> str:
    text = f"{value:,.{decimals}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def money_phrase(rng: random.Random, value: float, unit: str) -> str:
    """One of many surface forms of an amount (value in billions, or crore for INR)."""
    if unit == "INR":
        crore = _num(value, 0)
        return rng.choice(
            (f"₹{crore} crore", f"Rs {crore} crore", f"INR {crore} crore", f"Rs. {crore} crore")
        )
    if unit == "CNY":
        if value >= 1000 and rng.random() < 0.5:
            return f"{_num(value / 1000, 4)} trillion yuan"
        v = _num(value, 1)
        return rng.choice(
            (f"{v} billion yuan", f"CNY {v} billion", f"{v} bln yuan", f"{v} billion Chinese yuan")
        )
    if unit == "EUR":
        v = _num(value, 1)
        return rng.choice((f"€{v} billion", f"EUR {v} billion", f"€{v}bn", f"{v} billion euros"))
    if value < 1:
        m = _num(value * 1000, 0)
        return rng.choice((f"${m} million", f"US${m} million", f"${m}m", f"USD {m} million"))
    v = _num(value, 1)
    return rng.choice((f"${v} billion", f"US${v} billion", f"${v}bn", f"$ {v} billion", f"USD {v} billion",
                       f"US$ {v}bn", f"${v} bln"))  # fmt: skip


def percent_phrase(rng: random.Random, value: float) -> str:
    v = _num(abs(value), 1)
    return rng.choice((f"{v}%", f"{v} percent", f"{v} per cent", f"{v} pct"))


def period_phrase(rng: random.Random, period: tuple[Any, ...], published: date) -> str:
    """How an article names a period (relative forms only where they resolve to the same period)."""
    shape, year = period[0], period[1]
    if shape == "year":
        if year == published.year - 1 and rng.random() < 0.25:
            return "last year"
        if year == published.year and rng.random() < 0.3:
            return "this year"
        return rng.choice((f"in {year}", f"in {year}", f"for {year}", f"in calendar year {year}"))
    if shape == "months":
        n = period[2]
        return rng.choice((f"in the first {n} months of {year}", f"between January and {MONTHS[n - 1]} {year}",
                           f"in January-{MONTHS[n - 1][:3]} {year}"))  # fmt: skip
    if shape == "quarter":
        q = period[2]
        return rng.choice(
            (f"in the {ORDINALS[q - 1]} quarter of {year}", f"in Q{q} {year}", f"in Q{q}-{year}")
        )
    if shape == "half":
        return rng.choice((f"in the first half of {year}", f"in H1 {year}", f"during January-June {year}"))
    if shape == "fy":
        nxt = (year + 1) % 100
        return rng.choice((f"in FY{year}-{nxt:02d}", f"in fiscal year {year}-{nxt:02d}",
                           f"in the {year}-{nxt:02d} fiscal year"))  # fmt: skip
    return rng.choice((f"by {year}", f"by the end of {year}", f"by {year}"))


def _hedge(rng: random.Random, truthful: bool) -> str:
    """A bound word, only on truthful statements (so planted conflicts stay disjoint)."""
    if not truthful or rng.random() > 0.2:
        return ""
    return rng.choice(("more than ", "nearly ", "about ", "over ", "around ", "almost ", "some "))


@dataclass(frozen=True)
class Voice:
    name: str
    role: str


ROLES = ("Trade Minister", "Foreign Minister", "Commerce Minister", "Economy Minister", "Deputy Prime Minister",
         "Ambassador", "Finance Minister", "Industry Minister")  # fmt: skip
ORG_HEADS = ("Institute", "Chamber of Commerce", "Bank", "Council", "Centre")


def _attribution(rng: random.Random, voice: Voice, who: str, first: bool) -> tuple[str, str]:
    """(prefix, suffix) around a statement to attribute it; the first mention gives role and full name."""
    if first:
        return rng.choice(((f"{who}'s {voice.role} {voice.name} said ", ""),
                           (f"{voice.role} {voice.name} said ", ""),
                           ("", f", {who}'s {voice.role} {voice.name} told reporters")))  # fmt: skip
    last = voice.name.split()[-1]
    roll = rng.random()
    if roll < 0.35:
        return f"{last} said ", ""
    if roll < 0.55:
        return "", f", {last} told reporters"
    if roll < 0.7:
        return "", f", according to {last}"
    if roll < 0.85:
        return f"According to customs data released by {who}, ", ""
    return "", ""


def _money_sentence(rng: random.Random, fact: Fact, a: str, b: str, figure: str, when: str) -> str:
    m = fact.measure
    if fact.kind == "target":
        return rng.choice((
            f"the two governments aim to raise bilateral trade between {a} and {b} to {figure} {when}",
            f"{a} and {b} have set a target of {figure} in two-way trade {when}",
            f"both sides pledged to lift trade turnover to {figure} {when}",
        ))  # fmt: skip
    if fact.kind == "forecast":
        return rng.choice((
            f"trade between {a} and {b} is expected to reach {figure} {when}",
            f"bilateral trade with {b} is projected to hit {figure} {when}",
        ))  # fmt: skip
    if m == "exports":
        return rng.choice((
            f"exports from {a} to {b} reached {figure} {when}",
            f"{a}'s exports to {b} totalled {figure} {when}",
            f"{a} exported goods worth {figure} to {b} {when}",
        ))  # fmt: skip
    if m == "imports":
        return rng.choice((
            f"{a}'s imports from {b} stood at {figure} {when}",
            f"imports from {b} into {a} amounted to {figure} {when}",
        ))  # fmt: skip
    return rng.choice((
        f"bilateral trade between {a} and {b} reached {figure} {when}",
        f"trade turnover between {a} and {b} amounted to {figure} {when}",
        f"two-way trade between {a} and {b} hit {figure} {when}",
        f"the volume of trade between {a} and {b} was {figure} {when}",
        f"trade between {a} and {b} totalled {figure} {when}",
    ))  # fmt: skip


def _percent_sentence(
    rng: random.Random, fact: Fact, a: str, b: str, figure: str, when: str, value: float
) -> str:
    if fact.measure == "trade_share":
        return rng.choice((
            f"{b} accounted for {figure} of {a}'s total trade {when}",
            f"{b}'s share of {a}'s foreign trade was {figure} {when}",
        ))  # fmt: skip
    if value < 0:
        return rng.choice((
            f"trade between {a} and {b} fell {figure} year-on-year {when}",
            f"bilateral trade declined by {figure} {when}",
        ))  # fmt: skip
    return rng.choice((
        f"trade between {a} and {b} grew {figure} year-on-year {when}",
        f"bilateral trade rose by {figure} {when}",
        f"two-way trade increased {figure} {when}",
    ))  # fmt: skip


def _statement(
    rng: random.Random, fact: Fact, pair: Pair, published: date, truthful: bool
) -> tuple[str, float]:
    """A sentence stating the fact (with the true or a deviating value) and the value stated."""
    a, b = (pair.a[1], pair.b[1]) if rng.random() < 0.7 else (pair.b[1], pair.a[1])
    if fact.measure in ("exports", "imports"):
        a, b = pair.a[1], pair.b[1]  # directional: keep the planned direction
    if fact.measure == "trade_share":
        a, b = pair.a[1], pair.b[1]
    when = period_phrase(rng, fact.period, published)
    if fact.unit == "percent":
        value = fact.value
        if not truthful:
            value = round(value + rng.choice((-1, 1)) * rng.uniform(3, 10), 1)
            value = value if fact.measure != "trade_share" else abs(value) + 0.5
        figure = _hedge(rng, truthful) + percent_phrase(rng, value)
        return _percent_sentence(rng, fact, a, b, figure, when, value), value
    value = fact.value
    if not truthful:
        factor = 1 + rng.choice((-1, 1)) * rng.uniform(0.08, 0.3)
        value = round(value * factor, 0 if fact.unit == "INR" else 2 if value < 1 else 1)
    if truthful and fact.unit == "USD" and 5 <= value < 400 and rng.random() < 0.08:
        lo = int(value)
        figure = f"${lo}-{lo + 1} billion"  # a range around the true value
    else:
        figure = _hedge(rng, truthful) + money_phrase(rng, value, fact.unit)
    return _money_sentence(rng, fact, a, b, figure, when), value


def _multiplier_sentence(rng: random.Random, pair: Pair) -> str:
    since = pair.news_year - rng.randint(5, 15)
    a, b = pair.a[1], pair.b[1]
    return rng.choice((
        f"Trade between {a} and {b} has grown {rng.choice(('1.5', '1.8', '2.3', '3'))} times since {since}.",
        f"Bilateral trade has doubled since {since}, officials in {a} noted.",
        f"Commerce between {b} and {a} has tripled over the past decade.",
    ))  # fmt: skip


# ---------------------------------------------------------------------------------------------
# Filler
# ---------------------------------------------------------------------------------------------

_SUBJECTS = ("Officials", "Negotiators", "Business leaders", "Port operators", "Analysts", "Delegates",
             "Logistics firms", "Farmers' groups", "Exporters", "Lawmakers", "Economists", "Shipping agents")  # fmt: skip
_VERBS = ("discussed", "reviewed", "debated", "welcomed", "criticised", "examined", "questioned", "praised",
          "outlined", "sketched", "mapped out", "played down")  # fmt: skip
_TOPICS = ("customs procedures", "a new rail corridor", "visa rules for truck drivers", "tariff schedules",
           "payment systems in local currencies", "cold-chain storage", "sanitary certificates",
           "a joint investment fund", "energy cooperation", "river port upgrades", "digital customs forms",
           "insurance for cargo", "fishing quotas", "a free trade zone", "pipeline maintenance",
           "fertiliser supplies", "textile quotas", "aviation rights")  # fmt: skip
_TAILS = ("at a meeting in {town}", "during talks in {town}", "on the sidelines of a forum in {town}",
          "in a joint statement", "in a video call", "behind closed doors", "at a press briefing in {town}",
          "ahead of a summit planned for {month}")  # fmt: skip
_COMMENTS = ("The talks were described as constructive.", "No timetable was announced.",
             "Several agreements are still awaiting ratification.", "Critics said the plans lacked detail.",
             "Industry groups asked for clearer rules.", "The next round is due in {month}.",
             "Freight delays at the border have eased since {month}.",
             "A working group of {n} experts will report back.", "Markets reacted calmly to the announcement.",
             "The session began at {hh}:{mm} local time.", "Crude was quoted at ${price} a barrel that week.",
             "Queues of up to {n} trucks formed at the main crossing.")  # fmt: skip


def filler_paragraph(rng: random.Random) -> str:
    """Two to four news-like sentences without trade figures (some distractor numbers)."""
    sentences: list[str] = []
    while len(sentences) < rng.randint(2, 4):
        if rng.random() < 0.6:
            tail = rng.choice(_TAILS).format(town=place_name(rng), month=rng.choice(MONTHS))
            sentences.append(f"{rng.choice(_SUBJECTS)} {rng.choice(_VERBS)} {rng.choice(_TOPICS)} {tail}.")
        else:
            comment = rng.choice(_COMMENTS).format(
                month=rng.choice(MONTHS), n=rng.randint(3, 40), hh=rng.randint(8, 18), mm=rng.choice(("00", "15", "30")),
                price=rng.randint(40, 120))  # fmt: skip
            if comment.startswith("Crude") and rng.random() < 0.8:
                continue  # a unit price (a distractor figure) in about one filler sentence in fifty
            if comment not in sentences:
                sentences.append(comment)
    return " ".join(sentences)


# ---------------------------------------------------------------------------------------------
# Articles
# ---------------------------------------------------------------------------------------------


def _byline(rng: random.Random, reporter: str, published: date) -> str:
    long = f"{MONTHS[published.month - 1]} {published.day}, {published.year}"
    return rng.choice((f"By {reporter} | {long}", f"By {reporter}\n{long}", f"Published: {published.isoformat()}",
                       f"Posted on {long}", f"{long}"))  # fmt: skip


def article(plan: Plan, doc: int) -> tuple[str, list[dict[str, Any]]]:
    """The text of article ``doc`` and the statements it makes (fact key, value, truthful)."""
    rng = random.Random(f"{plan.seed}/doc/{doc}")
    pair = plan.pair_of(doc)
    published = date(pair.news_year, rng.randint(1, 12), rng.randint(1, 28))
    voices = [Voice(person_name(rng), rng.choice(ROLES)) for _ in range(2)]
    who = [pair.a[1], pair.b[1]]
    title = rng.choice((
        f"{pair.a[1]} and {pair.b[1]} look to deepen trade ties",
        f"{pair.a[1]}-{pair.b[1]} commerce: what the latest figures show",
        f"Trade talks between {pair.b[1]} and {pair.a[1]} gather pace",
        f"{pair.a[1]} eyes bigger market in {pair.b[1]}",
    ))  # fmt: skip
    paragraphs = [title, _byline(rng, person_name(rng), published)]
    facts = rng.sample(pair.facts, rng.randint(4, 7))
    statements: list[dict[str, Any]] = []
    body: list[str] = []
    introduced = [False, False]
    for i, fact in enumerate(facts):
        truthful = rng.random() >= DEVIANT_SHARE
        sentence, value = _statement(rng, fact, pair, published, truthful)
        speaker = i % 2
        prefix, suffix = _attribution(rng, voices[speaker], who[speaker], first=not introduced[speaker])
        introduced[speaker] = True
        text = prefix + sentence + suffix + "."
        body.append(text[0].upper() + text[1:])
        statements.append({"fact": fact.key, "unit": fact.unit, "value": value, "truthful": truthful})
    if rng.random() < 0.3:
        body.append(_multiplier_sentence(rng, pair))
    size = rng.randint(2000, 5000)
    while sum(len(p) + 2 for p in paragraphs + body) < size:
        body.insert(rng.randint(0, len(body)), filler_paragraph(rng))
    return "\n\n".join(paragraphs + body) + "\n", statements


def make_corpus(directory: Path, n_docs: int, seed: int = 7) -> Path:
    """Write ``n_docs`` articles (doc000000.txt ...) and the plan ``.corpus.json`` into ``directory``."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    plan = Plan(seed, n_docs)
    stated: dict[str, list[tuple[str, float, bool]]] = {}
    for doc in range(n_docs):
        text, statements = article(plan, doc)
        name = f"doc{doc:06d}.txt"
        (directory / name).write_text(text, encoding="utf-8")
        pair = plan.pair_of(doc)
        for s in statements:
            stated.setdefault(f"{pair.a[0]}-{pair.b[0]}/{s['fact']}", []).append(
                (name, s["value"], s["truthful"])
            )
    multi = {k: v for k, v in stated.items() if len({doc for doc, _, _ in v}) > 1}
    manifest = {
        "seed": seed,
        "documents": n_docs,
        "pairs": len(plan.pairs),
        "countries": len({c for p in plan.pairs for c in (p.a[0], p.b[0])}),
        "statements": sum(len(v) for v in stated.values()),
        "planted_conflicts": sum(1 for v in multi.values() if len({value for _, value, _ in v}) > 1),
        "planted_corroborations": sum(1 for v in multi.values() if sum(t for _, _, t in v) > 1),
        "facts": {
            k: [[doc, value, truthful] for doc, value, truthful in v] for k, v in sorted(stated.items())
        },
    }
    (directory / ".corpus.json").write_text(
        json.dumps(manifest, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    return directory
