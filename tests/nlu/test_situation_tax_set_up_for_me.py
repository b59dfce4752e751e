"""A relative who set a regime up for the writer ("mon fils m'a inscrit en auto-entrepreneur", "bba dar lia l'auto",
"سجلني ابني في نظام المقاول الذاتي") named the writer's own regime, not theirs."""

import pytest

from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    ("text", "tax"),
    [
        ("ma fille m'a inscrite comme auto-entrepreneuse l'an dernier, je paie combien pour l'amo ?", "auto_entrepreneur"),
        ("mon neveu m'a fait le statut d'auto entrepreneur sur internet, combien pour la cnss ?", "auto_entrepreneur"),
        ("khouya sejjelni f auto entrepreneur, ch7al ghadi nkhelles f amo?", "auto_entrepreneur"),
        ("binti darat lia l'auto-entrepreneur, kifach ndkhol l amo?", "auto_entrepreneur"),
        ("ولدي سجلني فالمقاول الذاتي، شحال خاصني نخلص فالتغطية؟", "auto_entrepreneur"),
        ("قامت ابنتي بتسجيلي في نظام المقاول الذاتي، كم اشتراكي الشهري؟", "auto_entrepreneur"),
    ],
)
def test_a_regime_set_up_for_the_writer_is_theirs(reader, text: str, tax: str) -> None:
    assert read(reader, text).get("tax_situation") == tax


def test_a_relatives_own_regime_is_still_theirs(reader) -> None:
    # Nothing done for the writer: the son's regime, the writer speaking of themself, is asked.
    assert "tax_situation" not in read(reader, "mon fils est auto-entrepreneur, moi je paie combien pour l'amo ?")
