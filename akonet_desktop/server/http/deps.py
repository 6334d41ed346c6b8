"""FastAPI dependencies: the server context, the client address, the signed-in caller, privileges."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from akonet_desktop.api.errors import ErrorCode
from akonet_desktop.rules.roles import Privilege
from akonet_desktop.server.accounts.sign_in_sessions import Caller, authenticate
from akonet_desktop.server.context import ServerContext
from akonet_desktop.server.errors import ApiError

_bearer = HTTPBearer(auto_error=False, description="Access token from sign-in or refresh")


# Trivial dependencies are `async def`: FastAPI runs a plain `def` dependency on the thread
# pool, and that hop cost more than the sign-in's own database work.
async def get_ctx(request: Request) -> ServerContext:
    return request.app.state.ctx


async def client_address(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def get_caller(
    ctx: Annotated[ServerContext, Depends(get_ctx)],
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> Caller:
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise ApiError(401, ErrorCode.NOT_AUTHENTICATED, "Sign in to continue.")
    return authenticate(ctx, credentials.credentials)


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
