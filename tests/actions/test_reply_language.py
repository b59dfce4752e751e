import pytest

from actions.reply_language import LanguageState, next_state
from hirfa.languages import platform_language

ARY = LanguageState(language="ary")


@pytest.mark.parametrize(
    ("state", "message", "expected"),
    [
        # First message: its variety decides, even on thin evidence.
        (LanguageState(), {"variety": "ary", "strength": 1}, LanguageState("ary")),
        (LanguageState(), {"variety": "fr", "strength": 1}, LanguageState("fr")),
        (LanguageState(), {"variety": "ary_Latn", "strength": 3}, LanguageState("ary")),
        (LanguageState(), {"variety": "ar", "strength": 3}, LanguageState("ar")),
        # Nothing in the message tells: the phone's language is the first default.
        (LanguageState(), {"platform_code": "fr-FR"}, LanguageState("fr")),
        (LanguageState(), {"platform_code": "ar"}, LanguageState("ary")),
        (LanguageState(), {"platform_code": "en"}, LanguageState()),
        # The message beats the phone's language.
        (LanguageState(), {"variety": "ar", "strength": 2, "platform_code": "fr"}, LanguageState("ar")),
        # Hysteresis: "ok", an emoji or one French word does not switch...
        (ARY, {}, ARY),
        (ARY, {"variety": "fr", "strength": 1}, LanguageState("ary", candidate="fr", evidence=1)),
        # ...but a second one in a row does, and so does a clearly French message.
        (
            LanguageState("ary", candidate="fr", evidence=1),
            {"variety": "fr", "strength": 1},
            LanguageState("fr"),
        ),
        (ARY, {"variety": "fr", "strength": 4}, LanguageState("fr")),
        # A message back in the current language resets the evidence.
        (LanguageState("ary", candidate="fr", evidence=1), {"variety": "ary", "strength": 1}, ARY),
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
