"""What people say about themselves: which kind of registrant they are, their tax situation, their stage.

"ma3ndich diplome walakin khdama f zrabi hadi 5 snin" names a diploma, but to say the
speaker has none; "5 snin" is five years of practice. The words that carry such statements
(cues, in ``situation_cues.yml``) are found in the normalised message, then a few rules
read them the way a person would: a negation reaches the next few words of its clause, a
question about what is *needed* says nothing about what one *has*, years come in digits,
in words or as a start year, and "I am 40" is an age. The rules of shared/DOMAIN.md §1 then
decide the kind of registrant; when the message does not say enough, nothing is decided,
so the assistant asks instead of answering for someone else.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

from hirfa.text import arabic_stems
from hirfa.word_forms import WordForms
from nlu.lexicon import Lexicon, Word

CUES_FILE = Path(__file__).with_name("situation_cues.yml")
# How far (in words) a negation, a "do I need" or a "with someone" reaches.
NEGATION_REACH = 4
NEED_REACH = 4
OTHER_PERSON_REACH = 2
PRACTICE_YEARS, MAALEM_YEARS = 3, 10  # shared/DOMAIN.md §1
# "3ndi 40 3am" is an age when nothing says it is work; nobody has a craft business at 15.
ADULT_AGE = 16
EARLIEST_START_YEAR = 1940
_CLAUSE_BREAK = re.compile(r"[,.;:!?،؛؟\n]")
# Darija wraps a negated verb in ma…ch (ma3ndich, makankhallasch, ماعنديش, مكنخلصش).
_LATIN_CIRCUMFIX = re.compile(r"^ma?[a-z0-9']{2,}(?:ch|sh)$")
_ARABIC_CIRCUMFIX = re.compile(r"^و?ما?[\u0621-\u064a]{2,}ش$")
_POSTPOSED_NEGATIONS = frozenset({"walo", "walou", "والو", "makaynch", "mkaynch", "ماكاينش", "مكاينش"})
_TENS = frozenset({10, 20, 30, 40, 50})
STAGE_PRIORITY = ("rural", "grow", "start")
# Endings glued to a noun or verb: our, her, his, my, your, their, and the accusative alif.
_ARABIC_SUFFIXES = ("كم", "هم", "نا", "ها", "ه", "ي", "ا", "ك")
_MIN_STEM = 3
# Cue kinds whose words may be misspelt or inflected; negations, numbers and small words must match as listed.
_NO_FUZZY = 1000
_GUESSABLE = frozenset({"category", "training", "tax", "tax_word", "stage"})


@dataclass(frozen=True)
class Found:
    """A situation entity read from a message."""

    entity: str
    value: str
    start: int
    end: int


@dataclass(frozen=True)
class _Cue:
    kind: str
    value: str
    first: int  # index of its first word
    last: int  # index of its last word
    start: int
    end: int


@dataclass(frozen=True)
class _Years:
    years: float
    first: int
    last: int
    start: int
    end: int


def load_cues(path: Path = CUES_FILE) -> dict:
    """The cue lists, as written in the YAML file."""
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _entries(cues: dict) -> list[tuple[str, str, str]]:
    """(kind, phrase, value) triples for the lexicon: one kind per mechanism of this module."""
    entries = []
    for kind in ("category", "tax", "stage", "numbers", "units", "spans_of_time"):
        for value, phrases in cues[kind].items():
            entries += [(kind, str(p), str(value)) for p in phrases]
    for kind in (
        "training", "no_training", "negation", "need", "contrast", "other_person", "dual_years", "since", "age",
        "unit_filler", "of_them",
        "possession", "practice_context", "tax_word", "tax_free",
    ):
        entries += [(kind, str(p), "") for p in cues[kind]]
    return entries


class SituationReader:
    """Reads category, tax_situation and business_stage from a message's normalised words."""

    def __init__(self, cues: dict) -> None:
        self._lexicon = Lexicon(_entries(cues))
        self._single_words = {
            phrase: (kind, value)
            for kind, phrase, value in self._lexicon.entries()
            if " " not in phrase and kind in _GUESSABLE
        }
        # Spellings of a cue word ("maalema", "n7el", "nwsa3ha") found as trades and cities are.
        # Only exact, prefix-stripped and loose forms: one letter off, مقاولة would be مقبولة and compta compte.
        self._word_forms = WordForms(self._single_words, min_fuzzy=_NO_FUZZY)

    def read(
        self, text: str, words: Sequence[Word], today: dt.date, taken: Sequence[tuple[int, int]] = ()
    ) -> list[Found]:
        """The situation stated in ``text``; ``taken`` are character spans other entities already claim."""
        cues = self._cues(words, taken)
        years = _durations(cues, words, today)
        found = [
            _category(text, cues, years),
            _tax(text, cues),
            _stage(text, cues),
        ]
        return [f for f in found if f is not None]

    def _cues(self, words: Sequence[Word], taken: Sequence[tuple[int, int]]) -> list[_Cue]:
        index = {w.start: i for i, w in enumerate(words)}
        ends = {w.end: i for i, w in enumerate(words)}
        cues = [
            _Cue(m.entity, m.value, index[m.start], ends[m.end], m.start, m.end)
            for m in self._lexicon.find(words)
            if not _inside(m.start, m.end, taken)
        ]
        covered = {i for c in cues for i in range(c.first, c.last + 1)}
        for i, word in enumerate(words):
            if i in covered or _inside(word.start, word.end, taken):
                continue
            if word.form.isdigit():
                cues.append(_Cue("digits", word.form, i, i, word.start, word.end))
            elif _LATIN_CIRCUMFIX.match(word.form) or _ARABIC_CIRCUMFIX.match(word.form):
                cues.append(_Cue("negation", "circumfix", i, i, word.start, word.end))
            elif found := self._guess(word.form):
                cues.append(_Cue(*found, i, i, word.start, word.end))
        return sorted(cues, key=lambda c: c.first)


    def _guess(self, form: str) -> tuple[str, str] | None:
        """The cue a word not listed as such stands for: another spelling, or a listed word with an ending."""
        for found in self._word_forms.forms(form):
            if found.text in self._single_words:
                return self._single_words[found.text]
        return self._without_suffix(form)

    def _without_suffix(self, form: str) -> tuple[str, str] | None:
        """A one-word cue under an Arabic possessive or case ending: تعاونيتنا, دبلومها, معلما, تطويرها."""
        for suffix in _ARABIC_SUFFIXES:
            stem = form[: -len(suffix)]
            if not form.endswith(suffix) or len(stem) < _MIN_STEM:
                continue
            # The feminine ending ة (folded to ه) is written ت before a suffix.
            for candidate in (stem, stem[:-1] + "ه" if stem.endswith("ت") else None):
                for variant in arabic_stems(candidate or "", min_stem=_MIN_STEM) if candidate else ():
                    if variant in self._single_words:
                        return self._single_words[variant]
        return None


def _inside(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


def _number(cue: _Cue) -> int | None:
    if cue.kind == "numbers" or (cue.kind == "digits" and len(cue.value) <= 2):
        return int(cue.value)
    return None


def _durations(cues: list[_Cue], words: Sequence[Word], today: dt.date) -> list[_Years]:
    """Years of practice: "5 snin", "خمسة عشر عام", "عام واحد", "عامين", "mn 2015" — ages left out."""
    found = []
    for i, cue in enumerate(cues):
        if cue.kind == "units":
            count, first = _count_before(cues, i)
            if count is not None:
                start = cues[_at(cues, first)].start
                found.append(_Years(count * float(cue.value), first, cue.last, start, cue.end))
            elif i + 1 < len(cues) and cues[i + 1].first == cue.last + 1 and _number(cues[i + 1]):
                after = cues[i + 1]  # "عام واحد": the number after the unit
                found.append(_Years(_number(after) * float(cue.value), cue.first, after.last, cue.start, after.end))
        elif cue.kind == "dual_years":
            found.append(_Years(2, cue.first, cue.last, cue.start, cue.end))
        elif cue.kind == "spans_of_time":
            found.append(_Years(float(cue.value), cue.first, cue.last, cue.start, cue.end))
        elif cue.kind == "digits" and len(cue.value) == 4:
            year = int(cue.value)
            # "mn 2015", and "منذ سنة 2012", "mn 3am 2018" with the unit between.
            before = _adjacent_before(cues, i)
            if before is not None and cues[before].kind == "units":
                before = _adjacent_before(cues, before)
            if before is not None and cues[before].kind == "since" and EARLIEST_START_YEAR <= year <= today.year:
                since = cues[before]
                found.append(_Years(today.year - year, since.first, cue.last, since.start, cue.end))
        elif cue.kind == "of_them":
            count, first = _count_before(cues, i)
            if count is not None:
                found.append(_Years(count, first, cue.last, cues[_at(cues, first)].start, cue.end))
    return [y for y in found if not _is_age(y, cues)]


def _adjacent_before(cues: list[_Cue], i: int) -> int | None:
    """The index of the cue ending on the word just before cue ``i``, if there is one."""
    return i - 1 if i > 0 and cues[i - 1].last == cues[i].first - 1 else None


def _at(cues: list[_Cue], first: int) -> int:
    return next(i for i, c in enumerate(cues) if c.first == first)


def _count_before(cues: list[_Cue], unit: int) -> tuple[float | None, int]:
    """The number written just before a unit, adding "khamsa w 3chrin" and "خمسة عشر"."""
    parts: list[int] = []
    first = cues[unit].first
    i = unit - 1
    if i >= 0 and cues[i].kind == "unit_filler" and cues[i].last == first - 1:
        first, i = cues[i].first, i - 1
    while i >= 0 and cues[i].last == first - 1:
        number = _number(cues[i])
        if number is not None:
            parts.insert(0, number)
            first = cues[i].first
        elif not (cues[i].kind == "contrast" and parts):  # "w", "و", "et" between two numbers
            break
        i -= 1
    if not parts:
        return None, first
    total = parts[0]
    for part in parts[1:]:
        total = total + part if (part in _TENS or total in _TENS) else total * 10 + part
    return total, first


def _is_age(years: _Years, cues: list[_Cue]) -> bool:
    before = [c for c in cues if c.last < years.first]
    if any(c.kind == "age" and years.first - c.last <= 3 for c in before):
        return True
    has = before and before[-1].kind == "possession" and before[-1].last == years.first - 1
    after = [c for c in cues if years.last < c.first <= years.last + 4]
    at_work = any(c.kind == "practice_context" for c in after)
    return bool(has) and years.years >= ADULT_AGE and not at_work


def _same_clause(text: str, a: _Cue, b: _Cue) -> bool:
    left, right = (a, b) if a.end <= b.start else (b, a)
    return not _CLAUSE_BREAK.search(text[left.end : right.start])


def _near(text: str, cues: list[_Cue], target: _Cue, kind: str, before: int, after: int) -> bool:
    """Whether a cue of ``kind`` stands within reach of ``target`` in the same clause, no contrast between."""
    for cue in cues:
        if cue.kind != kind or cue is target:
            continue
        if cue.last < target.first:
            distance, between = target.first - cue.last, (cue.last, target.first)
            reach = before
        elif cue.first > target.last:
            distance, between = cue.first - target.last, (target.last, cue.first)
            reach = after
            if kind == "negation" and not _postposed(cue):
                continue
        else:
            continue
        contrast = any(c.kind == "contrast" and between[0] < c.first < between[1] for c in cues)
        if distance <= reach and not contrast and _same_clause(text, cue, target):
            return True
    return False


def _postposed(cue: _Cue) -> bool:
    # Only Darija puts the negation after what it negates: "diplome ma3ndich", "الديبلوم ماعنديش".
    return cue.value == "circumfix" or cue.kind == "negation" and cue.value in _POSTPOSED_NEGATIONS


def _negated(text: str, cues: list[_Cue], target: _Cue) -> bool:
    return _near(text, cues, target, "negation", NEGATION_REACH, 2)


def _category(text: str, cues: list[_Cue], durations: list[_Years]) -> Found | None:
    """The kind of registrant by shared/DOMAIN.md §1, or None when the message does not say enough."""
    stated: dict[str, _Cue] = {}
    no_diploma: _Cue | None = None
    for cue in cues:
        if cue.kind == "no_training" or (cue.kind == "training" and _negated(text, cues, cue)):
            no_diploma = no_diploma or cue
        if cue.kind != "category":
            continue
        if _negated(text, cues, cue):
            if cue.value == "diploma":
                no_diploma = no_diploma or cue
            continue
        # "wach khassni ykon 3ndi diplome?" asks; "3ndi diplome, wach darori…?" tells, then asks.
        if _near(text, cues, cue, "need", NEED_REACH, 0):
            continue
        if _near(text, cues, cue, "need", 0, NEED_REACH) and not _near(text, cues, cue, "possession", 2, 0):
            continue
        if cue.value != "diploma" and _near(text, cues, cue, "other_person", OTHER_PERSON_REACH, 0):
            continue
        stated.setdefault(cue.value, cue)
    practice = max(durations, key=lambda y: y.years, default=None)
    years = practice.years if practice else None

    def found(value: str, where: _Cue | _Years) -> Found:
        return Found("category", value, where.start, where.end)

    for group in ("cooperative", "enterprise"):
        if group in stated:
            return found(group, stated[group])
    if "maalem" in stated and (years is None or years >= MAALEM_YEARS):
        return found("maalem", stated["maalem"])
    if "diploma" in stated and no_diploma is None:
        return found("diploma", stated["diploma"])
    if practice is not None and years >= PRACTICE_YEARS:
        return found("practice", practice)
    if "practice" in stated:
        return found("practice", stated["practice"])
    if practice is not None and no_diploma is not None:
        return found("none", practice)
    return None


def _tax(text: str, cues: list[_Cue]) -> Found | None:
    """The tax situation that decides the AMO amount (shared/DOMAIN.md §2)."""
    for cue in cues:
        if cue.kind == "tax" and not _negated(text, cues, cue):
            return Found("tax_situation", cue.value, cue.start, cue.end)
    for cue in cues:
        if cue.kind == "tax_free" or (cue.kind == "tax_word" and _negated(text, cues, cue)):
            return Found("tax_situation", "none", cue.start, cue.end)
    return None


def _stage(text: str, cues: list[_Cue]) -> Found | None:
    """Where the business stands, for financing: the most specific stage said."""
    said = {c.value: c for c in reversed(cues) if c.kind == "stage" and not _negated(text, cues, c)}
    stage = next((s for s in STAGE_PRIORITY if s in said), None)
    return Found("business_stage", stage, said[stage].start, said[stage].end) if stage else None
