"""Map documents, claims and findings to RDF quads (the shape pinned in kg/vocab.py) and read them back.

Every node has a stable IRI (no blank nodes), so rebuilding gives the same graph. A document graph
holds the document, its claims and their evidence; the findings graph holds findings and derived
claims. The party, speaker and period nodes they use are described in the shared nodes graph
(kgr:graph/nodes), which `document_quads`/`reconciliation_quads` return alongside, so the quads of
one call are self-contained. Claims carry their per-claim literals (kg.ttl explains why), so
reading back is lossless.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date
from decimal import Decimal
from functools import cache, lru_cache
from operator import itemgetter
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from babel import Locale

from kg import vocab
from kg.errors import ConfigError
from kg.models import Claim, Document, Evidence, Finding, Period, Reconciliation
from kg.periods import iso_period as period_label
from kg.resources import ONTOLOGY_DIR

XSD = "http://www.w3.org/2001/XMLSchema#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
_COUNTRY_CODE = re.compile(r"^(?:[A-Z]{2}|[0-9]{3})$")


# ---------------------------------------------------------------------------------------------
# Terms. Quads are built as N-Triples text (5x faster than pyoxigraph term objects in Python) and
# loaded in bulk by the store; `document_quads` parses the same text into pyoxigraph Quads.
# ---------------------------------------------------------------------------------------------

_BAD_IRI = re.compile(r'[\x00-\x20<>"{}|^`\\]')
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
_NEEDS_ESCAPE = re.compile(r'[\\"\x00-\x1f\x7f]')


@cache
def iri(value: str) -> ox.NamedNode:
    """A pyoxigraph NamedNode (cached: the same IRIs recur)."""
    return ox.NamedNode(str(value))


def iri_text(value: str) -> str:
    """An IRI in N-Triples syntax; ValueError if it holds characters an IRI cannot."""
    if _BAD_IRI.search(value):
        raise ValueError(f"not a valid IRI (spaces or reserved characters): {value!r}")
    return f"<{value}>"


@cache
def kg(name: str) -> str:
    """A term of our vocabulary, kg:name, in N-Triples syntax."""
    return f"<{vocab.NS}{name}>"


@cache
def _ns(prefix: str, name: str) -> str:
    """A term of a vocabulary listed in vocab.PREFIXES, e.g. _ns('schema', 'name')."""
    return f"<{vocab.PREFIXES[prefix]}{name}>"


A = f"<{RDF}type>"
LABEL = f"<{RDFS}label>"
NOTATION = _ns("skos", "notation")
IDENTIFIER = _ns("schema", "identifier")
OA_START, OA_END = _ns("oa", "start"), _ns("oa", "end")


def document_graph(doc_id: str) -> ox.NamedNode:
    """The named graph of a document."""
    return iri(vocab.doc_graph(doc_id))


FINDINGS_GRAPH = iri(vocab.GRAPH_FINDINGS)
REVIEWS_GRAPH = iri(vocab.GRAPH_REVIEWS)
ONTOLOGY_GRAPH = iri(vocab.GRAPH_ONTOLOGY)
# Shared party, speaker and period nodes. A union default graph is a bag in Oxigraph (a triple held
# by k graphs is matched k times), so each shared node is described once, here, not in every
# document graph that uses it.
NODES_GRAPH = iri(vocab.RES + "graph/nodes")


def _escape_char(match: re.Match[str]) -> str:
    """The N-Triples escape of one character."""
    char = match.group(0)
    return _ESCAPES.get(char) or f"\\u{ord(char):04X}"


def string(value: str) -> str:
    """An xsd:string literal in N-Triples syntax."""
    return '"' + _NEEDS_ESCAPE.sub(_escape_char, value) + '"'


def decimal_lexical(value: float) -> str:
    """The canonical decimal text of a float: exact digits of repr(), no exponent, no trailing zeros."""
    number = Decimal(repr(float(value)))
    if not number.is_finite():
        raise ValueError(f"{value!r} is not a finite number and cannot be an xsd:decimal")
    text = format(number.normalize(), "f")
    return "0" if text == "-0" else text


def decimal(value: float) -> str:
    """An xsd:decimal literal for a float, normalised (no exponent)."""
    return f'"{decimal_lexical(value)}"^^<{XSD}decimal>'


def integer(value: int) -> str:
    """An xsd:integer literal."""
    return f'"{int(value)}"^^<{XSD}integer>'


RDF_JSON = f"<{RDF}JSON>"


def claim_rows_json(claims: Sequence[Claim]) -> str:
    """The claims as compact JSON rows (``Claim.to_row``): the text of a kg:claimRows literal."""
    return json.dumps([c.to_row() for c in claims], separators=(",", ":"), ensure_ascii=False)


def json_literal(text: str) -> str:
    """An rdf:JSON literal in N-Triples syntax. JSON text holds no raw control characters (json.dumps
    escapes them), so only backslashes and quotes need escaping, done with two C-level replaces."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"^^' + RDF_JSON


def date_literal(value: date) -> str:
    """An xsd:date literal."""
    return f'"{value.isoformat()}"^^<{XSD}date>'


@cache
def party_label(code: str) -> str:
    """An English label for a party: the country name for an ISO 3166 code, else the code itself."""
    if _COUNTRY_CODE.match(code):
        name = Locale("en").territories.get(code)
        if name:
            return str(name)
    return code


# ---------------------------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------------------------


class GraphText:
    """Triples in N-Triples syntax by named graph: what the store loads in one batch (set semantics)."""

    def __init__(self) -> None:
        self.graphs: dict[str, dict[str, None]] = {}

    def add(self, graph: str, s: str, p: str, o: str | None) -> None:
        """Add a triple to a graph; a None object means the property is absent and nothing is added."""
        if o is not None:
            self.graphs.setdefault(graph, {})[f"{s} {p} {o}"] = None

    def merge(self, other: GraphText) -> None:
        """Add every triple of another GraphText."""
        for graph, lines in other.graphs.items():
            self.graphs.setdefault(graph, {}).update(lines)

    def __len__(self) -> int:
        return sum(len(lines) for lines in self.graphs.values())

    def __eq__(self, other: object) -> bool:
        """The same triples in the same graphs (graphs without triples do not count)."""
        if not isinstance(other, GraphText):
            return NotImplemented
        return {k: v for k, v in self.graphs.items() if v} == {k: v for k, v in other.graphs.items() if v}

    __hash__ = None  # type: ignore[assignment]  # mutable

    def nquads(self) -> bytes:
        """The triples as an N-Quads document."""
        parts: list[str] = []
        for graph, lines in self.graphs.items():
            if lines:
                end = f" {graph} .\n"
                parts += (end.join(lines), end)  # one C-level join per graph, not an f-string per line
        return "".join(parts).encode("utf-8")

    def insert_data(self) -> str:
        """The triples as a SPARQL `INSERT DATA` operation (empty text when there are none)."""
        if not self:
            return ""
        body = "\n".join(
            f"GRAPH {g} {{\n" + " .\n".join(lines) + " .\n}" for g, lines in self.graphs.items() if lines
        )
        return f"INSERT DATA {{\n{body}\n}}"

    def split(self, predicate: str) -> tuple[GraphText, GraphText]:
        """(triples without that predicate, triples with it): lets a bulk load write its markers last."""
        rest, marked = GraphText(), GraphText()
        needle = f" {predicate} "
        for graph, lines in self.graphs.items():
            kept = rest.graphs[graph] = dict(lines)
            for line in lines:  # a substring test first (in C); the exact test only on the few hits
                if needle in line and line.split(" ", 2)[1] == predicate:
                    del kept[line]
                    marked.graphs.setdefault(graph, {})[line] = None
        return rest, marked

    def quads(self) -> list[ox.Quad]:
        """The triples as pyoxigraph Quads."""
        return list(ox.parse(self.nquads(), format=ox.RdfFormat.N_QUADS))

    @classmethod
    def from_quads(cls, quads: Iterable[ox.Quad]) -> GraphText:
        """Group pyoxigraph quads by graph (named graphs only)."""
        out = cls()
        for q in quads:
            out.add(str(q.graph_name), str(q.subject), str(q.predicate), str(q.object))
        return out


class _Builder:
    """Triples being built for one named graph, with shared node triples going to the nodes graph."""

    def __init__(self, graph: ox.NamedNode) -> None:
        self.text = GraphText()
        self._own = self.text.graphs.setdefault(str(graph), {})
        self._shared = self.text.graphs.setdefault(str(NODES_GRAPH), {})

    def add(self, s: str, p: str, o: str | None) -> None:
        """Add a triple to the graph being built (nothing when the object is None)."""
        if o is not None:
            self._own[f"{s} {p} {o}"] = None

    def node(self, s: str, p: str, o: str | None) -> None:
        """Add a triple describing a shared node (party, speaker, period) to the nodes graph."""
        if o is not None:
            self._shared[f"{s} {p} {o}"] = None


def _res(path: str, key: str) -> str:
    """A resource IRI in N-Triples syntax, kgr:{path}/{key} (the scheme of kg/vocab.py, without rdflib)."""
    return iri_text(f"{vocab.RES}{path}/{key}")


def _opt_string(value: str | None) -> str | None:
    """A string literal, or None for a missing value."""
    return None if value is None else string(value)


def _opt_decimal(value: float | None) -> str | None:
    """A decimal literal, or None for a missing value."""
    return None if value is None else decimal(value)


def _joined(values: Sequence[str], what: str) -> str | None:
    """Codes or ids joined by single spaces (order kept), or None when empty."""
    if not values:
        return None
    for value in values:
        if not value or any(ch.isspace() for ch in value):
            raise ValueError(f"{what} {value!r} is empty or holds whitespace")
    return string(" ".join(values))


def _document_triples(out: _Builder, doc: Document) -> None:
    """The document node."""
    node = _res("doc", doc.id)
    out.add(node, A, kg("Document"))
    out.add(node, A, _ns("schema", "NewsArticle"))
    out.add(node, IDENTIFIER, string(doc.id))
    out.add(node, _ns("schema", "name"), string(doc.name))
    out.add(node, _ns("schema", "headline"), _opt_string(doc.title))
    out.add(node, kg("outlet"), _opt_string(doc.outlet))
    out.add(node, _ns("schema", "url"), _opt_string(doc.url))
    out.add(node, _ns("schema", "datePublished"), date_literal(doc.published) if doc.published else None)
    out.add(node, kg("publishedResolution"), _opt_string(doc.published_resolution))
    out.add(node, _ns("schema", "inLanguage"), _opt_string(doc.language))
    out.add(node, kg("sha256"), string(doc.sha256))
    out.add(node, kg("format"), string(doc.format))


def _claim_rows_triple(out: _Builder, node: str, claims: Sequence[Claim]) -> None:
    """The kg:claimRows literal: the claims as JSON rows, read back by `ClaimStore.claim_rows`."""
    out.add(node, kg("claimRows"), json_literal(claim_rows_json(claims)))


# Shared nodes recur claim after claim: their triples are built once per distinct node (cached) and
# added to the nodes graph with one dict update.


@cache
def _party_lines(code: str) -> tuple[str, dict[str, None]]:
    """The party node for a code and its triples (type, notation, label)."""
    node = _res("party", code)
    return node, _lines(
        node, [(A, kg("Party")), (NOTATION, string(code)), (LABEL, string(party_label(code)))]
    )


@cache
def _period_lines(start: date, end: date) -> tuple[str, dict[str, None]]:
    """The period node for start/end dates and its triples (types, dates, label)."""
    node = _res("period", f"{start.isoformat()}_{end.isoformat()}")
    pairs = [(A, kg("Period")), (A, _ns("time", "Interval")), (kg("start"), date_literal(start))]
    pairs += [(kg("end"), date_literal(end)), (LABEL, string(period_label(start, end)))]
    return node, _lines(node, pairs)


@lru_cache(maxsize=1 << 16)
def _speaker_lines(speaker: str, role: str | None, entity: str | None) -> tuple[str, dict[str, None]]:
    """The speaker node and its triples (label, role, entity, Person/Organization type)."""
    node = _res("speaker", vocab.slug(speaker))
    pairs: list[tuple[str, str | None]] = [(A, kg("Speaker"))]
    if (entity or "").startswith("person:"):
        pairs.append((A, _ns("schema", "Person")))
    elif (entity or "").startswith(("org:", "organization:")):
        pairs.append((A, _ns("schema", "Organization")))
    pairs += [(LABEL, string(speaker)), (kg("role"), _opt_string(role)), (kg("entity"), _opt_string(entity))]
    return node, _lines(node, pairs)


def _lines(node: str, pairs: Iterable[tuple[str, str | None]]) -> dict[str, None]:
    """Triple lines of one subject from (predicate, object) pairs; pairs with a None object are left out."""
    return {f"{node} {p} {o}": None for p, o in pairs if o is not None}


def _party_node(out: _Builder, code: str) -> str:
    """The party node for a code (with its label), returned for linking."""
    node, lines = _party_lines(code)
    out._shared.update(lines)
    return node


def _period_node(out: _Builder, period: Period) -> str:
    """The period node (start/end dates and a label), returned for linking."""
    node, lines = _period_lines(period.start, period.end)
    out._shared.update(lines)
    return node


def _speaker_node(out: _Builder, claim: Claim) -> str | None:
    """The speaker node of a claim (label, role, entity, Person/Organization type), or None."""
    if claim.speaker is None:
        return None
    node, lines = _speaker_lines(claim.speaker, claim.speaker_role, claim.speaker_id)
    out._shared.update(lines)
    return node


def _period_triples(out: _Builder, node: str, period: Period | None) -> None:
    """Link a claim or finding to its period, with the period as stated and its resolution."""
    if period is None:
        return
    out.add(node, kg("period"), _period_node(out, period))
    out.add(node, kg("periodAsStated"), string(period.as_stated))
    out.add(node, kg("periodResolution"), string(period.resolution))


def _parties_triples(out: _Builder, node: str, parties: Sequence[str]) -> None:
    """One kg:party per party plus kg:partyOrder keeping their order."""
    for code in parties:
        out.add(node, kg("party"), _party_node(out, code))
    out.add(node, kg("partyOrder"), _joined(parties, "party code"))


def _evidence_pairs(claim: Claim, node: str, source: str | None) -> list[tuple[str, str | None]]:
    """The evidence resource with its quote (sentence) and position (figure offsets) selectors, as
    (subject, rest-of-line) pairs."""
    base = node[:-1]
    evidence, quote, position = base + "/evidence>", base + "/quote>", base + "/position>"
    ev = claim.evidence
    return [
        (node, f"{_KG_EVIDENCE} {evidence}"),
        (evidence, _A_SPECIFIC),
        (evidence, f"{_HAS_SOURCE} {_res('doc', source)}" if source else None),
        (evidence, f"{_HAS_SELECTOR} {quote}"),
        (evidence, f"{_HAS_SELECTOR} {position}"),
        (quote, _A_QUOTE),
        (quote, f"{_EXACT} {string(ev.text)}"),
        (position, _A_POSITION),
        (position, f"{OA_START} {integer(ev.start)}"),
        (position, f"{OA_END} {integer(ev.end)}"),
    ]


_A_SPECIFIC = f"{A} {_ns('oa', 'SpecificResource')}"
_A_QUOTE = f"{A} {_ns('oa', 'TextQuoteSelector')}"
_A_POSITION = f"{A} {_ns('oa', 'TextPositionSelector')}"
_KG_EVIDENCE, _HAS_SOURCE = kg("evidence"), _ns("oa", "hasSource")
_HAS_SELECTOR, _EXACT = _ns("oa", "hasSelector"), _ns("oa", "exact")


def _claim_triples(out: _Builder, claim: Claim, order: int, *, doc_id: str | None) -> None:
    """Every triple of one claim (read from document doc_id, or derived when None) and the nodes it uses.

    Built as (predicate, object) pairs and added with one loop (a method call per triple was a third
    of the time); a None object means the property is absent."""
    node = _res("claim", claim.id)
    d = claim.__dict__
    period, parties, derived_from = d["period"], d["parties"], d["derived_from"]
    pairs: list[tuple[str, str | None]] = [
        (A, kg("Claim")),
        (A, kg("DerivedClaim")) if doc_id is None else (_ns("schema", "appearance"), _res("doc", doc_id)),
        (IDENTIFIER, string(d["id"])),
        (kg("documentName"), string(d["document"])),
        (kg("documentId"), string(d["document_id"]) if d["document_id"] else None),
        (_ns("schema", "datePublished"), date_literal(d["published"]) if d["published"] else None),
        (kg("outlet"), _opt_string(d["outlet"])),
        (kg("value"), _opt_decimal(d["value"])),
        (kg("low"), _opt_decimal(d["low"])),
        (kg("high"), _opt_decimal(d["high"])),
        (kg("unit"), string(d["unit"])),
        (kg("bound"), string(d["bound"])),
        (kg("figure"), string(d["figure"])),
        (kg("measure"), iri_text(vocab.MEASURE_NS + d["measure"])),
        (kg("kind"), iri_text(vocab.KIND_NS + d["kind"])),
    ]
    pairs += [(kg("party"), _party_node(out, code)) for code in parties]
    pairs.append((kg("partyOrder"), _joined(parties, "party code")))
    pairs.append((kg("exporter"), _party_node(out, d["exporter"]) if d["exporter"] else None))
    pairs.append((kg("importer"), _party_node(out, d["importer"]) if d["importer"] else None))
    if period is not None:
        pairs.append((kg("period"), _period_node(out, period)))
        pairs.append((kg("periodAsStated"), string(period.as_stated)))
        pairs.append((kg("periodResolution"), string(period.resolution)))
    pairs += [
        (_ns("prov", "wasAttributedTo"), _speaker_node(out, claim)),
        (kg("speakerName"), _opt_string(d["speaker"])),
        (kg("speakerRole"), _opt_string(d["speaker_role"])),
        (kg("speakerEntity"), _opt_string(d["speaker_id"])),
        (kg("source"), _opt_string(d["source"])),
    ]
    own = out._own
    own.update(_lines(node, pairs))
    source = doc_id if doc_id is not None else d["document_id"] or None
    own.update({f"{s} {rest}": None for s, rest in _evidence_pairs(claim, node, source) if rest is not None})
    tail: list[tuple[str, str | None]] = [
        (_ns("prov", "wasDerivedFrom"), _res("claim", source_id)) for source_id in derived_from
    ]
    tail += [
        (kg("derivedFromOrder"), _joined(derived_from, "claim id")),
        (kg("method"), _opt_string(d["method"])),
        (kg("order"), integer(order)),
    ]
    own.update(_lines(node, tail))


def _finding_triples(out: _Builder, finding: Finding, order: int) -> None:
    """Every triple of one finding and of the party/period nodes it uses (not its review status)."""
    node = _res("finding", finding.id)
    out.add(node, A, kg("Finding"))
    out.add(node, A, kg("Conflict") if finding.is_conflict else kg("Corroboration"))
    out.add(node, IDENTIFIER, string(finding.id))
    out.add(node, kg("findingType"), string(finding.type))
    out.add(node, kg("severity"), decimal(finding.severity))
    out.add(node, kg("measure"), iri_text(vocab.MEASURE_NS + finding.measure))
    _parties_triples(out, node, finding.parties)
    _period_triples(out, node, finding.period)
    for claim_id in finding.claims:
        out.add(node, kg("involves"), _res("claim", claim_id))
    out.add(node, kg("involvesOrder"), _joined(finding.claims, "claim id"))
    out.add(node, kg("explanation"), string(finding.explanation))
    out.add(node, kg("order"), integer(order))


def document_text(doc: Document, claims: Sequence[Claim]) -> GraphText:
    """A document's named graph (document, claims, evidence) plus the shared nodes its claims use."""
    out = _Builder(document_graph(doc.id))
    _document_triples(out, doc)
    _claim_rows_triple(out, _res("doc", doc.id), claims)
    for order, claim in enumerate(claims):
        _claim_triples(out, claim, order, doc_id=doc.id)
    return out.text


def reconciliation_text(rec: Reconciliation) -> GraphText:
    """The findings graph (findings, derived claims) plus the shared nodes they use."""
    out = _Builder(FINDINGS_GRAPH)
    for order, finding in enumerate(rec.findings):
        _finding_triples(out, finding, order)
    if rec.derived:
        _claim_rows_triple(out, str(FINDINGS_GRAPH), rec.derived)
    for order, claim in enumerate(rec.derived):
        _claim_triples(out, claim, order, doc_id=None)
    return out.text


def review_text(finding_id: str, status: str, note: str | None) -> GraphText:
    """The reviews-graph triples recording a reviewer's status and note for a finding."""
    out = _Builder(REVIEWS_GRAPH)
    node = _res("finding", finding_id)
    out.add(node, kg("reviewStatus"), string(status))
    out.add(node, kg("reviewNote"), _opt_string(note))
    return out.text


def document_quads(doc: Document, claims: Sequence[Claim]) -> list[ox.Quad]:
    """A document's named graph plus the shared nodes its claims use, as pyoxigraph Quads."""
    return document_text(doc, claims).quads()


def reconciliation_quads(rec: Reconciliation) -> list[ox.Quad]:
    """The findings graph plus the shared nodes it uses, as pyoxigraph Quads."""
    return reconciliation_text(rec).quads()


# ---------------------------------------------------------------------------------------------
# Ontology
# ---------------------------------------------------------------------------------------------


def ontology_files(directory: Path = ONTOLOGY_DIR) -> list[Path]:
    """Every Turtle file of the ontology, sorted by name."""
    return sorted(directory.glob("*.ttl"))


def ontology_hash(directory: Path = ONTOLOGY_DIR) -> str:
    """SHA-256 over the names and bytes of the ontology files (to tell whether the store is current)."""
    digest = hashlib.sha256()
    for path in ontology_files(directory):
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def ontology_quads(directory: Path = ONTOLOGY_DIR) -> list[ox.Quad]:
    """Every ontology/*.ttl file parsed into the ontology graph, plus the hash of the files."""
    quads: list[ox.Quad] = []
    for path in ontology_files(directory):
        try:
            triples = list(ox.parse(path=str(path), format=ox.RdfFormat.TURTLE))
        except SyntaxError as exc:
            raise ConfigError(f"malformed Turtle: {str(exc).splitlines()[0]}", path=str(path)) from exc
        except OSError as exc:
            raise ConfigError(f"cannot read ontology file: {exc}", path=str(path)) from exc
        quads += [ox.Quad(t.subject, t.predicate, t.object, ONTOLOGY_GRAPH) for t in triples]
    stamp = ox.Literal(ontology_hash(directory))
    quads.append(ox.Quad(ONTOLOGY_GRAPH, ox.NamedNode(vocab.NS + "sha256"), stamp, ONTOLOGY_GRAPH))
    return quads


# ---------------------------------------------------------------------------------------------
# Reading back
# ---------------------------------------------------------------------------------------------

SPARQL_PREFIXES = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in vocab.PREFIXES.items())

CLAIMS_QUERY = (
    SPARQL_PREFIXES
    + """
SELECT ?id ?derived ?document ?documentId ?published ?outlet ?value ?low ?high ?unit ?bound ?figure
       ?measure ?kind ?parties ?exporter ?importer ?start ?end ?asStated ?resolution ?speaker ?speakerId
       ?speakerRole ?source ?text ?evStart ?evEnd ?derivedFrom ?method ?order
WHERE {
  ?c a kg:Claim ; schema:identifier ?id ; kg:unit ?unit ; kg:bound ?bound ; kg:figure ?figure ;
     kg:measure ?measure ; kg:kind ?kind ; kg:evidence ?ev .
  BIND(EXISTS { ?c a kg:DerivedClaim } AS ?derived)
  #FILTER#
  OPTIONAL { ?c kg:documentName ?document }
  OPTIONAL { ?c kg:documentId ?documentId }
  OPTIONAL { ?c schema:datePublished ?published }
  OPTIONAL { ?c kg:outlet ?outlet }
  OPTIONAL { ?c kg:value ?value }
  OPTIONAL { ?c kg:low ?low }
  OPTIONAL { ?c kg:high ?high }
  OPTIONAL { ?c kg:partyOrder ?parties }
  OPTIONAL { ?c kg:exporter ?exporter }
  OPTIONAL { ?c kg:importer ?importer }
  OPTIONAL { ?c kg:period ?p . ?p kg:start ?start ; kg:end ?end }
  OPTIONAL { ?c kg:periodAsStated ?asStated }
  OPTIONAL { ?c kg:periodResolution ?resolution }
  OPTIONAL { ?c kg:speakerName ?speaker }
  OPTIONAL { ?c kg:speakerEntity ?speakerId }
  OPTIONAL { ?c kg:speakerRole ?speakerRole }
  OPTIONAL { ?c kg:source ?source }
  OPTIONAL { ?ev oa:hasSelector ?q . ?q a oa:TextQuoteSelector ; oa:exact ?text }
  OPTIONAL { ?ev oa:hasSelector ?pos . ?pos a oa:TextPositionSelector ; oa:start ?evStart ; oa:end ?evEnd }
  OPTIONAL { ?c kg:derivedFromOrder ?derivedFrom }
  OPTIONAL { ?c kg:method ?method }
  OPTIONAL { ?c kg:order ?order }
}
ORDER BY ?derived ?document ?order ?id
"""
)

CLAIM_ROWS = ox.NamedNode(vocab.NS + "claimRows")
CLAIM_ROWS_QUERY = SPARQL_PREFIXES + "SELECT ?g ?rows WHERE { GRAPH ?g { ?s kg:claimRows ?rows } }"
# A row (nothing more) when some claims have no kg:claimRows copy: a store written by an older version.
MISSING_CLAIM_ROWS_QUERY = (
    SPARQL_PREFIXES
    + """SELECT ?x WHERE {
  { GRAPH ?g { ?x a kg:Document FILTER NOT EXISTS { ?x kg:claimRows ?r } } }
  UNION
  { GRAPH <https://w3id.org/claimgraph/id/graph/findings> { ?x a kg:DerivedClaim }
    FILTER NOT EXISTS { GRAPH <https://w3id.org/claimgraph/id/graph/findings> {
      <https://w3id.org/claimgraph/id/graph/findings> kg:claimRows ?r } } }
} LIMIT 1"""
)

FINDINGS_QUERY = (
    SPARQL_PREFIXES
    + """
SELECT ?id ?type ?severity ?measure ?parties ?start ?end ?asStated ?resolution ?claims ?explanation
       ?status ?note ?order
WHERE {
  ?f a kg:Finding ; schema:identifier ?id ; kg:findingType ?type ; kg:severity ?severity ;
     kg:measure ?measure ; kg:explanation ?explanation .
  OPTIONAL { ?f kg:partyOrder ?parties }
  OPTIONAL { ?f kg:period ?p . ?p kg:start ?start ; kg:end ?end }
  OPTIONAL { ?f kg:periodAsStated ?asStated }
  OPTIONAL { ?f kg:periodResolution ?resolution }
  OPTIONAL { ?f kg:involvesOrder ?claims }
  OPTIONAL { GRAPH <https://w3id.org/claimgraph/id/graph/reviews> { ?f kg:reviewStatus ?status } }
  OPTIONAL { GRAPH <https://w3id.org/claimgraph/id/graph/reviews> { ?f kg:reviewNote ?note } }
  OPTIONAL { ?f kg:order ?order }
}
ORDER BY ?order ?id
"""
)


def _document_order(groups: list[list[list[Any]]]) -> list[list[Any]]:
    """Rows of kg:claimRows groups in the order of CLAIMS_QUERY: by document name, position, id.

    A group holds one document's claims in position order, so when every group is one document
    and no two share a name, sorting the groups by name is enough; otherwise every row is sorted."""
    keyed: list[tuple[str, list[list[Any]]]] = []
    names: set[str] = set()
    for rows in groups:
        if not rows:
            continue
        name = rows[0][1]
        if name in names or not all(r[1] == name for r in rows):
            break
        names.add(name)
        keyed.append((name, rows))
    else:
        keyed.sort(key=itemgetter(0))
        return [row for _, rows in keyed for row in rows]
    flat = [(r[1], i, r[0], r) for rows in groups for i, r in enumerate(rows)]
    flat.sort(key=lambda t: t[:3])
    return [t[3] for t in flat]


def claim_rows_from_json(documents: Sequence[str], derived: Sequence[str] = ()) -> list[list[Any]]:
    """Claim rows from kg:claimRows texts (one JSON parse per kind), ordered like `claims_query`:
    document claims by document name, position and id, then derived claims likewise; of rows
    sharing an id only the first is kept (as `unique_by_id` does)."""
    rows = _document_order(json.loads("[" + ",".join(documents) + "]"))
    if derived:
        rows += _document_order(json.loads("[" + ",".join(derived) + "]"))
    ids = [r[0] for r in rows]
    if len(set(ids)) == len(ids):
        return rows
    seen: set[str] = set()
    return [r for r in rows if not (r[0] in seen or seen.add(r[0]))]  # type: ignore[func-returns-value]


def claims_query(*, derived: bool = True) -> str:
    """The SELECT that reads claims back (all, or only those read from documents)."""
    filter_ = "" if derived else "FILTER(!?derived)"
    return CLAIMS_QUERY.replace("#FILTER#", filter_)


Row = Mapping[str, str | None] | Mapping[str, str]


def _split(value: str | None) -> tuple[str, ...]:
    """The items of a space-joined list literal."""
    return tuple(value.split(" ")) if value else ()


def _float(value: str | None) -> float | None:
    """A float from a decimal literal, or None."""
    return None if value is None else float(value)


def _date(value: str | None) -> date | None:
    """A date from an xsd:date literal, or None."""
    return None if value is None else date.fromisoformat(value)


def _local(value: str | None, namespace: str) -> str | None:
    """The part of an IRI after a namespace (measure, kind, party code), or None."""
    if value is None:
        return None
    return value[len(namespace) :] if value.startswith(namespace) else value


def _period(row: Row) -> Period | None:
    """The period of a claim or finding row, or None."""
    start, end = _date(row.get("start")), _date(row.get("end"))
    if start is None or end is None:
        return None
    return Period(
        start=start,
        end=end,
        as_stated=row.get("asStated") or "",
        resolution=row.get("resolution") or "explicit",  # type: ignore[arg-type]
    )


def claim_from_row(row: Row) -> Claim:
    """Rebuild a Claim from a row of CLAIMS_QUERY (lexical values)."""
    party_ns = vocab.RES + "party/"
    return Claim(
        id=row["id"] or "",
        document=row.get("document") or "",
        value=_float(row.get("value")),
        unit=row["unit"] or "",
        bound=row["bound"],  # type: ignore[arg-type]
        low=_float(row.get("low")),
        high=_float(row.get("high")),
        figure=row["figure"] or "",
        measure=_local(row["measure"], vocab.MEASURE_NS) or "",
        parties=_split(row.get("parties")),
        kind=_local(row["kind"], vocab.KIND_NS),  # type: ignore[arg-type]
        period=_period(row),
        speaker=row.get("speaker"),
        source=row.get("source"),
        evidence=Evidence(
            text=row.get("text") or "", start=int(row.get("evStart") or 0), end=int(row.get("evEnd") or 0)
        ),
        derived_from=_split(row.get("derivedFrom")),
        document_id=row.get("documentId") or "",
        published=_date(row.get("published")),
        outlet=row.get("outlet"),
        speaker_id=row.get("speakerId"),
        speaker_role=row.get("speakerRole"),
        exporter=_local(row.get("exporter"), party_ns),
        importer=_local(row.get("importer"), party_ns),
        method=row.get("method"),
    )


def finding_from_row(row: Row) -> Finding:
    """Rebuild a Finding (with its review status and note) from a row of FINDINGS_QUERY."""
    return Finding(
        id=row["id"] or "",
        type=row["type"],  # type: ignore[arg-type]
        severity=float(row["severity"] or 0),
        measure=_local(row["measure"], vocab.MEASURE_NS) or "",
        parties=_split(row.get("parties")),
        period=_period(row),
        claims=_split(row.get("claims")),
        explanation=row["explanation"] or "",
        status=row.get("status") or "open",  # type: ignore[arg-type]
        note=row.get("note"),
    )


def unique_by_id(rows: Iterable[Row]) -> Iterator[Row]:
    """Rows with a new id only (a node merged from two graphs may yield duplicate rows)."""
    seen: set[str | None] = set()
    for row in rows:
        if row.get("id") not in seen:
            seen.add(row.get("id"))
            yield row
