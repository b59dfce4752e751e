from pathlib import Path

import pytest
import yaml

from nlu.lexicon import Lexicon
from nlu.lexicon_files import spellings
from nlu.situation import SituationReader, load_cues

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def reader() -> SituationReader:
    """The situation reader on the project's cue lists, built once for every test that reads situations."""
    return SituationReader(load_cues())


@pytest.fixture(scope="session")
def trades() -> Lexicon:
    """The trade names of data/seed/trades.yml alone, built once for every test that looks a trade up."""
    entity, values = spellings(yaml.safe_load((ROOT / "data" / "seed" / "trades.yml").read_text("utf-8")))
    return Lexicon([(entity, spelling, value) for value, names in values.items() for spelling in names])
