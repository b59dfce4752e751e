"""Intent families of MSA and Darija (Arabic letters and Arabizi) that the classifier learns from its examples
(data/nlu), checked on sentences of the same kinds that no training or held-out file holds.

Only the intent classifier is trained (once for every module: the `classifier` fixture of conftest.py), on every
variety's examples as the model is (a minute or two on two
cores); the out-of-domain words are checked on their own.
"""


import pytest

from nlu.intent_classifier import TfidfIntentClassifier
from nlu.out_of_domain import OutOfDomain
from tests.nlu.classifier_training import intent
from tests.nlu.test_out_of_domain import lemmas


# Wanting to fill in the form now is the request itself; stopping it takes a negation or a stop word.
@pytest.mark.parametrize(
    "text",
    [
        "أنا مستعد، لنملأ الاستمارة الآن",
        "أريد تعبئة الاستمارة الآن",
        "أريد البدء في تعبئة استمارة التسجيل حالا",
        "سأملأ استمارة السجل اليوم، ابدأ",
    ],
)
def test_filling_in_the_form_now_applies(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "rna_apply"


# Wanting to go on with the questions says yes; stopping says no to going on.
@pytest.mark.parametrize(
    "text", ["أجل، واصل طرح الأسئلة", "نعم، أريد الاستمرار في الأسئلة", "نعم، أكمل معي حتى النهاية"]
)
def test_wanting_to_go_on_affirms(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "affirm"


# A company or a cooperative asking for its papers asks for the papers, not whether it may register.
@pytest.mark.parametrize(
    "text", ["شركة حرفية للخشب، ما الوثائق المطلوبة لتسجيلها؟", "ما المستندات التي تقدمها التعاونية للتسجيل؟"]
)
def test_a_company_asking_for_its_papers(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "rna_documents"


# An administrative letter opens with a greeting addressed to the service or its staff.
@pytest.mark.parametrize(
    "text", ["إلى من يهمه الأمر، تحية طيبة", "تحية إجلال وتقدير للقائمين على المنصة", "سلام تام وبعد"]
)
def test_a_letter_opening_greets(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "greet"


# Asking whether a machine or a member of staff writes the replies is asking what one talks to.
@pytest.mark.parametrize(
    "text",
    [
        "هل يجيبني موظف أم حاسوب؟",
        "من يرد على رسائلي، آلة أم شخص من الإدارة؟",
        "هل هذه ردود مبرمجة أم يكتبها موظف؟",
    ],
)
def test_machine_or_staff_is_a_bot_challenge(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "bot_challenge"


# Declaring one's dependants to the CNSS is joining the AMO.
@pytest.mark.parametrize(
    "text",
    [
        "كيف أدرج زوجتي كمستفيدة في ملفي بالضمان الاجتماعي",
        "كيف أصرح بزوجتي على البوابة الإلكترونية",
        "كيف أصرح بأطفالي في بوابة الضمان الاجتماعي",
    ],
)
def test_declaring_dependants_joins_the_amo(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "amo_enroll"


# Saying where one lives and asking where to go asks for the nearest office.
@pytest.mark.parametrize(
    "text", ["أسكن في سطات فأين أذهب", "أقيم في سطات، أين أتوجه؟", "مقيم في الناظور، إلى أي إدارة أتوجه؟"]
)
def test_where_to_go_from_where_one_lives(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "find_office"


# A diploma earned through one's years of work is the validation of experience: training.
@pytest.mark.parametrize(
    "text",
    ["هل يمكنني الحصول على دبلوم بفضل سنوات عملي في الحرفة؟", "أريد شهادة تعترف بخبرتي أمام لجنة، كيف؟"],
)
def test_a_diploma_from_experience_is_training(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "training"


# The register's papers named with French words written in Arabic letters, or a copy of the ID card.
@pytest.mark.parametrize(
    "text",
    [
        "واش خاصني لاطيسطاسيون فالدوسي؟",
        "فوطوكوبي ديال لاكارط كافي؟",
        "الديبلوم ولاكارط ناسيونال وشنو آخر؟",
        "نسخة ديال الديبلوم كافية ولا خاص الأصل؟",
        "لاكارط ناسيونال خاصها تكون مصادقة فالملف؟",
    ],
)
def test_papers_in_french_words_are_documents(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "rna_documents"


# The pension in French words and the verbs of receiving, not of paying.
@pytest.mark.parametrize("text", ["شحال غادي نشد فالروطريط؟", "لاروطريط واش كتعطى للصناع ملي يكبرو؟"])
def test_the_pension_received(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "pension_info"


# A loan the bank refused asks for other financing.
@pytest.mark.parametrize(
    "text", ["البنكة رفضات تعطيني الكريدي، شنو ندير؟", "ما بغاوش يسلفوني حيت ما عندي ضمانة"]
)
def test_a_refused_loan_asks_for_financing(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "financing"


# Where to learn a trade asks for training, not for the chamber's address.
@pytest.mark.parametrize("text", ["فين نتعلم صنعة الجلد؟", "فين نقرا الجلد؟", "كاين شي مركز كيقري الدرازة؟"])
def test_where_to_learn_a_trade_is_training(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "training"


# What a company or a cooperative needs to register asks for the papers (Arabizi).
@pytest.mark.parametrize(
    "text",
    [
        "charika dyalna ach khassha bach ttsjel f sijil?",
        "cooperative dyal nssa chno khass bach tdkhol l rna?",
    ],
)
def test_what_a_company_needs_asks_for_the_papers(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "rna_documents"


# A past apprenticeship asked about as a qualification asks whether one may register (Arabizi).
@pytest.mark.parametrize(
    "text",
    [
        "dert apprentissage 3am 3nd m3allem, wach kayt7seb bach ntsjel?",
        "stage dyal 4 chhour wach ykfi bach ndkhol l sijil?",
    ],
)
def test_a_past_apprenticeship_asks_eligibility(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "rna_eligibility"


# "Is a diploma needed" asks whether one may register; "what is needed" asks for the papers (Arabizi).
@pytest.mark.parametrize(
    "text", ["wach lazem tkon 3ndi chhada bach ntsjel?", "diplome wach daroori l sijil?"]
)
def test_is_a_diploma_needed_asks_eligibility(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "rna_eligibility"


# How the AMO works (what it pays back) is what it is, not how to join (Arabizi).
@pytest.mark.parametrize("text", ["amo kifach kat3awed f sbitar?", "l'amo kat3awed lflous dyal tbib?"])
def test_how_the_amo_works_is_amo_info(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "amo_info"


# Selling in supermarkets and big shops is marketing (Arabizi).
@pytest.mark.parametrize(
    "text", ["wach n9der nwsal b zrabi l chi supermarché kbir?", "les grandes surfaces kifach ndkhel lihom?"]
)
def test_selling_in_big_shops_is_marketing(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "marketing"


# "Where do I register" with no other topic asks how to register in the register (Arabizi).
@pytest.mark.parametrize("text", ["fin nsjel 3afak?", "fin ymken ntsjel?", "fin kaytsjlo l7rayfiya?"])
def test_where_do_i_register(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "rna_register_how"


# Enrolling at school or on the electoral rolls speaks of registering about something else.
@pytest.mark.parametrize(
    "text",
    ["بغيت نسجل ولدي فالليسي", "فوقاش كيبدا التسجيل فالجامعة؟", "متى تفتح التسجيلات في المدارس الابتدائية"],
)
def test_enrolling_at_school_is_out_of_scope(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "out_of_scope"


@pytest.mark.parametrize(
    "text",
    [
        "شنو كيطلبو فالروض ديال الدولة؟",
        "bghit ndowez lbac libre",
        "التسجيل فاللائحة الانتخابية فين؟",
        "خاصني نقيد ولدي فدار الحضانة",
    ],
)
def test_schooling_and_elections_are_out_of_domain_words(text: str) -> None:
    assert OutOfDomain().says_out_of_domain(lemmas(text))


# The pension asked about by describing old age (no longer able to work, a monthly income), without its name.
@pytest.mark.parametrize(
    "text",
    [
        "ila 3jezt 3la lkhdma mnin nkbar, wach kayn chi dakhl chehri?",
        "mama kbirat w ma b9atch tkhdem f zrabi, wach tched chi flous kol chhar?",
        "إلا عييت من الخدمة فالكبر، شكون غادي يعطيني شي فلوس كل شهر؟",
        "هل يحصل الحرفي على مورد شهري إذا توقف عن العمل بسبب تقدمه في العمر؟",
    ],
)
def test_old_age_without_work_asks_for_the_pension(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "pension_info"


# A fair, a salon or an exhibition in a city is selling at a fair, not the chamber's address.
@pytest.mark.parametrize(
    "text",
    [
        "wach kayn chi mo3rad dyal l7rayfiya f fes had chhar?",
        "salon dyal sna3a f casa, kifach nchark?",
        "فوقاش المعرض ديال الفخار فآسفي؟",
        "هل سينظم معرض للصناعة التقليدية في وجدة قريبا؟",
    ],
)
def test_a_fair_in_a_city_is_marketing(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "marketing"


# Registered on site (the chamber, a campaign) with a receipt, asking where it stands: the status, not the address.
@pytest.mark.parametrize(
    "text",
    [
        "sjlt f chambre d'artisanat w 3tawni wasl, fin wsel daba?",
        "تسجلت فالغرفة ديال فاس وعطاوني ورقة، كيفاش نعرف واش دازت؟",
        "سجلت في الحملة التي نظمتها الغرفة، كيف أعرف هل قبل تسجيلي؟",
    ],
)
def test_registered_on_site_asks_for_the_status(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "rna_status"


# What to attach to the application ("أرفق", "أضم", "نزيد مع الملف") asks for the papers, not to apply.
@pytest.mark.parametrize(
    "text",
    [
        "ما المرفقات اللازمة لطلب القيد؟",
        "شنو نلصق مع الطلب ديال القيد فالسجل؟",
        "chno nzid m3a talab dyal tsjil f sijil?",
    ],
)
def test_what_to_attach_to_the_application_asks_for_the_papers(
    classifier: TfidfIntentClassifier, text: str
) -> None:
    assert intent(classifier, text) == "rna_documents"


# Registering said as writing one's name into the register ("nktb smiti", "نكتب سميتي"), dictated or not.
@pytest.mark.parametrize(
    "text",
    [
        "kifach nktb smiti f registre dyal l7rayfiya?",
        "ktb lihom: kifach ndkhel smiti f lista dyal sna3?",
        "ktb a wlidi: bghit n3rf kifach nktb rasi f dak sijil dyal sna3a",
        "كيفاش نكتب سميتي فالسجل؟",
    ],
)
def test_writing_ones_name_in_the_register_asks_how_to_register(
    classifier: TfidfIntentClassifier, text: str
) -> None:
    assert intent(classifier, text) == "rna_register_how"


# An angry user who finds the bot useless and asks for someone real wants a person, not to know what it is.
@pytest.mark.parametrize(
    "text",
    [
        "ma3ndek 7ta fayda, 3ayet lia 3la chi mowadaf",
        "عطيني شي واحد حقيقي، نتا ما كتفهم والو",
    ],
)
def test_an_angry_demand_for_someone_real_is_a_handoff(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "human_handoff"


# Registered, with the card not yet come, asking where to get it: the card, not where the registration stands.
@pytest.mark.parametrize(
    "text",
    [
        "sjjelt w tqbelt walakin lkarta mazal ma wsltni, fin nmchi nakhodha?",
        "تسجلت فالسجل والكارط المهنية ما وصلاتنيش، فين نلقاها؟",
    ],
)
def test_a_card_not_yet_come_after_registering(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "artisan_card"


# Beside the registered-on-site family: an apprenticeship or work at home asked about still asks who may register.
@pytest.mark.parametrize(
    "text",
    [
        "dert 9 chhour apprenti 3nd m3allem dyal zlij, wach kaykfi l rna?",
        "mrati katkhiyet f dar bla ma7al, wach t9der tdkhol l sijil?",
    ],
)
def test_apprenticeship_or_home_work_asks_who_may_register(
    classifier: TfidfIntentClassifier, text: str
) -> None:
    assert intent(classifier, text) == "rna_eligibility"
