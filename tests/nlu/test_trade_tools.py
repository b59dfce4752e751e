"""A machine named by its trade ("آلة خياطة", "makina dyal lkhiyata", "machine de broderie") is a tool bought, not
the trade the writer practises; the trade named on its own still is, and so is the machine the writer works with
("khdama b lmachina d lkhiyata", "أعمل على آلة الخياطة")."""

import pytest

from nlu.lexicon import Lexicon, message_words
from nlu.lexicon_extractor import named_tools
from tests.nlu.test_lexicon import seed_lexicon  # noqa: F401 (fixture)


def _trades(lexicon: Lexicon, text: str) -> list[str]:
    words = message_words(text)
    matches = lexicon.find(words)
    tools = named_tools(words, matches)
    return [m.value for m in matches if m.entity == "craft" and m not in tools]


@pytest.mark.parametrize(
    "text",
    [
        "واش كاين تمويل باش نشري ماكينة ديال الخياطة؟",
        "أحتاج إلى قرض لاقتناء آلة طرز إلكترونية",
        "bghit crédit bach nchri makina dyal lkhiyata",
        "wach forsa kat3ti flous l mchina dyal traz?",
        "un microcrédit pour une machine de broderie, c'est possible ?",
    ],
)
def test_a_machine_named_by_its_trade_is_no_trade(seed_lexicon: Lexicon, text: str) -> None:  # noqa: F811
    assert _trades(seed_lexicon, text) == []


@pytest.mark.parametrize(
    ("text", "trade"),
    [
        ("أنا خياطة وبغيت نشري ماكينة جديدة", "SEWING_EMBROIDERY"),
        ("je suis brodeuse, il me faut une machine", "SEWING_EMBROIDERY"),
        ("kankhdem f lkhiyata w bghit makina", "SEWING_EMBROIDERY"),
    ],
)
def test_the_trade_said_on_its_own_stays(seed_lexicon: Lexicon, text: str, trade: str) -> None:  # noqa: F811
    assert _trades(seed_lexicon, text) == [trade]


@pytest.mark.parametrize(
    ("text", "trade"),
    [
        ("kankhdem b makina dyal traz f dar", "SEWING_EMBROIDERY"),
        ("خدامة بالماكينة ديال الخياطة هادي عامين", "SEWING_EMBROIDERY"),
        ("أشتغل على آلة التطريز في بيتي", "SEWING_EMBROIDERY"),
        ("je bosse sur une machine de broderie chez moi", "SEWING_EMBROIDERY"),
        ("je travaille avec ma machine à coudre depuis 3 ans", "SEWING_EMBROIDERY"),
    ],
)
def test_the_machine_worked_with_is_the_trade(seed_lexicon: Lexicon, text: str, trade: str) -> None:  # noqa: F811
    assert _trades(seed_lexicon, text) == [trade]


# The French "métier à tisser" is left out: it is mostly a loom bought ("acheter un nouveau métier à tisser"), and as a
# trade it would hide the growth that phrase says (nlu.situation keeps off words a trade claims).
@pytest.mark.parametrize(
    "text",
    [
        "أعمل على المنسج في البيت",
        "أمي تشتغل على المنسج منذ صغرها",
    ],
)
def test_the_loom_names_weaving(seed_lexicon: Lexicon, text: str) -> None:  # noqa: F811 (fixture)
    assert "RUGS_WEAVING" in _trades(seed_lexicon, text)
