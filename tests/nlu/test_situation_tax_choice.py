"""Regimes named without being held: offered as a choice ("la CPU ou l'auto-entrepreneur ?", "entre forfait et
auto-entrepreneur"), in doubt ("je ne sais pas si je suis à la CPU", "au forfait ou pas"), or named in general and
compared further on in the clause ("un auto-entrepreneur paie combien … par rapport à …"), or asked about ("أش معنى
الفورفي؟")."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "je dois choisir entre la CPU et le statut d'auto-entrepreneur, qu'est-ce qui est mieux pour l'amo ?",
        "vaut mieux être au forfait ou auto entrepreneur pour payer moins de cnss ?",
        "cpu ou bien comptabilité, lequel coûte le moins pour l'assurance maladie ?",
        "entre le régime forfaitaire et la comptabilité, je prends quoi ?",
    ],
)
def test_regimes_offered_as_a_choice_are_asked_not_held(reader: SituationReader, text: str) -> None:
    assert "tax_situation" not in read(reader, text)


@pytest.mark.parametrize(
    "text",
    [
        "je sais pas si je suis au forfait, l'amo me coûtera combien ?",
        "je me demande si je suis auto-entrepreneur ou pas, mon comptable s'occupe de tout",
        "je ne suis pas sûr d'être à la CPU, combien pour la cotisation ?",
        "suis-je à la CPU ou non ? je ne me souviens plus",
        # Not knowing one's regime: the doubt's "ne… pas" says no tax either.
        "je ne sais pas quel est mon régime fiscal, l'amo c'est combien ?",
        "ma3rftch ach mn nidam dariba 3ndi, ch7al amo?",
        "ماعرفتش شنو هو النظام الضريبي ديالي، شحال لامو؟",
        "لا أعرف ما هو نظامي الضريبي، كم سأدفع للتأمين؟",
    ],
)
def test_a_regime_in_doubt_is_not_held(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") in (None, "accounts")


@pytest.mark.parametrize(
    "text",
    [
        "un auto-entrepreneur cotise combien pour l'amo par rapport à un artisan au forfait ?",
        "l'auto-entrepreneur verse quel montant à la cnss comparé à celui qui a un comptable ?",
        "est-ce que l'auto-entrepreneur cotise plus cher qu'un artisan qui ne paie pas d'impôt ?",
        "la CPU c'est moins cher pour l'amo que le statut d'auto-entrepreneur ?",
        "un auto-entrepreneur paie plus cher que le forfait pour la santé ?",
    ],
)
def test_a_regime_named_in_general_is_compared_anywhere_in_its_clause(reader: SituationReader, text: str) -> None:
    assert "tax_situation" not in read(reader, text)


@pytest.mark.parametrize(
    ("text", "regime"),
    [
        # A regime held, then a question: still held.
        ("je suis au forfait, c'est mieux que l'auto-entrepreneur pour l'amo ?", "cpu"),
        ("je suis auto-entrepreneur, je ne sais pas combien je paierai pour l'amo", "auto_entrepreneur"),
        ("je paie la CPU chaque année, ou est-ce que je dois payer autre chose pour l'amo ?", "cpu"),
        # A doubt about something else leaves the regime held.
        ("je ne sais pas si l'amo couvre mes enfants, je suis à la CPU", "cpu"),
        # The writer's own regime, then a comparison: still held.
        ("je paie la CPU, c'est plus cher que l'auto-entrepreneur ?", "cpu"),
        ("je suis à la CPU, c'est plus cher pour moi l'amo ?", "cpu"),
        ("je ne paie pas d'impôt, l'amo c'est plus cher pour moi ?", "none"),
    ],
)
def test_a_regime_held_stays_held_beside_a_choice_or_a_doubt(reader: SituationReader, text: str, regime: str) -> None:
    assert read(reader, text).get("tax_situation") == regime


@pytest.mark.parametrize(
    ("text", "regime"),
    [
        ("je voudrais passer à l'auto-entrepreneur, l'amo me coûtera combien ?", None),
        ("j'aimerais passer à la CPU l'an prochain, pour l'instant je ne paie aucun impôt", "none"),
        ("je veux passer au forfait, c'est combien la cotisation ?", None),
    ],
)
def test_a_regime_one_wishes_to_move_to_is_not_held(reader: SituationReader, text: str, regime: str | None) -> None:
    assert read(reader, text).get("tax_situation") == regime


@pytest.mark.parametrize(
    "text",
    [
        "أش معنى الفورفي؟ وشحال كيخلصو اللي فيه فلامو؟",
        "chno hiya lmousahama lmihniya lmou7ada? w amo ch7al?",
        "ما الفرق بين النظام الجزافي والمقاول الذاتي في اشتراك التأمين الصحي؟",
    ],
)
def test_a_regime_asked_about_is_not_held(reader: SituationReader, text: str) -> None:
    assert "tax_situation" not in read(reader, text)
