"""Benchmark the reconciliation pass on synthetic claims: ``python -m benchmarks.reconcile_bench [--profile]
[--digest] [N ...]``.

``bench_reconcile(n, naive)`` generates ``n`` claims deterministically (many keys, about three claims per key,
a quarter of them deviating, some growth rates beside their values, some copied stories) and stores them as
the store keeps them: each document's claims as one JSON array of rows (``Claim.to_row``, compact). It then
times what a reconciliation of the store costs: reading the rows back (``read_rows``: ``json.loads`` per
document, flattened) and ``reconcile_rows`` over them, reported apart and summed. The claims are generated
in a forked process when one can be forked, so the peak RSS of this process is that of the strings, the rows
and the pass, not of a million models. With ``naive=True`` (small n only) an all-pairs comparison of the
same claims runs for contrast. ``--profile`` runs ``reconcile_rows`` in one process under cProfile instead
and prints where its time goes (the functions with the most time of their own); ``--digest`` adds a digest
of the output (``result_digest``), the same before and after a change that should not change it.
"""

from __future__ import annotations

import cProfile
import gc
import hashlib
import io
import json
import os
import pickle
import pstats
import random
import resource
import sys
import time
from collections.abc import Callable, Sequence
from datetime import date
from itertools import combinations
from typing import Any

from kg.models import Claim, Evidence, Period, Reconciliation
from kg.reconcile import reconcile_rows

MEASURES = ("trade_turnover", "exports", "imports")
FIRST_YEAR, YEARS = 1990, 35
NAIVE_LIMIT = 20_000
LEADS = ("Officials said", "According to customs data,", "The ministry reported that", "Analysts noted that",
         "Figures released on Monday show", "In a statement, the agency said")  # fmt: skip
VERBS = ("reached", "hit", "totalled", "stood at", "came to", "amounted to")
TAILS = ("", ", a record", ", up from the year before", ", the data showed", ", despite sanctions",
         ", officials added", ", according to state media")  # fmt: skip


def _codes(n: int) -> list[str]:
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    return [a + b for a in letters for b in letters][:n]


def make_claims(n: int, seed: int = 0) -> list[Claim]:
    """``n`` synthetic claims, the same for the same ``n`` and ``seed``."""
    rng = random.Random(seed)
    codes = _codes(200)
    pairs = list(combinations(codes, 2))
    n_docs = max(2, n // 8)
    periods: dict[int, Period] = {}
    out: list[Claim] = []
    k = 0
    while len(out) < n:
        pair = pairs[k % len(pairs)]
        measure = MEASURES[(k // len(pairs)) % len(MEASURES)]
        year = FIRST_YEAR + (k // (len(pairs) * len(MEASURES))) % YEARS
        k += 1
        period = periods.get(year)
        if period is None:
            period = periods[year] = Period.model_construct(
                start=date(year, 1, 1), end=date(year, 12, 31), as_stated=f"in {year}", resolution="explicit"
            )
        truth = rng.uniform(1, 500) * 1e9
        kind = "target" if rng.random() < 0.1 else "forecast" if rng.random() < 0.1 else "actual"
        label = measure.replace("_", " ")
        last_text = ""
        for _ in range(min(rng.choice((2, 3, 3, 4)), n - len(out))):
            value = (
                truth * (1 + rng.choice((-1, 1)) * rng.uniform(0.05, 0.3)) if rng.random() < 0.25 else truth
            )
            value = round(value / 1e8) * 1e8
            bound = rng.choice(("exact", "exact", "exact", "approx", "at_least"))
            half = 0.05e9
            lo, hi = (value - half, value + half) if bound == "exact" else \
                ((value - half) * 0.95, (value + half) * 1.05) if bound == "approx" else (value - half, None)  # fmt: skip
            doc = f"doc{rng.randrange(n_docs):07d}.txt"
            if last_text and rng.random() < 0.05:  # a copy of the previous story in another document
                text = last_text
            else:
                lead, verb, tail = rng.choice(LEADS), rng.choice(VERBS), rng.choice(TAILS)
                text = f"{lead} {label} between {pair[0]} and {pair[1]} {verb} ${value / 1e9:.1f} billion in {year}{tail}"
            last_text = text
            out.append(_claim(f"{doc[:-4]}:c{len(out)}", doc, value, bound, lo, hi, measure, pair, kind, period,
                              text))  # fmt: skip
            if rng.random() < 0.05 and len(out) < n and kind == "actual":
                growth = round(rng.uniform(-20, 40), 1)
                out.append(_claim(f"{doc[:-4]}:c{len(out)}", doc, growth, "exact", growth - 0.05, growth + 0.05,
                                  measure.replace("trade_turnover", "trade") + "_growth" if measure != "trade_turnover"
                                  else "trade_growth", pair, "actual", period, text, unit="percent"))  # fmt: skip
    return out


def _claim(cid: str, doc: str, value: float, bound: str, lo: float | None, hi: float | None, measure: str,
           parties: tuple[str, str], kind: str, period: Period, text: str, unit: str = "USD") -> Claim:  # fmt: skip
    directional = measure in ("exports", "imports", "export_growth", "import_growth")
    return Claim.model_construct(
        id=cid, document=doc, value=value, unit=unit, bound=bound, low=lo, high=hi, figure=f"{value:g}",
        measure=measure, parties=parties, kind=kind, period=period, speaker=None, source=None,
        evidence=Evidence.model_construct(text=text, start=0, end=len(text)), derived_from=(), document_id=doc,
        published=None, outlet=None, speaker_id=None, speaker_role=None,
        exporter=parties[0] if directional else None, importer=parties[1] if directional else None, method=None,
    )  # fmt: skip


def document_strings(claims: Sequence[Claim]) -> list[str]:
    """Each document's claims as the store keeps them: one compact JSON array of rows per document."""
    by_doc: dict[str, list[list[Any]]] = {}
    for c in claims:
        rows = by_doc.get(c.document)
        if rows is None:
            by_doc[c.document] = [c.to_row()]
        else:
            rows.append(c.to_row())
    return [json.dumps(rows, separators=(",", ":")) for rows in by_doc.values()]


def stored_claims(n: int) -> tuple[list[str], float]:
    """``document_strings(make_claims(n))`` and the seconds ``make_claims`` took, made in a forked process
    where there is fork, so that this process never holds the models. That process is forked by a short-lived
    one and so is not this process's child: its peak RSS (the models') stays out of the ``RUSAGE_CHILDREN``
    figure, which then is the reconciliation workers'."""
    def made() -> tuple[list[str], float]:
        t0 = time.perf_counter()
        claims = make_claims(n)
        return document_strings(claims), time.perf_counter() - t0

    if not hasattr(os, "fork"):
        return made()
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the short-lived one: fork the generator and go
        try:
            if os.fork() == 0:
                code = 0
                try:
                    os.close(read)
                    with os.fdopen(write, "wb") as out:
                        pickle.dump(made(), out, protocol=5)
                except BaseException:
                    code = 1
                finally:
                    os._exit(code)
        finally:
            os._exit(0)
    os.close(write)
    os.waitpid(pid, 0)
    with os.fdopen(read, "rb") as src:
        data = src.read()
    if not data:
        return made()
    strings, seconds = pickle.loads(data)
    return strings, seconds


def read_rows(strings: Sequence[str]) -> list[list[Any]]:
    """The claim rows of the documents' JSON arrays, in order: what ``json.loads`` gives, parsed by pydantic's
    JSON parser (a quarter faster, and it shares repeated short strings such as units, measures, parties
    and dates instead of making one object each) when there is one. The cyclic garbage collector is paused
    while they are read (millions of fresh lists would trigger it over and over and free nothing)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        loads = _loads()
        return [row for s in strings for row in loads(s)]
    finally:
        if enabled:
            gc.enable()


def _loads() -> Callable[[str], Any]:
    try:
        from pydantic_core import from_json
    except ImportError:  # pragma: no cover - pydantic always brings it
        return json.loads
    return from_json


def naive_conflicts(rows: Sequence[Sequence[Any]]) -> int:
    """All pairs: same measure, parties, unit, period and kind class, disjoint intervals. O(n^2)."""
    keyed = []
    for r in rows:
        p = r[11]
        key = (r[8], tuple(sorted(r[9])), r[3], p[0] if p else None, p[1] if p else None,
               "target" if r[10] == "target" else r[10])  # fmt: skip
        lo = -float("inf") if r[5] is None else r[5]
        hi = float("inf") if r[6] is None else r[6]
        keyed.append((key, lo, hi))
    n = 0
    for i, (ka, la, ha) in enumerate(keyed):
        for kb, lb, hb in keyed[i + 1 :]:
            if ka == kb and (ha < lb or hb < la):
                n += 1
    return n


def baseline_grouping(rows: Sequence[Sequence[Any]]) -> float:
    """Seconds to group the rows by key in a dict: the floor any pass pays, to read the timings against."""
    t0 = time.perf_counter()
    groups: dict[tuple[Any, ...], list[Sequence[Any]]] = {}
    for r in rows:
        p = r[11]
        key = (r[8], tuple(r[9]), r[3], p[0] if p else None, p[1] if p else None)
        got = groups.get(key)
        if got is None:
            groups[key] = [r]
        else:
            got.append(r)
    return time.perf_counter() - t0


def _peak_rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    return round(resource.getrusage(who).ru_maxrss / 1024, 1)  # kB on Linux


def bench_reconcile(n_claims: int, naive: bool = False, digest: bool = False) -> dict[str, Any]:
    """Time reading ``n_claims`` stored synthetic claims and reconciling them; findings counted by kind.

    ``read_seconds`` + ``reconcile_seconds`` = ``total_seconds`` is what a reconciliation of the store costs;
    ``build_seconds`` is the generator's (making the models), not part of it. ``digest``: also the result's
    ``result_digest``, to check that a change to the pass leaves its output as it was."""
    strings, build = stored_claims(n_claims)
    json_mb = sum(len(s) for s in strings) / 1e6
    gc.collect()
    t0 = time.perf_counter()
    rows = read_rows(strings)
    read = time.perf_counter() - t0
    del strings
    gc.collect()
    t0, c0, w0 = time.perf_counter(), time.process_time(), _children_cpu()
    result = reconcile_rows(rows)
    seconds, cpu, workers_cpu = time.perf_counter() - t0, time.process_time() - c0, _children_cpu() - w0
    conflicts = sum(f.is_conflict for f in result.findings)
    baseline = baseline_grouping(rows)
    report: dict[str, Any] = {
        "claims": n_claims,
        "keys": len({(r[8], tuple(r[9]), tuple(r[11] or ())) for r in rows}),
        "documents_json_mb": round(json_mb, 1),
        "build_seconds": round(build, 3),  # generating the synthetic models (not part of the total)
        "read_seconds": round(read, 3),  # the rows from the documents' JSON arrays
        "reconcile_seconds": round(seconds, 3),
        "total_seconds": round(read + seconds, 3),
        "reconcile_cpu_seconds": round(cpu, 3),  # this process only (its forked workers are apart)
        # the forked workers' (on a loaded host the CPU seconds vary less than the wall-clock ones)
        "workers_cpu_seconds": round(workers_cpu, 3),
        "workers": _workers(len(rows)),
        "baseline_grouping_seconds": round(baseline, 3),
        "findings": len(result.findings),
        "conflicts": conflicts,
        "corroborations": len(result.findings) - conflicts,
        "derived": len(result.derived),
        "naive_seconds": None,
        "naive_conflict_pairs": None,
        "peak_rss_mb": _peak_rss_mb(),  # this process: strings, rows, the pass (not the generator's models)
        # the largest forked worker's (pages it shares with this process counted in both)
        "workers_peak_rss_mb": _peak_rss_mb(resource.RUSAGE_CHILDREN) if _workers(len(rows)) > 1 else None,
    }
    if digest:
        report["digest"] = result_digest(result)
    if naive and n_claims <= NAIVE_LIMIT:
        t0 = time.perf_counter()
        report["naive_conflict_pairs"] = naive_conflicts(rows)
        report["naive_seconds"] = round(time.perf_counter() - t0, 3)
    return report


def result_digest(result: Reconciliation) -> str:
    """A SHA-256 of the findings and derived claims as JSON, in order: equal digests, equal output."""
    h = hashlib.sha256()
    for model in (*result.findings, *result.derived):
        h.update(model.model_dump_json().encode())
        h.update(b"\n")
    return h.hexdigest()[:16]


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _workers(n_rows: int) -> int:
    from kg.reconcile import _default_workers

    return _default_workers(n_rows)


def profile_reconcile(n_claims: int, top: int = 25) -> str:
    """cProfile's table of ``reconcile_rows`` (in one process) on ``n_claims`` synthetic claims' rows, by
    time spent in each function."""
    rows = read_rows(stored_claims(n_claims)[0])
    gc.collect()
    profiler = cProfile.Profile()
    profiler.enable()
    reconcile_rows(rows, workers=1)
    profiler.disable()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(top)
    return out.getvalue()


def main(argv: list[str]) -> None:
    profile, digest = "--profile" in argv, "--digest" in argv
    sizes = [int(a.replace("_", "")) for a in argv if not a.startswith("--")] or [10_000, 100_000, 1_000_000]
    for n in sizes:
        if profile:
            print(f"reconcile, {n} claims:\n{profile_reconcile(n)}", flush=True)
            continue
        load = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
        print({**bench_reconcile(n, naive=n <= 10_000, digest=digest), "load_before": load}, flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
