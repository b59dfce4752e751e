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
        # French nouns that Darija borrows do not make a Darija question French.
        ("kifach nakhod la carte d'artisan", "ary_Latn"),
        ("wach la carte d'artisan fiha chi faida?", "ary_Latn"),
        ("la carte d'artisan svp", "fr"),
        ("Bonjour", "fr"),
        ("parle-moi en arabe", "fr"),
    ],
)
def test_identifies_the_variety(text: str, variety: str) -> None:
    assert identify(text).variety == variety


@pytest.mark.parametrize(
    "text",
    [
        # Darija by the shape of its verbs: the kan-/kat-/kay- present, the ma…ch circumfix, "ma" before a verb.
        "ma kankhlles ta dariba",
        "makankhlsch dariba",
        "ma katkhdemch",
        "kaydir bzaf",
        "ma khdmtch had l3am",
        "ma 3ndich lcarte",
    ],
)
def test_short_arabizi_is_told_by_its_verbs(text: str) -> None:
    assert identify(text).variety == "ary_Latn"


@pytest.mark.parametrize("text", ["ma petite entreprise", "ma carte svp", "c'est ma machine", "un match de foot"])
def test_french_my_is_still_french(text: str) -> None:
    assert identify(text).variety == "fr"


@pytest.mark.parametrize("text", ["ما حليتش المحل", "ماعنديش الوراق"])
def test_the_arabic_circumfix_is_darija(text: str) -> None:
    assert identify(text).variety == "ary"


@pytest.mark.parametrize("text", ["", "ok", "👍", "CNSS?", "AB123456", "0612345678"])
def test_says_nothing_when_nothing_tells(text: str) -> None:
    assert identify(text).variety is None
    assert identify(text).strength == 0


def test_longer_messages_give_stronger_evidence() -> None:
    assert identify("merci").strength < identify("merci beaucoup pour votre aide").strength
    assert identify("شكرا").strength == 0


@pytest.fixture(scope="module")
def learned():
    from pathlib import Path

    from rasa.shared.nlu.training_data.loading import load_data

    from nlu.variety_identifier import training_variety
    from nlu.variety_model import VarietyModel

    examples = load_data(str(Path(__file__).resolve().parents[2] / "data" / "nlu")).intent_examples
    labelled = [(m.get("text"), training_variety(m)) for m in examples if training_variety(m)]
    return VarietyModel().fit([t for t, _ in labelled], [v for _, v in labelled])


@pytest.mark.parametrize(
    ("text", "variety"),
    [
        # No listed marker word: the marker count ties and the learned model decides.
        ("كم سأدفع شهريا للتأمين الإجباري عن المرض؟ لا أؤدي أي ضريبة", "ar"),
        ("متى تبدأ التغطية الصحية بعد الانخراط؟", "ar"),
    ],
)
def test_the_learned_model_settles_a_tie(learned, text: str, variety: str) -> None:
    assert identify(text).strength == 0
    assert identify(text, learned) == identify(text, learned).__class__(variety, 1)


@pytest.mark.parametrize("text", ["", "ok", "👍", "CNSS?", "AB123456", "0612345678", "شكرا"])
def test_the_learned_model_does_not_speak_for_one_word(learned, text: str) -> None:
    assert identify(text, learned).strength == 0


def test_marker_words_outrank_the_model(learned) -> None:
    assert identify("كيفاش نتسجل فالسجل ديال الصناعة التقليدية؟", learned).variety == "ary"
