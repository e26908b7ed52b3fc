"""The one place that chains the stages: ingest -> extract -> assemble -> store -> reconcile -> store."""

from __future__ import annotations

import logging
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from kg.assemble import assemble
from kg.errors import ConfigError, KgError
from kg.extract import extract
from kg.ingest import collect_paths, read_document
from kg.models import BuildSummary, Claim, Document
from kg.reconcile import reconcile_rows
from kg.store import ClaimStore
from kg.vocab import slug

Progress = Callable[[int, int], None]
BATCH = 200  # documents per store transaction


def process_document(doc: Document) -> list[Claim]:
    """Extraction is a pure function of one document: safe to run in any worker process or cluster node."""
    return assemble(doc, extract(doc))


def canonical_speakers(claims: Sequence[Claim], known: Iterable[str] = ()) -> list[Claim]:
    """A one-word speaker (a surname) takes the full name used elsewhere in the corpus, when it is unique."""
    full = {s for s in [*known, *(c.speaker for c in claims if c.speaker)] if s and " " in s}
    by_token: dict[str, set[str]] = {}
    for name in full:
        for tok in name.split():
            by_token.setdefault(tok, set()).add(name)
    out = []
    for c in claims:
        names = by_token.get(c.speaker or "", set()) if c.speaker and " " not in c.speaker else set()
        if len(names) == 1:
            name = next(iter(names))
            c = c.model_copy(update={"speaker": name, "speaker_id": "person:" + slug(name)})
        out.append(c)
    return out


def _canonical_speakers(store: ClaimStore, rows: list[list[Any]], one_word: dict[str, Path]) -> list[list[Any]]:
    """Give this build's one-word speakers the full name used elsewhere in the store (see
    `canonical_speakers`), rewriting the documents concerned; returns the store's claim rows as rewritten.
    Only those documents' files are read again (the build does not keep every document it streamed); a
    file that changed meanwhile is left as it was stored."""
    doc_col, speaker_col = Claim.ROW_FIELDS.index("document_id"), Claim.ROW_FIELDS.index("speaker")
    known = {r[speaker_col] for r in rows if r[speaker_col] and " " in r[speaker_col]}
    mine = [Claim.from_row(r) for r in rows if r[doc_col] in one_word]
    canonical = canonical_speakers(mine, known)
    changed = {c.document_id for c, o in zip(canonical, mine, strict=True) if c != o}
    if not changed:
        return rows
    by_doc: dict[str, list[Claim]] = {}
    for c in canonical:
        if c.document_id in changed:
            by_doc.setdefault(c.document_id, []).append(c)
    redo = []
    for doc_id in sorted(changed):
        try:
            doc = read_document(one_word[doc_id])
        except KgError:
            continue
        if doc.id == doc_id:
            redo.append((doc, by_doc[doc_id]))
    store.put_documents(redo)
    rewritten = {c.id: c.to_row() for d, claims in redo for c in claims}
    return [rewritten.get(r[0], r) for r in rows]


def process_documents(docs: Sequence[Document]) -> list[list[Claim]]:
    """`process_document` over a chunk: one task per chunk keeps the per-task overhead of a pool small."""
    return [process_document(d) for d in docs]


Extracted = Iterator[tuple[Document, list[Claim]]]
Extractor = Callable[[Iterable[Document]], Extracted]
CHUNK = 8  # documents per worker task
WINDOW = 16  # tasks in flight per worker: bounds the documents held in memory, whatever the corpus size


def _chunks(docs: Iterable[Document], size: int) -> Iterator[list[Document]]:
    chunk: list[Document] = []
    for d in docs:
        chunk.append(d)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _in_order(submit: Callable[[list[Document]], Any], docs: Iterable[Document], window: int) -> Extracted:
    """Submit chunks as the input streams in, keep at most `window` in flight, yield results in input order."""
    pending: deque[tuple[list[Document], Any]] = deque()
    for chunk in _chunks(docs, CHUNK):
        pending.append((chunk, submit(chunk)))
        if len(pending) >= window:
            done, fut = pending.popleft()
            yield from zip(done, fut.result(), strict=True)
    while pending:
        done, fut = pending.popleft()
        yield from zip(done, fut.result(), strict=True)


@contextmanager
def _extractor(jobs: int, engine: str, scheduler: str | None) -> Iterator[Extractor]:
    """One worker pool (or Dask client) for the whole build; yields a function from a stream of documents to
    a stream of (document, claims) in the same order, with a bounded number of documents in flight."""
    if engine == "dask":
        try:
            from dask.distributed import Client, LocalCluster
        except ImportError as exc:  # the optional extra is not installed
            raise ConfigError("the dask engine needs the extra: pip install 'claimgraph[dask]'") from exc
        # a worker's heartbeat racing the scheduler's shutdown is logged with a traceback by the workers of
        # a cluster we start: noise (a task's own error still reaches us through its future)
        cluster = None if scheduler else LocalCluster(
            n_workers=max(jobs, 1), threads_per_worker=1, processes=True, dashboard_address=None,
            silence_logs=logging.CRITICAL)
        client = Client(scheduler or cluster)
        try:
            workers = max(1, len(client.scheduler_info().get("workers", {})))
            yield lambda docs: _in_order(
                lambda chunk: client.submit(process_documents, chunk, pure=False), docs, WINDOW * workers)
        finally:
            client.close()
            if cluster is not None:
                cluster.close()
        return
    if engine != "local":
        raise ConfigError(f"unknown engine {engine!r} (use local or dask)")
    if jobs <= 1:
        yield lambda docs: ((d, process_document(d)) for d in docs)
        return
    process_document(Document(id="d0", name="warm-up.txt", path="", sha256="", format="txt", text="$1 billion in 2020."))
    # the grammars are compiled now, in the parent: forked workers inherit them instead of rebuilding them
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        yield lambda docs: _in_order(lambda chunk: pool.submit(process_documents, chunk), docs, WINDOW * jobs)


def build(
    paths: Sequence[Path],
    store: ClaimStore,
    *,
    jobs: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
    progress: Progress | None = None,
    force: bool = False,
) -> BuildSummary:
    """Ingest files into the store idempotently, then reconcile every claim in it.

    Documents stream through: read, extracted (in worker processes with `jobs` > 1, or on a Dask cluster),
    and written to the store in batches of `BATCH`, with a bounded number in flight, so memory does not grow
    with the corpus. Unchanged documents (same name, same content hash) are not re-extracted; a changed
    document replaces its named graph; `force` re-extracts unchanged documents too (after an ontology or
    code change). Bad files are reported in `errors` and skipped; the others are still built.
    """
    t0 = time.perf_counter()
    stored: dict[str, dict[str, str]] = {}  # file name -> sha256 -> document id
    for name, doc_id, sha in store.document_versions():
        stored.setdefault(name, {})[sha] = doc_id
    files, path_errors = collect_paths(paths)
    errors: list[str] = [str(e) for e in path_errors]
    warnings: list[str] = []
    seen_docs: dict[str, set[str]] = {}  # file name -> shas in this build
    counts = Counter[str]()
    total = len(files)

    def todo() -> Iterator[Document]:
        for path in files:
            try:
                doc = read_document(path)
            except KgError as exc:
                errors.append(str(exc))
                counts["done"] += 1
                continue
            counts["seen"] += 1
            warnings.extend(f"{doc.path}: {w}" for w in doc.warnings)
            seen_docs.setdefault(doc.name, set()).add(doc.sha256)
            if doc.sha256 in stored.get(doc.name, {}) and not force:
                counts["unchanged"] += 1
                counts["done"] += 1
                continue
            counts["replaced" if doc.name in stored else "added"] += 1
            yield doc

    batch: list[tuple[Document, list[Claim]]] = []
    one_word: dict[str, Path] = {}  # doc id -> file, for the documents of this build with a one-word speaker
    with _extractor(jobs, engine, scheduler) as extract_stream:
        for item in extract_stream(todo()):
            batch.append(item)
            if any(c.speaker and " " not in c.speaker for c in item[1]):
                one_word[item[0].id] = Path(item[0].path)
            if len(batch) == BATCH:
                store.put_documents(batch)
                counts["done"] += len(batch)
                batch = []
                if progress:
                    progress(counts["done"], total)
    # A file whose content changed replaces its old version (same name, a hash this build did not see).
    drop = [doc_id for name, shas in seen_docs.items() for sha, doc_id in stored.get(name, {}).items()
            if sha not in shas]
    if batch or drop:
        store.put_documents(batch, drop=drop)
        counts["done"] += len(batch)
    if progress:
        progress(counts["done"], total)
    rows = store.claim_rows(derived=False)
    if one_word:
        rows = _canonical_speakers(store, rows, one_word)
    rec = reconcile_rows(rows)
    store.put_reconciliation(rec)
    store.ensure_ontology()
    if total >= BATCH:
        store.optimize()
    types = Counter(f.type for f in rec.findings)
    return BuildSummary(
        documents=counts["seen"],
        added=counts["added"],
        replaced=counts["replaced"],
        unchanged=counts["unchanged"],
        skipped=len(errors),
        claims=len(rows),
        conflicts=sum(n for t, n in types.items() if t != "corroboration"),
        corroborations=types.get("corroboration", 0),
        seconds=round(time.perf_counter() - t0, 3),
        errors=tuple(errors),
        warnings=tuple(warnings),
    )
