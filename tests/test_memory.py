"""gc_paused: the collector is off inside and restored as it was, also after an error."""

from __future__ import annotations

import gc

import pytest

from kg.memory import gc_paused


@pytest.mark.parametrize("enabled", [True, False])
def test_gc_paused_restores_the_collector(enabled: bool) -> None:
    was = gc.isenabled()
    (gc.enable if enabled else gc.disable)()
    try:
        with gc_paused():
            assert not gc.isenabled()
        assert gc.isenabled() is enabled
        with pytest.raises(RuntimeError), gc_paused():
            raise RuntimeError("boom")
        assert gc.isenabled() is enabled
        assert gc.get_freeze_count() == 0  # what was built is not left frozen
    finally:
        (gc.enable if was else gc.disable)()
