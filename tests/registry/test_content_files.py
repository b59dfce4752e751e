import datetime as dt
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from registry.content import (
    CSV_COLUMNS,
    export_content,
    import_content,
    latest,
    load_content,
    read_records,
    validate_record,
    values_of,
)
from registry.db import Registry
from registry.errors import ContentFileError
from registry.migrate import upgrade
from registry.models import ContentVersion
from tests.registry.content_records import TOPIC, record

# Texts that files mangle easily: several lines, quotes, YAML syntax, right-to-left with
# numbers, literal braces, a line that looks like a list item or a comment.
TRICKY = [
    record(),
    record(
        "amo.enroll",
        status="draft",
        source={
            "ar": "CNSS: « الأسئلة » #2",
            "ary": "'CNSS' - www.macnss.ma",
            "fr": "cnss.ma: FAQ, « inscription » #2",
        },
        reference='shared/DOMAIN.md §2: "dependants" # medium confidence',
        values={"phone": "0522", "rate": 6.37, "count": 3, "yes": "no"},
        text={
            "ar": 'سجل أولا:\n- عبر rna.gov.ma\n- أو لدى الغرفة\n# ليس تعليقا\nالرقم {phone} و{rate} % و{count} "مرات" {yes}',
            "ary": "تسجل: {phone}, {rate}, {count}, {yes}\n\n  سطر بمسافتين\t(tab)",
            "fr": "Inscrivez-vous : {{pas un champ}} {phone} {rate} {count} {yes} — l'AMO 'ok' null: true",
        },
    ),
    record("pension", values={}, text={"ar": "null", "ary": "yes", "fr": "- 12"}),
]


def count(session) -> int:
    return session.execute(select(func.count()).select_from(ContentVersion)).scalar_one()


def columns(version: ContentVersion) -> tuple:
    return (
        version.topic,
        version.status,
        version.source_ar,
        version.source_ary,
        version.source_fr,
        version.reference,
        version.verified_on,
        values_of(version),
        version.text_ar,
        version.text_ary,
        version.text_fr,
    )


def snapshot(registry: Registry) -> list[tuple]:
    with registry.session() as session:
        return [columns(v) for v in session.execute(select(ContentVersion)).scalars()]


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def yaml_text(records: list) -> str:
    return yaml.safe_dump(records, allow_unicode=True, sort_keys=False)


# --- reading -----------------------------------------------------------------------------


def test_a_directory_is_its_yaml_files_in_name_order(tmp_path: Path) -> None:
    write(tmp_path / "b.yml", yaml_text([record("b.one")]))
    write(tmp_path / "a.yml", yaml_text([record("a.one"), record("a.two")]))
    write(tmp_path / "c.yaml", yaml_text([record("c.one")]))
    write(tmp_path / "notes.md", "# not content")
    write(tmp_path / ".#a.yml", "an editor's lock file")
    write(tmp_path / "empty.yml", "")
    assert [r["topic"] for r in read_records(tmp_path)] == ["a.one", "a.two", "b.one", "c.one"]


def test_an_empty_directory_has_no_records(tmp_path: Path) -> None:
    assert read_records(tmp_path) == []


def test_a_csv_file_gives_the_same_records_as_yaml(tmp_path: Path) -> None:
    path = write(
        tmp_path / "content.csv",
        ",".join(CSV_COLUMNS).upper() + "\n"
        "  amo.cost.no_tax ,published,"
        + ",".join(record()["source"][language] for language in ("ar", "ary", "fr"))
        + ',cnss.ma (TNS contribution base),2024-03-01,"{""amount"": 135, ""year"": 2021}",'
        + ",".join(record()["text"][language] for language in ("ar", "ary", "fr"))
        + "\n,,,,,,,,,,\n",
    )
    assert read_records(path) == [record()]


@pytest.mark.parametrize(
    ("name", "text", "words"),
    [
        ("list.yml", "topic: amo.what\n", "must be a list of records"),
        ("items.yml", "- just a string\n", "item 1 is not a record"),
        ("broken.yml", "- topic: [unclosed\n", "cannot read the file"),
        ("columns.csv", "topic,status\namo.what,published\n", "missing: source_ar, source_ary, source_fr"),
        (
            "before_sources.csv",
            "topic,status,source,verified_on,values_json,text_ar,text_ary,text_fr\n",
            "missing: source_ar, source_ary, source_fr, reference; unknown: source",
        ),
        ("extra.csv", ",".join(CSV_COLUMNS) + ",notes\n", "unknown: notes"),
        ("long.csv", ",".join(CSV_COLUMNS) + "\n" + "a," * 12 + "\n", "more fields than columns"),
        ("content.txt", "", "not a YAML (.yml) or CSV (.csv) file"),
    ],
)
def test_a_file_that_is_not_records_is_refused(tmp_path: Path, name: str, text: str, words: str) -> None:
    path = write(tmp_path / name, text)
    with pytest.raises(ContentFileError, match=words.replace("(", r"\(").replace(")", r"\)")):
        read_records(path)


def test_a_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ContentFileError, match="no such file"):
        read_records(tmp_path / "missing.yml")


# --- export and import -------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".yml", ".csv"])
def test_export_then_import_is_lossless(empty_registry: Registry, tmp_path: Path, suffix: str) -> None:
    with empty_registry.session() as session:
        load_content(session, TRICKY, created_by="seed")
        # An older version and a newer draft: the newest of each topic is exported.
        load_content(session, [record(status="draft", values={"amount": 1, "year": 2})], created_by="seed")
        path = tmp_path / f"export{suffix}"
        assert export_content(session, path) == 3
        newest = sorted(columns(latest(session, r["topic"])) for r in TRICKY)

    with empty_registry.session() as session:
        report = import_content(session, path, dry_run=False)
        assert report.unchanged == ["amo.cost.no_tax", "amo.enroll", "pension"] and report.applied

    other_url = f"sqlite:///{tmp_path / 'other.db'}"
    upgrade(other_url)
    other = Registry.from_url(other_url)
    with other.session() as session:
        assert import_content(session, path, dry_run=False).added == [
            "amo.cost.no_tax",
            "amo.enroll",
            "pension",
        ]
    assert sorted(snapshot(other)) == newest
    again = tmp_path / f"again{suffix}"
    with other.session() as session:
        export_content(session, again)
    other.dispose()
    assert again.read_bytes() == path.read_bytes()


def test_an_empty_registry_exports_an_empty_file_that_imports(
    empty_registry: Registry, tmp_path: Path
) -> None:
    for name in ("empty.yml", "empty.csv"):
        with empty_registry.session() as session:
            assert export_content(session, tmp_path / name) == 0
            assert import_content(session, tmp_path / name, dry_run=False).ok


def test_export_refuses_an_unknown_format(empty_registry: Registry, tmp_path: Path) -> None:
    with pytest.raises(ContentFileError), empty_registry.session() as session:
        export_content(session, tmp_path / "content.json")


# Any printable character, and the line breaks and controls that files handle differently.
CHARACTERS = st.one_of(
    st.characters(blacklist_categories=("Cs", "Cc")), st.sampled_from("\n\r\t \x00\x85\u2028\ufeff")
)


@given(
    text=st.text(CHARACTERS.filter(lambda c: c not in "{}"), min_size=1, max_size=60),
    source=st.text(CHARACTERS, min_size=1, max_size=30),
    value=st.one_of(
        st.text(CHARACTERS, max_size=20), st.integers(), st.floats(allow_nan=False, allow_infinity=False)
    ),
)
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_any_text_is_refused_or_survives_both_formats(
    empty_registry: Registry, tmp_path: Path, text: str, source: str, value
) -> None:
    data = record(
        values={"v": value},
        source={"ar": source, "ary": source, "fr": source},
        reference=source,
        text={"ar": text + "{v}", "ary": "{v}" + text, "fr": f"x{text}\n{{v}}"},
    )
    errors = list(map(str, validate_record(data)))
    if errors:
        expected = (
            "control character",
            "is required",
            "missing or empty",
            "must be one line",
            "names a file",
        )
        assert all(any(words in e for words in expected) for e in errors), errors
        return
    with empty_registry.session() as session:
        load_content(session, [data], created_by="seed")
        stored = columns(latest(session, TOPIC))
        for name in ("round.yml", "round.csv"):
            export_content(session, tmp_path / name)
            assert import_content(session, tmp_path / name, dry_run=False).unchanged == [TOPIC], name
        assert columns(latest(session, TOPIC)) == stored


def test_a_dry_run_reports_the_same_and_writes_nothing(empty_registry: Registry, tmp_path: Path) -> None:
    path = write(tmp_path / "edit.yml", yaml_text(TRICKY))
    with empty_registry.session() as session:
        dry = import_content(session, path, dry_run=True, editor="Amina")
        assert dry.added == ["amo.cost.no_tax", "amo.enroll", "pension"] and dry.ok and not dry.applied
    with empty_registry.session() as session:
        assert count(session) == 0
        real = import_content(session, path, dry_run=False, editor="Amina")
    assert (real.added, real.changed, real.unchanged, real.applied) == (dry.added, [], [], True)


def test_an_import_is_made_by_the_file_or_the_named_editor_and_wins_over_the_seed(
    empty_registry: Registry, tmp_path: Path
) -> None:
    edited = record(text={"fr": "Vous payez {amount} dirhams par mois depuis {year}."})
    path = write(tmp_path / "edit.yml", yaml_text([edited]))
    with empty_registry.session() as session:
        load_content(session, [record()], created_by="seed")
        assert import_content(session, path, dry_run=False).changed == [TOPIC]
        assert latest(session, TOPIC).created_by == "import:edit.yml"
        assert load_content(session, [record()], created_by="seed").kept == [TOPIC]
        # An editor's file replaces the seed's version and another editor's alike.
        write(path, yaml_text([record()]))
        assert import_content(session, path, dry_run=False, editor="Youssef").changed == [TOPIC]
        assert latest(session, TOPIC).created_by == "Youssef"
        assert [v.version for v in session.execute(select(ContentVersion)).scalars()] == [1, 2, 3]


@pytest.mark.parametrize("editor", ["seed", "import:x.yml", "", " Amina"])
def test_reserved_or_blank_editor_names_are_refused(
    empty_registry: Registry, tmp_path: Path, editor: str
) -> None:
    path = write(tmp_path / "edit.yml", yaml_text([record()]))
    with empty_registry.session() as session:
        report = import_content(session, path, dry_run=False, editor=editor)
        assert not report.ok and not report.applied and count(session) == 0


def test_one_bad_row_rejects_the_whole_file(empty_registry: Registry, tmp_path: Path) -> None:
    good = tmp_path / "good.csv"
    with empty_registry.session() as session:
        load_content(session, TRICKY, created_by="seed")
        export_content(session, good)
    rows = good.read_text(encoding="utf-8-sig").splitlines(keepends=True)
    bad = write(tmp_path / "bad.csv", "".join(rows).replace(",2024-03-01,", ",01/03/2024,", 1))
    with empty_registry.session() as session:
        load_content(session, [record(values={"amount": 1, "year": 2})], created_by="seed", force=True)
        before = count(session)
    with empty_registry.session() as session:
        report = import_content(session, bad, dry_run=False)
        assert report.errors == [f"{TOPIC}: verified_on: '01/03/2024' is not a date written YYYY-MM-DD"]
        assert report.added == report.changed == [] and not report.applied
        assert count(session) == before


def test_an_unreadable_file_is_an_error_in_the_report(empty_registry: Registry, tmp_path: Path) -> None:
    with empty_registry.session() as session:
        report = import_content(session, write(tmp_path / "x.yml", "{"), dry_run=True)
        assert len(report.errors) == 1 and report.errors[0].startswith("x.yml: cannot read the file")


def test_yaml_dates_and_text_dates_are_the_same(empty_registry: Registry, tmp_path: Path) -> None:
    with empty_registry.session() as session:
        load_content(session, [record(verified_on=dt.date(2024, 3, 1))], created_by="seed")
        assert load_content(session, [record()], created_by="seed").unchanged == [TOPIC]
