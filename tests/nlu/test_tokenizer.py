import pytest
from hypothesis import given
from hypothesis import strategies as st
from rasa.shared.nlu.training_data.message import Message

from hirfa.text import normalise
from nlu.tokenizer import NO_WORDS_LEMMA, NormalisingTokenizer


@pytest.fixture(scope="module")
def tokenizer() -> NormalisingTokenizer:
    return NormalisingTokenizer(NormalisingTokenizer.get_default_config())


def tokens(tokenizer: NormalisingTokenizer, text: str) -> list:
    return tokenizer.tokenize(Message(data={"text": text}), "text")


def test_tokens_keep_the_typed_text_and_carry_the_folded_lemma(tokenizer: NormalisingTokenizer) -> None:
    result = tokens(tokenizer, "كيــفاش نتسجّل f l'artisanat ?")
    assert [t.text for t in result] == ["كيــفاش", "نتسجّل", "f", "l", "artisanat"]
    assert [t.lemma for t in result] == ["كيفاش", "نتسجل", "f", "l", "artisanat"]


def test_arabizi_digits_stay_inside_words(tokenizer: NormalisingTokenizer) -> None:
    assert [t.text for t in tokens(tokenizer, "bghit n3ref ch7al")] == ["bghit", "n3ref", "ch7al"]


def test_invisible_characters_do_not_split_a_word(tokenizer: NormalisingTokenizer) -> None:
    (token,) = tokens(tokenizer, "س\u200bلام")
    assert token.lemma == "سلام"
    assert (token.start, token.end) == (0, 5)


@pytest.mark.parametrize("text", ["", "   ", "😀👍", "\u200b\u200f", "?!"])
def test_a_message_without_words_still_has_one_token(tokenizer: NormalisingTokenizer, text: str) -> None:
    (token,) = tokens(tokenizer, text)
    assert token.lemma == NO_WORDS_LEMMA


@given(st.text(alphabet=st.sampled_from(list("ab3 سلامٌـ'?-\u200b😀éÉ٣"))))
def test_offsets_always_point_into_the_original_text(text: str) -> None:
    tokenizer = NormalisingTokenizer(NormalisingTokenizer.get_default_config())
    for token in tokens(tokenizer, text):
        assert text[token.start : token.end] == token.text
        if token.lemma != NO_WORDS_LEMMA:
            assert token.lemma == normalise(token.text)


def test_arabic_letters_and_digits_typed_together_are_two_words(tokenizer: NormalisingTokenizer) -> None:
    assert [t.text for t in tokens(tokenizer, "منذ2018 عندي5سنين")] == ["منذ", "2018", "عندي", "5", "سنين"]
    assert [t.text for t in tokens(tokenizer, "ch7al mn 2018")] == ["ch7al", "mn", "2018"]
