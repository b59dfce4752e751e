"""Whether a trade named is taken in the register: the list of trades, not one's own eligibility.

"wach nsij dyal mandil jbli kaytsjl?", "الصياغة ديال الفضة واش كتدخل فالسجل؟", "la dinanderie est-elle incluse dans le
registre ?": the trade is the subject of being included or registered, said a few words before the verb, and the
register is named (or is in the verb: "kaytsjl"). Eligibility's examples ask whether *one* may register or is
accepted ("واش مقبولة فالسجل؟" said by a seamstress, "je suis concerné par le registre ?", "الشركة ديالي واش تدخل
فالسجل"): a word of the writer, of a group or of a person the message is for leaves the message to them, and
"how" or "where" asks the steps ("فين كيتسجل وشنو الخطوات؟"). The trade is the lexicon's (nlu.trade_register_question
reads it after the extractors); craft_lookup goes first wherever it stood.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from hirfa.question_words import WHERE_WORDS
from hirfa.text import normalise, says_any
from nlu.craft_question import ABLE_VERBS, CRAFT_LOOKUP, REGISTER_VERBS
from nlu.entity_answer import TRUSTED_EXTRACTOR
from nlu.pension_question import WRITER_WORDS
from nlu.register_question import GROUPS, HOW_WORDS
from nlu.register_wish import ahead

# Being included, said of a trade (third person feminine or plural, a participle): normalised.
INCLUDED = frozenset(
    normalise(w)
    for w in (
        "داخلة", "داخلين", "كتدخل", "تدخل", "dakhla", "dakhlin", "katdkhol", "katdkhel", "tdkhol", "tdkhel", "m39ola",
        "incluse", "inclus", "incluses", "comprise", "compris",
    )
)
# Registered, said of the trade ("kaytsjl", "كيتسجل"): the register is in the verb itself.
REGISTERED = frozenset(
    normalise(w) for w in ("كيتسجل", "كتتسجل", "kaytsjel", "kaytsjl", "kattsjel", "kattsjl", "kaytsajal", "kattsajal")
)
# The register, its list of trades or its law: what the trade would be in.
REGISTER_NAMED = frozenset(
    normalise(w)
    for w in (
        "السجل", "فالسجل", "للسجل", "سجل", "الحرف", "القانون", "فالقانون", "rna", "sijil", "ssijil", "lsijil", "registre",
        "l7iraf", "liste", "loi",
    )
)
# The writer or a group as the one asked about: "ana", "je", "حنا", what they have or want, themself ("نقيد راسي").
WRITER = WRITER_WORDS | frozenset(
    normalise(w)
    for w in (
        "je", "j", "moi", "حنا", "احنا", "نحن", "hna", "7na", "عندي", "لدي", "3ndi", "3andi", "عندنا", "لدينا", "3ndna",
        "3andna", "ديالنا", "dyalna", "راسي", "rasi", "بغيت", "ابغيت", "bghit", "بغينا", "bghina", "جمعية", "الجمعية",
        "jam3iya", "ta3awniya", "jma3iya",
    )
)
# The verb stands at most this many words after the trade named ("الصياغة ديال الفضة واش كتدخل").
SUBJECT_REACH = 5
_WORD = re.compile(r"\w+")
# Built once: what leaves the message to another question, what names the register, what includes the trade.
_LEFT_ALONE = WRITER | GROUPS | REGISTER_VERBS | ABLE_VERBS | HOW_WORDS | WHERE_WORDS
_IN_THE_REGISTER = REGISTER_NAMED | REGISTERED
_INCLUDING = INCLUDED | REGISTERED


def asks_whether_trade_is_included(text: str, lemmas: Sequence[str], entities: Sequence[dict[str, Any]]) -> bool:
    """Whether a trade of the registry, named a few words before a verb of being included or registered, is asked of
    as in the register, and no writer, group or person the message is for is said."""
    if (
        any(e["entity"] == "on_behalf_of" for e in entities)
        or says_any(lemmas, _LEFT_ALONE)
        or not says_any(lemmas, _IN_THE_REGISTER)
    ):
        return False
    trades = [e for e in entities if e["entity"] == "craft" and e.get("extractor") == TRUSTED_EXTRACTOR]
    return any(
        says_any([normalise(w) for w in _WORD.findall(text[e["end"] :])[:SUBJECT_REACH]], _INCLUDING)
        for e in trades
    )


def rerank(
    text: str, lemmas: Sequence[str], entities: Sequence[dict[str, Any]], ranking: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """The ranking with the list of trades first when the message asks whether a named trade is included."""
    if not ranking or ranking[0]["name"] == CRAFT_LOOKUP or not asks_whether_trade_is_included(text, lemmas, entities):
        return ranking
    return ahead(CRAFT_LOOKUP, ranking)
