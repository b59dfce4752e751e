"""A message that names the AMO by its name is about the AMO, however much of it tells something else.

"بنتي عندها 23 عام وكتقرا فالجامعة، بغيت نعرف كيفاش نصرح بيها فلامو", "بغيت ندخل بابا فلامو، هو سراج فالجديدة و
عمرو ما خلص ضريبة": the daughter at university, the father and his saddlery weigh towards out_of_scope, whose
examples tell of schools, relatives and other trades, and the one word "لامو" is outweighed. Only the AMO's own name
counts ("amo", "لامو", "الأمو"): the CNSS, "الضمان" or "l'assurance" are also what a salaried worker, a household
employer or a car owner asks about, and those stay out of scope (and nlu/salaried_worker.py still reads them after).

Which AMO question it is: a verb of joining it or declaring someone in it is the enrolment, an amount asked is its
cost, and otherwise the AMO topic the classifier ranked highest; nlu/amo_question.py then reads the finer kinds.

Once every rule has read the message, an AMO topic first in a message that names the AMO is understood, however
thinly the classifier spread its confidence over a long story ("خويا الصغير أوطو أونتروبرونور وقالي خاصني نتسجل
فلامو حتى أنا. كيفاش نبدا؟", "jsui AE jfai d zellige a tetouan, cmb lamo"): its confidence is raised to
UNDERSTOOD, so that the fallback does not answer that it did not understand.

A word of a domain that no artisan's question uses (nlu/out_of_domain.py: a cow's vet, a visa) leaves the message
out of scope, unless a spouse or a child is named: a son's lycée or a daughter's faculty is then who the AMO covers
(children to 26 while they study, DOMAIN.md).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from hirfa.text import says_any
from nlu.amo_question import (
    AMO_OWN_NAMES,
    asks_amount,
    asks_how_to_pay_amo,
    dependants,
    joins_amo,
    names_beneficiaries,
)
from nlu.out_of_domain import OutOfDomain
from nlu.register_wish import ahead, raised
from nlu.situation_extractor import TOPIC_CONFIDENCE

OUT_OF_SCOPE = "out_of_scope"
ENROL, COST = "amo_enroll", "amo_cost"
AMO_TOPICS = ("amo_enroll", "amo_cost", "amo_info")
# The confidence of an AMO topic first in a message that names the AMO: the confidence at which the situation reader
# takes an intent for what the message is about, above the fallback's threshold (config.yml).
UNDERSTOOD = TOPIC_CONFIDENCE


def names_amo(lemmas: Sequence[str]) -> bool:
    """Whether the message names the AMO itself."""
    return says_any(lemmas, AMO_OWN_NAMES)


def rerank(
    lemmas: Sequence[str], ranking: list[dict[str, Any]], out_of_domain: OutOfDomain
) -> list[dict[str, Any]]:
    """The ranking with an AMO topic first when out_of_scope was first in a message that names the AMO and says none
    of ``out_of_domain``'s words, or names a dependant."""
    if not ranking or ranking[0]["name"] != OUT_OF_SCOPE or not names_amo(lemmas):
        return ranking
    if out_of_domain.says_out_of_domain(lemmas) and not says_any(lemmas, dependants()):
        return ranking
    if joins_amo(lemmas) or asks_how_to_pay_amo(lemmas):
        return ahead(ENROL, ranking)
    if asks_amount(lemmas):
        return ahead(COST, ranking)
    ranked = next((r["name"] for r in ranking if r["name"] in AMO_TOPICS), None)
    return ahead(ranked, ranking) if ranked else ranking


def understood(lemmas: Sequence[str], ranking: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The ranking with its first intent's confidence raised to UNDERSTOOD when it is an AMO topic and the message
    names the AMO or its beneficiaries ("ajouter mon épouse en tant qu'ayant droit")."""
    if not ranking or ranking[0]["name"] not in AMO_TOPICS or ranking[0]["confidence"] >= UNDERSTOOD:
        return ranking
    return raised(ranking, UNDERSTOOD) if names_amo(lemmas) or names_beneficiaries(lemmas) else ranking
