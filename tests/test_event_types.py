"""Rasa's event lookup by type name answers as before, without walking the subclasses for each event."""

import pytest
import rasa.shared.utils.common
from rasa.shared.core.events import ActionExecuted, Event, SlotSet, UserUttered

from rasa_plugins.event_types import resolve_event_types_once


def test_events_read_back_as_before_and_the_subclasses_are_walked_once(monkeypatch: pytest.MonkeyPatch) -> None:
    resolve_event_types_once()
    resolve_event_types_once()  # idempotent
    assert Event.resolve_by_type("action") is ActionExecuted  # the first lookup builds the table
    walks = []
    real = rasa.shared.utils.common.all_subclasses
    monkeypatch.setattr(rasa.shared.utils.common, "all_subclasses", lambda cls: walks.append(cls) or real(cls))
    for _ in range(3):
        assert Event.resolve_by_type("user") is UserUttered
        assert Event.resolve_by_type("slot") is SlotSet
        events = [UserUttered("salam", {"name": "greet"}), SlotSet("language", "ary"), ActionExecuted("utter_greet")]
        assert [Event.from_parameters(event.as_dict()) for event in events] == events
    assert walks == []


def test_unknown_names_keep_rasas_answers() -> None:
    resolve_event_types_once()
    assert Event.resolve_by_type("topic") is None  # Rasa's old TopicSet events
    assert Event.resolve_by_type("no-such-event", default=SlotSet) is SlotSet
    with pytest.raises(ValueError, match="Unknown event name"):
        Event.resolve_by_type("no-such-event")
