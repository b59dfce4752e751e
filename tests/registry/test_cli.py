from pathlib import Path

import pytest
import yaml
from sqlalchemy import func, select

from commands.hirfa import main
from registry.db import Registry
from registry.migrate import upgrade
from registry.models import ContentVersion, Office, Trade
from tests.registry.content_records import record


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


# --- content -----------------------------------------------------------------------------


def content_dir(tmp_path: Path, records: list) -> Path:
    folder = tmp_path / "content"
    folder.mkdir(exist_ok=True)
    (folder / "amo.yml").write_text(
        yaml.safe_dump(records, allow_unicode=True, sort_keys=False), encoding="utf-8"
    )
    return folder


def created_by(url: str) -> list[str]:
    registry = Registry.from_url(url)
    with registry.session() as session:
        authors = (
            session.execute(select(ContentVersion.created_by).order_by(ContentVersion.id)).scalars().all()
        )
    registry.dispose()
    return authors


def test_content_load_twice_then_force(database: str, tmp_path: Path, capsys) -> None:
    upgrade(database)
    folder = content_dir(
        tmp_path, [record(), record("amo.what", values={}, text={"ar": "أ", "ary": "ب", "fr": "c"})]
    )
    assert main(["content", "load", str(folder)]) == 0
    assert "added (2): amo.cost.no_tax, amo.what" in capsys.readouterr().out
    assert main(["content", "load", str(folder)]) == 0
    assert "unchanged (2)" in capsys.readouterr().out

    edit = tmp_path / "edit.yml"
    edit.write_text(yaml.safe_dump([record(reference="cnss.ma, 2025")], allow_unicode=True), encoding="utf-8")
    assert main(["content", "import", str(edit), "--editor", "Amina"]) == 0
    assert main(["content", "load", str(folder)]) == 0
    assert "kept (1): amo.cost.no_tax" in capsys.readouterr().out
    assert main(["content", "load", str(folder), "--force"]) == 0
    assert "changed (1): amo.cost.no_tax" in capsys.readouterr().out
    assert created_by(database) == ["seed", "seed", "Amina", "seed"]


def test_content_load_with_an_error_applies_nothing(database: str, tmp_path: Path, capsys) -> None:
    upgrade(database)
    folder = content_dir(tmp_path, [record(), record("amo.what", verified_on="soon")])
    assert main(["content", "load", str(folder)]) == 1
    err = capsys.readouterr().err
    assert "amo.what: verified_on: 'soon'" in err and "nothing applied" in err
    assert count(database, ContentVersion) == 0
    (folder / "amo.yml").write_text("topic: not a list\n", encoding="utf-8")
    assert main(["content", "load", str(folder)]) == 1
    assert main(["content", "load", str(tmp_path / "missing")]) == 1


def test_content_load_without_content_files(database: str, tmp_path: Path, monkeypatch, capsys) -> None:
    upgrade(database)
    monkeypatch.setattr("registry.data_cli.CONTENT_DIR", tmp_path / "none")
    assert main(["content", "load"]) == 0
    (tmp_path / "none").mkdir()
    assert main(["content", "load"]) == 0
    assert "added (0)" in capsys.readouterr().out
    assert count(database, ContentVersion) == 0


def test_content_load_of_the_repositorys_files_is_repeatable(database: str, capsys) -> None:
    # Whatever data/content holds (maybe nothing yet) must load, and a second load changes nothing.
    upgrade(database)
    assert main(["content", "load"]) == 0
    loaded = count(database, ContentVersion)
    capsys.readouterr()
    assert main(["content", "load"]) == 0
    out = capsys.readouterr().out
    assert "added (0)" in out and "changed (0)" in out
    assert count(database, ContentVersion) == loaded


def test_content_export_and_import_exit_codes(database: str, tmp_path: Path, capsys) -> None:
    upgrade(database)
    assert main(["content", "load", str(content_dir(tmp_path, [record()]))]) == 0
    exported = tmp_path / "export.csv"
    assert main(["content", "export", str(exported)]) == 0
    assert "1 topic(s) exported" in capsys.readouterr().out
    assert main(["content", "export", str(tmp_path / "export.json")]) == 1

    changed = tmp_path / "changed.csv"
    changed.write_text(
        exported.read_text(encoding="utf-8-sig").replace("cnss.ma", "cnss.ma 2025"), encoding="utf-8"
    )
    assert main(["content", "import", str(changed), "--dry-run"]) == 0
    assert "changed (1): amo.cost.no_tax" in capsys.readouterr().out
    assert count(database, ContentVersion) == 1

    bad = tmp_path / "bad.csv"
    bad.write_text(exported.read_text(encoding="utf-8-sig").replace("published", "live"), encoding="utf-8")
    assert main(["content", "import", str(bad)]) == 1
    assert "status: 'live'" in capsys.readouterr().err
    assert main(["content", "import", str(tmp_path / "missing.csv")]) == 1
    assert main(["content", "import", str(changed), "--editor", "seed"]) == 1
    assert count(database, ContentVersion) == 1

    assert main(["content", "import", str(changed)]) == 0
    assert created_by(database) == ["seed", "import:changed.csv"]


def test_content_before_the_database_exists_says_what_to_do(database: str, tmp_path: Path, capsys) -> None:
    assert main(["content", "export", str(tmp_path / "out.yml")]) == 1
    assert "hirfa db upgrade" in capsys.readouterr().err


def test_db_tracker_creates_the_conversation_tables_once_and_again(tmp_path: Path, monkeypatch, capsys) -> None:
    import sqlalchemy as sa

    url = f"sqlite:///{tmp_path / 'tracker.db'}"
    monkeypatch.setenv("HIRFA_TRACKER_URL", url)
    assert main(["db", "tracker"]) == 0
    assert main(["db", "tracker"]) == 0  # a second start of the layout finds them and changes nothing
    assert capsys.readouterr().out.count("tracker tables ready") == 2
    engine = sa.create_engine(url)
    assert {"events", "tracker_checkpoints"} <= set(sa.inspect(engine).get_table_names())
    engine.dispose()
