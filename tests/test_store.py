"""ClaimStore: writes are idempotent and replace graphs, reviews persist, on-disk and remote backends."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from conftest import Corpus, FailingBulkLoad, ModelFactory

from kg import graph as g
from kg import vocab
from kg.errors import QueryError, StoreError
from kg.models import Claim, Reconciliation
from kg.query import run_query
from kg.store import ClaimStore, RemoteEndpoints


def _load(store: ClaimStore, corpus: tuple[Corpus, Reconciliation]) -> None:
    """Put the corpus, its reconciliation and the ontology into a store."""
    docs, rec = corpus
    store.ensure_ontology()
    store.put_documents(docs)
    store.put_reconciliation(rec)


def test_store_same_documents_twice_change_nothing(
    store: ClaimStore, corpus: tuple[Corpus, Reconciliation]
) -> None:
    docs, rec = corpus
    before = store.counts()
    store.put_documents(docs)
    store.put_reconciliation(rec)
    assert store.counts() == before
    assert store.ensure_ontology() is False


def test_store_changed_document_replaces_its_graph(
    store: ClaimStore, corpus: tuple[Corpus, Reconciliation], factory: ModelFactory
) -> None:
    docs, _ = corpus
    old, _ = docs[0]
    new = factory.document("a.txt", ["Trade reached $150 billion in 2021."])
    store.put_documents(
        [(new, [factory.claim(new, 1, "$150 billion", 150e9, period=factory.period(2021))])], drop=[old.id]
    )
    index = store.document_index()
    assert index["a.txt"] == (new.id, new.sha256)
    ids = {c.id for c in store.claims(derived=False)}
    assert "a:c2" not in ids and "a:c1" in ids
    assert [c.value for c in store.claims() if c.id == "a:c1"] == [150e9]
    assert store.counts()["documents"] == 3


def test_store_same_id_with_fewer_claims_replaces_graph(
    store: ClaimStore, corpus: tuple[Corpus, Reconciliation]
) -> None:
    docs, _ = corpus
    doc, claims = docs[1]
    store.put_documents([(doc, claims[:1])])
    assert sorted(c.id for c in store.claims(derived=False) if c.document == "b.txt") == ["b:c1"]
    # Xi Jinping's speaker node is no longer used by any graph: it is pruned from the nodes graph.
    speakers = store.select("SELECT ?s WHERE { ?s a <https://w3id.org/claimgraph/ns#Speaker> }")
    assert "xi-jinping" not in " ".join(str(r["s"]) for r in speakers)


def test_store_rebuild_gives_identical_quads(corpus: tuple[Corpus, Reconciliation]) -> None:
    dumps = []
    for _ in range(2):
        with ClaimStore.open(None) as store:
            _load(store, corpus)
            dumps.append(store.dump("nq"))
    # Equal but for the blank nodes of the ontology's OWL/SHACL lists.
    strip = [[line for line in d.splitlines() if b"_:" not in line] for d in dumps]
    assert strip[0] == strip[1]


def test_store_batches_give_the_same_graph(corpus: tuple[Corpus, Reconciliation]) -> None:
    docs, _ = corpus
    with ClaimStore.open(None) as whole, ClaimStore.open(None) as batched:
        whole.put_documents(docs)
        batched.put_documents(docs, batch_quads=10)
        assert whole.dump("nq") == batched.dump("nq")


def test_store_reviews_survive_reconciliation(
    store: ClaimStore, corpus: tuple[Corpus, Reconciliation]
) -> None:
    _, rec = corpus
    reviewed = store.set_review("f1", "explained", "different definitions of trade")
    assert (reviewed.status, reviewed.note) == ("explained", "different definitions of trade")
    store.put_reconciliation(rec)
    store.put_reconciliation(Reconciliation(findings=rec.findings[1:]))
    store.put_reconciliation(rec)
    f1 = next(f for f in store.findings() if f.id == "f1")
    assert (f1.status, f1.note) == ("explained", "different definitions of trade")
    assert next(f for f in store.findings() if f.id == "f2").status == "open"
    again = store.set_review("f1", "resolved", None)
    assert (again.status, again.note) == ("resolved", None)


def test_store_set_review_refuses_unknown_id_or_status(store: ClaimStore) -> None:
    with pytest.raises(StoreError, match="no finding"):
        store.set_review("nope", "resolved", None)
    with pytest.raises(StoreError, match="review status"):
        store.set_review("f1", "maybe", None)


def test_store_documents_and_index(store: ClaimStore, corpus: tuple[Corpus, Reconciliation]) -> None:
    docs, _ = corpus
    rows = store.documents()
    assert [r["name"] for r in rows] == ["a.txt", "b.txt", "c.txt"]
    assert rows[0] == {
        "name": "a.txt", "id": docs[0][0].id, "title": "Trade talk", "outlet": "Example Times",
        "published": "2022-02-10", "published_resolution": "explicit", "url": "https://example.org/a",
    }  # fmt: skip
    assert rows[2]["published"] is None
    assert store.document_index() == {d.name: (d.id, d.sha256) for d, _ in docs}


def test_store_counts(store: ClaimStore) -> None:
    counts = store.counts()
    assert counts["documents"] == 3
    assert counts["claims"] == 7
    assert counts["derived"] == 1
    assert (counts["findings"], counts["conflicts"], counts["corroborations"]) == (3, 2, 1)
    assert (counts["value_mismatch"], counts["target_mismatch"], counts["forecast_divergence"]) == (1, 1, 0)
    assert counts["triples"] > 100


def test_store_run_refuses_updates(store: ClaimStore) -> None:
    with pytest.raises(QueryError):
        store.run("DELETE WHERE { ?s ?p ?o }")
    assert store.counts()["claims"] == 7


def test_store_select_binds_values(store: ClaimStore) -> None:
    rows = store.select(
        "PREFIX kg: <https://w3id.org/claimgraph/ns#> SELECT ?c WHERE { ?c kg:figure ?figure }",
        {"figure": "$250 billion"},
    )
    assert [r["c"] for r in rows] == ["https://w3id.org/claimgraph/id/claim/b:c2"]


def test_store_as_rdflib_sees_the_union(store: ClaimStore) -> None:
    dataset = store.as_rdflib()
    claims = list(
        dataset.query(
            "SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?c a <https://w3id.org/claimgraph/ns#Claim> }"
        )
    )
    assert int(claims[0][0]) == 8
    assert len(dataset.graph(g.FINDINGS_GRAPH.value)) > 0  # type: ignore[arg-type]


# ---------------------------------------------------------------------------------------------
# On disk
# ---------------------------------------------------------------------------------------------


def test_store_on_disk_persists_and_reopens(tmp_path: Path, corpus: tuple[Corpus, Reconciliation]) -> None:
    location = tmp_path / "store"
    with ClaimStore.open(str(location)) as store:
        _load(store, corpus)
        store.optimize()
        claims = store.claims()
    with ClaimStore.open(str(location)) as again:
        assert again.claims() == claims
    with ClaimStore.open(str(location), read_only=True) as reader:
        assert reader.counts()["claims"] == 7


def test_store_locked_by_another_process_is_store_error(tmp_path: Path) -> None:
    location = tmp_path / "store"
    ClaimStore.open(str(location)).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, pyoxigraph; s = pyoxigraph.Store(sys.argv[1]); print('ok', flush=True); "
         "sys.stdin.read()", str(location)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ok"
        with pytest.raises(StoreError) as err:
            ClaimStore.open(str(location))
        message = str(err.value)
        assert "locked" in message and str(location) in message and "\n" not in message
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait(timeout=20)
    ClaimStore.open(str(location)).close()


def test_store_corrupt_or_misplaced_is_store_error(tmp_path: Path) -> None:
    corrupt = tmp_path / "corrupt"
    corrupt.mkdir()
    (corrupt / "CURRENT").write_text("garbage\n")
    with pytest.raises(StoreError, match="corrupt"):
        ClaimStore.open(str(corrupt))
    afile = tmp_path / "file"
    afile.write_text("x")
    with pytest.raises(StoreError, match="file is in the way"):
        ClaimStore.open(str(afile))
    with pytest.raises(StoreError, match="no store"):
        ClaimStore.open(str(tmp_path / "missing"), read_only=True)


# ---------------------------------------------------------------------------------------------
# Remote SPARQL server
# ---------------------------------------------------------------------------------------------


def test_store_remote_server_round_trip(oxigraph_server: str, corpus: tuple[Corpus, Reconciliation]) -> None:
    docs, rec = corpus
    with ClaimStore.open(oxigraph_server) as remote, ClaimStore.open(None) as local:
        for store in (remote, local):
            _load(store, corpus)
        assert remote.ensure_ontology() is False
        assert remote.claims() == local.claims()
        assert remote.findings() == list(rec.findings)
        assert remote.document_index() == local.document_index()
        assert remote.documents() == local.documents()
        counts, expected = remote.counts(), local.counts()
        assert counts == expected
        remote.put_documents(docs)  # idempotent on the server too
        assert remote.counts() == expected
        for store in (remote, local):
            reviewed = store.set_review("f2", "false_positive", "same target, different sources")
            assert reviewed.status == "false_positive"
            store.put_reconciliation(rec)
        assert next(f for f in remote.findings() if f.id == "f2").status == "false_positive"
        rows = run_query(remote, "claims-by-speaker", {"speaker": "xi"}).dicts()
        assert [r["claim"] for r in rows] == ["b:c2"]
        named = [line for line in remote.dump("nq").splitlines() if b"_:" not in line]
        assert sorted(named) == sorted(line for line in local.dump("nq").splitlines() if b"_:" not in line)
        ok, report = remote.validate()
        assert ok, report
        with pytest.raises(QueryError):
            remote.run("SELECT ?x WHERE { ?x }")


def test_store_remote_endpoints_are_configurable(oxigraph_server: str) -> None:
    endpoints = RemoteEndpoints(query=f"{oxigraph_server}/query", update="/update", store="store")
    with ClaimStore.open(oxigraph_server, endpoints=endpoints) as store:
        assert store.counts()["documents"] == 0
    with pytest.raises(StoreError, match="HTTP 404"):
        ClaimStore.open(oxigraph_server, endpoints=RemoteEndpoints(query="no/such/endpoint"))


def test_store_unreachable_server_is_store_error() -> None:
    from conftest import _free_port

    url = f"http://127.0.0.1:{_free_port()}"
    with pytest.raises(StoreError, match="cannot reach") as err:
        ClaimStore.open(url, endpoints=RemoteEndpoints(timeout=2))
    assert url in str(err.value)


def test_store_bulk_load_on_disk_matches_memory(
    tmp_path: Path, corpus: tuple[Corpus, Reconciliation], monkeypatch: pytest.MonkeyPatch
) -> None:
    import kg.store

    monkeypatch.setattr(kg.store, "BULK_MIN", 10)
    with ClaimStore.open(str(tmp_path / "bulk")) as bulk, ClaimStore.open(None) as memory:
        for store in (bulk, memory):
            _load(store, corpus)
        assert bulk.claims() == memory.claims()
        assert bulk.findings() == memory.findings()
        assert bulk.counts() == memory.counts()


def test_store_put_graphs_equals_put_documents(
    tmp_path: Path, corpus: tuple[Corpus, Reconciliation]
) -> None:
    """The build's workers send graph texts; storing them is storing the documents they were built from."""
    docs, _ = corpus
    with ClaimStore.open(None) as models, ClaimStore.open(str(tmp_path / "texts")) as texts:
        models.put_documents(docs)
        texts.put_graphs([(doc.id, g.document_text(doc, claims)) for doc, claims in docs], batch_quads=10)
        assert texts.dump("nq") == models.dump("nq")
        doc = docs[0][0]
        texts.put_graphs([], drop=[doc.id])
        assert doc.id not in {doc_id for doc_id, _ in texts.document_index().values()}


@pytest.mark.parametrize("session", [500_000, 10])
def test_store_loading_streams_new_graphs_and_replaces_stored_ones(
    tmp_path: Path, corpus: tuple[Corpus, Reconciliation], monkeypatch: pytest.MonkeyPatch, session: int
) -> None:
    import kg.store

    monkeypatch.setattr(kg.store, "STREAM_QUADS", session)  # 10: a bulk load per document
    docs, _ = corpus
    first, first_claims = docs[0]
    with ClaimStore.open(None) as expected, ClaimStore.open(str(tmp_path / "disk")) as disk:
        expected.put_documents(docs)
        disk.put_documents([(first, first_claims[:1])])  # stored already: replaced, not loaded twice
        with disk.loading() as put:
            for doc, claims in docs:
                put(doc.id, g.document_text(doc, claims))
        assert disk.dump("nq") == expected.dump("nq")
        assert sorted(disk.document_index()) == sorted(expected.document_index())


def test_store_loading_left_with_an_error_writes_nothing(
    tmp_path: Path, corpus: tuple[Corpus, Reconciliation]
) -> None:
    docs, _ = corpus
    with ClaimStore.open(str(tmp_path / "disk")) as disk:
        with pytest.raises(RuntimeError, match="worker died"), disk.loading() as put:
            for doc, claims in docs:
                put(doc.id, g.document_text(doc, claims))
            raise RuntimeError("worker died")
        assert len(disk.backend.dataset()) == 0
        with disk.loading() as put:  # the store is still usable
            put(docs[0][0].id, g.document_text(*docs[0]))
        assert list(disk.document_index()) == [docs[0][0].name]


def test_store_loading_reports_a_failed_load_without_hanging(corpus: tuple[Corpus, Reconciliation]) -> None:
    docs, _ = corpus
    with ClaimStore.open(None) as store:
        store.backend.store = FailingBulkLoad(store.backend.store)  # type: ignore[attr-defined]
        with pytest.raises(StoreError, match="disk full"), store.loading() as put:
            for _ in range(20):  # more pieces than the queue holds
                for doc, claims in docs:
                    put(doc.id, g.document_text(doc, claims))


def test_store_union_parts_hold_each_triple_of_every_graph_once(
    store: ClaimStore, tmp_path: Path
) -> None:
    a, p = ox.NamedNode("http://example.org/a"), ox.NamedNode("http://example.org/p")
    for graph in (g.NODES_GRAPH, g.FINDINGS_GRAPH, ox.DefaultGraph()):  # one triple in three graphs
        store.backend.store.add(ox.Quad(a, p, ox.Literal("x\ny \"z\""), graph))  # type: ignore[attr-defined]
    store.backend.store.add(ox.Quad(a, p, ox.BlankNode("b1")))  # type: ignore[attr-defined]
    every = store.backend.dataset().dump(format=ox.RdfFormat.N_QUADS) or b""
    with ClaimStore.open(str(tmp_path / "disk")) as disk:
        disk.backend.dataset().load(every, format=ox.RdfFormat.N_QUADS)
        for one in (store, disk):
            lines = b"".join(one.backend.union_parts()).splitlines()
            assert len(lines) == len(set(lines))
            dumped = one.backend.dataset().dump(format=ox.RdfFormat.N_QUADS) or b""
            triples = {str(ox.Triple(q.subject, q.predicate, q.object)) for q in ox.parse(dumped, format=ox.RdfFormat.N_QUADS)}
            assert {str(t) for t in ox.parse(b"\n".join(lines), format=ox.RdfFormat.N_TRIPLES)} == triples
            dumps = [text for _, text in one.backend.graph_dumps()]  # type: ignore[attr-defined]
            assert set(lines) == set(b"".join(dumps).splitlines())


def test_store_graph_without_its_marker_is_rebuilt(
    tmp_path: Path, corpus: tuple[Corpus, Reconciliation]
) -> None:
    docs, _ = corpus
    doc, claims = docs[0]
    with ClaimStore.open(str(tmp_path / "cut")) as store:
        rest, _markers = g.document_text(doc, claims).split(g.kg("sha256"))
        store.backend.store.bulk_load(rest.nquads(), format=ox.RdfFormat.N_QUADS)  # type: ignore[attr-defined]
        assert store.document_index() == {} and store.documents() == []
        store.put_documents([(doc, claims)])
        assert store.document_index() == {"a.txt": (doc.id, doc.sha256)}
        assert len(store.claims()) == 2


# ---------------------------------------------------------------------------------------------
# Claim rows (kg:claimRows)
# ---------------------------------------------------------------------------------------------


def _joined(store: ClaimStore, *, derived: bool = True) -> list[Claim]:
    """Claims read the old way, with the SPARQL join over the claim triples."""
    return [Claim.from_row(r) for r in store._joined_claim_rows(derived=derived)]


def test_store_claims_from_rows_equal_the_joined_read(
    store: ClaimStore, corpus: tuple[Corpus, Reconciliation]
) -> None:
    docs, rec = corpus
    assert store.claims() == _joined(store)
    assert store.claims(derived=False) == _joined(store, derived=False)
    written = [c for _, claims in sorted(docs, key=lambda d: d[0].name) for c in claims]
    assert store.claims(derived=False) == written
    assert store.claims() == written + list(rec.derived)
    assert store.claim_rows() == [c.to_row() for c in store.claims()]


def test_store_claim_rows_keep_document_order_for_any_write_order(
    factory: ModelFactory, corpus: tuple[Corpus, Reconciliation]
) -> None:
    docs, rec = corpus
    with ClaimStore.open(None) as forward, ClaimStore.open(None) as backward:
        forward.put_documents(docs)
        for item in reversed(docs):
            backward.put_documents([item])
        for store in (forward, backward):
            store.put_reconciliation(rec)
        assert forward.claims() == backward.claims() == _joined(forward)


def test_store_claim_rows_of_documents_sharing_a_name_interleave_like_the_join(factory: ModelFactory) -> None:
    one = factory.document("same.txt", ["Trade reached $140 billion in 2021.", "Exports rose 5% in 2021."])
    two = factory.document("same.txt", ["Trade hit $146 billion in 2021."], title="another version")
    a0 = factory.claim(one, 0, "$140 billion", 140e9, id="one:c0")
    a1 = factory.claim(one, 1, "5%", 5.0, id="one:c1", unit="percent")
    b0 = factory.claim(two, 0, "$146 billion", 146e9, id="two:c0")
    with ClaimStore.open(None) as store:
        store.put_documents([(two, [b0]), (one, [a0, a1])])
        assert store.claims() == _joined(store) == [a0, b0, a1]  # by name, then position, then id


def test_store_without_claim_rows_is_read_with_the_join(store: ClaimStore) -> None:
    before = store.claims()
    store._update(g.SPARQL_PREFIXES + "DELETE WHERE { GRAPH ?g { ?s kg:claimRows ?rows } }")
    assert store.claims() == before
    assert store.claim_rows(derived=False) == [c.to_row() for c in before if c.document_id]


def test_store_claim_rows_on_disk_and_remote(
    tmp_path: Path, oxigraph_server: str, corpus: tuple[Corpus, Reconciliation]
) -> None:
    with (
        ClaimStore.open(None) as memory,
        ClaimStore.open(str(tmp_path / "disk")) as disk,
        ClaimStore.open(oxigraph_server) as remote,
    ):
        for store in (memory, disk, remote):
            _load(store, corpus)
            assert store.claims() == _joined(store)
        assert disk.claim_rows() == remote.claim_rows() == memory.claim_rows()
        assert remote.claim_rows(derived=False) == memory.claim_rows(derived=False)
        for fmt in ("nt", "nq"):  # the ontology's blank nodes get new labels on every load
            named = [line for line in remote.dump(fmt).splitlines() if b"_:" not in line]
            assert named == [line for line in memory.dump(fmt).splitlines() if b"_:" not in line]


def test_store_claim_rows_of_an_empty_store_and_a_broken_literal(store: ClaimStore) -> None:
    with ClaimStore.open(None) as empty:
        assert empty.claim_rows() == [] and empty.claims() == []
    doc = g.iri(vocab.doc_iri("x"))
    store._update(
        g.SPARQL_PREFIXES + f"INSERT DATA {{ GRAPH {g.document_graph('x')} {{ {doc} kg:claimRows "
        '"[[1,2"^^<http://www.w3.org/1999/02/22-rdf-syntax-ns#JSON> } }'
    )
    with pytest.raises(StoreError, match="unreadable kg:claimRows"):
        store.claim_rows()


def test_store_claims_of_the_seeds_equal_the_joined_read(oxigraph_server: str) -> None:
    """The seed documents built for real (extraction, reconciliation): rows and join agree, local and remote."""
    from kg.pipeline import build

    seeds = sorted((Path(__file__).parent.parent / "seeds").glob("*.txt"))
    assert seeds
    with ClaimStore.open(None) as local, ClaimStore.open(oxigraph_server) as remote:
        for store in (local, remote):
            build(seeds, store)
            assert store.claims() == _joined(store)
            assert store.claims(derived=False) == _joined(store, derived=False)
        assert remote.claims() == local.claims()


@pytest.mark.parametrize("on_disk", [False, True])
def test_store_put_reconciliation_writes_the_difference_to_the_same_graph(
    tmp_path: Path, corpus: tuple[Corpus, Reconciliation], on_disk: bool
) -> None:
    """Replacing the findings graph by its difference leaves exactly what a fresh write leaves, nodes included."""
    docs, rec = corpus
    fewer = Reconciliation(
        findings=(rec.findings[0].model_copy(update={"explanation": "changed"}), *rec.findings[2:]),
        derived=(),
    )
    store = ClaimStore.open(tmp_path / "kg" if on_disk else None)
    store.put_documents(docs)
    for step in (rec, fewer, rec, fewer):
        store.put_reconciliation(step)
        fresh = ClaimStore.open(None)
        fresh.put_documents(docs)
        fresh.put_reconciliation(step)
        assert store.dump("nq") == fresh.dump("nq")
        assert [f.explanation for f in store.findings()] == [f.explanation for f in fresh.findings()]
    store.close()
