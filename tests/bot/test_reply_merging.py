from __future__ import annotations

from bot.reply_merging import merge_replies

FR = {"custom": {"language": "fr", "rtl": False, "response": "x"}}
AR = {"custom": {"language": "ar", "rtl": True, "response": "x"}}


def test_an_introduction_and_its_question_are_one_message_with_the_buttons_under_both() -> None:
    replies = [{"text": "Je vais noter votre demande."}, FR, {"text": "Votre nom ?", "buttons": [{"title": "Annuler"}]}, FR]
    assert merge_replies(replies) == [
        {"text": "Je vais noter votre demande.\n\nVotre nom ?", "buttons": [{"title": "Annuler"}]},
        FR,
    ]


def test_a_text_rasa_cut_at_its_blank_lines_is_whole_again() -> None:
    replies = [{"text": "Un."}, {"text": "Deux."}, {"text": "Trois."}, FR]
    assert merge_replies(replies) == [{"text": "Un.\n\nDeux.\n\nTrois."}, FR]


def test_a_text_with_buttons_ends_its_message() -> None:
    replies = [{"text": "Choisissez :", "buttons": [{"title": "A"}]}, FR, {"text": "Autre chose."}, FR]
    assert merge_replies(replies) == replies


def test_a_text_followed_by_a_map_pin_keeps_the_pin_under_it() -> None:
    venue = {"custom": {"language": "fr", "rtl": False, "venue": {"latitude": 1}}}
    replies = [{"text": "La chambre est à Fès."}, venue, {"text": "Autre chose ?"}, FR]
    assert merge_replies(replies) == replies


def test_texts_in_two_languages_or_too_long_together_stay_apart() -> None:
    assert merge_replies([{"text": "Bonjour."}, FR, {"text": "مرحبا."}, AR]) == [{"text": "Bonjour."}, FR, {"text": "مرحبا."}, AR]
    long = [{"text": "a" * 3000}, FR, {"text": "b" * 1100}, FR]
    assert merge_replies(long) == long
    assert merge_replies(long, limit=4102)[0]["text"] == "a" * 3000 + "\n\n" + "b" * 1100


def test_an_image_and_a_reply_without_text_are_kept_as_they_are() -> None:
    replies = [FR, {"text": "Voici."}, {"image": "https://example.org/a.png"}, {"text": "Et ensuite."}, FR]
    assert merge_replies(replies) == replies
