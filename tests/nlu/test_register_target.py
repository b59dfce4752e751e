"""The register one names decides between joining the CNSS (amo_enroll) and the national register of crafts."""

import pytest

from nlu.register_target import names_the_cnss, names_the_register, rerank
from tests.nlu import rankings
from tests.nlu.rankings import lemmas


def ranking(*names: str) -> list[dict]:
    return rankings.ranking(*names, confidences=(0.5, 0.4, 0.1))


def first(text: str, *names: str) -> str:
    return rerank(lemmas(text), ranking(*names))[0]["name"]


# Joining the CNSS, said with the register's words ("inscrire", "il faut faire quoi"): the AMO enrolment.
@pytest.mark.parametrize(
    "text",
    [
        "pour être inscrit à la CNSS quand on est potier on fait comment",
        "je veux m'inscrire à la cnss, je suis couturière à domicile",
        "l'inscription à la caisse nationale de sécurité sociale pour un artisan, quelles étapes ?",
        "comment s'enregistrer pour l'assurance maladie quand on travaille à son compte",
        "que faut-il faire pour rejoindre l'AMO en tant que bijoutier",
        # The CNSS's letters as written in Casablanca.
        "جارتي تسجلات فلاسينيس وضاع ليها الكود، انا بغيت نتسجل بلا ما نطيح فنفس المشكل كيفاش الطريقة؟",
    ],
)
@pytest.mark.parametrize("register_intent", ["rna_register_how", "rna_apply", "rna_eligibility"])
def test_joining_the_cnss_is_the_amo_enrolment(text: str, register_intent: str) -> None:
    assert first(text, register_intent, "amo_enroll", "amo_info") == "amo_enroll"


# The CNSS's words ("immatriculation", "affiliation") said of the register: the register.
@pytest.mark.parametrize(
    "text",
    [
        "affiliation au registre des artisans, quelles sont les démarches",
        "je souhaite m'immatriculer au RNA comme brodeuse",
        "immatriculation sur rna.gov.ma comment ça se passe",
    ],
)
def test_registration_words_of_the_cnss_said_of_the_register(text: str) -> None:
    assert first(text, "amo_enroll", "rna_register_how", "amo_info") == "rna_register_how"


# Both named (the register opens the AMO), or neither: the classifier's order stands; so do other intents.
@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("je suis au registre, comment m'inscrire à la cnss", ("amo_enroll", "rna_register_how")),
        ("je suis au registre, comment m'inscrire à la cnss", ("rna_register_how", "amo_enroll")),
        ("comment faire mon immatriculation", ("amo_enroll", "rna_register_how")),
        ("combien coûte l'amo pour un artisan", ("amo_cost", "amo_enroll")),
        ("la cnss m'a envoyé un courrier, mon inscription est validée ?", ("rna_status", "amo_enroll")),
    ],
)
def test_otherwise_the_order_stands(text: str, names: tuple[str, ...]) -> None:
    assert first(text, *names) == names[0]


def test_the_confidences_stay_in_place() -> None:
    ranked = rerank(lemmas("m'inscrire à la cnss il faut faire quoi"), ranking("rna_register_how", "amo_enroll"))
    assert ranked == [{"name": "amo_enroll", "confidence": 0.5}, {"name": "rna_register_how", "confidence": 0.4}]


@pytest.mark.parametrize(
    ("text", "cnss", "register"),
    [
        ("la sécurité sociale", True, False),
        ("la couverture médicale", True, False),
        ("lcnss", True, False),
        ("le registre national", False, True),
        ("sociale et sécurité", False, False),
        # AMO in Arabic letters, and the Latin name with an Arabic preposition glued on.
        ("فلامو ديالي", True, False),
        ("نصرح بمراتي فCNSS", True, False),
        # Spelt out letter by letter, and the CPU's "السي" alone.
        ("وصلني ميساج من السي ان اس اس", True, False),
        ("كيفاش نكمل التسجيل فالسي إن إس إس؟", True, False),
        ("أنا فالسي بي يو", False, False),
    ],
)
def test_what_names_which(text: str, cnss: bool, register: bool) -> None:
    assert (names_the_cnss(lemmas(text)), names_the_register(lemmas(text))) == (cnss, register)


# The CNSS named by its portal ("macnss") or, in Arabic script, by its letters or "الضمان الاجتماعي": the enrolment.
@pytest.mark.parametrize(
    "text",
    [
        "jsp cmt on s'inscri sur macnss",
        "kifach ntsjel f macnss.ma",
        "الموقع ديال ماسيناس ما بغاش يقبل ليا المودپاس شنو ندير باش نسجل ولادي",
        "كيفاش نتسجل فالسيناصيص انا خياط",
        "بغيت نتسجل فلاسيناس وما عرفتش منين نبدا",
        "كيف أسجل نفسي في الضمان الاجتماعي بصفتي صانعا",
    ],
)
def test_the_cnss_named_by_its_portal_or_in_arabic_script_is_the_enrolment(text: str) -> None:
    assert first(text, "rna_register_how", "amo_enroll", "amo_info") == "amo_enroll"


# The register named in Arabic script, with the CNSS's words not said: the register.
@pytest.mark.parametrize(
    "text", ["كيفاش نتسجل فالسجل ديال الصناعة التقليدية", "ما هي خطوات التسجيل في السجل الوطني للصناعة التقليدية"]
)
def test_the_register_named_in_arabic_script_is_the_register(text: str) -> None:
    assert first(text, "amo_enroll", "rna_register_how", "amo_info") == "rna_register_how"


# "الضمان" alone is a loan's guarantee.
def test_a_guarantee_leaves_the_order() -> None:
    assert first("البنكة طلبات مني الضمان باش نتسجل فالبرنامج", "rna_register_how", "amo_enroll", "amo_info") == (
        "rna_register_how"
    )


# The register named as joined already: the CNSS is the one left to join.
def test_the_cnss_after_the_register_joined_is_the_enrolment() -> None:
    assert first("تسجلت فالسجل ودابا كيفاش نتسجل فالسيناصيص", "rna_register_how", "amo_enroll", "amo_info") == (
        "amo_enroll"
    )


@pytest.mark.parametrize(
    "text",
    [
        # Both named: the register opens the AMO, and declaring a spouse is the enrolment.
        "كيفاش نصرح براجلي فلامو ديالي؟ انا اللي مسجلة فالسجل",
        "عندي شركة ومسجل فالسجل، كيفاش نصرح بمراتي فCNSS؟",
    ],
)
def test_the_amo_named_in_arabic_letters_beside_the_register_stays_the_enrolment(text: str) -> None:
    start = ranking("amo_enroll", "rna_register_how")
    assert rerank(lemmas(text), start) == start


# A tax told, then registering asked bare, with neither the CNSS nor the register named: the register's how, which the
# assistant is about (the tax pulls towards the enrolment, since the AMO is paid by regime).
@pytest.mark.parametrize(
    "text",
    [
        "كنخلص الفورفي كل عام، التسجيل كيفاش كيدوز؟",
        "أنا خياط وكنخلص الضريبة الجزافية، فين نمشي باش نتسجل",
        "je paie la CPU, comment m'inscrire ?",
        "kankhles lforfait, kifach ntsjel?",
    ],
)
def test_registering_bare_beside_a_tax_is_the_register(text: str) -> None:
    assert first(text, "amo_enroll", "rna_register_how", "amo_cost") == "rna_register_how"


# Something of the AMO said (its cover, the CNSS), or a dependant declared: the enrolment stays.
@pytest.mark.parametrize(
    "text",
    [
        "كنخلص الفورفي، كيفاش نتسجل فالتغطية الصحية؟",
        "je paie la CPU, comment m'inscrire et déclarer ma femme ?",
        "kankhles lforfait, kifach ntsjel f ttghtiya?",
    ],
)
def test_registering_with_the_amo_said_stays_the_enrolment(text: str) -> None:
    assert first(text, "amo_enroll", "rna_register_how", "amo_cost") == "amo_enroll"


@pytest.mark.parametrize(
    "text",
    ["كيفاش نتسجل فالسي ن س س؟", "kifach nsjjel f si en es es bla telephone?", "chno lkhatwa bach ndkhel l c n s s"],
)
def test_the_cnss_spelt_letter_by_letter_is_named(text: str) -> None:
    assert names_the_cnss(lemmas(text))
    assert first(text, "rna_register_how", "amo_enroll", "amo_info") == "amo_enroll"


def test_single_letters_that_spell_no_cnss_name_nothing() -> None:
    assert not names_the_cnss(lemmas("c est la fin, n est ce pas, s il vous plait"))
