from pathlib import Path

import pytest
import yaml
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.nlu.constants import TOKENS_NAMES
from rasa.shared.nlu.constants import ENTITIES, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from hirfa.text import normalise
from hirfa.words import WORD
from nlu.lexicon import Lexicon, Word
from nlu.lexicon_extractor import LexiconEntityExtractor, build_lexicon
from nlu.lexicon_files import spellings
from nlu.tokenizer import NormalisingTokenizer

ROOT = Path(__file__).resolve().parents[2]

LEXICON = Lexicon(
    [
        ("language", "الدارجة", "ary"),
        ("language", "arabe", "ar"),
        ("language", "arabe marocain", "ary"),
        ("language", "français", "fr"),
        ("city", "الدار البيضاء", "Casablanca"),
    ]
)


def words(text: str) -> list[Word]:
    return [Word(normalise(m.group()), m.start(), m.end()) for m in WORD.finditer(text)]


def found(lexicon: Lexicon, text: str, entities: tuple[str, ...] = ("craft", "city")) -> list[tuple]:
    return [
        (m.entity, m.value, text[m.start : m.end]) for m in lexicon.find(words(text)) if m.entity in entities
    ]


@pytest.fixture(scope="module")
def seed_lexicon() -> Lexicon:
    """The lexicon of the seed lists alone, with no exclusion learned from training messages."""
    entries = []
    for name in ("trades", "places", "languages"):
        entity, values = spellings(
            yaml.safe_load((ROOT / "data" / "seed" / f"{name}.yml").read_text("utf-8"))
        )
        entries += [(entity, spelling, value) for value, names in values.items() for spelling in names]
    return Lexicon(entries)


@pytest.fixture(scope="module")
def trained_lexicon() -> Lexicon:
    """The lexicon as training builds it from data/nlu, exclusions included."""
    from rasa.shared.nlu.training_data.loading import load_data

    return build_lexicon(load_data(str(ROOT / "data" / "nlu")))


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("بالدارجة عافاك", [("language", "ary", "بالدارجة")]),
        ("parle en arabe", [("language", "ar", "arabe")]),
        ("en arabe marocain stp", [("language", "ary", "arabe marocain")]),
        ("en FRANCAIS", [("language", "fr", "FRANCAIS")]),
        ("ساكن فالدار البيضاء", [("city", "Casablanca", "فالدار البيضاء")]),
        ("rien à voir", []),
    ],
)
def test_finds_phrases_in_any_spelling_with_their_canonical_value(text: str, found: list) -> None:
    matches = LEXICON.find(words(text))
    assert [(m.entity, m.value, text[m.start : m.end]) for m in matches] == found


# The ways users wrote trades and cities that the lexicon missed: glued articles and
# prepositions, worker/feminine/plural/workshop forms, one letter off.
FOUND = [
    ("wach l'njara dakhla f l7iraf dyal sijil?", [("craft", "WOOD", "njara")]),
    ("nnjara", [("craft", "WOOD", "nnjara")]),
    ("najjara", [("craft", "WOOD", "najjara")]),
    ("ana khddam f lbalgha", [("craft", "LEATHER", "lbalgha")]),
    ("كنخدم فالنجارة", [("craft", "WOOD", "فالنجارة")]),
    ("النجارة", [("craft", "WOOD", "النجارة")]),
    ("حنا نجارين", [("craft", "WOOD", "نجارين")]),
    ("الخرازة", [("craft", "LEATHER", "الخرازة")]),
    ("خرازة", [("craft", "LEATHER", "خرازة")]),
    ("je fais de la menuiserie", [("craft", "WOOD", "menuiserie")]),
    ("je suis menuisière", [("craft", "WOOD", "menuisière")]),
    # French worker forms of round 9: the coppersmith, the slipper maker, the forge-woman, the mechanic's nickname.
    ("je suis chaudronnier", [("craft", "DINANDERIE", "chaudronnier")]),
    ("mon père est babouchier", [("craft", "LEATHER", "babouchier")]),
    ("je suis forgeronne", [("craft", "WROUGHT_IRON", "forgeronne")]),
    ("je suis mécano", [("craft", "CAR_MECHANICS", "mécano")]),
    ("je tresse l'alfa", [("craft", "PLANT_FIBRES", "l'alfa")]),
    ("nous sommes menuisiers", [("craft", "WOOD", "menuisiers")]),
    ("potière", [("craft", "POTTERY", "potière")]),
    ("lfekhara", [("craft", "POTTERY", "lfekhara")]),
    ("fkhkhar", [("craft", "POTTERY", "fkhkhar")]),
    ("zzlij", [("craft", "ZELLIGE", "zzlij")]),
    ("ddrraza", [("craft", "RUGS_WEAVING", "ddrraza")]),
    ("je suis menusier", [("craft", "WOOD", "menusier")]),  # one letter missing
    ("ferronier", [("craft", "WROUGHT_IRON", "ferronier")]),  # one letter missing
    ("maroquinnier", [("craft", "LEATHER", "maroquinnier")]),  # one letter doubled
    ("tailleur de pierre", [("craft", "STONE", "tailleur de pierre")]),  # not also SEWING
    ("ساكن فمكناس", [("city", "Meknès", "فمكناس")]),
    ("نمشي لمراكش", [("city", "Marrakech", "لمراكش")]),
    ("ana bfes", [("city", "Fès", "bfes")]),
    ("ساكن فبن جرير", [("city", "Ben Guerir", "فبن جرير")]),
    ("ana f'mknas", [("city", "Meknès", "mknas")]),
    ("khddam fl casa", [("city", "Casablanca", "casa")]),
    ("ana mn fes", [("city", "Fès", "fes")]),
    ("je suis à jadida", [("city", "El Jadida", "à jadida")]),  # the article left out
    ("khddama f el kelaa", [("city", "El Kelâa des Sraghna", "el kelaa")]),
    ("ghadi lmarrakech", [("city", "Marrakech", "lmarrakech")]),
    ("l casa", [("city", "Casablanca", "casa")]),
    ("kazablanka", [("city", "Casablanca", "kazablanka")]),  # one letter off
    ("njjar f mknas", [("craft", "WOOD", "njjar"), ("city", "Meknès", "mknas")]),
    ("ana hdad f mkns", [("craft", "WROUGHT_IRON", "hdad"), ("city", "Meknès", "mkns")]),  # written without vowels
    ("تعاونية للدوم", [("craft", "PLANT_FIBRES", "للدوم")]),  # ل + ال written لل
    ("كنصلح الشوفاج", [("craft", "GAS_WATER_HEATER", "الشوفاج")]),
    ("عندي مقاولة ديال الفرفورجي", [("craft", "WROUGHT_IRON", "الفرفورجي")]),
    ("ديبلوم فالبيجوتري", [("craft", "JEWELLERY", "فالبيجوتري")]),
    ("اقرب مكتب ديال الصناعة التقليدية لسطاط فين جا؟", [("city", "Settat", "لسطاط")]),  # ط for ت
    ("الشوفوجي واش معتابر صانع تقليدي", [("craft", "GAS_WATER_HEATER", "الشوفوجي")]),  # the one who does it
]

# Ordinary messages in each variety, names, and an unknown trade: no trade, no city.
NOT_FOUND = [
    "bghit nkhles",
    "je veux payer",
    "suivre mon dossier",
    "bonjour monsieur",
    "واش خاصني نمشي",
    "السلام عليكم",
    "شنو هو الحل",
    "fin kayna lghorfa",
    "a9rab blassa",
    "wach dakhla f lista",
    "mansour",
    "fatima",
    "ana kan9ad sbabet",  # an unknown trade stays unknown
    "ana tapissier",  # an upholsterer is no carpet maker
    "fessi",
    "casanova",
]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_finds_trades_and_cities_as_users_write_them(
    seed_lexicon: Lexicon, text: str, expected: list
) -> None:
    assert found(seed_lexicon, text) == expected


@pytest.mark.parametrize("text", NOT_FOUND)
def test_ordinary_words_are_no_trade_or_city(seed_lexicon: Lexicon, text: str) -> None:
    assert found(seed_lexicon, text) == []


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_the_trained_lexicon_still_finds_them(trained_lexicon: Lexicon, text: str, expected: list) -> None:
    # An unannotated trade in a training message would exclude its guess: annotate it.
    assert found(trained_lexicon, text) == expected


@pytest.mark.parametrize("text", [*NOT_FOUND, "chkoun li kayjawb", "recette dyal l7rira"])
def test_the_trained_lexicon_finds_nothing_in_ordinary_words(trained_lexicon: Lexicon, text: str) -> None:
    assert found(trained_lexicon, text) == []


def example(text: str, intent: str, *entities: tuple[str, str]) -> Message:
    """A training message with its (entity, annotated text) pairs."""
    annotations = [
        {"entity": e, "start": text.index(t), "end": text.index(t) + len(t), "value": t} for e, t in entities
    ]
    return Message(data={TEXT: text, "intent": intent, ENTITIES: annotations})


def training_data(*examples: Message) -> TrainingData:
    return TrainingData(
        training_examples=list(examples),
        entity_synonyms={"chaoun": "Chefchaouen", "chefchaouen": "Chefchaouen", "ddakhla": "Dakhla"},
        lookup_tables=[{"name": "city", "elements": ["chaoun", "chefchaouen", "ddakhla"]}],
    )


def test_training_excludes_the_guesses_ordinary_words_trigger() -> None:
    lexicon = build_lexicon(
        training_data(
            example("chkoun li kayjawb", "bot_challenge"),  # "who": one letter from "chaoun"
            example("ana f chefchaoun", "find_office", ("city", "chefchaoun")),  # annotated: kept
        )
    )
    assert lexicon.excluded == [("fuzzy", "chaoun")]
    assert found(lexicon, "chkoun") == []
    assert found(lexicon, "chefchaoun") == [("city", "Chefchaouen", "chefchaoun")]


def test_a_word_annotated_somewhere_is_no_ordinary_word_elsewhere() -> None:
    lexicon = build_lexicon(
        training_data(
            example("bghit nmchi l chefchaoun", "find_office"),  # annotation gap
            example("ana f chefchaoun", "find_office", ("city", "chefchaoun")),
        )
    )
    assert lexicon.excluded == []


def test_the_extractor_persists_its_exclusions(tmp_path: Path) -> None:
    storage, resource = LocalModelStorage(tmp_path), Resource("lexicon")
    data = training_data(
        example("chkoun li kayjawb", "bot_challenge"),
        example("ana f chaoun", "find_office", ("city", "chaoun")),
    )
    LexiconEntityExtractor.create({}, storage, resource, None).train(data)
    loaded = LexiconEntityExtractor.load({}, storage, resource, None)
    tokenizer = NormalisingTokenizer(NormalisingTokenizer.get_default_config())
    values = {}
    for text in ("chkoun", "chefchaoun", "bddakhla"):
        message = Message(data={TEXT: text})
        message.set(TOKENS_NAMES[TEXT], tokenizer.tokenize(message, TEXT))
        loaded.process([message])
        values[text] = [e["value"] for e in message.get(ENTITIES)]
    assert values == {"chkoun": [], "chefchaoun": ["Chefchaouen"], "bddakhla": ["Dakhla"]}


VERB_PHRASES = Lexicon([("craft", "نحت الحجر", "STONE"), ("craft", "nqach l7jar", "STONE"), ("craft", "الحجر", "X")])


@pytest.mark.parametrize(
    "text, span",
    [("أنحت الحجر منذ سنين", "أنحت الحجر"), ("كننحت الحجر", "كننحت الحجر"), ("kanqach l7jar f fes", "kanqach l7jar")],
)
def test_a_verb_said_of_oneself_finds_the_trade_phrase_it_starts(text: str, span: str) -> None:
    assert found(VERB_PHRASES, text)[0] == ("craft", "STONE", span)


def test_a_prefix_letter_alone_does_not_make_a_verb_of_a_word() -> None:
    # "نحجر" is no verb of "حجر": a stem needs three letters after the prefix and the whole phrase after it.
    assert found(VERB_PHRASES, "نحت") == []
    assert found(VERB_PHRASES, "ن الحجر") == [("craft", "X", "الحجر")]


@pytest.mark.parametrize("text", ["ça fait une decennie que je taille la pierre", "j'aime tailler les pierres"])
def test_cutting_stone_is_the_stone_trade_not_a_tailor(seed_lexicon: Lexicon, text: str) -> None:
    assert {value for _, value, _ in found(seed_lexicon, text, ("craft",))} == {"STONE"}
