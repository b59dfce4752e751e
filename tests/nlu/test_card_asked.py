"""May I get the card? is the card's question (artisan_card), not who may register (nlu/card_asked.py)."""

import pytest

from nlu.card_asked import CARD, rerank
from nlu.situation_extractor import TOPIC_CONFIDENCE
from tests.nlu.rankings import lemmas, ranking, scored


@pytest.mark.parametrize(
    "text",
    [
        "انا معلم فالزليج هادي ربعين عام ففاس واش نقدر ناخد لاكارط",
        "راجلي عندو البطاقة. أنا خياطة ف سطات، واش نقدر ناخدها حتى أنا؟",
        "ana m3allem f nnjara, wach n9der nakhod lkarta?",
        "j'ai 20 ans de métier, je peux avoir la carte ?",
        # What the card gives, or when it comes once registered.
        "عندي 15 عام فالنجارة، شنو كتعطيني البطاقة؟",
        "تسجلت فالسجل هادي شهرين، فوقاش توصلني الكارط؟",
        "je suis inscrit au registre depuis mars, la carte sert à quoi ?",
        # A right to the card.
        "est ce que chaque membre d'une cooperative a droit a la carte pro ou seulement la cooperative ?",
        "واش عندي الحق فالبطاقة المهنية؟ خدام فالنجارة هادي 10 سنين",
        # Its coming to the writer, what it lets one do, one card against another, its price.
        "تسجلت فالسجل وعطاوني الرقم، انا خراز بالديبلوم، فوقاش تجيني البطاقة ديالي؟",
        "ana m3allem f nnjara, wach lcarte katkhlini nmchi l ma3arid?",
        "عندي شهادة المعلم، واش البطاقة ديال المعلم مختالفة على ديال الصانع؟",
        "lcarte d sani3 wach b flous? ana f 7did 5 snin",
        "la carte d'artisan est payante ? j'ai 6 ans de métier",
        # Registered told by "entered" or "tsjelt"; the card coming out at the post office.
        "خراز بالديبلوم، دخلت للسجل ولكن البطاقة ما وصلاتنيش، واش كتجي بالبريد؟",
        "tsjelt f rna b diplome dyal ofppt, imta tjini lcarte?",
        "بطاقة الكيو ار كود هل تخرج من البريد؟ أنا نقاش على الخشب منذ عشرين سنة",
    ],
)
def test_getting_the_card_is_the_cards_question(text: str) -> None:
    ranked = rerank(lemmas(text), ranking("rna_eligibility", "artisan_card", "rna_documents"))
    assert [r["name"] for r in ranked] == ["artisan_card", "rna_eligibility", "rna_documents"]


@pytest.mark.parametrize(
    "text",
    [
        "واش نقدر نتسجل فالسجل باش ناخد لاكارط؟",  # registering is asked; the card is its purpose
        "je peux avoir un diplôme avec mon expérience ?",  # no card
        "j'ai droit au registre avec ma carte d'auto-entrepreneur ?",  # another card, and the register asked
        "Avec ma carte d'auto-entrepreneur, ai-je le droit d'être inscrit au RNA ?",  # "of" before the other card
    ],
)
def test_registering_or_no_card_is_left_alone(text: str) -> None:
    start = ranking("rna_eligibility", "artisan_card", "rna_documents")
    assert rerank(lemmas(text), start) == start


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("كيفاش ناخد لاكارط؟ أنا خدام النقرة 8 سنين بلا ديبلوم", "training"),
        ("la cooperative dyalna t9der takhod lcartes l l3a2ilat?", "rna_eligibility"),
    ],
)
def test_getting_the_card_is_asked_behind_training_or_eligibility(text: str, first: str) -> None:
    assert rerank(lemmas(text), ranking(first, "artisan_card", "amo_info"))[0]["name"] == "artisan_card"


def test_the_auto_entrepreneurs_card_with_a_loan_is_financing() -> None:
    text = "3andi carte AE o ICE, wach n9der nakhod credit forsa?"
    assert rerank(lemmas(text), ranking("financing", "artisan_card", "amo_info"))[0]["name"] == "financing"


@pytest.mark.parametrize(
    ("text", "first"),
    [
        # Each one taking hers, the card coming by post, waited for, not come: the card's own questions.
        ("حنا تعاونية ديال الطرز وانا واحدة من العضوات واش كل وحدة فينا كتاخد البطاقة ديالها", "rna_eligibility"),
        ("طلبت الكارط هادي ثلاثة شهور وباقي ما جاتنيش، واش كتوصل بالبريد ولا نمشي نجيبها؟", "rna_documents"),
        ("عييت كنسنى لاكارط، تسجلت هادي عامين وحتى حاجة. انا معلم فالنحاس ففاس", "rna_documents"),
        ("خويا خدا البطاقة ديالو بالكود QR. انا تسجلت السيمانة اللي فاتت، فوقاش توصلني؟", "rna_status"),
        ("j'attends ma carte d'artisan depuis 4 mois, je suis inscrit, c'est normal ?", "rna_status"),
        # The group registered, each member taking hers; the writer taking one in the present, in a company of hers.
        ("التعاونية ديالنا فاليوسفية تسجلات واش كل عضوة كتاخد لاكارط ديالها", "rna_documents"),
        ("عندي مقاولة ديال القفاطن فكازا بالمحاسبة واش انا كمسيرة كناخد لاكارط حتى انا", "rna_eligibility"),
    ],
)
def test_the_card_taken_coming_or_waited_for_is_the_cards_question(text: str, first: str) -> None:
    assert rerank(lemmas(text), ranking(first, "artisan_card", "amo_info"))[0]["name"] == "artisan_card"


@pytest.mark.parametrize(
    "text",
    [
        # The national identity card, or the auto-entrepreneur's, is a paper, not the artisan's card.
        "غير لاكارط ناسيونال ولا شي حاجة اخرى؟ واش كتاخدها الغرفة",
        "il faut la carte nationale seulement ? je l'attends encore",
        # Where the file stands, with no card named.
        "تسجلت هادي شهرين وباقي ما جاني والو، فوقاش توصلني؟",
    ],
)
def test_an_identity_card_or_no_card_is_left_alone(text: str) -> None:
    start = ranking("rna_documents", "artisan_card", "rna_status")
    assert rerank(lemmas(text), start) == start


@pytest.mark.parametrize(
    "text",
    [
        # Brought as a paper: the identity card, or a card among the papers.
        "واش نصور لاكارط ولا نجيب الاصل",
        "واش خاصني نجيب شهادة العمل ولا غير لاكارط؟",
        "صاحبتي عندها شهادة المعلمة وقالو ليها غير البطاقة والشهادة. وانا شنو خاصني نجيب؟",
        # The card to get is what the papers are for.
        "شنو الوراق اللي خاصني باش ناخد لاكارط؟",
    ],
)
def test_a_card_brought_among_the_papers_stays_the_papers(text: str) -> None:
    start = ranking("rna_documents", "artisan_card", "rna_status")
    assert rerank(lemmas(text), start) == start


@pytest.mark.parametrize(
    "lead",
    [
        # Out of scope leading unsure, or the card leading unsure: the card asked is understood.
        scored(("out_of_scope", 0.24), ("artisan_card", 0.14), ("rna_register_how", 0.13)),
        scored(("artisan_card", 0.17), ("rna_documents", 0.14), ("out_of_scope", 0.11)),
    ],
)
def test_getting_the_card_in_an_unsure_lead_is_understood(lead: list[dict]) -> None:
    text = "كنكتب على الوالد: فخار فآسفي من ربعين عام، بغا البطاقة الجديدة لي فيها الكود. كيفاش يجيبها؟"
    assert rerank(lemmas(text), lead)[0] == {"name": "artisan_card", "confidence": TOPIC_CONFIDENCE}


def test_out_of_scope_leading_surely_is_left_alone() -> None:
    sure = scored(("out_of_scope", 0.6), ("artisan_card", 0.2))
    assert rerank(lemmas("بغيت نجيب البطاقة ديال البنك"), sure) == sure


@pytest.mark.parametrize(
    "text",
    [
        # The East's "take", and what the card helps with.
        "حنا تعاونية ديال الزرابي فوجدة، واش حتى حنا نديو لاكارط؟",
        "عندي ديبلوم فالجلد، واش لاكارط كتعاون فالمعارض؟",
    ],
)
def test_the_card_taken_in_the_east_or_helping_is_the_cards_question(text: str) -> None:
    ranked = rerank(lemmas(text), ranking("rna_eligibility", "artisan_card", "rna_documents"))
    assert ranked[0]["name"] == "artisan_card"


def test_getting_it_after_a_friends_card_is_the_cards_question() -> None:
    text = "صديقي تسلم بطاقته الشهر الماضي. أنا أشتغل في الفخار منذ 9 سنوات، فهل سأحصل عليها أنا أيضا؟"
    ranked = rerank(lemmas(text), ranking("rna_eligibility", "artisan_card", "rna_documents"))
    assert ranked[0]["name"] == "artisan_card"


@pytest.mark.parametrize(
    "text",
    [
        "أنا نجار من 2015 بلا ديبلوم، واش يعطيوني الكارط ديال الحرفي؟",
        "ana m3allem f zlij, wach lcarte kat3tik chi ta5fid?",
    ],
)
def test_the_card_given_is_the_cards_question(text: str) -> None:
    assert rerank(lemmas(text), ranking("rna_eligibility", "artisan_card", "rna_apply"))[0]["name"] == "artisan_card"


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        # Its QR code named: the artisan's card, wherever the classifier ranked it.
        ("dkhelt l rna b attestation d'exercice, fin nqelleb 3la lbita9a b QR?", ranking("rna_documents", "rna_eligibility", "out_of_scope")),
        ("البطاقة ذات رمز QR واش كتجي بالبوسطة؟", ranking("rna_status", "find_office", "rna_documents")),
        # Wanted, one for each member.
        ("التعاونية ديالنا بغات البطائق للعضوات، كيفاش ندبرو؟", scored(("out_of_scope", 0.29), ("financing", 0.15), ("marketing", 0.13))),
    ],
)
def test_the_card_wanted_or_named_by_its_qr_code_is_the_cards_question(text: str, lead: list[dict]) -> None:
    ranked = rerank(lemmas(text), lead)
    assert ranked[0]["name"] == CARD and ranked[0]["confidence"] >= TOPIC_CONFIDENCE


@pytest.mark.parametrize(
    "text",
    [
        "Diplômée en maroquinerie, je vais aux salons. La carte pro me donne un avantage pour les foires ?",
        "lbitaqa wach fiha chi fayda liya f lma3arid?",
    ],
)
def test_what_the_card_gives_behind_selling_is_the_cards_question(text: str) -> None:
    assert rerank(lemmas(text), ranking("marketing", "artisan_card", "rna_eligibility"))[0]["name"] == CARD


def test_selling_at_a_fair_with_the_card_held_stays_selling() -> None:
    text = "3ndi lcarte, bghit nbi3 f salon dyal casa"
    lead = ranking("marketing", "artisan_card", "rna_eligibility")
    assert rerank(lemmas(text), lead) == lead


def test_the_qr_card_asked_behind_any_topic_is_the_cards_question() -> None:
    text = "ma kankhlles walo l dowla, kanbi3 ghi f souq, lbitaqa b QR wach fiha chi fayda liya?"
    assert rerank(lemmas(text), ranking("amo_cost", "amo_info", "artisan_card"))[0]["name"] == CARD
