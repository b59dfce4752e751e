"""The words of a greeting: its openers, the rest of its formula, asking after health, whom it greets. A greeting
opening a self-description asks nothing (nlu.entity_answer: "salam, ana njjar f fes hadi 10 snin")."""

from __future__ import annotations

from hirfa.text import normalise

# The words a greeting opens with.
_OPENERS = frozenset(
    normalise(w)
    for w in (
        "salam", "slm", "slam", "salamo", "salamou", "assalam", "assalamo", "assalamu", "essalam", "salut", "slt",
        "bonjour", "bjr", "bonsoir", "bsr", "cc", "coucou", "hello", "hi", "hey", "ahlan", "ahla", "marhaba", "mar7ba",
        "sba7", "sbah", "msa", "السلام", "سلام", "مرحبا", "أهلا", "اهلا", "صباح", "مساء",
    )
)
# What may follow within it: the rest of the formula, asking after health, whom it greets.
_REST = frozenset(
    normalise(w)
    for w in (
        "alaykom", "alaykoum", "alikom", "alikoum", "alaikoum", "alaykum", "aleykoum", "3alaykom", "3alaykoum",
        "3likom", "3likoum", "3lykom", "3lik", "wa", "w", "rahmat", "ra7mat", "rahmatou", "allah", "lah", "llah",
        "wabarakatoh", "wabarakatuh", "wbarakatoh", "barakatouh", "lkhir", "el", "khir", "nour", "labas", "lbas",
        "bikhir", "bkhir", "cv", "ca", "va", "kidayr", "kidayra", "kidayrin", "hamdoullah", "hamdullah", "l7amdoulah",
        "tout", "le", "monde", "cher", "chere", "chers", "madame", "monsieur", "mr", "mme", "mademoiselle", "messieurs",
        "dames", "mes", "freres", "soeurs", "khay", "kho", "عليكم", "ورحمه", "الله", "وبركاته", "وبركاتو", "الخير",
        "النور", "لاباس", "بخير", "كيداير", "كيدايره", "الحمد", "لله", "و", "اخي", "اختي", "الاخ", "الاخت", "عزيزي",
        "عزيزتي", "اخواني", "الكرام", "جميعا", "طيبه", "وبعد",
    )
)
# Asking after someone's health, in words that alone ask other things ("كيف" is also "how", "comment" too).
_HEALTH = tuple(
    tuple(normalise(w) for w in phrase.split())
    for phrase in (
        "كيف حالك", "كيف حالكم", "كيف الحال", "كيف داير", "كي داير", "كيف دايرين", "comment allez vous",
        "comment vas tu", "comment ca va", "kif dayr", "ki dayr", "kif dayrin", "kif 7alek", "kif halek",
    )
)
# Every word a greeting may hold, for readers that let a message open with one.
GREETING_WORDS = _OPENERS | _REST | frozenset(w for phrase in _HEALTH for w in phrase)

