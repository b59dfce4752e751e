"""Starting and stopping: a failed start says why and exits non-zero; an unknown command prints the usage."""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from commands import hirfa as cli

ROOT = Path(__file__).resolve().parents[2]
HIRFA = Path(sys.executable).parent / "hirfa"


def test_a_webhook_port_in_use_is_named_and_the_bot_exits_non_zero() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        env = {
            **os.environ,
            "TELEGRAM_BOT_TOKEN": "123:abc",
            # Nothing answers here: the start must fail on the port before it talks to Telegram.
            "TELEGRAM_API_BASE_URL": "http://127.0.0.1:9/bot",
            "TELEGRAM_WEBHOOK_URL": "https://example.org/hook",
            "TELEGRAM_WEBHOOK_SECRET": "lifecycle-secret",
            "TELEGRAM_WEBHOOK_LISTEN": "127.0.0.1",
            "TELEGRAM_WEBHOOK_PORT": str(port),
        }
        done = subprocess.run(
            [str(HIRFA), "telegram"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
        )
    output = done.stdout + done.stderr
    assert done.returncode != 0, output
    assert f"127.0.0.1:{port}" in output and "in use" in output, output
    assert "still running" not in output and "Traceback" not in output, output


def test_an_unknown_command_prints_the_usage_and_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        cli.main(["no-such-command"])
    assert exit_.value.code == 2
    assert "usage: hirfa" in capsys.readouterr().err


def test_a_command_nothing_handles_prints_the_usage_instead_of_running_the_bot(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    parser = cli._parser()
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    commands.add_parser("unhandled")
    monkeypatch.setattr(cli, "_parser", lambda: parser)
    monkeypatch.setattr("bot.serving.run_bot", lambda settings: pytest.fail("the bot was started"))
    assert cli.main(["unhandled"]) == 2
    assert "usage: hirfa" in capsys.readouterr().err
