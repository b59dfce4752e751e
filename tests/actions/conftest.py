from typing import Any

import pytest
from rasa.shared.core.domain import Domain
from rasa_sdk import Tracker


@pytest.fixture(scope="session")
def domain() -> dict[str, Any]:
    return Domain.load("domain").as_dict()


def make_tracker(
    text: str = "",
    intent: str | None = None,
    entities: list[dict[str, Any]] | None = None,
    slots: dict[str, Any] | None = None,
    metadata: dict[str, Any] | None = None,
    **parse: Any,
) -> Tracker:
    """A tracker whose latest user message is the one described."""
    latest = {
        "text": text,
        "intent": {"name": intent, "confidence": 1.0},
        "entities": entities or [],
        **parse,
    }
    events = [{"event": "user", "text": text, "parse_data": latest, "metadata": metadata or {}}]
    return Tracker("tester", slots or {}, latest, events, False, None, {}, "action_listen")
