"""Everyday Arabic-script and Arabizi messages that looked out of domain or like another intent: thanks that say the
answer was understood, a bare follow-up naming a relative, care to be reimbursed, paying or joining CNSS, papers in
borrowed words, a cooperative asking how to register, written-style greetings and confirmations
(data/nlu/round16), checked on sentences that no training or held-out file holds.

Only the intent classifier is trained (once for every module: the `classifier` fixture of conftest.py), on every
variety's examples as the model is (a minute or two).
"""

import pytest
from rasa.shared.nlu.training_data.message import Message

from nlu.intent_classifier import TfidfIntentClassifier
from tests.nlu.classifier_training import TOKENIZER, intent

# These families were often right by a hair (thanks read as a yes at 0.40 against 0.39): a clear margin is asked.
CLEAR = 0.6


def decided(classifier: TfidfIntentClassifier, text: str) -> tuple[str, float]:
    """The intent the classifier gives a text, and its confidence."""
    message = Message(data={"text": text})
    TOKENIZER.process([message])
    classifier.process([message])
    return message.get("intent")["name"], message.get("intent")["confidence"]


# Thanks that say the answer was understood thank, clearly; "مزيان" or "فهمت" alone would say yes.
@pytest.mark.parametrize(
    "text",
    [
        "ya3tik sa7a fhemt mzyan daba",
        "ya3tik sa7a a sahbi fhemtek mzyan",
        "الله يعطيك الصحة، شرحتي ليا كلشي",
        "lah yjazik bikhir, charhti lia mzyan",
    ],
)
def test_thanks_for_an_answer_understood(classifier: TfidfIntentClassifier, text: str) -> None:
    name, confidence = decided(classifier, text)
    assert name == "thank" and confidence >= CLEAR


# A follow-up that only names a relative asks who in the family the health cover takes in.
@pytest.mark.parametrize("text", ["ووليداتي؟", "والزوجة؟", "w lmra?", "w lwlad?", "وماذا عن زوجتي وأطفالي؟"])
def test_a_relative_named_alone_asks_who_is_covered(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "amo_info"


# Care paid for and to be reimbursed, in borrowed words (the north's "seguro" included), asks what AMO covers.
@pytest.mark.parametrize(
    "text",
    [
        "خلصت الفاكتورة ديال الطبيب، واش كترجع ليا؟",
        "الدوا ديال القلب واش كيترد فلوسو؟",
        "السيكورو واش كيخلص الكلينيك؟",
        "seguro wach kayrj3 flous dwa?",
        "tbib dyal l3inin wach kayt3awd?",
    ],
)
def test_care_to_be_reimbursed_asks_what_amo_covers(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "amo_info"


# Paying contributions (a failed debit, arrears) and registering oneself with CNSS are joining AMO, not the register.
@pytest.mark.parametrize(
    "text",
    [
        "كيفاش نتقيد فالسي إن إس إس؟",
        "الضمان ما لقاوش السمية ديالي، كيفاش نتسجل عندهم؟",
        "عندي شهور ما خلصتهومش فالضمان، فين نخلصهم؟",
        "kifach nt9ayed f cnss?",
        "rappel jani mn cnss, kifach nkhles?",
    ],
)
def test_paying_or_joining_cnss_enrolls(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "amo_enroll"


# Papers named in borrowed words, or lost or out of date, ask which papers to bring.
@pytest.mark.parametrize(
    "text",
    [
        "البابيلات شنو هوما؟",
        "لاطيستاسيون منين نجيبها؟",
        "لاكارط ناسيونال ديالي سالات، شنو ندير للملف؟",
        "lpapelat li khasin?",
        "l'attestation mnin njibha l dossier?",
    ],
)
def test_papers_in_borrowed_words(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "rna_documents"


# A cooperative asking how to register asks for the procedure.
@pytest.mark.parametrize(
    "text",
    [
        "حنا تعاونية ديال الفخار، كيفاش نسجلوها فالسجل؟",
        "7na cooperative dyal l7lfa, kifach nsjlo rasna?",
        "كيف تسجل التعاونية الحرفية في السجل الوطني؟",
    ],
)
def test_a_cooperative_asking_how_to_register(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "rna_register_how"


# Written-style greetings of the time of day greet; confirming what one meant says yes.
@pytest.mark.parametrize("text", ["طابت أوقاتكم", "طاب يومكم يا جماعة"])
def test_written_greetings(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "greet"


@pytest.mark.parametrize("text", ["هذا بالضبط ما أعنيه", "أصبت، ذلك ما قصدته"])
def test_confirming_what_one_meant(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "affirm"


# Who lends to registered artisans and on what terms asks for financing, not whether one may register.
@pytest.mark.parametrize(
    "text",
    [
        "أي جهة تقرض الصناع المسجلين في السجل الوطني وما شروطها؟",
        "من الجهات التي تقرض الحرفي وبأي شروط؟",
        "شكون كيسلف الحرايفية وبشنو شروط؟",
    ],
)
def test_who_lends_to_artisans(classifier: TfidfIntentClassifier, text: str) -> None:
    name, confidence = decided(classifier, text)
    assert name == "financing" and confidence >= CLEAR
