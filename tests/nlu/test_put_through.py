"""Asking, in Arabic script, to be put through to a person is a handoff (nlu/put_through.py): "اربطني بمكتب
المساعدة" read ask_help, "أريد أن تربطني بمسؤول في المكتب" find_office, "أود الحديث مع إنسان لا مع برنامج"
bot_challenge. The sentences are in no training or held-out file.
"""

import pytest

from nlu.intent_classifier import TfidfIntentClassifier
from nlu.put_through import asks_for_a_person, rerank
from tests.nlu.classifier_training import intent
from tests.nlu.rankings import lemmas, ranking


@pytest.mark.parametrize(
    "text",
    [
        "أريد أن تربطني بمسؤول في المكتب",
        "اربطوني بمكتب الدعم من فضلكم",
        "هل يمكنك أن تحولني إلى موظف في مكتب الغرفة؟",
        # A person asked to call or answer the writer, or a wish to talk said with "يمكن", "أرجو", "المرجو".
        "أريد أن يكلمني إنسان وليس برنامج",
        "أرجو أن يهاتفني مرشد غدا",
        "هل يمكن أن يتواصل معي مرشد بخصوص ملفي؟",
        "المرجو أن يكلمني إنسان",
        "هل يمكن أن أتحدث مع مرشد؟",
    ],
)
def test_being_put_through_to_a_person_is_a_handoff(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "human_handoff"


# Asking whether a person answers, feeling one talks to a machine, or asking where an office is keep their reading.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("أريد أن أعرف هل أتحدث مع إنسان", "bot_challenge"),
        ("هل أتحدث مع موظف أم مع برنامج؟", "bot_challenge"),
        ("أين مكتب غرفة الصناعة التقليدية في فاس؟", "find_office"),
        # Told that someone called, not asking for a call.
        ("اتصل بي موظف من الضمان الاجتماعي وطلب مني وثائق التسجيل في السجل، ما هي؟", "rna_documents"),
    ],
)
def test_other_person_words_keep_their_reading(classifier: TfidfIntentClassifier, text: str, expected: str) -> None:
    assert intent(classifier, text) == expected


def test_a_verb_of_connecting_or_a_wish_to_talk_needs_a_person() -> None:
    assert asks_for_a_person(lemmas("حولوني إلى موظف"))
    assert asks_for_a_person(lemmas("أرغب في التحدث مع أحد"))
    assert not asks_for_a_person(lemmas("أريد التحدث عن التغطية الصحية"))
    assert not asks_for_a_person(lemmas("أريد التحدث مع مكتب الغرفة"))
    assert rerank(lemmas("اربطني بمكتب المساعدة"), ranking("ask_help", "human_handoff"))[0]["name"] == "human_handoff"


def test_a_person_asked_to_call_the_writer_is_a_request_only_when_asked() -> None:
    assert asks_for_a_person(lemmas("هل يمكن أن يكلمني مرشد؟"))
    assert asks_for_a_person(lemmas("أريد أن يتصل بي موظف"))
    assert not asks_for_a_person(lemmas("اتصل بي موظف من الغرفة"))
    assert not asks_for_a_person(lemmas("هل يتصل بي أحد بعد التسجيل؟"))
    assert not asks_for_a_person(lemmas("أريد أن يتصل بي أخي"))
