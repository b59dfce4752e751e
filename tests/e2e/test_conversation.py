"""The assistant as users meet it: the REST channel of a running Rasa server with the trained model."""

import uuid

import pytest

from tests.e2e.conftest import Assistant


def new_sender() -> str:
    return f"test-{uuid.uuid4().hex[:8]}"


def said(replies: list[dict]) -> list[tuple[str, str]]:
    """(response name, language) of each reply, from the NLG's companion messages."""
    return [(r["custom"]["response"], r["custom"]["language"]) for r in replies if "custom" in r]


@pytest.mark.parametrize(
    ("text", "language"),
    [("سلام", "ary"), ("Bonjour", "fr"), ("مرحبا، كيف حالك؟", "ar"), ("salam, labas?", "ary")],
)
def test_a_greeting_is_answered_in_the_users_language(assistant: Assistant, text: str, language: str) -> None:
    replies = assistant.send(new_sender(), text)
    assert said(replies) == [("utter_greet", language)]
    assert replies[0]["buttons"], "the greeting ends with the menu"


def test_an_explicit_choice_switches_and_sticks(assistant: Assistant) -> None:
    sender = new_sender()
    assert said(assistant.send(sender, "Bonjour")) == [("utter_greet", "fr")]
    assert said(assistant.send(sender, "parle-moi en arabe")) == [("utter_language_changed", "ar")]
    assert said(assistant.send(sender, "merci")) == [("utter_thank", "ar")]
    assert said(assistant.send(sender, "بالدارجة عافاك")) == [("utter_language_changed", "ary")]
    assert (
        said(assistant.send(sender, "comment m'inscrire au registre national de l'artisanat ?"))[0][1]
        == "ary"
    )


def test_one_stray_word_does_not_switch_the_language(assistant: Assistant) -> None:
    sender = new_sender()
    assert said(assistant.send(sender, "السلام عليكم، كيفاش نتسجل؟"))[0][1] == "ary"
    assert said(assistant.send(sender, "ok"))[0][1] == "ary"
    assert said(assistant.send(sender, "👍"))[0][1] == "ary"


def test_the_phone_language_is_the_first_default(assistant: Assistant) -> None:
    replies = assistant.send(new_sender(), "/greet", {"language_code": "fr"})
    assert said(replies) == [("utter_greet", "fr")]


def test_a_button_payload_is_understood(assistant: Assistant) -> None:
    assert said(assistant.send(new_sender(), "/ask_help"))[0][0] == "utter_menu"


@pytest.mark.parametrize(
    ("text", "response"),
    [
        ("", "utter_empty_message"),
        ("   \n ", "utter_empty_message"),
        ("\u200b\u200f\u2067", "utter_empty_message"),
        ("😀🙏👍", "utter_no_words"),
        ("/definitely_not_a_command", "utter_unknown_command"),
        ("a" * 5000, "utter_long_message"),
        ("لا " * 2000, "utter_long_message"),
    ],
)
def test_bad_input_gets_a_kind_reply_in_the_current_language(
    assistant: Assistant, text: str, response: str
) -> None:
    sender = new_sender()
    assistant.send(sender, "Bonjour")
    replies = assistant.send(sender, text)
    assert said(replies) == [(response, "fr")]
    assert replies[0]["buttons"], "a way forward is offered"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("chno lmeteo ghda f casa?", "ary"),
        ("quel temps fera-t-il demain ?", "fr"),
        ("ما هي وصفة الطاجين؟", "ar"),
    ],
)
def test_out_of_scope_is_said_kindly(assistant: Assistant, text: str, language: str) -> None:
    assert said(assistant.send(new_sender(), text)) == [("utter_out_of_scope", language)]
