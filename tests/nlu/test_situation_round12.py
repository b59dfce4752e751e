"""Round 12 (Darija, Arabizi, MSA): a fronted diploma or certificate denied after a relative clause, a start phrase
that says the beginning is recent, the MSA words of a trust company and a yearly balance sheet, a regime closed
("saddito", "daba walou"), the apprenticeship of MSA, a paper of the baccalaureate; trades the batch found missing."""

import pytest

from nlu.lexicon import Lexicon
from nlu.situation import SituationReader
from tests.nlu.test_lexicon import found
from tests.nlu.test_situation import read
from tests.nlu.test_situation_round10 import trades  # noqa: F401 (fixture)


@pytest.mark.parametrize(
    "text",
    [
        # The negation stands past a relative clause about the topic ("that they told me about").
        "الديبلوم اللي كيطلبو فالغرفة عمري ما خديتو، وكنخدم الدباغة هادي ست سنين",
        "الشهادة التي يتحدث عنها الجميع لم أحصل عليها، وأعمل في النقش منذ سبع سنوات",
        "diplome li kaytlbo f lghorfa 3omri ma khditou, w ana khddam f nnjara 6 snin",
        # The certificate one has is of another kind ("of the bac, not of the craft").
        "chahada li 3ndi dyal lbac machi dyal sen3a, w kankhdem f zlij hadi 4 snin",
    ],
)
def test_a_topic_denied_past_its_relative_clause_is_no_diploma(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("category") == "practice"


def test_a_diploma_with_a_relative_clause_and_no_negation_is_a_diploma(reader: SituationReader) -> None:
    assert read(reader, "الديبلوم اللي عندي من OFPPT فالحدادة، واش نتسجل؟").get("category") == "diploma"


@pytest.mark.parametrize(
    "text",
    [
        "شرعت حديثا في الطرز وأريد شراء آلة جديدة، هل من قرض؟",
        "بدأت مؤخرا في الحدادة وأحتاج معدات، فمن يمولني؟",
    ],
)
def test_a_start_said_recent_outranks_the_equipment_it_needs(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("business_stage") == "start"


@pytest.mark.parametrize(
    "text",
    [
        "مكتب ائتماني يعد حساباتي كل سنة، فكم أدفع للتغطية؟",
        "الشركة الائتمانية هي التي تنجز حصيلتي، كم اشتراك AMO؟",
    ],
)
def test_a_trust_company_and_a_balance_sheet_are_accounts(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") == "accounts"


def test_a_credit_card_is_no_trust_company(reader: SituationReader) -> None:
    assert "tax_situation" not in read(reader, "أدفع بالبطاقة الائتمانية، كم اشتراك AMO؟")


@pytest.mark.parametrize(
    "text",
    [
        "kont auto-entrepreneur walakin sadditha, daba walou, ch7al amo?",
        "kan 3ndi lforfait w 9feltou, daba walu, amo chhal?",
    ],
)
def test_a_regime_closed_is_no_tax(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") == "none"


@pytest.mark.parametrize(
    "text",
    [
        "تعلمت النجارة بالتدرج المهني منذ سنة، هل يمكنني التسجيل؟",
        "أعمل في الحدادة منذ سنتين وليست لدي أي وثيقة",
    ],
)
def test_msa_apprenticeship_or_no_paper_with_short_practice_is_none(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("category") == "none"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("kankhdem smar m3a lbnat", "PLANT_FIBRES"),
        ("lsmar dyal douar", "PLANT_FIBRES"),
        ("كنصاوب الطعارج لعاشوراء", "POTTERY"),
        ("kansaweb t3arij f fas", "POTTERY"),
    ],
)
def test_trades_the_round12_batch_found_missing(trades: Lexicon, text: str, code: str) -> None:  # noqa: F811
    assert [value for _, value, _ in found(trades, text, ("craft",))] == [code]


@pytest.mark.parametrize("text", ["أريد تسجيل أمي فهي تنسج الزرابي بخنيفرة", "أرغب في تسجيل أمي، تعمل في الفخار"])
def test_msa_registering_ones_mother_is_on_her_behalf(text: str) -> None:
    # "أمي" is also "illiterate": only a verb of registering someone makes it the mother.
    from nlu.lexicon import message_words
    from nlu.on_behalf import OnBehalfReader, load_cues

    found = OnBehalfReader(load_cues()).read(message_words(text), ())
    assert found is not None and found.value == "parent"


@pytest.mark.parametrize("text", ["واش كاين شي تمويل لمشروعي فالخياطة؟", "kayn chi da3m l mochro3i?"])
def test_my_project_alone_says_no_stage(reader: SituationReader, text: str) -> None:
    assert "business_stage" not in read(reader, text)


def test_my_project_with_a_start_still_starts(reader: SituationReader) -> None:
    assert read(reader, "مازال ما حليت، بغيت دعم لمشروعي").get("business_stage") == "start"


@pytest.mark.parametrize(
    "text",
    ["mmi kant 3ndha lbatinda w sdditha, ana ma3ndi walo, amo bch7al?", "أخي لديه الفورفي، أما أنا فليس لدي أي شيء، كم AMO؟"],
)
def test_having_nothing_where_tax_is_the_topic_is_no_tax(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") == "none"


def test_having_nothing_without_a_tax_word_says_no_tax_situation(reader: SituationReader) -> None:
    assert "tax_situation" not in read(reader, "ma 3ndi walo, amo ch7al?")


@pytest.mark.parametrize(
    "text", ["ما زلت في بداية مشروعي", "أنا في بداية المشروع", "mazal f bdaya dyal mochro3i"]
)
def test_the_beginning_of_ones_project_is_a_start_not_the_countryside(reader: SituationReader, text: str) -> None:
    # "my project" alone states no stage, and "بداية" is spelt like "بادية" once its vowels are gone.
    assert read(reader, text).get("business_stage") == "start"
