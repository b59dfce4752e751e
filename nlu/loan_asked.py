"""A loan asked for with other words around it: financing, whatever those words weigh towards.

"je veux créer une boutique en ligne pour mes tapis, y a-t-il un prêt ?" speaks of selling as marketing's examples do;
"أنا فالضريبة الموحدة، واش عندي الحق فشي تمويل؟" asks "having the right" as eligibility's examples do; "je suis au
résultat net réel avec une fiduciaire, est ce que je peux avoir un prêt bancaire ?", "لا أنا مقاول ذاتي ولا أمسك محاسبة،
ولا أدفع أي ضريبة. هل يحق لي الحصول على قرض؟" tell a tax regime first, as AMO's and the papers' examples do. Those words
outweigh the one word that names the money. A message that names money lent or granted, with financing among the
classifier's first three, asks for the money: financing goes first. "da3m", "دعم" (support) and "forsa" (also "a
chance") name no money on their own and are left to the classifier.

Left alone: a verb of registering ("واش عندي الحق نتسجل باش ناخد قرض؟" asks about the register); out_of_scope, whose
loans for a car, a flat or a bank account name the same money ("أريد قرضا لشراء سيارة", "كيفاش نحل حساب فالبنك"), unless
the money is a small business's own scheme (micro-credit, Intelaka, the honour loan) or is for a company, a workshop or
its machines ("notre SARL … souhaite acquérir une nouvelle machine… Quel prêt bancaire ?"); a yes
or a no ("oui allez-y, je suis prêt"); the pension, whose grant is paid at the end ("باش ياخد شي منحة فالأخير"); and
AMO's cost when an amount is asked ("حليناها بالكريدي… شحال كيخلص كل واحد فينا فلامو؟" tells of a loan).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from hirfa.text import normalise, says_any
from nlu import amo_question
from nlu.craft_question import REGISTER_VERBS
from nlu.register_wish import ahead, promoted

# Money lent or granted, or who lends it (normalised lemmas; Arabic words also with a glued article or preposition).
MONEY_WORDS = frozenset(
    normalise(w)
    for w in (
        "credit", "crédit", "credits", "microcredit", "microcrédit", "pret", "prêt", "prets", "prêts", "financement",
        "financer", "finance", "financé", "subvention", "banque", "intelaka", "kredi", "kridi", "lkredi", "credi",
        # Lent by a bank, or lent ("un prêt bancaire", "y a des aides bancaires ?", "me prêter de l'argent").
        "bancaire", "bancaires", "prêter", "preter", "emprunt", "emprunter",
        "tamwil", "tamouil", "ttamwil", "9ard", "qard", "l9ard", "banka", "lbanka", "bank", "lbank",
        "تمويل", "تمويلا", "قرض", "قرضا", "كريدي", "بنك", "البنك", "الابناك", "سلف", "سلفة", "انطلاقة", "منحة",
    )
)
FINANCING = "financing"
OUT_OF_SCOPE = "out_of_scope"
# Money only a small business is lent or granted: micro-credit, Intelaka, the honour loan (normalised).
SCHEMES = frozenset(
    normalise(w)
    for w in (
        "microcredit", "microcrédit", "microcredits", "microcrédits", "ميكروكريدي", "الميكروكريدي", "المكروكريدي",
        "مكروكريدي", "mikrokredi", "intelaka", "انطلاقة", "tamwilcom", "تمويلكم",
    )
)
HONOUR = (normalise("prêt"), normalise("honneur"))
# Banks, which also keep accounts and cash machines (normalised; Arabic also with a glued article or preposition).
BANKS = frozenset(
    normalise(w)
    for w in (
        "banque", "banques", "bank", "bnk", "banka", "lbanka", "lbank", "bancaire", "bancaires", "البنك", "البنوك", "بنك",
        "بنوك", "لبنك", "الابناك",
    )
)
# Money lent or granted, no bank named alone.
LENT = MONEY_WORDS - BANKS
# The business the money is for: a company, a workshop, its machines and production (normalised).
BUSINESS = frozenset(
    normalise(w)
    for w in (
        "sarl", "société", "societe", "entreprise", "atelier", "production", "machine", "machines", "charika", "لشركة",
        "شركة", "شركتي", "شركتنا", "ورشة", "ورشتي", "الورشة", "ماكينة", "ماكينات", "makina", "lmakina", "machina",
        "lmachina", "l'atelier", "latelier", "لاطولي",
    )
)


def says_schemes(lemmas: Sequence[str]) -> bool:
    """Whether a scheme of small-business money is named ("microcrédit", "Intelaka", "prêt d'honneur")."""
    honour = any(a == HONOUR[0] and HONOUR[1] in lemmas[i + 1 : i + 3] for i, a in enumerate(lemmas))
    return honour or says_any(lemmas, SCHEMES)
# The topics that the words around a loan pull towards.
PULLED_TOWARDS = frozenset(
    {
        "amo_cost", "amo_enroll", "amo_info", "rna_documents", "rna_eligibility", "rna_apply", "rna_register_how",
        "rna_status", "find_office", "bot_challenge", "ask_help", "marketing", "training",
    }
)
# How far down the ranking financing may stand.
WITHIN = 3


# "prêt" after a form of être is ready, not a loan ("lancez mon affiliation, je suis prêt").
READY = frozenset(normalise(w) for w in ("prêt", "prête", "prêts", "prêtes"))
BEING = frozenset(normalise(w) for w in ("suis", "es", "est", "sommes", "êtes", "sont", "serai", "sera"))


def asks_for_money(lemmas: Sequence[str]) -> bool:
    """Whether the message names money lent or granted."""
    return any(
        says_any([lemma], MONEY_WORDS) and not (lemma in READY and i > 0 and lemmas[i - 1] in BEING)
        for i, lemma in enumerate(lemmas)
    )


def rerank(lemmas: Sequence[str], ranking: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The ranking with financing first when it stood among the first three, behind a topic the words around a loan
    pull towards, in a message that names money lent or granted, no verb of registering and, behind AMO's cost, no
    amount asked."""
    names = [r["name"] for r in ranking[:WITHIN]]
    if names and names[0] == OUT_OF_SCOPE and says_schemes(lemmas) and FINANCING in (r["name"] for r in ranking):
        # "un prêt d'honneur à 0 %, c'est encore ouvert ?", "شنو هو الميكروكريدي؟": no car or flat is bought with these.
        return ahead(FINANCING, ranking)
    if names and names[0] == OUT_OF_SCOPE and FINANCING in names and says_any(lemmas, LENT) and says_any(lemmas, BUSINESS):
        # "notre SARL … souhaite acquérir une nouvelle machine… Quel prêt bancaire ?": money lent for the business. Not
        # a bank named alone: "carte guichet dyali t7bsat f la machine dyal barid bank" is a cash machine.
        return promoted(ranking, names.index(FINANCING))
    if not names or names[0] not in PULLED_TOWARDS or FINANCING not in names:
        return ranking
    if not asks_for_money(lemmas) or says_any(lemmas, REGISTER_VERBS):
        return ranking
    if names[0] == amo_question.COST and amo_question.asks_amount(lemmas):
        return ranking
    return promoted(ranking, names.index(FINANCING))
