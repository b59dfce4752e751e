"""What a server loaded at start kept out of the garbage collector's full passes (Rasa's server, the
action server and the bot call it once started).

Once Rasa's server has loaded its model, half a million objects that live as long as the process are
tracked by Python's garbage collector, and every full collection walks them all: 270 ms on a quiet
machine (measured right after loading the model), on the event loop, so every conversation in flight
waits. At 30 messages a second a full pass comes every few tens of seconds, each one a stall the
answers queue behind. ``gc.freeze()`` once the server has started moves what exists then to a permanent
generation that collections skip; what the messages create is still collected. The action server and the
bot hold fewer objects, but their passes stall every answer just the same.

The cost: a model replaced while the server runs (Rasa's PUT /model, which Hirfa does not use) would
leave the old one's reference cycles in memory.
"""

from __future__ import annotations

import gc
import logging
from typing import Any

logger = logging.getLogger(__name__)


def freeze_startup_heap(*_: Any) -> None:
    """Collect once, then keep every object alive now out of later collections (a Sanic listener)."""
    gc.collect()
    gc.freeze()
    logger.info("%d objects of the loaded server kept out of garbage collection", gc.get_freeze_count())
