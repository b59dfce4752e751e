"""Someone who told the writer something is the source of a rumour, not a person asked for (nlu/reported_speech.py)."""

import pytest

from nlu.reported_speech import rerank
from tests.nlu.rankings import lemmas, ranking


@pytest.mark.parametrize(
    "text",
    [
        "quelqu'un m'a dit que l'amo c'est 135 dh, vrai ?",
        "qqn m'a parlé d'un prêt à 2 % pour nous, ça existe ?",
        "chi wa7ed gal lia bli l'amo b 135 f chhar",
        "واحد قاليا بلي الكارط فيها تخفيض فالكار",
    ],
)
def test_someone_who_told_something_is_not_a_person_asked_for(text: str) -> None:
    ranked = rerank(lemmas(text), ranking("human_handoff", "amo_cost", "financing"))
    assert [r["name"] for r in ranked] == ["amo_cost", "human_handoff", "financing"]
    assert ranked[0]["confidence"] == 0.6


def test_the_bot_or_out_of_scope_as_runner_up_gives_way_to_the_next_topic() -> None:
    text = "quelqu'un m'a dit que l'amo coûte 135 dh"
    ranked = rerank(lemmas(text), ranking("human_handoff", "bot_challenge", "amo_cost"))
    assert [r["name"] for r in ranked] == ["amo_cost", "human_handoff", "bot_challenge"]


@pytest.mark.parametrize(
    "text",
    [
        "je veux parler à quelqu'un qui m'a déjà dit de revenir",
        "quelqu'un peut m'expliquer ?",
        "y a quelqu'un qui parle arabe ?",
        "بغيت نهضر مع شي واحد",
    ],
)
def test_asking_for_someone_is_left_to_the_classifier(text: str) -> None:
    ranked = ranking("human_handoff", "amo_cost")
    assert rerank(lemmas(text), ranked) == ranked


def test_only_the_help_desk_first_is_reread() -> None:
    text = "quelqu'un m'a dit 135 dh"
    ranked = ranking("amo_cost", "human_handoff")
    assert rerank(lemmas(text), ranked) == ranked
