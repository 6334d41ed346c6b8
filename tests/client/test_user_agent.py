"""The desktop names itself and its operating system on every request: the server lists sessions by it."""

from __future__ import annotations

import re

import httpx
import pytest

from akonet_desktop import __version__
from akonet_desktop.client.api_client import AkonetClient
from akonet_desktop.client.user_agent import MAX_OS_LENGTH, os_description, user_agent
from tests.client.conftest import run
from tests.client.test_api_transport import SIGNED_IN

# RFC 9110: product/version, then a comment of printable ASCII without parentheses of its own.
UA_FORM = re.compile(r"AKONetDesktop/[0-9A-Za-z.+-]+ \([\x20-\x27\x2a-\x5b\x5d-\x7e]+\)")


def test_every_request_carries_the_user_agent():
    seen: list[tuple[str, str]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append((request.url.path, request.headers["User-Agent"]))
        if request.url.path.endswith("/auth/login"):
            return httpx.Response(200, json=SIGNED_IN)
        if request.url.path.endswith("/company"):
            return httpx.Response(200, json=SIGNED_IN["company"])
        return httpx.Response(200, json={"status": "ok", "version": "1", "database": "sqlite"})

    async def scenario():
        async with AkonetClient("http://akonet.test", transport=httpx.MockTransport(handler)) as client:
            await client.health()
            await client.login("a@b.es", "x")
            await client.get_company()  # with the access token

    run(scenario())
    assert [path for path, _ua in seen] == ["/api/v1/health", "/api/v1/auth/login", "/api/v1/company"]
    expected = user_agent()
    assert {ua for _path, ua in seen} == {expected}
    assert expected.startswith(f"AKONetDesktop/{__version__} (") and UA_FORM.fullmatch(expected), expected


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({"system": "Windows", "release": "10", "version": "10.0.19045"}, "Windows 10"),
        ({"system": "Windows", "release": "10", "version": "10.0.22631"}, "Windows 11"),  # NT 10.0, build 22000+
        ({"system": "Windows", "release": "11", "version": "10.0.26100"}, "Windows 11"),
        ({"system": "Darwin", "mac_version": "14.5"}, "macOS 14.5"),
        ({"system": "Linux", "os_release": lambda: {"PRETTY_NAME": "Ubuntu 24.04.1 LTS"}}, "Ubuntu 24.04.1 LTS"),
        ({"system": "Linux", "os_release": lambda: {"NAME": "Fedora Linux", "VERSION_ID": "41"}}, "Fedora Linux 41"),
        ({"system": "FreeBSD"}, "FreeBSD"),
    ],
)
def test_the_operating_system_in_words(kwargs, expected):
    assert os_description(**kwargs) == expected


def test_linux_without_os_release_is_linux():
    def missing():
        raise OSError("no /etc/os-release")

    assert os_description("Linux", os_release=missing) == "Linux"
    assert os_description("Linux", os_release=dict) == "Linux"


def test_a_distribution_name_cannot_break_the_header():
    """Free text from /etc/os-release: no parentheses, controls or non-ASCII in the comment, and short."""
    odd = {"PRETTY_NAME": "Arch (rolling)\r\nX-Evil: 1 — ünïcode " + "x" * 200}
    name = os_description("Linux", os_release=lambda: odd)
    assert "(" not in name and ")" not in name and "\r" not in name and "\n" not in name
    assert name.isascii() and len(name) <= MAX_OS_LENGTH and name.startswith("Arch rolling X-Evil: 1")
    assert UA_FORM.fullmatch(user_agent(name))
    httpx.Headers({"User-Agent": user_agent(name)})  # a valid header value
