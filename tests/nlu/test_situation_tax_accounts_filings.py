"""Keeping accounts told by the accountants' yearly filings ("la liasse fiscale", "les états de synthèse", "القوائم
التركيبية") or by the regime's older French name ("imposé au bénéfice réel")."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "ma fiduciaire envoie la liasse fiscale en mars, combien je cotise pour l'amo ?",
        "je dépose mes états de synthèse tous les ans, c'est quoi ma cotisation amo",
        "je suis imposée au bénéfice réel, combien coûte l'amo pour moi ?",
        "la dgi me taxe sur mes bénéfices réels, l'amo c'est combien",
        "أودع القوائم التركيبية كل سنة لدى المصلحة، كم اشتراكي في التأمين الإجباري عن المرض؟",
    ],
)
def test_the_accountants_filings_say_accounts(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") == "accounts"
