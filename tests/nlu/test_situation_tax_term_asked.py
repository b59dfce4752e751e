"""A regime named as the term whose meaning is asked is asked about, not held: "que signifie le régime du résultat net
réel ?", "ce que veut dire « assujetti à la CPU »" (nlu/situation_cues.yml what_is, and the words naming the term not
counted in its reach, nlu/situation.py _TERM_FILLERS). The writer's own regime said beside such a question stays held."""

import pytest

from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "Expliquez-moi ce que veut dire « assujetti à la CPU » et combien ça fait pour l'AMO.",
        "Que signifie le régime du résultat net réel ? Et l'AMO coûte combien ?",
        "Que veut dire « contribution professionnelle unique » sur ce papier ? Combien pour l'AMO ?",
        "Quelle est la signification de la CPU pour la cotisation AMO ?",
        "je voudrais savoir ce que veut dire le mot auto-entrepreneur, combien on paie pour l'amo ?",
    ],
)
def test_a_regime_whose_meaning_is_asked_is_not_held(reader, text: str) -> None:
    assert "tax_situation" not in read(reader, text)


@pytest.mark.parametrize(
    ("text", "regime"),
    [
        ("Je suis à la CPU, que veut dire « revenu forfaitaire » dans la lettre de la CNSS ?", "cpu"),
        ("Je suis au réel avec un comptable, que signifie l'AMO exactement ?", "accounts"),
        ("l'AMO c'est quoi pour une auto-entrepreneuse comme moi, je paie combien ?", "auto_entrepreneur"),
    ],
)
def test_the_writers_regime_beside_a_term_asked_is_held(reader, text: str, regime: str) -> None:
    assert read(reader, text).get("tax_situation") == regime
