"""The claim row form: lossless, JSON-safe, and in ROW_FIELDS order."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.ingest import read_document
from kg.models import Claim
from kg.pipeline import process_document

SEEDS = sorted((Path(__file__).parent.parent / "seeds").glob("*.txt"))


@pytest.fixture(scope="module")
def seed_claims() -> list[Claim]:
    return [c for p in SEEDS for c in process_document(read_document(p))]


def test_row_round_trip_through_json_is_lossless(seed_claims: list[Claim]) -> None:
    assert len(seed_claims) > 20
    for c in seed_claims:
        row = json.loads(json.dumps(c.to_row()))
        back = Claim.from_row(row)
        assert back == c
        assert back.model_dump() == c.model_dump()


def test_row_follows_row_fields(seed_claims: list[Claim]) -> None:
    c = next(c for c in seed_claims if c.period is not None and c.published is not None)
    row = dict(zip(Claim.ROW_FIELDS, c.to_row(), strict=True))
    assert set(Claim.ROW_FIELDS) == set(Claim.model_fields)
    assert row["id"] == c.id and row["measure"] == c.measure
    assert row["period"][:2] == [c.period.start.isoformat(), c.period.end.isoformat()]  # type: ignore[union-attr]
    assert row["evidence"] == [c.evidence.text, c.evidence.start, c.evidence.end]
    assert row["published"] == c.published.isoformat()  # type: ignore[union-attr]


def test_from_row_rejects_a_short_row(seed_claims: list[Claim]) -> None:
    with pytest.raises(ValueError):
        Claim.from_row(seed_claims[0].to_row()[:-2])


def test_from_row_reads_a_row_written_before_context_was_added(seed_claims: list[Claim]) -> None:
    c = seed_claims[0]
    assert Claim.ROW_FIELDS[-1] == "context"
    assert Claim.from_row(c.to_row()[:-1]) == c.model_copy(update={"context": None})
