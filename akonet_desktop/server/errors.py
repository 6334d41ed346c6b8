"""One JSON error shape for every failure: {code, message, errors?, attempts_left?, retry_after?}."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match

from akonet_desktop.api.errors import ErrorCode
from akonet_desktop.api.models import ErrorBody, FieldErrorOut
from akonet_desktop.rules import FieldError, english_message

log = logging.getLogger(__name__)


class ApiError(Exception):
    def __init__(
        self,
        status: int,
        code: ErrorCode,
        message: str,
        *,
        errors: list[FieldErrorOut] | None = None,
        attempts_left: int | None = None,
        retry_after: int | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.body = ErrorBody(
            code=code,
            message=message,
            errors=errors,
            attempts_left=attempts_left,
            retry_after=retry_after,
        )


Messages = Callable[[FieldError], str]


def invalid_fields(errors: Iterable[FieldError], messages: Messages = english_message) -> ApiError:
    out = [FieldErrorOut(field=e.field, code=e.code, message=messages(e), params=dict(e.params)) for e in errors]
    return ApiError(422, ErrorCode.VALIDATION_ERROR, "Some fields are not valid.", errors=out)


def raise_if_invalid(errors: list[FieldError], messages: Messages = english_message) -> None:
    if errors:
        raise invalid_fields(errors, messages)


def error_response(error: ApiError, headers: dict[str, str] | None = None) -> JSONResponse:
    headers = dict(headers or {})
    if error.body.retry_after:
        headers["Retry-After"] = str(error.body.retry_after)
    return JSONResponse(error.body.model_dump(exclude_none=True), status_code=error.status, headers=headers or None)


_HTTP_CODES = {
    401: ErrorCode.NOT_AUTHENTICATED,
    403: ErrorCode.FORBIDDEN,
    404: ErrorCode.NOT_FOUND,
    405: ErrorCode.METHOD_NOT_ALLOWED,
    413: ErrorCode.PAYLOAD_TOO_LARGE,
    415: ErrorCode.UNSUPPORTED_MEDIA_TYPE,
}


def _field_name(loc: tuple) -> str:
    parts = [str(p) for p in loc[1:]] if loc and loc[0] in ("body", "query", "path") else []
    return ".".join(parts) or (str(loc[0]) if loc else "body")


_METHODS = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS")


def _allowed_methods(request: Request) -> str:
    """Every method a route takes at this path (RFC 9110, 15.5.6), asked of the routes one method at a time:
    the router's 405 names one route's methods only, and /company has a route per method."""
    allowed = [
        method
        for method in _METHODS
        if any(route.matches({**request.scope, "method": method})[0] is Match.FULL for route in request.app.routes)
    ]
    return ", ".join(allowed)


def _malformed_body() -> ApiError:
    """FastAPI's 400 for a body it could not read as JSON (not UTF-8, say): one more invalid input."""
    field = FieldErrorOut(field="body", code="malformed", message="The request body is not valid JSON.")
    return ApiError(422, ErrorCode.VALIDATION_ERROR, "Some fields are not valid.", errors=[field])


def _pydantic_code(error_type: str) -> str:
    if error_type == "missing":
        return "required"
    if error_type in ("string_too_long", "too_long"):
        return "too_long"
    if error_type == "json_invalid":
        return "malformed"
    return "invalid"


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api_error(_request: Request, exc: ApiError) -> JSONResponse:
        return error_response(exc)

    @app.exception_handler(RequestValidationError)
    async def _validation(_request: Request, exc: RequestValidationError) -> JSONResponse:
        out = []
        for err in exc.errors():
            # A JSON syntax error's location is ("body", character offset): the body is what is wrong.
            loc = ("body",) if err.get("type") == "json_invalid" else tuple(err.get("loc", ()))
            out.append(
                FieldErrorOut(
                    field=_field_name(loc),
                    code=_pydantic_code(err.get("type", "")),
                    message=str(err.get("msg", "Invalid value.")),
                )
            )
        error = ApiError(422, ErrorCode.VALIDATION_ERROR, "Some fields are not valid.", errors=out)
        return error_response(error)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        if exc.status_code == 400:
            return error_response(_malformed_body())
        code = _HTTP_CODES.get(exc.status_code, ErrorCode.NOT_FOUND)
        error = ApiError(exc.status_code, code, str(exc.detail))
        headers = {"Allow": _allowed_methods(request)} if exc.status_code == 405 else None
        return error_response(error, headers)

    @app.exception_handler(Exception)
    async def _unexpected(_request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error", exc_info=exc)
        return error_response(ApiError(500, ErrorCode.INTERNAL_ERROR, "The server could not complete the request."))
