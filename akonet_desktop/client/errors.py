"""Exceptions of the API client: one type per thing the GUI reacts to differently."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pydantic loads after the first window is painted
    from akonet_desktop.api.models import ErrorBody, FieldErrorOut


class ClientError(Exception):
    """Base of every client failure; str(e) is an English description for logs."""


class ServerUnreachable(ClientError):
    """No conversation with the server: refused, DNS, reset, TLS failure."""


class ServerTimeout(ClientError):
    """The server did not answer (or connect) in time."""


class ServerFailure(ClientError):
    """A 5xx, or an answer that is not what the API sends."""

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


class ApiFailure(ClientError):
    """A 4xx with the API's error body: the request was understood and refused."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        *,
        errors: Iterable[FieldErrorOut] = (),
        attempts_left: int | None = None,
        retry_after: int | None = None,
    ) -> None:
        super().__init__(f"HTTP {status} {code}: {message}")
        self.status = status
        self.code = code
        self.message = message
        self.errors = list(errors)
        self.attempts_left = attempts_left
        self.retry_after = retry_after

    @classmethod
    def from_body(cls, status: int, body: ErrorBody) -> ApiFailure:
        return cls(
            status,
            body.code,
            body.message,
            errors=body.errors or (),
            attempts_left=body.attempts_left,
            retry_after=body.retry_after,
        )

    def field_codes(self) -> dict[str, list[str]]:
        """Error codes per field, in the server's order: {"password": ["too_short", "no_digit"]}."""
        out: dict[str, list[str]] = {}
        for error in self.errors:
            out.setdefault(error.field, []).append(error.code)
        return out


class CredentialStoreUnavailable(ClientError):
    """No secure keyring to keep a secret in, or the keyring refused the operation."""
