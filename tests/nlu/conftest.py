from pathlib import Path

import pytest
import yaml

from nlu.intent_classifier import TfidfIntentClassifier
from nlu.lexicon import Lexicon
from nlu.lexicon_files import spellings
from nlu.on_behalf import OnBehalfReader
from nlu.on_behalf import load_cues as load_on_behalf_cues
from nlu.out_of_domain import OutOfDomain
from nlu.situation import SituationReader, load_cues
from tests.nlu.classifier_training import trained_classifier

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def reader() -> SituationReader:
    """The situation reader on the project's cue lists, built once for every test that reads situations."""
    return SituationReader(load_cues())


@pytest.fixture(scope="session")
def on_behalf_reader() -> OnBehalfReader:
    """The reader of whom a registration is for, on the project's cue lists, built once."""
    return OnBehalfReader(load_on_behalf_cues())


@pytest.fixture(scope="session")
def out_of_domain() -> OutOfDomain:
    """The out-of-domain words of nlu/out_of_domain.yml, read once for every test that settles out of scope."""
    return OutOfDomain()


@pytest.fixture(scope="session")
def trades() -> Lexicon:
    """The trade names of data/seed/trades.yml alone, built once for every test that looks a trade up."""
    entity, values = spellings(yaml.safe_load((ROOT / "data" / "seed" / "trades.yml").read_text("utf-8")))
    return Lexicon([(entity, spelling, value) for value, names in values.items() for spelling in names])


@pytest.fixture(scope="session")
def classifier(tmp_path_factory: pytest.TempPathFactory) -> TfidfIntentClassifier:
    """The intent classifier alone, trained on every variety's examples as the model is, once for every module that
    checks intent families (a minute or two on two cores)."""
    return trained_classifier(("ar", "ary", "ary_Latn", "fr", "mixed"), tmp_path_factory.mktemp("classifier"))
