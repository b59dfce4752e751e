"""Enrolling at a school is not registering in the register: "inscription ofppt artisanat", "je veux m'inscrire à
l'OFPPT", "nsajjel weldi f lmadrasa dyal zlij".

The verbs of registering ("inscription", "m'inscrire", "نسجل", "ntsjel") pull towards the register's intents
(rna_apply, rna_register_how, rna_eligibility, rna_documents). When such a verb is followed closely by a school
(the OFPPT, a school, an institute, a training centre) and the message names neither the register nor the chamber,
the enrolment is at the school: training comes first, at the top confidence, even when the classifier did not rank it
(the verb of registering leaves it out of the first ten: "inscription ofppt artisanat"). A diploma from a school ("j'ai
un diplôme de l'OFPPT, je peux m'inscrire ?") puts no verb of registering before the school and is left alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from hirfa.text import normalise, says_any
from nlu import joining_training
from nlu.register_question import registering
from nlu.register_wish import promoted

TRAINING = "training"
REGISTER_TOPICS = frozenset({"rna_apply", "rna_register_how", "rna_eligibility", "rna_documents"})
# Schools and training bodies; not "formation" alone ("j'ai fait une formation, je peux m'inscrire ?").
SCHOOLS = joining_training.SCHOOLS | frozenset(
    normalise(w)
    for w in ("écoles", "ecoles", "instituts", "l9raya", "مركز", "المركز", "centre", "lmarkaz", "markaz")
)
# The register or the chamber named: the registration is theirs.
REGISTER_WORDS = frozenset(
    normalise(w)
    for w in (
        "registre", "rna", "sijil", "ssijil", "sjil", "السجل", "سجل", "chambre", "ghorfa", "lghorfa", "الغرفة",
        "غرفة", "carte", "artisan", "artisane",
    )
)
# "ntsjel? 3ndi diplome mn OFPPT": a school right after "from" is where a diploma came from, not where one enrols.
FROM = frozenset(normalise(w) for w in ("mn", "men", "من", "de", "du"))
# How far the school may stand after the verb ("m'inscrire à l'OFPPT", "تسجيل ولدي في المدرسة").
REACH = 5


def enrols_at_a_school(lemmas: Sequence[str]) -> bool:
    """Whether a verb of registering is followed closely by a school, and the register is not named."""
    if says_any(lemmas, REGISTER_WORDS):
        return False
    return any(
        registering(lemma)
        and any(
            says_any([school], SCHOOLS) and lemmas[k - 1] not in FROM
            for k, school in enumerate(lemmas[i + 1 : i + 1 + REACH], start=i + 1)
        )
        for i, lemma in enumerate(lemmas)
    )


def rerank(lemmas: Sequence[str], ranking: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The ranking with training first when a register topic leads but the enrolment is at a school."""
    names = [r["name"] for r in ranking]
    if not names or names[0] not in REGISTER_TOPICS or not enrols_at_a_school(lemmas):
        return ranking
    if TRAINING in names:
        return promoted(ranking, names.index(TRAINING))
    return [{"name": TRAINING, "confidence": ranking[0]["confidence"]}, *ranking[:-1]]
