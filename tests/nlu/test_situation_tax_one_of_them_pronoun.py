"""After one regime asked about in general, the writer who says they are one by a pronoun ("je le suis", "j'en suis
une", "c'est mon cas"), a since-phrase after it or not, holds that regime; "I don't know where I stand" is no such
pronoun."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    ("text", "tax"),
    [
        ("les auto-entrepreneurs ont droit à la retraite ? je le suis depuis trois ans", "auto_entrepreneur"),
        ("combien paient les artisans au forfait pour l'amo ? j'en suis une", "cpu"),
        ("ceux qui sont à la CPU paient combien pour l'amo ? c'est mon cas depuis 2022", "cpu"),
        ("هل يستفيد المقاولون الذاتيون من التقاعد؟ وأنا من بينهم منذ 2021", "auto_entrepreneur"),
    ],
)
def test_one_of_them_by_a_pronoun(reader: SituationReader, text: str, tax: str) -> None:
    assert read(reader, text).get("tax_situation") == tax


def test_not_knowing_where_one_stands_is_none_of_them(reader: SituationReader) -> None:
    text = "combien paient les auto-entrepreneurs pour l'amo ? je ne sais pas où j'en suis"
    assert read(reader, text).get("tax_situation") is None
