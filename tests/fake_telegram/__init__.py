"""A local stand-in for Telegram's Bot API servers, for running the real bot process against it."""

from tests.fake_telegram.server import BOT_TOKEN, Call, FakeTelegram

__all__ = ["BOT_TOKEN", "Call", "FakeTelegram"]
