"""The `kg` command line: parses arguments, calls one library function, formats the output.

Exit status: 0 success, 1 a user error (one line on stderr, no traceback) or skipped input, 2 usage.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from kg.errors import KgError, StoreError
from kg.models import REVIEW_STATUSES

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="claimgraph: figures from news become claims in an RDF graph; conflicts are flagged and explained.",
    pretty_exceptions_enable=False,
)
out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)

StoreOpt = Annotated[
    str,
    typer.Option("--store", envvar="KG_STORE", help="Store directory, or http(s):// SPARQL server URL."),
]
DEFAULT_STORE = ".kg"


class ClaimFormat(StrEnum):
    jsonl = "jsonl"
    json = "json"
    table = "table"


class QueryFormat(StrEnum):
    table = "table"
    csv = "csv"
    tsv = "tsv"
    json = "json"


class ExportFormat(StrEnum):
    turtle = "turtle"
    trig = "trig"
    nt = "nt"
    nq = "nq"
    jsonld = "jsonld"


class ReportFmt(StrEnum):
    md = "md"
    html = "html"


class Engine(StrEnum):
    local = "local"
    dask = "dask"


def _fail(message: str) -> NoReturn:
    err.print(f"[red]error:[/red] {message}", markup=True, highlight=False)
    raise typer.Exit(1)


@contextmanager
def _errors() -> Iterator[None]:
    """Map the library's exceptions to one line and exit status 1."""
    try:
        yield
    except KgError as exc:
        _fail(str(exc))
    except KeyboardInterrupt:
        _fail("interrupted")


def _open(store: str, *, must_exist: bool = True) -> Any:
    from kg.store import ClaimStore

    if must_exist and not store.startswith(("http://", "https://")) and not Path(store).exists():
        raise StoreError("no store here; run `kg build PATH` first (or pass --store)", path=store)
    return ClaimStore.open(store)


def _echo(text: str) -> None:
    sys.stdout.write(text if text.endswith("\n") or not text else text + "\n")


@app.command()
def build(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders (.txt, .md, .html).")],
    store: StoreOpt = DEFAULT_STORE,
    jobs: Annotated[int, typer.Option("--jobs", "-j", help="Worker processes for extraction.")] = 1,
    engine: Annotated[Engine, typer.Option(help="local processes, or a Dask cluster.")] = Engine.local,
    scheduler: Annotated[str | None, typer.Option(help="Dask scheduler address (engine dask).")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No summary table.")] = False,
    force: Annotated[bool, typer.Option(help="Re-extract unchanged documents (after editing ontology/).")] = False,
) -> None:
    """Ingest documents into the store (idempotent) and reconcile their claims."""
    from kg.pipeline import build as run_build

    with _errors():
        with _open(store, must_exist=False) as st:
            if err.is_terminal and not quiet:
                # refreshed by the callback, not by a thread of its own: with no other thread alive the
                # reconciliation may fork its workers
                with Progress(TextColumn("extracting"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                              console=err, transient=True, auto_refresh=False) as bar:
                    task = bar.add_task("build", total=None)
                    summary = run_build(paths, st, jobs=jobs, engine=engine.value, scheduler=scheduler,
                                        progress=lambda d, t: bar.update(task, completed=d, total=t, refresh=True),
                                        force=force)
            else:
                summary = run_build(paths, st, jobs=jobs, engine=engine.value, scheduler=scheduler, force=force)
    for w in summary.warnings:
        err.print(f"[yellow]warning:[/yellow] {w}", highlight=False)
    for e in summary.errors:
        err.print(f"[red]skipped:[/red] {e}", highlight=False)
    if not quiet:
        table = Table(title=f"kg build → {store}", show_header=True)
        for col in ("documents", "new", "replaced", "unchanged", "skipped", "claims", "conflicts", "corroborations", "time"):
            table.add_column(col, justify="right")
        table.add_row(*(str(x) for x in (summary.documents, summary.added, summary.replaced, summary.unchanged,
                                         summary.skipped, summary.claims, summary.conflicts, summary.corroborations,
                                         f"{summary.seconds:.2f}s")))
        err.print(table)
    if summary.errors:
        raise typer.Exit(1)


@app.command()
def claims(
    store: StoreOpt = DEFAULT_STORE,
    format: Annotated[ClaimFormat, typer.Option("--format", "-f")] = ClaimFormat.jsonl,
    derived: Annotated[bool, typer.Option(help="Include claims derived by reconciliation.")] = True,
) -> None:
    """Print every claim (one JSON object per line by default)."""
    with _errors(), _open(store) as st:
        items = st.claims(derived=derived)
    if format is ClaimFormat.jsonl:
        _echo("".join(json.dumps(c.contract(), ensure_ascii=False) + "\n" for c in items))
    elif format is ClaimFormat.json:
        _echo(json.dumps([c.contract() for c in items], ensure_ascii=False, indent=2))
    else:
        table = Table("id", "document", "figure", "kind", "measure", "parties", "period", "speaker")
        for c in items:
            period = f"{c.period.start}..{c.period.end}" if c.period else ""
            table.add_row(c.id, c.document, c.figure, c.kind, c.measure, ",".join(c.parties), period, c.speaker or "")
        out.print(table)


@app.command()
def conflicts(
    store: StoreOpt = DEFAULT_STORE,
    format: Annotated[ClaimFormat, typer.Option("--format", "-f", help="json, jsonl or table.")] = ClaimFormat.table,
    all: Annotated[bool, typer.Option("--all", help="Include corroborations.")] = False,
    limit: Annotated[int | None, typer.Option(min=0, help="Print at most N findings (a page).")] = None,
    offset: Annotated[int, typer.Option(min=0, help="Skip the N most severe findings first.")] = 0,
) -> None:
    """Print the conflicts reconciliation found, most severe first, with their explanations."""
    paged = limit is not None or offset > 0
    with _errors(), _open(store) as st:
        if paged:
            findings, total = st.findings_page(limit, offset, corroborations=all)
        else:
            findings = [f for f in st.findings() if all or f.is_conflict]
            findings.sort(key=lambda f: (-f.severity, f.id))
    if format is ClaimFormat.json:
        _echo(json.dumps([f.contract() for f in findings], ensure_ascii=False, indent=2))
    elif format is ClaimFormat.jsonl:
        _echo("".join(json.dumps(f.contract(), ensure_ascii=False) + "\n" for f in findings))
    else:
        for f in findings:
            out.print(f"[bold]{f.type}[/bold] {f.id} severity {f.severity:.2f} [{f.status}]", highlight=False)
            out.print(f"  {f.explanation}", highlight=False)
        footer = f"{len(findings)} finding(s)"
        if paged:
            more = max(0, total - offset - len(findings))
            shown = f"{offset + 1}-{offset + len(findings)} of {total}" if findings else f"none of {total}"
            footer += f" ({shown}; {more} more" + (f": --offset {offset + len(findings)})" if more else ")")
        out.print(footer, style="dim")


@app.command()
def query(
    query: Annotated[str, typer.Argument(help="A .rq file, or the name of one in queries/ (see --list).")] = "",
    store: StoreOpt = DEFAULT_STORE,
    format: Annotated[QueryFormat, typer.Option("--format", "-f")] = QueryFormat.table,
    param: Annotated[list[str] | None, typer.Option("--param", "-p", help="NAME=VALUE for a ?NAME parameter.")] = None,
    list_: Annotated[bool, typer.Option("--list", help="List the queries in queries/.")] = False,
) -> None:
    """Run a read-only SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE); updates and SERVICE are refused."""
    from kg.query import format_result, list_queries, run_query

    with _errors():
        if list_ or not query:
            for h in list_queries():
                out.print(f"[bold]{h.name}[/bold]  {h.title}", highlight=False)
            return
        params: dict[str, str] = {}
        for p in param or []:
            name, eq, value = p.partition("=")
            if not eq:
                raise typer.BadParameter(f"--param wants NAME=VALUE, got {p!r}")
            params[name.lstrip("?$")] = value
        with _open(store) as st:
            result = run_query(st, query, params)
    if format is QueryFormat.table and out.is_terminal and result.kind == "select":
        table = Table(*result.variables)
        for row in result.lexical():
            table.add_row(*("" if row.get(v) is None else str(row[v]) for v in result.variables))
        out.print(table)
    else:
        _echo(format_result(result, format.value))


@app.command()
def export(
    store: StoreOpt = DEFAULT_STORE,
    format: Annotated[ExportFormat, typer.Option("--format", "-f")] = ExportFormat.turtle,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="File to write (default stdout).")] = None,
) -> None:
    """Export the graph as Turtle, TriG, N-Triples, N-Quads or JSON-LD (written as it is dumped)."""
    from kg.export import export_to

    with _errors(), _open(store) as st:
        if output is None:
            for chunk in st.export_chunks(format.value):
                sys.stdout.buffer.write(chunk)
            return
        written = export_to(st, format.value, output)
    err.print(f"wrote {written} ({written.stat().st_size:,} bytes)", highlight=False)


def _write(data: bytes, output: Path | None) -> None:
    if output is None:
        sys.stdout.buffer.write(data)
        return
    try:
        output.write_bytes(data)
    except OSError as exc:
        _fail(f"{output}: cannot write: {exc.strerror}")
    err.print(f"wrote {output} ({len(data):,} bytes)", highlight=False)


@app.command()
def report(
    store: StoreOpt = DEFAULT_STORE,
    format: Annotated[ReportFmt, typer.Option("--format", "-f")] = ReportFmt.html,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="File to write (default stdout).")] = None,
) -> None:
    """Render the conflict report (Markdown or self-contained HTML with charts)."""
    from kg.report import collect_report, render_report

    with _errors(), _open(store) as st:
        data = collect_report(lambda q: st.select(q))
        text = render_report(data, format.value)
    _write(text.encode("utf-8"), output)


@app.command()
def validate(store: StoreOpt = DEFAULT_STORE) -> None:
    """Check the graph against the SHACL shapes in ontology/shapes.ttl."""
    with _errors(), _open(store) as st:
        ok, text = st.validate()
    _echo(text)
    if not ok:
        raise typer.Exit(1)


@app.command(name="eval")
def eval_(
    gold: Annotated[Path, typer.Argument(help="Folder of *.gold.yaml files (schema: GOLD_SCHEMA.md).")],
    store: StoreOpt = DEFAULT_STORE,
) -> None:
    """Score the store's claims and conflicts against gold annotations."""
    from kg.evaluate import evaluate, format_report, load_gold

    with _errors():
        g = load_gold(gold)
        with _open(store) as st:
            rep = evaluate(g, st.claims(derived=True), st.findings())
    _echo(format_report(rep))


@app.command()
def stats(store: StoreOpt = DEFAULT_STORE) -> None:
    """Counts: documents, claims, derived claims, findings by type, triples."""
    with _errors(), _open(store) as st:
        counts = st.counts()
    table = Table("what", "count")
    for k, v in counts.items():
        table.add_row(k, f"{v:,}")
    out.print(table)


@app.command()
def review(
    finding: Annotated[str, typer.Argument(help="Finding id (see `kg conflicts`).")],
    status: Annotated[str, typer.Option(help="open, explained, resolved or false_positive.")],
    note: Annotated[str | None, typer.Option(help="Why.")] = None,
    store: StoreOpt = DEFAULT_STORE,
) -> None:
    """Set a finding's review status; it survives rebuilds."""
    if status not in REVIEW_STATUSES:
        _fail(f"unknown status {status!r}; use one of {', '.join(REVIEW_STATUSES)}")
    with _errors(), _open(store) as st:
        f = st.set_review(finding, status, note)
    out.print(f"{f.id}: {f.status}" + (f" ({f.note})" if f.note else ""), highlight=False)


@app.command()
def serve(
    store: StoreOpt = DEFAULT_STORE,
    bind: Annotated[str, typer.Option(help="HOST:PORT to listen on.")] = "127.0.0.1:7878",
) -> None:
    """Serve the local store over the SPARQL 1.1 protocols with an Oxigraph server."""
    import shutil

    exe = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
    if not Path(exe).exists():
        _fail("the oxigraph server is not installed: pip install 'claimgraph[server]'")
    if store.startswith(("http://", "https://")) or not Path(store).is_dir():
        _fail(f"{store}: not a local store directory; run `kg build` first")
    err.print(f"serving {store} read-only on http://{bind}/query (Ctrl-C to stop)", highlight=False)
    sys.stderr.flush()
    # Replace this process with the server, so signals (Ctrl-C, SIGTERM) reach it directly.
    os.execv(exe, [exe, "serve-read-only", "--location", store, "--bind", bind])


def main() -> None:  # pragma: no cover - console entry point alias
    app()
