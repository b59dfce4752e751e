"""What every form shares: counting bad answers, offering help after two, clearing a form's slots."""

from __future__ import annotations

import abc
from typing import Any

from rasa_sdk import FormValidationAction, Tracker
from rasa_sdk.events import ActionExecutionRejected, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import REQUESTED_SLOT
from rasa_sdk.types import DomainDict

from actions.content_answers import ANSWERED_BY, PENDING_TOPIC, answer_topic
from actions.latest_message import split_at_latest_message
from actions.situation_reading import stated
from hirfa.question_words import QUESTION_WORDS
from hirfa.text import normalise

FAILURES = "form_failures"
HELP_AFTER = 2
FORM_SLOTS = (
    "request_for_other",
    "request_relationship",
    "request_person_consent",
    "request_full_name",
    "request_cin",
    "request_phone",
    "request_trade",
    "request_trade_text",
    "request_trade_ok",
    "request_city",
    "request_category",
    "request_consent",
    "status_reference",
    "status_cin",
    "office_city",
    PENDING_TOPIC,
    FAILURES,
)


def rejected(
    tracker: Tracker, dispatcher: CollectingDispatcher, slot: str, explanation: str
) -> dict[str, Any]:
    """Explain why an answer was refused and ask again; every second refusal, offer a person or a way out.
    A message that was something else (``answered_otherwise``) is no wrong answer: the question is asked again,
    with nothing said or counted here."""
    if answered_otherwise(tracker, slot):
        return {slot: None}
    failures = dict(tracker.get_slot(FAILURES) or {})
    failures[slot] = failures.get(slot, 0) + 1
    dispatcher.utter_message(response=explanation)
    if failures[slot] % HELP_AFTER == 0:
        dispatcher.utter_message(response="utter_form_help_offer")
    return {slot: None, FAILURES: failures}


def checked(
    tracker: Tracker, dispatcher: CollectingDispatcher, slot: str, value: Any, explanation: str
) -> dict[str, Any]:
    """Fill ``slot`` with a cleaned value, or refuse the answer (``value`` None) with ``explanation``."""
    if value is None:
        return rejected(tracker, dispatcher, slot, explanation)
    return {slot: value}


# Replies that answer the conversation, not the question: "ah", "ok", "wah", "oui", "salam", "merci", "menu".
NON_ANSWER_INTENTS = frozenset({"affirm", "deny", "greet", "goodbye", "thank", "ask_help", "bot_challenge"})
NON_ANSWER_CONFIDENCE = 0.5


def is_non_answer(tracker: Tracker) -> bool:
    """Whether the latest message is a yes/no, a greeting, thanks or a menu word rather than an answer."""
    intent = (tracker.latest_message or {}).get("intent") or {}
    return intent.get("name") in NON_ANSWER_INTENTS and (intent.get("confidence") or 0) >= NON_ANSWER_CONFIDENCE


# The words of those replies, of "I don't know" and of "I want to register" said again at a question, in every
# variety (normalised, see hirfa.text). The intent alone cannot tell a name from thanks: "عبد الله الوزاني" reads
# as thanks for its "الله", so a name needs two words besides these.
CONVERSATION_WORDS = frozenset(
    normalise(word)
    for word in """
    ok okay oki yes no oui non ouais si bien sur tres d'accord daccord accord parfait merci beaucoup mille fois
    bonjour bonsoir salut hello hi bye au revoir svp stp menu aide help start stop annuler
    wah wa iyeh iyyeh eyeh ewa ah aah la lla laa waxa wakha wakhkha safi mzyan salam slm slam salamo
    alaykom alikom alaykoum 3alaykom aleykoum chokran choukran chokrane shukran bzaf baraka lah allah
    bslama bsslama hh hhh mrc thanks thank you
    نعم لا اه ايه ايوه واه واخا صافي مزيان سلام السلام عليكم وعليكم مرحبا اهلا وسهلا شكرا جزيلا بزاف
    الله يجازيك يخليك بارك فيك فيكم حسنا موافق طيب اوك صباح مساء الخير النور بسلامه مع السلامه
    القائمه مساعده عاونوني
    ma3rftch ma3reftch ma3rfch ma3rafch marftch je ne sais pas connais aucune idee
    ما عرفتش معرفتش عرفت ماعرفتش اعرف ادري والله
    je veux voudrais m'inscrire inscrire inscription bghit bghiti nbghi ntsjel nsajel tsjel tasjil
    au registre national rna sijil f fi
    بغيت نتسجل نسجل اريد ارغب التسجيل تسجيل في السجل الوطني فالسجل
    """.split()
)


def is_conversation_only(tracker: Tracker, text: str) -> bool:
    """Whether ``text`` is a yes/no, greeting, thanks, menu word or "I don't know" rather than a name, a trade
    or a city."""
    words = [w for w in (normalise(w).strip(",.!?;:") for w in text.split()) if w]
    others = sum(w not in CONVERSATION_WORDS for w in words)
    return others == 0 or (is_non_answer(tracker) and others < 2)


# Questions answered in the middle of a form by one action (data/rules/form_questions.yml), then the form goes on.
# Where the nearest office is has a form of its own, and only one form runs at a time: in another form it is
# answered for the city known (actions/offices.py ActionOfficeAside).
QUESTION_INTENTS = frozenset({
    "artisan_card", "amo_info", "amo_cost", "amo_enroll", "pension_info", "financing", "training", "marketing",
    "rna_register_how", "rna_eligibility", "rna_documents", "craft_lookup", "find_office",
})
# Besides those, what a form answers on its own before asking its question again (data/rules/form_questions.yml):
# whether a person is writing, and, in the request, where a file stands (not this request: it is not sent yet).
FORM_ASIDES = {
    "rna_request_form": frozenset({"bot_challenge", "rna_status"}),
    "rna_status_form": frozenset({"bot_challenge"}),
    "office_form": frozenset({"bot_challenge"}),
}
# Below this, an answer that fits no format is more likely a badly typed answer than a question.
ASIDE_CONFIDENCE = 0.5
# ...unless written as a question: the classifier is often unsure of questions about something else altogether
# ("vous connaissez un bon restaurant à Rabat ?" reads as out of scope at .46), never of a name or a number.
QUESTION_MARK_CONFIDENCE = 0.25
# A question about something else altogether gets the out-of-scope reply, then the form's question again
# (data/rules/form_questions.yml); only when written as one: a trade or a name typed may read as out of scope.
OFF_TOPIC = "out_of_scope"
# Intents that are the answer itself at a question ("wach lkhrrata dakhla?" names the trade asked for).
ANSWERING_INTENTS = {"request_trade": frozenset({"craft_lookup"}), "office_city": frozenset({"find_office"})}
# Questions answered in free words, where names are often read as intents ("عبد الله الوزاني" as thanks): only a
# message written as a question counts as one there.
FREE_WORD_SLOTS = frozenset({"request_full_name", "request_relationship"})
# Besides the shared question words, those that open a question but may stand inside a statement too.
OPENING_WORDS = QUESTION_WORDS | frozenset(
    normalise(word)
    for word in """
    chnou chnu kif kifech mnin lach imta fo9ach chkoun achmen quand qui qu'est-ce
    اش شنا منين امتى فوقاش شكون اشمن متى ماذا من
    """.split()
)


def written_as_question(text: str) -> bool:
    """Whether ``text`` has a question mark or starts with a question word."""
    if _has_question_mark(text):
        return True
    words = [normalise(w).strip(",.!;:") for w in text.split()]
    return bool(words) and words[0] in OPENING_WORDS


def asked_aside(tracker: Tracker) -> bool:
    """Whether the latest message, at a form's question, is clearly a question of another intent rather than an
    answer (the caller has already found no answer in it)."""
    message = tracker.latest_message or {}
    intent = message.get("intent") or {}
    name, slot = intent.get("name"), tracker.get_slot(REQUESTED_SLOT)
    asides = QUESTION_INTENTS | {OFF_TOPIC} | FORM_ASIDES.get(tracker.active_loop_name or "", frozenset())
    if name not in asides or name in ANSWERING_INTENTS.get(slot, ()):
        return False
    text = str(message.get("text") or "")
    confidence = intent.get("confidence") or 0
    if confidence < ASIDE_CONFIDENCE and not (confidence >= QUESTION_MARK_CONFIDENCE and _has_question_mark(text)):
        return False
    if name == OFF_TOPIC:
        return written_as_question(text)
    # Where names are typed, and when the message states the user's case ("je suis maâlem, 15 ans"), it is
    # only a question when written as one.
    states_case = any(e.get("entity") == "category" for e in message.get("entities") or [])
    if slot in FREE_WORD_SLOTS or states_case:
        return written_as_question(text)
    return True


def _has_question_mark(text: str) -> bool:
    return "?" in text or "؟" in text


def answers_pending_question(tracker: Tracker) -> bool:
    """Whether the latest message answers the question a topic's answer waits for (the tax situation asked
    before the AMO amount, the stage before financing), typed in any words and so read as any intent: read as the
    one-question forms read it outside a form (actions/situation_reading.py)."""
    entity = ANSWERED_BY.get(tracker.get_slot(PENDING_TOPIC))
    return entity is not None and stated(tracker, entity) is not None


# The forms that note a case stated at any of their questions (actions/registration_form.py).
CASE_NOTING_FORMS = frozenset({"rna_request_form"})
REQUEST_CATEGORIES = ("diploma", "practice", "maalem", "cooperative", "enterprise")


def states_case(tracker: Tracker, slot: str) -> bool:
    """Whether the latest message states the user's case to a form that notes it, at a question whose answer is
    not in free words ("Mohamed El Maalem" is a name)."""
    said = next(tracker.get_latest_entity_values("category"), None)
    return said in REQUEST_CATEGORIES and slot not in FREE_WORD_SLOTS and tracker.active_loop_name in CASE_NOTING_FORMS


def answered_otherwise(tracker: Tracker, slot: str) -> bool:
    """Whether the latest message, which does not answer ``slot``, was something else that gets its own reply:
    a question (answered by a rule), an answer to the question a topic waits for (answered by the form's
    validation), or the user's case (noted). None of them is a wrong answer."""
    return asked_aside(tracker) or answers_pending_question(tracker) or states_case(tracker, slot)


def aside_events(
    tracker: Tracker, dispatcher: CollectingDispatcher, events: list[dict[str, Any]], form: str
) -> list[dict[str, Any]]:
    """``events`` of a form's validation, and what the latest message needs when it answers no question of the
    form: the topic's answer when it answers the question that topic waits for (no rule can key on it: typed,
    it reads as any intent), or the form rejected when it is a question, for a rule to answer it. Either way the
    form then asks its question again."""
    slot = tracker.get_slot(REQUESTED_SLOT)
    answered = any(e.get("event") == "slot" and e.get("name") == slot and e.get("value") is not None for e in events)
    # Only for the user's message: the form runs again after the answer, with the same latest message.
    if not slot or answered or _acted_since_message(tracker, form):
        return events
    if answers_pending_question(tracker):
        topic = tracker.get_slot(PENDING_TOPIC)
        entity = ANSWERED_BY[topic]
        # Read in the text, the situation fills no slot by itself: the answer is chosen from the slot, and the
        # situation now stated replaces a remembered one.
        value = stated(tracker, entity)
        tracker.slots[entity] = value
        return [*events, SlotSet(entity, value), *answer_topic(dispatcher, tracker, topic)]
    if asked_aside(tracker):
        return [*events, ActionExecutionRejected(form)]
    return events


class QuestionAwareFormValidation(FormValidationAction):
    """A form's validation where a message that answers something else than the form's question gets its answer,
    and the form goes on with its question asked again: a question rejects the form for a rule
    (data/rules/form_questions.yml) to answer it; the answer to a question asked in the middle of the form is
    answered here."""

    @abc.abstractmethod
    def name(self) -> str:
        """``validate_<form>``; abstract, so that the action server registers only the forms' own validations."""

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        return aside_events(tracker, dispatcher, await super().run(dispatcher, tracker, domain), self.form_name())


def _acted_since_message(tracker: Tracker, form: str) -> bool:
    """Whether an action other than the form ran since the latest user message (the form is coming back after
    an answer). Rasa validates on a copy of the tracker that always ends with the form's own action."""
    _, since = split_at_latest_message(tracker)
    return any(e.get("event") == "action" and e.get("name") not in (form, "action_listen") for e in since)


def failures_of(tracker: Tracker, slot: str) -> int:
    """How many answers to ``slot`` were refused so far."""
    return int((tracker.get_slot(FAILURES) or {}).get(slot, 0))


def cleared() -> list[dict[str, Any]]:
    """Events that empty every form slot, so nothing half-filled stays behind."""
    return [SlotSet(slot, None) for slot in FORM_SLOTS]
