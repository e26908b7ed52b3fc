"""One memory helper shared by the stages that build millions of small objects at once."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while many small acyclic objects are built (a million claim rows
    parsed, the reconciliation pass): its scans over the growing heap cost up to 5x and free nothing. What
    was built is then moved to the oldest generation unscanned, as ``gc.freeze()`` + ``gc.unfreeze()`` do,
    or the first young collection afterwards would walk all of it. The collector is left as it was."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if gc.get_freeze_count() == 0:  # nobody else's frozen objects to thaw
            gc.freeze()
            gc.unfreeze()
        if enabled:
            gc.enable()
