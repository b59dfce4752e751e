"""Intent kinds reranked in round 51: registering where only the CNSS is named, the AMO's cover asked by the insured,
its hospitals or a right, what one pays asked with MSA's "ما", retirement asked after the AMO paid, the request
started by the form or the file, a course asked for by name, an office near the writer, small-business money schemes,
registering explained, a diploma from a school, a quality label and the list of trades named (nlu.register_target,
nlu.amo_question, nlu.pension_question, nlu.register_wish, nlu.joining_training, nlu.place_asked, nlu.loan_asked,
nlu.register_question, nlu.school_enrolment, nlu.selling_named, nlu.craft_question)."""

import pytest

from nlu import (
    amo_named,
    amo_question,
    craft_question,
    joining_training,
    loan_asked,
    pension_question,
    place_asked,
    register_question,
    register_target,
    register_wish,
    school_enrolment,
    selling_named,
)
from nlu.out_of_domain import OutOfDomain
from nlu.situation_extractor import TOPIC_CONFIDENCE
from tests.nlu.rankings import lemmas, ranking, scored


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("CNSS ma tsalo biya 7ta wa7ed, wach nsjel brasi f site ?", "rna_register_how"),
        ("macnss ne marche pas pour mon inscription, je fais quoi", "rna_status"),
    ],
)
def test_registering_where_only_the_cnss_is_named_is_the_enrolment(text: str, first: str) -> None:
    reranked = register_target.rerank(lemmas(text), ranking(first, "rna_documents", "amo_enroll"))
    assert reranked[0]["name"] == "amo_enroll"


def test_registering_where_the_register_is_named_too_is_left_alone() -> None:
    text = "3ndi cnss mn zman, daba kifach nsjel f rna ?"
    reranked = register_target.rerank(lemmas(text), ranking("rna_register_how", "rna_status", "amo_enroll"))
    assert reranked[0]["name"] == "rna_register_how"


@pytest.mark.parametrize(
    "text",
    ["wach wladi ghaykono m2ammnin m3aya f amo ?", "l'amo tns, wach katkhdem f sbitarat dyal lprivé ?"],
)
def test_the_insured_or_the_hospitals_ask_the_cover(text: str) -> None:
    assert amo_question.rerank(lemmas(text), ranking("amo_cost", "amo_info", "amo_enroll"))[0]["name"] == "amo_info"


def test_a_right_to_the_amo_asks_the_cover() -> None:
    text = "mrati 3ndha l7a9 f kolchi f l'amo ?"
    assert amo_question.rerank(lemmas(text), ranking("rna_eligibility", "amo_cost", "amo_info"))[0]["name"] == "amo_info"


def test_a_right_to_register_stays_eligibility() -> None:
    text = "wach 3ndi l7a9 ntsjel f rna ila kan 3ndi l'amo ?"
    reranked = amo_question.rerank(lemmas(text), ranking("rna_eligibility", "amo_cost", "amo_info"))
    assert reranked[0]["name"] == "rna_eligibility"


def test_what_one_pays_with_msa_ma_asks_the_cost() -> None:
    text = "هل سيزيد ما أدفعه للضمان عن التأمين الصحي؟"
    assert amo_question.rerank(lemmas(text), ranking("amo_enroll", "amo_cost", "amo_info"))[0]["name"] == "amo_cost"


@pytest.mark.parametrize(
    "text", ["كنخلص لامو كل شهر. واش هادشي كيدخل فيه التقاعد؟", "واش غادي يعطيوني شي بونسيون؟"]
)
def test_retirement_asked_after_the_amo_paid_is_the_pension(text: str) -> None:
    reranked = pension_question.rerank(lemmas(text), text, ranking("amo_cost", "pension_info", "amo_info"))
    assert reranked[0]["name"] == "pension_info"


@pytest.mark.parametrize(
    "text", ["ابدا معايا الفورمولير عافاك", "on peut commencer le dossier ?", "je veux déposer mon dossier demain"]
)
def test_the_form_or_the_file_started_is_the_request(text: str) -> None:
    assert register_wish.asks_for_the_request(lemmas(text))


def test_a_file_already_handed_in_is_no_request() -> None:
    assert not register_wish.asks_for_the_request(lemmas("j'ai déposé mon dossier il y a un mois"))


def test_a_relative_to_register_is_asked_of_the_assistant() -> None:
    assert register_wish.asks_to_be_registered(lemmas("سجل أمي من فضلك، هي خياطة"))


def test_a_course_asked_for_by_name_is_training_however_low() -> None:
    text = "بغينا دورة فالتسيير للتعاونية ديالنا، فين نتسجلو؟"
    order = scored(("rna_apply", 0.3), ("rna_register_how", 0.25), ("rna_eligibility", 0.1), ("training", 0.05))
    assert joining_training.rerank(lemmas(text), order)[0]["name"] == "training"


def test_an_office_near_the_writer_is_a_place() -> None:
    reranked = place_asked.rerank(lemmas("kayn chi bureau 9rib liya ?"), ranking("human_handoff", "find_office"))
    assert reranked[0]["name"] == "find_office"


def test_a_person_to_talk_to_stays_the_handoff() -> None:
    reranked = place_asked.rerank(lemmas("bghit nhder m3a chi wa7ed"), ranking("human_handoff", "find_office"))
    assert reranked[0]["name"] == "human_handoff"


@pytest.mark.parametrize("text", ["c'est quoi le microcrédit ?", "le prêt d'honneur existe encore ?"])
def test_small_business_money_is_financing(text: str) -> None:
    order = scored(("out_of_scope", 0.4), ("greet", 0.2), ("bot_challenge", 0.1), ("financing", 0.05))
    assert loan_asked.rerank(lemmas(text), order)[0]["name"] == "financing"


def test_a_car_loan_stays_out_of_scope() -> None:
    order = scored(("out_of_scope", 0.4), ("greet", 0.2), ("bot_challenge", 0.1), ("financing", 0.05))
    assert loan_asked.rerank(lemmas("un crédit pour acheter une voiture ?"), order)[0]["name"] == "out_of_scope"


@pytest.mark.parametrize(
    "text", ["فهمني التسجيل مرحلة بمرحلة", "explique-moi l'inscription au registre étape par étape"]
)
def test_registering_explained_is_how(text: str) -> None:
    assert register_question.asks_how_to_register(lemmas(text))


def test_a_diploma_from_a_school_is_no_enrolment_there() -> None:
    assert not school_enrolment.enrols_at_a_school(lemmas("chno lwra9 bach ntsjel? 3ndi diplome mn OFPPT"))


def test_enrolling_at_a_school_still_is() -> None:
    assert school_enrolment.enrols_at_a_school(lemmas("je veux m'inscrire à l'OFPPT en menuiserie"))


def test_a_quality_label_asked_is_selling_from_behind_out_of_scope() -> None:
    text = "une tisseuse de notre association veut obtenir le label « Maroc Fait Main », quelle démarche ?"
    order = scored(("out_of_scope", 0.3), ("rna_register_how", 0.25), ("marketing", 0.14))
    assert selling_named.rerank(lemmas(text), order)[0]["name"] == "marketing"


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("شحال من حرفة كاينة فالنومونكلاتور؟ بغيت نشوفهم", "human_handoff"),
        ("الحصير ديال الدوم، واش عندو بلاصة فالنشاطات ديال السجل؟", "rna_eligibility"),
    ],
)
def test_the_list_named_by_its_own_name_is_the_list(text: str, first: str) -> None:
    reranked = craft_question.rerank(lemmas(text), ranking(first, "craft_lookup", "out_of_scope"))
    assert reranked[0]["name"] == "craft_lookup"


def test_registering_beside_the_list_stays() -> None:
    text = "واش نقدر نتسجل فالنشاطات ديال السجل؟"
    reranked = craft_question.rerank(lemmas(text), ranking("rna_eligibility", "craft_lookup", "out_of_scope"))
    assert reranked[0]["name"] == "rna_eligibility"


def test_the_cnss_to_join_after_the_register_joined_is_the_enrolment() -> None:
    text = "tsjjelt f rna l3am li fat w cnss ma tsalo biya, kifach nsjel 3ndhom ?"
    reranked = register_target.rerank(lemmas(text), ranking("rna_register_how", "amo_enroll", "rna_status"))
    assert reranked[0]["name"] == "amo_enroll"



def test_depositing_the_file_asked_with_a_paper_is_no_request() -> None:
    text = "ma carte d'identité est expirée, je peux quand même déposer le dossier avec ?"
    assert not register_wish.asks_for_the_request(lemmas(text))


def test_a_right_said_beside_a_relatives_trade_stays_eligibility() -> None:
    text = "مرتي كتطرز هادي ست سنين، واش عندها الحق؟"
    reranked = amo_question.rerank(lemmas(text), ranking("rna_eligibility", "amo_cost", "amo_info"))
    assert reranked[0]["name"] == "rna_eligibility"


def test_the_amos_beneficiaries_named_ask_the_cover_or_the_enrolment() -> None:
    covered = amo_question.rerank(lemmas("mon mari est-il ayant droit ?"), ranking("rna_eligibility", "amo_cost", "amo_info"))
    assert covered[0]["name"] == "amo_info"
    text = "comment ajouter ma fille comme ayant droit ?"
    assert amo_question.rerank(lemmas(text), ranking("out_of_scope", "amo_enroll", "amo_info"))[0]["name"] == "amo_enroll"
    low = amo_named.understood(lemmas(text), scored(("amo_enroll", 0.13), ("out_of_scope", 0.12)))
    assert low[0]["confidence"] >= amo_named.UNDERSTOOD


def test_a_dependant_added_by_a_glued_arabizi_pronoun_is_the_enrolment() -> None:
    text = "kifach nzidha m3aya f l'amo ?"
    assert amo_question.rerank(lemmas(text), ranking("amo_info", "amo_enroll", "amo_cost"))[0]["name"] == "amo_enroll"


def test_covering_me_asks_the_cover() -> None:
    text = "wach l'amo dyal bba katghattini ana tani ?"
    assert amo_question.rerank(lemmas(text), ranking("amo_cost", "amo_info", "amo_enroll"))[0]["name"] == "amo_info"


def test_the_request_asked_is_understood_however_thin() -> None:
    text = "sjjel lia charika dyali, SARL f larache"
    reranked = register_wish.request_understood(
        lemmas(text), register_wish.RegisterWish().rerank(lemmas(text), text, scored(("rna_apply", 0.19), ("out_of_scope", 0.18)))
    )
    assert reranked[0]["name"] == "rna_apply" and reranked[0]["confidence"] >= TOPIC_CONFIDENCE
    assert register_wish.asks_for_the_request(lemmas("بغيت نقدم الطلب ديالي"))


@pytest.mark.parametrize("text", ["l'adresse dyal chambre d'artisanat f tanja ?", "أين مقرها؟ أريد الذهاب شخصيا"])
def test_an_address_or_a_seat_seeks_the_office(text: str) -> None:
    assert place_asked.office_sought(lemmas(text))


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("بغيت نشارك فالمعرض ديال الصناعة التقليدية، كيفاش نتسجل فيه؟", "rna_register_how"),
        ("khti bghat tsddr zrabi l france, chkoun y3awenha ?", "out_of_scope"),
    ],
)
def test_a_fair_registered_for_or_another_exporting_is_selling(text: str, first: str) -> None:
    assert selling_named.rerank(lemmas(text), ranking(first, "marketing", "rna_apply"))[0]["name"] == "marketing"


def test_where_to_learn_is_a_training_asked() -> None:
    assert joining_training.joins_a_training(lemmas("فين نتعلم الصياغة مزيان؟"))


def test_the_steps_in_arabizi_ask_how() -> None:
    assert register_question.asks_how_to_register(lemmas("3tini lmarahil dyal tasjil 3afak"))


def test_money_for_a_workshop_is_financing_from_behind_out_of_scope() -> None:
    text = "notre atelier veut acheter une machine, quel crédit ?"
    assert loan_asked.rerank(lemmas(text), ranking("out_of_scope", "financing", "greet"))[0]["name"] == "financing"


def test_a_cash_machine_at_a_bank_is_no_business_loan() -> None:
    text = "ana f fes, carte guichet dyali t7bsat f la machine dyal barid bank, chno ndir??"
    assert loan_asked.rerank(lemmas(text), ranking("out_of_scope", "financing", "greet"))[0]["name"] == "out_of_scope"


@pytest.mark.parametrize(
    "text", ["wach CIH ki3tiw credit logement l chi wa7d khdam f lprive ?", "ch7al الفايدة ديال القرض الاستهلاكي دابا؟"]
)
def test_home_and_consumer_credit_are_out_of_scope(text: str) -> None:
    order = scored(("financing", 0.5), ("out_of_scope", 0.3), ("amo_cost", 0.1))
    assert OutOfDomain().rerank(lemmas(text), order)[0]["name"] == "out_of_scope"
