import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from registry.db import Registry
from registry.models import CitySpelling, Region


def test_sqlite_foreign_keys_are_enforced(empty_db: str) -> None:
    registry = Registry.from_url(empty_db)
    with pytest.raises(IntegrityError), registry.session() as session:
        session.add(CitySpelling(normalised="atlantis", city_name="Atlantis"))
    registry.dispose()


def test_a_session_commits_on_success_and_rolls_back_on_error(empty_db: str) -> None:
    registry = Registry.from_url(empty_db)
    with registry.session() as session:
        session.add(Region(code="AA", name_ar="أ", name_fr="A"))
    with pytest.raises(ValueError), registry.session() as session:
        session.add(Region(code="BB", name_ar="ب", name_fr="B"))
        session.flush()
        raise ValueError
    with registry.session() as session:
        assert session.execute(select(Region.code)).scalars().all() == ["AA"]
        region = session.get(Region, "AA")
    assert region.name_fr == "A"  # still readable once the block has ended
    registry.dispose()
    with registry.session() as session:  # a disposed engine reconnects when used again
        assert session.execute(select(func.count()).select_from(Region)).scalar_one() == 1
    registry.dispose()


def test_a_server_database_tests_pooled_connections_before_use_and_sqlite_needs_not() -> None:
    # A PostgreSQL restart kills every pooled connection; creating the engine connects to nothing.
    assert Registry.from_url("postgresql://hirfa@127.0.0.1:1/hirfa").engine.pool._pre_ping
    assert not Registry.from_url("sqlite://").engine.pool._pre_ping
