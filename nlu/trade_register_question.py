"""How to register, asked with one's trade named, is the register's question, not out of scope.

"جاري نجار وبغا يعرف كيفاش يتسجل، شنو يدير؟", "عندي شركة صغيرة ديال الفرفورجي … كيفاش نسجل الشركة", "كيفاش نسجلو
التعاونية ديالنا ديال الحلي فالراشيدية؟": the classifier weighs a neighbour, a company or a cooperative towards
out_of_scope, whose examples register a child at school, a car or a grocery at the commercial register. The intent
classifier's rules read words only; here, after the extractors, the trade the lexicon found tells that an artisan's
registering is asked. A question of how (nlu.register_question's readings) with a trade of the registry named puts
rna_register_how first when out_of_scope led and rna_register_how stood among the first HOW_RANK, unless a word that
no in-scope question uses is said (nlu.out_of_domain). A trade named and asked of as included in the register is the
list of trades' question (nlu.trade_included).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.nlu.constants import TOKENS_NAMES
from rasa.shared.nlu.constants import ENTITIES, INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from nlu import register_question, trade_included
from nlu.annotator import MessageAnnotator
from nlu.entity_answer import TRUSTED_EXTRACTOR
from nlu.out_of_domain import OUT_OF_SCOPE, OutOfDomain
from nlu.register_wish import ahead


def rerank(
    lemmas: Sequence[str], entities: Sequence[dict[str, Any]], ranking: list[dict[str, Any]], out_of_domain: OutOfDomain
) -> list[dict[str, Any]]:
    """The ranking with rna_register_how first when out_of_scope led a question of how to register that names a trade
    of the registry and no out-of-domain word."""
    names = [r["name"] for r in ranking[: register_question.HOW_RANK]]
    if not names or names[0] != OUT_OF_SCOPE or register_question.HOW not in names:
        return ranking
    # Only the lexicon's trades: its values are trades of the registry, not guesses.
    if not any(e["entity"] == "craft" and e.get("extractor") == TRUSTED_EXTRACTOR for e in entities):
        return ranking
    if not register_question.asks_how_to_register(lemmas) or out_of_domain.says_out_of_domain(lemmas):
        return ranking
    return ahead(register_question.HOW, ranking)


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class TradeRegisterQuestion(MessageAnnotator):
    """Gives a question of how to register that names a trade of the registry rna_register_how over out_of_scope, and
    one asking whether a named trade is included craft_lookup.

    In the pipeline after the lexicon's extractor and before nlu.entity_merger.EntityMerger, which drops the entities
    of an out-of-scope message.
    """

    _out_of_domain: OutOfDomain | None = None

    def process(self, messages: list[Message]) -> list[Message]:
        """Re-ranks each message's intents."""
        if self._out_of_domain is None:
            self._out_of_domain = OutOfDomain()
        for message in messages:
            ranking = message.get(INTENT_RANKING_KEY) or []
            lemmas = [t.lemma for t in message.get(TOKENS_NAMES[TEXT]) or [] if t.lemma]
            entities = message.get(ENTITIES) or []
            reranked = rerank(lemmas, entities, ranking, self._out_of_domain)
            reranked = trade_included.rerank(message.get(TEXT) or "", lemmas, entities, reranked)
            if reranked is not ranking:
                message.set(INTENT, reranked[0], add_to_output=True)
                message.set(INTENT_RANKING_KEY, reranked, add_to_output=True)
        return messages
