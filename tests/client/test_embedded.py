"""EmbeddedServer: the bundled server on a free loopback port, its data in one directory."""

from __future__ import annotations

import asyncio
import os
import stat

import httpx

from akonet_desktop.client import embedded
from akonet_desktop.client.api_client import AkonetClient
from akonet_desktop.server.mail.transports import read_maildir
from akonet_desktop.server.settings import default_data_dir
from tests.client.conftest import run


def test_default_data_dir_is_the_servers():
    assert embedded.default_data_dir() == default_data_dir()
    assert embedded.EmbeddedServer().data_dir == default_data_dir()


def test_start_serve_stop(tmp_path):
    first = embedded.EmbeddedServer(tmp_path / "one")
    second = embedded.EmbeddedServer(tmp_path / "two")
    assert first.url is None
    assert first.maildir == tmp_path / "one" / "Maildir"
    try:
        url = first.start()
        assert url == first.url and url.startswith("http://127.0.0.1:")
        assert httpx.get(f"{url}/api/v1/health").json()["status"] == "ok"
        assert second.start() != url
        assert (tmp_path / "one" / "akonet.sqlite3").exists()
        if os.name == "posix":  # the database and the mailbox are this person's alone
            assert stat.S_IMODE((tmp_path / "one").stat().st_mode) == 0o700
    finally:
        first.stop()
        second.stop()
    assert first.url is None
    try:
        httpx.get(f"{url}/api/v1/health", timeout=1)
    except httpx.TransportError:
        pass
    else:
        raise AssertionError("still serving after stop()")
    first.stop()  # twice: harmless


def test_mail_goes_to_the_maildir_with_links_to_this_server(tmp_path, monkeypatch):
    # Meant for an organisation server: the desktop's own server must ignore them.
    monkeypatch.setenv("AKONET_DATABASE_URL", "postgresql://nowhere/none")
    monkeypatch.setenv("AKONET_MAIL_URL", "smtp://nowhere:25")
    email = "nuevo@frio-cliente.es"
    with embedded.EmbeddedServer(tmp_path / "data") as server:

        async def scenario():
            async with AkonetClient(server.url) as client:
                await client.start_registration(email, email, "en")
                for _ in range(200):
                    if server.maildir.exists() and (mails := read_maildir(str(server.maildir))):
                        return mails
                    await asyncio.sleep(0.05)
                raise AssertionError("no mail")

        mails = run(scenario())
        body = mails[0].get_body(("plain",)).get_content()
        assert f"{server.url}/registration/continue?token=" in body
