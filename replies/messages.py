"""Every phrase the assistant says, by response name, in its English source form.

The English text is the gettext message id: `pybabel extract` collects it into
locales/messages.pot and users only ever see its translation (ar, ary, fr). Named
placeholders (``{reference}``) are filled by the NLG from slots and action values.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field


def N_(message: str) -> str:
    """Mark ``message`` for extraction into the catalogs; translated when rendered."""
    return message


@dataclass(frozen=True)
class Button:
    """A button under a reply; ``translate`` is False for titles that are already final."""

    title: str
    payload: str
    translate: bool = True
    # The payload names values to fill in ('/remind_me{{"step": "{step}"}}'), as the title's text does.
    fill: bool = False


@dataclass(frozen=True)
class Reply:
    """A response: its text and the buttons that offer the next step.

    ``choices_from`` names a value holding intent names or content topics: each becomes a
    button (titled from INTENT_TITLES or TOPIC_BUTTONS) placed before the fixed ones.
    """

    text: str
    buttons: tuple[Button, ...] = ()
    choices_from: str | None = None
    # Values that are themselves text to render (ministry content), not inserted data to isolate.
    nested: tuple[str, ...] = ()
    # Values that are codes, shown by their translated title: {"case": {"diploma": N_("…")}}.
    labels: Mapping[str, Mapping[str, str]] = field(default_factory=dict)


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
    "rna_apply": N_("Ask for help to register"),
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

# Both start a request for help, which is not the registration itself: named for what they do.
START_REQUEST = Button(N_("Ask for help to register"), "/rna_apply")
LOOKUP_REQUEST = Button(N_("Look up my help request"), '/rna_status{"lookup": "help_request"}')
STOP = Button(N_("Stop"), "/stop")
# The ministry's news (actions/news.py): offered where a conversation ends, stopped from any announcement.
NEWS = Button(N_("Send me news"), "/subscribe_news")
STOP_NEWS = Button(N_("Stop news"), "/stop_news")
YES_NO = (Button(N_("Yes"), "/affirm"), Button(N_("No"), "/deny"))
# Reminders along the path (outreach/): offered under an answer about a step, listed by /reminders.
REMIND_ME = Button(N_("Remind me about the next step"), '/remind_me{{"step": "{remind_step}"}}', fill=True)
MY_REMINDERS = Button(N_("My reminders"), "/list_reminders")
STOP_REMINDERS = Button(N_("Stop reminders"), "/stop_reminders")
# What a reminder is about (hirfa.artisan_path.STEPS), as said inside a sentence.
STEP_TITLES = {
    "card": N_("the professional artisan card"),
    "amo": N_("joining AMO health coverage"),
    "grow": N_("financing, training and selling your products"),
}


# The five kinds of registrant (shared/DOMAIN.md §1), as the user picks them.
CATEGORY_TITLES = {
    "diploma": N_("I have a diploma in my craft"),
    "practice": N_("3 years of practice or more"),
    "maalem": N_("Maâlem, 10 years or more"),
    "cooperative": N_("A cooperative"),
    "enterprise": N_("An enterprise"),
}


# A helper's tie to the person they register (nlu/on_behalf.py, registry HELPER_RELATIONSHIPS).
RELATIONSHIP_TITLES = {
    "parent": N_("My mother or father"),
    "child": N_("My son or daughter"),
    "sibling": N_("My brother or sister"),
    "spouse": N_("My wife or husband"),
    "relative": N_("Another relative"),
    "cooperative_member": N_("A member of our cooperative"),
    "adviser": N_("I am an adviser at the chamber"),
    "other": N_("Someone else"),
}
FOR_SOMEONE_ELSE = Button(N_("I am registering someone else"), '/rna_apply{"on_behalf_of": "someone"}')
YES_THEY_AGREE = (Button(N_("Yes, the person agrees"), "/affirm"), Button(N_("No"), "/deny"))


def _categories(intent: str) -> tuple[Button, ...]:
    """The kinds of registrant as buttons for ``intent``."""
    return tuple(Button(title, f'/{intent}{{"category": "{value}"}}') for value, title in CATEGORY_TITLES.items())


# Buttons that open a related content topic: topic → (title, the intent that answers it).
TOPIC_BUTTONS: dict[str, tuple[str, str]] = {
    "amo.covers": (N_("What AMO covers"), "amo_info"),
    "amo.family": (N_("My family"), "amo_info"),
    "amo.waiting": (N_("When coverage starts"), "amo_info"),
    "financing.programmes": (N_("Forsa and Intelaka"), "financing"),
    "financing.banks": (N_("Bank offers"), "financing"),
    "financing.microcredit": (N_("Microcredit"), "financing"),
    "women.dar_sanaa": (N_("Women artisans: Dar Sanâa"), "financing"),
    "training.experience": (N_("A diploma from experience"), "training"),
    "selling.label": (N_("Quality labels"), "marketing"),
    "selling.fairs": (N_("Fairs"), "marketing"),
}
CONTENT_NEXT = (START_REQUEST, Button(N_("Enrol in AMO"), "/amo_enroll"), OFFICE, PERSON)

RESPONSES: dict[str, Reply] = {
    # One message: the ministry's text, then when it was checked against its source and which
    # official source that is (in the reply language). Rasa's REST channel cuts a text without
    # buttons at its blank lines: these replies always carry buttons, so they stay one message.
    "utter_content": Reply(
        N_("{content}\n\nInformation checked on {verified_date}: it may have changed since. Source: {source}"),
        CONTENT_NEXT,
        choices_from="more",
        nested=("content",),
    ),
    # A version saved before sources had languages has none to show.
    "utter_content_unsourced": Reply(
        N_("{content}\n\nInformation checked on {verified_date}: it may have changed since."),
        CONTENT_NEXT,
        choices_from="more",
        nested=("content",),
    ),
    "utter_content_unknown": Reply(
        N_(
            "I do not have a checked answer to this question yet. I have noted it for the team that keeps my "
            "answers up to date. A person from the help desk can answer you."
        ),
        (PERSON, MAIN_MENU),
    ),
    "utter_ask_tax_situation": Reply(
        N_("The AMO amount depends on your tax situation. Which one is yours?"),
        (
            Button(N_("I pay no tax"), '/amo_cost{"tax_situation": "none"}'),
            Button(N_("Simplified regime (CPU)"), '/amo_cost{"tax_situation": "cpu"}'),
            Button(N_("I keep accounts"), '/amo_cost{"tax_situation": "accounts"}'),
            Button(N_("Auto-entrepreneur"), '/amo_cost{"tax_situation": "auto_entrepreneur"}'),
        ),
    ),
    "utter_ask_business_stage": Reply(
        N_("To suggest the right financing: where are you with your work?"),
        (
            Button(N_("I am starting"), '/financing{"business_stage": "start"}'),
            Button(N_("I want to grow my workshop"), '/financing{"business_stage": "grow"}'),
            Button(N_("I work in a rural area"), '/financing{"business_stage": "rural"}'),
        ),
    ),
    # A typed answer to one of the two questions above that says nothing readable: asked once more, kindly.
    "utter_invalid_tax_situation": Reply(
        N_(
            "I did not understand your tax situation. Press the button that fits you, or write it in other words, "
            "for example: \"I pay no tax\"."
        )
    ),
    "utter_invalid_business_stage": Reply(
        N_(
            "I did not understand where you are with your work. Press the button that fits you, or write it in "
            "other words, for example: \"I am just starting\"."
        )
    ),
    "utter_handoff_recorded": Reply(
        N_(
            "I have passed your request to the help desk with our conversation. A person will read it and "
            "answer you here; I cannot tell you yet how long it will take. Meanwhile you can keep asking me."
        ),
        (MAIN_MENU,),
    ),
    # The same, when nobody is at the help desk now: say when someone will be.
    "utter_handoff_recorded_closed": Reply(
        N_(
            "I have passed your request to the help desk with our conversation. The help desk is closed now: a "
            "person will read it from {opens_time} on {opens_date} and answer you here. Meanwhile you can keep "
            "asking me."
        ),
        (MAIN_MENU,),
    ),
    "utter_ask_forget_confirm": Reply(
        N_(
            "Do you want me to delete your data: your requests for help to register, your requests to the "
            "help desk, and our whole conversation? This cannot be undone."
        ),
        (Button(N_("Yes, delete everything"), "/affirm"), Button(N_("No, keep it"), "/deny")),
    ),
    "utter_forgotten": Reply(
        N_(
            "Done. I deleted {requests} request(s) for help to register, {handoffs} help-desk request(s), "
            "{questions} noted question(s), and I am deleting our conversation now. If you write again, we "
            "start afresh."
        ),
    ),
    "utter_forget_cancelled": Reply(N_("All right, I deleted nothing."), (MAIN_MENU,)),
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
        (MAIN_MENU, NEWS),
    ),
    "utter_thank": Reply(
        N_("You are welcome! Can I help you with anything else?"),
        (MAIN_MENU, PERSON, NEWS),
    ),
    "utter_news_subscribed": Reply(
        N_(
            "Done: I will send you here the ministry's news for artisans, such as a new programme. I keep your "
            "language, and your region and craft if you told me, so that you get the news that concern you. "
            "Every message has a button to stop them."
        ),
        (MAIN_MENU,),
    ),
    "utter_news_stopped": Reply(
        N_("All right, I will not send you news any more. You can still write to me whenever you need."),
        (MAIN_MENU,),
    ),
    "utter_news_telegram_only": Reply(
        N_("I can only send news in a Telegram chat. Write to me on Telegram and ask for them there."),
        (MAIN_MENU,),
    ),
    "utter_iamabot": Reply(
        N_(
            "I am an automatic assistant, not a person. I can make mistakes, and the people at "
            "the help desk can check what I say."
        ),
        (PERSON, MAIN_MENU),
    ),
    # In the middle of a form: the same words, without the menu (the form's question follows).
    "utter_iamabot_in_form": Reply(
        N_(
            "I am an automatic assistant, not a person. I can make mistakes, and the people at "
            "the help desk can check what I say."
        ),
        (PERSON,),
    ),
    "utter_menu": Reply(N_("Here is what I can help you with. Choose a topic:"), TOPICS),
    "utter_anything_else": Reply(N_("All right. What would you like to do now?"), TOPICS),
    "utter_ask_language": Reply(N_("In which language do you want me to answer?"), LANGUAGES),
    # Each catalog names its own language here: the sentence is the confirmation.
    "utter_language_changed": Reply(N_("All right, from now on I will answer in English."), TOPICS),
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
    "utter_register_how": Reply(
        N_(
            "You can register in the National Register of Handicrafts (RNA) in two ways: online at "
            "rna.gov.ma, or on site during the campaigns of your regional chamber of crafts with the "
            "provincial directorate of handicrafts. Registration gives you an artisan identity number and "
            "opens access to AMO health insurance, the pension scheme and state support. I can prepare a "
            "request for help with you here and tell you where to go."
        ),
        (
            START_REQUEST,
            Button(N_("Who can register"), "/rna_eligibility"),
            Button(N_("Documents to prepare"), "/rna_documents"),
            OFFICE,
        ),
    ),
    "utter_ask_category_eligibility": Reply(
        N_("To tell you whether you can register: which case is yours?"),
        (
            *_categories("rna_eligibility"),
            Button(N_("None of these"), '/rna_eligibility{"category": "none"}'),
        ),
    ),
    "utter_eligibility_diploma": Reply(
        N_(
            "Yes, you can register: an artisan holding a diploma in a handicraft activity, from a public or "
            "authorised private training body, may register in the RNA."
        ),
        (START_REQUEST, Button(N_("Documents to prepare"), '/rna_documents{"category": "diploma"}')),
    ),
    "utter_eligibility_practice": Reply(
        N_(
            "Yes, you can register: an artisan with at least 3 years of actual practice may register in the "
            "RNA, with a certificate of practice (attestation d'exercice). Your chamber of crafts tells you "
            "how to get it."
        ),
        (START_REQUEST, OFFICE),
    ),
    "utter_eligibility_maalem": Reply(
        N_(
            "Yes, you can register: a master artisan (maâlem) with at least 10 years of practice may register "
            "in the RNA, with a certificate recognising professional experience."
        ),
        (START_REQUEST, OFFICE),
    ),
    "utter_eligibility_cooperative": Reply(
        N_("Yes: a handicraft cooperative may register in the RNA."),
        (START_REQUEST, Button(N_("Documents to prepare"), '/rna_documents{"category": "cooperative"}')),
    ),
    "utter_eligibility_enterprise": Reply(
        N_(
            "Yes: a handicraft enterprise may register in the RNA if its production is supervised by an "
            "artisan who is registered in the RNA."
        ),
        (START_REQUEST, Button(N_("Documents to prepare"), '/rna_documents{"category": "enterprise"}')),
    ),
    "utter_eligibility_none": Reply(
        N_(
            "The law names who may register in the RNA: an artisan with a diploma in a handicraft activity; "
            "an artisan with at least 3 years of actual practice (with a certificate of practice); a master "
            "artisan (maâlem) with at least 10 years of practice; a handicraft cooperative; a handicraft "
            "enterprise whose production is supervised by a registered artisan. For any other case, your "
            "chamber of crafts confirms what you can do. Without a diploma, you can also get one through the "
            "validation of professional experience: a short training and a test before a committee, run by "
            "the chambers of crafts with the vocational-training ministry. Ask your chamber when the next "
            "session is."
        ),
        (OFFICE, PERSON, MAIN_MENU),
    ),
    "utter_ask_category_documents": Reply(
        N_("The papers depend on your case. Which one is yours?"), _categories("rna_documents")
    ),
    "utter_documents_diploma": Reply(
        N_(
            "Prepare a copy of your national ID card (CIN) and a copy of your diploma. The full list is fixed "
            "by a ministerial order that I do not have: your chamber of crafts confirms it."
        ),
        (START_REQUEST, OFFICE),
    ),
    "utter_documents_practice": Reply(
        N_(
            "Prepare a copy of your national ID card (CIN) and a copy of your certificate of practice "
            "(attestation d'exercice). The full list is fixed by a ministerial order that I do not have: your "
            "chamber of crafts confirms it."
        ),
        (START_REQUEST, OFFICE),
    ),
    "utter_documents_maalem": Reply(
        N_(
            "Prepare a copy of your national ID card (CIN) and a copy of the certificate recognising your "
            "professional experience. The full list is fixed by a ministerial order that I do not have: your "
            "chamber of crafts confirms it."
        ),
        (START_REQUEST, OFFICE),
    ),
    "utter_documents_group": Reply(
        N_(
            "For cooperatives and enterprises, the list of documents is fixed by a ministerial order that I do "
            "not have. Ask your chamber of crafts before you go."
        ),
        (OFFICE, PERSON),
    ),
    "utter_ask_craft": Reply(
        N_("Which craft do you practise? Write its name, for example: zellige, pottery, weaving.")
    ),
    "utter_craft_listed": Reply(
        N_(
            "Yes: {trade} is in my list of handicraft trades. My list is not the official one (the official "
            "nomenclature has 172 activities in 13 branches): your chamber of crafts confirms it."
        ),
        (START_REQUEST, Button(N_("Who can register"), "/rna_eligibility")),
    ),
    "utter_craft_not_listed": Reply(
        N_(
            'I do not find "{craft}" in my list, but my list is not complete: the official nomenclature has '
            "172 activities in 13 branches. Ask your chamber of crafts whether your activity is included."
        ),
        (OFFICE, PERSON),
    ),
    "utter_request_intro": Reply(
        N_(
            "I will prepare a request for help with your registration. It is not the official registration, "
            'which is done on rna.gov.ma or at the chamber of crafts. I need a few details; write "stop" at '
            "any time to leave."
        )
    ),
    "utter_noted_city": Reply(N_("I have noted the city you gave: {city}.")),
    "utter_noted_category": Reply(N_("I have noted your case: {case}."), labels={"case": CATEGORY_TITLES}),
    "utter_ask_request_full_name": Reply(
        N_("What is your full name, as written on your national ID card?"), (FOR_SOMEONE_ELSE, STOP)
    ),
    # The same form for someone else (actions/registration_form.py): every question names whose details.
    "utter_noted_for_person": Reply(
        N_(
            "This request is for someone else: I will ask for the details of the person you are registering, "
            "and you will confirm that they agree to share them."
        )
    ),
    "utter_ask_request_relationship": Reply(
        N_("Who is the person you are registering, for you?"),
        (*(Button(title, f'/rna_apply{{"on_behalf_of": "{value}"}}') for value, title in RELATIONSHIP_TITLES.items()), STOP),
    ),
    "utter_invalid_relationship": Reply(
        N_("I did not understand who the person is for you. Choose one of the buttons, or write it in a few words.")
    ),
    "utter_ask_request_person_full_name": Reply(
        N_("What is the full name of the person you are registering, as written on their national ID card?"),
        (STOP,),
    ),
    "utter_ask_request_person_cin": Reply(
        N_("What is the person's national ID card number (CIN)? For example: AB123456."), (STOP,)
    ),
    "utter_ask_request_person_phone": Reply(
        N_(
            "Which mobile number can the chamber call to reach the person? Theirs, or yours if they have none. "
            "For example: 0612345678."
        ),
        (STOP,),
    ),
    "utter_ask_request_person_trade": Reply(
        N_("What is the person's craft? Write its name, for example: zellige, pottery, carpentry."), (STOP,)
    ),
    "utter_ask_request_person_trade_ok": Reply(N_("Is the person's craft: {trade}?"), YES_NO),
    "utter_ask_request_person_city": Reply(N_("In which city or province does the person work?"), (STOP,)),
    "utter_ask_request_person_category": Reply(
        N_("Which case is the person's?"), (*_categories("rna_apply"), STOP)
    ),
    "utter_ask_request_person_consent": Reply(
        N_(
            "Does {name} agree to share these details (name, CIN, phone number, craft and city) with the chamber "
            "of crafts for this request? Answer yes only if they told you so."
        ),
        YES_THEY_AGREE,
    ),
    "utter_person_consent_refused": Reply(
        N_(
            "All right: without the person's agreement I keep nothing. They can register on rna.gov.ma or at the "
            "chamber of crafts, or make the request here later with you."
        ),
        (OFFICE, MAIN_MENU),
    ),
    "utter_ask_request_consent_for_person": Reply(
        N_(
            "To prepare this request for help I will keep the person's name, CIN, phone number, craft and city, "
            "who you are for them (you said: {relationship}) and that they agreed, only for this request (law 09-08 on the "
            "protection of individuals with regard to the processing of personal data). Messages about the "
            "request will come to this chat. Do you agree?"
        ),
        (Button(N_("Yes, I agree"), "/affirm"), Button(N_("No"), "/deny")),
        labels={"relationship": RELATIONSHIP_TITLES},
    ),
    "utter_request_done_for_person": Reply(
        N_(
            "The request for help for {name} is recorded with the reference {reference}; keep it to follow the "
            "request here. It is not the registration in the RNA: to register, {name} goes to rna.gov.ma or to the "
            "{office} with their documents."
        ),
        (Button(N_("Documents to prepare"), "/rna_documents"), LOOKUP_REQUEST),
    ),
    # Said before a request's status when it was made for someone else (the chat's lookup and staff messages).
    "utter_status_for_person": Reply(N_("About the request for help for {name}:")),
    "utter_invalid_full_name": Reply(
        N_(
            "I could not read this as a name. Write only your first and last name, in letters, without numbers or symbols."
        )
    ),
    "utter_ask_request_cin": Reply(
        N_("What is your national ID card number (CIN)? For example: AB123456."), (STOP,)
    ),
    "utter_invalid_cin": Reply(
        N_(
            "I could not read this as a CIN number. Here I accept one or two letters followed by 4 to 6 digits, "
            "for example AB123456."
        )
    ),
    "utter_ask_request_phone": Reply(N_("What is your mobile number? For example: 0612345678."), (STOP,)),
    "utter_invalid_phone": Reply(
        N_(
            "I could not read this as a mobile number. Here I accept 10 digits starting with 06 or 07, for "
            "example 0612345678; +212 612345678 works too."
        )
    ),
    "utter_ask_request_trade": Reply(
        N_("What is your craft? Write its name, for example: zellige, pottery, carpentry."), (STOP,)
    ),
    "utter_invalid_trade": Reply(
        N_("I do not know this craft. Write it another way, for example in French or in Darija.")
    ),
    "utter_ask_request_trade_ok": Reply(N_("Is your craft: {trade}?"), YES_NO),
    "utter_keep_trade_as_written": Reply(
        N_("I will keep your craft as you wrote it; the chamber of crafts will check it."),
    ),
    "utter_ask_request_city": Reply(N_("In which city or province do you work?"), (STOP,)),
    "utter_invalid_city": Reply(
        N_(
            "I do not know this city. Write the name of your city or province, for example: Fès, Marrakech, Agadir."
        )
    ),
    "utter_ask_request_category": Reply(N_("Which case is yours?"), (*_categories("rna_apply"), STOP)),
    "utter_ask_request_consent": Reply(
        N_(
            "To prepare your request for help I will keep your name, CIN, phone number, craft and city, only "
            "for this request (law 09-08 on the protection of individuals with regard to the processing of "
            "personal data). You can ask me to delete them at any time. Do you agree?"
        ),
        (Button(N_("Yes, I agree"), "/affirm"), Button(N_("No"), "/deny")),
    ),
    "utter_request_not_saved": Reply(
        N_(
            "All right, I have kept nothing. You can still register on rna.gov.ma or at your chamber of crafts."
        ),
        (OFFICE, MAIN_MENU),
    ),
    "utter_request_done": Reply(
        N_(
            "Your request for help is recorded with the reference {reference}; keep it to follow your request "
            "here. It is not your registration in the RNA: to register, go to rna.gov.ma or to the {office} "
            "with your documents."
        ),
        (Button(N_("Documents to prepare"), "/rna_documents"), LOOKUP_REQUEST),
    ),
    "utter_form_help_offer": Reply(
        N_("This seems difficult. A person from the help desk can help you, or we can stop here."),
        (PERSON, STOP),
    ),
    "utter_form_stopped": Reply(
        N_("All right, I have stopped. Nothing from this request was kept."), (MAIN_MENU,)
    ),
    # Said first when someone asks where their file stands: an RNA file is not followed here.
    "utter_status_explain": Reply(
        N_(
            "I only see the requests for help made here, in this chat, not the files of the National Register "
            "of Handicrafts (RNA). An RNA file is followed on rna.gov.ma or at your chamber of crafts. If you "
            "made a request for help here, I can look it up with its reference (it looks like H-7K2P9Q)."
        ),
        (LOOKUP_REQUEST, OFFICE, MAIN_MENU),
    ),
    # Asked while the request is filled in: the request is not sent yet, so there is nothing to look up.
    "utter_status_during_request": Reply(
        N_(
            "I only see the requests for help made here, not the files of the National Register of Handicrafts "
            "(RNA): an RNA file is followed on rna.gov.ma or at your chamber of crafts. The request we are filling "
            "in now is not sent yet; once it is, you will get a reference to follow it here."
        )
    ),
    "utter_ask_status_reference": Reply(
        N_("What is the reference of your request for help? It looks like H-7K2P9Q."), (STOP,)
    ),
    "utter_invalid_reference": Reply(
        N_(
            "This is not a request reference: it starts with H- followed by 6 letters and digits, like H-7K2P9Q."
        )
    ),
    "utter_ask_status_cin": Reply(N_("And the CIN number you gave with this request?"), (STOP,)),
    "utter_status_received": Reply(
        N_(
            "Your request for help {reference} was received on {since_date}. The next step is your "
            "registration on rna.gov.ma or at the chamber of crafts."
        ),
        (Button(N_("Documents to prepare"), "/rna_documents"), OFFICE),
    ),
    "utter_status_contacted": Reply(
        N_(
            "The help desk contacted you about your request for help {reference} on {since_date}. If you missed "
            "them, ask here for a person."
        ),
        (PERSON, MAIN_MENU),
    ),
    "utter_status_papers_checked": Reply(
        N_(
            "The help desk checked the papers of your request for help {reference} on {since_date}. The next "
            "step is your registration in the RNA, with the chamber of crafts."
        ),
        (OFFICE, MAIN_MENU),
    ),
    "utter_status_registered": Reply(
        N_(
            "The help desk noted on {since_date} that your registration in the RNA is done (request {reference}). "
            "Your proof of registration comes from rna.gov.ma or the chamber of crafts."
        ),
        (MAIN_MENU,),
    ),
    "utter_status_closed": Reply(
        N_("Your request for help {reference} was closed on {since_date}."), (PERSON, MAIN_MENU)
    ),
    "utter_status_not_found": Reply(
        N_("I found no request with this reference and this CIN. Check both and try again."),
        (PERSON, MAIN_MENU),
    ),
    "utter_status_slow_down": Reply(
        N_("Too many attempts. To protect requests, please wait 15 minutes before trying again."),
        (PERSON, MAIN_MENU),
    ),
    "utter_ask_office_city": Reply(
        N_("In which city are you? I will tell you which chamber of crafts serves it."), (STOP,)
    ),
    "utter_office_known_contact": Reply(
        N_("For {city}, go to the {office}, in {office_city}. Address: {address}. Phone: {phone}."),
        (START_REQUEST, MAIN_MENU),
    ),
    "utter_office_known_address": Reply(
        N_(
            "For {city}, go to the {office}, in {office_city}. Address: {address}. Its phone number is not in my "
            "list yet."
        ),
        (START_REQUEST, MAIN_MENU),
    ),
    # The seat is confirmed (shared/DOMAIN.md §4: Tanger only, so far).
    "utter_office_unknown_contact": Reply(
        N_(
            "For {city}, the chamber of crafts of your region is the {office}, in {office_city}. Its address and "
            "phone number are not in my list yet: ask at the directorate of handicrafts of your province."
        ),
        (START_REQUEST, MAIN_MENU),
    ),
    # The seat is assumed to be the regional capital, not confirmed (seat_confirmed false).
    "utter_office_assumed_seat": Reply(
        N_(
            "For {city}, the chamber of crafts of your region is the {office}. It is usually in {office_city}, "
            "the regional capital, but I have not confirmed its seat. Its address and phone number are not in "
            "my list yet: ask at the directorate of handicrafts of your province."
        ),
        (START_REQUEST, MAIN_MENU),
    ),
    # Where the chamber is, asked in the middle of another form with no city known yet (actions/offices.py).
    "utter_office_after_form": Reply(
        N_("I will tell you which chamber serves you: once we have finished here, send me the name of your city.")
    ),
}

# Reminders along the path (actions/reminders.py).
RESPONSES.update(
    {
        "utter_ask_reminder_when": Reply(
            N_("When should I remind you about the next step, {step}?"),
            (
                Button(N_("In a week"), '/remind_me{{"step": "{step}", "when": "week"}}', fill=True),
                Button(N_("In a month"), '/remind_me{{"step": "{step}", "when": "month"}}', fill=True),
                Button(N_("No, thanks"), "/ask_help"),
            ),
            labels={"step": STEP_TITLES},
        ),
        "utter_reminder_set": Reply(
            N_(
                "All right: on {due_date} I will remind you here about {step}. At most one reminder a week, never "
                "at night."
            ),
            (MY_REMINDERS, MAIN_MENU),
            labels={"step": STEP_TITLES},
        ),
        "utter_reminder_how": Reply(
            N_(
                'To get a reminder, ask me about a step, such as registering, the artisan card or AMO, then press '
                '"Remind me about the next step" under my answer.'
            ),
            TOPICS,
        ),
        "utter_reminders_telegram_only": Reply(
            N_("I can only send reminders in a Telegram chat. Write to me on Telegram and ask for one there."),
            (MAIN_MENU,),
        ),
        "utter_reminder_item": Reply(
            N_("Reminder about {step}, on {due_date}."),
            (Button(N_("Cancel this reminder"), '/stop_reminders{{"reminder": {reminder_id}}}', fill=True),),
            labels={"step": STEP_TITLES},
        ),
        "utter_reminders_stop_all": Reply(N_("To stop all your reminders at once:"), (STOP_REMINDERS, MAIN_MENU)),
        "utter_no_reminders": Reply(
            N_(
                'You have no reminders planned. Under an answer about a step, such as the artisan card or AMO, '
                'press "Remind me about the next step".'
            ),
            (MAIN_MENU,),
        ),
        "utter_reminder_cancelled": Reply(
            N_("All right, I cancelled the reminder about {step}."), (MY_REMINDERS, MAIN_MENU), labels={"step": STEP_TITLES}
        ),
        "utter_reminder_not_found": Reply(
            N_("This reminder is no longer planned: it was already sent or cancelled."), (MY_REMINDERS, MAIN_MENU)
        ),
        "utter_reminders_stopped": Reply(
            N_("Done: I will not send you any more reminders. You can ask for one again under an answer."),
            (MAIN_MENU,),
        ),
    }
)

# Sent by the scheduler (outreach/reminders.py) when a reminder falls due: the step, its buttons, a way out.
REMINDER_REPLIES: dict[str, Reply] = {
    "reminder_card": Reply(
        N_(
            "Hello! You asked me to remind you of your next step: the professional artisan card. Press a button to "
            "know how to get it."
        ),
        (Button(INTENT_TITLES["artisan_card"], "/artisan_card"), OFFICE, STOP_REMINDERS),
    ),
    "reminder_amo": Reply(
        N_(
            "Hello! You asked me to remind you of your next step: joining AMO health coverage through the CNSS. "
            "Press a button to know how."
        ),
        (Button(INTENT_TITLES["amo_enroll"], "/amo_enroll"), Button(INTENT_TITLES["amo_cost"], "/amo_cost"), STOP_REMINDERS),
    ),
    "reminder_grow": Reply(
        N_(
            "Hello! You asked me to remind you of your next steps: financing, training and selling your products. "
            "Press a button to know more."
        ),
        (
            Button(INTENT_TITLES["financing"], "/financing"),
            Button(INTENT_TITLES["training"], "/training"),
            Button(INTENT_TITLES["marketing"], "/marketing"),
            STOP_REMINDERS,
        ),
    ),
}

# Said by a channel itself, when the assistant cannot be asked (Rasa unreachable, a group chat).
CHANNEL_REPLIES: dict[str, Reply] = {
    "assistant_unavailable": Reply(
        N_("Sorry, I cannot answer right now. Please write to me again in a few minutes."),
        (MAIN_MENU,),
    ),
    # Said once when Rasa is slow to answer (HIRFA_SLOW_NOTICE_SECONDS); the answer follows when it comes.
    "answer_on_its_way": Reply(N_("Your answer is on its way, it is taking a little longer. Please wait.")),
    # Said when the answer did not come (HIRFA_ANSWER_TIMEOUT) or the connection broke after the message left.
    "answer_lost": Reply(
        N_("Sorry, I could not get the answer to your last message. Please send it again."),
        (MAIN_MENU,),
    ),
    "write_privately": Reply(
        N_("Hello! To protect your personal data, please write to me in a private chat."),
    ),
    "cannot_listen": Reply(
        N_(
            "I cannot listen to voice messages yet. Please write your question, choose a topic, or ask for a "
            "person: the help desk will also get your voice message."
        ),
        (PERSON, MAIN_MENU),
    ),
    "cannot_read_media": Reply(
        N_(
            "I can only read text for now, not pictures, files or stickers. Write your question, or choose a topic."
        ),
        (MAIN_MENU, PERSON),
    ),
    "own_contact_only": Reply(
        N_(
            "Please share your own phone number, or write it: I only take the number of the person I talk with."
        ),
    ),
    "too_fast": Reply(
        N_(
            "You are sending messages very quickly. I will answer them one after the other: please wait a moment."
        ),
    ),
    # Said when a person of the help desk takes the conversation over, and when they hand it back.
    "agent_joined": Reply(N_("A person from the help desk is now answering you here. Write as usual.")),
    "agent_left": Reply(
        N_("The person from the help desk has finished. I am answering you again."), (MAIN_MENU,)
    ),
    "privacy": Reply(
        N_(
            "I keep our conversation to answer you. The details of a request for help to register are kept only "
            "after you agree, for that request. You can delete everything at any time."
        ),
        (Button(N_("Delete my data"), "/forget_me"), MAIN_MENU),
    ),
    # An editor's announcement (outreach/announcement_drafts.py), sent by the scheduler: the same dated, sourced line
    # as a content answer, and the one button that stops the news.
    "announcement": Reply(
        N_("{content}\n\nInformation checked on {verified_date}: it may have changed since. Source: {source}"),
        (STOP_NEWS, MAIN_MENU),
        nested=("content",),
    ),
}

# Telegram's command menu, in each reply language.
COMMAND_DESCRIPTIONS: dict[str, str] = {
    "start": N_("Start and choose the language"),
    "help": N_("Main menu"),
    "language": N_("Change language"),
    "human": N_("Talk to a person"),
    "cancel": N_("Stop what we are doing"),
    "privacy": N_("My data and privacy"),
    "forget_me": N_("Delete my data"),
    "reminders": N_("My reminders"),
}
