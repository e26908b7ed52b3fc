"""Export: every format re-parses, Turtle is isomorphic to the union of the store's graphs."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.compare import isomorphic

from kg import graph as g
from kg.errors import StoreError
from kg.export import export, export_format, export_to
from kg.store import ClaimStore


def _union(store: ClaimStore) -> rdflib.Graph:
    """The union of every named graph of the store, as one rdflib graph (set semantics).

    Read from pyoxigraph's own N-Quads dump (oxrdflib gives plain literals an explicit xsd:string
    datatype, which rdflib does not equate with a Turtle plain literal)."""
    dataset = rdflib.Dataset()
    dataset.parse(data=store.backend.dataset().dump(format=ox.RdfFormat.N_QUADS), format="nquads")
    union = rdflib.Graph()
    for quad in dataset.quads((None, None, None, None)):
        union.add(quad[:3])
    return union


def test_export_turtle_is_isomorphic_to_the_union(store: ClaimStore) -> None:
    data = export(store, "turtle")
    assert data.startswith(b"@prefix")
    parsed = rdflib.Graph().parse(data=data, format="turtle")
    assert isomorphic(parsed, _union(store))


def test_export_ntriples_matches_turtle(store: ClaimStore) -> None:
    nt = rdflib.Graph().parse(data=export(store, "nt"), format="nt")
    ttl = rdflib.Graph().parse(data=export(store, "ttl"), format="turtle")
    assert isomorphic(nt, ttl)


def test_export_trig_and_nquads_keep_named_graphs(store: ClaimStore, corpus: tuple) -> None:
    docs, _ = corpus
    for fmt, parser in (("trig", "trig"), ("nq", "nquads")):
        dataset = rdflib.Dataset()
        dataset.parse(data=export(store, fmt), format=parser)
        names = {str(c.identifier) for c in dataset.graphs()}
        expected = {g.document_graph(d.id).value for d, _ in docs}
        expected |= {g.FINDINGS_GRAPH.value, g.NODES_GRAPH.value, g.ONTOLOGY_GRAPH.value}
        assert expected <= names


def test_export_jsonld_parses(store: ClaimStore) -> None:
    data = export(store, "json-ld")
    assert "@context" in json.loads(data)
    dataset = rdflib.Dataset()
    dataset.parse(data=data, format="json-ld")
    claim = rdflib.URIRef("https://w3id.org/claimgraph/ns#Claim")
    claims = {(s, c) for s, _, _, c in dataset.quads((None, rdflib.RDF.type, claim, None))}
    assert len({s for s, _ in claims}) == 8
    assert g.FINDINGS_GRAPH.value in {str(c) for _, c in claims}


def test_export_is_deterministic(store: ClaimStore) -> None:
    assert export(store, "nt") == export(store, "nt")


def test_export_to_file_and_errors(store: ClaimStore, tmp_path: Path) -> None:
    path = export_to(store, "turtle", tmp_path / "out.ttl")
    assert path.read_bytes() == export(store, "turtle")
    with pytest.raises(StoreError, match="unknown export format"):
        export_format("rdfxml")
    with pytest.raises(StoreError, match="cannot write"):
        export_to(store, "nt", tmp_path / "missing" / "out.nt")


def test_export_keeps_default_graph_triples_apart(store: ClaimStore) -> None:
    a, p = ox.NamedNode("http://example.org/a"), ox.NamedNode("http://example.org/p")
    store.backend.store.add(ox.Quad(a, p, ox.NamedNode("http://example.org/b")))  # type: ignore[attr-defined]
    store.backend.store.add(ox.Quad(a, p, ox.Literal("x y <z> ."), g.NODES_GRAPH))  # type: ignore[attr-defined]
    nq = export(store, "nq").decode().splitlines()
    assert "<http://example.org/a> <http://example.org/p> <http://example.org/b> ." in nq
    assert f'<http://example.org/a> <http://example.org/p> "x y <z> ." {g.NODES_GRAPH} .' in nq
    nt = export(store, "nt").decode().splitlines()
    assert '<http://example.org/a> <http://example.org/p> "x y <z> ." .' in nt


def test_export_same_content_same_bytes_whatever_the_store(tmp_path: Path, corpus: tuple) -> None:
    """pyoxigraph writes an in-memory store in insertion order: exports sort, so order never shows.
    (No ontology here: its Turtle lists parse to blank nodes with new labels on every load.)"""
    docs, rec = corpus
    with (
        ClaimStore.open(None) as forward,
        ClaimStore.open(None) as backward,
        ClaimStore.open(str(tmp_path / "disk")) as disk,
    ):
        forward.put_documents(docs)
        forward.put_reconciliation(rec)
        for other in (backward, disk):
            other.put_reconciliation(rec)
            for item in reversed(docs):
                other.put_documents([item])
        for fmt in ("nt", "nq", "turtle", "trig"):
            assert export(forward, fmt) == export(backward, fmt) == export(disk, fmt), fmt


def _nquads_blocks(data: bytes) -> list[tuple[str, list[bytes]]]:
    """N-Quads lines grouped graph by graph in the order written ("" for the default graph)."""
    lines = data.splitlines()
    quads = list(ox.parse(data, format=ox.RdfFormat.N_QUADS))
    assert len(quads) == len(lines)
    blocks: list[tuple[str, list[bytes]]] = []
    for line, quad in zip(lines, quads, strict=True):
        name = "" if isinstance(quad.graph_name, ox.DefaultGraph) else str(quad.graph_name)
        if not blocks or blocks[-1][0] != name:
            blocks.append((name, []))
        blocks[-1][1].append(line)
    return blocks


def test_export_lines_are_sorted_and_distinct(store: ClaimStore) -> None:
    lines = export(store, "nt").splitlines()
    assert lines == sorted(set(lines)) and all(lines)
    blocks = _nquads_blocks(export(store, "nq"))
    names = [name for name, _ in blocks]
    assert names == sorted(set(names)), "N-Quads come graph by graph, graphs in order, each once"
    assert all(block == sorted(set(block)) for _, block in blocks)
    a, p = ox.NamedNode("http://example.org/a"), ox.NamedNode("http://example.org/p")
    for graph in (g.NODES_GRAPH, g.FINDINGS_GRAPH, ox.DefaultGraph()):  # one triple in three graphs
        store.backend.store.add(ox.Quad(a, p, a, graph))  # type: ignore[attr-defined]
    triple = b"<http://example.org/a> <http://example.org/p> <http://example.org/a> ."
    assert export(store, "nt").splitlines().count(triple) == 1
    assert sum(line.startswith(triple[:-2]) for line in export(store, "nq").splitlines()) == 3


def test_export_nquads_hold_exactly_the_stores_quads(store: ClaimStore, tmp_path: Path) -> None:
    """Graph by graph, the N-Quads are the quads pyoxigraph itself writes (same lines, none twice), on disk too."""
    a, p = ox.NamedNode("http://example.org/a"), ox.NamedNode("http://example.org/p")
    store.backend.store.add(ox.Quad(a, p, ox.Literal("line\nbreak .\n"), g.NODES_GRAPH))  # type: ignore[attr-defined]
    store.backend.store.add(ox.Quad(a, p, a))  # type: ignore[attr-defined]
    own = store.backend.dataset().dump(format=ox.RdfFormat.N_QUADS) or b""
    ours = export(store, "nq")
    assert sorted(ours.splitlines()) == sorted(set(own.splitlines()))
    with ClaimStore.open(str(tmp_path / "disk")) as disk:
        disk.backend.dataset().load(own, format=ox.RdfFormat.N_QUADS)
        # the ontology's blank nodes are relabelled by every load
        named = [line for line in export(disk, "nq").splitlines() if b"_:" not in line]
        assert named == [line for line in ours.splitlines() if b"_:" not in line]


def test_export_graph_dumps_are_the_same_in_threads(store: ClaimStore) -> None:
    backend = store.backend
    one = list(backend.graph_dumps(threads=1))  # type: ignore[attr-defined]
    assert list(backend.graph_dumps(threads=3)) == one
    names = [name for name, _ in one]
    assert names == sorted(names) and g.FINDINGS_GRAPH.value.encode() in {n[1:-1] for n in names}


@pytest.mark.parametrize("fmt", ["nq", "nt", "turtle", "trig", "jsonld"])
def test_export_to_streams_the_same_bytes(store: ClaimStore, tmp_path: Path, fmt: str) -> None:
    target = tmp_path / f"out.{fmt}"
    target.write_bytes(b"old")
    assert export_to(store, fmt, target) == target
    if fmt == "jsonld":  # rdflib labels the ontology's blank nodes anew on every run
        datasets = [rdflib.Dataset().parse(data=d, format="json-ld") for d in (target.read_bytes(), export(store, fmt))]
        sizes = [len(d) for d in datasets]
        assert sizes[0] == sizes[1] > 0
    else:
        assert target.read_bytes() == export(store, fmt)
    assert sorted(p.name for p in tmp_path.iterdir()) == [target.name], "no partial file left behind"


def test_export_to_keeps_the_old_file_when_the_dump_fails(
    store: ClaimStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def failing(threads: int = 1) -> Iterator[tuple[bytes, bytes]]:
        yield b"", b"<http://example.org/a> <http://example.org/p> <http://example.org/b> .\n"
        raise StoreError("dump failed: disk gone", path="x")

    monkeypatch.setattr(store.backend, "graph_dumps", failing)
    target = tmp_path / "out.nq"
    target.write_bytes(b"old")
    with pytest.raises(StoreError, match="disk gone"):
        export_to(store, "nq", target)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.nq"]
