"""Years of practice and ages, read from the cues of a message.

"5 snin", "خمسة عشر عام", "mn 2015", "depuis l'âge de 12 ans" are years of practice; "3mri 40", "j'ai 45 ans"
are ages, left out of the practice and used to count the years since the age one started at.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import pairwise

from nlu.lexicon import Word
from nlu.situation_clauses import CLAUSE_BREAK, FORM_SEPARATOR, NEED_REACH, Cue, near
from nlu.situation_many_years import MANY_YEARS, many_years_at
from nlu.situation_school_years import school_years

# How far a start ("bdit", "بدأت") reaches to the year or age it began at.
BEGAN_REACH = 6
# "2012 j'ai commencé": how far after a year put first "I began" may stand ("j ai" between).
BEGAN_AFTER_REACH = 3
PRACTICE_YEARS = 3  # shared/DOMAIN.md §1
# "3ndi 40 3am" is an age when nothing says it is work; nobody has a craft business at 15.
ADULT_AGE = 16
# No one starts a craft younger: "depuis juin j'ai un comptable" ("un", a) or "j'ai commencé à 1 an" tell no age.
YOUNGEST_START_AGE = 5
EARLIEST_START_YEAR = 1940
# "presque 3 ans": just under the number said.
_JUST_UNDER = 0.5
_TENS = frozenset({10, 20, 30, 40, 50, 60, 70, 80, 90})
# Someone starting the craft as a child is at least this old when writing about registering.
ADULT_WRITER_AGE = 18
_OLDEST_AGE = 99
# An Arabic ordinal carries the article: "في الخامسة والثلاثين" (at thirty-five).
_ORDINAL_ARTICLES = ("ال", "وال")
# "Since" proper, not "in": "mn ana 3ndi 14" is a start age, "f zlij 3ndi 2 snin" is not.
_STRONG_SINCE = frozenset({"mn", "men", "min", "من", "منذ", "depuis", "since", "mnin", "mli", "ملي"})
# "mn wa9t l'mondial", "من أيام كورونا", "depuis l'époque du covid": the time of an event, between "since" and it.
_TIME_OF = frozenset({"wa9t", "lwa9t", "wqt", "wa9te", "وقت", "ايام", "ayam", "iyam", "epoque", "l'epoque", "temps"})
# "من نهار…": the day something happened, which a year or an age then dates.
_DAY = frozenset({"نهار", "النهار", "nhar", "nhare", "lnhar"})
# "auto-entrepreneur depuis 2021", "خاضع للمساهمة المهنية الموحدة منذ سنة 2019", "depuis 2020 je suis à la CPU": a
# span this close to a tax status, in its clause, is how long the status is held, not how long the craft is practised.
# Before the status, "je suis à la" stands between them.
STATUS_REACH_AFTER, STATUS_REACH_BEFORE = 3, 5
# Being on the register is such a status too: "أنا مسجل من 2023" has been registered three years.
_STATUS_KINDS = frozenset({"tax", "tax_word", "tax_local", "registered"})
_OTHER_SAID = frozenset({"contrast", "category"})
# "mon fils de 16 ans": the French "of" between a person and their age.
_AGE_OF = frozenset({"de", "d"})
# The noun "age" right before the number: "من سن 14", "بديت معاه فعمر 20"; "عمر", also the name Omar, only after "at"
# ("في عمر 15", not "المعلم عمر 6 سنين").
_AGE_NOUNS = frozenset({"سن", "السن", "فعمر", "بعمر"})
_AGE_NOUN_AFTER_AT = frozenset({"عمر"})
_AT = frozenset({"في", "ف", "ب"})
# "في الثانية عشرة من عمره", "à 15 ans d'âge": how far after a number the age it is may be named.
AGE_AFTER_REACH = 2


# A start year in words: "deux mille dix", "ألفين وعشرة", "ألفين وخمسة عشر" (2000 and a number; "and" may stand between).
_THOUSANDS = frozenset({"mille", "الفين", "الفان", "alfin", "alfayn"})
_TWO_THOUSAND = 2000
_THOUSANDS_AND = frozenset({"et", "و", "w", "o"})


# Darija's "some": before a singular unit it says about one ("chi 3am"), before a plural a few ("chi snin").
_ABOUT_ONE = frozenset({"chi", "شي"})


def _corrected_years(cues: list[Cue]) -> list[Cue]:
    """"بديت عام 2023 لا لا 2024", "depuis 2019 euh non 2020": a start year corrected right after it gives way to the
    year said after the correction, in the first one's place (the "since" before it still reads). A correction said
    in several words that are each one ("2024.. لا سمح ليا غلطت، 2021") is one."""
    cues = _corrections_joined(cues)
    out: list[Cue] = []
    skip = 0
    for i, cue in enumerate(cues):
        if skip:
            skip -= 1
            continue
        # "depuis 2021... non pardon, depuis 2024": the "since" may be said again before the corrected year.
        again = _since_said_again(cues, i)
        said = [c for c in cues[i : i + 4] if c.kind != "since"] if again else cues[i : i + 3]
        if (
            len(said) == 3
            and [c.kind for c in said] == ["digits", "self_correction", "digits"]
            and len(cue.value) == len(said[2].value) == 4
            and said[1].first == cue.last + 1
            and said[2].first - said[1].last <= 1 + again
        ):
            out.append(replace(cue, value=said[2].value, last=said[2].last, end=said[2].end))
            skip = 2 + again
            continue
        out.append(cue)
    return out


def _corrections_joined(cues: list[Cue]) -> list[Cue]:
    out: list[Cue] = []
    for cue in cues:
        if out and cue.kind == out[-1].kind == "self_correction" and cue.first <= out[-1].last + 1:
            out[-1] = replace(out[-1], last=cue.last, end=cue.end)
        else:
            out.append(cue)
    return out


def _since_said_again(cues: list[Cue], i: int) -> bool:
    """Whether a correction after the year at cue ``i`` says "since" again before the next year."""
    kinds = [c.kind for c in cues[i : i + 4]]
    return kinds == ["digits", "self_correction", "since", "digits"] and cues[i + 2].last + 1 == cues[i + 3].first


def _written_years(cues: list[Cue], words: Sequence[Word]) -> list[Cue]:
    """Cues with each start year said in words read as its digits ("depuis l'an deux mille dix" is "depuis 2010")."""
    at = {c.first: c for c in cues}
    merged: list[Cue] = []
    used: set[int] = set()
    for i, word in enumerate(words):
        if word.form not in _THOUSANDS or i in at:
            continue
        # French says "deux mille"; Arabic's dual "ألفين" is two thousand on its own.
        two = at.get(i - 1) if word.form == "mille" else None
        # Dictated to a phone, the numbers may come out as digits: "2 mille 12".
        if word.form == "mille" and (two is None or _number(two) != 2):
            continue
        after = i + 2 if i + 2 < len(words) and words[i + 1].form in _THOUSANDS_AND else i + 1
        units = at.get(after)
        first = two or Cue("digits", "", i, i, word.start, word.end)
        if units is None or _number(units) is None:
            # "منذ عام ألفين", "mn alfin": the dual alone is the year 2000 ("mille" alone is no year).
            if word.form != "mille":
                merged.append(Cue("digits", str(_TWO_THOUSAND), i, i, word.start, word.end))
            continue
        value, last = _compound_number(at, units, words)
        used.update(c.first for c in (two, units, last) if c is not None)
        merged.append(Cue("digits", str(_TWO_THOUSAND + value), first.first, last.last, first.start, last.end))
    if not merged:
        return cues
    return sorted([c for c in cues if c.first not in used] + merged, key=lambda c: c.first)


def _compound_number(at: dict[int, Cue], number: Cue, words: Sequence[Word]) -> tuple[int, Cue]:
    """A number and the one told with it: "vingt-cinq", "vingt et un" (tens first), "خمسة وعشرين" (units first)."""
    value = int(number.value)
    nxt = number.last + 1
    if nxt < len(words) and words[nxt].form in _THOUSANDS_AND:
        nxt += 1
    other = at.get(nxt)
    if other is None or other.kind != "numbers":
        return value, number
    second = int(other.value)
    if value in _TENS and second < 10 or value < 10 and second in _TENS:
        return value + second, other
    return value, number


@dataclass(frozen=True)
class Years:
    years: float
    first: int
    last: int
    start: int
    end: int
    # A long time said without a number ("depuis toujours", "men zman"): a floor, not a count.
    vague: bool = False
    # Counted from the age one started at ("بديت وانا بنت تسعه وعندي دابا 34"): a life's span, never how long a tax
    # status said next to it has been held.
    from_age: bool = False


# What may follow a field's answer: the end, or the break before the next field.
_ANSWER_END = re.compile(r"^\s*($|[,.;:!?،؛؟\n/\-–])")


def _answered_fields(cues: list[Cue], text: str) -> list[Years]:
    """A bare number answering a form field of practice ("سنوات الخبرة: ١٢", "Expérience : 14"): its years. With a
    unit after it ("Expérience : 14 ans") it is a duration, read as one."""
    found = []
    for i, field in enumerate(cues[:-1]):
        if field.kind != "practice_context" or not FORM_SEPARATOR.match(text[field.end : cues[i + 1].start]):
            continue
        value, last = _number_from(cues, i + 1)
        unit_after = last + 1 < len(cues) and cues[last + 1].first == cues[last].last + 1 and cues[last + 1].kind in (
            "units", "unit_filler"
        )
        # The number is the whole answer: its field's line or clause ends there ("Métier : 17 euros" is a price).
        if value is not None and not unit_after and _ANSWER_END.match(text[cues[last].end :]):
            found.append(Years(value, field.first, cues[last].last, field.start, cues[last].end))
    return found


def _number(cue: Cue) -> int | None:
    if cue.kind == "numbers" or (cue.kind == "digits" and len(cue.value) <= 2):
        return int(cue.value)
    return None


def durations(
    cues: list[Cue], words: Sequence[Word], today: dt.date, plural_units: frozenset[str] = frozenset(), text: str = ""
) -> list[Years]:
    """Years of practice: "5 snin", "خمسة عشر عام", "عام واحد", "عامين", "mn 2015", "سنوات الخبرة: 12" — ages left
    out. ``text`` (the message) shows the colons of a form answered in it."""
    cues = _corrected_years(_written_years(cues, words))
    found = _answered_fields(cues, text)
    spans, seasons = _year_spans(cues, today)
    ends = set(spans.values())
    for i, cue in enumerate(cues):
        if i in spans:
            # "de 2010 à 2012", "من 2010 إلى 2012", "mn 2012 l 2014": a practice that ended, not one since the first year.
            end = cues[spans[i]]
            before = _adjacent_before(cues, i)
            where = cues[before] if before is not None and cues[before].kind == "since" else cue
            found.append(Years(int(end.value) - int(cue.value), where.first, end.last, where.start, end.end))
        elif i in ends or i in seasons:
            continue
        elif cue.kind == "units" and (short := _year_after_since(cues, i, words, today)) is not None:
            year, last = short
            since = cues[i - 1]
            found.append(Years(today.year - year, since.first, cues[last].last, since.start, cues[last].end))
        elif cue.kind == "units":
            count, first = _count_before(cues, i)
            if count is None and i > 0 and cues[i - 1].kind == "few" and cues[i - 1].last == cue.first - 1:
                # "quelques mois", "بضعة أشهر", "chi chhour": a few months are under a year; a few years say too little.
                if float(cue.value) < 1:
                    found.append(Years(float(cue.value) * 3, cues[i - 1].first, cue.last, cues[i - 1].start, cue.end))
                elif words[cue.first].form not in plural_units and words[cues[i - 1].first].form in _ABOUT_ONE:
                    # "ghir chi 3am", "هادي شي عام": "chi" with a singular unit is about one (Darija), not a few;
                    # "plusieurs", "شحال من عام" (so many a year) are not.
                    found.append(Years(float(cue.value), cues[i - 1].first, cue.last, cues[i - 1].start, cue.end))
            elif count is not None:
                start = cues[_at(cues, first)].start
                years = count * float(cue.value) - (_JUST_UNDER if _almost_before(cues, first) else 0)
                found.append(Years(years, first, cue.last, start, cue.end))
            elif (many := many_years_at(cues, i, words, plural_units)) is not None:
                lo, hi = cues[many[0]], cues[many[1]]
                found.append(Years(MANY_YEARS, lo.first, hi.last, lo.start, hi.end, vague=True))
            elif _almost_before(cues, cue.first) and words[cue.first].form not in plural_units:
                # "لم أكمل عاما", "pas encore un an": just under one year, the number left unsaid.
                almost = cues[i - 1]
                found.append(Years(float(cue.value) - _JUST_UNDER, almost.first, cue.last, almost.start, cue.end))
            elif _one_unit_ago(cues, i, words) and words[cue.first].form not in plural_units:
                # "قبل سنة", "mn 3am", "ghir chhar": one year or one month, the number left unsaid.
                found.append(Years(float(cue.value), cues[i - 1].first, cue.last, cues[i - 1].start, cue.end))
            elif (
                i + 1 < len(cues)
                and cues[i + 1].first == cue.last + 1
                and _number(cues[i + 1])
                and not _ordinal(words, cue, cues[i + 1])
            ):
                after = cues[i + 1]  # "عام واحد": the number after the unit
                found.append(Years(_number(after) * float(cue.value), cue.first, after.last, cue.start, after.end))
        elif cue.kind == "glued_duration":
            years = float(cue.value) - (_JUST_UNDER if _almost_before(cues, cue.first) else 0)
            found.append(Years(years, cue.first, cue.last, cue.start, cue.end))
        elif cue.kind == "dual_years":
            found.append(Years(2, cue.first, cue.last, cue.start, cue.end))
        elif cue.kind == "spans_of_time":
            years = float(cue.value)
            found.append(Years(years, cue.first, cue.last, cue.start, cue.end, vague=years >= PRACTICE_YEARS))
        elif cue.kind == "digits" and (short := _short_year(cues, i, words, today)) is not None:
            since = cues[i - 1]
            found.append(Years(today.year - short, since.first, cue.last, since.start, cue.end))
        elif cue.kind == "digits" and len(cue.value) == 4:
            before = _adjacent_before(cues, i)
            month = before if before is not None and cues[before].kind == "months" else None
            hijri = _right_after(cues, i, "hijri") or month is not None and cues[month].value == "hijri"
            year = _gregorian(int(cue.value)) if hijri else int(cue.value)
            if not EARLIEST_START_YEAR <= year <= today.year:
                continue
            # "mn 2015", "منذ سنة 2012", "mn 3am 2018", "depuis septembre 2018"; "سنة 2025" or "bdit… f 2025" after a
            # start.
            if month is not None:
                before = _adjacent_before(cues, month)
            unit = before is not None and cues[before].kind == "units"
            if unit:
                before = _adjacent_before(cues, before)
            since = before is not None and cues[before].kind == "since"
            if not (since or unit) and (named := _since_a_named_year(cues, i, words)) is not None:
                before, since = named, True
            if (
                since
                or unit
                or _began_before(cues, i)
                or _began_after(cues, i)
                or _right_after(cues, i, "until_now")
                or _since_then_after(cues, i)
            ):
                # A start named before "in the year when" dates the year alone (the trade may stand between).
                where = cues[before] if since and cues[before].kind != "began" else cue
                found.append(Years(today.year - year, where.first, cue.last, where.start, cue.end))
            elif (when := _since_a_restated_year(i, cues, words)) is not None:
                found.append(Years(today.year - year, when, cue.last, words[when].start, cue.end))
        elif cue.kind == "decades":
            # "من الثمانينات", "mn tmaninat": since a decade, counted from its last year (a floor).
            before = _adjacent_before(cues, i)
            if before is not None and cues[before].kind == "since" and int(cue.value) <= today.year:
                since = cues[before]
                found.append(Years(today.year - int(cue.value), since.first, cue.last, since.start, cue.end))
        elif cue.kind == "events":
            # "depuis la Marche verte", "منذ جائحة كورونا": since a dated event, counted from its year. Only a strong
            # "since": "في كورونا", "en confinement" date something else. "من عام كورونا": the year of it.
            # "بديت نخدم الطين عام الزلزال": a start said before the event dates it as a "since" does; so does "since
            # the time of" ("mn wa9t l'mondial").
            before = _adjacent_before(cues, i)
            if before is not None and cues[before].kind == "units" and float(cues[before].value) == 1:
                before = _adjacent_before(cues, before)
            if before is None and cue.first > 0 and words[cue.first - 1].form in _TIME_OF:
                before = next((k for k in range(i) if cues[k].last == cue.first - 2), None)
            strong = (
                before is not None and cues[before].kind == "since" and words[cues[before].first].form in _STRONG_SINCE
            )
            if int(cue.value) <= today.year and (strong or _began_before(cues, i)):
                since = cues[before] if strong else cue
                found.append(Years(today.year - int(cue.value), since.first, cue.last, since.start, cue.end))
        elif cue.kind == "of_them":
            count, first = _count_before(cues, i)
            if count is not None:
                found.append(Years(count, first, cue.last, cues[_at(cues, first)].start, cue.end))
    ages = _ages(cues, words, text)
    found = [
        y
        for y in found
        if not _is_age(y, cues) and not _persons_age(y, cues, words) and not any(y.first <= a.first <= y.last for a in ages)
    ]
    # An age said now ("والان عمرها خمس سنوات") counts the years since a birth as a span does.
    aged = [Years(a.years, a.first, a.last, a.start, a.end) for a in ages if not a.started]
    found += (
        _years_since_an_age(ages)
        + _half_a_life(cues, ages)
        + _since_their_birth(found + aged, cues, words)
        + _after_a_birth(found + aged, words)
    )
    schooled = school_years(words, _BORN, _STRONG_SINCE | _DAY)
    found += [Years(y, first, last, words[first].start, words[last].end) for y, first, last in schooled]
    return found + _consecutive(found, cues, words)


# "عندها تسع سنين، ومن نهار تزادت وأنا كنطرق النحاس": a child's age, then "since she was born", dates the work; so does
# an age said after the birth ("l'année où ma fille est née, elle a 7 ans", "من ملي كانت بنتي فالكرش… عندها 13 عام").
_BORN = frozenset(
    {"تزادت", "تزاد", "تزادو", "تزادات", "ازداد", "ازدادت", "ولادته", "ولادتها", "ولادتو", "tzadet", "tzadt", "tzad",
     "tzadat", "tzado", "tzadou", "naissance", "nee", "فالكرش", "fkerch", "ولدت", "ولاده",
     # A baby still: "ملي كان ابني الكبير رضيع" dates the start by the birth, as near as the writer says it.
     "رضيع", "رضيعة", "رضيعه", "رضيعا", "bebe"}
)
# French "né" folds to "ne", its negation: a birth only after "est" or "était".
_BORN_AFTER_BE = frozenset({"ne"})
_BE = frozenset({"est", "etait"})
# "يوم ولد ابني البكر": MSA's "was born" is also the noun "boy" ("ولد خالي"); a birth only right after a time word.
_BORN_AFTER_WHEN = frozenset({"ولد"})
_WHEN = frozenset({"يوم", "عام", "سنه", "لما", "عندما", "حين", "حينما", "ملي", "نهار", "وقت"})
BIRTH_AGE_REACH = 12
# "من ملي كانت بنتي فالكرش": words between the since and the birth (the one born, "was").
SINCE_BIRTH_REACH = 5
# "j'ai commencé la broderie l'année où ma fille est née": a start this many words before the birth is dated by it.
BEGAN_BIRTH_REACH = 10


def _since_their_birth(found: list[Years], cues: list[Cue], words: Sequence[Word]) -> list[Years]:
    """Years since a birth ("ومن نهار تزادت", "depuis sa naissance", "j'ai commencé l'année où ma fille est née"),
    counted by the age said of the one born a few words before or after."""
    births = []
    for cue in cues:
        at = _birth_after(cue, words)
        if at is None:
            continue
        before = [y for y in found if y.last < cue.first and cue.first - y.last <= BIRTH_AGE_REACH and not y.vague]
        after = [y for y in found if y.first > at and y.first - at <= BIRTH_AGE_REACH and not y.vague]
        counted = before[-1:] or after[:1]
        # A start's own word: the trade and the one born stand between it and the birth ("commencé la broderie
        # l'année où ma fille est née").
        last = at if cue.kind == "since" else cue.last
        if counted:
            births.append(Years(counted[0].years, cue.first, last, cue.start, words[last].end))
    return births


# "تعلمت صناعة البلغة بعد ولادة ابنتي، وهي اليوم في الثامنة من عمرها", "après la naissance de mon fils": after a birth
# is since it ("ما" may stand between: "من بعد ما تزادت").
_AFTER = frozenset({"بعد", "وبعد", "ba3d", "b3d", "apres"})
_AFTER_REACH = 2


def _after_a_birth(found: list[Years], words: Sequence[Word]) -> list[Years]:
    """Years since a birth that "after" dates, counted by the age said of the one born a few words on."""
    births = []
    for at, word in enumerate(words):
        if word.form not in _BORN or not any(w.form in _AFTER for w in words[max(0, at - _AFTER_REACH) : at]):
            continue
        after = [y for y in found if y.first > at and y.first - at <= BIRTH_AGE_REACH and not y.vague]
        if after:
            births.append(Years(after[0].years, at, at, word.start, word.end))
    return births


def _birth_after(cue: Cue, words: Sequence[Word]) -> int | None:
    """The index of the birth a strong "since" ("ومن نهار تزادت": "and" glued on) or a start ("commencé") dates, if
    one stands close after it."""
    if cue.kind == "since" and words[cue.first].form.removeprefix("و") in _STRONG_SINCE:
        reach = SINCE_BIRTH_REACH
    elif cue.kind == "began":
        reach = BEGAN_BIRTH_REACH
    else:
        return None
    for at in range(cue.last + 1, min(len(words), cue.last + 1 + reach)):
        form, before = words[at].form, words[at - 1].form
        if form in _BORN or form in _BORN_AFTER_BE and before in _BE or form in _BORN_AFTER_WHEN and before in _WHEN:
            return at
    return None


def _half_a_life(cues: list[Cue], ages: list[_Age]) -> list[Years]:
    """"j'ai 44 ans et j'en ai passé la moitié à tailler la pierre", "عمري 42 عاما قضيت نصفها…": half the writer's age."""
    now = [a for a in ages if not a.started]
    halves = [c for c in cues if c.kind == "half_life"]
    if not (now and halves):
        return []
    half = halves[0]
    return [Years(max(a.years for a in now) / 2, half.first, half.last, half.start, half.end)]


# "3 ans chez un patron puis 2 ans seul": how far apart two periods told one after the other may stand.
THEN_REACH = 8
# "2 snin bou7di", "2 ans tout seul", "سنتين لحسابي الخاص": how far after a period its being alone is said.
ALONE_REACH = 2


def _consecutive(years: list[Years], cues: list[Cue], words: Sequence[Word]) -> list[Years]:
    """A total for two counted periods told one after the other ("puis", "ثم", "mn b3d", or "and" before a period
    alone): "3 ans chez un patron puis 2 ans seul", "3amayn 3nd m3allem w 2 snin bou7di" are years at two workshops,
    which add up."""
    counted = sorted((y for y in years if not y.vague), key=lambda y: y.first)
    return [
        # Placed on the later period: a span over both would cover a trade or city named between them.
        Years(a.years + b.years, b.first, b.last, b.start, b.end)
        for a, b in pairwise(counted)
        if a.last < b.first
        and b.first - a.last <= THEN_REACH
        and (_between(cues, "then", a, b) or _joined_by_and(cues, words, a, b) and _alone_after(words, b))
    ]


def _between(cues: list[Cue], kind: str, a: Years, b: Years) -> bool:
    return any(c.kind == kind and a.last < c.first < b.first for c in cues)


def _joined_by_and(cues: list[Cue], words: Sequence[Word], a: Years, b: Years) -> bool:
    # "w 2 snin", "et 2 ans", or the Arabic "and" glued to the second period ("وسنتين").
    return _between(cues, "contrast", a, b) or words[b.first].form.startswith("و")


# Working alone ("2 ans seul", "2 snin bou7di", "سنتين لحسابي"), read as words: these words are also cues of the
# business stage (nlu/situation_cues.yml, stage), which a second cue kind on them would hide.
_ALONE = frozenset(
    ("seul", "seule", "bou7di", "bo7di", "bouhdi", "b7ali", "bou7dha", "بوحدي", "بحدي", "وحدي", "لوحدي", "بمفردي", "لحسابي")
)


def _alone_after(words: Sequence[Word], period: Years) -> bool:
    """Whether "alone" ("seul", "bou7di", "لحسابي") is said of the period, right after it."""
    return any(w.form in _ALONE for w in words[period.last + 1 : period.last + 1 + ALONE_REACH])


# "de 2010 à 2012", "2012 l 2014": at most one word ("à", "إلى", "l", "-") between the two years of a span.
_SPAN_GAP = 2


def _year_spans(cues: list[Cue], today: dt.date) -> tuple[dict[int, int], set[int]]:
    """The year cues that open a span closed by a later year just after them (index of the first → of the second),
    and the second years of seasons: a year and the next glued to it ("2015-2016", "2015/2016") name one school or
    farming season, dated by its first year, not a year of work that ended."""
    years = [
        i for i, c in enumerate(cues) if c.kind == "digits" and len(c.value) == 4 and EARLIEST_START_YEAR <= int(c.value) <= today.year
    ]
    pairs = [
        (i, j)
        for i, j in pairwise(years)
        if 0 < cues[j].first - cues[i].last <= _SPAN_GAP and int(cues[i].value) < int(cues[j].value)
    ]
    seasons = {j for i, j in pairs if int(cues[j].value) == int(cues[i].value) + 1 and cues[j].start - cues[i].end == 1}
    return {i: j for i, j in pairs if j not in seasons}, seasons


def practising(
    years: Sequence[Years],
    cues: list[Cue],
    text: str,
    trades: Sequence[tuple[int, int]] = (),
    working: Sequence[tuple[int, int]] = (),
) -> list[Years]:
    """The years of practising the craft among ``years``: the years a tax status has been held, and the years asked
    about as a requirement, are left out. A trade (character spans ``trades``) said between years and the status after
    them, or right after them, takes the years ("عندي 12 عام فالصياغة وكنخلص الضريبة الموحدة", "كنخلص الضريبة
    الموحدة وعندي 8 سنين فالنجارة"); so does a verb of working (spans ``working``) right before them ("خدام هاكا هادي
    عشر سنين وما نخلص حتى ضريبة": ten years of work, not of paying no tax), and so does a trade's own verb ("أنسج في بيتي
    منذ 2012 وأؤدي مبلغا جزافيا")."""
    return [
        y
        for y in years
        if (
            y.from_age
            or any(_worked_before(text, cues, y, a, b) for a, b in (*working, *trades))
            or _began_right_after(text, cues, y)
            or not any(
                _holds_status(text, cues, s, y) and not any(_of_trade(text, y, s, a, b) for a, b in trades)
                for s in cues
                if s.kind in _STATUS_KINDS
            )
        )
        and not _required(text, cues, y)
    ]


# "8 سنين فالنجارة", "10 ans en poterie": how many characters may stand between years and the trade they are of.
TRADE_AFTER_YEARS = 4


# "خدامة فالفخار هادي ستة سنين", "je fais de la poterie depuis 6 ans": how many characters may stand between a trade and
# the years after it.
TRADE_BEFORE_YEARS = 8


# "خدام هاكا هادي عشر سنين": how many characters may stand between a verb of working and the years after it.
WORK_BEFORE_YEARS = 16
# "كنخدم النحاس فالمدينة القديمة ديال فاس من 2019": how many characters of the work's trade and place, nothing else
# said, may stand between the verb and the years.
WORK_TOLD_BEFORE_YEARS = 40


# What may stand between the verb and the years in the work's own trade and place: "of" and "in" ("أنسج في بيتي
# بخنيفرة منذ 2012").
_PLACE_KINDS = frozenset({"unit_filler", "since"})


def _worked_before(text: str, cues: list[Cue], years: Years, start: int, end: int) -> bool:
    """Whether the verb of working at characters ``start``…``end`` stands right before the years in their clause, or
    a little further with nothing said between but where and what it works."""
    gap = years.start - end
    if gap < 0 or gap > WORK_TOLD_BEFORE_YEARS or CLAUSE_BREAK.search(text[end : years.start]):
        return False
    return gap <= WORK_BEFORE_YEARS or not any(
        c.kind not in _PLACE_KINDS and end <= c.start and c.end <= years.start for c in cues
    )


def _began_right_after(text: str, cues: list[Cue], years: Years) -> bool:
    """Whether "I began" follows the years closely in their clause ("سجلت كمقاول ذاتي سنة 2025 وبدأت الطرز حينها"):
    the start takes them from the status said before."""
    return any(
        c.kind == "began" and 0 < c.first - years.last <= BEGAN_AFTER_REACH and not CLAUSE_BREAK.search(text[years.end : c.start])
        for c in cues
    )


def _of_trade(text: str, years: Years, status: Cue, start: int, end: int) -> bool:
    """Whether the trade at characters ``start``…``end`` stands between the years and the status after them, or right
    after or right before the years in their clause."""
    right_after = 0 <= start - years.end <= TRADE_AFTER_YEARS and not CLAUSE_BREAK.search(text[years.end : start])
    right_before = 0 <= years.start - end <= TRADE_BEFORE_YEARS and not CLAUSE_BREAK.search(text[end : years.start])
    return years.end <= start and end <= status.start or right_after or right_before


def _required(text: str, cues: list[Cue], years: Years) -> bool:
    """"wach khassni 3 snin?", "faut-il 3 ans de pratique ?", "هل يشترط عشر سنوات من الخبرة؟": years after a "do I
    need" in their clause are asked about, not practised."""
    as_cue = Cue("years", "", years.first, years.last, years.start, years.end)
    return near(text, cues, as_cue, "need", NEED_REACH, 0)


def _holds_status(text: str, cues: list[Cue], status: Cue, years: Years) -> bool:
    """Whether ``years`` stand next to the tax ``status`` in its clause, nothing else said between them."""
    if status.last < years.first:
        (left, right), (start, end), reach = (status.last, years.first), (status.end, years.start), STATUS_REACH_AFTER
    elif years.last < status.first and status.kind != "registered":
        # "كنخدم فالنجارة هادي 9 سنين وتسجلت غير العام اللي فات": years before "registered" are the work's.
        (left, right), (start, end), reach = (years.last, status.first), (years.end, status.start), STATUS_REACH_BEFORE
    else:
        return False
    # "auto-entrepreneur et potier depuis 2015": another clause, or a contrast, gives the years to the craft; so does
    # a diploma said between them ("من 2020 ما عنديش ديبلوم وكنخلص السي بي أو").
    between = any(c.kind in _OTHER_SAID and left < c.first < right for c in cues)
    # "كنخدم الدوم فسيدي سليمان هادي 9 سنين وماكنخلص حتى ضريبة": a status denied after the years is held for none.
    denied_after = years.last < status.first and any(c.kind == "negation" and left < c.first < right for c in cues)
    return right - left <= reach and not between and not denied_after and not CLAUSE_BREAK.search(text[start:end])


def _short_year(cues: list[Cue], i: int, words: Sequence[Word], today: dt.date) -> int | None:
    """The year written with two digits right after a strong "since", no unit after it: "depuis 98" is 1998, "forgeron
    depuis 07" 2007, "منذ 98" 1998. Only where no count could be meant: a leading zero, or a number past this year's
    own two digits ("depuis 15" may be fifteen days as well as 2015, "depuis 98" is no count)."""
    cue = cues[i]
    before = _adjacent_before(cues, i)
    if (
        len(cue.value) != 2
        or before is None
        or cues[before].kind != "since"
        or words[cues[before].first].form not in _STRONG_SINCE
        or i + 1 < len(cues) and cues[i + 1].first == cue.last + 1 and cues[i + 1].kind in ("units", "unit_filler")
    ):
        return None
    return _two_digit_year(int(cue.value), cue.value.startswith("0"), today)


def _two_digit_year(value: int, leading_zero: bool, today: dt.date) -> int | None:
    """The year two digits name where no count could be meant: with a leading zero ("07" is 2007), or past this year's
    own two digits ("98" is 1998); None otherwise ("15" may be fifteen days as well as 2015)."""
    century = today.year // 100 * 100
    if leading_zero:
        return century + value
    return century - 100 + value if value > today.year % 100 else None


def _year_after_since(cues: list[Cue], i: int, words: Sequence[Word], today: dt.date) -> tuple[int, int] | None:
    """The year said with two digits, or in words, after "since the year" ("من عام 87", "من عام سبعة وتمانين", "mn 3am
    tis3in"), and the index of its last cue: the year unit at cue ``i``. Only a number no count could be
    (_two_digit_year)."""
    before = _adjacent_before(cues, i)
    if (
        float(cues[i].value) != 1
        or before is None
        or cues[before].kind != "since"
        or words[cues[before].first].form not in _STRONG_SINCE
        or i + 1 >= len(cues)
        or cues[i + 1].first != cues[i].last + 1
    ):
        return None
    value, last = _number_from(cues, i + 1)
    unit_after = last + 1 < len(cues) and cues[last + 1].first == cues[last].last + 1 and cues[last + 1].kind in (
        "units", "unit_filler"
    )
    if value is None or value > 99 or unit_after:
        return None
    year = _two_digit_year(value, cues[i + 1].kind == "digits" and cues[i + 1].value.startswith("0"), today)
    return None if year is None else (year, last)


def _almost_before(cues: list[Cue], first: int) -> bool:
    """Whether "presque", "bientôt", "moins de" stands right before the word ``first`` (a count of years)."""
    return any(c.kind == "almost" and c.last == first - 1 for c in cues)


def _one_unit_ago(cues: list[Cue], i: int, words: Sequence[Word]) -> bool:
    """Whether the unit at cue ``i`` follows "ago" or a strong "since" right before it ("قبل سنة", "mn 3am")."""
    before = _adjacent_before(cues, i)
    if before is None:
        return False
    cue = cues[before]
    return cue.kind == "ago" or cue.kind == "since" and words[cue.first].form in _STRONG_SINCE


def _right_after(cues: list[Cue], i: int, kind: str) -> bool:
    """Whether a cue of ``kind`` stands right after cue ``i``: "2009 tal daba", "إلى اليوم" after a year (a span from
    then to now), "1430 للهجرة" (a Hijri year)."""
    return i + 1 < len(cues) and cues[i + 1].kind == kind and cues[i + 1].first == cues[i].last + 1


def _began_after(cues: list[Cue], i: int) -> bool:
    """Whether "I began" follows the year at cue ``i`` closely: "2012 j'ai commencé", "2015 بديت" (the year put first)."""
    return any(c.kind == "began" and 0 < c.first - cues[i].last <= BEGAN_AFTER_REACH for c in cues[i + 1 :])


# A year of the Hijri calendar ("منذ سنة 1430 للهجرة", "1430 هـ") in the Gregorian one: a Hijri year is 0.970229 of a
# Gregorian one, and year 1 began in 622.
_HIJRI_RATIO, _HIJRI_EPOCH = 0.970229, 621.5643


def _gregorian(hijri_year: int) -> int:
    return round(hijri_year * _HIJRI_RATIO + _HIJRI_EPOCH)


# "2014 w mn dak nhar": how far after the year "since then" may stand.
SINCE_THEN_REACH = 3


def _since_then_after(cues: list[Cue], i: int) -> bool:
    """Whether "since then" ("mn dak nhar", "منذ ذلك الحين") follows the year at cue ``i`` closely."""
    return any(c.kind == "since_then" and 0 < c.first - cues[i].last <= SINCE_THEN_REACH for c in cues[i + 1 :])


def _began_before(cues: list[Cue], i: int) -> bool:
    """Whether "I began" ("bdit", "بدأت", "j'ai commencé") stands a few words before cue ``i``."""
    return any(c.kind == "began" and 0 < cues[i].first - c.last <= BEGAN_REACH for c in cues[:i])


@dataclass(frozen=True)
class _Age:
    """An age said in the message: the speaker's now, or the one they started at."""

    years: int
    first: int
    last: int
    start: int
    end: int
    started: bool


def _number_from(cues: list[Cue], i: int) -> tuple[int | None, int]:
    """The number written from cue ``i`` on ("17", "السابعة عشرة", "khamsa w 3chrin"), and its last cue index."""
    parts: list[int] = []
    last = j = i
    while j < len(cues) and (not parts or cues[j].first == cues[j - 1].last + 1):
        number = _number(cues[j])
        if number is not None:
            parts.append(number)
            last = j
        elif not (parts and cues[j].kind == "contrast" and j + 1 < len(cues) and _number(cues[j + 1]) is not None):
            break  # "w", "و" only between two numbers
        j += 1
    return (_joined(parts), last) if parts else (None, i)


def _joined(parts: list[int]) -> int:
    """The number its written parts make: "khamsa w 3chrin" is 25, "خمسة عشر" is 15."""
    total = parts[0]
    for part in parts[1:]:
        total = total + part if (part in _TENS or total in _TENS) else total * 10 + part
    return total


# "I" and "had" of Darija's "when I had" ("وأنا عندي 18"), normalised.
_I = frozenset({"انا", "وانا", "ana", "wana"})
_HAD = frozenset({"عندي", "3ndi", "3andi", "3endi"})
# "عندي فيها", "3ndi fih": "I have in it", the years of a trade.
_IN_IT = frozenset({"فيها", "فيه", "فيهم", "fiha", "fih", "fihom"})
# "وانا بنت 13", "ana weld 12": "when I was a girl / a boy of", the age one was then.
_CHILD_OF = frozenset({"بنت", "ولد", "bent", "bnt", "weld", "wld", "wlid"})
# "دخلت للميكانيك وأنا عندي سطاش", "t3llmt sn3a w ana 3ndi 12": entering or learning a trade, then "when I had", is
# starting it at that age; only with nothing else said between (entering a regime is no start of the craft).
_ENTERED = frozenset({"دخلت", "ودخلت", "تعلمت", "وتعلمت", "dkhlt", "dkhelt", "dkhalt", "dakhlt", "wdkhlt", "t3lmt", "t3llmt", "t3allamt", "t3elmt"})
ENTERED_REACH = 4
# "j'en ai aujourd'hui 38", "3ndi daba 40": words of now, between "I have" and one's age.
NOW_WORDS = frozenset({"aujourd'hui", "aujourd", "hui", "aujourdhui", "maintenant", "actuellement", "daba", "db", "دابا", "الان", "الآن", "حاليا", "اليوم"})
# "ودابا كملت 25", "w daba kmmlt 40": "I have turned", the writer's age now.
_TURNED = frozenset({"كملت", "كمّلت", "kmelt", "kmmlt", "kemmelt", "kmlt"})


def _age_noun_before(words: Sequence[Word], first: int) -> bool:
    """Whether the noun "age" stands right before word ``first`` ("من سن 14", "فعمر 20", "في عمر 15")."""
    noun = words[first - 1].form if first > 0 else ""
    return noun in _AGE_NOUNS or noun in _AGE_NOUN_AFTER_AT and first > 1 and words[first - 2].form in _AT


def _entered_before(cues: list[Cue], words: Sequence[Word], at: int) -> bool:
    """Whether a verb of entering or learning a trade stands a few words before word ``at``, nothing else said between
    ("دخلت للميكانيك وأنا…", not "دخلت للاوطو انتروبرونور وأنا…")."""
    for start in range(max(0, at - ENTERED_REACH), at):
        if words[start].form in _ENTERED:
            return not any(start < c.first < at for c in cues)
    return False


def _ages(cues: list[Cue], words: Sequence[Word], text: str) -> list[_Age]:
    """Ages: "3mri 19", "j'ai 45 ans", "daba 3ndi 30"; and ages one started at: "depuis l'âge de 12 ans",
    "mn ana 3ndi 14 l3am", "منذ أن كان عمري 16", "j'ai commencé à 18 ans", "بديت ف 18", "في السابعة عشرة"."""
    ages = []
    i = 0
    while i < len(cues):
        value, last = _number_from(cues, i)
        if value is None or cues[i].kind == "digits" and len(cues[i].value) > 2:
            i += 1
            continue
        first = cues[i].first
        after = cues[last + 1] if last + 1 < len(cues) and cues[last + 1].first == cues[last].last + 1 else None
        # "بديت وأنا عندي 22 عام": "when I had" says an age, with its unit too.
        when_i_had = first > 1 and words[first - 1].form in _HAD and words[first - 2].form in _I
        if after is not None and (
            after.kind == "units" and float(after.value) != 1 and not when_i_had or after.kind == "unit_filler"
        ):
            i = last + 1
            continue  # "6 mois", "5 d snin": a duration, read elsewhere
        before = [c for c in cues[:i] if first - c.last <= 4]
        # "من سن 14 إلى سن 20": the noun "age" right before the number (alone, "فالسن" says old, not an age).
        said_age = any(c.kind == "age" for c in before if first - c.last <= 3) or _age_noun_before(words, first)
        # "في الثانية عشرة من عمره": the age named just after the number.
        said_age = said_age or any(
            c.kind == "age"
            and 0 < c.first - cues[last].last <= AGE_AFTER_REACH
            and not CLAUSE_BREAK.search(text[cues[last].end : c.start])
            for c in cues[last + 1 :]
        )
        # "عندي فيها 30 عام", "3ndi fiha 20 3am": years "in it", the trade's, not an age.
        in_it = first > 0 and words[first - 1].form in _IN_IT
        # "j'en ai aujourd'hui trente-huit", "عندي دابا 40": a word of now between does not part them.
        # "mn kan 3ndi 17": "I had", said in the past, owns an age as "I have" does.
        owned = any(
            (c.kind == "possession" or c.kind == "past" and words[c.last].form in _HAD)
            and first - c.last - sum(w.form in NOW_WORDS for w in words[c.last + 1 : first]) <= 2
            for c in before
        ) and not in_it
        # "منذ أن كان في الثانية عشرة من عمره، وعمره الآن خمسة وستون": a since past a comma starts no age after it.
        since = any(
            c.kind == "since" and words[c.first].form in _STRONG_SINCE and not CLAUSE_BREAK.search(text[c.end : cues[i].start])
            for c in before
        )
        at_work = any(c.kind == "practice_context" for c in cues[last + 1 :] if c.first - cues[last].last <= 4)
        # "لدي خبرة عشرين عاما", "3ndi lkhibra dyal 12 3am": the experience named just before the number.
        at_work = at_work or any(c.kind == "practice_context" and 0 < first - c.last <= 2 for c in before)
        began = any(c.kind == "began" for c in before)
        # "j'ai commencé à 18 ans"; not the "a" of "il y a" ("j'ai commencé il y a un an": a year ago).
        french_at = first > 0 and words[first - 1].form == "a" and began and not (first > 1 and words[first - 2].form == "y")
        right_after_since = bool(before) and before[-1].kind == "since" and before[-1].last == first - 1
        # "وأنا الآن في الخامسة والثلاثين": an ordinal after "في" is an age.
        ordinal = right_after_since and words[first].form.startswith(_ORDINAL_ARTICLES) and (
            value >= ADULT_AGE or _said_of_them(words, first - 1)
        )
        # "بدأت العمل وعمري 12 سنة", "j'ai commencé, j'avais l'âge de 14 ans": an age said right after a start is the
        # age one started at.
        # "بديت الحدادة وأنا عندي 18", "bdit w ana 3ndi 16": "when I had" after a start is the age one started at.
        when_i_had = owned and when_i_had
        # "بديت وانا بنت تسعه", "من وانا بنت 13": "when I was a girl of" after a start or a since.
        when_i_was = first > 1 and words[first - 1].form in _CHILD_OF and words[first - 2].form in _I
        # "j'ai commencé la sellerie à l'âge de 14 ans": the reach counts from the noun "age" that opens the phrase.
        phrase = min((c.first for c in before if c.kind == "age" and first - c.last <= 3), default=first)
        began_at_age = (
            (said_age or when_i_had) and any(c.kind == "began" and 0 < phrase - c.last <= BEGAN_REACH for c in cues[:i])
            or when_i_had and _entered_before(cues, words, first - 2)
            or when_i_was and any(c.kind in ("began", "since") and 0 < first - c.last <= BEGAN_REACH for c in cues[:i])
        )
        # "ودابا كملت 25": the age turned is the writer's now.
        said_age = said_age or first > 0 and words[first - 1].form in _TURNED
        # "منذ أن كنت في الخامسة عشرة": an ordinal after "في", a "since" before it, is the age one started at.
        since_ordinal = since and right_after_since and words[first].form.startswith(_ORDINAL_ARTICLES)
        started_at = since and (said_age or owned) or french_at or began and right_after_since or began_at_age or since_ordinal
        # "منذ أن كان ابننا الأكبر في الثالثة من عمره، وهو اليوم في الثانية عشرة": a child's age then dates the work
        # however young the child was.
        child_since = _since_a_relative_was(cues, words, text, i)
        if child_since is not None and (said_age or words[first].form.startswith(_ORDINAL_ARTICLES)):
            # The years are the writer's, counted from the "since" before the relative is named.
            ages.append(_Age(value, child_since.first, cues[last].last, child_since.start, cues[last].end, True))
        elif started_at and value >= YOUNGEST_START_AGE:
            ages.append(_Age(value, first, cues[last].last, cues[i].start, cues[last].end, True))
        elif (said_age or owned and value >= ADULT_AGE and not at_work or ordinal) and value <= _OLDEST_AGE:
            ages.append(_Age(value, first, cues[last].last, cues[i].start, cues[last].end, False))
        i = last + 1
    return ages


# "منذ أن كان ابننا الأكبر في الثالثة": the words from a since to the age of the relative named between.
RELATIVE_AGE_REACH = 7


def _since_a_relative_was(cues: list[Cue], words: Sequence[Word], text: str, i: int) -> Cue | None:
    """The strong "since" a few words before the number at cue ``i``, a relative named between, in one clause."""
    return next(
        (
            c
            for c in cues[:i]
            if c.kind == "since"
            and words[c.first].form in _STRONG_SINCE
            and 0 < cues[i].first - c.last <= RELATIVE_AGE_REACH
            and not CLAUSE_BREAK.search(text[c.end : cues[i].start])
            and any(r.kind == "relative" and c.last < r.first < cues[i].first for r in cues)
        ),
        None,
    )


# "وهي اليوم في العاشرة": "she", "he", then "in the tenth", a child's age now (a word of now may stand between).
_HE_SHE = frozenset({"هي", "وهي", "هو", "وهو"})


def _said_of_them(words: Sequence[Word], at: int) -> bool:
    """Whether "she" or "he" stands just before word ``at`` ("في"), a word of now between or not."""
    k = at - 1
    while k >= 0 and words[k].form in NOW_WORDS:
        k -= 1
    return k >= 0 and at - k <= 2 and words[k].form in _HE_SHE


def _years_since_an_age(ages: list[_Age]) -> list[Years]:
    """Years of practice from the age one started at: now minus then; without one's age, an adult's lower bound."""
    started = [a for a in ages if a.started]
    now = [a for a in ages if not a.started]
    found = []
    for then in started:
        older = [a for a in now if a.years > then.years]
        if older:
            years = max(older, key=lambda a: a.years).years - then.years
        elif ADULT_WRITER_AGE - then.years >= PRACTICE_YEARS and not now:
            years = ADULT_WRITER_AGE - then.years  # started as a child: at least this long by now
        else:
            continue
        found.append(Years(years, then.first, then.last, then.start, then.end, from_age=True))
    return found


def _ordinal(words: Sequence[Word], unit: Cue, number: Cue) -> bool:
    """"السنة الثانية" (the second year of a school), "العام الثالث": a unit and a number that both carry the article
    are an ordinal, which year it is, not how many ("عام واحد", "سنتين اثنتين" count)."""
    return all(words[c.first].form.startswith(_ORDINAL_ARTICLES) for c in (unit, number))


# "من عام الجفاف ديال 1995", "mn 3am lboun dyal 2003": a year named by what happened in it, its number after; so is
# the day of it ("من نهار تزوجت 2009": since the day I married, in 2009).
NAMED_YEAR_REACH = 5
# "من العام اللي تزوجت فيه، 1994", "من العام اللي رمّمو فيه المدينة، 2016": a year named by a clause ("the year when").
NAMED_BY_A_CLAUSE_REACH = 8
_RELATIVES = frozenset({"اللي", "لي", "الي", "الذي", "li", "lli", "elli"})


def _since_a_named_year(cues: list[Cue], i: int, words: Sequence[Word]) -> int | None:
    """The index of the strong "since" before a year unit, or before the word "day", a few words before the year at
    cue ``i`` ("من عام الجفاف ديال 1995", "من نهار تزوجت 2009"), the year's name between; None otherwise."""
    for k in range(i - 1, -1, -1):
        if cues[i].first - cues[k].last > NAMED_YEAR_REACH:
            return _since_the_year_when(cues, i, words)
        if cues[k].kind == "units" and float(cues[k].value) == 1:
            return _strong_since_before(cues, k, words)
        if cues[k].kind == "since" and words[cues[k].first].form in _STRONG_SINCE and cues[k].last + 1 < len(words):
            return k if words[cues[k].last + 1].form in _DAY else None
        if cues[k].kind not in _IN_A_YEARS_NAME:
            return _since_the_year_when(cues, i, words)
    return None


# What a year's name may hold: "of", a relative ("من عام العرس ديال بنتي الكبيرة 2017").
_IN_A_YEARS_NAME = frozenset({"unit_filler", "relative", "small"})


def _since_the_year_when(cues: list[Cue], i: int, words: Sequence[Word]) -> int | None:
    """The index of the strong "since" of "since the year when …, 1994" ("من العام اللي تزوجت فيه، 1994"): a year unit
    and a relative pronoun right after it, a few words before the year at cue ``i``, whatever the clause says."""
    for k in range(i - 1, -1, -1):
        if cues[i].first - cues[k].last > NAMED_BY_A_CLAUSE_REACH:
            return None
        if cues[k].kind == "holders" and cues[k].first == cues[k].last and words[cues[k].first].form in _RELATIVES:
            unit = _adjacent_before(cues, k)
            if unit is not None and cues[unit].kind == "yearly" and words[cues[unit].first].form in _IN_THE_YEAR:
                # "وبديت النحاس فالعام اللي تزوج فيه ولدي الكبير، 2011": a start before "in the year when".
                return next(
                    (b for b in range(unit - 1, -1, -1) if cues[b].kind == "began" and cues[unit].first - cues[b].last <= BEGAN_REACH),
                    None,
                )
            if unit is None or cues[unit].kind != "units" or float(cues[unit].value) != 1:
                return None
            return _strong_since_before(cues, unit, words)
    return None


# "In the year", glued ("فالعام اللي"), which the cue lists read as yearly.
_IN_THE_YEAR = frozenset({"فالعام", "فالسنه", "فعام"})


def _strong_since_before(cues: list[Cue], k: int, words: Sequence[Word]) -> int | None:
    """The index of a strong "since" right before cue ``k``, if there is one."""
    since = _adjacent_before(cues, k)
    return since if since is not None and cues[since].kind == "since" and words[cues[since].first].form in _STRONG_SINCE else None


# "ملي مشى ولدي للخدمة العسكرية، وهاداك كان 2019", "mlli mcha khoya l sbanya (2016 hadik)": a start told by an
# event ("since", "when"), then its year said again as "that was".
_SINCE_WHEN = frozenset({"ملي", "مللي", "منين", "mli", "mlli", "milli", "melli", "mnin", "mnine"})
_THAT = frozenset({"هاداك", "وهاداك", "هاديك", "وهاديك", "هداك", "وهداك", "هديك", "وهديك", "ذلك", "وذلك", "hadak", "whadak",
                   "hadik", "whadik", "dak", "c'etait", "cetait"})
# Between "that" and the year: "was", "in", "the year".
# "يعني 2024", "ya3ni 2019": the year named before, said plainly.
_MEANING = frozenset({"يعني", "يعنى", "ya3ni", "ya3ne", "y3ni"})
_THAT_WAS = frozenset({"كان", "كانت", "kan", "kant", "kanet", "f", "في", "ف", "fi", "en", "عام", "العام", "سنه", "السنه",
                       "l3am", "3am"})
THAT_WAS_REACH = 3
SINCE_WHEN_REACH = 14


# "mlli mcha khoya l sbanya f 2018", "ملي تزوجت ف 2010": the event's year said in it, after "in".
_IN_YEAR = frozenset({"f", "fi", "ف", "في", "en"})
SINCE_WHEN_IN_REACH = 8


def _since_a_restated_year(i: int, cues: list[Cue], words: Sequence[Word]) -> int | None:
    """The word index of the "since"/"when" the year at cue ``i`` dates by "that was" ("ملي مشى ولدي للعسكر، وهاداك
    كان 2019"; "(2016 hadik)"), by "in" ("mlli mcha khoya l sbanya f 2018") or by "that is" (of a start too: "بديت…
    عام الزواج ديال ولدي، يعني 2024"), if one stands a few words before it; None otherwise."""
    year = cues[i]
    if year.first > 0 and words[year.first - 1].form in _IN_YEAR:
        return _when_before(words, year.first - 1, SINCE_WHEN_IN_REACH)
    if year.first > 0 and words[year.first - 1].form in _MEANING:
        # "بديت نصوب البلغة عام الزواج ديال ولدي الكبير، يعني 2024": a start, its year named, then said plainly.
        # The year alone is the span: the trade told between the start and it is another entity's.
        began = any(c.kind == "began" and year.first - c.last <= SINCE_WHEN_REACH for c in cues[:i])
        return year.first if began else _when_before(words, year.first - 1, SINCE_WHEN_REACH)
    after = words[year.last + 1].form if year.last + 1 < len(words) else ""
    that = year.first if after in _THAT else _that_before(words, year.first)
    return None if that is None else _when_before(words, that, SINCE_WHEN_REACH)


def _that_before(words: Sequence[Word], first: int) -> int | None:
    """The index of "that" a few words before word ``first``, only "was", "in" or "the year" between."""
    for k in range(first - 1, max(-1, first - 1 - THAT_WAS_REACH), -1):
        if words[k].form in _THAT:
            return k
        if words[k].form not in _THAT_WAS:
            return None
    return None


def _when_before(words: Sequence[Word], at: int, reach: int) -> int | None:
    """The index of the nearest "since"/"when" at most ``reach`` words before word ``at``."""
    return next((k for k in range(at - 1, max(-1, at - 1 - reach), -1) if words[k].form in _SINCE_WHEN), None)


def _adjacent_before(cues: list[Cue], i: int) -> int | None:
    """The index of the cue ending on the word just before cue ``i``, if there is one."""
    return i - 1 if i > 0 and cues[i - 1].last == cues[i].first - 1 else None


def _at(cues: list[Cue], first: int) -> int:
    return next(i for i, c in enumerate(cues) if c.first == first)


def _count_before(cues: list[Cue], unit: int) -> tuple[float | None, int]:
    """The number written just before a unit, adding "khamsa w 3chrin" and "خمسة عشر"."""
    parts: list[int] = []
    first = cues[unit].first
    i = unit - 1
    if i >= 0 and cues[i].kind == "unit_filler" and cues[i].last == first - 1:
        first, i = cues[i].first, i - 1
    while i >= 0 and cues[i].last == first - 1:
        number = _number(cues[i])
        if number is not None:
            parts.insert(0, number)
            first = cues[i].first
        elif not (cues[i].kind == "contrast" and parts):  # "w", "و", "et" between two numbers
            break
        i -= 1
    return (_joined(parts), first) if parts else (None, first)


def _persons_age(years: Years, cues: list[Cue], words: Sequence[Word]) -> bool:
    """"mon fils de 16 ans", "ma nièce de 15 ans": years right after a relative and "de" are their age, no practice."""
    of = years.first - 1
    return of > 0 and words[of].form in _AGE_OF and any(c.kind == "relative" and c.last == of - 1 for c in cues)


def _is_age(years: Years, cues: list[Cue]) -> bool:
    before = [c for c in cues if c.last < years.first]
    if any(c.kind == "age" and years.first - c.last <= 3 for c in before):
        return True
    has = before and before[-1].kind == "possession" and before[-1].last == years.first - 1
    after = [c for c in cues if years.last < c.first <= years.last + 4]
    at_work = any(c.kind == "practice_context" for c in after) or any(
        c.kind == "practice_context" and 0 < years.first - c.last <= 2 for c in before
    )
    return bool(has) and years.years >= ADULT_AGE and not at_work
