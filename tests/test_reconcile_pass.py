"""The pass's shortcuts keep the rules they skip past: each test names a setting or a case that a cheaper path
must not lose (claim rows built by hand, own sentences and pairs)."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from kg.models import Claim, Evidence, Period
from kg.reconcile import load_settings, reconcile_rows

B = 1e9
YEAR = Period(start=date(2024, 1, 1), end=date(2024, 12, 31), as_stated="2024", resolution="explicit")


def row(cid: str, value: float, text: str, source: str | None = None) -> list[Any]:
    """A claim row of Uruguay–Paraguay trade in 2024 as the store gives it back ('doc:n')."""
    doc = cid.split(":")[0]
    c = Claim(
        id=cid, document=f"{doc}.txt", value=value, unit="USD", bound="exact", low=value - 0.05 * B,
        high=value + 0.05 * B, figure=str(value), measure="trade_turnover", parties=("UY", "PY"), kind="actual",
        period=YEAR, speaker=None, source=source, evidence=Evidence(text=text, start=30, end=34), document_id="d" + doc,
    )  # fmt: skip
    return json.loads(json.dumps(c.to_row()))


def test_two_reporters_are_told_apart_by_their_own_tolerance_without_a_mirror_one() -> None:
    """Two countries' own statistics within ``reporter_tolerance`` are no conflict, whatever
    ``mirror_tolerance`` is (the test of mirror statistics is skipped when it is 0, this one is not)."""
    uy = row("a:1", 3.1 * B, "Uruguay's customs put trade with Paraguay at $3.1 billion in 2024.",
             source="Uruguay's customs")  # fmt: skip
    py = row("b:1", 3.6 * B, "Paraguayan customs figures put the trade at $3.6 billion in 2024.",
             source="Paraguayan customs figures")  # fmt: skip
    settings = load_settings().model_copy(update={"mirror_tolerance": 0.0, "reporter_tolerance": 0.25})
    assert [f for f in reconcile_rows([uy, py], settings).findings if f.is_conflict] == []
    strict = settings.model_copy(update={"reporter_tolerance": 0.0})
    assert [f.type for f in reconcile_rows([uy, py], strict).findings if f.is_conflict] == ["value_mismatch"]


def test_two_reporters_may_count_one_trade_three_times_apart_by_default() -> None:
    """A re-export hub's trade as its partner's customs count it (goods consigned to it, then moved on) and as its
    own statistics do: $25 billion against $7.2 billion is no conflict; a fivefold gap still is."""
    uy = row("a:1", 25.0 * B, "Uruguay's customs put trade with Paraguay at $25.0 billion in 2024.",
             source="Uruguay's customs")  # fmt: skip
    for value, conflicts in ((7.2, []), (5.0, ["value_mismatch"])):
        py = row("b:1", value * B, f"Paraguayan statistics put the trade at ${value} billion in 2024.",
                 source="Paraguayan statistics")  # fmt: skip
        assert [f.type for f in reconcile_rows([uy, py]).findings if f.is_conflict] == conflicts


def test_a_reporter_named_by_its_outlet_alone_is_still_told_apart() -> None:
    """Figures with no source each published by one country's official outlet are that country's statistics:
    the test of reporters is not skipped for claims without a source when they have an outlet."""
    outlet = Claim.ROW_FIELDS.index("outlet")
    uy = row("a:1", 3.1 * B, "Trade with Paraguay came to $3.1 billion in 2024, the institute said.")
    py = row("b:1", 3.6 * B, "Trade with Uruguay reached $3.6 billion in 2024, the ministry reported.")
    uy[outlet], py[outlet] = "Uruguay's National Statistics Institute", "Paraguay's Ministry of Industry"
    settings = load_settings().model_copy(update={"mirror_tolerance": 0.0, "reporter_tolerance": 0.25})
    assert [f for f in reconcile_rows([uy, py], settings).findings if f.is_conflict] == []
    strict = settings.model_copy(update={"reporter_tolerance": 0.0})
    assert [f.type for f in reconcile_rows([uy, py], strict).findings if f.is_conflict] == ["value_mismatch"]


def test_a_scope_word_inside_a_longer_one_still_scopes_its_clause() -> None:
    """The scope word "informal cross-border" holds "border", so the cheap test for scope words tries "border"
    alone: a clause naming informal cross-border trade is still that series, no value of the whole flow."""
    informal = row("a:1", 0.4 * B, "Informal cross-border trade with Paraguay reached $0.4 billion in 2024.")
    total = row("b:1", 3.1 * B, "Trade between Uruguay and Paraguay reached $3.1 billion in 2024.")
    assert [f for f in reconcile_rows([informal, total]).findings if f.is_conflict] == []
    plain = row("a:1", 0.4 * B, "Trade between Uruguay and Paraguay reached $0.4 billion in 2024.")
    assert [f.type for f in reconcile_rows([plain, total]).findings if f.is_conflict] == ["value_mismatch"]
