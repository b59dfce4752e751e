"""The auto-entrepreneur spelt by ear with the French "l'" glued on and its apostrophe dropped ("lotoantrepreneur",
"lotoantreprise"): the word after the "l" is guessed as it is without it."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "slt, moi lotoantrepreneur, combien pour lamo ?",
        "moi c'est lotoantreprise depuis mai, amo cb ?",
        "jsui lotoantreprneur en couture, la cotisation svp",
        "je suis dans l'otoantreprise, je paie quoi pour l'amo",
    ],
)
def test_auto_entrepreneur_with_its_article_glued(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") == "auto_entrepreneur"


@pytest.mark.parametrize("text", ["je travaille dans lentreprise familiale", "lettres de mon patron"])
def test_other_words_after_a_glued_article_name_no_regime(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") is None
