"""Which intents a stated situation is read in."""

import pytest

from nlu.situation_extractor import reads_entity


@pytest.mark.parametrize(
    ("entity", "intent"),
    [
        ("tax_situation", {"name": "amo_cost", "confidence": 0.9}),
        ("business_stage", {"name": "financing", "confidence": 0.9}),
        # A regime stated with a loan or a registration question: "je suis auto-entrepreneur, un prêt Intelaka ?".
        ("tax_situation", {"name": "financing", "confidence": 0.9}),
        ("tax_situation", {"name": "rna_eligibility", "confidence": 0.8}),
        # A greeting or a yes asks nothing else: the situation answers the question asked before.
        ("tax_situation", {"name": "greet", "confidence": 0.9}),
        ("business_stage", {"name": "affirm", "confidence": 0.8}),
        # An intent the classifier barely prefers is no topic of its own.
        ("business_stage", {"name": "rna_apply", "confidence": 0.3}),
    ],
)
def test_a_situation_is_read_where_it_is_asked_or_where_nothing_else_is(entity: str, intent: dict) -> None:
    assert reads_entity(entity, intent)


@pytest.mark.parametrize(
    ("entity", "intent"),
    [
        # "projet" in a registration question, "5 ans" in a question on financing: another topic, confidently.
        ("business_stage", {"name": "rna_apply", "confidence": 0.9}),
        ("category", {"name": "financing", "confidence": 0.8}),
        ("tax_situation", {"name": "training", "confidence": 0.7}),
        ("tax_situation", {"name": "craft_lookup", "confidence": 0.8}),
    ],
)
def test_a_situation_is_not_read_in_a_confident_other_topic(entity: str, intent: dict) -> None:
    assert not reads_entity(entity, intent)
