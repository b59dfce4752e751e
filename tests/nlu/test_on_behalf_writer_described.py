"""An artisan named right after the writer's "I am" ("أنا صانعة", "je suis une artisane", "ana sani3") is the writer
describing themself, not someone else they register; an artisan the writer registers still is."""

import pytest

from nlu.on_behalf import OnBehalfReader
from tests.nlu.test_on_behalf import read


@pytest.mark.parametrize(
    "text",
    [
        "أريد أن أسجل في السجل الوطني، أنا صانعة فخار في تامكروت منذ عشر سنوات",
        "كيف أسجل؟ أنا حرفي في النجارة",
        "je veux m'inscrire, je suis une artisane potière",
        "bghit nsjel, ana sani3a dyal lfkhar",
        "bghit nsjel f rna, ana sani3 taqlidi",
    ],
)
def test_the_writer_described_is_no_one_else(on_behalf_reader: OnBehalfReader, text: str) -> None:
    assert read(on_behalf_reader, text) is None


@pytest.mark.parametrize(
    "text",
    [
        "أريد تسجيل حرفي في السجل",
        "بغيت نسجل واحد الصانع",
        "أنا أريد تسجيل حرفي يعمل عندي",
    ],
)
def test_an_artisan_the_writer_registers_is_someone(on_behalf_reader: OnBehalfReader, text: str) -> None:
    assert read(on_behalf_reader, text) == "someone"
