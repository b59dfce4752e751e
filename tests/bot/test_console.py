from bot.console import render, resolve_choice
from replies.bidi import FSI, PDI

REPLIES = [
    {"text": f"اتصل ب {FSI}CNSS 3939{PDI}", "buttons": [{"title": "القائمة", "payload": "/ask_help"}]},
    {"custom": {"language": "ary", "rtl": True, "response": "utter_x"}},
    {"text": "Choisissez", "buttons": [{"title": "A", "payload": "/a"}, {"title": "B", "payload": "/b"}]},
]


def test_buttons_are_numbered_across_replies_and_isolates_hidden() -> None:
    text, buttons = render(REPLIES)
    assert text.splitlines() == ["اتصل ب CNSS 3939", "  [1] القائمة", "Choisissez", "  [2] A", "  [3] B"]
    assert [b["payload"] for b in buttons] == ["/ask_help", "/a", "/b"]


def test_a_number_presses_its_button_and_anything_else_is_sent_as_typed() -> None:
    _, buttons = render(REPLIES)
    assert resolve_choice("2", buttons) == "/a"
    assert resolve_choice(" 3 ", buttons) == "/b"
    assert resolve_choice("4", buttons) == "4"
    assert resolve_choice("salam", buttons) == "salam"
