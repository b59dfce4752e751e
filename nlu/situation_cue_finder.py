"""Finding the situation cues in a message's words: the listed phrases, then guesses for the words not listed.

The cue lists (nlu/situation_cues.yml) become a lexicon; a word found in none is still read as a cue when it
is a listed word under another spelling: its consonant skeleton, an Arabic ending, a French verb ending, a
Darija ma…ch negation, a number glued to its unit. The relatives of nlu/on_behalf_cues.yml are found too, since
a regime right after one is theirs. What the cues then mean is for the rules (nlu.situation and its neighbours).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from hirfa.text import arabic_stems, arabizi_skeleton, normalise
from hirfa.word_forms import WordForms
from nlu import on_behalf
from nlu.darija_verbs import glued_negation, negated_present
from nlu.lexicon import Lexicon, Match, Word
from nlu.situation_clauses import Cue

# A count glued to its unit in SMS writing: "6ans", "4an", "8mois".
# French's "ne" has its second part a few words on ("je n'ai pas", "n'a jamais", "ne … aucun") or its subject before it
# ("aucune n'a"); "n'" with neither, glued to a French verb, is Darija's first person ("bghit n'investi f matériel
# jdid").
_NE = frozenset({"n", "ne"})
_SECOND_PART = frozenset(
    {"pas", "pa", "plus", "jamais", "jamai", "rien", "aucun", "aucune", "personne", "ni", "que", "qu", "guere", "point", "nulle"}
)
SECOND_PART_REACH = 4
# Or its first part is the subject: "aucune n'a de diplôme", "aucune de nous ne paie d'impôt", "personne n'est inscrit".
_SUBJECT_PART = frozenset({"aucun", "aucune", "personne", "rien", "nul", "nulle", "ni"})
_GLUED_NUMBER = re.compile(r"^(\d{1,2})([a-z]+)$")
# A year of this century in SMS writing: "2k19" is 2019.
_SMS_YEAR = re.compile(r"^2k(\d{2})$")
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
# The alif a Darija number may be said with at the start of a phrase ("اتناش", "إتناش"): no letter of the number.
_PROTHETIC_ALIF = frozenset("اأإ")
_MIN_LATIN_GUESS = 6
# The vowels before which French elides its article "le", "la" to "l'".
_VOWELS = frozenset("aeiouy")
# French feminine endings and their masculine ("autoentrepreneure", "autoentrepreneuse" → "autoentrepreneur",
# "assujettie" → "assujetti"): the cue lists name most regimes and papers in the masculine, and a writer's feminine
# spelt another way than the one listed ("-eure" for "-euse", glued or not) would be lost.
_FEMININE_ENDINGS = (("eure", "eur"), ("euse", "eur"), ("trice", "teur"), ("iere", "ier"), ("ee", "e"), ("ie", "i"))
_ARABIC_PLAIN = str.maketrans({"ط": "ت", "ص": "س", "ض": "د", "ظ": "ز", "ق": "ك"})
# French verb endings: "je démarre", "j'ai démarré", "démarrer" are one cue.
_FRENCH_VERB_ENDINGS = ("erons", "erez", "eront", "ons", "ez", "ent", "er", "es", "e", "ir", "is", "it")
_MIN_FRENCH_STEM = 5


def _entries(cues: dict) -> list[tuple[str, str, str]]:
    """(kind, phrase, value) triples for the lexicon: one kind per mechanism of this module."""
    entries = []
    for kind in ("category", "tax", "stage", "numbers", "units", "spans_of_time", "decades", "events", "months"):
        for value, phrases in cues[kind].items():
            entries += [(kind, str(p), str(value)) for p in phrases]
    # A negation keeps its words: some stand after what they negate ("diplome makaynch").
    entries += [("negation", str(p), normalise(str(p))) for p in cues["negation"]]
    for kind in (
        "training", "no_training", "need", "contrast", "other_person", "dual_years", "since", "age",
        "unit_filler", "of_them",
        "possession", "practice_context", "tax_word", "tax_free", "began", "few", "ago",
        "tax_local", "pay", "past", "stopped", "no_longer", "ended", "no_more", "wish", "register", "registered",
        "declare", "quarterly", "fixed_amount", "unchanging", "other_papers", "apprenticeship", "what_is", "compare",
        "almost", "declared_profits", "post_office", "have_nothing", "alternative", "between", "doubt", "amo_topic",
        "own_project", "yearly", "money", "a_sum", "small", "other_field", "percent", "turnover", "intend", "their", "until_now", "degree", "required",
        "holders", "meant", "unrecognised", "recognised", "since_then", "goal", "then", "negation_lookalike", "set_up_for_me", "what_regime", "switched",
        "group_registers", "writer_likewise", "advised", "individually", "not_held", "by_experience", "works_there", "hijri", "refused",
        "unknown_to_writer", "employer", "in_fact", "self_correction", "handed_over", "half_life", "left_group", "barely", "tax_field", "their_start",
        "manner",
    ):
        entries += [(kind, str(p), "") for p in cues[kind]]
    # "بزاف ديال السنين", "snin bzaf": many years without a number (nlu.situation_many_years).
    entries += [("many", str(p), "") for p in cues.get("many", ())]
    return entries


# The ties of nlu/on_behalf_cues.yml that name a relative or a friend: a regime, a kind or years right after one
# are theirs.
_RELATIVE_TIES = ("parent", "child", "sibling", "spouse", "relative", "other")
# The cues that, right after a tie read as "and I have", make it the relative: another "has", "wants", "opens".
_SAID_OF_THE_OWNER = frozenset({"possession", "goal", "their_start"})


def _relatives() -> list[tuple[str, str, str]]:
    """The writer's relatives and friends ("mon frère", "khouya", "زوجي"), as the on-behalf reader knows them."""
    ties = on_behalf.load_cues()["person"]
    return [("relative", str(p), tie) for tie in _RELATIVE_TIES for p in ties[tie]]


def _weak_ties() -> list[tuple[str, str, str]]:
    """Ties that are also other words ("خالي" empty, "عمي" blind, "khali" leave it): relatives only as owners."""
    weak = on_behalf.load_cues()["weak"]
    return [("relative", str(p), tie) for tie in _RELATIVE_TIES if tie in weak for p in weak[tie]]


class CueFinder:
    """The cues of a message's normalised words, listed or guessed."""

    def __init__(self, cues: dict) -> None:
        self._lexicon = Lexicon(_entries(cues))
        self._relatives = Lexicon(_relatives())
        self._weak_ties = Lexicon(_weak_ties())
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
        self._not_guessed = frozenset(normalise(w) for w in cues.get("not_verbs", ()))
        self._not_negations = frozenset(normalise(w) for w in cues.get("not_negations", ()))
        # A unit glued to its number ("6ans", "4an", "8mois"): the unit's years.
        self._latin_units = {
            normalise(str(p)): float(value)
            for value, phrases in cues["units"].items()
            for p in phrases
            if str(p).isascii() and " " not in str(p)
        }

    def find(self, words: Sequence[Word], taken: Sequence[tuple[int, int]]) -> list[Cue]:
        """The cues of ``words`` in order, listed or guessed; ``taken`` spans belong to other entities."""
        index = {w.start: i for i, w in enumerate(words)}
        ends = {w.end: i for i, w in enumerate(words)}
        cues = [
            Cue(m.entity, m.value, index[m.start], ends[m.end], m.start, m.end)
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
                cues.append(Cue("digits", word.form, i, i, word.start, word.end))
            elif year := _SMS_YEAR.match(word.form):
                cues.append(Cue("digits", f"20{year[1]}", i, i, word.start, word.end))
            elif glued := self._glued_duration(word.form):
                cues.append(Cue("glued_duration", glued, i, i, word.start, word.end))
            # A negated verb, with its -ch (Darija's ma…ch circumfix) or a present without it ("makankhlles walo").
            elif word.form not in self._not_negations and (glued_negation(word.form) or negated_present(word.form)):
                cues.append(Cue("negation", "circumfix", i, i, word.start, word.end))
            elif word.form not in self._not_guessed and (found := self._guess(word.form)):
                cues.append(Cue(*found, i, i, word.start, word.end))
        relatives = self._relatives_among(words, cues, taken)
        # "ma femme", "ma mère": the French possessive of a relative named, not the Darija negation "ma"; "ولدي عندو":
        # my son, not "and I have"; "المعلم ديالي": my master, no maâlem of the writer's.
        cues = [
            c for c in cues
            if not (
                (c.kind in ("negation", "possession", "category") or _article(words, c))
                and any(r.first <= c.first <= r.last for r in relatives)
            )
        ]
        cues = sorted(cues + relatives, key=lambda c: c.first)
        cues = [c for c in cues if not _darija_first_person(words, c)]
        return self._numbers_before_units(words, cues, taken)

    def _relatives_among(self, words: Sequence[Word], cues: list[Cue], taken: Sequence[tuple[int, int]]) -> list[Cue]:
        """The relatives named where no other cue stands: "ولدي" is "my son", and in "ولدي دبلوم" "and I have".
        A regime, a kind or years said right after one are theirs (nlu.situation_tax, nlu.situation)."""
        index = {w.start: i for i, w in enumerate(words)}
        ends = {w.end: i for i, w in enumerate(words)}
        # "ولدي عندو ديبلوم", "ولدي بغا يحل ورشة": an "I have" right before another "has", or before a third person's
        # "wants" or "opens", is the son who has, wants or opens.
        owners = {
            c.first
            for c, n in zip(cues, cues[1:], strict=False)
            if c.kind == "possession" and n.kind in _SAID_OF_THE_OWNER and n.first == c.last + 1
        }
        matches = self._relatives.find(words)
        # "une amie", "un voisin": the article is no number there; "المعلم ديالي", "mon maalem", "un ami à moi": a kind
        # or an "à" inside a longer relative's name is part of that name (the writer's master, a friend of theirs).
        covered = {
            i
            for c in cues
            if c.kind != "negation" and c.first not in owners and not _article(words, c)
            and not (c.kind in ("category", "possession") and _inside_a_longer(c, matches, index, ends))
            for i in range(c.first, c.last + 1)
        }
        # "الشركة ديال خالي", "شركة عمي": a weak tie right after "of" or a group named is the owner, a relative. Opening
        # the message in Arabic script ("عمي نجار بدون شهادة…"), it is the subject: "blind", "empty" open none.
        group_ends = {c.last for c in cues if c.kind == "category"}
        owners_named = [
            m for m in self._weak_ties.find(words)
            if index[m.start] > 0
            and (words[index[m.start] - 1].form in on_behalf.OWNER_OF or index[m.start] - 1 in group_ends)
            or index[m.start] == 0 and not words[0].form.isascii()
        ]
        return [
            Cue("relative", m.value, index[m.start], ends[m.end], m.start, m.end)
            for m in [*matches, *owners_named]
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
    ) -> Cue | None:
        """A phrase of two or three words starting at word ``i``, found by its words' skeletons; its first word may
        carry a glued preposition ("فالاوطو انتروبرونور")."""
        for size in (3, 2):
            span = range(i, i + size)
            if span[-1] >= len(words) or any(
                j in covered or _inside(words[j].start, words[j].end, taken) for j in span
            ):
                continue
            rest = [words[j].form for j in span[1:]]
            for first in arabic_stems(words[i].form):
                found = self._skeleton_phrases.get(_phrase_skeleton(" ".join([first, *rest])))
                if found:
                    return Cue(*found, i, span[-1], words[i].start, words[span[-1]].end)
        return None

    def _numbers_before_units(
        self, words: Sequence[Word], cues: list[Cue], taken: Sequence[tuple[int, int]]
    ) -> list[Cue]:
        """Number words spelt another way, read where a number is expected: just before a unit of time."""
        at = {c.first: c for c in cues}
        added = []
        for cue in cues:
            i = cue.first - 1
            if cue.kind != "units" or i < 0 or i in at or _inside(words[i].start, words[i].end, taken):
                continue
            found = self._number_skeletons.get(_number_key(words[i].form))
            if found:
                added.append(Cue(*found, i, i, words[i].start, words[i].end))
        return sorted(cues + added, key=lambda c: c.first) if added else cues

    def _guess(self, form: str) -> tuple[str, str] | None:
        """The cue a word not listed as such stands for: another spelling, or a listed word with an ending."""
        for found in self._word_forms.forms(form):
            if found.text in self._single_words:
                return self._single_words[found.text]
        return (
            self._without_suffix(form)
            or self._skeleton_guess(form)
            or self._verb_stems.get(french_verb_stem(form))
            or self._elided_article_guess(form)
            or self._masculine_guess(form)
        )

    def _masculine_guess(self, form: str) -> tuple[str, str] | None:
        """A French feminine word whose masculine is a cue, listed or guessed by its consonants."""
        if not form.isascii() or len(form) <= _MIN_LATIN_GUESS:
            return None
        for feminine, masculine in _FEMININE_ENDINGS:
            if form.endswith(feminine):
                stem = form[: -len(feminine)] + masculine
                return self._single_words.get(stem) or self._skeleton_guess(stem)
        return None

    def _elided_article_guess(self, form: str) -> tuple[str, str] | None:
        """A word written with the French "l'" glued on, its apostrophe dropped ("lotoantrepreneur", "lotoantreprise"):
        the word after the "l", guessed by its consonants. Only before a vowel, where French elides the article."""
        if not form.isascii() or len(form) <= _MIN_LATIN_GUESS or form[0] != "l" or form[1] not in _VOWELS:
            return None
        return self._skeleton_guess(form[1:])

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
    """A number word's skeleton, its feminine ending dropped (تلاتة, تلات and تلت are one; sb3a and sb3 too) and the
    alif Darija says before a number that opens a phrase ("اتناش", "اربعطاش" are "تناش", "ربعطاش"; "اتنين" is "اثنين")."""
    if not word.isascii() and word.endswith("ه") and len(word) > 3:
        word = word[:-1]
    if not word.isascii() and word[:1] in _PROTHETIC_ALIF and len(word) > 3:
        word = word[1:]
    # Darija writes the numbers' ث as it says it, ت ("تلاتة", "اتنين", "تمنية").
    return skeleton(word.replace("ث", "ت"), minimum=3)


def _phrase_skeleton(phrase: str) -> str | None:
    """The skeletons of a phrase's words, when they say enough together to be told apart. French words are heard, not
    spelt ("kontribution profesionel unik" is "contribution professionnelle unique")."""
    keys = [skeleton(_as_heard(word), minimum=1) for word in phrase.split()]
    if not all(keys) or sum(len(k) for k in keys) < _MIN_PHRASE_SKELETON:
        return None
    return " ".join(keys)


# French letters that write one sound ("qu", "c" before a, o, u, "k" are one; "tion" is "sion"): spelt by ear, the
# full names of the regimes keep their sounds, not their letters. "ch" stays: Arabizi writes ش with it; so does a "q"
# alone, Arabizi's ق ("mqawil" is "m9awil", not "mkawil").
_HEARD = ((re.compile(r"tion"), "sion"), (re.compile(r"qu|c(?![eihy])"), "k"), (re.compile(r"c(?=[eiy])"), "s"))


def _as_heard(word: str) -> str:
    """A Latin-script word with the French letters of one sound written one way; other words unchanged."""
    if not word.isascii() or any(ch.isdigit() for ch in word):
        return word
    for letters, sound in _HEARD:
        word = letters.sub(sound, word)
    return word


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


def _article(words: Sequence[Word], cue: Cue) -> bool:
    """Whether a cue is the French indefinite article read as the number one ("une amie", "un voisin")."""
    return cue.kind == "numbers" and cue.first == cue.last and words[cue.first].form in ("un", "une")


def _inside_a_longer(cue: Cue, matches: Sequence[Match], index: dict[int, int], ends: dict[int, int]) -> bool:
    """Whether a relative's name found in ``matches`` holds ``cue`` and more words besides."""
    return any(
        index[m.start] <= cue.first and cue.last <= ends[m.end] and ends[m.end] - index[m.start] > cue.last - cue.first
        for m in matches
    )


def _darija_first_person(words: Sequence[Word], cue: Cue) -> bool:
    """Whether a French "ne" cue has no second part after it nor a negative subject before it: the "n'" of Darija's first
    person, no negation."""
    if cue.kind != "negation" or words[cue.first].form not in _NE or cue.first != cue.last:
        return False
    after = words[cue.last + 1 : cue.last + 1 + SECOND_PART_REACH]
    before = words[max(0, cue.first - SECOND_PART_REACH) : cue.first]
    return not any(w.form in _SECOND_PART for w in after) and not any(w.form in _SUBJECT_PART for w in before)
