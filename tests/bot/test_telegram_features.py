"""Everything else Telegram can send, limits and faults, through PTB's real dispatcher."""

import asyncio
import json

import httpx
import pytest
from aiohttp.test_utils import TestClient, TestServer
from telegram import Update

from bot.flood import FloodGate
from bot.rasa_client import RasaClient
from bot.telegram_app import TelegramChannel, build_application
from bot.webhook_server import SECRET_HEADER, webhook_app
from hirfa.settings import Settings
from tests.bot.fake_bot_api import FakeBotAPI, private_message, private_text

SETTINGS = Settings(telegram_bot_token="123:abc")


def app_with(api: FakeBotAPI, handler):
    rasa = RasaClient("http://rasa.test", 5, transport=httpx.MockTransport(handler))
    return build_application(SETTINGS, rasa, request=api, get_updates_request=api)


def recording_rasa(answer=lambda text: [{"text": f"re: {text}"}]):
    seen = []

    def handler(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        seen.append(body)
        return httpx.Response(200, json=answer(body["message"]))

    return handler, seen


async def feed(app, *updates) -> None:
    """Each update handled as the application's update fetcher hands it on (through ChatOrder)."""
    async with app:
        for update in updates:
            update = Update.de_json(update, app.bot)
            await app.update_processor.process_update(update, app.process_update(update))


async def test_a_shared_location_asks_for_the_nearest_office() -> None:
    api, (handler, seen) = FakeBotAPI(), recording_rasa()
    await feed(app_with(api, handler), private_message(location={"latitude": 34.03, "longitude": -5.0}))
    assert seen[0]["message"] == "/find_office"
    assert seen[0]["metadata"]["location"] == {"latitude": 34.03, "longitude": -5.0}


@pytest.mark.parametrize(("owner", "relayed"), [(77, True), (99, False)])
async def test_only_the_users_own_contact_is_taken(owner: int, relayed: bool) -> None:
    api, (handler, seen) = FakeBotAPI(), recording_rasa()
    contact = {"phone_number": "+212612345678", "first_name": "F", "user_id": owner}
    await feed(app_with(api, handler), private_message(contact=contact))
    assert [s["message"] for s in seen] == (["+212612345678"] if relayed else [])
    if not relayed:
        assert "propre numéro" in api.sent("sendMessage")[0]["text"]


async def test_a_voice_note_is_explained_and_kept_for_the_person_asked_for() -> None:
    api, (handler, seen) = FakeBotAPI(), recording_rasa()
    voice = {"file_id": "AwACVOICE", "file_unique_id": "u1", "duration": 4}
    await feed(app_with(api, handler), private_message(voice=voice), private_text("/human", update_id=2))
    explanation = api.sent("sendMessage")[0]
    assert "vocaux" in explanation["text"]
    payloads = [b["callback_data"] for row in explanation["reply_markup"]["inline_keyboard"] for b in row]
    assert "/human_handoff" in payloads
    assert seen[0]["message"] == "/human_handoff" and seen[0]["metadata"]["voice_file_id"] == "AwACVOICE"


@pytest.mark.parametrize(
    "content",
    [
        {"photo": [{"file_id": "p", "file_unique_id": "p1", "width": 1, "height": 1}]},
        {"document": {"file_id": "d", "file_unique_id": "d1"}},
        {
            "sticker": {
                "file_id": "s",
                "file_unique_id": "s1",
                "width": 1,
                "height": 1,
                "is_animated": False,
                "is_video": False,
                "type": "regular",
            }
        },
    ],
)
async def test_pictures_files_and_stickers_get_a_kind_explanation(content: dict) -> None:
    api, (handler, seen) = FakeBotAPI(), recording_rasa()
    await feed(app_with(api, handler), private_message(**content))
    assert seen == []
    assert "texte" in api.sent("sendMessage")[0]["text"]


async def test_an_edited_message_is_handled_as_new() -> None:
    api, (handler, seen) = FakeBotAPI(), recording_rasa()
    update = private_text("bonjour")
    update["edited_message"] = {**update.pop("message"), "edit_date": 1_700_000_100}
    await feed(app_with(api, handler), update)
    assert [s["message"] for s in seen] == ["bonjour"]


async def test_an_update_delivered_twice_is_handled_once() -> None:
    api, (handler, seen) = FakeBotAPI(), recording_rasa()
    await feed(app_with(api, handler), private_text("salam", update_id=5), private_text("salam", update_id=5))
    assert len(seen) == 1


async def test_privacy_is_answered_by_the_channel() -> None:
    api, (handler, seen) = FakeBotAPI(), recording_rasa()
    await feed(app_with(api, handler), private_text("/privacy"))
    assert seen == [] and "supprimer" in api.sent("sendMessage")[0]["text"].lower()


async def test_a_refused_connection_is_retried_before_apologising() -> None:
    attempts = []

    def flaky(request: httpx.Request) -> httpx.Response:
        attempts.append(1)
        if len(attempts) < 3:
            raise httpx.ConnectError("refused", request=request)
        return httpx.Response(200, json=[{"text": "ok"}])

    api = FakeBotAPI()
    rasa = RasaClient("http://rasa.test", 5, transport=httpx.MockTransport(flaky))
    channel = TelegramChannel(rasa, "ary", retry_delays=(0.01, 0.01, 0.01))
    app = build_application(SETTINGS, rasa, channel, request=api, get_updates_request=api)
    await feed(app, private_text("salam"))
    assert len(attempts) == 3 and [m["text"] for m in api.sent("sendMessage")] == ["ok"]


async def test_a_fast_sender_is_told_once_and_nothing_is_dropped() -> None:
    api, (handler, seen) = FakeBotAPI(), recording_rasa()
    rasa = RasaClient("http://rasa.test", 5, transport=httpx.MockTransport(handler))
    channel = TelegramChannel(rasa, "ary", flood=FloodGate(rate=3, period=0.5))
    app = build_application(SETTINGS, rasa, channel, request=api, get_updates_request=api)
    async with app:
        await asyncio.gather(
            *(
                app.process_update(Update.de_json(private_text(f"m{i}", update_id=i), app.bot))
                for i in range(1, 7)
            )
        )
    assert sorted(s["message"] for s in seen) == [f"m{i}" for i in range(1, 7)]
    notices = [m for m in api.sent("sendMessage") if "vite" in m["text"]]
    assert len(notices) == 1


async def test_one_chats_replies_stay_in_order_while_chats_run_concurrently() -> None:
    async def slow_answer(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        await asyncio.sleep(0.05 if body["message"].endswith("1") else 0.0)
        return httpx.Response(200, json=[{"text": f"re: {body['message']}"}])

    api = FakeBotAPI()
    rasa = RasaClient("http://rasa.test", 5, transport=httpx.MockTransport(slow_answer))
    app = build_application(SETTINGS, rasa, request=api, get_updates_request=api)
    async with app:
        updates = [private_text(f"a{i}", chat_id=1, update_id=i) for i in (1, 2)]
        updates += [private_text(f"b{i}", chat_id=2, update_id=10 + i) for i in (1, 2)]
        await asyncio.gather(*(app.process_update(Update.de_json(u, app.bot)) for u in updates))
    by_chat = {}
    for message in api.sent("sendMessage"):
        by_chat.setdefault(int(message["chat_id"]), []).append(message["text"])
    assert by_chat == {1: ["re: a1", "re: a2"], 2: ["re: b1", "re: b2"]}


async def test_commands_are_registered_with_descriptions_per_language() -> None:
    api = FakeBotAPI()
    rasa = RasaClient(
        "http://rasa.test", 5, transport=httpx.MockTransport(lambda r: httpx.Response(200, json=[]))
    )
    channel = TelegramChannel(rasa, "ary")
    app = build_application(SETTINGS, rasa, channel, request=api, get_updates_request=api)
    async with app:
        await channel.register_commands(app)
    by_language = {
        call.get("language_code"): json.loads(call["commands"])
        if isinstance(call["commands"], str)
        else call["commands"]
        for call in api.sent("setMyCommands")
    }
    assert set(by_language) == {"ar", "fr", None}
    french = {c["command"]: c["description"] for c in by_language["fr"]}
    assert french["start"] == "Commencer et choisir la langue" and set(french) >= {
        "help",
        "human",
        "cancel",
        "privacy",
    }


async def test_the_webhook_refuses_a_wrong_secret_and_accepts_the_right_one() -> None:
    api = FakeBotAPI()
    app = app_with(api, lambda r: httpx.Response(200, json=[]))
    async with app:
        await app.start()
        client = TestClient(TestServer(webhook_app(app, "s3cret")))
        await client.start_server()
        try:
            body = json.dumps(private_text("salam"))
            assert (await client.post("/telegram", data=body, headers={SECRET_HEADER: "wrong"})).status == 403
            assert (await client.post("/telegram", data=body)).status == 403
            assert (
                await client.post("/telegram", data=body, headers={SECRET_HEADER: "s3cret"})
            ).status == 200
            health = await client.get("/health")
            assert health.status == 200 and (await health.json())["status"] == "ok"
        finally:
            await client.close()
            await app.stop()


def test_a_webhook_needs_a_secret() -> None:
    from hirfa.settings import SettingsError

    with pytest.raises(SettingsError):
        Settings.from_env({"TELEGRAM_WEBHOOK_URL": "https://example.invalid/hook"})
