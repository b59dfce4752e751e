"""Declaring nothing is no tax, in any person or spelling of the verb; whose it is, the relatives decide."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "la retraite cnss pour nous les artisans ca marche comment? jdeclare rien",
        "on déclare rien du tout, combien l'amo ?",
        "ana ndeclari walo, ch7al l'amo?",
        "ما كنديكلاري والو، شحال لامو؟",
        # Asked for the relative who declares nothing: theirs.
        "mon pere est dinandier, il declare rien et il a 60 ans, il peut toucher une retraite?",
    ],
)
def test_declaring_nothing_is_no_tax(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") == "none"


@pytest.mark.parametrize(
    ("text", "regime"),
    [
        ("je déclare tout, je suis au réel, combien l'amo ?", "accounts"),
        # A relative's, when the writer asks for themself.
        ("mon frère déclare rien, moi je suis auto-entrepreneur, combien l'amo ?", "auto_entrepreneur"),
    ],
)
def test_declaring_something_or_someone_elses_nothing_is_not_no_tax(
    reader: SituationReader, text: str, regime: str
) -> None:
    assert read(reader, text).get("tax_situation") == regime
