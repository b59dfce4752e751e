"""A trade missing from the list is kept as written in a question about trades."""

import pytest
from rasa.engine.graph import ExecutionContext
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from nlu.tokenizer import NormalisingTokenizer
from nlu.unlisted_trade import UnlistedTradeExtractor, unseen_run

TOKENIZER = NormalisingTokenizer(NormalisingTokenizer.get_default_config())
TRAINING = [
    ("wach zlij dakhla f l7iraf dyal sijil?", "craft_lookup", "zlij"),
    ("est-ce que la poterie est reconnue ?", "craft_lookup", "poterie"),
    ("واش الزليج داخلة فالحرف؟", "craft_lookup", "الزليج"),
    ("salam bghit ntsjel", "rna_apply", None),
]


def _trained(tmp_path, training: list[tuple[str, str, str | None]]) -> UnlistedTradeExtractor:
    messages = []
    for text, intent, craft in training:
        entities = [{"entity": "craft", "start": text.index(craft), "end": text.index(craft) + len(craft)}] if craft else []
        messages.append(Message(data={"text": text, "intent": intent, "entities": entities}))
    data = TrainingData(messages)
    TOKENIZER.process_training_data(data)
    storage, resource = LocalModelStorage(tmp_path), Resource("unlisted_trade")
    context = ExecutionContext(graph_schema=None, model_id="test")
    UnlistedTradeExtractor.create({}, storage, resource, context).train(data)
    return UnlistedTradeExtractor.load({}, storage, resource, context)


@pytest.fixture()
def extractor(tmp_path) -> UnlistedTradeExtractor:
    return _trained(tmp_path, TRAINING)


def parse(extractor: UnlistedTradeExtractor, text: str, intent: str, entities=()) -> list[dict]:
    message = Message(data={"text": text, "intent": {"name": intent, "confidence": 0.9}, "entities": list(entities)})
    TOKENIZER.process([message])
    extractor.process([message])
    return message.get("entities")


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("wach lkhrrata dakhla f l7iraf dyal sijil?", "lkhrrata"),
        ("est-ce que la vannerie fine est reconnue ?", "vannerie fine"),
        ("واش الخراطة داخلة فالحرف؟", "الخراطة"),
    ],
)
def test_the_unknown_trade_is_kept_as_written(extractor, text: str, written: str) -> None:
    (found,) = parse(extractor, text, "craft_lookup")
    assert (found["entity"], found["value"], found["text"]) == ("craft", written, written)


def test_nothing_is_added_beside_a_known_trade_or_outside_trade_questions(extractor) -> None:
    known = {"entity": "craft", "value": "ZELLIGE", "start": 5, "end": 9}
    assert parse(extractor, "wach zlij w lkhrrata dakhla", "craft_lookup", [known]) == [known]
    assert parse(extractor, "salam bghit ntsjel lkhrrata", "rna_apply") == []
    assert parse(extractor, "wach dakhla f l7iraf dyal sijil?", "craft_lookup") == []


def test_the_longest_run_wins_and_is_capped() -> None:
    assert unseen_run(["a", "xxx", "ok", "yyy", "zzz"], {"ok"}, 4) == (3, 4)
    assert unseen_run(["aaa", "bbb", "ccc"], set(), 2) == (0, 1)
    assert unseen_run(["ok", "12345"], {"ok"}, 4) is None


@pytest.mark.parametrize(
    "text",
    [
        "bghit nchouf ga3 sna3at li kay9blo f sijil",
        "بغيت نشوف كاع الصنايع اللي كيقبلوها",
        "donnez-moi toutes les activités reconnues",
        "المرجو مدي بقائمة المهن المقبولة",
        "عطيوني الحرف اللي فاللائحة",
        "أطلب إفادتي باللائحة الكاملة للأنشطة",
    ],
)
def test_asking_for_the_whole_list_names_no_trade(extractor, text: str) -> None:
    assert parse(extractor, text, "craft_lookup") == []


def test_an_ordinary_word_with_a_glued_prefix_is_no_trade(tmp_path) -> None:
    extractor = _trained(
        tmp_path, [("شنو هي الحرف؟", "craft_lookup", None), ("واش الزليج داخل فالحرف؟", "craft_lookup", "الزليج")]
    )
    assert parse(extractor, "الحرف وشنو هي؟", "craft_lookup") == []


def test_a_word_named_as_a_trade_more_often_than_not_stays_a_trade(tmp_path) -> None:
    extractor = _trained(
        tmp_path,
        [
            ("واش الصباغة داخلة فالحرف؟", "craft_lookup", "الصباغة"),
            ("خدام فالصباغة، واش هي حرفة؟", "craft_lookup", "فالصباغة"),
            ("الحيط محتاج الصباغة", "craft_lookup", None),
            # Its stem alone is more often paint than a trade.
            ("شريت صباغة بيضاء", "craft_lookup", None),
            ("صباغة الباب", "craft_lookup", None),
            ("بشحال صباغة الحيط؟", "craft_lookup", None),
            ("tapis de laine, c'est reconnu ?", "craft_lookup", "tapis de laine"),
            ("la liste de toutes les activités", "craft_lookup", None),
            ("le prix de la carte", "craft_lookup", None),
        ],
    )
    (found,) = parse(extractor, "الصباغة حرفة؟", "craft_lookup")
    assert found["value"] == "الصباغة"
    # "de" stands in a trade's name once and outside twice: an ordinary word, never a trade by itself.
    assert parse(extractor, "c'est reconnu de", "craft_lookup") == []
