"""The app as Windows starts it from the Start menu or an akonet:// link: no console at all."""

from __future__ import annotations

import sys

import httpx

from akonet_desktop.gui.app import without_console


def test_missing_streams_get_somewhere_to_go(monkeypatch):
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    assert without_console()
    print("nobody reads this", flush=True)
    sys.stderr.write("nor this\n")
    assert not sys.stdout.isatty()
    assert not without_console()  # a console (or the streams given above): nothing to do


def test_started_from_a_terminal_it_writes_there(monkeypatch):
    import io

    terminal = io.StringIO()

    def attach() -> bool:  # what AttachConsole(ATTACH_PARENT_PROCESS) does when there is one
        sys.stdout = sys.stderr = terminal
        return True

    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    assert not without_console(attach)  # a console after all: warnings stay on it, no log file
    print("usage: akonet-desktop …")
    assert terminal.getvalue() == "usage: akonet-desktop …\n"


def test_built_in_server_starts_without_a_console(monkeypatch, tmp_path):
    from akonet_desktop.server.app import create_app
    from akonet_desktop.server.runner import ServerThread
    from akonet_desktop.server.settings import Settings

    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    settings = Settings(
        data_dir=tmp_path,
        database_url=f"sqlite:///{tmp_path / 'db.sqlite3'}",
        mail_url=f"maildir://{tmp_path / 'Maildir'}",
    )
    server = ServerThread(create_app(settings))  # uvicorn's own log set-up asked stdout.isatty() here
    url = server.start()
    try:
        assert httpx.get(f"{url}/api/v1/health").status_code == 200
    finally:
        server.stop()
