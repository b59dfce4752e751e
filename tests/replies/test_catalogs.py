"""Every phrase is translated in every reply language, with the same placeholders."""

from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po
from rasa.shared.core.domain import Domain

from hirfa.languages import REPLY_LANGUAGES
from replies.catalogs import LOCALES_DIR
from replies.messages import RESPONSES
from replies.render import placeholders

ROOT = Path(__file__).resolve().parents[2]


def source_ids() -> set[str]:
    extracted = extract_from_dir(
        str(ROOT / "replies"), method_map=[("messages.py", "python")], keywords={"N_": None}
    )
    return {message for _, _, message, _, _ in extracted}


def catalog(language: str):
    with (LOCALES_DIR / language / "LC_MESSAGES" / "messages.po").open("rb") as handle:
        return read_po(handle, locale=language)


def test_the_template_holds_every_source_message() -> None:
    with (LOCALES_DIR / "messages.pot").open("rb") as handle:
        template = {m.id for m in read_po(handle) if m.id}
    assert template == source_ids(), "run `make i18n` after changing replies/messages.py"


@pytest.mark.parametrize("language", REPLY_LANGUAGES)
def test_every_message_is_translated(language: str) -> None:
    entries = {m.id: m for m in catalog(language) if m.id}
    missing = sorted(source_ids() - {i for i, m in entries.items() if m.string and not m.fuzzy})
    assert missing == [], f"untranslated in {language}"


@pytest.mark.parametrize("language", REPLY_LANGUAGES)
def test_translations_keep_the_placeholders(language: str) -> None:
    for message in catalog(language):
        if message.id and message.string:
            assert placeholders(message.string) == placeholders(message.id), message.id


def test_domain_and_catalog_name_the_same_responses() -> None:
    domain = Domain.load(str(ROOT / "domain"))
    assert set(domain.responses) == set(RESPONSES)
