"""Running the bot as a process: its parts started in order and stopped in reverse, by webhook or by polling
(through the inbox, bot/inbox.py), until SIGINT or SIGTERM; a failed start names its cause."""

from __future__ import annotations

import asyncio
import logging
import signal

from aiohttp import web
from telegram import Update
from telegram.error import TelegramError
from telegram.ext import Application
from telegram.request import HTTPXRequest

from bot.inbox import FlushingRequest, Inbox, InboxQueue
from bot.rasa_client import RasaClient
from bot.rate_limits import AnswersFirstRateLimiter
from bot.telegram_app import TELEGRAM_RETRIES, TelegramChannel, build_application, channel_for
from bot.webhook_server import WEBHOOK_PATH, webhook_app
from hirfa.settings import Settings
from hirfa.startup_heap import freeze_startup_heap
from registry.db import Registry

logger = logging.getLogger(__name__)


class StartError(Exception):
    """A part of the bot could not start; the message names the cause."""


async def _serve_webhook(application: Application, settings: Settings, channel: TelegramChannel) -> None:
    """Start the parts in order (listening socket, application, Telegram's webhook), stop them in reverse."""
    runner = web.AppRunner(webhook_app(application, settings.telegram_webhook_secret, channel.receive))
    await runner.setup()
    try:
        listen, port = settings.telegram_webhook_listen, settings.telegram_webhook_port
        try:
            # Listening first: a port in use stops the start before Telegram is told to send updates here.
            await web.TCPSite(runner, listen, port).start()
        except OSError as error:
            raise StartError(
                f"cannot listen for Telegram's webhook on {listen}:{port} (TELEGRAM_WEBHOOK_PORT): "
                f"{error.strerror or error}"
            ) from None
        await application.initialize()
        try:
            if application.post_init:
                # run_polling and run_webhook call it; a custom webhook server must too (the command menu).
                await application.post_init(application)
            await application.bot.set_webhook(
                settings.telegram_webhook_url.rstrip("/") + WEBHOOK_PATH,
                secret_token=settings.telegram_webhook_secret,
                allowed_updates=Update.ALL_TYPES,
            )
            await application.start()
            try:
                await _until_signalled()
            finally:
                await application.stop()  # finishes the updates in flight
        finally:
            await application.shutdown()
    finally:
        await runner.cleanup()
        await channel.close()


async def _serve_polling(
    application: Application, registry: Registry, channel: TelegramChannel, inbox: InboxQueue
) -> None:
    """Poll Telegram through the inbox (bot/inbox.py); start the parts in order, stop them in reverse."""
    await application.initialize()
    try:
        if application.post_init:
            await application.post_init(application)
        replayed = await inbox.open(Inbox(registry, application.bot.id), application.bot)
        if replayed:
            logger.info("%d updates taken before the bot stopped are handled now", replayed)
        await application.start()
        try:
            await application.updater.start_polling(allowed_updates=Update.ALL_TYPES, error_callback=polling_failed)
            try:
                await _until_signalled()
            finally:
                await application.updater.stop()
        finally:
            await application.stop()  # finishes the updates in flight; those still queued wait in the inbox
    finally:
        await application.shutdown()
        inbox.close()
        await channel.close()


def polling_failed(error: TelegramError) -> None:
    """A getUpdates Telegram refused (a 5xx, a broken connection): one line, where python-telegram-bot would log
    a traceback at ERROR each time; it polls again by itself, and what Telegram holds waits for it."""
    logger.warning("Telegram did not answer getUpdates, polling again: %s", error)


async def _until_signalled() -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    signals = (signal.SIGINT, signal.SIGTERM)
    for sig in signals:
        loop.add_signal_handler(sig, stop.set)
    try:
        await stop.wait()
    finally:
        for sig in signals:
            loop.remove_signal_handler(sig)


def run_bot(settings: Settings) -> int:
    """Poll Telegram, or serve its webhook when TELEGRAM_WEBHOOK_URL is set, until stopped."""
    logging.basicConfig(format="%(asctime)s %(name)s %(levelname)s %(message)s", level=logging.INFO)
    logging.getLogger("httpx").setLevel(logging.WARNING)
    if not settings.telegram_bot_token:
        logger.error("TELEGRAM_BOT_TOKEN is not set: get a token from @BotFather (see README)")
        return 1
    # The long wait: a slow answer is still delivered (after a notice), not replaced by an apology.
    rasa = RasaClient(settings.rasa_url, settings.answer_timeout, channel_token=settings.channel_token)
    # One engine on the registry for the whole process: the inbox and the long button payloads share it.
    registry = Registry.from_url(settings.database_url)
    channel = channel_for(settings, rasa, registry)
    # Telegram's 429 means the message was not sent: waiting retry_after and sending it again is safe.
    limiter = AnswersFirstRateLimiter(channel.state, max_retries=TELEGRAM_RETRIES)
    if settings.telegram_webhook_url:
        application = build_application(settings, rasa, channel, rate_limiter=limiter)
        serving = _serve_webhook(application, settings, channel)
    else:
        inbox = InboxQueue()
        # python-telegram-bot's own getUpdates connection (one), writing the inbox before each call.
        polls = FlushingRequest(HTTPXRequest(connection_pool_size=1), inbox.write)
        application = build_application(
            settings, rasa, channel, rate_limiter=limiter, update_queue=inbox, get_updates_request=polls
        )
        serving = _serve_polling(application, registry, channel, inbox)
    freeze_startup_heap()
    try:
        asyncio.run(serving)
    except StartError as error:
        logger.error("The bot could not start: %s", error)
        return 1
    return 0
