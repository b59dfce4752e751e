"""The HTTPS side of webhook mode: Telegram posts updates here; the secret token is checked on each one."""

from __future__ import annotations

import asyncio
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
# Telegram waits about a minute for the webhook's answer; an update still being handled then is acknowledged
# before that, so that Telegram does not deliver it again to another instance meanwhile.
ACK_SECONDS = 50.0


def webhook_app(
    application: Application,
    secret: str,
    on_receipt: Callable[[Update], Awaitable[asyncio.Future[int] | None]] | None = None,
    ack_seconds: float = ACK_SECONDS,
) -> web.Application:
    """POST /telegram (Telegram's updates) and GET /health (for the load balancer).

    ``on_receipt`` runs as the update arrives (the bot takes the update's place in its chat's line there)
    and gives the webhook's answer to come: Telegram gets it once the update is handled, so that the update
    of an instance killed mid-way is delivered again (Telegram resends a delivery that got no 2xx). Past
    ``ack_seconds`` (under Telegram's own wait) the update is acknowledged while its handling goes on. Should
    ``on_receipt`` fail, Telegram gets a 500 and sends the update again later; a bot that is stopping answers
    503 to new updates (delivered again later, to another instance or after the restart).
    """

    async def receive(request: web.Request) -> web.Response:
        if not same_secret(request.headers.get(SECRET_HEADER, ""), secret):
            logger.warning("Refused a webhook call with a wrong secret token from %s", request.remote)
            return web.Response(status=403)
        update = _update_from(await request.read(), application)
        if update is None:
            logger.warning("Refused a webhook call whose body is not a Telegram update from %s", request.remote)
            return web.Response(status=400)
        if not application.running:
            return web.Response(status=503)
        answered = await on_receipt(update) if on_receipt is not None else None
        await application.update_queue.put(update)
        if answered is None:
            return web.Response(status=200)
        try:
            # Shielded: the update is handled to its end even when Telegram stops waiting for this answer.
            status = await asyncio.wait_for(asyncio.shield(answered), ack_seconds)
        except asyncio.TimeoutError:
            logger.info("Update %s acknowledged after %.0f s while its handling goes on", update.update_id, ack_seconds)
            status = 200
        return web.Response(status=status)

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
