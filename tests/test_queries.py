"""Every query in queries/ parses, is documented, and answers the fixture store with the right rows."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.query import check_query, list_queries, load_query, run_query
from kg.resources import QUERIES_DIR
from kg.store import ClaimStore

ALL = sorted(p.stem for p in QUERIES_DIR.glob("*.rq"))


@pytest.mark.parametrize("name", ALL)
def test_queries_have_a_header_and_parse(name: str) -> None:
    text, header = load_query(name)
    assert header.title and header.title != name, f"{name}.rq has no '# title:'"
    assert header.description, f"{name}.rq has no '# description:'"
    check_query(text)


@pytest.mark.parametrize("name", ALL)
def test_queries_answer_with_and_without_example_params(store: ClaimStore, name: str) -> None:
    _, header = load_query(name)
    required = {p.name: p.example or "" for p in header.params if not p.optional}
    result = run_query(store, name, required)
    assert result.kind == "select"
    examples = {p.name: p.example for p in header.params if p.example}
    run_query(store, name, examples)


def _rows(store: ClaimStore, name: str, **params: str) -> list[dict[str, object]]:
    """The rows of a named query as dicts."""
    return run_query(store, name, params).dicts()


def test_queries_conflicts(store: ClaimStore) -> None:
    rows = _rows(store, "conflicts")
    assert [(r["finding"], r["claim"]) for r in rows] == [
        ("f2", "a:c2"),
        ("f2", "b:c2"),
        ("f1", "a:c1"),
        ("f1", "b:c1"),
    ]
    first = rows[0]
    assert (first["type"], first["severity"], first["measure"], first["parties"], first["period"]) == (
        "target_mismatch", 0.8, "trade_turnover", "CN RU", "2024",
    )  # fmt: skip
    assert (first["value"], first["kind"], first["document"], first["status"]) == (
        200e9,
        "target",
        "a.txt",
        "open",
    )
    assert rows[1]["speaker"] == "Xi Jinping"
    store.set_review("f1", "explained", None)
    assert {r["status"] for r in _rows(store, "conflicts") if r["finding"] == "f1"} == {"explained"}


def test_queries_corroborations(store: ClaimStore) -> None:
    rows = _rows(store, "corroborations")
    assert [(r["finding"], r["claim"], r["document"]) for r in rows] == [
        ("f3", "a:c2", "a.txt"),
        ("f3", "c:c1", "c.txt"),
    ]


def test_queries_claims_by_speaker(store: ClaimStore) -> None:
    assert [r["claim"] for r in _rows(store, "claims-by-speaker", speaker="PESKOV")] == ["a:c1"]
    everyone = _rows(store, "claims-by-speaker")
    assert [r["speakerName"] for r in everyone] == ["Dmitry Peskov", "Russian officials", "Xi Jinping"]
    assert everyone[0]["role"] == "Kremlin spokesman"


def test_queries_figures_for_period(store: ClaimStore) -> None:
    in_2021 = _rows(store, "figures-for-period", start="2021-01-01", end="2021-12-31")
    assert sorted(str(r["claim"]) for r in in_2021) == ["a:c1", "b:c1", "c:c2", "derived:1"]
    overlapping = _rows(store, "figures-for-period", start="2022-06-01", end="2024-03-31")
    assert sorted(str(r["claim"]) for r in overlapping) == ["a:c2", "b:c2", "b:c3", "c:c1"]
    assert len(_rows(store, "figures-for-period", start="2023-01-01")) == 3
    assert len(_rows(store, "figures-for-period")) == 8


def test_queries_document_figures(store: ClaimStore) -> None:
    rows = _rows(store, "document-figures", document="b.txt")
    assert [r["claim"] for r in rows] == ["b:c1", "b:c2", "b:c3"]
    assert rows[0]["published"] == "2023-01-05"
    assert rows[0]["quote"] == "Trade rose to more than $146 billion in 2021, according to customs data"
    assert rows[0]["offset"] == len("Trade rose to ")
    assert len(_rows(store, "document-figures")) == 7


def test_queries_claims_and_documents(store: ClaimStore) -> None:
    claims = _rows(store, "claims")
    assert [r["claim"] for r in claims] == [
        "a:c1",
        "a:c2",
        "b:c1",
        "b:c2",
        "b:c3",
        "c:c1",
        "c:c2",
        "derived:1",
    ]
    assert claims[2]["high"] is None and claims[2]["bound"] == "at_least"
    assert claims[-1]["derived"] is True
    docs = _rows(store, "documents")
    assert [(r["document"], r["claims"]) for r in docs] == [("a.txt", 2), ("b.txt", 3), ("c.txt", 2)]


def test_queries_stats(store: ClaimStore) -> None:
    stats = {r["metric"]: r["count"] for r in _rows(store, "stats")}
    assert stats["documents"] == 3 and stats["claims"] == 7 and stats["derived"] == 1
    assert stats["conflicts"] == 2 and stats["corroboration"] == 1
    assert stats["speakers"] == 3 and stats["parties"] == 2 and stats["periods"] == 3


def test_queries_list_is_sorted_and_complete() -> None:
    assert [h.name for h in list_queries()] == ALL
    assert all(Path(h.path).is_file() for h in list_queries())


def test_queries_conflicts_columns_for_claims_with_and_without_periods(store: ClaimStore) -> None:
    """Periods are joined as two patterns and the derived flag by OPTIONAL (for speed): same columns."""
    rows = _rows(store, "conflicts")
    assert all(r["derived"] is False for r in rows)
    assert {r["claimPeriod"] for r in rows} == {"2024", "2021"}
    assert all(r["asStated"] for r in rows)
    derived = [r for r in _rows(store, "claims") if r["derived"]]
    assert [r["claim"] for r in derived] == ["derived:1"]


@pytest.mark.parametrize("name", ALL)
def test_queries_avoid_property_paths_and_exists_binds(name: str) -> None:
    """Oxigraph evaluates a property path or a BIND(EXISTS ...) apart from the join: slow at scale."""
    text, _ = load_query(name)
    body = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#"))
    assert "kg:period/" not in body
    assert "BIND(EXISTS" not in body
