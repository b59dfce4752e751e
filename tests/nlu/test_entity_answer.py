"""A message that is only a trade or only a city asks about it."""

import pytest
from rasa.shared.nlu.training_data.message import Message

from nlu.entity_answer import answer_only_entity, only_entity
from nlu.lexicon import message_words
from nlu.tokenizer import NormalisingTokenizer

LEXICON = "LexiconEntityExtractor"


def entity(kind: str, text: str, word: str, extractor: str = LEXICON) -> dict:
    start = text.index(word)
    return {"entity": kind, "value": word, "start": start, "end": start + len(word), "extractor": extractor}


def kind_of(text: str, *entities: dict) -> str | None:
    return only_entity([(w.form, w.start, w.end) for w in message_words(text)], list(entities))


@pytest.mark.parametrize(
    ("text", "word", "kind"),
    [
        ("نجار", "نجار", "craft"),
        ("zlayji ?", "zlayji", "craft"),
        ("menuisier svp", "menuisier", "craft"),
        ("f fes", "fes", "city"),
        ("فوجدة", "فوجدة", "city"),
        ("فاس عافاك", "فاس", "city"),
    ],
)
def test_a_lone_trade_or_city_is_read(text: str, word: str, kind: str) -> None:
    assert kind_of(text, entity(kind, text, word)) == kind


@pytest.mark.parametrize(
    ("text", "word", "kind"),
    [
        ("ana njjar", "njjar", "craft"),  # says who one is: the classifier decides what is asked
        ("bghit nbi3 zrabi", "zrabi", "craft"),
        ("fin lghorfa f fes", "fes", "city"),
    ],
)
def test_a_name_inside_a_question_is_left_to_the_classifier(text: str, word: str, kind: str) -> None:
    assert kind_of(text, entity(kind, text, word)) is None


def test_a_trade_and_a_city_together_are_left_to_the_classifier() -> None:
    text = "njjar fes"
    assert kind_of(text, entity("craft", text, "njjar"), entity("city", text, "fes")) is None


def test_a_guess_of_another_extractor_is_not_enough() -> None:
    text = "lkhrrata"
    assert kind_of(text, entity("craft", text, "lkhrrata", "UnlistedTradeExtractor")) is None


def test_the_intent_and_ranking_are_replaced() -> None:
    message = Message(data={"text": "فاس", "intent": {"name": "out_of_scope", "confidence": 0.22}})
    message.set("intent_ranking", [{"name": "out_of_scope", "confidence": 0.22}, {"name": "find_office", "confidence": 0.1}])
    NormalisingTokenizer(NormalisingTokenizer.get_default_config()).process([message])
    message.set("entities", [entity("city", "فاس", "فاس")])
    answer_only_entity(message)
    assert message.get("intent") == {"name": "find_office", "confidence": 1.0}
    assert [r["name"] for r in message.get("intent_ranking")] == ["find_office", "out_of_scope"]


@pytest.mark.parametrize(
    ("text", "word"),
    [("kanskon f tiznit", "tiznit"), ("أقطن في الناظور", "الناظور"), ("j'habite Nador", "Nador"), ("ana sakna f sefrou", "sefrou")],
)
def test_a_city_said_as_where_one_lives_is_read(text: str, word: str) -> None:
    assert kind_of(text, entity("city", text, word)) == "city"


def test_words_of_residence_do_not_make_a_lone_trade() -> None:
    text = "ana saken njjar"
    assert kind_of(text, entity("craft", text, "njjar")) is None
