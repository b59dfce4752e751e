"""The artisan's path — RNA → professional card → CNSS/AMO → financing, training, selling — and which
step a reminder offered after an answer is about.

Pure data and small functions: the NLG (which offers the reminder), the actions (which record it) and
the scheduler (which sends it) share them without loading Rasa or the database.
"""

from __future__ import annotations

# The steps a reminder can be about, in the order of the path (registering, "rna", is where it starts).
STEPS = ("card", "amo", "grow")
# The intents whose answer is about a step (the step the user is at).
STEP_OF_INTENT = {
    "rna_register_how": "rna",
    "rna_apply": "rna",
    "artisan_card": "card",
    "amo_enroll": "amo",
    "financing": "grow",
    "training": "grow",
    "marketing": "grow",
}
# What comes after a step. Financing, training and selling are one last step, taken in any order:
# a reminder after one of them brings the three back.
NEXT_STEP = {"rna": "card", "card": "amo", "amo": "grow", "grow": "grow"}
# Responses after which a reminder is offered: the step they answer, or None for "the step of the
# intent the user asked with" (a content answer serves several intents).
OFFERED_AFTER: dict[str, str | None] = {
    "utter_register_how": "rna",
    "utter_request_done": "rna",
    "utter_request_done_for_person": "rna",
    "utter_content": None,
    "utter_content_unsourced": None,
}
WHEN = {"week": 7, "month": 30}  # days from now


def step_to_offer(response: str, intent: str | None) -> str | None:
    """The step a "remind me about the next step" button under ``response`` would be about, or None."""
    if response not in OFFERED_AFTER:
        return None
    answered = OFFERED_AFTER[response] or STEP_OF_INTENT.get(intent or "")
    return NEXT_STEP.get(answered or "")


def is_telegram_chat(sender_id: str | None, channel: str | None) -> bool:
    """Whether a message can be sent to this conversation later: a Telegram chat (the bot relays with
    the chat id as sender and ``channel: telegram`` in the metadata; the staff app goes by the id too)."""
    return channel == "telegram" and bool(sender_id) and str(sender_id).lstrip("-").isdigit()
