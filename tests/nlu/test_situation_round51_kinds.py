"""Situation kinds read in round 51 (nlu.situation_years, nlu.situation_category, nlu.situation_tax, the cue lists): a
start year corrected in several words, a child's age then and now, a start said right after a regime's year, a year
not yet completed, never having worked before, the writer "with" a cooperative, a cooperative's or the writer's own
bookkeeping, a fixed yearly sum, "what" and "all that" that look like a negation, an emoji that ends a sentence, and
the business stage said by "me lancer", a village or growing."""

import pytest

from tests.nlu.test_situation import read


def test_a_start_year_corrected_in_several_words_gives_way_to_the_last(reader) -> None:
    assert read(reader, "بديت الخرازة 2025.. لا سمح ليا غلطت، 2019").get("category") == "practice"


@pytest.mark.parametrize(
    "text",
    [
        "أخيط الجلابة منذ أن كانت ابنتي في الرابعة من عمرها، وهي اليوم في الرابعة عشرة، ولا دبلوم لي",
        "بدأت النقش على الخشب يوم ولد ابني الأصغر، وهو اليوم في السادسة، ولا أملك دبلوما",
    ],
)
def test_a_childs_age_then_and_now_counts_the_years(reader, text: str) -> None:
    assert read(reader, text).get("category") == "practice"


def test_a_start_right_after_a_regimes_year_is_the_crafts(reader) -> None:
    text = "تسجلت مقاولا ذاتيا سنة 2025 وبدأت النسيج حينها، ولا أملك أي دبلوم"
    assert read(reader, text).get("category") == "none"


@pytest.mark.parametrize(
    "text",
    ["لم أكمل سنة في الصياغة بعد ولا دبلوم عندي", "ما عندي ديبلوم ولا خدمت قبل، بغيت نتعلم الخياطة"],
)
def test_under_a_year_or_never_worked_without_a_diploma_is_none(reader, text: str) -> None:
    assert read(reader, text).get("category") == "none"


@pytest.mark.parametrize(
    "text", ["ana m3a cooperative dyal zrabi f azilal", "je suis avec une coopérative de poterie", "أنا مع تعاونية للنسيج"]
)
def test_the_writer_with_a_cooperative_is_a_member(reader, text: str) -> None:
    assert read(reader, text).get("category") == "cooperative"


def test_selling_with_a_cooperative_is_no_membership(reader) -> None:
    assert read(reader, "kanbi3 sl3a dyali m3a cooperative f sou9").get("category") != "cooperative"


@pytest.mark.parametrize(
    "text",
    [
        "le comptable de la coopérative nous a expliqué qu'on ne paie aucun impôt",
        "المحاسب ديال التعاونية قال لينا ما عندنا حتى ضريبة",
        "je suis comptable dans une fiduciaire, mon client ne paie aucun impôt",
    ],
)
def test_a_bookkeeper_of_others_gives_way_to_no_tax(reader, text: str) -> None:
    assert read(reader, text).get("tax_situation") == "none"


def test_the_writers_own_bookkeeper_still_keeps_accounts(reader) -> None:
    assert read(reader, "mon comptable tient mes livres, je paie combien pour l'amo ?").get("tax_situation") == "accounts"


@pytest.mark.parametrize(
    "text",
    [
        "ana nejjar, kankhelles wa7ed lmablagh tabt l percepteur kol trimestre",
        "تصلني ورقة من الضرائب كل سنة بمبلغ ثابت لا يتغير أدفعه في القباضة، وهذا كل ما بيني وبين الضرائب",
    ],
)
def test_a_fixed_sum_paid_to_the_tax_office_is_the_cpu(reader, text: str) -> None:
    assert read(reader, text).get("tax_situation") == "cpu"


@pytest.mark.parametrize(
    "text",
    [
        "ما فائدة بطاقة الحرفي لمقاول ذاتي مثلي؟",
        "ma3rftch ch7al nkhelles 😕 auto entrepreneur mn 2022",
        "kankhelles 3la chiffre d'affaires b statut auto",
    ],
)
def test_the_auto_entrepreneur_is_held(reader, text: str) -> None:
    assert read(reader, text).get("tax_situation") == "auto_entrepreneur"


def test_not_registered_for_any_tax_in_darija_is_none(reader) -> None:
    assert read(reader, "ماني مسجل في حتى ضريبة، شحال نخلص فلامو؟").get("tax_situation") == "none"


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        ("je viens de créer mon auto-entreprise pour me lancer, quel prêt pour m'équiper ?", "start"),
        ("ana sakna f 9rya, bghit 9ard bach nchri lmachina", "rural"),
        ("bghit ntwasa3 f lkhdma dyali, kayn chi 9ard ?", "grow"),
    ],
)
def test_the_business_stage_said(reader, text: str, stage: str) -> None:
    assert read(reader, text).get("business_stage") == stage


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("بديت الخرازة عام العرس ديال ختي، يعني 2024، وما عنديش ديبلوم", "none"),
        ("ما عنديش ديبلوم وبديت الزليج فالعام اللي تولدات فيه بنتي الصغيرة، 2014", "practice"),
        ("ana khdama f lkhyata min alfayn o ichrin, ma 3ndi ta diplome", "practice"),
    ],
)
def test_a_start_year_named_then_said_plainly_or_in_words(reader, text: str, kind: str) -> None:
    assert read(reader, text).get("category") == kind


@pytest.mark.parametrize(
    ("text", "regime"),
    [
        ("أملك ورشة نجارة وأصرح بنتيجتها الحقيقية كل سنة", "accounts"),
        ("هل يختلف مبلغ الأمو لو تحولت إلى مقاول ذاتي بدلا من المساهمة المهنية الموحدة التي أؤديها الآن؟", "cpu"),
    ],
)
def test_the_real_result_declared_and_a_switch_only_supposed(reader, text: str, regime: str) -> None:
    assert read(reader, text).get("tax_situation") == regime


@pytest.mark.parametrize(
    "text",
    ["je fais de la poterie depuis début 2019 sans diplôme", "عندي شهادة التعريف الضريبي، وكنخدم النجارة من 2019"],
)
def test_the_start_of_a_year_and_a_tax_certificate_leave_the_practice(reader, text: str) -> None:
    assert read(reader, text).get("category") == "practice"


def test_opening_a_workshop_in_arabizi_is_a_start(reader) -> None:
    assert read(reader, "bghit n7ll atelier dyal lkhyata, kayn chi tamwil ?").get("business_stage") == "start"


def test_an_attestation_that_one_owes_no_tax_is_no_tax_and_no_diploma(reader) -> None:
    said = read(reader, "القايد عطاني شهادة بلي ما خاضعش للضريبة، شحال نخلص فلامو؟")
    assert said.get("tax_situation") == "none" and "category" not in said


def test_a_regimes_holders_after_of_are_not_the_writer(reader) -> None:
    text = "الأمو ديال المقاولين الذاتيين واش هي بحال ديالنا؟ أنا كنخلص على حساب البيلان مع الكونطابل"
    assert read(reader, text).get("tax_situation") == "accounts"
    assert read(reader, "حنا مقاولين ذاتيين، شحال نخلصو فلامو؟").get("tax_situation") == "auto_entrepreneur"


def test_books_kept_after_of_are_the_writers(reader) -> None:
    assert read(reader, "je tiens des livres de comptes pour mon atelier, l'amo c'est combien ?").get("tax_situation") == "accounts"
