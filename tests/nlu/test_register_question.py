"""How to register or whether one may: the question word before the verb of registering decides, not the kind said
first (nlu/register_question.py)."""

import pytest

from nlu.intent_classifier import TfidfIntentClassifier
from nlu.register_question import rerank
from tests.nlu.classifier_training import intent
from tests.nlu.rankings import lemmas, ranking


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("notre cooperative de tissage existe depuis 2015, quelles sont les demarches pour l'inscrire ?", "rna_eligibility"),
        ("je suis maalem reconnu en dinanderie, comment je m'enregistre ?", "rna_eligibility"),
        ("مقاولتي للزليج مسجلة في السجل التجاري، كيف أسجلها في السجل الوطني؟", "rna_documents"),
        ("عمي معلم في الحدادة منذ ثلاثين سنة، ما هي خطوات تسجيله؟", "rna_eligibility"),
        # Darija in Latin letters: its verbs of registering ("ntsjel", "nsajjel", "tsjlha", "ttasjil").
        ("3ndi diplome f lkhiyata mn ista, kifach ntsjel?", "rna_eligibility"),
        ("ana m3allem f zzlij hadi 20 3am, kifach nsajjel rasi f sijil", "rna_eligibility"),
        ("7na cooperative dyal l7sira, kifach ntsjlo?", "rna_eligibility"),
        ("khdam f lmikanik mn 2015 bla diplome, chno homa lkhatawat dyal ttasjil? kifach ndir ttasjil", "rna_documents"),
        # "Register me", asked of you (plural or feminine): the object ending after the ending of "you".
        ("أنا معلم فالنجارة هادي 15 عام، كيفاش تسجلوني؟", "rna_eligibility"),
        ("عندي دبلوم فالخياطة، كيفاش تسجليني؟", "rna_documents"),
        ("ana m3alma f lkhiyata mn 2010, kifach tsjlouni?", "rna_eligibility"),
        # A course in the story before the question is where a diploma came from, not what one registers for.
        ("أنا خريج مركز التكوين المهني في الطرز، كيف أسجل في السجل الوطني؟", "rna_eligibility"),
        ("تابعت تكوينا في النجارة لمدة سنتين، كيف أسجل في السجل؟", "rna_eligibility"),
        ("j'ai fait une formation de deux ans en poterie, comment je m'inscris au registre ?", "rna_eligibility"),
        ("dert takwin f lkhiyata 3 snin, kifach ntsjel f sijil?", "rna_eligibility"),
        # "Comment" written as it sounds.
        ("chui en AE, je fais des tapis a khemisset depuis 6 ans. kom je menregistre dans le registre national?", "rna_eligibility"),
    ],
)
def test_a_how_question_after_a_kind_is_how(text: str, first: str) -> None:
    ranked = rerank(lemmas(text), ranking(first, "training", "rna_register_how"))
    assert ranked[0]["name"] == "rna_register_how"


@pytest.mark.parametrize(
    "text",
    [
        # The papers, or a course, are the question.
        "je suis maalem, comment m'inscrire et quels documents apporter ?",
        "نحن تعاونية، كيف نسجلها وما هي الوثائق المطلوبة؟",
        "comment m'inscrire a une formation de zellige ?",
        "أنا نجار منذ عشر سنوات، كيف أسجل في دورة تكوينية في التسيير؟",
        # No word of how: whether one may.
        "je suis maalem depuis 20 ans, je peux m'inscrire ?",
    ],
)
def test_other_questions_are_left_to_the_classifier(text: str) -> None:
    before = ranking("rna_eligibility", "rna_register_how", "training")
    assert rerank(lemmas(text), before) == before


@pytest.mark.parametrize(
    "text",
    [
        "أعمل في الخياطة منذ الحجر الصحي، هل أستطيع التسجيل في السجل؟",
        "بدأت الحدادة بعد أن أغلق المصنع سنة 2019، هل أستطيع التسجيل؟",
        "je fais de la poterie depuis 2019, je peux m'inscrire au registre ?",
    ],
)
def test_may_i_register_is_eligibility(text: str) -> None:
    ranked = rerank(lemmas(text), ranking("rna_register_how", "rna_eligibility", "rna_apply"))
    assert [r["name"] for r in ranked] == ["rna_eligibility", "rna_register_how", "rna_apply"]


@pytest.mark.parametrize(
    "text",
    [
        "comment je peux m'inscrire au registre ?",
        "أين يمكنني أن أسجل بصفتي حرفيا؟",
        "on peut s'inscrire sur internet ?",
        "هل يمكنني التسجيل عبر المنصة الإلكترونية؟",
    ],
)
def test_may_with_how_where_or_a_channel_stays_with_the_classifier(text: str) -> None:
    before = ranking("rna_register_how", "rna_eligibility")
    assert rerank(lemmas(text), before) == before


@pytest.mark.parametrize(
    "text",
    [
        "لا أملك دبلوما وأعمل في النجارة منذ سنة، هل توجد طريقة للتسجيل؟",
        "ما عنديش ديبلوم، واش كاينة شي طريقة باش نتسجل؟",
    ],
)
def test_is_there_a_way_asks_whether(text: str) -> None:
    before = ranking("rna_eligibility", "rna_register_how")
    assert rerank(lemmas(text), before) == before


# The classifier with the rule, on sentences no training or held-out file holds.
@pytest.mark.parametrize(
    "text",
    [
        "je suis maalem bijoutier avec l'attestation de la chambre, comment je m'enregistre sur le site ?",
        "أخي معلم في صناعة الجلد منذ عشرين سنة، كيف يسجل نفسه؟",
    ],
)
def test_the_classifier_sends_how_questions_after_a_kind_to_how(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "rna_register_how"


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("بغيت نتسجل فالسجل، عندي 9 سنين فالنجارة، منين نبدا؟", "rna_apply"),
        ("حنا تعاونية ديال الطرز، بغينا نسجلوها، منين نبداو؟", "rna_eligibility"),
        ("je veux m'inscrire au registre, je suis potier depuis 10 ans, par où commencer ?", "rna_apply"),
        # "and from where", and the French present.
        ("عندي 14 عام فالدباغة بلا ديبلوم، فين ومنين نبدا التسجيل؟", "rna_eligibility"),
        ("Je suis maâlem tisserand à Salé. Par où commence-t-on pour s'inscrire ?", "rna_eligibility"),
    ],
)
def test_where_to_start_registering_is_how(text: str, first: str) -> None:
    assert rerank(lemmas(text), ranking(first, "rna_register_how", "rna_documents"))[0]["name"] == "rna_register_how"


@pytest.mark.parametrize(
    "text",
    [
        "التسجيل واش كيكون فالغرفة ولا فالسيت؟ أنا خياطة فسلا من 2015",
        "خويا بغا يتسجل ولكن ما عرفش واش من الانترنيت ولا خاصو يمشي للمندوبية",
        "l'inscription c'est en ligne ou a la chambre ? je suis potier depuis 9 ans",
    ],
)
def test_one_way_or_the_other_is_how(text: str) -> None:
    assert rerank(lemmas(text), ranking("rna_eligibility", "rna_register_how", "rna_apply"))[0]["name"] == (
        "rna_register_how"
    )


@pytest.mark.parametrize(
    "text",
    [
        # The papers: their own question.
        "الوراق ديال التسجيل نجيبهم للغرفة ولا نصيفطهم فالسيت؟",
        # No registering.
        "الغرفة ولا المندوبية، شكون فيهم قريب لسلا؟",
    ],
)
def test_a_choice_of_ways_without_registering_or_with_papers_is_left_alone(text: str) -> None:
    start = ranking("rna_documents", "rna_register_how")
    assert rerank(lemmas(text), start) == start


def test_where_to_start_with_the_papers_is_left_to_the_classifier() -> None:
    start = ranking("rna_documents", "rna_register_how")
    assert rerank(lemmas("بغيت نتسجل، منين نبدا نجمع الوراق؟"), start) == start


@pytest.mark.parametrize(
    "text",
    [
        # How, asked as a question, behind the request that a trade and a city said first pull to.
        "je suis brodeuse à Sefrou, comment je fais pour m'inscrire au registre ?",
        "أنا حداد في وجدة، كيف أسجل نفسي في سجل الحرفيين؟",
        "ana khrraz f mrrakch, kifach ntsjel f sijil?",
        "ازاي اتسجل في السجل الوطني للصناعة التقليدية؟",
    ],
)
def test_how_asked_behind_the_request_is_how(text: str) -> None:
    ranked = rerank(lemmas(text), ranking("rna_apply", "rna_register_how", "rna_eligibility"))
    assert [r["name"] for r in ranked] == ["rna_register_how", "rna_apply", "rna_eligibility"]


@pytest.mark.parametrize(
    "text",
    [
        # The steps started now: the request.
        "ابدأ معي إجراءات التسجيل حالا أنا خزاف من آسفي",
        "lancez la procédure d'inscription maintenant",
    ],
)
def test_the_steps_started_now_stay_the_request(text: str) -> None:
    start = ranking("rna_apply", "rna_register_how", "rna_eligibility")
    assert rerank(lemmas(text), start) == start


@pytest.mark.parametrize(
    ("text", "first"),
    [
        # What to do, asked in Darija, with registering in the message.
        ("خويا معلم فالحدادة وبغا يتسجل ولكن ما عارفش الطريقة. شنو خاصو يدير؟", "rna_documents"),
        ("bghit ntsjel f sijil, ana njjar f fes, ach khassni ndir?", "rna_apply"),
        # And in French: "je fais quoi", "que dois-je faire".
        (
            "Avant j'avais une SARL, je l'ai fermée. Maintenant je ne paie plus aucun impôt. Pour m'inscrire au "
            "registre, je fais quoi ?",
            "rna_eligibility",
        ),
        ("je veux m'inscrire au registre, qu'est-ce que je dois faire ?", "rna_apply"),
        ("pour s'inscrire au RNA, que faut-il faire ? je suis potier", "rna_documents"),
    ],
)
def test_what_to_do_to_register_is_how(text: str, first: str) -> None:
    ranked = rerank(lemmas(text), ranking(first, "rna_register_how", "ask_help"))
    assert [r["name"] for r in ranked] == ["rna_register_how", first, "ask_help"]


@pytest.mark.parametrize(
    "text",
    [
        "بغيت نسجل الراجل ديالي، هو حداد هادي 15 عام فتاوريرت وما عندوش ديبلوم، شنو هي المراحل؟",
        "je veux m'inscrire au registre, c'est quoi les étapes ?",
    ],
)
def test_the_steps_asked_behind_the_request_are_how(text: str) -> None:
    ranked = rerank(lemmas(text), ranking("rna_apply", "rna_register_how", "training"))
    assert ranked[0]["name"] == "rna_register_how"


def test_the_papers_asked_behind_the_request_are_left_alone() -> None:
    start = ranking("rna_apply", "rna_register_how", "rna_documents")
    assert rerank(lemmas("بغيت نتسجل، شنو هي الوثائق والمراحل؟"), start) == start


def test_how_right_after_the_french_verb_is_how() -> None:
    text = "d'accord. et je m'inscris comment alors ? je suis auto-entrepreneur, bijoutier à Essaouira depuis 8 ans"
    ranked = rerank(lemmas(text), ranking("rna_apply", "rna_register_how", "amo_enroll"))
    assert ranked[0]["name"] == "rna_register_how"


def test_years_told_in_french_ask_no_steps() -> None:
    text = "ça fait 8 ans que je fais de la poterie, pas de diplôme, je peux m'inscrire ?"
    start = ranking("rna_eligibility", "rna_register_how", "rna_apply")
    assert rerank(lemmas(text), start) == start


@pytest.mark.parametrize(
    "text",
    [
        "عندي 15 عام فالزليج بلا ديبلوم وعمري ما درت التسجيل فهاد السجل كيفاش",
        "خويا عندو ديبلوم فالنجارة وبغا يتسجل كيفاش يدير",
        "3ndi diplome f lkhiyata w bghit ntsjel kifach ndir",
    ],
)
def test_how_a_few_words_after_registering_closing_the_message_is_how(text: str) -> None:
    ranked = rerank(lemmas(text), ranking("rna_eligibility", "rna_register_how", "rna_documents"))
    assert ranked[0]["name"] == "rna_register_how"


@pytest.mark.parametrize(
    "text",
    [
        "بغيت نتسجل كيفاش نعرف واش عندي الحق",
        "bghit ntsjel, kifach n3ref wach 3ndi l7a9?",
    ],
)
def test_how_after_registering_asking_something_else_is_left_alone(text: str) -> None:
    three = ranking("rna_eligibility", "rna_register_how", "rna_documents")
    assert rerank(lemmas(text), three) == three


@pytest.mark.parametrize(
    "text",
    [
        "c koi les etapes pour le registre de l'artisanat stp. tailleur de pierre, pas de diplome mais 7 ans",
        "شنو هي الخطوات ديال الرنا؟ أنا معلم فالزليج",
        "la démarche pour le RNA quand on est une coopérative ?",
    ],
)
def test_the_registers_steps_asked_are_how(text: str) -> None:
    assert rerank(lemmas(text), ranking("rna_eligibility", "craft_lookup", "rna_register_how"))[0]["name"] == (
        "rna_register_how"
    )


@pytest.mark.parametrize(
    "text",
    [
        # The papers' steps, or the register named with no steps asked.
        "les étapes et les papiers pour le registre ?",
        "le registre, je peux y entrer avec 7 ans de métier ?",
    ],
)
def test_the_register_without_its_steps_is_left_alone(text: str) -> None:
    three = ranking("rna_eligibility", "craft_lookup", "rna_register_how")
    assert rerank(lemmas(text), three) == three


@pytest.mark.parametrize(
    ("text", "first"),
    [
        # By which channel: the post office, a site, a few words after the verb.
        ("عندي 8 سنين فالخياطة، واش نقدر نتسجل من البوسطة؟", "rna_eligibility"),
        ("ana njjar mn 2015, n9der ntsjel f site?", "rna_eligibility"),
        # The way of registering, named as a thing.
        ("أعمل في الخزف منذ سنتين، أريد أن أعرف طريقة التسجيل.", "rna_apply"),
        # The other verb of registering.
        ("ma 3ndi ta diplome w bdit l3am li fat f lmikanik, kifach nt9ayed?", "rna_eligibility"),
    ],
)
def test_a_channel_the_way_named_or_enlisting_is_how(text: str, first: str) -> None:
    ranked = rerank(lemmas(text), ranking(first, "rna_register_how", "training"))
    assert ranked[0]["name"] == "rna_register_how"


def test_is_there_a_way_for_me_is_not_the_way_named() -> None:
    text = "هل هناك طريقة للتسجيل بدون شهادة؟"
    assert rerank(lemmas(text), ranking("rna_eligibility", "rna_register_how")) == ranking(
        "rna_eligibility", "rna_register_how"
    )


@pytest.mark.parametrize(
    "text",
    [
        # The Arabizi verbal noun without its "ta": "tsjil".
        "bdit ghir had l3am f lkhyata, kifach nbda tsjil?",
        # English steps inside French.
        "Hello, je suis potier depuis 5 ans, what are the steps pour l'inscription ?",
    ],
)
def test_how_asked_by_the_noun_or_in_english_is_how(text: str) -> None:
    assert rerank(lemmas(text), ranking("rna_eligibility", "rna_register_how", "rna_apply"))[0]["name"] == (
        "rna_register_how"
    )


@pytest.mark.parametrize(
    "text",
    [
        # The phone named with its Darija spelling; the South's "enter myself"; what one starts with.
        "واش نقدر نسجل راسي من التيليفون؟ خدام فالشوفو هادي خمس سنين",
        "salam, kifach n9ayed rassi f sijil ila kont khdam mn 2015 f nnu9ra?",
        "diplome de menuiserie en poche. inscription RNA : on commence par quoi ?",
    ],
)
def test_more_ways_of_asking_how_to_register(text: str) -> None:
    assert rerank(lemmas(text), ranking("rna_eligibility", "rna_register_how"))[0]["name"] == "rna_register_how"


@pytest.mark.parametrize(
    "text",
    [
        "بغينا نعمرو الطلب ديال التسجيل دابا من التيليفون، حنا تعاونية ديال الفخار",
        "bon on y va, je m'inscris ici même aujourd'hui, on commence par quoi",
    ],
)
def test_doing_it_now_behind_the_request_keeps_the_request(text: str) -> None:
    assert rerank(lemmas(text), ranking("rna_apply", "rna_register_how"))[0]["name"] == "rna_apply"


@pytest.mark.parametrize(
    "text",
    [
        "kayna chi 7amla dyal tasjil f sfrou had lay2am? ana khrrat 6 snin w ma3ndich diplome",
        "هل هناك حملة للتسجيل في وجدة؟ أنا نجار منذ عشر سنوات",
        "bueno ana m3llem f nnqch 3la l7jr w 3ndi chahada, fin kaydar tsjil?",
    ],
)
def test_a_campaign_or_where_registering_is_done_asks_how(text: str) -> None:
    assert rerank(lemmas(text), ranking("rna_eligibility", "training", "rna_register_how"))[0]["name"] == "rna_register_how"


def test_a_campaign_of_another_kind_is_left_alone() -> None:
    text = "kayna chi 7amla dyal tal9i7 f sfrou? ana khrrat"
    assert rerank(lemmas(text), ranking("rna_eligibility", "rna_register_how")) == ranking("rna_eligibility", "rna_register_how")


@pytest.mark.parametrize(
    "text",
    ["kansn3 lblgha mn 2019, chno khassni ndir bach nkon msjl? 🙏", "أنا نجار، شنو خاصني ندير باش نكون مسجل؟"],
)
def test_what_to_do_to_become_registered_asks_how(text: str) -> None:
    assert rerank(lemmas(text), ranking("rna_eligibility", "rna_register_how"))[0]["name"] == "rna_register_how"


def test_the_papers_asked_before_a_campaign_stay_the_papers() -> None:
    text = "ماذا أجهز من ورق قبل حملة التسجيل التي تنظمها الجماعة؟"
    assert rerank(lemmas(text), ranking("rna_documents", "rna_register_how")) == ranking("rna_documents", "rna_register_how")
