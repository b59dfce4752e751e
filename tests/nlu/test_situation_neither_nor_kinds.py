"""Two things denied in turn, "la diplome la dariba", "لا ديبلوم لا ضريبة", deny the diploma too: one Latin "la" alone
may be the French article, two in a row are Darija's "neither…nor" (nlu.situation_clauses.denied_in_a_row)."""

import pytest

from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "bdit had l3am f lkhyata, la diplome la dariba, chno ndir?",
        "عاد بديت هاد العام، لا ديبلوم لا ضريبة، شنو الوراق؟",
    ],
)
def test_a_diploma_denied_in_turn_is_not_held(reader, text: str) -> None:
    assert read(reader, text).get("category") == "none"


def test_one_french_article_denies_nothing(reader) -> None:
    assert read(reader, "j'ai la diplome de l'OFPPT en couture, quels papiers ?").get("category") == "diploma"


def test_a_darija_verb_shaped_like_a_certificate_is_none(reader) -> None:
    """"chddit" (I took, held) has the consonants of "chahadat" (certificates)."""
    assert read(reader, "chddit l7anout dyal bba mn 2016 w kankhdem f nnjara, wach nsjl?").get("category") == "practice"
