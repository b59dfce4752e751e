""""My project" alone (مشروعي, mochro3i) is never a start cue: the cue finder finds it as a cue of its own, which no
rule reads, while "بداية مشروعي" and "مشروع جديد" still say a start."""

import pytest

from nlu.lexicon import message_words
from nlu.situation import load_cues
from nlu.situation_cue_finder import CueFinder


@pytest.fixture(scope="module")
def finder() -> CueFinder:
    return CueFinder(load_cues())


def _stages(finder: CueFinder, text: str) -> list[str]:
    return [c.value for c in finder.find(message_words(text), ()) if c.kind == "stage"]


@pytest.mark.parametrize(
    "text",
    [
        "أبحث عن قرض لمشروعي في الحلي",
        "واش كاين شي دعم لمشروعي ديال الفخار؟",
        "ومشروعي فالطرز محتاج التمويل",
        "kayn chi tamwil l mochro3i f dbagha?",
        "bghit n3ref chno kayn l machrou3i",
        "3awnoni f lmochro3i dyal zlij",
    ],
)
def test_my_project_alone_is_no_start_cue(finder: CueFinder, text: str) -> None:
    assert _stages(finder, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "ما زلت في بداية مشروعي في النسيج",
        "عندي مشروع جديد فالنجارة",
        "bghit nbda mochro3 jdid f l7dada",
    ],
)
def test_a_project_said_new_or_beginning_is_still_a_start(finder: CueFinder, text: str) -> None:
    assert "start" in _stages(finder, text)
