"""The Telegram channel: every private message goes to Rasa's REST channel, every reply comes back."""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
from collections import Counter
from collections.abc import Awaitable, Callable
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from telegram import BotCommand, Update
from telegram.constants import ChatAction
from telegram.error import NetworkError, TelegramError, TimedOut
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    ContextTypes,
    MessageHandler,
    SimpleUpdateProcessor,
    filters,
)

from bot.flood import FloodGate
from bot.inbox import InboxQueue
from bot.keyboards import is_key, keyboard
from bot.rasa_client import RasaClient, RasaError, RasaNotSent, RasaOutcomeUnknown
from bot.rate_limits import AnswersFirstRateLimiter
from bot.reply_merging import merge_replies
from bot.shared_state import UPDATE_LEASE_SECONDS, Begun, MemoryState, SharedState, shared_state
from bot.splitting import split_message
from hirfa.languages import platform_language
from hirfa.settings import Settings
from registry.db import Registry
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
    "reminders": "/list_reminders",
}
# Telegram language codes whose users get the command menu in a given reply language.
COMMAND_LANGUAGES = {"ar": "ary", "fr": "fr"}
# Between sends of a message that never reached Rasa: about 30 s in all, the time a killed Rasa server takes to
# be restarted by the supervisor and load its model (8-12 s measured by bench/faults.py), with room to spare.
RETRY_DELAYS = (0.5, 1.0, 2.0, 4.0, 8.0, 15.0)
# Between sends of an answer Telegram refused with a server error (5xx) or a broken connection: about 30 s.
TELEGRAM_ERROR_DELAYS = (1.0, 2.0, 4.0, 8.0, 15.0)
TYPING_DELAY = 0.3
# Sends Telegram refused with 429 (Too Many Requests) tried again after retry_after: 6, as Telegram may
# refuse for 10 s and more (bench/faults.py: with 3 tries, one answer of 110 was lost after a 10-s window).
TELEGRAM_RETRIES = 6
SLOW_NOTICE_SECONDS = 5.0  # HIRFA_SLOW_NOTICE_SECONDS: then the user is told the answer is on its way
CONCURRENT_UPDATES = 256  # python-telegram-bot's default for concurrent_updates(True)
# A chat's turn is taken for abandoned when its holder shows no sign of life (renewed every quarter of it,
# however long the answer takes) for this long: its process died, and the chat's next update goes ahead.
HOLD_SECONDS = 15.0
# A redelivered update whose claim is still held (by a live instance, or one that just died and whose claim
# has not lapsed yet) waits for it to end, up to the claim's lease and this, before Telegram is asked to deliver
# it again later.
BUSY_MARGIN_SECONDS = 5.0
BUSY_POLL_SECONDS = 0.5
# The webhook's answer to Telegram when an update could not be handled now (deliver it again later).
RETRY_LATER = 503
# The chat whose turn this task holds (set while ChatOrder handles one of its updates).
_turn_held: ContextVar[int | None] = ContextVar("turn_held", default=None)


@dataclass
class _Answering:
    """The update whose answer this task is sending, and the pieces of it Telegram already accepted (sent by a
    delivery of the same update that died before Telegram got the webhook's acknowledgement)."""

    update_id: int
    sent: set[str]
    seen: Counter[str] = field(default_factory=Counter)

    def key(self, what: str) -> str:
        """A key for the next piece with this content: the same answer sent again gives the same keys."""
        digest = hashlib.sha256(what.encode("utf-8", "surrogatepass")).hexdigest()[:16]
        self.seen[digest] += 1
        return f"{digest}:{self.seen[digest]}"


_answering: ContextVar[_Answering | None] = ContextVar("answering", default=None)


@dataclass
class _Arrival:
    """An update that came by webhook: its place in the chat's line, and the webhook's answer once handled."""

    place: int
    answered: asyncio.Future[int]


class TelegramChannel:
    """What the handlers share: the Rasa client, catalogs, and the state shared with other bot instances
    (seen updates, long button payloads, per-user flood limits, per-chat order)."""

    def __init__(
        self,
        rasa: RasaClient,
        default_language: str,
        flood: FloodGate | None = None,
        retry_delays: tuple[float, ...] = RETRY_DELAYS,
        telegram_error_delays: tuple[float, ...] = TELEGRAM_ERROR_DELAYS,
        typing_delay: float = TYPING_DELAY,
        state: SharedState | None = None,
        slow_notice: float = SLOW_NOTICE_SECONDS,
        lease_seconds: float = UPDATE_LEASE_SECONDS,
    ) -> None:
        self.rasa = rasa
        self.catalogs = load_catalogs()
        self.default_language = default_language
        self.state = state or MemoryState()
        self.flood = flood or FloodGate(state=self.state)
        self.retry_delays = retry_delays
        self.telegram_error_delays = telegram_error_delays
        self.typing_delay = typing_delay
        self.slow_notice = slow_notice
        self.lease_seconds = lease_seconds  # of an update's claim while it is handled
        self._arrivals: dict[int, list[_Arrival]] = {}  # update_id -> its webhook deliveries waiting here

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

    async def receive(self, update: Update) -> asyncio.Future[int] | None:
        """Take the update's place in its chat's line as it arrives by webhook; the webhook's answer to
        Telegram (a status) once the update is handled, or None when it has no chat (answered at once).

        Why arrival here is the order the user wrote in: Telegram's Bot API server delivers the updates of
        one chat one at a time — the next only after the webhook answered 2xx for the previous one (other
        chats go in parallel, up to max_connections; see tdlib/telegram-bot-api, WebhookActor.cpp) — and
        the webhook answers only after this place is taken. So whichever instance the load balancer picks,
        places follow Telegram's order. Limits: an update whose acknowledgement Telegram did not get is
        sent again and takes a later place (handled once all the same: ``handle_once``); the places of an
        instance that died are passed over after the hold time (HOLD_SECONDS); a load balancer that retries a
        request on another instance must retry only failed connections, as nginx and HAProxy do by default
        for a POST.

        The webhook answers only once the update is handled (its answer accepted by Telegram), so an instance
        killed mid-way never acknowledged it: Telegram delivers it again, to any instance, and it is handled
        there (``handle_once``). Acknowledging later only strengthens the order above: Telegram sends a chat's
        next update after this one was answered. What remains: an update still being handled after the
        webhook's ACK_SECONDS is acknowledged then (Telegram would give up waiting and deliver it again
        elsewhere meanwhile), so an instance killed after that loses it.
        """
        chat = update.effective_chat
        if chat is None:
            return None
        arrival = _Arrival(await self.state.take_turn(chat.id), asyncio.get_running_loop().create_future())
        self._arrivals.setdefault(update.update_id, []).append(arrival)
        return arrival.answered

    def arrival(self, update: Update) -> _Arrival | None:
        """The webhook delivery of ``update`` waiting here, if any (once)."""
        arrivals = self._arrivals.get(update.update_id)
        if not arrivals:
            return None
        arrival = arrivals.pop(0)
        if not arrivals:
            del self._arrivals[update.update_id]
        return arrival

    async def handle_once(self, update: Update, handling: Awaitable[Any]) -> int:
        """Run ``handling`` (the update's handlers) unless the update was handled already, by any instance;
        the webhook's answer to Telegram: 200, or RETRY_LATER when it could not be handled now.

        The update is claimed while it is handled (a lease, renewed); a delivery of it that finds it handled
        is acknowledged and dropped. What Telegram accepted of an answer is recorded piece by piece as it is
        sent, so that a redelivery of an update whose first instance died after sending (part of) its answer
        but before acknowledging it sends only the rest: Rasa answers the repeat from its first answer
        (rasa_plugins/handled_updates.py). The window left is between Telegram accepting a message and the
        record of it (one Redis call): a bot killed there sends that message twice.
        """
        update_id = update.update_id
        try:
            begun = await self._begin(update_id)
            sent = await self.state.sent_pieces(update_id) if begun is Begun.FIRST else set()
        except Exception as error:  # the shared state is down: Telegram delivers it again later
            logger.warning("Update %s not handled now, the shared state did not answer: %r", update_id, error)
            _close(handling)
            return RETRY_LATER
        if begun is not Begun.FIRST:
            _close(handling)
            if begun is Begun.DONE:
                logger.info("Update %s came again after it was handled: acknowledged, not handled twice", update_id)
                return 200
            logger.warning("Update %s is still being handled elsewhere: Telegram will deliver it again", update_id)
            return RETRY_LATER
        if sent:
            logger.info("Update %s came again, %d messages of its answer were sent already", update_id, len(sent))
        answering = _answering.set(_Answering(update_id, sent))
        stop = asyncio.Event()
        alive = asyncio.create_task(self._keep_claim(update_id, stop))
        handled = False
        try:
            await handling
            handled = True
        finally:
            stop.set()  # not cancelled mid-call (see RedisState.chat_turn); it never renews a claim that ended
            await asyncio.wait({alive}, timeout=self.lease_seconds / 3)
            _answering.reset(answering)
            try:
                # Shielded: a handler cancelled (the bot stopping) must still give its claim back.
                await asyncio.shield(self.state.end_update(update_id, handled))
            except Exception as error:
                logger.warning("Could not record the end of update %s: %r", update_id, error)
        return 200

    async def _begin(self, update_id: int) -> Begun:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.lease_seconds + BUSY_MARGIN_SECONDS
        while (begun := await self.state.begin_update(update_id, self.lease_seconds)) is Begun.BUSY:
            if loop.time() >= deadline:
                break
            await asyncio.sleep(min(BUSY_POLL_SECONDS, self.lease_seconds / 3))
        return begun

    async def _keep_claim(self, update_id: int, stop: asyncio.Event) -> None:
        while True:
            try:
                await asyncio.wait_for(stop.wait(), self.lease_seconds / 3)
                return
            except asyncio.TimeoutError:
                pass
            try:
                await self.state.keep_update(update_id, self.lease_seconds)
            except Exception as error:  # the handling goes on; at worst a redelivery waits for the lease
                logger.warning("Could not renew the claim of update %s: %r", update_id, error)

    def turn(self, chat_id: int) -> contextlib.AbstractAsyncContextManager[Any]:
        """The chat's turn, unless this task already holds it (ChatOrder takes it for the whole update)."""
        if _turn_held.get() == chat_id:
            return contextlib.nullcontext()
        return self.state.chat_turn(chat_id)

    async def relay(
        self, update: Update, context: ContextTypes.DEFAULT_TYPE, text: str, **metadata: Any
    ) -> None:
        """Send ``text`` to the assistant and deliver its replies; one chat's messages are handled in order.

        The chat's turn is held until the answer is delivered, however late: the chat's next message
        waits for it. A slow answer is announced once (``slow_notice``), then delivered when it comes.
        """
        chat_id = update.effective_chat.id
        user = update.effective_user
        user_id = user.id if user else chat_id
        async with self.turn(chat_id):
            delay, notice = await self.flood.admit(user_id)
            if notice:
                await self.say(update, context, "too_fast")
            if delay:
                await asyncio.sleep(delay)
            metadata = {
                "channel": "telegram",
                "telegram_user_id": user_id,
                "language_code": user.language_code if user else None,
                # The update's id makes a repeat of it (Telegram delivering it again) known to Rasa's
                # channel, which then answers from the first delivery (rasa_plugins/handled_updates.py).
                "telegram_update_id": update.update_id,
                "telegram_bot_id": context.bot.id,
                **metadata,
            }
            # The typing indicator costs a Bot API call: only show it when the answer is slow to come.
            typing = asyncio.create_task(self._typing_after(context, chat_id))
            ask = asyncio.create_task(self._ask(str(chat_id), text, metadata))
            try:
                if not (await asyncio.wait({ask}, timeout=self.slow_notice))[0]:
                    await self._on_its_way(update, context)
                replies = await ask
            except RasaOutcomeUnknown as error:
                # Rasa may have handled it: never sent again. The user is told plainly that no answer came.
                logger.warning("No answer from Rasa for chat %s, message not sent again: %s", chat_id, error)
                await self.say(update, context, "answer_lost")
                return
            except RasaError as error:
                logger.warning("Rasa could not answer chat %s: %s", chat_id, error)
                await self.say(update, context, "assistant_unavailable")
                return
            finally:
                typing.cancel()
                ask.cancel()  # only when this handler itself is cancelled (the bot stopping)
            await self.deliver(chat_id, context, replies)

    async def _on_its_way(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        limiter = context.bot.rate_limiter
        if isinstance(limiter, AnswersFirstRateLimiter) and not await limiter.has_room():
            return  # at Telegram's rate the note would take an answer's place (bot/rate_limits.py)
        try:
            await self.say(update, context, "answer_on_its_way")
        except TelegramError as error:
            # The answer is still coming: a notice that could not be sent must not cost it.
            logger.warning("Could not tell chat %s its answer is on its way: %s", update.effective_chat.id, error)

    async def _typing_after(self, context: ContextTypes.DEFAULT_TYPE, chat_id: int) -> None:
        await asyncio.sleep(self.typing_delay)
        await context.bot.send_chat_action(chat_id, ChatAction.TYPING)

    async def _ask(self, sender: str, text: str, metadata: dict[str, Any]) -> list[dict[str, Any]]:
        # Only a message that never reached Rasa is sent again (bot/rasa_client.py says which did not).
        for delay in self.retry_delays:
            try:
                return await self.rasa.send(sender, text, metadata)
            except RasaNotSent as error:
                logger.info("Sending again in %.1f s a message Rasa never got: %s", delay, error)
                await asyncio.sleep(delay)
        return await self.rasa.send(sender, text, metadata)

    async def deliver(
        self, chat_id: int, context: ContextTypes.DEFAULT_TYPE, replies: list[dict[str, Any]]
    ) -> None:
        """Send Rasa's replies, joined into as few messages as fit (bot/reply_merging.py); a text's
        companion message tells its language and direction."""
        replies = merge_replies(replies)
        for index, reply in enumerate(replies):
            info = reply.get("custom") or {}
            if "language" in info:
                context.chat_data["language"] = info["language"]
            following = replies[index + 1].get("custom", {}) if index + 1 < len(replies) else {}
            rtl = info.get("rtl", following.get("rtl", context.chat_data.get("language") in RTL_LANGUAGES))
            if reply.get("text"):
                pieces = split_message(reply["text"])
                long_payloads: dict[str, str] = {}
                markup = keyboard(reply.get("buttons") or [], rtl, long_payloads)
                for key, payload in long_payloads.items():
                    await self.state.remember_payload(key, payload)
                for number, piece in enumerate(pieces, start=1):
                    last = markup if number == len(pieces) else None
                    await self._to_telegram(
                        partial(context.bot.send_message, chat_id, piece, reply_markup=last), f"text\0{piece}"
                    )
            if reply.get("image"):
                await self._to_telegram(partial(context.bot.send_photo, chat_id, reply["image"]), f"photo\0{reply['image']}")
            venue = info.get("venue")
            if isinstance(venue, dict) and {"latitude", "longitude", "title", "address"} <= venue.keys():
                # After the text, so that the map pin comes under the answer that names the office.
                place = (venue["latitude"], venue["longitude"], venue["title"], venue["address"])
                await self._to_telegram(partial(context.bot.send_venue, chat_id, *place), f"venue\0{place}")

    async def _to_telegram(self, call: Callable[[], Awaitable[Any]], what: str = "") -> Any:
        """Make a Bot API call, again after a server error (5xx) or a broken connection.

        Telegram's 5xx and a refused connection mean the answer was not delivered: sending it again is how
        it arrives once. A time-out is not retried: the message may have arrived. (429 is the rate
        limiter's: it waits retry_after.) ``what`` names the message's content: one an earlier delivery of
        the same update already sent is skipped, and one Telegram accepts is recorded (``handle_once``).
        """
        answering = _answering.get()
        piece = answering.key(what) if answering is not None and what else None
        if piece is not None and piece in answering.sent:
            logger.info("Not sending again a message of update %s's answer: sent before", answering.update_id)
            return None
        result = await self._send_to_telegram(call)
        if piece is not None:
            try:
                await self.state.record_sent(answering.update_id, piece)
            except Exception as error:  # sent all the same; only a redelivery would send it again
                logger.warning("Could not record a message sent for update %s: %r", answering.update_id, error)
        return result

    async def _send_to_telegram(self, call: Callable[[], Awaitable[Any]]) -> Any:
        for delay in self.telegram_error_delays:
            try:
                return await call()
            except TimedOut:
                raise
            except NetworkError as error:
                logger.warning("Telegram refused an answer, sending it again in %.0f s: %s", delay, error)
                await asyncio.sleep(delay)
        return await call()

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
        try:
            await query.answer()
        except TelegramError as error:
            # Only the button's spinner: a press Telegram delivers again (its bot died before it was confirmed)
            # was answered already and Telegram refuses a second answer, but the press itself is still relayed.
            logger.info("Could not answer the button press of chat %s: %s", update.effective_chat.id, error)
        data = query.data or ""
        payload = (await self.state.payload(data) if is_key(data) else data) or "/ask_help"
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

    async def close(self, _: Application | None = None) -> None:
        """Let go of the shared state's connections."""
        await self.state.close()


class ChatOrder(SimpleUpdateProcessor):
    """Handles one chat's updates one at a time, in their order of arrival; different chats concurrently."""

    def __init__(
        self,
        channel: TelegramChannel,
        max_concurrent_updates: int = CONCURRENT_UPDATES,
        inbox: InboxQueue | None = None,
    ) -> None:
        super().__init__(max_concurrent_updates)
        self.channel = channel
        self.inbox = inbox  # the polling bot's: an update handled is crossed off it

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        """Hold the chat's turn around all of the update's handlers (replies, notices and errors alike), run
        them once per update (``TelegramChannel.handle_once``), then give the webhook its answer, or cross the
        update off the polling bot's inbox."""
        chat = update.effective_chat if isinstance(update, Update) else None
        if chat is None:
            await coroutine
            if self.inbox is not None:
                await self.inbox.handled(update)
            return
        arrival = self.channel.arrival(update)
        status = RETRY_LATER
        try:
            async with self.channel.state.chat_turn(chat.id, arrival.place if arrival else None):
                held = _turn_held.set(chat.id)
                try:
                    status = await self.channel.handle_once(update, coroutine)
                finally:
                    _turn_held.reset(held)
        finally:
            _close(coroutine)
            if arrival is not None and not arrival.answered.done():
                arrival.answered.set_result(status)
        if status == 200 and self.inbox is not None:
            await self.inbox.handled(update)


def _close(handling: Awaitable[Any]) -> None:
    """Let go of a coroutine that will not be awaited (no "never awaited" warning); a no-op once it ran."""
    close = getattr(handling, "close", None)
    if close is not None:
        close()


def channel_for(settings: Settings, rasa: RasaClient, registry: Registry | None = None) -> TelegramChannel:
    """The channel with its shared state: in Redis when HIRFA_REDIS_URL is set, else in memory (and long
    button payloads in the registry database: ``registry``, or one opened on DATABASE_URL)."""
    if registry is None and settings.database_url:
        registry = Registry.from_url(settings.database_url)
    return TelegramChannel(
        rasa,
        settings.default_language,
        state=shared_state(settings.redis_url, HOLD_SECONDS, registry),
        slow_notice=settings.slow_notice_seconds,
    )


def build_application(
    settings: Settings, rasa: RasaClient, channel: TelegramChannel | None = None, **builder_options: Any
) -> Application:
    """The bot with all its handlers; ``builder_options`` name ApplicationBuilder settings (e.g. request; an
    ``update_queue`` that is an InboxQueue is the polling bot's inbox)."""
    inbox = builder_options.get("update_queue")
    channel = channel or channel_for(settings, rasa)
    builder = (
        Application.builder()
        .token(settings.telegram_bot_token)
        .base_url(settings.telegram_api_base_url)
        .concurrent_updates(ChatOrder(channel, inbox=inbox if isinstance(inbox, InboxQueue) else None))
        .post_init(channel.register_commands)
        .post_shutdown(channel.close)
    )
    for option, value in builder_options.items():
        builder = getattr(builder, option)(value)
    application = builder.build()
    private = filters.ChatType.PRIVATE
    messages = filters.UpdateType.MESSAGES
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
