"""A message that is only a trade asks about that trade; only a city, about the office there; only a trade with
years or a kind of registrant describes its writer, who wants to know whether they may register; only a tax regime
asks what AMO costs under it.

"نجار", "zlayji ?", "menuisier", "f fes", "فاس عافاك": people answer "which trade?" or "which city?" with
the name alone, and ask with it alone. The classifier cannot know every spelling of every trade and city
as a word; the lexicon does. Such a message is ``craft_lookup`` (is my trade one of the activities?) or
``find_office`` (where is the chamber there?), whatever the classifier guessed from one unknown word.
"""

from __future__ import annotations

from typing import Any

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.nlu.constants import TOKENS_NAMES
from rasa.shared.nlu.constants import ENTITIES, INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from hirfa.text import normalise
from nlu.annotator import MessageAnnotator
from nlu.greeting_opening import GREETING_WORDS
from nlu.politeness import POLITENESS_WORDS

# The intent a message asks when it names nothing but one entity of this kind.
INTENT_OF_ENTITY = {"craft": "craft_lookup", "city": "find_office"}
# Only the lexicon's entities: its values are known trades and cities, not guesses.
TRUSTED_EXTRACTOR = "LexiconEntityExtractor"
# Words that may stand around the name without asking anything else: prepositions, articles, "please".
FILLERS = frozenset(
    normalise(w)
    for w in (
        "f", "fi", "fl", "l", "el", "a", "à", "au", "en", "de", "du", "des", "la", "le", "les", "b", "bi", "mn",
        "men", "في", "ف", "ب", "من",
    )
) | POLITENESS_WORDS

# "I live in …" around a city answers "which city?" too ("kansken f tiznit", "أقطن بالناظور", "j'habite Nador");
# not around a trade: "je suis menuisier" states a situation (rna_eligibility), it asks no lookup.
RESIDENCE_FILLERS = frozenset(
    normalise(w)
    for w in (
        "ana", "ena", "أنا", "انا", "saken", "sakna", "saakin", "kansken", "kanskon", "kenskon", "nskon", "skn",
        "ساكن", "ساكنة", "كنسكن", "نسكن", "أسكن", "اسكن", "أقطن", "اقطن", "أعيش", "اعيش", "مقيم", "مقيمة",
        "je", "j", "habite", "j'habite", "jhabite", "vis", "suis", "moi", "réside", "reside", "ville", "mdina",
        "lmdina", "المدينة", "مدينة",
    )
)


# A trade said with years or a kind of registrant, and nothing else but where and how one works ("potière à Safi
# depuis 2012", "نجار فمكناس هادي 10 سنين", "khayyata f sla mn 2015"): the writer describes themself to learn whether
# they may register. Not the request form (no wish to register is said), not a lookup of the trade.
SELF_DESCRIPTION_INTENT = "rna_eligibility"
SITUATION_EXTRACTOR = "SituationExtractor"
# The words of such a description besides the trade, the town and the years: "I am", "I work", "since", "of the
# trade", "experience".
SELF_WORDS = frozenset(
    normalise(w)
    for w in (
        "ana", "أنا", "انا", "je", "j", "suis", "moi", "ai", "kankhdem", "kankhdm", "khddam", "khddama", "khdam",
        "khdama", "خدام", "خدامة", "كنخدم", "أعمل", "اعمل", "أشتغل", "اشتغل", "travaille", "bosse", "exerce", "fais",
        "artisan", "artisane", "حرفي", "حرفية", "صانع", "صانعة", "sane3", "san3a", "depuis", "منذ", "hadi", "هادي",
        "d", "dyal", "ديال", "د", "metier", "métier", "l7irfa", "lhirfa", "الحرفة", "حرفة", "العمل", "lkhdma",
        "lkhedma", "الخدمة", "experience", "expérience", "خبرة", "الخبرة", "khibra", "lkhibra", "ans", "an", "snin",
        "سنين", "سنوات", "سنة", "عام", "3am", "depui", "ca", "fait", "ça", "et", "w", "و",
    )
)


def _trades_and_cities(entities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The lexicon's trades and cities among the message's entities."""
    return [e for e in entities if e.get("extractor") == TRUSTED_EXTRACTOR and e["entity"] in INTENT_OF_ENTITY]


def describes_self(lemmas: list[tuple[str, int, int]], entities: list[dict[str, Any]], text: str) -> bool:
    """Whether the message is a trade with years or a kind, and nothing else but places and words about oneself."""
    trusted = _trades_and_cities(entities)
    kinds = [e for e in entities if e.get("extractor") == SITUATION_EXTRACTOR and e["entity"] == "category"]
    if not kinds or not any(e["entity"] == "craft" for e in trusted) or any(q in text for q in "?؟"):
        return False
    spans = trusted + kinds
    # A greeting before the description asks nothing either ("salam, ana njjar f fes hadi 10 snin").
    allowed = FILLERS | RESIDENCE_FILLERS | SELF_WORDS | GREETING_WORDS
    return all(
        lemma in allowed or lemma.isdigit() or any(e["start"] <= start and end <= e["end"] for e in spans)
        for lemma, start, end in lemmas
    )


# A message that only states how its writer is taxed ("النظام الجزافي", "rani m9awil dati", "je ne paie rien", "CPU,
# menuisier") answers the one question the regime decides: what AMO costs (shared/DOMAIN.md: "their amounts depend on
# the tax regime"). People send it alone, first or as a late answer to "which regime?"; the classifier, with no
# topic word to go on, read it as anything from a greeting to out of scope.
REGIME_INTENT = "amo_cost"
# The words such a statement has besides the regime (a cue may cover only its key word): "I am", "I have", "I pay
# nothing", "no", "the regime", "taxes".
REGIME_WORDS = frozenset(
    normalise(w)
    for w in (
        "ana", "ena", "rani", "راني", "أنا", "انا", "je", "j", "suis", "moi", "c", "est", "ai", "3ndi", "andi",
        "عندي", "non", "no", "la", "لا", "ما", "ماشي", "walo", "والو", "شيء", "شي", "أي", "ne", "n", "pas", "rien",
        "aucun", "aucune", "ma", "hta", "حتى", "نظام", "النظام", "regime", "régime", "ضريبة", "الضريبة", "الضرائب",
        "ضرائب", "dariba", "ddariba", "impot", "impots", "impôt", "impôts", "أدفع", "ادفع", "أؤدي", "كنخلص", "نخلص",
        "kankhelles", "kankhles", "nkhelles", "ماكنخلصش", "makankhellesch", "makankhlesch", "paie", "paye",
        "أمسك", "امسك", "كنمسك", "tiens", "statut", "une", "un", "عنديش", "ماعنديش", "ma3ndich", "ma3ndi",
        "ضريبي", "الضريبي", "ضريبية", "fiscal", "ريجيم", "rijim", "rejim",
        # The card that proves it ("عندي لاكارط ديال أوطو أونتروبرونور", "j'ai la carte d'auto-entrepreneur").
        "carte", "لاكارط", "الكارط", "كارط", "lakart", "lkart", "karta", "ديال", "dyal", "dial", "d",
        # A regime's name whose cue covers only its first word ("je suis auto-entrepreneuse").
        "auto", "entrepreneur", "entrepreneuse", "مقاول", "مقاولة", "ذاتي", "ذاتية", "m9awil", "dati",
    )
)


def states_regime_only(lemmas: list[tuple[str, int, int]], entities: list[dict[str, Any]], text: str) -> bool:
    """Whether the message says how its writer is taxed and nothing else but their trade, town and small words."""
    regimes = [e for e in entities if e.get("extractor") == SITUATION_EXTRACTOR and e["entity"] == "tax_situation"]
    if not regimes or any(q in text for q in "?؟"):
        return False
    if any(e.get("extractor") == SITUATION_EXTRACTOR and e["entity"] != "tax_situation" for e in entities):
        return False
    trusted = _trades_and_cities(entities)
    spans = regimes + trusted
    allowed = FILLERS | RESIDENCE_FILLERS | REGIME_WORDS | GREETING_WORDS
    return all(
        lemma in allowed or any(e["start"] <= start and end <= e["end"] for e in spans) for lemma, start, end in lemmas
    )


def _fillers(kind: str) -> frozenset[str]:
    return FILLERS | RESIDENCE_FILLERS if kind == "city" else FILLERS


def only_entity(lemmas: list[tuple[str, int, int]], entities: list[dict[str, Any]]) -> str | None:
    """The kind of the one trusted entity the message holds and nothing else but fillers, if so.

    ``lemmas`` are (lemma, start, end) of the message's words.
    """
    trusted = _trades_and_cities(entities)
    kinds = {e["entity"] for e in trusted}
    if len(kinds) != 1 or not lemmas:
        return None
    covered = [any(e["start"] <= start and end <= e["end"] for e in trusted) for _, start, end in lemmas]
    if not any(covered):
        return None
    kind = next(iter(kinds))
    fillers = _fillers(kind)
    if all(c or lemma in fillers for (lemma, _, _), c in zip(lemmas, covered, strict=True)):
        return kind
    return None


def answer_only_entity(message: Message) -> None:
    """Sets craft_lookup or find_office on a message that names one trade or one city and nothing else,
    rna_eligibility on one that only describes its writer (a trade with years or a kind), and amo_cost on one that
    only states its writer's tax regime."""
    tokens = message.get(TOKENS_NAMES[TEXT]) or []
    lemmas = [(t.lemma, t.start, t.end) for t in tokens if t.lemma]
    entities = message.get(ENTITIES) or []
    kind = only_entity(lemmas, entities)
    if kind is not None:
        name = INTENT_OF_ENTITY[kind]
    elif describes_self(lemmas, entities, message.get(TEXT) or ""):
        name = SELF_DESCRIPTION_INTENT
    elif states_regime_only(lemmas, entities, message.get(TEXT) or ""):
        name = REGIME_INTENT
    else:
        return
    intent = {"name": name, "confidence": 1.0}
    others = [r for r in message.get(INTENT_RANKING_KEY) or [] if r["name"] != intent["name"]]
    message.set(INTENT, intent, add_to_output=True)
    message.set(INTENT_RANKING_KEY, [intent] + [{**r, "confidence": 0.0} for r in others], add_to_output=True)


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class LoneEntityIntent(MessageAnnotator):
    """Gives a message that names one trade or one city and nothing else, or only describes its writer, the intent
    it asks.

    In the pipeline after the entity extractors and before nlu.entity_merger.EntityMerger, which drops the
    entities of an out-of-scope message: a lone trade the classifier took for out of scope keeps its trade.
    """

    def process(self, messages: list[Message]) -> list[Message]:
        """Sets craft_lookup or find_office where the message is a lone trade or city."""
        for message in messages:
            answer_only_entity(message)
        return messages
