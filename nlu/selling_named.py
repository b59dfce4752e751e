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
from nlu.register_target import names_the_register
from nlu.register_wish import ahead

MARKETING = "marketing"
# The topics a named place to sell is pulled to, and how far down marketing may stand.
AMO_TOPICS = frozenset({"amo_cost", "amo_enroll"})
PULLED_FROM = frozenset({"rna_eligibility", "rna_apply"}) | AMO_TOPICS
MARKETING_REACH = 4
# Platforms to sell on, in each script (normalised): they name selling and nothing else, wherever marketing stands.
PLATFORMS = frozenset(
    normalise(w) for w in ("jumia", "جوميا", "anou", "amazon", "etsy", "marketplace", "e-commerce", "ecommerce")
)
# Fairs and labels (Arabic also with a glued preposition: "فالمعرض"): a salon is also a living room, so these only
# from among the first four.
FAIRS_AND_LABELS = FAIRS | frozenset(normalise(w) for w in ("label", "labels", "لابيل", "madmoun"))


def rerank(lemmas: Sequence[str], ranking: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The ranking with marketing first when eligibility, the request (the register not named) or an AMO topic (the AMO
    itself not named) was first and the message names a platform to sell on, or a fair or a label with marketing among
    the first four."""
    if not ranking or ranking[0]["name"] not in PULLED_FROM:
        return ranking
    if ranking[0]["name"] in AMO_TOPICS and names_amo(lemmas):
        return ranking
    if ranking[0]["name"] not in AMO_TOPICS and names_the_register(lemmas):
        return ranking
    near = any(r["name"] == MARKETING for r in ranking[:MARKETING_REACH])
    if says_any(lemmas, PLATFORMS) or near and says_any(lemmas, FAIRS_AND_LABELS):
        return ahead(MARKETING, ranking)
    return ranking
