"""A wish to register followed by one's situation is the request; a question about it is not."""

import pytest

from nlu.register_wish import RegisterWish
from tests.nlu.rankings import lemmas, ranking


@pytest.fixture(scope="module")
def wish() -> RegisterWish:
    return RegisterWish()


@pytest.mark.parametrize(
    "text",
    [
        "kanbghi ntsajel, khddama f ttarz 4 snin",
        "أرغب في التسجيل، أنا خراز منذ عشر سنوات",
        "نبغي نتقيد، ماعنديش ديبلوم",
        "je voudrais m'inscrire, aucun diplôme mais 7 ans de métier",
        # A glued "and", a wish in the plural: a cooperative speaking.
        "نحن تعاونية للزرابي في ورزازات ونريد التسجيل",
        # Arabizi's registering without its vowels; "start it with me" told to the assistant.
        "kanbghi ntsjl f rna ahora mismo, khdama f zrabi mn 2024 f nador, ma3ndi ta diplome",
        "abda m3aya ttsjil, ana mikanisyan f khouribga mn 2019, ma3ndich diplome",
        # "veux" as SMS French writes it.
        "Je veu m'inscrire au RNA. potier depui 2 ans, aucun diplome",
        "jveu m'inscrire, brodeuse depuis 6 ans sans diplome",
        # The South's "I want" and "enter myself" in the register; "put me in it"; MSA's "come on, let's start".
        "ابغيت نقيد راسي فالسجل دابا. خدام النحاس فطانطان من 2015 بلا شهادة",
        "دخلني للسجل الله يخليك. أنا صانع ديال السروج فالعيون من 2017",
        "هيا نبدا التسجيل، انا معلم في الدباغة عندي شهادة",
    ],
)
def test_a_wish_to_register_then_a_situation_is_the_request(wish: RegisterWish, text: str) -> None:
    ranked = wish.rerank(lemmas(text), text, ranking("rna_eligibility", "rna_apply", "training"))
    assert [r["name"] for r in ranked] == ["rna_apply", "rna_eligibility", "training"]
    assert ranked[0]["confidence"] == 0.6


@pytest.mark.parametrize(
    "text",
    [
        "wach n9der ntsjel, ma3ndich diplome",
        "bghit ntsjel bla diplome wach mumkin",
        "je veux m'inscrire sans diplôme, c'est possible",
        "بغيت نتسجل، واش خاصني الديبلوم",
        "أريد التسجيل وليس لدي شهادة؟",
        "ana khddam 5 snin bla diplome",
    ],
)
def test_a_question_or_no_wish_is_left_to_the_classifier(wish: RegisterWish, text: str) -> None:
    ranked = ranking("rna_eligibility", "rna_apply")
    assert wish.rerank(lemmas(text), text, ranked) == ranked


def test_only_eligibility_over_the_request_is_reread(wish: RegisterWish) -> None:
    text = "bghit ntsjel, ana njjar"
    ranked = ranking("craft_lookup", "rna_apply")
    assert wish.rerank(lemmas(text), text, ranked) == ranked


@pytest.mark.parametrize(
    "text",
    [
        "je suis tanneur à Fès, je peux m'inscrire ?",
        "moi je tisse des tapis à Taznakht, puis-je m'inscrire",
        "je fais de la dinanderie à Fès, c'est bon pour l'inscription ?",
        "ana njjar f tanja, wach n9der ntsjel?",
        "أنا خراز في مراكش، هل يمكن التسجيل؟",
    ],
)
def test_a_self_description_asking_whether_one_may_register_is_eligibility(wish: RegisterWish, text: str) -> None:
    ranked = wish.rerank(lemmas(text), text, ranking("rna_apply", "rna_eligibility", "training"))
    assert [r["name"] for r in ranked] == ["rna_eligibility", "rna_apply", "training"]
    assert ranked[0]["confidence"] == 0.6


@pytest.mark.parametrize(
    "text",
    [
        "on peut faire mon inscription ici maintenant ?",
        "je veux savoir si je peux m'inscrire",
        "n9der ntsjel daba?",
        "je suis potier à Safi, inscrivez-moi",
    ],
)
def test_doing_it_now_or_a_wish_stays_the_request(wish: RegisterWish, text: str) -> None:
    ranked = ranking("rna_apply", "rna_eligibility")
    assert wish.rerank(lemmas(text), text, ranked) == ranked


@pytest.mark.parametrize(
    "text",
    [
        "faut-il un diplôme pour être enregistré au registre ?",
        "le diplome est obligatoire pour l'inscription ?",
        "on est obligé d'avoir un diplôme pour s'inscrire ?",
        "un diplôme est-il nécessaire pour m'enregistrer",
    ],
)
def test_asking_whether_a_diploma_is_required_is_eligibility(text: str) -> None:
    ranked = [{"name": "rna_register_how", "confidence": 0.48}, {"name": "rna_eligibility", "confidence": 0.45}]
    out = RegisterWish().rerank(lemmas(text), text, ranked)
    assert [r["name"] for r in out] == ["rna_eligibility", "rna_register_how"]
    assert [r["confidence"] for r in out] == [0.48, 0.45]


@pytest.mark.parametrize(
    "text",
    [
        "comment s'inscrire avec mon diplôme ?",
        "il faut aller où pour s'inscrire ?",
        "j'ai un diplôme, les étapes ?",
        # What one must do, in another sentence than the diploma.
        "ma soeur est brodeuse depuis 6 ans, elle n'a pas de diplome. Comment elle doit faire pour s'inscrire ?",
        "je n'ai aucun diplôme. Qu'est-ce qu'il faut faire pour le registre ?",
    ],
)
def test_how_to_register_without_a_diploma_requirement_stays(text: str) -> None:
    ranked = [{"name": "rna_register_how", "confidence": 0.48}, {"name": "rna_eligibility", "confidence": 0.45}]
    assert RegisterWish().rerank(lemmas(text), text, ranked) == ranked


# A "demande" of information asks how to register, not to file the application.
@pytest.mark.parametrize(
    "text",
    [
        "Objet : demande de renseignements sur l'enregistrement au registre",
        "demande d'informations concernant l'inscription des artisans",
        "une demande de précisions à propos de l'inscription au RNA",
        "demande d'infos inscription registre",
    ],
)
def test_a_request_for_information_asks_how(wish: RegisterWish, text: str) -> None:
    ranked = wish.rerank(lemmas(text), text, ranking("rna_apply", "rna_register_how", "rna_status"))
    assert [r["name"] for r in ranked] == ["rna_register_how", "rna_apply", "rna_status"]
    assert ranked[0]["confidence"] == 0.6


# A "demande" of registering, or information asked without "demande", is left to the classifier.
@pytest.mark.parametrize(
    "text",
    [
        "je veux déposer ma demande d'inscription maintenant",
        "ma demande d'inscription, je la fais ici ?",
        "des informations, puis je m'inscris",
    ],
)
def test_a_request_to_register_is_left_alone(wish: RegisterWish, text: str) -> None:
    ranked = wish.rerank(lemmas(text), text, ranking("rna_apply", "rna_register_how", "rna_status"))
    assert [r["name"] for r in ranked] == ["rna_apply", "rna_register_how", "rna_status"]


# A few words asking whether one may, without a diploma or of a relative who left a training school: whether one may
# register (the classifier with this rule is checked on the same sentences in test_intent_families_eligibility_short).
MAY_I_WITHOUT_A_DIPLOMA = [
    "bla chahada n9der?",
    "بلا شهادة نقدر؟",
    "ma3ndich diplome, wach n9der?",
    "pas de diplome, je peux quand meme ?",
    "بنتي قرات فالتكوين المهني فالخياطة، واش تقدر تتسجل؟",
    "khoya khrej mn ma3had dyal nnjara wach y9der ydkhol l sijil",
]


# When the classifier put it just behind training.
@pytest.mark.parametrize("text", MAY_I_WITHOUT_A_DIPLOMA)
def test_may_i_without_a_diploma_is_eligibility_not_training(wish: RegisterWish, text: str) -> None:
    ranked = wish.rerank(lemmas(text), text, ranking("training", "rna_eligibility", "rna_apply"))
    assert [r["name"] for r in ranked] == ["rna_eligibility", "training", "rna_apply"]
    assert ranked[0]["confidence"] == 0.6


# Learning a trade, getting the diploma, or registering for a course: training stays first.
@pytest.mark.parametrize(
    "text",
    [
        "wach n9der nt3llem bla diplome?",
        "بلا ديبلوم نقدر نتعلم الخياطة؟",
        "je peux m'inscrire a une formation de couture ?",
        "sans diplome je peux faire une formation ?",
        "wach n9der ntsjel f takwin dyal zlij",
        "je peux avoir un diplome sans formation ?",
        "ممكن ناخد ديبلوم بلا ما نقرا؟",
    ],
)
def test_learning_without_a_diploma_stays_training(wish: RegisterWish, text: str) -> None:
    ranked = wish.rerank(lemmas(text), text, ranking("training", "rna_eligibility", "rna_apply"))
    assert [r["name"] for r in ranked] == ["training", "rna_eligibility", "rna_apply"]


@pytest.mark.parametrize(
    "text",
    [
        "je peux m'inscrire ici directement ?",
        "wach n9der ntsjel hna f had chat?",
        "واش نقدر نتسجل معاك دابا؟",
        "هل يمكنني التسجيل هنا عبر المحادثة؟",
    ],
)
def test_asking_to_register_here_is_the_request(wish: RegisterWish, text: str) -> None:
    ranked = wish.rerank(lemmas(text), text, ranking("rna_eligibility", "rna_apply", "training"))
    assert [r["name"] for r in ranked] == ["rna_apply", "rna_eligibility", "training"]


@pytest.mark.parametrize(
    "text",
    [
        # Now, after a story about oneself, asks whether one qualifies yet.
        "je finis ma formation en juin, je peux m'inscrire maintenant ?",
        "khdamt 2 snin f nnjara, wach n9der ntsjel daba?",
        "أنا متدرب عند معلم منذ سنة، هل يمكنني التسجيل الآن؟",
        "je peux m'inscrire sans diplome ? ici a Safi tout le monde dit non",
        "je peux m'inscrire avec mon diplome de l'OFPPT ?",
    ],
)
def test_now_or_a_place_far_from_the_register_word_is_left_alone(wish: RegisterWish, text: str) -> None:
    ranked = ranking("rna_eligibility", "rna_apply")
    assert wish.rerank(lemmas(text), text, ranked) == ranked


@pytest.mark.parametrize(
    "text",
    [
        "اشتغلت مع معلم في الزليج لمدة اثنتي عشرة سنة، والآن أريد أن أسجل نفسي كمعلم",
        "عملت عشر سنوات مع معلم في النقش على الجبس وأرغب في التسجيل",
        "khdemt m3a lm3allem 15 3am f zlij, daba bghit nsjel rasi",
        "j'ai suivi un apprentissage chez un maître pendant 12 ans, je veux maintenant m'inscrire",
    ],
)
def test_a_wish_after_a_story_of_learning_is_the_request(wish: RegisterWish, text: str) -> None:
    ranked = wish.rerank(lemmas(text), text, ranking("training", "rna_eligibility", "rna_apply"))
    assert [r["name"] for r in ranked] == ["rna_apply", "training", "rna_eligibility"]


@pytest.mark.parametrize(
    "text",
    [
        "bghit ntsjel f takwin dyal lkhiyata",
        "je veux m'inscrire à une formation en poterie",
        "أريد التسجيل في دورة تكوينية في الخياطة",
        "bghit nsjel rasi ka m3allem, kifach ndir?",
    ],
)
def test_registering_for_a_training_or_a_question_stays(wish: RegisterWish, text: str) -> None:
    ranked = ranking("training", "rna_eligibility", "rna_apply")
    assert wish.rerank(lemmas(text), text, ranked) == ranked


@pytest.mark.parametrize(
    "text",
    [
        "ما عرفتش واش أنا فالسي بي يو ولا لا، ولكن بغيت نتسجل دابا، خدام فالجلد من 2016",
        "ma3reftch wach ana auto wla la, walakin bghit ntsjel daba, khdam f zlij 10 snin",
    ],
)
def test_a_doubt_told_before_a_wish_asks_nothing(wish: RegisterWish, text: str) -> None:
    ranked = wish.rerank(lemmas(text), text, ranking("rna_eligibility", "rna_apply", "training"))
    assert ranked[0]["name"] == "rna_apply"


def test_whether_asked_after_a_wish_still_asks(wish: RegisterWish) -> None:
    text = "بغيت نتسجل، واش خاصني نكون فالسي بي يو"
    three = ranking("rna_eligibility", "rna_apply", "training")
    assert wish.rerank(lemmas(text), text, three) == three


@pytest.mark.parametrize(
    "text",
    ["allez on fait l'inscription, je suis maalem en sellerie a meknes", "allons faire l'inscription, 9 ans de métier"],
)
def test_the_elided_article_is_no_word_between_the_wish_and_the_register(wish: RegisterWish, text: str) -> None:
    ranked = wish.rerank(lemmas(text), text, ranking("rna_eligibility", "rna_apply", "training"))
    assert ranked[0]["name"] == "rna_apply"


@pytest.mark.parametrize(
    "text",
    [
        "ابدا معايا التسجيل، أنا خراز فتارودانت عندي 15 عام فالحرفة",
        "يالاه بدا معايا التسجيل، عندي ديبلوم ديال الطرز",
        "ebda m3aya tasjil, ana zellij f fes 10 snin",
    ],
)
def test_start_it_with_me_is_the_request(wish: RegisterWish, text: str) -> None:
    ranked = wish.rerank(lemmas(text), text, ranking("rna_eligibility", "rna_apply", "training"))
    assert ranked[0]["name"] == "rna_apply"


def test_he_started_registering_is_no_request(wish: RegisterWish) -> None:
    # "بدا" without "with me" is "he started".
    text = "خويا بدا التسجيل العام اللي فات، عندو 15 عام فالحرفة"
    three = ranking("rna_eligibility", "rna_apply", "training")
    assert wish.rerank(lemmas(text), text, three) == three


@pytest.mark.parametrize(
    "text",
    ["go pour l'inscription, jai mon diplome de couture", "vasy ntsjel, ana khayata 6 snin"],
)
def test_go_on_with_registering_is_the_request(wish: RegisterWish, text: str) -> None:
    ranked = wish.rerank(lemmas(text), text, ranking("rna_eligibility", "rna_register_how", "rna_apply"))
    assert ranked[0]["name"] == "rna_apply"


@pytest.mark.parametrize(
    "text",
    [
        "fais moi l'inscription au registre stp, je fais des babouches a Fes depuis 2 ans",
        "faites-moi mon inscription, je suis potier a Safi",
    ],
)
def test_do_my_registration_is_the_request_even_behind_how(wish: RegisterWish, text: str) -> None:
    ranked = wish.rerank(lemmas(text), text, ranking("rna_register_how", "rna_eligibility", "rna_apply"))
    assert ranked[0]["name"] == "rna_apply"


def test_a_register_me_quoted_then_how_asked_stays_how(wish: RegisterWish) -> None:
    text = "j'ai vu une affiche « Inscrivez-vous au Registre National de l'Artisanat » comment on fait"
    three = ranking("rna_register_how", "rna_eligibility", "rna_apply")
    assert wish.rerank(lemmas(text), text, three) == three


@pytest.mark.parametrize(
    "text",
    [
        # Register for me, asked of the assistant.
        "عافاك سجل ليا عمي فالسجل الوطني، نجار خدام من 2010 بلا ديبلوم",
        "sjel lia khti f sijil, katkhayet mn 2015",
        # A "ما" before Darija's present negates: no question.
        "يالاه نديرو التسجيل، أنا صانعة ديال الزرابي من عام 2000 ما كنخلص حتى درهم للضرائب",
        "بغيت نتسجل، نجار من 2012 ما كيعرفني حتى واحد فالضرائب",
        # The wish in SMS, told as done, another's wish filled in for them, the file started.
        "jveux m inscrire, chauffagiste a laayoune, diplome de formation pro, je paie rien a l impot",
        "Bon je me lance, je m'inscris. Je tresse le doum depuis l'âge de 10 ans, pas de diplôme.",
        "pour mon oncle : il veut s'inscrire au rna maintenant, il répare les moteurs depuis 25 ans. je remplis pour lui",
        "commence mon dossier stp, maalem dinandier a marrakech avec certificat",
        "commencer inscription rna, brodeuse depuis 2010",
    ],
)
def test_a_request_said_in_other_words_is_the_request(wish: RegisterWish, text: str) -> None:
    ranked = wish.rerank(lemmas(text), text, ranking("rna_eligibility", "rna_apply", "training"))
    assert ranked[0]["name"] == "rna_apply"


@pytest.mark.parametrize(
    "text",
    [
        "Lancez mon dossier RNA s'il vous plait, je suis AE et je fais des objets en cuivre depuis dix ans.",
        "commence mon dossier stp, maalem dinandier a marrakech avec certificat",
        "démarrez mon inscription svp, je suis tisserande à Azilal",
    ],
)
def test_starting_the_file_is_the_request_not_its_state(wish: RegisterWish, text: str) -> None:
    # The file named pulls to its state; told to start it, the assistant is asked to register.
    ranked = wish.rerank(lemmas(text), text, ranking("rna_status", "rna_apply", "rna_eligibility"))
    assert ranked[0]["name"] == "rna_apply"


@pytest.mark.parametrize("first", ["rna_eligibility", "rna_apply"])
def test_may_i_start_my_file_is_the_request(wish: RegisterWish, first: str) -> None:
    text = "On peut commencer mon inscription tout de suite ? Je tisse des tapis à Midelt depuis 15 ans, sans diplôme."
    second = "rna_apply" if first == "rna_eligibility" else "rna_eligibility"
    ranked = wish.rerank(lemmas(text), text, ranking(first, second, "rna_register_how"))
    assert ranked[0]["name"] == "rna_apply"


def test_starting_the_registration_asked_of_no_one_how_is_the_request(wish: RegisterWish) -> None:
    text = "safi, on commence l'inscription rna svp"
    ranked = wish.rerank(lemmas(text), text, ranking("rna_register_how", "rna_apply", "stop"))
    assert ranked[0]["name"] == "rna_apply"


def test_a_letter_asking_to_be_registered_is_the_request(wish: RegisterWish) -> None:
    text = (
        "Je soussigné, maître artisan ferronnier, domicilié à Oujda, demande à être inscrit au registre national. "
        "Je suis auto-entrepreneur."
    )
    ranked = wish.rerank(lemmas(text), text, ranking("rna_eligibility", "rna_apply", "rna_documents"))
    assert ranked[0]["name"] == "rna_apply"


def test_the_file_started_long_ago_is_its_state(wish: RegisterWish) -> None:
    text = "mon dossier a commencé il y a un mois, où en est-il"
    ranked = wish.rerank(lemmas(text), text, ranking("rna_status", "rna_apply", "rna_eligibility"))
    assert ranked[0]["name"] == "rna_status"


@pytest.mark.parametrize(
    "text",
    [
        # "السجل ليا" is "the register, for me": the noun, not the imperative.
        "واش السجل فيه شي فايدة ليا؟ خدام فالنجارة من 2010",
        # What one registers for is a training; a file started elsewhere is no request here.
        "il veut s'inscrire a une formation de couture, il a 16 ans",
        "j'ai commencé mon activité en 2019 sans diplôme",
    ],
)
def test_no_request_is_left_alone(wish: RegisterWish, text: str) -> None:
    three = ranking("rna_eligibility", "rna_apply", "training")
    assert wish.rerank(lemmas(text), text, three) == three


def test_a_wish_to_register_led_by_the_papers_one_holds_is_the_request(wish: RegisterWish) -> None:
    text = "ابدا ليا التسجيل فالسجل الوطني، تعاونية ديال الزرابي فسيدي بنور وانا العضوة المكلفة بالوراق"
    ranked = wish.rerank(lemmas(text), text, ranking("rna_documents", "rna_apply", "rna_eligibility"))
    assert ranked[0]["name"] == "rna_apply"


def test_asking_the_papers_after_a_wish_stays_the_papers(wish: RegisterWish) -> None:
    text = "bghit ntsjel, chno lwra9 li khasni?"
    start = ranking("rna_documents", "rna_apply", "rna_eligibility")
    assert wish.rerank(lemmas(text), text, start) == start


@pytest.mark.parametrize(
    ("text", "first"),
    [
        # "Register for me", told with the company's papers: the request, not the papers.
        ("سجل ليا الشركة ديالي: SARL ديال النحاس ففاس، كنديرو الحسابات عند المحاسب", "rna_documents"),
        # MSA's plural "start", said to the assistant for a relative.
        ("من فضلكم ابدؤوا طلب التسجيل لأختي، فهي حاصلة على دبلوم في الخياطة وتسكن بمكناس", "rna_eligibility"),
    ],
)
def test_register_it_for_me_is_the_request(wish: RegisterWish, text: str, first: str) -> None:
    ranked = wish.rerank(lemmas(text), text, ranking(first, "rna_apply", "training"))
    assert ranked[0]["name"] == "rna_apply"


def test_register_for_me_asking_the_papers_stays_the_papers(wish: RegisterWish) -> None:
    text = "شنو خاصني نجيب باش تسجل ليا الشركة ديالي؟"
    start = ranking("rna_documents", "rna_apply", "rna_eligibility")
    assert wish.rerank(lemmas(text), text, start) == start


@pytest.mark.parametrize(
    "text",
    [
        # A letter's infinitive of asking; Darija's "do for me" with the request named; another's wish and her bare
        # present of registering; French's "I register", told with no question.
        "Monsieur, j'ai l'honneur de solliciter mon inscription au registre. Je suis potier à Safi depuis 1998.",
        "dir liya demande rna, ana m3allem f nnekch w 3ndi chahada",
        "ديرو ليا التسجيل الله يخليكم، خدام فالدباغة من 2010",
        "جارتي كتقول ليك بغات تسجل دابا، هي نساجة عشر سنين وما عندهاش ديبلوم",
        "ok je suis convaincue, je m'enregistre. couturière depuis 8 ans, pas de diplôme",
    ],
)
def test_more_ways_of_asking_to_be_registered_are_the_request(wish: RegisterWish, text: str) -> None:
    ranked = wish.rerank(lemmas(text), text, ranking("rna_eligibility", "rna_apply", "training"))
    assert ranked[0]["name"] == "rna_apply"


def test_go_opening_the_message_is_the_request_wherever_the_story_pulled() -> None:
    text = "go pour l'inscription. je fais du cuir depuis 2025, pas de diplome, pas de patente non plus"
    ranked = RegisterWish().rerank(lemmas(text), text, ranking("rna_eligibility", "deny", "rna_documents"))
    assert ranked[0]["name"] == "rna_apply"


def test_go_in_a_question_is_left_alone(wish: RegisterWish) -> None:
    text = "go pour l'inscription, c'est quoi les papiers ?"
    ranked = ranking("rna_documents", "deny", "rna_eligibility")
    assert wish.rerank(lemmas(text), text, ranked) == ranked


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("لنبدأ التسجيل حالا. المهنة: نجار. المدينة: آسفي. الخبرة: ست سنوات دون شهادة.", ("rna_eligibility", "rna_documents", "training")),
        ("حل ليا الاستمارة نعمرها، كنخدم الجلد من 2012 وما عنديش ديبلوم", ("rna_eligibility", "rna_documents", "rna_status")),
        ("start registration please, 3ndi 30 3am w kanterrez mn 3ndi 15", ("rna_eligibility", "greet", "training")),
        ("I want to apply now. أنا خياطة منذ 9 سنوات بلا شهادة.", ("rna_eligibility", "training", "rna_documents")),
        ("سجل لي في السجل عافاك، حرفتي النجارة", ("rna_eligibility", "craft_lookup", "rna_documents")),
    ],
)
def test_the_request_started_filled_or_asked_is_the_request_wherever_it_stood(text: str, lead: tuple) -> None:
    ranked = RegisterWish().rerank(lemmas(text), text, ranking(*lead))
    assert ranked[0]["name"] == "rna_apply"


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        # How to fill it is asked; "register me" in the AMO is the enrolment's; solving a problem is no form.
        ("kifach n3mer lforma dyal ttasjil?", ("rna_register_how", "rna_eligibility", "rna_apply")),
        ("سجلني فلامو عافاك، ما كنخلص حتى ضريبة", ("amo_enroll", "amo_cost", "rna_apply")),
        ("حل ليا المشكل ديال السيت، ما بغاش يدخلني", ("rna_status", "rna_register_how", "rna_apply")),
    ],
)
def test_how_the_amo_or_another_errand_is_left_alone(text: str, lead: tuple) -> None:
    ranked = ranking(*lead)
    assert RegisterWish().rerank(lemmas(text), text, ranked)[0]["name"] == lead[0]
