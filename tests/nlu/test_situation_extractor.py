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
        ("category", {"name": "rna_register_how", "confidence": 0.4}),
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
    ],
)
def test_a_situation_is_not_read_in_a_confident_other_topic(entity: str, intent: dict) -> None:
    assert not reads_entity(entity, intent)


@pytest.mark.parametrize(
    "intent",
    [
        # "je suis auto-entrepreneur, quels papiers il faut pour le RNA ?"
        {"name": "rna_documents", "confidence": 0.9},
        # "je paie la CPU, où est la chambre d'artisanat la plus proche de Kénitra ?"
        {"name": "find_office", "confidence": 0.95},
        # "je suis au réel avec un comptable, je voudrais une formation en gestion"
        {"name": "training", "confidence": 0.7},
        # "Je suis auto-entrepreneuse, je fais des tapis, comment vendre sur Jumia ?"
        {"name": "marketing", "confidence": 0.8},
        # "Je suis à la CPU et j'ai 12 ans de métier comme maâlem, comment on s'inscrit sur rna.gov.ma ?"
        {"name": "rna_register_how", "confidence": 0.45},
        {"name": "artisan_card", "confidence": 0.9},
    ],
)
def test_the_writers_regime_is_read_whatever_they_ask(intent: dict) -> None:
    assert reads_entity("tax_situation", intent)
