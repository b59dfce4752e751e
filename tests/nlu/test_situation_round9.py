"""Round 9 (Darija, Arabizi, MSA): a relative's or an asked-about regime is not the writer's; more ways of saying
a regime, a start, since-childhood; trades and out-of-domain phrases the batch found missing."""


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
        "خويا عندو البيلان والكونطابل، أما أنا ما كنخلص حتى ريال للضرايب، لامو شحال؟",
        "khti dakhla f lforfait, ana la, ma3ndi hta statut",
        "زوجتي تؤدي المساهمة المهنية الموحدة، أما أنا فلا أدفع أي ضريبة",
    ],
)
def test_a_relatives_regime_is_not_the_writers(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") == "none"


@pytest.mark.parametrize(
    "text",
    [
        "mon mari est au forfait, combien je paie pour l'AMO ?",
        "khouya auto-entrepreneur, ch7al ghadi nkhelles?",
        "زوجي يؤدي المساهمة المهنية الموحدة، كم سأدفع للتأمين؟",
    ],
)
def test_a_relatives_regime_is_not_taken_for_a_writer_who_asks_of_themself(reader: SituationReader, text: str) -> None:
    # The writer's own regime is not said: the assistant asks rather than answer for the relative's.
    assert "tax_situation" not in read(reader, text)


@pytest.mark.parametrize(
    ("text", "tax"),
    [
        # The relative is who the question is about: their regime counts.
        ("بابا كيخلص الفورفي، شحال غادي يخلص فلامو؟", "cpu"),
        ("mama 3ndha l'auto entrepreneur, ch7al amo dyalha?", "auto_entrepreneur"),
    ],
)
def test_a_relatives_regime_counts_when_the_writer_says_nothing_of_themself(
    reader: SituationReader, text: str, tax: str
) -> None:
    assert read(reader, text).get("tax_situation") == tax


@pytest.mark.parametrize(
    "text",
    [
        "أش معنى الفورفي؟ وشحال كيخلصو اللي فيه فلامو؟",
        "chno hiya lmousahama lmihniya lmou7ada? w amo ch7al?",
        "ما الفرق بين النظام الجزافي والمقاول الذاتي في اشتراك التأمين الصحي؟",
    ],
)
def test_a_regime_asked_about_is_not_the_writers(reader: SituationReader, text: str) -> None:
    assert "tax_situation" not in read(reader, text)


@pytest.mark.parametrize(
    ("text", "tax"),
    [
        # Arabic has no p: Arabizi writes b.
        ("ana autoantrobrenor, amo ch7al?", "auto_entrepreneur"),
        ("3ndi lcarta dyal auto, ch7al amo?", "auto_entrepreneur"),
        ("ana dakhel f l'auto", "auto_entrepreneur"),
        # Declaring one's profits is keeping accounts; profits alone say nothing.
        ("عندي شركة صغيرة وكنصرح بالأرباح ديالها كل عام، شحال لامو؟", "accounts"),
        ("بغيت نزيد فالأرباح ديالي، شحال لامو؟", None),
    ],
)
def test_more_ways_of_saying_a_regime(reader: SituationReader, text: str, tax: str | None) -> None:
    assert read(reader, text).get("tax_situation") == tax


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("أعمل في النجارة منذ نعومة أظافري ولا أملك شهادة", ("category", "practice")),
        ("كنخدم الفخار من وانا صغيرة، بلا ديبلوم", ("category", "practice")),
        ("شرعت مؤخرا في الخياطة، هل من قرض؟", ("business_stage", "start")),
        ("أبحث عن دعم لانطلاق مشروعي في الحلي", ("business_stage", "start")),
    ],
)
def test_more_ways_of_saying_a_start_or_a_childhood(
    reader: SituationReader, text: str, expected: tuple[str, str]
) -> None:
    entity, value = expected
    assert read(reader, text).get(entity) == value


@pytest.fixture(scope="module")
def trades() -> Lexicon:
    entity, values = spellings(yaml.safe_load((ROOT / "data" / "seed" / "trades.yml").read_text("utf-8")))
    return Lexicon([(entity, spelling, value) for value, names in values.items() for spelling in names])


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("kan9ad sroj dyal lkhil", "SADDLERY"),
        ("ana nahhas f fes", "DINANDERIE"),
        ("khddam f l7did", "WROUGHT_IRON"),
        ("kankhdem lblagh", "LEATHER"),
        ("عندي ورشة ديال الماروقيناري", "LEATHER"),
        ("kanrekkeb sakhana dyal gaz", "GAS_WATER_HEATER"),
    ],
)
def test_trades_said_in_more_ways(trades: Lexicon, text: str, code: str) -> None:
    assert [value for _, value, _ in found(trades, text, ("craft",))] == [code]


@pytest.mark.parametrize(
    "text",
    ["شحال كيسوا التأمين ديال الدار؟", "كم يبلغ التأمين على المنزل ضد الحريق؟", "lvignette fo9ach katkhelles?"],
)
def test_house_insurance_and_car_tax_are_out_of_domain(text: str) -> None:
    assert OutOfDomain().says_out_of_domain(lemmas(text))


@pytest.mark.parametrize(
    ("text", "tax"),
    [
        # Declaring at the post office is the auto-entrepreneur's way; paying AMO there names no regime.
        ("kandeclari f barid kol mra", "auto_entrepreneur"),
        ("كنصرح فالبريد بالشي اللي بعت", "auto_entrepreneur"),
        ("واش نخلص لامو فالبريد؟", None),
        # A fiduciary keeping the books is keeping accounts.
        ("3ndi fidusyer kaydir lia kolchi", "accounts"),
        ("عندي فيديسيير فالمدينة", "accounts"),
        ("ana m9iyda f lmousahama lmihniya", "cpu"),
    ],
)
def test_the_post_office_and_the_fiduciary(reader: SituationReader, text: str, tax: str | None) -> None:
    assert read(reader, text).get("tax_situation") == tax


@pytest.mark.parametrize(
    "text",
    ["عندي ديبلوم ديال الباك", "عندي شهادة التدرج المهني فالنجارة", "3ndi diplome dyal bac", "عندي شهادة البكالوريا"],
)
def test_school_and_apprenticeship_certificates_are_no_craft_diploma(reader: SituationReader, text: str) -> None:
    assert "category" not in read(reader, text)


@pytest.mark.parametrize(
    ("text", "stage"),
    [("ba9i ma bdit, bghit chi da3m", "start"), ("باقي ما بديت، كاين شي دعم؟", "start"), ("بغيت نشري ماكينة ديال الخياطة", "grow")],
)
def test_not_yet_begun_and_a_machine(reader: SituationReader, text: str, stage: str) -> None:
    assert read(reader, text).get("business_stage") == stage


@pytest.mark.parametrize(
    ("text", "code"),
    [("ana hajjar f taroudant", "STONE"), ("ana nssaja", "RUGS_WEAVING"), ("khddam sellal", "PLANT_FIBRES"),
     ("ana ssaffar f lmdina l9dima", "DINANDERIE"), ("خويا زلاج", "ZELLIGE")],
)
def test_workers_named_in_darija(trades: Lexicon, text: str, code: str) -> None:
    assert [value for _, value, _ in found(trades, text, ("craft",))] == [code]


@pytest.mark.parametrize("text", ["bghit nbi3 ayfoun 13 mosta3mel", "عندي سامسونج جديد للبيع"])
def test_phone_brands_are_out_of_domain(text: str) -> None:
    assert OutOfDomain().says_out_of_domain(lemmas(text))


def test_a_regime_cancelled_is_no_tax_now(reader: SituationReader) -> None:
    assert read(reader, "كنت مقاولا ذاتيا ثم ألغيت التسجيل، كم أدفع الآن؟").get("tax_situation") == "none"


@pytest.mark.parametrize("text", ["3ndi 3 snin f zwaq dyal lkhcheb", "أنا خدام فالتزواق"])
def test_painted_wood(trades: Lexicon, text: str) -> None:
    assert [value for _, value, _ in found(trades, text, ("craft",))] == ["WOOD"]


@pytest.mark.parametrize(
    ("text", "tax"),
    [
        ("ana dakhla f sipiyu", "cpu"),
        ("kankhelles lmousa7ama l mihaniya", "cpu"),
        ("ana m9awla dattiya, amo ch7al?", "auto_entrepreneur"),
        ("3ndi statut d'auto", "auto_entrepreneur"),
        ("3ndi comptabl kaydir lia kolchi", "accounts"),
        ("mkhlles walo l dariba", "none"),
        ("ma3mrni khllest dariba", "none"),
    ],
)
def test_arabizi_spellings_of_regimes(reader: SituationReader, text: str, tax: str) -> None:
    assert read(reader, text).get("tax_situation") == tax


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # Experience named just before the number: years of work, not an age.
        ("لدي خبرة عشرين عاما في الخزف", "practice"),
        ("3ndi lkhibra dyal 12 3am f zlij", "practice"),
        # A decade, in MSA.
        ("أمارس الحرفة منذ عقد من الزمن", "practice"),
        ("تخرجت من مركز التأهيل المهني في النجارة", "diploma"),
    ],
)
def test_experience_decades_and_graduating(reader: SituationReader, text: str, category: str) -> None:
    assert read(reader, text).get("category") == category


def test_an_age_stays_an_age(reader: SituationReader) -> None:
    assert "category" not in read(reader, "عندي 45 عام، واش نقدر نتسجل؟")
