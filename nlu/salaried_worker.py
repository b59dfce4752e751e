"""A salaried worker asking about their own CNSS, pay or employer: out of scope, not the artisans' AMO.

"je suis salarie dans une usine, mon patron ne me declare pas a la cnss", "allocations familiales pour un salarie a
la cnss", "الباطرون ديالي ماكيصرحش بيا", "أنا موظف في البنك، كيف أحسب معاش التقاعد": the words CNSS, declare, pay
and contributions are the AMO's words, so the classifier reads amo_enroll or amo_cost. The assistant serves artisans
who are not salaried (TNS); an employee's declaration by an employer belongs to the CNSS and labour inspection. Said
of the writer ("je suis salarié", "mon patron", "mon employeur", "mon salaire", "أنا موظف") and with no word of the
artisan's own path (artisan, register, card), such a message is out of scope when the classifier put an AMO or CNSS
topic first. "les non salariés" (the TNS scheme itself), "mon ancien travail de salarié … comme artisan", an
apprentice, and an employee asking what he would pay once registered as an artisan ("إن سجلت كحرفي") stay in scope.
The employer named with the writer as the object ("الباطرون ماسجلنيش", "والمشغل ماصرحش بيا", "lpatron ma sjlnich") is
the writer's employer, and a verb of registering with "me" as its object is the employer's declaration, not the
writer's path.

The same holds for the other schemes a writer or a relative belongs to: a civil servant's mutual insurance or
state pension ("je suis fonctionnaire", "la CNOPS", "retraité de l'enseignement") and an employer's
declaration of a household employee ("mon employée de maison", "ma femme de ménage", "عاملة منزلية"): the words
CNSS, declare, add one's wife or pension are the artisans' words, the scheme is not.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from hirfa.text import normalise, says_any
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
        ("أنا", "موظف"), ("أنا", "موظفة"), ("أنا", "مستخدم"), ("أنا", "مستخدمة"), ("ana", "mowadaf"),
        ("ana", "mowadafa"), ("ana", "mwadaf"),
    )
)
# The employer, said without "my" ("والمشغل ماسجلنيش", "lpatron ma sjlnich"); a glued "و" (and) is dropped before
# looking. Not the French "patron": "je suis patron, je dois m'affilier ?" is an artisan employing others.
_EMPLOYER = frozenset(normalise(w) for w in ("lpatron", "المشغل", "الباطرون", "لباطرون"))
_EMPLOYER_PAIRS = frozenset(
    (normalise(a), normalise(b))
    for a, b in (("رب", "العمل"), ("صاحب", "الشغل"), ("مول", "الشغل"), ("rab", "l3amal"), ("mol", "lkhdma"))
)
# The writer as the object: "بيا", "عليا", "biya", "3liya".
_ME = frozenset(normalise(w) for w in ("بي", "بيا", "عليا", "biya", "bia", "3liya", "3lia"))
# A verb of registering or declaring whose object is the writer ("سجلني", "ماسجلنيش", "يصرحني", "sjlni", "ma sjlnich").
_TO_ME = re.compile(r"(?:سجل|صرح|قيد|sjl|sajl|sejl|sre7|sra7|9ayd|9yd)\w*(?:ني|نيش|ni|nich)$")
# Schemes of the civil service (its mutual insurance, its pensions): "fonctionnaire", "CNOPS". Not "instituteur" or
# "professeur": a teacher doing crafts on the side is an artisan too; not "l'armée" alone: a soldier son may be asked
# about as a dependant.
_CIVIL_SERVICE = frozenset(
    normalise(w)
    for w in (
        "fonctionnaire", "fonctionnaires", "cnops", "cmr", "rcar", "كنوبس",
    )
)
# A state pensioner ("retraité de l'enseignement") or a household employee of the writer's ("employée de maison"),
# in normalised word pairs read with "de", "du", "l'" and "la" left out.
_OTHER_SCHEME = frozenset(
    (normalise(a), normalise(b))
    for a, b in (
        ("retraité", "enseignement"), ("retraité", "armée"), ("retraité", "police"), ("retraité", "éducation"),
        ("retraitée", "enseignement"), ("retraitée", "éducation"),
        ("mon", "employé"), ("mon", "employée"), ("mes", "employés"), ("mes", "employées"),
    )
)
_HOUSEHOLD_PAIRS = frozenset(
    (normalise(a), normalise(b))
    for a, b in (
        ("employée", "maison"), ("employé", "maison"), ("femme", "ménage"), ("aide", "ménagère"),
        ("عاملة", "منزلية"), ("عاملات", "منزليات"), ("العاملة", "المنزلية"),
    )
)
# A household employee named by the job ("الخادمة التي تعمل عندي", "مربية أطفالي", "السائق", "ma nounou"), glued
# prefixes dropped: the employer's declaration, whatever verb asks it ("أسجل", "أصرح"). Not "خدامة", Darija for a
# working woman ("أنا خدامة فالطرز"), nor an employee alone: a workshop's employee is the artisan's own question.
_HOUSEHOLD = frozenset(
    normalise(w)
    for w in (
        "خادمة", "خادمات", "خادمتي", "مربية", "مربيات", "مربيتي", "سائق", "سائقي", "بستاني", "طباخة", "nounou",
        "jardinier", "chauffeur",
    )
)
# The verbs of registering, which register the household employee, not the writer, when one is named.
_REGISTERING = ("سجل", "sjl", "tsajal", "inscrire", "inscris")
_OF = frozenset({"de", "d", "du", "l", "la"})
# A civil servant who is not the writer's scheme: compared with ("une pension comme les fonctionnaires"), or a clerk
# of the CNSS itself ("موظف الضمان الاجتماعي قال لي").
_LIKE = frozenset(normalise(w) for w in ("comme", "mithl", "مثل", "كما", "bhal", "بحال", "ki", "كي"))
_THE_CNSS = frozenset(normalise(w) for w in ("cnss", "الضمان", "ضمان", "الصندوق", "caisse", "guichet", "dcnss"))
# One's own path as an artisan: the question is theirs to ask here ("comme artisan", "le registre", "la carte"), and
# so is a craft run on the side under a regime of its own ("salarié chez Renault et à côté … en auto-entrepreneur").
_ARTISAN_PATH = frozenset(
    normalise(w)
    for w in (
        "artisan", "artisane", "artisans", "artisanat", "registre", "rna", "carte", "atelier", "maalem", "sijil",
        "حرفي", "حرفية", "الصانع", "صانع", "السجل", "المعلم", "الحرفة", "apprenti", "apprentie", "متعلم",
        "entrepreneur", "entrepreneuse", "autoentrepreneur", "cpu", "مقاول", "المقاول", "أوطو", "الأوطو",
        "أونتروبرونور", "انتروبرونور",
    )
)
# The same path said with a glued prefix or in any person ("كحرفي", "إن سجلت", "m'inscrire"): matched inside words.
# Not "inscrit": "mon employeur ne m'a jamais inscrit à la CNSS" is the employer's declaration, not the writer's path.
_ARTISAN_STEMS = ("حرفي", "سجل", "sjl", "tsajal", "inscrire", "inscris", "artisan", "apprenti")


def writer_is_salaried(lemmas: Sequence[str]) -> bool:
    """Whether the message speaks of the writer as an employee ("je suis salarié", "mon patron"), a civil servant or
    the employer of a household employee, and not of the artisan's path."""
    without_de = [lemma for lemma in lemmas if lemma not in _OF]
    named_pairs = set(zip(without_de, without_de[1:], strict=False))
    household = says_any(lemmas, _HOUSEHOLD) or bool(named_pairs & _HOUSEHOLD_PAIRS)
    if any(_on_the_artisans_path(lemma, household) for lemma in lemmas):
        return False
    salaried = any(
        lemma in _SALARIED and (i == 0 or lemmas[i - 1] not in _NOT) for i, lemma in enumerate(lemmas)
    )
    pairs = set(zip(lemmas, lemmas[1:], strict=False))
    employer = any(_unglued(lemma) in _EMPLOYER for lemma in lemmas) or bool(pairs & _EMPLOYER_PAIRS)
    of_me = any(lemma in _ME or _TO_ME.search(lemma) for lemma in lemmas)
    employee = bool(named_pairs & _OTHER_SCHEME)
    other_scheme = employee or any(_a_civil_servant(without_de, i) for i in range(len(without_de)))
    return salaried or other_scheme or household or bool(pairs & _MY_EMPLOYER) or (employer and of_me)


def _on_the_artisans_path(lemma: str, registering_another: bool = False) -> bool:
    if _TO_ME.search(lemma):
        return False
    if registering_another and lemma not in _ARTISAN_PATH and any(stem in lemma for stem in _REGISTERING):
        return False
    return lemma in _ARTISAN_PATH or any(stem in lemma for stem in _ARTISAN_STEMS)


def _unglued(lemma: str) -> str:
    return lemma[1:] if lemma.startswith("و") and len(lemma) > 3 else lemma


def _a_civil_servant(lemmas: Sequence[str], i: int) -> bool:
    """Whether the word at ``i`` names a civil servant's scheme, not compared with nor a clerk of the CNSS."""
    if lemmas[i] not in _CIVIL_SERVICE:
        return False
    compared = any(lemma in _LIKE for lemma in lemmas[max(0, i - 2) : i])
    return not compared and not any(lemma in _THE_CNSS for lemma in lemmas[i + 1 : i + 2])


def rerank(lemmas: Sequence[str], ranking: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The ranking with out_of_scope first when an AMO or CNSS topic leads and the writer is an employee."""
    names = [r["name"] for r in ranking]
    if not names or names[0] not in _CNSS_TOPICS or OUT_OF_SCOPE not in names or not writer_is_salaried(lemmas):
        return ranking
    return promoted(ranking, names.index(OUT_OF_SCOPE))
