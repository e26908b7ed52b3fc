"""queries/conflicts.rq (shaped for speed) answers exactly what its plain formulation answers; its paged forms
(conflicts-page.rq, findings-page.rq) answer slices of the full listing."""

from __future__ import annotations

from collections.abc import Iterator

import pyoxigraph as ox
import pytest
from conftest import Corpus, ModelFactory

import kg.store
from kg import graph as g
from kg.models import Reconciliation
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


# ---------------------------------------------------------------------------------------------
# The paged listing (queries/conflicts-page.rq, queries/findings-page.rq)
# ---------------------------------------------------------------------------------------------

# Severities with ties (so the order needs the identifier too), ids not in insertion order, one
# corroboration among them (never on a conflict page) and one finding without a period.
TIED = (
    ("f-k", 0.5, "value_mismatch"),
    ("f-c", 0.8, "target_mismatch"),
    ("f-a", 0.5, "value_mismatch"),
    ("f-z", 0.5, "corroboration"),
    ("f-m", 0.2, "forecast_divergence"),
    ("f-b", 0.8, "value_mismatch"),
    ("f-q", 0.5, "period_mismatch"),
    ("f-d", 0.35, "growth_inconsistency"),
    ("f-e", 0.5, "value_mismatch"),
)


@pytest.fixture
def tied(factory: ModelFactory, corpus: tuple[Corpus, Reconciliation]) -> Iterator[ClaimStore]:
    """The corpus with nine findings of tied severities (two to three claims each) and one review."""
    docs, rec = corpus
    claims = [c for _, group in docs for c in group]
    findings = []
    for n, (fid, severity, kind) in enumerate(TIED):
        involved = [claims[(n + k) % len(claims)] for k in range(2 + n % 2)]
        extra = {"period": None} if fid == "f-m" else {}
        findings.append(factory.finding(fid, involved, type=kind, severity=severity, **extra))
    store = ClaimStore.open(None)
    store.put_documents(docs)
    store.put_reconciliation(Reconciliation(findings=tuple(findings), derived=rec.derived))
    store.set_review("f-a", "explained", "a rounding difference")
    yield store
    store.close()


def _finding_order(rows: list[dict[str, object]]) -> list[object]:
    """The findings of listing rows, in order of first appearance."""
    return list(dict.fromkeys(r["finding"] for r in rows))


@pytest.fixture(params=[5_000, 3, 0], ids=["top-band", "small-band", "counted"])
def top_band(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> int:
    """Each way a page is found: among the top severities' findings, falling back to counting the conflicts
    by severity when the band is too small or holds too few conflicts, or by that count alone."""
    monkeypatch.setattr(kg.store, "TOP_BAND", request.param)
    return int(request.param)


def test_conflict_pages_are_slices_of_the_full_listing(tied: ClaimStore, top_band: int) -> None:
    full = run_query(tied, "conflicts").dicts()
    order = _finding_order(full)
    assert order == ["f-b", "f-c", "f-a", "f-e", "f-k", "f-q", "f-d", "f-m"]  # severity, then id
    for limit, offset in ((1, 0), (2, 0), (3, 1), (4, 5), (100, 0), (2, 7), (None, 3), (0, 2)):
        page = tied.conflict_page(limit, offset).dicts()
        wanted = set(order[offset : None if limit is None else offset + limit])
        assert page == [r for r in full if r["finding"] in wanted], (limit, offset)
    assert list(tied.conflict_page(2, 0).dicts()[0]) == list(full[0])  # same columns, same order
    assert run_query(tied, "conflicts-page").dicts() == full  # the default page: the first 100


def test_a_page_among_the_most_severe_is_found_without_counting_every_conflict(
    tied: ClaimStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    counted: list[str] = []
    original = ClaimStore._severity_counts

    def spy(store: ClaimStore, name: str) -> list[tuple[ox.Literal, int]]:
        counted.append(name)
        return original(store, name)

    monkeypatch.setattr(ClaimStore, "_severity_counts", spy)
    assert len(tied.findings_page(2, 0)[0]) == 2  # the two findings of 0.8: the band is that severity
    assert counted == ["finding-severities"]
    counted.clear()
    page = [f.id for f in tied.findings_page(3, 4)[0]]  # 0.8 and 0.5 hold 6 conflicts: f-d is below them
    assert page == ["f-k", "f-q", "f-d"]
    assert counted == ["finding-severities", "conflict-severities"]
    counted.clear()
    monkeypatch.setattr(kg.store, "TOP_BAND", 1)
    assert [f.id for f in tied.findings_page(1, 0)[0]] == ["f-b"]
    assert counted == ["finding-severities", "conflict-severities"]  # 0.8 holds 2 findings, more than 1
    counted.clear()
    assert [f.id for f in tied.findings_page(1, 1)[0]] == ["f-c"]
    assert counted == ["conflict-severities"]  # a page ending past TOP_BAND: counted at once
    counted.clear()
    assert len(tied.findings_page(3, 0, corroborations=True)[0]) == 3
    assert counted == ["finding-severities"]  # every finding: counted by the one scan


def test_conflict_page_past_the_end_is_empty(tied: ClaimStore, top_band: int) -> None:
    assert tied.conflict_page(10, 8).dicts() == []
    assert tied.conflict_page(None, 100).dicts() == []
    assert tied.findings_page(10, 8) == ([], 8)


def test_findings_pages_are_slices_of_the_sorted_findings(tied: ClaimStore, top_band: int) -> None:
    every = sorted(tied.findings(), key=lambda f: (-f.severity, f.id))
    conflicts = [f for f in every if f.is_conflict]
    for limit, offset in ((1, 0), (3, 2), (100, 0), (None, 4), (5, 6)):
        end = None if limit is None else offset + limit
        assert tied.findings_page(limit, offset) == (conflicts[offset:end], len(conflicts))
        assert tied.findings_page(limit, offset, corroborations=True) == (every[offset:end], len(every))
    page, _ = tied.findings_page(3)
    assert (page[2].id, page[2].status, page[2].note) == ("f-a", "explained", "a rounding difference")
    assert next(f for f in conflicts if f.id == "f-m").period is None


def test_paged_query_headers() -> None:
    for name in ("conflicts-page", "findings-page"):
        text, header = load_query(name)
        assert header.title and "LIMIT 100 OFFSET 0" in text
