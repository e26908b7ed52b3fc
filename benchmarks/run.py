"""Speed and memory of claimgraph, measured in one run: ``python benchmarks/run.py [--quick] [--json]``.

Stages, on a synthetic corpus from ``benchmarks/corpus.py`` (see README.md in this folder for every figure):

1. build: ``kg.pipeline.build`` of the corpus into an on-disk store with ``--jobs`` workers (MB/s, docs/s,
   peak RSS of this process and its workers);
2. extraction alone: ``kg.pipeline.process_document`` over the documents in one process (MB/s);
3. store load: the same documents and claims put into a fresh in-memory store (triples/s), then the whole
   dataset written as N-Quads for step 5;
4. Turtle export of the built store (triples/s);
5. queries, each in a child process with a time limit (``--query-timeout``): ``queries/conflicts.rq`` and
   ``queries/claims-by-speaker.rq`` on the built store, the paged conflict listing on it
   (``queries/conflicts-page.rq``: the first and the last page of 100 findings); the conflict query on the
   same N-Quads loaded into an in-memory store and into ``rdflib.Dataset()`` (ratios ours / rdflib: below 1
   means we are faster);
6. reconciliation on synthetic claims at 10k / 100k / 1M (``benchmarks/reconcile_bench.py``), next to a
   naive all-pairs pass at 2k and 10k, each size in a child process with its own peak RSS.

``--json`` prints one JSON object on stdout (progress goes to stderr); ``--out FILE`` also writes it to FILE.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

REQUIRED_KEYS: tuple[str, ...] = (
    "build_mb_per_s",
    "extract_mb_per_s",
    "docs_per_s",
    "peak_rss_mb",
    "reconcile_1m_s",
    "conflict_query_s",
    "conflict_page_s",
    "export_triples_per_s",
    "rdflib_build_ratio",
    "rdflib_query_ratio",
)
RECONCILE_SIZES = {"10k": 10_000, "100k": 100_000, "1m": 1_000_000}
NAIVE_SIZES = {"2k": 2_000, "10k": 10_000}
QUICK_DOCS = 40
PAGE = 100  # findings per page of the paged conflict listing (conflict_page_s)


def log(message: str) -> None:
    """Progress on stderr (stdout carries the result)."""
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def peak_rss_mb() -> tuple[float, float]:
    """Peak resident set size (MiB) of this process and of its largest reaped child so far."""
    self_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return round(self_kb / 1024, 1), round(children_kb / 1024, 1)


def cpu_seconds() -> tuple[float, float]:
    """CPU seconds (user + system) used so far by this process (all its threads) and by its reaped children.
    On a shared host these are steadier than wall-clock times."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime


def own_peak_rss_mb() -> float:
    """Peak RSS (MiB) of this program since it was exec'd: Linux's VmHWM (ru_maxrss keeps the forking parent's)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return peak_rss_mb()[0]


def timed(fn: Callable[[], Any], repeat: int = 1, budget_s: float = 10.0) -> tuple[float, Any]:
    """Median wall seconds of up to ``repeat`` calls (fewer once ``budget_s`` is spent) and the last result."""
    times: list[float] = []
    result: Any = None
    while len(times) < max(1, repeat):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
        if sum(times) > budget_s:
            break
    return statistics.median(times), result


def rate(amount: float, seconds: float | None) -> float | None:
    """amount / seconds, rounded; None when there is no time."""
    return round(amount / seconds, 3) if seconds else None


def ratio(ours: float | None, theirs: float | None) -> float | None:
    return round(ours / theirs, 4) if ours and theirs else None


def bounded_ratio(
    ours: dict[str, Any], theirs: dict[str, Any], timeout: float | None
) -> tuple[float | None, str | None]:
    """ours / theirs seconds; when one side was stopped at the time limit, the limit stands in for its time
    and the ratio is a bound ("lower" if ours was stopped, "upper" if theirs was); None if both were."""
    if ours["timed_out"] and theirs["timed_out"]:
        return None, None
    if ours["timed_out"]:
        return ratio(timeout, theirs.get("seconds")), "lower"
    if theirs["timed_out"]:
        return ratio(ours.get("seconds"), timeout), "upper"
    return ratio(ours.get("seconds"), theirs.get("seconds")), None


# ---------------------------------------------------------------------------------------------
# Stages
# ---------------------------------------------------------------------------------------------


def stage_corpus(directory: Path, n_docs: int, seed: int) -> dict[str, Any]:
    from benchmarks.corpus import make_corpus

    t0 = time.perf_counter()
    make_corpus(directory, n_docs, seed=seed)
    seconds = time.perf_counter() - t0
    files = sorted(directory.glob("*.txt"))
    manifest = json.loads((directory / ".corpus.json").read_text(encoding="utf-8"))
    return {
        "corpus_s": round(seconds, 3),
        "docs": len(files),
        "corpus_mb": round(sum(f.stat().st_size for f in files) / 1e6, 3),
        "corpus_countries": manifest["countries"],
        "planted_conflicts": manifest["planted_conflicts"],
        "planted_corroborations": manifest["planted_corroborations"],
    }


def stage_build(corpus: Path, store_dir: Path, jobs: int, mb: float) -> dict[str, Any]:
    from kg.pipeline import build
    from kg.store import ClaimStore

    store = ClaimStore.open(store_dir)
    try:
        cpu0 = cpu_seconds()
        t0 = time.perf_counter()
        summary = build([corpus], store, jobs=jobs)
        seconds = time.perf_counter() - t0
        cpu1 = cpu_seconds()
        counts = store.counts()
    finally:
        store.close()
    self_mb, children_mb = peak_rss_mb()
    main_cpu, worker_cpu = cpu1[0] - cpu0[0], cpu1[1] - cpu0[1]
    return {
        "build_s": round(seconds, 3),
        "build_cpu_s": round(main_cpu + worker_cpu, 3),
        "build_main_cpu_s": round(main_cpu, 3),
        "build_worker_cpu_s": round(worker_cpu, 3),
        "build_mb_per_s": rate(mb, seconds),
        "docs_per_s": rate(summary.documents, seconds),
        "peak_rss_mb": max(self_mb, children_mb),
        "peak_rss_self_mb": self_mb,
        "peak_rss_worker_mb": children_mb,
        "build_errors": summary.skipped,
        "claims": counts.get("claims", summary.claims),
        "derived_claims": counts.get("derived"),
        "conflicts": summary.conflicts,
        "corroborations": summary.corroborations,
        "triples": counts.get("triples"),
        "store_disk_mb": round(sum(f.stat().st_size for f in store_dir.rglob("*") if f.is_file()) / 1e6, 2),
    }


def stage_extract(corpus: Path) -> tuple[dict[str, Any], list[Any], list[list[Any]]]:
    """Read every document, then time extraction alone in this process (after a one-document warm-up)."""
    from kg.ingest import read_document
    from kg.pipeline import process_document

    files = sorted(corpus.glob("*.txt"))
    t0 = time.perf_counter()
    docs = [read_document(f) for f in files]
    read_s = time.perf_counter() - t0
    mb = sum(len(d.text.encode("utf-8")) for d in docs) / 1e6
    t0 = time.perf_counter()
    if docs:
        process_document(docs[0])  # loads the lexicon and compiles the grammars once
    warmup_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    claims = [process_document(d) for d in docs]
    seconds = time.perf_counter() - t0
    n_claims = sum(len(c) for c in claims)
    return (
        {
            "read_s": round(read_s, 3),
            "extract_warmup_s": round(warmup_s, 3),
            "extract_s": round(seconds, 3),
            "extract_mb_per_s": rate(mb, seconds),
            "extract_docs_per_s": rate(len(docs), seconds),
            "extract_claims": n_claims,
        },
        docs,
        claims,
    )


def stage_store(docs: list[Any], claims: list[list[Any]], nquads: Path) -> dict[str, Any]:
    """Put the documents and claims into a fresh in-memory store, then the findings and the ontology.

    The whole dataset is then written to ``nquads`` for the query and baseline children."""
    from kg.reconcile import reconcile
    from kg.store import ClaimStore

    store = ClaimStore.open(None)
    t0 = time.perf_counter()
    store.put_documents(zip(docs, claims, strict=True))
    put_s = time.perf_counter() - t0
    doc_triples = store.counts()["triples"]
    flat = [c for cs in claims for c in cs]
    t0 = time.perf_counter()
    rec = reconcile(flat)
    reconcile_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    store.put_reconciliation(rec)
    store.ensure_ontology()
    rest_s = time.perf_counter() - t0
    triples = store.counts()["triples"]
    nquads.write_bytes(store.dump("nq"))
    store.close()
    return {
        "store_put_s": round(put_s, 3),
        "store_triples": doc_triples,
        "store_triples_per_s": rate(doc_triples, put_s),
        "corpus_reconcile_s": round(reconcile_s, 3),
        "mem_store_build_s": round(put_s + rest_s, 3),
        "mem_store_triples": triples,
    }


def _speaker(claims: list[list[Any]]) -> str:
    """The most quoted person's last name (a lookup that returns rows)."""
    people = (c.speaker for cs in claims for c in cs if (c.speaker_id or "").startswith("person:"))
    names = Counter(name for name in people if name and " " in name)
    return names.most_common(1)[0][0].split()[-1] if names else "Minister"


def stage_export(store_dir: Path) -> dict[str, Any]:
    import pyoxigraph as ox

    from kg.store import ClaimStore

    store = ClaimStore.open(store_dir, read_only=True)
    try:
        cpu0 = cpu_seconds()[0]
        seconds, data = timed(lambda: store.dump("turtle"))
        cpu = cpu_seconds()[0] - cpu0
    finally:
        store.close()
    triples = sum(1 for _ in ox.parse(data, format=ox.RdfFormat.TURTLE))
    return {
        "export_s": round(seconds, 3),
        "export_cpu_s": round(cpu, 3),
        "export_triples": triples,
        "export_mb": round(len(data) / 1e6, 3),
        "export_triples_per_s": rate(triples, seconds),
    }


def stage_queries(
    store_dir: Path, nquads: Path, speaker: str, repeat: int, timeout: float | None
) -> dict[str, Any]:
    """Conflict and lookup queries on the built store, then ours in memory against rdflib on the same quads.

    Each query runs in a child process with a time limit, so one pathological query cannot stall the run.
    """
    lookup_params = {"speaker": speaker}
    disk = child("query", {"store": str(store_dir), "query": "conflicts", "repeat": repeat}, timeout)
    page = child("page", {"store": str(store_dir), "limit": PAGE, "repeat": repeat}, timeout)
    lookup = child(
        "query",
        {
            "store": str(store_dir),
            "query": "claims-by-speaker",
            "params": lookup_params,
            "repeat": repeat * 3,
        },
        timeout,
    )
    mem = child("query", {"store": str(nquads), "query": "conflicts", "repeat": repeat}, timeout)
    rdf = child("rdflib", {"nq": str(nquads), "query": "conflicts"}, timeout)
    query_ratio, bound = bounded_ratio(mem, rdf, timeout)
    return {
        "conflict_query_s": disk.get("seconds"),
        "conflict_query_rows": disk.get("rows"),
        "conflict_query_timed_out": disk["timed_out"],
        "conflict_page_s": page.get("seconds"),
        "conflict_page_rows": page.get("rows"),
        "conflict_page_deep_s": page.get("deep_seconds"),
        "conflict_page_deep_offset": page.get("deep_offset"),
        "conflict_page_deep_rows": page.get("deep_rows"),
        "conflict_page_timed_out": page["timed_out"],
        "lookup_query_s": lookup.get("seconds"),
        "lookup_query_rows": lookup.get("rows"),
        "lookup_query_timed_out": lookup["timed_out"],
        "mem_nq_load_s": mem.get("load_s"),
        "mem_conflict_query_s": mem.get("seconds"),
        "mem_conflict_query_timed_out": mem["timed_out"],
        "rdflib_build_s": rdf.get("load_s"),
        "rdflib_triples": rdf.get("triples"),
        "rdflib_query_s": rdf.get("seconds"),
        "rdflib_query_timed_out": rdf["timed_out"],
        "rdflib_rows_match": rdf["rows"] == mem["rows"] if "rows" in rdf and "rows" in mem else None,
        "rdflib_build_ratio": ratio(mem.get("load_s"), rdf.get("load_s")),
        "rdflib_query_ratio": query_ratio,
        "rdflib_query_ratio_bound": bound,
        "query_peak_rss_mb": max(
            (r.get("peak_rss_mb") or 0.0 for r in (disk, page, lookup, mem)), default=None
        ),
        "rdflib_peak_rss_mb": rdf.get("peak_rss_mb"),
    }


# ---------------------------------------------------------------------------------------------
# Child processes: one measurement each, with its own memory and a time limit
# ---------------------------------------------------------------------------------------------


def child(kind: str, params: dict[str, Any], timeout: float | None) -> dict[str, Any]:
    """Run ``run.py --child KIND`` and merge the JSON lines it printed; ``timed_out`` says if it was stopped."""
    cmd = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--child",
        kind,
        "--child-params",
        json.dumps(params),
    ]
    log(f"{kind} {json.dumps(params)[:120]}")
    result: dict[str, Any] = {"timed_out": False}
    try:
        done = subprocess.run(cmd, capture_output=True, timeout=timeout, check=False, cwd=ROOT)
        out, err, code = done.stdout, done.stderr, done.returncode
    except subprocess.TimeoutExpired as exc:
        log(f"{kind}: stopped after {timeout:.0f} s")
        out, err, code = exc.stdout or b"", exc.stderr or b"", 0
        result["timed_out"] = True
    if code != 0:
        tail = err.decode("utf-8", "replace").strip().splitlines()[-1:]
        log(f"{kind} failed: {tail}")
        result["error"] = tail[0] if tail else f"exit status {code}"
    for line in out.decode("utf-8", "replace").splitlines():
        if line.startswith("{"):
            result.update(json.loads(line))
    return result


def _emit(data: dict[str, Any]) -> None:
    print(json.dumps(data), flush=True)


def query_child(params: dict[str, Any]) -> None:
    """Open the built store (a directory) or load an N-Quads file into a fresh in-memory store; time a query."""
    from kg.query import run_query
    from kg.store import ClaimStore

    location = Path(params["store"])
    if location.suffix == ".nq":
        import pyoxigraph as ox

        store = ClaimStore.open(None)
        t0 = time.perf_counter()
        store.backend.dataset().load(path=str(location), format=ox.RdfFormat.N_QUADS)
        _emit({"load_s": round(time.perf_counter() - t0, 4)})
    else:
        store = ClaimStore.open(location, read_only=True)
    query, values = params["query"], params.get("params") or {}
    seconds, answer = timed(lambda: run_query(store, query, values), params.get("repeat", 1), budget_s=30)
    _emit({"seconds": round(seconds, 4), "rows": len(answer.terms), "peak_rss_mb": own_peak_rss_mb()})


def page_child(params: dict[str, Any]) -> None:
    """Open the built store; time the first page of the conflict listing (``ClaimStore.conflict_page``: the
    ``limit`` most severe conflict findings with their claims, rows read) and the last full page."""
    from kg.store import ClaimStore

    store = ClaimStore.open(Path(params["store"]), read_only=True)
    limit, repeat = params["limit"], params.get("repeat", 1)
    seconds, answer = timed(lambda: store.conflict_page(limit, 0), repeat, budget_s=30)
    _emit({"seconds": round(seconds, 4), "rows": len(answer.terms)})
    offset = max(0, store.findings_page(0, 0)[1] - limit)
    seconds, answer = timed(lambda: store.conflict_page(limit, offset), repeat, budget_s=30)
    _emit({"deep_seconds": round(seconds, 4), "deep_offset": offset, "deep_rows": len(answer.terms)})
    _emit({"peak_rss_mb": own_peak_rss_mb()})


def rdflib_child(params: dict[str, Any]) -> None:
    """Load the N-Quads into rdflib's in-memory Dataset (union default graph) and run the same query text."""
    import rdflib

    from kg.query import load_query

    text, _ = load_query(params["query"])
    t0 = time.perf_counter()
    dataset = rdflib.Dataset(default_union=True)
    dataset.parse(params["nq"], format="nquads")
    _emit({"load_s": round(time.perf_counter() - t0, 4), "triples": len(dataset)})
    t0 = time.perf_counter()
    rows = list(dataset.query(text))
    _emit(
        {"seconds": round(time.perf_counter() - t0, 4), "rows": len(rows), "peak_rss_mb": own_peak_rss_mb()}
    )


# ---------------------------------------------------------------------------------------------
# Reconciliation on synthetic claims (each size in a child process)
# ---------------------------------------------------------------------------------------------


def _fallback_bench(n_claims: int, naive: bool) -> dict[str, Any]:
    """Used only if benchmarks/reconcile_bench.py is missing: ~3 claims per key, a quarter deviating."""
    import random
    from datetime import date
    from itertools import combinations

    from kg.models import Claim, Evidence, Period
    from kg.reconcile import reconcile

    rng = random.Random(0)
    pairs = list(combinations([a + b for a in "ABCDEFGHIJKLMNOPQRST" for b in "ABCDEFGHIJ"], 2))
    claims: list[Claim] = []
    t0 = time.perf_counter()
    while len(claims) < n_claims:
        k = len(claims) // 3
        year = 1990 + k // len(pairs) % 35
        period = Period.model_construct(start=date(year, 1, 1), end=date(year, 12, 31), as_stated=str(year),
                                        resolution="explicit")  # fmt: skip
        value = round(rng.uniform(1, 500)) * 1e9 * (1.2 if rng.random() < 0.25 else 1)
        text = f"trade reached ${value / 1e9:g} billion in {year}"
        claims.append(Claim.model_construct(
            id=f"c{len(claims)}", document=f"d{rng.randrange(n_claims // 8 + 2)}.txt", value=value, unit="USD",
            bound="exact", low=value - 5e8, high=value + 5e8, figure=f"${value / 1e9:g} billion",
            measure="trade_turnover", parties=pairs[k % len(pairs)], kind="actual", period=period, speaker=None,
            source=None, evidence=Evidence.model_construct(text=text, start=0, end=len(text)), derived_from=(),
            document_id="", published=None, outlet=None, speaker_id=None, speaker_role=None, exporter=None,
            importer=None, method=None))  # fmt: skip
    build_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    result = reconcile(claims)
    report: dict[str, Any] = {"claims": n_claims, "build_seconds": round(build_s, 3),
                              "reconcile_seconds": round(time.perf_counter() - t0, 3),
                              "findings": len(result.findings), "naive_seconds": None}  # fmt: skip
    if naive:
        keys = [(c.measure, c.parties, c.period, float(c.low or 0.0), float(c.high or 0.0)) for c in claims]
        t0 = time.perf_counter()
        hits = 0
        for i, (m, p, t, lo, hi) in enumerate(keys):
            for m2, p2, t2, lo2, hi2 in keys[i + 1 :]:
                if m == m2 and p == p2 and t == t2 and (hi < lo2 or hi2 < lo):
                    hits += 1
        report["naive_seconds"] = round(time.perf_counter() - t0, 3)
        report["naive_conflict_pairs"] = hits
    return report


def reconcile_child(params: dict[str, Any]) -> None:
    """One size of the reconciliation benchmark, with this child's own peak RSS."""
    n_claims, naive = int(params["claims"]), bool(params.get("naive"))
    try:
        from benchmarks.reconcile_bench import bench_reconcile
    except ImportError:
        report = _fallback_bench(n_claims, naive)
        report["generator"] = "benchmarks/run.py fallback"
    else:
        report = bench_reconcile(n_claims, naive=naive)
        report["generator"] = "benchmarks/reconcile_bench.py"
    report["peak_rss_mb"] = own_peak_rss_mb()
    _emit(report)


def run_reconcile(n_claims: int, naive: bool, timeout: float | None) -> dict[str, Any] | None:
    report = child("reconcile", {"claims": n_claims, "naive": naive}, timeout)
    return report if "reconcile_seconds" in report else None


def stage_reconcile(quick: bool, timeout: float | None) -> dict[str, Any]:
    out: dict[str, Any] = {}
    runs: dict[str, Any] = {}
    naive_sizes = NAIVE_SIZES
    small = run_reconcile(NAIVE_SIZES["2k"], True, timeout)
    runs["2k"] = small
    out["reconcile_2k_s"] = small and small.get("total_seconds", small["reconcile_seconds"])
    out["naive_2k_s"] = small and small["naive_seconds"]
    for label, n in RECONCILE_SIZES.items():
        if quick and label == "1m":
            out["reconcile_1m_s"] = None
            continue
        naive = label in naive_sizes
        report = run_reconcile(n, naive, timeout)
        runs[label] = report
        # the measure: reading the stored rows plus the pass ("including reading them")
        out[f"reconcile_{label}_s"] = report and report.get("total_seconds", report["reconcile_seconds"])
        out[f"reconcile_{label}_read_s"] = report and report.get("read_seconds")
        if naive:
            out[f"naive_{label}_s"] = report and report["naive_seconds"]
    out.setdefault("naive_10k_s", None)
    big = runs.get("1m") or runs.get("100k")
    out["reconcile_peak_rss_mb"] = big and big["peak_rss_mb"]
    out["reconcile_runs"] = runs
    return out


# ---------------------------------------------------------------------------------------------
# The run
# ---------------------------------------------------------------------------------------------


def machine() -> dict[str, Any]:
    import pydantic
    import pyoxigraph
    import rdflib

    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                                text=True, check=False, timeout=10).stdout.strip() or None  # fmt: skip
    except OSError:
        commit = None
    return {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "cpu_count": os.cpu_count(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "pyoxigraph": pyoxigraph.__version__,
        "rdflib": rdflib.__version__,
        "pydantic": pydantic.VERSION,
        "commit": commit,
    }


def run(args: argparse.Namespace) -> dict[str, Any]:
    n_docs = args.docs if args.docs is not None else (QUICK_DOCS if args.quick else 2000)
    result: dict[str, Any] = {"quick": args.quick, "jobs": args.jobs, "seed": args.seed}
    work = Path(args.workdir) if args.workdir else Path(tempfile.mkdtemp(prefix="kg-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        corpus, store_dir = work / "corpus", work / "store"
        shutil.rmtree(store_dir, ignore_errors=True)
        log(f"corpus: {n_docs} documents in {corpus}")
        result.update(stage_corpus(corpus, n_docs, args.seed))
        log(f"build with {args.jobs} jobs into {store_dir}")
        result.update(stage_build(corpus, store_dir, args.jobs, result["corpus_mb"]))
        log("extraction alone, one process")
        extract, docs, claims = stage_extract(corpus)
        result.update(extract)
        log("store load (in memory)")
        nquads = work / "dataset.nq"
        result.update(stage_store(docs, claims, nquads))
        speaker = _speaker(claims)
        del docs, claims
        log("Turtle export")
        result.update(stage_export(store_dir))
        log("queries: built store, in-memory store and rdflib on the same quads")
        result.update(stage_queries(store_dir, nquads, speaker, args.repeat, args.query_timeout))
    finally:
        if not args.workdir:
            shutil.rmtree(work, ignore_errors=True)
    log("reconciliation on synthetic claims")
    result.update(stage_reconcile(args.quick, args.reconcile_timeout))
    result.update(machine())
    return result


LABELS: tuple[tuple[str, str, str], ...] = (
    ("docs", "documents", ""),
    ("corpus_mb", "corpus", "MB"),
    ("claims", "claims in the built store", ""),
    ("triples", "quads in the built store", ""),
    ("build_s", "build (kg.pipeline.build, on disk)", "s"),
    ("build_mb_per_s", "  build throughput", "MB/s"),
    ("docs_per_s", "  documents", "docs/s"),
    ("peak_rss_mb", "  peak RSS (largest process)", "MB"),
    ("extract_mb_per_s", "extraction alone, one process", "MB/s"),
    ("store_triples_per_s", "store load, in memory", "triples/s"),
    ("conflict_query_s", "conflict query (built store)", "s"),
    ("conflict_page_s", "  first page (100 findings)", "s"),
    ("conflict_page_deep_s", "  last page", "s"),
    ("lookup_query_s", "speaker lookup (built store)", "s"),
    ("export_triples_per_s", "Turtle export", "triples/s"),
    ("mem_nq_load_s", "N-Quads load, ours in memory", "s"),
    ("rdflib_build_s", "N-Quads load, rdflib Dataset", "s"),
    ("rdflib_build_ratio", "  ours/rdflib", "x"),
    ("mem_conflict_query_s", "conflict query, ours in memory", "s"),
    ("rdflib_query_s", "conflict query, rdflib Dataset", "s"),
    ("rdflib_query_ratio", "  ours/rdflib", "x"),
    ("reconcile_2k_s", "reconcile 2k claims", "s"),
    ("reconcile_10k_s", "reconcile 10k claims", "s"),
    ("reconcile_100k_s", "reconcile 100k claims", "s"),
    ("reconcile_1m_s", "reconcile 1M claims", "s"),
    ("naive_2k_s", "naive all-pairs 2k claims", "s"),
    ("naive_10k_s", "naive all-pairs 10k claims", "s"),
)


def human(result: dict[str, Any]) -> str:
    lines = [f"claimgraph benchmark, {result['date']}, {result['cpu_count']} CPUs, Python {result['python']}"
             f"{' (quick)' if result['quick'] else ''}"]  # fmt: skip
    for key, label, unit in LABELS:
        value = result.get(key)
        shown = "n/a" if value is None else f"{value:,}" if isinstance(value, int) else f"{value:,.4g}"
        if value is None and result.get(key.replace("_s", "_timed_out")):
            shown = "timed out"
        lines.append(f"  {label:<46} {shown:>12} {unit}")
    return "\n".join(lines)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Measure claimgraph's build, extraction, store, queries, export "
                                     "and reconciliation on a synthetic corpus.")  # fmt: skip
    parser.add_argument(
        "--docs", type=int, default=None, help="documents in the corpus (default 2000; 40 with --quick)"
    )
    parser.add_argument("--quick", action="store_true", help="small sizes, no 1M reconcile (under a minute)")
    parser.add_argument("--jobs", type=int, default=2, help="worker processes for the build (default 2)")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of text")
    parser.add_argument("--out", type=Path, default=None, help="also write the JSON object to this file")
    parser.add_argument("--seed", type=int, default=7, help="corpus seed (default 7)")
    parser.add_argument(
        "--repeat", type=int, default=3, help="query repetitions, median reported (default 3)"
    )
    parser.add_argument(
        "--workdir", default=None, help="keep the corpus and store here instead of a temp dir"
    )
    parser.add_argument("--reconcile-timeout", type=float, default=None,
                        help="seconds allowed per reconcile size (default: no limit)")  # fmt: skip
    parser.add_argument(
        "--query-timeout",
        type=float,
        default=180.0,
        help="seconds allowed per query measurement (default 180)",
    )
    parser.add_argument("--child", choices=sorted(CHILDREN), default=None, help=argparse.SUPPRESS)
    parser.add_argument("--child-params", default="{}", help=argparse.SUPPRESS)
    return parser.parse_args(argv)


CHILDREN: dict[str, Callable[[dict[str, Any]], None]] = {
    "query": query_child,
    "page": page_child,
    "rdflib": rdflib_child,
    "reconcile": reconcile_child,
}


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.child:
        CHILDREN[args.child](json.loads(args.child_params))
        return 0
    result = run(args)
    missing = [k for k in REQUIRED_KEYS if k not in result]
    if missing:
        raise SystemExit(f"benchmark bug: missing keys {missing}")
    text = json.dumps(result, indent=1, sort_keys=False)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")
    print(text if args.json else human(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
