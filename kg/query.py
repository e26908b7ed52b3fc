"""SPARQL files in queries/: load, check (read-only, no SERVICE), bind parameters, run and format.

A query file starts with a header of `#` comments:

    # title: Claims by speaker
    # description: Claims attributed to a speaker, with figure, measure, period and document.
    # params: ?speaker (xsd:string, optional) part of the speaker's name; example: Goyal

One `# params:` line per parameter: `?name (TYPE[, optional]) description; example: VALUE`, TYPE one of
xsd:string (default), xsd:date, xsd:integer, xsd:decimal, iri. Parameters are bound with a `VALUES`
block placed at the start of the query's WHERE group, holding RDF terms serialized by pyoxigraph (so
user text is always an escaped literal, never query syntax); an unbound optional parameter leaves
the variable unbound, so queries test it with `COALESCE(<test>, true)`.
"""

from __future__ import annotations

import csv
import io
import json
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import pyoxigraph as ox

from kg.errors import QueryError
from kg.resources import QUERIES_DIR, query_file

if TYPE_CHECKING:
    from kg.store import ClaimStore

XSD = "http://www.w3.org/2001/XMLSchema#"
RDF_LANGSTRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
_INTEGER_TYPES = frozenset(
    XSD + t
    for t in (
        "integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger",
        "nonPositiveInteger", "negativeInteger", "unsignedInt", "unsignedLong", "unsignedShort", "unsignedByte",
    )
)  # fmt: skip
_FLOAT_TYPES = frozenset(XSD + t for t in ("decimal", "double", "float"))
_UPDATE_WORDS = frozenset(
    ("INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH")
)  # fmt: skip
_IRIREF = re.compile(r"<[^<>\"{}|^`\\\x00-\x20]*>")
_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_\-]*")
_PNAME_REST = re.compile(r"[^\s{}()\[\],;<>\"'#=!&|+*/^]*")

Format = Literal["table", "csv", "tsv", "json"]
FORMATS: tuple[str, ...] = ("table", "csv", "tsv", "json")
PARAM_TYPES: tuple[str, ...] = ("xsd:string", "xsd:date", "xsd:integer", "xsd:decimal", "iri")


# ---------------------------------------------------------------------------------------------
# Results
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Term:
    """One RDF term of a result, independent of the backend that produced it."""

    kind: Literal["uri", "literal", "bnode", "triple"]
    value: str
    datatype: str | None = None
    lang: str | None = None

    def python(self) -> Any:
        """The term as a plain Python value: int, float, bool or str (IRIs and dates as strings)."""
        if self.kind == "bnode":
            return f"_:{self.value}"
        if self.kind != "literal" or self.datatype is None:
            return self.value
        try:
            if self.datatype in _INTEGER_TYPES:
                return int(self.value)
            if self.datatype in _FLOAT_TYPES:
                return float(self.value)
        except ValueError:
            return self.value
        if self.datatype == XSD + "boolean":
            return self.value in ("true", "1")
        return self.value

    def ntriples(self) -> str:
        """The term in N-Triples/Turtle syntax (used by the TSV format)."""
        if self.kind == "uri":
            return f"<{self.value}>"
        if self.kind == "bnode":
            return f"_:{self.value}"
        if self.kind == "triple":
            return self.value
        text = '"' + _escape(self.value) + '"'
        if self.lang:
            return f"{text}@{self.lang}"
        if self.datatype and self.datatype != XSD + "string":
            return f"{text}^^<{self.datatype}>"
        return text

    def sparql_json(self) -> dict[str, str]:
        """The term as a SPARQL 1.1 JSON results binding."""
        if self.kind == "uri":
            return {"type": "uri", "value": self.value}
        if self.kind == "bnode":
            return {"type": "bnode", "value": self.value}
        if self.kind == "triple":
            return {"type": "literal", "value": self.value}
        out = {"type": "literal", "value": self.value}
        if self.lang:
            out["xml:lang"] = self.lang
        elif self.datatype and self.datatype != XSD + "string":
            out["datatype"] = self.datatype
        return out


def _escape(text: str) -> str:
    """Escape a string for a double-quoted N-Triples literal."""
    return (
        text.replace("\\", "\\\\")
        .replace('"', '\\"')
        .replace("\n", "\\n")
        .replace("\r", "\\r")
        .replace("\t", "\\t")
    )


@dataclass(frozen=True)
class QueryResult:
    """The answer to a SELECT, ASK or CONSTRUCT/DESCRIBE query."""

    kind: Literal["select", "ask", "construct"]
    variables: list[str] = field(default_factory=list)
    terms: list[list[Term | None]] = field(default_factory=list)
    boolean: bool | None = None
    triples: list[tuple[Term, Term, Term]] = field(default_factory=list)

    @property
    def rows(self) -> list[list[Any]]:
        """Rows of plain Python values (None for unbound); for CONSTRUCT, subject/predicate/object rows."""
        return [[t.python() if t is not None else None for t in row] for row in self.table_terms()[1]]

    def table_terms(self) -> tuple[list[str], list[list[Term | None]]]:
        """Column names and term rows; CONSTRUCT triples become subject/predicate/object columns."""
        if self.kind == "construct":
            return ["subject", "predicate", "object"], [list(t) for t in self.triples]
        if self.kind == "ask":
            return ["boolean"], [[Term("literal", "true" if self.boolean else "false", XSD + "boolean")]]
        return self.variables, self.terms

    def dicts(self) -> list[dict[str, Any]]:
        """Rows as dicts of variable name to Python value (None for unbound)."""
        names, _ = self.table_terms()
        return [dict(zip(names, row, strict=True)) for row in self.rows]

    def lexical(self) -> list[dict[str, str | None]]:
        """Rows as dicts of variable name to the lexical value (IRI or literal text) or None."""
        names, rows = self.table_terms()
        return [
            {n: (t.value if t is not None else None) for n, t in zip(names, row, strict=True)} for row in rows
        ]


def term_from_oxigraph(term: Any) -> Term | None:
    """Convert a pyoxigraph term (or None) to a Term."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return Term("uri", term.value)
    if isinstance(term, ox.BlankNode):
        return Term("bnode", term.value)
    if isinstance(term, ox.Literal):
        lang = term.language
        return Term("literal", term.value, None if lang else term.datatype.value, lang)
    return Term("triple", str(term))


def result_from_oxigraph(answer: Any) -> QueryResult:
    """Convert what `pyoxigraph.Store.query` returns into a QueryResult."""
    if isinstance(answer, ox.QueryBoolean):
        return QueryResult("ask", boolean=bool(answer))
    if isinstance(answer, ox.QuerySolutions):
        names = [v.value for v in answer.variables]
        rows = [[term_from_oxigraph(sol[i]) for i in range(len(names))] for sol in answer]
        return QueryResult("select", names, rows)
    triples = [_triple_terms(t) for t in answer]
    return QueryResult("construct", triples=triples)


def _triple_terms(triple: Any) -> tuple[Term, Term, Term]:
    """The three terms of a pyoxigraph Triple."""
    s, p, o = (term_from_oxigraph(x) for x in (triple.subject, triple.predicate, triple.object))
    assert s is not None and p is not None and o is not None
    return s, p, o


def term_from_json(binding: dict[str, str]) -> Term:
    """Convert one SPARQL 1.1 JSON results binding to a Term."""
    kind = binding.get("type", "literal")
    if kind in ("uri", "bnode"):
        return Term(kind, binding["value"])  # type: ignore[arg-type]
    if kind == "triple":
        return Term("triple", json.dumps(binding["value"]))
    lang = binding.get("xml:lang")
    datatype = None if lang else binding.get("datatype", XSD + "string")
    return Term("literal", binding["value"], datatype, lang)


def result_from_json(data: dict[str, Any]) -> QueryResult:
    """Convert a SPARQL 1.1 JSON results document to a QueryResult."""
    if "boolean" in data:
        return QueryResult("ask", boolean=bool(data["boolean"]))
    names = list(data.get("head", {}).get("vars", []))
    rows = [
        [term_from_json(b[n]) if n in b else None for n in names]
        for b in data.get("results", {}).get("bindings", [])
    ]
    return QueryResult("select", names, rows)


def result_from_ntriples(data: bytes) -> QueryResult:
    """Convert an N-Triples CONSTRUCT answer to a QueryResult."""
    triples = [_triple_terms(t) for t in ox.parse(data, format=ox.RdfFormat.N_TRIPLES)]
    return QueryResult("construct", triples=triples)


# ---------------------------------------------------------------------------------------------
# Formatting
# ---------------------------------------------------------------------------------------------


def format_result(result: QueryResult, fmt: str = "table") -> str:
    """Render a result as a plain text table, or in the W3C CSV, TSV or JSON results formats."""
    if fmt == "json":
        return _format_json(result)
    if fmt == "csv":
        return _format_csv(result)
    if fmt == "tsv":
        return _format_tsv(result)
    if fmt == "table":
        return _format_table(result)
    raise QueryError(f"unknown result format {fmt!r}; choose one of {', '.join(FORMATS)}")


def _format_json(result: QueryResult) -> str:
    """SPARQL 1.1 Query Results JSON (CONSTRUCT as subject/predicate/object bindings)."""
    if result.kind == "ask":
        return json.dumps({"head": {}, "boolean": bool(result.boolean)}, ensure_ascii=False)
    names, rows = result.table_terms()
    bindings = [
        {n: t.sparql_json() for n, t in zip(names, row, strict=True) if t is not None} for row in rows
    ]
    return json.dumps(
        {"head": {"vars": names}, "results": {"bindings": bindings}}, ensure_ascii=False, indent=1
    )


def _format_csv(result: QueryResult) -> str:
    """SPARQL 1.1 Query Results CSV: header of names, plain values, CRLF line ends."""
    names, rows = result.table_terms()
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(names)
    for row in rows:
        writer.writerow([_csv_cell(t) for t in row])
    return out.getvalue()


def _csv_cell(term: Term | None) -> str:
    """A CSV cell: IRIs and literals as their plain text, blank nodes as _:label."""
    if term is None:
        return ""
    return f"_:{term.value}" if term.kind == "bnode" else term.value


def _format_tsv(result: QueryResult) -> str:
    """SPARQL 1.1 Query Results TSV: ?names, terms in Turtle syntax, LF line ends."""
    names, rows = result.table_terms()
    if result.kind == "ask":
        return "true\n" if result.boolean else "false\n"
    lines = ["\t".join(f"?{n}" for n in names)]
    lines += ["\t".join(t.ntriples() if t is not None else "" for t in row) for row in rows]
    return "\n".join(lines) + "\n"


def _format_table(result: QueryResult) -> str:
    """A plain aligned text table (for non-terminal output; the CLI renders rich tables itself)."""
    if result.kind == "ask":
        return "true\n" if result.boolean else "false\n"
    names, _ = result.table_terms()
    cells = [["" if v is None else _table_cell(v) for v in row] for row in result.rows]
    widths = [max([len(n)] + [len(r[i]) for r in cells]) for i, n in enumerate(names)]
    lines = ["  ".join(n.ljust(w) for n, w in zip(names, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in cells]
    lines.append(f"({len(cells)} row{'s' if len(cells) != 1 else ''})")
    return "\n".join(lines) + "\n"


def _table_cell(value: Any) -> str:
    """A table cell on one line; floats without a spurious exponent or trailing '.0'."""
    if isinstance(value, float) and math.isfinite(value):
        return format(Decimal(repr(value)).normalize(), "f")
    return str(value).replace("\r", " ").replace("\n", " ").replace("\t", " ")


# ---------------------------------------------------------------------------------------------
# Headers and files
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class QueryParam:
    """A parameter a query file declares in its `# params:` header."""

    name: str
    datatype: str = "xsd:string"
    optional: bool = False
    description: str = ""
    example: str | None = None


@dataclass(frozen=True)
class QueryHeader:
    """The leading `#` comments of a query file: title, description and parameters."""

    name: str
    path: str
    title: str
    description: str = ""
    params: tuple[QueryParam, ...] = ()

    def param(self, name: str) -> QueryParam | None:
        """The declared parameter of that name (without '?'), if any."""
        return next((p for p in self.params if p.name == name), None)


_HEADER_KEY = re.compile(r"^#\s*(title|description|params?)\s*:\s*(.*)$", re.IGNORECASE)
_PARAM = re.compile(r"^[?$](?P<name>\w+)\s*(?:\((?P<opts>[^)]*)\))?\s*(?P<rest>.*)$")
_EXAMPLE = re.compile(r"[;,]?\s*(?:example|e\.g\.)\s*:?\s*", re.IGNORECASE)


def parse_header(text: str, *, name: str = "", path: str = "") -> QueryHeader:
    """Read title, description and params from the leading `#` comment lines of a query."""
    title, description, params, last = "", [], [], ""
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        if not stripped.startswith("#"):
            break
        match = _HEADER_KEY.match(stripped)
        if match:
            last, value = match.group(1).lower(), match.group(2).strip()
            if last == "title":
                title = value
            elif last == "description":
                description.append(value)
            elif value.lower() not in ("", "none", "-"):
                params.append(_parse_param(value, path or name))
        elif last == "description":
            description.append(stripped.lstrip("#").strip())
    return QueryHeader(name, path, title or name, " ".join(d for d in description if d), tuple(params))


def _parse_param(spec: str, where: str) -> QueryParam:
    """Parse one `# params:` value: `?name (TYPE[, optional]) description; example: VALUE`."""
    match = _PARAM.match(spec)
    if not match:
        raise QueryError(
            f"malformed '# params:' header {spec!r}; expected '?name (xsd:type) description'", path=where
        )
    opts = [o.strip().lower() for o in (match.group("opts") or "").split(",") if o.strip()]
    types = [o for o in opts if o not in ("optional", "required")]
    datatype = types[0] if types else "xsd:string"
    if datatype not in PARAM_TYPES:
        raise QueryError(f"parameter ?{match.group('name')} has unknown type {datatype!r}", path=where)
    rest = match.group("rest").strip()
    parts = _EXAMPLE.split(rest, maxsplit=1)
    example = parts[1].strip().strip("\"'") if len(parts) > 1 else None
    return QueryParam(
        match.group("name"), datatype, "optional" in opts, parts[0].strip(" ;,."), example or None
    )


def load_query(name_or_path: str) -> tuple[str, QueryHeader]:
    """Read `queries/NAME.rq` (or a .rq file) and its header; QueryError if there is none."""
    path = query_file(name_or_path)
    if not path.is_file():
        p = Path(name_or_path)
        if p.is_file():
            path = p
        else:
            known = ", ".join(h.name for h in list_queries())
            raise QueryError(f"no query file or named query {name_or_path!r} (known: {known})")
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise QueryError(f"cannot read query: {exc}", path=str(path)) from exc
    return text, parse_header(text, name=path.stem, path=str(path))


def list_queries() -> list[QueryHeader]:
    """The headers of every query in queries/, by name."""
    return [load_query(str(p))[1] for p in sorted(QUERIES_DIR.glob("*.rq"), key=lambda p: p.stem)]


# ---------------------------------------------------------------------------------------------
# Checking and binding
# ---------------------------------------------------------------------------------------------


@dataclass
class _Token:
    """A significant token of a SPARQL text: a keyword/word or a bracket, with its offset."""

    text: str
    start: int


def _tokens(sparql: str) -> list[_Token]:
    """Bare words and brackets of a SPARQL text, skipping comments, strings, IRIs, variables and prefixed names."""
    out: list[_Token] = []
    i, n = 0, len(sparql)
    while i < n:
        c = sparql[i]
        if c == "#":
            end = sparql.find("\n", i)
            i = n if end < 0 else end + 1
        elif c in "\"'":
            i = _skip_string(sparql, i)
        elif c == "<" and (m := _IRIREF.match(sparql, i)):
            i = m.end()
        elif c in "?$":
            m = _WORD.match(sparql, i + 1)
            i = m.end() if m else i + 1
        elif c == "@" or c == ":":
            m = _PNAME_REST.match(sparql, i + 1)
            i = m.end() if m else i + 1
        elif c.isalpha() or c == "_":
            m = _WORD.match(sparql, i)
            assert m is not None
            if m.end() < n and sparql[m.end()] == ":":
                rest = _PNAME_REST.match(sparql, m.end() + 1)
                i = rest.end() if rest else m.end() + 1
            else:
                out.append(_Token(m.group(0), i))
                i = m.end()
        elif c in "{}()":
            out.append(_Token(c, i))
            i += 1
        else:
            i += 1
    return out


def _skip_string(sparql: str, i: int) -> int:
    """The offset just past the string literal starting at i (short or long quotes, with escapes)."""
    quote = sparql[i]
    long = sparql.startswith(quote * 3, i)
    delim = quote * 3 if long else quote
    j = i + len(delim)
    while j < len(sparql):
        if sparql[j] == "\\":
            j += 2
            continue
        if sparql.startswith(delim, j):
            return j + len(delim)
        if not long and sparql[j] == "\n":
            return j
        j += 1
    return j


def check_query(sparql: str) -> None:
    """Raise QueryError unless the text is one read-only SPARQL query without SERVICE."""
    for token in _tokens(sparql):
        word = token.text.upper()
        if word in _UPDATE_WORDS:
            raise QueryError(f"SPARQL Update ({word}) is not allowed: queries are read-only")
        if word == "SERVICE":
            raise QueryError("SERVICE is not allowed: queries cannot reach other endpoints")
    try:
        _empty_store().query(sparql)
    except SyntaxError as exc:
        raise QueryError(f"SPARQL syntax error: {_one_line(str(exc))}") from exc
    except (OSError, RuntimeError, ValueError) as exc:
        raise QueryError(f"cannot run query: {_one_line(str(exc))}") from exc


@cache
def _empty_store() -> ox.Store:
    """An empty in-memory store used only to parse queries (nothing is ever written to it)."""
    return ox.Store()


def _one_line(text: str) -> str:
    """The first line of a message, stripped."""
    return (text.strip().splitlines() or [""])[0]


def _where_brace(sparql: str) -> int:
    """Offset of the '{' that opens the query's WHERE group (not a CONSTRUCT template or EXISTS)."""
    form, prev, depth, parens = "", "", 0, 0
    for token in _tokens(sparql):
        word = token.text.upper()
        if token.text == "(":
            parens += 1
        elif token.text == ")":
            parens -= 1
        elif token.text == "{":
            if depth == 0 and parens == 0 and (prev == "WHERE" or form in ("SELECT", "ASK", "DESCRIBE")):
                return token.start
            depth += 1
        elif token.text == "}":
            depth -= 1
        elif depth == 0 and not form and word in ("SELECT", "CONSTRUCT", "ASK", "DESCRIBE"):
            form = word
        prev = word
    raise QueryError("cannot find the WHERE group of the query to bind parameters")


def bind_values(sparql: str, values: dict[str, Any]) -> str:
    """Bind variables to pyoxigraph terms with a VALUES block at the start of the WHERE group."""
    if not values:
        return sparql
    names = " ".join(f"?{name}" for name in values)
    terms = " ".join(str(term) for term in values.values())
    at = _where_brace(sparql) + 1
    return f"{sparql[:at]}\n  VALUES ({names}) {{ ({terms}) }}\n{sparql[at:]}"


def param_term(param: QueryParam, value: str) -> Any:
    """Convert a parameter's text into the pyoxigraph term of its declared type; QueryError if invalid."""
    try:
        if param.datatype == "xsd:date":
            return ox.Literal(date.fromisoformat(value).isoformat(), datatype=ox.NamedNode(XSD + "date"))
        if param.datatype == "xsd:integer":
            return ox.Literal(str(int(value)), datatype=ox.NamedNode(XSD + "integer"))
        if param.datatype == "xsd:decimal":
            return ox.Literal(format(Decimal(value), "f"), datatype=ox.NamedNode(XSD + "decimal"))
        if param.datatype == "iri":
            return ox.NamedNode(value)
    except (ValueError, InvalidOperation) as exc:
        raise QueryError(f"parameter ?{param.name}={value!r} is not a valid {param.datatype}") from exc
    return ox.Literal(value)


def bind_params(header: QueryHeader, params: dict[str, str]) -> dict[str, Any]:
    """Typed terms for the given parameters; QueryError for unknown or missing required ones."""
    terms: dict[str, Any] = {}
    for raw, value in params.items():
        name = raw.lstrip("?$")
        param = header.param(name)
        if param is None and header.params:
            known = ", ".join(f"?{p.name}" for p in header.params)
            raise QueryError(f"query {header.name!r} has no parameter ?{name} (it takes {known})")
        terms[name] = param_term(param or QueryParam(name), value)
    for param in header.params:
        if not param.optional and param.name not in terms:
            hint = f", e.g. {param.example}" if param.example else ""
            raise QueryError(f"query {header.name!r} needs parameter ?{param.name} ({param.datatype}{hint})")
    return terms


_PAGE_CLAUSE = re.compile(r"LIMIT\s+\d+\s+OFFSET\s+\d+", re.IGNORECASE)


def page_query(
    sparql: str, limit: int | None, offset: int = 0, values: dict[str, Sequence[Any]] | None = None
) -> str:
    """The query with its page set: its one `LIMIT n OFFSET m` clause (the page subquery of a
    `*-page.rq` file) becomes `LIMIT limit OFFSET offset`, or `OFFSET offset` alone when limit is None.
    `values` (variable name -> pyoxigraph terms) go in a `VALUES ?name { ... }` block each, at the start of
    the group that clause's query ranges over (the page subquery's WHERE), so they narrow what it sorts.
    Comments and strings are skipped; QueryError unless there is exactly one such clause."""
    if (limit is not None and limit < 0) or offset < 0:
        raise QueryError(f"a page needs a limit and an offset of 0 or more (got {limit}, {offset})")
    found: list[tuple[re.Match[str], int]] = []
    opened: list[int] = []
    closed = -1  # where the group closed last opens
    for token in _tokens(sparql):
        if token.text == "{":
            opened.append(token.start)
        elif token.text == "}" and opened:
            closed = opened.pop()
        elif token.text.upper() == "LIMIT" and (m := _PAGE_CLAUSE.match(sparql, token.start)):
            found.append((m, closed))
    if len(found) != 1 or found[0][1] < 0:
        raise QueryError(
            f"a paged query has one 'LIMIT n OFFSET m' clause after its group (found {len(found)})"
        )
    match, group = found[0]
    clause = (f"LIMIT {limit} " if limit is not None else "") + f"OFFSET {offset}"
    text = sparql[: match.start()] + clause + sparql[match.end() :]
    blocks = "".join(
        f"\n  VALUES ?{name.lstrip('?$')} {{ {' '.join(str(t) for t in terms)} }}"
        for name, terms in (values or {}).items()
    )
    return text[: group + 1] + blocks + text[group + 1 :]


def run_query(store: ClaimStore, name_or_path: str, params: dict[str, str] | None = None) -> QueryResult:
    """Run a query file (or a named query in queries/) on a store, binding `?param` variables."""
    text, header = load_query(name_or_path)
    terms = bind_params(header, params or {})
    return store.run(bind_values(text, terms))
