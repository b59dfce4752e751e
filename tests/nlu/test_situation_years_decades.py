"""Years said as the decade the work began in ("من الثمانينات", "mn tmaninat", "depuis les années 90"): many years of
practice, counted from the decade's last year; a decade without "since" is no start (nlu.situation_years)."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "الحاج خدام فالنقرة من الثمانينات وما عندو حتى ورقة",
        "كنخيط الجلالب من التسعينات وما عمري قريت",
        "kankhdem f nnhas mn tmaninat bla diplome",
        "ana kanterrez mn tes3inat, ma3ndi ta diplome",
        "je fais de la poterie depuis les années 90 sans diplôme",
        # MSA without the article, "the nineties of the last century".
        "أعمل في الدباغة منذ ثمانينيات القرن الماضي ولا أملك شهادة",
    ],
)
def test_since_a_decade_is_years_of_practice(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("category") == "practice"


@pytest.mark.parametrize("text", ["ولدت فالثمانينات وما عنديش ديبلوم", "la musique des années 80 me plaît, pas de diplôme"])
def test_a_decade_without_since_is_no_start(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("category") != "practice"
