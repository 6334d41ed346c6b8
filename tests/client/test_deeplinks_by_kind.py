"""Tokens out of pasted codes and links, in the formats the server mails."""

import secrets

import pytest

from akonet_desktop.api.links import PASSWORD_RESET_LINK, REGISTRATION_LINK

# link_pair takes the link kind, which names its own path.
from akonet_desktop.api.links import PASSWORD_RESET_LINK as PASSWORD_RESET_PATH
from akonet_desktop.api.links import REGISTRATION_LINK as REGISTRATION_PATH
from akonet_desktop.client.deeplinks import extract_token
from akonet_desktop.server.mail.links import link_pair

TOKEN = "Zx9_-abcdefghijklmnopqrstuvwxyz01"


@pytest.mark.parametrize(
    "path, kind", [(REGISTRATION_PATH, REGISTRATION_LINK), (PASSWORD_RESET_PATH, PASSWORD_RESET_LINK)]
)
def test_the_servers_own_links_parse(path, kind):
    token = secrets.token_urlsafe(24)
    pair = link_pair("https://akonet.example.com", path, token)
    assert extract_token(pair.web_link, kind) == token
    assert extract_token(pair.app_link, kind) == token
    assert extract_token(token, kind) == token


@pytest.mark.parametrize(
    "text",
    [
        TOKEN,
        f"  {TOKEN}\n",
        f'"{TOKEN}"',
        f"«{TOKEN}»",
        f"akonet://registration/continue?token={TOKEN}",
        f"AKONET://Registration/Continue?token={TOKEN}",
        f"akonet:/registration/continue?token={TOKEN}",
        f"<akonet://registration/continue?token={TOKEN}>",
        f"https://cloud.example.com/registration/continue?token={TOKEN}",
        f"http://127.0.0.1:8123/registration/continue/?lang=fr&token={TOKEN}",
        f"https://example.com/akonet/registration/continue?x=1&amp;token={TOKEN}",
        f"https://example.com/registration/con\ntinue?token={TOKEN[:10]}\n{TOKEN[10:]}",  # wrapped by a mail client
        f"(https://example.com/registration/continue?token={TOKEN}).",
    ],
)
def test_registration_link_forms(text):
    assert extract_token(text, REGISTRATION_LINK) == TOKEN


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "short",
        "x" * 201,
        "abc$defghijklmnopqrst",
        f"akonet://password/reset?token={TOKEN}",  # the other kind of link
        f"https://example.com/password/reset?token={TOKEN}",
        f"akonet://registration/continue?token={TOKEN}&token={TOKEN}",
        "akonet://registration/continue?token=",
        "akonet://registration/continue",
        f"ftp://example.com/registration/continue?token={TOKEN}",
        f"https:///registration/continue?token={TOKEN}",
        f"https://example.com/registration/continue-not?token={TOKEN}",
        "http://[::1/registration/continue?token=" + TOKEN,
        f"akonet://registration/continue?token={TOKEN}é",
        TOKEN * 200,
    ],
)
def test_unusable_text(text):
    assert extract_token(text, REGISTRATION_LINK) is None


def test_reset_links_only_for_reset():
    assert extract_token(f"akonet://password/reset?token={TOKEN}", PASSWORD_RESET_LINK) == TOKEN
    assert extract_token(f"akonet://registration/continue?token={TOKEN}", PASSWORD_RESET_LINK) is None
