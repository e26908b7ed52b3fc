"""End-to-end tests of the `kg` command line (DESIGN.md "Output contract" and "Bad input").

Exit codes and stderr are checked on the real program (`python -m kg` in a subprocess whose working
directory is a temporary folder, so the default `.kg` store lands there); output formats are mostly
checked in process with typer's CliRunner, which is much faster. The seed store is built once per
session (`seed_build`); tests that change a store work on a copy of it.
"""

from __future__ import annotations

import contextlib
import gc
import json
import math
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import rdflib
from typer.testing import CliRunner

from kg.cli import app
from kg.models import CONFLICT_TYPES, REVIEW_STATUSES
from kg.store import ClaimStore

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
QUERIES = REPO / "queries"
GOLD = REPO / "tests" / "gold"
SEED_NAMES = sorted(p.name for p in SEEDS.iterdir() if p.is_file())

CLAIM_KEYS = {
    "id", "document", "value", "unit", "bound", "low", "high", "figure", "measure", "parties", "kind",
    "period", "speaker", "source", "evidence", "derived_from",
}  # fmt: skip
FINDING_KEYS = {"id", "type", "severity", "measure", "parties", "period", "claims", "explanation"}
PERIOD_KEYS = {"start", "end", "as_stated", "resolution"}
EVIDENCE_KEYS = {"text", "start", "end"}
KG_CLAIM = rdflib.URIRef("https://w3id.org/claimgraph/ns#Claim")

runner = CliRunner()


# ---------------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------------


def _env(**extra: str) -> dict[str, str]:
    """The environment for a `kg` subprocess: this checkout's kg first, a wide plain console, no KG_STORE."""
    env = {k: v for k, v in os.environ.items() if k not in ("KG_STORE", "FORCE_COLOR")}
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH", "")) if p)
    env["COLUMNS"] = "200"
    env["NO_COLOR"] = "1"
    env.update(extra)
    return env


def kg(*args: object, cwd: Path, timeout: float = 180, **env: str) -> subprocess.CompletedProcess[str]:
    """Run `python -m kg ARGS` in `cwd` and capture its output."""
    return subprocess.run(
        [sys.executable, "-m", "kg", *(str(a) for a in args)],
        cwd=cwd,
        env=_env(**env),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def invoke(*args: object, input: str | None = None) -> Any:
    """Run the CLI in process (CliRunner); the store it opened is released before returning."""
    result = runner.invoke(app, [str(a) for a in args], input=input, catch_exceptions=False)
    gc.collect()
    return result


def no_traceback(proc: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in proc.stderr, proc.stderr
    assert "Traceback" not in proc.stdout, proc.stdout


def one_line_error(proc: subprocess.CompletedProcess[str], *needles: str, code: int = 1) -> str:
    """Assert exit `code`, no traceback and exactly one non-empty stderr line holding every needle."""
    assert proc.returncode == code, (proc.returncode, proc.stderr)
    no_traceback(proc)
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, proc.stderr
    for needle in needles:
        assert needle in lines[0], lines[0]
    return lines[0]


def summary(stderr: str) -> dict[str, str]:
    """The cells of `kg build`'s summary table, by column name."""
    lines = stderr.splitlines()
    for i, line in enumerate(lines):
        if "┃" in line and "documents" in line:
            header = [c.strip() for c in line.strip().strip("┃").split("┃")]
            row = next(r for r in lines[i + 1 :] if "│" in r)
            return dict(zip(header, [c.strip() for c in row.strip().strip("│").split("│")], strict=True))
    raise AssertionError(f"no build summary table on stderr:\n{stderr}")


def jsonl(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def year(period: dict[str, str] | None) -> set[int]:
    """The calendar years a contract period touches."""
    if not period:
        return set()
    return set(range(date.fromisoformat(period["start"]).year, date.fromisoformat(period["end"]).year + 1))


def stat_counts(text: str) -> dict[str, int]:
    """`kg stats` table rows as {what: count}."""
    counts = {}
    for line in text.splitlines():
        m = re.match(r"\W*([a-z_]+)\W+([\d,]+)\W*$", line)
        if m:
            counts[m.group(1)] = int(m.group(2).replace(",", ""))
    return counts


def copy_store(src: Path, dst: Path) -> Path:
    shutil.copytree(src, dst)
    return dst


@dataclass(frozen=True)
class Built:
    """The session's seed build: working folder, store, the build process and what the store holds."""

    root: Path
    store: Path
    build: subprocess.CompletedProcess[str]
    claims_proc: subprocess.CompletedProcess[str]
    conflicts_proc: subprocess.CompletedProcess[str]

    @property
    def claims(self) -> list[dict[str, Any]]:
        return jsonl(self.claims_proc.stdout)

    @property
    def conflicts(self) -> list[dict[str, Any]]:
        return json.loads(self.conflicts_proc.stdout)

    @property
    def by_id(self) -> dict[str, dict[str, Any]]:
        return {c["id"]: c for c in self.claims}


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory: pytest.TempPathFactory) -> Built:
    """`kg build seeds` into the default store of a fresh working folder, then its claims and conflicts."""
    root = tmp_path_factory.mktemp("seed-build")
    build = kg("build", SEEDS, cwd=root)
    assert build.returncode == 0, build.stderr
    claims_proc = kg("claims", "--format", "jsonl", cwd=root)
    conflicts_proc = kg("conflicts", "--format", "json", cwd=root)
    return Built(root, root / ".kg", build, claims_proc, conflicts_proc)


@pytest.fixture
def store_copy(seed_build: Built, tmp_path: Path) -> Path:
    """A private copy of the seed store, for tests that write to it."""
    return copy_store(seed_build.store, tmp_path / "store")


# ---------------------------------------------------------------------------------------------
# build: idempotent, a changed document replaces its graph
# ---------------------------------------------------------------------------------------------


def test_build_seeds_exits_zero_into_default_store(seed_build: Built) -> None:
    no_traceback(seed_build.build)
    assert seed_build.store.is_dir()
    cells = summary(seed_build.build.stderr)
    assert cells["documents"] == "5"
    assert cells["new"] == "5"
    assert cells["skipped"] == "0"
    assert int(cells["claims"]) > 0
    assert {c["document"] for c in seed_build.claims} == set(SEED_NAMES)


def test_second_build_changes_nothing(seed_build: Built, store_copy: Path, tmp_path: Path) -> None:
    before = stat_counts(invoke("stats", "--store", store_copy).stdout)
    proc = kg("build", SEEDS, "--store", store_copy, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    no_traceback(proc)
    cells = summary(proc.stderr)
    assert (cells["documents"], cells["new"], cells["replaced"], cells["unchanged"]) == ("5", "0", "0", "5")
    after = stat_counts(invoke("stats", "--store", store_copy).stdout)
    assert after["triples"] == before["triples"] > 0
    assert after == before
    again = invoke("claims", "--store", store_copy, "--format", "jsonl")
    assert sorted(again.stdout.splitlines()) == sorted(seed_build.claims_proc.stdout.splitlines())


def test_changed_document_replaces_only_its_graph(
    seed_build: Built, store_copy: Path, tmp_path: Path
) -> None:
    docs = tmp_path / "docs"
    shutil.copytree(SEEDS, docs)
    edited = SEED_NAMES[0]
    path = docs / edited
    text = path.read_text(encoding="utf-8")
    assert "$200 billion" in text
    path.write_text(text.replace("$200 billion", "$210 billion", 1), encoding="utf-8")
    old_claims = [c for c in seed_build.claims if not c["derived_from"]]
    old_ids = {c["id"] for c in old_claims if c["document"] == edited}
    with ClaimStore.open(store_copy) as st:
        old_doc_id = next(d["id"] for d in st.documents() if d["name"] == edited)

    proc = kg("build", docs, "--store", store_copy, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    cells = summary(proc.stderr)
    assert (cells["documents"], cells["new"], cells["replaced"], cells["unchanged"]) == ("5", "0", "1", "4")

    new_claims = jsonl(invoke("claims", "--store", store_copy, "--format", "jsonl").stdout)
    mine = [c for c in new_claims if c["document"] == edited and not c["derived_from"]]
    assert "$210 billion" in {c["figure"] for c in mine}
    assert not old_ids & {c["id"] for c in new_claims}, "claims of the old version are still there"
    others_before = sorted(json.dumps(c, sort_keys=True) for c in old_claims if c["document"] != edited)
    others_after = sorted(
        json.dumps(c, sort_keys=True) for c in new_claims if c["document"] != edited and not c["derived_from"]
    )
    assert others_after == others_before
    with ClaimStore.open(store_copy) as st:
        names = [d["name"] for d in st.documents()]
        assert sorted(names) == SEED_NAMES
        assert old_doc_id not in {d["id"] for d in st.documents()}
    dump = invoke("export", "--store", store_copy, "--format", "nq").stdout
    assert old_doc_id not in dump, "a quad of the old document version survived"


# ---------------------------------------------------------------------------------------------
# claims and conflicts: the JSON contract
# ---------------------------------------------------------------------------------------------


def test_claims_jsonl_has_exactly_the_contract_fields(seed_build: Built) -> None:
    assert seed_build.claims_proc.returncode == 0, seed_build.claims_proc.stderr
    lines = [line for line in seed_build.claims_proc.stdout.splitlines() if line.strip()]
    assert lines
    ids = set()
    for line in lines:
        claim = json.loads(line)
        assert isinstance(claim, dict)
        assert set(claim) == CLAIM_KEYS, sorted(set(claim) ^ CLAIM_KEYS)
        assert claim["id"] not in ids
        ids.add(claim["id"])
        assert claim["document"] in SEED_NAMES
        assert claim["value"] is None or isinstance(claim["value"], int | float)
        assert isinstance(claim["parties"], list) and all(isinstance(p, str) for p in claim["parties"])
        assert isinstance(claim["derived_from"], list)
        assert claim["speaker"] is None or isinstance(claim["speaker"], str)
        assert claim["kind"] in ("actual", "target", "forecast", "estimate")
        assert claim["bound"] in ("exact", "approx", "at_least", "at_most", "range")
        for side in ("low", "high"):
            assert claim[side] is None or isinstance(claim[side], int | float)


def test_claim_periods_are_null_or_iso_intervals(seed_build: Built) -> None:
    periods = [c["period"] for c in seed_build.claims]
    assert any(p is not None for p in periods)
    for period in periods:
        if period is None:
            continue
        assert set(period) == PERIOD_KEYS
        start, end = date.fromisoformat(period["start"]), date.fromisoformat(period["end"])
        assert all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", period[k]) for k in ("start", "end"))
        assert start <= end
        assert period["resolution"] in ("explicit", "relative", "inferred")
        assert isinstance(period["as_stated"], str)


def test_evidence_offsets_point_at_the_figure_in_the_seed_file(seed_build: Built) -> None:
    texts = {name: (SEEDS / name).read_text(encoding="utf-8") for name in SEED_NAMES}
    for claim in seed_build.claims:
        ev = claim["evidence"]
        assert set(ev) == EVIDENCE_KEYS
        assert isinstance(ev["start"], int) and isinstance(ev["end"], int)
        text = texts[claim["document"]]
        assert 0 <= ev["start"] < ev["end"] <= len(text), claim["id"]
        span = text[ev["start"] : ev["end"]]
        assert span in ev["text"], (claim["id"], span, ev["text"])
        if claim["derived_from"]:
            continue  # a derived claim points at the figure it was computed from
        figure_digits = digits(claim["figure"])
        assert figure_digits in digits(span), (claim["id"], claim["figure"], span)


def test_claims_json_and_table_formats(seed_build: Built) -> None:
    result = invoke("claims", "--store", seed_build.store, "--format", "json")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == seed_build.claims
    table = invoke("claims", "--store", seed_build.store, "--format", "table")
    assert table.exit_code == 0
    assert table.stdout.strip()


def test_claims_store_from_environment(seed_build: Built, tmp_path: Path) -> None:
    result = runner.invoke(app, ["claims"], env={"KG_STORE": str(seed_build.store)}, catch_exceptions=False)
    gc.collect()
    assert result.exit_code == 0
    assert jsonl(result.stdout) == seed_build.claims


def test_conflicts_json_contract(seed_build: Built) -> None:
    proc = seed_build.conflicts_proc
    assert proc.returncode == 0, proc.stderr
    conflicts = seed_build.conflicts
    assert isinstance(conflicts, list) and conflicts
    ids = set(seed_build.by_id)
    for finding in conflicts:
        assert set(finding) == FINDING_KEYS, sorted(set(finding) ^ FINDING_KEYS)
        assert finding["type"] in CONFLICT_TYPES
        assert 0.0 <= finding["severity"] <= 1.0
        assert finding["period"] is None or set(finding["period"]) == PERIOD_KEYS
        assert len(finding["claims"]) >= 2
        assert set(finding["claims"]) <= ids, "a finding names a claim `kg claims` does not print"
        assert finding["explanation"].strip()


def test_conflicts_all_adds_corroborations_and_table_format(seed_build: Built) -> None:
    every = json.loads(invoke("conflicts", "--store", seed_build.store, "--all", "--format", "json").stdout)
    assert {f["id"] for f in seed_build.conflicts} < {f["id"] for f in every}
    assert {f["type"] for f in every} - set(CONFLICT_TYPES) == {"corroboration"}
    lines = jsonl(invoke("conflicts", "--store", seed_build.store, "--format", "jsonl").stdout)
    assert lines == seed_build.conflicts
    table = invoke("conflicts", "--store", seed_build.store)
    assert table.exit_code == 0
    assert f"{len(seed_build.conflicts)} finding(s)" in table.stdout


def test_conflicts_limit_and_offset_print_a_page(seed_build: Built) -> None:
    conflicts = seed_build.conflicts
    n = len(conflicts)
    assert n >= 3

    def page(*args: object) -> list[dict[str, Any]]:
        result = invoke("conflicts", "--store", seed_build.store, "--format", "json", *args)
        assert result.exit_code == 0, result.output
        return json.loads(result.stdout)

    assert page("--limit", 2) == conflicts[:2]
    assert page("--limit", 2, "--offset", 1) == conflicts[1:3]
    assert page("--offset", 1) == conflicts[1:]
    assert page("--limit", n + 5) == conflicts
    assert page("--offset", n) == [] and page("--limit", 0) == []
    every = page("--all")
    assert page("--all", "--limit", 3, "--offset", 1) == every[1:4]
    lines = jsonl(invoke("conflicts", "--store", seed_build.store, "--format", "jsonl", "--limit", 1).stdout)
    assert lines == conflicts[:1]


def test_conflicts_page_table_footer_says_how_many_more(seed_build: Built) -> None:
    n = len(seed_build.conflicts)
    table = invoke("conflicts", "--store", seed_build.store, "--limit", 2)
    assert table.exit_code == 0
    assert f"2 finding(s) (1-2 of {n}; {n - 2} more: --offset 2)" in table.stdout
    assert table.stdout.count(" severity ") == 2
    last = invoke("conflicts", "--store", seed_build.store, "--limit", 5, "--offset", n - 1).stdout
    assert f"1 finding(s) ({n}-{n} of {n}; 0 more)" in last
    past = invoke("conflicts", "--store", seed_build.store, "--offset", n + 1).stdout
    assert f"0 finding(s) (none of {n}; 0 more)" in past
    whole = invoke("conflicts", "--store", seed_build.store).stdout  # no page: every conflict, plain footer
    assert whole.rstrip().splitlines()[-1] == f"{n} finding(s)"
    for args in (["--limit", "-1"], ["--offset", "-2"], ["--limit", "x"]):
        assert invoke("conflicts", "--store", seed_build.store, *args).exit_code == 2, args


def _values(built: Built, finding: dict[str, Any]) -> list[float]:
    return [built.by_id[c]["value"] for c in finding["claims"] if built.by_id[c]["value"] is not None]


def _has(values: list[float], target: float, tol: float) -> bool:
    return any(math.isclose(v, target, rel_tol=tol) for v in values)


def test_seed_target_mismatch_200_vs_250_billion_for_2024(seed_build: Built) -> None:
    found = [
        f for f in seed_build.conflicts
        if f["type"] == "target_mismatch" and 2024 in year(f["period"])
        and _has(_values(seed_build, f), 200e9, 0.01) and _has(_values(seed_build, f), 250e9, 0.01)
    ]  # fmt: skip
    assert found, json.dumps(seed_build.conflicts, indent=1)


def test_seed_value_mismatch_140_billion_for_2021(seed_build: Built) -> None:
    found = [
        f for f in seed_build.conflicts
        if f["type"] == "value_mismatch" and 2021 in year(f["period"]) and _has(_values(seed_build, f), 140e9, 0.01)
    ]  # fmt: skip
    assert found, json.dumps(seed_build.conflicts, indent=1)
    other = [v for v in _values(seed_build, found[0]) if not math.isclose(v, 140e9, rel_tol=0.01)]
    assert any(144e9 <= v <= 148e9 for v in other), other  # the ~$146B figure


def test_seed_forecast_divergence_25_vs_30_percent(seed_build: Built) -> None:
    def growth(f: dict[str, Any]) -> list[float]:
        return [seed_build.by_id[c]["value"] for c in f["claims"] if seed_build.by_id[c]["unit"] == "percent"]

    found = [
        f for f in seed_build.conflicts
        if f["type"] == "forecast_divergence"
        and any(math.isclose(v, 25.0, abs_tol=0.5) for v in growth(f))
        and any(math.isclose(v, 30.0, abs_tol=0.5) for v in growth(f))
    ]  # fmt: skip
    assert found, json.dumps(seed_build.conflicts, indent=1)
    kinds = {seed_build.by_id[c]["kind"] for c in found[0]["claims"]}
    assert "forecast" in kinds


# ---------------------------------------------------------------------------------------------
# export, validate, query, report, stats, eval, review
# ---------------------------------------------------------------------------------------------


def test_export_turtle_file_parses_with_rdflib(seed_build: Built, tmp_path: Path) -> None:
    proc = kg("export", "--store", seed_build.store, "--format", "turtle", "-o", "x.ttl", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    no_traceback(proc)
    assert proc.stdout == ""
    graph = rdflib.Graph().parse(tmp_path / "x.ttl", format="turtle")
    claims = set(graph.subjects(rdflib.RDF.type, KG_CLAIM))
    expected = {rdflib.URIRef(f"https://w3id.org/claimgraph/id/claim/{c['id']}") for c in seed_build.claims}
    assert expected <= claims


@pytest.mark.parametrize(
    ("fmt", "rdflib_format"), [("trig", "trig"), ("nt", "nt"), ("nq", "nquads"), ("jsonld", "json-ld")]
)
def test_export_other_formats_parse(seed_build: Built, fmt: str, rdflib_format: str) -> None:
    result = invoke("export", "--store", seed_build.store, "--format", fmt)
    assert result.exit_code == 0
    data = rdflib.Dataset()
    data.parse(data=result.stdout, format=rdflib_format)
    assert len(list(data.quads((None, rdflib.RDF.type, KG_CLAIM, None)))) >= len(seed_build.claims)


def test_validate_exits_zero(seed_build: Built) -> None:
    result = invoke("validate", "--store", seed_build.store)
    assert result.exit_code == 0, result.stdout
    assert "conforms" in result.stdout.lower()


def test_query_conflicts_prints_sparql_json(seed_build: Built) -> None:
    result = invoke("query", "conflicts", "--store", seed_build.store, "--format", "json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert isinstance(data["head"]["vars"], list) and data["head"]["vars"]
    bindings = data["results"]["bindings"]
    assert bindings
    for row in bindings:
        assert set(row) <= set(data["head"]["vars"])
        for term in row.values():
            assert term["type"] in ("uri", "literal", "bnode", "triple") and "value" in term
    finding_var = "finding" if "finding" in data["head"]["vars"] else data["head"]["vars"][0]
    assert {f["id"] for f in seed_build.conflicts} <= {
        r[finding_var]["value"].rsplit("/", 1)[-1] for r in bindings if finding_var in r
    }


@pytest.mark.parametrize(
    ("name", "sparql", "needle"),
    [
        ("delete.rq", "DELETE WHERE {?s ?p ?o}", "not allowed"),
        ("service.rq", "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }", "SERVICE"),
    ],
)
def test_query_refuses_updates_and_service(
    seed_build: Built, tmp_path: Path, name: str, sparql: str, needle: str
) -> None:
    (tmp_path / name).write_text(sparql + "\n", encoding="utf-8")
    proc = kg("query", name, "--store", seed_build.store, cwd=tmp_path)
    one_line_error(proc, needle)
    assert proc.stdout == ""
    after = invoke("claims", "--store", seed_build.store)
    assert len(jsonl(after.stdout)) == len(seed_build.claims)


def test_query_refuses_update_text_on_the_command_line(seed_build: Built, tmp_path: Path) -> None:
    proc = kg("query", "DELETE WHERE {?s ?p ?o}", "--store", seed_build.store, cwd=tmp_path)
    one_line_error(proc)


@pytest.mark.parametrize(
    "sparql",
    ["PREFIX x: <http://x/>\nINSERT DATA { x:a x:b x:c }", "CLEAR ALL", "SELECT ?s WHERE { ?s ?p }"],
    ids=["insert", "clear", "syntax-error"],
)
def test_query_refuses_other_bad_queries_in_process(seed_build: Built, tmp_path: Path, sparql: str) -> None:
    path = tmp_path / "bad.rq"
    path.write_text(sparql, encoding="utf-8")
    result = invoke("query", path, "--store", seed_build.store)
    assert result.exit_code == 1
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr


def test_query_list_lists_every_query_file() -> None:
    result = invoke("query", "--list")
    assert result.exit_code == 0
    listed = {line.split()[0] for line in result.stdout.splitlines() if line.strip()}
    assert {p.stem for p in QUERIES.glob("*.rq")} <= listed


@pytest.mark.parametrize("name", sorted(p.stem for p in QUERIES.glob("*.rq")))
def test_every_query_file_runs_as_csv(seed_build: Built, name: str) -> None:
    result = invoke("query", name, "--store", seed_build.store, "--format", "csv")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines()[0].strip(), "no CSV header"


def test_query_param_binds_a_variable(seed_build: Built) -> None:
    result = invoke(
        "query",
        "claims-by-speaker",
        "--store",
        seed_build.store,
        "--format",
        "json",
        "--param",
        "speaker=Putin",
    )
    assert result.exit_code == 0
    rows = json.loads(result.stdout)["results"]["bindings"]
    assert rows
    speakers = {term["value"] for row in rows for var, term in row.items() if var.startswith("speaker")}
    assert speakers and all("Putin" in s for s in speakers), speakers
    bad = invoke("query", "claims-by-speaker", "--store", seed_build.store, "--param", "speaker")
    assert bad.exit_code == 2


def test_report_html_and_markdown(seed_build: Built, tmp_path: Path) -> None:
    proc = kg("report", "--store", seed_build.store, "--format", "html", "-o", "r.html", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    no_traceback(proc)
    html = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert "<html" in html.lower() and "</html>" in html.lower()
    md = invoke("report", "--store", seed_build.store, "--format", "md")
    assert md.exit_code == 0
    assert md.stdout.lstrip().startswith("#")
    assert "|" in md.stdout
    invoke("report", "--store", seed_build.store, "--format", "md", "-o", tmp_path / "r.md")
    assert (tmp_path / "r.md").read_text(encoding="utf-8") == md.stdout


def test_stats_counts_match_claims(seed_build: Built) -> None:
    result = invoke("stats", "--store", seed_build.store)
    assert result.exit_code == 0
    counts = stat_counts(result.stdout)
    derived = [c for c in seed_build.claims if c["derived_from"]]
    assert counts["documents"] == 5
    assert counts["claims"] == len(seed_build.claims) - len(derived)
    assert counts["derived"] == len(derived)
    assert counts["conflicts"] == len(seed_build.conflicts)
    assert counts["triples"] > 0


def test_eval_prints_the_four_summary_lines(seed_build: Built) -> None:
    proc = kg("eval", GOLD, cwd=seed_build.root)
    assert proc.returncode == 0, proc.stderr
    no_traceback(proc)
    tail = [line for line in proc.stdout.splitlines() if line.strip()][-4:]
    patterns = [
        r"claims: recall \d\.\d{3} \(\d+/\d+\)",
        r"claims: precision \d\.\d{3} \(\d+/\d+\)",
        r"conflicts: must-flag recall \d\.\d{3} \(\d+/\d+\)",
        r"conflicts: false \d+",
    ]
    for line, pattern in zip(tail, patterns, strict=True):
        assert re.fullmatch(pattern, line.strip()), (line, pattern)


def test_review_status_survives_a_rebuild(seed_build: Built, store_copy: Path) -> None:
    target = seed_build.conflicts[0]["id"]
    result = invoke("review", target, "--status", "explained", "--note", "x", "--store", store_copy)
    assert result.exit_code == 0, result.stderr
    assert target in result.stdout and "explained" in result.stdout
    rebuilt = invoke("build", SEEDS, "--store", store_copy, "--quiet")
    assert rebuilt.exit_code == 0, rebuilt.stderr
    with ClaimStore.open(store_copy) as st:
        status = {f.id: (f.status, f.note) for f in st.findings()}
    assert status[target] == ("explained", "x")
    assert all(s == ("open", None) for fid, s in status.items() if fid != target)
    rows = json.loads(invoke("query", "conflicts", "--store", store_copy, "--format", "json").stdout)
    seen = {
        (r["finding"]["value"].rsplit("/", 1)[-1], r["status"]["value"])
        for r in rows["results"]["bindings"] if "status" in r and "finding" in r
    }  # fmt: skip
    assert (target, "explained") in seen


@pytest.mark.parametrize(("finding", "status"), [("f-nonexistent", "explained"), (None, "bogus")])
def test_review_rejects_unknown_finding_or_status(
    seed_build: Built, store_copy: Path, finding: str | None, status: str
) -> None:
    fid = finding or seed_build.conflicts[0]["id"]
    result = invoke("review", fid, "--status", status, "--store", store_copy)
    assert result.exit_code == 1
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert status in REVIEW_STATUSES or "bogus" in result.stderr


# ---------------------------------------------------------------------------------------------
# Bad input: one line per bad file naming it, the rest still built, exit 1, never a traceback
# ---------------------------------------------------------------------------------------------

CP1252_TEXT = (
    "Trade between Russia and China reached \u201c$140 billion\u201d in 2021, the caf\u00e9 owner said.\n"
)


@dataclass(frozen=True)
class BadBuild:
    root: Path
    proc: subprocess.CompletedProcess[str]
    claims: list[dict[str, Any]]


@pytest.fixture(scope="module")
def bad_build(tmp_path_factory: pytest.TempPathFactory) -> BadBuild:
    """One build over a folder with a good seed and every kind of bad file, plus bad explicit paths."""
    root = tmp_path_factory.mktemp("bad-input")
    docs = root / "docs"
    docs.mkdir()
    shutil.copy(SEEDS / SEED_NAMES[1], docs / SEED_NAMES[1])
    (docs / "empty.txt").write_bytes(b"")
    (docs / "binary.txt").write_bytes(bytes(range(256)) * 16)
    (docs / "frontmatter.md").write_text(
        "---\ntitle: Trade\npublished: [2022-01-01\noutlet: X\n---\nTrade reached $140 billion in 2021.\n",
        encoding="utf-8",
    )
    (docs / "cp1252.txt").write_bytes(CP1252_TEXT.encode("cp1252"))
    (root / "notes.pdf").write_bytes(b"%PDF-1.4\n")
    proc = kg("build", "docs", "notes.pdf", "missing.txt", cwd=root)
    claims = jsonl(kg("claims", cwd=root).stdout) if (root / ".kg").is_dir() else []
    return BadBuild(root, proc, claims)


def test_bad_input_exits_one_without_traceback(bad_build: BadBuild) -> None:
    assert bad_build.proc.returncode == 1, bad_build.proc.stderr
    no_traceback(bad_build.proc)


@pytest.mark.parametrize(
    ("name", "pattern"),
    [
        ("missing.txt", r"missing\.txt"),
        ("empty.txt", r"empty\.txt.*empty"),
        ("binary.txt", r"binary\.txt.*binary"),
        ("frontmatter.md", r"frontmatter\.md:\d+:.*front matter"),
        ("notes.pdf", r"notes\.pdf.*\.pdf"),
    ],
)
def test_each_bad_file_gets_one_line_naming_it(bad_build: BadBuild, name: str, pattern: str) -> None:
    lines = [line for line in bad_build.proc.stderr.splitlines() if name in line]
    assert len(lines) == 1, bad_build.proc.stderr
    assert re.search(pattern, lines[0]), lines[0]


def test_bad_files_do_not_stop_the_good_ones(bad_build: BadBuild) -> None:
    cells = summary(bad_build.proc.stderr)
    assert cells["documents"] == "2"
    assert cells["skipped"] == "5"
    assert {c["document"] for c in bad_build.claims} == {SEED_NAMES[1], "cp1252.txt"}


def test_cp1252_file_is_built_with_a_warning(bad_build: BadBuild) -> None:
    warnings = [line for line in bad_build.proc.stderr.splitlines() if "cp1252.txt" in line]
    assert len(warnings) == 1, bad_build.proc.stderr
    assert "warning" in warnings[0].lower()
    mine = [c for c in bad_build.claims if c["document"] == "cp1252.txt"]
    assert any(c["value"] == 140e9 for c in mine), mine
    assert any("caf\u00e9" in c["evidence"]["text"] for c in mine)


def test_encoding_warning_names_the_file_once(bad_build: BadBuild) -> None:
    warning = next(line for line in bad_build.proc.stderr.splitlines() if "cp1252.txt" in line)
    assert warning.count("cp1252.txt") == 1, warning


def test_store_path_that_is_a_file(tmp_path: Path) -> None:
    (tmp_path / "afile").write_text("not a store\n", encoding="utf-8")
    one_line_error(kg("build", SEEDS, "--store", "afile", cwd=tmp_path), "afile")
    assert (tmp_path / "afile").read_text(encoding="utf-8") == "not a store\n"


def test_corrupt_store(tmp_path: Path) -> None:
    store = tmp_path / "corrupt"
    store.mkdir()
    (store / "CURRENT").write_text("garbage\n", encoding="utf-8")
    one_line_error(kg("claims", "--store", store, cwd=tmp_path), "corrupt")


def test_claims_without_a_store(tmp_path: Path) -> None:
    one_line_error(kg("claims", cwd=tmp_path), ".kg")
    assert not (tmp_path / ".kg").exists(), "a read command created a store"


def test_usage_errors_exit_two(tmp_path: Path) -> None:
    proc = kg("claims", "--format", "xml", cwd=tmp_path)
    assert proc.returncode == 2, proc.stderr
    no_traceback(proc)
    for args in (
        ["bogus"],
        ["build"],
        ["review", "f-1"],
        ["export", "--format", "rdfxml"],
        ["query", "--format", "xml"],
    ):
        assert invoke(*args).exit_code == 2, args


HOLD_STORE = """
import sys, time
from kg.store import ClaimStore
store = ClaimStore.open(sys.argv[1])
print("ready", flush=True)
time.sleep(120)
"""


def test_build_into_a_locked_store(tmp_path: Path) -> None:
    store = tmp_path / "locked"
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_STORE, str(store)],
        stdout=subprocess.PIPE,
        text=True,
        env=_env(),
        cwd=tmp_path,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "ready"
        proc = kg("build", SEEDS, "--store", store, cwd=tmp_path)
    finally:
        holder.terminate()
        holder.wait(timeout=30)
    one_line_error(proc, "locked", "locked")


# ---------------------------------------------------------------------------------------------
# Engines: worker processes and Dask give the same claims
# ---------------------------------------------------------------------------------------------


def _sorted_claims(store: Path | str) -> list[str]:
    result = invoke("claims", "--store", store, "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    return sorted(result.stdout.splitlines())


def test_jobs_two_gives_the_same_claims(seed_build: Built, tmp_path: Path) -> None:
    proc = kg("build", SEEDS, "--store", "j2", "--jobs", "2", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert _sorted_claims(tmp_path / "j2") == sorted(seed_build.claims_proc.stdout.splitlines())


@pytest.mark.slow
def test_dask_engine_gives_the_same_claims(seed_build: Built, tmp_path: Path) -> None:
    proc = kg("build", SEEDS, "--store", "dk", "--engine", "dask", "--quiet", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    no_traceback(proc)
    assert _sorted_claims(tmp_path / "dk") == sorted(seed_build.claims_proc.stdout.splitlines())


@pytest.fixture(autouse=True)
def _no_stray_store(request: pytest.FixtureRequest) -> Iterator[None]:
    """In-process commands must not leave a `.kg` in the repository."""
    existed = (REPO / ".kg").exists()
    yield
    if not existed:
        assert not (REPO / ".kg").exists(), f"{request.node.name} created .kg in the repository"


# ---------------------------------------------------------------------------------------------
# serve: the local store over the SPARQL protocols, read back through an http:// store
# ---------------------------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _listening(port: int) -> bool:
    with socket.socket() as s:
        s.settimeout(0.5)
        return s.connect_ex(("127.0.0.1", port)) == 0


def _wait(predicate: Callable[[], bool], seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.1)
    return predicate()


@pytest.fixture
def server(store_copy: Path, tmp_path: Path) -> Iterator[tuple[subprocess.Popen[str], int]]:
    """`kg serve` on a free loopback port, in its own process group (killed whole at the end)."""
    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "kg", "serve", "--store", str(store_copy), "--bind", f"127.0.0.1:{port}"],
        cwd=tmp_path,
        env=_env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        if not _wait(lambda: _listening(port) or proc.poll() is not None, 30) or proc.poll() is not None:
            pytest.fail(f"kg serve did not start: {proc.stderr.read() if proc.stderr else ''}")
        yield proc, port
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        if proc.stderr:
            proc.stderr.close()


@pytest.mark.slow
def test_serve_answers_the_cli_over_http(
    seed_build: Built, server: tuple[subprocess.Popen[str], int], tmp_path: Path
) -> None:
    _, port = server
    url = f"http://127.0.0.1:{port}"
    remote = invoke("conflicts", "--store", url, "--format", "json")
    assert remote.exit_code == 0, remote.stderr
    assert json.loads(remote.stdout) == seed_build.conflicts
    assert _sorted_claims(url) == sorted(seed_build.claims_proc.stdout.splitlines())
    one_line_error(kg("build", SEEDS, "--store", url, cwd=tmp_path), "read-only")


@pytest.mark.slow
def test_serve_stops_its_server_on_sigterm(server: tuple[subprocess.Popen[str], int]) -> None:
    proc, port = server
    proc.send_signal(signal.SIGTERM)
    proc.wait(timeout=30)
    assert _wait(lambda: not _listening(port), 10), "the oxigraph server still listens after kg serve ended"
