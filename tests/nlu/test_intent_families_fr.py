"""French intent families the classifier learns from its examples (data/nlu), checked on sentences of the same
kinds that no training or held-out file holds.

Only the intent classifier is trained here, on the project's French intent examples (under a minute on two
cores), not the whole model: the families are French, and a French message is read mostly through French words.
"""

import pytest

from nlu.intent_classifier import TfidfIntentClassifier
from tests.nlu.classifier_training import intent, trained_classifier


@pytest.fixture(scope="module")
def classifier(tmp_path_factory: pytest.TempPathFactory) -> TfidfIntentClassifier:
    return trained_classifier({"fr"}, tmp_path_factory.mktemp("classifier"))


# A greeting that asks whether anyone is there, or says who is typing: not a question about machines.
@pytest.mark.parametrize(
    "text",
    [
        "bonjour, y a quelqu'un qui peut me répondre",
        "salut quelqu'un lit ce que j'écris ?",
        "bonsoir, personne pour répondre ?",
        "coucou, c'est la voisine qui écrit pour lui",
    ],
)
def test_a_greeting_asking_whether_anyone_is_there(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "greet"


# The office's opening hours, asked of "vous": the office, not "I did not understand".
@pytest.mark.parametrize(
    "text",
    [
        "vous ouvrez à partir de quand ?",
        "vous êtes ouverts jusqu'à quand",
        "vos horaires le samedi ?",
        "la délégation ferme quand ?",
    ],
)
def test_opening_hours_ask_for_the_office(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "find_office"


# Saying who one is, then asking whether one can register: whether one qualifies, not the request itself.
@pytest.mark.parametrize(
    "text",
    [
        "je suis tanneur à Fès, est-ce que je peux m'inscrire ?",
        "moi je fais des tapis chez moi, j'ai le droit de m'inscrire ?",
        "je suis maroquinier depuis 5 ans, c'est possible de s'inscrire ?",
        "je sculpte le bois à Essaouira, je peux être inscrit au registre ?",
    ],
)
def test_a_self_description_then_can_i_register_asks_eligibility(
    classifier: TfidfIntentClassifier, text: str
) -> None:
    assert intent(classifier, text) == "rna_eligibility"


# Registering with the CNSS is joining the AMO, not the artisans' register.
@pytest.mark.parametrize(
    "text",
    ["inscription sur macnss", "je m'inscris comment à la cnss ?", "immatriculation à la cnss pour l'amo"],
)
def test_registering_with_the_cnss_is_joining_the_amo(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "amo_enroll"


# An older writer's formal French: thanks, leave-taking, selling abroad.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("je vous exprime toute ma reconnaissance", "thank"),
        ("recevez mes remerciements les plus sincères", "thank"),
        ("je vous présente mes salutations et vous dis au revoir", "goodbye"),
        ("je me permets de prendre congé, bonne journée", "goodbye"),
        ("comment écouler mes babouches hors du Maroc ?", "marketing"),
        ("je cherche des débouchés à l'export pour mes tapis", "marketing"),
    ],
)
def test_the_formal_register(classifier: TfidfIntentClassifier, text: str, expected: str) -> None:
    assert intent(classifier, text) == expected


# Asking for a recommendation about anything else is out of scope, not a request for an adviser.
@pytest.mark.parametrize(
    "text", ["conseille-moi un bon roman", "tu me recommandes quelle série ?", "un film à voir ce week-end ?"]
)
def test_a_recommendation_about_anything_else_is_out_of_scope(
    classifier: TfidfIntentClassifier, text: str
) -> None:
    assert intent(classifier, text) == "out_of_scope"


# A short request ending in a politeness word asks about its topic.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("retraite svp", "pension_info"),
        ("la carte pro stp", "artisan_card"),
        ("formation stp", "training"),
        ("les papiers svp", "rna_documents"),
        ("cotisation amo stp", "amo_cost"),
        ("chambre d'artisanat svp", "find_office"),
    ],
)
def test_a_short_request_with_a_politeness_word(
    classifier: TfidfIntentClassifier, text: str, expected: str
) -> None:
    assert intent(classifier, text) == expected


# Leaving said with "ok" or "bon" and a verb of going: a goodbye, not a yes.
@pytest.mark.parametrize(
    "text", ["ok faut que je parte, à plus", "bon j'y vais moi, bonne nuit", "ok jfile, a+", "allez je vous quitte, tchao"]
)
def test_leaving_with_ok_is_a_goodbye(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "goodbye"


# Asking who answers is a question about machines; asking for someone is a request for a person.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("t'es une personne ou un programme toi ?", "bot_challenge"),
        ("je discute avec un être humain là ?", "bot_challenge"),
        ("c'est un logiciel qui m'écrit ?", "bot_challenge"),
        ("je voudrais échanger avec un vrai conseiller", "human_handoff"),
        ("passez moi une personne de la chambre", "human_handoff"),
        ("jveux parler a kelqun de vrai", "human_handoff"),
    ],
)
def test_who_answers_against_asking_for_a_person(classifier: TfidfIntentClassifier, text: str, expected: str) -> None:
    assert intent(classifier, text) == expected


# The card described instead of named: the paper that proves one is an artisan, not the papers to bring.
@pytest.mark.parametrize(
    "text",
    [
        "le papier officiel qui prouve que je suis artisan, il s'obtient comment ?",
        "un document avec ma photo pour montrer que je suis un artisan reconnu",
        "une fois inscrits, les artisans reçoivent une carte ?",
    ],
)
def test_the_card_described_is_the_card(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "artisan_card"


# What to bring, or whether the identity card alone will do: the documents.
@pytest.mark.parametrize(
    "text", ["je viens avec quoi à la chambre ?", "ma carte d'identité suffit ou il faut plus ?", "j'emmène quels papiers ?"]
)
def test_what_to_bring_is_the_documents(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "rna_documents"


# A school or a centre that teaches a trade is training, not a child's school (out of scope).
@pytest.mark.parametrize(
    "text",
    [
        "une école pour apprendre la maroquinerie à Fès ?",
        "une école de dinanderie à Tétouan, ça existe ?",
        "il y a un centre qui forme aux métiers du bois à Tanger ?",
        "où apprendre la broderie quand on est adulte",
    ],
)
def test_a_school_for_a_trade_is_training(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "training"


# Selling described by its trouble (stock that does not sell, no customers) is selling.
@pytest.mark.parametrize(
    "text",
    [
        "mes poteries s'entassent et personne ne les achète",
        "je n'ai plus de clients pour mes tapis, que faire ?",
        "à qui vendre les paniers que je fabrique ?",
    ],
)
def test_selling_described_by_its_trouble_is_marketing(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "marketing"


# A greeting in SMS French that says who is typing: a greeting, not thanks.
@pytest.mark.parametrize(
    "text", ["cc c moi, jecris pr ma mere", "slt c le fils de Aicha", "bjr c moi sa niece qui tape"]
)
def test_an_sms_greeting_saying_who_writes(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "greet"


# A yes that says "exactly" or "that's right".
@pytest.mark.parametrize("text", ["exactement, c'est ça", "voilà c'est exact ça", "tout à fait juste"])
def test_exactly_is_a_yes(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "affirm"


# A child's schooling and other registers or enrolments are out of scope, not the artisans' register.
@pytest.mark.parametrize(
    "text",
    [
        "inscrire mon fils en sixième au collège, c'est quoi les étapes ?",
        "la procédure pour le registre de commerce d'une épicerie",
        "ma fille veut entrer à l'université l'an prochain, comment faire l'inscription",
    ],
)
def test_other_enrolments_are_out_of_scope(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "out_of_scope"


# What one must do to register, also written as it sounds ("kes ke", "keske", "ske"): how, not whether one may.
@pytest.mark.parametrize(
    "text",
    [
        "qu'est-ce que je dois faire pour rejoindre le registre des artisans",
        "que faut-il faire pour s'enregistrer au rna ?",
        "kes ke on doi fer pour etre enregistré comme artisan",
        "keske il faut faire pour mon inscription au registre national",
        "mon oncle est forgeron, il doit faire quoi pour s'inscrire au registre ?",
    ],
)
def test_what_one_must_do_to_register_is_how(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "rna_register_how"


# A formal letter asking about the procedure ("Objet :", "demande de renseignements", "modalités"): how to register,
# not the request itself.
@pytest.mark.parametrize(
    "text",
    [
        "Objet : demande de précisions sur l'inscription des artisans au registre national",
        "Par la présente, je sollicite des renseignements quant aux modalités d'enregistrement au RNA.",
        "les modalités d'inscription au registre, quelles sont-elles ?",
        "Objet : demande d'information sur l'inscription au registre de l'artisanat",
        "demande d'informations concernant l'inscription au registre national",
    ],
)
def test_a_formal_letter_about_the_procedure_is_how(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "rna_register_how"


# Where a registration stands, said with "statut", "vérifier", one's name in the register, or told as papers handed
# in and no news since.
@pytest.mark.parametrize(
    "text",
    [
        "statut de mon enregistrement ?",
        "je veux vérifier si je suis déjà enregistré au rna",
        "est-ce que mon nom est bien inscrit dans le registre national ?",
        "j'ai tout déposé à la direction de l'artisanat en mai et depuis rien, c'est normal ?",
        "ma demande a été acceptée ou refusée ? je me suis inscrit il y a deux mois",
    ],
)
def test_where_a_registration_stands_is_status(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "rna_status"


# Leaving in a formal letter's words ("je prends congé", "je vous salue"): a goodbye.
@pytest.mark.parametrize(
    "text",
    ["je prends congé de vous, bonne fin de soirée", "sur ce, je vous salue et à une autre fois", "je dois prendre congé maintenant"],
)
def test_a_formal_leave_taking_is_a_goodbye(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "goodbye"


# Lessons in a village or for rural women: training, not a loan (the douar was only in loan requests).
@pytest.mark.parametrize(
    "text",
    [
        "des cours de broderie pour les femmes de mon douar, ça existe ?",
        "ya des cours de poterie pour les femmes de notre douar ?",
        "j'habite à la campagne, il y a une formation en tissage pas loin ?",
        "les femmes du village veulent apprendre la couture, qui organise des cours ?",
    ],
)
def test_lessons_in_a_village_are_training(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "training"


# Whether one must pay AMO on top of one's tax: what it costs, not how to pay it.
@pytest.mark.parametrize(
    "text", ["est-ce que je dois payer l'amo en plus de mes impôts ?", "un artisan au forfait doit payer l'amo aussi ?"]
)
def test_paying_amo_on_top_of_the_tax_is_the_cost(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "amo_cost"


# What to do to join the CNSS: joining AMO, not the register (beside "what must I do to register").
@pytest.mark.parametrize("text", ["pour m'affilier à la cnss je dois faire quoi", "qu'est-ce qu'il faut faire pour avoir l'amo à la cnss"])
def test_what_to_do_to_join_the_cnss_is_enrolling(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "amo_enroll"


# Registered, and the card never came: the card, not where the registration stands.
@pytest.mark.parametrize(
    "text", ["je me suis inscrit il y a un an et j'ai pas eu la carte, je la prends où ?", "enregistrée au rna mais sans carte pro, je fais comment ?"]
)
def test_the_card_not_received_is_the_card(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "artisan_card"


# Whether one may register, in a formal letter: eligibility, not the procedure.
@pytest.mark.parametrize(
    "text",
    [
        "Je me permets de vous interroger : un artisan peut-il prétendre à figurer au registre ?",
        "Veuillez m'indiquer si un maître artisan est éligible à l'inscription.",
    ],
)
def test_whether_one_may_in_a_formal_letter_is_eligibility(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "rna_eligibility"


# A tourist-shop seller's English mixed into French: each intent, read through its English words.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I would like to speak to an advisor please", "human_handoff"),
        ("can I have someone from your team on the phone", "human_handoff"),
        ("do you have loans for small workshops ?", "financing"),
        ("I need money to buy leather pour mon atelier", "financing"),
        ("how much money every month for the amo ?", "amo_cost"),
        ("what is the monthly price of health insurance pour un artisan", "amo_cost"),
        ("any news on my registration file ?", "rna_status"),
        ("my application was sent two weeks ago, is it accepted ?", "rna_status"),
        ("what does the artisan card give me ?", "artisan_card"),
        ("how to get my professional card", "artisan_card"),
    ],
)
def test_english_words_of_a_shop_seller(classifier: TfidfIntentClassifier, text: str, expected: str) -> None:
    assert intent(classifier, text) == expected


# A tourist's English questions stay out of scope beside the seller's.
@pytest.mark.parametrize(
    "text", ["how much is a bus ticket to the beach", "where can I buy a sim card for my phone", "what time does the market close"]
)
def test_a_tourists_english_question_is_out_of_scope(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "out_of_scope"


# A missing, lost or expired ID card: what to hand in instead is the documents, not the artisan card.
@pytest.mark.parametrize(
    "text",
    [
        "et si ma carte d'identité est expirée ?",
        "ma CIN a été volée, je peux donner quoi pour le dossier",
        "je n'ai plus ma carte nationale, quel document la remplace",
        "et sans CIN, quel papier je donne ?",
    ],
)
def test_a_missing_id_card_is_the_documents(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "rna_documents"


# A lost artisan card stays the card.
@pytest.mark.parametrize("text", ["j'ai égaré ma carte d'artisan, comment la refaire", "ma carte pro est perdue, on m'en donne une autre ?"])
def test_a_lost_artisan_card_is_the_card(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "artisan_card"


# The CNSS's words ("immatriculation", "affiliation") said of the register, without the CNSS: the register.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("je veux faire mon immatriculation d'artisan tout de suite avec ce chat", "rna_apply"),
        ("lancez mon affiliation au registre, je suis prêt", "rna_apply"),
        ("comment procéder pour l'immatriculation d'une artisane au registre national", "rna_register_how"),
    ],
)
def test_cnss_words_said_of_the_register(classifier: TfidfIntentClassifier, text: str, expected: str) -> None:
    assert intent(classifier, text) == expected


# Activating the AMO once registered: joining the CNSS, not what AMO is.
@pytest.mark.parametrize(
    "text",
    [
        "je suis déjà enregistré comme artisan, comment activer l'amo",
        "mon frère est inscrit au rna, il active comment sa couverture maladie",
        "activer mes droits à la couverture médicale, je passe par où ?",
    ],
)
def test_activating_the_amo_is_enrolling(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "amo_enroll"


# Joining the CNSS said with the register's words ("inscrire", "il faut faire quoi"): enrolling.
@pytest.mark.parametrize(
    "text",
    [
        "pour être inscrit à la cnss quand on est menuisier il faut faire quoi",
        "s'inscrire à la cnss en tant que potière, on fait comment ?",
        "l'inscription cnss pour un artisan qui travaille chez lui il faut faire quoi",
    ],
)
def test_registering_at_the_cnss_is_enrolling(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "amo_enroll"


# Other administrations' procedures (civil status, a certificate, a club): out of scope.
@pytest.mark.parametrize(
    "text",
    [
        "comment faire l'acte de mariage à la commune",
        "je veux inscrire ma fille à la salle de gym du quartier",
        "je veux m'abonner à la piscine municipale cet été",
        "déclarer le décès de mon grand-père à l'état civil",
    ],
)
def test_other_administrations_are_out_of_scope(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "out_of_scope"


# Thanks said for someone else ("ma mère vous remercie"): thanks, whatever the family words.
@pytest.mark.parametrize(
    "text",
    ["mon père vous remercie de votre patience", "les femmes de l'atelier vous disent un grand merci", "ma sœur vous remercie pour la réponse"],
)
def test_thanks_said_for_others_are_thanks(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "thank"


# Paying once registered: paying the AMO (amo_enroll), not how to register.
@pytest.mark.parametrize(
    "text", ["maintenant que je suis inscrite, je paye où ?", "après mon inscription, comment régler les mensualités", "inscrit depuis hier, comment payer ?"]
)
def test_paying_once_registered_is_enrolling(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "amo_enroll"


# Whether "we" of a trade are artisans ("on est artisans ?", "sont des artisans ou pas"): the list of trades.
@pytest.mark.parametrize(
    "text",
    ["reparateur de telephones on est artisans ?", "les boulangers sont des artisans ou pas"],
)
def test_whether_we_of_a_trade_are_artisans_asks_the_list(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "craft_lookup"


# The AMO asked after the writer's tax situation: its cost as "plus chère" after a change planned (amo_cost, not out of
# scope), and its cover as "j'ai droit à l'AMO" beside an apprenticeship (amo_info, not registering).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("je veux changer de régime l'an prochain, l'AMO sera plus chère ?", "amo_cost"),
        ("je suis apprenti chez mon cousin au forfait, est-ce que j'ai droit à l'AMO ?", "amo_info"),
    ],
)
def test_the_amo_asked_after_a_tax_situation(classifier: TfidfIntentClassifier, text: str, expected: str) -> None:
    assert intent(classifier, text) == expected
