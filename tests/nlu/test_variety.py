import pytest

from nlu.variety import identify


@pytest.mark.parametrize(
    ("text", "variety"),
    [
        ("كيف يمكنني التسجيل في السجل الوطني للصناعة التقليدية؟", "ar"),
        ("مرحبا، كيف حالك؟", "ar"),
        ("كيفاش نتسجل فالسجل ديال الصناعة التقليدية؟", "ary"),
        ("سلام", "ary"),
        ("بالدارجة عافاك", "ary"),
        ("kifach ntsjel f sijil dyal sina3a ta9lidiya?", "ary_Latn"),
        ("bghit n3ref l'AMO ch7al kat5ales", "ary_Latn"),
        ("lwra9", "ary_Latn"),
        ("comment m'inscrire au registre national de l'artisanat ?", "fr"),
        ("Bonjour", "fr"),
        ("parle-moi en arabe", "fr"),
    ],
)
def test_identifies_the_variety(text: str, variety: str) -> None:
    assert identify(text).variety == variety


@pytest.mark.parametrize("text", ["", "ok", "👍", "CNSS?", "AB123456", "0612345678"])
def test_says_nothing_when_nothing_tells(text: str) -> None:
    assert identify(text).variety is None
    assert identify(text).strength == 0


def test_longer_messages_give_stronger_evidence() -> None:
    assert identify("merci").strength < identify("merci beaucoup pour votre aide").strength
    assert identify("شكرا").strength == 0
