"""A doubt that closes the regime's sentence takes it back however far after the regime it stands ("je suis à la
CPU, enfin c'est ce que m'a dit le moqaddem, mais je ne suis pas sûr."), as do "je n'en suis plus très sûre", "je ne
m'en souviens plus", "je n'en sais rien" (nlu.situation_tax._doubt_after). A doubt that another clause follows in
the sentence, far from the regime, may be about something else."""

import pytest

from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "Je suis à la CPU, enfin c'est ce que m'a dit le moqaddem, mais je ne suis pas sûr. L'AMO coûte combien ?",
        "Je suis au forfait, du moins je crois, je n'en suis pas certain. L'AMO c'est combien ?",
        "Normalement je suis AE, mais je ne suis plus très sûre, mon fils a fait les papiers. Combien pour l'AMO ?",
        "je suis auto-entrepreneur, c'est mon fils qui a tout rempli sur internet, je ne m'en souviens plus. amo combien",
        "Je suis au réel il me semble, mais franchement je n'en sais rien. L'AMO c'est combien ?",
        "moi c'est la CPU, en tout cas c'est ce qu'on m'a dit à la commune, j'en suis pas sûr",
    ],
)
def test_a_doubt_closing_the_sentence_takes_the_regime_back(reader, text: str) -> None:
    assert "tax_situation" not in read(reader, text)


@pytest.mark.parametrize(
    ("text", "tax"),
    [
        ("je suis à la CPU, je voudrais savoir combien je dois payer pour l'AMO, pas sûr du montant", "cpu"),
        ("je suis auto-entrepreneur depuis 2021. Je ne sais plus si j'ai payé l'amo ce mois-ci", "auto_entrepreneur"),
        ("je suis au forfait, je ne me souviens plus du montant de la patente, combien l'amo ?", "cpu"),
    ],
)
def test_a_doubt_about_something_else_keeps_the_regime(reader, text: str, tax: str) -> None:
    assert read(reader, text).get("tax_situation") == tax
