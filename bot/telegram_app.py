"""The Telegram channel: every private message goes to Rasa's REST channel, every reply comes back."""

from __future__ import annotations

import asyncio
import logging
import signal
from collections import OrderedDict, defaultdict
from typing import Any

from aiohttp import web
from telegram import BotCommand, Update
from telegram.constants import ChatAction
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationHandlerStop,
    CallbackQueryHandler,
    ContextTypes,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot.flood import FloodGate
from bot.keyboards import keyboard, payload_of
from bot.rasa_client import RasaClient, RasaError, RasaUnavailable
from bot.splitting import split_message
from bot.webhook_server import WEBHOOK_PATH, webhook_app
from hirfa.languages import platform_language
from hirfa.settings import Settings
from replies.catalogs import RTL_LANGUAGES, load_catalogs
from replies.messages import CHANNEL_REPLIES, COMMAND_DESCRIPTIONS
from replies.render import render

logger = logging.getLogger(__name__)

# Telegram commands and the message each stands for in the conversation (None: answered by the channel).
COMMANDS: dict[str, str | None] = {
    "start": "/choose_language",
    "help": "/ask_help",
    "language": "/choose_language",
    "human": "/human_handoff",
    "cancel": "/stop",
    "forget_me": "/forget_me",
    "privacy": None,
}
# Telegram language codes whose users get the command menu in a given reply language.
COMMAND_LANGUAGES = {"ar": "ary", "fr": "fr"}
RETRY_DELAYS = (0.5, 1.0, 2.0)
TYPING_DELAY = 0.3
SEEN_UPDATES = 5000


class TelegramChannel:
    """What the handlers share: the Rasa client, catalogs, per-chat order and per-user flood limits."""

    def __init__(
        self,
        rasa: RasaClient,
        default_language: str,
        flood: FloodGate | None = None,
        retry_delays: tuple[float, ...] = RETRY_DELAYS,
        typing_delay: float = TYPING_DELAY,
    ) -> None:
        self.rasa = rasa
        self.catalogs = load_catalogs()
        self.default_language = default_language
        self.flood = flood or FloodGate()
        self.retry_delays = retry_delays
        self.typing_delay = typing_delay
        self.long_payloads: dict[str, str] = {}
        self._chat_locks: defaultdict[int, asyncio.Lock] = defaultdict(asyncio.Lock)
        self._seen: OrderedDict[int, None] = OrderedDict()

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

    async def deduplicate(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Handle an update delivered twice (webhook retries) only once."""
        if update.update_id in self._seen:
            raise ApplicationHandlerStop
        self._seen[update.update_id] = None
        if len(self._seen) > SEEN_UPDATES:
            self._seen.popitem(last=False)

    async def relay(
        self, update: Update, context: ContextTypes.DEFAULT_TYPE, text: str, **metadata: Any
    ) -> None:
        """Send ``text`` to the assistant and deliver its replies; one chat's messages are handled in order."""
        chat_id = update.effective_chat.id
        user = update.effective_user
        user_id = user.id if user else chat_id
        if self.flood.notice_due(user_id):
            await self.say(update, context, "too_fast")
        async with self.flood.limiter(user_id), self._chat_locks[chat_id]:
            metadata = {
                "channel": "telegram",
                "telegram_user_id": user_id,
                "language_code": user.language_code if user else None,
                **metadata,
            }
            # The typing indicator costs a Bot API call: only show it when the answer is slow to come.
            typing = asyncio.create_task(self._typing_after(context, chat_id))
            try:
                replies = await self._ask(str(chat_id), text, metadata)
            except RasaError as error:
                logger.warning("Rasa could not answer chat %s: %s", chat_id, error)
                await self.say(update, context, "assistant_unavailable")
                return
            finally:
                typing.cancel()
            await self.deliver(chat_id, context, replies)

    async def _typing_after(self, context: ContextTypes.DEFAULT_TYPE, chat_id: int) -> None:
        await asyncio.sleep(self.typing_delay)
        await context.bot.send_chat_action(chat_id, ChatAction.TYPING)

    async def _ask(self, sender: str, text: str, metadata: dict[str, Any]) -> list[dict[str, Any]]:
        # Only a refused connection is retried: the message cannot have reached Rasa then.
        for delay in self.retry_delays:
            try:
                return await self.rasa.send(sender, text, metadata)
            except RasaUnavailable:
                await asyncio.sleep(delay)
        return await self.rasa.send(sender, text, metadata)

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
            venue = info.get("venue")
            if isinstance(venue, dict) and {"latitude", "longitude", "title", "address"} <= venue.keys():
                # After the text, so that the map pin comes under the answer that names the office.
                await context.bot.send_venue(
                    chat_id, venue["latitude"], venue["longitude"], venue["title"], venue["address"]
                )

    async def on_text(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Relay a private text message, a new one or an edited one."""
        await self.relay(update, context, update.effective_message.text or "")

    async def on_command(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Relay a command as the message it stands for; unknown ones as typed, for the assistant to explain."""
        text = update.effective_message.text or ""
        command = text.split()[0].lstrip("/").split("@")[0].lower() if text.startswith("/") else ""
        if command in COMMANDS and COMMANDS[command] is None:
            await self.say(update, context, command)
            return
        message = COMMANDS.get(command, text)
        extra = {}
        if message == "/human_handoff" and "voice_file_id" in context.chat_data:
            extra["voice_file_id"] = context.chat_data.pop("voice_file_id")
        await self.relay(update, context, message, **extra)

    async def on_button(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Answer the button press at once, then relay what the button stands for."""
        query = update.callback_query
        await query.answer()
        payload = payload_of(query.data or "", self.long_payloads) or "/ask_help"
        extra = {}
        if payload == "/human_handoff" and "voice_file_id" in context.chat_data:
            extra["voice_file_id"] = context.chat_data.pop("voice_file_id")
        await self.relay(update, context, payload, **extra)

    async def on_location(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """A shared location asks for the nearest chamber of crafts."""
        location = update.effective_message.location
        await self.relay(
            update,
            context,
            "/find_office",
            location={"latitude": location.latitude, "longitude": location.longitude},
        )

    async def on_contact(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """A shared contact answers a phone question, but only with the user's own number."""
        contact = update.effective_message.contact
        if update.effective_user is None or contact.user_id != update.effective_user.id:
            await self.say(update, context, "own_contact_only")
            return
        await self.relay(update, context, contact.phone_number)

    async def on_voice(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Say the assistant cannot listen yet; keep the recording for a person, should the user ask for one."""
        message = update.effective_message
        recording = message.voice or message.audio or message.video_note
        context.chat_data["voice_file_id"] = recording.file_id
        await self.say(update, context, "cannot_listen")

    async def on_media(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Pictures, files and stickers get a kind explanation."""
        await self.say(update, context, "cannot_read_media")

    async def on_group_message(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Invite people who write in a group to a private chat."""
        await self.say(update, context, "write_privately")

    async def on_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Log the fault, then tell the user kindly in their language."""
        logger.error("Error while handling an update", exc_info=context.error)
        if isinstance(update, Update) and update.effective_chat:
            await self.say(update, context, "assistant_unavailable")

    async def register_commands(self, application: Application) -> None:
        """The command menu with its descriptions in each reply language."""
        languages = {**COMMAND_LANGUAGES, None: self.default_language}
        for code, language in languages.items():
            catalog = self.catalogs[language]
            commands = [BotCommand(name, catalog.gettext(COMMAND_DESCRIPTIONS[name])) for name in COMMANDS]
            await application.bot.set_my_commands(commands, language_code=code)


def build_application(
    settings: Settings, rasa: RasaClient, channel: TelegramChannel | None = None, **builder_options: Any
) -> Application:
    """The bot with all its handlers; ``builder_options`` name ApplicationBuilder settings (e.g. request)."""
    channel = channel or TelegramChannel(rasa, settings.default_language)
    builder = (
        Application.builder()
        .token(settings.telegram_bot_token)
        .base_url(settings.telegram_api_base_url)
        .concurrent_updates(True)
        .post_init(channel.register_commands)
    )
    for option, value in builder_options.items():
        builder = getattr(builder, option)(value)
    application = builder.build()
    private = filters.ChatType.PRIVATE
    messages = filters.UpdateType.MESSAGES
    application.add_handler(TypeHandler(Update, channel.deduplicate), group=-1)
    application.add_handler(MessageHandler(filters.ChatType.GROUPS & messages, channel.on_group_message))
    application.add_handler(MessageHandler(private & filters.COMMAND, channel.on_command))
    application.add_handler(MessageHandler(private & messages & filters.TEXT, channel.on_text))
    application.add_handler(MessageHandler(private & filters.LOCATION, channel.on_location))
    application.add_handler(MessageHandler(private & filters.CONTACT, channel.on_contact))
    application.add_handler(
        MessageHandler(private & (filters.VOICE | filters.AUDIO | filters.VIDEO_NOTE), channel.on_voice)
    )
    application.add_handler(
        MessageHandler(
            private & (filters.PHOTO | filters.Document.ALL | filters.Sticker.ALL | filters.VIDEO),
            channel.on_media,
        )
    )
    application.add_handler(CallbackQueryHandler(channel.on_button))
    application.add_error_handler(channel.on_error)
    return application


async def _serve_webhook(application: Application, settings: Settings) -> None:
    runner = web.AppRunner(webhook_app(application, settings.telegram_webhook_secret))
    await runner.setup()
    site = web.TCPSite(runner, settings.telegram_webhook_listen, settings.telegram_webhook_port)
    async with application:
        if application.post_init:
            # run_polling and run_webhook call it; a custom webhook server must too (the command menu).
            await application.post_init(application)
        await application.bot.set_webhook(
            settings.telegram_webhook_url.rstrip("/") + WEBHOOK_PATH,
            secret_token=settings.telegram_webhook_secret,
            allowed_updates=Update.ALL_TYPES,
        )
        await application.start()
        await site.start()
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, stop.set)
        await stop.wait()
        await runner.cleanup()
        await application.stop()  # finishes the updates in flight


def run_bot(settings: Settings) -> int:
    """Poll Telegram, or serve its webhook when TELEGRAM_WEBHOOK_URL is set, until stopped."""
    logging.basicConfig(format="%(asctime)s %(name)s %(levelname)s %(message)s", level=logging.INFO)
    logging.getLogger("httpx").setLevel(logging.WARNING)
    if not settings.telegram_bot_token:
        logger.error("TELEGRAM_BOT_TOKEN is not set: get a token from @BotFather (see README)")
        return 1
    rasa = RasaClient(settings.rasa_url, settings.request_timeout)
    application = build_application(settings, rasa, rate_limiter=AIORateLimiter())
    if settings.telegram_webhook_url:
        asyncio.run(_serve_webhook(application, settings))
    else:
        application.run_polling(allowed_updates=Update.ALL_TYPES)
    return 0
