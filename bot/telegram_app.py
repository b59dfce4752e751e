"""The Telegram channel: every private message goes to Rasa's REST channel, every reply comes back."""

from __future__ import annotations

import logging
from typing import Any

from telegram import Update
from telegram.constants import ChatAction
from telegram.ext import (
    AIORateLimiter,
    Application,
    CallbackQueryHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from bot.keyboards import keyboard, payload_of
from bot.rasa_client import RasaClient, RasaError
from bot.splitting import split_message
from hirfa.languages import platform_language
from hirfa.settings import Settings
from replies.catalogs import RTL_LANGUAGES, load_catalogs
from replies.messages import CHANNEL_REPLIES
from replies.render import render

logger = logging.getLogger(__name__)

# Telegram commands and the message each stands for in the conversation.
COMMANDS = {
    "start": "/greet",
    "help": "/ask_help",
    "language": "/choose_language",
    "human": "/human_handoff",
    "forget_me": "/forget_me",
    "privacy": "/forget_me",
}


class TelegramChannel:
    """Holds what the handlers share: the Rasa client, the catalogs, the default language."""

    def __init__(self, rasa: RasaClient, default_language: str) -> None:
        self.rasa = rasa
        self.catalogs = load_catalogs()
        self.default_language = default_language
        self.long_payloads: dict[str, str] = {}

    def language(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> str:
        """The conversation's language as last seen in a reply, else the phone's, else the default."""
        user = update.effective_user
        return (
            context.chat_data.get("language")
            or platform_language(user.language_code if user else None)
            or self.default_language
        )

    async def say(self, update: Update, context: ContextTypes.DEFAULT_TYPE, name: str) -> None:
        """Send one of the channel's own replies in the user's language."""
        language = self.language(update, context)
        message = render(CHANNEL_REPLIES[name], name, language, self.catalogs[language], {})
        await self.deliver(update.effective_chat.id, context, [message])

    async def relay(self, update: Update, context: ContextTypes.DEFAULT_TYPE, text: str) -> None:
        """Send ``text`` to the assistant and deliver its replies in order."""
        chat_id = update.effective_chat.id
        user = update.effective_user
        metadata = {
            "channel": "telegram",
            "telegram_user_id": user.id if user else None,
            "language_code": user.language_code if user else None,
        }
        await context.bot.send_chat_action(chat_id, ChatAction.TYPING)
        try:
            replies = await self.rasa.send(str(chat_id), text, metadata)
        except RasaError as error:
            logger.warning("Rasa could not answer chat %s: %s", chat_id, error)
            await self.say(update, context, "assistant_unavailable")
            return
        await self.deliver(chat_id, context, replies)

    async def deliver(
        self, chat_id: int, context: ContextTypes.DEFAULT_TYPE, replies: list[dict[str, Any]]
    ) -> None:
        """Send Rasa's replies; a text's companion message tells its language and direction."""
        for index, reply in enumerate(replies):
            info = reply.get("custom") or {}
            if "language" in info:
                context.chat_data["language"] = info["language"]
            following = replies[index + 1].get("custom", {}) if index + 1 < len(replies) else {}
            rtl = info.get("rtl", following.get("rtl", context.chat_data.get("language") in RTL_LANGUAGES))
            if reply.get("text"):
                pieces = split_message(reply["text"])
                markup = keyboard(reply.get("buttons") or [], rtl, self.long_payloads)
                for number, piece in enumerate(pieces, start=1):
                    await context.bot.send_message(
                        chat_id, piece, reply_markup=markup if number == len(pieces) else None
                    )
            if reply.get("image"):
                await context.bot.send_photo(chat_id, reply["image"])

    async def on_text(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Relay a private text message (a new one or an edited one)."""
        await self.relay(update, context, update.effective_message.text or "")

    async def on_command(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Relay a command as the intent it stands for; unknown ones as typed, for the assistant to explain."""
        text = update.effective_message.text or ""
        command = text.split()[0].lstrip("/").split("@")[0].lower() if text.startswith("/") else ""
        await self.relay(update, context, COMMANDS.get(command, text))

    async def on_button(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Answer the button press at once, then relay what the button stands for."""
        query = update.callback_query
        await query.answer()
        payload = payload_of(query.data or "", self.long_payloads)
        await self.relay(update, context, payload or "/ask_help")

    async def on_group_message(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Invite people who write in a group to a private chat."""
        await self.say(update, context, "write_privately")

    async def on_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Log the fault, then tell the user kindly in their language."""
        logger.error("Error while handling an update", exc_info=context.error)
        if isinstance(update, Update) and update.effective_chat:
            await self.say(update, context, "assistant_unavailable")


def build_application(settings: Settings, rasa: RasaClient, **builder_options: Any) -> Application:
    """The bot with all its handlers; ``builder_options`` name ApplicationBuilder settings (e.g. request)."""
    builder = (
        Application.builder().token(settings.telegram_bot_token).base_url(settings.telegram_api_base_url)
    )
    for option, value in builder_options.items():
        builder = getattr(builder, option)(value)
    application = builder.build()
    channel = TelegramChannel(rasa, settings.default_language)
    private = filters.ChatType.PRIVATE
    application.add_handler(MessageHandler(filters.ChatType.GROUPS, channel.on_group_message))
    application.add_handler(MessageHandler(private & filters.COMMAND, channel.on_command))
    application.add_handler(MessageHandler(private & filters.TEXT, channel.on_text))
    application.add_handler(CallbackQueryHandler(channel.on_button))
    application.add_error_handler(channel.on_error)
    return application


def run_bot(settings: Settings) -> int:
    """Poll Telegram until interrupted."""
    if not settings.telegram_bot_token:
        logger.error("TELEGRAM_BOT_TOKEN is not set: get a token from @BotFather (see README)")
        return 1
    logging.basicConfig(format="%(asctime)s %(name)s %(levelname)s %(message)s", level=logging.INFO)
    rasa = RasaClient(settings.rasa_url, settings.request_timeout)
    application = build_application(settings, rasa, rate_limiter=AIORateLimiter())
    application.run_polling(allowed_updates=Update.ALL_TYPES)
    return 0
