"""Saying one has no diploma of a craft in other words: a trainee ("متدرب", "stagiaire") has none yet; a university
degree in a field that is no handicraft ("إجازة في الأدب", "licence en gestion") is none; "j'ai rien comme diplôme"
denies one. With a short practice the writer does not qualify yet (nlu.situation_category)."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "je suis stagiaire dans un atelier de poterie depuis 6 mois",
        "ana mtdarreb f lhdada hadi 8 chhor",
        "أنا متدربة في ورشة الخياطة منذ سنة",
        "j'ai une licence en gestion et je fais de la poterie depuis 1 an",
        "لدي الإجازة في القانون وأعمل في النقش منذ سنتين",
        "3ndi lmaster f l informatique w kan5dem f zlij ghir 3am",
        "j'ai rien comme diplome et je couds depuis un an",
        "ma3ndi walo f diplome, khdam 2 snin",
    ],
)
def test_no_craft_diploma_and_a_short_practice_is_none(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("category") == "none"


@pytest.mark.parametrize(
    "text",
    [
        # Alone, a degree or a leave ("إجازة" is also a holiday) says nothing of a craft diploma.
        "j'ai une licence et je fais de la poterie depuis 1 an",
        "أخذت إجازة من العمل، أعمل في الفخار منذ سنة",
    ],
)
def test_a_degree_without_its_field_says_too_little(reader: SituationReader, text: str) -> None:
    assert "category" not in read(reader, text)


@pytest.mark.parametrize(
    "text",
    [
        "je suis stagiaire depuis 4 ans dans un atelier de zellige",
        "j'ai une licence en droit mais je travaille le cuir depuis 2018",
    ],
)
def test_long_enough_practice_still_counts(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("category") == "practice"
