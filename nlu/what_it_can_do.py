"""Asking what the assistant can do, even when it is called a robot ("que peut faire ce robot pour une brodeuse ?",
"had robot ach kayn dir?", "robot hada fach yn9der y3awnni?"), asks for help: ask_help, not bot_challenge.

The word "robot" weighs so much in the bot_challenge examples that the classifier reads any message naming it as
"are you a machine?". That question asks what the assistant is; a question word with a verb of doing, serving or
helping asks what it does, and its answer is the menu. "wach nta robot?" or "t'es un robot ou une personne ?"
hold no such verb and stay.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from hirfa.question_words import QUESTION_WORDS as _ASKING
from hirfa.text import normalise, says_any
from nlu.register_wish import ahead

BOT_CHALLENGE, ASK_HELP = "bot_challenge", "ask_help"
# Matched on normalised lemmas (hirfa.text.normalise), with a glued Arabic prefix or not (hirfa.text.says_any): the
# shared question words, and those that ask what something is for ("à quoi", "fach", "بماذا").
QUESTION_WORDS = _ASKING | frozenset(
    normalise(w)
    for w in (
        "que", "quoi", "qu", "achno", "chnou", "chnu", "fach", "what", "how", "اش", "اشنو", "فاش", "ماذا", "بماذا",
        "فيم", "فيما",
    )
)
# Doing, serving, offering, helping: what the assistant is asked to be good for.
DOING_WORDS = frozenset(
    normalise(w)
    for w in (
        "faire", "fais", "fait", "sers", "sert", "servir", "aider", "aides", "aide", "aidez", "apporter", "apportes",
        "proposer", "proposes", "offrir", "offres", "dir", "tdir", "kadir", "katdir", "kaydir", "kaddir", "y3awn",
        "t3awn", "t3awni", "t3awenni", "t3awnni", "y3awni", "y3awnni", "y3awenni", "tsa3d", "tsa3dni", "ysa3d",
        "ysa3dni", "tnf3", "ynf3", "nf3", "do", "help", "دير", "تدير", "كتدير", "كيدير", "يدير", "تعاون", "تعاوني",
        "تعاونني", "تعاونيني", "يعاون", "يعاوني", "يعاونني", "تساعد", "تساعدني", "يساعد", "يساعدني", "ينفع", "تنفع",
        "تفعل", "يفعل", "تقدم", "يقدم", "تقدمه", "يقدمه", "مساعدتي", "تفيد", "يفيد", "تفيدني", "يفيدني",
    )
)


def asks_what_it_does(lemmas: Sequence[str]) -> bool:
    """Whether the message asks, with a question word and a verb of doing or helping, what the assistant does."""
    return says_any(lemmas, QUESTION_WORDS) and says_any(lemmas, DOING_WORDS)


def rerank(lemmas: Sequence[str], ranking: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The ranking with ask_help first when a bot_challenge reading asks what the assistant does."""
    if not ranking or ranking[0]["name"] != BOT_CHALLENGE or not asks_what_it_does(lemmas):
        return ranking
    return ahead(ASK_HELP, ranking)
