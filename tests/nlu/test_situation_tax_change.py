"""A change of regime: said done ("je suis passé de la CPU à l'auto-entrepreneur", "bddelt mn cpu l auto", "انتقلت من
المساهمة المهنية الموحدة إلى المقاول الذاتي"), the regime it is to is held; only wished ("bghit nbddel mn cpu l
auto", "je veux passer de la CPU à l'AE"), the regime it is from is still held."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    ("text", "tax"),
    [
        ("je suis passée de la contribution professionnelle unique à l'auto-entrepreneur, combien l'amo ?", "auto_entrepreneur"),
        ("j'ai changé du forfait à l'auto entrepreneur en 2023, je cotise combien ?", "auto_entrepreneur"),
        ("dwwzt mn l'auto entrepreneur l cpu, ch7al amo daba?", "cpu"),
        ("تحولت من المقاول الذاتي إلى المساهمة المهنية الموحدة، كم اشتراكي؟", "cpu"),
        ("بدلت من الضريبة الموحدة للمقاول الذاتي، شحال غادي نخلص؟", "auto_entrepreneur"),
    ],
)
def test_a_change_done_holds_the_new_regime(reader, text: str, tax: str) -> None:
    assert read(reader, text).get("tax_situation") == tax


@pytest.mark.parametrize(
    ("text", "tax"),
    [
        ("j'aimerais passer du forfait à l'auto-entrepreneur, ça change quoi pour l'amo ?", "cpu"),
        ("baghi nbeddel mn auto entrepreneur l cpu, ch7al ghadi nkhelles?", "auto_entrepreneur"),
        ("أفكر في الانتقال من المساهمة المهنية الموحدة إلى المقاول الذاتي، كم سأدفع للتأمين؟", "cpu"),
    ],
)
def test_a_change_wished_keeps_the_regime_held(reader, text: str, tax: str) -> None:
    assert read(reader, text).get("tax_situation") == tax


@pytest.mark.parametrize(
    "text",
    [
        "je veux passer à la CPU, combien l'amo ?",
        "bghit ndkhol l auto entrepreneur, ch7al amo?",
    ],
)
def test_a_regime_only_wished_is_still_not_held(reader, text: str) -> None:
    assert "tax_situation" not in read(reader, text)


@pytest.mark.parametrize(
    ("text", "tax"),
    [
        # A change said done from a regime, the new one named further on (a company with its accountant).
        ("je suis passé de l'auto-entrepreneur à une petite SARL avec un comptable, combien l'amo ?", "accounts"),
        ("bddelt mn cpu, daba 3ndi lfidusyer kaydir lia lbilan", "accounts"),
        ("انتقلت من المقاول الذاتي، ودابا عندي كونطابل، شحال لامو؟", "accounts"),
    ],
)
def test_a_change_from_a_regime_holds_the_one_named_later(reader, text: str, tax: str) -> None:
    assert read(reader, text).get("tax_situation") == tax


def test_a_change_from_a_regime_to_nothing_named_asks(reader) -> None:
    assert read(reader, "j'ai changé de la CPU l'an dernier, combien l'amo ?").get("tax_situation") is None


@pytest.mark.parametrize(
    ("text", "tax"),
    [
        ("j'ai basculé au régime du résultat net simplifié, quelle cotisation amo ?", "accounts"),
        ("je suis passée au régime de la contribution professionnelle unique, cb l'amo", "cpu"),
        ("depuis janvier je suis passé au régime du résultat net réel, combien je paie pour l'amo", "accounts"),
    ],
)
def test_the_du_of_a_regime_name_is_no_change_from(reader: SituationReader, text: str, tax: str) -> None:
    # "au régime du résultat net…": the regime's name, not "from" the regime.
    assert read(reader, text).get("tax_situation") == tax


@pytest.mark.parametrize(
    ("text", "tax"),
    [
        # The ceiling of a regime passed: the regime is left, and the one after it is held.
        (
            "Mon chiffre d'affaires a dépassé le plafond de l'auto-entrepreneur cette année, du coup mon comptable m'a "
            "basculé au résultat net réel avec une compta complète. Est-ce que ma cotisation AMO va augmenter ?",
            "accounts",
        ),
        ("j'ai dépassé le plafond de l'auto-entrepreneur, je suis passé au réel", "accounts"),
        ("Mon chiffre d'affaires a dépassé le plafond de l'auto-entrepreneur, qu'est-ce que je dois faire ?", None),
    ],
)
def test_a_ceiling_passed_leaves_the_regime(reader, text: str, tax: str | None) -> None:
    assert read(reader, text).get("tax_situation") == tax
