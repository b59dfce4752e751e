import pytest

from nlu.input_guard import EMPTY, NO_WORDS, TOO_LONG, UNKNOWN_COMMAND, input_problem


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("", EMPTY),
        ("   \n\t", EMPTY),
        ("\u200b\u200f\u2067", EMPTY),
        ("😀👍", NO_WORDS),
        ("?!...", NO_WORDS),
        ("/foo", UNKNOWN_COMMAND),
        ("a" * 1001, TOO_LONG),
        ("a" * 1000, None),
        ("سلام", None),
        ("CNSS?", None),
    ],
)
def test_names_what_is_wrong_with_a_message(text: str, problem: str | None) -> None:
    assert input_problem(text, max_length=1000) == problem
