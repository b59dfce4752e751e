"""Situation kinds read in round 50 (nlu.situation_years, nlu.situation_category, nlu.situation, the cue lists): a
birth that "after" dates ("بعد ولادة ابنتي، وهي اليوم في الثامنة"), never having worked, a maâlem said recognised, a
company just created in French's recent past, Darija's "ma" before an Arabizi word in a French-looking message, the CPU
with a glued "la" ("لاسي بي يو"), and "nwss3" (to enlarge)."""

import pytest

from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "تعلمت الخياطة بعد ولادة ابني، وهو اليوم في العاشرة من عمره، ولا أملك دبلوما",
        "j'ai commencé la broderie après la naissance de ma fille, elle a 6 ans aujourd'hui, pas de diplôme",
        "أنسج الحصير منذ أن كانت ابنتي الصغرى رضيعا، وهي الآن في السادسة، ولا شهادة لي",
    ],
)
def test_the_years_since_a_birth_said_after_it(reader, text: str) -> None:
    assert read(reader, text).get("category") == "practice"


@pytest.mark.parametrize(
    "text",
    [
        "ما عندي ديبلوم وعمري ما خدمت، بغيت نتعلم النجارة",
        "pas de diplome et jamais travaillé, je veux apprendre la couture",
        "لا أملك أي تجربة ولا دبلوم وأريد تكوينا في الطرز",
    ],
)
def test_never_having_worked_and_no_diploma_is_none(reader, text: str) -> None:
    assert read(reader, text).get("category") == "none"


@pytest.mark.parametrize(
    "text",
    ["أنا معلم حداد معترف بي منذ 2020", "je suis maalem tisserand reconnu depuis 2021"],
)
def test_a_maalem_said_recognised_is_one_whatever_the_years(reader, text: str) -> None:
    assert read(reader, text).get("category") == "maalem"


def test_a_maalem_with_few_years_and_no_recognition_is_not_one(reader) -> None:
    assert read(reader, "je suis maalem tisserand depuis 2021").get("category") != "maalem"


@pytest.mark.parametrize(
    "text", ["je viens de créer ma SARL de poterie", "on vient de monter notre SARL de menuiserie à Fès"]
)
def test_a_company_just_created_keeps_accounts(reader, text: str) -> None:
    assert read(reader, text).get("tax_situation") == "accounts"


def test_a_company_to_create_keeps_none_yet(reader) -> None:
    assert "tax_situation" not in read(reader, "je veux créer une SARL de poterie")


def test_darija_ma_before_an_arabizi_word_denies_in_a_french_looking_message(reader) -> None:
    text = "bdit f zlij f 2025, ma 3ndi ta diplôme, la procédure c'est quoi ?"
    assert read(reader, text).get("category") == "none"


def test_french_ma_stays_my(reader) -> None:
    assert read(reader, "je fais du zellige depuis 2025, ma formation est finie, j'ai mon diplôme").get("category") == "diploma"


@pytest.mark.parametrize("text", ["كنخلص لاسي بي يو على الطاليي", "حنا داخلين فلاسيبيو"])
def test_the_cpu_with_its_glued_article(reader, text: str) -> None:
    assert read(reader, text).get("tax_situation") == "cpu"


def test_nwss3_grows(reader) -> None:
    assert read(reader, "bghit credit bach nwss3 lmahal dyali").get("business_stage") == "grow"


@pytest.mark.parametrize(
    ("text", "tax"),
    [
        # A company of one's own after "then" leaves the regime before it; Darija's "kan 3ndi" (I had) is a past.
        ("اشتغلت سنوات بالجزافية ثم أسست شركة SARL للحدادة", "accounts"),
        ("kan 3ndi forfait, walakin drt SARL had l3am", "accounts"),
        # Leaving one regime for another.
        ("j'ai laissé tomber l'AE, maintenant je suis à la CPU", "cpu"),
    ],
)
def test_the_regime_or_company_taken_after_another_is_the_present_one(reader, text: str, tax: str) -> None:
    assert read(reader, text).get("tax_situation") == tax


def test_neither_cpu_nor_ae_is_no_tax(reader) -> None:
    assert read(reader, "لا سي بي يو لا أوطو أونطروبرونور، والو. شحال نخلص فلامو؟").get("tax_situation") == "none"


def test_the_recognised_maalem_after_a_question_about_maalems(reader) -> None:
    text = "واش المعلم كياخد بطاقة أخرى؟ أنا معلم خراز معترف بيا من 2021"
    assert read(reader, text).get("category") == "maalem"


def test_leaving_a_town_ends_no_regime(reader) -> None:
    text = "Auto-entrepreneur en zellige, je viens de quitter Fès pour m'installer à Tanger."
    assert read(reader, text).get("tax_situation") == "auto_entrepreneur"


@pytest.mark.parametrize(
    ("text", "tax"),
    [
        # "kan" before a verb is Darija's present written apart, no past.
        ("la retraite kifach katit7sab? ana kan khalas cepeyu", "cpu"),
        ("kan declari b resultat net reel, ch7al amo", "accounts"),
    ],
)
def test_kan_before_a_verb_is_the_present(reader, text: str, tax: str) -> None:
    assert read(reader, text).get("tax_situation") == tax


def test_since_i_had_an_age_in_the_past_still_counts_from_it(reader) -> None:
    assert read(reader, "3ndi 21 3am w bdit nnjara mn kan 3ndi 19, bla diplome").get("category") == "none"


@pytest.mark.parametrize(
    "text", ["كنت فالفورفي ودابا مقاول ذاتي", "كنت فالجزافي دابا مقاول ذاتي، واش نقدر نشارك فالمعرض؟"]
)
def test_a_word_of_now_after_a_past_starts_the_present(reader, text: str) -> None:
    assert read(reader, text).get("tax_situation") == "auto_entrepreneur"


def test_a_regime_said_past_without_now_stays_past(reader) -> None:
    assert read(reader, "كنت مقاول ذاتي فالعام اللي فات").get("tax_situation") != "auto_entrepreneur"
