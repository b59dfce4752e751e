"""Two regimes held, the writer's own said with "moi je suis", "je suis" wins over someone else's the reader does not
know as a relative ("mon client est au réel, moi je suis AE"); "je suis un artisan au forfait" is the writer, not
artisans in general, while "un artisan à la CPU" in a question is."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    ("text", "tax"),
    [
        ("mon client est au réel, moi je suis auto-entrepreneur, combien l'amo ?", "auto_entrepreneur"),
        ("le grossiste est au forfait; moi je suis au réel, combien je paie ?", "accounts"),
        ("je suis une artisane au forfait, combien l'amo ?", "cpu"),
        ("jsui o reel, cb lamo", "accounts"),
    ],
)
def test_the_writers_own_regime_wins(reader: SituationReader, text: str, tax: str) -> None:
    assert read(reader, text).get("tax_situation") == tax


@pytest.mark.parametrize(
    "text",
    ["un artisan à la CPU doit payer combien ?", "une artisane en auto-entrepreneur cotise combien à l'amo ?"],
)
def test_one_artisan_in_general_holds_nothing(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") is None
