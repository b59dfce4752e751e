"""Every cue of the cue files is text: YAML 1.1 reads a bare `no`, `yes`, `on` or `off` as a boolean, and a cue read as
False is never found ("no diploma" negated nothing)."""

from pathlib import Path

import pytest
import yaml

from nlu.situation import SituationReader
from tests.nlu.test_situation import read

NLU = Path(__file__).resolve().parents[2] / "nlu"


def _leaves(node: object) -> list[object]:
    if isinstance(node, dict):
        return [leaf for value in node.values() for leaf in _leaves(value)]
    if isinstance(node, list):
        return [leaf for item in node for leaf in _leaves(item)]
    return [node]


@pytest.mark.parametrize("path", sorted(NLU.glob("*.yml")), ids=lambda p: p.name)
def test_every_cue_is_text(path: Path) -> None:
    cues = _leaves(yaml.safe_load(path.read_text(encoding="utf-8")))
    assert [c for c in cues if not isinstance(c, str)] == []


@pytest.mark.parametrize(
    "text",
    [
        "je brode des caftans depuis 2019, no diploma, je peux m'inscrire ?",
        "ana kankhdem f zlij mn 2018, no diplome, wach n9der ntsjel?",
    ],
)
def test_an_english_no_negates_the_diploma(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("category") == "practice"
