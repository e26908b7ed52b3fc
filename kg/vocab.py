"""IRIs of the claimgraph graph: our vocabulary (declared in ontology/kg.ttl) and the resource scheme.

The shape of the graph (every store, every query in queries/ relies on it):

    kgr:doc/{doc_id}            a kg:Document, schema:NewsArticle
        schema:name "file.txt"; schema:headline; kg:outlet; schema:url; schema:datePublished xsd:date;
        kg:publishedResolution "explicit"|"inferred"; schema:inLanguage "en-CA" (if declared); kg:sha256; kg:format
        kg:claimRows "[[...],...]"^^rdf:JSON         (the document's claims as rows, see below)
    kgr:claim/{claim_id}        a kg:Claim (+ kg:DerivedClaim when derived)
        schema:appearance kgr:doc/{doc_id}           (absent for derived claims)
        kg:value xsd:decimal; kg:low; kg:high; kg:unit "USD"; kg:bound "exact"; kg:figure "US$64.5 billion"
        kg:measure kgm:{measure}; kg:kind kgk:{kind}; kg:party kgr:party/{CODE} (one per party)
        kg:exporter / kg:importer kgr:party/{CODE}   (directional measures only)
        kg:period kgr:period/{start}_{end}; kg:periodAsStated "..."; kg:periodResolution "explicit"
        prov:wasAttributedTo kgr:speaker/{slug}      (speaker, if any)
        kg:source "customs data"                     (cited data source, if any)
        kg:evidence kgr:claim/{claim_id}/evidence
        prov:wasDerivedFrom kgr:claim/{other}; kg:method "..."   (derived claims)
        kg:order xsd:integer                         (position in the document)
        schema:identifier; kg:documentName; kg:documentId; schema:datePublished; kg:outlet;
        kg:speakerName; kg:speakerRole; kg:speakerEntity; kg:partyOrder; kg:derivedFromOrder
                                                     (per-claim copies, so a claim reads back losslessly)
    kgr:claim/{id}/evidence     a oa:SpecificResource; oa:hasSource kgr:doc/{doc_id};
        oa:hasSelector kgr:claim/{id}/quote (a oa:TextQuoteSelector; oa:exact sentence),
                       kgr:claim/{id}/position (a oa:TextPositionSelector; oa:start; oa:end)
    kgr:period/{start}_{end}    a kg:Period, time:Interval; kg:start xsd:date; kg:end xsd:date; rdfs:label
    kgr:party/{CODE}            a kg:Party; skos:notation "BR"; rdfs:label "Brazil"
    kgr:speaker/{slug}          a kg:Speaker (+ schema:Person | schema:Organization); rdfs:label; kg:role
    kgr:finding/{finding_id}    a kg:Finding (+ kg:Conflict | kg:Corroboration)
        kg:findingType "value_mismatch"; kg:severity xsd:decimal; kg:measure; kg:party; kg:period;
        kg:involves kgr:claim/{id} (one per claim); kg:involvesOrder; kg:explanation "..."
    review graph:  kgr:finding/{id} kg:reviewStatus "open"; kg:reviewNote "..."
    kgr:graph/findings          kg:claimRows "[[...],...]"^^rdf:JSON   (the derived claims, when there are any)

Claim rows: a compact copy of the claims of a graph for fast column reads, written from the same
claims as the claim triples: one rdf:JSON literal, a JSON array holding one `Claim.to_row()` per
claim (fields in `Claim.ROW_FIELDS` order) in document order, serialized with
`json.dumps(rows, separators=(",", ":"), ensure_ascii=False)`. `ClaimStore.claim_rows()` and
`claims()` read these; the claim triples stay for SPARQL.

Named graphs: kgr:graph/doc/{doc_id} (one per document), kgr:graph/nodes (party, speaker and period
nodes, shared, stored once: a union-graph query sees a triple once per graph holding it),
kgr:graph/findings (findings and derived claims), kgr:graph/reviews (review status, kept across
rebuilds), kgr:graph/ontology.
"""

from __future__ import annotations

import re

from rdflib import Namespace, URIRef

NS = "https://w3id.org/claimgraph/ns#"
RES = "https://w3id.org/claimgraph/id/"
MEASURE_NS = "https://w3id.org/claimgraph/measure/"
KIND_NS = "https://w3id.org/claimgraph/kind/"

KG = Namespace(NS)
KGR = Namespace(RES)
KGM = Namespace(MEASURE_NS)
KGK = Namespace(KIND_NS)
SCHEMA = Namespace("https://schema.org/")
PROV = Namespace("http://www.w3.org/ns/prov#")
OA = Namespace("http://www.w3.org/ns/oa#")
TIME = Namespace("http://www.w3.org/2006/time#")
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")

PREFIXES: dict[str, str] = {
    "kg": NS,
    "kgr": RES,
    "kgm": MEASURE_NS,
    "kgk": KIND_NS,
    "schema": str(SCHEMA),
    "prov": str(PROV),
    "oa": str(OA),
    "time": str(TIME),
    "skos": str(SKOS),
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "sh": "http://www.w3.org/ns/shacl#",
    "dcterms": "http://purl.org/dc/terms/",
}

GRAPH_FINDINGS = URIRef(RES + "graph/findings")
GRAPH_REVIEWS = URIRef(RES + "graph/reviews")
GRAPH_ONTOLOGY = URIRef(RES + "graph/ontology")

_SLUG = re.compile(r"[^a-z0-9]+")


def slug(text: str) -> str:
    """A stable IRI-safe key: lower case, runs of other characters as '-'."""
    return _SLUG.sub("-", text.lower()).strip("-") or "x"


def doc_graph(doc_id: str) -> URIRef:
    return URIRef(f"{RES}graph/doc/{doc_id}")


def doc_iri(doc_id: str) -> URIRef:
    return URIRef(f"{RES}doc/{doc_id}")


def claim_iri(claim_id: str) -> URIRef:
    return URIRef(f"{RES}claim/{claim_id}")


def finding_iri(finding_id: str) -> URIRef:
    return URIRef(f"{RES}finding/{finding_id}")


def party_iri(code: str) -> URIRef:
    return URIRef(f"{RES}party/{code}")


def speaker_iri(label: str) -> URIRef:
    return URIRef(f"{RES}speaker/{slug(label)}")


def period_iri(start: str, end: str) -> URIRef:
    return URIRef(f"{RES}period/{start}_{end}")


def measure_iri(measure: str) -> URIRef:
    return URIRef(MEASURE_NS + measure)


def kind_iri(kind: str) -> URIRef:
    return URIRef(KIND_NS + kind)
