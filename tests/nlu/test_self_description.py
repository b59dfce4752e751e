"""A message that only describes its writer (a trade, maybe a town, and years or a kind) asks whether they may
register: rna_eligibility, not the request form nor a lookup of the trade."""

import datetime as dt

import pytest

from nlu.entity_answer import describes_self
from nlu.lexicon import Lexicon, message_words
from nlu.situation import SituationReader
from tests.nlu.test_lexicon import seed_lexicon  # noqa: F401 (fixture)


def message_entities(reader: SituationReader, lexicon: Lexicon, text: str) -> list[dict]:
    """The lexicon's and the situation reader's entities of ``text``, as the pipeline gives them."""
    words = message_words(text)
    entities = [
        {"entity": m.entity, "value": m.value, "start": m.start, "end": m.end, "extractor": "LexiconEntityExtractor"}
        for m in lexicon.find(words)
    ]
    taken = [(e["start"], e["end"]) for e in entities]
    entities += [
        {"entity": f.entity, "value": f.value, "start": f.start, "end": f.end, "extractor": "SituationExtractor"}
        for f in reader.read(text, words, dt.date(2026, 12, 1), taken)
    ]
    return entities


def lemmas(text: str) -> list[tuple[str, int, int]]:
    """The message's words as the pipeline's tokens give them: (lemma, start, end)."""
    return [(w.form, w.start, w.end) for w in message_words(text)]


def _describes(reader: SituationReader, lexicon: Lexicon, text: str) -> bool:
    return describes_self(lemmas(text), message_entities(reader, lexicon, text), text)


@pytest.mark.parametrize(
    "text",
    [
        # MSA
        "صائغ في تزنيت منذ عشرين سنة",
        "أنا خياطة في سلا منذ 2016",
        # Darija
        "حداد فطنجة هادي 8 سنين",
        "أنا صانع زليج فتطوان من 2009",
        # Arabizi
        "khayyata f sla mn 2015",
        "7addad f tanja 8 snin",
        # French
        "menuisier a Fes depuis 15 ans",
        "je suis ferronnier à Tanger depuis 2010",
        "brodeuse, Sale, 6 ans de metier",
        # After a greeting
        "salam, ana khddam njjar f mknes hadi 11 snin",
        "bonjour, je suis potier à Safi depuis 2012",
        "السلام عليكم، نجارة في وجدة منذ 2014",
    ],
)
def test_a_bare_self_description_is_read(reader: SituationReader, seed_lexicon: Lexicon, text: str) -> None:  # noqa: F811
    assert _describes(reader, seed_lexicon, text)


@pytest.mark.parametrize(
    "text",
    [
        "je suis ferronnier à Tanger depuis 2010, je veux m'inscrire",  # a wish: the form
        "menuisier a Fes depuis 15 ans, où est la chambre ?",  # a question of its own
        "ana njjar f fes",  # no years nor kind: the classifier decides
        "حداد فطنجة هادي 8 سنين وبغيت قرض",  # a loan asked
    ],
)
def test_a_description_with_another_topic_is_left_to_the_classifier(
    reader: SituationReader, seed_lexicon: Lexicon, text: str  # noqa: F811
) -> None:
    assert not _describes(reader, seed_lexicon, text)
