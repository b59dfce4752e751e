import pytest

from actions.reply_language import LanguageState, next_state
from hirfa.languages import platform_language

ARY = LanguageState(language="ary", heard=True)
FROM_PHONE = LanguageState(language="ary")


@pytest.mark.parametrize(
    ("state", "message", "expected"),
    [
        # First message: its variety decides, even on thin evidence.
        (LanguageState(), {"variety": "ary", "strength": 1}, LanguageState("ary", heard=True)),
        (LanguageState(), {"variety": "fr", "strength": 1}, LanguageState("fr", heard=True)),
        (LanguageState(), {"variety": "ary_Latn", "strength": 3}, LanguageState("ary", heard=True)),
        (LanguageState(), {"variety": "ar", "strength": 3}, LanguageState("ar", heard=True)),
        # A weak guess stands in without counting as heard.
        (LanguageState(), {"variety": "ary", "strength": 0}, FROM_PHONE),
        # Nothing in the message tells: the phone's language is the first default.
        (LanguageState(), {"platform_code": "fr-FR"}, LanguageState("fr")),
        (LanguageState(), {"platform_code": "ar"}, FROM_PHONE),
        (LanguageState(), {"platform_code": "en"}, LanguageState()),
        # The message beats the phone's language.
        (
            LanguageState(),
            {"variety": "ar", "strength": 2, "platform_code": "fr"},
            LanguageState("ar", heard=True),
        ),
        # The first clear message decides at once, whatever the phone or a weak guess said before
        # (/start, an emoji, a greeting with no telling word): no two-clue wait for the first choice.
        (FROM_PHONE, {"variety": "ar", "strength": 1}, LanguageState("ar", heard=True)),
        (LanguageState("fr"), {"variety": "ary_Latn", "strength": 1}, LanguageState("ary", heard=True)),
        (FROM_PHONE, {"variety": "ary", "strength": 1}, ARY),
        (FROM_PHONE, {}, FROM_PHONE),
        # A greeting alone stands in until the first message that says something: "Bonjour", then a question
        # in MSA, is answered in MSA.
        (LanguageState(), {"variety": "fr", "strength": 2, "greeting": True}, LanguageState("fr")),
        (LanguageState("fr"), {"variety": "ar", "strength": 1}, LanguageState("ar", heard=True)),
        # Hysteresis: "ok", an emoji or one French word does not switch...
        (ARY, {}, ARY),
        (ARY, {"variety": "fr", "strength": 1}, LanguageState("ary", candidate="fr", evidence=1, heard=True)),
        # ...but a second one in a row does, and so does a clearly French message.
        (
            LanguageState("ary", candidate="fr", evidence=1, heard=True),
            {"variety": "fr", "strength": 1},
            LanguageState("fr", heard=True),
        ),
        (ARY, {"variety": "fr", "strength": 4}, LanguageState("fr", heard=True)),
        # A message back in the current language resets the evidence.
        (LanguageState("ary", candidate="fr", evidence=1, heard=True), {"variety": "ary", "strength": 1}, ARY),
        # An explicit choice sticks, whatever comes next.
        (ARY, {"chosen": "ar"}, LanguageState("ar", pinned=True)),
        (
            LanguageState("ar", pinned=True),
            {"variety": "fr", "strength": 5},
            LanguageState("ar", pinned=True),
        ),
        (LanguageState("ar", pinned=True), {"chosen": "fr"}, LanguageState("fr", pinned=True)),
        (ARY, {"chosen": "en"}, ARY),
    ],
)
def test_next_state(state: LanguageState, message: dict, expected: LanguageState) -> None:
    assert next_state(state, **message) == expected


@pytest.mark.parametrize(
    ("code", "language"), [("fr", "fr"), ("FR-ma", "fr"), ("ar-MA", "ary"), ("de", None), (None, None)]
)
def test_platform_language(code: str | None, language: str | None) -> None:
    assert platform_language(code) == language
