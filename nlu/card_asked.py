"""May I get the card, what does it give? "واش نقدر ناخد لاكارط", "راجلي عندو البطاقة… واش نقدر ناخدها حتى أنا؟":
"can I" weighs towards who may register (rna_eligibility), and the writer's years, diploma or maâlem title said first
weigh the same way. Getting the professional card, or what it gives, is the card's own question (artisan_card): a verb
of getting or giving (or its price) with the card named, and the register not (or told as done), puts artisan_card
first when it stands among the first three behind rna_eligibility or training.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from hirfa.text import normalise, says_any
from nlu.amo_question import AMOUNT_WORDS
from nlu.register_question import registering
from nlu.register_wish import REGISTER_NOUNS, ahead, raised
from nlu.situation_extractor import TOPIC_CONFIDENCE

CARD = "artisan_card"
ELIGIBILITY = "rna_eligibility"
# The card, in every script (normalised; found with a glued article too: "لاكارط", "البطاقة").
CARD_WORDS = frozenset(
    normalise(w)
    for w in (
        "لاكارط", "الكارط", "كارط", "الكارطة", "البطاقة", "بطاقة", "carte", "lakart", "lkart", "lkarta", "karta",
        "lbita9a", "bita9a", "lbitaqa", "lcarte", "lcartes", "cartes", "الكارطات", "كارطات", "lkarti",
        # Someone's own ("صديقي تسلم بطاقته…، فهل سأحصل عليها أنا أيضا؟").
        "بطاقته", "بطاقتها", "بطاقتي", "بطاقتنا", "بطاقتو",
        # Cards, one for each member ("التعاونية ديالنا بغات البطائق للعضوات").
        "البطائق", "بطائق", "البطاقات", "بطاقات", "lbita9at", "lbitaqat",
    )
)
# The card's QR code, named beside it ("lbita9a b QR", "البطاقة الرقمية ذات رمز QR"): the artisan's new card, whatever
# else the message asks of it.
QR_WORDS = frozenset(normalise(w) for w in ("qr", "كيو", "الكيو", "kyu", "kiou"))
QR_REACH = 3
# Wanting it, the card right after ("بغات البطائق للعضوات", "bghit lcarte"): getting it.
WANT_VERBS = frozenset(
    normalise(w) for w in ("بغيت", "بغات", "بغا", "بغينا", "bghit", "bghat", "bgha", "bghina", "نريد", "أريد", "اريد")
)
WANT_REACH = 2
# Each one taking hers, in the present ("كل وحدة فينا كتاخد البطاقة ديالها", "واش كل عضوة كتاخد لاكارط ديالها"), the
# group taking one, the writer too ("واش انا كمسيرة كناخد لاكارط حتى انا").
TAKEN_NOW = frozenset(
    normalise(w)
    for w in (
        "كتاخد", "كياخد", "كياخدو", "كناخد", "كناخدها", "katakhod", "kayakhod", "kayakhdo", "kanakhod", "kanakhd",
        "kanakhodha",
    )
)
# Getting it: take, get, have, obtain (first person and infinitive); "ناخدها" is "take it".
GET_VERBS = TAKEN_NOW | frozenset(
    normalise(w)
    for w in (
        "ناخد", "ناخدها", "نجيب", "نجيبها", "نحصل", "أحصل", "احصل", "سأحصل", "ساحصل", "نخرج", "نخرجها", "nakhod", "nakhdha",
        "nakhd", "njib", "njibha", "avoir", "obtenir", "l'avoir", "lavoir", "l'obtenir", "lobtenir", "nakhodha",
        "nakhedha", "takhod", "takhd", "yakhod", "تاخد", "ياخد", "ناخذ", "ناخذها",
        # Another's getting it, asked for them ("كنكتب على الوالد… كيفاش يجيبها؟").
        "يجيب", "يجيبها", "تجيب", "تجيبها", "يجيبوها", "yjib", "yjibha", "tjib", "tjibha",
        # The group taking one.
        "ياخدو", "تاخدها", "ناخدوها",
        # A right to it ("chaque membre a droit à la carte pro ?", "واش عندي الحق فالبطاقة؟").
        "droit", "الحق", "l7a9", "l7e9", "l7aq",
        # Given to one, or collected ("واش يعطيوني الكارط", "il n'a pas reçu sa carte… la retirer", "لم يتسلم بطاقته").
        "يعطيوني", "كيعطيوني", "غيعطيوني", "y3tiwni", "ky3tiwni", "kay3tiwni", "retirer", "يتسلم", "يتسلمها", "أتسلم",
        "اتسلم", "نتسلم",
        # Looking for it ("fin nqelleb 3la lbita9a b QR?").
        "nqelleb", "n9elleb", "n9alleb", "نقلب", "kanqelleb",
        # The East's "take" ("واش حتى حنا نديو لاكارط").
        "نديو", "ندي", "نديها", "نديوها", "تدي", "يدي", "ndiw", "ndiha", "ndiwha",
    )
)
# What the card gives or when it comes: "شنو كتعطيني الكارط", "فوقاش توصلني الكارط", "à quoi sert la carte".
GIVES_VERBS = frozenset(
    normalise(w)
    for w in (
        "كتعطيني", "تعطيني", "كتعطي", "توصلني", "كتوصلني", "توصل", "تنفعني", "كتنفعني", "kat3tini", "t3tini",
        "twselni", "katwselni", "tnf3ni", "katnf3ni", "sert", "apporte", "recevoir", "reçoit", "recoit", "kat3tik",
        "t3tik", "كتعطيك", "تعطيك", "donne", "avantage", "avantages", "fayda", "lfayda", "فايدة", "الفايدة", "فائدة",
        "الفائدة",
        # Its coming, come or not, and waited for ("واش كتوصل بالبريد", "ما جاتنيش", "عييت كنسنى لاكارط").
        "كتوصل", "وصلاتني", "وصلاتنيش", "جاتني", "جاتنيش", "جاتش", "كيعطيو", "كيعطيوها", "katwsel", "wslatni",
        "jatni", "كنسنى", "كنتسنى", "نتسنى", "كنستنى", "attends", "attend", "j'attends", "jattends",
        # What it helps with ("واش لاكارط كتعاون باش نمشي للمعارض").
        "كتعاون", "كتعاونني", "تعاونني", "kat3awn", "kat3awnni",
        # Its coming to the writer ("فوقاش تجيني البطاقة ديالي"); what it lets one do ("wach lcarte katkhlini nmchi").
        "تجيني", "كتجيني", "غتجيني", "tjini", "ktjini", "katjini", "katkhlini", "tkhlini", "كتخليني", "تخليني",
        # Coming out, issued ("بطاقة الكيو ار كود هل تخرج من البريد؟").
        "تخرج", "كتخرج", "تصدر", "katkhrej", "tkhrej",
        # One card against another ("واش البطاقة ديال المعلم مختالفة على ديال الصانع").
        "مختالفة", "مختلفة", "كتختالف", "تختلف", "mkhtalfa", "katkhtalef", "différente", "differente",
    )
)
# Its price asked ("lcarte d sani3 t9lidi wach b flous?", "شحال كتسوا البطاقة؟"): an amount, or money.
PRICE_WORDS = AMOUNT_WORDS | frozenset(normalise(w) for w in ("flous", "bflous", "lflous", "فلوس", "الفلوس", "كتسوا", "katswa"))
# The national identity card or the auto-entrepreneur's, named right after the card word: a paper, not the card.
OTHER_CARDS = frozenset(
    normalise(w)
    for w in (
        "ناسيونال", "الوطنية", "الوطنيه", "nationale", "national", "nasyonal", "nationnale", "d'identité", "didentite",
        "identité", "identite", "cin", "auto", "ae", "d'auto", "dauto", "d'auto-entrepreneur",
    )
)
_OF = frozenset({"d", "de", "du"})
# Registered already ("تسجلت فالسجل", "je suis inscrit"): the register is told as done, and the card is what comes next.
REGISTERED = frozenset(
    normalise(w)
    for w in (
        "تسجلت", "سجلت", "تقيدت", "مسجل", "مسجلة", "متسجل", "متسجلة", "tsjlt", "tsajjelt", "tsejjelt", "msajjel",
        "msjel", "msajla", "inscrit", "inscrite", "enregistré", "enregistrée",
        # Entered in it ("دخلت للسجل، ولكن البطاقة ما وصلاتنيش"), or registered with a glued "and".
        "دخلت", "دخلنا", "dkhelt", "dkhlt", "وتسجلت", "wtsjlt", "tsjelt", "tsajelt", "tsejelt",
        # The group registered ("التعاونية ديالنا تسجلات… واش كل عضوة كتاخد لاكارط؟").
        "تسجلات", "تسجلنا", "تسجلو", "tsjlat", "tsejjlat", "tsjlna", "tsjlo", "inscrits", "inscrites",
    )
)
# The topics the card question is pulled to: who may register (the years or title said), training (a missing diploma
# said: "كيفاش ناخد لاكارط؟ … بلا ديبلوم"). Not financing: "3andi carte AE, n9der nakhod credit?" holds the
# auto-entrepreneur's card and gets a loan.
PULLED_FROM = frozenset({ELIGIBILITY, "training", "rna_documents", "rna_status", "marketing"})
# Behind the papers or the file's state, only the card's coming or being waited for is the card's question, or its
# being taken now (TAKEN_NOW): brought ("نجيب") or to get ("باش ناخد"), it is a paper ("واش نصور لاكارط ولا نجيب
# الاصل": the identity card).
COMING_ONLY = frozenset({"rna_documents", "rna_status"})
# How far down the ranking artisan_card may stand.
REACH = 3
# Out of scope led unsure ("… بغا البطاقة الجديدة لي فيها الكود. كيفاش يجيبها؟" at 0.24): the card asked is no
# stranger's question. Below this, out of scope gives way as the topics above do.
UNSURE = 0.3


def rerank(lemmas: Sequence[str], ranking: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The ranking with artisan_card first, understood (at the situation reader's topic confidence), when getting the
    card is asked behind a topic it is pulled to, or in its own unsure lead; from anywhere in the ranking when the
    card is wanted or its QR code named."""
    # Every reading below needs the card named: without it, nothing more is read on this message's path.
    if not ranking or not says_any(lemmas, CARD_WORDS):
        return ranking
    # The card wanted, or its QR code named, asks of it wherever the classifier ranked it.
    qr = _qr_card(lemmas)
    named_outright = qr or _wants_the_card(lemmas)
    if not named_outright and all(r["name"] != CARD for r in ranking[:REACH]):
        return ranking
    first = ranking[0]
    pulled = first["name"] in PULLED_FROM or first["name"] == "out_of_scope" and first["confidence"] < UNSURE
    # Its QR code named, the card is what is asked whatever topic led ("ma kankhlles walo…, lbitaqa b QR wach fiha
    # chi fayda liya?" led by amo_cost).
    if not (pulled or qr or first["name"] == CARD and first["confidence"] < TOPIC_CONFIDENCE):
        return ranking
    getting = says_any(lemmas, TAKEN_NOW if first["name"] in COMING_ONLY else GET_VERBS)
    asks_card = (getting or says_any(lemmas, GIVES_VERBS | PRICE_WORDS)) and _names_the_card(lemmas) or named_outright
    # The register named, or a verb of registering: registering is asked ("can I register to get the card?"), unless
    # the writer is registered already.
    registers = not says_any(lemmas, REGISTERED) and (
        says_any(lemmas, REGISTER_NOUNS) or any(registering(lemma) for lemma in lemmas)
    )
    return raised(ahead(CARD, ranking), TOPIC_CONFIDENCE) if asks_card and not registers else ranking


def _names_the_card(lemmas: Sequence[str]) -> bool:
    """Whether the artisan's card is named: a card word with no other card's name right after it ("of" between:
    "ma carte d'auto-entrepreneur")."""
    return any(says_any([lemma], CARD_WORDS) and not _another_card_after(lemmas, i) for i, lemma in enumerate(lemmas))


def _another_card_after(lemmas: Sequence[str], i: int) -> bool:
    named = [w for w in lemmas[i + 1 : i + 3] if w not in _OF][:1]
    return bool(OTHER_CARDS.intersection(named))


def _qr_card(lemmas: Sequence[str]) -> bool:
    """Whether a card word has the QR code a few words after it."""
    return any(
        says_any([lemma], CARD_WORDS) and says_any(lemmas[i + 1 : i + 1 + QR_REACH], QR_WORDS) for i, lemma in enumerate(lemmas)
    )


def _wants_the_card(lemmas: Sequence[str]) -> bool:
    """Whether a verb of wanting has a card word right after it."""
    return any(
        says_any([lemma], WANT_VERBS) and says_any(lemmas[i + 1 : i + 1 + WANT_REACH], CARD_WORDS)
        for i, lemma in enumerate(lemmas)
    )
