"""A regime that is only the circumstance of a question about the AMO's price ("l'AMO est moins chère au forfait ?")
is no regime of the writer's (nlu/situation_general_question.py); the writer's own regime in its own clause beside
such a question stays held."""

import pytest

from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "l'amo est plus chère au réel ?",
        "est-ce que l'AMO coûte moins cher à la CPU qu'au réel ?",
        "Est-ce que l'AMO est gratuite au forfait ?",
        "l'AMO serait moins coûteuse en auto-entrepreneur ?",
        "franchement l'assurance AMO est plus chère sous le régime du réel ?",
    ],
)
def test_a_regime_of_a_price_question_is_not_held(reader, text: str) -> None:
    assert "tax_situation" not in read(reader, text)


@pytest.mark.parametrize(
    ("text", "regime"),
    [
        ("moi je suis à la CPU, l'AMO est moins chère ?", "cpu"),
        ("Je suis au réel, est-ce que c'est plus cher pour l'AMO ?", "accounts"),
        ("on est à la CPU avec mon mari, combien l'AMO ?", "cpu"),
    ],
)
def test_the_writers_regime_beside_a_price_question_is_held(reader, text: str, regime: str) -> None:
    assert read(reader, text).get("tax_situation") == regime
