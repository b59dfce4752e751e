"""A yes or a no out of context: what next? — unless it takes back the situation the answer just given rested on;
the same for a message out of scope, not understood, or read as who may register or a language.

"non en fait je suis auto-entrepreneur", "la smeh lia, ana mazal ma bdit": said right after the AMO amount or the
financing answer, such a message reads as a no, yet it corrects the tax situation or the stage that answer was
chosen for. It is answered again for the situation now stated, which replaces the remembered one.
"""

from __future__ import annotations

import abc
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.content_answers import ANSWERED_BY, TOPIC_OF_FORM, answer_topic
from actions.form_support import written_as_question
from actions.latest_message import slot_before_latest_message, split_at_latest_message
from actions.situation_reading import stated
from hirfa.text import normalise


def topic_answered_last(tracker: Tracker) -> str | None:
    """The topic answered for a situation (amo_cost, financing) in reply to the message before the latest one."""
    earlier, _ = split_at_latest_message(tracker)
    previous = next((i for i in range(len(earlier) - 1, -1, -1) if earlier[i].get("event") == "user"), None)
    if previous is None:
        return None
    ran = [e.get("name") for e in earlier[previous + 1 :] if e.get("event") == "action"]
    if "action_answer_topic" not in ran:
        return None
    # Answered once its question's form ended: the form names the topic (the answer typed reads as any intent).
    topic = next((TOPIC_OF_FORM[name] for name in ran if name in TOPIC_OF_FORM), None)
    if topic is None:
        topic = ((earlier[previous].get("parse_data") or {}).get("intent") or {}).get("name")
    return topic if topic in ANSWERED_BY else None



# A reply that opens with one of these answers the assistant's last answer ("non, en fait…", "لا، في الحقيقة…").
_NO_WORDS = frozenset(normalise(w) for w in "non no nn la laa lla لا لأ".split())


def opens_with_no(tracker: Tracker) -> bool:
    """Whether the latest message opens with a no."""
    words = [normalise(w).strip(",.!;:،") for w in str((tracker.latest_message or {}).get("text") or "").split()]
    return bool(words) and words[0] in _NO_WORDS


def answered_again(tracker: Tracker, dispatcher: CollectingDispatcher) -> list[dict[str, Any]] | None:
    """The last answer again, when the latest message takes back the situation it was chosen for; else None.
    The message reads as a no, or, stating the user's case, as anything: who may register ("لا، في الحقيقة أنا
    أسكن في قرية"), a language ("la, ana f l3roubia"), out of scope ("la, ana saken f douar"), not understood
    ("لا، أنا أعيش في البادية"). The situation it states decides, not its intent: the actions those intents
    lead to ask here first."""
    if written_as_question(str((tracker.latest_message or {}).get("text") or "")):
        return None  # a question stays a question, whatever situation it names along the way
    topic = topic_answered_last(tracker)
    entity = ANSWERED_BY.get(topic or "")
    value = stated(tracker, entity) if entity else None
    if entity is None or value is None or value == slot_before_latest_message(tracker, entity):
        return None
    # The answer is chosen from the slot: the situation now stated replaces the one it was chosen for.
    tracker.slots[entity] = value
    return [SlotSet(entity, value), *answer_topic(dispatcher, tracker, topic or "")]


class _AnsweredAgainOr(Action, metaclass=abc.ABCMeta):
    """The last answer again when the message takes back the situation it was chosen for, else ``otherwise``."""

    otherwise: str

    @abc.abstractmethod
    def name(self) -> str:
        """The action's name in the domain (abstract: the action server registers only the subclasses)."""

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        again = answered_again(tracker, dispatcher)
        if again is None:
            dispatcher.utter_message(response=self.otherwise)
            return []
        return again


class ActionAfterYesNo(_AnsweredAgainOr):
    """A yes or no that answers no question: the last answer again for a situation taken back, else what next."""

    otherwise = "utter_anything_else"

    def name(self) -> str:
        return "action_after_yes_no"


class ActionOutOfScope(_AnsweredAgainOr):
    """Say what is out of scope, unless the message takes back the situation the last answer was chosen for."""

    otherwise = "utter_out_of_scope"

    def name(self) -> str:
        return "action_out_of_scope"
