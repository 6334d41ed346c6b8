"""Server configuration: AKONET_* environment variables, overridable by CLI flags."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from urllib.parse import quote

import platformdirs
from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from akonet_desktop.api import defaults
from akonet_desktop.api.links import INVITATION_LINK, PASSWORD_RESET_LINK, REGISTRATION_LINK
from akonet_desktop.server.http.request_heads import DEFAULT_HEAD_TIMEOUT_SECONDS, DEFAULT_MAX_HEAD_BYTES, HeadLimits

APP_NAME = "AKONet"


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="AKONET_", extra="ignore")

    data_dir: Path = Field(default_factory=default_data_dir)
    database_url: str = ""  # empty: SQLite file in data_dir
    mail_url: str = ""  # empty: Maildir in data_dir
    mail_from: str = "AKONet <no-reply@akonet.local>"
    public_url: str = "http://127.0.0.1:8000"

    # One per emailed link kind with a token: api/links.py names the setting and holds its default.
    registration_link_minutes: int = Field(default=REGISTRATION_LINK.lifetime.default_minutes, ge=1)
    reset_link_minutes: int = Field(default=PASSWORD_RESET_LINK.lifetime.default_minutes, ge=1)  # GET /settings
    invitation_link_minutes: int = Field(default=INVITATION_LINK.lifetime.default_minutes, ge=1)
    access_token_minutes: int = Field(default=15, ge=1)
    refresh_token_days: int = Field(default=30, ge=1)
    # However often it is refreshed, a sign-in ends after this long ("Remember me" included).
    session_max_days: int = Field(default=90, ge=1)
    # Deleting rows whose purpose is over (server/housekeeping.py), every so many hours; 0: never.
    housekeeping_hours: int = Field(default=1, ge=0)

    lockout_threshold: int = Field(default=defaults.LOCKOUT_THRESHOLD, ge=1, le=100)  # served: GET /settings
    # Per client address and server process (server/client_throttle.py): sign-ins that verified a
    # password and failed, and heartbeats refused for a wrong secret; past them, 429 for a while.
    failed_sign_ins_per_client_per_minute: int = Field(default=30, ge=1)
    # Higher: several misconfigured devices of a site may share one address with working ones.
    refused_heartbeats_per_client_per_minute: int = Field(default=120, ge=1)
    # A refresh token presented again this soon after its rotation gets the same new pair (a
    # retry whose answer was lost), not the end of the session; the desktop waits 15 s an answer.
    refresh_reuse_grace_seconds: int = Field(default=20, ge=0, le=300)

    argon2_time_cost: int = Field(default=2, ge=2)
    argon2_memory_kib: int = Field(default=19 * 1024, ge=19 * 1024)
    argon2_parallelism: int = Field(default=1, ge=1)

    # Mails queued per recipient address and kind (registration, recovery, lockout, invitation).
    mails_per_address_per_hour: int = Field(default=5, ge=1)
    # Past that, a client's first mail of a kind to an address in 15 minutes still goes, up to this.
    mails_per_address_ceiling_per_hour: int = Field(default=20, ge=1)
    mails_per_client_per_hour: int = Field(default=30, ge=1)
    # Invitations (sent or resent, and addresses refused as in use) a company may make per hour.
    invitations_per_company_per_hour: int = Field(default=50, ge=1)

    # A device that has not sent a heartbeat for this long shows as inactive (orange).
    device_inactive_minutes: int = Field(default=15, ge=1)
    # A company's device counts by status are kept this long by each server process (every page of
    # the list shows them; server/devices/counts.py); 0: counted for every page.
    device_counts_seconds: float = Field(default=5, ge=0, le=60)
    # Wrong activation codes a company may try per hour, so that codes cannot be guessed.
    device_activation_failures_per_hour: int = Field(default=10, ge=1)

    # What a device costs per month it is active in (GET /company/billing); no payment is processed.
    billing_price_per_device_month: Decimal = Field(
        default=Decimal("2.50"), ge=0, le=Decimal("1000000"), decimal_places=2
    )
    billing_currency: str = Field(default="EUR", pattern=r"^[A-Z]{3}$")

    max_body_bytes: int = Field(default=64 * 1024, ge=1024)
    # A request line with its headers over this size gets 431 before the rest is read; one not
    # complete this long after the connection opened (or its first byte came) is closed.
    max_head_bytes: int = Field(default=DEFAULT_MAX_HEAD_BYTES, ge=1024)
    head_timeout_seconds: float = Field(default=DEFAULT_HEAD_TIMEOUT_SECONDS, gt=0)
    # The API's pages for people, /docs (Swagger UI, scripts from a CDN): off unless asked for.
    docs: bool = False
    outbox_poll_seconds: float = Field(default=2.0, gt=0)
    outbox_worker: bool = True
    migrate_on_start: bool = True

    @field_validator("public_url")
    @classmethod
    def _strip_slash(cls, value: str) -> str:
        return value.rstrip("/")

    @property
    def head_limits(self) -> HeadLimits:
        return HeadLimits(self.max_head_bytes, self.head_timeout_seconds)

    @property
    def effective_database_url(self) -> str:
        return self.database_url or f"sqlite:///{self.data_dir / 'akonet.sqlite3'}"

    @property
    def effective_mail_url(self) -> str:
        # Quoted: a folder name may hold "#", "?" or "%" (parse_mail_url unquotes the path)
        return self.mail_url or f"maildir://{quote((self.data_dir / 'Maildir').as_posix(), safe='/:')}"

    @property
    def mail_domain(self) -> str:
        address = self.mail_from.rsplit("<", 1)[-1].rstrip(">")
        return address.rsplit("@", 1)[-1] or "akonet.local"
