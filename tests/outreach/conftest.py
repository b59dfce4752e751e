"""Outreach fixtures: a migrated registry, the fake Bot API with known chats, a sender bound to it."""

from __future__ import annotations

import shutil
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from telegram import Bot

from outreach.sender import RateLimit, Sender
from registry.db import Registry
from registry.migrate import upgrade
from tests.fake_telegram.server import FakeTelegram


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated, empty database file, built once and copied by each test."""
    path = tmp_path_factory.mktemp("outreach") / "migrated.db"
    upgrade(f"sqlite:///{path}")
    return path


@pytest.fixture
def registry(tmp_path: Path, migrated_template: Path) -> Iterator[Registry]:
    shutil.copyfile(migrated_template, tmp_path / "hirfa.db")
    registry = Registry.from_url(f"sqlite:///{tmp_path / 'hirfa.db'}")
    yield registry
    registry.dispose()


@pytest.fixture(scope="module")
def telegram() -> Iterator[FakeTelegram]:
    with FakeTelegram() as fake:
        yield fake


def known_chat(telegram: FakeTelegram, chat_id: int, language_code: str = "ar") -> int:
    """A chat the fake Bot API knows (its user wrote to the bot once), as Telegram requires to send there."""
    telegram.push(telegram.text_message(chat_id, "salam", language_code=language_code))
    return chat_id


@pytest.fixture
async def sender(telegram: FakeTelegram) -> AsyncIterator[Sender]:
    bot = Bot(telegram.token, base_url=telegram.base_url)
    async with Sender(bot, RateLimit(rate=200)) as started:
        yield started
    telegram.clear_faults()
