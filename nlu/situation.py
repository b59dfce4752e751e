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
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import yaml

from hirfa.text import arabic_stems, arabizi_skeleton, normalise
from hirfa.word_forms import WordForms
from nlu import on_behalf
from nlu.lexicon import Lexicon, Word

CUES_FILE = Path(__file__).with_name("situation_cues.yml")
# How far (in words) a negation, a "do I need" or a "with someone" reaches.
NEGATION_REACH = 4
NEED_REACH = 4
# A tax is the object of a longer verb phrase: "je ne suis inscrit nulle part aux impôts".
TAX_NEGATION_REACH = 6
# "kont auto-entrepreneur", "j'étais à la CPU": a past marker just before a regime; "… w sddit", "mais j'ai
# arrêté": a stop said after it, in the same sentence.
PAST_REACH, STOPPED_REACH = 3, 8
# "bghit nakhod chi diplome": what one wishes for stands a few words after the wish.
WISH_REACH = 3
OTHER_PERSON_REACH = 2
# How far a start ("bdit", "بدأت") reaches to the year or age it began at.
BEGAN_REACH = 6
PRACTICE_YEARS, MAALEM_YEARS = 3, 10  # shared/DOMAIN.md §1
# "3ndi 40 3am" is an age when nothing says it is work; nobody has a craft business at 15.
ADULT_AGE = 16
EARLIEST_START_YEAR = 1940
_CLAUSE_BREAK = re.compile(r"[,.;:!?،؛؟\n]")
_SENTENCE_END = re.compile(r"[.;!?؛؟\n]")
# "c'est quoi un maalem ?": how far a "what is" reaches; "la différence entre CPU et auto-entrepreneur" reaches both.
WHAT_IS_REACH, COMPARE_REACH = 2, 4
# A count glued to its unit in SMS writing: "6ans", "4an", "8mois".
_GLUED_NUMBER = re.compile(r"^(\d{1,2})([a-z]+)$")
# "presque 3 ans": just under the number said.
_JUST_UNDER = 0.5
# "mon frère est auto-entrepreneur", "mon père est au régime du forfait": a relative this many words before a
# regime is its subject.
RELATIVE_REACH = 6
# How far after a fronted topic ("Le diplôme, je ne l'ai jamais eu") its negation may stand.
FRONTED_REACH = 4
# Declaring "every three months" and the declaring verb stand in one sentence, this many words apart at most.
QUARTERLY_REACH = 10
# Darija wraps a negated verb in ma…ch (ma3ndich, makankhallasch, ماعنديش, مكنخلصش).
_LATIN_CIRCUMFIX = re.compile(r"^ma?[a-z0-9']{2,}(?:ch|sh)$")
_ARABIC_CIRCUMFIX = re.compile(r"^و?ما?[\u0621-\u064a]{2,}ش$")
# Without its -ch, a negated present still starts ma-ka-/ما-ك- ("makankhlles walo", "ماكنخلص حتى ضريبة").
_LATIN_NEGATED_PRESENT = re.compile(r"^maka[nty][a-z0-9']{3,}$")
_ARABIC_NEGATED_PRESENT = re.compile(r"^و?ماك[نت][\u0621-\u064a]{3,}$")
_NEGATED_FORMS = (_LATIN_CIRCUMFIX, _ARABIC_CIRCUMFIX, _LATIN_NEGATED_PRESENT, _ARABIC_NEGATED_PRESENT)
# "ma"/"ما" before a present verb negates that verb, whose object may come first: "dariba ma kankhlsha".
_NEGATING_PARTICLES = frozenset({"ma", "ما", "وما"})
_LATIN_PRESENT = re.compile(r"^(?:ka[nty]?|ta[nty])[a-z0-9']{3,}$")
_ARABIC_PRESENT = re.compile(r"^ك[نتيا][\u0621-\u064a]{3,}$")
# "عمري صرحت" (I never declared) as against "عمري 40 عام" (I am 40): "my life" before a verb is "never".
_NEVER_WITHOUT_MA = frozenset({"عمري", "3mri", "3omri", "3amri", "عمرني"})
_NOTHING = frozenset({"walo", "walou", "والو", "rien"})
_POSTPOSED_NEGATIONS = frozenset({"walo", "walou", "والو", "makaynch", "mkaynch", "ماكاينش", "مكاينش"})
_TENS = frozenset({10, 20, 30, 40, 50})
STAGE_PRIORITY = ("rural", "grow", "start")
# Endings glued to a noun or verb: our, her, his, my, your, their, and the accusative alif.
_ARABIC_SUFFIXES = ("كم", "هم", "نا", "ها", "ه", "ي", "ا", "ك")
_MIN_STEM = 3
# Cue kinds whose words may be misspelt or inflected; negations, numbers and small words must match as listed.
_NO_FUZZY = 1000
_GUESSABLE = frozenset({"category", "training", "tax", "tax_word", "tax_local", "stage"})
# A consonant skeleton must keep this many letters to be trusted as a guess ("nkbber" → "nkbr").
_MIN_SKELETON = 4
_MIN_PHRASE_SKELETON = 7
# Loanwords in Arabic script are written with or without their long vowels, with emphatic or plain
# consonants (الباتانتا, الباطانطا; كوبيراتيف, كوبراتيف; تلت, تلات).
_ARABIC_VOWELS = re.compile("[اويى]")
_ARABIC_ALIF = re.compile("[اى]")
_MIN_LATIN_GUESS = 6
_ARABIC_PLAIN = str.maketrans({"ط": "ت", "ص": "س", "ض": "د", "ظ": "ز", "ق": "ك"})
# French verb endings: "je démarre", "j'ai démarré", "démarrer" are one cue.
_FRENCH_VERB_ENDINGS = ("erons", "erez", "eront", "ons", "ez", "ent", "er", "es", "e", "ir", "is", "it")
_MIN_FRENCH_STEM = 5
# A form answered like a questionnaire: "diplôme : non", "الدبلوم: لا يوجد", "diplome? la".
_FORM_SEPARATOR = re.compile(r"^\s*[:=?؟/\-–]+\s*$")
# Someone starting the craft as a child is at least this old when writing about registering.
ADULT_WRITER_AGE = 18
_OLDEST_AGE = 99
# "ما" both negates (ما عنديش) and asks (ما الوثائق؟).
_INTERROGATIVE_MA = frozenset({"ما", "وما", "فما"})
# An Arabic ordinal carries the article: "في الخامسة والثلاثين" (at thirty-five).
_ORDINAL_ARTICLES = ("ال", "وال")
# "Since" proper, not "in": "mn ana 3ndi 14" is a start age, "f zlij 3ndi 2 snin" is not.
_STRONG_SINCE = frozenset({"mn", "men", "min", "من", "منذ", "depuis", "since", "mnin", "mli", "ملي"})


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
    # Denied by a negation standing after it, past a comma ("Le diplôme, je ne l'ai jamais eu").
    denied: bool = False


@dataclass(frozen=True)
class _Years:
    years: float
    first: int
    last: int
    start: int
    end: int
    # A long time said without a number ("depuis toujours", "men zman"): a floor, not a count.
    vague: bool = False


def load_cues(path: Path = CUES_FILE) -> dict:
    """The cue lists, as written in the YAML file."""
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _entries(cues: dict) -> list[tuple[str, str, str]]:
    """(kind, phrase, value) triples for the lexicon: one kind per mechanism of this module."""
    entries = []
    for kind in ("category", "tax", "stage", "numbers", "units", "spans_of_time"):
        for value, phrases in cues[kind].items():
            entries += [(kind, str(p), str(value)) for p in phrases]
    # A negation keeps its words: some stand after what they negate ("diplome makaynch").
    entries += [("negation", str(p), normalise(str(p))) for p in cues["negation"]]
    for kind in (
        "training", "no_training", "need", "contrast", "other_person", "dual_years", "since", "age",
        "unit_filler", "of_them",
        "possession", "practice_context", "tax_word", "tax_free", "began", "few", "ago",
        "tax_local", "pay", "past", "stopped", "no_longer", "wish", "register",
        "declare", "quarterly", "fixed_amount", "other_papers", "apprenticeship", "what_is", "compare",
        "almost", "declared_profits", "post_office",
    ):
        entries += [(kind, str(p), "") for p in cues[kind]]
    return entries


# The ties of nlu/on_behalf_cues.yml that name a relative or a friend: a regime right after one is theirs.
_RELATIVE_TIES = ("parent", "child", "sibling", "spouse", "relative", "other")


def _relatives() -> list[tuple[str, str, str]]:
    """The writer's relatives and friends ("mon frère", "khouya", "زوجي"), as the on-behalf reader knows them."""
    ties = on_behalf.load_cues()["person"]
    return [("relative", str(p), "") for tie in _RELATIVE_TIES for p in ties[tie]]


class SituationReader:
    """Reads category, tax_situation and business_stage from a message's normalised words."""

    def __init__(self, cues: dict) -> None:
        self._lexicon = Lexicon(_entries(cues))
        self._relatives = Lexicon(_relatives())
        self._single_words = {
            phrase: (kind, value)
            for kind, phrase, value in self._lexicon.entries()
            if " " not in phrase and kind in _GUESSABLE
        }
        # Spellings of a cue word ("maalema", "n7el", "nwsa3ha") found as trades and cities are.
        # Only exact, prefix-stripped and loose forms: one letter off, مقاولة would be مقبولة and compta compte.
        self._word_forms = WordForms(self._single_words, min_fuzzy=_NO_FUZZY, verbs=False)
        # The same words by their consonant skeleton ("nkbber" is "nkebber", "الباتانتا" is "الباطانطا") and,
        # in French, by their verb stem ("je démarre" is "démarrer"); a key two meanings share is no guess.
        # One Arabic word: only without alif and emphasis (و and ي are consonants too often: المعلومة is no
        # معلمة, محسوبة no محاسبة). Arabizi: same first and last letter too (t3awni is no t3awnia).
        self._skeletons = _unique_index(
            (skeleton(phrase), found) for phrase, found in self._single_words.items() if phrase.isascii()
        )
        self._light_skeletons = _unique_index(
            (skeleton(phrase, light=True), found) for phrase, found in self._single_words.items() if not phrase.isascii()
        )
        self._latin_spellings: dict[str, list[str]] = {}
        for phrase in self._single_words:
            if phrase.isascii() and (key := skeleton(phrase)):
                self._latin_spellings.setdefault(key, []).append(phrase)
        self._verb_stems = _unique_index(
            (french_verb_stem(phrase), found) for phrase, found in self._single_words.items()
        )
        # Numbers in words under another spelling ("sb3 snin", "tmn snin", "تلت سنين"): only before a unit.
        self._number_skeletons = _unique_index(
            (_number_key(phrase), ("numbers", value))
            for kind, phrase, value in self._lexicon.entries()
            if kind == "numbers" and " " not in phrase
        )
        # Phrases of several words by their words' skeletons ("أوطو أنتروبرونور" is "أوطو أونطروبرونور").
        self._skeleton_phrases = _unique_index(
            (_phrase_skeleton(phrase), (kind, value))
            for kind, phrase, value in self._lexicon.entries()
            if " " in phrase and kind in _GUESSABLE
        )
        self._asked_after_ma = frozenset(normalise(w) for w in cues.get("asked_after_ma", ()))
        self._answers_no = frozenset(normalise(w) for w in cues.get("answer_no", ()))
        self._french_only = frozenset(normalise(w) for w in cues.get("not_negation_in_french", ()))
        self._topic_openers = frozenset(normalise(w) for w in cues.get("topic_openers", ()))
        self._plural_units = frozenset(normalise(w) for w in cues.get("plural_units", ()))
        self._just_began = frozenset(normalise(w) for w in cues.get("just_began", ()))
        self._own_account = frozenset(normalise(w) for w in cues.get("own_account", ()))
        self._not_guessed = frozenset(normalise(w) for w in cues.get("not_verbs", ()))
        # A unit glued to its number ("6ans", "4an", "8mois"): the unit's years.
        self._latin_units = {
            normalise(str(p)): float(value)
            for value, phrases in cues["units"].items()
            for p in phrases
            if str(p).isascii() and " " not in str(p)
        }

    def read(
        self,
        text: str,
        words: Sequence[Word],
        today: dt.date,
        taken: Sequence[tuple[int, int]] = (),
        variety: str | None = None,
    ) -> list[Found]:
        """The situation stated in ``text``; ``taken`` are character spans other entities already claim.

        ``variety`` is the message's variety when known: in French, "ma" is "my", not a negation.
        """
        cues = _negated_verbs(words, self._cues(words, taken))
        if variety == "fr":
            cues = [c for c in cues if not (c.kind == "negation" and words[c.first].form in self._french_only)]
        cues = self._form_answers(text, words, self._without_questions(words, cues))
        cues = self._fronted_topics_denied(text, words, cues)
        cues = self._asked_about(text, words, cues)
        years = _durations(cues, words, today, self._plural_units)
        found = [
            _category(text, cues, years),
            _tax(text, cues),
            _stage(text, cues, years, self._own_account) or _recent_start(text, cues, words, self._just_began),
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
            if phrase := self._skeleton_phrase(words, i, covered, taken):
                cues.append(phrase)
                covered.update(range(phrase.first, phrase.last + 1))
                continue
            if word.form.isdigit():
                cues.append(_Cue("digits", word.form, i, i, word.start, word.end))
            elif glued := self._glued_duration(word.form):
                cues.append(_Cue("glued_duration", glued, i, i, word.start, word.end))
            elif any(p.match(word.form) for p in _NEGATED_FORMS):
                cues.append(_Cue("negation", "circumfix", i, i, word.start, word.end))
            elif word.form not in self._not_guessed and (found := self._guess(word.form)):
                cues.append(_Cue(*found, i, i, word.start, word.end))
        cues = sorted(cues + self._relatives_among(words, cues, taken), key=lambda c: c.first)
        return self._numbers_before_units(words, cues, taken)

    def _relatives_among(self, words: Sequence[Word], cues: list[_Cue], taken: Sequence[tuple[int, int]]) -> list[_Cue]:
        """The relatives named where no other cue stands: "ولدي" is "my son", and in "ولدي دبلوم" "and I have".
        Only a regime can be a relative's, and most messages name none: no search then."""
        if not any(c.kind == "tax" for c in cues):
            return []
        index = {w.start: i for i, w in enumerate(words)}
        ends = {w.end: i for i, w in enumerate(words)}
        covered = {i for c in cues for i in range(c.first, c.last + 1)}
        return [
            _Cue("relative", "", index[m.start], ends[m.end], m.start, m.end)
            for m in self._relatives.find(words)
            if not covered.intersection(range(index[m.start], ends[m.end] + 1)) and not _inside(m.start, m.end, taken)
        ]

    def _glued_duration(self, form: str) -> str | None:
        """The years of a number glued to its unit ("6ans", "10ans", "4an", "8mois"), as text; None otherwise."""
        match = _GLUED_NUMBER.match(form)
        if not match or match.group(2) not in self._latin_units:
            return None
        return str(int(match.group(1)) * self._latin_units[match.group(2)])

    def _skeleton_phrase(
        self, words: Sequence[Word], i: int, covered: set[int], taken: Sequence[tuple[int, int]]
    ) -> _Cue | None:
        """A phrase of two or three words starting at word ``i``, found by its words' skeletons."""
        for size in (3, 2):
            span = range(i, i + size)
            if span[-1] >= len(words) or any(
                j in covered or _inside(words[j].start, words[j].end, taken) for j in span
            ):
                continue
            found = self._skeleton_phrases.get(_phrase_skeleton(" ".join(words[j].form for j in span)))
            if found:
                return _Cue(*found, i, span[-1], words[i].start, words[span[-1]].end)
        return None

    def _numbers_before_units(
        self, words: Sequence[Word], cues: list[_Cue], taken: Sequence[tuple[int, int]]
    ) -> list[_Cue]:
        """Number words spelt another way, read where a number is expected: just before a unit of time."""
        at = {c.first: c for c in cues}
        added = []
        for cue in cues:
            i = cue.first - 1
            if cue.kind != "units" or i < 0 or i in at or _inside(words[i].start, words[i].end, taken):
                continue
            found = self._number_skeletons.get(_number_key(words[i].form))
            if found:
                added.append(_Cue(*found, i, i, words[i].start, words[i].end))
        return sorted(cues + added, key=lambda c: c.first) if added else cues

    def _without_questions(self, words: Sequence[Word], cues: list[_Cue]) -> list[_Cue]:
        """Drop "ما" asking "what": before a definite noun or a question word ("ما الوثائق", "ما هي", "ما ملف")."""
        kept = []
        for cue in cues:
            after = words[cue.last + 1].form if cue.last + 1 < len(words) else ""
            asks = after.startswith("ال") and len(after) > 3 or after in self._asked_after_ma
            if not (cue.kind == "negation" and cue.value in _INTERROGATIVE_MA and asks):
                kept.append(cue)
        return kept

    def _form_answers(self, text: str, words: Sequence[Word], cues: list[_Cue]) -> list[_Cue]:
        """"diplôme : non", "الدبلوم: لا يوجد": a "no" answering a form field negates the field."""
        answers = []
        for cue in cues:
            after = cue.last + 1
            if cue.kind not in ("category", "training", "tax_word") or after >= len(words):
                continue
            if words[after].form in self._answers_no and _FORM_SEPARATOR.match(text[cue.end : words[after].start]):
                answers.append(_Cue("negation", "answer", after, after, words[after].start, words[after].end))
        if not answers:
            return cues
        replaced = {a.first for a in answers}
        return sorted([c for c in cues if c.first not in replaced] + answers, key=lambda c: c.first)


    def _fronted_topics_denied(self, text: str, words: Sequence[Word], cues: list[_Cue]) -> list[_Cue]:
        """"Le diplôme, je ne l'ai jamais eu", "الشهادة لم أحصل عليها", "والديبلوم ما عمري خديتو": a topic put first in
        its clause and denied a few words later, past a comma, is negated as if the negation stood before it."""
        denied = set()
        for i, cue in enumerate(cues):
            if cue.kind not in ("category", "training", "tax_word", "tax_local") or not self._opens_clause(text, words, cue):
                continue
            window = [
                c for c in cues[i + 1 :]
                if c.first - cue.last <= FRONTED_REACH and not _SENTENCE_END.search(text[cue.end : c.start])
            ]
            if any(c.kind == "need" for c in window):
                continue  # "le diplôme n'est pas obligatoire ?" asks what is needed
            for later in window:
                if later.kind in ("contrast", "category", "tax"):
                    break  # another topic: the negation is not about this one
                if later.kind == "negation":
                    denied.add(i)
                    break
        return [replace(c, denied=True) if i in denied else c for i, c in enumerate(cues)]

    def _asked_about(self, text: str, words: Sequence[Word], cues: list[_Cue]) -> list[_Cue]:
        """A kind or regime asked about, not held: "c'est quoi un maalem ?", "la CPU c'est quoi ?", "la différence
        entre CPU et auto-entrepreneur", "comment devenir auto-entrepreneur", "comment créer une coopérative"."""
        asked = set()
        for i, cue in enumerate(cues):
            if cue.kind not in ("category", "tax"):
                continue
            for other in cues:
                if other.kind not in ("what_is", "compare") or not _same_clause(text, other, cue):
                    continue
                before = cue.first - other.last
                reach = COMPARE_REACH if other.kind == "compare" else WHAT_IS_REACH
                if 0 < before <= reach or 0 < other.first - cue.last <= WHAT_IS_REACH and self._opens_clause(text, words, cue):
                    asked.add(i)
            if cue.kind == "tax" and (_wished(text, cues, cue) or _near(text, cues, cue, "need", NEED_REACH, 0)):
                asked.add(i)
            if cue.value in ("cooperative", "enterprise") and _to_create(text, words, cues, cue):
                asked.add(i)
        return [replace(c, kind="asked") if i in asked else c for i, c in enumerate(cues)]

    def _opens_clause(self, text: str, words: Sequence[Word], cue: _Cue) -> bool:
        """Whether only openers ("le", "و", "أما") stand between the start of the cue's clause and the cue."""
        before = [w for w in words[: cue.first] if not _CLAUSE_BREAK.search(text[w.end : cue.start])]
        return all(w.form in self._topic_openers for w in before)

    def _guess(self, form: str) -> tuple[str, str] | None:
        """The cue a word not listed as such stands for: another spelling, or a listed word with an ending."""
        for found in self._word_forms.forms(form):
            if found.text in self._single_words:
                return self._single_words[found.text]
        return (
            self._without_suffix(form)
            or self._skeleton_guess(form)
            or self._verb_stems.get(french_verb_stem(form))
        )

    def _skeleton_guess(self, form: str) -> tuple[str, str] | None:
        """The cue a word stands for by its consonants ("nkbber" → nkebber, "الباتانتا" → الباطانطا)."""
        if not form.isascii():
            return self._light_skeletons.get(skeleton(form, light=True))
        key = skeleton(form)
        if len(form) < _MIN_LATIN_GUESS or key not in self._skeletons:
            return None
        alike = any(s[0] == form[0] and s[-1] == form[-1] for s in self._latin_spellings.get(key, ()))
        return self._skeletons[key] if alike else None

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


def skeleton(word: str, minimum: int = _MIN_SKELETON, light: bool = False) -> str | None:
    """A word's consonants, doubled letters once: Arabizi without vowels, Arabic without long vowels or emphasis.

    ``light`` drops only alif in Arabic (و and ي stay). None when too little is left to tell
    words apart, or for a word in neither script.
    """
    if word.isascii():
        # Arabic has no p: Arabizi writes b ("otoantrobrenor" is "otoentrepreneur").
        key = arabizi_skeleton(word.replace("p", "b"))
    elif "\u0600" <= word[:1] <= "\u06ff":
        bare = word[2:] if word.startswith("ال") else word
        vowels = _ARABIC_ALIF if light else _ARABIC_VOWELS
        key = (bare[:1] + vowels.sub("", bare[1:])).translate(_ARABIC_PLAIN)
    else:
        return None
    if not key:
        return None
    key = "".join(c for i, c in enumerate(key) if i == 0 or c != key[i - 1])
    return key if len(key) >= minimum else None


def _number_key(word: str) -> str | None:
    """A number word's skeleton, its feminine ending dropped (تلاتة, تلات and تلت are one; sb3a and sb3 too)."""
    if not word.isascii() and word.endswith("ه") and len(word) > 3:
        word = word[:-1]
    return skeleton(word, minimum=3)


def _phrase_skeleton(phrase: str) -> str | None:
    """The skeletons of a phrase's words, when they say enough together to be told apart."""
    keys = [skeleton(word, minimum=1) for word in phrase.split()]
    if not all(keys) or sum(len(k) for k in keys) < _MIN_PHRASE_SKELETON:
        return None
    return " ".join(keys)


def french_verb_stem(word: str) -> str | None:
    """A French verb without its ending ("demarre", "demarrer" → "demarr"); None when not such a word."""
    if not (word.isascii() and word.isalpha()):
        return None
    for ending in _FRENCH_VERB_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= _MIN_FRENCH_STEM:
            return word[: -len(ending)]
    return None


def _unique_index(pairs: Iterable[tuple[str | None, tuple[str, str]]]) -> dict[str, tuple[str, str]]:
    """Key → meaning, keeping only the keys that have one meaning."""
    meanings: dict[str, set[tuple[str, str]]] = {}
    for key, found in pairs:
        if key:
            meanings.setdefault(key, set()).add(found)
    return {key: next(iter(found)) for key, found in meanings.items() if len(found) == 1}


def _inside(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


def _number(cue: _Cue) -> int | None:
    if cue.kind == "numbers" or (cue.kind == "digits" and len(cue.value) <= 2):
        return int(cue.value)
    return None


def _durations(
    cues: list[_Cue], words: Sequence[Word], today: dt.date, plural_units: frozenset[str] = frozenset()
) -> list[_Years]:
    """Years of practice: "5 snin", "خمسة عشر عام", "عام واحد", "عامين", "mn 2015" — ages left out."""
    found = []
    for i, cue in enumerate(cues):
        if cue.kind == "units":
            count, first = _count_before(cues, i)
            if count is None and i > 0 and cues[i - 1].kind == "few" and cues[i - 1].last == cue.first - 1:
                # "quelques mois", "بضعة أشهر", "chi chhour": a few months are under a year; a few years say too little.
                if float(cue.value) < 1:
                    found.append(_Years(float(cue.value) * 3, cues[i - 1].first, cue.last, cues[i - 1].start, cue.end))
            elif count is not None:
                start = cues[_at(cues, first)].start
                years = count * float(cue.value) - (_JUST_UNDER if _almost_before(cues, first) else 0)
                found.append(_Years(years, first, cue.last, start, cue.end))
            elif _one_unit_ago(cues, i, words) and words[cue.first].form not in plural_units:
                # "قبل سنة", "mn 3am", "ghir chhar": one year or one month, the number left unsaid.
                found.append(_Years(float(cue.value), cues[i - 1].first, cue.last, cues[i - 1].start, cue.end))
            elif i + 1 < len(cues) and cues[i + 1].first == cue.last + 1 and _number(cues[i + 1]):
                after = cues[i + 1]  # "عام واحد": the number after the unit
                found.append(_Years(_number(after) * float(cue.value), cue.first, after.last, cue.start, after.end))
        elif cue.kind == "glued_duration":
            years = float(cue.value) - (_JUST_UNDER if _almost_before(cues, cue.first) else 0)
            found.append(_Years(years, cue.first, cue.last, cue.start, cue.end))
        elif cue.kind == "dual_years":
            found.append(_Years(2, cue.first, cue.last, cue.start, cue.end))
        elif cue.kind == "spans_of_time":
            years = float(cue.value)
            found.append(_Years(years, cue.first, cue.last, cue.start, cue.end, vague=years >= PRACTICE_YEARS))
        elif cue.kind == "digits" and len(cue.value) == 4:
            year = int(cue.value)
            if not EARLIEST_START_YEAR <= year <= today.year:
                continue
            # "mn 2015", "منذ سنة 2012", "mn 3am 2018"; "سنة 2025" or "bdit… f 2025" after a start.
            before = _adjacent_before(cues, i)
            unit = before is not None and cues[before].kind == "units"
            if unit:
                before = _adjacent_before(cues, before)
            since = before is not None and cues[before].kind == "since"
            if since or unit or _began_before(cues, i):
                where = cues[before] if since else cue
                found.append(_Years(today.year - year, where.first, cue.last, where.start, cue.end))
        elif cue.kind == "of_them":
            count, first = _count_before(cues, i)
            if count is not None:
                found.append(_Years(count, first, cue.last, cues[_at(cues, first)].start, cue.end))
    ages = _ages(cues, words)
    found = [y for y in found if not _is_age(y, cues) and not any(y.first <= a.first <= y.last for a in ages)]
    return found + _years_since_an_age(ages)


def _almost_before(cues: list[_Cue], first: int) -> bool:
    """Whether "presque", "bientôt", "moins de" stands right before the word ``first`` (a count of years)."""
    return any(c.kind == "almost" and c.last == first - 1 for c in cues)


def _one_unit_ago(cues: list[_Cue], i: int, words: Sequence[Word]) -> bool:
    """Whether the unit at cue ``i`` follows "ago" or a strong "since" right before it ("قبل سنة", "mn 3am")."""
    before = _adjacent_before(cues, i)
    if before is None:
        return False
    cue = cues[before]
    return cue.kind == "ago" or cue.kind == "since" and words[cue.first].form in _STRONG_SINCE


def _began_before(cues: list[_Cue], i: int) -> bool:
    """Whether "I began" ("bdit", "بدأت", "j'ai commencé") stands a few words before cue ``i``."""
    return any(c.kind == "began" and 0 < cues[i].first - c.last <= BEGAN_REACH for c in cues[:i])


@dataclass(frozen=True)
class _Age:
    """An age said in the message: the speaker's now, or the one they started at."""

    years: int
    first: int
    last: int
    start: int
    end: int
    started: bool


def _number_from(cues: list[_Cue], i: int) -> tuple[int | None, int]:
    """The number written from cue ``i`` on ("17", "السابعة عشرة", "khamsa w 3chrin"), and its last cue index."""
    parts: list[int] = []
    last = j = i
    while j < len(cues) and (not parts or cues[j].first == cues[j - 1].last + 1):
        number = _number(cues[j])
        if number is not None:
            parts.append(number)
            last = j
        elif not (parts and cues[j].kind == "contrast" and j + 1 < len(cues) and _number(cues[j + 1]) is not None):
            break  # "w", "و" only between two numbers
        j += 1
    if not parts:
        return None, i
    total = parts[0]
    for part in parts[1:]:
        total = total + part if (part in _TENS or total in _TENS) else total * 10 + part
    return total, last


def _ages(cues: list[_Cue], words: Sequence[Word]) -> list[_Age]:
    """Ages: "3mri 19", "j'ai 45 ans", "daba 3ndi 30"; and ages one started at: "depuis l'âge de 12 ans",
    "mn ana 3ndi 14 l3am", "منذ أن كان عمري 16", "j'ai commencé à 18 ans", "بديت ف 18", "في السابعة عشرة"."""
    ages = []
    i = 0
    while i < len(cues):
        value, last = _number_from(cues, i)
        if value is None or cues[i].kind == "digits" and len(cues[i].value) > 2:
            i += 1
            continue
        first = cues[i].first
        after = cues[last + 1] if last + 1 < len(cues) and cues[last + 1].first == cues[last].last + 1 else None
        if after is not None and (after.kind == "units" and float(after.value) != 1 or after.kind == "unit_filler"):
            i = last + 1
            continue  # "6 mois", "5 d snin": a duration, read elsewhere
        before = [c for c in cues[:i] if first - c.last <= 4]
        said_age = any(c.kind == "age" for c in before if first - c.last <= 3)
        owned = any(c.kind == "possession" and first - c.last <= 2 for c in before)
        since = any(c.kind == "since" and words[c.first].form in _STRONG_SINCE for c in before)
        at_work = any(c.kind == "practice_context" for c in cues[last + 1 :] if c.first - cues[last].last <= 4)
        # "لدي خبرة عشرين عاما", "3ndi lkhibra dyal 12 3am": the experience named just before the number.
        at_work = at_work or any(c.kind == "practice_context" and 0 < first - c.last <= 2 for c in before)
        began = any(c.kind == "began" for c in before)
        french_at = first > 0 and words[first - 1].form == "a" and began
        right_after_since = bool(before) and before[-1].kind == "since" and before[-1].last == first - 1
        # "وأنا الآن في الخامسة والثلاثين": an ordinal after "في" is an age.
        ordinal = right_after_since and words[first].form.startswith(_ORDINAL_ARTICLES) and value >= ADULT_AGE
        if since and (said_age or owned) or french_at or began and right_after_since:
            ages.append(_Age(value, first, cues[last].last, cues[i].start, cues[last].end, True))
        elif (said_age or owned and value >= ADULT_AGE and not at_work or ordinal) and value <= _OLDEST_AGE:
            ages.append(_Age(value, first, cues[last].last, cues[i].start, cues[last].end, False))
        i = last + 1
    return ages


def _years_since_an_age(ages: list[_Age]) -> list[_Years]:
    """Years of practice from the age one started at: now minus then; without one's age, an adult's lower bound."""
    started = [a for a in ages if a.started]
    now = [a for a in ages if not a.started]
    found = []
    for then in started:
        older = [a for a in now if a.years > then.years]
        if older:
            years = max(older, key=lambda a: a.years).years - then.years
        elif ADULT_WRITER_AGE - then.years >= PRACTICE_YEARS and not now:
            years = ADULT_WRITER_AGE - then.years  # started as a child: at least this long by now
        else:
            continue
        found.append(_Years(years, then.first, then.last, then.start, then.end))
    return found


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
    at_work = any(c.kind == "practice_context" for c in after) or any(
        c.kind == "practice_context" and 0 < years.first - c.last <= 2 for c in before
    )
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
        if kind == "negation" and cue.last < target.first:
            # "لا تنقصني الخبرة ولدي دبلوم": a new "I have" starts what the negation no longer reaches.
            contrast = contrast or any(
                c.kind == "possession" and cue.last + 1 < c.first < target.first and not _at_not_have(text, c)
                for c in cues
            )
        if distance <= reach and not contrast and _same_clause(text, cue, target):
            return True
    return False


def _wished(text: str, cues: list[_Cue], target: _Cue) -> bool:
    """"bghit diplome", "je veux avoir un diplôme": wanted, not held ("bghit ntsjel, 3ndi diplome" holds one)."""
    return any(
        c.kind == "wish"
        and 0 < target.first - c.last <= WISH_REACH
        and _same_clause(text, c, target)
        and not any(p.kind in ("possession", "register") and c.last < p.first < target.first for p in cues)
        for c in cues
    )


def _to_create(text: str, words: Sequence[Word], cues: list[_Cue], target: _Cue) -> bool:
    """"comment créer une coopérative", "je veux monter une société": a French infinitive of starting before a
    group says it does not exist yet ("nous avons créé une coopérative" does)."""
    return any(
        c.kind == "stage"
        and c.value == "start"
        and words[c.last].form.endswith(("er", "ir"))
        and 0 < target.first - c.last <= WISH_REACH
        and _same_clause(text, c, target)
        for c in cues
    )


def _at_not_have(text: str, cue: _Cue) -> bool:
    # "لدى" (at: "لدى إدارة الضرائب") folds to "لدي" (I have); only the written alif maqsura tells them apart.
    return text[cue.start : cue.end].endswith("ى")


def _postposed(cue: _Cue) -> bool:
    # Only Darija puts the negation after what it negates: "diplome ma3ndich", "الديبلوم ماعنديش", and the
    # fronted object of "never": "الضريبة عمري خلصتها" (tax, I never paid it).
    return cue.value in ("circumfix", "never") or cue.kind == "negation" and cue.value in _POSTPOSED_NEGATIONS


def _negated(text: str, cues: list[_Cue], target: _Cue, reach: int = NEGATION_REACH) -> bool:
    answered_no = any(c.kind == "negation" and c.value == "answer" and c.first == target.last + 1 for c in cues)
    return target.denied or answered_no or _near(text, cues, target, "negation", reach, 2)


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
        if _wished(text, cues, cue):
            continue
        stated.setdefault(cue.value, cue)
    practice = max(durations, key=lambda y: y.years, default=None)
    years = practice.years if practice else None
    # Only a counted time can say a maâlem has too few years: "maalema depuis toujours" is no count.
    counted = max((y.years for y in durations if not y.vague), default=None)

    def found(value: str, where: _Cue | _Years) -> Found:
        return Found("category", value, where.start, where.end)

    for group in ("cooperative", "enterprise"):
        if group in stated:
            return found(group, stated[group])
    if "maalem" in stated and (counted is None or counted >= MAALEM_YEARS):
        return found("maalem", stated["maalem"])
    if "diploma" in stated and no_diploma is None:
        return found("diploma", stated["diploma"])
    if practice is not None and years >= PRACTICE_YEARS:
        return found("practice", practice)
    if "practice" in stated:
        return found("practice", stated["practice"])
    # An apprenticeship gives no diploma: with a short practice, the speaker does not qualify yet.
    if practice is not None and (no_diploma is not None or any(c.kind == "apprenticeship" for c in cues)):
        return found("none", practice)
    return None


def _negated_verbs(words: Sequence[Word], cues: list[_Cue]) -> list[_Cue]:
    """Negations read on the words around them.

    "ma kankhlsha" is one negated verb, which may follow its object as ma…ch does ("dariba ma kankhlsha");
    "عمري صرحت" is "I never declared" when no number follows "عمري" (else it says an age).
    """
    out: list[_Cue] = []
    skip = -1
    for i, cue in enumerate(cues):
        if i <= skip:
            continue
        after = cue.last + 1
        following = words[after].form if after < len(words) else ""
        nxt = cues[i + 1] if i + 1 < len(cues) else None
        if (
            cue.kind == "negation"
            and cue.value in _NEGATING_PARTICLES
            and (_LATIN_PRESENT.match(following) or _ARABIC_PRESENT.match(following))
            and (nxt is None or nxt.first > after or nxt.kind in ("negation", "pay"))
        ):
            out.append(_Cue("negation", "circumfix", cue.first, after, cue.start, words[after].end))
            if nxt is not None and nxt.first == after:
                skip = i + 1
                if nxt.kind == "pay":  # still a verb of paying: "ma kankhelles walo" pays nothing
                    out.append(nxt)
            continue
        if (
            cue.kind == "age"
            and words[cue.first].form in _NEVER_WITHOUT_MA
            and following
            and not following.isdigit()
            and not (nxt is not None and nxt.first == after and nxt.kind in ("numbers", "digits"))
            and not (cue.first > 0 and words[cue.first - 1].form in _NEGATING_PARTICLES)
        ):
            out.append(_Cue("negation", "never", cue.first, cue.last, cue.start, cue.end))
            continue
        out.append(cue)
    return out


def _past(text: str, cues: list[_Cue], target: _Cue) -> bool:
    """Whether a regime is said of the past: "kont auto-entrepreneur", "j'étais à la CPU… mais j'ai arrêté"."""
    before = any(
        c.kind in ("past", "stopped") and 0 < target.first - c.last <= PAST_REACH and _same_clause(text, c, target)
        for c in cues
    )
    stopped = any(
        c.kind == "stopped" and 0 < c.first - target.last <= STOPPED_REACH and not re.search(r"[.!?؟\n]", text[target.end : c.start])
        for c in cues
    )
    return before or stopped


def _tax(text: str, cues: list[_Cue]) -> Found | None:
    """The tax situation that decides the AMO amount (shared/DOMAIN.md §2).

    A regime named wins, unless denied or said of the past; then no tax, said or denied. Paying the patente (or
    the commune) names no regime: the assistant asks.
    """
    relatives: list[_Cue] = []
    for cue in cues:
        if cue.kind == "tax" and not _negated(text, cues, cue) and not _past(text, cues, cue):
            if _of_relative(text, cues, cue):
                relatives.append(cue)
                continue
            return Found("tax_situation", cue.value, cue.start, cue.end)
    own = _own_tax(text, cues)
    if own is None and relatives:
        # Only a relative's regime is said: it may be the household's, as before.
        return Found("tax_situation", relatives[0].value, relatives[0].start, relatives[0].end)
    return own


def _of_relative(text: str, cues: list[_Cue], target: _Cue) -> bool:
    """Whether a relative is the subject of a regime: "mon frère est auto-entrepreneur"."""
    return any(
        c.kind == "relative" and 0 < target.first - c.last <= RELATIVE_REACH and _same_clause(text, c, target)
        for c in cues
    )


def _own_tax(text: str, cues: list[_Cue]) -> Found | None:
    """No tax, a regime left, or a regime told by what one does (no regime named as one's own)."""
    for cue in cues:
        # "ma kankhelles walo", "كنخلص والو": paying nothing.
        pays_nothing = cue.kind == "pay" and any(
            c.kind == "negation" and c.value in _NOTHING and c.first == cue.last + 1 for c in cues
        )
        if pays_nothing or cue.kind == "tax_free" or (
            cue.kind in ("tax_word", "tax_local", "declare") and _negated(text, cues, cue, TAX_NEGATION_REACH)
        ):
            return Found("tax_situation", "none", cue.start, cue.end)
    # A regime left ("kont auto-entrepreneur w daba la", "j'ai fermé mon auto-entreprise") and none named instead.
    for cue in cues:
        if cue.kind in ("tax", "tax_local") and _past(text, cues, cue) and any(c.kind in ("stopped", "no_longer") for c in cues):
            return Found("tax_situation", "none", cue.start, cue.end)
    # The regime told by what one does: declaring every quarter (auto-entrepreneur), a fixed sum to the tax office (CPU).
    for cue in cues:
        if cue.kind in ("quarterly", "post_office") and _in_one_sentence(text, cues, cue, ("declare",)):
            return Found("tax_situation", "auto_entrepreneur", cue.start, cue.end)
        if cue.kind == "fixed_amount" and _in_one_sentence(text, cues, cue, ("tax_word", "tax_local")):
            return Found("tax_situation", "cpu", cue.start, cue.end)
        # Declaring one's profits is keeping accounts: "أسست شركة وأصرح بأرباحها".
        if cue.kind == "declared_profits" and _in_one_sentence(text, cues, cue, ("declare",)):
            return Found("tax_situation", "accounts", cue.start, cue.end)
    return None


def _in_one_sentence(text: str, cues: list[_Cue], target: _Cue, kinds: tuple[str, ...]) -> bool:
    """Whether a cue of one of ``kinds`` stands in ``target``'s sentence, within reach."""
    for cue in cues:
        if cue.kind not in kinds or cue is target:
            continue
        left, right = (cue, target) if cue.end <= target.start else (target, cue)
        if right.first - left.last <= QUARTERLY_REACH and not _SENTENCE_END.search(text[left.end : right.start]):
            return True
    return False


def _recent_start(text: str, cues: list[_Cue], words: Sequence[Word], just_began: frozenset[str]) -> Found | None:
    """A business begun less than a year ago is starting: "je viens de commencer", "bdit ghir had chhar"."""
    for span in cues:
        if span.kind != "spans_of_time" or float(span.value) >= 1:
            continue
        said = normalise(" ".join(w.form for w in words[span.first : span.last + 1]))
        began = any(c.kind == "began" and c.last < span.first and _same_clause(text, c, span) for c in cues)
        if said in just_began or began:
            return Found("business_stage", "start", span.start, span.end)
    return None


def _stage(text: str, cues: list[_Cue], years: Sequence[_Years] = (), own_account: frozenset[str] = frozenset()) -> Found | None:
    """Where the business stands, for financing: the most specific stage said."""
    # Working on one's own account for a year or more ("à mon compte depuis 5 ans") is a business that runs,
    # not one that starts: the phrase says a start only when no such span is said.
    running = any(y.years >= 1 for y in years)
    # Not yet opened is starting: a negated start still says start ("لم أفتح ورشتي بعد", "mazal ma 7lit").
    said = {
        c.value: c
        for c in reversed(cues)
        if c.kind == "stage"
        and (c.value == "start" or not _negated(text, cues, c))
        and not (running and c.value == "start" and normalise(text[c.start : c.end]) in own_account)
    }
    stage = next((s for s in STAGE_PRIORITY if s in said), None)
    return Found("business_stage", stage, said[stage].start, said[stage].end) if stage else None
