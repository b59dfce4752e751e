"""Which AMO question a message asks: how to enrol, or what it costs or is.

"لست خاضعا لأي ضريبة، كيف أسجل في التأمين الإجباري عن المرض؟", "jpaye aucun impot, cmt minscrire a lamo": a tax
situation said first weighs towards amo_cost, whose examples state one before asking the amount, and the one verb of
enrolling is outweighed. When amo_cost or amo_info is the classifier's first and amo_enroll its second, a verb of
enrolling with no word of amount puts amo_enroll first ("ma kankhelles dariba, ch7al nkhelles f amo?" asks the cost).
The other way round, "je suis inscrite en micro-entreprise, quel est le tarif de l'amo ?": the participles of a tax
registration ("inscrit", "déclarée") pull towards the enrolment. No enrolment example names an amount, so when
amo_enroll is first and amo_cost second, a word of amount with no verb of enrolling puts the cost first.

What AMO pays for is its coverage, whatever verb or amount comes with it. "ma femme et mes enfants seront couverts si
je m'affilie ?" asks who is covered: the verb of enrolling in its condition ties amo_enroll with amo_info. A word of
being covered or reimbursed (COVER_WORDS) with no word of how or where to do it puts amo_info first when it is
runner-up to amo_enroll ("ou declarer mes enfants pour qu'ils soient couverts ?" stays the enrolment). "l'amo prend
combien en charge pour une opération ?" asks how much is reimbursed: "combien" weighs towards amo_cost. A word of
reimbursing (REIMBURSE_WORDS: not "couvert", which a price of coverage also says) with no word of paying puts
amo_info first when it is runner-up to amo_cost. Being covered with no amount asked puts it first from among amo_cost's
first four: the yearly sum of a regime told beside it asks no price ("بنتي عندها 8 سنوات، هل التأمين يغطيها كاملة؟ …
ونؤدي للضرائب نفس المبلغ كل عام").

When the cover starts ("la couverture commence quand après l'inscription", "متى تبدأ التغطية بعد التسجيل؟") is the
coverage's "When coverage starts" topic, but "inscription" and "commence" weigh so far towards the enrolment that
amo_info may stand third or fourth. A word of when with a word of starting or of being covered, and no word of
paying, amount, how or where, puts amo_info first when amo_enroll is first and amo_info among the first four
("quand commencer à payer l'amo ?" and "quand dois-je m'inscrire ?" stay the enrolment).

What is paid is an amount too: a word of what around a verb of paying ("ماذا علي أن أدفع", "je dois payer quoi"), a verb
of costing or of reckoning ("l'AMO ça coûte quoi", "الكوطيزاسيون كيفاش كتحسب"), or paying compared ("il paie plus que
moi"). Waiting for the cover, keeping or losing it ("واش خاصني نتسنى شي مدة", "est ce que je garde l'amo ?") asks how
long it lasts: amo_info first when it stands among the first four behind the enrolment or the cost.

Paying, once registered ("inscrit depuis hier, comment payer ?"): "inscrit" and "comment" weigh towards
rna_register_how, but the register asks no payment that the assistant knows of, and AMO's is paid monthly. A verb of
paying with the register not named puts amo_enroll first when it is runner-up to rna_register_how.

Paying is part of the enrolment (shared/INTENTS.md): how, where or by what means ("bghit n5elles l'amo bl internet",
"kat9te3 mn lcompte wla nkhlles b yeddi?"), and declaring a spouse or a child ("kifach ndeclari mrati f l'amo?"),
with no amount asked, put amo_enroll first when it stands among amo_cost's first four; declaring, among amo_info's
("كيفاش نديكلاري بنتي معايا فالامو عندها 23 عام وكتقرا").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise
from typing import Any

from hirfa.question_words import WHAT_WORDS
from hirfa.text import arabic_stems, normalise, says_any
from nlu import on_behalf, register_question
from nlu.darija_verbs import verb_in_negation
from nlu.register_wish import REGISTER_NOUNS, ahead, swapped

ENROL, COST = "amo_enroll", "amo_cost"
OTHER_AMO = frozenset({"amo_cost", "amo_info"})
# Enrolling oneself, in the first person or the infinitive (normalised lemmas; Arabic also with a glued "and"), or
# its French noun ("les démarches d'adhésion à l'AMO", "la procédure d'affiliation"): a formal letter names the act.
ENROL_VERBS = frozenset(
    normalise(w)
    for w in (
        "inscrire", "inscris", "minscrire", "minscris", "affilier", "maffilier", "affilie", "immatriculer", "adherer",
        "adhesion", "dadhesion", "affiliation", "daffiliation", "immatriculation", "dimmatriculation",
        # The noun, with the AMO right after it ("inscription amo … quelle démarche ?").
        "inscription", "linscription",
        "ntsjel", "ntsjjel", "ntsejjel", "ntsajal", "ntsajjal", "nsjel", "nsejjel", "nsajal", "nt9ayed", "nt9ayyed",
        # Insuring oneself ("kifach n2ammen rasi f amo").
        "n2ammen", "n2amen", "nammen", "nt2ammen", "nt2amen", "نأمن", "نامن", "نتأمن",
        "اسجل", "أسجل", "نسجل", "نتسجل", "اتسجل", "أتسجل", "انخرط", "أنخرط", "ننخرط", "نخرط", "انضم", "أنضم",
        # Enrolling another ("كيفاش نسجلها فالامو", "كيفاش يتسجل فالامو").
        "نسجلها", "نسجلو", "نسجله", "نسجلهم", "يتسجل", "تتسجل", "nsjlha", "nsjelha", "nsjlo", "ytsjel", "ttsjel",
    )
)
# An amount asked: then the cost is the question, whatever verb comes with it. "combien" also as it is misspelt
# ("combein je doit payé pour la cnss", "conbien on paye l'amo").
AMOUNT_WORDS = frozenset(
    normalise(w)
    for w in (
        "combien", "combein", "conbien", "combiens", "combient", "cobien", "cb", "cmb", "cbn", "prix", "montant", "tarif",
        "ch7al", "chhal", "cha7al", "chal", "bch7al",
        # The East's and the South's "how much" ("قداش الاشتراك ديالي فالتأمين؟").
        "قداش", "بقداش", "قداه", "9dach", "qdach", "kdach", "b9dach",
        "شحال", "بشحال", "كم", "بكم", "ثمن", "مبلغ", "قيمة", "mensuel", "mensuelle", "mensuellement", "شهريا",
        # Paid or free ("واش لامو بالفلوس ولا فابور؟", "l'amo c'est gratuit ?"): the price asked.
        "فابور", "بالفلوس", "مجانا", "مجانية", "مجاني", "fabor", "gratuit", "gratuite", "payant", "payante",
        # What it costs ("l'AMO ça coûte quoi ?", "أخبرني بتكلفة التأمين").
        "coûte", "coute", "coûter", "couter", "coûtera", "coutera", "coûtent", "coutent", "تكلف", "يكلف", "تكلفني",
        "كتكلف", "تكلفة", "katkellef",
        # How it is reckoned ("الكوطيزاسيون كيفاش كتحسب لينا؟", "la cotisation est calculée comment ?").
        "calcule", "calculée", "calculé", "calcul", "calculer", "كيتحسب", "كتحسب", "يتحسب", "تتحسب", "تحسب", "يحتسب",
        "تحتسب", "احتساب", "katt7seb", "kayt7seb", "tat7seb",
    )
)
# What is paid, asked before the verb of paying ("ماذا علي أن أدفع", "شنو غادي نخلص", "ce que je vais payer") or right
# after it ("je dois payer quoi"): the amount. Not "ce que" after "est" ("où est-ce que je paie").
WHAT_BEFORE = WHAT_WORDS | {normalise("ماذا")}
WHAT_AFTER = frozenset(normalise(w) for w in ("quoi", "koi"))
WHAT_REACH = 4
# Doing, between the word of what and the verb of paying: then what is asked is what to do ("شنو خاصني ندير، أنا كنخلص
# المساهمة").
DOING = register_question.DOING | frozenset(normalise(w) for w in ("faire", "fais", "fait"))

# The amounts a tax regime is told by ("كنخلص للضرائب نفس المبلغ كل عام", "1200 dh par an, toujours le même montant"):
# near a word of tax they describe the writer's regime, and ask no price of the AMO. Question words always ask.
TOLD_AMOUNTS = frozenset(normalise(w) for w in ("ثمن", "مبلغ", "قيمة", "montant", "prix", "tarif"))
TAX_WORDS = frozenset(
    normalise(w)
    for w in (
        "ضريبة", "ضرائب", "ضرايب", "ضريبه", "impots", "impôts", "impot", "impôt", "perception", "fisc", "إمبو", "امبو",
        "ليمبو", "طاكس", "cpu", "forfait", "فورفي", "dariba", "ddariba", "dara2ib", "lforfait", "forfe", "lforfe", "lcpu",
        # The CPU named ("المبلغ الجزافي ديال المساهمة المهنية الموحدة").
        "مساهمة", "المساهمة", "جزافي", "الجزافي", "contribution",
    )
)
TAX_REACH = 6
# "7ta l ch7al d l3mr katghatti drari?", "حتى لشحال من عام": how much of age is an age asked, no amount.
AGE_WORDS = frozenset(normalise(w) for w in ("l3mr", "l3omr", "3mr", "العمر", "عمر", "السن", "سن", "age", "âge", "d'age", "d'âge"))
AGE_REACH = 2
# A tax paid stands this close after the verb of paying ("kankhles l forfait", "je paie la CPU chaque année").
TAX_OBJECT_REACH = 3
# An amount said to be the same or fixed is told, never asked ("toujours le meme montant", "مبلغ ثابت", "نفس المبلغ").
SAME_OR_FIXED = frozenset(normalise(w) for w in ("même", "meme", "نفس", "fixe", "ثابت", "ثابتة", "tabet", "thabet"))


def asks_what_is_paid(lemmas: Sequence[str]) -> bool:
    """Whether a word of what ("ماذا", "شنو", "ce que", "ما علي") stands a few words before a verb of paying, with no
    verb of doing between, or "quoi" right after it."""
    for i, lemma in enumerate(lemmas):
        if not says_any([lemma], PAY_VERBS):
            continue
        at = max(0, i - WHAT_REACH)
        if says_any(lemmas[at:i], DOING):
            continue
        # "هل سيتغير ما أدفعه؟": MSA's "ما" right before the verb that holds its object ("ه") is "what".
        relative = i > 0 and lemmas[i - 1] == normalise("ما") and lemma.endswith("ه")
        said_what = relative or any(_ce_que(lemmas, k) for k in range(at, i))
        if said_what or says_any(lemmas[at:i], WHAT_BEFORE) or says_any(lemmas[i + 1 : i + 2], WHAT_AFTER):
            return True
    return False


def _ce_que(lemmas: Sequence[str], k: int) -> bool:
    """Whether the French "ce que" (not in "est-ce que") or the Arabic "ما علي" (what is on me) stands at ``k``."""
    pair = lemmas[k : k + 2]
    return pair == ["ce", "que"] and (k == 0 or lemmas[k - 1] != "est") or pair == [normalise("ما"), normalise("علي")]


def pays_more_or_less(lemmas: Sequence[str]) -> bool:
    """Whether a verb of paying, said of anyone, is followed by more or less than ("واش كنخلص فالأمو كثر من اللي ما
    كيخلص والو؟", "il paie plus que moi pour l'AMO"): the amounts compared."""
    return any(
        says_any([lemma], PAID_BY_ANYONE)
        and any(
            says_any([a], MORE_OR_LESS) and says_any([b], THAN)
            for a, b in zip(lemmas[i + 1 : i + 1 + COMPARED_REACH], lemmas[i + 2 : i + 2 + COMPARED_REACH], strict=False)
        )
        for i, lemma in enumerate(lemmas)
    )


def asks_amount(lemmas: Sequence[str]) -> bool:
    """Whether the message asks an amount: a word of how much (not of age), or of price not told of a tax regime beside
    it nor said the same or fixed, or what is paid."""
    return asks_what_is_paid(lemmas) or pays_more_or_less(lemmas) or any(
        says_any([lemma], AMOUNT_WORDS)
        and not says_any(lemmas[i + 1 : i + 1 + AGE_REACH], AGE_WORDS)
        and not (
            says_any([lemma], TOLD_AMOUNTS)
            and (
                says_any(lemmas[max(0, i - TAX_REACH) : i + 1 + TAX_REACH], TAX_WORDS)
                or says_any(lemmas[max(0, i - 1) : i] + lemmas[i + 1 : i + 2], SAME_OR_FIXED)
            )
        )
        for i, lemma in enumerate(lemmas)
    )


# Reimbursed or taken in charge (normalised; "en charge" is read as two words, "à charge" is a dependant, not this).
REIMBURSE_WORDS = frozenset(
    normalise(w)
    for w in (
        "rembourse", "remboursé", "remboursée", "remboursés", "remboursées", "remboursent", "remboursement",
        "remboursements", "rembourser", "كتعوض", "كيعوض", "تعوض", "يعوض", "تعويض", "التعويض", "كيعوضو", "كيرجعو",
        "kat3awed", "kay3awed", "kay3awdo", "t3awed", "y3awed",
        # Given back: "كترد لامو فالدوا", "يسترجع الحرفي ثمن الأشعة", "kayrj3o lik".
        "كترد", "ترد", "كيردو", "يسترجع", "يسترد", "نسترجع", "استرجاع", "استرداد", "katred", "katredd", "kayreddo",
        "kayrj3o", "kayraj3o", "katrja3", "كترجع", "كيرجع",
        # The AMO giving back ("هل تسترجع الامو جزءا من المصاريف؟").
        "تسترجع", "تسترد", "كتسترجع",
    )
)
# Covered, in any script, or reimbursed.
COVER_WORDS = REIMBURSE_WORDS | frozenset(
    normalise(w)
    for w in (
        "couvert", "couverts", "couverte", "couvertes", "couvre", "couvrent", "كتغطي", "كيغطي", "تغطي", "يغطي",
        "مغطي", "مغطية", "مغطى", "مشمول", "مشمولة", "مشمولين", "katghatti", "kayghatti", "mghatti", "mghattia",
        # Being covered, of the children ("واش الدراري الصغار كيتغطاو كاملين؟").
        "كيتغطاو", "يتغطاو", "كيتغطى", "يتغطى", "kaytghattaw", "kayt8attaw",
        # Covering her, him, them ("هل التأمين يغطيها كاملة؟"); not "تغطيه", which folds to the noun "تغطية".
        "يغطيها", "يغطيه", "يغطيهم", "تغطيها", "تغطيهم", "كتغطيها", "كتغطيه", "كتغطيهم", "كيغطيها", "كيغطيه",
        "كيغطيهم",
        # In Arabizi ("ila tsjjlt f l'amo wach ghadi tghttiha f lwilada?").
        "tghttiha", "tghattiha", "tghettiha", "katghttiha", "katghattiha", "tghatti", "tghtti", "kat8atti",
        # Covering me ("wach l amo dyalo katghattini ana tani?", "هل تشملني؟").
        "katghattini", "tghattini", "kat8attini", "katghttini", "كتغطيني", "تغطيني", "يغطيني", "تشملني", "يشملني",
        # Insured ("wach mrati w wlidati ghaykono m2ammnin?", "sera-t-elle assurée ?").
        "m2ammnin", "m2amnin", "m2ammen", "m2amen", "m2ammna", "مأمنين", "مأمن", "مؤمنين", "مؤمن", "مؤمنة", "assuré",
        "assurée", "assurés", "assurées",
        # The hospitals it works in ("wach katkhdem f ga3 sbitarat?").
        "sbitarat", "sbitar", "lmostachfayat", "المستشفيات", "مستشفيات", "السبيطارات", "hôpitaux", "hopitaux",
        "cliniques", "المصحات", "مصحات",
    )
)
# How or where to do something (register_question's words, and the verb of doing it): then the enrolment is asked,
# covered or not.
HOW_WORDS = register_question.HOW_WORDS | register_question.WHERE_WORDS | frozenset(
    normalise(w) for w in ("ou", "faire", "ndir", "ندير", "نديرو")
)
INFO = "amo_info"
ELIGIBILITY = "rna_eligibility"
# A right to something ("عندها الحق فكلشي", "ayant droit", "l7a9 f"): what the AMO gives, or who may register.
RIGHT_WORDS = frozenset(normalise(w) for w in ("الحق", "حق", "droit", "droits", "l7a9", "l7aq", "lhaq"))
ASK_HELP = "ask_help"
REGISTER_HOW = "rna_register_how"
# Paying, as a verb (normalised): not "cotisation" or "prix", which name what is paid.
PAY_VERBS = frozenset(
    normalise(w)
    for w in (
        "payer", "paie", "paye", "payes", "paies", "payé", "régler", "regle", "verser", "verse", "cotise", "cotiser",
        "nkhelles", "nkhlles", "nkhalles", "n5elles", "n5lles", "nkhless", "نخلص", "كنخلص", "ندفع", "أدفع", "ادفع",
        "أؤدي", "نأدي", "أسدد", "دفعه", "أدفعه", "أؤديه", "ندفعه", "نؤديه",
    )
)
# Paying said of anyone, and more or less than: an amount compared.
PAID_BY_ANYONE = PAY_VERBS | frozenset(
    normalise(w)
    for w in (
        "كيخلص", "كيخلصو", "كتخلص", "يخلص", "يخلصو", "تخلص", "paient", "payent", "يدفع", "يدفعون", "تدفع",
        "kaykhlles", "kaykhelles", "kaykhllso", "katkhlles",
    )
)
MORE_OR_LESS = frozenset(normalise(w) for w in ("كثر", "أكثر", "اكثر", "قل", "أقل", "اقل", "ktar", "kter", "9el", "plus", "moins"))
THAN = frozenset(normalise(w) for w in ("من", "mn", "men", "que", "qu"))
COMPARED_REACH = 3
# Paying or contributing, as a verb or by what is paid: then the amount asked is the cost.
PAY_WORDS = PAY_VERBS | frozenset(
    normalise(w)
    for w in (
        "cotisation", "prix", "tarif", "الاشتراك", "اشتراك", "الواجب", "paiement", "الخلاص", "lkhlas", "lkhalas",
        "الأداء", "الاداء",
    )
)


# When, asked (normalised; "à partir de quand" holds "quand").
WHEN_WORDS = frozenset(
    normalise(w)
    for w in ("quand", "imta", "emta", "mta", "waqtach", "w9tach", "fo9ach", "متى", "إمتى", "امتى", "فوقاش", "وقتاش")
)
# Starting, of the cover: "commence", "démarre", "tbda", "تبدأ", "يسري".
START_WORDS = frozenset(
    normalise(w)
    for w in (
        "commence", "commencent", "démarre", "démarrent", "débute", "débutent", "tbda", "katbda", "kaybda", "tebda",
        "تبدا", "تبدأ", "يبدا", "يبدأ", "كتبدا", "كيبدا", "سريان", "يسري", "تسري",
    )
)
# How far down the classifier's ranking amo_info may stand for a question of when the cover starts.
START_REACH = 4
# Waiting for the cover, keeping or losing it ("واش خاصني نتسنى شي مدة قبل ما نبدا نستافد؟", "est ce que je garde
# l'amo ?", "واش يبقى داخل فلامو ديالي"): how long it lasts, unless paying follows ("باش نبقى نخلص الأمو").
LASTING_WORDS = frozenset(
    normalise(w)
    for w in (
        "نتسنى", "نتسناو", "تسنى", "نسنى", "ntsenna", "ntsena", "attendre", "attente", "carence", "انتظار", "أنتظر", "ننتظر",
        "garde", "garder", "garderai", "perds", "perdre", "perd", "نبقى", "يبقى", "تبقى", "نبقا", "يبقا", "تبقا", "nb9a",
        "yb9a", "tb9a",
    )
)
# The waiting period named ("délai de carence", "مدة الانتظار"): asked of the cover even with enrolling said beside it
# ("un délai de carence quand on vient juste de s'inscrire ?").
WAITING_PERIOD = frozenset(normalise(w) for w in ("carence", "attente", "انتظار", "الانتظار"))

# Joining, as a verb (besides the verbs of enrolling): "ندخل للأمو", "nedkhol l'amo", "rejoindre l'AMO".
JOIN_VERBS = frozenset(
    normalise(w)
    for w in (
        "ندخل", "دخل", "ندخلو", "nedkhol", "ndkhol", "ndkhl", "rejoindre", "intégrer", "integrer",
        # The enrolling itself, as a noun or activated ("نكمل التسجيل ديال لامو", "باش نفعل لامو").
        "التسجيل", "تسجيل", "ttasjil", "tasjil", "نفعل", "نفعّل", "nfa3el", "activer",
        # Joining said of another or by another ("بغات تدخل للأمو", "باش يدخلوني للأمو", "سجل راسك فلامو").
        "تدخل", "يدخل", "يدخلوني", "يدخلونا", "tdkhol", "ydkhol", "ydkhlouni", "سجل", "سجلي",
    )
)
JOINING_VERBS = ENROL_VERBS | JOIN_VERBS
# The AMO's own name, in each script (normalised; found with a glued preposition too: "فلامو", "للأمو").
AMO_OWN_NAMES = frozenset(normalise(w) for w in ("amo", "lamo", "l'amo", "لامو", "الأمو", "أمو"))
# AMO named, as the object of such a verb: its own name, the CNSS's or the cover's.
AMO_NAMES = AMO_OWN_NAMES | frozenset(
    normalise(w)
    for w in (
        "cnss", "التغطية", "التأمين", "الضمان", "assurance", "couverture", "tghtiya", "ttghtiya", "ddaman", "لاسناس",
        "سناس", "السناس", "lacnss", "لاكنسس", "الكنسس", "كنسس",
        # Its site, as people say it ("ندخل للموقع ديال ماكنس").
        "macnss", "ماكنس", "ماسيناس",
    )
)
# How many words may stand between the verb and AMO ("نتسجل أنا فلامو", "m'inscrire moi aussi à l'AMO"), French
# prepositions and elided articles left out.
AMO_OBJECT_REACH = 3
_FRENCH_LINKS = frozenset({"a", "l", "au", "aux", "la", "le"})
# The topics such a question is pulled to when it says "register" or "papers" ("كيفاش نتسجل فلامو", "شنو الوراق باش
# نخرط فالتغطية الصحية") or tells a group or a kind ("عندي SARL … واش خاصني نسجل راسي فالأمو"), and how far down
# amo_enroll may stand.
REGISTER_TOPICS = frozenset({"rna_register_how", "rna_documents", "rna_apply", "financing", "rna_eligibility"})
# What else a story told around a dependant declared pulls the question to.
DEPENDANT_PULLED_FROM = frozenset({"artisan_card", "out_of_scope"})
JOINING_REACH = 4

# How one pays, besides how and where: online, by debit, by hand ("n5elles l'amo bl internet", "kat9te3 mn lcompte
# wla nkhlles b yeddi?"): paying is part of the enrolment (shared/INTENTS.md), the amount is the cost.
PAYING_MEANS = register_question.CHANNEL_WORDS | frozenset(
    normalise(w)
    for w in (
        "انترنيت", "الانترنيت", "لانترنيت", "internit", "lanternet", "compte", "lcompte", "الكونط", "prélèvement",
        "prelevement", "prélevé", "preleve", "kat9te3", "kayt9te3", "كتقطع", "كيتقطع", "yeddi", "يدي", "agence",
        "lagence", "لاجونس", "الوكالة", "وكالة", "guichet",
        # Cash or card ("بغيت نخلص لامو ديالي كاش ماشي بالكارط").
        "كاش", "cash", "kach", "espèces", "especes", "liquide", "بالكارط", "bcarte", "bl'carte",
        # At the post office or a money-transfer agency ("بغيت نخلص الامو فلابوسط").
        "لابوسط", "لابوسطة", "البوسطة", "لابوست", "البريد", "بريد", "labost", "labosta", "lbosta", "poste", "wafacash",
        "وفاكاش", "cashplus", "كاشبلوس",
    )
)
# "ou je paie", "ou on paye": the verb of paying stands this close to an opening "ou".
WHERE_OPENING_REACH = 3
# Not "où" folded to "ou" (or): "la CPU ou l'AE pour payer moins ?" compares two regimes; nor "fin" (the French end:
# "fermé fin 2023"), a Darija "where" only right before the verb ("fin nkhlles").
PAYING_HOW = register_question.HOW_WORDS | register_question.WHERE_WORDS - {"ou", "fin", "fine"}
# What AMO does for the insured, as a verb after it: pays ("كتخلص", "تخلص"), gives back, takes on, covers; not the
# French "paie", whose subject may follow AMO ("pour l'AMO je paie quoi ?").
AMO_PAYS = COVER_WORDS | frozenset(
    normalise(w)
    for w in (
        "كتخلص", "تخلص", "كتشد", "تشد", "كترجع", "ترجع", "كتعطي", "katkhlles", "katkhelles", "tkhlles", "katched",
        # With 5 for kh, and to come ("wach l amo kat5alles 3la l'opération", "wach amo ghatkhles lih kolchi?").
        "kat5alles", "kat5elles", "kat5lles", "katkhalles", "t5alles", "t5elles", "ghatkhles", "ghatkhelles", "ghat5elles",
        "غاتخلص", "غتخلص",
        "couvre", "couvre-t-elle", "rembourse-t-elle",
    )
)
AMO_VERB_REACH = 2
# Declaring or adding someone to one's AMO ("kifach ndeclari mrati f l'amo", "كيفاش نصرح بولدي فالضمان").
DECLARE_VERBS = frozenset(
    normalise(w)
    for w in (
        "déclarer", "declarer", "déclare", "declare", "ndeclari", "ndiclari", "ndeklari", "نصرح", "أصرح", "اصرح",
        "نديكلاري", "ajouter", "rajouter", "ajoute", "rajoute", "nzid", "nzidha", "nzido", "نزيد", "نزيدها", "نزيدو", "أضيف", "اضيف", "نضيف",
        "nsarre7", "nsarra7", "nsarr7", "nsre7", "nsarreh",
        # Registering or entering a child in one's cover ("تريد أن تسجل ابنتيها معها في التغطية الصحية").
        "تسجل", "يسجل", "أسجل", "اسجل", "نسجل", "أدرج", "ادرج", "تضيف", "يضيف",
        # Said of the relative one writes for ("بغات تصرح براجلها وولادها"), or of "we".
        "تصرح", "يصرح", "نصرحو", "تزيد", "يزيد", "نزيدو", "tsarre7", "ysarre7", "tzid", "yzid",
    )
)
# A pronoun glued on the verb of adding or declaring ("نزيدها فالتأمين", "نصرحهم", "kifach nzidha m3aya f l'amo"): the
# one declared, before AMO.
_GLUED_OBJECT = re.compile(r"(?:ها|هم|ه|و|ني|ha|hom)$")
# The one declared follows the verb, a few words on ("déclarer ma femme", "نصرح بولدي"): "ابني مقاول ذاتي، وأنا لا أصرح
# بأي شيء" declares nothing of the son's.
DEPENDANT_REACH = 3
DEPENDANT_PRONOUNS = frozenset(normalise(w) for w in ("بيه", "بيها", "بيهم", "بها", "به", "bih", "biha", "bihom"))
FRENCH_OBJECT_PRONOUNS = frozenset({"le", "la", "les"})
# The writer's spouse and children, as nlu/on_behalf_cues.yml names them (person: spouse, child): one-word ties and the
# noun after a French possessive ("ma femme", "mes enfants").
_DEPENDANT_TIES = ("spouse", "child")
_POSSESSIVES = frozenset({"mon", "ma", "mes"})


def dependants() -> frozenset[str]:
    """The words that name a dependant, read from the tie cues on first use."""
    return on_behalf.tie_words(_DEPENDANT_TIES, _POSSESSIVES)


# Family members as Darija and MSA name them with any owner or none ("المرا والوليدات", "راجلها وولادها", "مراتو",
# "ابنتيها", "أطفالي"): the word
# without a glued article or preposition starts with one of these, or is the wife with no owner ("بالمرا").
_FAMILY_STEMS = ("مرات", "راجل", "ولاد", "اولاد", "وليدات", "دراري", "عيال", "ابنت", "بنات", "ابناء", "اطفال")
_WIFE = "مرا"


def is_dependant(word: str) -> bool:
    """Whether a normalised word names a dependant: the tie cues' words, or a family member with any owner."""
    return says_any([word], dependants()) or any(
        stem == _WIFE or stem.startswith(_FAMILY_STEMS) for stem in arabic_stems(word)
    )


def _reads_en_charge(lemmas: Sequence[str]) -> bool:
    return any(a == "en" and b == "charge" for a, b in zip(lemmas, lemmas[1:], strict=False))


def asks_what_is_covered(lemmas: Sequence[str]) -> bool:
    """Whether the message says covered or reimbursed, and no word of how or where."""
    covered = says_any(lemmas, COVER_WORDS) or _reads_en_charge(lemmas)
    return covered and not says_any(lemmas, HOW_WORDS)


def asks_what_is_reimbursed(lemmas: Sequence[str]) -> bool:
    """Whether the message says reimbursed (or taken in charge), and no word of paying."""
    reimbursed = says_any(lemmas, REIMBURSE_WORDS) or _reads_en_charge(lemmas)
    return reimbursed and not says_any(lemmas, PAY_WORDS)


def asks_when_covered(lemmas: Sequence[str]) -> bool:
    """Whether the message asks when, with a word of starting or of being covered, and no word of paying, amount, how
    or where."""
    starting = says_any(lemmas, START_WORDS) or says_any(lemmas, COVER_WORDS)
    doing = says_any(lemmas, PAY_WORDS) or asks_amount(lemmas) or says_any(lemmas, HOW_WORDS)
    return says_any(lemmas, WHEN_WORDS) and starting and not doing


def asks_how_long_covered(lemmas: Sequence[str]) -> bool:
    """Whether the message says waiting for the cover, keeping or losing it, with no verb of paying right after, and
    asks no amount nor says a verb of enrolling ("واش خاصني نمشي للضمان باش نتسجل ولا نتسنى": to enrol or wait) unless it
    names the waiting period itself."""
    enrols = says_any(lemmas, ENROL_VERBS) and not says_any(lemmas, WAITING_PERIOD)
    return not asks_amount(lemmas) and not enrols and any(
        says_any([lemma], LASTING_WORDS) and not says_any(lemmas[i + 1 : i + 2], PAY_VERBS)
        for i, lemma in enumerate(lemmas)
    )


def asks_how_to_pay(lemmas: Sequence[str]) -> bool:
    """Whether the message says paying (a verb, or the payment: "الخلاص ديال لامو كيتدار online?") other than a tax's,
    and does not name the register."""
    return any(
        says_any([lemma], PAY_WORDS) and not pays_a_tax(lemmas, i) for i, lemma in enumerate(lemmas)
    ) and not says_any(lemmas, REGISTER_NOUNS)


def pays_a_tax(lemmas: Sequence[str], at: int) -> bool:
    """Whether the paying at ``at`` has a tax for its object, a few words on ("كنخلص الفورفي", "je paie la CPU"): the
    writer's regime told, not the AMO paid."""
    return says_any(lemmas[at + 1 : at + 1 + TAX_OBJECT_REACH], TAX_WORDS)


def amo_pays(lemmas: Sequence[str]) -> bool:
    """Whether AMO is the subject of a verb of paying or covering right after it ("واش لامو كتخلص السبيطار", "من إمتى
    كتبدا لامو تخلص", "l'AMO couvre-t-elle l'accouchement ?"), and no amount is asked: what it pays for."""
    return not asks_amount(lemmas) and any(
        says_any([lemma], AMO_NAMES) and says_any(_unnegated(lemmas[i + 1 : i + 1 + AMO_VERB_REACH]), AMO_PAYS)
        for i, lemma in enumerate(lemmas)
    )


def _unnegated(lemmas: Sequence[str]) -> list[str]:
    """The verbs among ``lemmas`` without the negation around them ("ما كتخلصش" → "كتخلص"): what AMO does not pay for is
    asked of its coverage as what it pays for."""
    return [verb_in_negation(lemma) or lemma for lemma in lemmas]


def asks_how_to_pay_amo(lemmas: Sequence[str]) -> bool:
    """Whether the message asks how, where or by what means to pay (or declares a dependant), and no amount."""
    # Not "ndir" (to do) of HOW_WORDS: "ما عرفتش واش ندير لوطو ولا نخلص لافورفي" weighs two regimes.
    where = any(a in ("fin", "fine") and says_any([b], PAY_VERBS) for a, b in zip(lemmas, lemmas[1:], strict=False))
    # The French "où" written without its accent is "or" too: only opening the message ("ou je paie l'amo ?").
    where = where or bool(lemmas) and lemmas[0] == "ou" and says_any(lemmas[1:WHERE_OPENING_REACH], PAY_VERBS)
    paying = says_any(lemmas, PAY_VERBS) and (where or says_any(lemmas, PAYING_HOW | PAYING_MEANS))
    return (paying or declares_a_dependant(lemmas)) and not asks_amount(lemmas)


# The AMO's beneficiaries by their own name ("en tant qu'ayant droit", "كذوي حقوق"): a term of the AMO alone.
_BENEFICIARY_PAIRS = (
    (frozenset({"ayant", "ayants"}), frozenset({"droit", "droits"})),
    (frozenset(normalise(w) for w in ("ذوي", "كذوي")), frozenset(normalise(w) for w in ("الحقوق", "حقوق"))),
)


def names_beneficiaries(lemmas: Sequence[str]) -> bool:
    """Whether the AMO's beneficiaries are named ("ayant droit", "ذوي الحقوق")."""
    return any(
        says_any([a], first) and b in second for a, b in pairwise(lemmas) for first, second in _BENEFICIARY_PAIRS
    )


def declares_a_dependant(lemmas: Sequence[str]) -> bool:
    """Whether a verb of declaring or adding has a dependant for object, a few words on, or her, him, them before AMO.
    Not after "si" ("la cotisation augmente si j'ajoute ma femme ?" asks what it costs)."""
    return any(
        says_any([lemma], DECLARE_VERBS)
        and "si" not in lemmas[max(0, i - 2) : i]
        and (
            any(is_dependant(word) for word in lemmas[i + 1 : i + 1 + DEPENDANT_REACH])
            or _GLUED_OBJECT.search(lemma)
            and says_any([_GLUED_OBJECT.sub("", lemma)], DECLARE_VERBS)
            and says_any([w for w in lemmas[i + 1 :] if w not in _FRENCH_LINKS][:AMO_OBJECT_REACH], AMO_NAMES)
            # "كيفاش نصرح بيها فلامو": her, him, them, then AMO.
            or i + 1 < len(lemmas)
            and lemmas[i + 1] in DEPENDANT_PRONOUNS
            and says_any(lemmas[i + 2 : i + 2 + AMO_OBJECT_REACH], AMO_NAMES)
            # "je peux la déclarer à l'AMO": the French pronoun stands before the verb.
            or i > 0
            and lemmas[i - 1] in FRENCH_OBJECT_PRONOUNS
            and says_any(lemmas[i + 1 : i + 1 + AMO_OBJECT_REACH], AMO_NAMES)
        )
        for i, lemma in enumerate(lemmas)
    )


def asks_how_to_enrol(lemmas: Sequence[str]) -> bool:
    """Whether the message says a verb of enrolling and asks no amount."""
    return not asks_amount(lemmas) and says_any(lemmas, ENROL_VERBS)


def joins_amo(
    lemmas: Sequence[str], verbs: frozenset[str] = JOINING_VERBS, names: frozenset[str] = AMO_NAMES
) -> bool:
    """Whether a verb of enrolling or joining (of ``verbs``) has AMO (one of ``names``) for its object, a few words on
    (French "à", "l'" not counted: "inscrire ma mère à l'AMO"), and no amount is asked."""
    return not asks_amount(lemmas) and any(
        says_any([lemma], verbs)
        and says_any([w for w in lemmas[i + 1 :] if w not in _FRENCH_LINKS][:AMO_OBJECT_REACH], names)
        for i, lemma in enumerate(lemmas)
    )


def asks_an_amount(lemmas: Sequence[str]) -> bool:
    """Whether the message asks an amount and says no verb of enrolling."""
    return asks_amount(lemmas) and not says_any(lemmas, ENROL_VERBS)


def rerank(lemmas: Sequence[str], ranking: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The ranking with amo_enroll first when it was runner-up to amo_cost or amo_info in a question how to enrol, and
    amo_cost first when it was runner-up to amo_enroll in a question of amount; amo_info first when it was runner-up
    to amo_enroll in a question of who or what is covered, or to amo_cost in a question of what is reimbursed (or
    among amo_cost's first four in one of what AMO pays for or covers, no amount asked), or
    among amo_enroll's first four in a question of when the cover starts, or among the enrolment's or the cost's
    first four in a question of waiting for, keeping or losing the cover; amo_enroll first when it was runner-up to
    rna_register_how in a question of paying, or among the first four of amo_cost in a question how to pay or whom to
    declare (of amo_info, whom to declare), or of a registering topic (or another AMO topic, by a verb of enrolling) when AMO is what the writer
    joins, or, behind another AMO topic, AMO joined with the steps asked; amo_info first from behind ask_help in a
    question of what the AMO named reimburses."""
    if len(ranking) < 2:
        return ranking
    first, second = ranking[0]["name"], ranking[1]["name"]
    if first in OTHER_AMO and second == ENROL and asks_how_to_enrol(lemmas):
        return swapped(ranking)
    if first == ENROL and second == COST and asks_an_amount(lemmas):
        return swapped(ranking)
    if first == ENROL and second == INFO and asks_what_is_covered(lemmas):
        return swapped(ranking)
    if first == ENROL and any(r["name"] == INFO for r in ranking[:START_REACH]) and asks_when_covered(lemmas):
        return ahead(INFO, ranking)
    if first in (ENROL, COST) and any(r["name"] == INFO for r in ranking[:START_REACH]) and asks_how_long_covered(lemmas):
        return ahead(INFO, ranking)
    if first == COST and second == INFO and asks_what_is_reimbursed(lemmas):
        return swapped(ranking)
    if first == REGISTER_HOW and second == ENROL and asks_how_to_pay(lemmas):
        return swapped(ranking)
    if first == INFO and second == COST and asks_an_amount(lemmas) and not says_any(lemmas, COVER_WORDS):
        return swapped(ranking)
    if first == COST and any(r["name"] == INFO for r in ranking[:JOINING_REACH]) and (
        amo_pays(lemmas) or asks_what_is_covered(lemmas) and not asks_amount(lemmas)
    ):
        return ahead(INFO, ranking)
    if first == COST and any(r["name"] == ENROL for r in ranking[:JOINING_REACH]) and asks_how_to_pay_amo(lemmas):
        return ahead(ENROL, ranking)
    # Behind the coverage, only declaring: paying told beside what AMO pays for ("كنخلص كل ثلاث شهور فالبريد") asks
    # nothing of how to pay.
    if (
        first == INFO
        and any(r["name"] == ENROL for r in ranking[:JOINING_REACH])
        and declares_a_dependant(lemmas)
        and not asks_amount(lemmas)
    ):
        return ahead(ENROL, ranking)
    # A dependant declared or added to the AMO named ("بغات تزيد راجلها وولادها فالتغطية الصحية. شنو هي الخطوات؟",
    # "كيفاش نزيدها فالتأمين ديالي؟"): the enrolment, behind a registering topic, the card or out_of_scope, which a
    # relative's or a student's story pulls to.
    if (
        first in REGISTER_TOPICS | DEPENDANT_PULLED_FROM
        and any(r["name"] == ENROL for r in ranking[:JOINING_REACH])
        and declares_a_dependant(lemmas)
        and (says_any(lemmas, AMO_NAMES) or names_beneficiaries(lemmas))
        and not asks_amount(lemmas)
    ):
        return ahead(ENROL, ranking)
    # Behind another AMO topic, only a verb of enrolling: "كيفاش نسجلها فالامو" registers someone in the AMO, "واش تدخل
    # معايا فالتغطية؟" (joining the writer's cover) asks who is covered.
    verbs = ENROL_VERBS if first in OTHER_AMO else JOINING_VERBS
    if (
        (first in REGISTER_TOPICS or first in OTHER_AMO)
        and any(r["name"] == ENROL for r in ranking[:JOINING_REACH])
        and joins_amo(lemmas, verbs)
    ):
        return ahead(ENROL, ranking)
    # The AMO's own name after a verb of enrolling names what one joins, however far down the enrolment stands
    # ("حنا 9 نسا فتعاونية … بغينا نسجلو فالامو كاملين": the cooperative weighs towards eligibility; "Je voudrais
    # inscrire ma mère à l'AMO", towards the request for help).
    if (first in REGISTER_TOPICS or first == ASK_HELP) and joins_amo(lemmas, ENROL_VERBS, AMO_OWN_NAMES):
        return ahead(ENROL, ranking)
    # Joining the AMO with the steps asked ("pour rejoindre l'AMO, c'est quoi la démarche ?"), behind the cost that a
    # regime told pulls to: how to join, not who joins one's cover ("واش تدخل معايا فالتغطية؟" asks no steps).
    if (
        first in OTHER_AMO
        and any(r["name"] == ENROL for r in ranking[:JOINING_REACH])
        and joins_amo(lemmas)
        and says_any(lemmas, register_question.HOW_WORDS)
    ):
        return ahead(ENROL, ranking)
    # Who the AMO covers, asked with a word of right or of cover ("بنتي فيها عشر سنين، واش عندها الحق فكلشي فلامو؟",
    # "sera-t-elle couverte comme ayant droit ?"), which pulls to who may register: a right only to the AMO named ("مرتي
    # كتطرز… واش عندها الحق؟" asks whether she may register); no register named.
    if (
        first == ELIGIBILITY
        and any(r["name"] == INFO for r in ranking[:JOINING_REACH])
        and (
            says_any(lemmas, AMO_OWN_NAMES) and says_any(lemmas, RIGHT_WORDS)
            or asks_what_is_covered(lemmas)
            or names_beneficiaries(lemmas)
        )
        and not any(register_question.registering(w) for w in lemmas)
        and not says_any(lemmas, REGISTER_NOUNS)
    ):
        return ahead(INFO, ranking)
    # What the AMO named reimburses, asked behind "I want to know" ("بغيت نعرف شنو كتعوض بالضبط؟"), which weighs towards
    # the request for help.
    if (
        first == ASK_HELP
        and any(r["name"] == INFO for r in ranking[:JOINING_REACH])
        and says_any(lemmas, AMO_OWN_NAMES)
        and asks_what_is_reimbursed(lemmas)
    ):
        return ahead(INFO, ranking)
    return ranking
