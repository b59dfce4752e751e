"""How, where or by what means the AMO is paid, and declaring a spouse or a child, are the enrolment (shared/INTENTS.md:
"how to join CNSS for AMO, declare dependants, pay"); an amount asked stays the cost."""

import pytest

from nlu.amo_question import rerank
from tests.nlu.rankings import lemmas, ranking


@pytest.mark.parametrize(
    "text",
    [
        "comment je paie l'amo ? je suis au forfait",
        "fin nkhlles l'amo dyali? ana f cpu",
        "bghit n5elles l'amo bl internet, ana auto-entrepreneur",
        "الاشتراك ديال لامو كيتقطع من الكونط ولا نخلص بيدي؟ أنا ما كنخلص حتى ضريبة",
        "kifach ndeclari wldi f l'amo? ana f cpu",
        "كيفاش نزيد مراتي فالتغطية؟ كنخلص لافورفي",
        # At the post office.
        "بغيت نخلص لامو فلابوسط، كنخلص لافورفي",
        "je peux payer l'amo a la poste ? je suis au forfait",
    ],
)
def test_how_to_pay_or_declare_a_dependant_is_the_enrolment(text: str) -> None:
    ranked = rerank(lemmas(text), ranking("amo_cost", "amo_info", "amo_enroll"))
    assert ranked[0]["name"] == "amo_enroll"


@pytest.mark.parametrize(
    "text",
    [
        "ch7al nkhlles f l'amo? ana f cpu",
        "combien je paie l'amo par mois si je déclare ma femme ?",
        "ما عرفتش واش ندير لوطو ولا نخلص لافورفي، شكون فيهم مزيان للأمو؟",
    ],
)
def test_an_amount_or_no_means_of_paying_stays_the_cost(text: str) -> None:
    ranked = rerank(lemmas(text), ranking("amo_cost", "amo_info", "amo_enroll"))
    assert ranked[0]["name"] == "amo_cost"


@pytest.mark.parametrize(
    "text",
    [
        "واش لامو كتخلص السبيطار ولا لا؟ أنا خياطة",
        "من إمتى كتبدا لامو تخلص؟ خلصت أول شهر",
        "Auto-entrepreneur à Rabat : l'AMO couvre-t-elle l'accouchement ?",
        # What it does not pay for, too.
        "سمعت بلي لامو ما كتخلصش الدوا ديال السكر، واش بصح؟",
        "واش لامو ماكتخلصش الراديو؟",
    ],
)
def test_what_amo_pays_for_is_its_coverage(text: str) -> None:
    assert rerank(lemmas(text), ranking("amo_cost", "amo_info", "amo_enroll"))[0]["name"] == "amo_info"


@pytest.mark.parametrize("text", ["شحال لامو كتخلص فالشهر؟", "شحال كتخلص فلامو؟"])
def test_an_amount_asked_of_amo_stays_the_cost(text: str) -> None:
    assert rerank(lemmas(text), ranking("amo_cost", "amo_info", "amo_enroll"))[0]["name"] == "amo_cost"


@pytest.mark.parametrize(
    "text",
    ["صيفطو ليا ميساج باش نكمل التسجيل ديال لامو، كيفاش؟", "من بعد ما تسجلت فالسجل، شنو الخطوة باش نفعل لامو؟"],
)
def test_enrolling_named_as_a_noun_or_activated_joins_amo(text: str) -> None:
    assert rerank(lemmas(text), ranking("rna_register_how", "amo_info", "amo_enroll"))[0]["name"] == "amo_enroll"


def test_the_writer_paying_for_amo_stays_the_cost() -> None:
    text = "le comptable m'a fait passer au réel, donc pour l'AMO je paie quoi maintenant ?"
    assert rerank(lemmas(text), ranking("amo_cost", "amo_info", "amo_enroll"))[0]["name"] == "amo_cost"


def test_declaring_her_in_amo_is_the_enrolment() -> None:
    text = "بنتي عندها 22 عام، بغيت نعرف كيفاش نصرح بيها فلامو. أنا خياط"
    assert rerank(lemmas(text), ranking("amo_cost", "amo_info", "amo_enroll"))[0]["name"] == "amo_enroll"


@pytest.mark.parametrize(
    "text", ["هل التأمين ديال لامو بالفلوس ولا فابور؟ أنا نجار", "l'amo c'est gratuit pour les artisans au noir ?"]
)
def test_paid_or_free_asks_the_cost(text: str) -> None:
    assert rerank(lemmas(text), ranking("amo_info", "amo_cost", "amo_enroll"))[0]["name"] == "amo_cost"


def test_what_is_reimbursed_for_free_stays_the_coverage() -> None:
    text = "l'amo rembourse gratuitement les lunettes ?"
    assert rerank(lemmas(text), ranking("amo_info", "amo_cost", "amo_enroll"))[0]["name"] == "amo_info"


@pytest.mark.parametrize(
    "text",
    [
        "ختي بغات تدخل للأمو ولكن ما عندهاش باتانتا، كيفاش؟",
        "تسجلت فالسجل، آش خاصني ندير باش يدخلوني للأمو؟",
        "خويا قال ليا سجل راسك فلامو، كيفاش ندير؟",
    ],
)
def test_joining_said_of_another_or_by_another_joins_amo(text: str) -> None:
    assert rerank(lemmas(text), ranking("rna_register_how", "amo_info", "amo_enroll"))[0]["name"] == "amo_enroll"


@pytest.mark.parametrize(
    "text", ["بغيت نعرف ch7al كترد لامو فالدوا", "ch7al kayrj3o lik f l3amaliya", "هل يسترجع الحرفي ثمن الأشعة؟"]
)
def test_how_much_is_given_back_is_the_coverage(text: str) -> None:
    assert rerank(lemmas(text), ranking("amo_info", "amo_cost", "amo_enroll"))[0]["name"] == "amo_info"
    assert rerank(lemmas(text), ranking("amo_cost", "amo_info", "amo_enroll"))[0]["name"] == "amo_info"


@pytest.mark.parametrize(
    "text", ["الخلاص ديال لامو كيتدار online ولا خاصني نمشي للاجونس؟", "le paiement de l'amo se fait comment ?"]
)
def test_the_payment_asked_after_register_how_is_the_enrolment(text: str) -> None:
    assert rerank(lemmas(text), ranking("rna_register_how", "amo_enroll", "amo_info"))[0]["name"] == "amo_enroll"


@pytest.mark.parametrize("text", ["كيفاش ندخل للموقع ديال ماكنس ونسجل راسي؟", "bghit ntsjel f macnss, kifach?"])
def test_joining_on_the_cnss_site_is_the_enrolment(text: str) -> None:
    ranked = rerank(lemmas(text), ranking("rna_register_how", "amo_enroll", "rna_apply"))
    assert ranked[0]["name"] == "amo_enroll"


@pytest.mark.parametrize(
    "text",
    [
        "كيفاش نديكلاري مراتي معايا فلامو؟ هي ما كتخدمش",
        "wach n9der nsarre7 b benti f l'amo? 3ndha 22 3am w kat9ra",
    ],
)
def test_declaring_a_dependant_behind_the_coverage_is_the_enrolment(text: str) -> None:
    assert rerank(lemmas(text), ranking("amo_info", "amo_enroll", "amo_cost"))[0]["name"] == "amo_enroll"


def test_paying_told_behind_the_coverage_stays() -> None:
    text = "واش الأمو كترجع ليا شي حاجة من الدوا؟ أنا كنخلص كل ثلاث شهور فالبريد"
    three = ranking("amo_info", "amo_enroll", "amo_cost")
    assert rerank(lemmas(text), three) == three


@pytest.mark.parametrize(
    "text",
    [
        # Family members with any owner or none, a relative's verb, a pronoun glued on the verb, and the CPU's sum told.
        "كنخلص المبلغ الجزافي ديال المساهمة المهنية الموحدة، كيفاش نصرح بالمرا والدراري فالضمان؟",
        "ختي بغات تزيد راجلها فالتغطية الصحية ديالها، كيفاش؟",
        "ولدي كيقرا فالجامعة، كيفاش نزيدو فالتأمين ديالي؟",
        # MSA's registering a daughter in one's cover.
        "أرملة لا تدفع أي ضريبة وتريد أن تسجل ابنتيها معها في التغطية الصحية، ما السبيل؟",
    ],
)
@pytest.mark.parametrize("first", ["amo_cost", "rna_documents", "artisan_card", "out_of_scope", "rna_register_how"])
def test_a_dependant_declared_to_the_amo_is_the_enrolment(text: str, first: str) -> None:
    ranked = rerank(lemmas(text), ranking(first, "amo_info", "amo_enroll"))
    assert ranked[0]["name"] == "amo_enroll"


@pytest.mark.parametrize(
    "text",
    [
        # No AMO named: a civil registry or a tax declaration.
        "ختي بغات تزيد راجلها فالدفتر العائلي، كيفاش؟",
        "كيف أسجل ابنتي في السجل الوطني للصناعة التقليدية؟",
        # An amount asked.
        "شحال غادي نخلص إلا زدت مراتي فالتغطية؟",
    ],
)
def test_a_dependant_without_the_amo_or_with_an_amount_is_left_alone(text: str) -> None:
    start = ranking("rna_documents", "amo_info", "amo_enroll")
    assert rerank(lemmas(text), start) == start


# Paying a tax is the writer's regime told, not the AMO paid: registering asked beside it stays the register's how.
@pytest.mark.parametrize(
    "text",
    [
        "كنخلص الفورفي كل عام، التسجيل كيفاش كيدوز؟",
        "je paie la CPU chaque année, l'inscription se passe comment ?",
        "kankhles lforfait, kifach ntsjel?",
    ],
)
def test_a_tax_paid_is_no_amo_payment(text: str) -> None:
    three = ranking("rna_register_how", "amo_enroll", "amo_cost")
    assert rerank(lemmas(text), three)[0]["name"] == "rna_register_how"


def test_paying_the_amo_beside_a_tax_is_still_asked() -> None:
    three = ranking("rna_register_how", "amo_enroll", "amo_cost")
    assert rerank(lemmas("je paie la CPU, je paye l'amo où ?"), three)[0]["name"] == "amo_enroll"


# What the AMO pays for, with 5 for kh or in the future, and up to what age it covers children ("ch7al d l3mr" asks an
# age, no amount): the coverage, from behind the cost.
@pytest.mark.parametrize(
    "text",
    [
        "ana ma kankhelles ta dariba, wach l amo kat5alles 3la l'opération f sbitar?",
        "bnti fiha lmrd, wach amo ghatkhles liha kolchi? ma kankhelles walo",
        "l'amo dyal l'artisan 7ta l ch7al d l3mr katghatti drari? ana f cpu",
    ],
)
def test_what_the_amo_pays_for_is_the_coverage(text: str) -> None:
    three = ranking("amo_cost", "amo_info", "amo_enroll")
    assert rerank(lemmas(text), three)[0]["name"] == "amo_info"


def test_how_much_is_still_an_amount() -> None:
    three = ranking("amo_cost", "amo_info", "amo_enroll")
    assert rerank(lemmas("ch7al kat5alles l'amo f chher? ana f cpu"), three)[0]["name"] == "amo_cost"


# The East's and the South's "how much": an amount, so the cost.
@pytest.mark.parametrize(
    "text",
    ["مقاول ذاتي، قداش الاشتراك ديالي فالتأمين الإجباري عن المرض؟", "ana f cpu, 9dach nkhelles f l'amo?"],
)
def test_how_much_in_the_east_is_an_amount(text: str) -> None:
    three = ranking("amo_enroll", "amo_cost", "amo_info")
    assert rerank(lemmas(text), three)[0]["name"] == "amo_cost"
