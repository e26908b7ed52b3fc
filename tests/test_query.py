"""Query files: headers, the read-only check, parameter binding, and result formats."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from kg.errors import QueryError
from kg.query import (
    XSD,
    QueryResult,
    Term,
    bind_values,
    check_query,
    format_result,
    list_queries,
    load_query,
    page_query,
    parse_header,
    run_query,
)
from kg.store import ClaimStore

PREFIX = "PREFIX kg: <https://w3id.org/claimgraph/ns#>\n"


@pytest.mark.parametrize(
    "update",
    [
        "INSERT DATA { <http://a> <http://b> <http://c> }",
        "DELETE WHERE { ?s ?p ?o }",
        "delete data { <http://a> <http://b> 'x' }",
        "LOAD <http://example.org/x.ttl>",
        "CLEAR ALL",
        "DROP GRAPH <http://g>",
        "CREATE GRAPH <http://g>",
        "ADD <http://a> TO <http://b>",
        "MOVE DEFAULT TO <http://b>",
        "COPY DEFAULT TO <http://b>",
        "WITH <http://g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
        "SELECT * WHERE { ?s ?p ?o } ; DROP ALL",
    ],
)
def test_query_check_refuses_updates(update: str) -> None:
    with pytest.raises(QueryError, match="not allowed"):
        check_query(update)


def test_query_check_refuses_service() -> None:
    with pytest.raises(QueryError, match="SERVICE"):
        check_query("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")
    with pytest.raises(QueryError, match="SERVICE"):
        check_query("SELECT * WHERE { service silent <http://example.org/sparql> { ?s ?p ?o } }")


@pytest.mark.parametrize(
    "query",
    [
        'SELECT ?s WHERE { ?s ?p "please delete this; DROP ALL" }',
        "SELECT ?s WHERE { ?s ?p '''insert\nservice''' }",
        PREFIX + "SELECT ?delete WHERE { ?delete kg:drop ?insert }",
        "SELECT ?s WHERE { ?s <http://example.org/service/load> ?o } # DELETE everything",
        "ASK { }",
        "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }",
        "DESCRIBE <http://example.org/x>",
    ],
)
def test_query_check_accepts_words_in_literals_iris_and_names(query: str) -> None:
    check_query(query)


def test_query_check_reports_syntax_errors() -> None:
    with pytest.raises(QueryError, match="syntax error"):
        check_query("SELECT ?x WHERE { ?x }")


def test_query_header_parsing() -> None:
    header = parse_header(
        "# title: Demo\n# description: First line\n#   second line.\n"
        "# params: ?speaker (xsd:string, optional) part of a name; example: Putin\n"
        "# params: ?start (xsd:date) first day, e.g. 2021-01-01\nSELECT * {}\n# title: not header",
        name="demo",
    )
    assert header.title == "Demo"
    assert header.description == "First line second line."
    speaker, start = header.params
    assert (speaker.name, speaker.datatype, speaker.optional, speaker.example) == (
        "speaker",
        "xsd:string",
        True,
        "Putin",
    )
    assert speaker.description == "part of a name"
    assert (start.name, start.datatype, start.optional, start.example) == (
        "start",
        "xsd:date",
        False,
        "2021-01-01",
    )
    assert parse_header("# params: none\nASK {}").params == ()
    with pytest.raises(QueryError, match="unknown type"):
        parse_header("# params: ?x (xsd:bogus)\nASK {}")


def test_query_load_and_list() -> None:
    text, header = load_query("conflicts")
    assert "kg:Conflict" in text and header.title == "Conflicts"
    assert load_query("conflicts.rq")[1].name == "conflicts"
    names = {h.name for h in list_queries()}
    assert {"conflicts", "corroborations", "claims", "documents", "stats", "claims-by-speaker"} <= names
    with pytest.raises(QueryError, match="no query"):
        load_query("no-such-query")


def test_query_load_from_a_file(tmp_path: Path) -> None:
    path = tmp_path / "mine.rq"
    path.write_text("# title: Mine\nASK { }\n", encoding="utf-8")
    assert load_query(str(path))[1].title == "Mine"


def test_query_bind_values_goes_into_the_where_group() -> None:
    import pyoxigraph as ox

    sparql = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"
    bound = bind_values(sparql, {"o": ox.Literal("x")})
    assert bound.startswith('CONSTRUCT { ?s ?p ?o } WHERE {\n  VALUES (?o) { ("x") }')
    select = bind_values('SELECT (EXISTS { ?a ?b "{" } AS ?e) { ?s ?p ?o }', {"s": ox.NamedNode("http://a")})
    assert select.endswith("AS ?e) {\n  VALUES (?s) { (<http://a>) }\n ?s ?p ?o }")


def test_query_page_query_sets_the_one_limit_and_offset() -> None:
    sparql = (
        "# a comment naming LIMIT 5 OFFSET 5 is left alone\n"
        'SELECT ?s WHERE { { SELECT ?s WHERE { ?s ?p "LIMIT 7 OFFSET 7" } ORDER BY ?s\n  limit 100  offset 0 } }\n'
        "ORDER BY ?s"
    )
    paged = page_query(sparql, 20, 40)
    assert paged == sparql.replace("limit 100  offset 0", "LIMIT 20 OFFSET 40")
    assert page_query(sparql, None, 3) == sparql.replace("limit 100  offset 0", "OFFSET 3")
    check_query(paged)
    for text, _ in (load_query("conflicts-page"), load_query("findings-page")):
        check_query(page_query(text, 1, 10**9))


def test_query_page_query_puts_values_in_the_page_group(store: ClaimStore) -> None:
    import pyoxigraph as ox

    sparql = (
        PREFIX + "SELECT ?s ?n WHERE { { SELECT ?s ?n WHERE { ?s kg:severity ?n } ORDER BY DESC(?n) ?s "
        "LIMIT 100 OFFSET 0 } ?s a kg:Finding }"
    )
    decimal = ox.NamedNode(XSD + "decimal")
    band = [ox.Literal("0.8", datatype=decimal), ox.Literal("0.1", datatype=decimal)]
    paged = page_query(sparql, 5, 0, {"n": band})
    assert '{ SELECT ?s ?n WHERE {\n  VALUES ?n { "0.8"^^<' in paged
    assert paged.endswith("?s kg:severity ?n } ORDER BY DESC(?n) ?s LIMIT 5 OFFSET 0 } ?s a kg:Finding }")
    assert [r["n"] for r in store.run(paged).dicts()] == [0.8, 0.1]
    assert store.run(page_query(sparql, 5, 0, {"n": []})).dicts() == []  # no severity: no page
    assert store.run(page_query(sparql, 5, 1, {"n": band[:1]})).dicts() == []


@pytest.mark.parametrize(
    ("sparql", "limit", "offset", "message"),
    [
        ("SELECT * WHERE { ?s ?p ?o }", 1, 0, "found 0"),
        ("SELECT * WHERE { ?s ?p ?o } LIMIT 3", 1, 0, "found 0"),
        ("SELECT * { { SELECT * { ?s ?p ?o } LIMIT 1 OFFSET 0 } } LIMIT 1 OFFSET 0", 1, 0, "found 2"),
        ("SELECT * WHERE { ?s ?p ?o } LIMIT 1 OFFSET 0", -1, 0, "0 or more"),
        ("SELECT * WHERE { ?s ?p ?o } LIMIT 1 OFFSET 0", 1, -5, "0 or more"),
    ],
)
def test_query_page_query_errors(sparql: str, limit: int, offset: int, message: str) -> None:
    with pytest.raises(QueryError, match=message):
        page_query(sparql, limit, offset)


def test_query_params_cannot_inject_syntax(store: ClaimStore) -> None:
    hostile = '") } ; DROP ALL ; SELECT * { ("'
    rows = run_query(store, "claims-by-speaker", {"speaker": hostile}).rows
    assert rows == []
    assert store.counts()["claims"] == 7


def test_query_param_errors(store: ClaimStore) -> None:
    with pytest.raises(QueryError, match="no parameter"):
        run_query(store, "claims-by-speaker", {"who": "x"})
    with pytest.raises(QueryError, match="not a valid xsd:date"):
        run_query(store, "figures-for-period", {"start": "last year"})


def test_query_required_param_is_enforced(store: ClaimStore, tmp_path: Path) -> None:
    path = tmp_path / "need.rq"
    path.write_text(
        "# title: Need\n# params: ?figure (xsd:string) a figure; example: $200 billion\n"
        + PREFIX
        + "SELECT ?c WHERE { ?c kg:figure ?figure }\n",
        encoding="utf-8",
    )
    with pytest.raises(QueryError, match=r"needs parameter \?figure"):
        run_query(store, str(path), {})
    assert len(run_query(store, str(path), {"figure": "$200 billion"}).rows) == 2


def _result() -> QueryResult:
    return QueryResult(
        "select",
        ["s", "n", "label"],
        [
            [
                Term("uri", "http://a"),
                Term("literal", "2", XSD + "integer"),
                Term("literal", 'say "hi"\tnow'),
            ],
            [Term("bnode", "b0"), None, Term("literal", "Moskva", lang="ru")],
        ],
    )


def test_query_format_json_is_sparql_results() -> None:
    data = json.loads(format_result(_result(), "json"))
    assert data["head"]["vars"] == ["s", "n", "label"]
    first, second = data["results"]["bindings"]
    assert first["s"] == {"type": "uri", "value": "http://a"}
    assert first["n"] == {"type": "literal", "value": "2", "datatype": XSD + "integer"}
    assert first["label"] == {"type": "literal", "value": 'say "hi"\tnow'}
    assert "n" not in second and second["label"]["xml:lang"] == "ru"
    ask = json.loads(format_result(QueryResult("ask", boolean=True), "json"))
    assert ask == {"head": {}, "boolean": True}


def test_query_format_csv_and_tsv() -> None:
    text = format_result(_result(), "csv")
    assert text.split("\r\n")[0] == "s,n,label"
    assert list(csv.reader(io.StringIO(text)))[1] == ["http://a", "2", 'say "hi"\tnow']
    tsv = format_result(_result(), "tsv").splitlines()
    assert tsv[0] == "?s\t?n\t?label"
    assert tsv[1] == '<http://a>\t"2"^^<http://www.w3.org/2001/XMLSchema#integer>\t"say \\"hi\\"\\tnow"'
    assert tsv[2] == '_:b0\t\t"Moskva"@ru'


def test_query_format_table_and_construct() -> None:
    table = format_result(_result(), "table").splitlines()
    assert table[0].split() == ["s", "n", "label"]
    assert table[-1] == "(2 rows)"
    triples = QueryResult(
        "construct", triples=[(Term("uri", "http://a"), Term("uri", "http://p"), Term("literal", "x"))]
    )
    assert format_result(triples, "csv").split("\r\n")[:2] == [
        "subject,predicate,object",
        "http://a,http://p,x",
    ]
    assert format_result(QueryResult("ask", boolean=False), "table") == "false\n"
    with pytest.raises(QueryError, match="unknown result format"):
        format_result(_result(), "xml")


def test_query_rows_are_python_values(store: ClaimStore) -> None:
    result = store.run(PREFIX + "SELECT ?v ?o WHERE { ?c kg:value ?v ; kg:order ?o } ORDER BY ?v LIMIT 1")
    assert result.rows == [[25.0, 2]]
    assert result.dicts() == [{"v": 25.0, "o": 2}]
    assert result.lexical() == [{"v": "25", "o": "2"}]
