"""Out-of-scope messages that borrow the domain's words, settled by a word no in-scope question uses."""

import pytest

from nlu.out_of_domain import OutOfDomain
from tests.nlu.rankings import lemmas, scored


@pytest.mark.parametrize(
    "text",
    [
        "chambre a louer a meknes",
        "بقرتي مريضة، واش التأمين كيغطي البيطري؟",
        "أريد حجز غرفة فالفندق",
        "chno lwra9 dyal lvisa",
        "التأمين ديال الموطور شحال",
    ],
)
def test_finds_out_of_domain_words_and_phrases(out_of_domain: OutOfDomain, text: str) -> None:
    assert out_of_domain.says_out_of_domain(lemmas(text))


@pytest.mark.parametrize(
    "text",
    ["fin kayna la chambre d'artisanat f fes", "ssraja dyal lkhil", "غرفة الصناعة التقليدية بمراكش", "l'assurance maladie"],
)
def test_domain_words_alone_are_not_out_of_domain(out_of_domain: OutOfDomain, text: str) -> None:
    assert not out_of_domain.says_out_of_domain(lemmas(text))


def test_out_of_scope_runner_up_wins_when_an_out_of_domain_word_stands(out_of_domain: OutOfDomain) -> None:
    ranked = out_of_domain.rerank(lemmas("chambre a louer a tanger"), scored(("find_office", 0.6), ("out_of_scope", 0.3)))
    assert [r["name"] for r in ranked] == ["out_of_scope", "find_office"]
    assert ranked[0]["confidence"] == 0.6


@pytest.mark.parametrize(
    "ranked",
    [
        # out_of_scope is not the runner-up, or too far behind: the classifier keeps its choice.
        scored(("marketing", 0.6), ("craft_lookup", 0.3), ("out_of_scope", 0.05)),
        scored(("marketing", 0.9), ("out_of_scope", 0.1)),
    ],
)
def test_the_classifier_keeps_its_choice_unless_out_of_scope_is_close(out_of_domain: OutOfDomain, ranked: list) -> None:
    assert out_of_domain.rerank(lemmas("nbi3 zrabi l hotel"), ranked) == ranked


def test_without_an_out_of_domain_word_nothing_changes(out_of_domain: OutOfDomain) -> None:
    ranked = scored(("find_office", 0.5), ("out_of_scope", 0.45))
    assert out_of_domain.rerank(lemmas("fin kayna la chambre f tanja"), ranked) == ranked


@pytest.mark.parametrize("text", ["hhhhhh", "hahahah", "ههههههه", "mdrrrr", "lol", "hhh mdr", "ptdrrr 😂"])
def test_laughter_alone_is_out_of_scope(out_of_domain: OutOfDomain, text: str) -> None:
    ranked = out_of_domain.rerank(lemmas(text), scored(("rna_status", 0.9), ("affirm", 0.05), ("out_of_scope", 0.01)))
    assert [r["name"] for r in ranked] == ["out_of_scope", "rna_status", "affirm"]
    assert ranked[0]["confidence"] == 1.0


@pytest.mark.parametrize("text", ["ah", "ha", "eh", "hhh wach ntsjel?", "haha fin lghorfa f fes"])
def test_a_yes_or_a_question_after_laughing_is_left_to_the_classifier(out_of_domain: OutOfDomain, text: str) -> None:
    ranked = scored(("affirm", 0.9), ("out_of_scope", 0.01))
    assert out_of_domain.rerank(lemmas(text), ranked) == ranked


@pytest.mark.parametrize(
    "text",
    [
        "bghit n3ref lbrouj dyal had simana",
        "fin kayna l9onsoliya dyal fransa",
        "كيفاش نكتب سيرة ذاتية",
        # House insurance, phones for sale, student grants.
        "شحال كيسوا التأمين ديال الدار؟",
        "كم يبلغ التأمين على المنزل ضد الحريق؟",
        "bghit nbi3 ayfoun 13 mosta3mel",
        "عندي سامسونج جديد للبيع",
        "wach kayn chi bourse l talaba had l3am?",
    ],
)
def test_everyday_topics_far_from_crafts_are_out_of_domain(out_of_domain: OutOfDomain, text: str) -> None:
    assert out_of_domain.says_out_of_domain(lemmas(text))


@pytest.mark.parametrize(
    "text",
    ["l'ANAPEC m'a rien trouvé", "je cherche un emploi de chauffeur", "vous avez des offres d'emploi ?"],
)
def test_job_seeking_is_out_of_domain(out_of_domain: OutOfDomain, text: str) -> None:
    assert out_of_domain.says_out_of_domain(lemmas(text))


@pytest.mark.parametrize("text", ["je veux embaucher deux ouvriers", "je cherche un financement", "mes employés"])
def test_hiring_for_ones_workshop_is_not_job_seeking(out_of_domain: OutOfDomain, text: str) -> None:
    assert not out_of_domain.says_out_of_domain(lemmas(text))


def test_an_unsure_classifier_gives_way_to_an_out_of_domain_word(out_of_domain: OutOfDomain) -> None:
    # The classifier spreads a job-seeking message over three intents; the ANAPEC word settles it.
    ranked = scored(("rna_eligibility", 0.23), ("rna_apply", 0.18), ("rna_status", 0.12), ("out_of_scope", 0.04))
    out = out_of_domain.rerank(lemmas("je suis inscrit a l'ANAPEC, ils m'ont trouvé rien, que faire ?"), ranked)
    assert [r["name"] for r in out[:2]] == ["out_of_scope", "rna_eligibility"]
    assert out[0]["confidence"] == 0.23


def test_a_sure_classifier_keeps_its_choice_beside_an_out_of_domain_word(out_of_domain: OutOfDomain) -> None:
    ranked = scored(("financing", 0.6), ("training", 0.2), ("out_of_scope", 0.05))
    text = "au chômage et inscrit à l'ANAPEC, je veux créer mon atelier, quel financement ?"
    assert out_of_domain.rerank(lemmas(text), ranked) == ranked
    unsure = scored(("financing", 0.25), ("training", 0.2), ("out_of_scope", 0.05))
    assert out_of_domain.rerank(lemmas("comment financer mon atelier de poterie ?"), unsure) == unsure


@pytest.mark.parametrize("text", ["il va pleuvoir demain à Fès ?", "la météo de ce week-end", "il y aura de la neige ?"])
def test_the_weather_is_out_of_domain(out_of_domain: OutOfDomain, text: str) -> None:
    # "demain" leans towards "à demain" (goodbye); the weather word settles it when out_of_scope is runner-up.
    assert out_of_domain.says_out_of_domain(lemmas(text))
    ranked = scored(("goodbye", 0.40), ("out_of_scope", 0.34), ("greet", 0.03))
    assert out_of_domain.rerank(lemmas(text), ranked)[0]["name"] == "out_of_scope"


@pytest.mark.parametrize(
    "text",
    ["fais moi rigoler", "une blague drole svp", "notre cooperative laitiere vend du fromage", "je vends du miel"],
)
def test_jokes_and_farm_food_are_out_of_domain(out_of_domain: OutOfDomain, text: str) -> None:
    assert out_of_domain.says_out_of_domain(lemmas(text))


@pytest.mark.parametrize(
    "text",
    [
        "le bus pour Tanger à quelle heure ?",
        "la taxe sur les terrains non bâtis",
        "la taxe d'habitation",
        "la taxe d'habitation de ma maison a doublé",
        "il me faut un timbre fiscal pour la mairie",
        "lvignette fo9ach katkhelles?",
        "ch7al dariba 3la dar?",
        "كم ضريبة السكن على شقتي؟",
    ],
)
def test_travel_and_other_taxes_are_out_of_domain(out_of_domain: OutOfDomain, text: str) -> None:
    assert out_of_domain.says_out_of_domain(lemmas(text))


@pytest.mark.parametrize(
    "text",
    [
        "tu me conseilles un bon film ?",
        "recommande moi une série turque",
        "un roman à lire cet été",
        "quel parfum offrir à ma soeur",
        "le raja a joué contre qui",
        "le wac joue ce soir ?",
    ],
)
def test_recommendations_and_football_clubs_are_out_of_domain(out_of_domain: OutOfDomain, text: str) -> None:
    assert out_of_domain.says_out_of_domain(lemmas(text))


@pytest.mark.parametrize(
    "text",
    [
        "mon neveu passe en première au lycée, il faut quels papiers ?",
        "s'inscrire en fac de lettres c'est quand",
        "la crèche de mon bébé ouvre à quelle heure",
        "le registre du commerce pour une boutique de téléphones",
        "je passe le code à l'auto-école la semaine prochaine",
        "ouvrir un snack, les démarches ?",
    ],
)
def test_a_childs_schooling_and_other_businesses_are_out_of_domain(out_of_domain: OutOfDomain, text: str) -> None:
    # "s'inscrire", "papiers", "démarches" pull these towards the register; the school or business word settles it.
    assert out_of_domain.says_out_of_domain(lemmas(text))
    ranked = scored(("rna_register_how", 0.40), ("out_of_scope", 0.30), ("rna_documents", 0.10))
    assert out_of_domain.rerank(lemmas(text), ranked)[0]["name"] == "out_of_scope"


@pytest.mark.parametrize(
    "text", ["une école de broderie à Salé", "le centre de formation des potiers", "l'institut des métiers d'art"]
)
def test_a_school_that_teaches_a_trade_is_not_out_of_domain(out_of_domain: OutOfDomain, text: str) -> None:
    assert not out_of_domain.says_out_of_domain(lemmas(text))


def test_a_sure_classifier_keeps_the_register_beside_the_trade_register(out_of_domain: OutOfDomain) -> None:
    # An artisan who holds a trade register may still ask about the artisans' register.
    ranked = scored(("rna_eligibility", 0.7), ("rna_register_how", 0.1), ("out_of_scope", 0.05))
    text = "j'ai déjà un registre de commerce pour mon atelier, je dois aussi m'inscrire au RNA ?"
    assert out_of_domain.rerank(lemmas(text), ranked) == ranked


# Sport clubs, a library and civil status are another administration's business, whatever "inscrire" or "déclarer"
# says.
@pytest.mark.parametrize(
    "text",
    [
        "je veux m'inscrire dans une salle de sport",
        "abonnement gym pour ma femme",
        "inscription aux cours de natation pour les enfants",
        "la carte de la bibliothèque municipale",
        "déclarer un mariage à l'état civil",
    ],
)
def test_other_administrations_are_out_of_domain(out_of_domain: OutOfDomain, text: str) -> None:
    assert out_of_domain.says_out_of_domain(lemmas(text))


@pytest.mark.parametrize(
    "text", ["la salle d'exposition de la chambre", "je suis inscrit à la cnss, comment déclarer ma femme", "une salle pour les artisanes", "faut-il un certificat de résidence pour le registre ?"]
)
def test_the_chamber_and_the_cnss_are_not_another_administration(out_of_domain: OutOfDomain, text: str) -> None:
    assert not out_of_domain.says_out_of_domain(lemmas(text))


# Asking "you" whether you sell, in every script: the shop's customer, not the artisan.
@pytest.mark.parametrize(
    "text",
    [
        "est-ce que vous vendez des coussins brodés",
        "wach katbi3o tbasel dyal nn7as",
        "كتبيعو الجلابة الصوفية؟",
        "بكم تبيعون المرآة النحاسية",
    ],
)
def test_asking_whether_you_sell_is_out_of_domain(out_of_domain: OutOfDomain, text: str) -> None:
    assert out_of_domain.says_out_of_domain(lemmas(text))


# The artisan's own sales use the first person: not out of domain.
@pytest.mark.parametrize(
    "text",
    ["comment je vends mes coussins en ligne", "kifach nbi3 tbasel dyali", "كيفاش نبيعو السلعة ديال التعاونية", "أبيع منتجاتي"],
)
def test_selling_ones_own_work_is_not_out_of_domain(out_of_domain: OutOfDomain, text: str) -> None:
    assert not out_of_domain.says_out_of_domain(lemmas(text))


# Buying a car on credit and a grocer's shop: "crédit", "banque" and "impôts" pull them towards financing and the
# tax situation; the car purchase or the grocery settles it, in every script.
@pytest.mark.parametrize(
    "text",
    [
        "un crédit auto pour acheter une Dacia",
        "pret voiture a la banque c'est combien le taux",
        "bghit credit dyal tomobil mn lbanka",
        "أريد قرض السيارة من البنك",
        "j'ai une épicerie de quartier, quels impôts je paie",
        "ana ba9al f derb, ch7al dariba",
        "عندي بقالة صغيرة، شحال الضريبة؟",
    ],
)
def test_a_car_loan_and_a_grocery_are_out_of_domain(out_of_domain: OutOfDomain, text: str) -> None:
    assert out_of_domain.says_out_of_domain(lemmas(text))
    ranked = scored(("financing", 0.70), ("out_of_scope", 0.25), ("amo_cost", 0.02))
    assert out_of_domain.rerank(lemmas(text), ranked)[0]["name"] == "out_of_scope"


# The mechanic's trade and a loan for one's workshop stay in scope.
@pytest.mark.parametrize(
    "text",
    [
        "je suis mécanicien auto, je peux m'inscrire ?",
        "un crédit pour équiper mon garage de réparation de voitures",
        "قرض لشراء آلات للورشة",
        "khdam mikanisyan dyal tomobilat, wach n9der nakhod credit",
    ],
)
def test_the_mechanics_trade_and_a_workshop_loan_are_not_out_of_domain(out_of_domain: OutOfDomain, text: str) -> None:
    assert not out_of_domain.says_out_of_domain(lemmas(text))


# A grocer's shop said by what it sells (round 26): its tax was read as the artisan's AMO cost ("عندي حانوت ديال المواد
# الغذائية شحال خاصني نخلص الضريبة" -> amo_cost, out_of_scope runner-up).
@pytest.mark.parametrize(
    "text",
    [
        "عندي محل ديال المواد الغذائية واش خاصني نصرح بالضريبة",
        "خويا عندو حانوت مواد غذائية فالحومة، شحال كيخلص ديال الضريبة",
        "j'ai une alimentation générale, combien je paie d'impôts",
    ],
)
def test_a_grocers_shop_is_out_of_domain(out_of_domain: OutOfDomain, text: str) -> None:
    assert out_of_domain.says_out_of_domain(lemmas(text))
    ranked = scored(("amo_cost", 0.70), ("out_of_scope", 0.16), ("rna_documents", 0.05))
    assert out_of_domain.rerank(lemmas(text), ranked)[0]["name"] == "out_of_scope"


@pytest.mark.parametrize(
    "text", ["الفخار ديالي صالح للمواد الغذائية واش ناخد علامة", "عندي حانوت ديال الخرازة شحال نخلص ديال لامو"]
)
def test_food_safe_pottery_and_a_craft_shop_are_not_out_of_domain(out_of_domain: OutOfDomain, text: str) -> None:
    assert not out_of_domain.says_out_of_domain(lemmas(text))
