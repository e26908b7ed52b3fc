"""``reconcile_rows``: the reconciliation over claim rows gives what ``reconcile`` gives over the models, in one
process or split by parties across forked ones."""

from __future__ import annotations

import copy
import gc
import json
import os
import pickle
import random
import sys
import threading
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg import reconcile as reconcile_module
from kg.models import Claim, Period, Reconciliation
from kg.reconcile import reconcile, reconcile_rows

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from test_reconcile import B, claim, seed_claims, year  # noqa: E402
from test_reconcile_rules import rule_rows  # noqa: E402

from benchmarks.reconcile_bench import document_strings, make_claims, read_rows  # noqa: E402

fork_only = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")


def rows_of(claims: list[Claim]) -> list[list[Any]]:
    """The claims' rows as the store gives them back (through JSON)."""
    return json.loads(json.dumps([c.to_row() for c in claims]))


@pytest.fixture(scope="module")
def synthetic() -> list[Claim]:
    return make_claims(3000, seed=3)


@pytest.fixture(scope="module")
def synthetic_result(synthetic: list[Claim]) -> Reconciliation:
    return reconcile(synthetic)


def test_rows_give_what_models_give_on_the_seeds() -> None:
    claims = seed_claims()
    assert reconcile_rows(rows_of(claims)) == reconcile(claims)
    assert reconcile_rows([c.to_row() for c in claims]) == reconcile(claims)  # tuples-free rows as made


def test_rows_give_what_models_give_on_synthetic_claims(
    synthetic: list[Claim], synthetic_result: Reconciliation
) -> None:
    got = reconcile_rows(rows_of(synthetic), workers=1)
    assert got == synthetic_result
    assert len(got.findings) > 1000 and got.derived  # the data has something to find
    assert [f.model_dump(mode="json") for f in got.findings] == [
        f.model_dump(mode="json") for f in synthetic_result.findings
    ]


@fork_only
@pytest.mark.parametrize("workers", [2, 3])
def test_forked_parts_give_what_one_process_gives(
    synthetic: list[Claim], synthetic_result: Reconciliation, workers: int
) -> None:
    assert reconcile_rows(rows_of(synthetic), workers=workers) == synthetic_result


@fork_only
@pytest.mark.parametrize("workers", [2, 3, 4])
def test_forked_parts_keep_shares_of_one_partys_total(workers: int) -> None:
    """A share of two parties derives from one party's total: lent to the share's part, whatever it is."""
    jan_nov = Period(start=date(2023, 1, 1), end=date(2023, 11, 30), as_stated="Jan-Nov 2023",
                     resolution="explicit")  # fmt: skip
    pct = {"unit": "percent", "step": 1.0, "measure": "trade_share", "period": jan_nov}
    claims = []
    for i, other in enumerate(["RU", "IN", "BR", "ZA", "KZ", "IR"]):
        parties = ("CN", other)
        claims += [
            claim(f"{i}a:c1", 4, parties=parties, **pct),  # type: ignore[arg-type]
            claim(f"{i}a:c2", 5.41e12, measure="total_trade", parties=("CN",), period=jan_nov, step=0.01e12),
            claim(f"{i}b:c1", 150 * B, parties=parties, period=jan_nov),  # conflicts with the derived part
        ]
    expected = reconcile(claims)
    assert len(expected.derived) == 6 and {d.measure for d in expected.derived} == {"trade_turnover"}
    assert sum(f.type == "value_mismatch" for f in expected.findings) == 6
    rows = rows_of(claims)
    slots = reconcile_module._slots(workers)
    split = reconcile_module._Pass(reconcile_module.load_settings())._part_rows
    parts = [split(rows, part, slots) for part in range(workers)]
    assert sum(len(own) for own, _lent in parts) == len(rows)
    lent = [r for _own, lent in parts for r in lent]
    assert lent and all(r[8] == "total_trade" for r in lent)  # some share's total is in another part
    assert reconcile_rows(rows, workers=1) == expected
    assert reconcile_rows(rows, workers=workers) == expected


@fork_only
@pytest.mark.parametrize("workers", [2, 3])
def test_forked_parts_keep_the_held_out_rules(workers: int) -> None:
    """Growth pairing by sentence, negative rates, revision wording and mirror statistics: the same split."""
    rows = rule_rows()
    assert reconcile_rows(rows, workers=workers) == reconcile_rows(rows, workers=1)


@fork_only
def test_a_failed_part_is_done_again_in_the_parent(
    synthetic: list[Claim], synthetic_result: Reconciliation, monkeypatch: pytest.MonkeyPatch
) -> None:
    parent = os.getpid()
    real = reconcile_module._Pass._exported

    def failing(self: Any) -> Any:
        if os.getpid() != parent:
            raise RuntimeError("a worker dies")
        return real(self)

    monkeypatch.setattr(reconcile_module._Pass, "_exported", failing)
    assert reconcile_rows(rows_of(synthetic), workers=2) == synthetic_result


@fork_only
def test_a_part_whose_results_break_off_is_done_again_in_the_parent(
    synthetic: list[Claim], synthetic_result: Reconciliation, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A child sends its findings in chunks, read as they come: one that dies after the first chunk is read
    as a failure, and its part is done again."""
    parent = os.getpid()
    real_dump = pickle.dump
    sent: list[int] = []

    def dump(obj: Any, out: Any, protocol: int | None = None) -> None:
        if os.getpid() != parent and sent:
            out.flush()
            os._exit(3)
        sent.append(1)
        real_dump(obj, out, protocol=protocol)

    monkeypatch.setattr(reconcile_module, "_CHUNK", 100)
    monkeypatch.setattr(reconcile_module.pickle, "dump", dump)
    assert reconcile_rows(rows_of(synthetic), workers=2) == synthetic_result


@fork_only
def test_a_failure_here_stops_the_other_parts(synthetic: list[Claim], monkeypatch: pytest.MonkeyPatch) -> None:
    parent = os.getpid()
    real = reconcile_module._Pass._finished

    def failing(rows: Any) -> Any:
        if os.getpid() == parent:
            raise RuntimeError("the merging process fails")
        return real(rows)

    monkeypatch.setattr(reconcile_module._Pass, "_finished", staticmethod(failing))
    with pytest.raises(RuntimeError, match="merging process fails"):
        reconcile_rows(rows_of(synthetic), workers=2)
    with pytest.raises(ChildProcessError):  # the worker was stopped and reaped
        os.waitpid(-1, os.WNOHANG)


def test_rows_are_only_read(synthetic: list[Claim]) -> None:
    rows = rows_of(synthetic[:500])
    before = copy.deepcopy(rows)
    reconcile_rows(rows)
    assert rows == before


def test_rows_order_does_not_matter() -> None:
    rows = rows_of(seed_claims())
    expected = reconcile_rows(rows)
    rnd = random.Random(5)
    for _ in range(5):
        shuffled = list(rows)
        rnd.shuffle(shuffled)
        assert reconcile_rows(shuffled) == expected


def test_rows_with_duplicate_ids_are_read_once_whatever_the_order() -> None:
    a = claim("a:c1", 100 * B, period=year(2021))
    a2 = claim("a:c1", 500 * B, period=year(2021), text="another sentence")
    b = claim("b:c1", 100 * B, period=year(2021))
    expected = reconcile([a, a2, b])
    for order in ([a, a2, b], [a2, b, a], [b, a, a2]):
        assert reconcile_rows(rows_of(order)) == expected
    twice = rows_of([a, a, b])
    assert reconcile_rows(twice) == reconcile([a, b])


@fork_only
def test_duplicates_across_parts_are_chosen_before_the_split() -> None:
    """Two claims with one id and different parties: one is chosen, as in one process."""
    a = claim("a:c1", 100 * B, period=year(2021))
    a2 = claim("a:c1", 100 * B, period=year(2021), parties=("IN", "RU"), text="another sentence")
    others = [claim(f"{d}:c1", 100 * B, period=year(2021), parties=p) for d in "bcd"
              for p in (("CN", "RU"), ("IN", "RU"))]  # fmt: skip
    rows = rows_of([a, a2, *others])
    expected = reconcile_rows(rows, workers=1)
    assert expected == reconcile([a, a2, *others])
    for workers in (2, 3):
        assert reconcile_rows(rows, workers=workers) == expected
        assert reconcile_rows(list(reversed(rows)), workers=workers) == expected


def test_rows_rederive_instead_of_reading_derived_claims() -> None:
    seed = reconcile(seed_claims())
    assert seed.derived
    assert reconcile_rows(rows_of([*seed_claims(), *seed.derived])) == seed


def test_rows_leave_the_garbage_collector_as_it_was() -> None:
    rows = rows_of(seed_claims())
    assert gc.isenabled()
    reconcile_rows(rows)
    assert gc.isenabled()
    gc.disable()
    try:
        reconcile_rows(rows)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_one_process_for_small_inputs() -> None:
    assert reconcile_module._default_workers(10) == 1
    assert reconcile_module._default_workers(reconcile_module.PARALLEL_MIN_ROWS - 1) == 1
    big = reconcile_module._default_workers(reconcile_module.PARALLEL_MIN_ROWS)
    assert big >= 1 and (big == 1 or hasattr(os, "fork"))


def test_one_process_while_other_threads_run() -> None:
    release = threading.Event()
    other = threading.Thread(target=release.wait)
    other.start()
    try:
        assert reconcile_module._default_workers(10 * reconcile_module.PARALLEL_MIN_ROWS) == 1
    finally:
        release.set()
        other.join()


def test_stored_documents_read_back_as_the_claims_rows(synthetic: list[Claim]) -> None:
    """The benchmark's read path gives exactly the rows ``json.loads`` gives."""
    strings = document_strings(synthetic)
    rows = read_rows(strings)
    assert rows == [r for s in strings for r in json.loads(s)]
    assert sorted(r[0] for r in rows) == sorted(c.id for c in synthetic)
    assert {r[0]: Claim.from_row(r) for r in rows} == {c.id: c for c in synthetic}


def test_derived_claims_and_findings_from_rows_are_ordinary_models() -> None:
    r = reconcile_rows(rows_of(seed_claims()))
    assert r.derived and r.findings
    for d in r.derived:
        assert isinstance(d.period, Period) and isinstance(d.published, date | None)
        again = Claim(**{k: getattr(d, k) for k in d.model_fields_set})
        assert d == again and d.model_dump_json() == again.model_dump_json()
    assert Reconciliation.model_validate(r.model_dump()) == r


@settings(max_examples=30, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from("abcde"),
            st.sampled_from([100, 100, 101, 140, 146, 200]),
            st.sampled_from(["actual", "forecast", "target"]),
            st.sampled_from([2020, 2021, None]),
            st.sampled_from(["exact", "approx", "at_least"]),
            st.sampled_from([("CN", "RU"), ("IN", "RU"), ("CN",)]),
            st.sampled_from(["trade_turnover", "trade_growth", "trade_share", "total_trade"]),
        ),
        max_size=14,
    ),
    st.randoms(use_true_random=False),
)
def test_random_rows_give_what_models_give(rows: list[tuple[Any, ...]], rnd: random.Random) -> None:
    claims = []
    for i, (d, v, k, y, bd, parties, measure) in enumerate(rows):
        unit = "percent" if measure in ("trade_growth", "trade_share") else "USD"
        value = v / 10 if unit == "percent" else v * B
        claims.append(claim(f"{d}:c{i}", value, kind=k, period=year(y) if y else None, bound=bd, unit=unit,
                            parties=parties, measure=measure))  # fmt: skip
    expected = reconcile(claims)
    as_rows = rows_of(claims)
    rnd.shuffle(as_rows)
    assert reconcile_rows(as_rows, workers=1) == expected
    if hasattr(os, "fork") and len(claims) > 6:  # forking for every example would be slow
        assert reconcile_rows(as_rows, workers=2) == expected

