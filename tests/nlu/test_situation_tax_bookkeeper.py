"""Who keeps the books (an accountant, a fiduciary) says accounts only when no regime is named: "mon comptable m'a dit
que je suis à la CPU" holds the CPU."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    ("text", "regime"),
    [
        ("mon comptable m'a dit que je suis au forfait, combien l'amo ?", "cpu"),
        ("j'ai une fiduciaire mais je suis auto-entrepreneur, combien pour la cnss", "auto_entrepreneur"),
        ("lcomptable gal liya ana f lforfait, ch7al amo?", "cpu"),
        ("الكونطابل ديالي قال ليا راني مقاول ذاتي، شحال لامو؟", "auto_entrepreneur"),
        ("المحاسب أخبرني أنني خاضع للمساهمة المهنية الموحدة، كم أدفع؟", "cpu"),
        # Alone, who keeps the books is accounts.
        ("c'est mon comptable qui s'occupe de tout, combien l'amo ?", "accounts"),
        ("عندي الفيديسيير كتدير ليا كلشي، شحال لامو؟", "accounts"),
    ],
)
def test_a_regime_named_wins_over_who_keeps_the_books(reader: SituationReader, text: str, regime: str) -> None:
    assert read(reader, text).get("tax_situation") == regime


@pytest.mark.parametrize("text", ["my accountant keeps my books, combien l'amo ?", "I have an accountant, ch7al amo?"])
def test_an_accountant_in_english_is_accounts(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") == "accounts"
