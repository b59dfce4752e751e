"""Car mechanics said by what is repaired, in the French loans of Darija ("كيصلح الأوطو", "الطونوبيلات")."""

import pytest

from nlu.lexicon import Lexicon, message_words


@pytest.mark.parametrize(
    "text",
    ["خويا كيصلح الأوطو فالحومة", "كنصلح الاوطو عند واحد المعلم", "خدام فالطونوبيلات هادي 4 سنين"],
)
def test_cars_said_in_darija_are_car_mechanics(trades: Lexicon, text: str) -> None:
    assert [m.value for m in trades.find(message_words(text)) if m.entity == "craft"] == ["CAR_MECHANICS"]
