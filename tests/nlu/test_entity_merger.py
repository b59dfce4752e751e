"""Overlapping entities and out-of-scope messages."""

from rasa.shared.nlu.training_data.message import Message

from nlu.entity_merger import EntityMerger


def entity(kind: str, start: int, end: int, extractor: str) -> dict:
    return {"entity": kind, "value": "x", "start": start, "end": end, "extractor": extractor}


def merged(intent: str, *entities: dict, confidence: float = 0.8) -> list[str]:
    message = Message(data={"text": "x" * 40, "intent": {"name": intent, "confidence": confidence}})
    message.set("entities", list(entities))
    EntityMerger({}).process([message])
    return [e["entity"] for e in message.get("entities")]


def test_an_out_of_scope_message_keeps_only_exact_formats() -> None:
    found = merged(
        "out_of_scope",
        entity("city", 0, 5, "LexiconEntityExtractor"),
        entity("phone", 10, 20, "RegexEntityExtractor"),
        entity("tax_situation", 22, 30, "SituationExtractor"),
    )
    assert found == ["phone"]


def test_a_barely_out_of_scope_message_keeps_its_tax_situation() -> None:
    # "ba rien, zero impot" (out of scope at 0.20), "aucune déclaration aux impôts…, je peux avoir un prêt ?" (0.22).
    found = merged(
        "out_of_scope",
        entity("city", 0, 5, "LexiconEntityExtractor"),
        entity("category", 6, 9, "SituationExtractor"),
        entity("phone", 10, 20, "RegexEntityExtractor"),
        entity("tax_situation", 22, 30, "SituationExtractor"),
        confidence=0.3,
    )
    assert found == ["phone", "tax_situation"]


def test_the_lexicon_wins_an_overlap_in_scope() -> None:
    found = merged(
        "find_office",
        entity("craft", 0, 8, "UnlistedTradeExtractor"),
        entity("city", 2, 8, "LexiconEntityExtractor"),
        entity("cin", 10, 18, "RegexEntityExtractor"),
    )
    assert found == ["city", "cin"]


def test_two_readings_of_the_same_words_by_one_extractor_both_stand() -> None:
    # "une SARL" is the writer's kind (an enterprise) and their regime (accounts): the regime was dropped as an overlap.
    found = merged(
        "rna_eligibility",
        entity("category", 9, 13, "SituationExtractor"),
        entity("tax_situation", 9, 13, "SituationExtractor"),
        entity("craft", 9, 16, "UnlistedTradeExtractor"),
    )
    assert found == ["category", "tax_situation"]
