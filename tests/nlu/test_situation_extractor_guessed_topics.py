"""A registering-steps or training question, even one the classifier barely prefers, does not read the tax; other
guesses below the confidence still do (a bare answer to the assistant's question)."""

import pytest

from nlu.situation_extractor import reads_entity


@pytest.mark.parametrize(
    "intent",
    [
        # "Je travaille le cuivre depuis 2015, je suis au RNS. Comment je fais pour m'inscrire au registre ?"
        {"name": "rna_register_how", "confidence": 0.49},
        # "Coopérative de tissage, nous sommes au réel avec un comptable. Comment inscrire la coopérative au RNA ?"
        {"name": "rna_register_how", "confidence": 0.43},
        {"name": "rna_register_how", "confidence": 0.26},
        # "je paye ma cpu chaque année, est-ce que la chambre fait des formations en maroquinerie ?"
        {"name": "training", "confidence": 0.37},
        {"name": "training", "confidence": 0.2},
    ],
)
def test_a_guessed_registering_or_training_question_reads_no_tax(intent: dict) -> None:
    assert not reads_entity("tax_situation", intent)


@pytest.mark.parametrize(
    ("entity", "intent"),
    [
        # Bare answers guessed as anything ("au réel", "rézime cpu", "otoantreprneur").
        ("tax_situation", {"name": "bot_challenge", "confidence": 0.48}),
        ("tax_situation", {"name": "nlu_fallback", "confidence": 0.2}),
        ("tax_situation", {"name": "rna_status", "confidence": 0.3}),
        # The kind of registrant is still read in a registering question, guessed or not.
        ("category", {"name": "rna_register_how", "confidence": 0.4}),
        ("category", {"name": "training", "confidence": 0.3}),
    ],
)
def test_other_guesses_still_read(entity: str, intent: dict) -> None:
    assert reads_entity(entity, intent)
