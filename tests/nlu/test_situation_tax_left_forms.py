"""More ways to say a regime was left ("j'ai fait radier mon statut", "résilié", "clôturé", "بطلتها") or held only
in the past ("j'ai été à la CPU"): a regime left with none other named is none; a past one alone states nothing."""

import pytest

from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "j'étais à la CPU, je l'ai fait radier en 2023, combien je paie pour l'amo maintenant ?",
        "mon statut auto-entrepreneur est résilié depuis l'an dernier, combien l'amo ?",
        "auto-entrepreneur clôturé en janvier, je veux m'inscrire à l'AMO",
        "كنت فالمقاول الذاتي وبطلتها، شحال نخلص دابا؟",
        "kont f auto entrepreneur w bttelt, ch7al amo?",
    ],
)
def test_a_regime_left_is_none(reader, text: str) -> None:
    assert read(reader, text).get("tax_situation") == "none"


@pytest.mark.parametrize(
    "text",
    [
        "j'ai été auto-entrepreneur pendant deux ans, combien coûte l'amo ?",
        "j'avais le statut d'auto-entrepreneur, c'est combien l'AMO ?",
    ],
)
def test_a_regime_of_the_past_alone_states_nothing(reader, text: str) -> None:
    assert "tax_situation" not in read(reader, text)


@pytest.mark.parametrize(
    "text",
    [
        # Tax no longer paid, no regime named: none now.
        "ma b9itch kankhelles ddariba mn 3amayn, ch7al amo?",
        "ما بقيتش كنعطي للضرائب والو، شحال لامو؟",
        "je ne paie plus d'impôt depuis que j'ai fermé la boutique, combien l'amo ?",
        "لم أعد أدفع الضريبة، كم اشتراك التأمين؟",
    ],
)
def test_tax_no_longer_paid_is_none(reader, text: str) -> None:
    assert read(reader, text).get("tax_situation") == "none"


def test_tax_no_longer_paid_gives_way_to_a_regime_named(reader) -> None:
    assert read(reader, "je ne paie plus la CPU, je suis auto-entrepreneur maintenant").get("tax_situation") == (
        "auto_entrepreneur"
    )
