"""The one place that chains the stages: ingest -> extract -> assemble -> store -> reconcile -> store."""

from __future__ import annotations

import logging
import time
from collections import Counter, deque
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from kg.assemble import assemble
from kg.errors import ConfigError, KgError
from kg.extract import extract
from kg.graph import GraphText, document_text
from kg.ingest import collect_paths, read_document
from kg.models import BuildSummary, Claim, Document
from kg.reconcile import reconcile_rows
from kg.store import ClaimStore
from kg.vocab import slug

Progress = Callable[[int, int], None]
BATCH = 200  # documents between progress reports


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


Item = Path | Document  # a file, read where it is processed, or a document read already
Task = tuple[Item, frozenset[str]]  # with the sha256s stored under its file name (empty: extract it whatever)


@dataclass(frozen=True)
class Outcome:
    """What processing one file gives the build: an error, an unchanged document, or a document's graph.

    Workers send this back instead of the document and its claims: the graph text is built where the claims
    are (kg.graph.document_text), so the main process only loads it into the store."""

    path: str
    error: str | None = None
    name: str = ""
    sha256: str = ""
    doc_id: str = ""
    warnings: tuple[str, ...] = ()
    unchanged: bool = False
    text: GraphText | None = None
    one_word: bool = False  # some claim's speaker is one word (a surname), see `canonical_speakers`


def _read(path: Path) -> Document | Outcome:
    """A document, or the Outcome reporting why it cannot be read."""
    try:
        return read_document(path)
    except KgError as exc:
        return Outcome(path=str(path), error=str(exc))


def process_item(item: Item | Outcome, known: Collection[str] = ()) -> Outcome:
    """Read a file (unless given a document), and unless its sha256 is among `known` (the stored versions
    of its name) extract its claims and build its graph. An Outcome passes through as it is."""
    doc = _read(item) if isinstance(item, Path) else item
    if isinstance(doc, Outcome):
        return doc
    if doc.sha256 in known:
        return _outcome(doc, unchanged=True)
    claims = process_document(doc)
    one_word = any(c.speaker and " " not in c.speaker for c in claims)
    return _outcome(doc, text=document_text(doc, claims), one_word=one_word)


def _outcome(
    doc: Document, *, unchanged: bool = False, text: GraphText | None = None, one_word: bool = False
) -> Outcome:
    return Outcome(path=doc.path, name=doc.name, sha256=doc.sha256, doc_id=doc.id, warnings=doc.warnings,
                   unchanged=unchanged, text=text, one_word=one_word)  # fmt: skip


def process_items(tasks: Sequence[tuple[Item | Outcome, Collection[str]]]) -> list[Outcome]:
    """`process_item` over a chunk: one task per chunk keeps the per-task overhead of a pool small."""
    return [process_item(item, known) for item, known in tasks]


Extractor = Callable[[Iterable[Task]], Iterator[Outcome]]
CHUNK = 8  # documents per worker task
WINDOW = 16  # tasks in flight per worker: bounds the documents held in memory, whatever the corpus size
T = TypeVar("T")


def _chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    chunk: list[T] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _in_order(submit: Callable[[list[T]], Any], items: Iterable[T], window: int) -> Iterator[tuple[T, Any]]:
    """Submit chunks as the input streams in, keep at most `window` in flight, yield (item, result) in input
    order."""
    pending: deque[tuple[list[T], Any]] = deque()
    for chunk in _chunks(items, CHUNK):
        pending.append((chunk, submit(chunk)))
        if len(pending) >= window:
            done, fut = pending.popleft()
            yield from zip(done, fut.result(), strict=True)
    while pending:
        done, fut = pending.popleft()
        yield from zip(done, fut.result(), strict=True)


def _read_here(task: Task) -> tuple[Item | Outcome, frozenset[str]]:
    """A task with its file read in this process (for a cluster, whose workers may not see our files); an
    unchanged document is not sent at all."""
    item, known = task
    doc = _read(item) if isinstance(item, Path) else item
    if isinstance(doc, Document) and doc.sha256 in known:
        return process_item(doc, known), known
    return doc, known


def _outcomes(pairs: Iterator[tuple[Any, Outcome]]) -> Iterator[Outcome]:
    return (outcome for _, outcome in pairs)


@contextmanager
def _extractor(jobs: int, engine: str, scheduler: str | None) -> Iterator[Extractor]:
    """One worker pool (or Dask client) for the whole build; yields a function from a stream of tasks to a
    stream of Outcomes in the same order, with a bounded number of documents in flight. Local workers read
    the files themselves; a cluster is sent the documents."""
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
            yield lambda tasks: _outcomes(_in_order(
                lambda chunk: client.submit(process_items, chunk, pure=False),
                map(_read_here, tasks), WINDOW * workers))
        finally:
            client.close()
            if cluster is not None:
                cluster.close()
        return
    if engine != "local":
        raise ConfigError(f"unknown engine {engine!r} (use local or dask)")
    if jobs <= 1:
        yield lambda tasks: (process_item(item, known) for item, known in tasks)
        return
    process_document(Document(id="d0", name="warm-up.txt", path="", sha256="", format="txt", text="$1 billion in 2020."))
    # the grammars are compiled now, in the parent: forked workers inherit them instead of rebuilding them
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        yield lambda tasks: _outcomes(
            _in_order(lambda chunk: pool.submit(process_items, chunk), tasks, WINDOW * jobs))


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

    Documents stream through: read, extracted and turned into graph text (in worker processes with `jobs` > 1,
    or on a Dask cluster), and streamed into the store (`ClaimStore.loading`: one bulk load in a thread of
    the main process), with a bounded number in flight, so memory does not grow with the corpus. Unchanged documents (same
    name, same content hash) are read but not re-extracted; a changed document replaces its named graph;
    `force` re-extracts unchanged documents too (after an ontology or code change). Bad files are reported in
    `errors` and skipped; the others are still built.
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
    tasks = ((path, frozenset() if force else frozenset(stored.get(path.name, ()))) for path in files)

    one_word: dict[str, Path] = {}  # doc id -> file, for the documents of this build with a one-word speaker
    store.ensure_ontology()
    with store.loading() as put, _extractor(jobs, engine, scheduler) as extract_stream:
        for out in extract_stream(tasks):
            if out.error is not None:
                errors.append(out.error)
                counts["done"] += 1
                continue
            counts["seen"] += 1
            warnings.extend(f"{out.path}: {w}" for w in out.warnings)
            seen_docs.setdefault(out.name, set()).add(out.sha256)
            if out.unchanged or out.text is None:
                counts["unchanged"] += 1
                counts["done"] += 1
                continue
            counts["replaced" if out.name in stored else "added"] += 1
            put(out.doc_id, out.text)
            if out.one_word:
                one_word[out.doc_id] = Path(out.path)
            counts["done"] += 1
            if progress and counts["done"] % BATCH == 0:
                progress(counts["done"], total)
    # A file whose content changed replaces its old version (same name, a hash this build did not see).
    drop = [doc_id for name, shas in seen_docs.items() for sha, doc_id in stored.get(name, {}).items()
            if sha not in shas]
    if drop:
        store.put_graphs([], drop=drop)
    if progress:
        progress(counts["done"], total)
    rows = store.claim_rows(derived=False)
    if one_word:
        rows = _canonical_speakers(store, rows, one_word)
    rec = reconcile_rows(rows)
    store.put_reconciliation(rec)
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
