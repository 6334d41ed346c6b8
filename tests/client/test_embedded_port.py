"""The embedded server keeps its port per data folder, so emailed web links outlive a restart."""

from __future__ import annotations

import logging
import os
import re
import socket
import stat

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from akonet_desktop.client import embedded
from akonet_desktop.client.embedded_port import PORT_FILE_NAME, read_port, write_port
from akonet_desktop.server.runner import ServerThread
from tests.support.live import wait_for_mail

WEB_LINK = re.compile(r"http://127\.0\.0\.1:\d+/registration/continue\?token=[A-Za-z0-9_-]+")


def port_of(url: str) -> int:
    return int(url.rsplit(":", 1)[1])


def test_successive_starts_on_one_data_folder_serve_at_the_same_address(tmp_path):
    data = tmp_path / "data"
    with embedded.EmbeddedServer(data) as server:
        first = server.url
    assert read_port(data / PORT_FILE_NAME) == port_of(first)
    if os.name == "posix":
        assert stat.S_IMODE((data / PORT_FILE_NAME).stat().st_mode) == 0o600
    with embedded.EmbeddedServer(data) as server:
        assert server.url == first
        assert httpx.get(f"{server.url}/api/v1/health").status_code == 200
    with embedded.EmbeddedServer(tmp_path / "other") as other:
        assert other.url != first  # each data folder has its own


def test_a_link_mailed_before_a_restart_still_opens_its_page_after_it(tmp_path):
    data = tmp_path / "data"
    email = "nueva@frio-cliente.es"
    with embedded.EmbeddedServer(data) as server:
        httpx.post(
            f"{server.url}/api/v1/registrations",
            json={"email": email, "email_confirmation": email, "language": "en"},
            timeout=30,
        ).raise_for_status()
        (mail,) = wait_for_mail(server.maildir, email)
    link = WEB_LINK.search(mail.get_body(("plain",)).get_content()).group(0)
    token = link.rsplit("=", 1)[1]
    with embedded.EmbeddedServer(data):
        page = httpx.get(link, timeout=10)
    assert page.status_code == 200
    assert token in page.text and "text/html" in page.headers["content-type"]


def test_a_taken_port_moves_the_server_to_a_new_one_that_is_kept(tmp_path, caplog):
    data = tmp_path / "data"
    with embedded.EmbeddedServer(data) as server:
        kept = port_of(server.url)
    with socket.create_server(("127.0.0.1", kept)), caplog.at_level(logging.WARNING):  # another program took it
        with embedded.EmbeddedServer(data) as server:
            moved = port_of(server.url)
            assert moved != kept
            assert httpx.get(f"{server.url}/api/v1/health").status_code == 200
    assert read_port(data / PORT_FILE_NAME) == moved
    assert f"port {kept}" in caplog.text and "taken" in caplog.text
    with embedded.EmbeddedServer(data) as server:
        assert port_of(server.url) == moved


@pytest.mark.parametrize(
    "content",
    [b"", b"garbage\n", b"0\n", b"65536\n", b"-5\n", b"80 81\n", b"\xff\xfe4\x003\x00", b"1" * 10_000],
    ids=["empty", "words", "zero", "too_high", "negative", "two", "utf16", "huge"],
)
def test_a_corrupt_port_file_is_replaced_by_a_new_port(tmp_path, content):
    data = tmp_path / "data"
    data.mkdir()
    (data / PORT_FILE_NAME).write_bytes(content)
    with embedded.EmbeddedServer(data) as server:
        url = server.url
        assert httpx.get(f"{url}/api/v1/health").status_code == 200
    assert read_port(data / PORT_FILE_NAME) == port_of(url)


def test_a_port_file_that_cannot_be_written_does_not_stop_the_server(tmp_path, caplog):
    data = tmp_path / "data"
    (data / PORT_FILE_NAME).mkdir(parents=True)  # a folder in its place: neither read nor replaced
    with caplog.at_level(logging.WARNING), embedded.EmbeddedServer(data) as server:
        assert httpx.get(f"{server.url}/api/v1/health").status_code == 200
    assert "could not keep" in caplog.text
    assert not any(path.name.endswith(".tmp") for path in data.iterdir())


def test_read_port_accepts_what_write_port_writes_and_nothing_is_left_over(tmp_path):
    path = tmp_path / PORT_FILE_NAME
    assert read_port(path) is None
    write_port(path, 51234)
    assert path.read_bytes() == b"51234\n"
    write_port(path, 1)
    assert read_port(path) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == [PORT_FILE_NAME]
    for bad in (0, 65536, -1):
        with pytest.raises(ValueError):
            write_port(path, bad)
    assert read_port(path) == 1


@given(data=st.binary(max_size=80))
def test_read_port_never_fails_and_returns_only_the_port_written(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("port") / PORT_FILE_NAME
    path.write_bytes(data)
    port = read_port(path)
    assert port is None or (1 <= port <= 65535 and int(data.strip()) == port)


def test_server_thread_still_takes_any_free_port_by_default():
    first, second = ServerThread(embedded._AppSlot()), ServerThread(embedded._AppSlot())  # type: ignore[arg-type]
    try:
        assert first.port != second.port and first.port > 0
    finally:
        first.stop()
        second.stop()
