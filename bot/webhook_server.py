"""The HTTPS side of webhook mode: Telegram posts updates here; the secret token is checked on each one."""

from __future__ import annotations

import hmac
import json
import logging
from collections.abc import Awaitable, Callable

from aiohttp import web
from telegram import Update
from telegram.ext import Application

logger = logging.getLogger(__name__)
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
WEBHOOK_PATH = "/telegram"


def webhook_app(
    application: Application, secret: str, on_receipt: Callable[[Update], Awaitable[None]] | None = None
) -> web.Application:
    """POST /telegram (Telegram's updates) and GET /health (for the load balancer).

    ``on_receipt`` runs before Telegram gets its answer (the bot takes the update's place in its chat's
    line there); should it fail, Telegram gets a 500 and sends the update again later.
    """

    async def receive(request: web.Request) -> web.Response:
        if not hmac.compare_digest(request.headers.get(SECRET_HEADER, ""), secret):
            logger.warning("Refused a webhook call with a wrong secret token from %s", request.remote)
            return web.Response(status=403)
        try:
            update = Update.de_json(json.loads(await request.text()), application.bot)
        except (ValueError, TypeError, KeyError):
            return web.Response(status=400)
        if on_receipt is not None:
            await on_receipt(update)
        await application.update_queue.put(update)
        return web.Response(status=200)

    async def health(_: web.Request) -> web.Response:
        return web.json_response({"status": "ok", "running": application.running})

    app = web.Application()
    app.router.add_post(WEBHOOK_PATH, receive)
    app.router.add_get("/health", health)
    return app
