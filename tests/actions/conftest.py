from typing import Any

import pytest
from rasa.shared.core.domain import Domain
from rasa_sdk import Tracker


@pytest.fixture(scope="session")
def domain() -> dict[str, Any]:
    return Domain.load("domain").as_dict()


def make_tracker(
    text: str = "",
    intent: str | None = None,
    entities: list[dict[str, Any]] | None = None,
    slots: dict[str, Any] | None = None,
    metadata: dict[str, Any] | None = None,
    **parse: Any,
) -> Tracker:
    """A tracker whose latest user message is the one described."""
    latest = {
        "text": text,
        "intent": {"name": intent, "confidence": 1.0},
        "entities": entities or [],
        **parse,
    }
    events = [{"event": "user", "text": text, "parse_data": latest, "metadata": metadata or {}}]
    return Tracker("tester", slots or {}, latest, events, False, None, {}, "action_listen")


@pytest.fixture(scope="session")
def registry_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A migrated, seeded registry database for the actions under test."""
    from pathlib import Path

    from registry.db import Registry
    from registry.migrate import upgrade
    from registry.seed import load_seed

    url = f"sqlite:///{tmp_path_factory.mktemp('registry') / 'hirfa.db'}"
    upgrade(url)
    store = Registry.from_url(url)
    with store.session() as session:
        load_seed(session, Path(__file__).resolve().parents[2] / "data" / "seed")
    store.dispose()
    return url


@pytest.fixture(autouse=True)
def actions_registry(registry_url: str, monkeypatch: pytest.MonkeyPatch):
    """Point the actions at the test registry, the help desk always open (settings are cached: reset them)."""
    from actions.registry_access import office_hours, registry, settings

    monkeypatch.setenv("HIRFA_DATABASE_URL", registry_url)
    monkeypatch.setenv("HIRFA_OFFICE_HOURS", "mon-sun 00:00-24:00")
    for cached in (settings, registry, office_hours):
        cached.cache_clear()
    yield
    for cached in (settings, registry, office_hours):
        cached.cache_clear()
