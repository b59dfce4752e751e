"""Growing a running business said in words of pace and money: "passer à la vitesse supérieure", "un fonds de
roulement", "doubler ma production"."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "je veux passer à la vitesse supérieure avec ma boutique",
        "j'ai besoin d'un fonds de roulement pour mon atelier",
        "Je paie la CPU depuis 2019 pour mon atelier de dinanderie et je voudrais doubler ma production.",
        "بغيت نضاعف الإنتاج ديال الورشة، كاين شي قرض؟",
        # MSA's first person, and workers hired.
        "أملك دكانا صغيرا للنحاس وأريد أن أضاعف إنتاجي، ما القروض المتاحة؟",
        "أؤدي الضريبة الجزافية عن ورشتي وأريد أن أشغل عاملين، هل من تمويل؟",
        # Darija's first person glued to a French verb: "n'investi" is no French "ne".
        "3ndi atelier d nnjara w bghit n'investi f matériel jdid, kayn chi crédit?",
    ],
)
def test_pace_and_working_capital_are_growth(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("business_stage") == "grow"


def test_enlarging_the_workshop_in_msa(reader) -> None:
    assert read(reader, "انا مقاول ذاتي في النجارة واحتاج قرضا لتكبير ورشتي").get("business_stage") == "grow"
