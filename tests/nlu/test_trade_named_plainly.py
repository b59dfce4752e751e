"""A trade named plainly by what is made: jewels without the article ("حلي فضية", "أصنع حليا"), saddles in the plural
for horses or the tbourida ("des selles pour les chevaux"), wool blankets or the loom they are woven on ("couvertures
en laine", "métiers à tisser"): the registry's variants hold those words (data/seed/trades.yml)."""

import pytest

from nlu.lexicon import Lexicon, message_words


def _trades(lexicon: Lexicon, text: str) -> list[str]:
    return [m.value for m in lexicon.find(message_words(text)) if m.entity == "craft"]


@pytest.mark.parametrize(
    ("text", "trade"),
    [
        ("أنا صانعة حلي فضية منذ صغري", "JEWELLERY"),
        ("أصنع حليا تقليدية وأبيعها في السوق", "JEWELLERY"),
        ("زوجتي تصنع حلي أمازيغية في البيت", "JEWELLERY"),
        ("mon pere fabrique des selles pour les chevaux de fantasia", "SADDLERY"),
        ("je suis selliere, je fais des selles traditionnelles", "SADDLERY"),
        ("on fait des selles de tbourida dans notre atelier", "SADDLERY"),
        ("ma mere tisse des couvertures en laine pour les voisins", "RUGS_WEAVING"),
        ("nous avons trois metiers a tisser a la maison", "RUGS_WEAVING"),
        ("elle fait des handiras et des hanbels", "RUGS_WEAVING"),
    ],
)
def test_a_trade_named_plainly_by_what_is_made(trades: Lexicon, text: str, trade: str) -> None:
    assert _trades(trades, text)[:1] == [trade]
