"""A start dated by what happened that year, the year said after it: "من العام اللي تزوجت فيه، 1994" (the year when),
"ملي مشى ولدي للعسكر، وهاداك كان 2019" (that was), "(2016 hadik)", "mlli mcha khoya l sbanya f 2018" (when…, in)
(nlu.situation_years)."""

import pytest

from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "كنطرز من العام اللي تولدات فيه بنتي، 2010، وما عنديش ديبلوم، واش نتسجل؟",
        "خدام فالنحاس من العام اللي بنيت فيه الدار، 2015، بلا ديبلوم",
        "بديت الخرازة ملي رجعت من الحج، وهاداك كان 2018. ما عنديش ديبلوم",
        "kankhdem f nnjara mlli tzewjt (2012 hadik), ma3ndich diplome",
        "bdit lkhyata mlli mchat mrati l fransa f 2017, bla diplome",
    ],
)
def test_a_year_told_after_its_event_dates_the_start(reader, text: str) -> None:
    assert read(reader, text).get("category") == "practice"


def test_the_year_just_gone_is_no_named_year(reader) -> None:
    assert read(reader, "بديت الخياطة العام اللي فات، ما عنديش ديبلوم").get("category") == "none"


def test_a_start_year_corrected_with_since_said_again(reader) -> None:
    text = "Sans diplôme, je fais de la couture depuis 2019... non pardon, depuis 2025. Quels papiers ?"
    assert read(reader, text).get("category") == "none"
