"""Asking who answers (bot_challenge) against asking for a person (human_handoff), told apart by a request word."""

import pytest

from nlu.who_answers import asks_for_a_person, rerank
from tests.nlu.rankings import lemmas, scored


def first(text: str, ranked: list[dict]) -> str:
    return rerank(lemmas(text), text, ranked)[0]["name"]


@pytest.mark.parametrize(
    "text",
    [
        "est-ce que je parle à un vrai humain là ?",
        "vous êtes une personne ou un robot ?",
        "je discute avec une machine ?",
        "t'es humain ou pas toi ?",
        "nta robot wla bnadem ?",
        # A request word, but the question is what "you" are.
        "je veux savoir si tu es un robot",
        "je voudrais savoir : vous êtes une vraie personne ?",
        "bghit n3ref wach nta machina",
    ],
)
def test_a_question_without_a_request_asks_who_answers(text: str) -> None:
    ranked = scored(("human_handoff", 0.55), ("bot_challenge", 0.40), ("greet", 0.02))
    assert first(text, ranked) == "bot_challenge"
    swapped = rerank(lemmas(text), text, ranked)
    assert [r["confidence"] for r in swapped[:2]] == [0.55, 0.40]


@pytest.mark.parametrize(
    "text",
    [
        "je veu parler avec une personne",
        "jvx un humain stp",
        "passez-moi quelqu'un de la chambre",
        "est-ce que je peux parler à une vraie personne ?",
        "il n'y a pas quelqu'un qui peut me répondre en vrai ?",
        "mettez moi en relation avec un humain svp",
        "bghit nhder m3a chi bnadem",
    ],
)
def test_a_request_asks_for_a_person(text: str) -> None:
    assert asks_for_a_person(lemmas(text))
    assert first(text, scored(("bot_challenge", 0.5), ("human_handoff", 0.45))) == "human_handoff"


@pytest.mark.parametrize(
    "ranked",
    [
        scored(("greet", 0.5), ("bot_challenge", 0.3), ("human_handoff", 0.1)),
        scored(("bot_challenge", 0.5), ("greet", 0.3), ("human_handoff", 0.1)),
    ],
)
def test_other_rankings_are_left_alone(ranked: list[dict]) -> None:
    assert rerank(lemmas("je veux parler à quelqu'un ?"), "je veux parler à quelqu'un ?", ranked) == ranked


@pytest.mark.parametrize("text", ["un robot", "هل أنت إنسان؟", "واش نتا روبو؟"])
def test_no_question_or_arabic_script_is_left_to_the_classifier(text: str) -> None:
    ranked = scored(("human_handoff", 0.5), ("bot_challenge", 0.4))
    assert rerank(lemmas(text), text, ranked) == ranked


@pytest.mark.parametrize(
    "text",
    [
        "mon pere veut savoir s'il ecrit a une machine ou a un vrai monsieur",
        "ma grand-mere demande si c'est un humain qui lui repond",
        "elle voudrait savoir si vous etes une personne",
    ],
)
def test_a_reported_question_asks_who_answers(text: str) -> None:
    ranked = scored(("human_handoff", 0.55), ("bot_challenge", 0.40), ("greet", 0.02))
    assert first(text, ranked) == "bot_challenge"


@pytest.mark.parametrize(
    "text",
    [
        "il faut absolument que je parle a un humain",
        "c'est urgent, un humain svp",
        "je dois parler a une vraie personne aujourd'hui",
        "je veux savoir si je peux parler a quelqu'un de la chambre",
    ],
)
def test_a_need_asks_for_a_person(text: str) -> None:
    ranked = scored(("bot_challenge", 0.50), ("human_handoff", 0.40), ("greet", 0.02))
    assert first(text, ranked) == "human_handoff"
