"""Words of politeness that ask nothing by themselves: "stp", "svp", "please", "3afak", "من فضلك".

"inscription stp" asks about registering, not to stop; "documents svp" about the papers. Shared by the intent
classifier (such a word does not decide the intent) and the lone-entity reading (it may stand around a name).
"""

from __future__ import annotations

from collections.abc import Sequence

from hirfa.text import normalise

# Latin-script request markers; "s'il vous plaît" is read through its "plait". Not "merci", which thanks on its own
# and is learned from examples, nor the Arabic blessings ("الله يخليك"), whose words also say other things.
LATIN_POLITENESS = frozenset(
    normalise(w)
    for w in ("svp", "stp", "stpl", "svpl", "plait", "plaît", "please", "pls", "plz", "svpp", "stpp")
)
# The Darija and Arabic ones, which stand around a name without asking anything else.
OTHER_POLITENESS = frozenset(
    normalise(w)
    for w in (
        "3afak",
        "afak",
        "3afakom",
        "عافاك",
        "عافاكم",
        "فضلك",
        "رجاء",
        "لو",
        "سمحت",
        "الله",
        "يخليك",
        "يرحم",
        "والديك",
    )
)
POLITENESS = LATIN_POLITENESS | OTHER_POLITENESS


def without_politeness(lemmas: Sequence[str]) -> list[str]:
    """The normalised words without the Latin request markers, unless nothing else is left ("svp ?" stays)."""
    kept = [lemma for lemma in lemmas if lemma not in LATIN_POLITENESS]
    return kept or list(lemmas)
