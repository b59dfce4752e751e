"""A regime that is the subject of a question's verb put before it ("combien paie un auto-entrepreneur ?") is named
in general, as "est-ce qu'un auto-entrepreneur paie…" is; "comme moi" after it makes it the writer's."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "combien paie un auto-entrepreneur pour l'amo ?",
        "combien doit payer une auto-entrepreneuse pour l'amo ?",
        "combien paie un artisan au forfait pour l'amo ?",
        "combien doit verser un artisan à la CPU pour l'AMO ?",
        "que paie une auto-entrepreneuse pour la cnss ?",
        "combien cotise un AE pour la retraite ?",
    ],
)
def test_a_regime_after_an_inverted_verb_is_general(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") is None


@pytest.mark.parametrize(
    ("text", "tax"),
    [
        ("combien paie un artisan au forfait comme moi pour l'amo ?", "cpu"),
        ("je suis auto-entrepreneur, combien je paie pour l'amo ?", "auto_entrepreneur"),
        ("combien je paie pour l'amo ? je suis un auto-entrepreneur", "auto_entrepreneur"),
    ],
)
def test_the_writers_own_regime_stays_held(reader: SituationReader, text: str, tax: str) -> None:
    assert read(reader, text).get("tax_situation") == tax
