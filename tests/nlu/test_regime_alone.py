"""A message that only states how its writer is taxed asks what AMO costs under that regime (amo_cost): the
classifier, with no topic word to go on, read "النظام الجزافي" as not understood and "au réel" as a question to
the bot."""

import pytest

from nlu.entity_answer import states_regime_only
from nlu.lexicon import Lexicon
from nlu.situation import SituationReader
from tests.nlu.test_lexicon import seed_lexicon  # noqa: F401 (fixture)
from tests.nlu.test_self_description import lemmas, message_entities


def _regime_only(reader: SituationReader, lexicon: Lexicon, text: str) -> bool:
    return states_regime_only(lemmas(text), message_entities(reader, lexicon, text), text)


@pytest.mark.parametrize(
    "text",
    [
        # MSA
        "النظام الجزافي",
        "المقاول الذاتي.",
        "لا شيء، لا أدفع أي ضريبة",
        "أنا مقاول ذاتي",
        # Darija
        "ما كنخلص والو",
        "عندي كونطابل",
        "السي بي أو",
        "ما عنديش نظام ضريبي",
        # Arabizi
        "rani m9awil dati",
        "walo ma kankhles walo",
        "ana f cpu",
        # French
        "au réel",
        "c'est la CPU",
        "je ne paie rien",
        "je suis auto-entrepreneuse",
        # The card that proves it
        "عندي لاكارط ديال أوطو أونتروبرونور",
        "j'ai la carte d'auto-entrepreneur",
        # With the writer's trade and town, nothing asked
        "je suis menuisier à Fès, au forfait",
        "ana njjar f fes, auto entrepreneur",
    ],
)
def test_a_regime_said_alone_asks_what_amo_costs(reader: SituationReader, seed_lexicon: Lexicon, text: str) -> None:  # noqa: F811
    assert _regime_only(reader, seed_lexicon, text)


@pytest.mark.parametrize(
    "text",
    [
        "auto-entrepreneur ?",  # asked: what is it, may I…
        "je suis au forfait, quels papiers pour le registre",  # a question of its own
        "rani m9awil dati o bghit 9ard",  # a loan asked
        "النظام الجزافي ولا المقاول الذاتي",  # a choice: no regime held
        "أنا نجار منذ 12 سنة ومقاول ذاتي",  # a kind besides: who may register decides
        "bonjour",  # no regime
    ],
)
def test_a_regime_with_something_else_is_left_to_the_classifier(
    reader: SituationReader, seed_lexicon: Lexicon, text: str  # noqa: F811
) -> None:
    assert not _regime_only(reader, seed_lexicon, text)
