"""A greeting followed only by who is writing ("bonsoir tout le monde je suis nouvelle ici", "bonjour c'est la
cooperative des femmes de Tighza", "salam, ana khadija"): a greeting, not a topic.

The words people use to introduce themselves are the words of the topics they will ask about next ("nouvelle" and
"inscription", "cooperative" and the register, "retraite" and the pension), so the classifier reads the
introduction as the question it has not asked yet, often with confidence. Nothing in such a message asks: no
question mark, no question word, no wish or request verb. Then the greeting is what the writer said, and the
topic waits for the next message. A trade with years or a kind of registrant is read later as a self-description
(nlu/entity_answer.py: rna_eligibility), and years, negations and diplomas are left to that reading here.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from hirfa.text import arabic_stems, normalise
from nlu.register_wish import promoted

GREET = "greet"
# How an introduction opens, in normalised lemmas: "je suis", "c'est", "ici", "moi c'est", "nous sommes", "on est",
# "ana", "7na", "أنا", "نحن", "معك" (with you is …). Searched among the first words after the greeting, which may
# still address the reader ("bonsoir tout le monde je suis …").
_OPENERS = tuple(
    tuple(normalise(w) for w in opener.split())
    for opener in (
        "je suis", "j suis", "jsuis", "chui", "c est", "ici", "nous sommes", "on est", "ana", "ena", "7na", "hna",
        "أنا", "انا", "نحن", "حنا", "معك", "معاك", "معكم",
    )
)
_OPENER_REACH = 6
# Words that ask or request something, in every variety: question words, wanting, being able, needing, asking.
# One of them anywhere after the greeting means the message is a request, and the classifier's reading stands.
_ASKING = frozenset(
    normalise(w)
    for w in (
        # French
        "comment", "combien", "ou", "où", "quand", "quel", "quelle", "quels", "quelles", "pourquoi", "qui", "quoi",
        "que", "qu", "veux", "voudrais", "voudrions", "voulons", "veut", "souhaite", "souhaiterais", "aimerais",
        "peux", "peut", "pouvez", "pourrais", "pourriez", "besoin", "cherche", "demande", "aidez", "aider", "aide",
        "inscrire", "inscription", "inscrivez", "svp", "stp", "info", "infos", "information", "informations",
        "renseignement", "renseignements", "question", "possible", "faut", "dois", "merci",
        # Darija in Latin letters
        "bghit", "bgheet", "bghina", "bgha", "bghat", "kifach", "kifash", "kif", "ch7al", "chhal", "fin", "wach",
        "imta", "3lach", "n9der", "nqder", "n9dro", "khassni", "khasni", "momkin", "3afak", "3afakom", "chno",
        # Darija and Arabic in Arabic letters
        "بغيت", "بغينا", "كيفاش", "كيف", "شحال", "فين", "واش", "امتى", "علاش", "نقدر", "خاصني", "عافاك", "ممكن",
        "شنو", "هل", "ماذا", "اريد", "نريد", "اود", "ارغب", "يمكن", "يمكنني", "كم", "اين", "متى", "لماذا", "احتاج",
    )
)
# Stems of registering in every script ("سجلوني", "نتسجل", "sjlni", "tsajal", "inscrivez", "enregistrer"): in this
# domain a word of registering is always a request, whatever its person or mood.
_REGISTER_STEMS = ("سجل", "sjl", "sajl", "sejl", "tsjl", "tsajl", "tsajal", "tsejl", "inscri", "enregistr")
# Left to the self-description and situation readers: years, negations, diplomas ("bonjour, je suis potière depuis
# 2012", "salam, ana ma 3ndich diplome").
_SITUATION_WORDS = frozenset(
    normalise(w)
    for w in (
        "ans", "an", "annees", "années", "depuis", "snin", "sna", "3am", "سنين", "سنوات", "سنة", "عام", "منذ",
        "pas", "sans", "aucun", "aucune", "jamais", "ni", "bla", "ma3ndich", "ma3ndi", "mandich",
        "ماعنديش", "ما", "لا", "بدون", "بلا",
        "diplome", "diplôme", "diplom", "شهادة", "دبلوم", "الديبلوم", "ديبلوم",
    )
)


def introduces_only(tail: Sequence[str], text: str) -> bool:
    """Whether the words after a greeting only say who is writing: an introduction opener near their start, and
    no question mark, no word that asks, no number and no situation word anywhere."""
    if not tail or any(mark in text for mark in "?؟"):
        return False
    if any(_asks_or_states(lemma) for lemma in tail):
        return False
    head = list(tail[:_OPENER_REACH])
    return any(
        tuple(head[i : i + len(opener)]) == opener for opener in _OPENERS for i in range(len(head) - len(opener) + 1)
    )


# The words of _ASKING that surely ask or want: not French "qui", "que", "où" (also relatives: "c'est moi qui écris
# pour elle"), nor the politeness or topic words.
_SURELY_ASKING = frozenset(
    normalise(w)
    for w in (
        "comment", "combien", "pourquoi", "quel", "quelle", "quels", "quelles", "veux", "voudrais", "souhaite",
        "besoin", "bghit", "bghina", "kifach", "kifash", "ch7al", "chhal", "wach", "imta", "3lach", "chno", "بغيت",
        "بغينا", "كيفاش", "كيف", "شحال", "واش", "فين", "امتى", "علاش", "شنو", "هل", "ماذا", "اريد", "نريد", "اود",
        "ارغب", "كم", "اين", "متى", "لماذا",
    )
)


def asks(tail: Sequence[str], text: str) -> bool:
    """Whether the words after a greeting ask or want something: a question mark, or a word that surely asks or
    wants."""
    return any(mark in text for mark in "?؟") or any(
        stem in _SURELY_ASKING for lemma in tail for stem in arabic_stems(lemma)
    )


def _asks_or_states(lemma: str) -> bool:
    """Whether a word asks, requests registering, or states a situation (a number, years, a negation, a diploma),
    with a glued Arabic conjunction or preposition or not ("فماذا أرفق", "بشهادة")."""
    return (
        any(stem in _ASKING or stem in _SITUATION_WORDS for stem in arabic_stems(lemma))
        or any(c.isdigit() for c in lemma)
        or any(stem in lemma for stem in _REGISTER_STEMS)
    )


def rerank(greeting: int, lemmas: Sequence[str], text: str, ranking: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The ranking with `greet` first when the message opens with a greeting of ``greeting`` words and the rest
    only introduces the writer."""
    names = [r["name"] for r in ranking]
    if not greeting or GREET not in names or names[0] == GREET or not introduces_only(lemmas[greeting:], text):
        return ranking
    return promoted(ranking, names.index(GREET))
