import json

import httpx
import pytest

from bot.rasa_client import REST_WEBHOOK, RasaClient, RasaError, RasaUnavailable


def client_for(handler) -> RasaClient:
    return RasaClient("http://rasa.test", timeout=5, transport=httpx.MockTransport(handler))


async def test_sends_sender_text_and_metadata_and_returns_replies_in_order() -> None:
    seen = {}

    def handler(request: httpx.Request) -> httpx.Response:
        seen["path"] = request.url.path
        seen["body"] = json.loads(request.content)
        return httpx.Response(200, json=[{"text": "one"}, {"text": "two"}])

    async with client_for(handler) as rasa:
        replies = await rasa.send("u1", "سلام", {"language_code": "ar"})
    assert seen == {
        "path": REST_WEBHOOK,
        "body": {"sender": "u1", "message": "سلام", "metadata": {"language_code": "ar"}},
    }
    assert [r["text"] for r in replies] == ["one", "two"]


@pytest.mark.parametrize(
    ("handler", "error"),
    [
        (lambda r: (_ for _ in ()).throw(httpx.ConnectError("refused", request=r)), RasaUnavailable),
        (lambda r: httpx.Response(404), RasaUnavailable),
        (lambda r: httpx.Response(500, text="boom"), RasaError),
        (lambda r: httpx.Response(200, json={"not": "a list"}), RasaError),
        (lambda r: (_ for _ in ()).throw(httpx.ReadTimeout("slow", request=r)), RasaError),
    ],
)
async def test_failures_become_the_clients_own_errors(handler, error) -> None:
    async with client_for(handler) as rasa:
        with pytest.raises(error):
            await rasa.send("u1", "hi")
