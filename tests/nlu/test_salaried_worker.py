"""A salaried worker asking about their own CNSS, pay or employer is out of scope, not the artisans' AMO
(nlu/salaried_worker.py): "je suis salarie dans une usine, mon patron ne me declare pas a la cnss" went to
amo_enroll. The TNS scheme itself ("les non salariés") and a former employee asking as an artisan stay in scope.
"""

import pytest

from nlu.intent_classifier import TfidfIntentClassifier
from nlu.salaried_worker import rerank, writer_is_salaried
from tests.nlu.classifier_training import intent
from tests.nlu.rankings import lemmas, scored


@pytest.mark.parametrize(
    "text",
    [
        "je suis salariee dans un hammam, mon employeur ne paie pas ma cnss",
        "mon patron retient la cnss sur ma paie",
        "les allocations d'un salarie, c'est la cnss qui les verse ?",
        "الباطرون ديالي ما صرحش بيا فالضمان",
    ],
)
def test_an_employee_writer_is_found(text: str) -> None:
    assert writer_is_salaried(lemmas(text))


@pytest.mark.parametrize(
    "text",
    [
        "la retraite des travailleurs non salariés, c'est obligatoire ?",
        "j'etais salarie avant, combien je paierai pour l'amo comme artisan ?",
        "je suis salarie chez un maalem, je peux m'inscrire au registre ?",
        "combien je paie pour l'amo ?",
        # An employee or apprentice asking what he would pay once registered as an artisan.
        "أنا مجرد أجير عند صاحب المحل، كم سأؤدي للتأمين إذا سجلت نفسي كحرفي؟",
        "mon patron paie la cpu, moi je suis apprenti, l'amo me couterait combien ?",
        # A craft on the side, under a regime of its own.
        "Est-ce que je dois payer l'AMO deux fois ? Je suis salarié chez Renault et à côté je répare des chauffe-eau en "
        "auto-entrepreneur.",
        "أنا أجير فشركة وعندي الأوطو أونتروبرونور فالخياطة، واش نخلص لامو جوج مرات؟",
    ],
)
def test_the_artisans_own_questions_are_not_an_employees(text: str) -> None:
    assert not writer_is_salaried(lemmas(text))


def test_out_of_scope_is_moved_first_when_an_amo_topic_leads() -> None:
    text = "mon employeur ne m'a jamais declare a la cnss"
    ranking = scored(("amo_enroll", 0.6), ("amo_cost", 0.2), ("out_of_scope", 0.1))
    assert rerank(lemmas(text), ranking) == scored(("out_of_scope", 0.6), ("amo_enroll", 0.2), ("amo_cost", 0.1))


def test_other_topics_are_left_alone() -> None:
    text = "mon patron veut que je fasse une formation"
    ranking = scored(("training", 0.6), ("out_of_scope", 0.2))
    assert rerank(lemmas(text), ranking) == ranking


@pytest.mark.parametrize(
    "text",
    [
        "je suis salarie dans une boulangerie, mon patron ne me declare pas a la cnss",
        "mon employeur ne m'a jamais inscrit a la cnss, je suis salarie",
        "je suis salariee dans un cafe, mon patron ne m'a pas declaree a la cnss",
    ],
)
def test_an_employees_cnss_reads_out_of_scope(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "out_of_scope"


@pytest.mark.parametrize(
    "text",
    [
        # The employer named with the writer as the object of registering or declaring.
        "الباطرون ديالي ماسجلنيش فالسيسنيس واش عندي الحق فالتغطية",
        "خدام فمعمل والمشغل ماسجلنيش فالضمان الاجتماعي",
        "المشغل ماصرحش بيا فالصندوق",
        "مشغلي لم يصرح بي في الضمان الاجتماعي",
        "صاحب الشغل ما سجلنيش فالسيسنيس",
        "lpatron ma sjlnich f cnss",
        "khdama f sharika w lpatron ma kaysre7ch biya",
    ],
)
def test_an_employer_who_did_not_declare_the_writer_makes_an_employee(text: str) -> None:
    assert writer_is_salaried(lemmas(text))


# Other schemes than the artisans': a civil servant's mutual insurance or state pension, a household employee's CNSS.
@pytest.mark.parametrize(
    "text",
    [
        "je suis fonctionnaire au ministere, comment mettre ma femme sur ma mutuelle ?",
        "la cnops rembourse mal mes medicaments, je fais quoi ?",
        "mon pere est retraite de l'enseignement, sa pension a baisse",
        "je veux declarer ma femme de menage a la cnss",
        "mon employee de maison n'est pas declaree, c'est combien par mois ?",
        "أنا موظفة فالبلدية، واش ولادي مغطيين؟",
    ],
)
def test_a_civil_servant_or_a_household_employer_is_found(text: str) -> None:
    assert writer_is_salaried(lemmas(text))


@pytest.mark.parametrize(
    "text",
    [
        # Registering the writer asked of the assistant, or the artisan's own path, stays in scope.
        "بغيت تسجلني فالسجل ديال الصناعة التقليدية",
        "المعلم ديالي سجلني فالسجل الوطني",
        "ana lpatron dyal atelier, ch7al nkhelles l'amo ?",
        "je suis patron, je dois m'affilier a l'amo ?",
    ],
)
def test_registering_me_on_the_artisans_path_is_not_an_employees(text: str) -> None:
    assert not writer_is_salaried(lemmas(text))


@pytest.mark.parametrize(
    "text",
    [
        # A teacher or a civil servant doing crafts on the side, asking as an artisan.
        "je suis instituteur et je fais de la marqueterie le soir, combien je paie pour l'amo ?",
        "ma femme est fonctionnaire et moi artisan, elle peut etre sur mon amo ?",
        "j'ai un employe dans mon atelier, je dois le declarer a la cnss ?",
        "la retraite de l'etat pour les artisans, ca existe ?",
        # Compared with civil servants, or a CNSS clerk's word reported.
        "plus tard j'aurai une retraite comme un fonctionnaire ?",
        "موظف الضمان قال لي خاصني نخلص كل شهر، شحال بالضبط؟",
    ],
)
def test_a_side_craft_or_a_workshop_employee_stays_in_scope(text: str) -> None:
    assert not writer_is_salaried(lemmas(text))
