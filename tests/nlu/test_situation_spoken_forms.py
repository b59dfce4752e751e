"""Situation words as people type them: a SARL in Arabic letters or as a SARLAU, the forfait with the French article,
"the same price" every year to the tax office, Darija teens ending in ر, "never" as "عمري ما", being registered for
tax denied, and a regime one means to opt for."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "عندي صارل ديال النجارة فتطوان، شنو الوراق؟",
        "عندنا الصارل ديال الفخار وبغينا نتسجلو فالسجل",
        "3ndi sarlau f zlij, kifach ntsjel?",
        "J'ai une SARLAU de menuiserie, quels papiers pour le registre ?",
    ],
)
def test_ones_own_sarl_in_any_spelling_is_an_enterprise_keeping_accounts(reader: SituationReader, text: str) -> None:
    assert read(reader, text) == {"category": "enterprise", "tax_situation": "accounts"}


@pytest.mark.parametrize(
    "text",
    [
        "كنخلص لافورفي كل عام، شحال الأمو؟",
        "كنخلص للضرايب نفس الثمن كل عام، شحال الأمو؟",
        "وكنخلص الضريبة المهنية كل عام نفس الثمن، شحال غادي نخلص فلامو؟",
    ],
)
def test_the_forfait_and_the_same_price_every_year_are_the_cpu(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") == "cpu"


@pytest.mark.parametrize(
    "text",
    [
        "ما عنديش الديبلوم ولكن كنخدم النحاس هادي خمسطاشر عام",
        "بلا ديبلوم، شي اتناشر عام وأنا فالخياطة",
        "كنخدم الزليج هادي ٤ سنين وعمري ما خديت ديبلوم",
        "3mri ma khdit diplome, kankhdem f sraja mn 2019",
    ],
)
def test_teens_in_darija_and_never_in_darija_read_as_practice(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("category") == "practice"


@pytest.mark.parametrize(
    "text",
    [
        "Je fais de la céramique sans être immatriculée fiscalement, ai-je droit à la retraite ?",
        "Potier depuis dix ans ; je ne suis pas encore immatriculé aux impôts, mais je compte opter pour l'auto-entrepreneur.",
    ],
)
def test_not_registered_for_tax_is_none_and_a_regime_to_opt_for_is_a_plan(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") == "none"


@pytest.mark.parametrize(
    "text",
    [
        "كنعطي للضرائب ديك الحصة المقطوعة كل عام، شحال لامو؟",
        "كنخلص الضريبة المقطوعة، واش نقدر ندخل للتقاعد؟",
        "قالو ليا سير للضمان، كنعطي للضرائب الكونتريبيسيون كل عام",
    ],
)
def test_the_lump_sum_and_the_contribution_in_darija_are_the_cpu(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") == "cpu"


def test_a_sarl_as_its_arabic_initials_keeps_accounts(reader: SituationReader) -> None:
    assert read(reader, "عندي شركة ش.م.م ديال الرخام، كيفاش نتسجل؟").get("tax_situation") == "accounts"


def test_we_have_not_started_yet_is_the_start(reader: SituationReader) -> None:
    text = "أنا وخويا بغينا نحلو ورشة ديال النجارة، باقي ما بدينا، واش كاين شي دعم؟"
    assert read(reader, text).get("business_stage") == "start"
