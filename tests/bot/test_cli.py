import socket

import pytest

from commands.hirfa import EXIT_UNAVAILABLE, main


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_ask_says_clearly_when_the_assistant_is_not_running(monkeypatch, capsys) -> None:
    monkeypatch.setenv("HIRFA_RASA_URL", f"http://127.0.0.1:{free_port()}")
    assert main(["ask", "سلام"]) == EXIT_UNAVAILABLE
    err = capsys.readouterr().err
    assert "not running" in err and "make run" in err


def test_bad_settings_are_refused(monkeypatch) -> None:
    from hirfa.settings import SettingsError

    monkeypatch.setenv("HIRFA_DEFAULT_LANGUAGE", "en")
    with pytest.raises(SettingsError):
        main(["ask", "x"])
