"""A regime applied for and awaited is not held yet (nlu/situation.py reads it as asked about, not held).

"ma demande d'AE est en cours" is read by the plans of nlu/situation_tax.py, which reach a few words after the wish.
Two shapes escape them, and both tell a paper or an answer still to come, not a regime the writer pays under:
- the wait names the paper first, then the regime ("j'attends toujours l'attestation de la CPU", "en attente de la
  carte d'auto-entrepreneur"): the paper's words stand between the wait and the regime;
- the regime comes first and the wait after it in its sentence ("Dossier CPU déposé, pas encore de réponse", "La
  CPU, je l'ai demandée en septembre", "auto-entrepreneur : dossier en cours").
A regime the writer says they are ("je suis à la CPU, j'attends la carte") stays held: the wait is for a paper of a
regime already theirs. French only: the other varieties' waits were not seen on the dev sets.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from nlu.lexicon import Word
from nlu.situation_clauses import CLAUSE_BREAK, SENTENCE_END, Cue

# The words of a wait or an application that can open it ("j'attends", "en attente de", "ma demande", "j'ai déposé
# mon dossier"): an "intend" cue of nlu/situation_cues.yml holding one of them.
_WAIT_WORDS = frozenset({"attends", "jattends", "attente", "demande", "demandee", "dossier", "depose", "deposee"})
# What may stand between such a wait and the regime: the paper awaited and its small words.
_PAPER_WORDS = frozenset(
    {
        "attestation", "carte", "reponse", "recepisse", "papier", "papiers", "immatriculation", "inscription",
        "numero", "statut", "regime", "certificat", "validation", "accord", "toujours", "encore", "l", "la", "le", "les",
        "mon", "ma", "mes", "de", "d", "du", "des", "un", "une", "pour", "au", "a",
    }
)
# Between the wait and the regime, at most this many words of the paper ("toujours l'attestation de la", "encore le
# récépissé de mon inscription au régime de l'").
PAPER_REACH = 10
# A wait after the regime, within its sentence: participles and phrases that say the application is not answered.
_WAIT_AFTER = re.compile(
    r"\b(?:d[ée]pos[ée]e?s?|en\s+cours|en\s+attente|[àa]\s+l'[ée]tude|j'?\s?attends"
    r"|pas\s+encore\s+(?:de\s+r[ée]ponse|re[çc]ue?|accept[ée]e?|valid[ée]e?|arriv[ée]e?)"
    r"|toujours\s+pas\s+(?:de\s+r[ée]ponse|re[çc]ue?|de\s+carte))\b",
    re.IGNORECASE,
)
# The regime taken up by a pronoun, applied for ("la CPU, je l'ai demandée"): past a comma, within the sentence.
_ASKED_FOR_IT = re.compile(r"\bl'\s?ai\s+(?:demand|d[ée]pos|sollicit)[ée]e?s?\b", re.IGNORECASE)
# Between the regime and a wait after it, at most this many characters ("La CPU, je l'ai demandée").
WAIT_AFTER_REACH = 40
# The writer's being right before a regime ("je suis AE, j'attends la carte"): the regime is theirs already.
_BEING = frozenset({"suis", "jsuis", "chuis", "chui", "sui"})
BEING_REACH = 3


def awaited(text: str, words: Sequence[Word], cues: list[Cue], target: Cue) -> bool:
    """Whether the regime ``target`` is one applied for and still awaited, not held."""
    if target.kind != "tax" or _said_held(words, target):
        return False
    return _paper_awaited(words, cues, target) or _wait_after(text, target)


def _said_held(words: Sequence[Word], target: Cue) -> bool:
    return any(w.form in _BEING for w in words[max(0, target.first - BEING_REACH) : target.first])


def _paper_awaited(words: Sequence[Word], cues: list[Cue], target: Cue) -> bool:
    """"j'attends toujours l'attestation de la CPU": a wait, then only the paper's words, then the regime."""
    for cue in cues:
        if cue.kind != "intend" or cue.last >= target.first:
            continue
        if not any(w.form in _WAIT_WORDS for w in words[cue.first : cue.last + 1]):
            continue
        between = words[cue.last + 1 : target.first]
        if len(between) <= PAPER_REACH and all(w.form in _PAPER_WORDS for w in between):
            return True
    return False


def _wait_after(text: str, target: Cue) -> bool:
    """"Dossier CPU déposé", "la CPU, je l'ai demandée": a wait after the regime, in its sentence."""
    after = text[target.end : target.end + WAIT_AFTER_REACH]
    sentence_end = SENTENCE_END.search(after)
    sentence = after[: sentence_end.start()] if sentence_end else after
    # A colon introduces the wait ("auto-entrepreneur : dossier en cours"), it does not end the regime's clause.
    clause_end = CLAUSE_BREAK.search(sentence.replace(":", " "))
    # "Dossier CPU déposé, pas encore de réponse": the wait reaches the regime within its clause, the pronoun that
    # takes it up within its sentence.
    clause = sentence[: clause_end.start()] if clause_end else sentence
    return _WAIT_AFTER.search(clause) is not None or _ASKED_FOR_IT.search(sentence) is not None
