"""A regime asked bare and answered "no" with none named instead: "Auto-entrepreneur ? non. CPU ? non. Je paie rien",
"Au réel ? Non." The writer goes through the regimes like a form and denies each: none of them is held
(nlu/situation_tax.py takes it back as asked about, as it does when another regime is named after the "no").
Only a bare question: "je suis à la CPU, c'est bon pour l'AMO ? non ?" asks something else of a regime held.
"""

from __future__ import annotations

import re

from hirfa.text import normalise
from nlu.situation_clauses import Cue, clause_bounds

# The words a bare question about a regime may have before it ("au réel ?", "vous êtes à la CPU ?", "statut AE ?").
_BARE_QUESTION_WORDS = frozenset(
    {"au", "a", "la", "le", "l", "en", "aux", "statut", "regime", "vous", "etes", "tu", "es", "et", "du"}
)
_WORD = re.compile(r"\w+")


def asked_bare(text: str, cue: Cue) -> bool:
    """Whether the regime ``cue`` is the whole of its clause but for a few small words: "CPU ?", "Au réel ?"."""
    start, _ = clause_bounds(text, cue.start, cue.end)
    return set(_WORD.findall(normalise(text[start : cue.start]))) <= _BARE_QUESTION_WORDS
