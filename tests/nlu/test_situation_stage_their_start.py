"""Opening or starting in the third person is the start of the relative the message is written for
(nlu/situation_their_start.py); said of anyone else, of a programme or of a cousin beside the writer's own question,
it says no stage."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "ولدي بغا يحل ورشة ديال النجارة فوجدة، واش كاين شي قرض ليه؟",
        "ختي بغات تفتح محل ديال الخياطة وما عندها والو، شنو الدعم اللي كاين؟",
        "بابا بغا يبدا مشروع ديال الفخار فآسفي، كيفاش ياخد التمويل؟",
        "khoya bgha y7al garage dyal lmecanique, kayn chi credit lih?",
    ],
)
def test_a_relatives_start_asked_for_them_is_theirs(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("business_stage") == "start"


@pytest.mark.parametrize(
    "text",
    [
        # A programme opening a door.
        "هل نظام المقاول الذاتي يفتح باب التمويل للحرفيين؟",
        # Anyone who would start.
        "ما الفرق بين فرصة وانطلاقة بالنسبة لحرفي يريد أن يبدأ؟",
        # The cousin's garage, and the writer asks for themself.
        "ولد عمي خدا قرض باش يحل كراج، واش أنا حتى أنا نقدر ناخد بحالو؟",
    ],
)
def test_a_start_of_anyone_else_is_no_stage(reader: SituationReader, text: str) -> None:
    assert "business_stage" not in read(reader, text)
