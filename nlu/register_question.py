"""How to register, or whether one may: the question word before the verb of registering decides, not the kind said.

"je suis maalem certifié par le ministère, comment je m'inscris ?", "نحن تعاونية…، ما هي خطوات تسجيلها؟", "خالي معلم…،
كيف يسجل نفسه؟": a cooperative, a company, a maalem or years said first weigh towards rna_eligibility (whose examples
state them before asking whether one may), or towards the papers, and round 19's and round 20's how-to examples of
that kind did not move them. A word of how ("comment", "démarche", "étapes", "كيف", "خطوات", "إجراءات") a few words before
a verb of registering asks how: it puts rna_register_how first when eligibility or the papers led and the message
names no papers and no course (those are the papers' and training's own questions). A trade and a city said first
pull the same question towards the request (rna_apply, whose examples state them before "inscrivez-moi"): there only a
question word of how ("comment", "كيف", "kifach") counts, since the request's own examples start "the procedure" now
("ابدأ معي إجراءات التسجيل حالا"). What to do, asked in Darija with registering in the message ("بغا يتسجل ولكن ما عارفش
الطريقة. شنو خاصو يدير؟"), where to start ("منين نبدا", "par où commence-t-on"), and which way, the one or the other
("واش من الانترنيت ولا خاصو يمشي للغرفة") are how too, behind the same topics or the request.

The other way round, "هل أستطيع التسجيل في السجل؟" after years said asks whether one may: a word of may right before the
verb, with no word of how, puts rna_eligibility first when it was runner-up to rna_register_how.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from hirfa.question_words import FRENCH_HOW, WHAT_WORDS, WHERE_WORDS
from hirfa.text import arabic_stems, normalise, says_any
from nlu import papers_question, register_wish
from nlu.joining_training import COURSES
from nlu.register_wish import FRENCH_REGISTERING, MAY_WORDS, NOW_WORDS, ahead, promoted, raised, swapped
from nlu.situation_extractor import TOPIC_CONFIDENCE

HOW, ELIGIBILITY, DOCUMENTS, APPLY = "rna_register_how", "rna_eligibility", "rna_documents", "rna_apply"
# The confidence of rna_register_how first in a question of how to register: the confidence at which the situation
# reader takes an intent for what the message is about, above the fallback's threshold (config.yml).
UNDERSTOOD = TOPIC_CONFIDENCE
# Below this the classifier's first intent is unsure (dev set), and a question of how to register read by the rules
# below may take rna_register_how from among the first UNSURE_RANK.
UNSURE, UNSURE_RANK = 0.3, 3
# What one also registers for: a question of how to register for them is theirs.
REGISTERED_FOR = frozenset({"amo_enroll", "amo_cost", "amo_info", "pension_info", "training", "financing"})
# The intents that a kind or years said first pull a how-to question towards.
PULLED_FROM = frozenset({ELIGIBILITY, DOCUMENTS})
HOW_WORDS = FRENCH_HOW | frozenset(
    normalise(w)
    for w in (
        "démarche", "demarche", "démarches", "demarches", "étapes", "etapes",
        "procédure", "procedure", "procédures", "procedures", "كيف", "كيفية", "كيفاش", "خطوات", "الخطوات", "مراحل",
        "المراحل", "إجراءات", "اجراءات", "الإجراءات", "الاجراءات", "kifach", "kifash", "kifch", "kifache", "khatawat",
        "lkhatawat", "lkhotowat", "lmara7il", "lmarahil", "marahil", "lmarahel", "ازاي",
        # The next step ("شنو الخطوة الجاية باش نتسجل؟", "la prochaine étape pour m'inscrire").
        "خطوة", "الخطوة", "étape", "etape", "lkhatwa",
        # English inside French or Darija ("what are the steps pour l'inscription ?").
        "steps",
    )
)
# How, asked as a question: behind the request, whose examples start "the steps" or "the procedure" now ("ابدأ معي
# إجراءات التسجيل حالا"), only these ask how ("je suis tisserande à Khénifra, comment je fais pour m'inscrire ?").
HOW_ASKED = FRENCH_HOW | frozenset(
    normalise(w) for w in ("كيف", "كيفاش", "ازاي", "kifach", "kifash", "kifch", "kifache")
)
# Not "طريقة" (a way): "هل هناك طريقة للتسجيل؟", "واش كاين شي طريقة نتسجل؟" ask whether there is a way for the writer.
# Where to register is how too ("أين يمكننني التسجيل؟"): it keeps a word of may from making it a question whether
# (hirfa.question_words.WHERE_WORDS).
# The channel is how too ("je peux m'inscrire sur internet ?", "هل يمكنني التسجيل عبر المنصة؟"); not "بعد" of "عن بعد",
# which is also "after" ("بعد أن فقدت عملي، هل أستطيع التسجيل؟").
CHANNEL_WORDS = frozenset(
    normalise(w)
    for w in (
        "téléphone", "telephone", "portable", "internet", "ligne", "site", "plateforme", "distance", "online",
        "الهاتف", "بالهاتف", "التلفون", "الإنترنت", "الانترنت", "الأنترنت", "المنصة", "الموقع", "tilifoun",
        "lportable", "lsite", "التيليفون", "تيليفون", "التليفون", "tilifon", "ttilifoun", "ttilifon", "phone",
        "smartphone",
        # The post office, which registers artisans too ("واش نقدر نتسجل من البوسطة؟").
        "البوسطة", "بوسطة", "لابوسط", "البريد", "lbosta", "labosta", "labost", "lbarid", "poste",
    )
)
# A channel a few words after the verb ("نتسجل من البوسطة", "ntsjel f site"): by which way, so how.
CHANNEL_REACH = 3
# "طريقة التسجيل", "الطريقة ديال التسجيل": the way of registering, named as a thing, is how (unlike "هل هناك طريقة
# للتسجيل؟", whether there is one).
WAY_OF = frozenset(normalise(w) for w in ("طريقة", "طريقه", "الطريقة", "الطريقه", "tari9a", "ttari9a"))
THE_REGISTERING = frozenset(normalise(w) for w in ("التسجيل", "ttasjil", "التقيد"))
# A word of how stands at most this many words before the verb ("comment l'entreprise peut s'enregistrer").
HOW_REACH = 5
# After it, at most this many words of how or where end the message ("التسجيل فين وكيفاش").
HOW_AFTER_REACH = 3
# How far down the classifier may have ranked rna_register_how: a kind said first can push it below training.
HOW_RANK = 5
# The course one registers in stands at most this many words after the verb ("كيف أسجل في التكوين").
COURSE_REACH = 3
# A word of may stands at most this many words before the verb ("هل أستطيع التسجيل", "wach n9der ntsjel").
MAY_REACH = 2
# The papers asked for: the question is rna_documents' own (the papers rule's words, and the file that holds them).
PAPERS = papers_question.PAPERS | frozenset(
    normalise(w) for w in ("document", "pièces", "pieces", "dossier", "الملف", "ملف", "lwara9")
)
# Registering, as a French verb or noun ("inscris", "s'inscrire", "enregistrer", "inscription") and as an Arabic verb
# or verbal noun, with its object ending ("أسجل", "يسجل", "نسجلها", "تسجيلها", "تسجيل"); the register noun (السجل) is
# not a verb of registering.
# Darija in Latin letters: "ntsjel", "nsajjel", "tsjlha", "ytsjel", "ntsejjlo", "ttasjil"; a j is required and the
# vowels are a or e, so the register noun ("sijil", "ssijil") and "msjel" (registered, a state) are not verbs; the verbal
# noun is "tasjil", "ttasjil" or "tsjil".
# The object ending may follow the plural or feminine ending of "you": "tsjlouni", "sajlini", "تسجلوني", "سجليني".
# The Darija present's "ka"/"كي" before the person ("kaytsjel", "كيتسجل", "كنتسجل", "تيتسجل") is the same verb.
_ARABIZI_REGISTERING = re.compile(
    r"^(?:ka|ta)?(?:[nty]?t?s[ae]?jj?[ae]?l(?:(?:o|ou|i)?(?:ha|hom|ni|na)|o|ou)?|t?ta?sjil)$"
)
_ARABIC_REGISTERING = re.compile(r"^(?:[كت](?=[نيت]))?(?:[انيت]?سجل|[انيت]تسجل|تسجيل)(?:[وي]?(?:ها|هم|ه|ني|نا)|[وي])?$")
REGISTER_NOUNS = frozenset({"سجل", "السجل"})
# Where to start, said with registering ("بغيت نتسجل فالسجل. منين نبدا؟", "je veux m'inscrire, par où commencer ?"): the
# first of the steps is asked, even after a wish to register that pulls to the request (rna_apply).
START_VERBS = frozenset(
    normalise(w)
    for w in (
        "نبدا", "نبدأ", "نبداو", "أبدأ", "ابدا", "ابدأ", "نبتدي", "nbda", "nebda", "nbdaw", "nebdaw", "commencer",
        "commence", "débuter", "debuter", "démarrer", "demarrer",
    )
)
# Which way, the one or the other ("واش من الانترنيت ولا خاصو يمشي للغرفة", "واش كيكون فالغرفة ولا فالسيت", "en ligne
# ou à la chambre ?"): a channel or an office, "or", then another within a few words, is how.
OFFICES = frozenset(
    normalise(w)
    for w in (
        "الغرفة", "غرفة", "المندوبية", "مندوبية", "المديرية", "مديرية", "الشومبر", "شومبر", "البلدية", "بلدية", "الجماعة",
        "جماعة", "chambre", "délégation", "delegation", "bureau", "lbureau", "lghorfa", "ghorfa", "السيت", "سيت",
        "لانترنيت", "انترنيت", "الانترنيت", "الأنترنيت", "sit", "lsit",
    )
)
OR_WORDS = frozenset(normalise(w) for w in ("ولا", "wla", "wela", "ou", "أو", "او", "أم", "ام"))
CHOICE_REACH = 4


# What to do, asked in Darija ("شنو خاصو يدير؟", "ach khassni ndir"): the steps. Not the French "que … faire", whose
# "ça fait 8 ans que je fais de la poterie" tells years.
WHAT_ASKED = WHAT_WORDS | {"ach"}
# Doing, in Darija.
DOING = frozenset(
    normalise(w) for w in ("ندير", "يدير", "تدير", "نديرو", "يديرو", "دير", "ndir", "ydir", "tdir", "ndiro", "dir")
)
DOING_REACH = 3
# What to do, asked in French: "je fais quoi", "on fait quoi", and "faire" a few words after "que" or "quoi" ("que
# dois-je faire", "qu'est-ce que je dois faire", "quoi faire"); not "que je fais", which tells years ("ça fait 8 ans
# que je fais de la poterie").
FRENCH_DOING = frozenset({"fais", "fait"})
FRENCH_WHAT = frozenset({"que", "qu", "quoi"})


# Being entered in a list, the other verb of registering ("kifach nt9iyed?", "كيفاش نتقيد؟").
ENLISTING = frozenset(
    normalise(w)
    for w in (
        "نتقيد", "أتقيد", "اتقيد", "يتقيد", "تتقيد", "نتقيدو", "التقيد", "nt9ayed", "nt9iyed", "nt9ayyed", "nt9eyed",
        "ntqayed", "nt9yed", "yt9ayed", "tt9ayed", "nt9aydo",
        # Entering oneself, the South's way ("kifach n9ayed rassi f sijil").
        "نقيد", "n9ayed", "n9ayyed", "n9eyed", "n9iyed", "nqayed",
    )
)


def registering(lemma: str) -> bool:
    """Whether a word is a verb (or verbal noun) of registering, in French, Arabizi or Arabic script."""
    if lemma in ENLISTING:
        return True
    if lemma.isascii():
        return lemma.startswith(FRENCH_REGISTERING) or bool(_ARABIZI_REGISTERING.match(lemma))
    return any(stem not in REGISTER_NOUNS and _ARABIC_REGISTERING.match(stem) for stem in arabic_stems(lemma))


# Entering the register is registering ("كيفاش الشركة ديالي تدخل للسجل؟", "شكون لي مسموح ليه يدخل لهاد السجل"): a verb
# of entering with the register noun at most ENTER_REACH words after it.
ENTERING = frozenset(
    normalise(w)
    for w in (
        "ندخل", "يدخل", "تدخل", "ندخلو", "يدخلو", "تدخلو", "ندخلها", "ندخلهم", "الدخول", "دخول", "ndkhol", "ndkhel",
        "ydkhol", "ydkhel", "tdkhol", "tdkhel", "ndkhlo", "ndkhlou", "ndakhlo", "entrer", "intégrer", "integrer",
    )
)
ENTER_REACH = 2


def _registering_at(lemmas: Sequence[str], i: int) -> bool:
    """Whether word ``i`` registers: a verb of registering, or of entering the register named right after it."""
    return registering(lemmas[i]) or (
        says_any([lemmas[i]], ENTERING) and says_any(lemmas[i + 1 : i + 1 + ENTER_REACH], register_wish.REGISTER_NOUNS)
    )


def _before_registering(lemmas: Sequence[str], words: frozenset[str], reach: int) -> bool:
    return any(
        _registering_at(lemmas, i) and says_any(lemmas[max(0, i - reach) : i], words) for i in range(len(lemmas))
    )


def _asked_after_registering(lemmas: Sequence[str]) -> bool:
    """Only words of how or where after the register word, ending the message ("التسجيل فين وكيفاش", "ntsjel fin?"), or a
    word of how a few words after it and only words of how, where or doing after that ("بغات تتسجل كيفاش تدير", "عمري
    ما درت التسجيل فهاد السجل كيفاش"), or the French "comment" right after the verb."""
    closing = HOW_WORDS | WHERE_WORDS | DOING
    return any(
        _registering_at(lemmas, i)
        and (
            # "je m'inscris comment alors ?": in French, "comment" right after the verb asks, whatever follows (Darija's
            # "bghit ntsjel, kifach n3ref…" asks how to know something else).
            lemma.isascii() and says_any(lemmas[i + 1 : i + 2], FRENCH_HOW)
            or 0 < len(lemmas) - i - 1 <= HOW_AFTER_REACH
            and all(says_any([w], HOW_WORDS | WHERE_WORDS) for w in lemmas[i + 1 :])
            or any(
                says_any([w], HOW_ASKED) and all(says_any([x], closing) for x in lemmas[i + 1 + k + 1 :])
                for k, w in enumerate(lemmas[i + 1 : i + 1 + HOW_AFTER_REACH + 1])
            )
        )
        for i, lemma in enumerate(lemmas)
    )


def asks_how(lemmas: Sequence[str], words: frozenset[str] = HOW_WORDS) -> bool:
    """Whether a word of how stands before a verb of registering, and no papers are named, nor a course in the question
    (from the word of how on: "كيف أسجل في التكوين"); a course in the story before it is where a diploma came from
    ("أنا خريج مركز التكوين المهني…، كيف أسجل في السجل الوطني؟"); or only words of how or where after the verb, ending
    the message ("التسجيل فين وكيفاش")."""
    if says_any(lemmas, PAPERS):
        return False
    if not _before_registering(lemmas, words, HOW_REACH):
        return _asked_after_registering(lemmas)
    asked_from = next(i for i, lemma in enumerate(lemmas) if says_any([lemma], words))
    # The course is the question's when it is what one registers in, right after the verb; in the story after the
    # question it is where a diploma came from ("شنو هي الخطوات ديال التسجيل؟ … عندي دبلوم ديال التكوين المهني").
    verb = next((i for i in range(asked_from, len(lemmas)) if _registering_at(lemmas, i)), len(lemmas))
    return not says_any(lemmas[asked_from : verb + 1 + COURSE_REACH], COURSES)


# The register named, after the steps asked ("c koi les etapes pour le registre", "شنو هي الخطوات ديال الرنا").
REGISTER_NAMES = register_wish.REGISTER_NOUNS | frozenset(normalise(w) for w in ("الرنا", "رنا"))


def asks_the_registers_steps(lemmas: Sequence[str]) -> bool:
    """Whether a noun of the steps ("étapes", "démarche", "خطوات") stands a few words before the register named, and
    no papers are named: the steps asked are the registering's, though no verb of registering is said."""
    steps = HOW_WORDS - HOW_ASKED
    return not says_any(lemmas, PAPERS) and any(
        says_any([lemma], REGISTER_NAMES) and says_any(lemmas[max(0, i - HOW_REACH) : i], steps)
        for i, lemma in enumerate(lemmas)
    )


def _word_then(lemmas: Sequence[str], first: frozenset[str], then: frozenset[str], reach: int) -> bool:
    """Whether a word of ``first`` stands at most ``reach`` words before a word of ``then``."""
    return any(says_any([a], first) and says_any(lemmas[i + 1 : i + 1 + reach], then) for i, a in enumerate(lemmas))


# Becoming registered ("chno khassni ndir bach nkon msjl?", "que faire pour être inscrit ?"): "be", then the state.
BE_WORDS = frozenset(normalise(w) for w in ("nkon", "nkoun", "nkun", "نكون", "أكون", "اكون", "être", "etre"))
REGISTERED_STATE = frozenset(
    normalise(w)
    for w in ("msjl", "msjel", "msajjel", "msajel", "mosajal", "مسجل", "مسجلة", "مسجلا", "inscrit", "inscrite", "enregistré")
)


def _beside_registering(lemmas: Sequence[str]) -> bool:
    """Whether a verb of registering, or becoming registered, is in the message and no papers are named."""
    registers = any(_registering_at(lemmas, i) for i in range(len(lemmas))) or _word_then(
        lemmas, BE_WORDS, REGISTERED_STATE, 1
    )
    return registers and not says_any(lemmas, PAPERS)


def asks_where_to_start(lemmas: Sequence[str]) -> bool:
    """Whether a word of where stands right before a verb of starting ("منين نبدا", "par où commencer"), or "par quoi"
    right after it ("on commence par quoi ?"), with a verb of registering in the message and no papers named."""
    by_what = any(
        lemma in START_VERBS and lemmas[i + 1 : i + 3] == ["par", "quoi"] for i, lemma in enumerate(lemmas)
    )
    return (_word_then(lemmas, WHERE_WORDS, START_VERBS, 1) or by_what) and _beside_registering(lemmas)


def asks_which_way(lemmas: Sequence[str]) -> bool:
    """Whether a channel or an office stands a few words before an "or" and another a few words after it, with a verb
    of registering in the message and no papers named."""
    ways = CHANNEL_WORDS | OFFICES
    return (
        any(
            lemma in OR_WORDS
            and says_any(lemmas[max(0, i - CHOICE_REACH) : i], ways)
            and says_any(lemmas[i + 1 : i + 1 + CHOICE_REACH], ways)
            for i, lemma in enumerate(lemmas)
        )
        and _beside_registering(lemmas)
    )


def asks_what_to_do(lemmas: Sequence[str]) -> bool:
    """Whether a word of what stands right before a verb of doing, a word of need between or not ("شنو خاصو يدير",
    "ach khassni ndir"), with a verb of registering in the message and no papers named."""
    asked = (
        _word_then(lemmas, WHAT_ASKED, DOING, DOING_REACH)
        or _word_then(lemmas, FRENCH_DOING, frozenset({"quoi"}), 1)
        or _word_then(lemmas, FRENCH_WHAT, frozenset({"faire"}), DOING_REACH)
    )
    return asked and _beside_registering(lemmas)


# How the process goes, asked beside a verb of registering ("باغية تتسجل، كيفاش كتكون العملية؟", "بغينا نسجلوها
# فالسجل. كيفاش كتمشي الأمور؟", "comment se passe la procédure ?").
PROCESS_NOUNS = frozenset(
    normalise(w)
    for w in (
        "العملية", "المسطرة", "الأمور", "الامور", "lmostara", "l3amaliya", "procédure", "procedure", "processus",
    )
)
PROCESS_REACH = 3


def asks_how_it_goes(lemmas: Sequence[str]) -> bool:
    """Whether a question word of how stands a few words before a noun of the process, with a verb of registering in
    the message and no papers named."""
    return _word_then(lemmas, HOW_ASKED, PROCESS_NOUNS, PROCESS_REACH) and _beside_registering(lemmas)


# The steps asked by what they are ("بغيت نسجل الراجل ديالي…، شنو هي المراحل؟", "c'est quoi les étapes ?", "quelles sont
# les démarches ?"): a word of what, then the steps' noun a few words on.
STEPS_ASKED = WHAT_WORDS | frozenset(normalise(w) for w in ("quoi", "koi", "quelles", "quels", "ما", "ماهي", "what"))
STEPS_REACH = 3


def asks_the_steps(lemmas: Sequence[str]) -> bool:
    """Whether a word of what stands a few words before a noun of the steps, with a verb of registering in the message
    and no papers named."""
    return _word_then(lemmas, STEPS_ASKED, HOW_WORDS - HOW_ASKED, STEPS_REACH) and _beside_registering(lemmas)


def asks_by_channel(lemmas: Sequence[str]) -> bool:
    """Whether a channel stands a few words after a verb of registering ("واش نقدر نتسجل من البوسطة؟"), or the way of
    registering is named ("أريد أن أعرف طريقة التسجيل"), and no papers are named."""
    by_channel = any(
        _registering_at(lemmas, i) and says_any(lemmas[i + 1 : i + 1 + CHANNEL_REACH], CHANNEL_WORDS)
        for i in range(len(lemmas))
    )
    named_way = any(
        says_any([lemma], WAY_OF) and i + 1 < len(lemmas) and lemmas[i + 1] in THE_REGISTERING
        for i, lemma in enumerate(lemmas)
    )
    return (by_channel or named_way) and not says_any(lemmas, PAPERS)


# A registration campaign asked of ("kayna chi 7amla dyal tasjil f sfrou?", "هل هناك حملة للتسجيل في وجدة؟"): the
# chamber's campaigns are a way of registering (DOMAIN.md), asked as how; or where registering is done ("fin kaydar
# tsjil?", "فين كيدار التسجيل؟").
CAMPAIGNS = frozenset(
    normalise(w) for w in ("حملة", "الحملة", "حملات", "7amla", "l7amla", "hamla", "campagne", "campagnes", "caravane")
)
DONE_VERBS = frozenset(
    normalise(w) for w in ("kaydar", "katdar", "kaydarou", "كيدار", "كتدار", "تيدار", "يتم", "تتم", "kaytdar")
)
CAMPAIGN_REACH = 3


def asks_by_campaign_or_where_done(lemmas: Sequence[str]) -> bool:
    """Whether a campaign stands a few words before a verb or noun of registering, or a word of where right before a
    verb of being done, with registering in the message; no papers named."""
    campaign = any(
        says_any([lemma], CAMPAIGNS)
        and any(_registering_at(lemmas, k) for k in range(i + 1, min(len(lemmas), i + 1 + CAMPAIGN_REACH)))
        for i, lemma in enumerate(lemmas)
    )
    return (campaign or _word_then(lemmas, WHERE_WORDS, DONE_VERBS, 1)) and _beside_registering(lemmas)


# Explaining it, asked of the assistant ("فهمني التسجيل مرحلة بمرحلة", "explique-moi l'inscription", "اشرح لي طريقة
# التسجيل"): the verb, then the registering a few words on.
EXPLAIN = frozenset(
    normalise(w)
    for w in (
        "فهمني", "فهمنا", "فهميني", "شرح", "شرحلي", "اشرح", "إشرح", "وضح", "fhmni", "fhemni", "fahmni", "charh", "explique",
        "expliquez", "expliquer", "explain",
    )
)
EXPLAIN_REACH = 4


def asks_to_explain(lemmas: Sequence[str]) -> bool:
    """Whether the assistant is asked to explain registering, a verb of registering a few words after, no papers
    named."""
    return any(
        says_any([lemma], EXPLAIN)
        and any(_registering_at(lemmas, k) for k in range(i + 1, min(len(lemmas), i + 1 + EXPLAIN_REACH)))
        for i, lemma in enumerate(lemmas)
    ) and _beside_registering(lemmas)


def asks_how_to_register(lemmas: Sequence[str]) -> bool:
    """Whether the message asks how to register in any of the ways read above: how, where to start, what to do, which
    way or by which channel, how it goes or what the steps are (nlu.trade_register_question reads it once a trade is
    found)."""
    return (
        asks_how(lemmas)
        or asks_where_to_start(lemmas)
        or asks_what_to_do(lemmas)
        or asks_which_way(lemmas)
        or asks_by_channel(lemmas)
        or asks_how_it_goes(lemmas)
        or asks_the_steps(lemmas)
        or asks_by_campaign_or_where_done(lemmas)
        or asks_to_explain(lemmas)
    )


# Who may register ("شكون لي مسموح ليه يدخل لهاد السجل؟", "qui a le droit de s'inscrire ?", "من يحق له التسجيل؟"): a word of
# who, a word of may at most WHO_REACH words after it, then the verb of registering right after (MAY_REACH).
WHO_WORDS = frozenset(normalise(w) for w in ("شكون", "شكونا", "chkoun", "chkon", "chkun", "qui", "من"))
ALLOWED_WORDS = MAY_WORDS | frozenset(
    normalise(w) for w in ("مسموح", "مسموحة", "مسموحلو", "autorisé", "autorisés", "autorise", "الحق", "l7a9")
)
WHO_REACH = 4


def asks_who_may(lemmas: Sequence[str]) -> bool:
    """Whether the message asks who may register: a word of who a few words before a word of may that a verb of
    registering follows, and no word of how or where."""
    if says_any(lemmas, HOW_WORDS | WHERE_WORDS):
        return False
    return any(
        lemma in WHO_WORDS
        and any(
            says_any([lemmas[j]], ALLOWED_WORDS)
            and any(_registering_at(lemmas, k) for k in range(j + 1, min(len(lemmas), j + 2 + MAY_REACH)))
            for j in range(i + 1, min(len(lemmas), i + 1 + WHO_REACH))
        )
        for i, lemma in enumerate(lemmas)
    )


def asks_whether_one_may(lemmas: Sequence[str]) -> bool:
    """Whether a word of may stands right before a verb of registering, and no word of how, where or by what channel is
    said."""
    if says_any(lemmas, HOW_WORDS | WHERE_WORDS | CHANNEL_WORDS):
        return False
    return _before_registering(lemmas, MAY_WORDS, MAY_REACH)


def rerank(lemmas: Sequence[str], ranking: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The ranking with rna_register_how first when eligibility or the papers led a how-to question, and eligibility
    first when it was runner-up to rna_register_how in a question whether one may."""
    names = [r["name"] for r in ranking[:HOW_RANK]]
    if (
        names
        and names[0] in PULLED_FROM
        and HOW in names[1:]
        and (asks_how(lemmas) or asks_the_registers_steps(lemmas))
    ):
        return promoted(ranking, names.index(HOW))
    if names and names[0] == APPLY and HOW in names[1:] and asks_how(lemmas, HOW_ASKED):
        return promoted(ranking, names.index(HOW))
    # Behind the request, doing it now or here ("بغينا نعمرو الطلب دابا من التيليفون", "je m'inscris ici même, on
    # commence par quoi") keeps the request: the channel or the start is how it is done at once.
    now = names and names[0] == APPLY and says_any(lemmas, NOW_WORDS)
    if (
        names
        and names[0] in PULLED_FROM | {APPLY}
        and not now
        and HOW in names[1:]
        and (
            asks_where_to_start(lemmas)
            or asks_what_to_do(lemmas)
            or asks_which_way(lemmas)
            or asks_by_channel(lemmas)
            or asks_the_steps(lemmas)
            # Not behind the papers: "ماذا أجهز من ورق قبل حملة التسجيل؟" asks them before the campaign.
            or names[0] != DOCUMENTS
            and asks_by_campaign_or_where_done(lemmas)
        )
    ):
        return promoted(ranking, names.index(HOW))
    if names[:2] == [HOW, ELIGIBILITY] and asks_whether_one_may(lemmas):
        return swapped(ranking)
    return ranking


# The groups one registers in the register ("كيفاش كتسجل التعاونية ديالنا؟", "comment inscrire ma coopérative ?"): the
# object or subject of the verb of registering, at most GROUP_REACH words from it, makes the register the one asked.
GROUPS = frozenset(
    normalise(w)
    for w in (
        "تعاونية", "التعاونية", "تعاونيتنا", "تعاونيتي", "شركة", "الشركة", "شركتي", "مقاولة", "المقاولة", "مقاولتي",
        "t3awniya", "cooperative", "coopérative", "coop", "entreprise", "société", "societe", "charika", "lcharika",
    )
)
GROUP_REACH = 3


def _registers_a_group(lemmas: Sequence[str]) -> bool:
    """Whether a group is what a verb of registering registers, its object or its subject ("كيفاش الشركة ديالي تدخل
    للسجل؟"): the register, not a loan or a course, is asked."""
    return any(
        _registering_at(lemmas, i) and says_any(lemmas[max(0, i - GROUP_REACH) : i + 1 + GROUP_REACH], GROUPS)
        for i in range(len(lemmas))
    )


def understood(lemmas: Sequence[str], ranking: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The ranking with rna_register_how first at UNDERSTOOD in a question of how to register that it leads, or that
    it stands close behind among the first UNSURE_RANK while the classifier is unsure (below UNSURE): a cooperative, a
    trade and a town told first spread the classifier thin ("عندنا تعاونية ديال الحلي ففكيك كيفاش نسجلوها", "التعاونية
    ديالنا فأرفود كتصاوب السلال والحصير بالدوم، كيفاش نسجلوها؟" led by marketing at 0.22), and the fallback would answer
    that it did not understand. Not from behind the topics one also registers for (the AMO, a pension, a course, a
    loan): those are what is asked."""
    if not ranking:
        return ranking
    # The ranking decides first, so that the readings of the words run only where they could change it.
    first = ranking[0]
    if first["name"] == ELIGIBILITY:
        return raised(ranking, UNDERSTOOD) if first["confidence"] < UNDERSTOOD and asks_who_may(lemmas) else ranking
    if first["name"] == HOW:
        if first["confidence"] >= UNDERSTOOD:
            return ranking
    elif not (
        first["confidence"] < UNSURE
        and HOW in [r["name"] for r in ranking[:UNSURE_RANK]]
        and (first["name"] not in REGISTERED_FOR or _registers_a_group(lemmas))
    ):
        return ranking
    if not asks_how_to_register(lemmas):
        return ranking
    return raised(ahead(HOW, ranking) if first["name"] != HOW else ranking, UNDERSTOOD)
