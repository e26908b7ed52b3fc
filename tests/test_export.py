"""Export: every format re-parses, Turtle is isomorphic to the union of the store's graphs."""

from __future__ import annotations

import json
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


def test_export_lines_are_sorted_and_distinct(store: ClaimStore) -> None:
    for fmt in ("nt", "nq"):
        lines = export(store, fmt).splitlines()
        assert lines == sorted(set(lines)) and all(lines)
    a, p = ox.NamedNode("http://example.org/a"), ox.NamedNode("http://example.org/p")
    for graph in (g.NODES_GRAPH, g.FINDINGS_GRAPH, ox.DefaultGraph()):  # one triple in three graphs
        store.backend.store.add(ox.Quad(a, p, a, graph))  # type: ignore[attr-defined]
    triple = b"<http://example.org/a> <http://example.org/p> <http://example.org/a> ."
    assert export(store, "nt").splitlines().count(triple) == 1
    assert sum(line.startswith(triple[:-2]) for line in export(store, "nq").splitlines()) == 3
