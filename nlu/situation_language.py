"""A language the writer says they cannot read, understand or speak: no choice of reply language.

"ma kan9rach lfrancais", "je ne lis pas l'arabe", "لا أقرأ الفرنسية" name a language to say the writer does not
know it. The ``language`` entity found there is dropped (nlu.situation_extractor); another language named in the
message ("je ne lis pas le français, en arabe svp") still chooses.
"""

from __future__ import annotations

from collections.abc import Sequence

from nlu.darija_verbs import negated_verb
from nlu.lexicon import Word
from nlu.situation_clauses import CLAUSE_BREAK, Cue

# Words from the skill to the language: "لا أجيد قراءة الفرنسية", "je ne parle pas bien le français".
SKILL_REACH = 4
# From the negation to the skill it negates: "لا أقرأ", "je ne lis pas", "ma kan9ra".
NEGATION_REACH = 2
def unread(text: str, words: Sequence[Word], cues: Sequence[Cue], skills: frozenset[str], start: int) -> bool:
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
        if words[k].form not in skills and verb not in skills:
            continue
        if wrapped or any(abs(n - k) <= NEGATION_REACH for n in negations):
            return True
    return False
