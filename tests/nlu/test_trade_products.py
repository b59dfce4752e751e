"""A trade named by what the artisan makes or works ("tajines", "القلال", "lkhzef", "jloud", "des jarres", "sculptures en
pierre") or by a verb said of several people ("كنطرزو", "kantrzo"): the registry's variants hold those words."""

import pytest

from nlu.lexicon import Lexicon, message_words


def _trades(lexicon: Lexicon, text: str) -> list[str]:
    return [m.value for m in lexicon.find(message_words(text)) if m.entity == "craft"]


@pytest.mark.parametrize(
    ("text", "trade"),
    [
        ("khti katsawb tajines w kat bi3hom f souk", "POTTERY"),
        ("les tajines que je fabrique se vendent bien", "POTTERY"),
        ("كنبيع الطواجن فالسوق الأسبوعي", "POTTERY"),
        ("نصنع الطواجين بيدي منذ صغري", "POTTERY"),
        ("خدام فالقلال مع با", "POTTERY"),
        ("kansawb l9lal w lkhwabi", "POTTERY"),
        ("wach lkhzef kaydkhol f sijil", "POTTERY"),
        ("je tourne des jarres et des gargoulettes", "POTTERY"),
        ("kankhdem f ljloud m3a 3mmi", "LEATHER"),
        ("تجارة الجلود والدباغة", "LEATHER"),
        ("nous faisons des sculptures en pierre", "STONE"),
        ("أنا وبناتي كنطرزو الجلالب", "SEWING_EMBROIDERY"),
        ("hna kantrzo f dar", "SEWING_EMBROIDERY"),
        ("j'apprends à coudre avec ma tante", "SEWING_EMBROIDERY"),
        ("حنا كننسجو فالدوار", "RUGS_WEAVING"),
        ("mwalfa nsawb lbrami dyal lfrran", "POTTERY"),
        ("كنبيع البرامي فالسويقة", "POTTERY"),
        ("mama katdir l9fafi mn ddoum", "PLANT_FIBRES"),
        ("القفافي ديالنا كيتباعو فالموسم", "PLANT_FIBRES"),
        ("mon père taille le marbre à Taroudant", "STONE"),
        ("je travaille dans une marbrerie", "STONE"),
        ("je fais de la mosaïque pour les riads", "ZELLIGE"),
        ("أزين الجدران بالفسيفساء", "ZELLIGE"),
        ("on fabrique des selles de chevaux pour la fantasia", "SADDLERY"),
        ("kanfasal ljlalb l3yalat", "SEWING_EMBROIDERY"),
    ],
)
def test_a_trade_named_by_its_product(trades: Lexicon, text: str, trade: str) -> None:
    assert _trades(trades, text)[:1] == [trade]


@pytest.mark.parametrize(
    ("text", "trade"),
    [
        ("je fabrique des bagues pour les mariages", "JEWELLERY"),
        ("nos colliers en argent se vendent au souk", "JEWELLERY"),
        ("أصنع الخواتم في محلي الصغير", "JEWELLERY"),
        ("je fais des jouets en bois pour enfants", "WOOD"),
        ("nous fabriquons des portes en bois sculptées", "WOOD"),
        ("أصنع الصناديق الخشبية المزخرفة", "WOOD"),
        ("mon grand-père m'a appris à sculpter le cèdre", "WOOD"),
        ("je façonne l'argile depuis vingt ans", "POTTERY"),
    ],
)
def test_a_trade_named_by_the_thing_made(trades: Lexicon, text: str, trade: str) -> None:
    assert trade in _trades(trades, text)
