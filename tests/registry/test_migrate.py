from sqlalchemy import create_engine, inspect

from registry.migrate import downgrade, upgrade


def test_upgrade_creates_the_database_and_downgrade_empties_it(tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'nested' / 'hirfa.db'}"
    upgrade(url)
    assert (tmp_path / "nested" / "hirfa.db").exists()
    upgrade(url)  # running it again is harmless
    downgrade(url)
    tables = set(inspect(create_engine(url)).get_table_names()) - {"alembic_version"}
    assert tables == set()
