"""The exception hierarchy. Only the CLI turns these into messages and exit codes.

    KgError                      a user-facing problem: one line, exit status 1
    ├── InputError               a document cannot be read (file, line in the message)
    │   └── FrontMatterError     malformed YAML front matter
    ├── StoreError               the store is missing, locked, corrupt or unreachable
    ├── QueryError               bad SPARQL, an update, or SERVICE in a user query
    ├── GoldError                a gold annotation file is malformed
    └── ConfigError              a bad option value or ontology file
"""

from __future__ import annotations


class KgError(Exception):
    """Base of every error meant for the user."""

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None) -> None:
        self.path = path
        self.line = line
        super().__init__(message)

    def __str__(self) -> str:
        where = ""
        if self.path:
            where = f"{self.path}:{self.line}: " if self.line else f"{self.path}: "
        return f"{where}{self.args[0]}"


class InputError(KgError):
    """A document cannot be read or is empty/binary."""


class FrontMatterError(InputError):
    """The YAML front matter of a document is malformed."""


class StoreError(KgError):
    """The store cannot be opened, read or written."""


class QueryError(KgError):
    """A SPARQL query is malformed or not allowed."""


class GoldError(KgError):
    """A gold annotation file is malformed."""


class ConfigError(KgError):
    """A configuration or ontology file is malformed."""
