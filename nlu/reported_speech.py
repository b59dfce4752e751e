"""Someone who told the writer something, not a person asked for: "quelqu'un m'a dit 135 dh, c'est vrai ?", "qqn m'a
parlé d'un prêt à 2 %", "chi wa7ed gal lia bli l'amo b 135", "واحد قاليا بلي الكارط فيها تخفيض".

"quelqu'un", "wa7ed", "واحد" are the words of the help-desk examples ("je veux parler à quelqu'un"), and in a short
message they outweigh the one topic word. Said a few words before a verb of telling, "someone" is the source of a
rumour that the message checks: when human_handoff is first and the message holds no word of wanting or requesting,
the best of the next two intents that is neither the bot nor out of scope comes first.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from hirfa.text import normalise
from nlu.register_wish import promoted
from nlu.who_answers import asks_for_a_person

HANDOFF = "human_handoff"
# Intents that a rumour does not ask about: they stay where the classifier put them.
NOT_A_TOPIC = frozenset({"bot_challenge", "out_of_scope", HANDOFF})
# Someone, in any script (normalised lemmas: "quelqu'un" is read as "quelqu" and "un").
SOMEONE_WORDS = frozenset(
    normalise(w)
    for w in ("quelqu", "quelqun", "quelquun", "qqn", "qlq", "qlqn", "wa7ed", "wahed", "wa7d", "واحد", "حد")
)
# A verb of telling that says the past by itself (Darija, Arabic, the French imperfect).
TELLING_WORDS = frozenset(
    normalise(w)
    for w in (
        "disait", "gal", "galt", "galia", "galli", "9al", "9alt", "9alia", "qal", "قال", "قالت", "قالي", "قاليا",
        "قالتلي", "گال", "حكى", "حكالي",
    )
)
# French participles of telling, told only after an auxiliary ("m'a dit", "m'a parlé", "avait conseillé"): normalised,
# "parlé" is "parle", and "quelqu'un qui parle arabe" asks for a person.
TOLD_PARTICIPLES = frozenset(normalise(w) for w in ("dit", "parlé", "conseillé", "raconté", "expliqué", "assuré"))
AUXILIARIES = frozenset({"a", "ma", "avait", "ont", "mavait"})
# The verb stands at most TELLING_REACH words after "someone" ("quelqu un m a dit": four).
TELLING_REACH = 4


def _tells(window: Sequence[str]) -> bool:
    return any(
        w in TELLING_WORDS or (w in TOLD_PARTICIPLES and any(a in AUXILIARIES for a in window[:j]))
        for j, w in enumerate(window)
    )


def tells_a_rumour(lemmas: Sequence[str]) -> bool:
    """Whether "someone" stands a few words before a verb of telling, and the message asks for no one."""
    if asks_for_a_person(lemmas):
        return False
    return any(
        lemma in SOMEONE_WORDS and _tells(lemmas[i + 1 : i + 1 + TELLING_REACH])
        for i, lemma in enumerate(lemmas)
    )


def rerank(lemmas: Sequence[str], ranking: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The ranking with the best topic of the next two first when human_handoff led a message telling a rumour."""
    if not ranking or ranking[0]["name"] != HANDOFF:
        return ranking
    topics = [i for i, r in enumerate(ranking[1:3], start=1) if r["name"] not in NOT_A_TOPIC]
    if not topics or not tells_a_rumour(lemmas):
        return ranking
    return promoted(ranking, topics[0])
