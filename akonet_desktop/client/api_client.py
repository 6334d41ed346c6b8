"""Typed async client for the /api/v1 contract; it holds the signed-in session and refreshes it.

Every failure surfaces as a `ClientError` subclass (see `errors.py`); httpx exceptions never
escape. `asyncio.CancelledError` is never caught, so cancelling a call cancels its request.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import Any, TypeVar
from urllib.parse import quote, urlsplit

import httpx
from pydantic import BaseModel, ValidationError

from akonet_desktop.api import API_PREFIX
from akonet_desktop.api.account import MfaRequired, TotpLogin
from akonet_desktop.api.errors import ErrorCode
from akonet_desktop.api.models import (
    Accepted,
    CompanyData,
    DeviceActivation,
    DeviceOut,
    DevicePage,
    DeviceUpdate,
    ErrorBody,
    Health,
    Me,
    PublicSettings,
    Reference,
    RegistrationComplete,
    RegistrationState,
    SessionTokens,
    SignedIn,
)
from akonet_desktop.client.account_calls import AccountCalls
from akonet_desktop.client.activity_calls import ActivityCalls
from akonet_desktop.client.company_calls import CompanyCalls
from akonet_desktop.client.errors import (
    ApiFailure,
    ClientError,
    ServerFailure,
    ServerTimeout,
    ServerUnreachable,
)
from akonet_desktop.client.invitations_calls import InvitationCalls
from akonet_desktop.client.members_calls import MembersCalls
from akonet_desktop.client.user_agent import user_agent
from akonet_desktop.rules import PasswordPolicy

log = logging.getLogger(__name__)

M = TypeVar("M", bound=BaseModel)
SessionListener = Callable[[SessionTokens | None], None]

_SESSION_ENDED = frozenset({ErrorCode.REFRESH_INVALID, ErrorCode.REFRESH_REUSED})


def _access_refused(response: httpx.Response) -> bool:
    """A 401 about the access token, which a refresh answers. Not one about what the request
    carried (a wrong password confirming an ownership transfer): sent again, it would count twice
    toward the lockout. A 401 without the API's body (a proxy's, say) is taken as the token's."""
    if response.status_code != 401:
        return False
    try:
        code = response.json().get("code")
    except (ValueError, AttributeError):
        return True
    return code in (None, ErrorCode.NOT_AUTHENTICATED)


def _asks_for_second_step(response: httpx.Response) -> bool:
    """The two answers of a right password are told apart by the `mfa_required` key."""
    try:
        data = response.json()
    except ValueError:
        return False
    return isinstance(data, dict) and data.get("mfa_required") is True


def _retry_after_header(response: httpx.Response) -> int | None:
    """The Retry-After header in seconds: the wait of an error body that does not give one."""
    value = response.headers.get("Retry-After", "").strip()
    return int(value) if value.isdigit() else None


def _segment(token: str) -> str:
    # Dots too: httpx resolves "." and ".." path segments, which would send the call elsewhere.
    return quote(token, safe="").replace(".", "%2E")


def _why(exc: Exception) -> str:
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__


class AkonetClient(AccountCalls, CompanyCalls, InvitationCalls, ActivityCalls, MembersCalls):
    """One server, one session. Not thread-safe: use it from the one asyncio loop."""

    def __init__(
        self,
        base_url: str,
        *,
        timeout: float = 15.0,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        """ValueError when `base_url` is not an http(s) URL with a host."""
        base_url = base_url.strip().rstrip("/")
        parts = urlsplit(base_url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"not an http(s) server address: {base_url!r}")
        self._base_url = base_url
        self._http = httpx.AsyncClient(
            base_url=base_url,
            timeout=timeout,
            transport=transport,
            follow_redirects=False,
            headers={"User-Agent": user_agent(), "Accept": "application/json"},
        )
        self.access_token: str | None = None
        self.refresh_token: str | None = None
        self.on_session_changed: SessionListener | None = None
        self._refresh_lock = asyncio.Lock()
        self._refreshing: asyncio.Task[None] | None = None
        # Bumped when a different session begins (sign-in, resume, sign-out): a refresh answer
        # that arrives for an older session must not bring it back.
        self._epoch = 0

    @property
    def base_url(self) -> str:
        return self._base_url

    async def aclose(self) -> None:
        await self._http.aclose()

    async def __aenter__(self) -> AkonetClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    # --- meta ---------------------------------------------------------------------------------

    async def health(self) -> Health:
        return self._result(await self._send("GET", "/health"), Health, "GET /health")

    async def password_policy(self) -> PasswordPolicy:
        data = self._json(await self._send("GET", "/password-policy"), "GET /password-policy")
        if not isinstance(data, dict):
            raise ServerFailure("GET /password-policy: the answer is not a JSON object", 200)
        return PasswordPolicy.from_dict(data)

    async def public_settings(self) -> PublicSettings | None:
        """What the server decides that texts quote (lockout threshold, reset-link lifetime).
        None from a server older than GET /settings: it cannot say (api/defaults.py then)."""
        response = await self._send("GET", "/settings")
        if response.status_code == 404:
            return None
        return self._result(response, PublicSettings, "GET /settings")

    async def reference(self, language: str) -> Reference:
        response = await self._send("GET", "/reference", params={"language": language})
        return self._result(response, Reference, "GET /reference")

    # --- registration -------------------------------------------------------------------------

    async def start_registration(self, email: str, email_confirmation: str, language: str) -> Accepted:
        body = {"email": email, "email_confirmation": email_confirmation, "language": language}
        response = await self._send("POST", "/registrations", json=body)
        return self._result(response, Accepted, "POST /registrations")

    async def get_registration(self, token: str) -> RegistrationState:
        response = await self._send("GET", "/registrations/{}", token)
        return self._result(response, RegistrationState, "GET /registrations/…")

    async def save_company(self, token: str, company: CompanyData) -> RegistrationState:
        response = await self._send("PUT", "/registrations/{}/company", token, json=company.model_dump())
        return self._result(response, RegistrationState, "PUT /registrations/…/company")

    async def complete_registration(self, token: str, body: RegistrationComplete) -> SignedIn:
        response = await self._send("POST", "/registrations/{}/complete", token, json=body.model_dump())
        signed = self._result(response, SignedIn, "POST /registrations/…/complete")
        self._begin_session(signed.session)
        return signed

    # --- sign-in and session ------------------------------------------------------------------

    async def login(self, email: str, password: str) -> SignedIn | MfaRequired:
        """SignedIn; or MfaRequired for an account with two-step verification: no session yet,
        `login_totp` with its token and a code finishes the sign-in."""
        response = await self._send("POST", "/auth/login", json={"email": email, "password": password})
        self._raise_for_status(response, "POST /auth/login")
        if _asks_for_second_step(response):
            return self._result(response, MfaRequired, "POST /auth/login")
        signed = self._result(response, SignedIn, "POST /auth/login")
        self._begin_session(signed.session)
        return signed

    async def login_totp(self, mfa_token: str, code: str) -> SignedIn:
        """A wrong code: `ApiFailure` invalid_code with attempts_left; an expired or used token:
        mfa_token_invalid (sign in again with the password)."""
        body = TotpLogin(mfa_token=mfa_token, code=code).model_dump()
        response = await self._send("POST", "/auth/login/totp", json=body)
        signed = self._result(response, SignedIn, "POST /auth/login/totp")
        self._begin_session(signed.session)
        return signed

    async def resume(self, refresh_token: str) -> Me:
        """Silent sign-in with a remembered refresh token. A refused token clears the session."""
        async with self._refresh_lock:
            await self._settle_refresh()
            self._epoch += 1
            await self._rotate(refresh_token)
        return await self.me()

    async def me(self) -> Me:
        return self._result(await self._authorized("GET", "/me"), Me, "GET /me")

    async def logout(self) -> None:
        """Revoke the session on the server if it can be reached; always forget it locally."""
        try:
            if self.access_token is not None or self.refresh_token is not None:
                self._result(await self._authorized("POST", "/auth/logout"), None, "POST /auth/logout")
        except ClientError as exc:
            log.info("sign-out was not confirmed by the server: %s", exc)
        finally:
            self._begin_session(None)

    # --- devices ------------------------------------------------------------------------------

    async def list_devices(
        self,
        offset: int = 0,
        limit: int = 200,
        q: str = "",
        sort: str | None = None,
        order: str | None = None,
        status: str | None = None,
        cursor: str | None = None,
    ) -> DevicePage:
        """One page of the company's devices, sorted and filtered by the server. `cursor`: a
        previous page's `next_cursor`, for the rows after that page (`offset` says where they
        are); a server without cursors pages by `offset` alone."""
        params = {"offset": str(offset), "limit": str(limit)}
        if cursor:
            params["cursor"] = cursor
        if q:
            params["q"] = q
        if sort:
            params["sort"] = sort
        if order:
            params["order"] = order
        if status:
            params["status"] = status
        response = await self._authorized("GET", "/devices", params=params)
        return self._result(response, DevicePage, "GET /devices")

    async def get_device(self, device_id: int) -> DeviceOut:
        response = await self._authorized("GET", "/devices/{}", str(device_id))
        return self._result(response, DeviceOut, "GET /devices/…")

    async def update_device(self, device_id: int, changes: DeviceUpdate) -> DeviceOut:
        """Only the fields that are set (not None) change."""
        body = changes.model_dump(exclude_none=True)
        response = await self._authorized("PATCH", "/devices/{}", str(device_id), json=body)
        return self._result(response, DeviceOut, "PATCH /devices/…")

    async def activate_device(self, activation: DeviceActivation) -> DeviceOut:
        response = await self._authorized("POST", "/devices/activate", json=activation.model_dump())
        return self._result(response, DeviceOut, "POST /devices/activate")

    # --- recovery -----------------------------------------------------------------------------

    async def request_recovery(self, email: str) -> Accepted:
        response = await self._send("POST", "/password-recovery", json={"email": email})
        return self._result(response, Accepted, "POST /password-recovery")

    async def reset_password(self, token: str, password: str, password_confirmation: str) -> None:
        body = {"token": token, "password": password, "password_confirmation": password_confirmation}
        self._result(await self._send("POST", "/password-reset", json=body), None, "POST /password-reset")

    # --- session bookkeeping ------------------------------------------------------------------

    def _begin_session(self, tokens: SessionTokens | None) -> None:
        self._epoch += 1
        self._store(tokens)

    def _store(self, tokens: SessionTokens | None) -> None:
        self.access_token = tokens.access_token if tokens else None
        self.refresh_token = tokens.refresh_token if tokens else None
        if self.on_session_changed is None:
            return
        try:
            self.on_session_changed(tokens)
        except Exception:
            # The server has already rotated or ended the session: failing the call here would
            # report a sign-in that happened as one that did not.
            log.exception("on_session_changed failed")

    async def _authorized(
        self,
        method: str,
        route: str,
        *path_tokens: str,
        json: Any = None,
        params: dict[str, str] | None = None,
    ) -> httpx.Response:
        """Send with the access token; after a 401 about it, refresh once (if possible) and resend."""
        used = self.access_token
        response = await self._send(method, route, *path_tokens, json=json, params=params, token=used)
        if _access_refused(response) and await self._fresh_access_since(used):
            response = await self._send(method, route, *path_tokens, json=json, params=params, token=self.access_token)
        return response

    async def _fresh_access_since(self, stale: str | None) -> bool:
        """Hold an access token newer than `stale`, refreshing at most once for all waiters."""
        async with self._refresh_lock:
            await self._settle_refresh()
            if self.access_token is not None and self.access_token != stale:
                return True
            if self.refresh_token is None:
                return False
            await self._rotate(self.refresh_token)
            return self.access_token is not None

    async def _settle_refresh(self) -> None:
        """Wait for a refresh left running by a cancelled caller; its outcome is already stored."""
        if self._refreshing is not None:
            try:
                await asyncio.shield(self._refreshing)
            except ClientError:
                pass

    async def _rotate(self, refresh_token: str) -> None:
        # Once sent, the server has spent the old refresh token: the answer must be stored even if
        # the caller is cancelled, or the next refresh would look like theft and end the session.
        task = asyncio.ensure_future(self._refresh(refresh_token, self._epoch))
        self._refreshing = task
        task.add_done_callback(self._refresh_done)
        await asyncio.shield(task)

    def _refresh_done(self, task: asyncio.Task[None]) -> None:
        if self._refreshing is task:
            self._refreshing = None
        if not task.cancelled():
            task.exception()  # retrieved here so an abandoned failure is not reported as lost

    async def _refresh(self, refresh_token: str, epoch: int) -> None:
        body = {"refresh_token": refresh_token}
        try:
            response = await self._send("POST", "/auth/refresh", json=body)
        except (ServerTimeout, ServerUnreachable) as lost:
            # The server may have rotated the token and the answer been lost on the way. Asked
            # again soon with the same token, it answers with the same new pair (its reuse grace
            # period outlasts our timeout); left alone, the next refresh would look like theft.
            log.info("refresh not answered, asking once more: %s", lost)
            response = await self._send("POST", "/auth/refresh", json=body)
        try:
            tokens = self._result(response, SessionTokens, "POST /auth/refresh")
        except ApiFailure as failure:
            if failure.code in _SESSION_ENDED and epoch == self._epoch:
                self._store(None)
            raise
        if epoch == self._epoch:
            self._store(tokens)

    # --- HTTP ---------------------------------------------------------------------------------

    async def _send(
        self,
        method: str,
        route: str,
        *path_tokens: str,
        json: Any = None,
        params: dict[str, str] | None = None,
        token: str | None = None,
    ) -> httpx.Response:
        """`route` has "{}" for each path token; it (never the token) names the call in errors."""
        path = API_PREFIX + route.format(*(_segment(t) for t in path_tokens))
        what = f"{method} {route.replace('{}', '…')}"
        headers = {"Authorization": f"Bearer {token}"} if token else None
        try:
            return await self._http.request(method, path, json=json, params=params, headers=headers)
        except httpx.TimeoutException as exc:
            raise ServerTimeout(f"{what}: {self._base_url} did not answer in time ({_why(exc)})") from exc
        except httpx.TransportError as exc:
            raise ServerUnreachable(f"{what}: cannot reach {self._base_url} ({_why(exc)})") from exc
        except httpx.HTTPError as exc:
            raise ServerFailure(f"{what}: unusable answer from {self._base_url} ({_why(exc)})") from exc
        except httpx.InvalidURL as exc:
            raise ClientError(f"{what}: cannot build the request URL ({exc})") from exc

    def _json(self, response: httpx.Response, what: str) -> Any:
        self._raise_for_status(response, what)
        try:
            return response.json()
        except ValueError:
            raise ServerFailure(f"{what}: the answer is not JSON", response.status_code) from None

    def _result(self, response: httpx.Response, model: type[M] | None, what: str) -> Any:
        self._raise_for_status(response, what)
        if model is None:
            return None
        try:
            return model.model_validate_json(response.content)
        except ValidationError:
            raise ServerFailure(
                f"{what}: the answer (HTTP {response.status_code}) is not a {model.__name__}",
                response.status_code,
            ) from None

    @staticmethod
    def _raise_for_status(response: httpx.Response, what: str) -> None:
        status = response.status_code
        if 200 <= status < 300:
            return
        try:
            body: ErrorBody | None = ErrorBody.model_validate_json(response.content)
        except ValidationError:
            body = None
        if 400 <= status < 500 and body is not None:
            failure = ApiFailure.from_body(status, body)
            if failure.retry_after is None:
                failure.retry_after = _retry_after_header(response)
            raise failure
        detail = f" {body.code}: {body.message}" if body else " without the API's error body"
        raise ServerFailure(f"{what}: HTTP {status}{detail}", status)
