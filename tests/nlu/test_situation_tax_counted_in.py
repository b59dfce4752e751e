"""Holders of a regime named in general are the writer's own when the writer counts themself in: "comme moi", "dont je
fais partie" right after the regime, or "moi j'y suis", "je suis dans ce cas" after the question."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    ("text", "tax"),
    [
        ("pour un artisan au forfait comme moi l'amo c'est combien ?", "cpu"),
        ("les artisans à la CPU comme moi paient combien pour l'amo ?", "cpu"),
        ("ceux qui sont à la CPU comme moi, ils paient combien pour l'amo ?", "cpu"),
        ("les artisans à la CPU, dont je fais partie, paient combien pour l'amo ?", "cpu"),
        ("les artisans à la CPU paient combien pour l'amo ? moi j'y suis", "cpu"),
        ("combien paient ceux de la CPU pour l'AMO ? Je suis dans ce cas.", "cpu"),
        ("135 dh c'est toujours le tarif de l'amo pour ceux qui payent pas l'impot ? c mon cas, je suis ferronier", "none"),
        ("les gens au forfait, ils cotisent combien à l'amo ? j'y suis aussi", "cpu"),
    ],
)
def test_the_writer_counted_among_holders_holds_their_regime(reader: SituationReader, text: str, tax: str) -> None:
    assert read(reader, text).get("tax_situation") == tax


@pytest.mark.parametrize(
    "text",
    [
        "les artisans à la CPU paient combien pour l'amo ?",
        "pour les artisans au réel, l'amo c'est combien ?",
        "ceux de la CPU paient moins que moi pour l'amo ?",
    ],
)
def test_holders_in_general_are_nobodys_own(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") is None


@pytest.mark.parametrize(
    ("text", "tax"),
    [
        # "We who": the writer among the holders ("الضربية", a misspelt tax, still names one).
        ("شحال كنخلصو ف لامو حنا لي مكنخلصوش الضربية؟", "none"),
        ("حنا اللي ما كنخلصو حتى ضريبة، شحال غادي نخلصو فلامو؟", "none"),
        ("7na li f cpu ch7al kankhlsso f l'amo?", "cpu"),
    ],
)
def test_we_who_hold_it_are_the_writers(reader: SituationReader, text: str, tax: str) -> None:
    assert read(reader, text).get("tax_situation") == tax


def test_a_title_of_maalem_given_is_maalem(reader: SituationReader) -> None:
    assert read(reader, "عطاتني الغرفة الصفة ديال المعلم، واش نتسجل بيها؟").get("category") == "maalem"
