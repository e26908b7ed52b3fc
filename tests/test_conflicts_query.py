"""queries/conflicts.rq (shaped for speed) answers exactly what its plain formulation answers."""

from __future__ import annotations

import pyoxigraph as ox

from kg import graph as g
from kg.query import load_query, run_query
from kg.store import ClaimStore

RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")

# The query as first written: every pattern over the union graph, periods as two-pattern OPTIONALs.
PLAIN = """
PREFIX kg: <https://w3id.org/claimgraph/ns#>
PREFIX kgm: <https://w3id.org/claimgraph/measure/>
PREFIX kgk: <https://w3id.org/claimgraph/kind/>
PREFIX schema: <https://schema.org/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?finding ?type ?severity ?measure ?parties ?period ?claim ?figure ?value ?unit ?kind
       ?claimPeriod ?asStated ?speaker ?document ?derived ?explanation ?status
WHERE {
  ?f a kg:Conflict ; schema:identifier ?finding ; kg:findingType ?type ; kg:severity ?severity ;
     kg:measure ?m ; kg:explanation ?explanation ; kg:involves ?c .
  ?c schema:identifier ?claim ; kg:figure ?figure ; kg:unit ?unit ; kg:kind ?k .
  BIND(STRAFTER(STR(?m), STR(kgm:)) AS ?measure)
  OPTIONAL { ?f kg:partyOrder ?parties }
  OPTIONAL { ?f kg:period ?fp . ?fp rdfs:label ?period }
  OPTIONAL { ?f kg:involvesOrder ?involved }
  OPTIONAL { ?f kg:reviewStatus ?reviewed }
  BIND(COALESCE(?reviewed, "open") AS ?status)
  BIND(STRAFTER(STR(?k), STR(kgk:)) AS ?kind)
  OPTIONAL { ?c a kg:DerivedClaim . BIND(true AS ?isDerived) }
  BIND(COALESCE(?isDerived, false) AS ?derived)
  OPTIONAL { ?c kg:value ?value }
  OPTIONAL { ?c kg:period ?cp . ?cp rdfs:label ?claimPeriod }
  OPTIONAL { ?c kg:periodAsStated ?asStated }
  OPTIONAL { ?c kg:speakerName ?speaker }
  OPTIONAL { ?c kg:documentName ?document }
  BIND(STRLEN(STRBEFORE(CONCAT(" ", COALESCE(?involved, ""), " "), CONCAT(" ", ?claim, " "))) AS ?position)
}
ORDER BY DESC(?severity) ?finding ?position
"""


def _both(store: ClaimStore) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    return run_query(store, "conflicts").dicts(), store.run(PLAIN).dicts()


def test_conflicts_query_matches_the_plain_query(store: ClaimStore) -> None:
    shaped, plain = _both(store)
    assert shaped and shaped == plain
    assert list(shaped[0]) == list(plain[0])  # same columns, same order
    store.set_review("f1", "explained", "rounding")
    shaped, plain = _both(store)
    assert shaped == plain and {r["status"] for r in shaped if r["finding"] == "f1"} == {"explained"}


def test_conflicts_query_without_periods_or_with_a_derived_claim(store: ClaimStore) -> None:
    """A finding and a claim without a period get no period label (not every label of the store), and a
    claim typed kg:DerivedClaim is reported as derived."""
    backend = store.backend.store  # type: ignore[attr-defined]
    period = ox.NamedNode(g.kg("period")[1:-1])
    for quad in list(backend.quads_for_pattern(None, period, None, None)):
        if quad.graph_name == g.FINDINGS_GRAPH or len(str(quad.subject)) % 2:
            backend.remove(quad)
    shaped, plain = _both(store)
    assert shaped == plain and any(r["period"] is None for r in shaped)
    claim_id = str(shaped[0]["claim"])
    identifier = ox.NamedNode("https://schema.org/identifier")
    node = next(backend.quads_for_pattern(None, identifier, ox.Literal(claim_id), None)).subject
    backend.add(ox.Quad(node, RDF_TYPE, ox.NamedNode(g.kg("DerivedClaim")[1:-1]), g.FINDINGS_GRAPH))
    shaped, plain = _both(store)
    assert shaped == plain
    assert {r["derived"] for r in shaped if r["claim"] == claim_id} == {True}
    assert {r["derived"] for r in shaped if r["claim"] != claim_id} == {False}


def test_conflicts_query_header() -> None:
    _, header = load_query("conflicts")
    assert header.title == "Conflicts"
