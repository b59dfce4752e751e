"""The question a topic's answer waits for, as a form of one question: the tax situation before the AMO amount,
the stage before financing.

The answer is typed in any words, and the intent classifier reads "ma kankhless walo" as a no, "je suis au
forfait" as a wish to register: no rule can key on the intent. So the form's validation reads the message itself
with the situation reader of the NLU (nlu/situation.py), whatever its intent:

- it states the situation: the slot is set (replacing any remembered one), the form ends, and a rule answers the
  topic (data/rules/knowledge.yml);
- it is something the assistant answers on its own (a question, "stop", a greeting, thanks, another button): the
  form leaves, the message rejected by the form is handled as it would be without the question, and nothing
  waits for an answer any more;
- it says "nothing" or "none of them" alone ("walo", "rien", "لا شيء"), answering which tax situation is theirs: no
  tax (a bare "non" or "la" may refuse to say, and is unclear);
- it says nothing readable ("chi haja", "ma3rftch", "non"): the question is asked again, once, with its buttons;
  a second time, the message is handled as if no question had been asked.
"""

from __future__ import annotations

import abc
from typing import Any

from rasa_sdk import FormValidationAction, Tracker
from rasa_sdk.events import ActionExecutionRejected, ActiveLoop, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import REQUESTED_SLOT
from rasa_sdk.types import DomainDict

from actions.content_answers import PENDING_TOPIC
from actions.form_support import ASIDE_CONFIDENCE, FAILURES, QUESTION_INTENTS, written_as_question
from actions.situation_reading import situation_reader, stated
from hirfa.text import normalise
from nlu.lexicon import message_words

# Messages the assistant answers on its own, when the classifier is sure enough (ASIDE_CONFIDENCE): they are
# no answer to the question, and get the reply they would get without it.
ANSWERED_ON_THEIR_OWN = QUESTION_INTENTS | frozenset({
    "greet", "goodbye", "thank", "stop", "bot_challenge", "ask_help", "choose_language", "human_handoff",
    "forget_me", "out_of_scope", "rna_apply", "rna_status",
})
# "I don't know", "something", "not sure": no answer, and no request either, whatever the classifier makes of them
# ("ما عرفتش" reads as a request for the menu). Normalised words (hirfa.text).
UNSURE_WORDS = frozenset(
    normalise(word)
    for word in """
    ma3rftch ma3reftch ma3rfch ma3rafch marftch ma3arfch mafhmtch chi haja chihaja ach chno wallah hmm euh
    je ne sais pas chai aucune idee compris peut etre
    ما عرفتش معرفتش ماعرفتش ماعرفش مافهمتش ما فهمتش شي حاجه والله لا اعرف ادري لست متاكدا
    """.split()
)


# "Nothing", the whole answer to "which tax situation is yours?" (normalised words, joined by one space); "none of
# them" is the reader's own phrase list (nlu/situation_cues.yml none_of_them). The reader finds no tax in them:
# outside that question they say nothing of taxes ("walo" to "did it arrive?", "rien de tout ça" to the stage
# question). Not "non", "la", "لا": a refusal or a slip, asked again.
NOTHING_ANSWERS = frozenset(
    " ".join(w.form for w in message_words(phrase) if w.form)
    for phrase in """
    rien | rien du tout | nada | zero | aucun | aucune | aucun regime | aucun impot | nothing | none |
    walo | walou | lwalo | walo walo | والو | والو والو | ولا حاجة | حتى حاجة | حتى شي حاجة | hta haja | ta haja |
    7ta 7aja | hta 7aja | ta 7aja | ولا وحدة | ولا واحد | حتى وحدة | حتى واحد | hta wa7da | ta wa7da |
    hta wa7ed | ta wa7ed | لا شيء | لاشيء | لا شئ | ولا شيء
    """.split("|")
)


def says_nothing_held(text: str) -> bool:
    """Whether ``text`` is only "nothing" or "none of them" ("aucun, moi j'ai rien de tout ça")."""
    return (
        " ".join(w.form for w in message_words(text) if w.form) in NOTHING_ANSWERS
        or situation_reader().none_of_them_alone(text)
    )


def _text(tracker: Tracker) -> str:
    return str((tracker.latest_message or {}).get("text") or "")


def unsure(text: str) -> bool:
    """Whether ``text`` says only "I don't know", "something" or the like."""
    words = [w.form for w in message_words(text) if w.form]
    return bool(words) and all(w in UNSURE_WORDS for w in words)


def answered_on_its_own(tracker: Tracker) -> bool:
    """Whether the latest message is something the assistant answers on its own rather than an answer to the
    question asked: a button of another message, a request or a question the classifier is sure of."""
    message = tracker.latest_message or {}
    text = _text(tracker)
    if text.startswith("/"):
        return True
    intent = message.get("intent") or {}
    if unsure(text) or (intent.get("confidence") or 0) < ASIDE_CONFIDENCE:
        return False
    return intent.get("name") in ANSWERED_ON_THEIR_OWN


def asks_another_question(tracker: Tracker, topic: str) -> bool:
    """Whether the latest message, written as a question, asks about another topic than ``topic``: the situation
    it may state along the way does not make it an answer ("je suis auto-entrepreneur, comment m'inscrire ?")."""
    message = tracker.latest_message or {}
    intent = message.get("intent") or {}
    return (
        intent.get("name") in QUESTION_INTENTS | {"rna_apply", "rna_status"}
        and intent.get("name") != topic
        and (intent.get("confidence") or 0) >= ASIDE_CONFIDENCE
        and written_as_question(_text(tracker))
    )


class SituationQuestion(FormValidationAction):
    """The validation of a form of one question: the situation ``slot`` that ``topic``'s answer depends on."""

    slot: str
    topic: str
    # The value of a bare "nothing" answer, when the question has one.
    nothing_value: str | None = None

    @abc.abstractmethod
    def name(self) -> str:
        """``validate_<slot>_form``; abstract, so that the action server registers only the two forms."""

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        if tracker.get_slot(REQUESTED_SLOT) is None:
            return self._opening(tracker)
        value = None if asks_another_question(tracker, self.topic) else stated(tracker, self.slot)
        if value is None and self.nothing_value and says_nothing_held(_text(tracker)):
            value = self.nothing_value
        if value is not None:
            return [SlotSet(self.slot, value), SlotSet(PENDING_TOPIC, None), self._failures(tracker, None)]
        # Read as the topic itself, it is no other request, and no rule could start this very form again on it
        # (Rasa predicts no form just rejected): the topic asked again gets its question again; an answer not
        # understood ("ma kankhlles ta dariba" taken for the AMO amount) is explained first.
        if self._reads_as_topic(tracker) and written_as_question(_text(tracker)):
            return [SlotSet(self.slot, None)]
        on_its_own = answered_on_its_own(tracker) and not self._reads_as_topic(tracker)
        if not on_its_own and not self._asked_again(tracker):
            dispatcher.utter_message(response=f"utter_invalid_{self.slot}")
            return [SlotSet(self.slot, None), self._failures(tracker, 1)]
        # The form leaves before the message is handled: it gets the reply it would get without the question.
        return [
            SlotSet(PENDING_TOPIC, None),
            self._failures(tracker, None),
            SlotSet(REQUESTED_SLOT, None),
            ActiveLoop(None),
            ActionExecutionRejected(self.form_name()),
        ]

    def _opening(self, tracker: Tracker) -> list[dict[str, Any]]:
        """At the topic's question: nothing to ask when a related topic was picked (its button names it) or the
        situation is known; else the question is asked, and the topic waits for its answer."""
        if next(tracker.get_latest_entity_values("topic"), None) is not None:
            return [SlotSet(REQUESTED_SLOT, None)]
        if tracker.get_slot(self.slot) is not None:
            return []
        return [SlotSet(PENDING_TOPIC, self.topic)]

    def _reads_as_topic(self, tracker: Tracker) -> bool:
        return ((tracker.latest_message or {}).get("intent") or {}).get("name") == self.topic

    def _asked_again(self, tracker: Tracker) -> bool:
        return bool((tracker.get_slot(FAILURES) or {}).get(self.slot))

    def _failures(self, tracker: Tracker, count: int | None) -> dict[str, Any]:
        """The form failures with this question's count set, or removed (None)."""
        failures = {k: v for k, v in (tracker.get_slot(FAILURES) or {}).items() if k != self.slot}
        if count is not None:
            failures[self.slot] = count
        return SlotSet(FAILURES, failures or None)


class ValidateTaxSituationForm(SituationQuestion):
    """The tax situation, asked before the AMO amount."""

    slot = "tax_situation"
    topic = "amo_cost"
    nothing_value = "none"

    def name(self) -> str:
        return "validate_tax_situation_form"


class ValidateBusinessStageForm(SituationQuestion):
    """The stage of the business, asked before financing."""

    slot = "business_stage"
    topic = "financing"

    def name(self) -> str:
        return "validate_business_stage_form"
