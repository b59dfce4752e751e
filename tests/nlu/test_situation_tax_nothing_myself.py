"""After a relative's regime, the writer's "moi je ne suis rien" holds no regime: none."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "mon mari est au forfait, moi je ne suis rien, combien l'amo pour moi ?",
        "ma soeur est auto-entrepreneuse et moi je suis rien, cb l'amo",
        "mon père est au réel; moi, je ne suis rien du tout. combien je paie ?",
    ],
)
def test_the_writer_who_is_nothing_holds_none(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") == "none"
