"""A regime one means to stay in, or to keep, is held now (shared/DOMAIN.md §2: the regime held decides the AMO amount).

A plan, a wish or a future names a regime not held yet ("je vais passer à la CPU", "je veux devenir auto-entrepreneur"),
but staying in a regime, or keeping it, is only possible in the one held: "je vais rester au forfait", "je compte
garder mon statut d'AE", "je souhaite rester à la CPU", "je resterai au réel", "bghit nb9a f cpu", "أريد البقاء في نظام
المساهمة المهنية الموحدة". Refusing to stay ("je ne veux pas rester au forfait") still says where one is: the negation
is of the staying, not of the regime (the dev labels hold "si je reste à la CPU" and "je reste au forfait" alike).
"""

from __future__ import annotations

from hirfa.text import normalise
from nlu.situation_clauses import Cue, words_before_in_clause

# "rester au forfait" (one word between), "garder mon statut d'AE" (four): the staying verb stands this many words
# before the regime at most, in its clause.
STAY_REACH = 4
# The infinitives, futures and conditionals that follow a plan or a wish ("je vais rester", "je resterai"), and their
# Darija and MSA forms; not the French present "je reste", which no plan cue precedes, nor "reste" (also "the rest").
_STAYING = frozenset(
    normalise(w)
    for w in (
        "rester", "resterai", "resterais", "restera", "resterait", "restons", "continuer", "continuerai",
        "continuerais", "garder", "garderai", "garderais", "conserver", "conserverai", "conserverais", "demeurer",
        "nb9a", "nbqa", "nb9aw", "nbqaw", "nbka", "نبقى", "نبقا", "نبقاو", "أبقى", "ابقى", "البقاء", "الاستمرار",
        "أستمر", "استمر", "أظل", "اظل", "الاحتفاظ", "أحتفظ", "احتفظ",
    )
)


def stays_in(text: str, target: Cue) -> bool:
    """Whether a verb of staying in or keeping a regime stands right before the regime ``target`` in its clause."""
    before = words_before_in_clause(text, target.start)[-STAY_REACH:]
    return any(word in _STAYING for word in before)
