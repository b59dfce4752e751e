"""Ties that are also common words ("خالي" is "empty", "عمي" "blind") name a person when the message opens with them
and "he has" or "he", or when it asks for them; the thing asked owned by them ("التسجيل ديالو") asks for them too."""

import pytest

from nlu.lexicon import message_words
from nlu.on_behalf import OnBehalfReader, load_cues
from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.fixture(scope="module")
def behalf() -> OnBehalfReader:
    return OnBehalfReader(load_cues())


def written_for(reader: OnBehalfReader, text: str) -> str | None:
    found = reader.read(message_words(text), (), text)
    return found.value if found else None


@pytest.mark.parametrize(
    "text",
    [
        "خالي عندو شركة SARL ديال النحاس، بغيت نعرف شحال كتجي الكوتيزاسيون",
        "عمي هو اللي كيخدم الخشب، شنو خاصو باش يتسجل؟",
        "khali 3ndo sarl f nnjara, ch7al khasso ykhelles f lamo?",
        "سلام، كنكتب من التيليفون ديال عمي، هو كيصنع النقرة وعندو SARL. بغا يكمل التسجيل ديالو",
    ],
)
def test_an_uncle_asked_for_is_who_the_message_is_for(behalf: OnBehalfReader, text: str) -> None:
    assert written_for(behalf, text) == "relative"


@pytest.mark.parametrize(
    "text",
    [
        # The uncle the writer worked with, in their own story.
        "بديت كنصلح الطوموبيلات مع خالي من 2016 وماعندي حتى شهادة، كلشي كيقول خاص الديبلوم باش تتسجل",
        # "un artisan" asked about is a rule asked in general.
        "un artisan sans diplôme peut s'inscrire au registre ?",
        # Covered by the husband's AMO is asked for the writer.
        "راجلي عندو شركة ديال الرخام وانا ماشي خدامة، واش انا مغطية معاه فالامو ديالو؟",
        # "empty": no tie at all.
        "المحل خالي دابا، واش نقدر نتسجل؟",
    ],
)
def test_no_relative_is_who_the_message_is_for(behalf: OnBehalfReader, text: str) -> None:
    assert written_for(behalf, text) is None


@pytest.mark.parametrize(
    ("text", "regime"),
    [
        ("خالي عندو SARL، شحال خاصو يخلص فالأمو؟", "accounts"),
        ("عمي عندو SARL. بغا يكمل التسجيل ديالو", "accounts"),
    ],
)
def test_the_uncles_company_asked_for_him_is_his_regime(reader: SituationReader, text: str, regime: str) -> None:
    assert read(reader, text).get("tax_situation") == regime


def test_the_writers_own_story_beside_the_uncles_company_keeps_the_writers(reader: SituationReader) -> None:
    assert read(reader, "خالي عندو SARL وانا كنخدم معاه، شحال نخلص فالأمو").get("tax_situation") is None
