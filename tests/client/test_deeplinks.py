"""Deep links and pasted codes: the formats the server mails, what mail clients do to them."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

# link_pair takes the link kind, which names its own path.
from akonet_desktop.api.links import PASSWORD_RESET_LINK as PASSWORD_RESET_PATH
from akonet_desktop.api.links import REGISTRATION_LINK as REGISTRATION_PATH
from akonet_desktop.client.deeplinks import DeepLink, extract_token, parse_deep_link
from akonet_desktop.server.accounts.tokens import new_token
from akonet_desktop.server.mail.links import PASSWORD_FORGOT_APP_LINK, link_pair

TOKEN = "q3Zr-8_xYw0aBcDeFgHiJkLmNoPqRsTu"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"akonet://registration/continue?token={TOKEN}", DeepLink("registration", TOKEN)),
        (f"akonet://password/reset?token={TOKEN}", DeepLink("password_reset", TOKEN)),
        ("akonet://password/forgot", DeepLink("password_forgot", None)),
        ("akonet://password/forgot/", DeepLink("password_forgot", None)),
        (f"AKONET://Registration/Continue?token={TOKEN}", DeepLink("registration", TOKEN)),
        (f'  "akonet://password/reset/?token={TOKEN}"\n', DeepLink("password_reset", TOKEN)),
        (f"<akonet://password/reset?token={TOKEN}&lang=fr#top>", DeepLink("password_reset", TOKEN)),
    ],
)
def test_parse_good_links(text, expected):
    assert parse_deep_link(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "akonet://",
        f"https://akonet.test/registration/continue?token={TOKEN}",
        f"file://registration/continue?token={TOKEN}",
        f"akonet://registration/other?token={TOKEN}",
        f"akonet://devices/continue?token={TOKEN}",
        f"akonet://registration:80/continue?token={TOKEN}",
        f"akonet://user@registration/continue?token={TOKEN}",
        "akonet://registration/continue",
        "akonet://registration/continue?token=",
        "akonet://registration/continue?token=short",
        "akonet://password/reset?token=" + "A" * 201,
        "akonet://password/reset?token=abc%20def%20ghi%20jklmnop",
        f"akonet://password/reset?token={TOKEN}&token={TOKEN}",
        "akonet://password/reset?token=" + "é" * 20,
        "akonet://password/forgot" + "/" * 3000,
        "akonet://[registration/continue",
    ],
)
def test_parse_bad_links(text):
    with pytest.raises(ValueError):
        parse_deep_link(text)


def test_parse_rejects_non_text():
    with pytest.raises(ValueError):
        parse_deep_link(None)  # type: ignore[arg-type]


def test_server_links_round_trip():
    for path, kind in ((REGISTRATION_PATH, "registration"), (PASSWORD_RESET_PATH, "password_reset")):
        token = new_token()
        links = link_pair("https://akonet.example.com", path, token)
        assert parse_deep_link(links.app_link) == DeepLink(kind, token)
        assert extract_token(links.web_link) == token
        assert extract_token(links.app_link) == token
    assert parse_deep_link(PASSWORD_FORGOT_APP_LINK) == DeepLink("password_forgot", None)


@pytest.mark.parametrize(
    "text",
    [
        TOKEN,
        f"  {TOKEN}\n",
        f"<{TOKEN}>",
        f"'{TOKEN}'",
        f"«{TOKEN}»",
        f"{TOKEN}.",
        f"akonet://registration/continue?token={TOKEN}",
        f"<akonet://password/reset?token={TOKEN}>",
        f"https://akonet.example.com/registration/continue?token={TOKEN}",
        f"http://127.0.0.1:53124/password/reset?token={TOKEN}",
        f"https://example.com/akonet/password/reset/?token={TOKEN}",
        f"https://akonet.example.com/registration/con\ntinue?token={TOKEN[:10]}\r\n{TOKEN[10:]}",
        f"Hello Ana,\n\nopen this link:\n<https://akonet.example.com/password/reset?token={TOKEN}>\n\nThanks.",
    ],
)
def test_extract_token_finds_it(text):
    assert extract_token(text) == TOKEN


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "short",
        "A" * 201,
        "has spaces but is not a code at all!",
        "akonet://password/forgot",
        f"https://akonet.example.com/devices?token={TOKEN}",
        f"ftp://akonet.example.com/password/reset?token={TOKEN}",
        "https://akonet.example.com/password/reset?token=bad",
        f"mailto:someone@example.com?token={TOKEN}",
        "x" * 200_000,
    ],
)
def test_extract_token_refuses(text):
    assert extract_token(text) is None


@given(st.text())
def test_parse_only_raises_value_error(text):
    try:
        link = parse_deep_link(text)
    except ValueError:
        return
    assert link.kind in ("registration", "password_reset", "password_forgot")


@given(st.text())
def test_extract_never_raises(text):
    token = extract_token(text)
    assert token is None or (16 <= len(token) <= 200)


@given(st.text(alphabet=st.sampled_from("akonet:/?=&#%[]@.regisploc" + TOKEN), max_size=80))
def test_link_shaped_noise(text):
    try:
        parse_deep_link(text)
    except ValueError:
        pass
    extract_token(text)
