"""Round 10 (Darija, Arabizi, MSA): a paper that is no diploma said as all one has, "ma 3ndi" after its object,
"لدى" (at someone's), a start this year that needs a machine, "not registered anywhere", a relative's regime
behind "he is the one who", "joj" for two; trades the batch found missing."""


import pytest
import yaml

from nlu.lexicon import Lexicon
from nlu.lexicon_files import spellings
from nlu.out_of_domain import OutOfDomain
from nlu.situation import SituationReader
from tests.nlu.test_lexicon import ROOT, found
from tests.nlu.test_out_of_domain import lemmas
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "ما عندي غير شهادة الإقامة، وكنخدم الخرازة هادي تمن شهور",
        "لا أحمل سوى شهادة الحياة، وأشتغل في الخزف منذ سنة",
        "3ndi ghir chahada dyal lmadrasa, w kankhdem f zlij hadi 3am",
    ],
)
def test_only_a_paper_that_is_no_diploma_is_no_diploma(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("category") == "none"


def test_a_paper_that_is_no_diploma_alone_says_nothing(reader: SituationReader) -> None:
    assert "category" not in read(reader, "عندي شهادة السكنى، واش نقدر نتسجل؟")


@pytest.mark.parametrize(
    ("text", "entity", "value"),
    [
        # "ma" + "I have" after its object negates it, as ma…ch does.
        ("lpatenta ma 3ndi, w dariba hta hiya, amo ch7al?", "tax_situation", "none"),
        ("الديبلوم ما عندي، وخدام فالنجارة هادي 6 سنين", "category", "practice"),
        # Before its object it negates as before.
        ("ma 3ndi ta diplome w 5 snin f zlij", "category", "practice"),
    ],
)
def test_ma_and_i_have_after_the_object(reader: SituationReader, text: str, entity: str, value: str) -> None:
    assert read(reader, text).get(entity) == value


def test_a_maalem_one_learns_at_is_not_the_writer(reader: SituationReader) -> None:
    # "لدى" (at) folds to "لدي" (I have): written with alif maqsura it names another person.
    assert read(reader, "اشتغلت سنتين لدى معلم في الدباغة بلا شهادة").get("category") == "none"
    assert read(reader, "لدي عشرون سنة كمعلم في الدباغة").get("category") == "maalem"


@pytest.mark.parametrize(
    "text",
    [
        "عاد بديت هاد الشهر فالنجارة وخاصني نشري ماكينة",
        "3ad bdit had l3am w bghit nchri makina dyal lkhiyata",
    ],
)
def test_a_start_this_year_outranks_the_machine_it_needs(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("business_stage") == "start"


def test_a_machine_for_an_old_workshop_is_growing(reader: SituationReader) -> None:
    assert read(reader, "خدام هادي 10 سنين وبغيت نشري ماكينة جديدة").get("business_stage") == "grow"


@pytest.mark.parametrize("text", ["ana ma msajla f hta chi blasa, amo ch7al?", "أنا ما مسجل فحتى بلاصة، لامو شحال؟"])
def test_registered_nowhere_is_no_tax(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") == "none"


def test_a_relatives_regime_behind_he_is_the_one_who(reader: SituationReader) -> None:
    text = "أخي هو من يؤدي المساهمة المهنية الموحدة، أما أنا فلا أؤدي أي ضريبة"
    assert read(reader, text).get("tax_situation") == "none"


def test_joj_is_two(reader: SituationReader) -> None:
    assert read(reader, "joj snin w ana khddam f nnjara, ma3ndich diplome").get("category") == "none"


@pytest.fixture(scope="module")
def trades() -> Lexicon:
    entity, values = spellings(yaml.safe_load((ROOT / "data" / "seed" / "trades.yml").read_text("utf-8")))
    return Lexicon([(entity, spelling, value) for value, names in values.items() for spelling in names])


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("katbi3 lbijou f souk", "JEWELLERY"),
        ("kansawb l9ofa w nbi3ha", "PLANT_FIBRES"),
        ("9rit tnjara f ofppt", "WOOD"),
        ("khouya zllaj", "ZELLIGE"),
        ("كنصاوب الطواجن ديال الطين", "POTTERY"),
        ("كنخدم فالرخام", "STONE"),
        ("كنطرق الحديد", "WROUGHT_IRON"),
        ("كنبيع الجلابة فالسوق", "SEWING_EMBROIDERY"),
    ],
)
def test_trades_the_batch_found_missing(trades: Lexicon, text: str, code: str) -> None:
    assert [value for _, value, _ in found(trades, text, ("craft",))] == [code]


@pytest.mark.parametrize(
    "text",
    ["حنا جمعية، واش نتسجلو بحال التعاونية؟", "3ndna jam3iya, wach ndkhlo b7al t3awniya?", "جمعيتنا تعمل مثل التعاونية"],
)
def test_like_a_cooperative_is_not_one(reader: SituationReader, text: str) -> None:
    assert "category" not in read(reader, text)


def test_a_cooperative_said_plainly_still_is(reader: SituationReader) -> None:
    assert read(reader, "حنا تعاونية ديال الزرابي").get("category") == "cooperative"


@pytest.mark.parametrize("text", ["wach kayn chi bourse l talaba had l3am?", "ch7al dariba 3la dar?", "كم ضريبة السكن على شقتي؟"])
def test_student_grants_and_house_tax_are_out_of_domain(text: str) -> None:
    assert OutOfDomain().says_out_of_domain(lemmas(text))


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # Asking whether something counts as a diploma says nothing of having one.
        ("kont apprenti 3nd m3allem f nnjara 6 chhour, wach hadchi kayt7seb diplome?", "none"),
        ("واش التكوين ديال 6 شهور كيتحسب ديبلوم؟", None),
        ("هل تعتبر شهادة التكوين دبلوما؟", None),
    ],
)
def test_counts_as_a_diploma_asks(reader: SituationReader, text: str, category: str | None) -> None:
    assert read(reader, text).get("category") == category
