"""A regime held by "someone who…" in general ("un artisan qui tient une comptabilité", "quelqu'un qui paie la CPU") is
other people's, not the writer's; the writer who says they are that artisan ("je suis un artisan qui…") holds it."""

import pytest

from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "une artisane qui tient une comptabilité, elle paie combien pour l'amo ?",
        "quelqu'un qui paie la CPU, il a droit à la retraite ?",
        "un artisan qui a le statut d'auto-entrepreneur, sa cotisation amo c'est combien ?",
    ],
)
def test_someone_who_holds_a_regime_is_not_the_writer(reader, text: str) -> None:
    assert read(reader, text).get("tax_situation") is None


def test_the_writer_who_is_that_artisan_holds_it(reader) -> None:
    text = "je suis une artisane qui tient une comptabilité, combien l'amo ?"
    assert read(reader, text).get("tax_situation") == "accounts"
