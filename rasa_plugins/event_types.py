"""Rasa's lookup of an event's class by its type name, with the subclasses listed once instead of per event.

Rasa (3.6, ``Event.resolve_by_type``) walks every subclass of ``Event`` — recursively, checking each for
abstract methods — for each event it reads: every stored event the tracker store loads, every event the
action server returns. At 30 messages a second that was a tenth of a Rasa server's CPU (py-spy during
``python -m bench.telegram_load``, once conversations reached the tracker store's window). The classes do
not change once Rasa runs, so the table is built once; an unknown name still goes to Rasa's own lookup, for
its error and its old ``topic`` events.
"""

from __future__ import annotations

import functools
from typing import Any

_INSTALLED = "_hirfa_event_types_once"


@functools.lru_cache(maxsize=1)
def _classes_by_type_name() -> dict[str, type]:
    from rasa.shared.core.events import Event
    from rasa.shared.utils.common import all_subclasses

    table: dict[str, type] = {}
    for cls in all_subclasses(Event):
        table.setdefault(cls.type_name, cls)  # the first, as Rasa's loop returns it
    return table


def resolve_event_types_once() -> None:
    """Replace Rasa's per-event walk by the table (idempotent; Rasa's server process only)."""
    from rasa.shared.core.events import Event

    if getattr(Event.resolve_by_type, _INSTALLED, False):
        return
    original = Event.resolve_by_type

    def resolve_by_type(type_name: str, default: Any = None) -> Any:
        found = _classes_by_type_name().get(type_name)
        return found if found is not None else original(type_name, default)

    setattr(resolve_by_type, _INSTALLED, True)
    resolve_by_type.__wrapped__ = original  # type: ignore[attr-defined]
    Event.resolve_by_type = staticmethod(resolve_by_type)  # type: ignore[method-assign]
