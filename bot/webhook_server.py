"""The HTTPS side of webhook mode: Telegram posts updates here; the secret token is checked on each one."""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable

from aiohttp import web
from telegram import Update
from telegram.ext import Application

from hirfa.tokens import same_secret

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
        if not same_secret(request.headers.get(SECRET_HEADER, ""), secret):
            logger.warning("Refused a webhook call with a wrong secret token from %s", request.remote)
            return web.Response(status=403)
        update = _update_from(await request.read(), application)
        if update is None:
            logger.warning("Refused a webhook call whose body is not a Telegram update from %s", request.remote)
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


def _update_from(body: bytes, application: Application) -> Update | None:
    """The update in ``body``; None when it is not UTF-8 JSON of an object with an update id."""
    try:
        data = json.loads(body.decode("utf-8"))
    except ValueError:  # invalid UTF-8 or JSON
        return None
    if not isinstance(data, dict) or not isinstance(data.get("update_id"), int):
        return None
    try:
        # Unknown update types are kept (api_kwargs) and then handled by no one, as Telegram intends.
        return Update.de_json(data, application.bot)
    except (ValueError, TypeError, KeyError, AttributeError):  # a known field of the wrong shape
        return None
