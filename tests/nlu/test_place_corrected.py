"""A city or a trade the writer corrects ("ساكن فمكناس، لا سمح ليا، فالحاجب") gives way to the one after the correction
(nlu/situation_extractor.corrected)."""

import pytest

from nlu.lexicon import Lexicon, message_words
from nlu.situation import SituationReader
from nlu.situation_extractor import corrected, left_behind
from tests.nlu.test_lexicon import seed_lexicon  # noqa: F401 (fixture)


def _cities(reader: SituationReader, lexicon: Lexicon, text: str) -> list[str]:
    words = message_words(text)
    found = [m for m in lexicon.find(words) if m.entity == "city"]
    entities = [{"entity": "city", "value": m.value, "start": m.start, "end": m.end} for m in found]
    taken = [(e["start"], e["end"]) for e in entities]
    corrections, past = reader.changes_of_mind(words, taken)
    return [e["value"] for e in left_behind(corrected(entities, corrections, "city"), past, "city")]


@pytest.mark.parametrize(
    ("text", "cities"),
    [
        ("ساكن فمكناس، لا سمح ليا، فالحاجب. فين أقرب غرفة؟", ["El Hajeb"]),
        ("je suis à Fès, enfin non, à Sefrou. Où est la chambre ?", ["Sefrou"]),
        ("ana f tanja, smhli, f tetouan, fin lghorfa?", ["Tétouan"]),
        ("ساكن فأكادير، لا لا، فإنزكان. فين نلقى المديرية؟", ["Inezgane"]),
        # "What I meant" corrects as well.
        ("Non pas Tanger, je voulais dire Tétouan. Il y a une antenne de la chambre là-bas ?", ["Tétouan"]),
        ("ساكن فمكناس، قصدي فالحاجب، فين الغرفة؟", ["El Hajeb"]),
        # A place said of the past gives way to one said after it; alone, or before the past, it stays.
        ("كنت ساكن فأكادير ودابا رجعت لتيزنيت، فين كاينة الغرفة؟", ["Tiznit"]),
        ("j'habitais avant à Fès, maintenant je suis à Meknès, où est la chambre ?", ["Meknès"]),
        ("أنا من فاس وكنت خدام فطنجة، فين الغرفة؟", ["Fès", "Tanger"]),
        # Where one came from, was born or is from at first gives way to where one lives.
        ("جيت من كلميم وساكن دابا فالعيون، فين الغرفة؟", ["Laâyoune"]),
        ("originaire de Taza, j'habite Fès, où est la chambre ?", ["Fès"]),
        ("née à Safi, je vis à Tanger depuis dix ans, où est la chambre ?", ["Tanger"]),
        ("je suis à Fès et mon fils à Rabat, pardon pour la question, où est la chambre ?", ["Fès", "Rabat"]),
    ],
)
def test_the_city_corrected_to_is_kept(
    reader: SituationReader, seed_lexicon: Lexicon, text: str, cities: list[str]  # noqa: F811
) -> None:
    assert _cities(reader, seed_lexicon, text) == cities
