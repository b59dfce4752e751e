"""Years with the trade named right after them ("عندي ربعة وعشرين عام فالحدادة") are years of work, not an age; the
trade further on, past a comma, leaves "عندي 45 عام" an age. The trade's span is the one the trade lexicon found."""

import pytest

from nlu.lexicon import message_words
from nlu.situation import SituationReader
from tests.nlu.test_situation import TODAY


def read_with_trade(reader: SituationReader, text: str, trade: str) -> dict[str, str]:
    start = text.index(trade)
    span = [(start, start + len(trade))]
    return {f.entity: f.value for f in reader.read(text, message_words(text), TODAY, span, "ary", span)}


@pytest.mark.parametrize(
    ("text", "trade"),
    [
        ("عندي ربعة وعشرين عام فالحدادة، واش نقدر نتسجل؟", "فالحدادة"),
        ("انا عندي 30 عام فالنجارة واش خاصني شي ورقة؟", "فالنجارة"),
        ("3ndi 25 3am f zlij, wach n9der ntsjel?", "zlij"),
        ("عندي تلاتين عام فالدباغة بلا ديبلوم", "فالدباغة"),
    ],
)
def test_years_with_the_trade_right_after_are_work(reader: SituationReader, text: str, trade: str) -> None:
    assert read_with_trade(reader, text, trade).get("category") == "practice"


@pytest.mark.parametrize(
    ("text", "trade"),
    [
        ("عندي 45 عام، كنخدم فالنجارة، واش نقدر نتسجل؟", "فالنجارة"),
        ("عندي 40 عام وكنصاوب الزرابي", "الزرابي"),
    ],
)
def test_an_age_with_the_trade_further_on_stays_an_age(
    reader: SituationReader, text: str, trade: str
) -> None:
    assert "category" not in read_with_trade(reader, text, trade)


@pytest.mark.parametrize(
    ("text", "trade"),
    [
        # Years right after the trade are the trade's, even when a regime follows them.
        ("خدامة فالفخار هادي ستة سنين ومسجلة فالاوطو انتروبرونور وماعنديش الشهادة", "فالفخار"),
        ("auto-entrepreneur en céramique depuis 2019, sans diplôme", "céramique"),
        ("nssaja mn 2018 w kankhelles cpu, ma3ndich diplome", "nssaja"),
    ],
)
def test_years_right_after_the_trade_are_the_trades(reader: SituationReader, text: str, trade: str) -> None:
    assert read_with_trade(reader, text, trade).get("category") == "practice"
