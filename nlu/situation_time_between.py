"""A stop said with its date before the regime it stops: "radiée depuis mars de l'auto-entreprise", "j'ai fermé en
2022 mon auto-entreprise", "j'ai arrêté il y a deux ans la CPU".

nlu/situation_tax.py reads a stop a few words before a regime as the regime left; a date between them pushes the
regime out of that reach, and the regime was read as held. The date's words say when, not what: they are not
counted, and the stop reaches the regime across them.
"""

from __future__ import annotations

import re

from hirfa.text import normalise
from nlu.situation_clauses import CLAUSE_BREAK, Cue

# Between the stop and its regime, at most this many words, all of the date and its small words.
DATED_STOP_REACH = 8
# The small words around a date and a regime's noun ("depuis le mois de mars de l'", "il y a deux ans mon"), normalised.
_SMALL_WORDS = frozenset(
    {"le", "la", "l", "les", "de", "d", "du", "des", "mon", "ma", "en", "a", "y", "il", "ce", "cet", "cette", "statut", "regime"}
)
# The words that make it a date: a year or a number, a month, a span, "depuis", "dernier".
_DATE_WORDS = frozenset(
    {
        "depuis", "ya", "ans", "an", "annee", "annees", "mois", "semaines", "jours", "dernier", "derniere", "passe",
        "passee", "debut", "fin", "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre",
        "octobre", "novembre", "decembre", "un", "une", "deux", "trois", "quatre", "cinq", "six", "ete", "hiver",
        "printemps", "automne",
    }
)
_NUMBER = re.compile(r"^\d{1,4}$")
_WORD = re.compile(r"\w+")


def stopped_across_a_date(text: str, cues: list[Cue], target: Cue) -> bool:
    """Whether a stop stands before ``target`` with only a date's words between them, in its clause."""
    for cue in cues:
        if cue.kind not in ("stopped", "no_longer") or cue.last >= target.first:
            continue
        # The words between, read from the text: the message is not split into words again for each regime.
        between = _WORD.findall(normalise(text[cue.end : target.start]))
        if not between or len(between) > DATED_STOP_REACH or CLAUSE_BREAK.search(text[cue.end : target.start]):
            continue
        dated = [w for w in between if _NUMBER.match(w) or w in _DATE_WORDS]
        if dated and all(w in _SMALL_WORDS for w in between if w not in dated):
            return True
    return False
