"""SQLAlchemy models. Every migration under migrations/versions must match these."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    false,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, validates
from sqlalchemy.sql import operators
from sqlalchemy.sql.elements import UnaryExpression

from akonet_desktop.rules.email import email_key
from akonet_desktop.server.company.member_search import search_text


class UTCDateTime(TypeDecorator):
    """Stores naive UTC, returns aware UTC: SQLite has no time zones, PostgreSQL does."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect):
        return None if value is None else value.replace(tzinfo=UTC)

    def result_processor(self, dialect, coltype):
        if dialect.name != "sqlite":
            return super().result_processor(dialect, coltype)

        # SQLite holds the text SQLAlchemy wrote ("2026-12-02 16:34:11.776952"): read in C by
        # fromisoformat, not by SQLAlchemy's regular expression, since a page of the devices
        # list reads two hundred of them.
        def process(value):
            if value is None:
                return None
            return datetime.fromisoformat(value).replace(tzinfo=UTC)

        return process


Id = BigInteger().with_variant(Integer(), "sqlite")


class Base(DeclarativeBase):
    pass


class NullsFirst(UnaryExpression):
    """An index column in ascending order with NULLs first: what PostgreSQL must be told, and what
    SQLite does anyway (its ascending order puts NULLs first) but refuses to be told in an index."""

    inherit_cache = True

    def __init__(self, column) -> None:
        super().__init__(column, modifier=operators.nulls_first_op)


@compiles(NullsFirst, "sqlite")
def _nulls_first_on_sqlite(element: NullsFirst, compiler, **kw) -> str:
    return compiler.process(element.element, **kw)


class Company(Base):
    __tablename__ = "companies"

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    country: Mapped[str] = mapped_column(String(2))
    id_type: Mapped[str] = mapped_column(String(20))
    id_number: Mapped[str] = mapped_column(String(50))
    phone: Mapped[str] = mapped_column(String(32))
    address_line: Mapped[str] = mapped_column(String(200), default="", server_default="")
    postal_code: Mapped[str] = mapped_column(String(20), default="", server_default="")
    city: Mapped[str] = mapped_column(String(100), default="", server_default="")
    # None: the owner's address, whoever the owner is at the time.
    billing_email: Mapped[str | None] = mapped_column(String(254))
    billing_address: Mapped[str] = mapped_column(String(500), default="", server_default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    # The owner requires two-step verification of the owner and the administrators.
    require_totp_for_admins: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # The address (its email_key) the company registered with, while devices pre-activated for it
    # are still joining after the registration; then None (server/devices/joining.py).
    joining_for: Mapped[str | None] = mapped_column(String(254))

    users: Mapped[list[User]] = relationship(back_populates="company")


class Role(Base):
    """A named set of privileges (rules/roles.py) that a company gives its users."""

    __tablename__ = "roles"
    __table_args__ = (UniqueConstraint("company_id", "name", name="uq_roles_company_name"),)

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("companies.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(60))
    privileges: Mapped[str] = mapped_column(String(500), default="")  # rules.roles.stored_privileges
    # rules.roles.BUILTIN_ROLES key while the name is the untouched default (then translated).
    builtin: Mapped[str | None] = mapped_column(String(20))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


def _searchable(row: User | Invitation, name: str, value: str) -> str:
    """Set with a person's or an invitation's address or names: what derives from them.

    Derived on the ORM's attribute sets, not in each writer: every writer of these columns goes
    through the ORM (a Core UPDATE of them would bypass this; none exists, and none may), and the
    search text is then right whatever writes the row. A row being built reads its other fields
    as None until set; the last of the three sets leaves the right text.
    """
    if name == "email":
        row.email_key = email_key(value)
    fields = {"first_name": row.first_name, "last_name": row.last_name, "email": row.email, name: value}
    row.search_text = search_text(*(fields[f] or "" for f in ("first_name", "last_name", "email")))
    return value


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("companies.id", ondelete="CASCADE"), index=True)
    # rules.mail_address: where mail goes, as typed. Unique since 0001, and implied by the key's.
    email: Mapped[str] = mapped_column(String(254), unique=True)
    # rules.email_key of `email`, set with it: every look-up by address, and the uniqueness.
    email_key: Mapped[str] = mapped_column(String(254), unique=True, index=True)
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100))
    # company/member_search.py of the names and address, set with them: what GET /users?q= compares.
    search_text: Mapped[str] = mapped_column(Text)
    role: Mapped[str] = mapped_column(String(10))  # rules.roles.Kind
    # A user's privileges (kind "user" only); deleting a role in use is refused.
    role_id: Mapped[int | None] = mapped_column(ForeignKey("roles.id", ondelete="SET NULL"), index=True)
    language: Mapped[str] = mapped_column(String(5))
    password_hash: Mapped[str] = mapped_column(String(255))
    password_changed_at: Mapped[datetime] = mapped_column(UTCDateTime())
    last_sign_in_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    # Two-step verification (accounts/totp.py): the base32 secret once confirmed; the one being
    # set up until then; the last 30-second step whose code was accepted (a code works once).
    totp_secret: Mapped[str | None] = mapped_column(String(64))
    totp_pending_secret: Mapped[str | None] = mapped_column(String(64))
    totp_last_step: Mapped[int | None] = mapped_column(BigInteger)

    company: Mapped[Company] = relationship(back_populates="users")
    assigned_role: Mapped[Role | None] = relationship()

    @validates("email", "first_name", "last_name")
    def _derive(self, name: str, value: str) -> str:
        return _searchable(self, name, value)


# Exactly one owner per company, whatever runs at the same time: the database refuses a second.
Index(
    "uq_users_one_owner_per_company",
    User.company_id,
    unique=True,
    sqlite_where=User.role == "owner",
    postgresql_where=User.role == "owner",
)


class Invitation(Base):
    """An emailed invitation to join a company; single-use, expiring, revocable."""

    __tablename__ = "invitations"

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("companies.id", ondelete="CASCADE"), index=True)
    email: Mapped[str] = mapped_column(String(254))  # rules.mail_address
    email_key: Mapped[str] = mapped_column(String(254), index=True)  # rules.email_key of `email`, set with it
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100))
    # company/member_search.py of the names and address, set with them: what GET /users?q= compares.
    search_text: Mapped[str] = mapped_column(Text)
    role: Mapped[str] = mapped_column(String(10))  # rules.roles.Kind: admin or user
    role_id: Mapped[int | None] = mapped_column(ForeignKey("roles.id", ondelete="SET NULL"))
    language: Mapped[str] = mapped_column(String(5))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    invited_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime())
    accepted_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    @validates("email", "first_name", "last_name")
    def _derive(self, name: str, value: str) -> str:
        return _searchable(self, name, value)


class ActivityEntry(Base):
    """One administrative action, written in the same transaction as the action itself."""

    __tablename__ = "activity"
    __table_args__ = (Index("ix_activity_company_id", "company_id", "id"),)

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("companies.id", ondelete="CASCADE"))
    # The actor as they were: the row may be removed later, the entry stays readable.
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    actor_email: Mapped[str] = mapped_column(String(254))
    kind: Mapped[str] = mapped_column(String(40))
    target: Mapped[str] = mapped_column(String(300), default="")
    details: Mapped[str] = mapped_column(Text, default="{}")  # JSON: what changed, never a secret
    client_address: Mapped[str] = mapped_column(String(64), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class Registration(Base):
    """A step-1 request whose email link was sent; holds step-2 data until completion."""

    __tablename__ = "registrations"

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    email: Mapped[str] = mapped_column(String(254), index=True)  # rules.mail_address
    language: Mapped[str] = mapped_column(String(5))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime())
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    company_name: Mapped[str | None] = mapped_column(String(200))
    country: Mapped[str | None] = mapped_column(String(2))
    id_type: Mapped[str | None] = mapped_column(String(20))
    id_number: Mapped[str | None] = mapped_column(String(50))
    phone: Mapped[str | None] = mapped_column(String(32))


class LoginAttempts(Base):
    """Consecutive failed sign-ins per address, whether or not an account exists."""

    __tablename__ = "login_attempts"

    # rules.email_key of the address (User.email_key), or the text as typed when it is no address.
    email: Mapped[str] = mapped_column(String(254), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    # Attempts in flight (claimed, password not yet checked), and when those claims lapse.
    pending: Mapped[int] = mapped_column(Integer, default=0)
    pending_until: Mapped[datetime] = mapped_column(UTCDateTime())
    locked_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class PasswordReset(Base):
    __tablename__ = "password_resets"

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    # Hash of the password hash at issue time: any password change voids older links.
    password_fingerprint: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime())
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class AuthSession(Base):
    """A sign-in; its refresh tokens form one rotation family."""

    __tablename__ = "auth_sessions"

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    revoked_reason: Mapped[str | None] = mapped_column(String(20))
    # Key of the tokens that replace a refresh token (accounts/tokens.py successor_tokens), so a
    # retried refresh gets the same pair. NULL only for sessions ended before it existed.
    successor_salt: Mapped[str | None] = mapped_column(String(64))
    # What signed in (the User-Agent, cleaned) and from where, as the server saw it; when one of
    # its tokens was last used (written at most once a minute: accounts/sign_in_sessions.py).
    # Empty and NULL for sessions started before migration 0009.
    client: Mapped[str] = mapped_column(String(200), default="", server_default="")
    address: Mapped[str] = mapped_column(String(64), default="", server_default="")
    last_used_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class SessionToken(Base):
    __tablename__ = "session_tokens"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("auth_sessions.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(10))  # "access" or "refresh"
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime())
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class RecoveryCode(Base):
    """One of a person's two-step verification recovery codes, hashed (argon2): each works once."""

    __tablename__ = "recovery_codes"

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    code_hash: Mapped[str] = mapped_column(String(255))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class MfaChallenge(Base):
    """A right password on an account with two-step verification: the second step's token, stored
    hashed, short-lived and single-use (POST /auth/login/totp)."""

    __tablename__ = "mfa_challenges"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    # The password hash it was given for: a password changed meanwhile voids it.
    password_fingerprint: Mapped[str] = mapped_column(String(64))
    # The User-Agent of the password step (the session records the second step's own).
    client: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime())
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class OutboxMail(Base):
    """A mail written in the same transaction as the change that causes it."""

    __tablename__ = "outbox"
    __table_args__ = (Index("ix_outbox_pending", "sent_at", "failed_at", "next_attempt_at"),)

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))
    recipient: Mapped[str] = mapped_column(String(254))
    language: Mapped[str] = mapped_column(String(5))
    subject: Mapped[str] = mapped_column(String(300))
    body_text: Mapped[str] = mapped_column(Text)
    body_html: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime())
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    claimed_until: Mapped[datetime | None] = mapped_column(UTCDateTime())
    claim_token: Mapped[str | None] = mapped_column(String(32))
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    failed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    last_error: Mapped[str | None] = mapped_column(String(500))


class MailRequest(Base):
    """A mail asked for by a request that must cost the same whatever the address (recovery, the
    locking wrong password): whether it has an account, and the mail, are settled in the background."""

    __tablename__ = "mail_requests"

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    email: Mapped[str] = mapped_column(String(254))
    client: Mapped[str | None] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class RateEvent(Base):
    __tablename__ = "rate_events"
    __table_args__ = (Index("ix_rate_events_key_time", "key", "created_at"),)

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    key: Mapped[str] = mapped_column(String(300))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


# The list view sorts by these within one company; `id` breaks ties so that pages are stable.
_DEVICE_SORT_INDEXES = ("name_key", "model", "location_key")
# ...and by these, where "never" is the oldest: NULLs first going up (server/devices/orders.py).
_DEVICE_MOMENT_INDEXES = ("last_seen_at", "activated_at")
# rules.natural_sort_key of a name, compared byte by byte: PostgreSQL's "C" collation, and
# SQLite's default (BINARY). Any other collation would reorder the keys by its own rules.
SortKey = String(255).with_variant(String(255, collation="C"), "postgresql")


class Device(Base):
    """A manufactured device: in the inventory until it joins a company."""

    __tablename__ = "devices"
    __table_args__ = (
        # `id` too: a page found by offset skips index entries only (PostgreSQL: index-only).
        Index("ix_devices_company_serial", "company_id", "serial", "id"),
        *(Index(f"ix_devices_company_{c}", "company_id", c, "id") for c in _DEVICE_SORT_INDEXES),
    )

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    serial: Mapped[str] = mapped_column(String(32), unique=True)
    model: Mapped[str] = mapped_column(String(20))
    firmware: Mapped[str] = mapped_column(String(20))
    # Both are random (60 and 192 bits), never chosen by people: see server/devices/secrets.py.
    activation_code_hash: Mapped[str] = mapped_column(String(64))
    device_secret_hash: Mapped[str] = mapped_column(String(64))
    company_id: Mapped[int | None] = mapped_column(ForeignKey("companies.id", ondelete="SET NULL"))
    # rules.email_key of the address whose registration it waits for; looked up only while it
    # waits (in no company): ix_devices_waiting_for holds those alone.
    preactivated_for: Mapped[str | None] = mapped_column(String(254))
    name: Mapped[str] = mapped_column(String(100), default="")
    location: Mapped[str] = mapped_column(String(200), default="")
    # What the list sorts by: written with name and location (server/devices/sort_keys.py).
    name_key: Mapped[str] = mapped_column(SortKey, default="", server_default="")
    location_key: Mapped[str] = mapped_column(SortKey, default="", server_default="")
    alarm: Mapped[bool] = mapped_column(Boolean, default=False)
    last_seen_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    activated_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


for _moment in _DEVICE_MOMENT_INDEXES:
    Index(f"ix_devices_company_{_moment}", Device.company_id, NullsFirst(getattr(Device, _moment)), Device.id)

Index(
    "ix_devices_waiting_for",
    Device.preactivated_for,
    sqlite_where=Device.company_id.is_(None),
    postgresql_where=Device.company_id.is_(None),
)

# Status order is alarm first, then by last contact (never, long ago: inactive; recent: active):
# so this one index serves the status sort in both directions, the status filters and counts.
Index(
    "ix_devices_company_status",
    Device.company_id,
    Device.alarm.desc(),
    NullsFirst(Device.last_seen_at),
    Device.id,
)


class DeviceSearch(Base):
    """What the devices list's search looks through: one folded text per device, written with
    the device (server/devices/search_text.py). A table of its own, not a column of `devices`:
    a heartbeat rewrites the device's row (on PostgreSQL, a new row version in every index of
    the table), and a trigram index there would take each heartbeat's ~60 trigrams anew.
    Indexed for substrings by database-specific objects the migrations create
    (server/devices/search_index.py): an FTS5 trigram table on SQLite, pg_trgm on PostgreSQL."""

    __tablename__ = "device_search"

    device_id: Mapped[int] = mapped_column(
        Id, ForeignKey("devices.id", ondelete="CASCADE"), primary_key=True, autoincrement=False
    )
    search_text: Mapped[str] = mapped_column(Text)
