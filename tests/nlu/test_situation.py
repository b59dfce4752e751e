"""What people say about themselves, read in every variety: category, tax situation, business stage."""

import datetime as dt

import pytest

from hirfa.text import normalise
from nlu.lexicon_extractor import message_words
from nlu.situation import SituationReader, _entries, load_cues

TODAY = dt.date(2026, 12, 1)


@pytest.fixture(scope="module")
def reader() -> SituationReader:
    return SituationReader(load_cues())


def read(reader: SituationReader, text: str, today: dt.date = TODAY, taken=()) -> dict[str, str]:
    return {f.entity: f.value for f in reader.read(text, message_words(text), today, taken)}


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # No diploma, but years of practice: in digits, in words, or as a start year.
        ("ma3ndich diplome walakin khdama f zrabi hadi 5 snin, wach n9der ntsjel?", "practice"),
        ("j'ai pas de diplôme mais je fais de la poterie depuis 4 ans, je peux m'inscrire ?", "practice"),
        ("واش خاصني الديبلوم باش نتسجل؟ أنا خدام نجار هادي 12 عام", "practice"),
        ("ليس لدي دبلوم لكنني أعمل في الخزف منذ ست سنوات", "practice"),
        ("ماعنديش الديبلوم ولكن خدمت خمس سنين فالنجارة", "practice"),
        ("ana bla diplome kankhdem zlij mn 2015", "practice"),
        ("je travaille le cuir depuis 2018 sans aucun diplôme", "practice"),
        ("أشتغل في الزليج منذ 2015", "practice"),
        ("ma 3ndi ta chahada walakin khdemt khams snin f nnjara", "practice"),
        ("الديبلوم ماعنديش ولكن خدمت خمسة عشر عام", "practice"),
        ("je suis potier depuis six ans", "practice"),
        ("كنخدم الدرازة من صغري", "practice"),
        ("j'ai 45 ans et 3 ans d'expérience dans la couture", "practice"),
        # A diploma held, in every variety.
        ("حصلت على دبلوم التكوين المهني في الخياطة، هل يمكنني التسجيل؟", "diploma"),
        ("3ndi diplome f lkhiyata wach n9der ntsjel", "diploma"),
        ("j'ai un diplôme de l'OFPPT en menuiserie", "diploma"),
        ("عندي ديبلوم فالزليج", "diploma"),
        # Maâlem, cooperative, enterprise.
        ("ana m3alem f zlij 15 3am", "maalem"),
        ("je suis maître artisan", "maalem"),
        ("7na ta3awoniya dyal zrabi", "cooperative"),
        ("نحن تعاونية للنسيج", "cooperative"),
        ("3ndi charika sghira dyal fkhar", "enterprise"),
        # No diploma and less than 3 years: the case the law does not name.
        ("bla diplome w ghir 2 snin", "none"),
        ("ماعنديش ديبلوم وعام واحد فقط فالحرفة", "none"),
        ("pas de diplôme et seulement un an de métier", "none"),
        ("ما عنديش شهادة وخدمت عامين", "none"),
        ("ma dertch tkwin w khdemt 6 chhor", "none"),
        ("bdit lfekhara l3am li fat w ma3ndi hta diplome", "none"),
        ("ana 3ndi 25 3am, ma3ndi ta diplome w 3ad bdit", "none"),
        # Endings glued to the cue: our cooperative, as a maâlem.
        ("تعاونيتنا للفخار بغات تتسجل", "cooperative"),
        ("بصفتي معلما في السراجة، ما الوثائق؟", "maalem"),
        ("وماعنديش الديبلوم ولكن عندي 7 سنين فالخدمة", "practice"),
    ],
)
def test_reads_the_kind_of_registrant(reader: SituationReader, text: str, category: str) -> None:
    assert read(reader, text).get("category") == category


@pytest.mark.parametrize(
    "text",
    [
        # Too little said: the assistant must ask, not answer for another case.
        "wach khass diplome bach ntsjel?",
        "est-ce qu'il faut un diplôme pour s'inscrire ?",
        "هل يجب أن يكون لدي دبلوم؟",
        "ma3ndich diplome, wach n9der ntsjel?",
        # An age is not years of practice; a maâlem one works for is not the speaker.
        "ana 3ndi 45 3am w ma 3ndi ta diplome",
        "عمري 30 عام وبغيت نتسجل",
        "kankhdem 3nd m3alem f nejara",
        "je travaille chez un maître artisan",
        # Negated groups say nothing.
        "ma3ndich charika, ana bo7di",
        "lkhedma dyali f marrakech",
    ],
)
def test_asks_rather_than_guesses(reader: SituationReader, text: str) -> None:
    assert "category" not in read(reader, text)


def test_a_start_year_counts_from_today() -> None:
    reader = SituationReader(load_cues())
    text = "bla diplome, kankhdem mn 2024"
    assert read(reader, text, today=dt.date(2025, 6, 1))["category"] == "none"
    assert read(reader, text, today=dt.date(2027, 6, 1))["category"] == "practice"
    assert "category" not in read(reader, "bla diplome, mn 2031", today=TODAY)


@pytest.mark.parametrize(
    ("text", "tax"),
    [
        ("ch7al khassni nkhelles f l'amo? ana ma kankhllsch dariba", "none"),
        ("كم سأدفع شهريا للتأمين الإجباري عن المرض؟ لا أؤدي أي ضريبة", "none"),
        ("ما كنخلصش الضريبة، شحال خاصني نخلص فالتغطية؟", "none"),
        ("je ne paie pas d'impôts, combien pour l'AMO ?", "none"),
        ("ana makankhallasch dariba", "none"),
        ("je suis non imposable", "none"),
        ("أنا صانع غير خاضع للضريبة", "none"),
        ("أنا زلايجي وما كنخلص حتى ضريبة", "none"),
        ("je suis au régime de la CPU", "cpu"),
        ("أنا في نظام المساهمة المهنية الموحدة", "cpu"),
        ("3ndi comptable w kankhalles dariba", "accounts"),
        ("je tiens une comptabilité", "accounts"),
        ("ana auto-entrepreneur ch7al l'amo", "auto_entrepreneur"),
        ("أنا مقاول ذاتي كم أدفع", "auto_entrepreneur"),
    ],
)
def test_reads_the_tax_situation(reader: SituationReader, text: str, tax: str) -> None:
    assert read(reader, text).get("tax_situation") == tax


@pytest.mark.parametrize("text", ["ch7al l'amo?", "kankhalles dariba, ch7al l'amo?", "ma 3ndich cpu"])
def test_a_tax_situation_is_not_guessed(reader: SituationReader, text: str) -> None:
    assert "tax_situation" not in read(reader, text)


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        ("ana f douar w bghit credit", "rural"),
        ("كنسكن فالبادية وبغيت قرض", "rural"),
        ("je veux agrandir mon atelier", "grow"),
        ("بغيت نوسع المحل ديالي", "grow"),
        ("ورشتي تعمل وأريد تطويرها", "grow"),
        # A grown workshop in El Jadida ("the new") is not a new project.
        ("بغيت نوسعها فالجديدة", "grow"),
        ("bghit nbda mochro3 dyal fkhar", "start"),
        ("je veux créer mon atelier de poterie", "start"),
        # The most specific stage wins: a project in a village is rural.
        ("bghit nbda projet f douar", "rural"),
    ],
)
def test_reads_the_business_stage(reader: SituationReader, text: str, stage: str) -> None:
    assert read(reader, text).get("business_stage") == stage


def test_words_other_entities_claimed_are_not_cues(reader: SituationReader) -> None:
    text = "ana f douar"
    start = text.index("douar")
    assert "business_stage" not in read(reader, text, taken=[(start, start + len("douar"))])


def test_every_cue_has_one_meaning() -> None:
    seen: dict[str, str] = {}
    clashes = []
    for kind, phrase, value in _entries(load_cues()):
        key = " ".join(normalise(phrase).replace("'", " ").replace("-", " ").split())
        meaning = f"{kind}:{value}"
        if seen.setdefault(key, meaning) != meaning:
            clashes.append((phrase, seen[key], meaning))
    assert clashes == []
