""""pas encore" is "almost" before a count ("pas encore 3 ans") and "not yet" before anything else: "je n'ai pas
encore mon diplôme" says no diploma, as "pas" would."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("je n'ai pas encore mon diplôme de couture, je peux m'inscrire ?", None),
        ("je n'ai pas encore obtenu le diplôme, mais je fais de la poterie depuis 5 ans", "practice"),
        ("j'ai pas encore eu mon CAP, je brode depuis deux ans", "none"),
    ],
)
def test_not_yet_negates_what_follows(reader: SituationReader, text: str, category: str | None) -> None:
    assert read(reader, text).get("category") == category


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # Before a count, it is "almost": under three years is not practice enough.
        ("pas encore 3 ans dans la menuiserie et pas de diplôme", "none"),
        ("ça fait pas encore trois ans que je travaille le cuir, sans diplôme", "none"),
    ],
)
def test_not_yet_before_a_count_is_almost(reader: SituationReader, text: str, category: str) -> None:
    assert read(reader, text).get("category") == category
