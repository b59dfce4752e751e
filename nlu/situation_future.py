"""A regime said in the future is planned, not held (nlu/situation.py reads it as asked about).

French puts a plan in the verb's tense or in a date to come, with no verb of wanting: "à partir de janvier je serai
auto-entrepreneur", "en septembre je deviendrai auto-entrepreneuse", "l'an prochain je devrai tenir une
comptabilité", "dès le mois prochain je passe à la CPU". A regime said for now beside it ("pour l'instant c'est la
CPU") stands in another clause and stays held. French only: the other varieties' plans are the intend cues of
nlu/situation_cues.yml ("ghadi", "سأصبح").
"""

from __future__ import annotations

from collections.abc import Sequence

from nlu.lexicon import Word
from nlu.situation_clauses import CLAUSE_BREAK, SENTENCE_END, Cue

# "je serai", "je m'inscrirai", "je ne serai plus": the writer's future verb stands this many words before the regime
# at most ("je deviendrai enfin auto-entrepreneur", "je devrai tenir une comptabilité"), in its clause.
FUTURE_VERB_REACH = 5
# "l'an prochain, je passe à la CPU": a date to come stands this many words before the regime at most, in its
# sentence (a comma may follow the date).
COMING_DATE_REACH = 8
# The writer as the subject, and the small words that may stand between it and the verb ("je m'y inscrirai").
_FIRST_PERSON = frozenset({"je", "j"})
_BETWEEN_SUBJECT_AND_VERB = frozenset({"me", "m", "ne", "n", "y", "en", "le", "la", "l", "vous", "lui"})
# Conditionals of wanting spelt like futures in SMS French ("je voudrai savoir…") ask, they plan nothing.
_WANTING = frozenset({"voudrai", "aimerai", "souhaiterai", "desirerai"})
_COMING = frozenset({"prochain", "prochaine", "prochains", "prochaines"})


def in_the_future(text: str, words: Sequence[Word], target: Cue) -> bool:
    """Whether the regime ``target`` is said in the future: after the writer's future verb in its clause, or after a
    date to come in its sentence."""
    if target.kind != "tax":
        return False
    return _future_verb_before(text, words, target) or _coming_date_before(text, words, target)


def _future_verb_before(text: str, words: Sequence[Word], target: Cue) -> bool:
    for i in range(max(0, target.first - FUTURE_VERB_REACH), target.first):
        if CLAUSE_BREAK.search(text, words[i].end, target.start):
            continue
        if _future_of_writer(words, i):
            return True
    return False


def _future_of_writer(words: Sequence[Word], i: int) -> bool:
    """Whether word ``i`` is a verb in the future ("-rai") with the writer as its subject."""
    form = words[i].form
    if len(form) < 5 or not form.endswith("rai") or form in _WANTING:
        return False
    j = i - 1
    while j >= 0 and words[j].form in _BETWEEN_SUBJECT_AND_VERB and i - j <= 3:
        j -= 1
    return j >= 0 and words[j].form in _FIRST_PERSON


def _coming_date_before(text: str, words: Sequence[Word], target: Cue) -> bool:
    return any(
        words[i].form in _COMING and not SENTENCE_END.search(text, words[i].end, target.start)
        for i in range(max(0, target.first - COMING_DATE_REACH), target.first)
    )
