from rasa_sdk import Tracker

from actions.latest_message import split_at_latest_message


def _tracker(events: list[dict]) -> Tracker:
    return Tracker("u", {}, {}, events, False, None, {}, "action_listen")


def test_the_conversation_is_split_at_the_latest_user_message() -> None:
    first, bot, latest, action = (
        {"event": "user", "text": "salam"},
        {"event": "bot", "text": "marhba"},
        {"event": "user", "text": "bghit ntsjel"},
        {"event": "action", "name": "rna_request_form"},
    )
    assert split_at_latest_message(_tracker([first, bot, latest, action])) == ([first, bot], [action])


def test_before_any_user_message_everything_is_since() -> None:
    start = {"event": "action", "name": "action_session_start"}
    assert split_at_latest_message(_tracker([start])) == ([], [start])
