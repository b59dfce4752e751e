"""Trades named by their worker ("hajjar", "nssaja", "zllaj", "نحاس"), by what is made or worked ("sroj dyal lkhil",
"t3arij", "lblagh", "الرخام", "meubles", "paniers") or by the work itself ("zwaq", "tnjara"), in Darija, Arabizi and
French: the trade lexicon built from data/seed/trades.yml finds them."""

import pytest

from nlu.lexicon import Lexicon
from tests.nlu.test_lexicon import found


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # What is made or worked.
        ("kan9ad sroj dyal lkhil", "SADDLERY"),
        ("kankhdem lblagh", "LEATHER"),
        ("عندي ورشة ديال الماروقيناري", "LEATHER"),
        ("kanrekkeb sakhana dyal gaz", "GAS_WATER_HEATER"),
        ("katbi3 lbijou f souk", "JEWELLERY"),
        ("kansawb l9ofa w nbi3ha", "PLANT_FIBRES"),
        ("كنصاوب الطواجن ديال الطين", "POTTERY"),
        ("كنخدم فالرخام", "STONE"),
        ("كنطرق الحديد", "WROUGHT_IRON"),
        ("كنبيع الجلابة فالسوق", "SEWING_EMBROIDERY"),
        ("kankhdem smar m3a lbnat", "PLANT_FIBRES"),
        ("lsmar dyal douar", "PLANT_FIBRES"),
        ("كنصاوب الطعارج لعاشوراء", "POTTERY"),
        ("kansaweb t3arij f fas", "POTTERY"),
        # The worker.
        ("ana nahhas f fes", "DINANDERIE"),
        ("khddam f l7did", "WROUGHT_IRON"),
        ("ana hajjar f taroudant", "STONE"),
        ("ana nssaja", "RUGS_WEAVING"),
        ("khddam sellal", "PLANT_FIBRES"),
        ("ana ssaffar f lmdina l9dima", "DINANDERIE"),
        ("خويا زلاج", "ZELLIGE"),
        ("khouya zllaj", "ZELLIGE"),
        # The work: painted wood (zwaq), carpentry learnt.
        ("3ndi 3 snin f zwaq dyal lkhcheb", "WOOD"),
        ("أنا خدام فالتزواق", "WOOD"),
        ("9rit tnjara f ofppt", "WOOD"),
    ],
)
def test_a_trade_said_by_its_worker_its_work_or_what_it_makes(trades: Lexicon, text: str, code: str) -> None:
    assert [value for _, value, _ in found(trades, text, ("craft",))] == [code]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("je vends mes paniers au marché du jeudi", "PLANT_FIBRES"),
        ("on a un atelier de fabrication de meubles à Salé", "WOOD"),
    ],
)
def test_a_trade_said_by_what_it_makes_in_french_beside_a_city(trades: Lexicon, text: str, code: str) -> None:
    # The city of the message ("Salé") is found too: the trade is among what is found.
    assert ("craft", code) in [(entity, value) for entity, value, _ in found(trades, text)]
