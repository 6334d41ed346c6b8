"""Checking a person's second factor: a current TOTP code, or one of their unused recovery codes.

Checking and spending are apart: the check runs outside any transaction (recovery codes are
argon2 hashes), the spending runs in the transaction of what the code allows, guarded so that of
two requests with the same code only one spends it (a code is accepted once).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, delete, insert, select, update

from akonet_desktop.server.accounts import totp
from akonet_desktop.server.context import ServerContext
from akonet_desktop.server.models import RecoveryCode, User

_users, _codes = User.__table__, RecoveryCode.__table__


@dataclass(frozen=True)
class Accepted:
    step: int | None = None  # a TOTP code of this time step
    recovery_code_id: int | None = None  # or this recovery code

    @property
    def by_recovery_code(self) -> bool:
        return self.recovery_code_id is not None


def check(ctx: ServerContext, user_id: int, secret: str, last_step: int | None, code: str) -> Accepted | None:
    """What `code` is for this person, or None. A six-digit code is a TOTP code and nothing else:
    a wrong one costs no recovery-code hashing."""
    if totp.is_totp_form(code):
        step = totp.matching_step(secret, code, ctx.clock.now(), after_step=last_step)
        return Accepted(step=step) if step is not None else None
    if not totp.is_recovery_form(code):
        return None
    key = totp.recovery_key(code)
    with ctx.engine.connect() as connection:
        unused = connection.execute(
            select(_codes.c.id, _codes.c.code_hash).where(_codes.c.user_id == user_id, _codes.c.used_at.is_(None))
        ).all()
    for row in unused:
        if ctx.passwords.verify(row.code_hash, key):
            return Accepted(recovery_code_id=row.id)
    return None


def spend(connection: Connection, user_id: int, accepted: Accepted, now: datetime) -> bool:
    """Mark the code used; False when another request spent it first."""
    if accepted.step is not None:
        return (
            connection.execute(
                update(_users)
                .where(
                    _users.c.id == user_id,
                    (_users.c.totp_last_step.is_(None)) | (_users.c.totp_last_step < accepted.step),
                )
                .values(totp_last_step=accepted.step)
            ).rowcount
            == 1
        )
    return (
        connection.execute(
            update(_codes)
            .where(_codes.c.id == accepted.recovery_code_id, _codes.c.used_at.is_(None))
            .values(used_at=now)
        ).rowcount
        == 1
    )


def hash_recovery_codes(ctx: ServerContext, codes: list[str]) -> list[str]:
    return [ctx.passwords.hash(totp.recovery_key(code)) for code in codes]


def replace_recovery_codes(connection: Connection, user_id: int, hashes: list[str], now: datetime) -> None:
    connection.execute(delete(_codes).where(_codes.c.user_id == user_id))
    if hashes:
        connection.execute(
            insert(_codes), [{"user_id": user_id, "code_hash": h, "created_at": now, "used_at": None} for h in hashes]
        )


def unused_recovery_codes(connection: Connection, user_id: int) -> int:
    return len(
        connection.execute(select(_codes.c.id).where(_codes.c.user_id == user_id, _codes.c.used_at.is_(None))).all()
    )
