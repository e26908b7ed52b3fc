"""Pydantic models passed between the pipeline stages.

ingest -> Document -> extract -> Mentions -> assemble -> Claim -> reconcile -> Finding

Every model is frozen: a stage never mutates what an earlier stage produced.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

Bound = Literal["exact", "approx", "at_least", "at_most", "range"]
Kind = Literal["actual", "target", "forecast", "estimate"]
Resolution = Literal["explicit", "relative", "inferred"]
FindingType = Literal[
    "value_mismatch",
    "target_mismatch",
    "forecast_divergence",
    "period_mismatch",
    "growth_inconsistency",
    "corroboration",
]
ReviewStatus = Literal["open", "explained", "resolved", "false_positive"]
REVIEW_STATUSES: tuple[str, ...] = ("open", "explained", "resolved", "false_positive")
CONFLICT_TYPES: tuple[str, ...] = (
    "value_mismatch",
    "target_mismatch",
    "forecast_divergence",
    "period_mismatch",
    "growth_inconsistency",
)


class Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Document(Model):
    """One ingested source document."""

    id: str = Field(description="stable id: 'd' + first 16 hex digits of the sha256 of the raw bytes")
    name: str = Field(description="file name, e.g. 001_x.txt")
    path: str = Field(description="path as given on the command line")
    sha256: str
    format: Literal["txt", "md", "html"]
    text: str = Field(description="plain text the offsets refer to (HTML tags stripped, front matter removed)")
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: date | None = None
    published_resolution: Literal["explicit", "inferred"] | None = None
    language: str | None = Field(
        default=None, description="the language tag the document declares (HTML lang, front matter), e.g. 'en-CA'"
    )
    warnings: tuple[str, ...] = ()
    places_confirmed: tuple[str, ...] | None = Field(
        default=None, description="the context-gated place names ('Georgia') the whole text reads as places "
        "(kg.entities.confirmed_places), decided from the text when not given; a copy with other text (a table "
        "cell read as a document of its own) keeps the document's")

    fiscal_country: str | None = Field(
        default=None, description="the country whose fiscal calendar every fiscal year of the text is read on, when "
        "it keeps one: set on a copy with other text (a table cell read as a document of its own) to the "
        "document's home country, whose statistics its tables give; None reads each sentence's own (kg.extract)")

    @model_validator(mode="after")
    def _confirm_places(self) -> Document:
        if self.places_confirmed is None:
            from kg.entities import confirmed_places  # the entity grammar needs the models: imported late

            object.__setattr__(self, "places_confirmed", confirmed_places(self.text))
        return self


class Span(Model):
    start: int
    end: int
    text: str


class Quantity(Span):
    """A figure found in the text: money, percent, percentage points, count or a multiplier."""

    quantity: Literal["money", "percent", "pp", "count", "multiplier"]
    value: float = Field(description="normalised: USD not billions; percent as 25.0; range midpoint")
    unit: str = Field(description="ISO 4217 code, 'percent', 'pp' or 'count'")
    bound: Bound = "exact"
    low: float | None = None
    high: float | None = None
    inherited_unit: bool = Field(default=False, description="currency taken from neighbouring figures")


class TimeExpr(Span):
    """A temporal expression resolved to an interval."""

    start_date: date
    end_date: date
    resolution: Resolution
    role: Literal[
        "point",  # in 2022, Jan-Nov 2023, 2024-25 fiscal
        "deadline",  # by 2024, by the end of 2024
        "asof",  # currently, already, today
        "previous",  # compared to the previous year (relative to the figure's period)
        "same",  # the same period (carried from the previous figure)
        "date",  # a calendar date (set on, on Friday): an event, rarely a figure period
    ] = "point"
    partial: bool = Field(default=False, description="part of a year (months, quarter, half)")


class EntityMention(Span):
    entity: str = Field(description="entity id: ISO 3166 alpha-2 for countries, 'person:<slug>', 'org:<slug>'")
    type: Literal["country", "bloc", "person", "organization"]
    label: str
    role: str | None = None


class Mentions(Model):
    quantities: tuple[Quantity, ...] = ()
    times: tuple[TimeExpr, ...] = ()
    entities: tuple[EntityMention, ...] = ()
    sentences: tuple[tuple[int, int], ...] = ()


class Period(Model):
    start: date
    end: date
    as_stated: str
    resolution: Resolution


class Evidence(Model):
    text: str = Field(description="the sentence holding the figure")
    start: int = Field(description="char offset of the figure in the document text")
    end: int


class Claim(Model):
    """One figure asserted by a document (or derived from other claims)."""

    id: str
    document: str = Field(description="file name of the source document")
    value: float | None
    unit: str
    bound: Bound
    low: float | None
    high: float | None
    figure: str
    measure: str
    parties: tuple[str, ...]
    kind: Kind
    period: Period | None
    speaker: str | None
    source: str | None
    evidence: Evidence
    derived_from: tuple[str, ...] = ()
    # Internal fields: stored in the graph, not part of the `kg claims` output contract.
    document_id: str = ""
    published: date | None = None
    outlet: str | None = None
    speaker_id: str | None = None
    speaker_role: str | None = None
    exporter: str | None = None
    importer: str | None = None
    method: str | None = Field(default=None, description="for derived claims: how it was computed")
    context: str | None = Field(default=None, description="for a table cell's claim: its table's caption, whose "
                                "scope (\"Merchandise trade with Peru\") its row label may leave unsaid")

    CONTRACT_FIELDS: ClassVar[tuple[str, ...]] = (
        "id", "document", "value", "unit", "bound", "low", "high", "figure", "measure", "parties",
        "kind", "period", "speaker", "source", "evidence", "derived_from",
    )  # fmt: skip

    def contract(self) -> dict[str, Any]:
        """The JSON object `kg claims --format jsonl` prints (DESIGN.md output contract)."""
        data = self.model_dump(mode="json", include=set(self.CONTRACT_FIELDS))
        return {k: data[k] for k in self.CONTRACT_FIELDS}

    # The row form: every field, in ROW_FIELDS order, as JSON values (dates ISO strings, tuples lists,
    # period as [start, end, as_stated, resolution], evidence as [text, start, end]). The store keeps each
    # document's claims as rows too, so a stage that needs only some columns of a million claims (the
    # reconciliation's grouping) reads them without building a model per claim.
    ROW_FIELDS: ClassVar[tuple[str, ...]] = (
        "id", "document", "value", "unit", "bound", "low", "high", "figure", "measure", "parties", "kind",
        "period", "speaker", "source", "evidence", "derived_from", "document_id", "published", "outlet",
        "speaker_id", "speaker_role", "exporter", "importer", "method", "context",
    )  # fmt: skip

    def to_row(self) -> list[Any]:
        """This claim as a row (see ROW_FIELDS); ``Claim.from_row(c.to_row()) == c``."""
        d = self.__dict__
        p, e = self.period, self.evidence
        return [
            d["id"], d["document"], d["value"], d["unit"], d["bound"], d["low"], d["high"], d["figure"],
            d["measure"], list(d["parties"]), d["kind"],
            None if p is None else [p.start.isoformat(), p.end.isoformat(), p.as_stated, p.resolution],
            d["speaker"], d["source"], [e.text, e.start, e.end], list(d["derived_from"]), d["document_id"],
            None if d["published"] is None else d["published"].isoformat(), d["outlet"], d["speaker_id"],
            d["speaker_role"], d["exporter"], d["importer"], d["method"], d["context"],
        ]  # fmt: skip

    @classmethod
    def from_row(cls, row: Sequence[Any]) -> Claim:
        """The claim a row holds (rows come from ``to_row``; they are not validated again). A row of a store
        written before ``context`` was added, one field short, has none."""
        if len(row) == len(cls.ROW_FIELDS) - 1:
            row = [*row, None]
        values = dict(zip(cls.ROW_FIELDS, row, strict=True))
        p, e = values["period"], values["evidence"]
        values["period"] = None if p is None else Period.model_construct(
            start=date.fromisoformat(p[0]), end=date.fromisoformat(p[1]), as_stated=p[2], resolution=p[3])
        values["evidence"] = Evidence.model_construct(text=e[0], start=e[1], end=e[2])
        values["parties"] = tuple(values["parties"])
        values["derived_from"] = tuple(values["derived_from"])
        if values["published"] is not None:
            values["published"] = date.fromisoformat(values["published"])
        return cls.model_construct(**values)


class Finding(Model):
    """A reconciliation result: a conflict of some type, or a corroboration."""

    id: str
    type: FindingType
    severity: float = Field(ge=0.0, le=1.0, description="0..1: spread, kinds, independent sources")
    measure: str
    parties: tuple[str, ...]
    period: Period | None
    claims: tuple[str, ...]
    explanation: str
    status: ReviewStatus = "open"
    note: str | None = None

    @property
    def is_conflict(self) -> bool:
        return self.type != "corroboration"

    def contract(self) -> dict[str, Any]:
        """The JSON object `kg conflicts --format json` prints for one finding."""
        data = self.model_dump(mode="json")
        return {k: data[k] for k in ("id", "type", "severity", "measure", "parties", "period", "claims", "explanation")}


class Reconciliation(Model):
    findings: tuple[Finding, ...] = ()
    derived: tuple[Claim, ...] = ()


class BuildSummary(Model):
    documents: int
    added: int
    replaced: int
    unchanged: int
    skipped: int
    claims: int
    conflicts: int
    corroborations: int
    seconds: float
    errors: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
