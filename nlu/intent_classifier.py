"""Intent classifier: TF-IDF over normalised words, their skeletons, character n-grams and cross-script keys,
then a logistic regression.

Measured on the held-out set, sublinear TF-IDF with a weakly regularised logistic
regression beats Rasa's LogisticRegressionClassifier on raw counts in every variety, and
trains in seconds where DIET takes many minutes on two cores.
"""

from __future__ import annotations

import re
from typing import Any

import numpy as np
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.nlu.constants import TOKENS_NAMES
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from scipy.sparse import hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from hirfa.text import arabizi_skeleton, cross_script_key
from nlu import (
    accepted_question,
    amo_compared,
    amo_included,
    amo_named,
    amo_question,
    amo_rate,
    amo_workings,
    card_asked,
    closing_salutation,
    craft_question,
    greeting_aside,
    hire_craftsman,
    how_are_you,
    joining_training,
    loan_asked,
    papers_question,
    pension_question,
    place_asked,
    put_through,
    register_question,
    register_target,
    reported_speech,
    salaried_worker,
    school_enrolment,
    selling_named,
    shop_customer,
    thanks_then_leave,
    what_it_can_do,
    who_answers,
    wish_corrected,
)
from nlu.asked_sentence import asked_span
from nlu.fitted import FittedComponent
from nlu.glued_words import knows_a_stem
from nlu.greeting_introduction import asks
from nlu.greeting_introduction import rerank as greeting_then_introduction
from nlu.greeting_opening import LONG_TAIL, MISREAD_OPENINGS, greeting_length, leaves, request_after_greeting
from nlu.out_of_domain import OutOfDomain
from nlu.politeness import has_politeness, without_politeness
from nlu.refusal_opening import DENY, WANT_WORDS, request_after_refusal, request_start
from nlu.register_wish import RegisterWish, request_understood

# Glued articles and prepositions of Arabic script, longest first: "الكارط", "لاكارط" (la carte) and
# "كارط" are one word; so are "الروتريت" and "روتريت".
_ARABIC_PREFIXES = ("وال", "فال", "بال", "لل", "ال", "لا")
_ARABIC_LONG_VOWELS = str.maketrans("", "", "اوي")
# Arabizi written the French way spells w as "ou" before a vowel: "ouach", "ouela", "ouah" are wach, wela, wah.
_FRENCH_W = re.compile(r"ou(?=[aei])")
# French written as it sounds ("comen sinscrir", "conbien", "les papié", "koi fair"): one spelling per sound,
# silent endings dropped, so that "comment" and "comen", "papiers" and "papié" are one key.
_FRENCH_SOUNDS = (
    # Silent endings: plural s, final e, -er/-ez/-et/-é, final consonants ("papiers", "papié" → "papi").
    (re.compile(r"e?s$"), ""), (re.compile(r"(?:er|ez|et|e)$"), ""), (re.compile(r"[tdxzp]+$"), ""),
    # One spelling per sound: k, s, f, o, e, nasal n, silent h, doubled letters once.
    (re.compile(r"qu|c(?![eihy])"), "k"), (re.compile(r"c(?=[eiy])"), "s"), (re.compile(r"ph"), "f"),
    (re.compile(r"e?au"), "o"), (re.compile(r"[ae]i(?!n)"), "e"), (re.compile(r"m(?=[bp])"), "n"),
    (re.compile(r"en(?![aeiouyn])"), "an"), (re.compile(r"(?<![cs])h"), ""), (re.compile(r"(.)\1+"), r"\1"),
)
_MIN_FRENCH_KEY = 3
# AMO said the French way in Arabic letters, the article glued: "لامو", "لاماو" (la-a-mo), "الأمو", "فلامو". The
# spellings differ by how long the a is drawn, and their skeletons differ ("لم", "م"): one word "amo" for all, the
# word of the Latin-script examples, so that a spelling never seen in training still reads as AMO.
_AMO_IN_ARABIC = re.compile(r"^[وفب]?(?:ال|لل|ل)اما?و$")
# SMS leave-taking "a+", "@+" ("à plus"): the tokenizer keeps no "+" (and no "@"), so "ok a+" would read as "ok a",
# a yes. The sign stands for the word it abbreviates.
_SEE_YOU = re.compile(r"(?<![\w@+])[aà@]\+(?![\w+])")


def french_sound_key(lemma: str) -> str | None:
    """A Latin-script word as it sounds in French ("comment", "comen" → "koman"); None for short or other words."""
    if not lemma.isascii() or not lemma.isalpha() or len(lemma) < _MIN_FRENCH_KEY:
        return None
    for pattern, sound in _FRENCH_SOUNDS:
        lemma = pattern.sub(sound, lemma)
    return lemma if len(lemma) >= _MIN_FRENCH_KEY else None


def arabic_skeleton(lemma: str) -> str | None:
    """An Arabic-script word without its article, final ه, long vowels and doubled letters; None otherwise.

    Short and spoken forms are spelt many ways ("ايه", "اييه"; "الكارطة", "لاكارط", "الكارط"): the
    skeleton lets a spelling never seen in training count as the word it is.
    """
    if not lemma or not "\u0621" <= lemma[0] <= "\u064a":
        return None
    for prefix in _ARABIC_PREFIXES:
        if lemma.startswith(prefix) and len(lemma) - len(prefix) >= 3:
            lemma = lemma[len(prefix) :]
            break
    lemma = _once(lemma)  # "اييه" is "ايه" stretched
    if lemma.endswith("ه") and len(lemma) > 3:
        lemma = lemma[:-1]
    return _once(lemma[0] + lemma[1:].translate(_ARABIC_LONG_VOWELS))


def _once(word: str) -> str:
    return "".join(c for i, c in enumerate(word) if i == 0 or c != word[i - 1])


def documents(message: Message) -> tuple[str, str, str]:
    """The message as words (lemmas plus skeletons), as plain lemmas and as cross-script keys.

    The last two are read as character n-grams: the keys' n-grams let a Darija example in one
    script teach the other ("كيفاش نتسجل" and "kifach ntsajal" share them).
    """
    return _documents([token.lemma for token in message.get(TOKENS_NAMES[TEXT]) or []], message.get(TEXT) or "")


def _documents(lemmas: list[str], text: str) -> tuple[str, str, str]:
    """``documents`` of a message's lemmas and text (or of the words after its opening greeting)."""
    # Politeness says nothing of the topic: "sjlni lah ykhlik" asks to register, it does not thank.
    lemmas = without_politeness(lemmas)
    lemmas += ["plus"] * len(_SEE_YOU.findall(text))
    spoken = [_FRENCH_W.sub("w", lemma) for lemma in lemmas]
    skeletons = [f"~{_once(s)}" for s in map(arabizi_skeleton, spoken) if s]
    skeletons += [f"%{s}" for s in map(french_sound_key, lemmas) if s]
    skeletons += [f"^{s}" for s in map(arabic_skeleton, lemmas) if s]
    skeletons += ["amo" for lemma in lemmas if _AMO_IN_ARABIC.match(lemma)]
    keys = [s for s in map(cross_script_key, spoken) if s]
    return " ".join(lemmas + skeletons + [f"@{k}" for k in keys]), " ".join(lemmas), " ".join(keys)


# The weight of the question read alone: on the 15,301 dev messages (held-out and situation pairs), .4 set 22 right
# and 7 wrong (.3: 16 and 5; .5: 24 and 10; .7: fewer right in all than none), with the question after a context. Read
# also when the context follows the question, 3 more right and none wrong (round 34).
ASKED_WEIGHT = 0.4


class _Model:
    """Three TF-IDF vectorisers and the classifier, fitted together."""

    def __init__(self, config: dict[str, Any]) -> None:
        self.words = TfidfVectorizer(analyzer=str.split, sublinear_tf=True)
        self.chars = _char_ngrams(config)
        self.keys = _char_ngrams(config)
        # Keys fold distinct words together ("khdma" and "خدمة", but also "khdma" and "khddam"): at full weight
        # they blur intents that exact spellings tell apart (dev macro-F1 fell in ar, ary and fr); at half weight
        # they keep most of what they carry from one script to the other (python -m evaluation.cross_script).
        self.key_weight = config["key_weight"]
        self.classifier = LogisticRegression(
            C=config["C"], max_iter=config["max_iter"], class_weight="balanced", random_state=42
        )

    def fit(self, docs: list[tuple[str, str, str]], intents: list[str]) -> None:
        words, chars, keys = zip(*docs, strict=True)
        blocks = [self.words.fit_transform(words), self.chars.fit_transform(chars), self.keys.fit_transform(keys)]
        self.classifier.fit(self._joined(blocks), intents)

    def probabilities(self, docs: list[tuple[str, str, str]]) -> tuple[np.ndarray, np.ndarray]:
        """Each intent's probability, and whether the message has any word (or skeleton) seen in training."""
        words, chars, keys = zip(*docs, strict=True)
        word_features = self.words.transform(words)
        features = self._joined([word_features, self.chars.transform(chars), self.keys.transform(keys)])
        if not self.classifier.coef_.flags.f_contiguous:
            # scikit-learn multiplies the features by coef_.T; scipy copies a matrix that is not C-ordered
            # first: tens of megabytes, ~20 ms per message, a sixth of a Rasa server's CPU under load.
            # Stored column-major, coef_.T is C-ordered and used in place (same products, same results).
            self.classifier.coef_ = np.asfortranarray(self.classifier.coef_)
        return self.classifier.predict_proba(features), word_features.getnnz(axis=1) > 0

    def _joined(self, blocks: list[Any]) -> Any:
        words, chars, keys = blocks
        return hstack([words, chars, keys * self.key_weight]).tocsr()


def _char_ngrams(config: dict[str, Any]) -> TfidfVectorizer:
    return TfidfVectorizer(
        analyzer="char_wb",
        ngram_range=(config["char_min_ngram"], config["char_max_ngram"]),
        sublinear_tf=True,
        max_features=config["max_char_features"],
    )


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True)
class TfidfIntentClassifier(FittedComponent):
    """Predicts the intent and a ranking of the likeliest ones."""

    FILE = "intent_classifier.joblib"
    # Read on first use (nothing happens at import time); see nlu/out_of_domain.py.
    _out_of_domain: OutOfDomain | None = None
    _register_wish: RegisterWish | None = None

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        """Settings measured with `make eval` (see the README)."""
        return {
            "C": 10.0,
            "max_iter": 2000,
            "char_min_ngram": 2,
            "char_max_ngram": 5,
            "max_char_features": 60000,
            "ranking_length": 10,
            "key_weight": 0.5,
            # How much the question read alone counts beside the whole message (nlu/asked_sentence.py).
            "asked_weight": ASKED_WEIGHT,
        }

    def train(self, training_data: TrainingData) -> Resource:
        """Fits the model on the intent examples and keeps it."""
        examples = [m for m in training_data.intent_examples if m.get(TOKENS_NAMES[TEXT])]
        model = _Model(self._config)
        model.fit([documents(m) for m in examples], [m.get(INTENT) for m in examples])
        return self.keep(model)

    def process(self, messages: list[Message]) -> list[Message]:
        """Sets the intent and the ranking on each message."""
        if self._model is None or not messages:
            return messages
        probabilities, known = self._model.probabilities([documents(m) for m in messages])
        if self._out_of_domain is None:
            self._out_of_domain = OutOfDomain()
            self._register_wish = RegisterWish()
        for message, row, any_known in zip(messages, probabilities, known, strict=True):
            tokens = message.get(TOKENS_NAMES[TEXT]) or []
            lemmas, text = [token.lemma for token in tokens], message.get(TEXT) or ""
            row = self._with_question(row, tokens, text)
            ranking = self._reranked(row, lemmas, text)
            # Not one word the model has seen ("zorglub flimbo"): character n-grams alone would guess,
            # so the intent gets no confidence and the fallback says it did not understand. Politeness words,
            # left out of what the model reads, are still words it knows ("حبسها عافاك" is understood), and so is a word
            # the model knows with a conjunction or preposition glued on ("أحسنتم وشكرا": nlu/glued_words.py).
            understood = any_known or has_politeness(lemmas) or knows_a_stem(lemmas, self._model.words.vocabulary_)
            greeting = greeting_length(lemmas)
            leaving = leaves(lemmas[greeting:])
            if understood and ranking[0]["name"] in MISREAD_OPENINGS and 0 < greeting < len(lemmas):
                # "salam, menu": the words after the greeting, read alone, may ask what the greeting hides.
                rest = self._read_alone(lemmas[greeting:], text[tokens[greeting].start :])
                long_question = len(lemmas) - greeting >= LONG_TAIL and asks(lemmas[greeting:], text)
                ranking = request_after_greeting(ranking, rest, leaving, long_question)
            if understood and not leaving:
                # "bonsoir tout le monde je suis nouvelle ici": an introduction after the greeting asks no topic
                # ("salam, ana ghadi nmchi" introduces no one: it leaves).
                ranking = greeting_then_introduction(greeting, lemmas, text, ranking)
            if understood and ranking[0]["name"] == DENY and (request := request_start(lemmas)):
                # "ما عندي لا محاسب لا والو، بغيت قرض": the request after the list of what one lacks, read alone.
                rest = self._read_alone(lemmas[request:], text[tokens[request].start :])
                ranking = request_after_refusal(ranking, rest)
            if understood and (corrected := wish_corrected.corrected_from(lemmas)):
                # "بغيت قرض لا ماشي قرض بغيت تكوين": the wish after the correction, read alone.
                rest = self._read_alone(lemmas[corrected:], text[tokens[corrected].start :])
                ranking = wish_corrected.rerank(ranking, rest)
            if understood:
                # "مساء الخير يا مساعد", "صباح الخير، كيف حالك اليوم؟": a tail naming the reader or the day asks nothing.
                ranking = greeting_aside.rerank(lemmas, ranking)
            top = ranking[0] if understood else {**ranking[0], "confidence": 0.0}
            message.set(INTENT, top, add_to_output=True)
            message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)
        return messages

    def _with_question(self, row: np.ndarray, tokens: list[Any], text: str) -> np.ndarray:
        """The message's probabilities blended with those of its question read alone, when something else is said
        before or after it; a request said after the question ("… ؟ المهم، بغيت نعرف كيفاش نتسجل") is what is asked."""
        span = asked_span(text)
        if span is None:
            return row
        at, until = span
        wanted = [t for t in tokens if t.start >= until and t.lemma in WANT_WORDS]
        if wanted:
            at, until = wanted[0].start, len(text)
        asked = [t for t in tokens if t.start >= at and t.end <= until]
        if not asked:
            return row
        alone, known = self._model.probabilities([_documents([t.lemma for t in asked], text[at:until])])
        if not known[0]:
            return row
        weight = self._config["asked_weight"]
        return (1 - weight) * row + weight * alone[0]

    def _read_alone(self, lemmas: list[str], text: str) -> list[dict[str, Any]]:
        """The reranked ranking of a part of a message read alone; empty when it holds no word the model knows."""
        row, known = self._model.probabilities([_documents(lemmas, text)])
        return self._reranked(row[0], lemmas, text) if known[0] or has_politeness(lemmas) else []

    def _reranked(self, row: np.ndarray, lemmas: list[str], text: str) -> list[dict[str, Any]]:
        """The model's ranking of one message, reranked by the rules that read its words."""
        labels = self._model.classifier.classes_
        order = np.argsort(row)[::-1][: self._config["ranking_length"]]
        ranking = [{"name": str(labels[i]), "confidence": float(row[i])} for i in order]
        ranking = self._out_of_domain.rerank(lemmas, ranking)
        ranking = self._register_wish.rerank(lemmas, text, ranking)
        ranking = who_answers.rerank(lemmas, text, ranking)
        ranking = put_through.rerank(lemmas, ranking)
        ranking = reported_speech.rerank(lemmas, ranking)
        ranking = register_target.rerank(lemmas, ranking)
        ranking = shop_customer.rerank(lemmas, ranking)
        ranking = selling_named.rerank(lemmas, ranking)
        ranking = loan_asked.rerank(lemmas, ranking)
        ranking = amo_named.rerank(lemmas, ranking, self._out_of_domain)
        ranking = amo_question.rerank(lemmas, ranking)
        ranking = amo_included.rerank(lemmas, ranking)
        ranking = amo_compared.rerank(lemmas, ranking)
        ranking = amo_workings.rerank(lemmas, ranking)
        ranking = pension_question.rerank(lemmas, text, ranking)
        ranking = papers_question.rerank(text, ranking)
        ranking = amo_rate.rerank(text, ranking)
        ranking = craft_question.rerank(lemmas, ranking)
        ranking = accepted_question.rerank(lemmas, ranking)
        ranking = card_asked.rerank(lemmas, ranking)
        ranking = hire_craftsman.rerank(lemmas, ranking)
        ranking = joining_training.rerank(lemmas, ranking)
        ranking = place_asked.rerank(lemmas, ranking)
        ranking = school_enrolment.rerank(lemmas, ranking)
        ranking = salaried_worker.rerank(lemmas, ranking)
        ranking = thanks_then_leave.rerank(lemmas, ranking)
        ranking = closing_salutation.rerank(lemmas, ranking)
        ranking = how_are_you.rerank(lemmas, text, ranking)
        ranking = what_it_can_do.rerank(lemmas, ranking)
        ranking = register_question.rerank(lemmas, ranking)
        ranking = request_understood(lemmas, amo_named.understood(lemmas, ranking))
        return register_question.understood(lemmas, ranking)
