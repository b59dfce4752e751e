import pytest

from nlu.situation import SituationReader, load_cues


@pytest.fixture(scope="session")
def reader() -> SituationReader:
    """The situation reader on the project's cue lists, built once for every test that reads situations."""
    return SituationReader(load_cues())
