"""Whether a named trade is taken in the register is the list of trades' question (nlu/trade_included.py)."""

import pytest

from nlu.trade_included import rerank
from tests.nlu.rankings import lemmas, ranking

LED = ("rna_eligibility", "rna_register_how", "craft_lookup")


def trade(text: str, said: str, extractor: str = "LexiconEntityExtractor") -> dict:
    """The craft entity the lexicon finds at ``said`` in ``text``."""
    start = text.index(said)
    return {"entity": "craft", "value": "X", "start": start, "end": start + len(said), "extractor": extractor}


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("lhdada dyal lbiban wach dakhla f sijil?", "lhdada"),
        ("الدباغة واش داخلة فالسجل الوطني؟", "الدباغة"),
        ("wach tarz rbati kaytsjl?", "tarz"),
        ("الصياغة ديال الفضة واش كتدخل فالقانون ديال الحرف؟", "الصياغة"),
        ("le tissage de tapis est-il inclus dans le registre ?", "tissage"),
    ],
)
def test_a_trade_asked_of_as_included_is_the_lists_question(text: str, said: str) -> None:
    assert rerank(text, lemmas(text), [trade(text, said)], ranking(*LED))[0]["name"] == "craft_lookup"


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # The writer, a group or a person the message is for is asked about.
        ("ana nssaja, wach dakhla f sijil?", "nssaja"),
        ("أنا خياطة كنخيط القفاطن، واش مقبولة فالسجل؟", "خياطة"),
        ("الشركة ديالي ديال الزليج واش تدخل فالسجل", "الزليج"),
        ("je suis bijoutier, suis-je concerné par le registre ?", "bijoutier"),
        # The verb far from the trade, or no register named.
        ("الدباغة خدمت فيها عشر سنين مع الواليد وعاد دابا واش كتدخل فالسجل؟", "الدباغة"),
        ("nssij wach dakhel f amo?", "nssij"),
    ],
)
def test_the_writer_a_group_or_a_far_verb_is_left_alone(text: str, said: str) -> None:
    led = ranking(*LED)
    assert rerank(text, lemmas(text), [trade(text, said)], led) == led


def test_a_guessed_trade_is_no_trade_of_the_registry() -> None:
    text = "lmatbakh wach dakhla f sijil?"
    led = ranking(*LED)
    assert rerank(text, lemmas(text), [trade(text, "lmatbakh", "UnlistedTradeExtractor")], led) == led


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("3ndi diplome dyal ofppt f lkhiyata, wach dakhla f sijil?", "lkhiyata"),
        ("ابغيت نقيد راسي فالسجل دابا. خدام الحدادة فالداخلة، واش كتدخل؟", "الحدادة"),
        ("3ndna jam3iya dyal lblagh f fes, wach jam3iya tdkhol l sijil?", "lblagh"),
        ("الحاج معلم فالزليج، فين كيتسجل وشنو الخطوات؟", "الزليج"),
    ],
)
def test_what_the_writer_has_wants_or_asks_how_is_left_alone(text: str, said: str) -> None:
    led = ranking(*LED)
    assert rerank(text, lemmas(text), [trade(text, said)], led) == led
