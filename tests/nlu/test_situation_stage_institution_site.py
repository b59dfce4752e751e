"""An institution's website ("f site dyal cnss", "site dyal auto entrepreneur") is no equipment of the writer's: it says
no business stage; the writer's own site ("site dyali") still says grow."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "kifach nkmmel tasjil dyali f site dyal cnss, bghit credit",
        "khti katdeclari f site dyal auto entrepreneur, kayn chi financement?",
    ],
)
def test_an_institutions_site_is_no_stage(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("business_stage") is None


def test_the_writers_own_site_is_grow(reader: SituationReader) -> None:
    assert read(reader, "bghit ndir site dyali bach nbi3 zrabi, kayn chi credit?").get("business_stage") == "grow"
