"""A language the writer says they cannot read or understand is no choice of reply language; another one named
in the same message still is."""

import pytest

from nlu.lexicon import Lexicon, message_words
from nlu.situation import SituationReader
from tests.nlu.test_lexicon import seed_lexicon  # noqa: F401 (fixture)


def _chosen(reader: SituationReader, lexicon: Lexicon, text: str) -> list[str]:
    words = message_words(text)
    languages = [m for m in lexicon.find(words) if m.entity == "language"]
    assert languages, "the message names a language"
    taken = [(m.start, m.end) for m in lexicon.find(words)]
    unread = set(reader.unread_languages(text, words, [m.start for m in languages], taken))
    return [m.value for m in languages if m.start not in unread]


@pytest.mark.parametrize(
    "text",
    [
        # MSA
        "لا أحسن قراءة الفرنسية، ما هي شروط التسجيل؟",
        "أنا لا أفهم الفرنسية جيدا، كم أدفع للتغطية الصحية؟",
        # Darija
        "ما كنقراش الفرنسية، شنو خاصني باش نتسجل؟",
        "ماكنفهمش الفرنسية مزيان، فين كاينة الغرفة؟",
        # Arabizi
        "ma kanfhemch lfrancais, ch7al kayt5lles f amo?",
        "ana makan9rach lfransawiya, chno lwra9 li khasni?",
        # French
        "je ne lis pas l'arabe, quels papiers pour l'inscription ?",
        "je ne comprends pas bien l'arabe classique, où est la chambre d'artisanat ?",
    ],
)
def test_a_language_one_cannot_read_is_no_choice(reader: SituationReader, seed_lexicon: Lexicon, text: str) -> None:  # noqa: F811
    assert _chosen(reader, seed_lexicon, text) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("je ne lis pas l'arabe, répondez en français svp", "fr"),
        ("ma kan9rach lfrancais, jawbni b darija", "ary"),
        ("لا أفهم الفرنسية، أجبني بالعربية من فضلك", "ar"),
        # Said without a negation, the language is chosen.
        ("je lis l'arabe, pas de souci", "ar"),
        ("كنفهم الدارجة مزيان", "ary"),
    ],
)
def test_another_language_named_still_chooses(
    reader: SituationReader, seed_lexicon: Lexicon, text: str, language: str  # noqa: F811
) -> None:
    assert _chosen(reader, seed_lexicon, text) == [language]


@pytest.mark.parametrize(
    "text",
    [
        # A skill said to be poor.
        "je parle mal l'arabe, quels sont les documents pour la carte ?",
        "je lis très mal le français, comment s'inscrire ?",
        "كنقرا الفرنسية بصعوبة، شنو خاصني؟",
        "أفهم الفرنسية بصعوبة، أين توجد الغرفة؟",
        # A negated Arabizi skill in a spelling not listed ("kanfhm", "kan9r", "n3rf" without their vowels).
        "ma kanfhmch lfrancais mzyan, fin kayna lghorfa?",
        "ana ma kan9rch l3arbiya, ch7al kaydfa3 f amo?",
        "ma n3rfch nktb b l3arbiya, chno lwra9?",
    ],
)
def test_a_language_known_badly_is_no_choice(reader: SituationReader, seed_lexicon: Lexicon, text: str) -> None:  # noqa: F811
    assert _chosen(reader, seed_lexicon, text) == []


@pytest.mark.parametrize(
    "text", ["جاوبني بالفرانسوية عافاك", "نفضل الفرانسية", "عطيني الجواب بالفرانسية", "بغيت الجواب فرانسوية"]
)
def test_french_said_with_an_a_the_darija_way_chooses_french(
    reader: SituationReader, seed_lexicon: Lexicon, text: str  # noqa: F811
) -> None:
    assert _chosen(reader, seed_lexicon, text) == ["fr"]
