"""A Darija verb of paying inside its negation, glued ("makankhlles walo") or with its -ch ("ma kankhllesch walo",
"ماكنخلصش والو"), followed by "nothing", pays no tax, as "ma kankhlles walo" does."""

import pytest

from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "ana makankhlles walo, ch7al l'amo?",
        "ma kankhellsch walo l dawla, wach kayn amo liya",
        "makandfe3ch walo, bghit n3ref taman dyal amo",
        "أنا ماكنخلصش والو، بشحال غادي نخلص فالتغطية الصحية؟",
        "مكنخلصش والو",
    ],
)
def test_a_negated_verb_of_paying_then_nothing_is_no_tax(reader, text: str) -> None:
    assert read(reader, text).get("tax_situation") == "none"


@pytest.mark.parametrize("text", ["ma3ndich walo dyal lwra9", "makankhdemch walo had l3am", "ما كنعرفش والو على لامو"])
def test_another_negated_verb_then_nothing_is_no_tax(reader, text: str) -> None:
    assert "tax_situation" not in read(reader, text)
