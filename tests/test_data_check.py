from hirfa.data_check import responses_uttered_by_actions, unexpected_warnings

OUTPUT = """
UserWarning: The utterance 'utter_no_words' is not used in any story or rule.
UserWarning: The utterance 'utter_orphan' is not used in any story or rule.
UserWarning: Issue found in 'data/nlu/x.yml': duplicate example
"""


def test_only_responses_that_actions_utter_are_excused() -> None:
    assert unexpected_warnings(OUTPUT, {"utter_no_words"}) == [
        "The utterance 'utter_orphan' is not used in any story or rule.",
        "Issue found in 'data/nlu/x.yml': duplicate example",
    ]


def test_finds_the_responses_named_in_actions() -> None:
    assert {
        "utter_no_words",
        "utter_ask_language",
        "utter_did_not_understand",
    } <= responses_uttered_by_actions()


def test_built_names_and_form_questions_are_excused() -> None:
    from hirfa.data_check import form_questions

    output = "UserWarning: The utterance 'utter_eligibility_maalem' is not used in any story or rule.\n"
    assert unexpected_warnings(output, {"utter_eligibility_"}) == []
    assert "utter_ask_request_full_name" in form_questions()
