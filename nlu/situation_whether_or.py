"""In a Darija question whether, "ولا" is "or", not "and not".

"خديت الديبلوم فالطرز … واش نجيب غير نسخة منو مع البطاقة الوطنية ولا كاين شي ورقة اخرى", "التقاعد ديال الحرفيين
واش ولا اجباري ولا مازال اختياري انا اوطو انتروبرونور": after "واش" (whether), "ولا" weighs one thing against another
("or is there another paper"); read as MSA's "and not" it would deny the diploma or the regime around it. It is a
negation again when a negation stands before it, since the whether-question ("neither … nor": "واش ما عندك لا ديبلوم
ولا تجربة"), in a message that asks no whether, and before a kind or a regime that is the other thing weighed ("واش خاص
الصور ولا غير البطاقة والديبلوم؟": the diploma is asked about, not held).
"""

from __future__ import annotations

from collections.abc import Sequence

from hirfa.text import normalise
from nlu.lexicon import Word
from nlu.situation_clauses import Cue

# "Or", which MSA reads "and not" (normalised).
OR_FORMS = frozenset(normalise(w) for w in ("ولا", "wla", "wela", "wlla"))
# Whether, opening a Darija question.
WHETHER = frozenset(normalise(w) for w in ("واش", "وواش", "wach", "wash", "ouach"))
# The kinds and regimes that may be the other thing weighed, and how far after the "or" they stand.
WEIGHED = frozenset({"category", "tax"})
WEIGHED_REACH = 3
FIRST_PERSON = frozenset(normalise(w) for w in ("انا", "أنا", "ana"))


def or_in_whether(words: Sequence[Word], cues: list[Cue]) -> list[Cue]:
    """The cues without the negations that are an "or" after a whether, with no other negation between."""
    whethers = [i for i, word in enumerate(words) if word.form in WHETHER]
    negations = [c.first for c in cues if c.kind == "negation" and words[c.first].form not in OR_FORMS]

    def an_or(cue: Cue) -> bool:
        if cue.kind != "negation" or cue.first != cue.last or words[cue.first].form not in OR_FORMS:
            return False
        asked = max((i for i in whethers if i < cue.first), default=None)
        if asked is None or any(asked < n < cue.first for n in negations):
            return False
        # The other thing weighed, right after the "or", is asked about: the negation keeps it from being read as
        # the writer's ("واش خاص الصور ولا غير البطاقة والديبلوم؟"). Not past an "I" ("ولا مازال اختياري انا اوطو
        # انتروبرونور": the writer's own regime).
        after = words[cue.first + 1 : cue.first + 1 + WEIGHED_REACH]
        mine = next((k for k, w in enumerate(after) if w.form in FIRST_PERSON), len(after))
        return not any(
            c.kind in WEIGHED and cue.first < c.first <= cue.first + mine for c in cues
        )

    return [c for c in cues if not an_or(c)]
