"""Asking who answers against asking for a person, in Latin letters: "t un humain toi ?", "suis-je en train de
parler à une personne ?" ask whether a machine answers (bot_challenge); "je veu parlé a quelqun", "passez-moi un
humain" ask for a person (human_handoff).

Both speak of a person, a human, a robot, and the classifier weighs those words more than the one that tells them
apart. When the two intents are the first two: a message that asks what "you" are ("tu es", "nta") asks who answers,
whatever it wants besides ("je veux savoir si tu es un robot"); else a wish or a request ("veux", "voudrais",
"passez", "bghit", "peux") asks for a person; else a question ("?") asks who answers. Arabic-script messages are
left to the classifier: their wish words are many and are not listed here.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from hirfa.text import normalise
from nlu.register_wish import swapped

HANDOFF, CHALLENGE = "human_handoff", "bot_challenge"
# Wanting, asking, or asking whether one may (matched on normalised lemmas): "je veux", "jveux", "jvx", "passez-moi",
# "mettez-moi", "est-ce que je peux parler", "bghit nhder". Not "parler" itself: "je parle à un robot ?" asks who.
REQUEST_WORDS = frozenset(
    normalise(w)
    for w in (
        "veux", "veu", "veut", "jveux", "jveu", "jvx", "vx", "voudrais", "voudrai", "voudrait", "jvoudrais", "voulais",
        "aimerais", "aimerai", "souhaite", "souhaiterais", "besoin", "passez", "passe", "passer",
        "mettez", "mets", "mettre", "donnez", "appelez", "appeler", "rappelez", "rappeler", "contacter", "joindre",
        "transferez", "transférez", "peux", "peut", "puis", "pourrais", "pourrait", "possible", "svp", "stp",
        "bghit", "bghyt", "bgheet", "nbghi", "baghi", "bghina", "3tini", "3tiwni", "dwzni", "dwezni", "khassni",
    )
)


# "tu es", "t'es", "êtes-vous", "nta": the message asks what the one answering is, whatever it wants besides.
YOU_ARE = frozenset(normalise(w) for w in ("es", "êtes", "etes", "nta", "nti", "ntoma", "ntouma", "ntuma"))


def asks_for_a_person(lemmas: Sequence[str]) -> bool:
    """Whether the message holds a word of wanting or requesting."""
    return any(lemma in REQUEST_WORDS for lemma in lemmas)


def rerank(lemmas: Sequence[str], text: str, ranking: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The ranking with human_handoff and bot_challenge in the order the request word or the question says."""
    first_two = [r["name"] for r in ranking[:2]]
    if sorted(first_two) != [CHALLENGE, HANDOFF] or _has_arabic(text):
        return ranking
    if any(lemma in YOU_ARE for lemma in lemmas):
        wanted = CHALLENGE
    elif asks_for_a_person(lemmas):
        wanted = HANDOFF
    elif "?" in text:
        wanted = CHALLENGE
    else:
        return ranking
    return ranking if first_two[0] == wanted else swapped(ranking)


def _has_arabic(text: str) -> bool:
    return any("\u0600" <= c <= "\u06ff" for c in text)
