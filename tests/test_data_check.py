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
