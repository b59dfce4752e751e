"""Under supervisord (`make serve`), a killed action server or Rasa server comes back by itself and answers."""

from __future__ import annotations

import uuid
from pathlib import Path

from tests.e2e.supervised import supervised_assistant

RESTART_SECONDS = 120


def said(replies: list[dict]) -> list[str]:
    return [r["custom"]["response"] for r in replies if "custom" in r]


def test_kill_9_of_the_action_server_then_of_rasa_each_comes_back_and_the_conversation_goes_on(
    tmp_path: Path,
) -> None:
    with supervised_assistant(tmp_path, ["rasa", "actions"]) as stack:
        sender = f"supervised-{uuid.uuid4().hex[:8]}"
        assert said(stack.send(sender, "je veux m'inscrire maintenant"))[-1] == "utter_ask_request_full_name"

        killed = stack.kill("actions")
        stack.supervisor.wait_new_pid("actions", killed, RESTART_SECONDS)
        stack.wait_serving("actions", RESTART_SECONDS)
        # The form's validation is a custom action: the new action server runs it.
        assert said(stack.send(sender, "Fatima Zahra Alaoui")) == ["utter_ask_request_cin"]

        killed = stack.kill("rasa")
        stack.supervisor.wait_new_pid("rasa", killed, RESTART_SECONDS)
        stack.wait_serving("rasa", RESTART_SECONDS)
        # The new Rasa server finds the conversation in the tracker store, mid-form.
        assert said(stack.send(sender, "ab 123456")) == ["utter_ask_request_phone"]
        # A new conversation starts with action_session_start, through the restarted action server.
        assert said(stack.send(f"{sender}-new", "Bonjour"))[0] == "utter_greet"

        assert stack.supervisor.info("actions")["statename"] == "RUNNING"
        assert stack.supervisor.info("rasa")["statename"] == "RUNNING"
        for name in ("rasa", "actions"):
            assert "Traceback" not in (stack.logs / f"{name}.log").read_text()
