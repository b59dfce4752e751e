"""The writer "at nothing": no tax situation, with a word of time inside the phrase (shared/DOMAIN.md §2).

"Je suis à rien", "je ne suis nulle part" are listed have_nothing cues (nlu/situation_cues.yml), matched as whole
phrases; a word of time or an aside between the verb and "rien" ("moi je suis encore à rien", "je suis toujours à
rien", "je ne suis pour l'instant inscrite nulle part") split them and the writer's "no tax" went unread. Read, like
the cues, only where tax is the topic (a regime, held or not, or a tax word in the message).
"""

from __future__ import annotations

import re

# "je suis", "je ne suis", "j'suis", "jsuis", "chui", then up to two words of time or asides, then "à rien", "dans
# rien", "nulle part" (an "inscrit(e)", "déclaré(e)" or "enregistré(e)" may stand before "nulle part").
_AT_NOTHING = re.compile(
    r"\b(?:je\s+(?:ne\s+|n')?suis|j'\s?suis|jsuis|chui|jsui)\s+"
    r"(?:(?:encore|toujours|actuellement|maintenant|aujourd'hui|pour\s+l'instant|pour\s+le\s+moment|pour\s+l'heure"
    r"|jusqu'à\s+présent|jusqu'a\s+present|à\s+ce\s+jour|a\s+ce\s+jour|moi|vraiment|réellement|officiellement)[\s,]+){1,2}"
    r"(?:(?:à|a|dans)\s+rien\b|(?:(?:inscrit|inscrite|déclaré|déclarée|declare|declaree|enregistré|enregistrée"
    r"|enregistre|enregistree)\s+)?nulle\s+part\b)",
    re.IGNORECASE,
)


def at_nothing(text: str) -> re.Match[str] | None:
    """Where the writer says they are at nothing with a word of time or an aside inside the phrase, if they do."""
    return _AT_NOTHING.search(text)
