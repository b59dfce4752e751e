"""A salaried worker asking about their own CNSS, pay or employer: out of scope, not the artisans' AMO.

"je suis salarie dans une usine, mon patron ne me declare pas a la cnss", "allocations familiales pour un salarie a
la cnss", "الباطرون ديالي ماكيصرحش بيا", "أنا موظف في البنك، كيف أحسب معاش التقاعد": the words CNSS, declare, pay and contributions are the AMO's words, so the
classifier reads amo_enroll or amo_cost. The assistant serves artisans who are not salaried (TNS); an employee's
declaration by an employer belongs to the CNSS and labour inspection. Said of the writer ("je suis salarié", "mon
patron", "mon employeur", "mon salaire") and with no word of the artisan's own path (artisan, register, card),
such a message is out of scope when the classifier put an AMO or CNSS topic first. "les non salariés" (the TNS
scheme itself), "mon ancien travail de salarié … comme artisan", an apprentice, and an employee asking what he would
pay once registered as an artisan ("إن سجلت كحرفي") stay in scope.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from hirfa.text import normalise
from nlu.register_wish import promoted

OUT_OF_SCOPE = "out_of_scope"
# The topics a salaried worker's CNSS question is mistaken for.
_CNSS_TOPICS = frozenset({"amo_enroll", "amo_cost", "amo_info", "pension_info", "rna_status"})
_SALARIED = frozenset(
    normalise(w) for w in ("salarie", "salarié", "salariee", "salariée", "ajir", "أجير", "أجيرة", "مشغلي")
)
# "non salarié(s)": the artisans' own scheme.
_NOT = frozenset(normalise(w) for w in ("non", "غير"))
# "my employer", "my boss", "my salary", "my pay", in normalised word pairs.
_MY_EMPLOYER = frozenset(
    (normalise(a), normalise(b))
    for a, b in (
        ("mon", "patron"), ("mon", "employeur"), ("mon", "salaire"), ("ma", "paie"), ("ma", "paye"),
        ("الباطرون", "ديالي"), ("lpatron", "dyali"), ("patron", "dyali"),
        # MSA "I am an employee": only said of the writer, since a spouse's job ("زوجتي موظفة") or a clerk to talk
        # to ("أريد موظفا") asks nothing about the writer's own employer.
        ("أنا", "موظف"), ("أنا", "موظفة"), ("أنا", "مستخدم"), ("أنا", "مستخدمة"),
    )
)
# One's own path as an artisan: the question is theirs to ask here ("comme artisan", "le registre", "la carte").
_ARTISAN_PATH = frozenset(
    normalise(w)
    for w in (
        "artisan", "artisane", "artisans", "artisanat", "registre", "rna", "carte", "atelier", "maalem", "sijil",
        "حرفي", "حرفية", "الصانع", "صانع", "السجل", "المعلم", "الحرفة", "apprenti", "apprentie", "متعلم",
    )
)
# The same path said with a glued prefix or in any person ("كحرفي", "إن سجلت", "m'inscrire"): matched inside words.
# Not "inscrit": "mon employeur ne m'a jamais inscrit à la CNSS" is the employer's declaration, not the writer's path.
_ARTISAN_STEMS = ("حرفي", "سجل", "sjl", "tsajal", "inscrire", "inscris", "artisan", "apprenti")


def writer_is_salaried(lemmas: Sequence[str]) -> bool:
    """Whether the message speaks of the writer as an employee ("je suis salarié", "mon patron") and not of the
    artisan's path."""
    if any(lemma in _ARTISAN_PATH or any(stem in lemma for stem in _ARTISAN_STEMS) for lemma in lemmas):
        return False
    salaried = any(
        lemma in _SALARIED and (i == 0 or lemmas[i - 1] not in _NOT) for i, lemma in enumerate(lemmas)
    )
    return salaried or any(pair in _MY_EMPLOYER for pair in zip(lemmas, lemmas[1:], strict=False))


def rerank(lemmas: Sequence[str], ranking: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The ranking with out_of_scope first when an AMO or CNSS topic leads and the writer is an employee."""
    names = [r["name"] for r in ranking]
    if not names or names[0] not in _CNSS_TOPICS or OUT_OF_SCOPE not in names or not writer_is_salaried(lemmas):
        return ranking
    return promoted(ranking, names.index(OUT_OF_SCOPE))
