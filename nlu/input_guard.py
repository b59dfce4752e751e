"""Rasa component that recognises messages no classifier should guess about.

An empty message, emoji alone or a slash-command the assistant does not know would
otherwise get whatever intent the classifier finds least unlikely; flagging them lets
the fallback answer each kindly for what it is.
"""

from __future__ import annotations

from typing import Any

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.constants import INTENT_MESSAGE_PREFIX
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from hirfa.text import has_content, strip_ignorable
from nlu.annotator import MessageAnnotator

INPUT_PROBLEM = "input_problem"
EMPTY, NO_WORDS, UNKNOWN_COMMAND, TOO_LONG = "empty", "no_words", "unknown_command", "too_long"
FALLBACK_INTENT = "nlu_fallback"


def input_problem(text: str, max_length: int) -> str | None:
    """Name what is wrong with ``text`` as a question to the assistant, if anything."""
    visible = strip_ignorable(text).strip()
    if not visible:
        return EMPTY
    if not has_content(visible):
        return NO_WORDS
    if visible.startswith(INTENT_MESSAGE_PREFIX):
        # Known intents arrive here too, but Rasa's RegexMessageHandler runs after
        # this component and replaces the whole parse for them.
        return UNKNOWN_COMMAND
    if len(visible) > max_length:
        return TOO_LONG
    return None


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class InputGuard(MessageAnnotator):
    """Marks unusable messages and routes them to the fallback with full confidence."""

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        """Past this length a message is answered with a request for a shorter question."""
        return {"max_length": 1000}

    def __init__(self, config: dict[str, Any] | None = None) -> None:
        super().__init__(config)
        self._max_length = self._config.get("max_length", self.get_default_config()["max_length"])

    def process(self, messages: list[Message]) -> list[Message]:
        """Flags each unusable message and overrides its intent when nothing can be read."""
        for message in messages:
            problem = input_problem(message.get(TEXT) or "", self._max_length)
            message.set(INPUT_PROBLEM, problem, add_to_output=True)
            if problem is not None:
                intent = {"name": FALLBACK_INTENT, "confidence": 1.0}
                message.set(INTENT, intent, add_to_output=True)
                message.set(INTENT_RANKING_KEY, [intent], add_to_output=True)
        return messages
