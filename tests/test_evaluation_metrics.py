import pytest

from evaluation.metrics import Example, confusions, entity_counts, figures


def ex(intent: str, predicted: str, entities=(), predicted_entities=()) -> Example:
    return Example("t", "fr", intent, list(entities), predicted, list(predicted_entities))


CRAFT = {"entity": "craft", "start": 0, "end": 5}


def test_figures_count_rejections_and_scope() -> None:
    result = figures(
        [
            ex("greet", "greet"),
            ex("greet", "nlu_fallback"),  # an in-scope message rejected
            ex("out_of_scope", "nlu_fallback"),  # caught: the fallback rejects too
            ex("out_of_scope", "greet"),  # missed
        ]
    )
    assert result.accuracy == 0.5
    assert result.oos_recall == 0.5
    assert result.false_rejection == 0.5


def test_entities_match_on_type_and_overlap_once() -> None:
    examples = [
        ex("x", "x", [CRAFT], [{**CRAFT, "start": 2, "end": 9}]),  # overlapping: a hit
        ex("x", "x", [CRAFT], [{**CRAFT, "entity": "city"}]),  # wrong type: a miss and a false alarm
        ex("x", "x", [], [CRAFT, CRAFT]),  # two false alarms
    ]
    assert entity_counts(examples) == (1, 4, 2)
    assert figures(examples).entity_f1 == pytest.approx(2 * 1 / 6)


def test_confusions_list_the_most_frequent_mistakes_first() -> None:
    examples = [ex("a", "b"), ex("a", "b"), ex("c", "d"), ex("a", "a"), ex("out_of_scope", "nlu_fallback")]
    assert confusions(examples) == [("a", "b", 2), ("c", "d", 1)]
