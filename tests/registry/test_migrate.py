from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, inspect

from registry.migrate import downgrade, upgrade
from registry.models import Base

TABLES = {
    "regions",
    "cities",
    "city_spellings",
    "offices",
    "trades",
    "trade_spellings",
    "registration_requests",
    "request_status_changes",
    "status_lookup_failures",
}


def tables(url: str) -> set[str]:
    engine = create_engine(url, future=True)
    try:
        return set(inspect(engine).get_table_names()) - {"alembic_version"}
    finally:
        engine.dispose()


def test_upgrade_creates_the_database_and_downgrade_empties_it(tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'nested' / 'hirfa.db'}"
    upgrade(url)
    assert (tmp_path / "nested" / "hirfa.db").exists()
    upgrade(url)  # running it again is harmless
    downgrade(url)
    assert tables(url) == set()


def test_round_trip_creates_every_table_and_can_be_repeated(tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'hirfa.db'}"
    for _ in range(2):
        upgrade(url)
        assert tables(url) == TABLES
        downgrade(url)
        assert tables(url) == set()


def test_the_migration_matches_the_models(tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'hirfa.db'}"
    upgrade(url)
    engine = create_engine(url, future=True)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []
    engine.dispose()


def test_the_indexes_that_lookups_rely_on_exist(tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'hirfa.db'}"
    upgrade(url)
    engine = create_engine(url, future=True)
    inspector = inspect(engine)
    assert {"ix_registration_requests_conversation_id"} <= {
        i["name"] for i in inspector.get_indexes("registration_requests")
    }
    assert {"ix_status_lookup_failures_conversation_id"} <= {
        i["name"] for i in inspector.get_indexes("status_lookup_failures")
    }
    engine.dispose()
