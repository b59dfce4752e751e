"""Trade names said alone, without the word that usually follows them ("mécanique" for "mécanique auto")."""

import pytest

from nlu.lexicon import Lexicon
from tests.nlu.test_lexicon import found, seed_lexicon  # noqa: F401 (fixture)


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("khdam f lmecanique 4 snin", "lmecanique"),
        ("je fais de la mécanique depuis 2019", "la mécanique"),
        ("3ndi garage dyal mecanique f tanja", "mecanique"),
    ],
)
def test_mechanics_alone_is_car_mechanics(seed_lexicon: Lexicon, text: str, written: str) -> None:  # noqa: F811
    assert ("craft", "CAR_MECHANICS", written) in found(seed_lexicon, text)
