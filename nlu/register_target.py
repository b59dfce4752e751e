"""Which register one joins: the CNSS (AMO enrolment) or the national register of crafts (RNA).

"pour m'inscrire à la cnss en tant qu'artisan il faut faire quoi" asks how to join the CNSS: "inscrire", "artisan" and
"il faut faire quoi" weigh towards rna_register_how, and the one word that names the CNSS is outweighed. The other way
round, the CNSS's own words ("immatriculation", "affiliation") said of the register ("affiliation au registre des
artisans, quelles étapes ?") weigh towards amo_enroll. The register named settles it, but only between the two that the
classifier itself ranked first: amo_enroll and a question or request about the RNA (how, who may, apply now). A message
that names both (the register opens the AMO) is left to the classifier, unless the register is named only as joined
already ("تسجلت فالسجل ودابا كيفاش نتسجل فالسيناصيص": the CNSS is left to join). Registering where only the CNSS is
named takes the enrolment from further down too (the first three), and from the file's status when how is asked.

French and Arabizi write "cnss", "amo" and "registre" alike. The CNSS's portal is named too ("jsp cmt on s'inscri sur
macnss"). In Arabic script only the CNSS's own names are read, which are few and say nothing else: its letters
("السيناصيص", "لاسيناس", "ماسيناس") and "الضمان الاجتماعي" ("الضمان" alone is also a loan's guarantee); the register is
"السجل"; AMO in Arabic letters ("لامو", "الأمو") names nothing else either, nor the CNSS spelt out ("السي ان اس
اس"). "الموقع ديال ماسيناس ما بغاش يقبل ليا المودپاس… باش نسجل ولادي" is the enrolment, not the register's how-to.

With neither named, a tax told pulls towards the enrolment (the AMO is paid by tax regime): "كنخلص الفورفي، التسجيل
كيفاش كيدوز؟", "je paie la CPU, comment m'inscrire ?". Registering said bare is the register's, which the assistant is
about, when nothing of the AMO (its cover, its insurance) and no dependant is said.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from hirfa.text import normalise, says_any
from nlu.amo_question import AMO_NAMES, AMO_OWN_NAMES, ENROL_VERBS, TAX_WORDS, declares_a_dependant
from nlu.register_question import REGISTER_NOUNS, asks_how_to_register
from nlu.register_wish import ahead, swapped

AMO_ENROLL = "amo_enroll"
STATUS = "rna_status"
# How far down the enrolment may stand behind a registering topic when only the CNSS is named.
ENROL_REACH = 3
REGISTER_INTENTS = frozenset({"rna_register_how", "rna_apply", "rna_eligibility"})
# One word that names the CNSS or its health insurance (normalised lemmas): "la cnss", "l'amo", "lcnss".
# The AMO's own names, in either script, are the CNSS's too (amo_question.AMO_OWN_NAMES: "amo", "لامو", "الأمو").
CNSS_WORDS = AMO_OWN_NAMES | frozenset(normalise(w) for w in ("cnss", "lcnss", "cnops", "tns", "macnss"))
# The CNSS's names in Arabic script, with a glued preposition or not (said_any strips it): its letters as spoken.
ARABIC_CNSS_WORDS = frozenset(
    normalise(w)
    for w in (
        "سيناصيص", "السيناصيص", "سيناس", "لاسيناس", "ماسيناس", "كنوبس", "الكنوبس",
        # Its letters as a woman of Casablanca writes them ("جارتي تسجلات فلاسينيس").
        "سينيس", "لاسينيس", "السينيس", "سينيص", "لاسينيص", "ماسينيس",
    )
)
# The CNSS spelt out letter by letter ("من السي ان اس اس", "سي إن إس إس", "فالسي ن س س", "si en es es", "l c n s s").
SPELT_CNSS = (
    frozenset(normalise(w) for w in ("سي", "السي", "si", "ssi", "lsi", "c")),
    frozenset(normalise(w) for w in ("ان", "إن", "ن", "en", "n")),
    frozenset(normalise(w) for w in ("اس", "إس", "س", "es", "s")),
    frozenset(normalise(w) for w in ("اس", "إس", "س", "es", "s")),
)
# Social security: "الضمان" then "الاجتماعي" (either with its article or not).
ARABIC_SOCIAL = frozenset(normalise(w) for w in ("الضمان", "ضمان"))
ARABIC_SECURITY = frozenset(normalise(w) for w in ("الاجتماعي", "اجتماعي"))
# Two words that name it together: "caisse nationale de sécurité sociale", "assurance maladie", "couverture médicale".
CNSS_PHRASES = tuple(
    tuple(normalise(w) for w in phrase.split())
    for phrase in (
        "securite sociale", "assurance maladie", "assurance maladi", "couverture medicale", "couverture sanitaire",
        "couverture maladie",
    )
)
# The national register of crafts: "registre", "rna", "rna.gov.ma", Arabizi "sijil".
REGISTER_WORDS = frozenset(
    normalise(w) for w in ("registre", "registres", "lregistre", "rna", "lrna", "register", "sijil", "ssijil", "sjil")
)
# Registering said bare: the verbs of enrolling, and the registration as a noun ("التسجيل كيفاش كيدوز؟").
REGISTERING_WORDS = ENROL_VERBS | frozenset(
    normalise(w) for w in ("التسجيل", "تسجيل", "tsjil", "ttasjil", "tasjil", "ltasjil", "ttsjil")
)


def names_the_cnss(lemmas: Sequence[str]) -> bool:
    """Whether the message names the CNSS or its health insurance."""
    # The Latin names may come with an Arabic preposition glued on ("فCNSS").
    if says_any(lemmas, CNSS_WORDS | ARABIC_CNSS_WORDS):
        return True
    pairs = set(zip(lemmas, lemmas[1:], strict=False))
    if any(says_any([a], ARABIC_SOCIAL) and b in ARABIC_SECURITY for a, b in pairs):
        return True
    if any(
        all(says_any([lemma], letters) for lemma, letters in zip(lemmas[i : i + 4], SPELT_CNSS, strict=True))
        for i in range(len(lemmas) - 3)
    ):
        return True
    return any(phrase in pairs for phrase in CNSS_PHRASES)


def names_the_register(lemmas: Sequence[str]) -> bool:
    """Whether the message names the national register of crafts."""
    # In Arabic script, the register's nouns that register_question keeps apart from verbs, a preposition glued or
    # not ("فالسجل", "للسجل").
    return any(lemma in REGISTER_WORDS for lemma in lemmas) or says_any(lemmas, REGISTER_NOUNS)


def rerank(lemmas: Sequence[str], ranking: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The ranking with amo_enroll first when only the CNSS is named and registering is said, from behind an RNA
    intent or the file's status (among the first three); and the RNA intent first when only the register is named, or
    neither and registering is asked bare beside a tax, when the two are the classifier's first two."""
    if len(ranking) < 2:
        return ranking
    top, runner_up = ranking[0]["name"], ranking[1]["name"]
    cnss, register = names_the_cnss(lemmas), names_the_register(lemmas)
    if top in REGISTER_INTENTS and runner_up == AMO_ENROLL and cnss and not register:
        return swapped(ranking)
    # "CNSS ما صيفطو ليا والو. واش نمشي للوكالة ولا نسجل براسي فالموقع؟", "macnss.ma me bloque à l'étape de
    # l'inscription, je fais quoi": registering where only the CNSS is named, which the story of a file pulls to its
    # status (asked how to do it: "la cnss m'a envoyé un courrier, mon inscription est validée ?" asks the status).
    # So it is when the register is named only as joined already ("تسجلت في السجل لكن لم تصلني أي رسالة من الضمان…
    # كيفاش نتسجل عندهم؟"): the CNSS is the one left to join.
    if (
        (top in REGISTER_INTENTS or top == STATUS and asks_how_to_register(lemmas))
        and any(r["name"] == AMO_ENROLL for r in ranking[:ENROL_REACH])
        and cnss
        and (not register or registered_already(lemmas))
        and says_any(lemmas, REGISTERING_WORDS)
    ):
        return ahead(AMO_ENROLL, ranking)
    if top == AMO_ENROLL and runner_up in REGISTER_INTENTS and register and not cnss:
        return swapped(ranking)
    if top == AMO_ENROLL and runner_up in REGISTER_INTENTS and not cnss and not register and registers_bare(lemmas):
        return swapped(ranking)
    return ranking


# Registered already, said of oneself (normalised): "تسجلت", "tsjjelt", "je suis inscrit"; the register named a few
# words after (REGISTERED_REACH) is then the one joined.
REGISTERED = frozenset(
    normalise(w)
    for w in (
        "تسجلت", "سجلت", "تقيدت", "مسجل", "مسجلة", "tsjjelt", "tsjelt", "tsajalt", "tsajjalt", "msjjel", "msjel", "msajal",
        "msjla", "inscrit", "inscrite", "enregistré", "enregistrée",
    )
)
REGISTERED_REACH = 3


def registered_already(lemmas: Sequence[str]) -> bool:
    """Whether every naming of the register follows, a few words on, the writer's being registered."""
    named = [i for i, lemma in enumerate(lemmas) if names_the_register([lemma])]
    return bool(named) and all(says_any(lemmas[max(0, i - REGISTERED_REACH) : i], REGISTERED) for i in named)


def registers_bare(lemmas: Sequence[str]) -> bool:
    """Whether a tax is told and registering is asked with nothing of the AMO and no dependant said."""
    return (
        says_any(lemmas, TAX_WORDS)
        and says_any(lemmas, REGISTERING_WORDS)
        and not says_any(lemmas, AMO_NAMES)
        and not declares_a_dependant(lemmas)
    )
