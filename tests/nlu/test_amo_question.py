"""A verb of enrolling with no amount asked is the AMO enrolment, even after a tax situation said first; an amount
asked is the cost."""

import pytest

from nlu.amo_question import rerank
from nlu.intent_classifier import TfidfIntentClassifier
from tests.nlu.classifier_training import intent
from tests.nlu.rankings import lemmas, ranking


@pytest.mark.parametrize(
    "text",
    [
        "je suis à la CPU, comment je m'inscris à l'amo svp",
        "jsui AE cmt maffilier a la cnss",
        "ana f cpu, kifach ntsjel f l'amo?",
        "أنا مقاول ذاتي، كيفاش نتسجل فالتغطية الصحية؟",
        "لا أؤدي أي ضريبة، كيف أنخرط في التأمين عن المرض؟",
        # Adding one's children, in the present.
        "jsuis au forfait, potier a sale. kom je rajoute mes enfants sur mon amo",
    ],
)
@pytest.mark.parametrize("first", ["amo_cost", "amo_info"])
def test_a_verb_of_enrolling_is_the_enrolment(text: str, first: str) -> None:
    ranked = rerank(lemmas(text), ranking(first, "amo_enroll", "rna_apply"))
    assert [r["name"] for r in ranked] == ["amo_enroll", first, "rna_apply"]
    assert ranked[0]["confidence"] == 0.6


@pytest.mark.parametrize(
    "text",
    [
        "je suis à la CPU, pour m'inscrire à l'amo c'est combien ?",
        "ana f cpu, ch7al ghadi nkhelles ila tsjelt f amo?",
        "كم سأدفع إذا انخرطت في التأمين الإجباري؟",
        "je ne paie pas d'impôts, c'est quoi l'amo ?",
        # Adding someone as a condition: what it costs is asked.
        "est-ce que la cotisation augmente si j'ajoute ma femme et mes 4 enfants ?",
    ],
)
def test_an_amount_or_no_verb_of_enrolling_is_left_alone(text: str) -> None:
    assert rerank(lemmas(text), ranking("amo_cost", "amo_enroll")) == ranking("amo_cost", "amo_enroll")


@pytest.mark.parametrize(
    "text",
    [
        "je suis inscrite en micro-entreprise, quel est le tarif de l'amo ?",
        "déclaré au forfait depuis 2019, l'amo c'est combien par mois",
        "ana msjjel f l'auto entrepreneur, ch7al dyal amo?",
        "مسجل في نظام المقاول الذاتي، كم مبلغ الاشتراك في التأمين الإجباري؟",
        "la cotisation mensuelle de l'amo pour un artisan à la cpu ?",
    ],
)
def test_an_amount_asked_is_the_cost(text: str) -> None:
    ranked = rerank(lemmas(text), ranking("amo_enroll", "amo_cost", "rna_apply"))
    assert [r["name"] for r in ranked] == ["amo_cost", "amo_enroll", "rna_apply"]


@pytest.mark.parametrize(
    "text",
    [
        "je suis à la CPU, pour m'inscrire à l'amo c'est combien ?",
        "jsui declaree en AE, cmt maffilier a l'amo",
    ],
)
def test_a_verb_of_enrolling_keeps_the_enrolment_first(text: str) -> None:
    assert rerank(lemmas(text), ranking("amo_enroll", "amo_cost")) == ranking("amo_enroll", "amo_cost")


def test_other_pairs_are_left_to_the_classifier() -> None:
    # AMO not named: the register may be what is joined (with AMO named, test_joining_amo_is_the_enrolment).
    text = "kifach ntsjel?"
    assert rerank(lemmas(text), ranking("rna_apply", "amo_enroll")) == ranking("rna_apply", "amo_enroll")


# The classifier with the rule, on sentences no training or held-out file holds.
@pytest.mark.parametrize(
    "text",
    [
        "je paie rien comme impot, cmt minscrire a lamo stp",
        "أنا في المساهمة المهنية الموحدة، كيف أنخرط في التأمين الإجباري؟",
        "ma3ndi ta dariba, kifach ntsjel f amo?",
    ],
)
def test_the_classifier_sends_enrolling_after_a_tax_situation_to_enrolment(
    classifier: TfidfIntentClassifier, text: str
) -> None:
    assert intent(classifier, text) == "amo_enroll"


@pytest.mark.parametrize(
    "text",
    [
        "mon mari et les petits seraient couverts eux aussi si je m'inscris ?",
        "ila tsjelt f amo, wach lwlad ghadi ykouno mghattyin? mrati wach mghattia",
        "إلا تسجلت فالتأمين، واش مراتي مغطية معايا؟",
        "les lunettes sont remboursees si je m'affilie cette annee ?",
    ],
)
def test_being_covered_is_the_coverage_even_with_a_verb_of_enrolling(text: str) -> None:
    ranked = rerank(lemmas(text), ranking("amo_enroll", "amo_info", "amo_cost"))
    assert [r["name"] for r in ranked] == ["amo_info", "amo_enroll", "amo_cost"]


@pytest.mark.parametrize(
    "text",
    [
        "comment faire pour que ma femme soit couverte ?",
        "fin nsjel wladi bach ykouno mghattyin",
        "où m'inscrire pour être couvert",
    ],
)
def test_how_or_where_to_be_covered_stays_the_enrolment(text: str) -> None:
    assert rerank(lemmas(text), ranking("amo_enroll", "amo_info")) == ranking("amo_enroll", "amo_info")


@pytest.mark.parametrize(
    "text",
    [
        "une radio chez le privé, l'amo rembourse combien ?",
        "combien est pris en charge pour un accouchement par césarienne",
        "شحال كيعوضو فالدوا ديال السكر؟",
        "أجريت عملية جراحية، هل تسترجع الأمو جزءا من المصاريف وكم النسبة؟",
    ],
)
def test_an_amount_reimbursed_is_the_coverage(text: str) -> None:
    ranked = rerank(lemmas(text), ranking("amo_cost", "amo_info", "amo_enroll"))
    assert [r["name"] for r in ranked] == ["amo_info", "amo_cost", "amo_enroll"]


@pytest.mark.parametrize(
    "text",
    [
        "combien je paie par mois pour être couvert",
        "je paie plus cher avec 4 enfants à charge ?",
        "le tarif mensuel, et c'est remboursé à combien ?",
    ],
)
def test_an_amount_paid_stays_the_cost(text: str) -> None:
    assert rerank(lemmas(text), ranking("amo_cost", "amo_info")) == ranking("amo_cost", "amo_info")


@pytest.mark.parametrize(
    "text",
    ["inscrite depuis la semaine derniere, je regle comment ?", "tsjelt lbarh, fin nkhelles?", "سجلت، أين أدفع كل شهر؟"],
)
def test_paying_once_registered_is_the_enrolment(text: str) -> None:
    ranked = rerank(lemmas(text), ranking("rna_register_how", "amo_enroll", "rna_apply"))
    assert [r["name"] for r in ranked] == ["amo_enroll", "rna_register_how", "rna_apply"]


def test_paying_for_the_register_is_left_to_the_classifier() -> None:
    text = "faut-il payer pour s'inscrire au registre ?"
    assert rerank(lemmas(text), ranking("rna_register_how", "amo_enroll")) == ranking("rna_register_how", "amo_enroll")


# "combien" as phones and hurried hands misspell it is still an amount asked.
@pytest.mark.parametrize(
    "text",
    [
        "combein je doit paye pour la cnss chaque moi",
        "conbien on paye l'amo par mois",
        "l'amo cest combiens pour un tisserand",
        "combient la cotisation de l'amo",
    ],
)
def test_a_misspelt_combien_is_an_amount(text: str) -> None:
    ranked = rerank(lemmas(text), ranking("amo_enroll", "amo_cost", "rna_apply"))
    assert [r["name"] for r in ranked] == ["amo_cost", "amo_enroll", "rna_apply"]


# When the cover starts is the coverage's "When coverage starts" topic, wherever amo_info stands in the first four.
@pytest.mark.parametrize(
    "text",
    [
        "l'AMO démarre à partir de quand ?",
        "quand commence la prise en charge après l'affiliation ?",
        "mta tbda tghtiya mn ba3d ma ntsjel",
        "فوقاش كتبدا التغطية من بعد ما نتسجل",
        "متى يسري مفعول التأمين بعد الانخراط؟",
        "imta nwelli mghatti mn ba3d tsjil?",
    ],
)
def test_when_the_cover_starts_is_the_coverage(text: str) -> None:
    ranked = rerank(lemmas(text), ranking("amo_enroll", "rna_apply", "amo_info"))
    assert [r["name"] for r in ranked] == ["amo_info", "amo_enroll", "rna_apply"]
    assert ranked[0]["confidence"] == 0.6


@pytest.mark.parametrize(
    "text",
    [
        "quand est-ce que je dois commencer à payer l'amo ?",  # paying
        "quand dois-je m'inscrire à l'amo ?",  # no start, no cover
        "imta khassni nbda nkhelles lamo",  # paying
        "comment faire pour être couvert quand je serai inscrite ?",  # how
        "l'amo commence à combien par mois ?",  # an amount
    ],
)
def test_when_to_enrol_or_pay_stays_the_enrolment(text: str) -> None:
    assert rerank(lemmas(text), ranking("amo_enroll", "rna_apply", "amo_info")) == ranking(
        "amo_enroll", "rna_apply", "amo_info"
    )


# Joining AMO, named as the verb's object, said with "register" or "papers" (round 33's blind batch): the register's
# topics come first from those words.
@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("شنو الوراق اللي خاصني باش ندخل للأمو؟ راني كندير الكونطابيليتي", "rna_documents"),
        ("تسجلت فالسجل الوطني العام اللي فات. كيفاش ندير باش نتسجل فلامو ونزيد راجلي؟", "rna_register_how"),
        ("quels papiers pour m'inscrire à l'AMO ? je suis au forfait", "rna_documents"),
        ("kifach ntsjel f lamo? ana njjar", "rna_apply"),
    ],
)
def test_joining_amo_is_the_enrolment(text: str, first: str) -> None:
    ranked = rerank(lemmas(text), ranking(first, "rna_eligibility", "amo_enroll"))
    assert [r["name"] for r in ranked] == ["amo_enroll", first, "rna_eligibility"]


@pytest.mark.parametrize(
    "text",
    [
        "بغيت نتسجل فالسجل الوطني باش نستافد من لامو",  # the register joined, AMO only its purpose
        "combien pour m'inscrire à l'AMO ?",  # an amount asked
        "quels papiers pour m'inscrire au registre ?",  # no AMO
    ],
)
def test_joining_the_register_or_asking_an_amount_is_left_alone(text: str) -> None:
    start = ranking("rna_documents", "rna_eligibility", "amo_enroll")
    assert rerank(lemmas(text), start) == start


@pytest.mark.parametrize(
    "text",
    [
        "الواليدة ما عندها حتى ضريبة، كيفاش نسجلها فالامو حيت هي مريضة",
        "راجلي نجار، كيفاش يتسجل فالامو؟",
    ],
)
@pytest.mark.parametrize("first", ["amo_info", "amo_cost"])
def test_registering_another_in_the_amo_is_the_enrolment(text: str, first: str) -> None:
    ranked = rerank(lemmas(text), ranking(first, "rna_register_how", "amo_enroll"))
    assert [r["name"] for r in ranked] == ["amo_enroll", first, "rna_register_how"]


@pytest.mark.parametrize(
    "text",
    [
        "حنا 7 نسا فتعاونية ديال الزرابي بغينا نسجلو فالامو كاملين، واش ممكن؟",
        "عندي SARL صغيرة فالجلد، واش خاصني نسجل راسي فالأمو ولا الشركة هي اللي كتسجلني؟",
        "on est une coopérative de 12 brodeuses, on veut s'inscrire à l'AMO toutes ensemble",
        # The noun, with the AMO right after it.
        "inscription amo pour un forgeron qui tient une comptabilite avec un comptable agree, c moi. quelle demarche ?",
    ],
)
def test_enrolling_in_the_amo_named_is_the_enrolment_however_far_down(text: str) -> None:
    five = ranking("rna_eligibility", "amo_info", "rna_apply", "rna_register_how", "amo_enroll",
                   confidences=(0.4, 0.2, 0.1, 0.1, 0.05))
    assert rerank(lemmas(text), five)[0]["name"] == "amo_enroll"


def test_enrolling_a_parent_in_the_amo_named_behind_the_request_for_help_is_the_enrolment() -> None:
    text = "Je voudrais inscrire ma mère à l'AMO. Elle fait des tajines à Ouarzazate. C'est quoi les démarches ?"
    ranked = rerank(lemmas(text), ranking("ask_help", "amo_enroll", "rna_register_how"))
    assert ranked[0]["name"] == "amo_enroll"


def test_registering_in_the_rna_beside_the_amo_is_left_alone() -> None:
    five = ranking("rna_documents", "amo_info", "rna_apply", "rna_register_how", "amo_enroll",
                   confidences=(0.4, 0.2, 0.1, 0.1, 0.05))
    assert rerank(lemmas("inscription rna, quels papiers ?"), five) == five


def test_the_cnss_far_down_is_left_alone() -> None:
    # Only the AMO's own name reaches the enrolment far down: "الضمان" is also a salaried worker's.
    five = ranking("rna_eligibility", "amo_info", "rna_apply", "rna_register_how", "amo_enroll",
                   confidences=(0.4, 0.2, 0.1, 0.1, 0.05))
    assert rerank(lemmas("حنا تعاونية، بغينا نسجلو فالضمان الاجتماعي"), five) == five


def test_joining_the_writers_cover_asks_who_is_covered() -> None:
    text = "واش الواليدة ديالي كبيرة وساكنة معايا تدخل معايا فالتغطية؟"
    start = ranking("amo_info", "amo_cost", "amo_enroll")
    assert rerank(lemmas(text), start) == start


@pytest.mark.parametrize(
    "text",
    [
        # The amount is the regime's, told beside a word of tax; what is asked is how to declare or pay.
        "كنخلص للضرائب نفس المبلغ كل عام، كيفاش نصرح بمراتي فلامو؟",
        "ma CPU c'est toujours le même montant, comment déclarer mes enfants à l'amo ?",
    ],
)
def test_an_amount_told_of_the_tax_regime_asks_no_price(text: str) -> None:
    assert rerank(lemmas(text), ranking("amo_cost", "amo_enroll", "amo_info"))[0]["name"] == "amo_enroll"


@pytest.mark.parametrize("text", ["شحال الثمن ديال لامو وأنا كنخلص الضريبة؟", "quel est le montant de l'AMO pour moi ?"])
def test_an_amount_asked_beside_the_regime_stays_the_cost(text: str) -> None:
    assert rerank(lemmas(text), ranking("amo_cost", "amo_enroll", "amo_info"))[0]["name"] == "amo_cost"


@pytest.mark.parametrize(
    "text",
    [
        # What is paid, asked around the verb of paying, or what AMO costs.
        "je suis à la CPU, je voudrais savoir ce que je vais payer pour l'AMO",
        "mon comptable déclare tout, moi je dois payer quoi à la cnss ?",
        "أنا مقاول ذاتي، ماذا علي أن أدفع للتأمين الإجباري عن المرض؟",
        "ana f lcpu, chno ghadi nkhelles f l'amo?",
        "je n'ai aucun statut, l'amo ça me coûte quoi ?",
        "ما كنخلص حتى ضريبة، لامو شحال غادي تكلفني؟",
    ],
)
@pytest.mark.parametrize("first", ["amo_enroll", "amo_info"])
def test_what_is_paid_or_what_it_costs_is_the_cost(text: str, first: str) -> None:
    ranked = rerank(lemmas(text), ranking(first, "amo_cost", "rna_apply"))
    assert [r["name"] for r in ranked] == ["amo_cost", first, "rna_apply"]


@pytest.mark.parametrize(
    "text",
    [
        # Where or how to pay ("où est-ce que je paie"), and what to do before a verb of paying.
        "je suis auto-entrepreneur, où est-ce que je paie ma cotisation AMO ?",
        "بغيت ندخل ولدي معايا فلامو، شنو خاصني ندير، أنا كنخلص المساهمة المهنية الموحدة",
        "chno khassni ndir bach nkhelles l'amo f lbosta?",
    ],
)
def test_where_or_what_to_do_to_pay_stays_the_enrolment(text: str) -> None:
    start = ranking("amo_enroll", "amo_cost", "amo_info")
    assert rerank(lemmas(text), start) == start


@pytest.mark.parametrize(
    "text",
    [
        # How the contribution is reckoned, and amounts compared.
        "عندي شركة ديال النجارة، الكوطيزاسيون ديال لامو كيفاش كتحسب علينا؟",
        "je suis au réel, la cotisation AMO est calculée comment ?",
        "واش اللي فالسي بي يو كيخلصو فلامو كثر من اللي ما كيخلصو والو؟",
        "mon frère est à la CPU et il paie moins que moi pour l'AMO, pourquoi ?",
        "أريد أن أعرف ما علي دفعه للضمان الاجتماعي، أنا مقاول ذاتي",
    ],
)
@pytest.mark.parametrize("first", ["amo_enroll", "amo_info"])
def test_how_it_is_reckoned_or_compared_is_the_cost(text: str, first: str) -> None:
    ranked = rerank(lemmas(text), ranking(first, "amo_cost", "rna_apply"))
    assert [r["name"] for r in ranked] == ["amo_cost", first, "rna_apply"]


def test_paying_no_longer_compares_nothing() -> None:
    start = ranking("amo_enroll", "amo_cost", "amo_info")
    assert rerank(lemmas("je ne paie plus de CPU depuis 2020, comment je déclare l'AMO ?"), start) == start


@pytest.mark.parametrize(
    "text",
    [
        # Waiting for the cover, keeping or losing it.
        "تسجلت فلامو هاد الشهر، واش خاصني نتسنى شي مدة قبل ما نتداوى؟",
        "j'ai fermé mon auto-entreprise, est-ce que je garde l'AMO ?",
        "ولدي عندو 26 عام وما خدامش، واش يبقى داخل فلامو ديالي؟",
        "si je passe à la CPU, je perds l'AMO que j'ai ?",
        # The waiting period named, with enrolling beside it.
        "Y a un délai de carence avec l'AMO quand on vient juste de s'inscrire ?",
        "واش كاين شي délai d'attente من بعد ما نتسجل فلامو؟",
    ],
)
@pytest.mark.parametrize("first", ["amo_enroll", "amo_cost"])
def test_waiting_for_keeping_or_losing_the_cover_is_the_coverage(text: str, first: str) -> None:
    ranked = rerank(lemmas(text), [*ranking(first, "rna_apply", "pension_info"), {"name": "amo_info", "confidence": 0.05}])
    assert ranked[0]["name"] == "amo_info"


@pytest.mark.parametrize(
    "text",
    [
        # Paying on, enrolling or waiting, and an amount asked.
        "كيفاش نبدل المعلومات ديالي فCNSS باش نبقى نخلص الأمو؟",
        "واش خاصني نمشي للضمان الاجتماعي باش نتسجل ولا نتسنى؟",
        "si je garde la CPU, combien je paie pour l'AMO ?",
    ],
)
def test_paying_on_enrolling_or_an_amount_is_left_alone(text: str) -> None:
    start = ranking("amo_enroll", "amo_cost", "amo_info")
    assert rerank(lemmas(text), start)[0]["name"] != "amo_info"


@pytest.mark.parametrize(
    "text",
    [
        "بنتي عندها 6 سنين، واش التأمين كيغطيها كاملة؟ أنا كنخلص للضرائب نفس المبلغ كل عام",
        "هل التغطية تشمل ابني؟ هل التأمين يغطيه؟ أؤدي للضرائب مبلغا ثابتا كل سنة",
        "mes enfants sont couverts aussi ? je paie le même montant aux impôts chaque année",
    ],
)
def test_being_covered_beside_a_regimes_sum_is_the_coverage(text: str) -> None:
    ranked = rerank(lemmas(text), ranking("amo_cost", "amo_enroll", "amo_info"))
    assert ranked[0]["name"] == "amo_info"


@pytest.mark.parametrize(
    "text",
    [
        "شحال خاصني نخلص باش التأمين يغطيها؟",
        "combien je paie pour que mes enfants soient couverts ?",
        # "التغطية" is the coverage's name, no verb of covering.
        "ما مقدار الاشتراك في التغطية الصحية؟ أؤدي للضرائب مبلغا ثابتا",
    ],
)
def test_an_amount_asked_of_the_cover_stays_the_cost(text: str) -> None:
    three = ranking("amo_cost", "amo_enroll", "amo_info")
    assert rerank(lemmas(text), three) == three


@pytest.mark.parametrize(
    "text",
    ["ou je paie l'amo chaque mois ? j'ai une sarl", "ou on paye la cotisation amo svp, je suis potier"],
)
def test_where_to_pay_opening_without_its_accent_is_the_enrolment(text: str) -> None:
    ranked = rerank(lemmas(text), ranking("amo_cost", "amo_enroll", "amo_info"))
    assert ranked[0]["name"] == "amo_enroll"


def test_or_before_paying_inside_the_message_stays_the_cost() -> None:
    text = "je suis à la CPU ou je paie rien, ça change le prix de l'amo ?"
    three = ranking("amo_cost", "amo_enroll", "amo_info")
    assert rerank(lemmas(text), three) == three


@pytest.mark.parametrize(
    "text",
    [
        "je paie 1500 dh par an pour mon atelier, toujours le même montant. comment déclarer ma femme à l'amo ?",
        "كنخلص مبلغ ثابت كل عام للبلدية، كيفاش نصرح بولادي فلامو؟",
        "bghit nkhelles l'amo dyali cash, fin?",
        "بغيت نخلص لامو كاش ماشي بالكارط، فين نمشي؟",
    ],
)
def test_a_sum_said_the_same_or_paying_cash_asks_no_amount(text: str) -> None:
    ranked = rerank(lemmas(text), ranking("amo_cost", "amo_enroll", "amo_info"))
    assert ranked[0]["name"] == "amo_enroll"


def test_the_same_amount_asked_of_others_is_still_an_amount() -> None:
    text = "combien je paie pour l'amo, le même montant que mon voisin ?"
    three = ranking("amo_cost", "amo_enroll", "amo_info")
    assert rerank(lemmas(text), three) == three


def test_what_the_amo_reimburses_behind_i_want_to_know_is_the_coverage() -> None:
    text = "ختي قالت ليا لامو كتردلك غير شوية من الفلوس. انا بغيت نعرف شنو كتعوض بالضبط؟"
    ranked = rerank(lemmas(text), ranking("ask_help", "amo_info", "amo_cost"))
    assert ranked[0]["name"] == "amo_info"


def test_help_asked_without_the_amo_reimbursing_is_left_alone() -> None:
    start = ranking("ask_help", "amo_info", "amo_cost")
    assert rerank(lemmas("بغيت نعرف شنو خاصني ندير، عاونوني"), start) == start


def test_joining_the_amo_with_the_steps_asked_is_the_enrolment() -> None:
    text = "Je compte devenir auto-entrepreneur l'an prochain. En attendant, pour rejoindre l'AMO, c'est quoi la démarche ?"
    ranked = rerank(lemmas(text), ranking("amo_cost", "amo_info", "amo_enroll"))
    assert ranked[0]["name"] == "amo_enroll"


def test_joining_anothers_cover_with_no_steps_asked_is_left_alone() -> None:
    start = ranking("amo_info", "amo_cost", "amo_enroll")
    assert rerank(lemmas("واش مراتي تدخل معايا فالتغطية؟"), start) == start
