"""An exemption from something other than tax states no tax situation: "أنا معفى من التأمين", "exonérée des frais
d'inscription", "m3fi mn l'amo", "غير ملزم بالتسجيل في السجل التجاري". The bare word of exemption is a tax cue only
when nothing else is named as what it exempts from: "exempté d'impôt", "معفى من الضريبة" and "je suis exonéré,
combien l'amo ?" still say none."""

from __future__ import annotations

from collections.abc import Sequence

from hirfa.text import normalise
from nlu.lexicon import Word
from nlu.situation_clauses import Cue, clause_bounds

# What the exemption is from stands this many words after it at most ("معفى من أداء واجبات التأمين").
OBJECT_REACH = 4
# Cues that name what one may be exempted from besides tax: the AMO, registering, a diploma or a training.
_OTHER_OBJECT_KINDS = frozenset({"amo_topic", "register", "registered", "category", "training"})
# Cues that make the exemption a tax one after all ("معفى من الضريبة المهنية", "exonéré de la patente").
_TAX_OBJECT_KINDS = frozenset({"tax", "tax_word", "tax_local", "declare"})


class ExemptionsFrom:
    """The bare words of exemption, and the things besides tax that people say they are exempted from."""

    def __init__(self, exemption_words: Sequence[str], other_objects: Sequence[str]) -> None:
        self._bare = frozenset(normalise(w) for w in exemption_words)
        self._others = frozenset(normalise(w) for w in other_objects)

    def without_other_exemptions(self, text: str, words: Sequence[Word], cues: list[Cue]) -> list[Cue]:
        """``cues`` less each bare exemption whose object, in its clause, is something other than tax."""
        return [c for c in cues if not self._from_something_else(text, words, cues, c)]

    def _from_something_else(self, text: str, words: Sequence[Word], cues: list[Cue], cue: Cue) -> bool:
        if cue.kind != "tax_free" or " ".join(w.form for w in words[cue.first : cue.last + 1]) not in self._bare:
            return False
        _, clause_end = clause_bounds(text, cue.start, cue.end)
        reach = min(cue.last + OBJECT_REACH, len(words) - 1)
        last = max((i for i in range(cue.last, reach + 1) if words[i].end <= clause_end), default=cue.last)
        if last <= cue.last:
            return False
        after = [c for c in cues if cue.last < c.first <= last]
        if any(c.kind in _TAX_OBJECT_KINDS for c in after):
            return False
        return any(c.kind in _OTHER_OBJECT_KINDS for c in after) or any(
            w.form in self._others for w in words[cue.last + 1 : last + 1]
        )

