"""Which words a message says of a relative, and when the writer's own situation wins over the relative's.

"mon fils a un diplôme, moi je fais de la poterie depuis 8 ans", "أخي مقاول ذاتي في الميكانيك، وأنا…": a kind, a
paper, years, a regime or a trade said of a relative are theirs. One place finds those words (``Relatives``); one
rule (``Relatives.give_way``) says when they give way to the writer's: the writer speaks of themself, and either
states something of their own or writes for themself (nlu.on_behalf finds no message written for the relative).
Category and years (``writers_own``), the regime (nlu.situation_tax) and the trade (nlu.situation_extractor) all
read relatives here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from hirfa.text import arabic_stems
from nlu import on_behalf
from nlu.darija_verbs import GLUED_AND, present_verb
from nlu.lexicon import Word
from nlu.on_behalf import OWNER_OF
from nlu.situation_clauses import CLAUSE_BREAK, RELATIVE_REACH, SENTENCE_END, Cue, at_not_have
from nlu.situation_regime_of_them import owned_in_a_regime, regime_reach, reported_pronoun
from nlu.situation_years import Years

# Third-person pronouns that take up a relative just named ("mon père, lui, …", "خويا، هو، …").
_RESUMPTIVE = frozenset(("lui", "elle", "eux", "elles", "هو", "هي", "هوما", "huwa", "howa", "houwa", "hwa", "hiya", "hia", "hya"))
# What says the kind of registrant (nlu.situation_category): said of a relative, it is the relative's.
KIND_CUES = frozenset({"category", "training", "no_training", "other_papers", "apprenticeship"})
# What the writer may state of their own beside a relative's kind: a kind, or a regime.
_OWN_CUES = KIND_CUES | {"tax"}


@dataclass(frozen=True)
class Relatives:
    """The words a message says of relatives: each relative's subject scope and the words a relative owns."""

    scopes: tuple[tuple[int, int], ...]  # (relative's last word, last word said of them), the first excluded
    owned: frozenset[int]  # last words of what a relative named right after owns ("la coopérative de ma tante")
    writer_speaks: bool
    for_them: bool
    # The question itself is put of the relative ("il peut s'inscrire lui ?", "هل يمكنه التسجيل؟"): nlu.on_behalf.
    asked_of_them: bool = False

    def said_of(self, first: int, last: int | None = None) -> bool:
        """Whether the words ``first``…``last`` are a relative's: in a scope, or owned by a relative after them."""
        return any(start < first <= end for start, end in self.scopes) or (last is not None and last in self.owned)

    def cue_of(self, cue: Cue) -> bool:
        """Whether a cue is said of a relative."""
        return self.said_of(cue.first, cue.last)

    def give_way(self, own: bool) -> bool:
        """The one rule: a relative's situation gives way when the writer speaks of themself and states their own
        (``own``) or does not write for the relative ("mon père était maalem, moi je commence tout juste"). Written
        for the relative and stating nothing of one's own ("ولدي عندو ديبلوم… واش يقدر يتسجل؟"), theirs is asked; so it is when the
        question is put of the relative, whatever the writer says of themself beside it ("mon père est sellier depuis
        40 ans, moi je l'aide depuis l'été dernier. Il peut s'inscrire lui ?")."""
        return self.writer_speaks and not self.asked_of_them and (own or not self.for_them)

    def spans(self, words: Sequence[Word]) -> list[tuple[int, int]]:
        """The characters of each subject scope (a relative's trade is found there by character)."""
        return [(words[first].start, words[last].end) for first, last in self.scopes]


def find_relatives(
    text: str,
    words: Sequence[Word],
    cues: list[Cue],
    first_person: frozenset[str],
    relative_pronouns: frozenset[str],
    for_them: bool,
    working_participles: frozenset[str] = frozenset(),
    asked_of_them: bool = False,
) -> Relatives:
    """The relatives a message names as subjects or as owners, and what is said of them. "With my uncle" names no
    subject ("kankhdem m3a khali f nnjara mn 2010": the years are the writer's) unless a relative clause follows
    ("avec mon oncle qui est maalem")."""
    relatives = [c for c in cues if c.kind == "relative"]
    subjects = [
        c
        for c in relatives
        if not (_companion(text, cues, c) and not _followed_by(words, c, relative_pronouns))
        and not _joined_to_writer(words, c, first_person)
        and not (c.first > 0 and words[c.first - 1].form in OWNER_OF and not owned_in_a_regime(words, c.last))
        and not _owner_of_group(cues, c)
        and not _owner_of_workplace(words, c)
        and not _handed_over(cues, c)
        and not _addressed(words, c)
    ]
    scopes = [_scope(text, words, cues, c, first_person, relative_pronouns) for c in subjects]
    named = min((c.last for c in relatives), default=len(words))
    openers = [i for i in _third_person_openers(text, words) if i > named]
    scopes += [(i, _scope_end(text, words, cues, i, first_person, _set_off(text, words, i))) for i in openers]
    return Relatives(
        scopes=tuple((first, last) for first, last in scopes if last > first),
        owned=frozenset(i for c in relatives for i in _owned(text, words, c)),
        # A tie that reads as "and I have" ("ولدي": my son) is the relative, not the writer speaking.
        writer_speaks=any(
            _speaks(w.form, first_person)
            and not (for_them and _asks_for(text, words, relatives, i))
            and not any(r.first <= i <= r.last for r in relatives)
            for i, w in enumerate(words)
        )
        or _opens_with_work(text, words, cues, working_participles),
        for_them=for_them,
        asked_of_them=asked_of_them,
    )


# "Je voudrais inscrire mon père", "je vous écris pour ma mère", "ana bghit nsjel mama": at most this many words from the
# writer's "I" to the relative the request is for.
REQUEST_REACH = 4


def _asks_for(text: str, words: Sequence[Word], relatives: list[Cue], i: int) -> bool:
    """Whether the writer's "I" at word ``i`` only asks for a relative named a few words after it, in its clause ("Je
    voudrais inscrire mon père : il … paie la CPU"): the writer says nothing of themself there."""
    return any(
        0 < c.first - i <= REQUEST_REACH and not CLAUSE_BREAK.search(text[words[i].end : words[c.first].start])
        for c in relatives
    )


# "Bonjour, employée dans…", "السلام عليكم، مشتغلا في…": how many words a greeting before the first clause may have.
_GREETING_WORDS = 3


def _opens_with_work(text: str, words: Sequence[Word], cues: list[Cue], participles: frozenset[str]) -> bool:
    """"مشتغلا في شركة أخي منذ 2017", "employée dans l'entreprise de mon oncle…", "خدام فالشركة ديال خويا": a participle
    of working at the head of the message, no subject before it, is the writer's (a relative would be named first)."""
    first_break = next(
        (i for i in range(1, len(words)) if CLAUSE_BREAK.search(text[words[i - 1].end : words[i].start])), None
    )
    greeted = (
        first_break is not None
        and first_break <= _GREETING_WORDS
        and not any(c.kind == "relative" and c.first < first_break for c in cues)  # "Ma mère, employée dans…"
    )
    heads = {0, first_break} if greeted else {0}
    return any(i < len(words) and words[i].form in participles for i in heads)


# "khouya rani auto entrepreneur", "خويا أنا نجار": a tie opening the message, then "I am", calls the reader.
_I_AM = frozenset({"rani", "ana", "راني", "انا"})


def _addressed(words: Sequence[Word], relative: Cue) -> bool:
    """Whether the relative opens the message and the writer's "I am" follows it: the reader is called "brother",
    and what follows is the writer's."""
    return relative.first == 0 and relative.last + 1 < len(words) and words[relative.last + 1].form in _I_AM


_AND = frozenset({*GLUED_AND, "et"})


def _joined_to_writer(words: Sequence[Word], relative: Cue, first_person: frozenset[str]) -> bool:
    """Whether the relative is joined to the writer's "I" by "and" ("انا وبنتي عندنا صارل", "ana w khti", "moi et ma
    sœur"): what follows is said of "we", the writer's own."""
    i = relative.first
    glued = words[i].form[:1] in GLUED_AND and i > 0 and words[i - 1].form in first_person
    apart = i > 1 and words[i - 1].form in _AND and words[i - 2].form in first_person
    return glued or apart


def _companion(text: str, cues: list[Cue], relative: Cue) -> bool:
    """Whether the relative is named as someone the writer works with, at or learns under ("m3a khali", "chez mon
    oncle", "تعلمت لدى أبي": "لدى", at, folds to "لدي", I have, and is found as a possession; "متعلم عند المعلم ديالي")."""
    return any(
        (o.kind in ("other_person", "apprenticeship") or o.kind == "possession" and at_not_have(text, o))
        and o.last == relative.first - 1
        for o in cues
    )


def _owner_of_group(cues: list[Cue], relative: Cue) -> bool:
    """Whether the relative owns the group named right before it ("شركة أخي", "تعاونية أمي", "charika khouya"): the
    words after are not said of them ("أعمل في شركة أخي منذ خمس سنوات": the years are the writer's)."""
    return any(c.kind == "category" and c.last == relative.first - 1 for c in cues)


# Workplaces an Arabic relative may own by the construct state ("ورشة أبي", "محل خالي", "دكان والدي"), folded; the
# house one works in too ("كندير الحدادة فدار الواليد", "أعمل في بيت أبي").
_WORKPLACES = frozenset({"ورشه", "محل", "دكان", "حانوت", "معمل", "مصنع", "مشغل", "اتولي", "دار", "بيت", "منزل"})


def _owner_of_workplace(words: Sequence[Word], relative: Cue) -> bool:
    """Whether the relative owns the workplace named right before it ("أشتغل في ورشة أبي منذ سبع سنوات"): the words
    after are the writer's, who works there."""
    return relative.first > 0 and not _WORKPLACES.isdisjoint(arabic_stems(words[relative.first - 1].form))


# "تركها زوجي", "تركها لي زوجي", "que m'a laissé mon mari": at most this many words between the verb and the relative.
HANDED_OVER_REACH = 2


def _handed_over(cues: list[Cue], relative: Cue) -> bool:
    """Whether the relative is named as the one who left the workshop to the writer ("استلمت الورشة التي تركها زوجي رحمه
    الله منذ سنتين ونصف", "l'atelier que m'a laissé mon mari"): what follows is the writer's time since taking it over."""
    return any(c.kind == "handed_over" and 0 < relative.first - c.last <= HANDED_OVER_REACH for c in cues)


def _followed_by(words: Sequence[Word], relative: Cue, forms: frozenset[str]) -> bool:
    after = relative.last + 1
    return after < len(words) and words[after].form in forms


def _scope(
    text: str,
    words: Sequence[Word],
    cues: list[Cue],
    relative: Cue,
    first_person: frozenset[str],
    relative_pronouns: frozenset[str],
) -> tuple[int, int]:
    """The words a relative is the subject of: up to the end of the clause, a contrast or the writer's "I"."""
    # "mon père, lui, était maalem", "khouya, huwa, 3ndo diplome": a pronoun set off right after the relative is the
    # relative again; the commas around it do not end what is said of them.
    pronoun = relative.last + 1
    resumed = pronoun < len(words) and words[pronoun].form in _RESUMPTIVE and _set_off(text, words, pronoun)
    closed = _relative_clause_end(text, words, relative, relative_pronouns)
    if closed is not None:
        # "Ma fille, qui m'aide le week-end, a un diplôme": the relative clause and the clause its comma closes on
        # are both said of her.
        return relative.last, _scope_end(text, words, cues, closed, first_person, resumed=True)
    return relative.last, _scope_end(text, words, cues, relative.last, first_person, resumed)


def _relative_clause_end(
    text: str, words: Sequence[Word], relative: Cue, relative_pronouns: frozenset[str]
) -> int | None:
    """The last word of a relative clause opening right after the relative ("mon frère, qui travaille avec moi…,",
    "ابنتي، التي تساعدني،") when a comma closes it before the sentence ends; None otherwise."""
    pronoun = relative.last + 1
    if pronoun >= len(words) or words[pronoun].form not in relative_pronouns:
        return None
    for i in range(pronoun + 1, len(words)):
        between = text[words[i - 1].end : words[i].start]
        if SENTENCE_END.search(between):
            return None
        if CLAUSE_BREAK.search(between):
            return i - 1
    return None


def _set_off(text: str, words: Sequence[Word], i: int) -> bool:
    """Whether a clause break follows the word ``i`` ("lui, il a…", "هو، عندو…")."""
    return i + 1 < len(words) and bool(CLAUSE_BREAK.search(text[words[i].end : words[i + 1].start]))


def _scope_end(
    text: str, words: Sequence[Word], cues: list[Cue], start: int, first_person: frozenset[str], resumed: bool
) -> int:
    """The last word said of the subject at word ``start``: up to the end of the clause, a contrast or the writer's "I"."""
    end = start
    contrasts = {c.first for c in cues if c.kind == "contrast"}
    companions = {c.last + 1 for c in cues if c.kind == "other_person"}
    limit = start + 1 + RELATIVE_REACH
    i = start
    while (i := i + 1) < len(words):
        if words[i].form in _WITHOUT:
            limit = max(limit, i + 1 + RELATIVE_REACH)
        # "la voisine d'en face est à la CPU": being in a regime carries the relative's words on to the regime; "راجلي
        # عندو محل ديال الالمنيوم وكيخلص الضريبه بالمحاسب": a verb in the third person carries them on from it.
        limit = max(limit, regime_reach(words, i) + 1)
        if _their_verb(words[i].form):
            limit = max(limit, i + 1 + RELATIVE_REACH)
        # A French verb in the third person right after the relative carries their words on to the end of a long
        # clause: "Mon cousin a eu un prêt Intelaka en tant qu'auto-entrepreneur. Moi…".
        if i == start + 1 and words[i].form in _FRENCH_THIRD_PERSON:
            limit = max(limit, i + 1 + 2 * RELATIVE_REACH)
        if i >= limit:
            # "ماما كتدرز الزرابي فالدوار هادي شي 15 عام وما عندها حتى ديبلوم": a "she has" a few words past the
            # reach, in the same clause, still speaks of them: the scope goes on to it; so does a verb in the third
            # person ("راجلي عندو محل ديال الالمنيوم وكيخلص الضريبه بالمحاسب", "صاحبتي كتخلص… حيت ما كتخلص حتى ضريبه").
            later = _their_have_ahead(text, words, i)
            if later is None:
                break
            limit = later + 1 + RELATIVE_REACH
        # "Mon beau-frère, auto-entrepreneur, a obtenu un prêt": a regime set off right after the relative is theirs.
        apposed = i == start + 1 and words[i].form in _REGIME_NAMES
        set_off = resumed and i <= start + 2 or words[i].form in _WITHOUT or apposed
        broken = CLAUSE_BREAK.search(text[words[i - 1].end : words[i].start]) and not set_off
        # "mon frère travaille avec moi sans diplôme": the writer named after "with" is no subject; the brother's
        # words go on.
        with_writer = i in companions
        # "hadi 12 3am w ma3ndhach diplome": an "and" before "she has not" goes on speaking of her; so does one before a
        # French verb in the third person ("Ma sœur brode et paie la CPU").
        contrast = i in contrasts and not (
            i + 1 < len(words) and (_their_have(words[i + 1].form) or words[i + 1].form in _FRENCH_THIRD_PERSON)
        )
        if broken or contrast or _speaks(words[i].form, first_person) and not with_writer:
            break
        end = i
    return end


def _their_have_ahead(text: str, words: Sequence[Word], i: int) -> int | None:
    """The first third person's "has" or present verb within the reach from word ``i`` on, before the clause ends."""
    for j in range(i, min(len(words), i + RELATIVE_REACH)):
        if j > i and CLAUSE_BREAK.search(text[words[j - 1].end : words[j].start]):
            return None
        if _their_have(words[j].form) or _their_verb(words[j].form):
            return j
    return None


# Darija's present in the third person: "كيخلص" (he), "كتخلص" (she; "you" too, never said of a relative's words).
_THIRD_PERSON_PRESENT = ("كي", "كت", "kay", "kat")


def _their_verb(form: str) -> bool:
    """Whether a word is a Darija verb in the third person present, "and" glued or not ("وكيخلص", "katkhdem")."""
    return present_verb(form, _THIRD_PERSON_PRESENT, glued_and=True)


# "She/he has" in Darija, Arabic and Arabizi, bare or negated ("ما عندهاش", "ma3ndoch"): said of a third person.
_THEIR_HAVE = frozenset(
    (
        "عندو", "عنده", "عندها", "عندهم", "عندهوم", "لديه", "لديها", "لديهم", "ماعندو", "ماعندها", "ماعندوش",
        "ماعندهاش", "عندوش", "عندهاش", "3ndo", "3ando", "3ndou", "3ndha", "3andha", "3ndhom", "3andhom", "ma3ndo",
        "ma3ando", "ma3ndha", "ma3andha", "ma3ndoch", "ma3ndhach", "3ndoch", "3ndhach",
    )
)


def _their_have(form: str) -> bool:
    """Whether a word is a third person's "has" ("وعندها", "w3ndo": and she/he has)."""
    return form in _THEIR_HAVE or form[:1] in ("و", "w") and form[1:] in _THEIR_HAVE


# "Papa travaille le bois depuis 40 ans, sans diplôme": a clause of "without" after a comma still speaks of the relative.
_WITHOUT = frozenset({"sans", "بدون", "دون", "بلا", "bla", "bidon", "bidoun"})


# "Moi et mon associé… moi j'ai 4 ans, lui il a un diplôme", "أنا وشريكي… أما هو فحاصل على دبلوم": a third person's
# pronoun opening a clause, after a relative or partner was named, takes them up: what follows is theirs. The French
# "elle" is left out: it also takes up a thing ("ma coopérative, elle…").
_OPENING_PRONOUNS = _RESUMPTIVE - {"elle", "elles"}
# "j'écris pour lui : il n'a pas de diplôme", "elle a un CAP": the French subject pronouns open a relative's clause
# when "has" or a negation follows them ("il faut", "elle marche bien" say nothing of a person).
_SUBJECTS_WHO_HAVE = frozenset({"il", "ils", "elle", "elles"})
_HAVE_AFTER_SUBJECT = frozenset({"a", "n", "ne", "avait", "possede", "detient"})
# "Ma femme et moi on travaille ensemble, elle est à la CPU", "il paie le forfait": paying, declaring, or being in a
# regime ("est à", "est au", "est sous") after them opens the clause too; "elle est couturière" does not (a trade).
_PAY_AFTER_SUBJECT = frozenset({"paie", "paye", "payait", "declare", "cotise", "verse"})
_BEING_AFTER_SUBJECT = frozenset({"est", "etait"})
_IN_A_REGIME = frozenset({"a", "au", "aux", "en", "sous"})
# The verbs a pronoun opens a clause with, and a few of working, right after a relative (see _scope_end).
_FRENCH_THIRD_PERSON = (
    _HAVE_AFTER_SUBJECT
    | _PAY_AFTER_SUBJECT
    | _BEING_AFTER_SUBJECT
    | frozenset({"vend", "travaille", "fait", "tient", "gere", "dirige"})
)
# "Mon ami vend sur Anou, il est auto-entrepreneur": a regime named right after "is".
_REGIME_NAMES = frozenset({"auto", "autoentrepreneur", "autoentrepreneuse", "ae", "cpu", "micro", "imposable", "impose"})
# What may stand between a clause break and that pronoun: "and", "as for" ("، أما هو", ", et lui").
_CLAUSE_OPENERS = frozenset({"أما", "اما", "et", "w", "o", "u", "wa", "و", "mais", "walakin", "ولكن", "لكن"})


def _third_person_openers(text: str, words: Sequence[Word]) -> list[int]:
    """The words that are a third person's pronoun opening a clause (after a break, or an "and" or "as for" after it)."""

    def broken_before(i: int) -> bool:
        return i == 0 or bool(CLAUSE_BREAK.search(text[words[i - 1].end : words[i].start]))

    found = []
    for i, word in enumerate(words):
        glued_and = word.form[:1] in ("و", "w") and word.form[1:] in _OPENING_PRONOUNS and i > 0
        has = word.form in _SUBJECTS_WHO_HAVE and _their_verb_after(words, i)
        reported = reported_pronoun(words, i)
        if not (word.form in _OPENING_PRONOUNS or glued_and or has or reported):
            continue
        if reported or broken_before(i) or words[i - 1].form in _CLAUSE_OPENERS and broken_before(i - 1):
            found.append(i)
    return found


def _their_verb_after(words: Sequence[Word], i: int) -> bool:
    """Whether the French subject pronoun at ``i`` has, pays, declares or is in a regime: "elle a un CAP", "il paie le
    forfait", "elle est à la CPU"."""
    after = [w.form for w in words[i + 1 : i + 3]]
    return bool(after) and (
        after[0] in _HAVE_AFTER_SUBJECT
        or after[0] in _PAY_AFTER_SUBJECT
        or after[0] in _BEING_AFTER_SUBJECT and len(after) == 2 and after[1] in _IN_A_REGIME | _REGIME_NAMES
    )


def _speaks(form: str, first_person: frozenset[str]) -> bool:
    """Whether a word is the writer's "I" ("وأنا", "ولدي": "and I", "and I have"), or a Darija verb in the first person
    ("kankhdem", "وكنخدم": the writer tells what they do)."""
    return (
        form in first_person
        or form.startswith(("و", "w"))
        and form[1:] in first_person
        or on_behalf.first_person_verb(form)
    )


def _owned(text: str, words: Sequence[Word], relative: Cue) -> tuple[int, ...]:
    """The last word of what a relative owns when named right after it: "تعاونية أمي", "la société de mon père". Not
    across a stop or a comma ("خدامة أوطو أنتروبرونور. ولدي عندو…": the regime is the writer's)."""
    before = relative.first - 1
    if before >= 0 and CLAUSE_BREAK.search(text[words[before].end : words[relative.first].start]):
        return ()
    if before >= 1 and words[before].form in OWNER_OF:
        # "l'entreprise de zellige de mon oncle": the thing owned may be named with its trade between.
        complement = before >= 3 and words[before - 2].form in OWNER_OF
        return (before - 1, before - 3) if complement else (before - 1,)
    return (before,) if before >= 0 and _construct_state(words[relative.first].form) else ()


# French possessives: French names an owner only after "de" ("jsuis AE mon frère aussi": the AE is the writer's).
_POSSESSIVES = frozenset(("mon", "ma", "mes", "ton", "ta", "tes", "son", "sa", "ses", "notre", "nos", "leur", "leurs"))
# "un ami", "la voisine": French names no owner before its article either.
_FRENCH_ARTICLES = frozenset(("un", "une", "le", "la", "les", "l", "des"))
# Relatives whose own name begins with و (والدي, ولدي, وليدي): no glued "and" there.
_WAW_NAMES = ("وال", "ولد", "وليد", "ولاد")


def _construct_state(first: str) -> bool:
    """Whether a relative whose first word is ``first`` can own the word right before it, Arabic's construct state
    ("تعاونية أمي"). Not after a glued "and" ("أنا مقاولة ذاتية وزوجي بدون عمل": the regime is the writer's), nor
    in French."""
    if first in _POSSESSIVES or first in _FRENCH_ARTICLES:
        return False
    return not (first.startswith("و") and not first.startswith(_WAW_NAMES))


def writers_own(cues: list[Cue], years: list[Years], relatives: Relatives) -> tuple[list[Cue], list[Years]]:
    """A kind, a paper or years said of a relative are dropped when they give way to the writer's. Having nothing,
    said after a relative's diploma ("mon frère est diplômé, moi j'ai rien"), is then having none."""
    theirs = [c.kind in KIND_CUES and relatives.cue_of(c) for c in cues]
    their_years = [relatives.said_of(y.first) for y in years]
    if not (any(theirs) or any(their_years)):
        return cues, years
    own = any(c.kind in _OWN_CUES and not relatives.cue_of(c) for c in cues) or not all(their_years)
    if not relatives.give_way(own):
        return cues, years
    diplomas = [c for c, t in zip(cues, theirs, strict=True) if t and c.kind == "category" and c.value == "diploma"]
    kept = [
        replace(c, kind="no_training") if c.kind == "have_nothing" and any(d.last < c.first for d in diplomas) else c
        for c, t in zip(cues, theirs, strict=True)
        if not t
    ]
    return kept, [y for y, t in zip(years, their_years, strict=True) if not t]

