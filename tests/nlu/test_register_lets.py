""""Let's register now" ("يالاه نسجلو دروك", "yallah nbdaw tsjil daba") is a wish to register, as "bghit" is; and a
Darija "ما" that negates the verb after it ("ما عنديش ديبلوم") asks nothing."""

import pytest

from nlu.register_wish import RegisterWish
from tests.nlu.rankings import lemmas, ranking


@pytest.mark.parametrize(
    "text",
    [
        "يالاه نسجلو دروك، أنا خياطة من 2015 وما عنديش ديبلوم",
        "yallah nbdaw tsjil daba, ana njjar f fes",
        "ncommenciw l'inscription, ana sellier 5 ans",
        "ma 3ndich diplome, bghit ntsjel daba",
    ],
)
def test_lets_register_is_a_wish_to_register(text: str) -> None:
    assert RegisterWish().wishes_to_register(lemmas(text))


@pytest.mark.parametrize("text", ["ما هي شروط التسجيل؟ بغيت نتسجل", "wach n9der ntsjel?"])
def test_a_question_is_no_wish(text: str) -> None:
    assert not RegisterWish().wishes_to_register(lemmas(text))


@pytest.mark.parametrize(
    "text",
    [
        "سجلني عافاك، أنا معلم دباغ فشفشاون",
        "Inscrivez-moi au RNA s'il vous plaît, je suis menuisier diplômé",
        "Je voudrais inscrire mon père tout de suite : il est potier à Safi depuis trente ans",
    ],
)
def test_register_me_is_a_wish_to_register(text: str) -> None:
    assert RegisterWish().wishes_to_register(lemmas(text))


def test_est_ce_still_asks() -> None:
    assert not RegisterWish().wishes_to_register(lemmas("est-ce que je veux m'inscrire ou pas ?"))


def test_where_do_we_start_asks_how_not_for_the_form() -> None:
    assert not RegisterWish().wishes_to_register(lemmas("بغينا نسجلو التعاونية ديالنا فكلميم، منين نبداو؟"))


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Tu peux m'inscrire ? Je suis auto-entrepreneur, j'ai un diplôme en menuiserie.", "rna_apply"),
        ("سجلني عافاك، أنا معلم دباغ عندي 30 عام فالدباغة", "rna_apply"),
        ("inscris moi stp au registre, potiere a Sidi Bennour, 10 ans de metier", "rna_apply"),
        ("ok je me lance, inscris-moi. je travaille depuis 2012, pas de diplôme.", "rna_apply"),
        ("je peux m'inscrire ? je suis potier depuis 10 ans", "rna_eligibility"),
        ("واش الغرفة تقدر تسجلني بلا ديبلوم؟ خدام 5 سنين", "rna_eligibility"),
    ],
)
def test_asked_to_register_me_is_the_request(text: str, first: str) -> None:
    ranked = RegisterWish().rerank(lemmas(text), text, ranking("rna_eligibility", "rna_apply", "training"))
    assert ranked[0]["name"] == first
