"""Single-process extraction speed: ``python benchmarks/extract_bench.py [--docs N] [--seed S] [--repeat R] [--profile] [DIR ...]``.

Writes a synthetic corpus (``benchmarks/corpus.py``) to a temporary folder, reads every document first, runs
``kg.pipeline.process_document`` once as a warm-up (grammars compiled, excluded from the timing), then times
the whole corpus ``--repeat`` times and prints MB/s (min / median / max; the host may be shared and noisy), by
the wall clock and by this process's CPU time (steadier when other processes compete for the cores).
``--profile`` prints the cumulative cProfile of one more pass (top functions) and the time spent in each
extraction stage (entities, figures, periods, sentences, assemble). Folders given (``DIR ...``, e.g.
``seeds eval/heldout*``) are read instead of the synthetic corpus: real documents, whose tables cost more.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
if str(ROOT / "benchmarks") not in sys.path:
    sys.path.insert(0, str(ROOT / "benchmarks"))

from corpus import make_corpus  # noqa: E402

from kg.assemble import assemble  # noqa: E402
from kg.entities import find_entities  # noqa: E402
from kg.extract import extract, split_sentences  # noqa: E402
from kg.figures import find_quantities  # noqa: E402
from kg.ingest import load_documents, read_document  # noqa: E402
from kg.models import Document  # noqa: E402
from kg.periods import find_times  # noqa: E402
from kg.pipeline import process_document  # noqa: E402


def load(n_docs: int, seed: int) -> list[Document]:
    with tempfile.TemporaryDirectory() as tmp:
        make_corpus(Path(tmp), n_docs, seed=seed)
        return [read_document(p) for p in sorted(Path(tmp).glob("*.txt"))]


def stages(docs: list[Document]) -> dict[str, float]:
    """CPU seconds per extraction stage over `docs` (each stage run on its own, so none shares another's work)."""
    out: dict[str, float] = {}
    runs = {
        "entities": lambda d: find_entities(d.text),
        "figures": lambda d: find_quantities(d.text),
        "periods": lambda d: find_times(d.text, d.published),
        "sentences": lambda d: split_sentences(d.text),
    }
    for name, fn in runs.items():
        t0 = time.process_time()
        for d in docs:
            fn(d)
        out[name] = time.process_time() - t0
    mentions = [extract(d) for d in docs]
    t0 = time.process_time()
    for d, m in zip(docs, mentions, strict=True):
        assemble(d, m)
    out["assemble"] = time.process_time() - t0
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("dirs", nargs="*", type=Path, help="folders of real documents to read instead of the corpus")
    args = ap.parse_args()
    docs = load_documents(args.dirs)[0] if args.dirs else load(args.docs, args.seed)
    process_document(docs[0])  # warm-up: grammars compiled
    body = docs[1:]
    mb = sum(len(d.text.encode("utf-8")) for d in body) / 1e6
    wall, cpu = [], []
    for _ in range(args.repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        for d in body:
            process_document(d)
        wall.append(mb / (time.perf_counter() - t0))
        cpu.append(mb / (time.process_time() - c0))
    for name, rates in (("wall", wall), ("cpu", cpu)):
        print(f"{len(body)} docs, {mb:.2f} MB, {name}: MB/s min {min(rates):.3f} median {statistics.median(rates):.3f} "
              f"max {max(rates):.3f} over {args.repeat} runs")
    if args.profile:
        for name, sec in stages(body).items():
            print(f"  {name:10s} {sec:7.2f} s  {mb / sec:7.2f} MB/s")
        prof = cProfile.Profile()
        prof.enable()
        for d in body:
            process_document(d)
        prof.disable()
        pstats.Stats(prof).sort_stats("tottime").print_stats(25)


if __name__ == "__main__":
    main()
