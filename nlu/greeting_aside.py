"""A greeting with nothing beside it but the time of day and a name for the reader is a greeting.

"مساء الخير يا مساعد" read ask_help (the assistant's name shares its stem with "help") and "صباح الخير، كيف حالك
اليوم؟" read out of scope: the greeting's tail read alone was the single word "اليوم", frequent out of scope, and it
replaced the greeting. Such tails name the day or the reader and ask nothing; a tail with any other word ("صباح
الخير، مساعدة من فضلك", "مساء الخير، اليوم أريد التسجيل") leaves the reading alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from hirfa.text import normalise
from nlu.greeting_opening import GREETING_WORDS, greeting_length
from nlu.politeness import ADDRESS_WORDS
from nlu.register_wish import ahead

GREET = "greet"

# Words a greeting's tail may hold and still ask nothing: the day and its times, the assistant or the reader named
# or praised ("أيها المساعد الكريم", "يا صديقي"), the blessing that closes the Islamic greeting. Not "مساعدة"
# (help), "روبوت" ("سلام، روبوت؟" asks whether it is one) nor anything of the domain.
ASIDE_WORDS = frozenset(
    normalise(word)
    for word in (
        "اليوم", "الصباح", "المساء", "الليله", "ايها", "ايتها", "مساعد", "المساعد", "مساعدنا", "الكريم",
        "العزيز", "عزيزي", "الفاضل", "صديقي", "صديقتي", "اخي", "لك", "لكم", "بك", "بكم", "وبركاته", "بركاته",
    )
)


# The team greeted as the reader ("تحياتي إلى فريق المساعدة", "مرحبا فريق الدعم"): the word after "team" is its name,
# whatever it is ("المساعدة" alone asks for help, here it names the reader), and asks nothing.
TEAM_WORDS = frozenset(normalise(word) for word in ("فريق", "لفريق", "الفريق", "للفريق", "équipe", "l'équipe", "team"))
TO_WORDS = frozenset(normalise(word) for word in ("إلى", "الى", "ل", "a", "à"))


def asks_nothing(lemmas: Sequence[str]) -> bool:
    """Whether ``lemmas`` hold only greeting, address and aside words (an empty tail asks nothing either)."""
    return all(
        lemma in GREETING_WORDS or lemma in ADDRESS_WORDS or lemma in ASIDE_WORDS for lemma in without_team(lemmas)
    )


def without_team(lemmas: Sequence[str]) -> list[str]:
    """``lemmas`` without the first team named as the reader ("إلى فريق الدعم"): "to", "team" and the team's name."""
    for i, lemma in enumerate(lemmas):
        if lemma in TEAM_WORDS:
            start = i - 1 if i > 0 and lemmas[i - 1] in TO_WORDS else i
            return [*lemmas[:start], *lemmas[i + 2 :]]
    return list(lemmas)


def greets_only(lemmas: Sequence[str]) -> bool:
    """Whether the message opens with a greeting and its tail asks nothing."""
    opening = greeting_length(lemmas)
    return opening > 0 and asks_nothing(lemmas[opening:])


def rerank(lemmas: Sequence[str], ranking: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The ranking with greet first when the message only greets, names the reader and the time of day."""
    if not ranking or ranking[0]["name"] == GREET or not greets_only(lemmas):
        return ranking
    return ahead(GREET, ranking)
