"""Every phrase the assistant says, by response name, in its English source form.

The English text is the gettext message id: `pybabel extract` collects it into
locales/messages.pot and users only ever see its translation (ar, ary, fr). Named
placeholders (``{reference}``) are filled by the NLG from slots and action values.
"""

from __future__ import annotations

from dataclasses import dataclass


def N_(message: str) -> str:
    """Mark ``message`` for extraction into the catalogs; translated when rendered."""
    return message


@dataclass(frozen=True)
class Button:
    """A button under a reply; ``translate`` is False for titles that are already final."""

    title: str
    payload: str
    translate: bool = True


@dataclass(frozen=True)
class Reply:
    """A response: its text and the buttons that offer the next step.

    ``choices_from`` names a value holding intent names: each becomes a button (titled
    from INTENT_TITLES) placed before the fixed ones.
    """

    text: str
    buttons: tuple[Button, ...] = ()
    choices_from: str | None = None


MAIN_MENU = Button(N_("Main menu"), "/ask_help")
PERSON = Button(N_("Talk to a person"), "/human_handoff")
OFFICE = Button(N_("Nearest office"), "/find_office")
TOPICS = (
    Button(N_("Register as an artisan"), "/rna_register_how"),
    Button(N_("Health coverage (AMO)"), "/amo_info"),
    Button(N_("Financing"), "/financing"),
    Button(N_("Training"), "/training"),
    Button(N_("Selling my products"), "/marketing"),
    OFFICE,
    PERSON,
)
LANGUAGES = (
    Button("العربية", '/choose_language{"language": "ar"}', translate=False),
    Button("الدارجة", '/choose_language{"language": "ary"}', translate=False),
    Button("Français", '/choose_language{"language": "fr"}', translate=False),
)

# Button titles for offering an intent ("did you mean…?").
INTENT_TITLES: dict[str, str] = {
    "rna_register_how": N_("How to register"),
    "rna_eligibility": N_("Who can register"),
    "rna_documents": N_("Documents to prepare"),
    "rna_apply": N_("Register now"),
    "rna_status": N_("Where my file stands"),
    "artisan_card": N_("The artisan card"),
    "craft_lookup": N_("Is my trade covered?"),
    "find_office": N_("Nearest office"),
    "amo_info": N_("Health coverage (AMO)"),
    "amo_cost": N_("What AMO costs"),
    "amo_enroll": N_("Joining AMO"),
    "pension_info": N_("Retirement pension"),
    "financing": N_("Financing"),
    "training": N_("Training"),
    "marketing": N_("Selling my products"),
    "human_handoff": N_("Talk to a person"),
    "forget_me": N_("Delete my data"),
    "ask_help": N_("Main menu"),
    "choose_language": N_("Change language"),
}

RESPONSES: dict[str, Reply] = {
    "utter_greet": Reply(
        N_(
            "Hello! I am Hirfa, an assistant for artisans. I explain how to register in the "
            "National Register of Handicrafts and what it opens for you: health coverage, the "
            "artisan card, financing, training and selling. What would you like to know?"
        ),
        TOPICS,
    ),
    "utter_goodbye": Reply(
        N_("Goodbye, and good luck with your work! Write to me whenever you need."),
        (MAIN_MENU,),
    ),
    "utter_thank": Reply(
        N_("You are welcome! Can I help you with anything else?"),
        (MAIN_MENU, PERSON),
    ),
    "utter_iamabot": Reply(
        N_(
            "I am an automatic assistant, not a person. I can make mistakes, and the people at "
            "the help desk can check what I say."
        ),
        (PERSON, MAIN_MENU),
    ),
    "utter_menu": Reply(N_("Here is what I can help you with. Choose a topic:"), TOPICS),
    "utter_anything_else": Reply(N_("All right. What would you like to do now?"), TOPICS),
    "utter_ask_language": Reply(N_("In which language do you want me to answer?"), LANGUAGES),
    # Each catalog names its own language here: the sentence is the confirmation.
    "utter_language_changed": Reply(N_("All right, from now on I will answer in English."), (MAIN_MENU,)),
    "utter_out_of_scope": Reply(
        N_(
            "Sorry, I can only help with handicraft matters: registering as an artisan, health "
            "coverage, the artisan card, financing, training and selling. Choose a topic:"
        ),
        TOPICS,
    ),
    "utter_did_not_understand": Reply(
        N_("Sorry, I did not understand. Could you say it in other words, or choose a topic?"),
        TOPICS,
    ),
    "utter_did_you_mean": Reply(
        N_("I am not sure I understood. Did you mean:"),
        (PERSON,),
        choices_from="suggestions",
    ),
    "utter_offer_person": Reply(
        N_(
            "Sorry, I still do not understand. A person from the help desk can help you, or you can "
            "choose a topic from the menu."
        ),
        (PERSON, MAIN_MENU),
    ),
    "utter_empty_message": Reply(
        N_("Your message arrived empty. Write your question, or choose a topic:"), TOPICS
    ),
    "utter_no_words": Reply(
        N_("For now I can only read words, not emoji or pictures. Write your question, or choose a topic:"),
        TOPICS,
    ),
    "utter_unknown_command": Reply(
        N_("I do not know this command. Here is what I can help you with:"), TOPICS
    ),
    "utter_long_message": Reply(
        N_(
            "Your message is very long. I understand short questions best, one at a time: "
            "could you write the main question in a few words?"
        ),
        TOPICS,
    ),
    "utter_topic_registration": Reply(
        N_(
            "You register in the National Register of Handicrafts (RNA) online at rna.gov.ma, "
            "or on site during the campaigns of your regional chamber of crafts and the "
            "provincial directorate of handicrafts. Prepare a copy of your national ID card "
            "(CIN) and a copy of your diploma or of your certificate of practice; the chamber "
            "confirms the full list. I cannot yet take your request step by step in this chat."
        ),
        (OFFICE, PERSON, MAIN_MENU),
    ),
    "utter_topic_status": Reply(
        N_(
            "I cannot see registration files yet. To know where your file stands, log in at "
            "rna.gov.ma or ask the chamber of crafts where you applied."
        ),
        (OFFICE, PERSON, MAIN_MENU),
    ),
    "utter_topic_health": Reply(
        N_(
            "Artisans registered in the RNA can get AMO health insurance through CNSS. For "
            "artisans who pay no tax the contribution was 135 DH per month, family included "
            "(the 2021 amount: check today's amount with CNSS). To enrol, declare your family "
            "and pay: www.macnss.ma, a CNSS agency, or the CNSS line 3939."
        ),
        (Button(N_("Register as an artisan"), "/rna_register_how"), PERSON, MAIN_MENU),
    ),
    "utter_topic_support": Reply(
        N_(
            "Registered artisans can reach support: adapted bank offers (Crédit Agricole du "
            "Maroc, Al Barid Bank), microcredit, training and apprenticeship, fairs and online "
            "shops with the Maison de l'Artisan. Your regional chamber of crafts can tell you "
            "which programmes are open now."
        ),
        (OFFICE, PERSON, MAIN_MENU),
    ),
    "utter_topic_office": Reply(
        N_(
            "Each of the 12 regions has a chamber of crafts, usually in the regional capital, "
            "and the provincial directorates of handicrafts also register artisans. I do not "
            "have their addresses yet: ask at the directorate of handicrafts of your province."
        ),
        (PERSON, MAIN_MENU),
    ),
    "utter_topic_person": Reply(
        N_(
            "I cannot pass you to a person from this chat yet. Your regional chamber of crafts "
            "can answer you in person."
        ),
        (OFFICE, MAIN_MENU),
    ),
    "utter_topic_privacy": Reply(
        N_(
            "I cannot delete your data from this chat yet. This conversation is kept only to "
            "answer you; do not send me your ID card number or your phone number for now."
        ),
        (PERSON, MAIN_MENU),
    ),
}

# Said by a channel itself, when the assistant cannot be asked (Rasa unreachable, a group chat).
CHANNEL_REPLIES: dict[str, Reply] = {
    "assistant_unavailable": Reply(
        N_("Sorry, I cannot answer right now. Please write to me again in a few minutes."),
        (MAIN_MENU,),
    ),
    "write_privately": Reply(
        N_("Hello! To protect your personal data, please write to me in a private chat."),
    ),
}
