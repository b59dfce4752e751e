"""A regime of "an artisan" or "someone" in general ("pour un artisan au réel, l'amo coûte combien ?") is nobody's own;
the writer who is "un artisan au forfait" holds it."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "pour un artisan au forfait, l'amo revient à combien ?",
        "pour une artisane à la CPU, quelle cotisation ?",
        "quelqu'un qui est auto-entrepreneur paie combien d'amo ?",
        "combien paie quelqu'un au réel pour la cnss ?",
    ],
)
def test_one_holder_in_general_holds_nothing_of_the_writer(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") is None


def test_the_writer_as_an_artisan_holds_it(reader: SituationReader) -> None:
    assert read(reader, "je suis un artisan au forfait, combien l'amo ?").get("tax_situation") == "cpu"
