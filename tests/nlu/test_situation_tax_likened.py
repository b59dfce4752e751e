"""The writer likened to a relative or a friend right before the relative's regime holds that regime too."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    ("text", "tax"),
    [
        ("وانا بحال خويا فالسي بي يو، شحال غادي نخلص؟", "cpu"),
        ("ana b7al khoya f lmo7asaba, ch7al amo?", "accounts"),
        ("hta ana b7al sa7bi f auto entrepreneur, ch7al kankhless f cnss?", "auto_entrepreneur"),
        ("moi comme mon cousin, au forfait, je paie combien pour la cnss ?", "cpu"),
        ("أنا مثل أخي، مقاول ذاتي، كم أدفع للتأمين الصحي؟", "auto_entrepreneur"),
    ],
)
def test_the_writer_like_a_relative_holds_the_relatives_regime(reader: SituationReader, text: str, tax: str) -> None:
    assert read(reader, text).get("tax_situation") == tax


@pytest.mark.parametrize(
    "text",
    [
        # Without the likeness, the friend's regime is theirs and the writer, who speaks, is asked.
        "sa7bi f lmo7asaba, ana ch7al nkhless f amo?",
        "mon cousin est au forfait, et moi je paie combien pour la cnss ?",
    ],
)
def test_a_relatives_regime_without_likeness_is_not_the_writers(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") is None
