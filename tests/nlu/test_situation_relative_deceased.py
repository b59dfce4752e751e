"""A relative said to have died ("والدي رحمه الله", "المرحوم أبي", "baba lah yr7mo", "feu mon père") is no one the
message is written for, even when the writer's "how do I register" reads like registering someone ("كيف أسجل",
"nsjel", "inscrire"): their kind is their past, not the writer's, and the writer is asked. A living relative the writer
registers keeps theirs."""

import pytest

from nlu import on_behalf
from nlu.lexicon import message_words
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "المرحوم أبي كان صانعا معلما في النحاس، وأنا أريد أن أسجل، ما الخطوات؟",
        "والدي رحمه الله كان معلما في النجارة، وأنا أريد أن أعرف كيف أسجل في السجل",
        "baba lah yr7mo kan m3allem, w ana bghit nsjel f sijil, kifach?",
        "feu mon père était maître artisan, moi je voudrais savoir comment inscrire mon atelier",
    ],
)
def test_a_late_relatives_kind_is_not_the_writers(reader, text: str) -> None:
    assert "category" not in read(reader, text)


@pytest.mark.parametrize(
    "text",
    [
        "والدي رحمه الله كان صانعا معلما، وأنا أسأل كيف أسجل في السجل الوطني",
        "المرحومة والدتي كانت نساجة، أريد أن أسجل أنا",
        "baba lah yr7mo kan m3allem, bghit nsjel rasi",
    ],
)
def test_a_late_relative_is_no_one_the_message_is_for(text: str) -> None:
    reader = on_behalf.OnBehalfReader(on_behalf.load_cues())
    assert reader.read(message_words(text), (), text) is None


@pytest.mark.parametrize(
    "text",
    [
        "والدي صانع معلم منذ أربعين سنة، كيف أسجله في السجل؟",
        "أبي صانع معلم، أريد أن أسجله في السجل",
    ],
)
def test_a_living_relative_registered_keeps_their_kind(reader, text: str) -> None:
    assert read(reader, text).get("category") == "maalem"
