"""Export the store as Turtle, TriG, N-Triples, N-Quads or JSON-LD."""

from __future__ import annotations

import os
from pathlib import Path

from kg.errors import StoreError
from kg.store import EXPORT_FORMATS, ClaimStore

ALIASES: dict[str, str] = {"ttl": "turtle", "ntriples": "nt", "nquads": "nq", "json-ld": "jsonld"}
SUFFIXES: dict[str, str] = {"turtle": ".ttl", "trig": ".trig", "nt": ".nt", "nq": ".nq", "jsonld": ".jsonld"}


def export_format(fmt: str) -> str:
    """The canonical name of an export format (accepting ttl, ntriples, nquads, json-ld); StoreError if unknown."""
    name = ALIASES.get(fmt.lower(), fmt.lower())
    if name not in EXPORT_FORMATS:
        raise StoreError(f"unknown export format {fmt!r}; choose one of {', '.join(EXPORT_FORMATS)}")
    return name


def export(store: ClaimStore, fmt: str = "turtle") -> bytes:
    """The store serialized: turtle/nt = union of all graphs, trig/nq = named graphs kept, jsonld."""
    return store.dump(export_format(fmt))


def export_to(store: ClaimStore, fmt: str, path: str | Path) -> Path:
    """Write an export to a file as it is dumped (N-Quads graph by graph), through a temporary file beside it
    that replaces `path` only once complete; StoreError naming the file if it cannot be written."""
    target = Path(path)
    chunks = store.export_chunks(export_format(fmt))
    partial = target.with_name(f".{target.name}.part")
    try:
        with partial.open("wb") as out:
            for chunk in chunks:
                out.write(chunk)
        os.replace(partial, target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise StoreError(f"cannot write export: {exc.strerror or exc}", path=str(target)) from exc
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return target
