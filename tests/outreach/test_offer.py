"""The "remind me about the next step" button: under answers about a step, in Telegram chats only."""

from __future__ import annotations

import pytest
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from hirfa.artisan_path import step_to_offer
from replies.nlg import CatalogNLG

REMIND = "/remind_me"


@pytest.fixture(scope="module")
def nlg() -> CatalogNLG:
    return CatalogNLG()


@pytest.fixture(scope="module")
def domain() -> Domain:
    return Domain.load("domain")


def tracker(
    domain: Domain, intent: str, sender: str = "424242", channel: str | None = "telegram"
) -> DialogueStateTracker:
    metadata = {"channel": channel} if channel else {}
    events = [
        SlotSet("language", "fr"),
        UserUttered(f"/{intent}", intent={"name": intent, "confidence": 1.0}, metadata=metadata),
    ]
    return DialogueStateTracker.from_events(sender, events, slots=domain.slots)


@pytest.mark.parametrize(
    ("response", "intent", "step"),
    [
        ("utter_register_how", "rna_register_how", "card"),
        ("utter_request_done", "affirm", "card"),  # the form ends on the consent
        ("utter_content", "artisan_card", "amo"),
        ("utter_content", "amo_enroll", "grow"),
        ("utter_content_unsourced", "financing", "grow"),
        ("utter_content", "marketing", "grow"),
        ("utter_content", "pension_info", None),
        ("utter_greet", "greet", None),
    ],
)
async def test_the_offer_comes_under_answers_about_a_step(
    nlg: CatalogNLG, domain: Domain, response: str, intent: str, step: str | None
) -> None:
    assert step_to_offer(response, intent) == step
    message = await nlg.generate(
        response, tracker(domain, intent), "rest", content="x", verified_date="2026-11-29"
    )
    offers = [b for b in message["buttons"] if b["payload"].startswith(REMIND)]
    if step is None:
        assert offers == []
    else:
        # One extra button, last, in the reply language.
        assert message["buttons"][-1] == {
            "title": "Me rappeler l'étape suivante",
            "payload": f'/remind_me{{"step": "{step}"}}',
        }
        assert len(offers) == 1


@pytest.mark.parametrize(("sender", "channel"), [("cli-0a1b2c", "cli"), ("424242", "cli"), ("424242", None)])
async def test_no_offer_where_a_reminder_cannot_be_delivered(
    nlg: CatalogNLG, domain: Domain, sender: str, channel: str | None
) -> None:
    message = await nlg.generate(
        "utter_register_how", tracker(domain, "rna_register_how", sender, channel), "rest"
    )
    assert not [b for b in message["buttons"] if b["payload"].startswith(REMIND)]


def test_every_offered_step_fits_telegrams_callback_data() -> None:
    longest = max((f'/remind_me{{"step": "{s}", "when": "month"}}' for s in ("card", "amo", "grow")), key=len)
    assert len(longest.encode()) <= 64
