"""The kind of registrant a message states (shared/DOMAIN.md §1): a group, a maâlem, a diploma, years of practice.

A kind denied, asked about, wished for, needed or someone else's (a relative's: nlu.situation_relatives) is not
stated; when the message does not say enough, nothing is decided.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from hirfa.text import normalise, says_any
from nlu.lexicon import Word
from nlu.on_behalf import NAME_OF
from nlu.paper_words import CERTIFICATE_WORDS
from nlu.situation_clauses import (
    NEED_REACH,
    OTHER_PERSON_REACH,
    SENTENCE_END,
    Cue,
    Found,
    at_not_have,
    denied_in_a_row,
    near,
    negated,
    same_clause,
    wished,
    words_before_in_clause,
)
from nlu.situation_group_left import left_group
from nlu.situation_years import PRACTICE_YEARS, Years

MAALEM_YEARS = 10  # shared/DOMAIN.md §1
GROUPS = frozenset({"cooperative", "enterprise"})
# "sa petite entreprise", "charika sghira dyalo": how far a possessive of someone else stands from the group it owns.
OWNER_REACH = 2
# "his", "her", "their" glued to a group in Arabic script ("شركته", "تعاونيتها", "مقاولتهم"; ة folds to ه).
_THEIR_ENDINGS = ("ته", "تها", "تهم", "تهن")
# "دبلوم تقني في المعلوميات", "diplome de technicien en informatique", "diplôme de l'ISTA en gestion": how far after
# a diploma its field is named.
FIELD_REACH = 5


def only_other_papers(words: Sequence[Word], cues: list[Cue], only: frozenset[str]) -> Cue | None:
    """"عندي غير شهادة السكنى", "لا أملك سوى شهادة مدرسية": having only a paper that is no diploma says none."""
    return next(
        (c for c in cues if c.kind == "other_papers" and c.first > 0 and words[c.first - 1].form in only), None
    )


def _in_other_field(text: str, cues: list[Cue], diploma: Cue) -> bool:
    """"ديبلوم فالمحاسبة", "diplôme en comptabilité, pas dans l'artisanat": a diploma in a field that is no handicraft is
    not the diploma of shared/DOMAIN.md §1 (one "in a handicraft activity"): the writer has none that counts. Accounting
    is found as the regime's word ("accounts"), which names the field here."""
    return any(
        (c.kind == "other_field" or c.kind == "tax" and c.value == "accounts") and _names_field(text, cues, diploma, c)
        for c in cues
    )


def studied_field(text: str, cues: list[Cue], cue: Cue) -> bool:
    """Whether ``cue`` names the field of a diploma or a training said just before it ("ديبلوم فالمحاسبة", "formation
    en comptabilité", "diplome f lmo7assaba"): accounting studied is no regime kept (nlu.situation_tax)."""
    return any(
        (c.kind == "category" and c.value == "diploma" or c.kind == "training") and _names_field(text, cues, c, cue)
        for c in cues
    )


# Between a diploma and its field only a preposition ("en", "في" are also "since" cues) or a "but" ("ديبلوم ولكن
# فالمحاسبة") may be a cue; "and" joins two things ("un diplôme et un comptable", "دبلوم فالخياطة وعندي محاسب").
# "de" ("diplôme de l'ISTA en gestion") names the school between them.
_FIELD_LINKS = frozenset({"since", "contrast", "unit_filler"})
_AND = re.compile(r"(?:^|\s)(?:et|w|o|and|و)(?:\s|$)")


def _names_field(text: str, cues: list[Cue], diploma: Cue, field: Cue) -> bool:
    """Whether ``field`` is the field the diploma (or training) just before it is in."""
    return (
        0 < field.first - diploma.last <= FIELD_REACH
        and same_clause(text, diploma, field)
        and not _AND.search(text[diploma.end : field.start])
        and all(c.kind in _FIELD_LINKS for c in cues if diploma.last < c.first < field.first)
    )


def not_the_writers(words: Sequence[Word], cues: list[Cue], for_them: bool) -> list[Cue]:
    """A group that is his, hers or theirs ("je bosse dans son entreprise", "kankhdem f charika dyalo", "أعمل في
    شركته") is not the writer's: working in a boss's or a relative's company is no enterprise of one's own, the years
    decide. Written for that person ("ma mère a sa coopérative, elle peut s'inscrire ?"), the group is theirs, and the
    message asks for them: it is kept. Dropped cues become "asked" (``category`` reads only "category" cues)."""
    if for_them:
        return cues
    return [
        replace(c, kind="asked") if c.kind == "category" and c.value in GROUPS and _owned_by_another(words, cues, c) else c
        for c in cues
    ]


def _owned_by_another(words: Sequence[Word], cues: list[Cue], group: Cue) -> bool:
    """Whether a third person's possessive stands next to the group, or is glued to it."""
    beside = any(
        c.kind == "their" and (0 < group.first - c.last <= OWNER_REACH or 0 < c.first - group.last <= OWNER_REACH)
        for c in cues
    )
    glued = group.first == group.last and not words[group.first].form.isascii() and words[group.first].form.endswith(_THEIR_ENDINGS)
    return beside or glued


# "j'ai rien comme diplôme", "ma3ndi walo f diplome", "ما عندي والو من الشهادات", "ma3ndi walo dyal diplome": nothing,
# then what it is nothing of.
_NOTHING_OF = frozenset(
    {"", "comme", "en", "de", "d", "f", "fi", "ka", "في", "ف", "من", "dyal", "dial", "ديال", "mn", "men", "b7al", "بحال"}
)


def _nothing_as(text: str, cues: list[Cue], target: Cue) -> bool:
    """Whether "I have nothing" stands right before the cue, only a word saying "as" or "of" between them."""
    return any(
        c.kind == "have_nothing" and 0 < target.first - c.last <= 2 and text[c.end : target.start].strip(" '").lower() in _NOTHING_OF
        for c in cues
    )


# "un diplôme en maroquinerie d'une école privée non reconnue": how far after a diploma its body is said unrecognised.
UNRECOGNISED_REACH = 8


def _not_recognised(text: str, cues: list[Cue], diploma: Cue) -> bool:
    """Whether the diploma is said, in its clause, to come from a body that is not recognised (shared/DOMAIN.md §1)."""
    return any(
        c.kind == "unrecognised" and 0 < c.first - diploma.last <= UNRECOGNISED_REACH and same_clause(text, diploma, c)
        for c in cues
    )


# "j'ai raté l'examen du diplôme", "je prépare actuellement un diplôme", "رسبت في امتحان دبلوم": how far before a diploma
# its being failed or prepared is said; "le diplôme que je prépare": how far after it.
NOT_HELD_BEFORE, NOT_HELD_AFTER = 4, 3


# "ديبلوم من التجربة ديالها", "diplome b tajriba": how far after a diploma the experience it would come from is said.
BY_EXPERIENCE_AFTER = 2


def _not_held(text: str, cues: list[Cue], diploma: Cue) -> bool:
    """Whether the diploma is said failed, still being prepared or sought by experience, in its clause: none held (the
    years decide)."""
    return diploma.value == "diploma" and (
        near(text, cues, diploma, "not_held", NOT_HELD_BEFORE, NOT_HELD_AFTER)
        or near(text, cues, diploma, "by_experience", 0, BY_EXPERIENCE_AFTER)
    )


# "une formation avec diplôme", "تكوينا بدبلوم", "formation b diplome": how far after a training the diploma it gives is named.
TRAINING_DIPLOMA_REACH = 2


def _comes_with_wished_training(text: str, cues: list[Cue], paper: Cue) -> bool:
    """"ma fille veut une formation avec diplôme", "bghat dir formation b diplome": the diploma a wished training gives
    is wished too, not held."""
    return paper.value == "diploma" and any(
        c.kind == "training"
        and 0 < paper.first - c.last <= TRAINING_DIPLOMA_REACH
        and same_clause(text, c, paper)
        and _wished_or_aimed(text, cues, c)
        for c in cues
    )


# "m'inscrire à titre individuel", "أسجل نفسي بصفة فردية": how far after a verb of registering "alone" is said.
ALONE_REACH = 2
# "m'inscrire moi-même au RNA ou c'est la coopérative qui s'inscrit ?": the "or" that weighs the group against the
# person stands at most this many words after "alone".
WEIGHED_REACH = 4


def registers_alone(text: str, cues: list[Cue]) -> bool:
    """"membre d'une coopérative, je peux m'inscrire seule ?", "عضوة في تعاونية وأريد التسجيل بصفة فردية": the writer
    registers as a person, so a group they belong to (or will found) is not the registrant; the years decide. Asked
    against the group ("هل يمكنني التسجيل بصفة فردية أم تسجل التعاونية وحدها؟", "m'inscrire moi-même au RNA ou c'est la
    coopérative qui s'inscrit ?"), it is weighed, not chosen."""
    return any(
        c.kind == "individually"
        and any(r.kind == "register" and 0 < c.first - r.last <= ALONE_REACH and same_clause(text, r, c) for r in cues)
        and not any(
            a.kind == "alternative"
            and (
                a.first == c.last + 1
                or 0 < a.first - c.last <= WEIGHED_REACH
                and any(g.kind == "category" and g.value in GROUPS and g.first > a.last for g in cues)
            )
            for a in cues
        )
        for c in cues
    )


# The writer's own group: "تعاونيتنا", "شركتي" (ours or mine, glued to it); "notre coopérative", "ma société", "لدينا
# شركة" (we have).
_OURS_GLUED = re.compile(r"\S*(?:تنا|تي)(?:\W|$)")
_OURS_BEFORE = re.compile(r"(?:^|\s)(?:notre|ma|mon|nos|mes|لدينا|عندنا|لدي|عندي|3ndna|3andna|3ndi|3andi)\s+$", re.IGNORECASE)


def _writers_group(text: str, cue: Cue) -> bool:
    """Whether a group is named as the writer's own ("لتسجيل تعاونيتنا", "notre coopérative"): held, so a need said
    before it is of something else ("ما هي الوثائق الواجب تقديمها لتسجيل تعاونيتنا؟")."""
    return cue.value in GROUPS and bool(_OURS_GLUED.match(text, cue.start) or _OURS_BEFORE.search(text[: cue.start]))


def group_asked_to_register(cues: list[Cue], group: Cue) -> bool:
    """Whether a group wished, being set up or asked about is then asked to register ("bghina ndiro t3awniya…, wach t9der
    ttsjel?"): the question is the group's, as "si une coopérative peut solliciter son inscription" is."""
    return (
        group.kind == "category"
        and group.value in GROUPS
        and any(c.kind == "group_registers" and c.first > group.last for c in cues)
    )


def _wished_or_aimed(text: str, cues: list[Cue], target: Cue) -> bool:
    """The writer's wish ("bghit diplome"), someone else's ("ma fille veut") or a goal ("bach ykoun m3allem")."""
    return wished(text, cues, target) or wished(text, cues, target, kind="goal")


# "هل الشهادة ضرورية؟", "هل شهادة التكوين إجبارية؟": how far after a paper its being required is said.
REQUIRED_REACH = 2


def _said_required(text: str, cues: list[Cue], paper: Cue) -> bool:
    """Whether a diploma is said to be required right after it, in its clause: asked about, not held."""
    return paper.value == "diploma" and any(
        c.kind == "required" and 0 < c.first - paper.last <= REQUIRED_REACH and same_clause(text, paper, c) for c in cues
    )


def _at_someones(text: str, cues: list[Cue], target: Cue) -> bool:
    """"متعلما لدى معلم": "لدى" (at) folds to "لدي" (I have); written with its alif maqsura, it names another."""
    return any(
        c.kind == "possession" and at_not_have(text, c) and 0 < target.first - c.last <= OTHER_PERSON_REACH
        for c in cues
    )


# "je ne sais pas si je suis artisane ou maalema", "لا أعرف هل أنا معلمة أم صانعة": how far after a doubt the kinds
# weighed stand, and how far from a kind the "or" that weighs it against another.
DOUBT_REACH = 6
ALTERNATIVE_REACH = 2


# "ana m3a cooperative dyal ddoum", "أنا مع تعاونية", "je suis avec une coopérative": the writer with a group is in it.
_I_WITH = frozenset({"ana", "wana", "انا", "وانا", "suis"})


def _writer_with_group(text: str, cues: list[Cue], cue: Cue) -> bool:
    """Whether the group is said "with" right after the writer's "I" ("ana m3a cooperative"): a member's words."""
    return cue.value in GROUPS and any(
        c.kind == "other_person"
        and 0 < cue.first - c.last <= 2
        and (before := words_before_in_clause(text, c.start))
        and before[-1] in _I_WITH
        for c in cues
    )


def _weighed_in_doubt(text: str, cues: list[Cue], kind: Cue) -> bool:
    """Whether the writer doubts which kind they are, this one or another: asked, not stated (the years decide)."""

    def within(cue: Cue, reach: int) -> bool:
        return (0 < kind.first - cue.last <= reach or 0 < cue.first - kind.last <= reach) and same_clause(text, cue, kind)

    doubted = any(c.kind == "doubt" and 0 < kind.first - c.last <= DOUBT_REACH and same_clause(text, c, kind) for c in cues)
    return doubted and any(c.kind == "alternative" and within(c, ALTERNATIVE_REACH) for c in cues)


# The maâlem's certificate ("certificat de maître artisan", "شهادة المعلم", "Maâlem sellier à Fès, certificat obtenu en
# 2020") is no diploma, and it certifies the title whatever years are counted, since those may date the certificate.
# How far after the maâlem its certificate may be named alone:
MAALEM_CERTIFICATE_REACH = 8


def _maalem_certificates(text: str, cues: list[Cue]) -> list[Cue]:
    """The certificate words read as a diploma that name the maâlem's certificate: the maâlem right after them, or
    named a few words before them in the same sentence ("maître artisan (maâlem) en dinanderie, certificat obtenu en
    2019"), the certificate not denied ("اشتغلت سنتين لدى معلم … بلا شهادة" has none) nor said needed ("المعلم … قال ليا
    خاصك شهادة المعلم")."""
    return [
        cue
        for cue in cues
        if cue.kind == "category"
        and cue.value == "diploma"
        and says_any([normalise(text[cue.start : cue.end])], CERTIFICATE_WORDS)
        and not near(text, cues, cue, "need", NEED_REACH, 0)
        and any(
            m.kind == "category"
            and m.value == "maalem"
            and (_names_right_after(text, cue, m) or _named_before(text, m, cue) and not negated(text, cues, cue))
            for m in cues
        )
    ]


RECOGNISED_REACH = 3


def _recognised(text: str, cues: list[Cue]) -> bool:
    """Whether a maâlem's title is said recognised a few words after it, in its clause ("معلم نجار معترف بي")."""
    return any(
        m.kind == "category"
        and m.value == "maalem"
        and any(
            c.kind == "recognised" and 0 < c.first - m.last <= RECOGNISED_REACH and same_clause(text, m, c) for c in cues
        )
        for m in cues
    )


def _named_before(text: str, name: Cue, cue: Cue) -> bool:
    """Whether ``name`` stands a few words before ``cue``, in the same sentence."""
    return 0 < cue.first - name.last <= MAALEM_CERTIFICATE_REACH and not SENTENCE_END.search(text[name.end : cue.start])


# The words that join papers listed after a need ("il faut la CIN et l'attestation d'exercice", "خاص البطاقة الوطنية و
# شهادة المزاولة"): the need reaches each of them.
_LIST_JOINERS = frozenset(normalise(w) for w in ("et", "ou", "و", "أو", "w", "wla", "ولا"))
LISTED_NEED_REACH = 2 * NEED_REACH


def _listed_after_a_need(text: str, cues: list[Cue], cue: Cue) -> bool:
    """Whether ``cue`` ends a list that a need opens in its clause, only joining words among the cues between."""
    for need in cues:
        if need.kind != "need" or not 0 < cue.first - need.last <= LISTED_NEED_REACH or not same_clause(text, need, cue):
            continue
        between = [c for c in cues if need.last < c.first < cue.first]
        if between and all(c.kind == "contrast" and normalise(text[c.start : c.end]) in _LIST_JOINERS for c in between):
            return True
    return False


def _names_right_after(text: str, cue: Cue, name: Cue) -> bool:
    """Whether ``name`` follows ``cue`` at once, or with one "of" between ("certificat de maître artisan")."""
    between = text[cue.end : name.start].split()
    return name.start >= cue.end and (not between or len(between) == 1 and normalise(between[0]) in NAME_OF)


# "l nas dyal diplome": people in general who hold the kind, right before it ("d'une coopérative" is no such people).
_PEOPLE_OF = frozenset(normalise(w) for w in ("nas dyal", "nass dyal", "ness dyal", "الناس ديال", "ناس ديال"))


def _of_people_who_hold(text: str, cues: list[Cue], target: Cue) -> bool:
    return any(
        c.kind == "holders" and c.last + 1 == target.first and normalise(text[c.start : c.end]) in _PEOPLE_OF for c in cues
    )


def category(
    text: str, cues: list[Cue], durations: list[Years], only_other_papers: Cue | None = None
) -> Found | None:
    """The kind of registrant by shared/DOMAIN.md §1, or None when the message does not say enough."""
    stated: dict[str, Cue] = {}
    no_diploma: Cue | None = only_other_papers
    certificates = _maalem_certificates(text, cues)
    # Only a counted time can say a maâlem has too few years: "maalema depuis toujours" is no count.
    counted = max((y.years for y in durations if not y.vague), default=None)
    for cue in cues:
        if cue.kind == "no_training" or (cue.kind == "training" and negated(text, cues, cue)):
            no_diploma = no_diploma or cue
        if cue in certificates:
            continue
        if cue.kind == "category" and cue.value == "diploma" and (_not_recognised(text, cues, cue) or _not_held(text, cues, cue)):
            no_diploma = no_diploma or cue
            continue
        if cue.kind == "degree" and _in_other_field(text, cues, cue):
            no_diploma = no_diploma or cue  # "لدي إجازة في الأدب": a degree, in no craft
        if cue.kind != "category":
            continue
        if _weighed_in_doubt(text, cues, cue):
            continue
        if (
            negated(text, cues, cue)
            or denied_in_a_row(text, cues, cue)
            or _nothing_as(text, cues, cue)
            or cue.value == "diploma" and _in_other_field(text, cues, cue)
        ):
            if cue.value == "diploma":
                no_diploma = no_diploma or cue
            continue
        # "wach khassni ykon 3ndi diplome?" asks; "3ndi diplome, wach darori…?" tells, then asks. "rna wach ghir l nas
        # dyal diplome?" asks of its holders in general.
        if (
            near(text, cues, cue, "need", NEED_REACH, 0) and not _writers_group(text, cue)
            or _listed_after_a_need(text, cues, cue)
            or _of_people_who_hold(text, cues, cue)
        ):
            continue
        # "wach lm3allem khaso ykon 3ndo diplome?" asks a rule; "التعاونية اشنو خاصها من وثائق؟" asks for a group,
        # which the answer is about (as "pour une coopérative, quels documents ?").
        needs_after = near(text, cues, cue, "need", 0, NEED_REACH) and cue.value not in GROUPS
        if needs_after and not near(text, cues, cue, "possession", 2, 0):
            continue
        # "ادخل متعلم عند معلم": the master one would learn with is another.
        if cue.value != "diploma" and (
            near(text, cues, cue, "other_person", OTHER_PERSON_REACH, 0) and not _writer_with_group(text, cues, cue)
            or _at_someones(text, cues, cue)
            or any(c.kind == "apprenticeship" and c.last + 1 == cue.first for c in cues)
        ):
            continue
        if cue.value in GROUPS and (registers_alone(text, cues) or left_group(text, cues, cue)):
            continue
        if _wished_or_aimed(text, cues, cue) or _comes_with_wished_training(text, cues, cue):
            if group_asked_to_register(cues, cue) or cue.value == "maalem" and (counted or 0) >= MAALEM_YEARS:
                # "je peux être reconnue maalema ?" after 14 years: the years make the writer one.
                stated.setdefault(cue.value, cue)
                continue
            if cue.value == "diploma":
                no_diploma = no_diploma or cue  # a diploma wished for is none held yet
            continue
        if _said_required(text, cues, cue):
            continue
        stated.setdefault(cue.value, cue)
    practice = max(durations, key=lambda y: y.years, default=None)
    years = practice.years if practice else None

    def found(value: str, where: Cue | Years) -> Found:
        return Found("category", value, where.start, where.end)

    for group in ("cooperative", "enterprise"):
        if group in stated:
            return found(group, stated[group])
    if "maalem" in stated and (
        certificates or counted is None or counted >= MAALEM_YEARS or _recognised(text, cues)
    ):
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
