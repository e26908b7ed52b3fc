"""The extract stage (kg.extract): sentence spans, Mentions over a Document with valid offsets, the fiscal
calendar of the document's main party, and a fuzz test of extract + assemble over arbitrary text."""

from __future__ import annotations

import itertools
import re
import string
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.assemble import assemble
from kg.errors import InputError
from kg.extract import _ABBREVIATIONS, _abbreviation, abbreviated, extract, split_sentences
from kg.ingest import parse_document, read_document
from kg.models import Document, Mentions
from kg.periods import iso_period

SEEDS = sorted((Path(__file__).parent.parent / "seeds").glob("*.txt"))


def doc(text: str, published: str = "2023-06-15") -> Document:
    return parse_document(f"---\npublished: {published}\n---\n{text}".encode(), "t.md")


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trade rose. Exports fell.", ["Trade rose.", "Exports fell."]),
        ("Mr. Smith paid $5.5 billion. It rose 3.2% in Jan. 2023!", ["Mr. Smith paid $5.5 billion.", "It rose 3.2% in Jan. 2023!"]),
        ("The U.S. agreed. Did it? “Yes.” Then it ended", ["The U.S. agreed.", "Did it?", "“Yes.”", "Then it ended"]),
        ("Headline without a stop\n\n  Body text here.  \n", ["Headline without a stop", "Body text here."]),
        ("Trade hit \\$200 billion. \\$250 billion is next.", ["Trade hit \\$200 billion.", "\\$250 billion is next."]),
        ("Growth was 2.5. Then 3.", ["Growth was 2.5.", "Then 3."]),
        ("", []),
    ],
)  # fmt: skip
def test_split_sentences(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_sentence_spans_are_ordered_and_trimmed() -> None:
    text = "  One.  Two three!\nFour? \n\n Five"
    spans = split_sentences(text)
    assert spans == sorted(spans)
    for s, e in spans:
        assert text[s:e] == text[s:e].strip() and text[s:e]
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))


def _line_by_line(text: str) -> list[tuple[int, int]]:
    """Sentence spans found line by line, each segment copied out and asked whether it ends abbreviated."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        start, pos, cut = pos, pos + len(line) + 1, 0
        for m in re.finditer(r"[.!?]+[\"”’')\]]*(?=\s+[\"“‘'(\[]?[A-Z0-9$£€¥₹\\])", line):
            if not abbreviated(line[cut : m.start() + 1]):
                spans.append((start + cut, start + m.end()))
                cut = m.end()
        if line[cut:].strip():
            spans.append((start + cut, start + len(line)))
    return [(s + len(t) - len(t.lstrip()), e - len(t) + len(t.rstrip())) for s, e in spans if (t := text[s:e]).strip()]


SPLIT_TOKENS = ["Mr.", " ", "\n", "U.S.", "said", ".", "!", "?", "...", '"', "”", ")", "(", "A", "The", "5", "$", "\\",
                "Hon.", "etc.", "e.g.", "x", "\t", "\r", "\u00a0", "Jan.", "é", "É", ";", "S.", "No."]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(SPLIT_TOKENS), max_size=40).map("".join))
def test_one_scan_splits_as_each_line_alone(text: str) -> None:
    """The sentence ends of the whole text, found in one scan, split it as each line split on its own does."""
    assert split_sentences(text) == _line_by_line(text)


@pytest.fixture(scope="module", params=SEEDS, ids=[p.name[:3] for p in SEEDS])
def seed_mentions(request: pytest.FixtureRequest) -> tuple[Document, Mentions]:
    d = read_document(request.param)
    return d, extract(d)


def test_mention_offsets_index_the_text(seed_mentions: tuple[Document, Mentions]) -> None:
    d, m = seed_mentions
    assert m.quantities and m.times and m.entities and m.sentences
    for span in (*m.quantities, *m.times, *m.entities):
        assert d.text[span.start : span.end] == span.text
    for group in (m.quantities, m.times):
        starts = [x.start for x in group]
        assert starts == sorted(starts)
        assert all(a.end <= b.start for a, b in itertools.pairwise(group)), "no overlaps"


def test_every_figure_lies_in_a_sentence(seed_mentions: tuple[Document, Mentions]) -> None:
    _d, m = seed_mentions
    for q in m.quantities:
        assert any(s <= q.start and q.end <= e for s, e in m.sentences), q.text


def test_seed_mentions_hold_the_main_parties(seed_mentions: tuple[Document, Mentions]) -> None:
    _, m = seed_mentions
    assert {"CN", "RU"} <= {e.entity for e in m.entities}


def test_fiscal_years_follow_the_documents_main_party() -> None:
    india = extract(doc("India said FY2024 exports to Brazil were $5 billion. India grew."))
    us = extract(doc("The United States said FY2024 exports to Japan were $5 billion. The US economy grew."))
    australia = extract(doc("Australia's FY2024 exports to Japan were A$5 billion. Australia grew."))
    assert [iso_period(t.start_date, t.end_date) for t in india.times] == ["2023-04/2024-03"]
    assert [iso_period(t.start_date, t.end_date) for t in us.times] == ["2023-10/2024-09"]
    assert [iso_period(t.start_date, t.end_date) for t in australia.times] == ["2023-07/2024-06"]


def test_each_sentence_reads_fiscal_years_on_its_own_countrys_calendar() -> None:
    # Pakistan (July-June) and Australia (July-June) agree; India (April-March) and Egypt (July-June) do not
    text = ("Egypt's exports to India reached $2 billion in FY2024. "
            "The trade deficit widened in FY2024. "
            "India's exports to Egypt rose in FY2024, Indian data show. "
            "In rupee terms, exports to Egypt were worth Rs 20,000 crore in FY2024. "
            "Egypt said imports from India grew in FY2024.")  # fmt: skip
    got = [iso_period(t.start_date, t.end_date) for t in extract(doc(text)).times]
    assert got == ["2023-07/2024-06", "2023-07/2024-06", "2023-04/2024-03", "2023-04/2024-03", "2023-07/2024-06"]


def test_two_countries_on_one_fiscal_calendar_read_the_text_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # Kenya and Rwanda both keep a July-June fiscal year (no national era): one reading serves both; Canada's is
    # April-March, a reading of its own
    import kg.extract

    calls: list[tuple[int, int]] = []
    real = kg.extract.find_times

    def counted(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(args[2])
        return real(*args, **kwargs)

    monkeypatch.setattr(kg.extract, "find_times", counted)
    text = ("Kenya's exports to Rwanda rose to $1 billion in FY2024. Rwanda's imports from Kenya grew in FY2024. "
            "Kenya and Rwanda plan more trade. Canada's exports to Kenya were small in FY2024.")  # fmt: skip
    got = [iso_period(t.start_date, t.end_date) for t in extract(doc(text)).times]
    assert got == ["2023-07/2024-06", "2023-07/2024-06", "2023-04/2024-03"]
    assert sorted(calls) == [(4, 1), (7, 1)]


def test_a_country_named_in_passing_does_not_carry_its_calendar_on() -> None:
    # Pakistan's possessive sets July-June; India (April-March), named in passing, holds for its own sentence only
    text = ("Pakistan's imports from China rose in FY25. "
            "India, the second-largest source, supplied goods worth $9 billion in FY25. "
            "Exports to China edged up 5.6 percent in FY25.")  # fmt: skip
    got = [iso_period(t.start_date, t.end_date) for t in extract(doc(text, "2025-08-20")).times]
    assert got == ["2024-07/2025-06", "2024-04/2025-03", "2024-07/2025-06"]


def test_national_calendar_years_follow_the_sentences_country() -> None:
    # Nepal's Bikram Sambat labels on its July calendar, also in a sentence about India (a far year is never
    # Gregorian); India's own Gregorian labels stay on its April calendar; a marked Ethiopian year anywhere
    text = ("Nepal's exports to India rose to Rs 200 billion in FY 2081/82. "
            "India's exports to Nepal were Rs 1,000 billion in 2081/82 and $8 billion in FY2024-25. "
            "Nepal also sold Rs 1 billion of tea to Ethiopia in 2017 E.C.")  # fmt: skip
    got = [(t.text, iso_period(t.start_date, t.end_date)) for t in extract(doc(text, "2025-08-20")).times]
    assert got == [("FY 2081/82", "2024-07-16/2025-07-15"), ("2081/82", "2024-07-16/2025-07-15"),
                   ("FY2024-25", "2024-04/2025-03"), ("in 2017 E.C.", "2024-07-08/2025-07-07")]


def test_relative_times_use_the_documents_publication_date() -> None:
    m = extract(doc("Trade may reach $230 billion this year.", published="2023-12-15"))
    assert [(t.text, iso_period(t.start_date, t.end_date)) for t in m.times] == [("this year", "2023")]


def test_document_without_a_date_keeps_explicit_times_only() -> None:
    d = parse_document(b"Trade rose this year. They aim for $5 billion by 2030.", "t.txt")
    assert d.published is None  # a deadline is no evidence of the publication date
    assert [t.text for t in extract(d).times] == ["by 2030"]


# ---------------------------------------------------------------- fuzz: extract + assemble never raise

FUZZ_TOKENS = [
    *string.digits, "$", "US$", "€", "₹", "Rs ", "RMB ", "%", " per cent", " billion", "bn", " crore", " yuan",
    " trade", " exports to ", " China", " Russia", " India", "Moscow", "Kremlin spokesman Dmitry Peskov",
    " said", " aims", " target", " may reach", " in 2022", " by 2024", " FY25", " this year", " the same period",
    " compared to the previous year", " according to customs data", "“", "”", "\"", ". ", "\n", "\n\n", ", ",
    "---\n", "published: 2023-01-01\n", "# ", "[link](http://x.org)", "<p>", "Xi", " which ", " quoted ",
]  # fmt: skip
fuzz_text = st.one_of(st.text(max_size=300), st.lists(st.sampled_from(FUZZ_TOKENS), max_size=60).map("".join))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(fuzz_text, st.sampled_from(["fuzz.txt", "fuzz.md"]))
def test_fuzz_extract_and_assemble_never_raise(text: str, name: str) -> None:
    if not text:
        return
    try:
        d = parse_document(text.encode(), name)
    except InputError:
        return
    m = extract(d)
    for c in assemble(d, m):
        assert c.evidence.start < c.evidence.end <= len(d.text)
        assert c.document == d.name
        if c.period is not None:
            assert c.period.start <= c.period.end


_ABBREV_TOKENS = [*_ABBREVIATIONS, "U", "S", "A", "x", "é", ".", ". ", " ", "approx", "Mr", "e.g", "_", "1", "Z.", "Hon",
                  "Mme"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_ABBREV_TOKENS), max_size=12).map("".join).map(lambda s: s + "."))
def test_abbreviation_test_reads_only_the_tail(segment: str) -> None:
    """Searching the last few characters answers as searching the whole segment does."""
    assert abbreviated(segment) == bool(_abbreviation()[0].search(segment))


def test_dotted_person_titles_are_abbreviations() -> None:
    text = "Trade rose, the minister, Hon. Ann Njeri, said. Exports fell."
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Trade rose, the minister, Hon. Ann Njeri, said.", "Exports fell."]


def test_a_destination_does_not_lend_its_fiscal_calendar_to_the_shippers_figures() -> None:
    # India (April-March) is the carried country; "to India" names it as the destination, so Australia's July-June
    # calendar reads the shipments' FY24, as it does for "India-bound" coal
    text = ("India is a big coal buyer. India's demand is rising, India says. Australia mines coal. "
            "Shipments to India climbed 9% in FY24. India-bound coal sales rose again in FY24.")  # fmt: skip
    got = [iso_period(t.start_date, t.end_date) for t in extract(doc(text, "2024-09-02")).times]
    assert got == ["2023-07/2024-06", "2023-07/2024-06"]


def test_a_fiscal_label_keeps_the_meaning_its_owner_gave_it() -> None:
    # "Australia's ... FY24" sets July-June; a later sentence naming both India and Australian coal says no owner
    # of its FY24, so it keeps that reading rather than India's April-March
    text = ("Australia's coal exports to India rose in FY24. "
            "India is the largest market for Australian coal, taking 40% of the country's coal exports in FY24.")
    got = [iso_period(t.start_date, t.end_date) for t in extract(doc(text, "2024-09-02")).times]
    assert got == ["2023-07/2024-06", "2023-07/2024-06"]


def test_a_document_copy_with_a_fiscal_country_reads_every_fiscal_year_on_its_calendar() -> None:
    # a table cell read as a document of its own: its FY headers are the publisher's (Pakistan, July-June), not
    # those of the row's partner (the US, October-September)
    d = doc("Exports to major markets - Country - United States - FY 2023-24 at US$5,100.2 million.", "2024-09-02")
    assert [iso_period(t.start_date, t.end_date) for t in extract(d).times] == ["2023-10/2024-09"]
    pk = d.model_copy(update={"fiscal_country": "PK"})
    assert [iso_period(t.start_date, t.end_date) for t in extract(pk).times] == ["2023-07/2024-06"]


def test_a_hard_wrapped_paragraph_is_read_as_its_sentences() -> None:
    # a brief wrapped at ~110 characters: the sentence runs across the line breaks; list items, table rows and
    # headings stay lines of their own, and a line ended by a stop ends its sentence
    text = ("Japan's Ministry of Finance reports two-way goods trade with Kenya of US$2.35 billion for the\n"
            "fiscal year 2024, up 4.1% on the year before and below the level officials had hoped for.\n"
            "Kenya still runs a deficit with Japan.\n\n"
            "- Imports from Kenya came to US$0.4 billion in 2024, 6.3 percent more than in 2023, mostly tea\n"
            "  and cut flowers.\n"
            "- Exports to Kenya fell.\n\n"
            "| Year | Exports to Kenya, US$ billion, fiscal years from April to March each year |\n|---|---:|\n")
    got = sentences(text)
    assert got[0].startswith("Japan's") and got[0].endswith("hoped for.") and "\n" in got[0]
    assert got[1] == "Kenya still runs a deficit with Japan."
    assert got[2].startswith("- Imports from Kenya") and got[2].endswith("cut flowers.")
    assert got[3] == "- Exports to Kenya fell."
    assert got[4].startswith("| Year |") and "\n" not in got[4]


def test_a_currency_written_with_a_stop_ends_no_sentence() -> None:
    assert sentences("Exports were worth Rs. 12.5 billion in 2024. Imports fell.") == [
        "Exports were worth Rs. 12.5 billion in 2024.", "Imports fell."]
