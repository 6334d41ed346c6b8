"""Single instance, the pure parts: which name a running app serves, and the one-line message."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from akonet_desktop.client.deeplinks import MAX_LINK_LENGTH
from akonet_desktop.gui.single_instance import (
    MAX_MESSAGE_BYTES,
    MAX_SOCKET_PATH_BYTES,
    _default_data_dir,
    decode_message,
    encode_message,
    instance_key,
    instance_secret,
    pipe_name,
    server_name,
)
from akonet_desktop.server.settings import default_data_dir

DATA = Path("/home/marta/.local/share/AKONet")


def test_the_key_is_stable_short_and_per_user_and_data_folder():
    key = instance_key("1000", DATA)
    assert key == instance_key("1000", DATA)
    assert key.startswith("akonet-") and len(key) == len("akonet-") + 20
    assert all(c in "0123456789abcdef" for c in key.removeprefix("akonet-"))
    assert instance_key("1001", DATA) != key  # another person on the same computer
    assert instance_key("1000", DATA / "other") != key  # a test's own --data-dir
    assert instance_key("1000", Path("/data/é/\udcff")) != key  # any path Python can hold


def test_posix_names_are_socket_paths_in_the_runtime_folder_and_within_the_length_limit():
    key = instance_key("1000", DATA)
    assert server_name(key, "/run/user/1000") == f"/run/user/1000/{key}"
    macos_tmp = "/var/folders/zz/zyxvpxvq6csfxvn_n0000000000000/T"
    assert server_name(key, macos_tmp) == f"{macos_tmp}/{key}"
    long_name = server_name(key, "/" + "deep/" * 30)
    assert len(os.fsencode(long_name)) <= MAX_SOCKET_PATH_BYTES and long_name.endswith(key)


def test_windows_pipe_names_carry_a_secret_only_the_lock_holder_writes(tmp_path):
    key = instance_key("ACME\\marta", Path("C:/Users/marta/AppData/Local/AKONet"))
    assert "\\" not in key and "/" not in key
    secret_file = tmp_path / f"{key}.pipe"
    assert instance_secret(secret_file, create=False) is None  # a second launch waits for it
    secret = instance_secret(secret_file, create=True)
    assert len(secret) == 32 and int(secret, 16) >= 0  # 128 random bits
    assert instance_secret(secret_file, create=False) == secret == instance_secret(secret_file, create=True)
    assert instance_secret(tmp_path / "other.pipe", create=True) != secret
    assert pipe_name(key, secret) == f"{key}-{secret}"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([f"{key}.pipe", "other.pipe"])  # no temporary left


@pytest.mark.parametrize(
    "link",
    [
        None,
        "akonet://registration/continue?token=" + "A" * 43,
        "akonet://password/forgot",
        "",
        "« akonet://x »",
        "\udcff\udcfe",
    ],
)
def test_a_message_carries_its_link_on_one_line(link):
    message = encode_message(link)
    assert message.endswith(b"\n") and message.count(b"\n") == 1
    assert decode_message(message[:-1]) == link


# Plain text, and the odd bits an argv can hold: undecodable bytes (Python's surrogateescape),
# symbols, control characters.
ODD = st.characters(min_codepoint=0xDC80, max_codepoint=0xDCFF) | st.characters(categories=["So", "Cc"])
ARGUMENTS = st.text(max_size=3 * MAX_LINK_LENGTH) | st.text(ODD, max_size=3 * MAX_LINK_LENGTH)


@given(ARGUMENTS)
def test_any_argument_fits_in_one_bounded_message(text):
    message = encode_message(text)
    assert len(message) <= MAX_MESSAGE_BYTES
    # too long to be a link: cut, yet still too long, so the running app says so
    assert decode_message(message[:-1]) == text[: MAX_LINK_LENGTH + 1]


@pytest.mark.parametrize(
    "line",
    [
        b"",
        b"hello",
        b"\xff\xfe",
        b"[]",
        b"null",
        b'"akonet://password/forgot"',
        b'{"link": "akonet://password/forgot"}',
        b'{"v": 2, "link": null}',
        b'{"v": "1", "link": null}',
        b'{"v": 1, "link": 7}',
        b'{"v": 1, "link": ["akonet://x"]}',
        json.dumps({"v": 1, "link": "x" * (MAX_LINK_LENGTH + 2)}).encode(),
        b" " * (MAX_MESSAGE_BYTES + 1),
    ],
)
def test_anything_else_is_refused(line):
    with pytest.raises(ValueError):
        decode_message(line)


def test_a_message_without_a_link_only_asks_to_come_to_the_front():
    assert decode_message(b'{"v": 1}') is None
    assert decode_message(b'{"v": 1, "link": null, "later": "ignored"}') is None


@pytest.mark.parametrize("xdg_data_home", [None, "elsewhere"])
def test_without_data_dir_the_name_follows_the_embedded_servers_default_folder(monkeypatch, tmp_path, xdg_data_home):
    """Computed without platformdirs (start-up cost), so it must agree with it."""
    if xdg_data_home is None:
        monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    else:
        monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / xdg_data_home))
    assert _default_data_dir() == default_data_dir()
