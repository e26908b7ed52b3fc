"""Graph mapping: terms, quads of documents and findings, the ontology, and lossless read-back."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pyoxigraph as ox
import pytest
from conftest import Corpus, ModelFactory
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg import graph as g
from kg import vocab
from kg.errors import ConfigError
from kg.models import Claim, Evidence, Finding, Period, Reconciliation
from kg.store import ClaimStore

KG = vocab.NS


def test_graph_decimal_lexical_has_no_exponent() -> None:
    assert g.decimal_lexical(200e9) == "200000000000"
    assert g.decimal_lexical(12.50) == "12.5"
    assert g.decimal_lexical(1e-7) == "0.0000001"
    assert g.decimal_lexical(-0.0) == "0"
    assert g.decimal_lexical(1.8e22) == "18000000000000000000000"
    with pytest.raises(ValueError):
        g.decimal_lexical(float("nan"))


def test_graph_party_label_uses_cldr_for_country_codes() -> None:
    assert g.party_label("CN") == "China"
    assert g.party_label("RU") == "Russia"
    assert g.party_label("org:eaeu") == "org:eaeu"
    assert g.party_label("XX") == "XX"


def test_graph_period_label() -> None:
    assert g.period_label(date(2021, 1, 1), date(2021, 12, 31)) == "2021"
    assert g.period_label(date(2024, 2, 1), date(2024, 2, 29)) == "2024-02"
    assert g.period_label(date(2023, 1, 1), date(2023, 11, 30)) == "2023-01/2023-11"
    assert g.period_label(date(2023, 5, 9), date(2023, 5, 9)) == "2023-05-09"


def test_graph_document_quads_are_stable_and_blank_node_free(corpus: tuple[Corpus, Reconciliation]) -> None:
    docs, _ = corpus
    doc, claims = docs[0]
    quads = g.document_quads(doc, claims)
    assert quads == g.document_quads(doc, claims)
    terms = [t for q in quads for t in (q.subject, q.object)]
    assert not any(isinstance(t, ox.BlankNode) for t in terms)
    assert {q.graph_name for q in quads} == {g.document_graph(doc.id), g.NODES_GRAPH}


def test_graph_document_quads_are_self_contained(corpus: tuple[Corpus, Reconciliation]) -> None:
    docs, _ = corpus
    doc, claims = docs[2]
    quads = g.document_quads(doc, claims)
    subjects = {q.subject for q in quads}
    linked = {
        q.object for q in quads if isinstance(q.object, ox.NamedNode) and q.object.value.startswith(vocab.RES)
    }
    assert linked <= subjects
    shared = {q.subject.value for q in quads if q.graph_name == g.NODES_GRAPH}
    assert all(s.split("/")[-2] in ("party", "speaker", "period") for s in shared)
    exporter = [q for q in quads if q.predicate.value == KG + "exporter"]
    assert exporter and exporter[0].object == g.iri(vocab.party_iri("RU"))


def test_graph_claim_nodes_follow_vocab(corpus: tuple[Corpus, Reconciliation]) -> None:
    docs, _ = corpus
    doc, claims = docs[0]
    triples = {(q.subject.value, q.predicate.value, str(q.object)) for q in g.document_quads(doc, claims)}
    c1 = str(vocab.claim_iri("a:c1"))
    assert (c1, KG + "value", f'"140000000000"^^<{g.XSD}decimal>') in triples
    assert (c1, KG + "kind", f"<{vocab.KIND_NS}actual>") in triples
    assert (c1, KG + "partyOrder", '"CN RU"') in triples
    assert (c1, "https://schema.org/appearance", f"<{vocab.doc_iri(doc.id)}>") in triples
    assert (
        c1 + "/position",
        "http://www.w3.org/ns/oa#start",
        f'"{doc.text.index("$140")}"^^<{g.XSD}integer>',
    ) in triples
    speaker = str(vocab.speaker_iri("Dmitry Peskov"))
    assert (speaker, g.RDF + "type", "<https://schema.org/Person>") in triples


def test_graph_reconciliation_quads_mark_kinds(corpus: tuple[Corpus, Reconciliation]) -> None:
    _, rec = corpus
    quads = g.reconciliation_quads(rec)
    types = {(q.subject.value.rsplit("/", 1)[-1], q.object.value) for q in quads if str(q.predicate) == g.A}
    assert ("f1", KG + "Conflict") in types
    assert ("f3", KG + "Corroboration") in types
    assert ("derived:1", KG + "DerivedClaim") in types
    assert {q.graph_name for q in quads} == {g.FINDINGS_GRAPH, g.NODES_GRAPH}


def test_graph_ontology_quads_load_every_ttl() -> None:
    quads = g.ontology_quads()
    assert {q.graph_name for q in quads} == {g.ONTOLOGY_GRAPH}
    triples = {(q.subject.value, q.predicate.value, q.object.value) for q in quads}
    assert (KG + "Claim", g.RDFS + "subClassOf", "https://schema.org/Claim") in triples
    assert (KG + "Period", g.RDFS + "subClassOf", "http://www.w3.org/2006/time#Interval") in triples
    assert any(s.startswith("https://w3id.org/claimgraph/shapes#") for s, _, _ in triples)
    assert len(g.ontology_files()) >= 2


def test_graph_ontology_malformed_file_is_config_error(tmp_path: Path) -> None:
    (tmp_path / "bad.ttl").write_text("@prefix x: <http://x/> .\nx:a x:b .\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"bad\.ttl"):
        g.ontology_quads(tmp_path)


def test_graph_whitespace_in_party_code_is_refused(factory: ModelFactory) -> None:
    doc = factory.document("x.txt", ["It was $5 billion."])
    claim = factory.claim(doc, 1, "$5 billion", 5e9, parties=("C N",))
    with pytest.raises(ValueError):
        g.document_quads(doc, [claim])


def test_graph_round_trip_of_corpus(store: ClaimStore, corpus: tuple[Corpus, Reconciliation]) -> None:
    docs, rec = corpus
    expected = {c.id: c for _, claims in docs for c in claims} | {c.id: c for c in rec.derived}
    got = store.claims()
    assert {c.id: c for c in got} == expected
    assert [c.id for c in got][-1] == "derived:1"
    assert store.findings() == list(rec.findings)
    assert {c.id for c in store.claims(derived=False)} == {c.id for _, cs in docs for c in cs}


# ---------------------------------------------------------------------------------------------
# Property test: any claim and finding survive the trip through the graph.
# ---------------------------------------------------------------------------------------------

_ids = st.text("abcdefghijklmnopqrstuvwxyz0123456789-_:.", min_size=1, max_size=12).filter(
    lambda s: s[0].isalnum()
)
_codes = st.sampled_from(["CN", "RU", "US", "IN", "DE", "org:eaeu", "person:xi", "EU"])
_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)
_numbers = st.one_of(
    st.none(),
    st.floats(allow_nan=False, allow_infinity=False, min_value=-1e15, max_value=1e15),
    st.floats(min_value=1e-9, max_value=1e-3),
    st.sampled_from([140e9, 146e9, 218.2e9, 25.0, 0.1, 1.8]),
)
_dates = st.dates(min_value=date(1990, 1, 1), max_value=date(2040, 12, 31))


@st.composite
def _periods(draw: st.DrawFn) -> Period | None:
    """An optional period with start <= end."""
    if draw(st.booleans()):
        return None
    start = draw(_dates)
    end = start + timedelta(days=draw(st.integers(0, 800)))
    return Period(
        start=start,
        end=end,
        as_stated=draw(_text),
        resolution=draw(st.sampled_from(["explicit", "relative", "inferred"])),
    )


@st.composite
def _claims(draw: st.DrawFn, doc_id: str, name: str, index: int) -> Claim:
    """A random claim of a document (the id is made unique by its index)."""
    start = draw(st.integers(0, 10_000))
    return Claim(
        id=f"{draw(_ids)}-{index}",
        document=name,
        value=draw(_numbers),
        unit=draw(st.sampled_from(["USD", "EUR", "percent", "pp", "count"])),
        bound=draw(st.sampled_from(["exact", "approx", "at_least", "at_most", "range"])),
        low=draw(_numbers),
        high=draw(_numbers),
        figure=draw(_text),
        measure=draw(st.sampled_from(["trade_turnover", "trade_growth", "unclassified", "total_trade"])),
        parties=tuple(draw(st.lists(_codes, max_size=3))),
        kind=draw(st.sampled_from(["actual", "target", "forecast", "estimate"])),
        period=draw(_periods()),
        speaker=draw(st.one_of(st.none(), _text.filter(lambda s: s.strip() != "")))
        if draw(st.booleans())
        else None,
        source=draw(st.one_of(st.none(), _text)),
        evidence=Evidence(text=draw(_text), start=start, end=start + draw(st.integers(0, 50))),
        derived_from=tuple(f"{x}-src" for x in draw(st.lists(_ids, max_size=3))),
        document_id=draw(st.sampled_from([doc_id, ""])),
        published=draw(st.one_of(st.none(), _dates)),
        outlet=draw(st.one_of(st.none(), _text)),
        speaker_id=draw(st.one_of(st.none(), st.sampled_from(["person:a-b", "org:kremlin", "x"]))),
        speaker_role=draw(st.one_of(st.none(), _text)),
        exporter=draw(st.one_of(st.none(), _codes)),
        importer=draw(st.one_of(st.none(), _codes)),
        method=draw(st.one_of(st.none(), _text)),
    )


@st.composite
def _findings(draw: st.DrawFn, claim_ids: list[str], index: int) -> Finding:
    """A random finding over some of the claims."""
    return Finding(
        id=f"f{index}-{draw(_ids)}",
        type=draw(
            st.sampled_from(["value_mismatch", "target_mismatch", "forecast_divergence", "corroboration"])
        ),
        severity=draw(st.floats(min_value=0.0, max_value=1.0)),
        measure=draw(st.sampled_from(["trade_turnover", "trade_growth"])),
        parties=tuple(draw(st.lists(_codes, max_size=3))),
        period=draw(_periods()),
        claims=tuple(draw(st.lists(st.sampled_from(claim_ids), max_size=4))) if claim_ids else (),
        explanation=draw(_text),
    )


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_graph_round_trip_random_claims_and_findings(data: st.DataObject) -> None:
    factory = ModelFactory()
    doc = factory.document("r.txt", ["Random text."])
    n = data.draw(st.integers(0, 6))
    claims = [data.draw(_claims(doc.id, doc.name, i)) for i in range(n)]
    derived = [data.draw(_claims("", "r.txt", 100 + i)) for i in range(data.draw(st.integers(0, 2)))]
    ids = [c.id for c in claims + derived]
    findings = [data.draw(_findings(ids, i)) for i in range(data.draw(st.integers(0, 3)))]
    store = ClaimStore.open(None)
    store.put_documents([(doc, claims)])
    store.put_reconciliation(Reconciliation(findings=tuple(findings), derived=tuple(derived)))
    got = {c.id: c for c in store.claims()}
    assert got == {c.id: c for c in claims + derived}
    assert store.claims() == [Claim.from_row(r) for r in store._joined_claim_rows()]
    assert store.findings() == findings
    store.close()


def test_graph_every_kg_term_is_declared_in_kg_ttl(store: ClaimStore) -> None:
    import rdflib

    ontology = rdflib.Graph().parse(g.ontology_files()[0].parent / "kg.ttl", format="turtle")
    owl = rdflib.OWL
    declared = set(ontology.subjects(rdflib.RDF.type, owl.Class))
    declared |= set(ontology.subjects(rdflib.RDF.type, owl.ObjectProperty))
    declared |= set(ontology.subjects(rdflib.RDF.type, owl.DatatypeProperty))
    data = store.data_graph()
    used = {p for p in data.predicates() if str(p).startswith(KG)}
    used |= {o for o in data.objects(None, rdflib.RDF.type) if str(o).startswith(KG)}
    used |= {rdflib.URIRef(KG + "reviewStatus"), rdflib.URIRef(KG + "reviewNote")}
    assert used - declared == set()
    for term in (t for t in declared if isinstance(t, rdflib.URIRef)):
        assert ontology.value(term, rdflib.RDFS.label), term
        assert ontology.value(term, rdflib.RDFS.comment), term
        if (term, rdflib.RDF.type, owl.Class) not in ontology:
            assert ontology.value(term, rdflib.RDFS.range), term


def _claim_rows_objects(text: g.GraphText) -> dict[str, list[ox.Literal]]:
    """The kg:claimRows literals of some graph text, by named graph."""
    out: dict[str, list[ox.Literal]] = {}
    for quad in text.quads():
        if quad.predicate == g.CLAIM_ROWS:
            assert isinstance(quad.object, ox.Literal)
            out.setdefault(quad.graph_name.value, []).append(quad.object)  # type: ignore[union-attr]
    return out


def test_graph_document_holds_its_claims_as_one_json_literal(corpus: tuple[Corpus, Reconciliation]) -> None:
    import json

    (doc, claims), *_ = corpus[0]
    literals = _claim_rows_objects(g.document_text(doc, claims))
    (literal,) = literals[g.document_graph(doc.id).value]
    assert literal.datatype == ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#JSON")
    assert literal.value == json.dumps(
        [c.to_row() for c in claims], separators=(",", ":"), ensure_ascii=False
    )
    assert [Claim.from_row(r) for r in json.loads(literal.value)] == claims


def test_graph_derived_claims_have_one_literal_on_the_findings_graph(
    corpus: tuple[Corpus, Reconciliation],
) -> None:
    import json

    _, rec = corpus
    (literal,) = _claim_rows_objects(g.reconciliation_text(rec))[g.FINDINGS_GRAPH.value]
    assert [Claim.from_row(r) for r in json.loads(literal.value)] == list(rec.derived)
    assert _claim_rows_objects(g.reconciliation_text(Reconciliation(findings=rec.findings))) == {}


def test_graph_json_literal_escapes_quotes_and_backslashes() -> None:
    text = '["a \\"quoted\\" \\\\ back","\\n","é\u2028"]'
    (quad,) = ox.parse(f"<http://x/s> <http://x/p> {g.json_literal(text)} .", format=ox.RdfFormat.N_TRIPLES)
    assert quad.object.value == text


def test_graph_claim_rows_from_json_orders_like_the_join() -> None:
    def row(cid: str, doc: str) -> list[object]:
        return [cid, doc] + [None] * (len(Claim.ROW_FIELDS) - 2)

    import json

    b = json.dumps([row("b1", "b.txt"), row("b0", "b.txt")])
    a = json.dumps([row("a0", "a.txt")])
    derived = json.dumps([row("d1", "b.txt"), row("d0", "a.txt")])
    rows = g.claim_rows_from_json([b, "[]", a], [derived])
    assert [r[0] for r in rows] == ["a0", "b1", "b0", "d0", "d1"]  # position in the document, not id
    assert [r[0] for r in g.claim_rows_from_json([b, a])] == ["a0", "b1", "b0"]
    mixed = json.dumps([row("m0", "b.txt"), row("m1", "a.txt")])  # rows of two documents in one literal
    assert [r[0] for r in g.claim_rows_from_json([b, mixed])] == ["m1", "b1", "m0", "b0"]
    again = json.dumps([row("a0", "a.txt")])  # the same claim id twice: the first kept
    assert [r[0] for r in g.claim_rows_from_json([a, again, b])] == ["a0", "b1", "b0"]


def test_graph_text_nquads_and_split(corpus: tuple[Corpus, Reconciliation]) -> None:
    (doc, claims), *_ = corpus[0]
    text = g.document_text(doc, claims)
    quads = text.quads()
    assert len(quads) == len(text)
    rest, markers = text.split(g.kg("sha256"))
    assert len(markers) == 1 and len(rest) == len(text) - 1
    assert {str(q) for q in rest.quads()} | {str(q) for q in markers.quads()} == {str(q) for q in quads}


def test_graph_text_equality_and_pickling(corpus: tuple[Corpus, Reconciliation]) -> None:
    """Build workers send a document's GraphText back to the main process."""
    import pickle

    (doc, claims), (other, other_claims), *_ = corpus[0]
    text = g.document_text(doc, claims)
    assert pickle.loads(pickle.dumps(text)) == text == g.document_text(doc, claims)
    assert text != g.document_text(other, other_claims) and text != text.graphs
    empty = g.GraphText()
    empty.graphs["<http://example.org/g>"] = {}
    assert empty == g.GraphText()
