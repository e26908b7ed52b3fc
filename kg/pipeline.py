"""The one place that chains the stages: ingest -> extract -> assemble -> store -> reconcile -> store."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from pathlib import Path

from kg.assemble import assemble
from kg.errors import ConfigError, KgError
from kg.extract import extract
from kg.ingest import collect_paths, read_document
from kg.models import BuildSummary, Claim, Document
from kg.reconcile import reconcile
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


def _read(paths: Sequence[Path]) -> Iterator[Document | KgError]:
    files, errors = collect_paths(paths)
    yield from errors
    for path in files:
        try:
            yield read_document(path)
        except KgError as exc:
            yield exc


Extractor = Callable[[list[Document]], list[list[Claim]]]


@contextmanager
def _extractor(jobs: int, engine: str, scheduler: str | None) -> Iterator[Extractor]:
    """One worker pool (or Dask client) for the whole build; yields a function over a batch of documents."""
    if engine == "dask":
        try:
            from dask.distributed import Client, LocalCluster
        except ImportError as exc:  # the optional extra is not installed
            raise ConfigError("the dask engine needs the extra: pip install 'claimgraph[dask]'") from exc
        cluster = None if scheduler else LocalCluster(
            n_workers=max(jobs, 1), threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(scheduler or cluster)
        try:
            yield lambda docs: list(client.gather(client.map(process_document, docs, pure=False)))
        finally:
            client.close()
            if cluster is not None:
                cluster.close()
        return
    if engine != "local":
        raise ConfigError(f"unknown engine {engine!r} (use local or dask)")
    if jobs <= 1:
        yield lambda docs: [process_document(d) for d in docs]
        return
    process_document(Document(id="d0", name="warm-up.txt", path="", sha256="", format="txt", text="$1 billion in 2020."))
    # the grammars are compiled now, in the parent: forked workers inherit them instead of rebuilding them
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        yield lambda docs: list(pool.map(process_document, docs, chunksize=max(1, len(docs) // (jobs * 8))))


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

    Unchanged documents (same name, same content hash) are not re-extracted; a changed document replaces
    its named graph; `force` re-extracts unchanged documents too (after an ontology or code change).
    Bad files are reported in `errors` and skipped; the others are still built.
    """
    t0 = time.perf_counter()
    stored: dict[str, dict[str, str]] = {}  # file name -> sha256 -> document id
    for name, doc_id, sha in store.document_versions():
        stored.setdefault(name, {})[sha] = doc_id
    errors: list[str] = []
    warnings: list[str] = []
    todo: list[Document] = []
    seen_docs: dict[str, set[str]] = {}  # file name -> shas in this build
    unchanged = seen = 0
    for item in _read(paths):
        if isinstance(item, KgError):
            errors.append(str(item))
            continue
        seen += 1
        warnings.extend(f"{item.path}: {w}" for w in item.warnings)
        seen_docs.setdefault(item.name, set()).add(item.sha256)
        if item.sha256 in stored.get(item.name, {}) and not force:
            unchanged += 1
            continue
        todo.append(item)
    # A file whose content changed replaces its old version (same name, a hash this build did not see).
    drop = [doc_id for name, shas in seen_docs.items() for sha, doc_id in stored.get(name, {}).items()
            if sha not in shas or force]
    total = len(todo)
    done = 0
    replaced = sum(1 for d in todo if d.name in stored)
    with _extractor(jobs if total else 1, engine if total else "local", scheduler) as extract_batch:
        for start in range(0, total, BATCH):
            batch = todo[start : start + BATCH]
            results = extract_batch(batch)
            store.put_documents(zip(batch, results, strict=True), drop=drop if start == 0 else ())
            done += len(batch)
            if progress:
                progress(done, total)
    claims = store.claims(derived=False)
    canonical = canonical_speakers(claims)
    if canonical != claims:
        changed_docs = {c.document_id for c, o in zip(canonical, claims, strict=True) if c != o}
        if changed_docs:
            by_doc: dict[str, list[Claim]] = {}
            for c in canonical:
                by_doc.setdefault(c.document_id, []).append(c)
            docs = {d.id: d for d in todo}
            redo = [(docs[i], by_doc[i]) for i in changed_docs if i in docs]
            if redo:
                store.put_documents(redo)
        claims = canonical
    rec = reconcile(claims)
    store.put_reconciliation(rec)
    store.ensure_ontology()
    if total >= BATCH:
        store.optimize()
    types = Counter(f.type for f in rec.findings)
    return BuildSummary(
        documents=seen,
        added=total - replaced,
        replaced=replaced,
        unchanged=unchanged,
        skipped=len(errors),
        claims=len(claims),
        conflicts=sum(n for t, n in types.items() if t != "corroboration"),
        corroborations=types.get("corroboration", 0),
        seconds=round(time.perf_counter() - t0, 3),
        errors=tuple(errors),
        warnings=tuple(warnings),
    )
