"""Regimes of holders in general: a plural verb after the regime, or before "les" and it; "des" before it; "who has the
regime"; the word "regime" between."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        # A third-person plural verb after the regime, question or not.
        "j'ai lu que les auto-entrepreneurs paient moins de cotisation.",
        "les AE doivent aussi cotiser à la cnss, combien ça fait",
        "auto entrepreneur kaykhelsso chwiya f amo, ana bghit n3ref ch7al",
        "المقاول الذاتي كيخلصو شحال فالأمو؟",
        # Holders named by "who has", or with the word "regime" before the name.
        "li 3ndo lmo7asaba ch7al kaykhelles f cnss?",
        "اللي عندو المساهمة المهنية الموحدة شحال كيخلص؟",
        "كم يؤدي الحرفيون الخاضعون لنظام المساهمة المهنية الموحدة؟",
        "les artisans au forfait paient combien d'AMO ?",
        "ceux qui ont le statut d'auto-entrepreneur cotisent combien ?",
        # "The people of" a regime, "for the" holders.
        "ch7al kaytl3 l amo l nas dyal lmo7asaba?",
        "ناس المساهمة المهنية الموحدة شحال كيخلصو فالتغطية؟",
        "pour les auto-entrepreneurs, l'amo c'est combien ?",
        # The plural verb before "les" and its regime; "des" before a regime.
        "combien paient les auto-entrepreneurs pour l'amo ?",
        "est-ce que cotisent les AE a la cnss",
        "l'AMO des auto-entrepreneurs c'est combien ?",
        "la cotisation des AE est de combien par mois",
    ],
)
def test_a_regime_of_holders_in_general_is_not_the_writers(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") is None


@pytest.mark.parametrize(
    ("text", "tax"),
    [
        # The writer's own no tax still reads beside holders in general.
        ("les AE paient moins, moi je ne paie aucun impôt, combien pour l'amo ?", "none"),
        # A regime before "who" ("the accountant is the one who…") is the writer's.
        ("المحاسب ديالي هو اللي كيدير ليا كلشي، شحال لامو؟", "accounts"),
        # First person plural is the writer's household: held.
        ("7na f auto entrepreneur kankhelsso ch7al f amo?", "auto_entrepreneur"),
        # The writer counts themself among them.
        ("nous sommes des auto-entrepreneurs, combien l'amo ?", "auto_entrepreneur"),
        ("on est des AE ma femme et moi, combien pour l'amo", "auto_entrepreneur"),
        ("je fais partie des auto-entrepreneurs, je paie combien ?", "auto_entrepreneur"),
    ],
)
def test_the_writers_own_beside_holders(reader: SituationReader, text: str, tax: str) -> None:
    assert read(reader, text).get("tax_situation") == tax
