"""Rasa component extracting entities from lexicons built out of the training data's lookups.

A lookup table named after an entity lists the ways people write its values; the
training data's synonyms give each one its canonical value (a trade code, a city name,
a language code). Matching on normalised words finds them in any script or spelling.
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Sequence
from itertools import pairwise
from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.constants import TOKENS_NAMES
from rasa.nlu.extractors.extractor import EntityExtractorMixin
from rasa.shared.nlu.constants import ENTITIES, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from hirfa.text import arabic_stems, normalise
from nlu.fairs import FAIRS
from nlu.lexicon import WORKING_WORDS, Lexicon, Match, Word, as_entity, message_words, phrase_key, token_words
from nlu.on_behalf import NAME_OF

_FILE = "lexicon.json"
# A machine named by its trade ("آلة خياطة", "makina dyal lkhiyata", "ماكينة الطرز") is a tool bought, not the trade
# practised: a trade right after one of these words, an "of" between at most, is no trade of the writer's.
_MACHINES = frozenset(
    normalise(w)
    for w in (
        "آلة", "آلات", "الآلة", "ماكينة", "الماكينة", "ماكينات", "ماشينة",
        "makina", "lmakina", "makinat", "machina", "lmachina", "mchina", "machine", "machines",
    )
)
_OF = frozenset(normalise(w) for w in ("dyal", "dial", "ديال", "د", "de", "d", "du", "à", "a", "pour"))
# Working with the machine of a trade ("khdama b lmachina d lkhiyata", "أعمل على آلة الخياطة", "je travaille sur ma
# machine à coudre") is practising the trade: a machine within TOOL_USE_REACH words after a working word
# (nlu.lexicon.WORKING_WORDS) names the writer's trade, not a tool bought.
TOOL_USE_REACH = 3
# A fair or a festival names the city it is held in, not where the writer works ("سأشارك في معرض بمراكش", "une foire
# à Casablanca", "salon f agadir"): a city this many words after one of these words gives way to another city said.
EVENT_REACH = 3
# Sewing is how leather goods are made too ("أخيط المحافظ من الجلد", "je couds des sacs en cuir", "kankhiyet lblagh"):
# a verb of sewing followed within SEWN_REACH words by leather names the leather trade, not sewing.
_SEWING_VERBS = frozenset(
    normalise(w)
    for w in (
        "أخيط", "اخيط", "نخيط", "كنخيط", "كنخيطو", "نخيطو", "تخيط", "كتخيط", "couds", "coud", "coudre", "cousons",
        "nkhayet", "nkhiyet", "kankhiyet", "kankhayet", "kankhiyto", "nkhiyto", "kathiyet", "katkhiyet",
    )
)
_LEATHER = "LEATHER"
SEWN_REACH = 5
# "mécanicien auto entrepreneur à Oujda": the "auto" of a trade's name ("mécanicien auto") is the regime's first word
# when "entrepreneur" follows it; the trade keeps the words before it.
_AUTO = frozenset(normalise(w) for w in ("auto", "أوطو"))
_ENTREPRENEUR = frozenset(
    normalise(w)
    for w in ("entrepreneur", "entrepreneuse", "entrepreneurs", "entreprneur", "ontrepreneur", "أونتروبرونور", "انتروبرونور")
)
# Where the writer was born, comes from or left ("tzadt f oujda", "ولدت في وجدة", "je suis né à Oujda", "originaire
# de Nador", "quitter Fès") is not where they work: such a city gives way to another city said, as a fair's city does.
_ORIGINS = frozenset(
    normalise(w)
    for w in (
        "tzadt", "tzadit", "tzad", "tzadet", "tzadat", "mzyad", "mzyada", "mzyoud", "mzyouda", "تزاديت", "تزاد",
        "تزادت", "مزيد", "مزيود", "مزيودة", "مزداد", "مزدادة", "ولدت", "ازددت", "وُلدت", "ولد", "ولدنا", "نشأت",
        "ترعرعت", "كبرت", "trbit", "trebbit", "تربيت", "né", "née", "ne", "nee", "originaire", "origine", "grandi",
        "asli", "asl", "أصلي", "اصلي",
        # Or left ("je viens de quitter Fès pour m'installer à Tanger", "رحلت من فاس لطنجة").
        "quitter", "quitté", "quitte", "quittée", "رحلت", "انتقلت", "خرجت", "rhelt", "r7elt", "nta9elt",
    )
)

# An office that serves the writer from elsewhere ("mon comptable a son cabinet à Rabat", "la fiduciaire de Casablanca",
# "l'agence CNSS de Fès") names where that office is, not where the writer works: such a city gives way to another
# city said, as a fair's city does.
_OFFICES = frozenset(
    normalise(w)
    for w in (
        "cabinet", "comptable", "comptables", "fiduciaire", "fidusyer", "expert-comptable", "agence", "guichet",
        "perception", "lcomptable", "كونطابل", "الكونطابل", "محاسب", "المحاسب", "مكتب", "وكالة", "الوكالة",
    )
)

# A region is named by its cities ("الغرفة ديال جهة فاس مكناس، أنا ساكن فصفرو", "la chambre de la région Fès-Meknès,
# j'habite Sefrou"): a city a few words after "region" gives way to another city said, as a fair's city does.
_REGIONS = frozenset(normalise(w) for w in ("جهة", "الجهة", "جهات", "région", "region", "régions", "jiha", "ljiha"))
# Every word after which a city names a place other than the writer's (an event, an origin, an office, a region).
_ELSEWHERE = FAIRS | _ORIGINS | _OFFICES | _REGIONS

# A city that names a product or a style ("babouches de Marrakech", "broderie point de Fès", "zrabi dyal rbat") is not
# where the writer works: after "of", within PRODUCT_REACH words of a trade, it gives way to another city said.
# "près de Tétouan", "la région de Fès" name a place even after a trade.
_NAMED_AFTER = NAME_OF
_PLACE_BEFORE_OF = frozenset(
    normalise(w) for w in ("près", "pres", "proche", "loin", "côté", "cote", "environs", "région", "region", "province", "ville", "banlieue", "9rib", "qrib")
)
PRODUCT_REACH = 2


# A city said as the writer's demonym ("أنا فاسي", "انا فاسية", "أنا طنجاوي", "ana fassi", "je suis casablancaise"): the
# city's name with a nisba ending. Read only right after the writer's "I" (a style named after a city, "الطرز الرباطي",
# is no place of theirs), only as the city's listed spelling with the ending taken off (an article, a ة/ه or a final
# "a" given back, a doubled last letter made single), and only when the message names no city of its own: like a
# place of birth, it gives way to where the writer says they work.
_WRITER_I = frozenset(
    normalise(w) for w in ("أنا", "انا", "وأنا", "وانا", "فأنا", "فانا", "ana", "ena", "suis", "moi")
)
_NISBA_ENDINGS = tuple(
    normalise(e)
    for e in (
        "اوية", "اوي", "وية", "وي", "ية", "ي",
        "aouia", "aoui", "awia", "awi", "ouia", "oui", "wia", "wi", "iya", "ia", "ie", "i",
        # French: "casablancaise", "tangérois", "tétouanais".
        "aise", "ais", "oise", "ois",
    )
)
_NISBA_STEM = 3
# Demonyms not made from a listed spelling of their city: Casablanca's are made from "البيضاء", "the white".
_IRREGULAR_DEMONYMS = {
    normalise(w): normalise("casablanca")
    for w in ("بيضاوي", "بيضاوية", "bidaoui", "bidaouia", "bidawi", "bidawia", "bidaouiya", "bidawiya")
}


def _nisba_places(stem: str) -> list[str]:
    """The spellings a city's name may have once a nisba ending is taken off ("وجد" → "وجده", "رباط" → "الرباط",
    "oujd" → "oujda", "mknass" → "mknas")."""
    if not stem.isascii():
        return [stem, stem + "ه", "ال" + stem, "ال" + stem + "ه"]
    single = stem[:-1] if len(stem) > _NISBA_STEM and stem[-1] == stem[-2] else stem
    return list(dict.fromkeys((stem, stem + "a", single)))


def demonym_city(lexicon: Lexicon, words: list[Word], matches: list[Match]) -> list[Match]:
    """The city named by the writer's demonym ("أنا فاسية"), when the message names no city otherwise."""
    if any(m.entity == "city" for m in matches):
        return []
    taken = {m.start for m in matches}
    for before, word in pairwise(words):
        if before.form in _WRITER_I and word.start not in taken:
            city = _demonym_of(lexicon, word.form)
            if city:
                return [Match("city", city, word.start, word.end)]
    return []


def _demonym_of(lexicon: Lexicon, form: str) -> str | None:
    """The city whose demonym ``form`` is, if any."""
    if form in _IRREGULAR_DEMONYMS:
        hit = lexicon.exact([_IRREGULAR_DEMONYMS[form]])
        return hit[1] if hit and hit[0] == "city" else None
    for ending in (e for e in _NISBA_ENDINGS if form.endswith(e)):
        stem = form[: -len(ending)]
        if len(stem) < _NISBA_STEM:
            continue
        for place in _nisba_places(stem):
            hit = lexicon.exact([place])
            if hit and hit[0] == "city":
                return hit[1]
    return None


def lexicon_entries(training_data: TrainingData) -> list[tuple[str, str, str]]:
    """(entity, phrase, canonical value) for each element of the lookup tables named after entities."""
    entities = set(training_data.entities)
    synonyms = {phrase_key(k): v for k, v in training_data.entity_synonyms.items()}
    return [
        (table["name"], str(element), synonyms.get(phrase_key(str(element)), str(element)))
        for table in training_data.lookup_tables
        if table["name"] in entities
        for element in table["elements"]
    ]


def build_lexicon(training_data: TrainingData) -> Lexicon:
    """The lexicon of the lookup tables, minus the guesses that ordinary training words would trigger.

    A loose, one-letter-off or prefix-stripped guess that fires on a word no annotation marks
    as a trade, a city or a language would fire on the same word in a user's message: its
    key is excluded. A word annotated as such an entity in some message is no ordinary word
    elsewhere: an unannotated mention is an annotation gap, not evidence against the guess.
    """
    entries = lexicon_entries(training_data)
    lexicon = Lexicon(entries)
    entities = {entity for entity, _, _ in entries}
    examples = [
        (
            message_words(e.get(TEXT)),
            [(a["start"], a["end"]) for a in e.get(ENTITIES) or [] if a.get("entity") in entities],
        )
        for e in training_data.nlu_examples
        if e.get(TEXT)
    ]
    known = {w.form for words, spans in examples for w in words if _inside(w, spans)}
    excluded: set[tuple[str, str]] = set()
    for words, spans in examples:
        excluded |= lexicon.ordinary_hits(words, spans + [(w.start, w.end) for w in words if w.form in known])
    return Lexicon(entries, excluded)


def named_tools(words: list[Word], matches: list[Match]) -> list[Match]:
    """The trades found only as the kind of a machine ("شريت آلة خياطة", "machine de broderie"), to be dropped."""
    index = {w.start: i for i, w in enumerate(words)}
    tools = []
    for match in matches:
        i = index.get(match.start, 0)
        before = [w.form for w in words[max(0, i - 2) : i]]
        machine_at = i - 1 if before and before[-1] in _MACHINES else i - 2
        if match.entity == "craft" and before and (
            before[-1] in _MACHINES or len(before) == 2 and before[-1] in _OF and before[0] in _MACHINES
        ) and not _worked_with(words, machine_at):
            tools.append(match)
    return tools


def sewn_leather(words: list[Word], matches: list[Match]) -> list[Match]:
    """The sewing found only as the verb of making leather goods ("أخيط المحافظ من الجلد"), to be dropped."""
    index = {w.start: i for i, w in enumerate(words)}
    leather = [index.get(m.start, 0) for m in matches if m.entity == "craft" and m.value == _LEATHER]
    sewn = []
    for match in matches:
        i = index.get(match.start, 0)
        if (
            match.entity == "craft"
            and match.value != _LEATHER
            and any(not _SEWING_VERBS.isdisjoint(arabic_stems(w.form)) for w in words[i:] if w.end <= match.end)
            and any(0 < j - i <= SEWN_REACH for j in leather)
        ):
            sewn.append(match)
    return sewn


def regime_words_left(words: list[Word], matches: list[Match]) -> list[Match]:
    """The matches, a trade ending in "auto" trimmed of it when "entrepreneur" follows ("mecanicien auto
    entrepreneur"): the regime's words are left to nlu.situation_extractor, which reads none inside a trade."""
    index = {w.start: i for i, w in enumerate(words)}
    trimmed = []
    for match in matches:
        inside = [i for i in range(index.get(match.start, len(words)), len(words)) if words[i].end <= match.end]
        last = inside[-1] if inside else None
        if (
            match.entity == "craft"
            and last is not None
            and len(inside) > 1
            and words[last].form in _AUTO
            and last + 1 < len(words)
            and words[last + 1].form in _ENTREPRENEUR
        ):
            match = dataclasses.replace(match, end=words[last - 1].end)
        trimmed.append(match)
    return trimmed


def _worked_with(words: list[Word], machine_at: int) -> bool:
    """Whether a verb of working stands shortly before the machine at ``machine_at`` ("khdama b lmachina")."""
    return any(
        not WORKING_WORDS.isdisjoint(arabic_stems(w.form))
        for w in words[max(0, machine_at - TOOL_USE_REACH) : max(0, machine_at)]
    )


def event_places(words: list[Word], matches: list[Match]) -> list[Match]:
    """The cities named only as where a fair is held ("معرض بمراكش", "foire à Casablanca"), where the writer was
    born ("tzadt f oujda", "né à Oujda"), where an office serving them is ("son cabinet à Rabat") or in a product's
    name ("babouches de Marrakech"), to be dropped when the
    message names another city: with none, that city is the only place said and stays."""
    index = {w.start: i for i, w in enumerate(words)}
    ends = {w.end: i for i, w in enumerate(words)}
    trades_end = [ends[m.end] for m in matches if m.entity == "craft" and m.end in ends]

    def in_product_name(match: Match) -> bool:
        # The lexicon may take "of" into the city's span ("de Safi").
        first = index.get(match.start, 0)
        of = first if words[first].form in _NAMED_AFTER and match.end > words[first].end else first - 1
        return (
            of > 0
            and words[of].form in _NAMED_AFTER
            and words[of - 1].form not in _PLACE_BEFORE_OF
            and any(0 < of - j <= PRODUCT_REACH for j in trades_end)
        )

    def at_event(match: Match) -> bool:
        i = index.get(match.start, 0)
        # The event word may carry a glued preposition or article ("فالمعرض", "للمعرض").
        return any(
            not _ELSEWHERE.isdisjoint(arabic_stems(w.form))
            for w in words[max(0, i - EVENT_REACH) : i]
        )

    cities = [m for m in matches if m.entity == "city"]
    events = [m for m in cities if at_event(m) or in_product_name(m)]
    return events if len(events) < len(cities) else []


# The Latin prepositions a bare city name needs in the lexicon ("f safi", "mn dakhla": nlu/lexicon_files.py).
_PLACE_PREPOSITIONS = frozenset({"f", "fi", "mn", "men"})
_LIST_BREAK = re.compile(r"^\s*[,;/\-–—|]\s*$")
_LIST_END = re.compile(r"^\s*(?:[,;/\-–—|.!?:]\s*)?$")


def bare_place_names(entries: Sequence[tuple[str, str, str]]) -> dict[str, str]:
    """The city names the lexicon finds only after a preposition ("f safi"), because the bare word is also an everyday
    one ("safi" is "enough", "tata" an aunt): each bare form and its canonical city."""
    listed = {phrase for entity, phrase, _ in entries if entity == "city"}
    bare = {}
    for entity, phrase, value in entries:
        head, _, rest = phrase.partition(" ")
        if entity == "city" and head in _PLACE_PREPOSITIONS and rest and " " not in rest and rest not in listed:
            bare[normalise(rest)] = value
    return bare


# French prepositions before a place: "la chambre de Dakhla", "je vis à Tata".
_FRENCH_PLACE_PREPOSITIONS = frozenset({"a", "de", "d", "au"})


def listed_places(text: str, words: list[Word], matches: list[Match], bare: dict[str, str]) -> list[Match]:
    """A bare city name written with its capital as an item of a list of facts ("Potier, 44 ans, Safi, CPU", "Safi,
    poterie, contribution professionnelle unique"): a comma or a dash on one side and a break on the other, capital
    first letter; opening the message, only when two more items follow ("Safi, merci" is "ok, thanks"). So is one
    after a French preposition ("la chambre d'artisanat de Dakhla", "je vis à Tata")."""
    taken = [(m.start, m.end) for m in matches]
    found = []
    for i, word in enumerate(words):
        value = bare.get(word.form)
        if value is None or _inside(word, taken):
            continue
        before = text[words[i - 1].end : word.start] if i else ""
        after = text[word.end : words[i + 1].start] if i + 1 < len(words) else text[word.end :]
        # After a French preposition, written fast without its capital too ("la direction de l'artisanat a dakhla").
        if i and words[i - 1].form in _FRENCH_PLACE_PREPOSITIONS:
            found.append(Match("city", value, word.start, word.end))
        elif not text[word.start : word.start + 1].isupper():
            continue
        elif i and _LIST_BREAK.match(before) and _LIST_END.match(after) or not i and _opens_list(text, word):
            found.append(Match("city", value, word.start, word.end))
    return found


def _opens_list(text: str, word: Word) -> bool:
    """Whether the message opens with the word as the first of three comma-separated items or more."""
    sentence = re.split(r"[.!?\n]", text[word.end :], maxsplit=1)[0]
    return sentence.lstrip().startswith(",") and sentence.count(",") >= 2


def _inside(word: Word, spans: list[tuple[int, int]]) -> bool:
    """Whether the word overlaps one of the spans."""
    return any(start < word.end and word.start < end for start, end in spans)


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR, is_trainable=True)
class LexiconEntityExtractor(GraphComponent, EntityExtractorMixin):
    """Finds lookup-table phrases in the normalised tokens and gives their canonical value."""

    def __init__(
        self,
        model_storage: ModelStorage,
        resource: Resource,
        lexicon: Lexicon | None = None,
    ) -> None:
        self._model_storage = model_storage
        self._resource = resource
        self._lexicon = lexicon or Lexicon([])
        self._bare_places = bare_place_names(self._lexicon.entries())

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> LexiconEntityExtractor:
        """Creates an untrained component."""
        return cls(model_storage, resource)

    @staticmethod
    def required_packages() -> list[str]:
        """No package beyond Rasa itself."""
        return []

    def train(self, training_data: TrainingData) -> Resource:
        """Builds the lexicon from lookup tables named after entities, and persists it."""
        self._lexicon = build_lexicon(training_data)
        self._bare_places = bare_place_names(self._lexicon.entries())
        persisted = {"entries": self._lexicon.entries(), "excluded": self._lexicon.excluded}
        with self._model_storage.write_to(self._resource) as directory:
            (directory / _FILE).write_text(json.dumps(persisted, ensure_ascii=False), encoding="utf-8")
        return self._resource

    @classmethod
    def load(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> LexiconEntityExtractor:
        """Loads the lexicon persisted at training time."""
        with model_storage.read_from(resource) as directory:
            persisted = json.loads((directory / _FILE).read_text(encoding="utf-8"))
        # Models trained before the exclusions stored a bare list of entries.
        if isinstance(persisted, list):
            persisted = {"entries": persisted, "excluded": []}
        lexicon = Lexicon((tuple(e) for e in persisted["entries"]), (tuple(e) for e in persisted["excluded"]))
        return cls(model_storage, resource, lexicon)

    def process(self, messages: list[Message]) -> list[Message]:
        """Adds the lexicon's matches to each message's entities."""
        for message in messages:
            words = token_words(message.get(TOKENS_NAMES[TEXT], []))
            text = message.get(TEXT) or ""
            matches = regime_words_left(words, self._lexicon.find(words))
            matches = matches + listed_places(text, words, matches, self._bare_places)
            matches += demonym_city(self._lexicon, words, matches)
            dropped = named_tools(words, matches) + event_places(words, matches) + sewn_leather(words, matches)
            found = [as_entity(m.entity, m.value, m.start, m.end, text) for m in matches if m not in dropped]
            message.set(
                ENTITIES,
                message.get(ENTITIES, []) + self.add_extractor_name(found),
                add_to_output=True,
            )
        return messages
