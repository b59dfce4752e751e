"""Who a registration request is for: the writer, or someone they help ("كنسجل ماما", "j'aide ma mère").

A person named by their tie to the writer (mother, sister, a member of the cooperative) or an
adviser of the chamber saying who they are is enough, unless the message says the writer registers
themself ("bghit ntsjel w khti kat3awni": the sister helps, the writer registers). A person not named
by a tie ("un artisan", "chi wa7ed") counts only when the writer says they register or help them.
The cue lists live in ``on_behalf_cues.yml``; matching is the lexicon's (normalised words, glued
prefixes), so every variety and spelling goes through one mechanism.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from functools import cache, partial
from pathlib import Path

from hirfa.text import normalise
from nlu.cue_files import read_cues
from nlu.darija_verbs import ANY_PRESENT, FIRST_PERSON_PRESENT, PRESENT, present_verb
from nlu.lexicon import Lexicon, Match, Word
from nlu.situation_clauses import CLAUSE_BREAK

CUES_FILE = Path(__file__).with_name("on_behalf_cues.yml")
# The on-behalf cue lists, as written.
load_cues = partial(read_cues, CUES_FILE)


@cache
def tie_words(ties: tuple[str, ...], possessives: frozenset[str] = frozenset()) -> frozenset[str]:
    """The one-word names of these ties, strong or weak, and the noun after a possessive ("ma femme" with "ma"), read
    from the cue file on first use."""
    cues = load_cues()
    words = set()
    for section in ("person", "weak"):
        for tie in ties:
            for entry in (normalise(str(e)).split() for e in cues.get(section, {}).get(tie, ())):
                if len(entry) == 1 or len(entry) == 2 and entry[0] in possessives:
                    words.add(entry[-1])
    return frozenset(words)
ENTITY = "on_behalf_of"
# The ties a helper may have to the person; "someone" is another person whose tie was not said.
RELATIONSHIPS = ("parent", "child", "sibling", "spouse", "relative", "cooperative_member", "adviser", "other")
SOMEONE = "someone"
VALUES = (*RELATIONSHIPS, SOMEONE)
# The lexicon's kinds: one per rule below.
_PERSON, _ADVISER, _WEAK, _HELPER, _SELF, _FIRST = "person", "adviser", "weak", "helper", "self", "first_person"
_HELP, _THEIRS, _ADDRESS, _DECEASED = "help", "asked_for_them", "address", "deceased"
# "t3allemt", "khdemt", "تعلمت", "خدمت": a past verb in the first person ends so; before "3nd", "عند" it says where.
_PAST_ENDINGS, _SHORTEST_PAST = ("t", "ت"), 4
# "t3allemt 3nd", "تعلمت الخياطة عند": how many words before "at" the verb may stand (its object between).
VERB_REACH = 2
# "l'entreprise de mon oncle", "lkhdma dyal khali": the word that makes the relative after it an owner, not a subject.
OWNER_OF = frozenset(("de", "d", "du", "dyal", "dial", "ديال"))
# The "of" in a thing's name ("شهادة د المعلم", "babouches de Marrakech"), with Darija's short "د".
NAME_OF = OWNER_OF | {"د"}


@dataclass(frozen=True)
class OnBehalf:
    """Another person the message is about, with the words that say so."""

    value: str
    start: int
    end: int


def _entries(cues: dict) -> list[tuple[str, str, str]]:
    """(kind, phrase, value) triples for the lexicon."""
    entries = []
    for kind in (_PERSON, _WEAK):
        for value, phrases in cues[kind].items():
            if value not in VALUES:
                raise ValueError(f"{kind}: unknown relationship {value!r}")
            entries += [(kind, str(p), value) for p in phrases]
    entries += [(_ADVISER, str(p), "adviser") for p in cues[_ADVISER]]
    entries += [(kind, str(p), "") for kind in (_HELPER, _SELF, _HELP, _THEIRS) for p in cues.get(kind, ())]
    entries += [(_FIRST, str(p), "") for p in cues.get(_FIRST, ())]
    entries += [(kind, str(p), "") for kind in (_ADDRESS, _DECEASED) for p in cues.get(kind, ())]
    return entries


def _words(cues: dict, kind: str) -> frozenset[str]:
    """A list of single words, normalised."""
    return frozenset(normalise(str(w)) for w in cues.get(kind, ()))


class OnBehalfReader:
    """Reads from a message's normalised words whether it is about registering someone else, and who."""

    def __init__(self, cues: dict) -> None:
        self._lexicon = Lexicon(_entries(cues))
        self._particles = _words(cues, "address_particle")
        self._places = _words(cues, "place")
        self._places_after_verb = _words(cues, "place_after_verb")
        self._i_after_address = _words(cues, "address_then_i")
        self._own_verbs = first_person_words(cues)

    def read(
        self, words: Sequence[Word], taken: Collection[tuple[int, int]] = (), text: str = ""
    ) -> OnBehalf | None:
        """The other person the message is about, or None when it is about the writer or says nothing.

        ``taken`` are spans another extractor claimed (a trade, a city): no cue is read inside them. ``text`` (the
        message) shows where its clauses break; without it, a tie after a greeting is an address only at the end.
        """
        found = [m for m in self._lexicon.find(words) if not any(s < m.end and m.start < e for s, e in taken)]
        matches = [m for m in found if not (m.entity == _PERSON and self._not_for_them(words, found, m, text))]
        kinds = {m.entity for m in matches}
        if _ADVISER in kinds:
            # An adviser files for the artisan in front of them, whatever else the message says.
            adviser = next(m for m in matches if m.entity == _ADVISER)
            return OnBehalf("adviser", adviser.start, adviser.end)
        # "je veux inscrire ma mère", "wach y9der ytsjel": the message asks for them. Mere help ("كنعاونو") gives
        # way to the writer's own registration ("كنعاونو فالحانوت… واش نقدر نتسجل حتى أنا؟": help at work).
        asks = bool(kinds & {_HELPER, _THEIRS}) or (_HELP in kinds and _SELF not in kinds)
        # Otherwise a relative named in the writer's own story is met in passing ("mon père était maalem, moi…",
        # "أعمل في شركة أخي", "kankhdem m3a khouya"): the message is for the writer.
        if asks or not (_SELF in kinds or _FIRST in kinds or speaks_of_own_work(words)):
            # The one the writer works or learns with or at ("كنت متعلم عند المعلم ديالي") is met in their story too.
            named = next(
                (m for m in matches if m.entity == _PERSON and (asks or _form_before(words, m) not in _WITH_OR_AT)),
                None,
            ) or _opening_tie(words, matches)
            if named:
                return OnBehalf(named.value, named.start, named.end)
        if kinds & {_HELPER, _HELP, _THEIRS}:
            # Someone not named by a tie ("un artisan"), or by one that is also a common word ("خالي" is "empty"), only
            # when the writer registers or helps them or asks for them ("خالي عندو SARL، شحال خاصو يخلص؟"); "أنا صانعة",
            # "je suis une artisane", "ana sani3" right after the writer's "I am" describe the writer.
            weak = next(
                (
                    m
                    for m in matches
                    if m.entity == _WEAK
                    and not _said_of_writer(words, matches, m)
                    # Asked of "un artisan" is a rule asked in general ("un artisan sans diplôme peut-il s'inscrire ?"),
                    # and the one the writer works with ("خدمت مع خالي … باش تتسجل") is met in their own story.
                    and (kinds & {_HELPER, _HELP} or m.value != "someone" and _form_before(words, m) not in _WITH)
                ),
                None,
            )
            if weak:
                return OnBehalf(weak.value, weak.start, weak.end)
        return None

    def asked_of_them(self, words: Sequence[Word], taken: Collection[tuple[int, int]] = ()) -> bool:
        """Whether the question is put of another person ("il peut s'inscrire ?", "wach y9der ytsjel", "هل يمكنه
        التسجيل؟"), not only a message written for them."""
        return any(
            m.entity == _THEIRS and not any(s < m.end and m.start < e for s, e in taken) for m in self._lexicon.find(words)
        )

    def _not_for_them(self, words: Sequence[Word], matches: Sequence[Match], tie: Match, text: str) -> bool:
        """Whether a tie is said to the reader ("merci ma fille", "يا ولدي", "khouya 3afak") or names where
        ("chez mon père", "t3allemt 3nd baba"): no person the message is for."""
        first = next(i for i, w in enumerate(words) if w.start == tie.start)
        last = next(i for i, w in enumerate(words) if w.end == tie.end)
        if _deceased(words, matches, first, last):
            return True
        before = words[first - 1].form if first > 0 else ""
        if before in self._places or before in self._places_after_verb and self._after_verb(words, first - 1, text):
            return True
        if before in self._particles and first == last:
            return True
        addresses = [m for m in matches if m.entity == _ADDRESS]
        next_start = words[last + 1].start if last + 1 < len(words) else None
        address_after = any(m.start == next_start for m in addresses)
        if first == 0:
            # "ma fille, que Dieu te bénisse", "khouya 3afak…": a tie opening the message, a please or blessing after.
            return address_after
        greeted = any(m.end == words[first - 1].end for m in addresses) and not _broken(text, words[first - 1], tie)
        # "merci ma fille", "salam khouya,": after a greeting, the tie ends its clause (not "salam khti bghat…"), or
        # the writer's "I" follows it ("salam khti bghit n3ref…").
        clause_ends = next_start is None or bool(text) and bool(CLAUSE_BREAK.search(text[tie.end : next_start]))
        return greeted and (clause_ends or address_after or self._writer_opens(words, last + 1, matches))

    def _writer_opens(self, words: Sequence[Word], at: int, matches: Sequence[Match]) -> bool:
        """Whether word ``at`` is the writer's own "I" or question ("bghit", "أريد", "je", "kan-" verbs, "kifach")."""
        if at >= len(words):
            return False
        form, start = words[at].form, words[at].start
        own = any(m.start == start and m.entity in (_SELF, _FIRST) for m in matches)
        return own or form in self._i_after_address or first_person_verb(form)

    def _after_verb(self, words: Sequence[Word], at: int, text: str) -> bool:
        """Whether a verb stands one or two words before word ``at``, in its clause ("تعلمت الخياطة عند…")."""
        for i in range(max(0, at - VERB_REACH), at):
            if self._verb(words[i].form) and not _broken(text, words[i], words[at]):
                return True
        return False

    def _verb(self, form: str) -> bool:
        """Whether a word is a verb by its form ("t3allemt", "kankhdem", "تعلمت") or one of the writer's own."""
        past = form.endswith(_PAST_ENDINGS) and len(form) >= _SHORTEST_PAST
        return past or form in self._own_verbs or present_verb(form, PRESENT + ANY_PRESENT, glued_and=True)

    def others_trades(self, words: Sequence[Word], trades: Sequence[tuple[int, int]]) -> set[int]:
        """Which of ``trades`` (spans) belong to a relative, when the writer also names their own.

        "ma femme brode, moi je suis menuisier": each trade belongs to the person named last before it (a tie,
        or the writer's "moi", "أنا", "ana"); nothing is set apart unless both kinds of trade are there.
        """
        people = [m for m in self._lexicon.find(words) if m.entity in (_PERSON, _FIRST)]
        owners = []
        for start, _ in trades:
            before = [m for m in people if m.end <= start]
            owners.append(max(before, key=lambda m: m.end).entity if before else None)
        if _FIRST not in owners or _PERSON not in owners:
            return set()
        return {i for i, owner in enumerate(owners) if owner == _PERSON}


def _deceased(words: Sequence[Word], matches: Sequence[Match], first: int, last: int) -> bool:
    """Whether the tie at words ``first``…``last`` is said to have died ("والدي رحمه الله", "المرحومة أمي"): a dead
    relative is no one the message is written for."""
    before = words[first - 1].end if first > 0 else None
    after = words[last + 1].start if last + 1 < len(words) else None
    return any(m.entity == _DECEASED and (m.end == before or m.start == after) for m in matches)


def _broken(text: str, before: Word, tie: Match | Word) -> bool:
    """Whether a clause breaks between a word and the tie after it ("merci, ma fille veut…")."""
    return bool(text) and bool(CLAUSE_BREAK.search(text[before.end : tie.start]))


def first_person_words(cues: dict) -> frozenset[str]:
    """The one-word entries of the writer's "I" ("أعمل", "أشتغل"), normalised: verbs of their own work."""
    return frozenset(normalise(str(w)) for w in cues.get(_FIRST, ()) if " " not in str(w))


def first_person_verb(form: str) -> bool:
    """Whether a normalised word is a Darija verb in the first person present ("kankhdem", "كنخدم", "وكنصنع")."""
    return present_verb(form, FIRST_PERSON_PRESENT, glued_and=True)


def speaks_of_own_work(words: Sequence[Word]) -> bool:
    """Whether the writer says what they do in the first person by a verb's form ("kankhdem f charika dyal khouya")."""
    return any(first_person_verb(w.form) for w in words)


# "He has", "he", "she": said right after a tie that is also a common word, they make it a person.
_THIRD_PERSON = frozenset(
    {"عندو", "عنده", "عندها", "هو", "هي", "3ndo", "3ando", "3endo", "3ndha", "3andha", "howa", "huwa", "hiya", "hia"}
)


_WITH = frozenset({"مع", "m3a", "avec"})
_WITH_OR_AT = _WITH | frozenset({"عند", "لدى", "لدي", "3nd", "3and", "chez"})


def _word_before(words: Sequence[Word], match: Match) -> Word | None:
    """The word right before a match, if any."""
    return next((w for w in reversed(words) if w.end <= match.start), None)


def _form_before(words: Sequence[Word], match: Match) -> str:
    """The normalised form of the word right before a match ("" at the start)."""
    before = _word_before(words, match)
    return before.form if before else ""


def _opening_tie(words: Sequence[Word], matches: Sequence[Match]) -> Match | None:
    """A tie that is also a common word ("خالي" is "empty", "عمي" "blind"), opening the message with "he has" or "he"
    right after it ("خالي عندو شركة SARL…"): the person the message is about."""
    if len(words) < 2 or words[1].form not in _THIRD_PERSON:
        return None
    return next((m for m in matches if m.entity == _WEAK and m.value != "someone" and m.start == words[0].start), None)


def _said_of_writer(words: Sequence[Word], matches: Sequence[Match], weak: Match) -> bool:
    """Whether a person not named by a tie follows the writer's "I am" with no word between ("أنا صانعة")."""
    before = _word_before(words, weak)
    return before is not None and any(m.entity == _FIRST and m.end == before.end for m in matches)
