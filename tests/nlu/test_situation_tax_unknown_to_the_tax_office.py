"""Being unknown to the tax office, said in French ("inconnu du fisc", "le fisc ne me connaît pas", "invisible pour les
impôts"), is paying no tax, as "الضرائب لا تعرفني" is."""

import pytest

from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "je suis inconnue des impôts, je fais du crochet chez moi, combien l'amo ?",
        "franchement le fisc ne me connaît pas, l'amo ça coûte combien ?",
        "moi j'ai jamais eu affaire aux impots de ma vie, c'est combien par mois l'amo",
    ],
)
def test_unknown_to_the_tax_office_is_none(reader, text: str) -> None:
    assert read(reader, text).get("tax_situation") == "none"
