"""A regime held by "someone who…" in general ("un artisan qui tient une comptabilité", "quelqu'un qui paie la CPU") is
other people's, not the writer's (so is "pour un auto-entrepreneur ?" asked for: test_situation_tax_for_anyone*); the
writer who says they are that artisan ("je suis un artisan qui…", "comme moi", "c'est mon cas") holds it."""

import pytest

from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "une artisane qui tient une comptabilité, elle paie combien pour l'amo ?",
        "quelqu'un qui paie la CPU, il a droit à la retraite ?",
        "un artisan qui a le statut d'auto-entrepreneur, sa cotisation amo c'est combien ?",
        # The holder named after "pour", then what they do with the regime.
        "Quel est le montant de l'AMO pour un artisan qui paie la CPU ?",
        "Bonjour, quelle pension de retraite peut espérer un artisan qui est à la CPU ?",
        "la retraite pour une artisane qui est au forfait, ça marche comment ?",
    ],
)
def test_someone_who_holds_a_regime_is_not_the_writer(reader, text: str) -> None:
    assert read(reader, text).get("tax_situation") is None


def test_the_writer_who_is_that_artisan_holds_it(reader) -> None:
    text = "je suis une artisane qui tient une comptabilité, combien l'amo ?"
    assert read(reader, text).get("tax_situation") == "accounts"


@pytest.mark.parametrize(
    ("text", "regime"),
    [
        ("l'amo couvre quoi pour un artisan qui est a la contribution professionnelle unique comme moi", "cpu"),
        ("la retraite pour un auto-entrepreneur, ca se passe comment ? c'est mon cas", "auto_entrepreneur"),
        ("est-ce que la retraite est possible pour une auto-entrepreneuse comme moi ?", "auto_entrepreneur"),
        # One described on is the writer told in the third person.
        ("carte d'artisan pour une auto-entrepreneuse qui coud des caftans depuis 5 ans sans diplome", "auto_entrepreneur"),
    ],
)
def test_the_writer_counted_in_or_described_holds_it(reader, text: str, regime: str) -> None:
    assert read(reader, text).get("tax_situation") == regime
