"""Spelling normalisation shared by the NLU components and the registry's spelling matches.

Artisans write the same word many ways: with or without hamza and diacritics, with
Maghrebi letters, Arabic-Indic digits, stretched letters ("slaaaam") or French without
accents. Folding these variants lets a small training set cover what people type.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from collections.abc import Set as AbstractSet

# Invisible characters that people paste or keyboards insert: they change nothing a
# reader sees, so they must change nothing the model sees.
IGNORABLE = dict.fromkeys(
    [
        *range(0x200B, 0x2010),  # zero-width space/joiners, LRM, RLM
        *range(0x202A, 0x202F),  # bidi embeddings and overrides
        *range(0x2066, 0x206A),  # bidi isolates
        0x061C,  # Arabic letter mark
        0xFEFF,  # byte-order mark / zero-width no-break space
        0x00AD,  # soft hyphen
        0x0640,  # tatweel (kashida), pure decoration
    ]
)

_LETTER_MAP = str.maketrans(
    {
        "ى": "ي",
        "ی": "ي",  # Farsi yeh
        "ة": "ه",
        "ک": "ك",  # keheh
        "ڭ": "ك",  # Maghrebi gaf
        "ݣ": "ك",  # the gaf of official Moroccan spelling (U+0763)
        "گ": "ك",
        "ڤ": "ف",  # ve, written for "v" in loanwords
        "پ": "ب",  # pe, written for "p" in loanwords ("الإمپو", "الپورطابل"), as often as ب
        "ڢ": "ف",  # Maghrebi fa
        "ڨ": "ق",
        "ڧ": "ق",  # Maghrebi qaf
        "ٱ": "ا",
        "ء": "",  # bare hamza is dropped as often as it is written
        "œ": "oe",
        "æ": "ae",
        "’": "'",
        "‘": "'",
        "`": "'",
        "ß": "ss",
        **{chr(0x0660 + d): str(d) for d in range(10)},  # Arabic-Indic digits
        **{chr(0x06F0 + d): str(d) for d in range(10)},  # Extended (Persian) digits
    }
)

_STRETCHED = re.compile(r"([^\W\d_])\1{2,}")


def normalise(text: str) -> str:
    """Return the folded form of ``text`` used for matching; idempotent."""
    text = unicodedata.normalize("NFKC", text).translate(IGNORABLE).casefold()
    # Decomposing splits hamza/madda off alef, waw and yeh and accents off Latin
    # letters; dropping every combining mark then removes Arabic diacritics too.
    decomposed = unicodedata.normalize("NFD", text)
    text = "".join(c for c in decomposed if not unicodedata.combining(c))
    text = text.translate(_LETTER_MAP)
    text = _STRETCHED.sub(r"\1", text)
    return unicodedata.normalize("NFC", text)


def strip_ignorable(text: str) -> str:
    """Remove invisible control characters but keep everything a reader sees."""
    return text.translate(IGNORABLE)


def has_content(text: str) -> bool:
    """Whether ``text`` holds any letter or digit once invisible characters are gone."""
    return any(c.isalnum() for c in strip_ignorable(text))


_LATIN_WORD = re.compile(r"[a-z0-9']+")
_VOWELS = re.compile(r"[aeiouy]")
# Arabizi writes one sound several ways; fold them before dropping the vowels.
_ARABIZI_DIGRAPHS = (("sh", "ch"), ("x", "ch"), ("kh", "5"), ("gh", "4"), ("ou", "u"), ("q", "9"))


def arabizi_skeleton(word: str) -> str | None:
    """The consonant skeleton of a Latin-script word (kifach, kifash, kifch → kfch); None for other scripts.

    Arabizi spellings of one Darija word differ mostly in vowels and digraphs, so the
    skeleton lets a handful of training spellings cover the others.
    """
    if not _LATIN_WORD.fullmatch(word):
        return None
    word = arabizi_sounds(word)
    return word[:1] + _VOWELS.sub("", word[1:])


# Arabic letters as Arabizi writes them; emphatic and plain consonants fall together, as they do in most
# Arabizi ("sbagh" is صباغ). ش is one letter, "ch" two: both become "$".
_ARABIC_AS_LATIN = str.maketrans(
    dict(zip("ابتثجحخدذرزسشصضطظعغفقكلمنهوي", "abttjh5ddrzs$sdtd34f9klmnhwy", strict=True))
)
# After arabizi_sounds: the Latin letters Arabic script has no own letter for, and the digits that stand for one.
_LATIN_AS_ARABIC = (("ch", "$"), ("c", "k"), ("g", "k"), ("p", "b"), ("v", "f"), ("7", "h"), ("8", "h"), ("6", "t"))
_KEY_VOWELS = re.compile(r"[aeiouyw2]")
_INITIAL_VOWEL = re.compile(r"^[aeiou]")


def cross_script_key(word: str) -> str | None:
    """One key for a Darija word in either script: "كيفاش", "kifach" and "kifash" all give "kf$".

    Artisans write Darija in Arabic letters or in Arabizi, and a training example in one script
    should teach the other. The key keeps the consonants as Arabizi writes them, drops the
    vowels, the long vowels and the final ه/h (a written vowel in Darija: "خدمه", "khdma"), and
    writes the article ال as Arabizi's glued "l". None for numbers and words of other scripts.
    """
    if "\u0621" <= word[:1] <= "\u064a":
        if word.startswith("ال") and len(word) > 3:
            word = word[1:]
        if not word.translate(_ARABIC_AS_LATIN).isascii():
            return None
        word = word.translate(_ARABIC_AS_LATIN)
    elif _LATIN_WORD.fullmatch(word) and not word.isdigit():
        word = arabizi_sounds(word.replace("'", ""))
        for written, letter in _LATIN_AS_ARABIC:
            word = word.replace(written, letter)
    else:
        return None
    if len(word) > 2 and word.endswith("h"):
        word = word[:-1]
    word = _INITIAL_VOWEL.sub("a", word)
    key = word[:1] + _KEY_VOWELS.sub("", word[1:])
    return "".join(c for i, c in enumerate(key) if i == 0 or c != key[i - 1]) or None


def arabizi_sounds(word: str) -> str:
    """A Latin-script word with each sound written one way (kh → 5, gh → 4, sh → ch, q → 9, ou → u)."""
    for written, sound in _ARABIZI_DIGRAPHS:
        word = word.replace(written, sound)
    return word


# Arabic glues conjunctions, prepositions and the article to the next word ("فالزليج" = "in the
# zellige", "بالدارجة" = "in Darija"); ل + ال is written لل. Longest first.
ARABIC_PREFIXES = ("وبال", "ولل", "وال", "بال", "فال", "كال", "لل", "ال", "وب", "ول", "و", "ف", "ب", "ل")


def arabic_stems(word: str, min_stem: int = 2) -> list[str]:
    """A normalised word, then the word without each Arabic prefix it may carry (keeping ``min_stem`` letters)."""
    stems = [word]
    if word and "\u0600" <= word[0] <= "\u06ff":
        stems += [
            word[len(p) :] for p in ARABIC_PREFIXES if word.startswith(p) and len(word) - len(p) >= min_stem
        ]
    return stems


def says_any(lemmas: Sequence[str], words: AbstractSet[str]) -> bool:
    """Whether one of the normalised words of a message is one of ``words``, with a glued Arabic prefix or not."""
    return any(stem in words for lemma in lemmas for stem in arabic_stems(lemma))
