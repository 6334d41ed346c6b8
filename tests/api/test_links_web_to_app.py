"""A web link of the app's own server, read back as the app link it stands for (the Mailbox continues it
in the app): exactly what LinkKind.web_link writes for that server, and nothing else."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from akonet_desktop.api.links import (
    INVITATION_LINK,
    LINK_KINDS,
    MAX_TOKEN_LENGTH,
    PASSWORD_FORGOT_LINK,
    PASSWORD_RESET_LINK,
    REGISTRATION_LINK,
    app_link_for_web_link,
)

SERVER = "http://127.0.0.1:51234"
TOKEN = "Zx9_-abcdefghijklmnopqrstuvwxyz01"
WITH_TOKEN = [kind for kind in LINK_KINDS if kind.parameter is not None]
tokens = st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-", min_size=16, max_size=200)


@given(kind=st.sampled_from(WITH_TOKEN), token=tokens, port=st.integers(1, 65535))
def test_every_web_link_the_server_writes_reads_back_as_its_app_link(kind, token, port):
    server = f"http://127.0.0.1:{port}"
    assert app_link_for_web_link(kind.web_link(server, token), server) == kind.app_link(token)


@given(kind=st.sampled_from(WITH_TOKEN), token=tokens, junk=st.text(min_size=1, max_size=20))
def test_anything_added_to_a_web_link_makes_it_another_link(kind, token, junk):
    link = kind.web_link(SERVER, token)
    assert app_link_for_web_link(f"{link}&{junk}", SERVER) is None
    assert app_link_for_web_link(f"{link}#{junk}", SERVER) is None
    # Appended to the token, junk either leaves a (longer) valid token or no link at all.
    read = app_link_for_web_link(f"{link}{junk}", SERVER)
    assert read is None or read == kind.app_link(token + junk)


@pytest.mark.parametrize(
    ("server", "link"),
    [
        ("http://127.0.0.1:8000", f"http://127.0.0.1:8000/password/reset?token={TOKEN}"),
        ("http://127.0.0.1:8000/", f"HTTP://127.0.0.1:8000/password/reset?token={TOKEN}"),
        ("https://akonet.example.com", f"https://AKONET.example.com:443/password/reset?token={TOKEN}"),
        ("https://akonet.example.com:443/prefix", f"https://akonet.example.com/prefix/password/reset?token={TOKEN}"),
        ("http://[::1]:8000", f"http://[::1]:8000/password/reset?token={TOKEN}"),
    ],
)
def test_the_same_server_written_another_way_is_still_the_server(server, link):
    assert app_link_for_web_link(link, server) == PASSWORD_RESET_LINK.app_link(TOKEN)


@pytest.mark.parametrize(
    "link",
    [
        f"http://127.0.0.1:51235/password/reset?token={TOKEN}",  # another port
        f"http://127.0.0.1/password/reset?token={TOKEN}",
        f"http://localhost:51234/password/reset?token={TOKEN}",  # another host name, even for the same machine
        f"http://127.0.0.2:51234/password/reset?token={TOKEN}",
        f"https://127.0.0.1:51234/password/reset?token={TOKEN}",  # another scheme
        f"akonet://password/reset?token={TOKEN}",
        f"http://evil.example/password/reset?token={TOKEN}",
        f"http://127.0.0.1:51234.evil.example/password/reset?token={TOKEN}",
        f"http://evil@127.0.0.1:51234/password/reset?token={TOKEN}",  # a user name
        f"http://@127.0.0.1:51234/password/reset?token={TOKEN}",
        f"http://127.0.0.1:51234/password/reset/?token={TOKEN}",  # other paths
        f"http://127.0.0.1:51234/Password/Reset?token={TOKEN}",
        f"http://127.0.0.1:51234/password%2Freset?token={TOKEN}",
        f"http://127.0.0.1:51234//password/reset?token={TOKEN}",
        f"http://127.0.0.1:51234/x/password/reset?token={TOKEN}",
        f"http://127.0.0.1:51234/api/v1/password/reset?token={TOKEN}",
        f"http://127.0.0.1:51234/password/forgot?token={TOKEN}",  # a kind without a page
        "http://127.0.0.1:51234/password/forgot",
        f"http://127.0.0.1:51234/?token={TOKEN}",
        "http://127.0.0.1:51234/password/reset",  # no token, or not a token
        "http://127.0.0.1:51234/password/reset?token=",
        "http://127.0.0.1:51234/password/reset?token=short",
        f"http://127.0.0.1:51234/password/reset?token={'a' * (MAX_TOKEN_LENGTH + 1)}",
        f"http://127.0.0.1:51234/password/reset?token={TOKEN[:-1]}%21",
        f"http://127.0.0.1:51234/password/reset?token={TOKEN}&token={TOKEN}",  # more than the token
        f"http://127.0.0.1:51234/password/reset?token={TOKEN}&lang=fr",
        f"http://127.0.0.1:51234/password/reset?lang=fr&token={TOKEN}",
        f"http://127.0.0.1:51234/password/reset?code={TOKEN}",
        f"http://127.0.0.1:51234/password/reset?token={TOKEN}#",
        f"http://127.0.0.1:51234/password/reset;x?token={TOKEN}",
        f" http://127.0.0.1:51234/password/reset?token={TOKEN}",  # blanks urlsplit would quietly drop
        f"http://127.0.0.1:51234/password/reset?token={TOKEN}\n",
        f"http://127.0.0.1:51234/pass\tword/reset?token={TOKEN}",
        f"http://127.0.0.1:51234/password/reset?tok\ren={TOKEN}",
        f"http://127.0.0.1:99999/password/reset?token={TOKEN}",  # not a port
        f"http://[::1/password/reset?token={TOKEN}",  # not a URL
        "",
    ],
)
def test_other_links_are_not_the_servers(link):
    assert app_link_for_web_link(link, "http://127.0.0.1:51234") is None


@pytest.mark.parametrize("server", ["", "127.0.0.1:51234", "ftp://127.0.0.1:51234", "http://", "http://[::1"])
def test_without_a_server_address_nothing_is_the_servers(server):
    assert app_link_for_web_link(f"http://127.0.0.1:51234/password/reset?token={TOKEN}", server) is None


def test_each_kind_with_a_page_maps_to_its_own_app_link():
    for kind in (REGISTRATION_LINK, PASSWORD_RESET_LINK, INVITATION_LINK):
        assert app_link_for_web_link(f"{SERVER}/{kind.path}?token={TOKEN}", SERVER) == kind.app_link(TOKEN)
    assert PASSWORD_FORGOT_LINK.web_path is None
