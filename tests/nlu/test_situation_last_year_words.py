"""Darija's words for last year ("3amnawel", "3am lfayt", "عامناول") and French "l'an passé" are one year of work."""

import pytest

from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "bdit f lkhyata 3amnawel w ma3ndich diplome",
        "bdit 3am lfayt f nnjara, ma 3ndi ta chahada",
        "بديت فالخرازة عامناول وما عنديش ديبلوم",
        "j'ai commencé la poterie l'an passé, sans diplôme",
    ],
)
def test_last_year_is_one_year(reader, text: str) -> None:
    assert read(reader, text).get("category") == "none"


def test_a_year_only_said_first(reader) -> None:
    assert read(reader, "3am ghir mli bdit nkhdem zlij, ma3ndi ta diplome").get("category") == "none"
