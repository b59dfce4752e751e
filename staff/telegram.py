"""Sending a person's messages to a Telegram user, and fetching a voice note, through the Bot API."""

from __future__ import annotations

import asyncio
from typing import Any

from telegram import Bot
from telegram.error import TelegramError

from bot.keyboards import MAX_CALLBACK_BYTES, keyboard


class MessengerError(RuntimeError):
    """The message could not be delivered (no token, Telegram refused, or it cannot be reached)."""


class Messenger:
    """python-telegram-bot's Bot, used from the staff app's synchronous views."""

    def __init__(self, token: str, base_url: str) -> None:
        self.token = token
        self.base_url = base_url

    @property
    def configured(self) -> bool:
        return bool(self.token)

    def _bot(self) -> Bot:
        if not self.token:
            raise MessengerError("TELEGRAM_BOT_TOKEN is not set: messages cannot reach Telegram users")
        base = self.base_url.rstrip("/")
        file_base = base[: -len("/bot")] + "/file/bot" if base.endswith("/bot") else base + "/file/bot"
        return Bot(self.token, base_url=self.base_url, base_file_url=file_base)

    def _run(self, work: Any) -> Any:
        async def call() -> Any:
            async with self._bot() as bot:
                return await work(bot)

        try:
            return asyncio.run(call())
        except TelegramError as error:
            raise MessengerError(f"Telegram refused: {error}") from error
        except OSError as error:
            raise MessengerError(f"Telegram could not be reached: {error}") from error

    def send(self, chat_id: str, text: str, buttons: list[dict[str, str]] | None = None, rtl: bool = False) -> None:
        """Send ``text`` with inline ``buttons`` (title and payload) to ``chat_id``, laid out as the bot does."""
        # A longer payload would need the bot process's own key map: such a button is left out.
        fitting = [b for b in buttons or [] if len(b["payload"].encode()) <= MAX_CALLBACK_BYTES]
        markup = keyboard(fitting, rtl, {})
        self._run(lambda bot: bot.send_message(int(chat_id), text, reply_markup=markup))

    def voice(self, file_id: str) -> bytes:
        """The bytes of a voice note (getFile, then the file's download address)."""

        async def fetch(bot: Bot) -> bytes:
            file = await bot.get_file(file_id)
            return bytes(await file.download_as_bytearray())

        return self._run(fetch)
