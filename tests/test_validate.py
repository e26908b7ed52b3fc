"""SHACL: the shapes pass on good graphs and catch broken claims, periods, selectors and findings."""

from __future__ import annotations

import pytest
from conftest import Corpus, ModelFactory

from kg.models import Evidence, Period, Reconciliation
from kg.store import ClaimStore
from kg.validate import validate_store
from kg.vocab import PREFIXES


def test_validate_passes_on_the_corpus(store: ClaimStore) -> None:
    ok, report = validate_store(store)
    assert ok, report
    assert report.startswith("SHACL: conforms")
    assert store.validate() == (ok, report)


def _store_with(corpus: tuple[Corpus, Reconciliation], **claim_changes: object) -> ClaimStore:
    """A store holding the corpus with the first claim of a.txt changed."""
    docs, rec = corpus
    doc, claims = docs[0]
    broken = claims[0].model_copy(update=claim_changes)
    store = ClaimStore.open(None)
    store.put_documents([(doc, [broken, *claims[1:]]), *docs[1:]])
    store.put_reconciliation(rec)
    return store


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"low": 150e9, "high": 140e9}, "not above its high end"),
        ({"bound": "roughly"}, "exactly one bound"),
        ({"evidence": Evidence(text="x", start=10, end=5)}, "below its end"),
        ({"evidence": Evidence(text="x", start=-3, end=5)}, "non-negative"),
        ({"value": None, "low": None, "high": None}, "states a number"),
    ],
)
def test_validate_fails_on_a_broken_claim(
    corpus: tuple[Corpus, Reconciliation], changes: dict[str, object], message: str
) -> None:
    ok, report = validate_store(_store_with(corpus, **changes))
    assert not ok
    assert "1 violation" in report and "claim/a:c1" in report
    assert message in report, report


@pytest.mark.parametrize(
    ("update", "message"),
    [
        (
            "INSERT DATA { GRAPH kgr:graph\\/findings { kgr:claim\\/a:c1 kg:kind <https://w3id.org/claimgraph/kind/guess> } }",
            "exactly one kind",
        ),
        ("DELETE WHERE { GRAPH ?g { kgr:claim\\/a:c1 schema:appearance ?d } }", "appears in exactly one kg:Document"),
        ("DELETE WHERE { GRAPH ?g { ?d schema:name ?n } }", "exactly one file name"),
        ("DELETE WHERE { GRAPH ?g { kgr:finding\\/f1 kg:explanation ?e } }", "non-empty explanation"),
        ("DELETE WHERE { GRAPH ?g { kgr:finding\\/f1 kg:severity ?e } } ; "
         "INSERT DATA { GRAPH kgr:graph\\/findings { kgr:finding\\/f1 kg:severity 1.5 } }", "between 0 and 1"),
    ],
)  # fmt: skip
def test_validate_fails_on_graphs_models_cannot_express(
    corpus: tuple[Corpus, Reconciliation], update: str, message: str
) -> None:
    store = _store_with(corpus)
    store.backend.store.update(update, prefixes=PREFIXES)  # type: ignore[attr-defined]
    ok, report = validate_store(store)
    assert not ok and message in report, report


def test_validate_fails_on_a_reversed_period(
    corpus: tuple[Corpus, Reconciliation], factory: ModelFactory
) -> None:
    from datetime import date

    reversed_period = Period(
        start=date(2022, 1, 1), end=date(2021, 1, 1), as_stated="x", resolution="explicit"
    )
    store = _store_with(corpus, period=reversed_period)
    ok, report = validate_store(store)
    assert not ok and "period" in report


def test_validate_fails_on_a_conflict_with_one_claim(corpus: tuple[Corpus, Reconciliation]) -> None:
    docs, rec = corpus
    lonely = rec.findings[0].model_copy(update={"claims": rec.findings[0].claims[:1]})
    store = ClaimStore.open(None)
    store.put_documents(docs)
    store.put_reconciliation(Reconciliation(findings=(lonely,), derived=rec.derived))
    ok, report = validate_store(store)
    assert not ok and "at least two claims" in report
