import pytest
from rasa.engine.graph import ExecutionContext
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from nlu.intent_classifier import TfidfIntentClassifier, arabic_skeleton, documents, french_sound_key
from nlu.tokenizer import NormalisingTokenizer

EXAMPLES = {
    "greet": ["salam", "slam 3likom", "bonjour", "السلام عليكم", "مرحبا", "salut"],
    "amo_cost": ["ch7al kankhalas f amo", "combien coute l'amo", "بشحال التغطية الصحية", "كم ثمن الاشتراك"],
    "training": ["bghit nt3lem sn3a", "formation pour artisan", "بغيت نتكون", "أين أجد تكوينا"],
}


@pytest.fixture()
def trained(tmp_path) -> TfidfIntentClassifier:
    tokenizer = NormalisingTokenizer(NormalisingTokenizer.get_default_config())
    data = TrainingData([Message(data={"text": t, "intent": i}) for i, ts in EXAMPLES.items() for t in ts])
    tokenizer.process_training_data(data)
    storage = LocalModelStorage(tmp_path)
    resource = Resource("intent_classifier")
    context = ExecutionContext(graph_schema=None, model_id="test")
    classifier = TfidfIntentClassifier.create({}, storage, resource, context)
    classifier.train(data)
    return TfidfIntentClassifier.load({}, storage, resource, context)


def classify(classifier: TfidfIntentClassifier, text: str) -> Message:
    message = Message(data={"text": text})
    NormalisingTokenizer(NormalisingTokenizer.get_default_config()).process([message])
    classifier.process([message])
    return message


@pytest.mark.parametrize(
    ("text", "intent"), [("slaaaam", "greet"), ("chhal kankhlas amo", "amo_cost"), ("بغيت نتعلم", "training")]
)
def test_a_reloaded_model_classifies_unseen_spellings(
    trained: TfidfIntentClassifier, text: str, intent: str
) -> None:
    assert classify(trained, text).get("intent")["name"] == intent


def test_the_ranking_is_sorted_and_sums_to_one(trained: TfidfIntentClassifier) -> None:
    ranking = classify(trained, "salam").get("intent_ranking")
    confidences = [r["confidence"] for r in ranking]
    assert confidences == sorted(confidences, reverse=True)
    assert sum(confidences) == pytest.approx(1.0)
    assert {r["name"] for r in ranking} == set(EXAMPLES)


def test_a_message_of_unseen_words_gets_no_confidence(trained: TfidfIntentClassifier) -> None:
    assert classify(trained, "zorglub flimbo qwertz").get("intent")["confidence"] == 0.0
    assert classify(trained, "salam zorglub").get("intent")["confidence"] > 0.0


@pytest.mark.parametrize(
    ("spellings", "other"),
    [(["الكارط", "لاكارط", "الكارطة", "كارط"], "الكاغط"), (["الروتريت", "روتريت"], "الريتار"), (["ايه", "اييه"], "لا")],
)
def test_arabic_spellings_of_one_word_share_a_skeleton(spellings: list[str], other: str) -> None:
    from hirfa.text import normalise

    keys = {arabic_skeleton(normalise(s)) for s in spellings}
    assert len(keys) == 1 and arabic_skeleton(normalise(other)) not in keys


def test_latin_words_have_no_arabic_skeleton() -> None:
    assert arabic_skeleton("lkarta") is None


@pytest.mark.parametrize(
    ("spellings", "other"),
    [
        (["comment", "comen", "commen"], "combien"),
        (["combien", "conbien", "combiens"], "comment"),
        (["papiers", "papié", "papier"], "payer"),
        (["quoi", "koi"], "qui"),
        (["sinscrire", "sinscrir"], "inscrit"),
    ],
)
def test_french_written_as_it_sounds_shares_a_key(spellings: list[str], other: str) -> None:
    from hirfa.text import normalise

    keys = {french_sound_key(normalise(s)) for s in spellings}
    assert len(keys) == 1 and french_sound_key(normalise(other)) not in keys


def test_arabizi_written_the_french_way_shares_the_skeleton() -> None:
    def words(text: str) -> set[str]:
        message = Message(data={"text": text})
        NormalisingTokenizer(NormalisingTokenizer.get_default_config()).process([message])
        return {w for w in documents(message)[0].split() if w.startswith("~")}

    assert words("ouach ntsajjel") == words("wach ntsajel")


def test_darija_learnt_in_arabic_letters_is_understood_in_arabizi(tmp_path) -> None:
    # No Latin-script example at all: only the cross-script keys can carry these intents over.
    darija = {
        "amo_cost": ["شحال خاصني نخلص فالتغطية", "بشحال الانخراط فالتغطية الصحية"],
        "training": ["بغيت نتعلم الخياطة", "فين نتكون فالصنعة"],
        "find_office": ["فين كاينة المندوبية", "فين نلقى المكتب ديال الصناعة"],
    }
    data = TrainingData([Message(data={"text": t, "intent": i}) for i, ts in darija.items() for t in ts])
    NormalisingTokenizer(NormalisingTokenizer.get_default_config()).process_training_data(data)
    storage, resource = LocalModelStorage(tmp_path), Resource("intent_classifier")
    context = ExecutionContext(graph_schema=None, model_id="test")
    TfidfIntentClassifier.create({}, storage, resource, context).train(data)
    classifier = TfidfIntentClassifier.load({}, storage, resource, context)
    assert classify(classifier, "ch7al khassni nkhalas f taghtiya").get("intent")["name"] == "amo_cost"
    assert classify(classifier, "bghit nt3allam lkhiyata").get("intent")["name"] == "training"
    assert classify(classifier, "fin kayna lmandoubiya").get("intent")["name"] == "find_office"


@pytest.mark.parametrize("text", ["ok a+", "bon jy vais @+", "à+ inchallah", "merci a+ !"])
def test_an_sms_see_you_reads_as_its_word(text: str) -> None:
    # The tokenizer keeps no "+": without the sign's word, "ok a+" reads as "ok a", a yes.
    assert _lemmas_read(text)[-1] == "plus"


@pytest.mark.parametrize("text", ["c++", "a+b", "note A+ en classe"])
def test_a_plus_inside_a_word_is_not_a_see_you(text: str) -> None:
    assert "plus" not in _lemmas_read(text)


def _lemmas_read(text: str) -> list[str]:
    message = Message(data={"text": text})
    NormalisingTokenizer(NormalisingTokenizer.get_default_config()).process([message])
    return documents(message)[1].split()
