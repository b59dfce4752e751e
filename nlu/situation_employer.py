"""A regime said of the one the writer works for is the employer's, not the writer's (nlu/situation.py reads it as
asked about).

nlu/situation_tax.py's workplaces read a regime said right after the writer's work in a place or its owner ("la
boutique de mon patron est au forfait"). A worker also names the employer first and gives its regime in a relative
clause or by what it owns: "je suis employé dans une SARL qui est au réel", "je travaille chez un patron qui tient une
comptabilité", "l'atelier où je couds appartient à une dame auto-entrepreneuse", "je bosse chez une
auto-entrepreneuse". When the message says the writer works for someone, such a regime is not theirs; the writer's
own ("moi je n'ai aucun régime") is read as said. French only: the other varieties' workplaces are the works_there
cues of nlu/situation_cues.yml.
"""

from __future__ import annotations

from collections.abc import Sequence

from hirfa.text import normalise
from nlu.lexicon import Word
from nlu.situation_clauses import CLAUSE_BREAK, Cue
from nlu.situation_tax import WRITER_WORDS

# The writer says they work for someone: a worker's noun ("je suis employée", "comme ouvrier", "simple salarié").
_WORKER_NOUNS = frozenset(
    normalise(w)
    for w in (
        "ouvrier", "ouvrière", "ouvriers", "employé", "employée", "salarié", "salariée", "apprenti", "apprentie",
        "travailleur", "travailleuse",
    )
)
# ... or works at someone's place: "je travaille chez", "je bosse pour".
_WORK_VERBS = frozenset({"travaille", "bosse", "taffe", "couds", "brode", "tisse"})
_FOR_SOMEONE = frozenset({"pour", "chez"})
# What opens the employer's words before its regime: a relative pronoun ("une SARL qui est au réel"), ownership
# ("appartient à une dame…"), or the place of someone ("chez une auto-entrepreneuse").
_EMPLOYERS_WORDS = frozenset({"qui", "appartient", "appartenant", "chez"})
# The employer's words reach this many words to the regime at most ("qui est au réel avec un comptable", "appartient à une
# dame auto-entrepreneuse").
EMPLOYER_REACH = 7
# The writer's own words between them make the regime the writer's again ("moi qui suis AE", "chez moi je suis AE").
_WRITER_AGAIN = WRITER_WORDS | frozenset({"suis", "sui", "moi", "me", "m", "mon", "ma", "mes"})


def employers_regime(text: str, words: Sequence[Word], target: Cue) -> bool:
    """Whether the regime ``target`` is said of the one the writer works for."""
    return target.kind == "tax" and _works_for_someone(words) and _said_of_employer(text, words, target)


def _works_for_someone(words: Sequence[Word]) -> bool:
    forms = [w.form for w in words]
    return bool(set(forms) & _WORKER_NOUNS) or any(
        a in _WORK_VERBS and b in _FOR_SOMEONE for a, b in zip(forms, forms[1:], strict=False)
    )


def _said_of_employer(text: str, words: Sequence[Word], target: Cue) -> bool:
    for i in range(target.first - 1, max(-1, target.first - 1 - EMPLOYER_REACH), -1):
        if CLAUSE_BREAK.search(text, words[i].end, target.start) or words[i].form in _WRITER_AGAIN:
            return False
        if words[i].form in _EMPLOYERS_WORDS:
            return True
    return False
