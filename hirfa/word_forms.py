"""The forms a message word may stand for, shared by the NLU lexicon and the registry's spelling match.

People write a trade or a city with a glued article or preposition ("l'njara", "nnjara",
"bfes", "فمكناس"), as the worker, the feminine, the plural or the workshop ("نجارين",
"menuisière", "poterie"), and with one letter wrong. For a folded word (``hirfa.text.normalise``)
``WordForms.forms`` lists, most trusted first, the spellings it may stand for:

1. exact: the word itself;
2. stem: the word without a glued prefix, Arabic (``arabic_stems``) or Latin ("lbalgha",
   "fl", "mn", an article assimilated into a doubled first consonant: "zzlij");
3. loose: a known single-word spelling with the same *loose key*: doubled letters and Arabizi
   digraphs folded, the word's feminine/plural/nisba ending dropped ("نجارين" finds "نجار",
   "njara" finds "njar"), French derivations brought together (menuisière, menuiserie and
   menuisier); see ``loose_keys``;
4. fuzzy: a known single-word spelling one edit away (both of at least six letters);
5. verb: the trade said as a verb in the present ("kanjjer", "كننجر", "أنسج", "je tisse"): without
   its person prefix (ka-n-, كن, أ) or French verb ending, the same consonants as a known spelling
   of the worker or the craft ("njjar", "نجار", "نساج", "tisserand"); see ``verb_keys``.

Levels 3 to 5, and Latin stems, are guesses: they apply only to words of at least four
letters, only when they point to a single owner, and never to a key listed as excluded
(the NLU excludes the keys that ordinary words of its training messages would hit).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from enum import IntEnum

from hirfa.text import arabic_stems, arabizi_sounds

# A Latin stem must keep this many letters: "bfes" is Fès, "bla" is not "la".
MIN_STEM = 3
# Loose and fuzzy guesses need this much of a word (Arabic: without its article): short
# words are too often other words.
MIN_GUESS = 4
MIN_FUZZY = 6
# A loose key shorter than this says too little ("fessi" and "fes" both fold to "fes").
MIN_LATIN_KEY = 4
MIN_ARABIC_CORE = 3

# Articles and prepositions glued to a Latin-script word ("lbalgha", "bfes", "fl9nitra",
# "mnfes"); "l'" and "d'" are already separate words. Longest first.
LATIN_PREFIXES = ("del", "bel", "fel", "dl", "bl", "fl", "mn", "el", "al", "l", "f", "b", "d")
_VOWELS = frozenset("aeiouy")

# Endings folded by the loose key. Arabic: feminine, plural and nisba (نجارة, نجارين, فخاري).
ARABIC_ENDINGS = ("يات", "يين", "يه", "ات", "ين", "ون", "ه", "ي", "ا")
# French agent, feminine, plural and workshop endings (menuisier, menuisière, menuiserie,
# brodeur, brodeuse). They only fold onto each other: "tapissier" is not "tapis".
# "ie"/"ies": the -ier, -ié of French written as it sounds ("potié", "menuisié" are potier, menuisier).
FRENCH_ENDINGS = ("ieres", "iere", "iers", "ier", "eries", "erie", "euses", "euse", "eurs", "eur", "ies", "ie")
# Darija feminine, nisba and plural endings in Arabizi (njara, fekhari, njjarin); not "iya": "zerbiya" is no "zerb".
ARABIZI_ENDINGS = ("in", "at", "a", "i")
# Marks a key whose French ending was folded, so that it only meets keys folded the same way.
_FRENCH_FAMILY = "+"


# The present tense's person prefixes: Darija in Latin letters and in Arabic script, MSA. Longest first.
LATIN_VERB_PREFIXES = ("kan", "kat", "kay", "tan", "tat", "tay", "ka", "ta")
ARABIC_VERB_PREFIXES = ("كن", "كت", "كي", "تن", "ا", "ن")
# French verb endings, and the worker, workshop and activity endings a verb shares its stem with
# (je tisse, tisserand, tissage; je forge, forgeron; je sculpte, sculpteur).
FRENCH_VERB_ENDINGS = ("ent", "es", "e")
FRENCH_NOUN_ENDINGS = ("erande", "erand", "eronne", "eron", "euses", "euse", "eurs", "eur", "ages", "age")
# A verb's consonants must say this much: "kan7dded" (7d) and "kanseyyegh" (s4) say too little.
MIN_VERB_KEY = 3
_ARABIC_LONG_VOWEL = "ا"
# In Arabizi "y" is the consonant of "khayyat" and "sayegh".
_VERB_VOWELS = frozenset("aeiou")


class Level(IntEnum):
    """How far a form is from what was typed; lower is more trusted."""

    EXACT = 0
    STEM = 1
    LOOSE = 2
    FUZZY = 3
    VERB = 4


@dataclass(frozen=True)
class Form:
    """A spelling a word may stand for, how it was reached, and the key a caller may exclude."""

    text: str
    level: Level
    key: str = ""

    @property
    def guarded(self) -> bool:
        """Whether this form is a guess that an exclusion can turn off."""
        return bool(self.key)

    @property
    def exclusion(self) -> tuple[str, str]:
        """The (level name, key) pair that, once excluded, stops this guess."""
        return (self.level.name.lower(), self.key)


_LAM_ARTICLE = ("ولل", "فلل", "لل")


def is_arabic(word: str) -> bool:
    """Whether the word is written in Arabic script."""
    return bool(word) and "\u0600" <= word[0] <= "\u06ff"


def is_latin(word: str) -> bool:
    """Whether the word is lower-case Latin letters and digits (the folded Arabizi and French)."""
    return bool(word) and word.isascii() and word.isalnum()


def latin_stems(word: str) -> list[str]:
    """The word without each glued Latin article or preposition, and without an assimilated article."""
    if not is_latin(word):
        return []
    stems = [word[len(p) :] for p in LATIN_PREFIXES if word.startswith(p)]
    # The article assimilates into the next consonant: "nnjara", "zzlij", "ddrraza".
    if len(word) > 1 and word[0] == word[1]:
        stems.append(word[1:])
    # A stem starts with a consonant: "dossier" is no "d" + "ossier", "blassa" no "bl" + "assa".
    stems = [s for s in stems if len(s) >= MIN_STEM and s[0] not in _VOWELS]
    return sorted(dict.fromkeys(stems), key=len, reverse=True)


def stems(word: str) -> list[Form]:
    """The word, then the word without each glued prefix it may carry, longest first."""
    forms = [Form(word, Level.EXACT)]
    # Two Arabic letters may stay: "فبن جرير" is "in Ben Guerir".
    forms += [Form(s, Level.STEM) for s in sorted(arabic_stems(word)[1:], key=len, reverse=True)]
    # ل + ال is written لل: "للدوم" is "to the doum", whose listed spelling keeps the article ("الدوم").
    forms += [Form("ال" + word[len(p) :], Level.STEM) for p in _LAM_ARTICLE if word.startswith(p) and len(word) > len(p) + 2]
    # Arabic stems were always trusted; Latin ones are new guesses that an exclusion of the
    # glued word turns off ("blassa" is a place, not "bl" + a city).
    forms += [Form(s, Level.STEM, key=word) for s in latin_stems(word)]
    return forms


def collapse_doubles(word: str) -> str:
    """The word with each run of one letter written once ("njjar" → "njar"), except a doubled first letter.

    A doubled first consonant is the assimilated article ("ddakhla" is the city, "dakhla" is
    "she entered"), so it stays; ``latin_stems`` offers the word without it.
    """
    return "".join(c for i, c in enumerate(word) if i < 2 or c != word[i - 1])


def _strip_ending(word: str, endings: Iterable[str], keep: int) -> tuple[str, str]:
    """The word without the first of ``endings`` it ends with (keeping ``keep`` letters), and that ending."""
    for ending in endings:
        if word.endswith(ending) and len(word) - len(ending) >= keep:
            return word[: -len(ending)], ending
    return word, ""


def _long_enough(key: str) -> bool:
    """Whether a loose key says enough to be trusted: "fessi" and "fes" must not meet."""
    if is_arabic(key):
        return len(key[2:] if key.startswith("ال") else key) >= MIN_ARABIC_CORE
    return len(key) >= MIN_LATIN_KEY


def _french_family(sounds: str) -> str | None:
    """The key shared by menuisier, menuisière, menuiserie and menuisiers; None without such an ending."""
    stem, ending = _strip_ending(sounds, FRENCH_ENDINGS, MIN_LATIN_KEY - 1)
    return collapse_doubles(stem) + _FRENCH_FAMILY if ending else None


def _folded(word: str) -> str | None:
    """The word with its sounds written one way and doubled letters collapsed; None for other scripts."""
    if is_arabic(word):
        return collapse_doubles(word)
    return collapse_doubles(arabizi_sounds(word)) if is_latin(word) else None


def _short_vowels(key: str) -> str | None:
    """An Arabizi key with its short vowel written one way: "khcheb" is "khchab", "l7jer" is "l7jar".

    Arabizi writes the same short vowel as a or e; French keys keep theirs (their endings tell words apart).
    """
    return key.replace("e", "a") if is_latin(key) and "e" in key else None


def spelling_keys(spelling: str) -> list[str]:
    """The loose keys a known single-word spelling is filed under."""
    folded = _folded(spelling)
    if folded is None or len(spelling) < MIN_GUESS:
        return []
    keys = [folded, _french_family(folded) if is_latin(folded) else None, _short_vowels(folded)]
    return [k for k in dict.fromkeys(keys) if k and _long_enough(k)]


def loose_keys(word: str) -> list[str]:
    """The loose keys a message word is looked up under: as written, without a feminine/plural/nisba ending, as a French family.

    Only the message word loses its ending: "njara" finds "njar", but "smar" must not find "smara".
    """
    folded = _folded(word)
    if folded is None or len(word) < MIN_GUESS:
        return []
    if is_arabic(folded):
        keys = [folded, collapse_doubles(_strip_ending(word, ARABIC_ENDINGS, MIN_ARABIC_CORE)[0])]
    else:
        sounds = arabizi_sounds(word)
        bare = _strip_ending(sounds, ARABIZI_ENDINGS, MIN_LATIN_KEY)[0]
        keys = [folded, collapse_doubles(bare), _french_family(folded)]
        keys += [_short_vowels(folded), _short_vowels(collapse_doubles(bare))]
    return [k for k in dict.fromkeys(keys) if k and _long_enough(k)]


def _consonants(word: str) -> str:
    """A word's consonants, each run once: Arabizi without vowels (y is a consonant), Arabic without alif."""
    if is_arabic(word):
        letters = word[:1] + word[1:].replace(_ARABIC_LONG_VOWEL, "")
    else:
        sounds = arabizi_sounds(word)
        letters = sounds[:1] + "".join(c for c in sounds[1:] if c not in _VERB_VOWELS)
    return "".join(c for i, c in enumerate(letters) if i == 0 or c != letters[i - 1])


def _verb_key(stem: str, french: bool = False) -> str | None:
    key = ("fr:" + stem) if french else _consonants(stem)
    return key if len(stem) >= MIN_VERB_KEY and len(key.removeprefix("fr:")) >= MIN_VERB_KEY else None


def spelling_verb_keys(spelling: str) -> list[str]:
    """The keys a known worker or craft spelling is found under by its verb: "njjar" → njr, "tisserand" → fr:tiss."""
    if is_arabic(spelling):
        bare = spelling[2:] if spelling.startswith("ال") else spelling
        keys = [_verb_key(bare)]
    elif is_latin(spelling):
        stem, ending = _strip_ending(spelling, FRENCH_NOUN_ENDINGS, MIN_VERB_KEY + 1)
        keys = [_verb_key(spelling), _verb_key(stem, french=True) if ending and spelling.isalpha() else None]
    else:
        return []
    return [k for k in dict.fromkeys(keys) if k]


def verb_keys(word: str) -> list[str]:
    """The keys a message word is looked up under as a present-tense verb: without its person prefix, its consonants.

    "kanjjer" → njr, "كننجر" → نجر, "أنسج" → نسج, "tisse" → fr:tiss. Only a word carrying a prefix
    (or a French verb ending) and long enough to be a verb has keys.
    """
    if len(word) < MIN_GUESS:
        return []
    if is_arabic(word):
        prefixes = ARABIC_VERB_PREFIXES
    elif is_latin(word):
        stem, ending = _strip_ending(word, FRENCH_VERB_ENDINGS, MIN_VERB_KEY + 1)
        keys = [_verb_key(stem, french=True)] if ending and word.isalpha() else []
        prefixes = LATIN_VERB_PREFIXES
    else:
        return []
    keys = [] if is_arabic(word) else keys
    keys += [_verb_key(word[len(p) :]) for p in prefixes if word.startswith(p)]
    return [k for k in dict.fromkeys(keys) if k]


def verb_stems(word: str) -> list[Form]:
    """The word without its present-tense person prefix, for the first word of a verb phrase.

    "أنحت الحجر" is the phrase "نحت الحجر" said of oneself; "kanqach l7jar" is "qach l7jar". Whole
    phrases only: the words after the verb must match too, which keeps a noun that happens to start
    like a prefix from being read as a verb.
    """
    prefixes = ARABIC_VERB_PREFIXES if is_arabic(word) else LATIN_VERB_PREFIXES if is_latin(word) else ()
    found = [word[len(p) :] for p in prefixes if word.startswith(p) and len(word) - len(p) >= MIN_STEM]
    return [Form(s, Level.VERB) for s in dict.fromkeys(found)]


def deletions(word: str) -> set[str]:
    """The word and every string one letter shorter: two words one edit apart share one of these."""
    return {word, *(word[:i] + word[i + 1 :] for i in range(len(word)))}


def one_edit_apart(a: str, b: str) -> bool:
    """Whether ``b`` is ``a`` with one letter changed, added, removed or swapped with its neighbour."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = next((k for k in range(len(a)) if a[k] != b[k]), len(a))
    if len(a) < len(b):
        return a[i:] == b[i + 1 :]
    if a[i + 1 :] == b[i + 1 :]:
        return True
    return a[i + 2 :] == b[i + 2 :] and a[i : i + 2] == b[i : i + 2][::-1]


def _core(word: str) -> str:
    """The word without the Arabic article: "السلام" and "السلال" are four letters that differ, not six."""
    return word[2:] if is_arabic(word) and word.startswith("ال") else word


def _same_start(a: str, b: str) -> bool:
    """Whether two words begin alike, as a slip of the finger leaves them.

    A slip rarely hits the first letter ("suivre" is no "cuivre"), and a doubled first letter
    is the article ("dakhla" is no "ddakhla").
    """
    a, b = _core(a), _core(b)
    return a[0] == b[0] and (a[0] == a[1]) == (b[0] == b[1])


def _single_owner(spellings: Iterable[str], owners: Mapping[str, Hashable]) -> list[str]:
    """The spellings, if they all belong to one owner; none if the guess would be ambiguous."""
    spellings = sorted(set(spellings))
    return spellings if len({owners[s] for s in spellings}) == 1 else []


class WordForms:
    """Known single-word spellings, indexed to list the forms a message word may stand for."""

    def __init__(
        self,
        spellings: Mapping[str, Hashable],
        excluded: Iterable[tuple[str, str]] = (),
        min_fuzzy: int = MIN_FUZZY,
        verbs: bool = True,
    ) -> None:
        """``spellings`` maps each folded single-word spelling to its owner (a trade, a city...).

        ``excluded`` are (level, key) guesses never made; ``min_fuzzy`` is the length a word
        (Arabic: without its article) needs before a one-letter-off guess; ``verbs`` whether a
        present-tense verb finds the worker or craft it names.
        """
        self._owners = dict(spellings)
        self._excluded = frozenset(tuple(e) for e in excluded)
        self._min_fuzzy = min_fuzzy
        self._loose: dict[str, set[str]] = defaultdict(set)
        self._near: dict[str, set[str]] = defaultdict(set)
        for spelling in self._owners:
            for key in spelling_keys(spelling):
                self._loose[key].add(spelling)
            if len(_core(spelling)) >= min_fuzzy:
                for near in deletions(spelling):
                    self._near[near].add(spelling)
        self._by_verb: dict[str, set[str]] = defaultdict(set)
        if verbs:
            for spelling in self._owners:
                for key in spelling_verb_keys(spelling):
                    self._by_verb[key].add(spelling)

    @property
    def excluded(self) -> frozenset[tuple[str, str]]:
        """The (level, key) pairs this index never guesses with."""
        return self._excluded

    def forms(self, word: str) -> list[Form]:
        """Exact, stems, then loose and fuzzy guesses among the known spellings, most trusted first."""
        found = [f for f in stems(word) if f.exclusion not in self._excluded]
        bases = [f.text for f in found]
        found += self._guesses(bases, self._loose_spellings, Level.LOOSE)
        found += self._guesses(bases, self._fuzzy_spellings, Level.FUZZY)
        found += self._guesses([word], self._verb_spellings, Level.VERB)
        return found

    def _guesses(
        self, bases: list[str], finder: Callable[[str], Iterator[tuple[str, str]]], level: Level
    ) -> list[Form]:
        """The not-excluded guesses of one level from each base form, once each."""
        seen: dict[str, Form] = {}
        for base in bases:
            for key, spelling in finder(base):
                form = Form(spelling, level, key=key)
                if spelling not in seen and form.exclusion not in self._excluded:
                    seen[spelling] = form
        return list(seen.values())

    def _loose_spellings(self, word: str) -> Iterator[tuple[str, str]]:
        """(loose key, spelling) for the known spellings sharing one of the word's loose keys, if one owner has them."""
        for key in loose_keys(word):
            for spelling in _single_owner(self._loose.get(key, ()), self._owners):
                yield key, spelling

    def _fuzzy_spellings(self, word: str) -> Iterator[tuple[str, str]]:
        """(spelling, spelling) for the known spellings one edit away, if one owner has them."""
        if len(_core(word)) < self._min_fuzzy:
            return
        near = {s for d in deletions(word) for s in self._near.get(d, ())}
        near = {s for s in near if _same_start(word, s) and one_edit_apart(word, s)}
        for spelling in _single_owner(near, self._owners):
            yield spelling, spelling

    def _verb_spellings(self, word: str) -> Iterator[tuple[str, str]]:
        """(verb key, spelling) for the worker or craft spellings a present-tense verb names, if one owner has them."""
        for key in verb_keys(word):
            for spelling in _single_owner(self._by_verb.get(key, ()), self._owners):
                yield key, spelling
