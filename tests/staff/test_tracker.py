"""Reading Rasa's conversation store: what users typed may hold what no page or database can."""

import json

from sqlalchemy import insert

from registry.models import ConversationSummary
from staff import summaries
from staff.tracker import events


def test_a_lone_surrogate_a_user_sent_is_read_as_a_replacement_character(services) -> None:
    services.tracker.engine.dispose()
    events.metadata.create_all(services.tracker.engine)
    data = json.dumps({"event": "user", "text": "salam \ud800", "timestamp": 1.0, "parse_data": {}})
    assert "\\ud800" in data  # as Rasa stores it: escaped JSON
    with services.tracker.engine.begin() as connection:
        connection.execute(insert(events).values(sender_id="42", type_name="user", timestamp=1.0, data=data))
    (event,) = services.tracker.conversation("42")
    assert event.data["text"] == "salam \ufffd"
    # The indexer can store it (a lone surrogate made SQLite's UTF-8 encoding fail the whole batch).
    assert summaries.catch_up(services.registry, services.tracker) == 1
    with services.registry.session() as session:
        assert session.get(ConversationSummary, "42").last_message == "salam \ufffd"
