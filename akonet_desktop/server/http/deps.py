"""FastAPI dependencies: the server context, the client address, the signed-in caller, privileges,
and the company's two-step verification policy."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from akonet_desktop.api.errors import ErrorCode
from akonet_desktop.rules.roles import Privilege
from akonet_desktop.server.accounts.sign_in_sessions import Caller, Origin, authenticate
from akonet_desktop.server.accounts.totp_policy import totp_setup_required
from akonet_desktop.server.context import ServerContext
from akonet_desktop.server.errors import ApiError

_bearer = HTTPBearer(auto_error=False, description="Access token from sign-in or refresh")


# Trivial dependencies are `async def`: FastAPI runs a plain `def` dependency on the thread
# pool, and that hop cost more than the sign-in's own database work.
async def get_ctx(request: Request) -> ServerContext:
    return request.app.state.ctx


async def client_address(request: Request) -> str:
    return request.client.host if request.client else "unknown"


# What the sessions list shows of a client: its User-Agent, printable and short.
MAX_CLIENT_LENGTH = 200


def clean_client(user_agent: str | None) -> str:
    """Printable characters only (a header may carry anything: it ends up on someone's screen),
    runs of spaces as one, cut to MAX_CLIENT_LENGTH."""
    text = "".join(ch if ch.isprintable() else " " for ch in (user_agent or "")[: MAX_CLIENT_LENGTH * 4])
    return " ".join(text.split())[:MAX_CLIENT_LENGTH]


async def client_origin(request: Request) -> Origin:
    return Origin(client=clean_client(request.headers.get("user-agent")), address=await client_address(request))


def get_session_caller(
    ctx: Annotated[ServerContext, Depends(get_ctx)],
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> Caller:
    """The signed-in caller, whatever the company's two-step verification policy: only for the
    routes that let a person set it up (their account, sessions, sign-out)."""
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise ApiError(401, ErrorCode.NOT_AUTHENTICATED, "Sign in to continue.")
    return authenticate(ctx, credentials.credentials)


async def get_caller(caller: Annotated[Caller, Depends(get_session_caller)]) -> Caller:
    """The signed-in caller; 403 totp_required while the company requires two-step verification
    of the caller and the caller has not set it up. Every route but the setup ones goes through here."""
    if totp_setup_required(caller.user):
        raise ApiError(
            403,
            ErrorCode.TOTP_REQUIRED,
            "Your company requires two-step verification: set it up in My account to continue.",
        )
    return caller


def require(privilege: Privilege):
    """A route dependency (`dependencies=[require(Privilege.X)]`): 403 unless the caller has it.

    It shares `get_caller` with the route's own `CurrentCaller`, which FastAPI resolves once per
    request: the access token is checked once.
    """

    async def check(caller: Annotated[Caller, Depends(get_caller)]) -> None:  # no I/O: no thread hop
        if privilege not in caller.privileges:
            raise ApiError(403, ErrorCode.FORBIDDEN, "Your role in the company does not allow this.")

    return Depends(check)


Ctx = Annotated[ServerContext, Depends(get_ctx)]
ClientAddress = Annotated[str, Depends(client_address)]
CurrentCaller = Annotated[Caller, Depends(get_caller)]
# Only for /me, /me/password, /me/sessions*, /me/totp*, /auth/logout: see get_session_caller.
SessionCaller = Annotated[Caller, Depends(get_session_caller)]
ClientOrigin = Annotated[Origin, Depends(client_origin)]
