"""AkonetClient's mapping of transport problems and odd answers, with httpx.MockTransport."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Callable

import httpx
import pytest

from akonet_desktop.client.api_client import AkonetClient
from akonet_desktop.client.errors import (
    ApiFailure,
    ClientError,
    ServerFailure,
    ServerTimeout,
    ServerUnreachable,
)
from tests.client.conftest import run

SIGNED_IN = {
    "user": {"id": 1, "email": "a@b.es", "first_name": "A", "last_name": "B", "role": "owner", "language": "es"},
    "company": {
        "id": 1,
        "name": "C",
        "country": "ES",
        "id_type": "es_cif",
        "id_number": "B58818501",
        "phone": "+34912345678",
    },
    "session": {"access_token": "acc", "refresh_token": "ref", "expires_in": 900, "refresh_expires_in": 9},
}


def call(handler: Callable[[httpx.Request], httpx.Response], action=lambda c: c.health()):
    async def scenario():
        async with AkonetClient("http://akonet.test", transport=httpx.MockTransport(handler)) as client:
            return await action(client)

    return run(scenario())


def raising(exc_type: type[Exception]):
    def handler(request: httpx.Request) -> httpx.Response:
        raise exc_type("simulated", request=request)

    return handler


@pytest.mark.parametrize("exc_type", [httpx.ReadTimeout, httpx.ConnectTimeout, httpx.WriteTimeout, httpx.PoolTimeout])
def test_timeouts(exc_type):
    with pytest.raises(ServerTimeout):
        call(raising(exc_type))


@pytest.mark.parametrize("exc_type", [httpx.ConnectError, httpx.ReadError, httpx.RemoteProtocolError, httpx.ProxyError])
def test_transport_failures(exc_type):
    with pytest.raises(ServerUnreachable) as failure:
        call(raising(exc_type))
    assert not isinstance(failure.value, httpx.HTTPError)


@pytest.mark.parametrize(
    "response",
    [
        httpx.Response(500, json={"code": "internal_error", "message": "boom"}),
        httpx.Response(502, html="<html>Bad gateway</html>"),
        httpx.Response(404, html="<html>Not here</html>"),
        httpx.Response(400, json={"detail": "not our shape"}),
        httpx.Response(302, headers={"Location": "http://elsewhere/"}),
        httpx.Response(200, content=b"{not json"),
        httpx.Response(200, json={"status": "broken"}),
        httpx.Response(200, json=[1, 2]),
    ],
)
def test_answers_that_are_not_the_api(response):
    with pytest.raises(ServerFailure) as failure:
        call(lambda request: response)
    assert failure.value.status == response.status_code


@pytest.mark.parametrize("body", [b"[1]", b"null", b"<html>", b'"text"'])
def test_policy_that_is_not_an_object(body):
    with pytest.raises(ServerFailure):
        call(lambda request: httpx.Response(200, content=body), lambda c: c.password_policy())


def test_validation_error_fields():
    body = {
        "code": "validation_error",
        "message": "Some fields are not valid.",
        "errors": [
            {"field": "email", "code": "invalid", "message": "…"},
            {"field": "password", "code": "too_short", "message": "…", "params": {"min": 8}},
            {"field": "password", "code": "no_digit", "message": "…"},
        ],
    }
    with pytest.raises(ApiFailure) as failure:
        call(lambda request: httpx.Response(422, json=body), lambda c: c.request_recovery("x"))
    assert failure.value.field_codes() == {"email": ["invalid"], "password": ["too_short", "no_digit"]}
    assert failure.value.errors[1].params == {"min": 8}
    assert "422" in str(failure.value) and "validation_error" in str(failure.value)


def test_rate_limited_carries_retry_after():
    body = {"code": "rate_limited", "message": "Slow down.", "retry_after": 42}
    with pytest.raises(ApiFailure) as failure:
        call(lambda request: httpx.Response(429, json=body))
    assert (failure.value.status, failure.value.retry_after, failure.value.attempts_left) == (429, 42, None)
    assert failure.value.field_codes() == {}


def test_retry_after_header_when_the_body_gives_no_wait():
    body = {"code": "too_many_requests", "message": "Too many failed sign-ins."}
    with pytest.raises(ApiFailure) as failure:
        call(
            lambda request: httpx.Response(429, json=body, headers={"Retry-After": "17"}),
            lambda c: c.login("a@b.es", "Pass-word-1"),
        )
    assert (failure.value.code, failure.value.retry_after) == ("too_many_requests", 17)


def test_path_tokens_are_encoded_as_one_segment():
    paths = []

    def handler(request: httpx.Request) -> httpx.Response:
        paths.append(request.url.raw_path)
        return httpx.Response(404, json={"code": "link_unknown", "message": "No."})

    async def action(client):
        for token in ("a/b?c#d", "..", "é"):
            with pytest.raises(ApiFailure):
                await client.get_registration(token)

    call(handler, action)
    assert paths == [
        b"/api/v1/registrations/a%2Fb%3Fc%23d",
        b"/api/v1/registrations/%2E%2E",
        b"/api/v1/registrations/%C3%A9",
    ]


def test_login_sends_json_and_keeps_the_session_even_if_the_listener_fails():
    sent = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append((request.url.path, request.read()))
        return httpx.Response(200, json=SIGNED_IN)

    async def action(client):
        def listener(tokens):
            raise RuntimeError("keyring on fire")

        client.on_session_changed = listener
        await client.login("a@b.es", "Secret-123")
        return client.access_token, client.refresh_token

    assert call(handler, action) == ("acc", "ref")
    assert sent == [("/api/v1/auth/login", b'{"email":"a@b.es","password":"Secret-123"}')]


def test_cancellation_propagates():
    started = asyncio.Event()

    async def handler(request: httpx.Request) -> httpx.Response:
        started.set()
        await asyncio.Event().wait()  # never answers
        raise AssertionError("unreachable")

    async def scenario():
        async with AkonetClient("http://akonet.test", transport=httpx.MockTransport(handler)) as client:
            task = asyncio.create_task(client.health())
            await started.wait()
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            assert task.cancelled()

    run(scenario())


def test_logout_cancelled_still_clears():
    started = asyncio.Event()

    async def handler(request: httpx.Request) -> httpx.Response:
        started.set()
        await asyncio.Event().wait()
        raise AssertionError("unreachable")

    async def scenario():
        async with AkonetClient("http://akonet.test", transport=httpx.MockTransport(handler)) as client:
            client.access_token, client.refresh_token = "acc", "ref"
            task = asyncio.create_task(client.logout())
            await started.wait()
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            assert (client.access_token, client.refresh_token) == (None, None)

    run(scenario())


def test_me_without_a_session_does_not_refresh():
    paths = []

    def handler(request: httpx.Request) -> httpx.Response:
        paths.append(request.url.path)
        assert "authorization" not in request.headers
        return httpx.Response(401, json={"code": "not_authenticated", "message": "Sign in."})

    with pytest.raises(ApiFailure) as failure:
        call(handler, lambda c: c.me())
    assert failure.value.code == "not_authenticated"
    assert paths == ["/api/v1/me"]


@pytest.mark.parametrize("url", ["", "akonet.test", "ftp://akonet.test", "http://", "mailto:a@b.es"])
def test_base_url_must_be_http(url):
    with pytest.raises(ValueError):
        AkonetClient(url)


def test_error_hierarchy():
    for cls in (ServerUnreachable, ServerTimeout, ServerFailure, ApiFailure):
        assert issubclass(cls, ClientError)


def test_closed_port_is_unreachable():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]

    async def scenario():
        async with AkonetClient(f"http://127.0.0.1:{port}") as client:
            with pytest.raises(ServerUnreachable) as failure:
                await client.health()
            assert str(port) in str(failure.value)

    run(scenario())
