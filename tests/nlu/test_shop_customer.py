"""A customer asking what "you" have for sale is out of scope; an artisan speaking of their own sales is marketing."""

import pytest

from nlu.shop_customer import rerank
from tests.nlu.rankings import lemmas, ranking


@pytest.mark.parametrize(
    "text",
    [
        "vous avez des tapis a vendre ?",
        "y a des poufs a vendre chez vous ?",
        "avez-vous des assiettes peintes à vendre",
        "3ndkom chi zrabi lilbi3?",
        "عندكم شي طباسل ديال الفخار للبيع؟",
        "هل لديكم سروج للبيع؟",
    ],
)
def test_what_you_have_for_sale_is_out_of_scope(text: str) -> None:
    ranked = rerank(lemmas(text), ranking("marketing", "out_of_scope", "financing"))
    assert [r["name"] for r in ranked] == ["out_of_scope", "marketing", "financing"]
    assert ranked[0]["confidence"] == 0.6


@pytest.mark.parametrize(
    "text",
    [
        "j'ai des tapis a vendre, vous avez des conseils ?",
        "vous avez des salons pour exposer mes poteries ?",
        "3ndi zrabi lilbi3, 3ndkom chi ma3rid?",
        "عندكم شي منصة نبيع فيها الطواجن ديالي؟",
        "هل لديكم معارض أعرض فيها منتجاتي؟",
    ],
)
def test_the_artisans_own_sales_stay_marketing(text: str) -> None:
    ranked = rerank(lemmas(text), ranking("marketing", "out_of_scope", "financing"))
    assert [r["name"] for r in ranked] == ["marketing", "out_of_scope", "financing"]


def test_other_pairs_are_left_to_the_classifier() -> None:
    text = "vous avez des tapis a vendre ?"
    assert rerank(lemmas(text), ranking("financing", "out_of_scope")) == ranking("financing", "out_of_scope")
