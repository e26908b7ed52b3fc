"""SHACL validation of a built graph: ontology/shapes.ttl over the document and findings graphs."""

from __future__ import annotations

from typing import TYPE_CHECKING

import rdflib
from pyshacl import validate as shacl_validate

from kg.errors import ConfigError
from kg.resources import ontology_file

if TYPE_CHECKING:
    from kg.store import ClaimStore

SH = rdflib.Namespace("http://www.w3.org/ns/shacl#")
SHOWN = 5


def _load(name: str) -> rdflib.Graph:
    """Parse one Turtle file of ontology/; ConfigError naming it if it is malformed."""
    path = ontology_file(name)
    try:
        return rdflib.Graph().parse(path, format="turtle")
    except Exception as exc:  # rdflib raises many parser exception types
        raise ConfigError(
            f"cannot parse: {str(exc).splitlines()[0] if str(exc) else exc!r}", path=str(path)
        ) from exc


def validate_graph(data: rdflib.Graph) -> tuple[bool, str]:
    """Validate an rdflib graph against shapes.ttl (ontology kg.ttl, no inference); (conforms, short report)."""
    conforms, results, _ = shacl_validate(
        data,
        shacl_graph=_load("shapes.ttl"),
        ont_graph=_load("kg.ttl"),
        inference="none",
        allow_warnings=True,
    )
    return bool(conforms), _report(bool(conforms), results, len(data))


def validate_store(store: ClaimStore) -> tuple[bool, str]:
    """Validate the union of a store's document and findings graphs; (conforms, short report)."""
    return validate_graph(store.data_graph())


def _report(conforms: bool, results: rdflib.Graph, triples: int) -> str:
    """A few lines: the verdict, the number of violations, the first few focus nodes and messages."""
    if conforms:
        return f"SHACL: conforms ({triples} triples checked)"
    found = sorted(
        (
            str(results.value(r, SH.focusNode)),
            str(results.value(r, SH.resultPath) or ""),
            str(results.value(r, SH.resultMessage)),
        )
        for r in results.subjects(rdflib.RDF.type, SH.ValidationResult)
    )
    lines = [f"SHACL: {len(found)} violation{'s' if len(found) != 1 else ''} ({triples} triples checked)"]
    lines += [
        f"  {focus}{' ' + _short(path) if path else ''}: {_flat(message)}"
        for focus, path, message in found[:SHOWN]
    ]
    if len(found) > SHOWN:
        lines.append(f"  ... and {len(found) - SHOWN} more")
    return "\n".join(lines)


def _flat(text: str) -> str:
    """A message on one line."""
    return " ".join(text.split())


def _short(iri: str) -> str:
    """The local part of a property IRI, for the report."""
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]
