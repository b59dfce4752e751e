"""A place to sell named is a question about selling.

"Est-ce que Jumia accepte les artisans ? J'ai une carte d'auto-entrepreneur…", "بغيت نشارك فشي فوار برا المغرب انا
كنخدم النحاس … وكنخلص للضرائب مبلغ ثابت كل عام", "La société peut-elle obtenir le label Madmoun ?": a platform, a
fair or a quality label is where or how artisans sell (marketing, shared/INTENTS.md). Whether one is accepted there
weighs towards rna_eligibility, whose examples ask whether one is accepted in the register, and a regime told
around the question towards amo_cost; marketing may stand anywhere below.

Not behind out_of_scope (a visa to attend a fair, a rug for one's salon are no artisan's selling), nor behind financing
("un prêt pour exposer au salon": the money asked), the card ("واش البطاقة كتنفع فالمعارض": what the card gives) or
training: those are asked about, the place to sell is only their purpose. Nor behind an AMO topic in a message that
names the AMO itself ("comment payer la cotisation amo en ligne ? … je vends des bijoux sur Etsy"): where the writer
sells is then their story. Nor behind eligibility or the request in a message that names the register ("vendus sur
Etsy. … Je suis éligible au registre ?"): joining it is asked.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from hirfa.text import normalise, says_any
from nlu.amo_named import names_amo
from nlu.fairs import FAIRS
from nlu.loan_asked import BANKS, MONEY_WORDS
from nlu.register_target import names_the_register
from nlu.register_wish import ahead

MARKETING = "marketing"
OUT_OF_SCOPE = "out_of_scope"
FINANCING = "financing"
# Banks and financial aid, besides the money lent (loan_asked.MONEY_WORDS).
BANK_WORDS = BANKS | frozenset(
    normalise(w)
    for w in (
        "financière", "financiere", "financières", "financieres", "المالية", "مالية", "financent", "financer", "finance",
    )
)
# The topics a named place to sell is pulled to, and how far down marketing may stand.
AMO_TOPICS = frozenset({"amo_cost", "amo_enroll"})
PULLED_FROM = frozenset({"rna_eligibility", "rna_apply", "rna_register_how"}) | AMO_TOPICS
MARKETING_REACH = 4
# Platforms to sell on, in each script (normalised): they name selling and nothing else, wherever marketing stands.
PLATFORMS = frozenset(
    normalise(w) for w in ("jumia", "جوميا", "anou", "amazon", "etsy", "marketplace", "e-commerce", "ecommerce")
)
# Fairs and labels (Arabic also with a glued preposition: "فالمعرض"): a salon is also a living room, so these only
# from among the first four.
LABELS = frozenset(normalise(w) for w in ("label", "labels", "لابيل", "madmoun"))
FAIRS_AND_LABELS = FAIRS | LABELS
# Exporting ("bghit nsddr l Spania", "نبحث عن فرص للتصدير"): selling abroad, which no out-of-scope message asks of; a
# loan to export stays financing (not pulled from it).
EXPORT_WORDS = frozenset(
    normalise(w)
    for w in (
        "exporter", "export", "l'export", "lexport", "exportation", "تصدير", "التصدير", "للتصدير", "نصدر", "نصدرو",
        "أصدر", "nsddr", "nsedder", "nsadder", "nsder", "nseddro", "tasdir", "ttasdir",
        # A company or a relative exporting ("شركتي بغات تصدر لفرنسا").
        "تصدر", "يصدر", "tsddr", "ysddr", "tsedder", "ysedder",
    )
)


def rerank(lemmas: Sequence[str], ranking: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The ranking with marketing first when eligibility, the request (the register not named) or an AMO topic (the AMO
    itself not named) or how to register ("كيف أسجل فيه؟" of a fair) was first and the message names a platform to sell
    on, or a fair, a label or exporting with
    marketing among the first four; behind out of scope, exporting or a label with marketing among the first four; behind
    financing, when no money is named."""
    # The words are read only behind a topic the rule may take from: this runs on every message.
    if not ranking or ranking[0]["name"] not in PULLED_FROM | {FINANCING, OUT_OF_SCOPE}:
        return ranking
    exports = says_any(lemmas, EXPORT_WORDS)
    fair = says_any(lemmas, FAIRS_AND_LABELS) or _national_week(lemmas)
    # Financing led with a fair named and no money nor bank ("il y a des foires a Agadir cette annee pour exposer ?"):
    # the fair is asked. Exporting with a bank or aid named stays financing ("quelles banques pour exporter ?").
    if ranking[0]["name"] == FINANCING and not (fair and not says_any(lemmas, MONEY_WORDS | BANK_WORDS)):
        return ranking
    # A quality label ("veut obtenir le label « Maroc Fait Main »") is asked by artisans only, as exporting is.
    if ranking[0]["name"] == OUT_OF_SCOPE and not (exports or says_any(lemmas, LABELS)):
        return ranking
    if ranking[0]["name"] in AMO_TOPICS and names_amo(lemmas):
        return ranking
    if ranking[0]["name"] not in AMO_TOPICS and names_the_register(lemmas):
        return ranking
    near = any(r["name"] == MARKETING for r in ranking[:MARKETING_REACH])
    if says_any(lemmas, PLATFORMS) or near and (exports or fair):
        return ahead(MARKETING, ranking)
    return ranking


# The national week of handicrafts, the yearly fair ("المشاركة في الأسبوع الوطني للصناعة التقليدية"): "week" alone is
# any week ("هاد الأسبوع").
_WEEK = frozenset(normalise(w) for w in ("الأسبوع", "الاسبوع", "semaine"))
_NATIONAL = frozenset(normalise(w) for w in ("الوطني", "nationale"))


def _national_week(lemmas: Sequence[str]) -> bool:
    """Whether "week" is followed by "national" ("الأسبوع الوطني", "la semaine nationale")."""
    return any(says_any([a], _WEEK) and b in _NATIONAL for a, b in zip(lemmas, lemmas[1:], strict=False))
