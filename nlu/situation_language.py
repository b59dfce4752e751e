"""A language the writer says they cannot read, understand or speak: no choice of reply language.

"ma kan9rach lfrancais", "je ne lis pas l'arabe", "لا أقرأ الفرنسية" name a language to say the writer does not
know it; so do "je comprends mal l'arabe classique", "أفهم الفرنسية بصعوبة" (a skill said to be poor). The ``language``
entity found there is dropped (nlu.situation_extractor); another language named in the message ("je ne lis pas le
français, en arabe svp") still chooses.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from hirfa.text import arabizi_skeleton, normalise
from nlu.darija_verbs import negated_verb
from nlu.lexicon import Word
from nlu.situation_clauses import CLAUSE_BREAK, Cue

# Words from the skill to the language: "لا أجيد قراءة الفرنسية", "je ne parle pas bien le français".
SKILL_REACH = 4
# From the negation to the skill it negates: "لا أقرأ", "je ne lis pas", "ma kan9ra".
NEGATION_REACH = 2
# From the skill to the word that says it is poor: "je comprends mal", "أفهم الفرنسية بصعوبة".
POORLY_REACH = 3
# An Arabizi skill is known by its consonants ("kanfhm", "kanfhem", "kanfham"); shorter skeletons say too little.
_MIN_SKELETON = 3


@dataclass(frozen=True)
class LanguageSkills:
    """The words of knowing a language, their Arabizi skeletons, and the words that say a skill is poor."""

    words: frozenset[str]
    skeletons: frozenset[str]
    poorly: frozenset[str]

    @classmethod
    def from_cues(cls, cues: dict) -> LanguageSkills:
        """From the cue lists ``language_skill`` and ``language_poorly``."""
        words = frozenset(normalise(str(w)) for w in cues.get("language_skill", ()))
        keys = (arabizi_skeleton(w) for w in words if w.isascii())
        return cls(
            words,
            frozenset(k for k in keys if k and len(k) >= _MIN_SKELETON),
            frozenset(normalise(str(w)) for w in cues.get("language_poorly", ())),
        )

    def knows(self, form: str) -> bool:
        """Whether a word is a skill, in any Arabizi spelling ("ma kanfhmch" holds "kanfhm", as "kanfhem")."""
        return form in self.words or form.isascii() and arabizi_skeleton(form) in self.skeletons


def unread(text: str, words: Sequence[Word], cues: Sequence[Cue], skills: LanguageSkills, start: int) -> bool:
    """Whether the language named at character ``start`` is one the writer says they do not know."""
    at = next((i for i, w in enumerate(words) if w.start >= start), len(words))
    negations = [c.first for c in cues if c.kind == "negation" and c.first < at]
    for k in range(max(0, at - SKILL_REACH), at):
        # "ما نعرفش واش نكتب بالعربية": a new clause or a contrast between them, the language is no object of it.
        if CLAUSE_BREAK.search(text[words[k].end : start]) or any(
            c.kind == "contrast" and k < c.first < at for c in cues
        ):
            continue
        # Darija wraps the negated verb: "makanfhemch", "ماكنفهمش"; or puts "ma" before it: "ma kan9rach".
        verb, wrapped = negated_verb(words[k].form) or (words[k].form, False)
        if not (skills.knows(words[k].form) or skills.knows(verb)):
            continue
        if wrapped or any(abs(n - k) <= NEGATION_REACH for n in negations) or _poorly(text, words, skills, k):
            return True
    return False


def _poorly(text: str, words: Sequence[Word], skills: LanguageSkills, skill: int) -> bool:
    """Whether a word near the skill, in its clause, says it is poor ("comprends mal", "نفهم بصعوبة")."""
    for i in range(max(0, skill - POORLY_REACH), min(len(words), skill + POORLY_REACH + 1)):
        left, right = sorted((words[i], words[skill]), key=lambda w: w.start)
        if words[i].form in skills.poorly and not CLAUSE_BREAK.search(text[left.end : right.start]):
            return True
    return False
