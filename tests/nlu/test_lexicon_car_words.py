"""Car mechanics said by what is repaired, in the French loans of Darija ("كيصلح الأوطو", "الطونوبيلات"); "الأوطو"
alone is also the auto-entrepreneur ("الأوطو أونتروبرونور"), no trade."""

import pytest

from nlu.lexicon import Lexicon, message_words


@pytest.mark.parametrize(
    "text",
    ["خويا كيصلح الأوطو فالحومة", "كنصلح الاوطو عند واحد المعلم", "خدام فالطونوبيلات هادي 4 سنين", "بغيت نتعلم تصليح الأوطو"],
)
def test_cars_said_in_darija_are_car_mechanics(trades: Lexicon, text: str) -> None:
    assert [m.value for m in trades.find(message_words(text)) if m.entity == "craft"] == ["CAR_MECHANICS"]


@pytest.mark.parametrize("text", ["عندي الكارط ديال الأوطو أونتروبرونور", "الاوطو انطروبرونور شحال فيه لامو؟"])
def test_the_auto_entrepreneur_is_no_trade(trades: Lexicon, text: str) -> None:
    assert [m.value for m in trades.find(message_words(text)) if m.entity == "craft"] == []
