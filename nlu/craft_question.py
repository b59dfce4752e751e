"""Whether one's work is a craft, asked by someone whose work may not be one: the list of trades, not eligibility.

"خدام كونطابل فشركة، واش هادي حرفة ديال السجل؟", "ana electricien, wach hadi 7erfa?": the register named in the
question pulls towards eligibility, with the list of trades second. Eligibility's examples ask whether *one* may
register ("واش نقدر نتسجل", "n9der ntsjel"); these ask whether the *work* is a craft, and name no verb of
registering. When eligibility and the list of trades are the first two, a message that asks whether "this" is a
craft, or is counted as one ("واش هادي حرفة", "wach m7soba 7erfa", "un métier reconnu"), without such a verb, is the
list of trades; one's years "in the craft" ("3ndi 3 snin f l7irfa") are left to the classifier.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from hirfa.text import normalise, says_any
from nlu.register_wish import promoted

ELIGIBILITY, CRAFT_LOOKUP = "rna_eligibility", "craft_lookup"
# The register's other questions, which the word "register" also pulls towards.
REGISTER_QUESTIONS = frozenset({"rna_documents", "rna_apply", "rna_register_how"})
# A craft, the noun, singular (normalised): what the work may be. Not the plural "الحرف", "l7iraf" (the list), nor
# a craft named alone: "عندي 3 سنين فالحرفة", "ana m3allem f l7irfa" state one's years in the craft (eligibility).
CRAFT_NOUNS = frozenset(
    normalise(w)
    for w in (
        "حرفة", "حرفه", "صنعة", "7erfa", "7irfa", "7rfa", "sen3a", "san3a", "sna3a", "metier", "métier", "artisanat",
    )
)
# "This": the work put in question as a craft ("واش هادي حرفة", "wach hadi 7erfa"). Not French "ce": "je fais ce
# métier depuis 2015" states one's years.
THIS = frozenset(normalise(w) for w in ("هادي", "هادا", "هاد", "هذه", "hadi", "hada", "had"))
# "Is it" ("هل هي حرفة", "wach hiya 7irfa"): a yes/no opener or "it" before the noun, which closes the message at most
# CLOSING words from its end (an adjective after it: "حرفة تقليدية").
YES_NO = frozenset(normalise(w) for w in ("هل", "واش", "wach", "wash", "wech", "هي", "هو", "hiya", "howa"))
CLOSING = 2
# "Counted as", "recognised": the work counted among the crafts.
COUNTED = frozenset(
    normalise(w)
    for w in (
        "محسوبة", "محسوب", "معترف", "كتحسب", "تحسب", "كتعتبر", "تعتبر", "m7soba", "m7soub", "m7sob", "m3trf", "m3taraf",
        "kat7seb", "kat7sab", "considere", "considéré", "consideree", "considérée", "reconnu", "reconnue",
    )
)
# How far "this" may stand before the noun ("هادي حرفة", "c'est un métier").
NEAR = 2
# Registering or being accepted (normalised lemmas): the message asks about the person, not the work.
REGISTER_VERBS = frozenset(
    normalise(w)
    for w in (
        "نتسجل", "نسجل", "نتسجلو", "تسجل", "يتسجل", "نتقبل", "يقبلوني", "ntsjel", "ntsajal", "ntsejjel", "nsjel",
        "nsajal", "tsjel", "nt9bel", "y9blouni", "inscrire", "minscrire",
        # Another's registering ("واش تقدر تتسجل؟").
        "تتسجل", "تتسجلي", "يتسجلو", "ttsjel", "tetsjel", "ytsjel",
    )
)
# Being able to ("واش نقدر", "n9der", "je peux"): also asks about the person.
ABLE_VERBS = frozenset(
    normalise(w)
    for w in (
        "نقدر", "تقدر", "يقدر", "يقدرو", "نقدرو", "نستافد", "n9der", "n9dar", "t9der", "y9der", "y9dro", "n9dro",
        "nstafed", "peux", "puis",
    )
)


def asks_whether_work_is_a_craft(lemmas: Sequence[str]) -> bool:
    """Whether the message asks whether "this" work is, or is counted as, a craft, with no verb of registering."""
    if says_any(lemmas, REGISTER_VERBS | ABLE_VERBS):
        return False
    nouns = [i for i, lemma in enumerate(lemmas) if lemma in CRAFT_NOUNS]
    this_before = any(lemma in THIS for i in nouns for lemma in lemmas[max(0, i - NEAR) : i])
    return bool(nouns) and (this_before or says_any(lemmas, COUNTED) or _closing_yes_no(lemmas, nouns))


# "c'est de l'artisanat ou du bâtiment ?", "واش حرفة ولا تجارة؟": the craft weighed against another kind of work, an "or"
# at most NEAR words after or before the noun, and another word after the "or". Unaccented French "ou" is also "où"
# ("la chambre d'artisanat elle est ou ?", "elle est où là-bas ?"): only a partitive or indefinite article after it
# makes it "or".
OR_WORDS = frozenset(normalise(w) for w in ("ولا", "أو", "او", "wla", "wela", "ola"))
FRENCH_OR, FRENCH_ARTICLES = "ou", frozenset({"du", "de", "des", "d", "l", "un", "une"})


def _or_at(lemmas: Sequence[str], i: int) -> bool:
    following = lemmas[i + 1] if i + 1 < len(lemmas) else None
    if following is None:
        return False
    return lemmas[i] in OR_WORDS or lemmas[i] == FRENCH_OR and following in FRENCH_ARTICLES


def weighs_the_work(lemmas: Sequence[str]) -> bool:
    """Whether the message asks whether the work is a craft or another kind of work, with no verb of registering."""
    if says_any(lemmas, REGISTER_VERBS | ABLE_VERBS):
        return False
    return any(
        lemma in CRAFT_NOUNS and any(_or_at(lemmas, j) for j in range(max(0, i - NEAR - 1), min(len(lemmas), i + NEAR + 2)))
        for i, lemma in enumerate(lemmas)
    )


# The list of trades by its own names: the nomenclature, the register's activities (normalised; Arabic also with a
# glued preposition: "فالنومونكلاتور", "فالنشاطات").
LIST_NOUNS = frozenset(
    normalise(w)
    for w in (
        "nomenclature", "lnomenclature", "نومونكلاتور", "النومونكلاتور", "النشاطات", "الأنشطة", "الانشطة", "nachatat",
        "nchatat",
    )
)


def names_the_list(lemmas: Sequence[str]) -> bool:
    """Whether the message names the list of trades by one of its own names."""
    return says_any(lemmas, LIST_NOUNS)


def _closing_yes_no(lemmas: Sequence[str], nouns: Sequence[int]) -> bool:
    """Whether the message closes on "is it a craft?" ("هل الطبخ حرفة تقليدية؟", "هل هي حرفة؟", "wach lkhiyata
    7irfa?"): a yes/no opener a few words before the noun, the noun among the last words."""
    return any(
        i >= len(lemmas) - CLOSING and any(lemma in YES_NO for lemma in lemmas[max(0, i - NEAR) : i]) for i in nouns
    )


def rerank(lemmas: Sequence[str], ranking: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The ranking with the list of trades first when it came after eligibility, with at most another of the register's
    questions between (the named register also pulls towards its papers), and the work is in question; or among the
    first three when the list is named by its own name."""
    names = [r["name"] for r in ranking[:3]]
    # The list itself named ("شحال من حرفة كاينة فالنومونكلاتور؟", "واش عندو بلاصة فالنشاطات ديال السجل؟"): what is
    # on it is asked, behind whatever led, unless the writer asks to register or whether they may.
    if CRAFT_LOOKUP in names[1:] and names_the_list(lemmas) and not says_any(lemmas, REGISTER_VERBS | ABLE_VERBS):
        return promoted(ranking, names.index(CRAFT_LOOKUP))
    # The craft weighed against other work is the list's question behind whatever led ("le travail du marbre c'est de
    # l'artisanat ou du bâtiment ?" led by find_office).
    if names[1:2] == [CRAFT_LOOKUP] and weighs_the_work(lemmas):
        return promoted(ranking, 1)
    if names[:1] != [ELIGIBILITY] or CRAFT_LOOKUP not in names:
        return ranking
    at = names.index(CRAFT_LOOKUP)
    if set(names[1:at]) <= REGISTER_QUESTIONS and asks_whether_work_is_a_craft(lemmas):
        return promoted(ranking, at)
    return ranking
