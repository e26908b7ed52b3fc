"""Benchmark the claim store on synthetic claims: ``python -m benchmarks.store_bench [--memory] [--skip-export] [--skip-query] [--rdflib] [--keep=DIR] [N ...]``.

``--store=DIR`` times the exports (``export_to`` a file, graph by graph) and the conflict query on a store
already built there (opened read-only; e.g. a 1M-claim store takes ~20-35 min to build on 2 cores). To keep
a built store for that, ``--keep=DIR`` builds it in ``DIR`` (which must not exist yet; with one N only)
instead of a temporary directory and compacts it (``optimize()``, as ``kg build`` does; ``optimize_s``):
``python -m benchmarks.store_bench --keep=/tmp/s1m --skip-export --skip-query 1000000``, then
``python -m benchmarks.store_bench --store=/tmp/s1m --skip-export``.
Both time the paged conflict listing (``conflict_page_s``: ``queries/conflicts-page.rq``, the first 100
findings with their claims; ``conflict_page_deep_s``: the last full page; ``findings_page_s``: the page
``kg conflicts --limit 100`` prints; medians of 3, ``*_first_s`` the first run) and then the full listing;
``--skip-query`` leaves the full listing out (~5 min, twice, at 1M claims).

For each N (claims; default 100000) it builds an on-disk store (in memory with ``--memory``) from the
synthetic claims of ``benchmarks.reconcile_bench.make_claims`` wrapped in synthetic documents (one per
``claim.document``), then times: ``put_documents`` (quads/s, models to committed), ``put_reconciliation``,
``claim_rows()``, ``claims()``, ``dump`` per line/Turtle format (triples/s) and ``queries/conflicts.rq``
through ``kg.query.run_query`` with every row read (``conflicts_engine_s``: the same query in pyoxigraph alone,
its JSON results written and parsed, without kg.query's conversion to Python values). With ``--rdflib`` it
also compares with rdflib's in-memory ``Dataset`` on the same N-Quads: build (parse vs ``Store.load``), the
conflict query and a Turtle export (``*_ratio`` = rdflib's time / ours). Prints one JSON object per N.
"""

from __future__ import annotations

import gc
import hashlib
import io
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from typing import Any

from benchmarks.reconcile_bench import make_claims
from kg.models import Claim, Document
from kg.query import load_query, run_query
from kg.reconcile import reconcile
from kg.store import ClaimStore

EXPORTS = ("nt", "nq", "turtle", "trig")


def documents(claims: list[Claim]) -> list[tuple[Document, list[Claim]]]:
    """Synthetic documents, one per ``claim.document``, in order of first appearance, with their claims."""
    groups: dict[str, list[Claim]] = {}
    for claim in claims:
        groups.setdefault(claim.document, []).append(claim)
    out = []
    for name, group in groups.items():
        sha = hashlib.sha256(name.encode()).hexdigest()
        doc = Document.model_construct(
            id=group[0].document_id, name=name, path=name, sha256=sha, format="txt", text="", title=None,
            outlet=None, url=None, published=None, published_resolution=None, warnings=(),
        )  # fmt: skip
        out.append((doc, group))
    return out


CPU: dict[str, float] = {}  # CPU seconds (all threads) of the last call of _timed, under "s"


def _timed(fn: Callable[[], Any]) -> tuple[Any, float]:
    """(value, wall-clock seconds); the process CPU seconds are left in CPU["s"]. The host is shared:
    CPU time is the steadier figure when other jobs run (pyoxigraph's bulk load uses several threads)."""
    gc.collect()
    c0, t0 = time.process_time(), time.perf_counter()
    value = fn()
    CPU["s"] = time.process_time() - c0
    return value, time.perf_counter() - t0


def _engine_query(store: ClaimStore) -> int:
    """The conflict query in pyoxigraph alone: results serialized to JSON and parsed; the row count."""
    import pyoxigraph as ox

    text, _ = load_query("conflicts")
    answer = store.backend.dataset().query(text, use_default_graph_as_union=True)
    data = json.loads(answer.serialize(format=ox.QueryResultsFormat.JSON) or b"{}")  # type: ignore[union-attr]
    return len(data["results"]["bindings"])


PAGE = 100  # findings per page, as `kg conflicts --limit 100` shows them


def _pages(store: ClaimStore, repeat: int = 3) -> dict[str, Any]:
    """The paged conflict listing (queries/conflicts-page.rq, rows read): the first page of PAGE findings and
    the deepest (the last full page), and the CLI's findings page (queries/findings-page.rq). Each run
    ``repeat`` times: ``*_s`` is the median, ``*_first_s`` the first run (colder caches)."""
    out: dict[str, Any] = {}
    _, total = store.findings_page(0, 0)
    deep = max(0, total - PAGE)
    out["conflict_findings"], out["conflict_page_deep_offset"] = total, deep
    runs: list[tuple[str, Callable[[], int]]] = [
        ("conflict_page", lambda: len(store.conflict_page(PAGE, 0).dicts())),
        ("conflict_page_deep", lambda: len(store.conflict_page(PAGE, deep).dicts())),
        ("findings_page", lambda: len(store.findings_page(PAGE, 0)[0])),
    ]
    for key, fn in runs:
        times, cpu = [], []
        for _ in range(repeat):
            rows, seconds = _timed(fn)
            times.append(seconds)
            cpu.append(CPU["s"])
        out[f"{key}_s"], out[f"{key}_first_s"] = sorted(times)[len(times) // 2], times[0]
        out[f"{key}_cpu_s"], out[f"{key}_rows"] = sorted(cpu)[len(cpu) // 2], rows
    return out


def _versus_rdflib(store: ClaimStore) -> dict[str, Any]:
    """Build, conflict query and Turtle export: an in-memory ClaimStore against rdflib's Dataset."""
    import pyoxigraph as ox
    import rdflib

    nquads = store.dump("nq")
    text, _ = load_query("conflicts")
    out: dict[str, Any] = {}
    ours = ClaimStore.open(None)
    _, out["mem_build_s"] = _timed(lambda: ours.backend.dataset().load(nquads, format=ox.RdfFormat.N_QUADS))
    out["mem_build_cpu_s"] = CPU["s"]
    rows, out["mem_query_s"] = _timed(lambda: len(run_query(ours, "conflicts").dicts()))
    out["mem_query_cpu_s"] = CPU["s"]
    _, out["mem_turtle_s"] = _timed(lambda: ours.dump("turtle"))
    out["mem_turtle_cpu_s"] = CPU["s"]
    dataset = rdflib.Dataset(default_union=True)
    _, out["rdflib_build_s"] = _timed(lambda: dataset.parse(data=nquads, format="nquads"))
    out["rdflib_build_cpu_s"] = CPU["s"]
    answer, out["rdflib_query_s"] = _timed(lambda: len(list(dataset.query(text))))
    out["rdflib_query_cpu_s"] = CPU["s"]
    out["rdflib_rows_match"] = answer == rows
    union = rdflib.Graph()
    for quad in dataset.quads((None, None, None, None)):
        union.add(quad[:3])
    _, out["rdflib_turtle_s"] = _timed(lambda: union.serialize(io.BytesIO(), format="turtle"))
    out["rdflib_turtle_cpu_s"] = CPU["s"]
    for what in ("build", "query", "turtle"):
        out[f"rdflib_{what}_ratio"] = round(out[f"rdflib_{what}_s"] / out[f"mem_{what}_s"], 1)
    ours.close()
    return out


def bench_store(
    n: int,
    *,
    memory: bool = False,
    export: bool = True,
    rdflib: bool = False,
    query: bool = True,
    keep: str | None = None,
) -> dict[str, Any]:
    """Build a store of ``n`` synthetic claims and time its writes, reads, exports and the conflict query;
    with ``keep`` the on-disk store is built in that directory and left there."""
    out: dict[str, Any] = {"claims": n}
    claims, out["models_s"] = _timed(lambda: make_claims(n))
    out["models_cpu_s"] = CPU["s"]
    docs = documents(claims)
    out["documents"] = len(docs)
    rec, out["reconcile_s"] = _timed(lambda: reconcile(claims))
    out["reconcile_cpu_s"] = CPU["s"]
    out["findings"], out["derived"] = len(rec.findings), len(rec.derived)
    with tempfile.TemporaryDirectory() as tmp:
        store = ClaimStore.open(None if memory else keep or f"{tmp}/store")
        _, seconds = _timed(lambda: store.put_documents(docs))
        quads = store.counts()["triples"]
        out["put_documents_s"], out["put_documents_cpu_s"], out["put_quads"] = (
            round(seconds, 3),
            CPU["s"],
            quads,
        )
        out["put_quads_per_s"] = round(quads / seconds)
        out["put_quads_per_cpu_s"] = round(quads / CPU["s"])
        _, out["put_reconciliation_s"] = _timed(lambda: store.put_reconciliation(rec))
        out["put_reconciliation_cpu_s"] = CPU["s"]
        triples = store.counts()["triples"]
        out["quads"] = triples
        if keep is not None:  # compacted, as `kg build` leaves a store
            _, out["optimize_s"] = _timed(store.optimize)
        if hasattr(store, "claim_rows"):
            rows, out["claim_rows_s"] = _timed(store.claim_rows)
            out["claim_rows_cpu_s"] = CPU["s"]
            out["claim_rows"] = len(rows)
            del rows
        read, out["claims_s"] = _timed(store.claims)
        out["claims_cpu_s"] = CPU["s"]
        out["claims_read"] = len(read)
        del read
        if export:
            for fmt in EXPORTS:
                data, seconds = _timed(lambda fmt=fmt: store.dump(fmt))
                out[f"dump_{fmt}_s"], out[f"dump_{fmt}_cpu_s"] = round(seconds, 3), CPU["s"]
                out[f"dump_{fmt}_triples_per_s"] = round(triples / seconds)
                out[f"dump_{fmt}_triples_per_cpu_s"] = round(triples / CPU["s"])
                out[f"dump_{fmt}_mb"] = round(len(data) / 1e6, 1)
                del data
        out.update(_pages(store))
        if query:
            result, out["conflicts_query_s"] = _timed(lambda: run_query(store, "conflicts").dicts())
            out["conflicts_query_cpu_s"] = CPU["s"]
            out["conflict_rows"] = len(result)
            del result
            _, out["conflicts_engine_s"] = _timed(lambda: _engine_query(store))
            out["conflicts_engine_cpu_s"] = CPU["s"]
        if rdflib:
            out.update(_versus_rdflib(store))
        store.close()
    return {k: round(v, 3) if isinstance(v, float) else v for k, v in out.items()}


def bench_existing(path: str, *, export: bool = True, query: bool = True) -> dict[str, Any]:
    """Exports (streamed to a file), the paged and the full conflict listing on an existing on-disk store,
    read-only."""
    from kg.export import export_to

    out: dict[str, Any] = {"store": path}
    store = ClaimStore.open(path, read_only=True)
    quads = store.counts()["triples"]
    out["quads"] = quads
    if export:
        with tempfile.TemporaryDirectory() as tmp:
            for fmt in EXPORTS:
                target, seconds = _timed(lambda fmt=fmt: export_to(store, fmt, f"{tmp}/out.{fmt}"))
                out[f"export_{fmt}_s"], out[f"export_{fmt}_cpu_s"] = round(seconds, 3), CPU["s"]
                out[f"export_{fmt}_triples_per_s"] = round(quads / seconds)
                out[f"export_{fmt}_mb"] = round(os.path.getsize(target) / 1e6, 1)
                os.unlink(target)
    out.update(_pages(store))
    if query:
        rows, out["conflicts_query_s"] = _timed(lambda: len(run_query(store, "conflicts").dicts()))
        out["conflicts_query_cpu_s"], out["conflict_rows"] = CPU["s"], rows
        _, out["conflicts_engine_s"] = _timed(lambda: _engine_query(store))
        out["conflicts_engine_cpu_s"] = CPU["s"]
    store.close()
    return {k: round(v, 3) if isinstance(v, float) else v for k, v in out.items()}


def main(argv: list[str]) -> None:
    existing = [a.split("=", 1)[1] for a in argv if a.startswith("--store=")]
    if existing:
        for path in existing:
            out = bench_existing(path, export="--skip-export" not in argv, query="--skip-query" not in argv)
            print(json.dumps(out), flush=True)
        return
    memory = "--memory" in argv
    export = "--skip-export" not in argv
    rdflib = "--rdflib" in argv
    query = "--skip-query" not in argv
    keep = next((a.split("=", 1)[1] for a in argv if a.startswith("--keep=")), None)
    sizes = [int(a) for a in argv if not a.startswith("--")] or [100_000]
    if keep is not None and (memory or len(sizes) != 1):
        raise SystemExit("--keep=DIR needs one N and an on-disk store")
    if keep is not None and os.path.exists(keep):
        raise SystemExit(f"--keep={keep}: already there (a store is built into a new directory)")
    for n in sizes:
        out = bench_store(n, memory=memory, export=export, rdflib=rdflib, query=query, keep=keep)
        print(json.dumps(out), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
