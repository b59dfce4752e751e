"""Asking, in Arabic script, to be put through to a person is a handoff: "اربطني بمكتب المساعدة" read ask_help (the
desk's name says "help"), "أريد أن تربطني بمسؤول في المكتب" find_office, "أود الحديث مع إنسان لا مع برنامج"
bot_challenge (a human and a program are named, as when one asks which of them answers).

The classifier weighs the person, desk and machine words more than the verb that tells a request apart. So a verb of
connecting or transferring said to the reader ("اربطني", "توصلني", "حولوني") next to a person or a desk, or a wish
("أريد", "أرجو", "هل يمكن") to talk with a person or that a person call or answer the writer ("أرجو أن يكلمني
مرشد"), puts human_handoff first. Asking whether one talks to a person ("أريد أن أعرف هل أتحدث مع إنسان") is left
to the classifier, as is every message without such a verb ("أشعر أنني أكلم آلة وليس موظفا").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from hirfa.text import normalise
from nlu.register_wish import ahead

HANDOFF = "human_handoff"


def _words(*words: str) -> frozenset[str]:
    return frozenset(normalise(word) for word in words)


# Connect me, put me through, transfer me: the imperative and the "you" forms, to one or to many.
CONNECT_VERBS = _words(
    "اربطني", "اربطوني", "تربطني", "تربطوني", "صلني", "وصلني", "وصلوني", "أوصلني", "أوصلوني", "توصلني", "توصلوني",
    "حولني", "حولوني", "تحولني", "تحولوني", "حوّلني", "تحويلي",
)
WISH_WORDS = _words(
    "أريد", "أود", "أرغب", "أحتاج", "أطلب", "أفضل", "يمكنني", "أستطيع", "ممكن", "يمكن", "أرجو", "المرجو", "نرجو"
)
TALK_WORDS = _words(
    "التحدث", "الحديث", "الكلام", "التكلم", "التواصل", "أتحدث", "أتكلم", "أكلم", "أتواصل", "أخاطب", "مخاطبة",
)
# A person asked to call or answer the writer ("هل يمكن أن يكلمني مرشد؟", "أريد أن يتصل بي موظف"): the verb with
# its object glued on, or followed by it; the future's س may be glued on ("سيتصل").
CALLS_ME_VERBS = _words("يكلمني", "تكلمني", "يكلموني", "يهاتفني", "تهاتفني", "يهاتفوني", "يراسلني", "يجيبني")
CALLS_VERBS = _words("يتصل", "تتصل", "يتصلوا", "يتواصل", "تتواصل", "يتواصلوا", "يكلم", "يتحدث")
TO_ME = _words("بي", "معي")
# Asking whether ("to know whether I talk to a person") is a question about the reader, not a request.
WHETHER_WORDS = _words("أعرف", "معرفة", "أدري", "أتأكد")
# A person, found inside a word so that glued prepositions and articles count ("بمسؤول", "لموظف").
PERSON_STEMS = tuple(
    normalise(stem) for stem in ("موظف", "مستشار", "مرشد", "شخص", "إنسان", "بشر", "مسؤول", "العاملين")
)
PERSON_WORDS = _words("أحد", "بأحد", "لأحد", "أحدا")
# A desk one is put through to ("اربطني بمكتب المساعدة"); only with a verb of connecting: "I want to talk to the
# chamber's office" may ask where the office is.
DESK_STEM = normalise("مكتب")


def _names(lemmas: Sequence[str], stems: tuple[str, ...]) -> bool:
    return any(lemma in PERSON_WORDS or any(stem in lemma for stem in stems) for lemma in lemmas)


def _calls_me(lemmas: Sequence[str]) -> bool:
    """Whether a person is asked to call, write to or answer the writer."""
    return any(
        verb in CALLS_ME_VERBS or (verb in CALLS_VERBS and following in TO_ME)
        for lemma, following in zip(lemmas, [*lemmas[1:], ""], strict=True)
        for verb in (lemma, lemma.removeprefix("س"))
    )


def asks_for_a_person(lemmas: Sequence[str]) -> bool:
    """Whether the message asks to be put through to a person or a desk, or to talk with a person."""
    words = set(lemmas)
    if words & WHETHER_WORDS:
        return False
    if words & CONNECT_VERBS:
        return _names(lemmas, (*PERSON_STEMS, DESK_STEM))
    wished = bool(words & WISH_WORDS)
    return wished and (bool(words & TALK_WORDS) or _calls_me(lemmas)) and _names(lemmas, PERSON_STEMS)


def rerank(lemmas: Sequence[str], ranking: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The ranking with human_handoff first when the message asks to be put through to a person."""
    if not ranking or ranking[0]["name"] == HANDOFF or not asks_for_a_person(lemmas):
        return ranking
    return ahead(HANDOFF, ranking)
