from pathlib import Path

import pytest
from sqlalchemy import func, select

from bot.cli import main
from registry.db import Registry
from registry.migrate import upgrade
from registry.models import Office, Trade


@pytest.fixture
def database(tmp_path: Path, monkeypatch) -> str:
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    monkeypatch.setenv("HIRFA_DATABASE_URL", url)
    return url


def count(url: str, model) -> int:
    registry = Registry.from_url(url)
    with registry.session() as session:
        n = session.execute(select(func.count()).select_from(model)).scalar_one()
    registry.dispose()
    return n


def test_db_upgrade_then_seed_twice(database: str, capsys) -> None:
    assert main(["db", "upgrade"]) == 0
    assert main(["registry", "seed"]) == 0
    out = capsys.readouterr().out
    assert "regions: 12 (added 12," in out and "chambers: 12 (added 12," in out
    assert main(["registry", "seed"]) == 0
    assert "chambers: 12 (added 0, changed 0, unchanged 12, removed 0)" in capsys.readouterr().out
    assert count(database, Office) == 12


def test_seed_before_the_database_exists_says_what_to_do(database: str, capsys) -> None:
    assert main(["registry", "seed"]) == 1
    assert "hirfa db upgrade" in capsys.readouterr().err


def test_import_exit_codes(database: str, tmp_path: Path, capsys) -> None:
    upgrade(database)
    assert main(["registry", "seed"]) == 0
    header = "code,family,branch,name_ar,name_ary,name_fr,official,variants\n"
    good = tmp_path / "good.csv"
    good.write_text(header + "LUTE,art_production,,العود,العود,Luth,false,luth|luthier\n", encoding="utf-8")
    bad = tmp_path / "bad.csv"
    bad.write_text(header + "LUTE,art_production,,العود,العود,Luth,maybe,luth\n", encoding="utf-8")
    seeded = count(database, Trade)
    capsys.readouterr()

    assert main(["registry", "import", "trades", str(good), "--dry-run"]) == 0
    assert "added (1): LUTE" in capsys.readouterr().out
    assert count(database, Trade) == seeded

    assert main(["registry", "import", "trades", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "row 2: official" in err and "nothing applied" in err
    assert count(database, Trade) == seeded

    assert main(["registry", "import", "trades", str(good)]) == 0
    assert count(database, Trade) == seeded + 1

    assert main(["registry", "import", "offices", str(tmp_path / "missing.csv")]) == 1
