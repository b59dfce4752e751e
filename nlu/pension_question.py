"""Whether an AMO-looking question is the pension's.

"contrib. pro unique payée chaque trimestre, la retraite pour moi c combien", "أنا مقاول ذاتي، شحال خاصني نخلص
للتقاعد؟": a tax regime stated first and a word of amount weigh towards amo_cost, whose examples state a regime before
asking what it costs, and the one word of retirement is outweighed. The pension is a scheme of its own (law 99.15,
shared/DOMAIN.md §2): when an AMO intent is first and pension_info its runner-up, a word of retirement with no word
of the AMO or of health cover puts pension_info first. The CNSS runs both, so naming it decides nothing.

Registering and retirement in one message: the clause that asks decides. "هل سجلي في السجل الوطني يعطيني الحق في
التقاعد؟", "l'inscription au registre donne droit à une retraite ?" ask of the pension, though the register words put
rna_eligibility first; "je suis à la retraite, je peux m'inscrire ?" asks whether one may register, though the one word
of retirement put pension_info first. Retirement in the last clause, after any verb of registering (and no AMO), puts
pension_info first from the top three; the writer retired in the story before a question of registering puts the
registering intent first.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from hirfa.text import normalise, says_any
from hirfa.words import word_spans
from nlu.register_question import registering
from nlu.register_wish import promoted, swapped
from nlu.situation_clauses import CLAUSE_BREAK

PENSION = "pension_info"
AMO_INTENTS = frozenset({"amo_cost", "amo_info", "amo_enroll"})
REGISTERING = frozenset({"rna_eligibility", "rna_apply", "rna_register_how"})
# Retired, said of oneself: a word of its own, or the writer's "I am" a few words before a word of retirement.
RETIRED_WORDS = frozenset(
    normalise(w)
    for w in (
        "متقاعد", "متقاعدة", "تقاعدت", "mt9a3ed", "mtqa3ed", "mt9a3da", "mtqa3da", "retraitée", "retraités",
        "retraitees",
    )
)
WRITER_WORDS = frozenset(normalise(w) for w in ("suis", "jsuis", "chui", "ana", "أنا", "انا"))
RETIRED_REACH = 3
# How far down the other topic may be ranked for the asking clause to put it first.
RANKS = 3
# Retirement and its pension, in every script (normalised; an Arabic prefix glued on is allowed by says_any).
RETIREMENT_WORDS = frozenset(
    normalise(w)
    for w in (
        "retraite", "retraites", "pension", "pensions", "retrete", "retraitte", "lpension", "lretraite", "التقاعد", "تقاعد", "المعاش", "معاش",
        "الريطريت", "ريطريت", "الريتريت", "ريتريت", "الروتريت", "روتريت",
        # Its "ت" also written "ط", as "retraite" sounds ("باش تكون عندي روطريت"), and "la" glued on ("لاروتريت").
        "الروطريت", "روطريت", "لاروطريت", "لاروتريت", "لاريطريت", "ta9a3od", "tta9a3od", "lta9a3od", "taqa3od", "retret", "lretret",
        "lma3ach", "ma3ach",
        # The French word as Darija says it ("واش غادي يعطيوني شي بونسيون؟").
        "بونسيون", "البونسيون", "لابونسيون", "bonsion", "lbonsion", "bonsyon", "lbonsyon",
        # "9" for the qaf as often as for the "ta" above ("wach kayn chi t9a3od liya?").
        "t9a3od", "tt9a3od", "lt9a3od", "ltt9a3od", "tqa3od", "ttqa3od",
        # The North's Spanish word ("واش كاينة شي خوبيلاسيون للحرايفية؟").
        "خوبيلاسيون", "الخوبيلاسيون", "لاخوبيلاسيون", "jubilacion", "jubilación", "khobilasion", "lkhobilasion",
        # The plural and the adjective ("نظام المعاشات", "المعاش التقاعدي", "منحة تقاعدية"): the law's and the
        # press's MSA words for the scheme; "المتقاعد" (a retiree) is left out, a retiree may ask of the AMO.
        "المعاشات", "معاشات", "التقاعدي", "تقاعدي", "التقاعدية", "تقاعدية",
    )
)
# The AMO or health cover named: then the question is the AMO's, whatever else is said.
AMO_WORDS = frozenset(
    normalise(w)
    for w in (
        "amo", "lamo", "لامو", "الامو", "امو", "أمو", "maladie", "santé", "sante", "soins", "médicale", "medicale",
        "couverture", "المرض", "الصحية", "صحية", "الصحي", "التغطية", "تغطية", "التأمين", "التامين", "tghtiya",
        "ttaghtiya", "sse7a", "s7a", "الصحة", "الدوا", "الطبيب",
    )
)


def asks_of_the_pension(lemmas: Sequence[str]) -> bool:
    """Whether the message names retirement and neither the AMO nor health cover."""
    return says_any(lemmas, RETIREMENT_WORDS) and not says_any(lemmas, AMO_WORDS)


def rerank(lemmas: Sequence[str], text: str, ranking: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The ranking with pension_info first when it was runner-up to an AMO intent in a question of retirement, or
    among the first three behind registering when the asking clause names retirement; the registering intent first
    when pension_info led and retirement is only in the story before a question of registering."""
    if len(ranking) < 2:
        return ranking
    if ranking[0]["name"] in AMO_INTENTS and ranking[1]["name"] == PENSION and (
        asks_of_the_pension(lemmas) or asks_of_the_pension(_questions(text))
    ):
        # "أنا أؤدي واجب الامو كل شهر، واش هذا يشمل التقاعد أيضا؟": the AMO paid is the story, retirement the question.
        return swapped(ranking)
    names = [r["name"] for r in ranking[:RANKS]]
    others = [n for n in names if n in REGISTERING]
    if PENSION not in names or not others:
        return ranking
    # Only now, when the two topics are near each other, is the asking clause read.
    asked = _asking_clause(text)
    if names[0] in REGISTERING and asks_of_the_pension(_after_registering(asked)):
        return promoted(ranking, names.index(PENSION))
    if names[0] == PENSION and any(registering(w) for w in asked) and not says_any(asked, RETIREMENT_WORDS):
        if says_retired(lemmas):
            return promoted(ranking, names.index(others[0]))
    return ranking


def says_retired(lemmas: Sequence[str]) -> bool:
    """Whether the writer says they are retired ("je suis à la retraite", "أنا متقاعد", "تقاعدت", "ana mt9a3ed"), not
    only that retirement is the topic ("pour la retraite, comment je m'inscris ?")."""
    return says_any(lemmas, RETIRED_WORDS) or any(
        lemma in WRITER_WORDS and says_any(lemmas[i + 1 : i + 1 + RETIRED_REACH], RETIREMENT_WORDS)
        for i, lemma in enumerate(lemmas)
    )


def _after_registering(words: list[str]) -> list[str]:
    """The words after the first verb of registering, or all of them when there is none: retirement after it is what
    registering is asked to give ("التسجيل يعطيني الحق في التقاعد"); before it, who registers ("les retraités peuvent
    s'inscrire ?")."""
    at = next((i for i, w in enumerate(words) if registering(w)), -1)
    return words[at + 1 :]


def _questions(text: str) -> list[str]:
    """The normalised words of the message's sentences that end with a question mark."""
    asked = "".join(m.group(1) for m in _QUESTION.finditer(text))
    return [normalise(asked[start:end]) for start, end in word_spans(asked)]


# A sentence that ends with a question mark (a full stop, a question mark or a new line ends the one before).
_QUESTION = re.compile(r"([^.!?؟\n]*[?؟])")


def _asking_clause(text: str) -> list[str]:
    """The normalised words of the message's last clause, the one that asks."""
    clauses = [c for c in CLAUSE_BREAK.split(text) if c.strip()]
    last = clauses[-1] if clauses else ""
    return [normalise(last[start:end]) for start, end in word_spans(last)]
