"""Benchmark the reconciliation pass on synthetic claims: ``python -m benchmarks.reconcile_bench [--profile] [N ...]``.

``bench_reconcile(n, naive)`` generates ``n`` claims deterministically (many keys, about three claims per key,
a quarter of them deviating, some growth rates beside their values, some copied stories), times building the
pydantic models and ``reconcile`` separately, and with ``naive=True`` (small n only) an all-pairs comparison
of the same claims for contrast. ``--profile`` runs ``reconcile`` under cProfile instead and prints where its
time goes (the functions with the most time of their own).
"""

from __future__ import annotations

import cProfile
import gc
import io
import os
import pstats
import random
import sys
import time
from datetime import date
from itertools import combinations
from typing import Any

from kg.models import Claim, Evidence, Period
from kg.reconcile import reconcile

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


def naive_conflicts(claims: list[Claim]) -> int:
    """All pairs: same measure, parties, unit, period and kind class, disjoint intervals. O(n^2)."""
    rows = []
    for c in claims:
        p = c.period
        key = (c.measure, tuple(sorted(c.parties)), c.unit, p.start if p else None, p.end if p else None,
               "target" if c.kind == "target" else c.kind)  # fmt: skip
        lo = -float("inf") if c.low is None else c.low
        hi = float("inf") if c.high is None else c.high
        rows.append((key, lo, hi))
    n = 0
    for i, (ka, la, ha) in enumerate(rows):
        for kb, lb, hb in rows[i + 1 :]:
            if ka == kb and (ha < lb or hb < la):
                n += 1
    return n


def baseline_grouping(claims: list[Claim]) -> float:
    """Seconds to group the claims by key in a dict: the floor any pass pays, to read the timings against."""
    t0 = time.perf_counter()
    groups: dict[tuple[Any, ...], list[Claim]] = {}
    for c in claims:
        p = c.period
        key = (c.measure, c.parties, c.unit, p.start if p else None, p.end if p else None)
        groups.setdefault(key, []).append(c)
    return time.perf_counter() - t0


def bench_reconcile(n_claims: int, naive: bool = False) -> dict[str, Any]:
    """Time building ``n_claims`` synthetic claims and reconciling them; findings counted by kind."""
    t0 = time.perf_counter()
    claims = make_claims(n_claims)
    build = time.perf_counter() - t0
    gc.collect()
    t0, c0 = time.perf_counter(), time.process_time()
    result = reconcile(claims)
    seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    conflicts = sum(f.is_conflict for f in result.findings)
    baseline = baseline_grouping(claims)
    report: dict[str, Any] = {
        "claims": n_claims,
        "keys": len({(c.measure, c.parties, c.period) for c in claims}),
        "build_seconds": round(build, 3),
        "reconcile_seconds": round(seconds, 3),
        "reconcile_cpu_seconds": round(cpu, 3),  # differs from the wall clock when the machine is busy
        "baseline_grouping_seconds": round(baseline, 3),
        "findings": len(result.findings),
        "conflicts": conflicts,
        "corroborations": len(result.findings) - conflicts,
        "derived": len(result.derived),
        "naive_seconds": None,
        "naive_conflict_pairs": None,
    }
    if naive and n_claims <= NAIVE_LIMIT:
        t0 = time.perf_counter()
        report["naive_conflict_pairs"] = naive_conflicts(claims)
        report["naive_seconds"] = round(time.perf_counter() - t0, 3)
    return report


def profile_reconcile(n_claims: int, top: int = 25) -> str:
    """cProfile's table of ``reconcile`` on ``n_claims`` synthetic claims, by time spent in each function."""
    claims = make_claims(n_claims)
    gc.collect()
    profiler = cProfile.Profile()
    profiler.enable()
    reconcile(claims)
    profiler.disable()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(top)
    return out.getvalue()


def main(argv: list[str]) -> None:
    profile = "--profile" in argv
    sizes = [int(a.replace("_", "")) for a in argv if a != "--profile"] or [10_000, 100_000, 1_000_000]
    for n in sizes:
        if profile:
            print(f"reconcile, {n} claims:\n{profile_reconcile(n)}", flush=True)
            continue
        load = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
        print({**bench_reconcile(n, naive=n <= 10_000), "load_before": load}, flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
