"""The benchmark corpus is deterministic and `benchmarks/run.py --json` prints every required figure.

Timing figures are never asserted: they depend on the machine.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.corpus import countries, make_corpus  # noqa: E402
from benchmarks.run import REQUIRED_KEYS  # noqa: E402


def _files(directory: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(directory.iterdir())}


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    a = _files(make_corpus(tmp_path / "a", 10))
    b = _files(make_corpus(tmp_path / "b", 10))
    assert a == b
    assert len([n for n in a if n.endswith(".txt")]) == 10
    assert ".corpus.json" in a


def test_other_seed_other_text(tmp_path: Path) -> None:
    a = _files(make_corpus(tmp_path / "a", 10, seed=7))
    b = _files(make_corpus(tmp_path / "b", 10, seed=8))
    assert a["doc000000.txt"] != b["doc000000.txt"]


def test_articles_look_like_news(tmp_path: Path) -> None:
    directory = make_corpus(tmp_path / "c", 10)
    texts = [p.read_text(encoding="utf-8") for p in sorted(directory.glob("*.txt"))]
    for text in texts:
        assert 1500 <= len(text.encode("utf-8")) <= 6000
    joined = "\n".join(texts)
    assert any(cue in joined for cue in ("$", "US$", "€", "₹", "yuan"))
    assert "%" in joined or "percent" in joined or "per cent" in joined
    manifest = json.loads((directory / ".corpus.json").read_text(encoding="utf-8"))
    assert manifest["documents"] == 10
    assert manifest["statements"] > 10


def test_parties_come_from_the_full_cldr_list() -> None:
    codes = [code for code, _ in countries()]
    assert len(codes) > 240
    assert all(len(c) == 2 and c.isalpha() for c in codes)
    assert "ZZ" not in codes


def test_corpus_does_not_reuse_seed_text(tmp_path: Path) -> None:
    directory = make_corpus(tmp_path / "c", 10)
    corpus = " ".join(p.read_text(encoding="utf-8") for p in directory.glob("*.txt"))
    for seed in sorted((ROOT / "seeds").glob("*.txt")):
        lines = [ln.strip() for ln in seed.read_text(encoding="utf-8").splitlines() if len(ln.strip()) > 60]
        assert not any(ln in corpus for ln in lines), seed.name


@pytest.mark.slow
def test_quick_run_prints_every_required_key(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    cmd = [sys.executable, str(ROOT / "benchmarks" / "run.py"), "--quick", "--docs", "10", "--json"]
    done = subprocess.run(
        [*cmd, "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout)
    assert json.loads(out.read_text(encoding="utf-8")) == result
    missing = [k for k in REQUIRED_KEYS if k not in result]
    assert not missing
    assert result["reconcile_1m_s"] is None  # --quick skips the million
    assert result["docs"] == 10
    assert result["claims"] > 0
    assert result["rdflib_rows_match"] is True
    assert result["conflict_page_rows"] == result["conflict_query_rows"]  # fewer than 100 findings: one page


def test_store_bench_keeps_a_store_and_times_its_pages(tmp_path: Path) -> None:
    from benchmarks.store_bench import bench_existing, bench_store, main

    kept = tmp_path / "store"
    built = bench_store(400, export=False, keep=str(kept))
    assert kept.is_dir() and built["conflict_findings"] > 0
    assert built["conflict_page_rows"] == built["conflict_rows"] or built["conflict_findings"] > 100
    again = bench_existing(str(kept), export=False, query=False)
    assert again["quads"] == built["quads"] and "conflicts_query_s" not in again
    for key in ("conflict_page_s", "conflict_page_deep_s", "findings_page_s", "conflict_page_first_s"):
        assert isinstance(again[key], float), key
    assert again["conflict_page_deep_offset"] == max(0, again["conflict_findings"] - 100)
    with pytest.raises(SystemExit, match="already there"):
        main([f"--keep={kept}", "400"])
