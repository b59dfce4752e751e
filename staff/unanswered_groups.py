"""What users asked and did not get: the unhandled unanswered questions, grouped by similarity.

Each message is folded the way the assistant's NLU folds it (hirfa.text: letters, hamza, digits, case),
Arabizi words get one spelling per sound, Arabic words lose a glued article, and the words that only
frame a question ("comment", "wach", "بغيت") are left out; the messages are then compared by TF-IDF over
words, word pairs and character 2–4-grams, and clustered by average linkage under a cosine distance.

Measured on the hand-made set of tests/staff/test_unanswered.py (33 messages in ar, ary, ary_Latn and
fr: 9 questions asked several ways, 5 asked once), alone and mixed with 300 and 1,500 training messages
of data/nlu as noise. Connected components over a similarity threshold chain: with the 1,500, they mix
two questions of the set from a distance of 0.75 and put all 33 into 2 groups at 0.85. Average linkage
never joins two different questions of the set from 0.80 to 0.92, at every noise level; 0.85 sits in
the middle of that range. Below it paraphrases split more (the same question in MSA and Darija is often
two groups anyway); above 0.9 the groups of the noise mix intents (in the 300-message mix, 28% of them
at 0.9 against 9% at 0.8). An editor can still leave a stray message out of an action.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from hirfa.text import ARABIC_PREFIXES, arabizi_sounds, normalise
from registry.models import UnansweredQuestion

DISTANCE_THRESHOLD = 0.85
# The newest questions grouped at once: the distances are a dense n×n matrix (2,000² ≈ 32 MB).
MAX_QUESTIONS = 2000
EXAMPLES_PER_LANGUAGE = 3
NO_LANGUAGE = ""

_WORD = re.compile(r"[^\W_]+")
_LATIN = re.compile(r"[a-z0-9']+")
# The same letter ranges as nlu.variety, to tell the script of a message no word identifies.
_ARABIC_LETTER = re.compile(r"[\u0621-\u064A\u0671-\u06D3]")
_LATIN_LETTER = re.compile(r"[a-zA-Z\u00C0-\u024F]")
# Only the prefixes that carry the article come off: a lone و، ف، ب or ل starts too many words (ورشة).
_ARTICLE_PREFIXES = tuple(p for p in ARABIC_PREFIXES if "ال" in p or p.endswith("لل"))
# A glued prefix comes off only when a real word stays (فالسجل → سجل, not ال → nothing).
_MIN_STEM = 3


# The words that frame a question in every variety ("comment", "wach", "بغيت", "ديال"): two questions
# sharing only these ask different things. Folded like the messages when first used.
FRAME_WORDS = """
    le la les l de d du des un une et ou a au aux en pour sur dans avec par est sont etre je j tu il elle on
    nous vous ils mon ma mes ton ta tes son sa ses votre vos notre nos ce cet cette ces c ca que qu qui quoi
    quel quelle quels quelles comment combien pourquoi quand est-ce se s ne n pas y faut peut peux veux
    voudrais dois svp stp bonjour salut merci
    wach wash kifach kifash kifch ach chno achno bghit bghyt bgit nbghi dyal dial dyali diali dyalna
    chi kayn kayna f fi l3 3la m3a mn men b bach wla ila ana nta nti rah daba hna fin 3lach imta
    في من على الى عن مع ما ماذا هل كيف كيفاش كيفش واش اش شنو اشنو بغيت نبغي ديال ديالي ديالك ديالنا شي
    كاين كاينه هاد هادي هذا هذه ان انا انت لي اللي التي الذي او ولا راه دابا فين اين علاش لماذا امتا متي
    اريد اود يمكن يمكنني ممكن عافاك عفاك
"""
_frame_words: frozenset[str] | None = None


def _frame() -> frozenset[str]:
    global _frame_words
    if _frame_words is None:
        _frame_words = frozenset(_fold_word(w) for w in _WORD.findall(normalise(FRAME_WORDS)))
    return _frame_words


def fold(text: str) -> str:
    """``text`` as the grouping compares it: the NLU's folding, one spelling per Arabizi sound, no article,
    without the words that only frame a question (unless nothing else is left)."""
    words = [_fold_word(word) for word in _WORD.findall(normalise(text))]
    meant = [word for word in words if word not in _frame()]
    return " ".join(meant or words)


def _fold_word(word: str) -> str:
    return arabizi_sounds(word) if _LATIN.fullmatch(word) else _without_article(word)


def _without_article(word: str) -> str:
    for prefix in _ARTICLE_PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= _MIN_STEM:
            return word[len(prefix) :]
    return word


@dataclass
class Group:
    """Unanswered questions that ask the same thing."""

    ids: list[int]
    count: int
    examples: dict[str, list[str]]  # language → the first texts, distinct, oldest first
    languages: dict[str, int]  # language → how many
    intent: str | None  # the most common predicted intent
    first_asked: dt.datetime
    last_asked: dt.datetime
    rows: list[UnansweredQuestion] = field(default_factory=list, repr=False)


def labels(texts: Sequence[str], threshold: float = DISTANCE_THRESHOLD) -> list[int]:
    """A cluster number per text; equal numbers are one group, numbered in order of first appearance."""
    if not texts:
        return []
    folded = [fold(text) for text in texts]
    if len(texts) == 1:
        return [0]
    distances = _distances(folded)
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform

    tree = linkage(squareform(distances, checks=False), method="average")
    raw = fcluster(tree, t=threshold, criterion="distance")
    renumbered: dict[int, int] = {}
    return [renumbered.setdefault(int(label), len(renumbered)) for label in raw]


def _distances(folded: Sequence[str]):  # -> numpy array
    import numpy as np
    from scipy.sparse import hstack
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.preprocessing import normalize

    # Words and word pairs carry the meaning; character n-grams catch the spellings, endings and glued
    # prefixes that words miss (تصدير / نصدر, passeport / lpasspor).
    words = TfidfVectorizer(analyzer="word", token_pattern=r"\S+", ngram_range=(1, 2), sublinear_tf=True)
    chars = TfidfVectorizer(analyzer="char", ngram_range=(2, 4), sublinear_tf=True)
    blocks = []
    for vectorizer in (words, chars):
        try:
            blocks.append(vectorizer.fit_transform(folded))
        except ValueError:  # no word at all (emoji only): nothing to compare on this side
            continue
    if not blocks:
        return np.zeros((len(folded), len(folded)))
    matrix = normalize(hstack(blocks).tocsr())
    similarity = (matrix @ matrix.T).toarray()
    distances = np.clip(1.0 - similarity, 0.0, 1.0)
    # An empty message has no vector: it is far from everything, itself included.
    empty = np.asarray(matrix.getnnz(axis=1) == 0)
    distances[empty, :] = 1.0
    distances[:, empty] = 1.0
    np.fill_diagonal(distances, 0.0)
    return distances


def group(rows: Sequence[UnansweredQuestion], threshold: float = DISTANCE_THRESHOLD) -> list[Group]:
    """``rows`` grouped, largest group first, then the most recently asked; stable for the same rows."""
    ordered = sorted(rows, key=lambda row: row.id)
    members: dict[int, list[UnansweredQuestion]] = {}
    for row, label in zip(ordered, labels([row.text for row in ordered], threshold), strict=True):
        members.setdefault(label, []).append(row)
    groups = [_summary(items) for items in members.values()]
    return sorted(groups, key=lambda g: (-g.count, -g.last_asked.timestamp(), g.ids[0]))


def _summary(rows: list[UnansweredQuestion]) -> Group:
    rows = sorted(rows, key=lambda row: (row.asked_at, row.id))
    examples: dict[str, list[str]] = {}
    seen: set[str] = set()
    for row in rows:
        key = " ".join(_WORD.findall(normalise(row.text)))
        shown = examples.setdefault(row.language or NO_LANGUAGE, [])
        if key not in seen and len(shown) < EXAMPLES_PER_LANGUAGE:
            seen.add(key)
            shown.append(row.text)
    intents = Counter(row.predicted_intent for row in rows if row.predicted_intent)
    # The most common intent; a tie goes to the first in alphabetical order, so the page never flickers.
    intent = min(intents, key=lambda name: (-intents[name], name)) if intents else None
    return Group(
        ids=sorted(row.id for row in rows),
        count=len(rows),
        examples={language: examples[language] for language in sorted(examples)},
        languages=dict(sorted(Counter(row.language or NO_LANGUAGE for row in rows).items())),
        intent=intent,
        first_asked=rows[0].asked_at,
        last_asked=rows[-1].asked_at,
        rows=rows,
    )


def waiting(session: Session, limit: int = MAX_QUESTIONS) -> list[UnansweredQuestion]:
    """The newest unhandled questions, at most ``limit``."""
    return list(
        session.scalars(
            select(UnansweredQuestion)
            .where(UnansweredQuestion.handled.is_(None))
            .order_by(UnansweredQuestion.asked_at.desc(), UnansweredQuestion.id.desc())
            .limit(limit)
        )
    )


def unhandled_groups(session: Session, threshold: float = DISTANCE_THRESHOLD) -> list[Group]:
    """The groups of the newest unhandled questions."""
    return group(waiting(session), threshold)


def training_variety(text: str, language: str) -> str | None:
    """The training data's variety to file ``text`` under: the NLU's guess when a word tells, else the reply
    language in the message's script (Darija in Latin letters is ary_Latn); None when it has no letters."""
    from nlu.variety import identify

    guess = identify(text)
    if guess.variety is not None and guess.strength > 0:
        return guess.variety
    arabic = len(_ARABIC_LETTER.findall(text))
    latin = len(_LATIN_LETTER.findall(text))
    if not arabic and not latin:
        return None
    if arabic >= latin:
        return "ar" if language == "ar" else "ary"
    return "fr" if language == "fr" else "ary_Latn"
