"""What exists when Rasa's server has started is kept out of later garbage collections."""

import gc
import weakref

from hirfa.startup_heap import freeze_startup_heap


class Node:
    """A reference cycle: only the garbage collector frees it."""

    def __init__(self) -> None:
        self.me = self


def test_objects_alive_at_start_are_skipped_and_later_ones_still_collected() -> None:
    at_start = Node()
    at_start_ref = weakref.ref(at_start)
    try:
        freeze_startup_heap(object(), object())  # called as Sanic calls a listener: (app, loop)
        later = Node()
        later_ref = weakref.ref(later)
        del at_start, later
        gc.collect()
        assert later_ref() is None, "what the messages create is still collected"
        assert at_start_ref() is not None, "what lived at start is no longer walked"
    finally:
        gc.unfreeze()
    gc.collect()
    assert at_start_ref() is None
