"""What every form shares: counting bad answers, offering help after two, clearing a form's slots."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

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
    FAILURES,
)


def rejected(
    tracker: Tracker, dispatcher: CollectingDispatcher, slot: str, explanation: str
) -> dict[str, Any]:
    """Explain why an answer was refused and ask again; every second refusal, offer a person or a way out."""
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


# The words of those replies, and of "I don't know", in every variety (normalised, see hirfa.text). The intent
# alone cannot tell a name from thanks: "عبد الله الوزاني" reads as thanks for its "الله", so a name needs two
# words besides these.
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
    """.split()
)


def is_conversation_only(tracker: Tracker, text: str) -> bool:
    """Whether ``text`` is a yes/no, greeting, thanks, menu word or "I don't know" rather than a name, a trade
    or a city."""
    words = [w for w in (normalise(w).strip(",.!?;:") for w in text.split()) if w]
    others = sum(w not in CONVERSATION_WORDS for w in words)
    return others == 0 or (is_non_answer(tracker) and others < 2)


def failures_of(tracker: Tracker, slot: str) -> int:
    """How many answers to ``slot`` were refused so far."""
    return int((tracker.get_slot(FAILURES) or {}).get(slot, 0))


def cleared() -> list[dict[str, Any]]:
    """Events that empty every form slot, so nothing half-filled stays behind."""
    return [SlotSet(slot, None) for slot in FORM_SLOTS]
