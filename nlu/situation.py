"""What people say about themselves: which kind of registrant they are, their tax situation, their stage.

"ma3ndich diplome walakin khdama f zrabi hadi 5 snin" names a diploma, but to say the
speaker has none; "5 snin" is five years of practice. The words that carry such statements
(cues, in ``situation_cues.yml``) are found in the normalised message, then a few rules
read them the way a person would: a negation reaches the next few words of its clause, a
question about what is *needed* says nothing about what one *has*, years come in digits,
in words or as a start year, and "I am 40" is an age. The rules of shared/DOMAIN.md §1 then
decide the kind of registrant; when the message does not say enough, nothing is decided,
so the assistant asks instead of answering for someone else.

The cues are found by nlu.situation_cue_finder and read with the reach of nlu.situation_clauses; years and
ages come from nlu.situation_years, the rules from nlu.situation_category and nlu.situation_tax. This module
holds the reader that runs them: the passes over a message's cues (negated verbs, questions, form answers,
fronted topics, an answering no) and the business stage.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace
from functools import partial
from itertools import pairwise
from pathlib import Path

from hirfa.text import arabic_stems, arabizi_skeleton, normalise
from nlu import on_behalf
from nlu.cue_files import read_cues
from nlu.darija_verbs import ANY_PRESENT, negated_verb, present_verb, verb_in_negation
from nlu.lexicon import WORKING_WORDS, Word
from nlu.situation_category import category, group_asked_to_register, not_the_writers, only_other_papers
from nlu.situation_clauses import (
    CLAUSE_BREAK,
    FORM_SEPARATOR,
    NEED_REACH,
    SENTENCE_END,
    WISH_REACH,
    Cue,
    after_neither,
    in_web_address,
    near,
    negated,
    same_clause,
)
from nlu.situation_clauses import Found as Found
from nlu.situation_cue_finder import CueFinder
from nlu.situation_cue_finder import _entries as _entries
from nlu.situation_declared_nothing import declared_nothing
from nlu.situation_employer import employers_regime
from nlu.situation_exempt_from import ExemptionsFrom
from nlu.situation_future import in_the_future
from nlu.situation_general_question import asked_as_circumstance
from nlu.situation_language import LanguageSkills, unread
from nlu.situation_less_than import less_than
from nlu.situation_moved_away import moved_away
from nlu.situation_negated_object import without_negations_of_other_objects
from nlu.situation_not_me_kind import not_me_after_their_diploma
from nlu.situation_pending import awaited
from nlu.situation_relatives import Relatives, find_relatives, writers_own
from nlu.situation_stay import stays_in
from nlu.situation_tax import (
    WRITER_WORDS,
    TaxPhrases,
    asked_if_required,
    asked_in_general,
    asked_inverted,
    asked_what,
    bare_none_of_them,
    compared_to_regime,
    held_in_general,
    in_doubt,
    offered_in_turn,
    planned,
    tax_situation,
    the_groups,
    the_workplaces,
    without_specific_to,
)
from nlu.situation_their_start import their_start
from nlu.situation_told import told_to_take
from nlu.situation_trade_after_years import trades_after_years
from nlu.situation_whether_or import or_in_whether
from nlu.situation_years import Years, durations, practising
from nlu.variety import identify

# "c'est quoi un maalem ?": how far a "what is" reaches; "la différence entre CPU et auto-entrepreneur" reaches both.
WHAT_IS_REACH, COMPARE_REACH = 2, 4
# The words that name the term asked about before the regime: with only them between, the regime is the term asked
# however many they are ("que signifie le régime du résultat net réel", "ce que veut dire « assujetti à la CPU »").
_TERM_FILLERS = frozenset(
    {"le", "la", "l", "les", "un", "une", "du", "de", "d", "des", "regime", "statut", "mot", "terme", "assujetti",
     "assujettie", "a", "au"}
)
# "la CPU ou bien le statut d'auto-entrepreneur": two regimes this many words apart at most are offered as a choice
# (after "entre", the two first regimes of its clause are, at any distance).
ALTERNATIVE_REACH = 5
# French articles that name a kind in general ("l'auto-entrepreneur paie plus cher…"), and the words that open a
# yes/no question before it ("est-ce que", "si").
_GENERIC_ARTICLES = frozenset({"l", "le", "la", "les", "un", "une"})
_QUESTION_OPENERS = frozenset({"est", "ce", "que", "qu", "si", "mais"})
# "non en fait je suis…": a no in Latin letters that opens the message answers the assistant when the writer speaks
# of themself within this many words after it. Not "لا": before a verb it negates the verb ("لا أدفع أي ضريبة").
_ANSWERING_NO = frozenset({"non", "no", "nn"})
ANSWERING_NO_REACH = 3
# How far after a fronted topic ("Le diplôme, je ne l'ai jamais eu") its negation may stand.
FRONTED_REACH = 4
# A relative clause right after the topic ("الديبلوم اللي قالو ليا عليه عمري ما خديتو", "الدبلوم الذي حدثوني عنه
# لم أحصل عليه") pushes its negation this many words further.
RELATIVE_CLAUSE_REACH = 5
# "AE, pas CPU", "cpu, machi auto": a negation this many words before another regime negates that one.
NEGATED_REGIME_REACH = 2
# "ma"/"ما" before a present verb negates that verb, whose object may come first: "dariba ma kankhlsha".
_NEGATING_PARTICLES = frozenset({"ma", "ما", "وما"})
# "pas encore", "pas tout à fait": "not yet" unless a count follows (nlu.situation._not_yet).
_NOT_YET = frozenset({"pas"})
# "je ne paie que la CPU", "je n'ai qu'un comptable", "لا أؤدي إلا المساهمة…", "ليس لدي سوى بطاقة…": "ne… que", "لا… إلا"
# are "only", no negation, when "que", "إلا" comes this many words after "ne", "لا" at most, before any word that
# negates ("je ne sais pas ce que…" stays negated).
_RESTRICTIVE_NE = frozenset(normalise(w) for w in ("ne", "n", "لا", "لست", "ليس", "ليست"))
_ONLY_QUE = frozenset(normalise(w) for w in ("que", "qu", "إلا", "سوى"))
ONLY_REACH = 4
# French "venir de" + infinitive is the recent past: "je viens de prendre le statut AE", "nous venons de passer à la
# CPU", "ma fille vient de me faire passer au statut AE" say a change done, not wished. The verb's forms, the words
# that may stand between it and "de" ("tout juste"), and between "de" and the infinitive (an object pronoun, "faire").
_COME = frozenset({"viens", "vient", "venons", "venez", "viennent", "venais", "venait", "venions", "veniez", "venaient"})
_COME_ADVERBS = frozenset({"juste", "tout"})
_OF = frozenset({"de", "d"})
_BEFORE_INFINITIVE = frozenset({"me", "m", "nous", "te", "t", "se", "s", "faire"})
# "عمري صرحت" (I never declared) as against "عمري 40 عام" (I am 40): "my life" before a verb is "never", with "and"
# glued on too ("وعمري ماخلصت"); "وعمري الآن 35" says an age, a word before its number. Said of another too, by
# whom the message is written for ("ماما… عمرها خلصات شي ضريبة": she never paid).
# "في العاشرة من عمرها": "of her life" after an age is the age's noun, no "never".
_OF_AGE = frozenset({"من", "mn", "men"})
_NEVER_WITHOUT_MA = frozenset(
    {"عمري", "3mri", "3omri", "3amri", "عمرني", "عمرها", "عمرو", "عمره", "3mrha", "3omrha", "3mro", "3omro"}
)
# Equipment (machines, an oven, "ma propre boutique") is bought or had to start as to grow, and so are workers hired
# ("je lance ma marque, je compte embaucher 3 brodeuses"): they say grow only when no other word says a stage
# ("ouvrir ma propre boutique", "le matériel de départ" start).
STAGE_PRIORITY = ("rural", "grow", "start", "hiring", "equipment")
_STAGE_OF = {"equipment": "grow", "hiring": "grow"}
# "ما" both negates (ما عنديش) and asks (ما الوثائق؟).
_INTERROGATIVE_MA = frozenset({"ما", "وما", "فما"})
CUES_FILE = Path(__file__).with_name("situation_cues.yml")
# The situation cue lists, as written.
load_cues = partial(read_cues, CUES_FILE)
# Clues a message's own words must give of its variety when the caller does not know it.
_VARIETY_CLUES = 2


def _phrase(words: Sequence[Word], cue: Cue) -> str:
    """The normalised words of a cue, as one phrase."""
    return " ".join(w.form for w in words[cue.first : cue.last + 1])


def _spelling_key(form: str) -> str:
    """A Latin word's consonants, each once ("kankhells", "kankhallass" → "kn5ls"); other words as they are."""
    return re.sub(r"(.)\1+", r"\1", arabizi_skeleton(form) or form)


# "كنت ساكن فأكادير": the place left stands within this many words after the past.
PAST_PLACE_REACH = 2


class SituationReader:
    """Reads category, tax_situation and business_stage from a message's normalised words."""

    def __init__(self, cues: dict) -> None:
        self._finder = CueFinder(cues)
        self._on_behalf = on_behalf.OnBehalfReader(on_behalf.load_cues())
        self._asked_after_ma = frozenset(normalise(w) for w in cues.get("asked_after_ma", ()))
        self._answers_no = frozenset(normalise(w) for w in cues.get("answer_no", ()))
        self._french_only = frozenset(normalise(w) for w in cues.get("not_negation_in_french", ()))
        self._msa_only = frozenset(normalise(w) for w in cues.get("not_negation_in_darija", ()))
        self._topic_openers = frozenset(normalise(w) for w in cues.get("topic_openers", ()))
        self._clause_buts = frozenset(normalise(w) for w in cues.get("clause_buts", ()))
        self._plural_units = frozenset(normalise(w) for w in cues.get("plural_units", ()))
        self._just_began = frozenset(normalise(w) for w in cues.get("just_began", ()))
        self._pay_verbs = frozenset(_spelling_key(normalise(w)) for w in cues["pay"] if " " not in w)
        # The writer's "I": the situation list, and the on-behalf reader's single words ("أعمل", "أشتغل").
        own_verbs = on_behalf.first_person_words(on_behalf.load_cues())
        self._first_person = frozenset(normalise(str(w)) for w in cues["first_person_words"]) | own_verbs
        self._only = frozenset(normalise(w) for w in cues.get("only", ()))
        self._likeness = frozenset(normalise(w) for w in cues.get("likeness", ()))
        self._own_account = frozenset(normalise(w) for w in cues.get("own_account", ()))
        self._relative_pronouns = frozenset(normalise(w) for w in cues.get("relative_pronouns", ()))
        self._tax_phrases = TaxPhrases.from_cues(cues)
        self._between = frozenset(normalise(w) for w in cues.get("between", ()))
        self._language_skills = LanguageSkills.from_cues(cues)
        self._not_started_verbs = frozenset(normalise(w) for w in cues.get("not_started_verbs", ()))
        self._founding = frozenset(normalise(w) for w in cues.get("founding", ()))
        self._working_participles = frozenset(normalise(w) for w in cues.get("working_participle", ()))
        self._exemptions = ExemptionsFrom(cues["exemption_words"], cues["exempt_from_other"])
        self._refers_back = frozenset(normalise(w) for w in cues.get("refers_back", ()))

    def read(
        self,
        text: str,
        words: Sequence[Word],
        today: dt.date,
        taken: Sequence[tuple[int, int]] = (),
        variety: str | None = None,
        trades: Sequence[tuple[int, int]] = (),
    ) -> list[Found]:
        """The situation stated in ``text``; ``taken`` are character spans other entities already claim, ``trades``
        those of them that name a trade.

        ``variety`` is the message's variety when known: in French, "ma" is "my", not a negation. When it is not
        given (an action reading a message whose parse kept no variety), the message's own words tell it.
        """
        # "غير" is "only" in Darija: one clue of Darija is enough to leave it out of the negations.
        darija = variety == "ary"
        if variety is None:
            guess = identify(text)
            # "ma" itself is one French clue: another is needed before "ma" is read as "my".
            variety = guess.variety if guess.strength >= _VARIETY_CLUES else None
            darija = guess.variety == "ary"
        cues = self._negated_paying(words, _negated_verbs(text, words, or_in_whether(words, self._finder.find(words, taken))))
        cues = [c for c in cues if not (c.kind == "negation" and in_web_address(text, c))]
        cues = declared_nothing(words, cues)
        cues = _only(words, less_than(words, _not_yet(words, _just_done(words, _was_if(words, cues)))))
        if variety == "fr":
            cues = [c for c in cues if not (c.kind == "negation" and self._french_word(words, c))]
        if darija:
            cues = [c for c in cues if not (c.kind == "negation" and _phrase(words, c) in self._msa_only)]
        cues = self._form_answers(text, words, self._without_questions(words, _zero_sums(cues)), variety == "fr")
        cues = self._exemptions.without_other_exemptions(text, words, cues)
        cues = self._fronted_topics_denied(text, words, cues)
        cues = self._asked_about(text, words, cues)
        cues = self._without_answering_no(words, cues)
        relatives = self._relatives(text, words, cues, taken)
        cues = their_start(cues, relatives)
        if (not_me := not_me_after_their_diploma(text, words, cues, relatives, self._tax_phrases.not_me)) is not None:
            cues = sorted([*cues, not_me], key=lambda c: c.first)
        at_work = trades_after_years(text, words, cues, trades)
        cues, years = writers_own(cues, durations(at_work, words, today, self._plural_units, text), relatives)
        found = [
            category(
                text,
                not_the_writers(words, self._not_likened(words, cues), relatives.for_them),
                practising(years, cues, text, trades, [(w.start, w.end) for w in words if w.form in WORKING_WORDS]),
                only_other_papers(words, cues, self._only),
            ),
            tax_situation(text, cues, relatives, self._tax_phrases),
            _business_stage(
                _stage(
                    text,
                    words,
                    without_negations_of_other_objects(text, words, cues, self._refers_back),
                    years,
                    self._own_account,
                ),
                _recent_start(text, cues, words, self._just_began) or _not_started(words, self._not_started_verbs),
            ),
        ]
        return [f for f in found if f is not None]

    def none_of_them_alone(self, text: str) -> bool:
        """Whether ``text`` is only "none of them" ("aucun, moi j'ai rien de tout ça"): no tax, when it answers the
        tax question (actions/situation_question.py); elsewhere it answers whatever was asked."""
        return bare_none_of_them(text, self._tax_phrases)

    def _french_word(self, words: Sequence[Word], cue: Cue) -> bool:
        """Whether a negation cue is a French word ("ma" is "my"), unless a Darija verb in the present follows it, or a
        word spelt with Arabizi's digits: "salam, ma kankhalas hta dariba, je suis couturière", "ma 3ndi ta diplôme"
        switch to Darija for the clause."""
        following = words[cue.first + 1].form if cue.first + 1 < len(words) else ""
        arabizi = any(c.isdigit() for c in following) and any(c.isalpha() for c in following)
        return words[cue.first].form in self._french_only and not present_verb(following) and not arabizi

    def _not_likened(self, words: Sequence[Word], cues: list[Cue]) -> list[Cue]:
        """"الجمعية تتسجل بحال التعاونية", "khddam b7al m3allem": being like a kind is not being one."""
        return [
            c
            for c in cues
            if not (c.kind == "category" and any(w.form in self._likeness for w in words[max(0, c.first - 2) : c.first]))
        ]

    def unread_languages(
        self, text: str, words: Sequence[Word], starts: Sequence[int], taken: Sequence[tuple[int, int]] = ()
    ) -> list[int]:
        """Of the languages named at characters ``starts``, those the writer says they cannot read or understand."""
        if not starts:
            return []
        cues = self._finder.find(words, taken)
        return [s for s in starts if unread(text, words, cues, self._language_skills, s)]

    def changes_of_mind(
        self, words: Sequence[Word], taken: Sequence[tuple[int, int]] = ()
    ) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
        """Where the writer corrects themself ("… لا سمح ليا، فالحاجب", "à Tiznit… non, à Tafraout", "non pas Tanger, je
        voulais dire Tétouan"), and the words
        right after a past ("كنت ساكن فأكادير ودابا رجعت لتيزنيت", "kont njjar w daba khiyat"), as character spans:
        a trade or a city said before a correction, or in the past, gives way to one said after
        (nlu.situation_extractor)."""
        cues = self._finder.find(words, taken)
        corrections = [(c.start, c.end) for c in cues if c.kind in ("self_correction", "meant")]
        past = [(c.start, words[min(len(words) - 1, c.last + PAST_PLACE_REACH)].end) for c in cues if c.kind == "past"]
        return corrections, past

    def relatives_said(self, text: str, words: Sequence[Word], taken: Sequence[tuple[int, int]] = ()) -> Relatives:
        """The words said of a relative ("أخي مقاول ذاتي في الميكانيك، وأنا…"): a trade found there is the relative's
        (nlu.situation_extractor)."""
        return self._relatives(text, words, self._finder.find(words, taken), taken)

    def _relatives(self, text: str, words: Sequence[Word], cues: list[Cue], taken: Sequence[tuple[int, int]]) -> Relatives:
        """The relatives named and what is said of them; whether the message is written for one (nlu.on_behalf)."""
        for_them = self._on_behalf.read(words, taken, text) is not None
        asked = for_them and self._on_behalf.asked_of_them(words, taken)
        return find_relatives(
            text, words, cues, self._first_person, self._relative_pronouns, for_them, self._working_participles, asked
        )

    def _negated_paying(self, words: Sequence[Word], cues: list[Cue]) -> list[Cue]:
        """``cues`` with a verb of paying wherever a Darija negation wraps one, with "ma" apart, glued or with its -ch
        ("ma kankhlles walo", "makankhlles walo", "ma kankhllesch walo", "ماكنخلصش والو"): the verb still pays, and
        nothing after it is no tax. Known by its consonants, each once, so spellings by ear count too."""
        paying = []
        for c in cues:
            form = words[c.last].form
            if c.kind == "negation" and c.value == "circumfix":
                if _spelling_key(verb_in_negation(form) or form) in self._pay_verbs:
                    paying.append(Cue("pay", form, c.last, c.last, words[c.last].start, words[c.last].end))
        return sorted(cues + paying, key=lambda c: c.first) if paying else cues

    def _without_questions(self, words: Sequence[Word], cues: list[Cue]) -> list[Cue]:
        """Drop "ما" asking "what": before a definite noun or a question word ("ما الوثائق", "ما هي", "ما ملف")."""
        kept = []
        for cue in cues:
            after = words[cue.last + 1].form if cue.last + 1 < len(words) else ""
            asks = after.startswith("ال") and len(after) > 3 or after in self._asked_after_ma
            if not (cue.kind == "negation" and cue.value in _INTERROGATIVE_MA and asks):
                kept.append(cue)
        return kept

    def _answers_no_to_the_field(self, text: str, words: Sequence[Word], at: int, french: bool) -> bool:
        """Whether the word at ``at`` is a "no" answering a field: in French, "la" only when it ends its clause, since
        before another word it is the article ("… une SARL ? la nôtre fabrique des meubles"; Darija's "diplome? la
        3emmri" answers)."""
        if words[at].form not in self._answers_no:
            return False
        ends = at + 1 >= len(words) or not text[words[at].end : words[at + 1].start].isspace()
        return not french or words[at].form not in _GENERIC_ARTICLES or ends

    def _form_answers(self, text: str, words: Sequence[Word], cues: list[Cue], french: bool) -> list[Cue]:
        """"diplôme : non", "الدبلوم: لا يوجد": a "no" answering a form field negates the field; so does a denial
        answering a tax word ("impôts ? jamais payé"). A regime field answered "no" ("Régime : néant", "nidam: walo")
        is a tax word denied; unanswered, the field says nothing (``tax_field`` cues are dropped)."""
        answers, fields = [], {}
        for cue in cues:
            after = cue.last + 1
            if cue.kind not in ("category", "training", "tax_word", "tax_field") or after >= len(words):
                continue
            if not FORM_SEPARATOR.match(text[cue.end : words[after].start]):
                continue
            # "ضريبة؟ لم أدفع درهما", "impôts ? jamais payé": a tax asked of oneself, answered by a denial.
            denial = cue.kind in ("tax_word", "tax_field") and any(c.kind == "negation" and c.first == after for c in cues)
            if self._answers_no_to_the_field(text, words, after, french) or denial:
                answers.append(Cue("negation", "answer", after, after, words[after].start, words[after].end))
                if cue.kind == "tax_field":
                    fields[cue.first] = replace(cue, kind="tax_word")
        cues = [fields[c.first] if c.kind == "tax_field" else c for c in cues if c.kind != "tax_field" or c.first in fields]
        if not answers:
            return cues
        replaced = {a.first for a in answers}
        return sorted([c for c in cues if c.first not in replaced] + answers, key=lambda c: c.first)


    def _fronted_topics_denied(self, text: str, words: Sequence[Word], cues: list[Cue]) -> list[Cue]:
        """"Le diplôme, je ne l'ai jamais eu", "الشهادة لم أحصل عليها", "والديبلوم ما عمري خديتو": a topic put first in
        its clause and denied a few words later, past a comma, is negated as if the negation stood before it."""
        denied = set()
        for i, cue in enumerate(cues):
            if cue.kind not in ("category", "training", "tax_word", "tax_local", "tax") or not self._opens_clause(text, words, cue):
                continue
            reach = FRONTED_REACH
            if any(w.form in self._relative_pronouns for w in words[cue.last + 1 : cue.last + 1 + FRONTED_REACH]):
                reach += RELATIVE_CLAUSE_REACH
            window = [
                c for c in cues[i + 1 :]
                if c.first - cue.last <= reach and not SENTENCE_END.search(text[cue.end : c.start])
            ]
            if any(c.kind == "need" for c in window):
                continue  # "le diplôme n'est pas obligatoire ?" asks what is needed
            for later in window:
                if later.kind in ("contrast", "category", "tax"):
                    break  # another topic: the negation is not about this one
                # "la cpu, je n'en ai pas": having none of the regime put first denies it.
                if later.kind == "negation" or cue.kind == "tax" and later.kind == "have_nothing":
                    if cue.kind == "tax" and _negates_something_else(text, cues, cue, later):
                        break
                    # Only French puts its "ne" before the verb it denies, so a pronoun must take the kind up again.
                    if cue.kind != "tax" and later.value in _FRENCH_NE and _not_taken_up(text, cue, later, _HAVING):
                        break
                    denied.add(i)
                    break
        return [replace(c, denied=True) if i in denied else c for i, c in enumerate(cues)]

    def _asked_about(self, text: str, words: Sequence[Word], cues: list[Cue]) -> list[Cue]:
        """A kind or regime asked about, not held: "c'est quoi un maalem ?", "la CPU c'est quoi ?", "la différence
        entre CPU et auto-entrepreneur", "comment devenir auto-entrepreneur", "comment créer une coopérative"."""
        asked = set()
        for i, cue in enumerate(cues):
            # "comment créer une coopérative ? elle pourra s'inscrire ?": the group's own question, for its kind.
            if cue.kind not in ("category", "tax") or group_asked_to_register(cues, cue):
                continue
            for other in cues:
                if other.kind not in ("what_is", "compare") or not same_clause(text, other, cue):
                    continue
                before = cue.first - other.last
                if other.kind == "what_is" and all(w.form in _TERM_FILLERS for w in words[other.last + 1 : cue.first]):
                    # Only words naming the term between: the regime is the term asked ("c'est quoi pour un cpu
                    # comme moi" asks of the writer's own).
                    before = min(before, 1)
                reach = COMPARE_REACH if other.kind == "compare" else WHAT_IS_REACH
                after = other.first - cue.last
                if 0 < before <= reach or 0 < after <= WHAT_IS_REACH and self._opens_clause(text, words, cue):
                    asked.add(i)
                elif other.kind == "compare" and 0 < after and self._generic(text, words, cue):
                    # "l'auto-entrepreneur paie plus cher qu'un artisan qui ne paie pas d'impôt ?", "un
                    # auto-entrepreneur paie combien d'AMO par rapport à…": a kind named in general is compared
                    # wherever the comparison stands in its clause; both kinds compared are asked about.
                    asked.add(i)
                    asked.update(
                        j
                        for j, later in enumerate(cues)
                        if later.kind in ("tax", "tax_word", "tax_local", "declare")
                        and later.first > other.last
                        and same_clause(text, other, later)
                    )
            # "je vais rester au forfait", "je compte garder mon statut d'AE": a plan to stay in a regime holds it.
            kept = cue.kind == "tax" and stays_in(text, cue)
            if cue.kind == "tax" and (
                not kept
                and (
                    planned(text, cues, cue, self._tax_phrases.bookkeepers)
                    or told_to_take(text, words, cue)
                    or awaited(text, words, cues, cue)
                    or in_the_future(text, words, cue)
                )
                or employers_regime(text, words, cue)
                or asked_as_circumstance(text, words, cues, cue)
                or asked_in_general(text, words, cue)
                or asked_what(text, cues, cue)
                or asked_inverted(text, words, cue)
                or asked_if_required(text, words, cues, cue)
                or the_groups(text, words, cues, cue)
                or the_workplaces(text, words, cues, cue)
                or compared_to_regime(text, words, cues, cue)
                or held_in_general(text, words, cues, cue)
                or near(text, without_specific_to(words, cues), cue, "need", NEED_REACH, 0)
            ):
                asked.add(i)
            if cue.value in ("cooperative", "enterprise") and _to_create(text, words, cues, cue, self._founding):
                asked.add(i)
        asked |= _alternatives(text, words, cues, self._between) | _doubted(text, cues) | _no_tax_offered(text, words, cues)
        return [replace(c, kind="asked") if i in asked else c for i, c in enumerate(cues)]

    def _without_answering_no(self, words: Sequence[Word], cues: list[Cue]) -> list[Cue]:
        """An opening no that answers the assistant, then the writer's own words, negates nothing in them: "non en
        fait je suis auto-entrepreneur", "لا في الحقيقة أنا مقاول ذاتي"."""
        opening = cues[0] if cues else None
        if (
            opening is None
            or opening.kind != "negation"
            or (opening.first, opening.last) != (0, 0)
            or words[0].form not in _ANSWERING_NO
            or not any(w.form in self._first_person for w in words[1 : 1 + ANSWERING_NO_REACH])
        ):
            return cues
        return cues[1:]

    def _generic(self, text: str, words: Sequence[Word], cue: Cue) -> bool:
        """Whether the cue is the subject of its clause, named in general with a French article ("est-ce que
        l'auto-entrepreneur…", "un artisan à la CPU…" is not: "à la" is a regime held)."""
        article = cue.first if words[cue.first].form in _GENERIC_ARTICLES else cue.first - 1
        if article < 0 or words[article].form not in _GENERIC_ARTICLES:
            return False
        before = [w for w in words[:article] if not CLAUSE_BREAK.search(text[w.end : cue.start])]
        return all(w.form in self._topic_openers or w.form in _QUESTION_OPENERS for w in before)

    def _opens_clause(self, text: str, words: Sequence[Word], cue: Cue) -> bool:
        """Whether only openers ("le", "و", "أما") stand between the start of the cue's clause (or a "but" in it) and
        the cue."""
        before = [w for w in words[: cue.first] if not CLAUSE_BREAK.search(text[w.end : cue.start])]
        buts = [i for i, w in enumerate(before) if w.form in self._clause_buts]
        return all(w.form in self._topic_openers for w in before[buts[-1] + 1 if buts else 0 :])


# "Or" or "and not": between two regimes, a choice ("المقاول الذاتي ولا الجزافية؟"); elsewhere a negation.
_OR_OR_NOT = frozenset(("ولا", "وللا"))


def _alternatives(text: str, words: Sequence[Word], cues: list[Cue], between_words: frozenset[str]) -> set[int]:
    """Regimes offered as a choice hold none: "la CPU ou l'auto-entrepreneur ?", "entre forfait et auto-entrepreneur,
    lequel… ?", "je suis à la CPU ou pas ?"."""
    asked = set()
    regimes = [i for i, c in enumerate(cues) if c.kind == "tax"]
    for i, j in pairwise(regimes):
        a, b = cues[i], cues[j]
        if a.value == b.value or SENTENCE_END.search(text[a.end : b.start]) and not offered_in_turn(text, a, b):
            continue
        # "لا X ولا Y" is neither-nor: its "ولا" offers no choice.
        offered = any(c.kind == "alternative" and a.last < c.first < b.first for c in cues) or any(
            w.form in _OR_OR_NOT for w in words[a.last + 1 : b.first]
        ) and not after_neither(text, a)
        # "entre un artisan auto-entrepreneur et quelqu'un à la CPU", "ما الفرق بين المساهمة المهنية الموحدة ونظام
        # المقاول الذاتي": after "between" (alone or ending a comparison), the first two regimes of its clause are the
        # terms compared, however many words name each.
        between = any(
            (c.kind == "between" or c.kind == "compare" and words[c.last].form in between_words)
            and c.last < a.first
            and same_clause(text, c, a)
            and not any(t.kind == "tax" and c.last < t.first < a.first for t in cues)
            for c in cues
        )
        if offered and b.first - a.last <= ALTERNATIVE_REACH or between and same_clause(text, a, b):
            asked.update((i, j))
    for i in regimes:
        # "à la CPU ou pas", "auto-entrepreneur ou non": the regime itself is in doubt.
        after = [c for c in cues if 0 < c.first - cues[i].last <= 2]
        if [c.kind for c in after[:2]] == ["alternative", "negation"]:
            asked.add(i)
    return asked


# "être auto-entrepreneur ou ne pas payer d'impôt ?": no tax and a regime this many words apart at most, "or" between.
NO_TAX_CHOICE_REACH = 7
# What says no tax when it is denied: a tax word, a local tax, a declaration; or an exemption.
_NO_TAX_SIDES = frozenset({"tax_word", "tax_local", "declare", "tax_free"})


def _no_tax_offered(text: str, words: Sequence[Word], cues: list[Cue]) -> set[int]:
    """Paying no tax offered as the other term of a choice with a regime holds none: "c'est quoi le mieux, être
    auto-entrepreneur ou ne pas payer d'impôt ?", "ne payer aucun impôt ou devenir AE, lequel est mieux ?" (an
    infinitive, no "je" of the writer's in it, in a question or a comparison). "je ne paie pas d'impôt, ou bien il
    faut être AE ?" states the writer's own none."""
    offered = set()
    for i, side in enumerate(cues):
        if side.kind in _NO_TAX_SIDES and any(_offered_with(text, words, cues, side, regime) for regime in cues):
            offered.add(i)
    return offered


def _offered_with(text: str, words: Sequence[Word], cues: list[Cue], side: Cue, regime: Cue) -> bool:
    """Whether the no-tax ``side`` and ``regime`` are the two terms of a choice asked about."""
    if regime.kind != "tax":
        return False
    left, right = (regime, side) if regime.first < side.first else (side, regime)
    choice = [c for c in cues if c.kind == "alternative" and left.last < c.first < right.first]
    if not choice or right.first - left.last > NO_TAX_CHOICE_REACH or SENTENCE_END.search(text[left.end : right.start]):
        return False
    # The no-tax term's own words: from the "or" to it, or from its clause's start to it.
    start = choice[-1].last + 1 if side is right else _clause_start_word(text, words, side)
    if any(w.form in WRITER_WORDS for w in words[start : side.first]):
        return False
    end = SENTENCE_END.search(text, right.end)
    asks = end is not None and end.group() in "?؟"
    return asks or any(c.kind in ("compare", "what_is") and same_clause(text, c, left) for c in cues)


def _clause_start_word(text: str, words: Sequence[Word], cue: Cue) -> int:
    """The index of the first word of the cue's clause."""
    first = cue.first
    while first > 0 and not CLAUSE_BREAK.search(text[words[first - 1].end : words[first].start]):
        first -= 1
    return first


def _zero_sums(cues: list[Cue]) -> list[Cue]:
    """"je paie 0 dh d'impôts", "impôts : 0 dh", "kankhelles 0 dh f dariba", "je paye 0 impôt": a sum of zero dirhams
    paid, or zero tax, is nothing paid; its "0" is read as a negation (the word "zéro" is one already), so a tax word
    after it is denied."""
    counted = {c.first for c in cues if c.kind in ("money", "tax_word")}
    return [
        Cue("negation", "zero", c.first, c.last, c.start, c.end)
        if c.kind == "digits" and set(c.value) == {"0"} and c.last + 1 in counted
        else c
        for c in cues
    ]


def _doubted(text: str, cues: list[Cue]) -> set[int]:
    """"je ne sais pas si je suis à la CPU", "ma3reftch wach ana auto": a regime in doubt, in the doubt's clause, is
    not held (nor denied: the doubt's own "ne… pas" is part of it)."""
    return {i for i, c in enumerate(cues) if c.kind == "tax" and in_doubt(text, cues, c)}


def _negates_something_else(text: str, cues: list[Cue], regime: Cue, negation: Cue) -> bool:
    """Whether a negation after a regime put first denies something other than it: "AE pas CPU", "AE, pas CPU" (another
    regime right after it), "cpu, machi auto", "forfait pas réel" (right after the regime, words follow it in its
    clause), "AE n° 0012345" (an "n" without its apostrophe is no "ne"). "la cpu je l'ai pas", "l'ae non plus", "la
    CPU, non." deny the regime."""
    if text[negation.start : negation.end].lower() == "n" and not re.match(r"\s*['’]", text[negation.end :]):
        return True
    # "je suis auto-entrepreneur, je ne sais pas combien…": the writer's own regime is no topic put first.
    if set(normalise(text[regime.start : regime.end]).split()) & WRITER_WORDS:
        return True
    if negation.kind != "have_nothing" and _not_taken_up(text, regime, negation):
        return True
    if any(
        c.kind == "tax" and 0 < c.first - negation.last <= NEGATED_REGIME_REACH and same_clause(text, negation, c)
        for c in cues
    ):
        return True
    end = CLAUSE_BREAK.search(text, negation.end)
    rest = normalise(text[negation.end : end.start() if end else len(text)]).split()
    return negation.first == regime.last + 1 and bool(rest) and rest[0] not in _NEGATION_TAILS


# Object pronouns that take a fronted regime up again after its negation: "je ne l'ai pas", "je n'en ai pas".
def _not_taken_up(text: str, topic: Cue, negation: Cue, taking_up: frozenset[str] = frozenset()) -> bool:
    """Whether a negation past a comma after a topic denies something else: the denial takes the topic up again by a
    pronoun ("la CPU, je ne l'ai jamais eue", "le diplôme, je n'en ai pas") or by one of ``taking_up``; "la CPU, je ne
    sais pas combien…", "diplômé, je ne paie pas d'impôt" deny another thing."""
    if not CLAUSE_BREAK.search(text, topic.end, negation.start):
        return False
    following = _NEXT_WORDS.match(text, negation.end)
    return following is None or normalise(following.group(1)) not in _RESUMPTIVE | taking_up


_RESUMPTIVE = frozenset({"l", "le", "la", "les", "en", "y"})
_FRENCH_NE = frozenset({"ne", "n"})
# "Diplôme, je n'ai pas", "diplômé, je ne suis pas": having or being, said of the kind put first.
_HAVING = frozenset({"ai", "suis", "avais", "etais"})
_NEXT_WORDS = re.compile(r"[\s'’]*(\w+)")
# "non plus", "pas du tout", "jamais de la vie": what may follow a negation that opens its clause and still denies
# the regime before it.
_NEGATION_TAILS = frozenset({"plus", "du", "jamais", "merci", "walo", "والو"})


# "se constituer en coopérative": a group that becomes one, not one to found.
_REFLEXIVE = frozenset({"se", "s"})


def _to_create(text: str, words: Sequence[Word], cues: list[Cue], target: Cue, founding: frozenset[str]) -> bool:
    """"comment créer une coopérative", "je veux monter une société", "قبل تأسيس التعاونية", "نفكر في إنشاء تعاونية": a
    French infinitive of starting, or a word of founding, before a group says it does not exist yet ("nous avons créé
    une coopérative", "أسست شركة", "je viens de créer ma SARL" do)."""
    started = any(
        c.kind == "stage"
        and c.value == "start"
        and words[c.last].form.endswith(("er", "ir"))
        and 0 < target.first - c.last <= WISH_REACH
        and same_clause(text, c, target)
        and not _after_come_of(words, c.first)
        for c in cues
    )
    return started or any(
        not CLAUSE_BREAK.search(text[words[i].end : target.start])
        and not founding.isdisjoint(arabic_stems(words[i].form))
        and not (i > 0 and words[i - 1].form in _REFLEXIVE)
        and not _after_come_of(words, i)
        for i in range(max(0, target.first - WISH_REACH), target.first)
    )



# "إلا كانت عندي SARL", "إذا كان الحرفي يؤدي…": "was" after "if" is a condition, no past.
_WAS_THIRD = frozenset(normalise(w) for w in ("كان", "كانت", "وكان", "وكانت"))
_IF = frozenset(normalise(w) for w in ("إلا", "الا", "إذا", "اذا", "لو", "ila", "ida", "si"))


def _was_if(words: Sequence[Word], cues: list[Cue]) -> list[Cue]:
    """``cues`` without a past "كان" right after "if"."""
    return [
        c
        for c in cues
        if not (c.kind == "past" and words[c.first].form in _WAS_THIRD and c.first > 0 and words[c.first - 1].form in _IF)
    ]


# "I have not" said apart from its "ma" ("والضريبة ما عنديش"): at the end of its clause, it negates what came before.
_HAVE_NOT = frozenset(normalise(w) for w in ("عنديش", "3ndich", "3andich"))


def _negated_verbs(text: str, words: Sequence[Word], cues: list[Cue]) -> list[Cue]:
    """Negations read on the words around them.

    "ma kankhlsha" is one negated verb, which may follow its object as ma…ch does ("dariba ma kankhlsha");
    "عمري صرحت" is "I never declared" when no number follows "عمري" (else it says an age).
    """
    out: list[Cue] = []
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
            and present_verb(following, ANY_PRESENT)
            and (nxt is None or nxt.first > after or nxt.kind in ("negation", "pay"))
        ):
            out.append(Cue("negation", "circumfix", cue.first, after, cue.start, words[after].end))
            if nxt is not None and nxt.first == after:
                skip = i + 1  # the verb is the negation's; a verb of paying stays one (_negated_paying)
            continue
        # "dariba ma 3ndi", "الديبلوم ما عندي": "ma" + "I have" negates what came before, as ma…ch does.
        if cue.kind == "negation" and cue.value in _NEGATING_PARTICLES and nxt is not None and (
            nxt.kind == "possession" and nxt.first == after
        ):
            out.append(Cue("negation", "circumfix", cue.first, nxt.last, cue.start, nxt.end))
            skip = i + 1
            continue
        if (
            cue.kind == "negation"
            and cue.value in _NEGATING_PARTICLES
            and following in _HAVE_NOT
            and (after + 1 == len(words) or CLAUSE_BREAK.search(text[words[after].end : words[after + 1].start]))
        ):
            out.append(Cue("negation", "circumfix", cue.first, after, cue.start, words[after].end))
            continue
        if (
            cue.kind == "age"
            and words[cue.first].form.removeprefix("و") in _NEVER_WITHOUT_MA
            and following
            and not following.isdigit()
            and not any(c.kind in ("numbers", "digits") and after <= c.first <= after + 1 for c in cues[i + 1 : i + 3])
            and not (cue.first > 0 and words[cue.first - 1].form in _NEGATING_PARTICLES | _OF_AGE)
        ):
            out.append(Cue("negation", "never", cue.first, cue.last, cue.start, cue.end))
            continue
        out.append(cue)
    return out


def _not_yet(words: Sequence[Word], cues: list[Cue]) -> list[Cue]:
    """"pas encore" is "almost" before a count ("pas encore 3 ans") and "not yet" before anything else ("je n'ai pas
    encore mon diplôme"): there it negates what follows, as "pas" does."""
    out = []
    for i, cue in enumerate(cues):
        out.append(cue)
        nxt = cues[i + 1] if i + 1 < len(cues) else None
        counted = nxt is not None and nxt.first == cue.last + 1 and nxt.kind in ("numbers", "digits", "glued_duration")
        if cue.kind == "almost" and words[cue.first].form in _NOT_YET and not counted:
            out.append(Cue("negation", "not_yet", cue.first, cue.last, cue.start, cue.end))
    return out


def _just_done(words: Sequence[Word], cues: list[Cue]) -> list[Cue]:
    """Without the wish cues that are an infinitive of French "venir de" (the recent past): "je viens de prendre le
    statut AE", "je viens juste de devenir auto-entrepreneur" hold the regime taken."""
    return [c for c in cues if not (c.kind == "wish" and c.first == c.last and _after_come_of(words, c.first))]


def _after_come_of(words: Sequence[Word], at: int) -> bool:
    """Whether the word at ``at`` follows "venir de", past an object pronoun or "faire" ("vient de me faire passer")."""
    i = at - 1
    while i >= 0 and words[i].form in _BEFORE_INFINITIVE:
        i -= 1
    if i < 0 or words[i].form not in _OF:
        return False
    i -= 1
    while i >= 0 and words[i].form in _COME_ADVERBS:
        i -= 1
    return i >= 0 and words[i].form in _COME


def _only(words: Sequence[Word], cues: list[Cue]) -> list[Cue]:
    """Without the "ne" of a French "ne… que" (only), the "لا" of "لا… إلا": "je ne suis qu'auto-entrepreneur", "لست إلا
    مقاولا ذاتيا" hold the regime."""
    return [c for c in cues if not (c.kind == "negation" and _restrictive(words, cues, c))]


def _restrictive(words: Sequence[Word], cues: list[Cue], cue: Cue) -> bool:
    """Whether a "ne" finds its "que" within reach before another negation."""
    if words[cue.first].form not in _RESTRICTIVE_NE or cue.first != cue.last:
        return False
    negations = {c.first for c in cues if c.kind == "negation" and c is not cue}
    for i in range(cue.last + 1, min(len(words), cue.last + 1 + ONLY_REACH)):
        if i in negations:
            return False
        if words[i].form in _ONLY_QUE:
            return True
    return False


# French verbs of beginning, normalised: inside a span of no time ("je commence à peine") they say a start.
_BEGINNING_VERBS = frozenset({"commence", "debute", "demarre", "lance", "commencons", "debutons", "demarrons"})


def _to_do(words: Sequence[Word], at: int) -> bool:
    """Whether "à" and an infinitive stand at word ``at`` ("… à gagner", "… à vendre")."""
    return at + 1 < len(words) and words[at].form == "a" and words[at + 1].form.endswith(("er", "ir", "re"))


def _recent_start(text: str, cues: list[Cue], words: Sequence[Word], just_began: frozenset[str]) -> Found | None:
    """A business begun less than a year ago is starting: "je viens de commencer", "bdit ghir had chhar"."""
    for cue in cues:
        # "بدأت للتو", "بدأت حديثا": the start phrase itself says the beginning is recent.
        if cue.kind == "stage" and cue.value == "start" and normalise(text[cue.start : cue.end]) in just_began:
            return Found("business_stage", "start", cue.start, cue.end)
    for span in cues:
        if span.kind != "spans_of_time" or float(span.value) >= 1:
            continue
        said = normalise(" ".join(w.form for w in words[span.first : span.last + 1]))
        began = any(c.kind == "began" and c.last < span.first and same_clause(text, c, span) for c in cues)
        # "je commence à peine", "je débute à peine": a span of no time whose own words begin is a start.
        # Not "je commence à peine à gagner ma vie": beginning to do something else.
        begins = any(w.form in _BEGINNING_VERBS for w in words[span.first : span.last + 1]) and not _to_do(
            words, span.last + 1
        )
        if said in just_began or began or begins:
            return Found("business_stage", "start", span.start, span.end)
    return None


def _not_started(words: Sequence[Word], verbs: frozenset[str]) -> Found | None:
    """"mazal ma bditch", "ma 7llitch l'atelier", "مازال ما حليتش": a negated start or opening is a business starting."""
    for i, word in enumerate(words):
        verb = negated_verb(word.form)
        if verb is None or verb[0] not in verbs:
            continue
        if verb[1] or (i > 0 and words[i - 1].form in _NEGATING_PARTICLES):
            return Found("business_stage", "start", word.start, word.end)
    return None


def _business_stage(stage: Found | None, recent_start: Found | None) -> Found | None:
    """A business begun this very month or year is starting, even when it needs a machine ("عاد بديت… نشري
    ماكينة"): a start said outright outranks the equipment a starter buys, not a rural place."""
    if recent_start is not None and (stage is None or stage.value == "grow"):
        return recent_start
    return stage


def _stage(
    text: str, words: Sequence[Word], cues: list[Cue], years: Sequence[Years], own_account: frozenset[str]
) -> Found | None:
    """Where the business stands, for financing: the most specific stage said (a rural place left is none)."""
    # Working on one's own account for a year or more ("à mon compte depuis 5 ans") is a business that runs,
    # not one that starts: the phrase says a start only when no such span is said.
    running = any(y.years >= 1 for y in years)
    # Not yet opened is starting: a negated start still says start ("لم أفتح ورشتي بعد", "mazal ma 7lit").
    said = {
        c.value: c
        for c in reversed(cues)
        if c.kind == "stage"
        and (c.value == "start" or not negated(text, cues, c))
        and not (running and c.value == "start" and normalise(text[c.start : c.end]) in own_account)
        and not (c.value == "rural" and moved_away(text, words, cues, c))
    }
    said = {value: c for value, c in said.items() if not _dreamt(text, cues, c)}
    stage = next((s for s in STAGE_PRIORITY if s in said), None)
    return Found("business_stage", _STAGE_OF.get(stage, stage), said[stage].start, said[stage].end) if stage else None


def _dreamt(text: str, cues: list[Cue], target: Cue) -> bool:
    """"mli nkbar bghit n7el atelier", "peut-être qu'un jour on ouvrira une boutique", "نفتح محلا يوما ما": a start or a
    growth wished for a far future, in the clause of the "someday", is no stage now. A rural place is where the
    writer lives already."""
    return target.value != "rural" and any(
        c.kind == "stage" and c.value == "someday" and same_clause(text, c, target) for c in cues
    )
