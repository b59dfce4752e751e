""""My project" alone (مشروعي, mochro3i) is never a start cue: the cue finder finds it as a cue of its own, which no
rule reads, while "بداية مشروعي" and "مشروع جديد" still say a start. Read whole, a message with "my project" alone
says no stage, and "my project" beside a start, or the beginning of one's project, says start ("بداية" is spelt like
"بادية", the countryside, once its vowels are gone)."""

import pytest

from nlu.lexicon import message_words
from nlu.situation import SituationReader, load_cues
from nlu.situation_cue_finder import CueFinder
from tests.nlu.test_situation import read


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


@pytest.mark.parametrize("text", ["واش كاين شي تمويل لمشروعي فالخياطة؟", "kayn chi da3m l mochro3i?"])
def test_my_project_alone_says_no_stage(reader: SituationReader, text: str) -> None:
    assert "business_stage" not in read(reader, text)


@pytest.mark.parametrize(
    "text", ["مازال ما حليت، بغيت دعم لمشروعي", "ما زلت في بداية مشروعي", "أنا في بداية المشروع", "mazal f bdaya dyal mochro3i"]
)
def test_my_project_beside_a_start_or_its_beginning_is_a_start(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("business_stage") == "start"
