"""Shared fixtures: a factory of small, valid models (no extraction involved) and a loaded store."""

from __future__ import annotations

import hashlib
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from kg.models import Claim, Document, Evidence, Finding, Period, Reconciliation

Corpus = list[tuple[Document, list[Claim]]]


class ModelFactory:
    """Builds Document, Claim, Finding and Reconciliation models for tests."""

    def document(
        self, name: str = "a.txt", sentences: Sequence[str] = ("Trade grew.",), **fields: Any
    ) -> Document:
        """A document whose text is the sentences joined by spaces; id and sha256 from the text."""
        text = " ".join(sentences)
        sha = hashlib.sha256((name + text).encode()).hexdigest()
        values: dict[str, Any] = {
            "id": "d" + sha[:16], "name": name, "path": f"docs/{name}", "sha256": sha, "format": "txt", "text": text,
        }  # fmt: skip
        values.update(fields)
        return Document(**values)

    def period(self, year: int | None = None, *, start: date | None = None, end: date | None = None,
               as_stated: str | None = None, resolution: str = "explicit") -> Period:  # fmt: skip
        """A calendar-year period, or one from start to end."""
        start = start or date(year or 2021, 1, 1)
        end = end or date(year or 2021, 12, 31)
        return Period(start=start, end=end, as_stated=as_stated or f"in {start.year}", resolution=resolution)  # type: ignore[arg-type]

    def claim(self, doc: Document, n: int, figure: str, value: float | None, **fields: Any) -> Claim:
        """Claim n of a document: evidence is the sentence holding the figure, offsets point at it."""
        start = doc.text.index(figure)
        sentence = next(s for s in doc.text.split(". ") if figure in s)
        values: dict[str, Any] = {
            "id": f"{doc.name.split('.')[0]}:c{n}", "document": doc.name, "value": value, "unit": "USD",
            "bound": "exact", "low": value, "high": value, "figure": figure, "measure": "trade_turnover",
            "parties": ("CN", "RU"), "kind": "actual", "period": None, "speaker": None, "source": None,
            "evidence": Evidence(text=sentence, start=start, end=start + len(figure)),
            "document_id": doc.id, "published": doc.published, "outlet": doc.outlet,
        }  # fmt: skip
        values.update(fields)
        return Claim(**values)

    def finding(
        self, fid: str, claims: Sequence[Claim], type: str = "value_mismatch", **fields: Any
    ) -> Finding:
        """A finding over claims, taking measure, parties and period from the first claim."""
        first = claims[0]
        values: dict[str, Any] = {
            "id": fid, "type": type, "severity": 0.5, "measure": first.measure, "parties": first.parties,
            "period": first.period, "claims": tuple(c.id for c in claims),
            "explanation": f"{first.figure} vs {claims[-1].figure}.",
        }  # fmt: skip
        values.update(fields)
        return Finding(**values)

    def corpus(self) -> tuple[Corpus, Reconciliation]:
        """Three small documents with a value mismatch, a target mismatch, a corroboration and a derived claim."""
        a = self.document(
            "a.txt",
            ["Kremlin spokesman Dmitry Peskov said trade reached $140 billion in 2021.",
             "The two sides aim for $200 billion by 2024."],
            title="Trade talk", outlet="Example Times", published=date(2022, 2, 10), published_resolution="explicit",
            url="https://example.org/a",
        )  # fmt: skip
        b = self.document(
            "b.txt",
            ["Trade rose to more than $146 billion in 2021, according to customs data.",
             "Chinese President Xi Jinping set a goal of $250 billion by 2024.",
             "Trade was expected to grow 25% in 2022."],
            published=date(2023, 1, 5), published_resolution="inferred",
        )  # fmt: skip
        c = self.document(
            "c.txt",
            ["Both countries target $200 billion in trade by 2024.",
             "Russia exported $80 billion of goods to China in 2021."],
            format="md",
        )  # fmt: skip
        y2021, y2024 = self.period(2021), self.period(2024, as_stated="by 2024")
        peskov = {
            "speaker": "Dmitry Peskov",
            "speaker_id": "person:dmitry-peskov",
            "speaker_role": "Kremlin spokesman",
        }
        xi = {"speaker": "Xi Jinping", "speaker_id": "person:xi-jinping", "speaker_role": "Chinese President"}
        a_claims = [
            self.claim(a, 1, "$140 billion", 140e9, low=139.5e9, high=140.5e9, period=y2021, **peskov),
            self.claim(a, 2, "$200 billion", 200e9, kind="target", period=y2024),
        ]
        b_claims = [
            self.claim(b, 1, "more than $146 billion", 146e9, bound="at_least", low=146e9, high=None, period=y2021,
                       source="customs data"),
            self.claim(b, 2, "$250 billion", 250e9, kind="target", period=y2024, **xi),
            self.claim(b, 3, "25%", 25.0, unit="percent", measure="trade_growth", kind="forecast",
                       period=self.period(2022), low=24.5, high=25.5),
        ]  # fmt: skip
        c_claims = [
            self.claim(c, 1, "$200 billion", 200e9, kind="target", period=y2024, speaker="Russian officials"),
            self.claim(c, 2, "$80 billion", 80e9, measure="exports", parties=("RU", "CN"), exporter="RU",
                       importer="CN", period=y2021, bound="approx", low=79.5e9, high=80.5e9),
        ]  # fmt: skip
        derived = self.claim(
            b, 9, "25%", 117.5e9, id="derived:1", measure="trade_turnover", kind="estimate", period=self.period(2021),
            low=115e9, high=120e9, derived_from=("b:c3", "a:c1"), method="base / (1 + growth)", document_id="",
        )  # fmt: skip
        rec = Reconciliation(
            findings=(
                self.finding("f1", [a_claims[0], b_claims[0]], severity=0.6),
                self.finding("f2", [a_claims[1], b_claims[1]], type="target_mismatch", severity=0.8),
                self.finding("f3", [a_claims[1], c_claims[0]], type="corroboration", severity=0.1),
            ),
            derived=(derived,),
        )
        return [(a, a_claims), (b, b_claims), (c, c_claims)], rec


@pytest.fixture
def factory() -> ModelFactory:
    """The model factory."""
    return ModelFactory()


@pytest.fixture
def corpus(factory: ModelFactory) -> tuple[Corpus, Reconciliation]:
    """The small three-document corpus and its reconciliation."""
    return factory.corpus()


@pytest.fixture
def store(corpus: tuple[Corpus, Reconciliation]) -> Iterator[Any]:
    """An in-memory ClaimStore holding the ontology, the corpus and its reconciliation."""
    from kg.store import ClaimStore

    docs, rec = corpus
    claim_store = ClaimStore.open(None)
    claim_store.ensure_ontology()
    claim_store.put_documents(docs)
    claim_store.put_reconciliation(rec)
    yield claim_store
    claim_store.close()


def _free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _oxigraph_binary() -> str | None:
    """The `oxigraph` console script of this virtualenv (or on PATH), if installed."""
    local = Path(sys.executable).with_name("oxigraph")
    return str(local) if local.exists() else shutil.which("oxigraph")


@pytest.fixture
def oxigraph_server(tmp_path: Path) -> Iterator[str]:
    """The URL of a fresh `oxigraph serve` on 127.0.0.1 (skipped when the binary is missing)."""
    binary = _oxigraph_binary()
    if binary is None:
        pytest.skip("the oxigraph server binary is not installed (pip install oxigraph)")
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    proc = subprocess.Popen(
        [binary, "serve", "--location", str(tmp_path / "server"), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                urllib.request.urlopen(f"{url}/query?query=ASK%7B%7D", timeout=1).close()
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    pytest.fail("oxigraph server did not start")
                time.sleep(0.1)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


class FailingBulkLoad:
    """A pyoxigraph store whose bulk loads fail (its other methods are the store's)."""

    def __init__(self, inner: object) -> None:
        self.inner = inner

    def __getattr__(self, name: str) -> object:
        return getattr(self.inner, name)

    def bulk_load(self, *args: object, **kwargs: object) -> None:
        raise OSError("disk full")
