"""A greeting followed only by who is writing ("bonsoir tout le monde je suis nouvelle ici", "salam, 7na jam3iya")
is a greeting: the introduction's words (new, cooperative, retired) must not be read as the topic they belong to
(nlu/greeting_introduction.py). A greeting followed by a question, a wish, years or a negation is left to the other
readings. Nothing is learned: the classifier is trained as before, only its reading changes.
"""

import pytest

from nlu.greeting_introduction import introduces_only, rerank
from nlu.greeting_opening import greeting_length
from nlu.intent_classifier import TfidfIntentClassifier
from tests.nlu.classifier_training import intent
from tests.nlu.rankings import lemmas, scored


def _introduces(text: str) -> bool:
    words = lemmas(text)
    return introduces_only(words[greeting_length(words) :], text)


@pytest.mark.parametrize(
    "text",
    [
        "bonsoir tout le monde, moi je suis nouveau sur ce chat",
        "bonjour, c'est l'association des brodeuses de Sale",
        "salut, ici Karim, l'apprenti de l'atelier",
        "bonjour nous sommes trois soeurs tisserandes",
        "salam, ana Hafida mn taounia dyal zrabi",
        "السلام عليكم، معك رشيد من مكناس",
    ],
)
def test_an_introduction_after_a_greeting_asks_nothing(text: str) -> None:
    assert _introduces(text)


@pytest.mark.parametrize(
    "text",
    [
        # A question, a wish, a request.
        "bonjour je suis nouvelle ici, comment ca marche ?",
        "bonjour je suis couturiere et je voudrais m'inscrire",
        "salam ana njjar bghit ntsjel",
        "السلام عليكم أنا خياطة، كيف أسجل",
        # Registering is always a request, whatever its mood or person.
        "مرحبا، أنا نجار في مكناس، سجلوني عافاكم",
        "salam, ana khayata sjlni",
        "bonjour, ici une brodeuse, inscrivez-moi",
        # Years, a negation or a diploma: a situation, read by the self-description and situation readers.
        "bonjour, je suis potiere depuis 10 ans",
        "salut je suis menuisier sans diplome",
        # No introduction at all.
        "bonjour la retraite des artisans",
    ],
)
def test_a_greeting_with_a_request_or_a_situation_is_left_alone(text: str) -> None:
    assert not _introduces(text)


def test_greet_is_moved_first_keeping_the_confidences() -> None:
    text = "bonjour c'est la cooperative des femmes"
    ranking = scored(("rna_eligibility", 0.5), ("out_of_scope", 0.2), ("greet", 0.1))
    assert rerank(1, lemmas(text), text, ranking) == scored(
        ("greet", 0.5), ("rna_eligibility", 0.2), ("out_of_scope", 0.1)
    )


def test_a_message_without_greeting_is_left_alone() -> None:
    text = "je suis nouvelle ici"
    ranking = scored(("rna_apply", 0.5), ("greet", 0.2))
    assert rerank(0, lemmas(text), text, ranking) == ranking


@pytest.mark.parametrize(
    "text",
    [
        "bonsoir tout le monde, moi je suis nouveau sur ce chat",
        "bonjour a vous, ici un ancien dinandier a la retraite",
        "bonjour, c'est la cooperative feminine du douar",
        "bonsoir, nous sommes un groupe de femmes du village",
        "salam, 7na jam3iya dyal nssaj",
    ],
)
def test_greeting_and_introduction_read_greet(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "greet"


@pytest.mark.parametrize(
    "text",
    [
        "السلام أنا معلم صانع في نقش الخشب فماذا أرفق في الطلب",
        "مرحبا أنا صانعة في الطرز فهل أستطيع التسجيل",
        "السلام أنا نجار بشهادة من المعهد",
    ],
)
def test_a_question_word_or_a_diploma_with_a_glued_prefix_is_no_introduction(text: str) -> None:
    assert not _introduces(text)
