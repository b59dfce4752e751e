"""A relative's diploma, kind, years or trade are theirs: when the writer says their own too, only the writer's count.
A message about a relative alone asks about the relative, whose situation stays."""

import pytest

from nlu.lexicon import Lexicon, message_words
from nlu.situation import SituationReader
from nlu.situation_extractor import writers_trades
from tests.nlu.test_situation import read
from tests.nlu.test_situation_round10 import trades  # noqa: F401 (fixture)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # MSA
        ("ابنتي تحمل دبلوما في الخياطة، وأنا أشتغل في الدباغة منذ تسع سنوات، فهل يمكنني التسجيل؟", "practice"),
        ("أخي معلم في النحاس منذ ثلاثين سنة، أما أنا فلي عامان فقط في الحرفة وبدون شهادة", "none"),
        ("زوجتي خريجة مركز التكوين وأنا أعمل نجارا منذ 2014", "practice"),
        # Darija
        ("ولدي عندو ديبلوم فالحدادة، وأنا خدام فالزليج هادي سبع سنين", "practice"),
        ("الواليد معلم فالدباغة، أنا ما عنديش ديبلوم وخدام غير عامين", "none"),
        # Arabizi
        ("khouya 3ndo diplome f nnjara, ana kankhdem f zlij hadi 7 snin", "practice"),
        ("bnti 3ndha diplome, w ana khddama f trz mn 2016", "practice"),
        # French
        ("mon fils a un diplôme de l'OFPPT, moi je fais de la poterie depuis 8 ans", "practice"),
        ("mon mari est maître artisan, moi je brode depuis 5 ans sans diplôme", "practice"),
    ],
)
def test_the_writers_own_kind_wins_over_a_relatives(reader: SituationReader, text: str, category: str) -> None:
    assert read(reader, text)["category"] == category


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # About the relative alone: their situation is the one asked about.
        ("ma mère fait des tapis depuis 1998, elle a le droit de s'inscrire ?", "practice"),
        ("ولدي عندو ديبلوم فالنجارة، واش يقدر يتسجل؟", "diploma"),
        # "With my uncle": the uncle is no subject, the years are the writer's.
        ("kankhdem m3a khali f nnjara mn 2010, wach n9der ntsjel?", "practice"),
        ("je travaille le bois avec mon oncle depuis 2012, je peux m'inscrire ?", "practice"),
    ],
)
def test_a_relative_alone_or_as_a_companion_keeps_the_reading(reader: SituationReader, text: str, category: str) -> None:
    assert read(reader, text)["category"] == category


def _trades(reader: SituationReader, lexicon: Lexicon, text: str) -> list[str]:
    words = message_words(text)
    entities = [
        {"entity": m.entity, "value": m.value, "start": m.start, "end": m.end} for m in lexicon.find(words)
    ]
    taken = [(e["start"], e["end"]) for e in entities]
    return [e["value"] for e in writers_trades(entities, reader.relatives_said(text, words, taken))]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("ابني نجار، أما أنا فأعمل في الخياطة منذ عشر سنوات", "SEWING_EMBROIDERY"),
        ("خويا حداد وأنا كنخدم الفخار هادي خمس سنين", "POTTERY"),
        ("khti khayyata, ana kankhdem f zlij hadi 4 snin", "ZELLIGE"),
        ("mon frère est menuisier, moi je suis potier depuis 2015", "POTTERY"),
    ],
)
def test_a_relatives_trade_gives_way_to_the_writers(
    reader: SituationReader, trades: Lexicon, text: str, code: str  # noqa: F811
) -> None:
    assert _trades(reader, trades, text) == [code]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("ma mère est potière, est-ce qu'elle peut s'inscrire ?", "POTTERY"),
        ("الوالد نجار من زمان، شنو الوراق اللي خاصو؟", "WOOD"),
        # The writer speaks, but names no trade of their own: the father's is the one asked about.
        ("mon père est bijoutier depuis 30 ans, c'est moi qui écris pour lui, il peut s'inscrire ?", "JEWELLERY"),
    ],
)
def test_a_relatives_trade_stays_when_the_message_is_about_them(
    reader: SituationReader, trades: Lexicon, text: str, code: str  # noqa: F811
) -> None:
    assert _trades(reader, trades, text) == [code]
