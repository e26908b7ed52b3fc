"""The wheel: it carries the ontology, the queries and the report templates as package data, and an
installed `kg` (the unpacked wheel on PYTHONPATH, run from outside the checkout) finds and uses them."""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"


@dataclass(frozen=True)
class Wheel:
    path: Path
    names: frozenset[str]
    unpacked: Path


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Wheel]:
    """`pip wheel . --no-deps` of the checkout, and the wheel unpacked as an installer would lay it out."""
    out = tmp_path_factory.mktemp("wheel")
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(REPO), "--no-deps", "--quiet", "-w", str(out)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    if proc.returncode != 0:
        tail = (proc.stderr.strip().splitlines() or ["?"])[-1]
        if "hatchling" in proc.stderr.lower() and "no matching distribution" in proc.stderr.lower():
            pytest.skip(f"the build backend cannot be installed here: {tail}")
        pytest.fail(f"pip wheel failed: {proc.stderr}")
    wheels = sorted(out.glob("claimgraph-*.whl"))
    assert len(wheels) == 1, list(out.iterdir())
    unpacked = tmp_path_factory.mktemp("site")
    with zipfile.ZipFile(wheels[0]) as zf:
        names = frozenset(zf.namelist())
        zf.extractall(unpacked)
    yield Wheel(wheels[0], names, unpacked)


def _env(wheel: Wheel) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("KG_STORE", "PYTHONPATH", "FORCE_COLOR")}
    env["PYTHONPATH"] = str(wheel.unpacked)
    env["COLUMNS"] = "200"
    return env


@pytest.mark.parametrize(
    ("source", "pattern", "target"),
    [
        ("ontology", "*.ttl", "kg/_data/ontology"),
        ("ontology", "*.yaml", "kg/_data/ontology"),
        ("queries", "*.rq", "kg/_data/queries"),
        ("kg/templates", "*.j2", "kg/templates"),
    ],
)
def test_wheel_contains_the_data_files(wheel: Wheel, source: str, pattern: str, target: str) -> None:
    files = sorted(p.name for p in (REPO / source).glob(pattern))
    assert files, f"nothing matches {source}/{pattern} in the checkout"
    missing = [name for name in files if f"{target}/{name}" not in wheel.names]
    assert not missing, f"not in the wheel: {missing}"


def test_wheel_has_the_package_and_the_entry_point(wheel: Wheel) -> None:
    modules = sorted(p.name for p in (REPO / "kg").glob("*.py"))
    assert [m for m in modules if f"kg/{m}" not in wheel.names] == []
    entry_points = next(n for n in wheel.names if n.endswith(".dist-info/entry_points.txt"))
    text = (wheel.unpacked / entry_points).read_text(encoding="utf-8")
    assert "kg = kg.cli:app" in text


def test_wheel_holds_no_repository_clutter(wheel: Wheel) -> None:
    clutter = [
        n for n in wheel.names
        if "__pycache__" in n or n.endswith(".pyc") or n.startswith(("tests/", "seeds/", ".kg/", ".venv/", "benchmarks/"))
    ]  # fmt: skip
    assert clutter == []


def test_installed_package_finds_its_data_outside_the_checkout(wheel: Wheel, tmp_path: Path) -> None:
    code = (
        "import kg, kg.resources as r\n"
        "print(kg.__file__)\nprint(r.ONTOLOGY_DIR)\nprint(r.QUERIES_DIR)\nprint(r.query_file('conflicts'))\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code],
        cwd=tmp_path,
        env=_env(wheel),
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    module, ontology, queries, conflicts = (Path(line) for line in proc.stdout.splitlines())
    root = wheel.unpacked.resolve()
    for path in (module, ontology, queries, conflicts):
        assert path.resolve().is_relative_to(root), f"{path} is not inside the unpacked wheel {root}"
    assert ontology == root / "kg" / "_data" / "ontology"
    assert queries == root / "kg" / "_data" / "queries"
    assert sorted(p.name for p in ontology.glob("*.ttl")) == sorted(
        p.name for p in (REPO / "ontology").glob("*.ttl")
    )
    assert conflicts.is_file()


def test_installed_kg_builds_queries_and_reports_outside_the_checkout(wheel: Wheel, tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    for seed in sorted(SEEDS.iterdir())[:2]:
        shutil.copy(seed, docs / seed.name)

    def kg(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "kg", *args],
            cwd=tmp_path,
            env=_env(wheel),
            capture_output=True,
            text=True,
            timeout=180,
            check=False,
        )

    build = kg("build", "docs", "--quiet")
    assert build.returncode == 0, build.stderr
    assert (tmp_path / ".kg").is_dir()
    listed = kg("query", "--list")
    assert listed.returncode == 0, listed.stderr
    assert {p.stem for p in (REPO / "queries").glob("*.rq")} <= {
        line.split()[0] for line in listed.stdout.splitlines() if line.strip()
    }
    report = kg("report", "--format", "md")
    assert report.returncode == 0, report.stderr
    assert report.stdout.lstrip().startswith("#")
    assert "Traceback" not in build.stderr + listed.stderr + report.stderr


@pytest.mark.parametrize("module", sorted(p.name for p in (Path(__file__).resolve().parents[1] / "kg").glob("*.py")))
def test_no_module_binds_a_top_level_name_twice(module: str) -> None:
    # a second `_PATTERN = re.compile(...)` further down a long module silently replaces the first for every use
    tree = ast.parse((Path(__file__).resolve().parents[1] / "kg" / module).read_text(encoding="utf-8"))
    names: list[str] = []
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names += [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names.append(node.name)
    assert sorted({n for n in names if names.count(n) > 1}) == []
