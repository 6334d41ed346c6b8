"""AkonetClient's calls for the signed-in person's own account: names and language, password,
signed-in sessions, two-step verification.

A mixin of `AkonetClient` (it uses the client's request helpers), kept apart so that each
feature's calls live in their own module. A wrong password or code is an `ApiFailure`
(invalid_credentials / invalid_code, with attempts_left): it counts toward the sign-in lockout,
and the client never sends it again on its own.
"""

from __future__ import annotations

from pydantic import TypeAdapter

from akonet_desktop.api.account import (
    MeUpdate,
    PasswordChange,
    PasswordCheck,
    RecoveryCodes,
    SessionOut,
    TotpCode,
    TotpDisable,
    TotpSetup,
)
from akonet_desktop.api.models import Me
from akonet_desktop.client.errors import ServerFailure

_SESSIONS = TypeAdapter(list[SessionOut])


class AccountCalls:
    async def update_me(self, changes: MeUpdate) -> Me:
        """Only the fields that were set change."""
        body = changes.model_dump(exclude_unset=True)
        return self._result(await self._authorized("PATCH", "/me", json=body), Me, "PATCH /me")

    async def change_password(
        self, current_password: str, password: str, password_confirmation: str, sign_out_other_sessions: bool = True
    ) -> None:
        body = PasswordChange(
            current_password=current_password,
            password=password,
            password_confirmation=password_confirmation,
            sign_out_other_sessions=sign_out_other_sessions,
        ).model_dump()
        self._result(await self._authorized("POST", "/me/password", json=body), None, "POST /me/password")

    async def list_sessions(self) -> list[SessionOut]:
        response = await self._authorized("GET", "/me/sessions")
        self._raise_for_status(response, "GET /me/sessions")
        try:
            return _SESSIONS.validate_json(response.content)
        except ValueError:
            raise ServerFailure(
                "GET /me/sessions: the answer is not a list of sessions", response.status_code
            ) from None

    async def end_session(self, session_id: int) -> None:
        """Another person's (or an unknown) id: `ApiFailure` session_not_found."""
        response = await self._authorized("DELETE", "/me/sessions/{}", str(session_id))
        self._result(response, None, "DELETE /me/sessions/…")

    async def end_other_sessions(self) -> None:
        self._result(await self._authorized("DELETE", "/me/sessions"), None, "DELETE /me/sessions")

    async def start_totp(self, password: str) -> TotpSetup:
        body = PasswordCheck(password=password).model_dump()
        return self._result(await self._authorized("POST", "/me/totp", json=body), TotpSetup, "POST /me/totp")

    async def confirm_totp(self, code: str) -> RecoveryCodes:
        body = TotpCode(code=code).model_dump()
        response = await self._authorized("POST", "/me/totp/confirm", json=body)
        return self._result(response, RecoveryCodes, "POST /me/totp/confirm")

    async def disable_totp(self, password: str, code: str) -> None:
        body = TotpDisable(password=password, code=code).model_dump()
        self._result(await self._authorized("DELETE", "/me/totp", json=body), None, "DELETE /me/totp")
