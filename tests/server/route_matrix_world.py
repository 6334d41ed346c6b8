"""What the route matrix (test_route_matrix.py) calls the routes with.

Company A has one signed-in caller of each kind (owner, administrator, a user with the built-in
Technician role, a user with the built-in Viewer role); company B has its owner. Calls that only
read or change something to the same value share A's objects; calls that destroy or use up their
target (a removed member, a deleted role, a revoked or accepted invitation, a completed
registration, a spent link) get a fresh one from the `new_…` methods. Those write straight to the
database or call the API as A's owner, and read tokens from the outbox table rather than the
Maildir: delivering and re-reading every mail for each of hundreds of calls is what would make
the matrix slow.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import select

from akonet_desktop.server.accounts import requested_mail
from akonet_desktop.server.accounts.tokens import token_hash
from akonet_desktop.server.accounts.totp import code_at
from akonet_desktop.server.db import transaction
from akonet_desktop.server.models import AuthSession, Base, Device, LoginAttempts, OutboxMail, SessionToken, User
from tests.server.company.members_fixtures import role_id
from tests.support.api import COMPANY, STRONG_PASSWORD, TOKEN_IN_LINK, Api
from tests.support.devices import add_inventory, bearer

SIGNED_OUT = "signed_out"
CALLERS = (SIGNED_OUT, "owner", "admin", "technician", "viewer")

# The body of a person choosing their name and password (completing a registration, accepting an invitation).
PERSON = {
    "first_name": "Eva",
    "last_name": "Ruiz",
    "password": STRONG_PASSWORD,
    "password_confirmation": STRONG_PASSWORD,
    "language": "es",
}


@dataclass(frozen=True)
class Request:
    """A valid call of one route: its path parameters, body and query."""

    path: dict[str, object] = field(default_factory=dict)
    json: dict | None = None
    query: dict | None = None
    headers: dict[str, str] | None = None  # None: the caller's own shared sign-in


class World:
    def __init__(self, api: Api) -> None:
        self.api = api
        self.http = api.http
        self._numbers = itertools.count(1)
        # Hashed once: members written straight to the database all get this password.
        self._password_hash = api.ctx.passwords.hash(STRONG_PASSWORD)

        self.emails = {
            "owner": "jefe@frio.es",
            "admin": "admin@frio.es",
            "technician": "tecnico@frio.es",
            "viewer": "miron@frio.es",
        }
        self.sessions = {"owner": self.new_company(self.emails["owner"])}
        self.company_id = self.sessions["owner"]["company"]["id"]
        self.viewer_role = role_id(api, self.company_id, "viewer")
        self._add_user(self.emails["admin"], "admin")
        self._add_user(self.emails["technician"], "user", role_id(api, self.company_id, "technician"))
        self._add_user(self.emails["viewer"], "user", self.viewer_role)
        for kind in ("admin", "technician", "viewer"):
            self.sessions[kind] = self.sign_in(self.emails[kind])
        self.other = self.new_company("boss@cold.fr")  # the owner of company B
        self.other_member = self._add_user(self.new_email(), "admin", company_id=self.other["company"]["id"])

        # Shared by the calls that only read them, or set them to what they already are.
        self.device = add_inventory(api, company_id=self.company_id, name="Cold room 1")[0]
        with api.ctx.sessions() as session:
            self.device_id = session.scalar(select(Device.id).where(Device.serial == self.device.serial))
        self.registration = self.new_registration()
        self.invitation_token = self.new_invitation()[1]
        self.spare_role = self.new_role()
        self.key_holder = self.new_email()  # signs in for /auth/login and /auth/refresh
        self._add_user(self.key_holder, "user", self.viewer_role)

    # --- callers ----------------------------------------------------------------------------------

    def headers(self, caller: str) -> dict[str, str]:
        return {} if caller == SIGNED_OUT else bearer(self.sessions[caller])

    def fresh_session(self, caller: str) -> dict[str, str]:
        """Another sign-in of the caller, for a call that ends it (sign-out)."""
        return {} if caller == SIGNED_OUT else bearer(self.sign_in(self.emails[caller]))

    def sign_in(self, email: str) -> dict:
        r = self.api.login(email, STRONG_PASSWORD)
        assert r.status_code == 200, r.text
        return r.json()

    # --- fresh targets ----------------------------------------------------------------------------

    def new_email(self) -> str:
        return f"persona{next(self._numbers)}@frio.es"

    def new_name(self, prefix: str) -> str:
        return f"{prefix} {next(self._numbers)}"

    def token_mailed_to(self, email: str) -> str:
        requested_mail.settle_pending(self.api.ctx)  # mail asked for becomes outbox rows (not sent: bodies kept)
        with self.api.ctx.sessions() as session:
            body = session.scalar(
                select(OutboxMail.body_text)
                .where(OutboxMail.recipient == email)
                .order_by(OutboxMail.id.desc())
                .limit(1)
            )
        match = TOKEN_IN_LINK.search(body or "")
        assert match, f"no link mailed to {email}: {body!r}"
        return match.group(1)

    def new_registration(self, email: str | None = None) -> str:
        """The token of a registration whose company step is done: it can be completed."""
        email = email or self.new_email()
        body = {"email": email, "email_confirmation": email, "language": "es"}
        r = self.http.post("/api/v1/registrations", json=body)
        assert r.status_code == 202, r.text
        token = self.token_mailed_to(email)
        r = self.http.put(f"/api/v1/registrations/{token}/company", json=COMPANY)
        assert r.status_code == 200, r.text
        return token

    def new_company(self, email: str | None = None) -> dict:
        """A registered company; the sign-in of its owner."""
        r = self.http.post(f"/api/v1/registrations/{self.new_registration(email)}/complete", json=PERSON)
        assert r.status_code == 201, r.text
        return r.json()

    def new_company_with_admin(self) -> tuple[dict, int]:
        owner = self.new_company()
        return owner, self._add_user(self.new_email(), "admin", company_id=owner["company"]["id"])

    def new_member(self, kind: str = "admin", *, locked: bool = False) -> int:
        """A member of company A, by id; `locked`: blocked by failed sign-ins."""
        return self._add_user(self.new_email(), kind, self.viewer_role if kind == "user" else None, locked=locked)

    def new_invitation(self) -> tuple[int, str]:
        """A pending invitation of company A: its id and its token."""
        email = self.new_email()
        body = {"email": email, "first_name": "Eva", "last_name": "Ruiz", "role": "user", "language": "es"}
        r = self.http.post("/api/v1/users/invitations", json=body, headers=self.headers("owner"))
        assert r.status_code == 201, r.text
        return r.json()["id"], self.token_mailed_to(email)

    def new_role(self) -> int:
        body = {"name": self.new_name("Spare"), "privileges": []}
        r = self.http.post("/api/v1/roles", json=body, headers=self.headers("owner"))
        assert r.status_code == 201, r.text
        return r.json()["id"]

    def new_label(self):
        """An inventory device nobody has activated: its label."""
        return add_inventory(self.api)[0]

    def new_reset_token(self) -> str:
        email = self.new_email()
        self._add_user(email, "admin")
        r = self.http.post("/api/v1/password-recovery", json={"email": email})
        assert r.status_code == 202, r.text
        return self.token_mailed_to(email)

    def new_refresh_token(self) -> str:
        return self.sign_in(self.key_holder)["session"]["refresh_token"]

    def _add_user(
        self, email: str, kind: str, role: int | None = None, *, company_id: int | None = None, locked: bool = False
    ) -> int:
        now = self.api.ctx.clock.now()
        with transaction(self.api.ctx.sessions) as session:
            user = User(
                company_id=company_id or self.company_id,
                email=email,
                first_name="Luis",
                last_name="Pérez",
                role=kind,
                role_id=role,
                language="es",
                password_hash=self._password_hash,
                password_changed_at=now,
                created_at=now,
            )
            session.add(user)
            if locked:
                session.add(
                    LoginAttempts(email=email, failures=6, pending=0, pending_until=now, locked_at=now, updated_at=now)
                )
            session.flush()
            return user.id

    # --- what is stored ---------------------------------------------------------------------------

    def snapshot(self) -> dict[str, list]:
        """Every row of every table: a refused call must leave all of it as it was. All but when
        a session was last used: a refused call still used the caller's session (and writes it at
        most once a minute, whatever the answer)."""
        with self.api.ctx.sessions() as session:
            return {
                table.name: session.execute(
                    select(*(c for c in table.columns if c is not AuthSession.__table__.c.last_used_at)).order_by(
                        *table.primary_key.columns
                    )
                ).all()
                for table in Base.metadata.sorted_tables
            }

    # --- My account -------------------------------------------------------------------------------

    def fresh_person(self, caller: str) -> tuple[dict, str]:
        """A new person of the caller's kind (and role), signed in: for a call that changes the
        person's password, sessions or two-step verification. (sign-in, address)"""
        if caller == "owner":
            signed = self.new_company()
            return signed, signed["user"]["email"]
        email = self.new_email()
        if caller == "admin":
            self._add_user(email, "admin")
        else:
            role = self.viewer_role if caller == "viewer" else role_id(self.api, self.company_id, "technician")
            self._add_user(email, "user", role)
        return self.sign_in(email), email

    def session_id(self, signed: dict) -> int:
        with self.api.ctx.sessions() as session:
            return session.scalar(
                select(SessionToken.session_id).where(
                    SessionToken.token_hash == token_hash(signed["session"]["access_token"])
                )
            )

    def totp_setup(self, signed: dict) -> str:
        """Two-step verification started (pending) for the signed-in person: its secret."""
        r = self.http.post("/api/v1/me/totp", json={"password": STRONG_PASSWORD}, headers=bearer(signed))
        assert r.status_code == 200, r.text
        return r.json()["secret"]

    def with_totp(self, caller: str) -> tuple[dict, str, list[str]]:
        """A fresh person of the caller's kind with two-step verification on: (sign-in, address,
        recovery codes). Recovery codes, not codes: the test's clock is the real one, and a code of
        the enrolment's 30 seconds is spent."""
        signed, email = self.fresh_person(caller)
        code = code_at(self.totp_setup(signed), datetime.now(UTC))
        r = self.http.post("/api/v1/me/totp/confirm", json={"code": code}, headers=bearer(signed))
        assert r.status_code == 200, r.text
        return signed, email, r.json()["recovery_codes"]
