"""The years someone has been on the register ("أنا مسجل من 2023", "msjel f rna mn 2022", "tsjjelt mn 3 snin") are no
years of practising the craft; years of work said beside them still are (nlu.situation_years)."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "أنا مسجل من 2023 ومازال ما وصلاتنيش لاكارط",
        "ana msjel f rna mn 2022, fin nakhod lkart?",
        "tsjjelt mn 3 snin w mazal ma3titoni walo",
        "راه تسجلت من عام 2022 وما عيطو ليا حتى لدابا",
        "mtsajjel mn 2023, wach lkarta katkhrej f lbosta?",
    ],
)
def test_years_on_the_register_are_no_years_of_practice(reader: SituationReader, text: str) -> None:
    assert "category" not in read(reader, text)


@pytest.mark.parametrize(
    "text",
    ["kankhdem f zlij mn 2015 w msjel ghir mn 2023", "كنخدم فالنجارة هادي 9 سنين وتسجلت غير العام اللي فات"],
)
def test_years_of_work_beside_them_still_count(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("category") == "practice"


@pytest.mark.parametrize(
    "text",
    [
        "ma carte d'artisan, comment l'obtenir ? je suis inscrit depuis 2023",
        "je suis inscrite depuis 2022, comment avoir la carte professionnelle ?",
        "inscrit au registre depuis 2024, quels avantages donne la carte ?",
    ],
)
def test_years_on_the_register_in_french_are_no_practice(reader: SituationReader, text: str) -> None:
    assert "category" not in read(reader, text)
