"""Where a message's question stands, before or after the context its writer gives (nlu/asked_sentence.py)."""

import pytest

from nlu.asked_sentence import asked_from, asked_span


@pytest.mark.parametrize(
    ("text", "question"),
    [
        ("السلام، أنا درازة ف أزيلال. واش بصح؟ شنو كتغطي بالضبط؟", "واش بصح؟ شنو كتغطي بالضبط؟"),
        ("Je fais des babouches depuis l'an 2000, sans aucun papier. Je m'inscris comment ?", "Je m'inscris comment ?"),
        ("ana njjar f tanja.\nkifach nbda?", "kifach nbda?"),
        ("J'ai 19 ans! Je peux m'inscrire ?", "Je peux m'inscrire ?"),
    ],
)
def test_the_question_after_a_context_is_found(text: str, question: str) -> None:
    at = asked_from(text)
    assert at is not None and text[at:] == question


@pytest.mark.parametrize(
    "text",
    [
        "كيفاش نتسجل؟ أنا خياطة فمكناس",  # the question first: no context before it
        "نجار فطنجة، كيفاش نتسجل؟",  # one sentence: a comma ends no context
        "je suis menuisier à Fès. je veux m'inscrire",  # nothing asked
        "",
    ],
)
def test_no_context_before_a_question_gives_none(text: str) -> None:
    assert asked_from(text) is None


@pytest.mark.parametrize(
    ("text", "question"),
    [
        ("kifach ntsjel? ana khiyata f fes, 3ndi diplome", "kifach ntsjel?"),
        ("واش كاين شي تكوين؟ حنا تعاونية ديال الزرابي فأزيلال", "واش كاين شي تكوين؟"),
        ("La carte d'artisan sert à quoi ? Elle donne droit à quoi ? Je suis potier à Safi.", "La carte d'artisan sert à quoi ? Elle donne droit à quoi ?"),
        ("السلام، أنا نجار. كيفاش نتسجل؟", "كيفاش نتسجل؟"),
    ],
)
def test_the_question_is_found_before_or_after_the_context(text: str, question: str) -> None:
    span = asked_span(text)
    assert span is not None and text[span[0] : span[1]].strip() == question


@pytest.mark.parametrize("text", ["كيفاش نتسجل؟", "ana njjar f fes", "ana njjar, kifach ntsjel?", ""])
def test_a_message_that_is_only_its_question_or_asks_nothing_gives_none(text: str) -> None:
    assert asked_span(text) is None
