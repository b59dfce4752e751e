""""l'auto" opening a message and closing its clause is the auto-entrepreneur said short (the answer to "what is your
tax situation?"); elsewhere, a car or a car trade, it names no regime."""

import pytest

from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    ["L'auto. Et l'AMO ça fait combien ?", "lauto, ch7al f chhar?", "الأوطو، كيفاش نتسجل فالتغطية؟", "auto !"],
)
def test_auto_alone_opening_the_message_is_auto_entrepreneur(reader, text: str) -> None:
    assert read(reader, text).get("tax_situation") == "auto_entrepreneur"


@pytest.mark.parametrize(
    "text",
    ["je répare l'auto et la moto, combien l'amo ?", "auto école, c'est combien ?", "khddam f mécanique auto, ch7al amo?"],
)
def test_auto_elsewhere_names_no_regime(reader, text: str) -> None:
    assert "tax_situation" not in read(reader, text)
