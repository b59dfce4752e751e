"""Finding known phrases (trades, cities, language names) in a message, whatever the spelling.

Phrases and message words are compared in their normalised form. The first word of a
phrase may carry a glued preposition or article (بالدارجة, فالدار البيضاء, lbalgha, bfes);
a single-word trade or city may also be found by a loose or one-letter-off spelling
(``hirfa.word_forms``), except through the keys that ordinary words of the training
messages would hit (``Lexicon.ordinary_hits``).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from hirfa.text import normalise
from hirfa.word_forms import Form, WordForms, stems, verb_stems
from hirfa.words import word_spans

# Only these entities are guessed at (loose and fuzzy forms); language names are few and exact.
# The words of someone saying what they work at ("khdama b lmachina", "أعمل محاسبا", "je travaille sur ma machine"):
# what follows them is the writer's own work (nlu.lexicon_extractor's tools, nlu.situation_tax's accountant by trade).
WORKING_WORDS = frozenset(
    normalise(w)
    for w in (
        "khdam", "khdama", "khddam", "khddama", "kankhdem", "kankhdam", "kan5dem", "nkhdem", "n5dem", "khedma",
        "خدام", "خدامة", "كنخدم", "نخدم", "أعمل", "اعمل", "نعمل", "أشتغل", "اشتغل", "نشتغل", "كنشتغل", "تعمل",
        "travaille", "travail", "bosse", "taf", "couds", "coud",
    )
)
GUESSED_ENTITIES = frozenset({"craft", "city"})


@dataclass(frozen=True)
class Word:
    """A word of the message: its normalised form and where it stands in the original text."""

    form: str
    start: int
    end: int


@dataclass(frozen=True)
class Match:
    """A phrase found in the message, with the canonical value it stands for."""

    entity: str
    value: str
    start: int
    end: int


@dataclass(frozen=True)
class _Hit:
    """A phrase the words at one position may be: how many words, which entry, through which form."""

    size: int
    entity: str
    value: str
    form: Form


def token_words(tokens: Iterable[Any]) -> list[Word]:
    """The tokenizer's tokens (nlu.tokenizer: the lemma is the folded form) as words."""
    return [Word(t.lemma, t.start, t.end) for t in tokens]


def message_words(text: str) -> list[Word]:
    """The message's words as the tokenizer cuts and folds them."""
    return [Word(normalise(text[start:end]), start, end) for start, end in word_spans(text)]


def as_entity(entity: str, value: str, start: int, end: int, text: str) -> dict[str, Any]:
    """An entity found in ``text`` as Rasa expects it, with the words the user wrote."""
    return {
        "entity": entity,
        "value": value,
        "start": start,
        "end": end,
        "confidence_entity": 1.0,
        "text": text[start:end],
    }


def phrase_key(phrase: str) -> tuple[str, ...]:
    """The normalised words of a phrase, as the lexicon stores it."""
    return tuple(normalise(phrase).replace("'", " ").replace("-", " ").split())


class Lexicon:
    """Phrases of several entities, each mapped to its canonical value."""

    def __init__(
        self, entries: Iterable[tuple[str, str, str]], excluded: Iterable[tuple[str, str]] = ()
    ) -> None:
        """``entries`` are (entity, phrase, canonical value) triples; ``excluded`` are guesses never made."""
        self._index: dict[tuple[str, ...], tuple[str, str]] = {}
        for entity, phrase, value in entries:
            key = phrase_key(phrase)
            if key:
                self._index[key] = (entity, value)
        self._longest = max((len(k) for k in self._index), default=0)
        guessed = {
            k[0]: found for k, found in self._index.items() if len(k) == 1 and found[0] in GUESSED_ENTITIES
        }
        self._forms = WordForms(guessed, excluded)

    def __len__(self) -> int:
        return len(self._index)

    def entries(self) -> list[tuple[str, str, str]]:
        """(entity, phrase, value) triples, phrases in their normalised form."""
        return [(e, " ".join(k), v) for k, (e, v) in self._index.items()]

    @property
    def excluded(self) -> list[tuple[str, str]]:
        """The (level, key) guesses this lexicon never makes, sorted."""
        return sorted(self._forms.excluded)

    def exact(self, phrase: Sequence[str]) -> tuple[str, str] | None:
        """The (entity, value) of a phrase of normalised words spelt exactly as listed, with no guessed form."""
        return self._index.get(tuple(phrase))

    def _hits(self, forms: Sequence[str]) -> Iterator[_Hit]:
        """Every phrase starting at ``forms[0]``, longest first, then by trust in the first word's form."""
        for size in range(min(self._longest, len(forms)), 0, -1):
            rest = tuple(forms[1:size])
            # Loose and one-letter-off spellings are guessed for single words only.
            candidates = self._forms.forms(forms[0]) if size == 1 else self._stems(forms[0]) + verb_stems(forms[0])
            for form in candidates:
                found = self._index.get((form.text, *rest))
                if found:
                    yield _Hit(size, *found, form)

    def _stems(self, word: str) -> list[Form]:
        """The word and its stems that no exclusion turns off."""
        return [f for f in stems(word) if f.exclusion not in self._forms.excluded]

    def find(self, words: Sequence[Word]) -> list[Match]:
        """Longest non-overlapping phrases, left to right."""
        matches: list[Match] = []
        i = 0
        while i < len(words):
            hit = next(self._hits([w.form for w in words[i:]]), None)
            if hit is None:
                i += 1
                continue
            matches.append(Match(hit.entity, hit.value, words[i].start, words[i + hit.size - 1].end))
            i += hit.size
        return matches

    def ordinary_hits(
        self, words: Sequence[Word], protected: Collection[tuple[int, int]]
    ) -> set[tuple[str, str]]:
        """The guesses (level, key) that words outside the ``protected`` spans would be taken by.

        At each position the hits come in the order ``find`` tries them: an exact or trusted
        hit ends the search, as ``find`` would stop there; a guess is collected and the next
        one tried, since excluding the first would let the next through.
        """
        found: set[tuple[str, str]] = set()
        forms = [w.form for w in words]
        for i in range(len(words)):
            for hit in self._hits(forms[i:]):
                end = words[i + hit.size - 1].end
                if any(start < end and words[i].start < stop for start, stop in protected):
                    continue
                if not hit.form.guarded:
                    break
                found.add(hit.form.exclusion)
        return found
