"""Asking who answers against asking for a person, in Latin letters: "t un humain toi ?", "suis-je en train de
parler à une personne ?" ask whether a machine answers (bot_challenge); "je veu parlé a quelqun", "passez-moi un
humain" ask for a person (human_handoff).

Both speak of a person, a human, a robot, and the classifier weighs those words more than the one that tells them
apart. When the two intents are the first two: a message that asks what "you" are ("tu es", "nta") asks who answers,
whatever it wants besides ("je veux savoir si tu es un robot"); else a wish or a request ("veux", "voudrais",
"passez", "bghit", "peux") asks for a person; else a question ("?") asks who answers. In Arabic script only a verb
of putting through or a wish to talk next to a person is read (nlu/put_through.py): its wish words are many.

A need is a request too ("il faut que je parle à un humain", "c'est urgent"); a question reported ("ma mère veut savoir
si elle parle à un robot", "elle demande si c'est une vraie personne") asks who answers, whatever wish word it holds,
unless it asks whether one may speak to someone ("je veux savoir si je peux parler à quelqu'un").
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
        "faut", "dois", "urgent", "urgence",
    )
)
# A question reported: "savoir si", "demande si" ("she wants to know whether", "he asks whether").
ASKING_WHETHER = frozenset(normalise(w) for w in ("savoir", "demande", "demandent", "demander", "sais"))
WHETHER = frozenset(normalise(w) for w in ("si", "s"))
# Whether one may: "savoir si je peux parler à quelqu'un" asks for a person.
MAY = frozenset(normalise(w) for w in ("peux", "peut", "puis", "pourrais", "pourrait", "possible", "moyen"))


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
    if any(lemma in YOU_ARE for lemma in lemmas) or asks_whether(lemmas):
        wanted = CHALLENGE
    elif asks_for_a_person(lemmas):
        wanted = HANDOFF
    elif "?" in text:
        wanted = CHALLENGE
    else:
        return ranking
    return ranking if first_two[0] == wanted else swapped(ranking)


def asks_whether(lemmas: Sequence[str]) -> bool:
    """Whether the message reports a question of who answers ("elle veut savoir si …"), not whether one may."""
    for i, (lemma, after) in enumerate(zip(lemmas, lemmas[1:], strict=False)):
        if lemma in ASKING_WHETHER and after in WHETHER:
            return not any(word in MAY for word in lemmas[i + 2 :])
    return False


def _has_arabic(text: str) -> bool:
    return any("\u0600" <= c <= "\u06ff" for c in text)
