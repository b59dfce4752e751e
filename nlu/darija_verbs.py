"""Darija's verbs by their shape, read the same way by the situation reader, the on-behalf reader and the variety:
the negation around a verb (the ma…ch circumfix) and the present tense's prefixes.

Darija wraps a negated verb in ma…ch: glued ("ma3ndich", "mabditch", "ماعنديش", "ما حليتش" written "ماحليتش"),
after a glued "and" ("وماعنديش"), with "ma" shortened to "m" ("m3ndich", "مكنخلصش", "معنديش") or with "ma" written
apart, the verb then carrying only the ending ("ma bditch", "ma kan9rach", "ما حليتش"). The cue finder takes a glued
circumfix for a negation (nlu.situation_cue_finder), the rules look the verb inside it up (nlu.situation,
nlu.situation_language), and the variety counts both shapes as Darija clues (nlu.variety).
"""

from __future__ import annotations

import re

_ENDINGS = ("ch", "sh", "ش")
# The full "ma" glued on, longest first: "وما" and "wma" are "and" + "ma".
_FULL_MA = ("وما", "ما", "wma", "ma")
# "ma" shortened to "m": so many words merely start with m and end in ch (match, مراكش, معاش) that the verb inside
# must be a letter longer than after the full "ma".
_SHORT_MA = ("وم", "م", "wm", "m")
# The verb inside must keep this many letters after the full "ma" ("ماجاش", "mafich"): fewer is no verb.
MIN_VERB = 2


def negated_verb(form: str, short_ma: bool = True) -> tuple[str, bool] | None:
    """The verb inside a Darija negation's ending, and whether its "ma" is glued on too: "mabditch" → ("bdit",
    True), "bditch" → ("bdit", False); None for a word without the ending or too short to hold a verb.

    ``short_ma`` also reads a glued "m" as the negation ("m3ndich" → ("3ndi", True)); without it, "m3ndich" is a
    verb with the ending alone ("m3ndi", False)."""
    ending = next((e for e in _ENDINGS if form.endswith(e)), None)
    if ending is None or len(form) - len(ending) < MIN_VERB:
        return None
    bare = form[: -len(ending)]
    prefixes = [(p, MIN_VERB) for p in _FULL_MA] + ([(p, MIN_VERB + 1) for p in _SHORT_MA] if short_ma else [])
    for prefix, shortest in prefixes:
        if bare.startswith(prefix) and len(bare) - len(prefix) >= shortest:
            return bare[len(prefix) :], True
    return bare, False


def glued_negation(form: str, short_ma: bool = True) -> bool:
    """Whether ``form`` is a whole negated verb, its "ma" glued on: "ma3ndich", "وماعنديش" (see ``negated_verb``)."""
    found = negated_verb(form, short_ma)
    return found is not None and found[1]


# The present tense: ka- (ta- in the north and east) then the person, kan- I, kat- you or she, kay- he; كن، كت in
# Arabic letters. At least three letters of verb follow ("kankhdem", "katkhlles", "كنخدم").
_LATIN_VERB = re.compile(r"[a-z0-9']{3,}")
_ARABIC_VERB = re.compile(r"[\u0621-\u064a]{3,}")
PRESENT = ("kan", "kat", "kay", "كن", "كت")
# The writer telling what they do: "kankhdem", "كنخدم".
FIRST_PERSON_PRESENT = ("kan", "كن")
# After a negating "ma" the reader also takes the bare ka-, the northern ta- and كي/كا ("ma kakhllsch").
ANY_PRESENT = ("ka", "tan", "tat", "tay", "كن", "كت", "كي", "كا")
GLUED_AND = ("و", "w")


def present_verb(form: str, prefixes: tuple[str, ...] = PRESENT, glued_and: bool = False) -> bool:
    """Whether a normalised word is a Darija verb in the present by one of ``prefixes``; with ``glued_and``, after a
    glued "and" too ("wkankhdem", "وكنصنع")."""
    if glued_and and form.startswith(GLUED_AND) and present_verb(form[1:], prefixes):
        return True
    for prefix in prefixes:
        verb = _LATIN_VERB if prefix.isascii() else _ARABIC_VERB
        if form.startswith(prefix) and verb.fullmatch(form[len(prefix) :]):
            return True
    return False


def verb_in_negation(form: str) -> str | None:
    """The verb a negation wraps, without its "ma" and -ch: "makankhllesch", "kankhllesch" (its "ma" written apart)
    and "makankhlles" → "kankhlles"; None for a word that is no such verb."""
    found = negated_verb(form)
    return found[0] if found is not None else _present_after_ma(form)


def negated_present(form: str) -> bool:
    """A present verb with "ma" glued on and no -ch after it: "makankhlles walo", "ماكنخلص حتى ضريبة"."""
    return _present_after_ma(form) is not None


# After "ma", glued or apart, the third person's كي and كا count too ("ماكيخلص حتى ضريبة": he pays no tax; nlu.register_wish
# reads "ما كنخلص" as no question); alone they begin too many other words (كيفاش, كيلو).
PRESENT_AFTER_MA = PRESENT + ("كي", "كا")


def _present_after_ma(form: str) -> str | None:
    """The present verb after a glued "ma" ("makankhlles" → "kankhlles", "ماكيخلص" → "كيخلص"); None when ``form`` is
    none."""
    return next(
        (form[len(ma) :] for ma in _FULL_MA if form.startswith(ma) and present_verb(form[len(ma) :], PRESENT_AFTER_MA)),
        None,
    )
