"""Request and response bodies. Field names here are the field names of 422 errors."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from akonet_desktop.api import defaults
from akonet_desktop.rules.roles import Kind, Privilege

# Generous hard caps: the rules give the precise, translated limits; these only stop abuse.
_Text = Field(max_length=1000)
_Secret = Field(max_length=4096, repr=False)


class ApiModel(BaseModel):
    model_config = ConfigDict(extra="ignore", str_strip_whitespace=False)


# --- errors -----------------------------------------------------------------------------------


class FieldErrorOut(ApiModel):
    field: str
    code: str
    message: str
    params: dict[str, object] = {}


class ErrorBody(ApiModel):
    code: str
    message: str
    errors: list[FieldErrorOut] | None = None
    attempts_left: int | None = None
    retry_after: int | None = None


# --- meta -------------------------------------------------------------------------------------


class Health(ApiModel):
    status: Literal["ok"] = "ok"
    version: str
    database: str


class LanguageOut(ApiModel):
    code: str
    name: str


class CountryOut(ApiModel):
    code: str
    name: str


class IdTypeOut(ApiModel):
    country: str
    code: str
    label: str
    example: str


class Reference(ApiModel):
    language: str
    languages: list[LanguageOut]
    countries: list[CountryOut]
    id_types: list[IdTypeOut]


class PublicSettings(ApiModel):
    """GET /settings: what this deployment decides that clients tell people (api/defaults.py:
    the defaults). Fields are only ever added."""

    lockout_threshold: int  # wrong passwords in a row that block an account
    reset_link_minutes: int  # how long a password-reset link works
    # How long an invitation link works; added after the two above: an older server's answer
    # lacks it and then reads as the default.
    invitation_link_minutes: int = defaults.INVITATION_LINK_MINUTES


# --- registration ------------------------------------------------------------------------------


class RegistrationStart(ApiModel):
    email: str = _Text
    email_confirmation: str = _Text
    language: str = Field(default="en", max_length=20)


class Accepted(ApiModel):
    code: str
    message: str


class CompanyData(ApiModel):
    name: str = _Text
    country: str = Field(max_length=20)
    id_type: str = Field(max_length=50)
    id_number: str = _Text
    phone: str = _Text


class RegistrationState(ApiModel):
    email: str
    language: str
    expires_at: datetime
    company: CompanyData | None = None


class RegistrationComplete(ApiModel):
    first_name: str = _Text
    last_name: str = _Text
    password: str = _Secret
    password_confirmation: str = _Secret
    language: str = Field(max_length=20)


# --- accounts and sessions ----------------------------------------------------------------------


class UserOut(ApiModel):
    id: int
    email: str
    first_name: str
    last_name: str
    role: Kind
    language: str
    # The user's role (kind "user"), and what the person may do: from rules/roles.py, so that a
    # window can hide what the server would refuse.
    role_id: int | None = None
    privileges: list[Privilege] = []
    totp_enabled: bool = False  # two-step verification is on for this person


class CompanyOut(ApiModel):
    id: int
    name: str
    country: str
    id_type: str
    id_number: str
    phone: str
    address_line: str = ""
    postal_code: str = ""
    city: str = ""
    require_totp_for_admins: bool = False  # the owner requires two-step verification of admins


class SessionTokens(ApiModel):
    access_token: str
    refresh_token: str
    token_type: Literal["bearer"] = "bearer"
    expires_in: int  # seconds until the access token expires
    refresh_expires_in: int


class SignedIn(ApiModel):
    user: UserOut
    company: CompanyOut
    session: SessionTokens
    # The company requires two-step verification of its owner and administrators and this one
    # has none yet: every route but /me, /me/totp*, /me/sessions and /auth/logout answers 403
    # totp_required until it is set up.
    totp_setup_required: bool = False


class Me(ApiModel):
    user: UserOut
    company: CompanyOut
    totp_setup_required: bool = False  # as in SignedIn


class LoginRequest(ApiModel):
    email: str = _Text
    password: str = _Secret


class RefreshRequest(ApiModel):
    refresh_token: str = Field(max_length=200, repr=False)


# --- recovery ---------------------------------------------------------------------------------


class RecoveryRequest(ApiModel):
    email: str = _Text


class PasswordResetRequest(ApiModel):
    token: str = Field(max_length=200, repr=False)
    password: str = _Secret
    password_confirmation: str = _Secret


# --- devices ------------------------------------------------------------------------------------

DeviceStatus = Literal["active", "inactive", "alarm"]
DEVICE_SORT_FIELDS = ("serial", "name", "model", "location", "status", "last_seen_at", "activated_at")
DEVICE_PAGE_MAX = 500


class DeviceOut(ApiModel):
    id: int
    serial: str
    model: str
    firmware: str
    name: str
    location: str
    status: DeviceStatus  # alarm (red) > inactive (orange: no contact for a while) > active (green)
    alarm: bool
    last_seen_at: datetime | None
    activated_at: datetime | None


class DeviceCounts(ApiModel):
    total: int  # all the company's devices, whatever the filter
    active: int
    inactive: int
    alarm: int


class DevicePage(ApiModel):
    items: list[DeviceOut]
    total: int  # matching the filter
    offset: int
    limit: int
    counts: DeviceCounts
    # Opaque: the `cursor` of the page after this one (same sort, order and filter); None when
    # this page is empty or holds the last matching device.
    next_cursor: str | None = None


class DeviceUpdate(ApiModel):
    name: str | None = Field(default=None, max_length=1000)
    location: str | None = Field(default=None, max_length=1000)


class DeviceActivation(ApiModel):
    serial: str = Field(max_length=100)
    activation_code: str = Field(max_length=100, repr=False)
    name: str = Field(default="", max_length=1000)
    location: str = Field(default="", max_length=1000)


class Heartbeat(ApiModel):
    """Sent by a device, authenticated by its own secret (Authorization: Device <secret>)."""

    alarm: bool = False


DeviceSort = Literal["serial", "name", "model", "location", "status", "last_seen_at", "activated_at"]
DEVICE_PAGE_DEFAULT = 100
DEVICE_QUERY_MAX = 100
DEVICE_OFFSET_MAX = 10**9
# A cursor carries the sort key of a row: up to 255 characters of a name, in UTF-8 and base64.
DEVICE_CURSOR_MAX = 2048


class DeviceQuery(ApiModel):
    """The query string of GET /devices; every field has a default."""

    # Where the page starts among the matches. With a cursor, only echoed back (the client's
    # count of the rows before); without, the rows before are skipped (a jump).
    offset: int = Field(default=0, ge=0, le=DEVICE_OFFSET_MAX)
    limit: int = Field(default=DEVICE_PAGE_DEFAULT, ge=1, le=DEVICE_PAGE_MAX)
    q: str = Field(default="", max_length=DEVICE_QUERY_MAX)  # substring of serial, name, location, model
    # "status": alarm, inactive, active (desc: the reverse), each by last contact, oldest first
    sort: DeviceSort = "serial"
    order: Literal["asc", "desc"] = "asc"
    status: DeviceStatus | None = None
    # A previous page's `next_cursor`: this page holds the devices after that page's last one,
    # found through the sort's index whatever the depth. One made for another sort or order: 422.
    cursor: str | None = Field(default=None, max_length=DEVICE_CURSOR_MAX)
