"""A regime someone told the writer to take (shared/DOMAIN.md §2: only a regime held decides the AMO amount).

"On m'a dit à la commune de m'inscrire comme auto-entrepreneur", "ma voisine m'a dit : prends l'AE", "ils m'ont
demandé de passer à la CPU": the teller's advice, with words between it and the infinitive or in the imperative, is
not the writer's regime, as "on m'a conseillé la CPU" is not (the advised cues hold it only when contiguous). "Il m'a
dit que je suis à la CPU" reports the writer's regime, and "on m'a dit de rester au réel" keeps the one held.
"""

from __future__ import annotations

from collections.abc import Sequence

from hirfa.text import normalise
from nlu.lexicon import Word
from nlu.situation_clauses import SENTENCE_END, Cue

# How far before the regime the telling verb may stand, in words, within one sentence.
TOLD_REACH = 10

_TELLING = frozenset(
    normalise(w) for w in ("dit", "disent", "demandé", "demandent", "conseillé", "proposé", "suggéré", "recommandé")
)
_HAVE = frozenset({"a", "ont", "avait", "avaient"})
_TO_ME = frozenset({"m", "me"})
_OF = frozenset({"de", "d"})
# Object pronouns and "faire" between "de" and the infinitive ("de me mettre", "de me faire passer").
_BEFORE_INFINITIVE = frozenset({"me", "m", "te", "t", "se", "s", "faire"})
# Verbs of taking a regime, as infinitives after "de" and as imperatives after the telling.
_TAKING = frozenset(
    normalise(w)
    for w in ("prendre", "devenir", "passer", "opter", "choisir", "inscrire", "mettre", "déclarer", "basculer", "ouvrir")
)
_TAKE_NOW = frozenset(
    normalise(w)
    for w in (
        "prends", "prenez", "deviens", "devenez", "passe", "passez", "opte", "optez", "choisis", "choisissez",
        "inscris", "inscrivez", "mets", "mettez", "déclare", "déclarez", "ouvre", "ouvrez",
    )
)
# "Que" reports a statement ("il m'a dit que je suis…"); the writer's own "je" speaks of themself again.
_BREAKS = frozenset({"que", "qu", "je", "j", "moi", "jsuis"})


def told_to_take(text: str, words: Sequence[Word], target: Cue) -> bool:
    """Whether ``target`` is a regime the writer was told to take: a telling verb addressed to the writer ("m'a dit",
    "on m'a demandé") stands before it in its sentence, and a taking verb between them is an infinitive after "de" or
    an imperative, with no "que" nor the writer's "je" between."""
    for at in range(target.first - 1, max(-1, target.first - 1 - TOLD_REACH), -1):
        form = words[at].form
        if form in _BREAKS or SENTENCE_END.search(text[words[at].end : words[at + 1].start]):
            return False
        if form in _TELLING and _to_me(words, at):
            return any(_takes(words, i) for i in range(at + 1, target.first))
    return False


def _to_me(words: Sequence[Word], at: int) -> bool:
    """Whether the telling verb at ``at`` is addressed to the writer: "m'a dit", "m'ont demandé", "me dit"."""
    before = [w.form for w in words[max(0, at - 2) : at]]
    return bool(before) and (before[-1] in _TO_ME or (len(before) == 2 and before[1] in _HAVE and before[0] in _TO_ME))


def _takes(words: Sequence[Word], at: int) -> bool:
    """Whether the word at ``at`` takes a regime as the teller's wish: an imperative, or an infinitive after "de"."""
    form = words[at].form
    if form in _TAKE_NOW:
        return True
    if form not in _TAKING:
        return False
    i = at - 1
    while i >= 0 and words[i].form in _BEFORE_INFINITIVE:
        i -= 1
    return i >= 0 and words[i].form in _OF
