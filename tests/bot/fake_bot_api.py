"""A stand-in for Telegram's servers that speaks the Bot API to python-telegram-bot."""

from __future__ import annotations

import json
from typing import Any

from telegram.request import BaseRequest, RequestData

BOT_USER = {"id": 4242, "is_bot": True, "first_name": "Hirfa", "username": "hirfa_bot"}


class FakeBotAPI(BaseRequest):
    """Records every call and answers as Telegram would."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self._message_id = 100

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    @property
    def read_timeout(self) -> float:
        return 5.0

    def sent(self, method: str) -> list[dict[str, Any]]:
        return [params for name, params in self.calls if name == method]

    async def do_request(self, url: str, method: str, request_data: RequestData | None = None, **_: Any):
        name = url.rsplit("/", 1)[-1]
        params = json.loads(json.dumps(request_data.parameters, default=str)) if request_data else {}
        self.calls.append((name, params))
        return 200, json.dumps({"ok": True, "result": self._result(name, params)}).encode()

    def _result(self, name: str, params: dict[str, Any]) -> Any:
        if name == "getMe":
            return {
                **BOT_USER,
                "can_join_groups": True,
                "can_read_all_group_messages": False,
                "supports_inline_queries": False,
            }
        if name in ("sendMessage", "sendPhoto"):
            self._message_id += 1
            return {
                "message_id": self._message_id,
                "date": 1_700_000_000,
                "chat": {"id": int(params["chat_id"]), "type": "private"},
                "from": BOT_USER,
                "text": params.get("text", ""),
            }
        return True


def private_text(
    text: str, chat_id: int = 77, language_code: str = "fr", update_id: int = 1
) -> dict[str, Any]:
    user = {"id": chat_id, "is_bot": False, "first_name": "Fatima", "language_code": language_code}
    message = {
        "message_id": update_id,
        "date": 1_700_000_000,
        "chat": {"id": chat_id, "type": "private"},
        "from": user,
        "text": text,
    }
    if text.startswith("/"):
        message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]
    return {"update_id": update_id, "message": message}


def button_press(data: str, chat_id: int = 77, update_id: int = 2) -> dict[str, Any]:
    user = {"id": chat_id, "is_bot": False, "first_name": "Fatima", "language_code": "ar"}
    message = {
        "message_id": 5,
        "date": 1_700_000_000,
        "chat": {"id": chat_id, "type": "private"},
        "from": BOT_USER,
        "text": "menu",
    }
    return {
        "update_id": update_id,
        "callback_query": {
            "id": "cb1",
            "from": user,
            "chat_instance": "ci",
            "data": data,
            "message": message,
        },
    }


def private_message(
    chat_id: int = 77, language_code: str = "fr", update_id: int = 1, **content: Any
) -> dict[str, Any]:
    """A private message carrying ``content`` (location, contact, voice, photo…) instead of text."""
    user = {"id": chat_id, "is_bot": False, "first_name": "Fatima", "language_code": language_code}
    message = {
        "message_id": update_id,
        "date": 1_700_000_000,
        "chat": {"id": chat_id, "type": "private"},
        "from": user,
        **content,
    }
    return {"update_id": update_id, "message": message}
