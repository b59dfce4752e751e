from pathlib import Path

from nlu.lexicon_files import render, write_all

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "data" / "seed"


def test_generated_lexicons_are_up_to_date() -> None:
    for seed in SEEDS.glob("*.yml"):
        name, text = render(seed)
        assert (ROOT / "data" / "nlu" / "lexicons" / name).read_text(encoding="utf-8") == text, (
            "run `make lexicons`"
        )


def test_lookups_and_synonyms_are_loaded_by_rasa(tmp_path) -> None:
    from rasa.shared.nlu.training_data.loading import load_data

    write_all(SEEDS, tmp_path)
    data = load_data(str(tmp_path / "language.yml"))
    (table,) = data.lookup_tables
    assert table["name"] == "language" and "بالدارجة" in table["elements"]
    assert data.entity_synonyms["بالدارجة"] == "ary"
    assert data.entity_synonyms["arabe"] == "ar"
