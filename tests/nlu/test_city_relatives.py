"""A city said of a relative ("ma sœur vit à Agadir", "خويا ساكن فأكادير") is theirs: it gives way to the writer's own
city by the rule of nlu.situation_relatives; written for the relative, with no city of the writer's, theirs stays."""

import pytest

from nlu.lexicon import Lexicon, message_words
from nlu.situation import SituationReader
from nlu.situation_extractor import writers_own
from tests.nlu.test_lexicon import seed_lexicon  # noqa: F401 (fixture)


def _cities(reader: SituationReader, lexicon: Lexicon, text: str) -> list[str]:
    words = message_words(text)
    entities = [{"entity": m.entity, "value": m.value, "start": m.start, "end": m.end} for m in lexicon.find(words)]
    taken = [(e["start"], e["end"]) for e in entities]
    kept = writers_own(entities, reader.relatives_said(text, words, taken), words, "city")
    return [e["value"] for e in kept if e["entity"] == "city"]


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("mon frère habite à Rabat mais moi je travaille le cuir à Agadir, où est la chambre ?", "Agadir"),
        ("khouya sakn f tanja walakin ana kankhdem f nador, fin nmchi?", "Nador"),
        ("ختي ساكنة فمراكش وأنا كنخدم العود فالصويرة، فين نلقى الغرفة؟", "Essaouira"),
        ("أختي تسكن في طنجة أما أنا فأشتغل في تازة، أين أقرب غرفة؟", "Taza"),
    ],
)
def test_a_relatives_city_gives_way_to_the_writers(
    reader: SituationReader, seed_lexicon: Lexicon, text: str, city: str  # noqa: F811
) -> None:
    assert _cities(reader, seed_lexicon, text) == [city]


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("ma mère habite à Marrakech, elle fait des tapis, je vous écris pour elle", "Marrakech"),
        ("je travaille à Marrakech et à Rabat", "Marrakech"),
    ],
)
def test_a_relatives_only_city_stays(
    reader: SituationReader, seed_lexicon: Lexicon, text: str, city: str  # noqa: F811
) -> None:
    assert _cities(reader, seed_lexicon, text)[0] == city
