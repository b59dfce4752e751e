"""A writer who is an accountant by trade ("je suis comptable, je demande pour mes clients", "en tant
qu'expert-comptable") keeps no books of their own by the word: the regime named for the clients, or none, is read;
"j'ai un comptable", "je suis avec un comptable" still keep accounts. The same in Darija and MSA ("ana comptable",
"خدام كونطابل", "أنا محاسب")."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "je suis comptable, je demande pour mes clients artisans, combien l'amo pour eux ?",
        "En tant qu'expert-comptable je suis plusieurs artisans, comment ils s'inscrivent à l'amo ?",
        "bonjour, je suis une comptable, mes clientes sont AE ou au forfait, combien l'amo ?",
        # In Darija and MSA, and "I work as": the trade asked about is another's, or the writer's job is no craft.
        "ana comptable wach lkhedma dyali d5la f l7iraf",
        "خدام كونطابل فشركة صغيرة واش هادي حرفة ديال السجل",
        "أنا محاسب في شركة، هل الخياطة حرفة؟",
        "je travaille comme comptable, la poterie de ma femme compte comme artisanat ?",
        "khddama comptable f charika, wach l'amo dyal bba ghalya?",
    ],
)
def test_an_accountant_by_trade_keeps_no_books_of_their_own(reader: SituationReader, text: str) -> None:
    assert "tax_situation" not in read(reader, text)


@pytest.mark.parametrize(
    "text",
    [
        "je suis avec un comptable, combien l'amo ?",
        "j'ai un comptable qui fait mon bilan, combien l'amo ?",
        "ana 3ndi comptable, ch7al l'amo ?",
        "عندي محاسب كيدير ليا الحسابات، شحال خاصني نخلص فالتغطية؟",
        "كنخدم مع كونطابل، شحال ديال لامو؟",
    ],
)
def test_the_writers_accountant_keeps_accounts(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") == "accounts"


def test_an_accountant_writing_for_clients_at_one_regime_reads_it(reader: SituationReader) -> None:
    text = "je suis comptable et mes trois clients potiers sont au forfait, combien pour leur amo ?"
    assert read(reader, text).get("tax_situation") == "cpu"
