"""A situation told first (no diploma, years of practice, a company, a relative, a village), then another question:
the question decides the intent. Asking for a training while saying one has no diploma asks for the training, not
whether one may register without it; asking for the papers, the steps or the AMO after a situation asks that.
Checked on the classifier alone (the `classifier` fixture), on French and MSA sentences no training or held-out file
holds."""

import pytest

from nlu.intent_classifier import TfidfIntentClassifier
from tests.nlu.classifier_training import intent


@pytest.mark.parametrize(
    "text",
    [
        "هل يوجد تكوين في السراجة لمن لا يملك أي شهادة؟",
        "لا أتوفر على دبلوم، فهل توجد دورات في صناعة الحلي؟",
        "pas de diplome chez moi, il existe une formation en sellerie ?",
    ],
)
def test_a_training_asked_without_a_diploma(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "training"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("je suis sculpteur sur bois depuis 14 ans, quels papiers dois-je ramener ?", "rna_documents"),
        ("ma mere est tisserande depuis 40 ans, que doit-elle apporter a la chambre ?", "rna_documents"),
        ("je suis diplome en bijouterie, comment on fait pour s'enregistrer sur internet ?", "rna_register_how"),
        ("nous sommes une cooperative de poterie, on veut exposer a la foire de Casablanca", "marketing"),
        ("je vis dans un douar, je tresse le doum, comment m'affilier a l'amo ?", "amo_enroll"),
        ("أشتغل في النقش على الحجر منذ خمس عشرة سنة، ما الأوراق التي يجب أن أحضرها؟", "rna_documents"),
        ("نحن مقاولة للحدادة الفنية، ما خطوات تسجيلها في السجل الوطني؟", "rna_register_how"),
        ("والدي نجار منذ ثلاثين سنة، كيف أسجله في التأمين الإجباري عن المرض؟", "amo_enroll"),
    ],
)
def test_the_question_after_a_situation_decides(classifier: TfidfIntentClassifier, text: str, expected: str) -> None:
    assert intent(classifier, text) == expected
