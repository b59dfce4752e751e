"""A rural place stays rural when a negation after it denies a noun of its own: "فالدوار ديالنا ما كاينش بنكة" (no
bank in our douar) says where the writer lives and what the place lacks; a place the negation stands before is denied."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "ساكنة فالبادية ما كاينش الخدمة، بغيت قرض صغير نبدا بيه الطرز",
        "فالعروبية ما عندناش حتى بنكة قريبة، كاين شي تمويل للصناع؟",
        "الدوار ما فيهش الضو والطريق، واش كاين دعم للي كيصاوبو الزرابي؟",
        "ana f douar ma kaynch transport, kayn chi credit l sna3?",
        "عايش فجماعة قروية ما فيها حتى معمل، بغيت تمويل لحرفتي",
    ],
)
def test_a_rural_place_lacking_something_is_rural(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("business_stage") == "rural"


@pytest.mark.parametrize(
    "text",
    [
        "ما ساكنش فالعروبية، ساكن فالمدينة، بغيت قرض",
        "ما عنديش ورشة فالدوار، بغيت نبدا",
    ],
)
def test_a_place_denied_is_not_rural(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("business_stage") != "rural"
