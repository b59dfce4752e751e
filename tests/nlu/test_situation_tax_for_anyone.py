"""A regime after "pour un", "pour une" in a question ("combien coûte l'AMO pour un AE ?") is named in general: the
question is for any of its holders, the writer states none; "pour un AE comme moi" counts the writer in."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "la cotisation amo pour une auto-entrepreneuse c'est combien ?",
        "combien de retraite pour un auto entrepreneur ?",
        "je réfléchis encore. l'amo c'est quel montant pour un AE ?",
        "bonjour, quel est le tarif de la cnss pour un micro-entrepreneur ?",
    ],
)
def test_a_regime_for_anyone_is_asked_in_general(reader: SituationReader, text: str) -> None:
    assert "tax_situation" not in read(reader, text)


@pytest.mark.parametrize(
    "text",
    [
        "combien l'amo pour une auto-entrepreneuse comme moi ?",
        "je suis au forfait, c'est combien l'amo pour moi ?",
    ],
)
def test_the_writer_counted_in_keeps_the_regime(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") in ("auto_entrepreneur", "cpu")


@pytest.mark.parametrize(
    "text",
    [
        "l'amo pour une auto-entrepreneuse, ça fait combien ? c'est mon statut.",
        "combien de retraite pour un auto entrepreneur ? c'est mon cas",
    ],
)
def test_the_writer_claiming_the_regime_after_the_question_holds_it(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") == "auto_entrepreneur"
