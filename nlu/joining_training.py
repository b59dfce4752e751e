"""Joining a training, asked by someone without a diploma: training, not the register.

"je n'ai aucun diplôme, je peux m'inscrire à une formation de tissage ?", "لا أحمل أي شهادة، هل يمكنني الالتحاق
بتكوين في النجارة؟": the missing diploma, "may I" and "register" are the words of eligibility's examples, and they
outweigh the one word of training (round 19's training examples of that kind did not move it: eligibility kept
0.5–0.97). What one joins names the topic: a course, an apprenticeship, a training right after a verb of joining
("m'inscrire à une formation", "suivre un stage", "الالتحاق بتكوين"), or said open to someone ("l'apprentissage …
est ouvert pour moi ?"), or being trained said as a verb ("تصيفط البنات يتكونو"). With no register named (the
register, RNA, السجل), such a message puts training first when the classifier ranked it second or third behind a
registration intent.

Getting a diploma for the years worked ("كيفاش نخرج ديبلوم وأنا خدام هادي سنين", "on peut me donner un diplôme pour
ça ?") asks for the same training, unless the diploma is asked as the register's requirement ("هل يشترط الحصول على
دبلوم؟") or told as never got ("لم أحصل على أي دبلوم").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from hirfa.question_words import WHERE_WORDS
from hirfa.text import normalise, says_any
from nlu.craft_question import REGISTER_VERBS
from nlu.paper_words import CERTIFICATE_WORDS
from nlu.refusal_opening import WANT_WORDS
from nlu.register_wish import ANY_DIPLOMA_WORDS, LEARNING_NOUNS, NEED_WORDS, REGISTER_NOUNS, ahead, promoted

TRAINING = "training"
# How far down a course asked for may stand behind a registration intent.
COURSE_RANKS = 6
# The intents that the words of registering pull a question about a training towards.
REGISTRATION = frozenset({"rna_eligibility", "rna_apply", "rna_register_how", "rna_documents"})
# A training in any script, the nouns the register wish reads and their plurals (normalised).
COURSES = LEARNING_NOUNS | frozenset(
    normalise(w)
    for w in (
        "formations", "stages", "دورات", "تكوينات", "تدريب", "التدريب", "تدرج", "التدرج", "apprentissages",
        # MSA's accusative ("نحتاج تكوينا في التصميم").
        "تكوينا", "تدريبا",
        # Sessions held to teach ("الغرفة تنظم حصصا لتعليم الصناع").
        "حصص", "حصصا", "الحصص",
    )
)
# Joining: the verb stands at most JOIN_REACH words before the course ("m'inscrire à une formation").
JOIN_WORDS = frozenset(
    normalise(w)
    for w in (
        "inscrire", "inscris", "inscrit", "inscrite", "suivre", "faire", "participer", "integrer", "intégrer",
        "acceder", "accéder", "rejoindre", "entrer", "الالتحاق", "التحاق", "ألتحق", "التحق", "يلتحق", "تلتحق", "نلتحق",
        "متابعة", "أتابع", "يتابع", "تتابع", "الاستفادة", "أستفيد", "يستفيد", "تستفيد", "الانخراط", "المشاركة", "أشارك",
        "التسجيل", "أسجل", "يسجل", "تسجل", "inscription", "inscriptions", "candidature", "candidatures",
        # Darija's joining ("واش نقدر ندخل شي تكوين قصير؟", "bghit ndkhol formation").
        "ندخل", "ندخلو", "يدخل", "تدخل", "نتسجل", "يتسجل", "تتسجل", "nedkhol", "ndkhol", "ndkhl", "ntsjel", "نشارك",
    )
)
# A place of training before the course ("centre de formation", "école de formation", "مركز التكوين"): the join word
# is counted from the place ("les inscriptions au centre de formation …", round 23's fresh 26).
TRAINING_PLACES = frozenset(
    normalise(w) for w in ("centre", "center", "ecole", "école", "institut", "établissement", "مركز", "معهد", "مؤسسة")
)
# Where a trade is taught, named as such: a school, an institute, the OFPPT (nlu/place_asked.py, nlu/school_enrolment.py).
SCHOOLS = frozenset(
    normalise(w)
    for w in ("ofppt", "école", "ecole", "institut", "cfa", "madrasa", "lmadrasa", "مدرسة", "المدرسة", "معهد", "المعهد")
)
JOIN_REACH = 3
# Asking for one: a want ("بغينا تكوين للعيالات", "je cherche une formation"), a need ("nos adhérentes ont besoin
# d'une formation"), "is there" ("واش كاين شي تكوين") or "which" ("Quelles formations proposez-vous ?").
ASKING_FOR = WANT_WORDS | frozenset(
    normalise(w)
    for w in (
        "كاين", "كاينة", "kayn", "kayen", "kayna", "يوجد", "هناك", "besoin", "quelles", "quels", "quelle", "quel",
        # A need of the group's or the writer's ("نحتاج تكوينا", "محتاجين تكوين", "khassna formation").
        "نحتاج", "نحتاجو", "أحتاج", "احتاج", "محتاج", "محتاجين", "محتاجة", "خاصنا", "khassna", "khasna", "m7tajin",
        # Which one, in Darija ("شنو التكوين لي خاصني ندوز؟").
        "شنو", "اشنو", "chno", "achno",
        # Looking for one ("وأبحث عن تكوين مهني في سلا", "kanqelleb 3la formation").
        "أبحث", "ابحث", "وأبحث", "وابحث", "نبحث", "كنقلب", "نقلب", "kanqelleb", "kan9elleb", "nqelleb", "cherche",
    )
)
# Open to someone: the word follows the course within OPEN_REACH words ("l'apprentissage en atelier de dinanderie
# est ouvert pour moi").
OPEN_WORDS = frozenset(
    normalise(w)
    for w in ("ouvert", "ouverte", "ouverts", "accessible", "accessibles", "مفتوح", "مفتوحة", "متاح", "متاحة")
)
OPEN_REACH = 6
# Being trained, as a verb ("تصيفط البنات يتكونو فمراكز الصناعة التقليدية", "bghit ntkwen f lkhyata"): the training
# asked, as a course joined is.
TRAINED = frozenset(
    normalise(w)
    for w in (
        "نتكون", "نتكونو", "يتكون", "يتكونو", "تتكون", "تتكونو", "أتكون", "اتكون", "يتدربو", "نتدرب", "أتدرب", "ntkwen",
        "ntkewen", "ntkwno", "ytkwno", "ytkewno", "ttkwen",
    )
)
# Learning, asked for: right after a want or "in order to" ("fin n9ra bach nt3llm mzyan", "بغيت نتعلم الصياغة"); not
# after "I began" ("بديت نتعلم الزليج فـ 2025": the writer's story).
LEARNING = frozenset(
    normalise(w)
    for w in ("نتعلم", "نتعلمو", "أتعلم", "اتعلم", "nt3llm", "nt3lm", "nt3lem", "nt3allam", "nt3elem", "nt3llmo", "apprendre")
)
# Where one may learn is asked too ("فين نتعلم مزيان؟").
FOR_LEARNING = WANT_WORDS | WHERE_WORDS | frozenset(normalise(w) for w in ("باش", "bach", "pour", "لكي", "كي", "وين"))
# Getting a diploma (for the years worked: "ناخد ديبلوم بالتجربة ديالي", "on peut me donner un diplôme pour ça ?"), or
# a relative getting it ("واش تقدر تاخد ديبلوم"): the verb stands at most GET_REACH words before the diploma. Not when
# it is required ("خاصني ناخد ديبلوم باش نتسجل?").
GET_WORDS = frozenset(
    normalise(w)
    for w in (
        "ناخد", "نخرج", "نجيب", "نحصل", "أحصل", "احصل", "الحصول", "نيل", "لنيل", "ننال", "يعطيوني", "تعطيوني",
        "nakhod", "nkhrej", "n5rej", "njib", "obtenir", "avoir", "donner", "décrocher", "passer", "تاخد", "ياخد", "تاخذ",
        "ياخذ", "تجيب", "يجيب", "تحصل", "يحصل", "takhod", "yakhod", "tjib", "yjib",
    )
)
GET_REACH = 3
# The diploma itself: not "شهادة", also a certificate of work ("فين نجيب شهادة مزاولة النشاط").
DIPLOMAS = ANY_DIPLOMA_WORDS - CERTIFICATE_WORDS
# A diploma by experience (the validation of what experience taught, DOMAIN.md's VAE), a training: named ("التصديق على
# مكتسبات التجربة", "validation des acquis", "VAE"), or said as the experience a few words after a diploma ("ديبلوم من
# التجربة ديالها", "diplome b tajriba", "un diplôme avec son expérience").
ACQUIRED = frozenset(normalise(w) for w in ("مكتسبات", "المكتسبات", "acquis", "vae"))
EXPERIENCE = frozenset(
    normalise(w)
    for w in ("التجربة", "تجربة", "تجربتي", "تجربتها", "تجربتو", "الخبرة", "tajriba", "ttajriba", "expérience", "experience")
)
EXPERIENCE_REACH = 3
# What the diploma comes from: "من التجربة", "بالتجربة" (glued), "b tajriba", "par l'expérience", "avec son expérience";
# not experience told beside it ("diplôme : non / expérience : 6 ans").
FROM_WORDS = frozenset(normalise(w) for w in ("من", "ب", "b", "mn", "men", "par", "avec", "grace", "grâce", "طريق"))
# Not got ("لم أحصل على أي دبلوم", "دون أن أحصل", "je n'ai pas pu avoir de diplôme"): the writer's story.
NOT_GOT = frozenset(normalise(w) for w in ("لم", "ما", "دون", "بدون", "بلا", "ne", "n", "pas", "jamais", "ma", "bla"))
NOT_GOT_REACH = 2
# Required, or the register's: "خاصني ناخد ديبلوم باش نتسجل؟", "هل يشترط الحصول على دبلوم؟".
REQUIRED = (
    NEED_WORDS
    | REGISTER_NOUNS
    | REGISTER_VERBS
    | frozenset(
        normalise(w)
        for w in (
            "يشترط", "شرط", "التسجيل",
        )
    )
)


# What the assistant offers, asked with trainings named ("Quelles formations proposez-vous ?", "شنو التكوينات اللي
# عندكم؟"): "proposez-vous" weighs towards the menu (ask_help), the trainings name the topic.
ASK_HELP = "ask_help"
TRAININGS = LEARNING_NOUNS | frozenset(
    normalise(w)
    for w in (
        "formations", "تكوينات", "التكوينات", "stages", "takwinat", "dawrat", "دورات",
        # Becoming a trainer ("je voudrais devenir formateur pour les jeunes").
        "formateur", "formatrice", "formateurs",
    )
)


# "هل هناك تكوين قصير يقويني قبل التسجيل في السجل؟": the register named after "before" is a later step, not what one
# joins.
BEFORE_WORDS = frozenset(normalise(w) for w in ("قبل", "9bel", "qbel", "avant"))
BEFORE_REACH = 3


def _register_named(lemmas: Sequence[str]) -> bool:
    """Whether the register is named, other than as what comes after ("قبل التسجيل في السجل")."""
    return any(
        says_any([lemma], REGISTER_NOUNS) and not says_any(lemmas[max(0, i - BEFORE_REACH) : i], BEFORE_WORDS)
        for i, lemma in enumerate(lemmas)
    )


def joins_a_training(lemmas: Sequence[str]) -> bool:
    """Whether the message asks to join a training, asks for one, says being trained, or asks whether one is open to
    the writer, naming no register (but as a later step)."""
    if _register_named(lemmas):
        return False
    learns = any(
        says_any([lemma], LEARNING) and i > 0 and says_any([lemmas[i - 1]], FOR_LEARNING) for i, lemma in enumerate(lemmas)
    )
    return says_any(lemmas, TRAINED) or learns or any(
        says_any([lemma], COURSES)
        and (
            says_any(lemmas[max(0, _course_start(lemmas, i) - JOIN_REACH) : i], JOIN_WORDS | ASKING_FOR)
            or says_any(lemmas[i + 1 : i + 1 + OPEN_REACH], OPEN_WORDS)
        )
        for i, lemma in enumerate(lemmas)
    )


def gets_a_diploma(lemmas: Sequence[str]) -> bool:
    """Whether the message asks to get a diploma: a verb of getting, not negated, a few words before it, and no register
    named, no verb of registering, no word of need."""
    if says_any(lemmas, REQUIRED):
        return False
    got = [
        j
        for j, lemma in enumerate(lemmas)
        if says_any([lemma], GET_WORDS) and not says_any(lemmas[max(0, j - NOT_GOT_REACH) : j], NOT_GOT)
    ]
    return any(
        says_any([lemma], DIPLOMAS) and any(i - GET_REACH <= j < i for j in got) for i, lemma in enumerate(lemmas)
    )


def asks_diploma_by_experience(lemmas: Sequence[str]) -> bool:
    """Whether the message names the validation of experience, or a diploma by experience, naming no register."""
    if says_any(lemmas, REGISTER_NOUNS | REGISTER_VERBS):
        return False
    return says_any(lemmas, ACQUIRED) or any(
        _from_experience(lemmas, j) and says_any(lemmas[max(0, j - EXPERIENCE_REACH) : j], DIPLOMAS)
        for j in range(len(lemmas))
    )


def _from_experience(lemmas: Sequence[str], j: int) -> bool:
    """Whether the word at ``j`` is experience that something comes from: "بالتجربة", "من التجربة", "par l'expérience"."""
    if not says_any([lemmas[j]], EXPERIENCE):
        return False
    return lemmas[j].startswith("ب") or any(lemma in FROM_WORDS for lemma in lemmas[max(0, j - 2) : j])


def _course_start(lemmas: Sequence[str], i: int) -> int:
    """Where the course said at ``i`` starts: at its place when one comes before it ("centre de formation")."""
    if i >= 2 and lemmas[i - 1] in ("de", "d") and lemmas[i - 2] in TRAINING_PLACES:
        return i - 2
    if i >= 1 and says_any([lemmas[i - 1]], TRAINING_PLACES):
        return i - 1
    return i


def rerank(lemmas: Sequence[str], ranking: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The ranking with training first when a registration intent led it and the message asks to join a training
    (from among the first three, or the first COURSE_RANKS for a course asked for by name), or when the menu led it and
    the message names trainings."""
    names = [r["name"] for r in ranking[:3]]
    if names and names[0] == ASK_HELP and TRAINING in names[1:] and says_any(lemmas, TRAININGS):
        return promoted(ranking, names.index(TRAINING))
    if not names or names[0] not in REGISTRATION:
        return ranking
    if TRAINING not in names[1:]:
        # "نريد دورة في التصميم لعضواتنا. أين نسجل؟": a course asked for by name stands however low the story of
        # registering ranked it.
        asked_for = any(r["name"] == TRAINING for r in ranking[:COURSE_RANKS]) and joins_a_training(lemmas)
        return ahead(TRAINING, ranking) if asked_for else ranking
    asks_training = joins_a_training(lemmas) or gets_a_diploma(lemmas) or asks_diploma_by_experience(lemmas)
    return promoted(ranking, names.index(TRAINING)) if asks_training else ranking
