"""Registry fixtures: real SQLite files, built by the real migration and the real seed files."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from registry.db import Registry
from registry.migrate import upgrade
from registry.seed import load_seed

ROOT = Path(__file__).resolve().parents[2]
SEED_DIR = ROOT / "data" / "seed"


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


@pytest.fixture(scope="session")
def seeded_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated and seeded database file, built once and copied by each test that needs it."""
    path = tmp_path_factory.mktemp("template") / "seeded.db"
    upgrade(sqlite_url(path))
    registry = Registry.from_url(sqlite_url(path))
    with registry.session() as session:
        load_seed(session, SEED_DIR)
    registry.dispose()
    return path


@pytest.fixture
def empty_db(tmp_path: Path) -> str:
    """The URL of a migrated database with no rows."""
    url = sqlite_url(tmp_path / "hirfa.db")
    upgrade(url)
    return url


@pytest.fixture
def seeded_db(tmp_path: Path, seeded_template: Path) -> str:
    """The URL of this test's own copy of the seeded database."""
    path = tmp_path / "hirfa.db"
    shutil.copyfile(seeded_template, path)
    return sqlite_url(path)


@pytest.fixture
def registry(seeded_db: str) -> Iterator[Registry]:
    registry = Registry.from_url(seeded_db)
    yield registry
    registry.dispose()


@pytest.fixture
def empty_registry(empty_db: str) -> Iterator[Registry]:
    """A registry on a migrated database with no rows."""
    registry = Registry.from_url(empty_db)
    yield registry
    registry.dispose()
