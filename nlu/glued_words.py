"""Whether a message's words are known once a glued Arabic conjunction or preposition is taken off.

The classifier reads whole words: "وشكرا", "فبالتوفيق" or "وإلى اللقاء" are not the words of any example although
"شكرا", "بالتوفيق" and "اللقاء" are, and a message whose every word carries such a prefix ("أحسنتم وشكرا") read as not
one known word, so its confidence was set to zero and the fallback said it did not understand.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from hirfa.text import arabic_stems

# A stem shorter than this is too often another word ("ولد" is not "و" + "لد").
MIN_STEM = 3


def knows_a_stem(lemmas: Sequence[str], vocabulary: Collection[str]) -> bool:
    """Whether a word, with a glued Arabic prefix taken off, is a word the classifier has seen."""
    return any(stem in vocabulary for lemma in lemmas for stem in arabic_stems(lemma, MIN_STEM)[1:])
