"""The tax situation a message states (shared/DOMAIN.md §2): a regime named as one's own, no tax, a regime left,
or the regime told by what one does (declaring every quarter, a fixed sum to the tax office, a rate of the
turnover); a regime only planned is not held. After a relative's regime, the writer's "not me" is none and "me too"
is that regime; regimes denied one by one ("ni… ni…") are none; a regime of holders in general is nobody's own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from hirfa.text import normalise, says_any
from hirfa.words import word_spans
from nlu.darija_verbs import FIRST_PERSON_PRESENT, present_verb
from nlu.lexicon import WORKING_WORDS, Word
from nlu.on_behalf import OWNER_OF
from nlu.situation_at_nothing import at_nothing
from nlu.situation_bare_no import asked_bare
from nlu.situation_category import studied_field
from nlu.situation_clauses import (
    CLAUSE_BREAK,
    SENTENCE_END,
    WRITERS_I,
    Cue,
    Found,
    after_neither,
    clause_bounds,
    french_to,
    negated,
    same_clause,
    wished,
    words_before_in_clause,
)
from nlu.situation_declared_fund import declared_to_the_fund
from nlu.situation_except import excepted
from nlu.situation_relatives import Relatives
from nlu.situation_stay import stays_in
from nlu.situation_time_between import stopped_across_a_date
from nlu.situation_years import NOW_WORDS

# A tax is the object of a longer verb phrase: "je ne suis inscrit nulle part aux impôts".
TAX_NEGATION_REACH = 6
# "kont auto-entrepreneur", "j'étais à la CPU", "je ne suis plus auto-entrepreneur": a past or "no longer" marker
# just before a regime; "… w sddit", "mais j'ai arrêté": a stop said after it, in the same sentence.
PAST_REACH, STOPPED_REACH = 3, 8
# "fini l'auto-entrepreneur", "plus d'AE": an end said this many words before the regime at most (an article between);
# "l'auto-entreprise c'est fini", "la CPU, terminé": this many words after it, in its sentence.
ENDED_BEFORE_REACH, ENDED_AFTER_REACH = 2, 3
# "quitté la CPU", "fermé mon auto-entreprise": a stop's own regime stands this many words after it at most.
STOPPED_OBJECT_REACH = 3
# "m'a inscrit en tant qu'auto-entrepreneur", "سجلني ابني في نظام المقاول الذاتي": the regime a relative set up for the
# writer stands this many words after the act at most.
SET_UP_REACH = 5
# "ما هو نظام المقاول الذاتي", "comment on calcule la CPU": the regime asked about stands this many words after the
# question at most (a word such as "نظام", "la" between).
WHAT_REGIME_REACH = 2
# "de la CPU à l'auto-entrepreneur", "mn cpu l auto", "من المساهمة المهنية الموحدة إلى المقاول الذاتي": the regime a
# change is to stands this many words after the one it is from, at most.
FROM_TO_REACH = 3
# A change's verb stands this many words before the regime it is from ("je suis passé de la CPU", "bghit nbddel mn cpu").
CHANGE_REACH = 4
# "de la", "du", "mn", "من" right before a regime: the regime a change is from ("du régime de la CPU" too). The "du" of
# a regime's name ("au régime du résultat net simplifié") is no "from".
_FROM = re.compile(
    r"(?:(?:^|(?<!r[ée]gime)\W)(?:de|du|mn|men|min)\s+(?:r[ée]gime\s+(?:de\s+|du\s+|d'\s*))?(?:la\s+|le\s+|l'\s*)?"
    r"|(?:^|\s)و?من\s+)$",
    re.IGNORECASE,
)
# "l'auto", "الأوطو" opening the message and closing its clause: the auto-entrepreneur said short.
_SHORT_AUTO = re.compile(r"\W*(l'\s?auto|l\s?auto|auto|oto|الأوطو|الاوطو|أوطو|اوطو)\s*(?:[,.;:!?،؛؟\n]|$)", re.IGNORECASE)
# "le réel", "c'est le réel.": the same short answer for accounts ("réel" alone elsewhere is "real").
_SHORT_REAL = re.compile(r"\W*(?:c'?\s?est\s+|moi\s+)?((?:le\s+)?r[ée]el)\s*(?:[,.;:!?\n]|$)", re.IGNORECASE)
_SHORT_ANSWERS = ((_SHORT_AUTO, "auto_entrepreneur"), (_SHORT_REAL, "accounts"))
# "la CPU ou le réel", "entre la CPU et le réel", "réel ou forfait": "réel" joined by "ou", "et" to another regime is
# accounts, one of the regimes weighed (read then as alternatives, compared, asked about).
_REAL_BEFORE_JOIN = re.compile(r"\b(?:le\s+|au\s+)?(r[ée]el)\s+(?:ou|et|vs|wla|ola)\b\s+", re.IGNORECASE)
_REAL_AFTER_JOIN = re.compile(r"\s(?:ou|et|vs|wla|ola)(?:\s+bien|\s+alors)?\s+(?:le\s+|au\s+|l'\s*)?(r[ée]el)\b", re.IGNORECASE)
# How many characters the other regime stands from the join at most ("la CPU ou le réel": none but an article).
REAL_JOIN_REACH = 12
# "mon régime c'est le réel", "mon régime fiscal est le réel", "statut fiscal : réel", "j'ai opté pour le réel": "réel"
# named as what the regime is, or as what one chose, is accounts anywhere in the message.
_REAL_NAMED = re.compile(
    r"(?:\b(?:r[ée]gime|statut)(?:\s+(?:fiscal|d'imposition))?\s*(?:[:=-]|\best\b|\bc'?\s?est\b)"
    r"|\bopt[ée]e?\s+pour|\bchoisi)\s*(?:le\s+|au\s+)?(r[ée]el)\b",
    re.IGNORECASE,
)
# The writer's own "moi c'est le réel", "chez moi, c'est le réel", "moi c le reel": "réel" said as what the writer is,
# closing its clause or followed by what tells more of it ("avec un comptable", "depuis 2020"); "pour moi c'est le réel
# problème", "réel ou forfait" are no regime held.
_REAL_OF_MINE = re.compile(
    r"\bmoi\s*,?\s*(?:c'?\s?est|c)\s+(?:le\s+|au\s+)?(r[ée]el)"
    r"(?=\s*(?:[,.;:!?)\n]|$|avec\b|depuis\b|mais\b|donc\b|combien\b|cb\b|hein\b|je\b|j'))",
    re.IGNORECASE,
)
# "la CPU c'est mieux que l'AE": the comparison stands this many words after the first regime, the second this many
# after it, at most; the writer's "je suis", "ana" this many words before the first holds it.
COMPARED_REACH, HELD_REACH = 3, 3
_HELD_BY_WRITER = frozenset(
    {"suis", "jsuis", "chui", "ana", "انا", "أنا", "rani", "راني", "moi", "حنا", "احنا", "نحن", "7na", "nous"}
)
# Someone else's regime: said in a clause with "il", "elle" and without the writer's "je" ("elle est auto-entrepreneuse").
_THIRD_PERSON_SUBJECTS = frozenset({"il", "elle", "ils", "elles", "lui", "howa", "hiya", "huwa", "هو", "هي"})
_WRITER_SUBJECTS = frozenset({"je", "j", "jsuis", "chui", "jss", "moi", "ana", "انا"})
# Any word of the writer's own that says they hold what follows ("je suis", "ana", "rani").
WRITER_WORDS = _HELD_BY_WRITER | _WRITER_SUBJECTS
# The writer's own clause opens with "moi", "et moi", "mais moi", "w ana", "أما أنا" within this many words.
WRITER_OPENER_REACH = 2
_WRITER_OPENERS = frozenset({"moi", "ana", "wana", "انا", "وانا"})
# "ana b7al khoya", "moi comme mon frère": the relative's last word stands this many words after the likeness at most.
LIKENED_REACH = 2
# "le comptable m'a conseillé la CPU", "mon comptable me conseille l'AE", "نصحني المحاسب ب…": an accountant this many
# words before or after an advice is the one who advises, not the writer's own accounts.
ADVISOR_REACH = 3
# "mon client veut que je sois auto-entrepreneur", "ma femme voudrait que je passe à la CPU", "mon fils souhaite que je
# m'inscrive comme AE": a want, then "que", then the regime this many words after the want at most, in a subjunctive.
_THAT = re.compile(r"\W*qu(?:e\b|')", re.IGNORECASE)
WANTED_REACH = 7
# "j'ai été classé au réel", "j'ai été mis au forfait": "j'ai été" before a participle is a passive said of now, not a
# regime held in the past ("j'ai été auto-entrepreneur").
_PASSIVE_PARTICIPLES = frozenset(
    normalise(w)
    for w in (
        "classé", "classée", "reclassé", "reclassée", "placé", "placée", "mis", "mise", "basculé", "basculée",
        "affecté", "affectée", "soumis", "soumise", "assujetti", "assujettie", "imposé", "imposée", "transféré",
        "transférée", "inscrit", "inscrite", "enregistré", "enregistrée", "immatriculé", "immatriculée",
    )
)
_NEXT_WORD = re.compile(r"\W*(\w+)")
# Declaring "every three months" and the declaring verb stand in one sentence, this many words apart at most.
QUARTERLY_REACH = 10
# "1 % sur mon CA", "1 فالمية من رقم المعاملات": a rate stands this many words before or after the turnover it is of.
RATE_REACH = 4
# "je vais m'inscrire comme auto-entrepreneur", "أنوي التسجيل كمقاول ذاتي": an intention this many words before a regime.
PLAN_REACH = 5
# Between an intention and a regime, these say the regime is held after all: "ghadi nkhelles… ana auto" pays as one.
_PLAN_BREAKS = frozenset({"pay", "contrast", "negation", "possession", "tax", "amo_topic", "declare"})
# "f l3am", "في السنة": "in" before a year unit, which then says "per year", unless "last" follows.
_IN = frozenset({"f", "fe", "fi", "ف", "في"})
_LAST = re.compile(r"\s*(?:li|lli|elli|اللي|الي|لي|الماضي|الماضية|dernier|derniere|dernière|passee|passée)\b", re.IGNORECASE)
# A rate written with its sign ("1%", "0,5 %", "0.5%"): the number may be a decimal the words do not keep whole.
_RATE_SIGN = re.compile(r"\d\s*[%٪]")
# How many characters a rate sign stands from the turnover it is of ("1 % sur mon CA", "0.5% mn chiffre d'affaires").
RATE_SIGN_REACH = 30
# A decimal point ("0.5%", "1.5 %") ends no sentence.
_DECIMAL_POINT = re.compile(r"(?<=\d)[.,](?=\d)")
# "est-ce qu'un auto-entrepreneur doit…", "هل المقاول الذاتي ملزم…", "wach auto entrepreneur y9der…", "un
# auto-entrepreneur peut-il…": a regime that opens a yes/no question or follows an indefinite article at the start of
# its clause, after only these words, is its subject, named in general.
_YES_NO_OPENERS = frozenset({"est", "wach", "wash", "wech", "واش", "هل"})
# "l'auto-entrepreneur paie combien ?", "شحال كيخلص المقاول الذاتي؟": a regime with a verb in the third person, in a
# question, is named in general.
_DEFINITE = frozenset({"l", "le", "la", "les"})
_THIRD_PERSON_VERBS = frozenset(
    {"paie", "paye", "paient", "payent", "doit", "doivent", "peut", "peuvent", "cotise", "cotisent", "verse", "versent"}
)
_THIRD_PERSON = ("kay", "كي")
# "les AE paient moins", "l'auto-entrepreneurs kaykhelsso…": a regime followed by a verb in the third person plural
# is its holders', in a question or not (the writer never says "they" of themself).
_THIRD_PERSON_PLURAL = frozenset(
    {"paient", "payent", "doivent", "peuvent", "cotisent", "versent", "ont", "sont", "declarent", "beneficient"}
)
_DARIJA_PLURAL_ENDINGS = ("o", "ou", "u", "w", "و")
_SPECIFIC = frozenset({"خاص", "خاصه", "الخاص", "الخاصه"})
_MSA_THIRD_PERSON = ("ي",)
_MSA_ARTICLES = ("ال", "لل")
_HOW_MUCH = frozenset({"ch7al", "chhal", "chehal", "chal", "cha7al", "شحال", "combien", "cb", "كم"})
# A regime written with its article glued on ("الأوطو", "l'auto", "lauto").
_ARTICLES = ("ال", "l'", "l ", "lauto", "lcpu", "lforfait")
_FIRST_WORD = re.compile(r"\W*(\w+)")
_GENERAL_FILLERS = frozenset({"ce", "qu", "que", "un", "une", "les", "des", "l", "le", "la"})
# An article opens a question only when its clause ends with a question mark ("un comptable s'occupe de mes papiers,"
# is the writer's accountant).
_INDEFINITE = frozenset({"un", "une", "les", "des"})
_NOTHING = frozenset({"walo", "walou", "والو", "rien", "ta 7aja", "7ta 7aja", "hta haja", "حتي حاجه", "حتا حاجه"})
# A doubt after the regime ("…à la CPU mais je suis pas sûr"): at most this many words after it, past "mais", "je
# crois", "walakin"; only these words may close the doubt's clause ("pas sûr du tout", "machi mt2aked bzaf").
DOUBT_AFTER_REACH = 4
# A doubt that closes the regime's sentence reaches this many words back ("je suis AE, enfin je pense, ou peut-être à la
# CPU, franchement je sais plus").
DOUBT_SENTENCE_REACH = 20
# Words that may follow "not me" at the end of its clause: "et moi rien du tout", "moi non plus", "w ana la walo".
_NOT_ME_CLOSERS = frozenset(
    normalise(w)
    for w in ("du", "tout", "plus", "walo", "walou", "والو", "rien", "كذلك", "ga3", "كاع", "قاع", "شيء", "شي", "حاجة", "7aja", "haja")
)
# A since-phrase closing a clause: "depuis 2020", "depuis 3 ans", "منذ سنتين", "mn 2019".
_SINCE_TAIL = re.compile(r"\s(?:depuis|dpuis|mn|men|منذ|من)\s+\w+(?:\s+\w+)?\s*$", re.IGNORECASE)
_CLAUSE = re.compile(r"[^,.;:!?،؛؟\n]+")
_WORD = re.compile(r"\w+")
# Between holders and their regime: "li f cpu", "لي فالسي بي يو", "ceux qui sont à la CPU", "un artisan qui tient une
# comptabilité".
_HOLDERS_PREPOSITIONS = frozenset({"f", "fl", "fi", "ف", "في", "de", "la", "a", "à", "au", "l", "en", "le", "un", "une", "des", "sa", "son", "ses"})
# The word "regime" between holders and the regime's name: "الخاضعون لنظام المقاول الذاتي", "لي عندو نظام المحاسبة",
# "li f nidam jizafi", "ceux qui ont le statut d'auto-entrepreneur".
HOLDERS_REGIME_REACH = 3
_REGIME_NOUNS = frozenset(
    normalise(w)
    for w in ("نظام", "لنظام", "النظام", "للنظام", "بنظام", "nidam", "nnidam", "lnidam", "régime", "regime", "statut", "ريجيم")
)
_DOUBT_CLOSERS = frozenset(
    {"du", "tout", "de", "ca", "cela", "trop", "vraiment", "100", "bzaf", "mn", "hadchi", "هادشي", "من", "ذلك", "تماما"}
    | {"mzyan", "mzian", "مزيان", "bien", "exactement"}
)


def _past(text: str, cues: list[Cue], target: Cue) -> bool:
    """Whether a regime is said of the past: "kont auto-entrepreneur", "j'étais à la CPU… mais j'ai arrêté", "je ne
    suis plus auto-entrepreneur". A stop reaches no further than the first regime or company after it, nor past a
    change ("سديت الصارل ورجعت أوطو أونتروبرونور": the SARL was closed, the auto-entrepreneur is now). A regime named
    twice, "the forfait of the CPU" ("كنت كنخلص الفورفي ديال المساهمة الموحدة"), is reached where it is first named."""
    first = _named_first(cues, target)
    before = any(
        c.kind in ("past", "stopped", "no_longer")
        and 0 < first - c.last <= PAST_REACH
        and same_clause(text, c, target)
        and not _passive_now(text, c)
        and not (c.kind == "stopped" and _another_object(cues, c, target))
        and not _now_between(text, c, target)
        for c in cues
    )
    stopped = any(
        (c.kind == "stopped" or c.kind == "no_longer" and not _no_longer_of_another(text, cues, c))
        and 0 < c.first - target.last <= STOPPED_REACH
        and not re.search(r"[.!?؟\n]", text[target.end : c.start])
        and not _stops_another(text, cues, c, target)
        for c in cues
    )
    return (
        before
        or stopped
        or _fronted_to_a_past(text, cues, target)
        or stopped_across_a_date(text, cues, target)
        or _ended(text, cues, target)
        or _switched_from(text, cues, target)
        or _then_another(text, cues, target)
    )


# "كانت أختي تؤدي الجزافي ثم صارت مقاولة ذاتية", "j'étais au forfait puis je suis passé AE": how far "then" and the regime
# after it may stand.
THEN_REACH = 6


def _then_another(text: str, cues: list[Cue], target: Cue) -> bool:
    """Whether another regime, or a company of one's own ("ثم أسست شركة SARL"), follows ``target`` after "then", in its
    sentence: the first one was left for it."""
    return any(
        then.kind == "then"
        and 0 < then.first - target.last <= THEN_REACH
        and any(
            _regime_or_company(later) and later.value != target.value and 0 < later.first - then.last <= THEN_REACH
            and not SENTENCE_END.search(text[target.end : later.start])
            for later in cues
        )
        for then in cues
    )


# Nothing but "and" before a regime that opens its clause.
_CLAUSE_OPENING = re.compile(r"(?:^|[,.;:!?،؛؟\n])\s*(?:w|و|et)?\s*$", re.IGNORECASE)
_WAS = frozenset({"kont", "kunt", "kent", "kount", "كنت"})


def _fronted_to_a_past(text: str, cues: list[Cue], target: Cue) -> bool:
    """"forfait kont kankhlles mn 2019", "الفورفي كنت كنخلصو": a regime put first in its clause, "I was" right after it."""
    return any(
        c.kind == "past" and c.first == target.last + 1 and normalise(text[c.start : c.end]) in _WAS for c in cues
    ) and bool(_CLAUSE_OPENING.search(text[: target.start]))


def _named_first(cues: list[Cue], target: Cue) -> int:
    """The first word of the regime at ``target``, named right before it as the same regime and joined to it by "of"
    ("الفورفي ديال المساهمة الموحدة"), or introduced by the words of taxing that name it ("imposé au régime du bénéfice
    forfaitaire")."""
    i = cues.index(target)
    while (
        i >= 2
        and cues[i - 1].kind == "unit_filler"
        and cues[i - 1].last == cues[i].first - 1
        and cues[i - 2].kind == "tax"
        and cues[i - 2].value == target.value
        and cues[i - 2].last == cues[i - 1].first - 1
    ):
        i -= 2
    while i >= 1 and cues[i - 1].kind in _NAMING_A_REGIME and cues[i].first - cues[i - 1].last <= _NAMING_GAP:
        i -= 1
    return cues[i].first


# The words that introduce a regime's name: taxed, the profit ("imposé au régime du bénéfice forfaitaire"); the
# small words and "régime" (a form's field, read apart) between them.
_NAMING_A_REGIME = frozenset({"tax_word", "declared_profits"})
_NAMING_GAP = 4


def _another_object(cues: list[Cue], stop: Cue, target: Cue) -> bool:
    """Whether a regime, a company or a change stands between a stop and ``target``: the stop is of that one."""
    return any(stop.last < c.first < target.first and (c.kind == "switched" or _regime_or_company(c)) for c in cues)


def _switched_to_another(cues: list[Cue], left: Cue) -> bool:
    """Whether a change said done follows a regime left, with a regime or a company after it: "J'ai arrêté
    l'auto-entrepreneur l'an dernier, je suis passée en SARL" (the SARL is now, not no tax)."""
    return any(
        c.kind == "switched" and c.first > left.last and any(o.first > c.last and _regime_or_company(o) for o in cues)
        for c in cues
    )


def _regime_or_company(cue: Cue) -> bool:
    """Whether a cue names a regime or one's own company (a SARL keeps accounts)."""
    return cue.kind == "tax" or cue.kind == "category" and cue.value == "enterprise"


# "je ne paie plus la patente", "je ne suis plus au noir": what a "no longer" has for its object stands this many words
# after it at most, in its clause.
NO_LONGER_OBJECT_REACH = 3
_NO_LONGER_OBJECTS = frozenset({"tax", "asked", "tax_local", "tax_word", "tax_free", "amo_topic"})


def _no_longer_of_another(text: str, cues: list[Cue], no_longer: Cue) -> bool:
    """Whether a "no longer" said after a regime has an object of its own ("je suis AE, je ne paie plus la patente"):
    it ends that one. Without one ("…la CPU, mais plus rien depuis deux ans", "j'avais un comptable, plus rien
    maintenant"), it ends the regime said before it."""
    return any(
        c.kind in _NO_LONGER_OBJECTS
        and 0 < c.first - no_longer.last <= NO_LONGER_OBJECT_REACH
        and same_clause(text, no_longer, c)
        for c in cues
    )


def _ended(text: str, cues: list[Cue], target: Cue) -> bool:
    """Whether the writer says the regime is over: "fini l'auto-entrepreneur", "plus de CPU" right before it, "c'est
    fini", "terminé" right after it in its sentence ("plus de" only before: after a regime it counts years)."""
    return any(
        c.kind in ("ended", "no_more") and 0 < target.first - c.last <= ENDED_BEFORE_REACH and same_clause(text, c, target)
        or c.kind == "ended"
        and 0 < c.first - target.last <= ENDED_AFTER_REACH
        and not SENTENCE_END.search(text[target.end : c.start])
        and set(_WORD.findall(normalise(text[target.end : c.start]))) <= _ENDED_BETWEEN
        for c in cues
    )


# Between a regime and the end said of it: "l'AE c'est fini", "la CPU, pour moi c'est terminé" ("je suis AE, j'ai fini
# mon inscription" ends something else).
_ENDED_BETWEEN = frozenset({"c", "est", "ca", "pour", "moi", "la", "et", "bien", "tout", "deja", "alors", "donc"})


def _stops_another(text: str, cues: list[Cue], stop: Cue, target: Cue) -> bool:
    """Whether a stop said after ``target`` has another regime for its object ("j'ai choisi l'auto-entrepreneur quand
    j'ai quitté la CPU", "وليت مقاول ذاتي ملي سديت الفورفي"): it ends that one, and the regime before it is held."""
    return any(
        c.kind in ("tax", "asked")
        and c.value in _REGIMES
        and c.value != target.value
        and 0 < c.first - stop.last <= STOPPED_OBJECT_REACH
        and same_clause(text, stop, c)
        for c in cues
    )


def _now_between(text: str, past: Cue, target: Cue) -> bool:
    """Whether a word of now stands between a past marker and the regime after it: it starts the present, whatever
    punctuation is missing ("كنت فالفورفي ودابا مقاول ذاتي")."""
    between = text[past.end : target.start]
    return any(says_any([normalise(between[a:b])], NOW_WORDS) for a, b in word_spans(between))


def _passive_now(text: str, past: Cue) -> bool:
    """Whether a past marker is the auxiliary of a passive said of now: "j'ai été classé au réel" (not the imperfect's
    "j'étais imposé au forfait", which is over)."""
    if normalise(text[past.start : past.end]).split()[-1] in _IMPERFECT_BE:
        return False
    following = _NEXT_WORD.match(text, past.end)
    return following is not None and normalise(following.group(1)) in _PASSIVE_PARTICIPLES


_IMPERFECT_BE = frozenset({"etais", "etait", "jetais", "j'etais", "j’etais"})


def _to_regime(text: str, cues: list[Cue], target: Cue) -> Cue | None:
    """The regime a change from ``target`` is to: "de la CPU à l'auto-entrepreneur", "mn cpu l auto", "من المساهمة
    المهنية الموحدة إلى المقاول الذاتي" (``target`` right after "de", "mn", "من"; another regime just after it)."""
    if not _FROM.search(text[: target.start]):
        return None
    return next(
        (
            c
            for c in cues
            if c.kind == "tax"
            and c.value != target.value
            and 0 < c.first - target.last <= FROM_TO_REACH
            and same_clause(text, target, c)
        ),
        None,
    )


def _changed_from(text: str, cues: list[Cue], target: Cue, kinds: tuple[str, ...]) -> bool:
    """Whether ``target`` is the regime a change is from, the change's verb (of ``kinds``) before it in its clause."""
    return _to_regime(text, cues, target) is not None and any(
        c.kind in kinds and 0 < target.first - c.last <= CHANGE_REACH and same_clause(text, c, target) for c in cues
    )


def _switched_from(text: str, cues: list[Cue], target: Cue) -> bool:
    """Whether ``target`` is the regime a change said done is from: "je suis passé de l'AE à une SARL avec comptable",
    "bddelt mn cpu" (the change's verb before it in its clause, "de", "mn", "من" right before it), whether or not the
    regime it is to stands within reach."""
    return bool(_FROM.search(text[: target.start])) and any(
        c.kind == "switched" and 0 < target.first - c.last <= CHANGE_REACH and same_clause(text, c, target) for c in cues
    )


def _wished_change_to(text: str, cues: list[Cue], target: Cue) -> bool:
    """Whether ``target`` is the regime a wished or planned change is to ("bghit nbddel mn cpu l auto", "je veux passer
    de la CPU à l'auto-entrepreneur"): it is not held yet."""
    return any(
        _to_regime(text, cues, c) is target and _changed_from(text, cues, c, ("wish", "intend"))
        for c in cues
        if c.kind == "tax" and c.first < target.first
    )


@dataclass(frozen=True)
class TaxPhrases:
    """Phrases of the cue file the tax rules compare words with: company forms (a SARL keeps accounts), the writer's
    "not me" and "me too" after a relative's regime, who keeps the books (an accountant, a fiduciary), which names
    accounts only when no regime is, the writer's "I am one of them" after a regime's holders in general, and "none
    of them" after regimes named or as a bare answer (read at the tax question only); the writer's introduction as
    the one writing for a relative, and the writer's own words beside it."""

    company_forms: frozenset[str] = frozenset()
    not_me: frozenset[str] = frozenset()
    bookkeepers: frozenset[str] = frozenset()
    me_too: frozenset[str] = frozenset()
    one_of_them: frozenset[str] = frozenset()
    none_of_them: frozenset[str] = frozenset()
    writing_for: frozenset[str] = frozenset()
    first_person: frozenset[str] = frozenset()
    tax_offices: frozenset[str] = frozenset()

    @classmethod
    def from_cues(cls, cues: dict) -> TaxPhrases:
        """The phrases of nlu/situation_cues.yml, normalised as messages are."""
        return cls(
            frozenset(normalise(str(w)) for w in cues.get("company_form", ())),
            frozenset(_words_of(p) for p in cues.get("not_me", ())),
            frozenset(_words_of(p) for p in cues.get("bookkeeper", ())),
            frozenset(_words_of(p) for p in cues.get("me_too", ())),
            frozenset(_words_of(p) for p in cues.get("one_of_them", ())),
            frozenset(_words_of(p) for p in cues.get("none_of_them", ())),
            frozenset(_words_of(p) for p in cues.get("writing_for", ())),
            frozenset(normalise(str(w)) for w in cues.get("first_person_words", ())),
            frozenset(_words_of(p) for p in cues.get("tax_office", ())),
        )


# "je suis comptable", "je suis une expert-comptable", "en tant que comptable", "ana comptable", "خدام كونطابل",
# "أنا محاسب": the words that make a bookkeeper the writer's own trade, right before it in its clause.
_BEING = frozenset({"suis", "jsuis", "chui", "sui", "ana", "انا", "comme"}) | WORKING_WORDS
_AS = (("tant", "que"), ("tant", "qu"))
_ARTICLE = frozenset({"un", "une"})
_IN = frozenset({"dans", "chez", "f", "في"})


def _by_trade(text: str, cue: Cue, bookkeepers: frozenset[str]) -> bool:
    """Whether a bookkeeper is the writer's own trade ("je suis comptable, je demande pour mes clients", "en tant
    qu'expert-comptable"): an accountant writing for others keeps no books of their own by it."""
    if _words_of(text[cue.start : cue.end]) not in bookkeepers:
        return False
    before = words_before_in_clause(text, cue.start)
    if before and before[-1] in _ARTICLE:
        before = before[:-1]
    if len(before) > 2 and before[-1] in _IN and before[-2] in bookkeepers:
        # "je suis comptable dans une fiduciaire": where the writer keeps others' books.
        before = before[:-2]
    return bool(before) and (before[-1] in _BEING or tuple(before[-2:]) in _AS)


# "الكونطابل ديال التعاونية", "le comptable de la coopérative": how many words may stand between a bookkeeper and the
# cooperative whose books it keeps.
GROUPS_BOOKKEEPER_REACH = 3


def _groups_bookkeeper(text: str, cues: list[Cue], cue: Cue, bookkeepers: frozenset[str]) -> bool:
    """Whether a bookkeeper is the cooperative's ("المحاسب ديال التعاونية قال لينا…"): it keeps the group's books, not
    the member's who writes."""
    return _words_of(text[cue.start : cue.end]) in bookkeepers and any(
        c.kind == "category" and c.value == "cooperative" and 0 < c.first - cue.last <= GROUPS_BOOKKEEPER_REACH
        for c in cues
    )


# "الأمو ديال المقاولين الذاتيين واش هي نفسها ديال الصناع؟": the regime's holders in the plural, after "of", are
# those the question is about, not the writer. Not the books: "je tiens des livres de comptes" keeps them; nor French
# "des", also the plural article ("nous sommes des auto-entrepreneurs", "je fais partie des auto-entrepreneurs").
_OF = frozenset({"ديال", "نتاع", "dyal", "dial"})
_PLURAL_ENDINGS = ("ين", "ون", "s")


def _of_the_holders(text: str, cue: Cue) -> bool:
    """Whether a regime is named by its holders in the plural right after "of" ("ديال المقاولين الذاتيين")."""
    if cue.value == "accounts":
        return False
    words = _WORD.findall(normalise(text[cue.start : cue.end]))
    before = words_before_in_clause(text, cue.start)
    return bool(words and before) and words[-1].endswith(_PLURAL_ENDINGS) and before[-1] in _OF


def _words_of(phrase: object) -> str:
    return " ".join(_WORD.findall(normalise(str(phrase))))


# The regime's own noun, which may stand between "his" or "her" and the regime ("son statut ae", "son régime CPU").
_REGIME_NOUN_KINDS = frozenset({"tax_word", "tax_field"})


def _owned_by_a_third(cues: list[Cue], cue: Cue) -> bool:
    """Whether a regime is called his or hers, however far from where the person was named ("avec son cpu", "grâce à
    son statut d'auto-entrepreneur", "son régime CPU"): the "their" cue right before or after it (as
    ``_someone_elses`` reads it) or before its noun. Not the books: a company keeps its own ("notre SARL … dépose
    chaque année son bilan", "… a son comptable")."""
    if cue.value == "accounts":
        return False
    return _someone_elses(cues, cue) or any(
        c.kind == "their" and n.kind in _REGIME_NOUN_KINDS and c.last == n.first - 1 and n.last == cue.first - 1
        for c in cues
        for n in cues
    )


def tax_situation(text: str, cues: list[Cue], relatives: Relatives, phrases: TaxPhrases = TaxPhrases()) -> Found | None:
    """The tax situation that decides the AMO amount (shared/DOMAIN.md §2).

    A regime named wins, unless denied, said of the past or a relative's; then no tax, said or denied. Paying the
    patente (or the commune) names no regime: the assistant asks.
    """
    cues = _taken_back(text, _answered_no_taken_back(text, _real_named(text, _short_answer(text, cues))))
    cues = _weighed_with_real(text, cues)
    theirs: list[Cue] = []
    held: list[Cue] = []
    neither = _neither(text, cues, relatives)
    for cue in cues:
        if cue.kind != "tax" or cue in neither:
            continue
        # "je ne veux pas rester au forfait": the negation is of the staying, the regime is held; "je ne paie rien à
        # part la CPU": it is of everything but the regime.
        denied = negated(text, cues, cue) and not stays_in(text, cue) and not excepted(text, cue)
        if not denied and not _past(text, cues, cue) and not _of_the_holders(text, cue):
            if cue.value == "accounts" and (
                studied_field(text, cues, cue)
                or _by_trade(text, cue, phrases.bookkeepers)
                or _groups_bookkeeper(text, cues, cue, phrases.bookkeepers)
            ):
                continue
            of_relative = (relatives.cue_of(cue) or _owned_by_a_third(cues, cue)) and not set_up_for_writer(text, cues, cue)
            (theirs if of_relative and not likened_to_relative(text, cues, relatives, cue) else held).append(cue)
    theirs += _rates_of_others(text, cues)
    if held and _none_of_the_held(text, cues, held, phrases.none_of_them):
        held = []
    if held:
        # "mon comptable m'a dit que je suis à la CPU", "lcomptable gal liya ana f cpu": who keeps the books gives way
        # to a regime named.
        named = [c for c in held if _words_of(text[c.start : c.end]) not in phrases.bookkeepers]
        # "le comptable m'a conseillé la CPU": an accountant who advises keeps no books of the writer's.
        keeping = _writers_first(text, named or [c for c in held if not _advising(text, cues, c)], cues)
        if not named and _regime_doubted(text, cues):
            # "je ne sais pas si je suis au forfait ou à la CPU, le comptable s'occupe de ça": the writer doubts their
            # regime; who keeps the books does not settle it.
            keeping = []
        if keeping:
            return _writers_none_after(text, cues, keeping) or Found(
                "tax_situation", keeping[0].value, keeping[0].start, keeping[0].end
            )
    own = (
        _own_tax(text, cues, phrases.tax_offices, relatives)
        or _all_denied(text, cues, relatives, neither)
        or _none_of_them(text, cues, phrases.none_of_them)
    )
    if own is None:
        # The relative's regime may be denied by the writer's own "والو" after it: any relative's regime counts.
        relatives_regimes = [c for c in cues if c.kind == "tax" and relatives.cue_of(c)]
        own = _not_me_after(text, relatives_regimes, phrases.not_me) or _me_too_after(
            text, relatives_regimes, phrases.me_too
        )
    if own is None and not theirs:
        own = _one_of_them_after(text, cues, phrases.one_of_them)
    if own is None and theirs and not relatives.asked_of_them and not _only_introduced(text, phrases):
        # "Mon voisin, qui est à la CPU, paie 200 dh… c'est pareil pour tout le monde ?": a friend's or neighbour's
        # regime is a claim reported, not the one asked about, unless the writer says they ask for them.
        theirs = [c for c in theirs if not _an_acquaintances(cues, relatives, c)]
        if not theirs:
            return None
    if own is None and theirs and (not relatives.writer_speaks or _only_introduced(text, phrases)):
        # Only a relative's regime is said, and the writer says nothing of themself: it is the one asked about
        # ("mon père est au forfait, il paie combien ?"). A writer who speaks of themself is asked their own, even
        # in a message nlu.on_behalf reads as written for the relative ("mon frère a une SARL avec un comptable, moi
        # je suis seul…, je paie combien ?"): the AMO amount is a question a writer asks of their own.
        return Found("tax_situation", theirs[0].value, theirs[0].start, theirs[0].end)
    if own is None and not theirs:
        return _company_accounts(text, cues, phrases.company_forms, relatives)
    return own


# The ties of nlu/on_behalf_cues.yml that are no family: friends, neighbours, associates, employers.
_ACQUAINTANCES = frozenset({"other"})


def _an_acquaintances(cues: list[Cue], relatives: Relatives, cue: Cue) -> bool:
    """Whether ``cue`` is said in the subject scope of a friend, neighbour or associate ("mon voisin, qui est à la CPU")."""
    return any(
        c.kind == "relative" and c.value in _ACQUAINTANCES and c.last == start and start < cue.first <= end
        for c in cues
        for start, end in relatives.scopes
    )


# "au réel ? Non, …", "مقاول ذاتي؟ لا، …": a question mark, then the writer's own "no" opening what follows.
# Darija's and MSA's "no" ("la", "لا") only with a stop after it: "la CPU", "لا أؤدي" are an article and a negation.
_NO = r"(?:(?:non|nan|no)\b|(?:la|lla|لا)(?=\s*[,.!،]))"
_ANSWERED_NO = re.compile(rf"[?؟]+[\s.]*({_NO}(?:[\s,]+{_NO})*)", re.IGNORECASE)


def _answered_no_taken_back(text: str, cues: list[Cue]) -> list[Cue]:
    """"Je suis au réel ? Non, je crois que c'est le forfait", "wach ana f cpu? la, ana auto": a regime the writer asks
    of themself and answers "no" to, another regime named after (not denied), is taken back (read as asked about);
    the "no" answers the question and denies nothing after it."""
    taken_back, answers = [], set()
    for cue in cues:
        answer = _answered_no(text, cue) if cue.kind == "tax" else None
        # "CPU ? non. Réel ? non plus." (nlu/situation_bare_no.py): a bare regime denied needs none named after it.
        if answer and (any(_named_instead(cues, cue, answer, other) for other in cues) or asked_bare(text, cue)):
            taken_back.append(cue)
            answers.add(answer)
    if not taken_back:
        return cues
    return [
        replace(c, kind="asked") if c in taken_back else c
        for c in cues
        if not (c.kind == "negation" and any(start <= c.start and c.end <= end for start, end in answers))
    ]


# "je suis à la CPU, enfin non, AE", "je suis au réel... non pardon, à la CPU": the correction stands this many words
# after the regime it takes back at most; the regime that replaces it this many words after the correction. A "no" or
# "not yet" replaces it only right after the correction ("je suis AE, enfin pas encore"): further on, it negates
# something else.
CORRECTION_REACH, CORRECTED_REACH = 3, 6
_CORRECTIONS = frozenset({"self_correction", "meant"})
_REPLACING_DENIALS = frozenset({"negation", "almost", "no_longer"})


def _taken_back(text: str, cues: list[Cue]) -> list[Cue]:
    """A regime the writer corrects at once ("je suis à la CPU, enfin non, AE", "Je suis AE. Non attendez, je suis
    passé à la CPU", "je suis auto-entrepreneur... enfin pas encore", "CPU... non, AE") is taken back (read as asked
    about): what follows the correction is the writer's, not the slip before it, whatever the sentence marks between.
    A bare "non" that corrects denies nothing after it."""
    fixes = [c for c in cues if c.kind in _CORRECTIONS] + [c for c in cues if _bare_no(text, c)]
    taken_back, used = [], []
    for cue in cues:
        fix = next((f for f in fixes if cue.kind == "tax" and _corrects(cues, cue, f)), None)
        if fix is not None:
            taken_back.append(cue)
            used.append(fix)
    return [replace(c, kind="asked") if c in taken_back else c for c in cues if not (c.kind == "negation" and c in used)]


# "CPU... non, AE", "au forfait, non, au réel": a "no" standing alone between stops, right before another regime.
_STOP_BEFORE = re.compile(r"[,.;…!]\s*$")
_STOP_AFTER = re.compile(r"\s*[,.;…!]")
_BARE_NOES = frozenset({"non", "nan", "no"})
BARE_NO_REACH = 2


def _bare_no(text: str, cue: Cue) -> bool:
    """Whether the cue is a "no" standing alone between stops ("…, non, …")."""
    return (
        cue.kind == "negation"
        and normalise(text[cue.start : cue.end]) in _BARE_NOES
        and bool(_STOP_BEFORE.search(text[: cue.start]))
        and bool(_STOP_AFTER.match(text, cue.end))
    )


def _corrects(cues: list[Cue], regime: Cue, fix: Cue) -> bool:
    """Whether ``fix`` is a correction right after ``regime``, followed by another regime or a denial that replaces it."""
    if not 0 < fix.first - regime.last <= CORRECTION_REACH:
        return False
    if fix.kind == "negation":
        return any(c.kind == "tax" and c.value != regime.value and 0 < c.first - fix.last <= BARE_NO_REACH for c in cues)
    return any(
        c.kind == "tax" and c.value != regime.value and 0 < c.first - fix.last <= CORRECTED_REACH
        or c.kind in _REPLACING_DENIALS and c.first == fix.last + 1
        for c in cues
    )


def _named_instead(cues: list[Cue], cue: Cue, answer: tuple[int, int], other: Cue) -> bool:
    """Whether ``other`` is another regime named after the "no" that answers ``cue``, no other negation before it."""
    return (
        other.kind == "tax"
        and other.value != cue.value
        and other.start > answer[1]
        and not any(n.kind == "negation" and answer[1] <= n.start < other.start for n in cues)
    )


def _answered_no(text: str, cue: Cue) -> tuple[int, int] | None:
    """The characters of the "no" answering the question the cue's clause ends with ("au réel ? Non, …"), if any."""
    end = CLAUSE_BREAK.search(text, cue.end)
    answer = _ANSWERED_NO.match(text, end.start()) if end is not None else None
    return answer.span(1) if answer else None


def _writers_first(text: str, held: list[Cue], cues: list[Cue]) -> list[Cue]:
    """The regimes held, the writer's own first when they differ: "mon client est au réel, moi je suis AE" (the client
    is no relative the reader knows, but "moi je suis" says whose the second is); first of all, one said after the
    writer's correction ("en fait", "en vrai")."""
    if len({c.value for c in held}) < 2:
        return held
    corrections = [c.end for c in cues if c.kind == "in_fact"]
    # "mon père croit que je suis AE, mais en vrai je suis au réel": a regime after "en fait", "في الحقيقة" corrects
    # the ones said before it.
    return sorted(held, key=lambda c: (not any(end <= c.start for end in corrections), not _said_by_writer(text, c)))


def _writers_none_after(text: str, cues: list[Cue], held: list[Cue]) -> Found | None:
    """"Elle est auto-entrepreneuse, et moi je ne paie pas d'impôts", "mon mari est au réel avec un comptable, moi j'ai
    jamais rien déclaré": regimes said of someone else (a relative or "il", "elle" in their clause, no "je" there),
    then a later clause the writer opens with "moi" saying no tax: the writer holds none. The relative's words may
    end before the regime's ("avec un comptable"), or the relative be named again as a pronoun."""
    own = _own_tax(text, cues)
    if own is None or own.value != "none":
        return None
    turn = _writers_turn(text, own.start)
    # "…le bilan du comptable mais moi j'ai pas de comptable, je paie rien": the writer's "mais moi" may open their part
    # in the regime's clause, and their no-tax follow in the next.
    cuts = {cue: _cut(text, cue, turn) for cue in held}
    opened = any(cut is not None and cut < own.start for cut in cuts.values())
    if not (_opened_by_writer(text, own.start) or turn is not None or opened):
        return None
    for cue in held:
        clause = clause_bounds(text, cue.start, cue.start)
        if cuts[cue] is not None:
            # "elle est AE et moi je ne paie rien": the other's words end where the writer's "et moi" begins.
            clause = (clause[0], cuts[cue])
        words = set(_WORD.findall(normalise(text[clause[0] : clause[1]])))
        someone_else = words & _THIRD_PERSON_SUBJECTS or any(
            c.kind == "relative" and clause[0] <= c.start < clause[1] for c in cues
        )
        if cue.end > own.start or clause[1] > own.start or words & _WRITER_SUBJECTS or not someone_else:
            return None
    return own


def _cut(text: str, cue: Cue, turn: int | None) -> int | None:
    """Where the writer's "et moi" ends another's words in the clause of ``cue``, after it: ``turn`` (found in the
    clause of the writer's no-tax) or one of the regime's own clause."""
    start, end = clause_bounds(text, cue.start, cue.start)
    return next((t for t in (turn, _writers_turn(text, end - 1)) if t is not None and cue.end <= t < end), None)


# "et moi", "mais moi", "w ana", "و أنا" inside a clause: the writer's own words begin there, without a comma before.
_JOINING_WORDS = frozenset({"et", "mais", "w", "o", "u", "wa", "و"})
# The writer's openers written with "and" glued on ("wana", "وأنا").
_GLUED_TURNS = frozenset(w for w in _WRITER_OPENERS if w[:1] in _JOINING_WORDS and w[1:] in _WRITER_OPENERS)


def _writers_turn(text: str, at: int) -> int | None:
    """Where the writer's "et moi", "w ana" opens their part of the clause around character ``at``, before ``at``."""
    start, _ = clause_bounds(text, at, at)
    words = [(m.start(), normalise(m.group())) for m in _WORD.finditer(text, start, at)]
    turns = [
        begin
        for i, (begin, word) in enumerate(words)
        if word in _GLUED_TURNS or word in _JOINING_WORDS and i + 1 < len(words) and words[i + 1][1] in _WRITER_OPENERS
    ]
    return turns[-1] if turns else None


def _regime_doubted(text: str, cues: list[Cue]) -> bool:
    """Whether the writer doubts a regime the message names ("je ne sais pas si je suis à la CPU", read as asked)."""
    return any(c.kind == "asked" and c.value in _REGIMES and in_doubt(text, cues, c) for c in cues)


def _opened_by_writer(text: str, at: int) -> bool:
    """Whether the clause around character ``at`` opens with the writer's "moi", "ana", "أنا" ("et moi je…", "أما
    أنا فلا…")."""
    start, end = clause_bounds(text, at, at)
    return bool(set(_WORD.findall(normalise(text[start:end]))[:WRITER_OPENER_REACH]) & _WRITER_OPENERS)


def _said_by_writer(text: str, cue: Cue) -> bool:
    """Whether "je suis", "moi", "ana" stands just before the cue in its clause, or opens it ("moi je suis auto")."""
    before = words_before_in_clause(text, cue.start)[-HELD_REACH:]
    return any(w in _HELD_BY_WRITER for w in before + _WORD.findall(normalise(text[cue.start : cue.end]))[:HELD_REACH])


def _advising(text: str, cues: list[Cue], target: Cue) -> bool:
    """Whether an advice stands right after or before the cue, in its clause: "le comptable m'a conseillé…", "نصحني
    المحاسب…", "conseillé par mon comptable"."""
    return any(
        c.kind == "advised"
        and (0 < c.first - target.last <= ADVISOR_REACH or 0 < target.first - c.last <= ADVISOR_REACH)
        and same_clause(text, c, target)
        for c in cues
    )


def _short_answer(text: str, cues: list[Cue]) -> list[Cue]:
    """"l'auto, combien l'amo ?", "الأوطو. شحال؟", "c'est le réel": "l'auto" or "le réel" opening the message and
    closing its clause is the auto-entrepreneur or accounts said short (the answer to "what is your tax situation?");
    elsewhere "auto" may be a car and "réel" real. Read on the text: as a listed word, "auto" would hide the misspelt
    phrases it opens ("auto entreprneur")."""
    for pattern, value in _SHORT_ANSWERS:
        short = pattern.match(text)
        if short is None or any(c.start < short.end(1) for c in cues):
            continue
        first = len(_WORD.findall(text[: short.start(1)]))
        last = first + len(_WORD.findall(short.group(1))) - 1
        return [Cue("tax", value, first, last, short.start(1), short.end(1)), *cues]
    return cues


def _real_named(text: str, cues: list[Cue]) -> list[Cue]:
    """"mon régime c'est le réel", "j'ai opté pour le réel", "moi c'est le réel": "réel" named as the regime, which no
    listed phrase holds (alone, "réel" is "real"), is a regime cue for accounts."""
    found = []
    for named in (*_REAL_NAMED.finditer(text), *_REAL_OF_MINE.finditer(text)):
        if any(c.start < named.end(1) and named.start(1) < c.end for c in cues if c.kind == "tax"):
            continue
        first = len(_WORD.findall(text[: named.start(1)]))
        found.append(Cue("tax", "accounts", first, first, named.start(1), named.end(1)))
    return sorted([*cues, *found], key=lambda c: c.start) if found else cues


def _weighed_with_real(text: str, cues: list[Cue]) -> list[Cue]:
    """"vaut mieux la CPU ou le réel ?", "entre la CPU et le réel, lequel…", "réel ou forfait, c'est quoi le mieux": a
    regime joined by "ou", "et" to a bare "réel" (no regime cue alone) is one of two regimes weighed: taken back
    (read as asked about), as a choice between two named regimes is."""
    # A "réel" inside a regime cue ("au réel") is a regime of its own: the choice between two is read elsewhere.
    bare = [m for m in (*_REAL_AFTER_JOIN.finditer(text), *_REAL_BEFORE_JOIN.finditer(text)) if not _in_a_cue(cues, m)]
    joins = [m.start() for m in bare if m.re is _REAL_AFTER_JOIN]
    joins_before = [m.end() for m in bare if m.re is _REAL_BEFORE_JOIN]
    weighed = [
        c
        for c in cues
        if c.kind == "tax"
        and (
            any(0 <= at - c.end <= REAL_JOIN_REACH for at in joins)
            or any(0 <= c.start - at <= REAL_JOIN_REACH for at in joins_before)
        )
    ]
    return [replace(c, kind="asked") if c in weighed else c for c in cues]


def _in_a_cue(cues: list[Cue], real: re.Match[str]) -> bool:
    """Whether the matched "réel" stands inside a regime cue ("au réel", "régime réel")."""
    return any(c.start <= real.start(1) and real.end(1) <= c.end for c in cues if c.kind in ("tax", "asked"))


def set_up_for_writer(text: str, cues: list[Cue], target: Cue) -> bool:
    """"mon fils m'a inscrit en auto-entrepreneur", "bba dar lia auto-entrepreneur", "سجلني ابني في نظام المقاول
    الذاتي": a relative who set a regime up for the writer (the writer its object, just before it in its clause)
    named the writer's own regime, not theirs."""
    return any(
        c.kind == "set_up_for_me" and 0 < target.first - c.last <= SET_UP_REACH and same_clause(text, c, target)
        for c in cues
    )


def likened_to_relative(text: str, cues: list[Cue], relatives: Relatives, target: Cue) -> bool:
    """"حتى أنا بحال صاحبي فالمحاسبة", "ana b7al khoya f cpu", "moi comme mon frère, au forfait": the writer likened to
    the relative whose regime follows (the likeness right before the relative, in its clause) holds it too."""
    starts = [start for start, end in relatives.scopes if start < target.first <= end]
    return any(
        c.kind == "writer_likewise" and 0 <= start - c.last <= LIKENED_REACH and same_clause(text, c, target)
        for c in cues
        for start in starts
    )


def _not_me_after(text: str, theirs: list[Cue], phrases: frozenset[str]) -> Found | None:
    """"مراتي أوطو أونطروبرونور وأنا لا", "khoya f cpu w ana la", "my wife is AE and me not": after a relative's
    regime, a clause that ends with the writer's own "not me" says the writer holds none. The phrase must close its
    clause: in "وأنا لا أؤدي الضريبة" the "لا" negates the verb that follows (read by the negation rules)."""
    clause = closing_clause(text, theirs, phrases)
    return Found("tax_situation", "none", clause[0], clause[1]) if clause else None


def _me_too_after(text: str, theirs: list[Cue], phrases: frozenset[str]) -> Found | None:
    """"ma femme est AE, moi aussi", "ma femme n'est pas AE, moi si", "khoya f cpu w ana tahowa": after a relative's
    regime (held or denied), the writer's own "me too" or "I do" closing its clause holds that regime."""
    clause = closing_clause(text, theirs, phrases)
    return Found("tax_situation", theirs[0].value, clause[0], clause[1]) if clause else None


# The values of the tax situation's regimes: a regime asked about keeps its value under the kind "asked".
_REGIMES = frozenset({"cpu", "accounts", "auto_entrepreneur"})


def _one_of_them_after(text: str, cues: list[Cue], phrases: frozenset[str]) -> Found | None:
    """"les AE ont droit à la retraite ? j'en fais partie", "هل يستفيد المقاولون الذاتيون من التقاعد؟ أنا واحد منهم":
    after one regime asked about in general (its holders' in a question, not the writer's), a clause the writer closes
    with "I am one of them" holds that regime. Two regimes asked about leave "them" unclear. After those who pay no
    tax, named in general, it is no tax."""
    asked = [c for c in cues if c.kind == "asked" and c.value in _REGIMES]
    if asked:
        clause = closing_clause(text, asked, phrases) if len({c.value for c in asked}) == 1 else None
        return Found("tax_situation", asked[0].value, clause[0], clause[1]) if clause else None
    # "بشحال لامو ديال الصناع اللي ما كيخلصوش الضريبة؟ حتى أنا منهم": those who pay no tax, then "I am one of them".
    unpaid = [
        c
        for c in cues
        if c.kind in ("tax_word", "tax_local", "declare")
        and negated(text, cues, c, TAX_NEGATION_REACH)
        and _said_of_holders(text, cues, c)
    ]
    clause = closing_clause(text, unpaid, phrases)
    return Found("tax_situation", "none", clause[0], clause[1]) if clause else None


# Besides its "none of them", a bare answer holds only the writer's own words and a "no": "aucun, moi j'ai rien de tout
# ça", "non, ni l'un ni l'autre", "أنا لا هذا ولا ذاك".
_BARE_ANSWER_WORDS = WRITER_WORDS | _NOTHING | frozenset(
    {"aucun", "aucune", "non", "nan", "la", "لا", "et", "w", "و", "ai", "n", "ne", "pas", "pour", "bah", "ben", "euh"}
)


def _none_of_them(text: str, cues: list[Cue], phrases: frozenset[str]) -> Found | None:
    """"combien paient les AE et ceux de la CPU ? je n'ai ni l'un ni l'autre": "none of them" after regimes the message
    names (asked about, compared, offered) is no tax. Elsewhere ("ni l'un ni l'autre diplôme", or a bare "rien de tout
    ça", which answers whatever the assistant asked) it says nothing of taxes here."""
    for start, end, _ in _phrases_said(text, phrases):
        if any(c.kind in ("tax", "asked") and c.value in _REGIMES and c.end <= start for c in cues):
            return Found("tax_situation", "none", start, end)
    return None


def bare_none_of_them(text: str, phrases: TaxPhrases) -> bool:
    """Whether ``text`` is only "none of them" with the writer's own words and a "no" ("aucun, moi j'ai rien de tout
    ça"): the whole answer to a question that offered choices, which only the question's asker can place."""
    said = _phrases_said(text, phrases.none_of_them)
    return any(all(form in _BARE_ANSWER_WORDS for form in rest) for _, _, rest in said)


def _phrases_said(text: str, phrases: frozenset[str]) -> list[tuple[int, int, list[str]]]:
    """Each of ``phrases`` the text says, longest first at each word: its characters, and the normalised words of the
    text outside it."""
    if not phrases:
        return []
    words = [(normalise(m.group()), m.start(), m.end()) for m in _WORD.finditer(text)]
    forms = [form for form, _, _ in words]
    longest = max(len(p.split()) for p in phrases)
    said = []
    for first in range(len(words)):
        size = next(
            (n for n in range(min(longest, len(words) - first), 0, -1) if " ".join(forms[first : first + n]) in phrases),
            0,
        )
        if size:
            said.append((words[first][1], words[first + size - 1][2], forms[:first] + forms[first + size :]))
    return said


def _only_introduced(text: str, phrases: TaxPhrases) -> bool:
    """"Je suis le fils de M. Alaoui… Mon père paie sa CPU", "أكتب نيابة عن والدتي…": the writer speaks of themself
    only to say whom they write for; no word of their own situation follows."""
    said = _phrases_said(text, phrases.writing_for)
    return bool(said) and not any(form in phrases.first_person for form in said[0][2])


def _none_of_the_held(text: str, cues: list[Cue], held: list[Cue], phrases: frozenset[str]) -> bool:
    """"la cpu c'est pour les vieux, l'auto-entrepreneur pour les jeunes, moi ni l'un ni l'autre": "none of them" after
    two regimes or more names them all, and the writer holds none of them."""
    found = _none_of_them(text, cues, phrases)
    if found is None:
        return False
    named = {c.value for c in cues if c.kind in ("tax", "asked") and c.value in _REGIMES and c.end <= found.start}
    return len(named) >= 2 and all(c.end <= found.start for c in held)


# How many words may open the clause before the writer's "not me" or "me too" ("mais moi non plus", "et moi aussi").
_PHRASE_OPENER_REACH = 2


def closing_clause(text: str, theirs: list[Cue], phrases: frozenset[str]) -> tuple[int, int] | None:
    """The span of the first clause after a relative's regime or kind (``theirs``) that ends with one of ``phrases``,
    the writer's "not me" or "me too" (a few closers such as "du tout", "walo" may follow it)."""
    if not phrases or not theirs:
        return None
    longest = max(len(p.split()) for p in phrases)
    for clause in _CLAUSE.finditer(text, theirs[0].end):
        # "je le suis depuis 2020", "وأنا منهم منذ 2019": a since-phrase closing the clause says when, not who.
        words = _WORD.findall(normalise(_SINCE_TAIL.sub("", clause.group())))
        while words:
            said = [n for n in range(1, min(longest, len(words)) + 1) if " ".join(words[-n:]) in phrases]
            # "est ce que je peux cotiser pour la retraite moi aussi ?": a clause with words of its own before the
            # phrase is about them; the phrase stands alone or after an opener ("et moi aussi", "w ana tahowa").
            if said and len(words) - said[-1] <= _PHRASE_OPENER_REACH:
                return clause.start(), clause.end()
            if words[-1] not in _NOT_ME_CLOSERS:
                break
            words.pop()
    return None


def _neither(text: str, cues: list[Cue], relatives: Relatives) -> list[Cue]:
    """The writer's regimes denied one by one: "ni CPU ni auto-entrepreneur", "la cpu la AE", "لا سي بي يو لا
    أوطو أونطروبرونور" (each right after its particle; two at least)."""
    regimes = [c for c in cues if c.kind == "tax" and not relatives.cue_of(c)]
    if len(regimes) >= 2 and all(after_neither(text, c) for c in regimes):
        return regimes
    return []


# "AE? ou CPU?", "مقاول ذاتي؟ أم مساهمة مهنية موحدة؟": a question mark, then "or", between two regimes.
_OR_IN_TURN = re.compile(r"^[\s.]*[?؟]+\s*(?:ou bien|ou|wla|wela|ola|أم|ام|أو|او)\b", re.IGNORECASE)


def offered_in_turn(text: str, first: Cue, second: Cue) -> bool:
    """Whether two regimes are offered as a choice one question at a time ("je suis AE? ou CPU? je sais plus"): the
    question mark between them ends no statement of either."""
    return bool(_OR_IN_TURN.match(text[first.end : second.start]))


def _all_denied(text: str, cues: list[Cue], relatives: Relatives, neither: list[Cue]) -> Found | None:
    """"ni CPU ni auto-entrepreneur", "la cpu la AE la walo", "لا سي بي يو لا أوطو أونطروبرونور، والو": every regime
    the writer names of themself is denied, two of them or one closed by "nothing": no regime at all. One regime
    denied alone ("je suis pas auto-entrepreneur") leaves the others open: the assistant asks."""
    regimes = [c for c in cues if c.kind == "tax" and not relatives.cue_of(c)]
    if not regimes or not neither and not all(negated(text, cues, c) for c in regimes):
        return None
    last = regimes[-1]
    nothing_after = any(
        c.kind == "negation" and c.value in _NOTHING and c.first > last.last and not SENTENCE_END.search(text[last.end : c.start])
        for c in cues
    )
    if len({c.value for c in regimes}) >= 2 or nothing_after:
        return Found("tax_situation", "none", regimes[0].start, last.end)
    return None


def without_specific_to(words: Sequence[Word], cues: list[Cue]) -> list[Cue]:
    """"إشعار ضريبي خاص بالمساهمة المهنية الموحدة": MSA "خاص ب" is "specific to", no need; the regime after it is not
    asked about (Darija says "khass" / "خاص" before what is needed, without "ب")."""
    return [
        c
        for c in cues
        if not (
            c.kind == "need"
            and words[c.last].form in _SPECIFIC
            and c.last + 1 < len(words)
            and words[c.last + 1].form.startswith("ب")
        )
    ]


def held_in_general(text: str, words: Sequence[Word], cues: list[Cue], target: Cue) -> bool:
    """"ceux de la CPU", "li f AE kaykhelsso", "الحرفيين لي عندهم المحاسبة", "الخاضعين للمساهمة المهنية الموحدة": a
    regime right after its holders named in general (a preposition may stand between) is other people's, unless the
    writer says they are the one ("je suis un artisan au forfait")."""
    for cue in cues:
        # "إلى", "الى" (to) fold to the Darija "الي" (who): written with its ى, it is no holder ("انتقلت من… إلى…").
        if cue.kind != "holders" or not same_clause(text, cue, target) or text[cue.start : cue.end].endswith("ى"):
            continue
        # "je suis un artisan au forfait": the writer is the one artisan named.
        if cue.first > 0 and words[cue.first - 1].form in _HELD_BY_WRITER:
            continue
        # "أمي التي تؤدي المساهمة", "أمي المعلمة…، والتي تؤدي": "who", with no noun of its own, right after the relative
        # or as "and who", takes up the relative named before it in the sentence ("نتاع اللي فالفورفي" does not).
        who = text[cue.start : cue.end].split()[0]
        if _BARE_WHO.fullmatch(who) and any(
            c.kind == "relative"
            and (c.last + 1 == cue.first or who.startswith("و"))
            and c.last < cue.first
            and not SENTENCE_END.search(text[c.end : cue.start])
            for c in cues
        ):
            continue
        if (
            target.first > cue.last
            and _holders_to_regime([w.form for w in words[cue.last + 1 : target.first]])
            and not _counted_in_after(text, target)
        ):
            return True
    return False


# "who" alone, the noun it takes up left before it: "والتي تؤدي", "الذي يمسك".
_BARE_WHO = re.compile(r"و?(?:التي|الذي|اللي|الي|لي)")
# "pour un artisan au forfait comme moi", "les artisans à la CPU, dont je fais partie": the writer counts themself among
# the holders right after their regime ("comme", "dont" set off by a comma or not).
_COUNTED_IN = re.compile(r"\s*,?\s*(?:comme\s+(?:moi|nous)\b|dont\s+(?:je|j'|moi|nous))", re.IGNORECASE)


def _counted_in_after(text: str, target: Cue) -> bool:
    """Whether "comme moi", "dont je…" follows the holders' regime: the writer is one of them."""
    return _COUNTED_IN.match(text, target.end) is not None


# The people a holders' phrase may name before their regime ("pour les artisans au réel", "ceux … des gens à la CPU").
_HOLDER_NOUNS = frozenset({"artisans", "artisanes", "gens", "personnes", "travailleurs", "الحرفيين", "الحرفيون", "الصناع"})


# "pour un artisan qui paie la CPU", "un artisan qui est à la CPU": what the one artisan named does with a regime
# (normalised words: "déclare" is "declare").
_HOLDING_VERBS = frozenset(
    {"est", "paie", "paye", "a", "tient", "declare", "cotise", "sont", "paient", "payent", "ont", "cotisent"}
)


def _holders_to_regime(between: list[str]) -> bool:
    """Whether the words between holders and a regime join them: none, a preposition or two ("li f cpu", "un artisan
    qui est à la CPU"), "qui" and a verb of holding ("pour un artisan qui paie la CPU"), or the word "regime" with its
    small words ("الخاضعون لنظام…", "ceux qui ont le statut d'auto-entrepreneur")."""
    # "pour les artisans au réel", "pour les gens à la CPU": the holders' own noun may follow the listed words, then
    # the regime's preposition and article.
    if between and between[0] in _HOLDER_NOUNS:
        return len(between) <= 3 and set(between[1:]) <= _HOLDERS_PREPOSITIONS
    if between[:1] == ["qui"] and len(between) > 1 and between[1] in _HOLDING_VERBS:
        between = between[2:]
    if len(between) <= 2 and set(between) <= _HOLDERS_PREPOSITIONS:
        return True
    allowed = _HOLDERS_PREPOSITIONS | _REGIME_NOUNS | {"du", "d"}
    return len(between) <= HOLDERS_REGIME_REACH and set(between) <= allowed and bool(set(between) & _REGIME_NOUNS)


# "je veux inscrire ma SARL", "bghit nsajel la société dyali", "نسجل الشركة ديالنا": a company the writer registers and
# calls theirs exists; the wish before it is to register it, not to found it ("je veux créer ma SARL" plans one). The
# verb of registering stands at most REGISTERED_REACH words before the company, the possessive right before it (a
# "petite" between) or a few words after it ("la SARL de menuiserie dyali").
REGISTERED_REACH = 3
_MINE_BEFORE = re.compile(r"\b(?:ma|mon|notre|nos)\s+(?:petite\s+)?$", re.IGNORECASE)
_MINE_AFTER = re.compile(r"^\W*(?:\w+\W+){0,2}?(?:dyali|diali|dyalna|dialna|ديالي|ديالنا)\b", re.IGNORECASE)


def _registered_as_theirs(text: str, cues: list[Cue], company: Cue) -> bool:
    """Whether the company is one the writer calls theirs, with a verb of registering right before it."""
    called_mine = _MINE_BEFORE.search(text[: company.start] + " ") or _MINE_AFTER.match(text[company.end :])
    return bool(called_mine) and any(
        c.kind == "register" and 0 < company.first - c.last <= REGISTERED_REACH for c in cues
    )


def _company_accounts(text: str, cues: list[Cue], company_forms: frozenset[str], relatives: Relatives) -> Found | None:
    """"je suis gérant d'une SARL, combien l'amo ?", "عندي شركة SARL ديالي فالنجارة، واش تقدر تتسجل؟": a SARL keeps
    accounts by law; the writer's own (not denied, not planned unless registered as theirs, not a relative's unless
    written for them and the writer says nothing of themself: "Question pour mon frère : il a une SARL…") says
    accounts, whatever the writer asks, as a regime named does."""
    for cue in cues:
        if (
            cue.kind == "category"
            and normalise(text[cue.start : cue.end]) in company_forms
            and not negated(text, cues, cue)
            and (_registered_as_theirs(text, cues, cue) or not planned(text, cues, cue))
            and (not relatives.cue_of(cue) or relatives.for_them and not relatives.writer_speaks)
        ):
            return Found("tax_situation", "accounts", cue.start, cue.end)
    return None


# "And I", starting a clause of the writer's own between a plan and a regime: "كيفاش نتسجل فرنا وانا مقاول ذاتي؟" asks
# how to register, being an auto-entrepreneur already.
_AND_I = re.compile(r"(?:^|\s)(?:وانا|وأنا|w ana|wana|et moi|et je suis)(?:\s|$)", re.IGNORECASE)


def planned(text: str, cues: list[Cue], target: Cue, bookkeepers: frozenset[str] = frozenset()) -> bool:
    """A regime one intends, plans or wishes to take is not held: "je vais m'inscrire comme auto-entrepreneur bientôt",
    "bghit nt9ayed f l'auto" (a registering verb does not stop the wish: registering under a regime is taking it),
    "ghadi ndir l'auto-entrepreneur", "أنوي التسجيل كمقاول ذاتي". A change wished from a regime to another ("bghit
    nbddel mn cpu l auto") plans the second and leaves the first held. A want of the writer's being ("mon client veut
    que je sois auto-entrepreneur") plans it too; the accountant who advises ("نصحني المحاسب بـ…") breaks no plan."""
    if _changed_from(text, cues, target, ("wish", "intend")):
        return False
    if (
        _wished_change_to(text, cues, target)
        or wished(text, cues, target)
        or _wanted_that(text, cues, target)
        or _refused_after(text, cues, target)
    ):
        return True
    return any(
        c.kind in ("intend", "wish", "advised")
        and 0 < target.first - c.last <= PLAN_REACH
        and same_clause(text, c, target)
        and not _AND_I.search(text[c.end : target.start])
        and not any(
            b.kind in _PLAN_BREAKS
            and c.last < b.first < target.first
            and not french_to(text, b)
            and _words_of(text[b.start : b.end]) not in bookkeepers
            for b in cues
        )
        for c in cues
    )


# "l'auto-entreprenariat m'a été refusé", "ma demande d'AE a été rejetée", "l'auto-entreprenariat j'y connais rien": the
# refusal or the writer's not knowing it stands this many words after the regime at most ("je suis AE et ma demande de
# crédit a été refusée" refuses something else).
REFUSED_REACH = 2


def _refused_after(text: str, cues: list[Cue], target: Cue) -> bool:
    """Whether a refusal, or the writer's "I know nothing of it", stands right after the regime in its clause: a
    regime refused, or unknown to the writer, is not theirs."""
    return any(
        c.kind in ("refused", "unknown_to_writer")
        and 0 < c.first - target.last <= REFUSED_REACH
        and same_clause(text, target, c)
        for c in cues
    )


def _wanted_that(text: str, cues: list[Cue], target: Cue) -> bool:
    """Whether a want followed by "que" stands before the regime in its clause: "mon client veut que je sois
    auto-entrepreneur" (the subjunctive it governs holds nothing yet)."""
    return any(
        c.kind in ("wish", "goal", "need")
        and _THAT.match(text, c.end) is not None
        and 0 < target.first - c.last <= WANTED_REACH
        and same_clause(text, c, target)
        for c in cues
    )


def asked_in_general(text: str, words: Sequence[Word], target: Cue) -> bool:
    """Whether a regime is the subject of a question, named in general: "est-ce qu'un auto-entrepreneur doit payer
    l'AMO ?", "un auto-entrepreneur peut-il s'inscrire ?", "هل المقاول الذاتي ملزم بـ…؟", "واش المقاول الذاتي يقدر
    يتسجل؟", "l'auto-entrepreneur paie combien ?", "شحال كيخلص المقاول الذاتي؟" say nothing of the writer's own."""
    before = [w for w in words[: target.first] if not CLAUSE_BREAK.search(text[w.end : target.start])]
    if target.last + 1 < len(words) and _plural_verb(words[target.last + 1].form) or _holders_after_article(words, target):
        return True
    question = _clause_asks(text, target)
    if question and _for_anyone(text, words, target) or _fronted_for_anyone(text, words, target):
        return True
    if before and all(w.form in _GENERAL_FILLERS for w in before[1:]):
        if _opens_yes_no(before) or question and before[0].form in _INDEFINITE:
            return True
    if not question:
        return False
    if _after_inverted_verb(text, words, target):
        return True
    # The regime does what a third-person verb says: after it in French, before it in Darija (kay-, كي-).
    after = words[target.last + 1].form if target.last + 1 < len(words) else ""
    third_before = bool(before) and before[-1] is words[target.first - 1] and present_verb(before[-1].form, _THIRD_PERSON)
    # MSA puts the verb first: "هل يدفع المقاول الذاتي…؟", "كم يؤدي الخاضع…؟"; the regime then has its article.
    msa_subject = (
        bool(before)
        and before[-1] is words[target.first - 1]
        and present_verb(before[-1].form, _MSA_THIRD_PERSON)
        and normalise(text[target.start : target.end]).startswith(_MSA_ARTICLES)
    )
    if third_before or msa_subject:
        return True
    if not all(w.form in _DEFINITE for w in before):
        return False
    # After it, a third-person verb ("paie", "kaykhelles", "كيخلص"), or, the regime being definite, a question word
    # ("الأوطو أونطروبرونور شحال عليه؟", "la CPU combien ?"): "AE ch7al l'amo ?" is the writer's own, said short.
    return (
        after in _THIRD_PERSON_VERBS
        or present_verb(after, _THIRD_PERSON)
        or after in _HOW_MUCH and (bool(before) or normalise(text[target.start : target.end]).startswith(_ARTICLES))
    )


def _opens_yes_no(before: Sequence[Word]) -> bool:
    """Whether the words before a regime open a yes-no question: "est-ce qu'un…", "wach", "هل". A bare "est" is the
    verb of someone named before the clause ("Ma cliente, brodeuse à Fès, est auto-entrepreneur")."""
    first = before[0].form
    return first in _YES_NO_OPENERS and (first != "est" or len(before) > 1 and before[1].form == "ce")


# "combien paie un auto-entrepreneur ?", "combien doit payer une artisane au forfait ?", "que verse un AE ?": French
# questions put the verb before its subject too; the subject with "un", "une" (an artisan's noun and the regime's
# preposition between) is any holder of the regime, unless the writer counts themself in after it ("comme moi").
_ONE = frozenset({"un", "une"})
_PAYING_INFINITIVES = frozenset({"payer", "verser", "cotiser", "declarer", "donner"})
_ARTISAN = frozenset({"artisan", "artisane", "artisans"})
_ARTISAN_TO_REGIME = frozenset({"au", "a", "la", "en", "l", "sous", "le"})


def _after_inverted_verb(text: str, words: Sequence[Word], target: Cue) -> bool:
    """Whether the regime is the subject of a question's verb put before it: "combien paie un auto-entrepreneur ?"."""
    at = target.first - 1
    while at >= 0 and words[at].form in _ARTISAN_TO_REGIME:
        at -= 1
    if at >= 0 and words[at].form in _ARTISAN and at != target.first - 1:
        at -= 1
    elif at != target.first - 1:
        return False
    if at < 1 or words[at].form not in _ONE:
        return False
    verb = words[at - 1].form
    return (verb in _THIRD_PERSON_VERBS or verb in _PAYING_INFINITIVES) and not _counted_in_after(text, target)


# "combien coûte l'AMO pour un AE ?", "l'amo c'est combien pour une auto-entrepreneuse ?": the regime of anyone the
# question is for, after "pour" and an indefinite article.
_FOR = frozenset({"pour"})


def _for_anyone(text: str, words: Sequence[Word], target: Cue) -> bool:
    """Whether a regime right after "pour un", "pour une", "pour des" is named in general: the question is for any of its
    holders, unless the writer counts themself in after it, in its clause ("pour un AE comme moi")."""
    if target.first < 2 or words[target.first - 1].form not in _INDEFINITE or words[target.first - 2].form not in _FOR:
        return False
    after = [w for w in words[target.last + 1 :] if not CLAUSE_BREAK.search(text[target.end : w.start])]
    return not any(w.form in WRITER_WORDS for w in after)


def _fronted_for_anyone(text: str, words: Sequence[Word], target: Cue) -> bool:
    """"Pour un auto-entrepreneur, la cotisation AMO est de combien ?": "pour un" and its regime set off before the
    question, in a sentence that asks and where the writer does not count themself in after it ("Pour un AE, je paie
    combien ?" is the writer's)."""
    end = SENTENCE_END.search(text, target.end)
    if end is None or end.group() not in "?؟" or not _for_anyone(text, words, target):
        return False
    return not any(w.form in WRITER_WORDS for w in words[target.last + 1 :] if w.start < end.start())


# "combien paient les auto-entrepreneurs ?", "l'AMO des auto-entrepreneurs": a regime after "les" with a plural verb
# before it is its holders'; so is the one regime named after its holders, after "des" — unless the writer counts
# themself in ("nous sommes des AE", "on est des auto-entrepreneurs", "je fais partie des AE"). Other regimes after
# "des" are things ("je tiens des livres de compte").
_PLURAL_ARTICLES = frozenset({"les", "des"})
_ONE_OF_THEM = frozenset({"sommes", "somme", "est", "etes", "suis", "partie", "comme"})


def _holders_after_article(words: Sequence[Word], target: Cue) -> bool:
    """Whether a regime follows "les" after a plural verb, or is the auto-entrepreneurs' after "des" and a word that
    does not count the writer in."""
    if target.first < 2 or words[target.first - 1].form not in _PLURAL_ARTICLES:
        return False
    before = words[target.first - 2].form
    if words[target.first - 1].form == "les":
        return _plural_verb(before)
    return target.value == "auto_entrepreneur" and before not in _ONE_OF_THEM


def _plural_verb(form: str) -> bool:
    """A verb in the third person plural: "paient", "doivent", "kaykhelsso", "كيخلصو"."""
    return form in _THIRD_PERSON_PLURAL or present_verb(form, _THIRD_PERSON) and form.endswith(_DARIJA_PLURAL_ENDINGS)


# "le statut auto-entrepreneur est-il compatible…", "la CPU est-elle obligatoire ?": a regime right before an inverted
# verb and subject pronoun is the subject of a question, named in general.
_INVERTED = frozenset({("est", "il"), ("est", "elle"), ("sont", "ils"), ("sont", "elles"), ("peut", "il"), ("peut", "elle")})
# "la cpu c'est obligatoire pour…?", "هل نظام المساهمة المهنية الموحدة شرط…؟": a need said this many words after a
# regime, in a question, asks whether the regime is required.
REQUIRED_AFTER_REACH = 3


def asked_inverted(text: str, words: Sequence[Word], target: Cue) -> bool:
    """Whether a regime is the subject of an inverted question: "le statut auto-entrepreneur est-il compatible avec
    l'amo ?" asks about the regime, the writer holds none by it."""
    following = tuple(w.form for w in words[target.last + 1 : target.last + 3])
    # "… il paie la CPU. Peut-il s'inscrire ?": the verb opens the next sentence, the regime is the relative's own.
    return (
        following in _INVERTED
        and text[words[target.last + 1].end : words[target.last + 2].start] == "-"
        and not _ends_sentence(text[target.end : words[target.last + 1].start])
    )


def asked_if_required(text: str, words: Sequence[Word], cues: list[Cue], target: Cue) -> bool:
    """"la cpu c'est obligatoire pour s'inscrire à l'amo ?", "هل نظام المساهمة المهنية الموحدة شرط للانخراط…؟": a
    need right after a regime, in a question, asks whether it is required; "je suis AE, c'est obligatoire ?" keeps the
    writer's own (their "je suis", "ana" just before it)."""
    if any(w.form in _HELD_BY_WRITER for w in words[max(0, target.first - HELD_REACH) : target.first]):
        return False
    return _clause_asks(text, target) and any(
        c.kind in ("need", "required")
        and 0 < c.first - target.last <= REQUIRED_AFTER_REACH
        and same_clause(text, target, c)
        for c in cues
    )


# "notre coopérative tient une comptabilité", "التعاونية التي أنتمي إليها تمسك محاسبة": a regime this many words after a
# cooperative, with no "je" of the writer's between, is the cooperative's; the cooperative's own words may stand between
# ("notre coopérative de tapis à Taznakht tient une comptabilité avec un comptable").
GROUP_SUBJECT_REACH = 10


def the_groups(text: str, words: Sequence[Word], cues: list[Cue], target: Cue) -> bool:
    """Whether a regime is a cooperative's, said with the cooperative as its subject ("notre coopérative tient une
    comptabilité, moi je suis simple membre"): a cooperative is a body of its own, its books are not the member's
    regime. "je suis en coopérative et je suis auto-entrepreneur" holds the writer's (their "je" between), and so does
    "انا فالتعاونية ديال الدوم وكنخلص الفورفي" (their Darija "I pay")."""
    return any(
        c.kind == "category"
        and c.value == "cooperative"
        and 0 < target.first - c.last <= GROUP_SUBJECT_REACH
        and same_clause(text, c, target)
        and not any(
            w.form in _WRITER_SUBJECTS
            or w.form in _HELD_BY_WRITER
            or present_verb(w.form, FIRST_PERSON_PRESENT, glued_and=True)
            for w in words[c.last + 1 : target.last + 1]
        )
        and not _we_are(text, c)
        for c in cues
    )


# "on est une coopérative…", "nous sommes une coopérative…", "7na cooperative": the writers are the cooperative, and its
# books are theirs.
_WE = frozenset({"on", "nous", "sommes", "7na", "hna", "حنا", "نحن"})


def _we_are(text: str, group: Cue) -> bool:
    """Whether the writers say they are the group, before it in its clause."""
    return bool(set(words_before_in_clause(text, group.start)) & _WE)


# "la boutique où je travaille est au forfait", "المحل الذي أشتغل فيه يؤدي الضريبة الجزافية": a regime this many words
# after the writer's work in a place (or its owner, "de mon patron") is the place's.
WORKPLACE_REACH = 8
# The writer's own words after the workplace that make the regime theirs again ("…où je bosse, je suis AE" is cut by its
# comma; "l'atelier où je travaille moi je suis AE" by "moi"): the French and Darija "I", and MSA's "أنا", "شخصيا".
_WRITER_AGAIN = WRITER_WORDS | frozenset(normalise(w) for w in ("شخصيا", "personnellement"))


def the_workplaces(text: str, words: Sequence[Word], cues: list[Cue], target: Cue) -> bool:
    """Whether a regime is the workplace's the writer works in for someone else, said after the writer's work there or
    its owner ("la boutique de mon patron est au forfait, moi je suis juste apprenti", "الورشة التي أعمل بها تمسك
    محاسبة"): a worker holds no regime by their employer's. The writer's own shop ("ma boutique est au forfait") names
    no such work, and keeps its regime."""
    return any(
        (c.kind == "works_there" or _employer_owning(words, c) or _employer_of_the_writer(text, words, c))
        and 0 < target.first - c.last <= WORKPLACE_REACH
        and same_clause(text, c, target)
        and not any(w.form in _WRITER_AGAIN for w in words[c.last + 1 : target.first])
        for c in cues
    )


# The relatives who employ the writer: the place they own ("la boutique de mon patron") is a workplace.
_EMPLOYERS = frozenset(normalise(w) for w in ("patron", "patronne", "employeur", "employeuse", "الباطرون", "باطرون", "lpatron"))


def _employer_owning(words: Sequence[Word], cue: Cue) -> bool:
    """Whether the cue is the writer's employer named as an owner, right after "de", "dyal" ("l'atelier de mon patron"),
    or as the place, after "chez" ("chez mon patron c'est la CPU")."""
    return (
        cue.kind == "relative"
        and cue.first > 0
        and words[cue.first - 1].form in _OWNER_OR_PLACE
        and words[cue.last].form in _EMPLOYERS
    )


_OWNER_OR_PLACE = OWNER_OF | {"chez"}
# The writer says they work for someone: a worker's noun ("moi je suis juste ouvrier", "son employé", "simple
# apprenti"), or "je travaille pour lui", "je bosse chez elle".
_WORKER_NOUNS = frozenset(
    normalise(w)
    for w in ("ouvrier", "ouvrière", "employé", "employée", "salarié", "salariée", "apprenti", "apprentie", "aide", "khddam")
)
_WORK_VERBS = frozenset({"travaille", "bosse", "taffe"})
_FOR_SOMEONE = frozenset({"pour", "chez"})


def _employer_of_the_writer(text: str, words: Sequence[Word], cue: Cue) -> bool:
    """Whether the cue names the one the writer works for ("le patron", "le propriétaire de l'atelier", "mon maâlem"),
    not the writer ("je suis le patron"), and the message says the writer works for someone."""
    if cue.kind != "employer":
        return False
    if set(words_before_in_clause(text, cue.start)) & WRITER_WORDS:
        return False
    forms = [w.form for w in words]
    return bool(set(forms) & _WORKER_NOUNS) or any(
        a in _WORK_VERBS and b in _FOR_SOMEONE for a, b in zip(forms, forms[1:], strict=False)
    )


def asked_what(text: str, cues: list[Cue], target: Cue) -> bool:
    """"ما هو نظام المقاول الذاتي؟", "آش هو الأوطو أونتروبرونور؟", "comment on calcule la CPU ?": a regime right after
    a question of what it is or how it is computed is asked about, not held."""
    return any(
        c.kind == "what_regime" and 0 < target.first - c.last <= WHAT_REGIME_REACH and same_clause(text, c, target)
        for c in cues
    )


def compared_to_regime(text: str, words: Sequence[Word], cues: list[Cue], target: Cue) -> bool:
    """"la CPU c'est mieux que l'auto-entrepreneur ?", "cpu a7sen mn auto": a regime compared to another named just
    after the comparison is asked about, as that other is; "je suis à la CPU, moins chère que l'AE" holds it (the
    writer's own "je suis", "ana" just before it)."""
    if any(w.form in _HELD_BY_WRITER for w in words[max(0, target.first - HELD_REACH) : target.first]):
        return False
    return any(
        c.kind == "compare"
        and 0 < c.first - target.last <= COMPARED_REACH
        and same_clause(text, target, c)
        and any(o.kind == "tax" and 0 < o.first - c.last <= COMPARED_REACH and same_clause(text, c, o) for o in cues)
        for c in cues
    )


def in_doubt(text: str, cues: list[Cue], target: Cue) -> bool:
    """Whether a doubt stands before the cue in its clause ("je ne sais pas si je suis à la CPU", "je ne sais pas quel
    est mon régime fiscal", "ma3rftch ach mn nidam dariba 3ndi"): the writer states nothing, and the doubt's own "ne…
    pas" denies nothing. A doubt that closes the regime's sentence doubts it too (``_doubt_after``)."""
    return any(
        c.kind == "doubt" and (c.last < target.first and same_clause(text, c, target) or _doubt_after(text, target, c))
        # "je suis au réel il me semble, mais franchement je n'en sais rien": not knowing, the writer's last word on it.
        or c.kind == "unknown_to_writer" and _doubt_after(text, target, c)
        for c in cues
    )


def _doubt_after(text: str, target: Cue, doubt: Cue) -> bool:
    """"je crois que je suis à la CPU mais je suis pas sûr du tout", "ana f cpu walakin machi mt2aked", "أنا في المساهمة
    المهنية الموحدة، لست متأكدا": a doubt said just after the regime, in its sentence, that ends its own clause (only
    "du tout", "de ça" after it) takes the regime back; "…, pas sûr du montant" doubts something else."""
    if not 0 < doubt.first - target.last <= DOUBT_SENTENCE_REACH or SENTENCE_END.search(text[target.end : doubt.start]):
        return False
    end = CLAUSE_BREAK.search(text, doubt.end)
    rest = text[doubt.end : end.start() if end else len(text)]
    closes_clause = all(word in _DOUBT_CLOSERS for word in re.findall(r"\w+", normalise(rest)))
    # Further than a few words, the doubt must close the regime's sentence too ("je suis à la CPU, enfin c'est ce que
    # m'a dit le moqaddem, mais je ne suis pas sûr."): the writer's last word on it.
    closes_sentence = end is None or bool(SENTENCE_END.match(end.group()))
    return closes_clause and (doubt.first - target.last <= DOUBT_AFTER_REACH or closes_sentence)


def _yes_no_question(text: str, cue: Cue) -> bool:
    """Whether the cue's clause asks yes or no ("wach khassni ndeclari kol trimestre ?", "هل يجب علي التصريح كل ثلاثة
    أشهر؟", "est-ce que je dois faire une déclaration chaque trimestre ?"): it asks what a regime does, the writer
    states none."""
    breaks = [m.end() for m in CLAUSE_BREAK.finditer(text, 0, cue.start)]
    opener = _FIRST_WORD.match(text, breaks[-1] if breaks else 0)
    return opener is not None and normalise(opener.group(1)) in _YES_NO_OPENERS and _clause_asks(text, cue)


def _clause_asks(text: str, cue: Cue) -> bool:
    """Whether the cue's clause ends with a question mark."""
    end = CLAUSE_BREAK.search(text, cue.end)
    return end is not None and end.group() in "?؟"


def _rate_of_turnover(text: str, cues: list[Cue], target: Cue) -> bool:
    """Whether a rate ("1%", "1 pour cent", "في المائة") stands by the turnover cue ``target``, in its sentence."""
    for sign in _RATE_SIGN.finditer(text):
        between = text[sign.end() : target.start] if sign.end() <= target.start else text[target.end : sign.start()]
        if len(between) <= RATE_SIGN_REACH and not _ends_sentence(between):
            return True
    for cue in cues:
        if cue.kind != "percent":
            continue
        left, right = (cue, target) if cue.end <= target.start else (target, cue)
        if right.first - left.last <= RATE_REACH and not _ends_sentence(text[left.end : right.start]):
            return True
    return False


# What speaks of a tax paid or not (not the paying verb alone, which may pay the AMO).
_TAX_KINDS = frozenset({"tax", "tax_word", "tax_local", "tax_free", "fixed_amount", "unchanging"})


def _own_tax_words(cues: list[Cue], relatives: Relatives) -> bool:
    """Whether the writer speaks of a tax outside what they say of relatives."""
    return any(c.kind in _TAX_KINDS and not relatives.cue_of(c) for c in cues)


def _own_tax(
    text: str, cues: list[Cue], tax_offices: frozenset[str] = frozenset(), relatives: Relatives | None = None
) -> Found | None:
    """No tax, a regime left, or a regime told by what one does (no regime named as one's own); ``tax_offices`` are
    the tax word phrases that name the office where tax is paid in person. A relative's or a friend's "pays no tax"
    is not the writer's when the writer, not writing for them, speaks of their own tax ("صاحبتي… ما كتخلص حتى ضريبه
    وانا راه كنخلص للطاكس واحد المبلغ ثابت كل عام")."""
    if relatives is not None and relatives.give_way(own=False) and _own_tax_words(cues, relatives):
        cues = [c for c in cues if not relatives.cue_of(c)]
    for cue in cues:
        # "ma kankhelles walo", "كنخلص والو": paying nothing.
        pays_nothing = cue.kind == "pay" and any(
            c.kind == "negation" and c.value in _NOTHING and c.first == cue.last + 1 for c in cues
        )
        if pays_nothing or cue.kind == "tax_free" or (
            cue.kind in ("tax_word", "tax_local", "declare")
            and negated(text, cues, cue, TAX_NEGATION_REACH)
            and not _said_of_holders(text, cues, cue)
            and not in_doubt(text, cues, cue)
            and not declared_to_the_fund(text, cues, cue)
        ):
            return Found("tax_situation", "none", cue.start, cue.end)
    # "ma b9itch kankhelles dariba", "je ne paie plus d'impôts": tax no longer paid, and no regime named, is none now;
    # so is the tax stopped ("j'ai arrêté de payer les impôts", "radiée des impôts", "sorti du fisc").
    for cue in cues:
        if cue.kind == "tax_word" and any(
            c.kind in ("no_longer", "stopped") and 0 < cue.first - c.last <= TAX_NEGATION_REACH and same_clause(text, c, cue)
            for c in cues
        ):
            return Found("tax_situation", "none", cue.start, cue.end)
    # "je ne paie plus rien", "ma b9itch kankhelles walo": nothing paid any more, where the AMO or tax is the topic.
    for cue in cues:
        if cue.kind == "no_longer" and any(c.kind == "negation" and c.value in _NOTHING and c.first == cue.last + 1 for c in cues):
            return Found("tax_situation", "none", cue.start, cue.end)
    # "w ana ma 3ndi walo": having nothing, where tax is the topic (a relative's patente, a question), is no tax.
    if any(c.kind == "have_nothing" for c in cues) and any(c.kind in ("tax", "tax_local", "tax_word") for c in cues):
        cue = next(c for c in cues if c.kind == "have_nothing")
        return Found("tax_situation", "none", cue.start, cue.end)
    # "moi je suis encore à rien", "je suis toujours à rien": the same, a word of time inside the phrase; a regime only
    # talked of (advised, planned) makes tax the topic as well.
    nothing = at_nothing(text)
    if nothing and any(c.kind in ("tax", "tax_local", "tax_word", "asked") for c in cues):
        return Found("tax_situation", "none", nothing.start(), nothing.end())
    # A regime left ("kont auto-entrepreneur w daba la", "j'ai fermé mon auto-entreprise") and none named instead.
    # "j'ai arrêté la CPU, je ne sais pas ce que je suis maintenant": a doubt said after it leaves the present unsaid.
    for cue in cues:
        if (
            cue.kind in ("tax", "tax_local")
            and _past(text, cues, cue)
            and any(c.kind in ("stopped", "no_longer", "ended", "no_more") for c in cues)
            and not any(c.kind == "doubt" and c.first > cue.last for c in cues)
            and not _switched_to_another(cues, cue)
        ):
            # "كنت أوطو أونتروبرونور ولكن سديتها، ودابا كنخلص ضريبة ثابتة للقباضة مرة فالعام": the regime told after
            # the stop by what is paid now.
            stop = max(c.last for c in cues if c.kind in ("stopped", "no_longer", "ended", "no_more"))
            now = _told_by_payments(text, [c for c in cues if c.first > max(stop, cue.last)], tax_offices)
            return now or Found("tax_situation", "none", cue.start, cue.end)
    return _told_by_payments(text, cues, tax_offices)


def _told_by_payments(text: str, cues: list[Cue], tax_offices: frozenset[str]) -> Found | None:
    """The regime told by what one does: declaring every quarter (auto-entrepreneur), a fixed sum to the tax office
    (CPU), a rate of one's turnover (auto-entrepreneur), one's profits declared (accounts)."""
    for cue in cues:
        if (
            cue.kind in ("quarterly", "post_office")
            and _in_one_sentence(text, cues, cue, ("declare",))
            and not _yes_no_question(text, cue)
        ):
            return Found("tax_situation", "auto_entrepreneur", cue.start, cue.end)
        # Paying every quarter at the post office ("كنخلص كل ثلاث شهور فالبريد"): the auto-entrepreneur's tax too; a
        # payment stopped ("كنت كنخلص… ولكن سديت") tells a regime left.
        if (
            cue.kind == "quarterly"
            and all(_in_one_sentence(text, cues, cue, (kind,)) for kind in ("post_office", "pay"))
            and not (negated(text, cues, cue) or _yes_no_question(text, cue) or _needed(text, cues, cue))
        ):
            return Found("tax_situation", "none" if _past(text, cues, cue) else "auto_entrepreneur", cue.start, cue.end)
        if cue.kind == "fixed_amount" and _in_one_sentence(text, cues, cue, ("tax_word", "tax_local")):
            return Found("tax_situation", "cpu", cue.start, cue.end)
        # "كنخلص واحد المبلغ قار كل عام", "je paie une somme fixe tous les ans", "كنخلص واحد المبلغ فالعام": a sum the
        # writer pays, set for each year, is the CPU though no tax is named (the AMO is paid by the month, and its own
        # sum is what is asked).
        if (
            (cue.kind in ("fixed_amount", "unchanging", "a_sum") or cue.kind == "small" and _beside_a_tax_word(cues, cue))
            and _in_one_sentence(text, cues, cue, ("pay",))
            and _yearly_beside(text, cues, cue)
            and not (negated(text, cues, cue) or _yes_no_question(text, cue) or _needed(text, cues, cue))
            and not _past(text, cues, cue)
        ):
            return Found("tax_situation", "cpu", cue.start, cue.end)
        # "كنخلص واحد الضريبه ثابته كل عام", "الضريبه المكطوعه كل عام": a tax the same every year.
        if (
            cue.kind == "unchanging"
            and _in_one_sentence(text, cues, cue, ("tax_word", "tax_local"))
            and _yearly_beside(text, cues, cue)
            and not (_yes_no_question(text, cue) or _needed(text, cues, cue))
        ):
            return Found("tax_situation", "cpu", cue.start, cue.end)
        if cue.kind == "quarterly" and _paid_quarterly_at_the_office(text, cues, cue, tax_offices):
            return Found("tax_situation", "cpu", cue.start, cue.end)
        # Paying the tax office a sum every year ("kankhelles chi flous kol 3am l dariba"): the yearly flat-rate CPU.
        # The patente alone is paid yearly by every regime: it names none.
        if (cue.kind == "yearly" or _in_the_year(text, cues, cue)) and _yearly_payment_to_the_tax(text, cues, cue):
            return Found("tax_situation", "cpu", cue.start, cue.end)
        # Paying or declaring a rate of one's turnover ("je paie 1% de mon chiffre d'affaires", "كنخلص 1 فالمية من
        # رقم المعاملات") is the auto-entrepreneur's tax: the CPU is a fixed sum, accounts pay on the profit.
        if (
            cue.kind == "turnover"
            and _rate_of_turnover(text, cues, cue)
            and not negated(text, cues, cue)
            and not _someone_elses(cues, cue)
            and (_in_one_sentence(text, cues, cue, ("pay", "declare", "tax_word")) or _own_turnover(text, cue))
            and not _yes_no_question(text, cue)
        ):
            return Found("tax_situation", "auto_entrepreneur", cue.start, cue.end)
        # Declaring one's profits, or paying the tax on them, is keeping accounts: "أسست شركة وأصرح بأرباحها", "je
        # paie l'impôt sur mes bénéfices" (the CPU and the auto-entrepreneur pay on the turnover).
        if cue.kind == "declared_profits" and (
            _in_one_sentence(text, cues, cue, ("declare",))
            or all(_in_one_sentence(text, cues, cue, kinds) for kinds in (("pay",), ("tax_word",)))
        ) and not (negated(text, cues, cue) or _yes_no_question(text, cue) or _needed(text, cues, cue)):
            return Found("tax_situation", "accounts", cue.start, cue.end)
    return None


def _yearly_payment_to_the_tax(text: str, cues: list[Cue], yearly: Cue) -> bool:
    """Whether a sum is paid to the tax in the yearly rhythm's sentence: the three within reach of the rhythm, or of
    a payment within its reach ("chaque année au mois de mars je passe à la perception payer 1200 dh": the month
    said between the rhythm and the sum puts the sum beyond the rhythm's reach, not beyond the payment's)."""
    kinds = (("pay",), ("tax_word",), ("money", "digits"))
    if all(_in_one_sentence(text, cues, yearly, k) for k in kinds):
        return True
    return any(
        pay.kind == "pay"
        and _within_reach(text, cues, pay, yearly)
        and all(_in_one_sentence(text, cues, pay, k) for k in kinds[1:])
        for pay in cues
    )


def _beside_a_tax_word(cues: list[Cue], cue: Cue) -> bool:
    """Whether a word is said of a tax right beside it: "ضريبة صغيرة", "un petit impôt"."""
    return any(c.kind == "tax_word" and abs(c.first - cue.first) == 1 for c in cues)


def _said_of_holders(text: str, cues: list[Cue], cue: Cue) -> bool:
    """Whether the negation before a tax word opens a clause about others: "قالت ليا راه اللي ما كيخلصوش الضريبة
    كيخلصو غير 135 درهم" tells what those who pay no tax pay, not that the writer pays none, unless the writer says
    they are like them."""
    sentence = SENTENCE_END.split(text[cue.end :], maxsplit=1)[0]
    return not _LIKE_ME.search(sentence) and any(
        h.kind == "holders"
        and not _I_BEFORE.search(text[: h.start])
        and any(n.kind == "negation" and n.first == h.last + 1 and n.last < cue.first for n in cues)
        and 0 < cue.first - h.last <= TAX_NEGATION_REACH + 1
        and not SENTENCE_END.search(text[h.end : cue.start])
        for h in cues
    )


# "وأنا اللي ما عمرني خلصت شي حاجة للضرايب": "I am the one who", the writer's own clause.
_I_BEFORE = re.compile(rf"{WRITERS_I}\s*$")
# "الناس اللي ما عندهم حتى شي ضريبة بحالي": the writer counts themself among them.
_LIKE_ME = re.compile(r"(?:^|\s)(?:بحالي|بحالنا|مثلي|كيفي|b7ali|bhali|b7alna|comme moi)(?:\s|$|[,.!?؟،])")


def _someone_elses(cues: list[Cue], cue: Cue) -> bool:
    """Whether "son", "sa", "dyalo" owns the cue, right before it or right after it ("de son chiffre", "chiffre
    d'affaires dyalo"): what someone else pays or declares tells their regime, not the writer's."""
    return any(c.kind == "their" and (c.last == cue.first - 1 or c.first == cue.last + 1) for c in cues)


# "1% de mon chiffre d'affaires", "1% mn chiffre dyali": the writer's own turnover, owned right before or after it.
_MY = frozenset({"mon", "ma", "mes"})
# Not "dyal" alone: "chiffre dyal khti" is the sister's.
_MY_AFTER = frozenset({"dyali", "diali", "ديالي"})


def _own_turnover(text: str, cue: Cue) -> bool:
    """Whether the turnover is the writer's own ("de mon CA", "chiffre dyali"): its rate, said without a verb
    ("1% de mon chiffre d'affaires, combien l'amo ?"), is what the writer pays."""
    before = _WORD.findall(normalise(text[: cue.start]))[-1:] + _WORD.findall(normalise(text[cue.start : cue.end]))[:1]
    after = _WORD.findall(normalise(text[cue.end :]))
    return bool(set(before) & _MY) or bool(after) and after[0] in _MY_AFTER


def _rates_of_others(text: str, cues: list[Cue]) -> list[Cue]:
    """"Ma cousine paie 1% de son chiffre d'affaires", "mon père paie 1% de son chiffre": a rate of someone else's
    turnover is their auto-entrepreneur's tax, read as their regime (the one asked about only when the writer says
    nothing of themself)."""
    return [
        replace(c, kind="tax", value="auto_entrepreneur")
        for c in cues
        if c.kind == "turnover"
        and _someone_elses(cues, c)
        and _rate_of_turnover(text, cues, c)
        and not negated(text, cues, c)
        and _in_one_sentence(text, cues, c, ("pay", "declare", "tax_word"))
        and not _yes_no_question(text, c)
    ]


def _paid_quarterly_at_the_office(text: str, cues: list[Cue], quarterly: Cue, tax_offices: frozenset[str]) -> bool:
    """"je paie 300 dh par trimestre à la perception", "كنخلص 600 درهم فالقباضة كل تلت شهور": a sum paid to the tax
    office in person every quarter is the flat-rate CPU, as a sum paid to it every year is; the auto-entrepreneur
    pays at the post office or online (the post_office cue), the patente once a year, and a rate of the turnover is
    the auto-entrepreneur's. Without a sum ("je paie chaque trimestre à la perception") no regime is named (the dev
    labels say so); the sum is the one paid, in the payment's clause ("…, c'est quoi le montant amo" asks another).
    Asked (yes or no, a need) or denied, it states nothing."""
    offices = [c for c in cues if c.kind == "tax_word" and _words_of(text[c.start : c.end]) in tax_offices]
    return (
        _in_one_sentence(text, cues, quarterly, ("pay",))
        and any(c.kind in ("money", "digits") and same_clause(text, c, quarterly) for c in cues)
        and _in_one_sentence(text, offices, quarterly, ("tax_word",))
        and not any(
            _in_one_sentence(text, cues, quarterly, (kind,))
            for kind in ("declare", "post_office", "tax_local", "turnover", "percent")
        )
        and not (negated(text, cues, quarterly) or _yes_no_question(text, quarterly) or _needed(text, cues, quarterly))
    )


def _needed(text: str, cues: list[Cue], target: Cue) -> bool:
    """Whether a need stands before the cue in its clause ("je dois payer l'impôt sur les bénéfices ?"): asked, not
    stated."""
    return any(c.kind == "need" and c.last < target.first and same_clause(text, c, target) for c in cues)


def _in_the_year(text: str, cues: list[Cue], cue: Cue) -> bool:
    """"400 dh f l3am", "700 درهم في السنة": "in the year", a year unit right after "f"/"في", is "per year"; "f l3am li
    fat", "في السنة الماضية" (last year) is a span, not a rate."""
    return (
        cue.kind == "units"
        and cue.value == "1"
        and any(c.kind == "since" and c.last == cue.first - 1 and normalise(text[c.start : c.end]) in _IN for c in cues)
        and not _LAST.match(text, cue.end)
    )


def _yearly_beside(text: str, cues: list[Cue], cue: Cue) -> bool:
    """Whether a yearly rhythm is said in ``cue``'s sentence: "kol 3am", or a year unit after "f" ("wa7ed lmablagh
    tabet f l3am")."""
    return _in_one_sentence(text, cues, cue, ("yearly",)) or any(
        _in_the_year(text, cues, c) and _within_reach(text, cues, c, cue) for c in cues
    )


def _in_one_sentence(text: str, cues: list[Cue], target: Cue, kinds: tuple[str, ...]) -> bool:
    """Whether a cue of one of ``kinds`` stands in ``target``'s sentence, within reach."""
    return any(cue.kind in kinds and cue is not target and _within_reach(text, cues, cue, target) for cue in cues)


def _within_reach(text: str, cues: list[Cue], one: Cue, other: Cue) -> bool:
    """Whether two cues stand in one sentence, within the reach of a payment's rhythm."""
    left, right = (one, other) if one.end <= other.start else (other, one)
    between = _answers_joined(text, cues, left.end, right.start)
    return right.first - left.last <= QUARTERLY_REACH and not _ends_sentence(between)


# "Ce que je paie aux impôts ? 1 % de ce que je vends", "ضرائبي؟ مبلغ ثابت كل سنة": a question mark right after a tax word.
_ASKED_OF_ONESELF = re.compile(r"\s*[?؟]+")


def _answers_joined(text: str, cues: list[Cue], start: int, end: int) -> str:
    """The characters from ``start`` to ``end``, without the question mark of a tax the writer asks of themself and
    answers at once ("Ce que je paie aux impôts ? 1% de ce que je vends…"): the question and its answer are one
    statement."""
    between = text[start:end]
    for cue in cues:
        mark = _ASKED_OF_ONESELF.match(text, cue.end) if cue.kind == "tax_word" and start <= cue.end < end else None
        if mark is not None and mark.end() <= end:
            offset = cue.end - start
            between = between[:offset] + " " * (mark.end() - cue.end) + between[mark.end() - start :]
    return between


def _ends_sentence(between: str) -> bool:
    """Whether a sentence ends in ``between``; a decimal point does not end one ("kankhelles 0.5% mn…")."""
    return bool(SENTENCE_END.search(_DECIMAL_POINT.sub("", between)))
