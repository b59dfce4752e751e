import pytest

from hirfa.text import normalise
from nlu.lexicon import Lexicon, Word
from nlu.tokenizer import WORD

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
