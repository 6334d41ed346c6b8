"""The devices list's cursors: a row's position in one sort and order, opaque to the client.

A cursor is the sort's key values of the last row of a page (orders.SORTS), with the sort and
order it was made for, as base64url JSON. It is not a secret and needs no signature: whatever it
says, the next page is read from the caller's own company only. It is checked all the same,
value by value, so that a cursor from another sort or order, or not made here, answers 422.
"""

from __future__ import annotations

import base64
import binascii
import json
from datetime import UTC, datetime

from akonet_desktop.rules import FieldError
from akonet_desktop.rules._text import CONTROL_CATEGORIES, has_category
from akonet_desktop.rules.device import device_english_message
from akonet_desktop.rules.errors import INVALID
from akonet_desktop.server.devices.orders import SORTS
from akonet_desktop.server.errors import ApiError, invalid_fields

_VERSION = 1
_MAX_TEXT = 1000  # longer than any stored key (sort keys: 255)
_MAX_ID = 2**63 - 1


def encode(sort: str, order: str, values: tuple) -> str:
    plain = [_VERSION, sort, order, *(v.isoformat() if isinstance(v, datetime) else v for v in values)]
    data = json.dumps(plain, ensure_ascii=False, separators=(",", ":")).encode("utf-8", "surrogatepass")
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def invalid_cursor() -> ApiError:
    return invalid_fields([FieldError("cursor", INVALID)], device_english_message)


def decode(cursor: str, sort: str, order: str) -> tuple:
    """The key values a cursor made for `sort` and `order` holds; 422 for anything else."""
    try:
        data = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        plain = json.loads(data.decode("utf-8"))
    except (ValueError, binascii.Error, UnicodeDecodeError, RecursionError):
        raise invalid_cursor() from None
    keys = SORTS[sort]
    if not isinstance(plain, list) or plain[:3] != [_VERSION, sort, order] or len(plain) != 3 + len(keys):
        raise invalid_cursor()
    return tuple(_value(key.kind, key.nullable, value) for key, value in zip(keys, plain[3:], strict=True))


def _value(kind: type, nullable: bool, value):
    if value is None and nullable:
        return None
    if kind is str and isinstance(value, str) and len(value) <= _MAX_TEXT:
        # No stored key holds a control character or a lone surrogate; a database may refuse both.
        if not has_category(value, CONTROL_CATEGORIES):
            return value
    if kind is bool and isinstance(value, bool):
        return value
    if kind is int and type(value) is int and 1 <= value <= _MAX_ID:
        return value
    if kind is datetime and isinstance(value, str):
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            raise invalid_cursor() from None
        if moment.tzinfo is not None:
            try:
                # As it is stored (naive UTC, models.UTCDateTime): a moment near year 1 or 9999
                # in a zone of its own may have no UTC one.
                moment.astimezone(UTC)
            except OverflowError:
                raise invalid_cursor() from None
            return moment
    raise invalid_cursor()
