"""A registry database of the tests' own for the bot's database parts (long button payloads)."""

from __future__ import annotations

import pytest

from registry.migrate import upgrade


@pytest.fixture(scope="session")
def registry_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    """An empty registry database at the newest revision, never the developer's var/hirfa.db."""
    url = f"sqlite:///{tmp_path_factory.mktemp('bot-registry') / 'hirfa.db'}"
    upgrade(url)
    return url
