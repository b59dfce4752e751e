"""A short practice told with a hedge: "depuis à peine un an" (barely), "ghir chi 3am" (about a year, Darija "chi"
with a singular unit). Without a diploma it is below the 3 years of shared/DOMAIN.md §1: category "none".
"à peine" is no verb "a" before an age, and "chi 3am" is one year, unlike "chi snin" (a few years, no count)."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("je brode depuis à peine un an et j'ai aucun diplome, je peux m'inscrire ?", "none"),
        ("ferronnier depuis a peine deux ans, sans diplome", "none"),
        ("je travaille le cuir depuis à peine 4 ans, pas de diplôme", "practice"),
        ("ghir chi 3am w ana kantrz, ma3ndi ta diplome", "none"),
        ("hadi chi 3am bdit f nnjara bla diplome wach n9der ntsjel", "none"),
        ("بديت فالخياطة هادي شي عام، وما عنديش الديبلوم", "none"),
    ],
)
def test_a_short_hedged_practice_is_counted(reader: SituationReader, text: str, category: str) -> None:
    assert read(reader, text).get("category") == category


@pytest.mark.parametrize(
    "text",
    [
        # A few years, plural: no count, too little to decide.
        "hadi chi snin w ana kantrz, ma3ndi ta diplome",
    ],
)
def test_a_few_years_say_too_little(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("category") is None
