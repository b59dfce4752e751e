"""A child's school year dates the work.

"بديت الخياطة ملي تزادت بنتي ودابا هي فالسادس ابتدائي" (since she was born; she is now in the sixth year of primary
school), "خدام فالزليج من نهار دخل ولدي للمدرسة ودابا هو فالثالثة اعدادي" (since he started school; now in the third year
of middle school), "بديت الجلد ملي كان فالروض ودابا هو فالباك" (since he was in kindergarten; now at the
baccalaureate). Moroccan school starts at six: the first year of primary is the age of six, the first of middle school
twelve, the baccalaureate seventeen, kindergarten four; a class and its ordinal alone ("فالقسم الخامس") is primary.
The years of practice are the child's age now less their age when the work began, said after "since" or "when".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from hirfa.text import arabic_stems, normalise
from nlu.lexicon import Word


def _normalised(*words: str) -> frozenset[str]:
    return frozenset(normalise(w) for w in words)


# The ordinal of a school year, as Darija and MSA say it (with its article or not).
_ORDINALS = {
    value: _normalised(*names)
    for value, names in (
        (1, ("الأول", "الاول", "لول", "الأولى", "الاولى", "اولى", "أولى", "1")),
        (2, ("الثاني", "التاني", "الثانية", "التانية", "تانية", "ثانية", "2")),
        (3, ("الثالث", "التالت", "الثالثة", "التالتة", "تالتة", "ثالثة", "3")),
        (4, ("الرابع", "الرابعة", "رابعة", "4")),
        (5, ("الخامس", "الخامسة", "خامسة", "5")),
        (6, ("السادس", "السادسة", "سادسة", "6")),
    )
}
# The age a school cycle's year n is reached at: its base plus n.
_CYCLES = (
    (_normalised("ابتدائي", "الابتدائي", "ابتدائى", "ibtida2i", "ibtidai", "ibtida2y"), 5),
    (_normalised("اعدادي", "إعدادي", "الاعدادي", "الإعدادي", "i3dadi", "college", "collège"), 11),
)
# "فالقسم الخامس": a class and its ordinal, no cycle named, is a year of primary school (the class of middle school
# is named with its cycle).
_CLASS = _normalised("القسم", "قسم", "lqism", "l9ism", "l9sm")
_PRIMARY_BASE = 5
# Words that are an age by themselves: the baccalaureate, kindergarten.
_AGED_WORDS = {
    **{w: 17 for w in _normalised("الباك", "باك", "الباكالوريا", "bac", "lbac")},
    **{w: 4 for w in _normalised("الروض", "روض", "rawd", "lrawd", "maternelle", "crèche", "creche")},
}
# Entering school ("دخل للمدرسة", "دخلات للقراية").
_ENTERED = _normalised("دخل", "دخلات", "دخلت", "دخلو", "dkhel", "dkhl", "dkhlat")
_SCHOOL = _normalised("المدرسة", "مدرسة", "القراية", "قراية", "lmadrasa", "lmdrasa", "l9raya")
SCHOOL_AGE = 6
# "ملي", "من نهار", "depuis": the start is said this many words after its "since" at most.
SINCE_REACH = 4
ENTERED_REACH = 3


@dataclass(frozen=True)
class _Mark:
    age: int
    at: int
    grade: bool  # a school year or the baccalaureate: the child's age now, when said last


def school_years(words: Sequence[Word], born: frozenset[str], since: frozenset[str]) -> list[tuple[int, int, int]]:
    """The years since a start dated by a child's birth (one of ``born``), schooling or school year, said after one of
    ``since``, to the school year they are in now: (years, first word, last word); empty when the message says no
    such pair."""
    marks = _marks(words, born)
    starts = [m for m in marks if any(w.form in since for w in words[max(0, m.at - SINCE_REACH) : m.at])]
    for start in starts:
        now = [m for m in marks if m.grade and m.at != start.at and m.age > start.age]
        if now:
            last = max(now, key=lambda m: m.age)
            return [(last.age - start.age, min(start.at, last.at), max(start.at, last.at))]
    return []


def _marks(words: Sequence[Word], born: frozenset[str]) -> list[_Mark]:
    """Each age a word names: a school year (ordinal then cycle), the baccalaureate or kindergarten, a birth, school
    entered."""
    marks = []
    all_stems = [arabic_stems(word.form) for word in words]
    for i, stems in enumerate(all_stems):
        nxt = all_stems[i + 1] if i + 1 < len(words) else []
        grade = next((n for n, names in _ORDINALS.items() if names.intersection(stems)), None)
        base = next((b for names, b in _CYCLES if names.intersection(nxt)), None)
        if grade is not None and base is not None:
            marks.append(_Mark(base + grade, i, True))
        elif _CLASS.intersection(stems) and (
            of_class := next((n for n, names in _ORDINALS.items() if names.intersection(nxt)), None)
        ) is not None and not any(names.intersection(all_stems[i + 2]) for names, _ in _CYCLES if i + 2 < len(words)):
            marks.append(_Mark(_PRIMARY_BASE + of_class, i, True))
        elif aged := next((_AGED_WORDS[s] for s in stems if s in _AGED_WORDS), None):
            marks.append(_Mark(aged, i, aged > SCHOOL_AGE))
        elif born.intersection(stems):
            marks.append(_Mark(0, i, False))
        elif _ENTERED.intersection(stems) and any(
            _SCHOOL.intersection(after) for after in all_stems[i + 1 : i + 1 + ENTERED_REACH]
        ):
            marks.append(_Mark(SCHOOL_AGE, i, False))
    return marks
