"""A cue found in a message, the situation read from it, and how far a cue's words reach.

Every rule reads cues the same way: a negation, a "do I need", a wish or a "with someone" reaches a few words
within its clause, and a contrast or a new "I have" stops it. These helpers are that shared reading; the rules
of category, tax and stage (nlu.situation_category, nlu.situation_tax, nlu.situation) stand on them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from hirfa.text import normalise
from nlu.darija_verbs import GLUED_AND, PRESENT, present_verb

# How far (in words) a negation, a "do I need" or a "with someone" reaches.
NEGATION_REACH = 4
NEED_REACH = 4
# "bghit nakhod chi diplome": what one wishes for stands a few words after the wish.
WISH_REACH = 3
OTHER_PERSON_REACH = 2
# "mon frère est auto-entrepreneur", "ابني حاصل على دبلوم": a relative this many words before a regime, a kind or
# years is their subject; MSA puts "he is the one who" between them ("زوجي هو من يدفع الضريبة الجزافية").
RELATIVE_REACH = 6
# Chat ends a sentence with an emoji as often as with a full stop ("… kol chhar 😕 auto entrepreneur mn 2023").
_EMOJI = "\u2600-\u27bf\U0001f300-\U0001faff"
CLAUSE_BREAK = re.compile(f"[,.;:!?،؛؟\n{_EMOJI}]")
_WORD = re.compile(r"\w+")
SENTENCE_END = re.compile(f"[.;!?؛؟\n{_EMOJI}]")
# A form answered like a questionnaire: "diplôme : non", "الدبلوم: لا يوجد", "diplome? la", "سنوات الخبرة: 12".
FORM_SEPARATOR = re.compile(r"^\s*[:=?؟/\-–]+\s*$")
# A form of "inscrire" or "passer" ending right before an unaccented "a": that "a" is the preposition "à" ("inscrit a
# la DGI", "passer a la CPU").
_AFTER_INSCRIRE = re.compile(r"\b(?:inscri(?:s|t|te|ts|tes|re|ption)?|pass(?:e|er|é|ée|ee|és|es))\s+$", re.IGNORECASE)
# "حتى ديبلوم ما عندي", "ta chahada ma3ndi": "not even" before what the negation right after it denies.
_NOT_EVEN = re.compile(r"(?:^|[\s,،])(?:حتى|حتا|ta|hta|7ta)\s+$", re.IGNORECASE)
# Only Darija puts these after what they negate.
_POSTPOSED_NEGATIONS = frozenset(
    {
        "walo", "walou", "والو", "makaynch", "mkaynch", "ماكاينش", "مكاينش",
        # "الديبلوم ما عنديهش": "I have it not", the object named before it.
        "ما عنديهش", "ماعنديهش", "ما عنديهاش", "ماعنديهاش", "ma3ndihch", "ma 3ndihch",
    }
)


@dataclass(frozen=True)
class Found:
    """A situation entity read from a message."""

    entity: str
    value: str
    start: int
    end: int


@dataclass(frozen=True)
class Cue:
    """A listed or guessed cue of a message: its kind and value, its words (by index) and its characters."""

    kind: str
    value: str
    first: int  # index of its first word
    last: int  # index of its last word
    start: int
    end: int
    # Denied by a negation standing after it, past a comma ("Le diplôme, je ne l'ai jamais eu").
    denied: bool = False


def clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the clause holding ``text[start:end]`` begins and ends (the nearest clause breaks around it)."""
    before = list(CLAUSE_BREAK.finditer(text, 0, start))
    after = CLAUSE_BREAK.search(text, end)
    return (before[-1].end() if before else 0), (after.start() if after else len(text))


def words_before_in_clause(text: str, at: int) -> list[str]:
    """The normalised words from the start of the clause holding character ``at`` up to ``at``."""
    start, _ = clause_bounds(text, at, at)
    return _WORD.findall(normalise(text[start:at]))


def same_clause(text: str, a: Cue, b: Cue) -> bool:
    left, right = (a, b) if a.end <= b.start else (b, a)
    return not CLAUSE_BREAK.search(text[left.end : right.start])


# The writer's "I" or "we", a word of its own ("انا", "وأنا", "ana", "moi", "حنا"): between a negation and what it would reach here;
# before "the one who" in nlu.situation_tax.
WRITERS_I = r"(?:^|\s)(?:و?[أا]نا|و?ا?حنا|نحن|w?ana|w?7na|moi|nous)"
_WRITERS_I = re.compile(rf"{WRITERS_I}(?=\s|$)", re.IGNORECASE)


_GLUED_CLAUSE_OPENERS = frozenset({"pay", "wish", "declare"})
# "and still", "and yet", "and", apart or glued, between what is said and a Darija negation after it: a clause of its
# own ("عندي المساهمة المهنية الموحدة ومازال ماتسجلتش فلامو" holds the regime, the registering is what is not done).
_AND_STILL = re.compile(r"(?:^|\s)(?:و|w)(?:\s*(?:مازال|مزال|باقي|ma?zal|ba9i))?(?=\s|$)", re.IGNORECASE)


def near(text: str, cues: list[Cue], target: Cue, kind: str, before: int, after: int) -> bool:
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
            if kind == "negation" and not _not_even(text, target, cue) and (
                not postposed(cue) or _has_object_after(cues, cue) or _AND_STILL.search(text[target.end : cue.start])
            ):
                continue
        else:
            continue
        contrast = any(c.kind == "contrast" and between[0] < c.first < between[1] for c in cues)
        if kind == "negation" and cue.last < target.first:
            # "لا تنقصني الخبرة ولدي دبلوم": a new "I have" starts what the negation no longer reaches.
            contrast = contrast or any(
                c.kind == "possession" and cue.last + 1 < c.first < target.first and not at_not_have(text, c) and not french_to(text, c)
                for c in cues
            )
            # "بلا ديبلوم وكنخلص الفورفي", "بلا ديبلوم وكنصرح اوطو", "بلا باطنت وبغيت نكبر الخدمة": a verb of paying,
            # declaring or wishing with "and" glued on starts a clause of its own; so does the writer's "I" after
            # another's negation ("راجلي… ما كيبيع والو انا دايره الاوطو انتروبرونور").
            contrast = contrast or any(
                c.kind in _GLUED_CLAUSE_OPENERS and cue.last + 1 < c.first < target.first and text[c.start : c.start + 1].lower() in GLUED_AND
                for c in cues
            )
            # "لا ماشي قرض بغيت تكوين": a wish after the negation's own object wants anew; "ما بغيت" negates the wish.
            contrast = contrast or any(c.kind == "wish" and cue.last + 1 < c.first < target.first for c in cues)
            contrast = contrast or bool(_WRITERS_I.search(text[cue.end : target.start]))
            # "ما عنديش ديبلوم وانا اوطو انطربرونور": the writer's "I" opening the target itself, past the negation's own
            # object ("ماشي انا اوطو" still denies it).
            contrast = contrast or target.first - cue.last > 1 and bool(_WRITERS_I.match(" " + text[target.start : target.end]))
        if kind == "negation" and cue.first > target.last:
            # "بالديبلوم والضريبة ما عنديش": a thing joined by a glued "and" is the postposed negation's own object.
            contrast = contrast or any(
                c.kind in ("category", "tax_word", "tax")
                and target.last < c.first < cue.first
                and text[c.start : c.start + 1].lower() in GLUED_AND
                for c in cues
            )
        if distance <= reach and not contrast and same_clause(text, cue, target):
            return True
    return False


def wished(text: str, cues: list[Cue], target: Cue, kind: str = "wish") -> bool:
    """"bghit diplome", "je veux avoir un diplôme", "je veux passer à la CPU": wanted, not held ("bghit ntsjel, 3ndi
    diplome" holds one; the French "à" is no "has"; nor does a wish reach past a payment in Darija's present, which
    tells what is done: "بغيت نوسعها كنخلص الضريبة المقطوعة", unlike the wished "بغيت نخلص"; nor a wish to know: "je
    veux savoir si mon BTS me permet…" tells the diploma held)."""
    return any(
        c.kind == kind
        and 0 < target.first - c.last <= WISH_REACH
        and same_clause(text, c, target)
        and not _TO_KNOW.match(text, c.end)
        and not any(
            c.last < p.first < target.first
            and (p.kind in ("possession", "register") and not french_to(text, p) or _paying_now(text, p))
            for p in cues
        )
        for c in cues
    )


# A wish to know, right after the wish: what follows is told or asked, not wanted.
_TO_KNOW = re.compile(r"\s+(?:savoir|connaitre|connaître|n3ref|n3rf|na3ref|نعرف|أعرف|اعرف)\b", re.IGNORECASE)


def _paying_now(text: str, cue: Cue) -> bool:
    """Whether a cue is a verb of paying in Darija's present ("كنخلص", "kankhlles")."""
    return cue.kind == "pay" and present_verb(normalise(text[cue.start : cue.end]), PRESENT, glued_and=True)


def at_not_have(text: str, cue: Cue) -> bool:
    # "لدى" (at: "لدى إدارة الضرائب") folds to "لدي" (I have); only the written alif maqsura tells them apart.
    return text[cue.start : cue.end].endswith("ى")


def in_web_address(text: str, cue: Cue) -> bool:
    """Whether a cue is a part of a web address, glued by a dot to the word before it ("rna.gov.ma": the ".ma" of
    Morocco's domain is no Darija "not")."""
    return cue.start >= 2 and text[cue.start - 1] == "." and text[cue.start - 2].isalnum()


def french_to(text: str, cue: Cue) -> bool:
    # The French "à" (to, at: "pas inscrit à la DGI") folds to "a" (has): written with its accent, it has nothing;
    # written without it right after a form of "inscrire" or "passer" ("si je m'inscris a la CPU"), it is the same "à".
    written = text[cue.start : cue.end].lower()
    return written == "à" or written == "a" and bool(_AFTER_INSCRIRE.search(text[: cue.start]))


# What a negation may have for its object right after it ("ماعندهاش الشهادة", "ma3ndich diplome").
_OBJECT_KINDS = frozenset({"category", "tax", "training"})


def _has_object_after(cues: list[Cue], negation: Cue) -> bool:
    """Whether a negation's own object follows it ("مسجلة فالاوطو انتروبرونور ماعندهاش الشهادة": she has no diploma,
    the regime before it is not denied)."""
    return any(c.kind in _OBJECT_KINDS and c.first == negation.last + 1 for c in cues)


def _not_even(text: str, target: Cue, negation: Cue) -> bool:
    """Whether "not even" stands before ``target`` and the negation right after it ("حتى ديبلوم ما عندي")."""
    return negation.first == target.last + 1 and bool(_NOT_EVEN.search(text[: target.start]))


def postposed(cue: Cue) -> bool:
    """Whether a negation may stand after what it negates (Darija's ma…ch, "walo", "never")."""
    # Only Darija puts the negation after what it negates: "diplome ma3ndich", "الديبلوم ماعنديش", and the
    # fronted object of "never": "الضريبة عمري خلصتها" (tax, I never paid it).
    return cue.value in ("circumfix", "never") or cue.kind == "negation" and cue.value in _POSTPOSED_NEGATIONS


def negated(text: str, cues: list[Cue], target: Cue, reach: int = NEGATION_REACH) -> bool:
    answered_no = any(c.kind == "negation" and c.value == "answer" and c.first == target.last + 1 for c in cues)
    return target.denied or answered_no or near(text, cues, target, "negation", reach, 2)


# "ni CPU ni AE", "la cpu la AE", "لا سي بي يو لا أوطو": the particle right before each regime denies it ("la" is
# no negation cue of its own in Latin script: in French it is an article).
_NEITHER = re.compile(r"(?:^|[\s,،])(?:ni|la|لا|ولا|wla)\s+$", re.IGNORECASE)


def after_neither(text: str, cue: Cue) -> bool:
    """Whether a "neither" particle ("ni", "la", "لا", "ولا") stands right before the cue; a "la" after a French word
    ("c'est la CPU", "à la CPU", "de la CPU") is the French article."""
    particle = _NEITHER.search(text[: cue.start])
    if particle is None:
        return False
    if normalise(particle.group().strip(" ,،")) != "la":
        return True
    before = _WORD.findall(normalise(text[: particle.start()]))
    return not (before and before[-1] in _FRENCH_BEFORE_ARTICLE)


# French words after which "la" is the article, never Darija's "neither" ("c'est ça, la CPU", "toujours à la CPU").
_FRENCH_BEFORE_ARTICLE = frozenset(
    {"a", "de", "est", "ca", "dans", "pour", "sur", "que", "qu", "par", "avec", "oui", "voila", "toujours", "juste",
     "seulement", "c", "sous", "chez", "et", "ou", "suis", "mais"}
)


def denied_in_a_row(text: str, cues: list[Cue], cue: Cue) -> bool:
    """Whether the cue is one of two things denied in turn in its sentence ("la diplome la dariba", "لا ديبلوم لا
    ضريبة", "ni diplôme ni impôt"): one "la" alone may be the French article, two in a row are "neither…nor"."""
    return after_neither(text, cue) and any(
        other is not cue
        and other.kind in ("category", "tax_word", "tax")
        and after_neither(text, other)
        and not SENTENCE_END.search(text[min(cue.end, other.end) : max(cue.start, other.start)])
        for other in cues
    )
