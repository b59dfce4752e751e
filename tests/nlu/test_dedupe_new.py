"""evaluation.dedupe_new flags new evaluation messages that repeat another message, and only those."""

from pathlib import Path

import pytest

from evaluation import dedupe_new
from evaluation.dedupe_new import Message, messages_after, plain, read_messages, repeats

HELD_OUT = """version: "3.1"
nlu:
- intent: greet
  metadata:
    variety: fr
  examples: |
    - bonjour
    - salut tout le monde

# Fresh 9: new messages
- intent: rna_apply
  metadata:
    variety: fr
  examples: |
    - Bonjour !
    - je suis [menuisier](craft) a [Fès](city), inscrivez moi
"""

SITUATIONS = """variety: fr
pairs:
  - text: "je fais de la poterie depuis 2015, je peux m'inscrire ?"
    payload: '/rna_eligibility{"category": "practice"}'
"""


@pytest.fixture()
def files(tmp_path: Path) -> tuple[Path, Path]:
    held_out, situations = tmp_path / "fr.yml", tmp_path / "fr_fresh.yml"
    held_out.write_text(HELD_OUT, encoding="utf-8")
    situations.write_text(SITUATIONS, encoding="utf-8")
    return held_out, situations


def test_entity_markup_is_not_part_of_the_message() -> None:
    assert plain('[ma kankhlles walo]{"entity": "tax_situation", "value": "none"} f [fes](city)') == (
        "ma kankhlles walo f fes"
    )


def test_reads_intent_examples_and_situation_pairs(files: tuple[Path, Path]) -> None:
    held_out, situations = files
    assert [m.text for m in read_messages(held_out)][-1] == "je suis menuisier a Fès, inscrivez moi"
    assert [m.text for m in read_messages(situations)] == ["je fais de la poterie depuis 2015, je peux m'inscrire ?"]


def test_only_messages_after_the_marker_are_new(files: tuple[Path, Path]) -> None:
    held_out, _ = files
    assert [m.text for m in messages_after(held_out, "Fresh 9")] == [
        "Bonjour !",
        "je suis menuisier a Fès, inscrivez moi",
    ]


def test_flags_folded_equals_and_near_duplicates_but_not_the_message_itself(files: tuple[Path, Path]) -> None:
    held_out, situations = files
    other = Message("Je fais de la poterie depuis 2015 : je peux m'inscrire ?", Path("/training.yml"), 0)
    everything = read_messages(held_out) + read_messages(situations) + [other]
    new = messages_after(held_out, "Fresh 9") + read_messages(situations)
    found = {m.text: why for m, why in repeats(new, everything)}
    assert found == {
        "Bonjour !": "equal once folded",
        "je fais de la poterie depuis 2015, je peux m'inscrire ?": "equal once folded",
    }


def test_near_duplicate_by_word_set(tmp_path: Path) -> None:
    new = Message("je peux m inscrire sans diplome moi", tmp_path / "a.yml", 0)
    old = Message("moi sans diplome je peux m inscrire ?", tmp_path / "b.yml", 0)
    assert [why for _, why in repeats([new], [new, old])] == ["near-duplicate (Jaccard 1.00)"]
    assert repeats([new], [new, Message("comment faire pour le diplome", tmp_path / "b.yml", 0)]) == []


def test_command_prints_only_the_new_messages_that_repeat(
    files: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    held_out, situations = files
    monkeypatch.setattr(dedupe_new, "ROOT", held_out.parent)
    monkeypatch.setattr(dedupe_new, "corpus", lambda: read_messages(held_out) + read_messages(situations))
    assert dedupe_new.main(["--after", "Fresh 9", str(held_out), str(situations)]) == 1
    printed = capsys.readouterr().out
    assert "'Bonjour !': equal once folded" in printed
    assert "bonjour'" not in printed and "menuisier" not in printed
