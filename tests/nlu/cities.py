"""The cities the lexicon reads in a message, for the city tests."""

from nlu.lexicon import Lexicon, message_words
from nlu.lexicon_extractor import demonym_city, event_places


def cities_said(lexicon: Lexicon, text: str) -> list[str]:
    """Every city the lexicon finds in ``text``, in order."""
    return [m.value for m in lexicon.find(message_words(text)) if m.entity == "city"]


def cities_kept(lexicon: Lexicon, text: str) -> list[str]:
    """The cities left once those named only as elsewhere (a fair's, a birthplace, an office's) give way."""
    words = message_words(text)
    matches = lexicon.find(words)
    matches += demonym_city(lexicon, words, matches)
    elsewhere = event_places(words, matches)
    return [m.value for m in matches if m.entity == "city" and m not in elsewhere]
