"""Where the ontology and query files live, in a checkout and in an installed wheel."""

from __future__ import annotations

from pathlib import Path

_PKG = Path(__file__).resolve().parent


def _find(name: str) -> Path:
    installed = _PKG / "_data" / name
    if installed.is_dir():
        return installed
    return _PKG.parent / name


ONTOLOGY_DIR: Path = _find("ontology")
QUERIES_DIR: Path = _find("queries")


def ontology_file(name: str) -> Path:
    return ONTOLOGY_DIR / name


def query_file(name: str) -> Path:
    """A query by file path or by name in queries/ (with or without .rq)."""
    p = Path(name)
    if p.suffix == ".rq" and p.is_file():
        return p
    stem = p.name[:-3] if p.name.endswith(".rq") else p.name
    return QUERIES_DIR / f"{stem}.rq"
