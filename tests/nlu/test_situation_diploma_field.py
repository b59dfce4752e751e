"""A diploma in a field that is no handicraft (accounting, computing, law…) is not the diploma of shared/DOMAIN.md §1,
which must be "in a handicraft activity": the writer's years decide, as for someone without a diploma."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("j'ai un diplome en comptabilite mais je fais de la poterie depuis 5 ans", "practice"),
        ("3ndi diplome f l informatique, w kankhdem f zlij hadi 4 snin", "practice"),
        ("حاصل على دبلوم في القانون، وأشتغل في الدباغة منذ سبع سنوات", "practice"),
        ("عندي ديبلوم فالتسيير وكنخدم الخشب هادي 6 سنين", "practice"),
        ("diplôme de technicien en électronique, et je forge depuis 2016", "practice"),
        # With a short practice, the writer does not qualify yet.
        ("لدي دبلوم في التسيير وأعمل في الخزف منذ سنتين", "none"),
    ],
)
def test_a_diploma_in_another_field_leaves_the_years_to_decide(
    reader: SituationReader, text: str, category: str
) -> None:
    assert read(reader, text)["category"] == category


@pytest.mark.parametrize(
    "text",
    [
        "j'ai un diplome en couture",
        "عندي ديبلوم فالخياطة",
        "3ndi diplome f nnjara",
        "أحمل دبلوما في الحدادة",
    ],
)
def test_a_diploma_in_a_craft_stays_a_diploma(reader: SituationReader, text: str) -> None:
    assert read(reader, text)["category"] == "diploma"


@pytest.mark.parametrize(
    "text",
    [
        "j'ai une formation en comptabilité, je fais des babouches depuis 6 ans, l'amo c'est combien ?",
        "3ndi diplome f lmo7assaba w kankhdem f nnjara, ch7al amo?",
        "درست المحاسبة؟ لا، عندي غير تكوين فالحسابات، وكنخدم الزليج. شحال لامو؟",
        "أحمل شهادة تقنية في المحاسبة وأعمل في النقش على الجبس، كم أؤدي للتأمين الصحي؟",
    ],
)
def test_accounting_studied_is_no_regime_kept(reader: SituationReader, text: str) -> None:
    assert "tax_situation" not in read(reader, text)


@pytest.mark.parametrize(
    "text",
    [
        # "and" joins a diploma and an accountant: the accountant keeps the writer's accounts.
        "j'ai un diplome en couture et un comptable qui tient mes comptes, combien l'amo ?",
        "عندي دبلوم فالخياطة وعندي محاسب، شحال نخلص فلامو؟",
    ],
)
def test_an_accountant_beside_a_diploma_keeps_accounts(reader: SituationReader, text: str) -> None:
    found = read(reader, text)
    assert found.get("tax_situation") == "accounts"
    assert found.get("category") == "diploma"


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("j'ai un diplome de l'ISTA en comptabilite generale et je tisse depuis 6 ans", "practice"),
        ("j ai un diplome de l ofppt en electronique, ca fait 4 ans que je fais du zellige", "practice"),
        ("Je suis menuisier depuis 2015. J'ai aussi un diplôme de l'ISTA en gestion.", "practice"),
        ("titulaire d'un diplome du lycee technique en informatique, je couds depuis un an", "none"),
    ],
)
def test_a_school_named_between_a_diploma_and_its_field(reader: SituationReader, text: str, category: str) -> None:
    assert read(reader, text).get("category") == category
