"""A practice told as a span that ended ("de 2010 à 2012", "من 2010 إلى 2012", "mn 2012 l 2014") counts the years of
the span, not the years since its first year (nlu.situation_years)."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "j'ai fait de la ferronnerie de 2015 a 2017, sans diplome",
        "khdemt f lkhiyata mn 2019 l 2020 o ma3ndich diplome",
        "خدمت فالنجارة من 2016 حتى 2018 وما عنديش ديبلوم",
        "اشتغلت في النسيج من 2011 إلى 2013 ولا أملك شهادة",
    ],
)
def test_a_short_span_that_ended_is_none_without_diploma(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("category") == "none"


@pytest.mark.parametrize(
    "text",
    [
        "j'ai travaille le cuir de 2001 a 2009 puis j'ai arrete",
        "kont khdam f zlij mn 2005 l 2012",
        "اشتغلت في الخزف من 2003 إلى 2010",
    ],
)
def test_a_long_span_that_ended_is_practice(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("category") == "practice"


def test_a_start_year_alone_still_counts_to_now(reader: SituationReader) -> None:
    assert read(reader, "khdam f nnjara mn 2019, bla diplome").get("category") == "practice"
