"""Turning two-step verification on and off for oneself (POST/DELETE /me/totp, /me/totp/confirm).

The password, and the code, count toward the sign-in lockout like a sign-in's (accounts/guarded.py).
The secret is shown once, while pending; after confirmation no answer carries it.
"""

from __future__ import annotations

from functools import partial

from sqlalchemy import update

from akonet_desktop.api.account import PasswordCheck, RecoveryCodes, TotpCode, TotpDisable, TotpSetup
from akonet_desktop.api.errors import ErrorCode
from akonet_desktop.rules import FieldError
from akonet_desktop.rules.errors import REQUIRED
from akonet_desktop.server.accounts import guarded, second_factor, totp
from akonet_desktop.server.accounts.my_sessions import end_other_sessions
from akonet_desktop.server.accounts.sign_in_sessions import Caller
from akonet_desktop.server.context import ServerContext
from akonet_desktop.server.db import transaction
from akonet_desktop.server.errors import ApiError, raise_if_invalid
from akonet_desktop.server.mail import outbox
from akonet_desktop.server.mail.links import PASSWORD_FORGOT_APP_LINK
from akonet_desktop.server.models import User

_users = User.__table__


def _already_on() -> ApiError:
    return ApiError(409, ErrorCode.TOTP_ALREADY_ENABLED, "Two-step verification is already on.")


def _not_on(message: str = "Two-step verification is not on.") -> ApiError:
    return ApiError(409, ErrorCode.TOTP_NOT_ENABLED, message)


def _read(ctx: ServerContext, user_id: int) -> User:
    with ctx.sessions() as session:
        user = session.get_one(User, user_id)
        session.expunge(user)
        return user


def _mail(session, user: User, kind: str, now) -> None:
    outbox.enqueue(
        session,
        kind=kind,
        recipient=user.email,
        language=user.language,
        now=now,
        first_name=user.first_name,
        app_link_recovery=PASSWORD_FORGOT_APP_LINK,
    )


# --- POST /me/totp ------------------------------------------------------------------------------


async def start(ctx: ServerContext, caller: Caller, body: PasswordCheck) -> TotpSetup:
    raise_if_invalid([] if body.password else [FieldError("password", REQUIRED)])
    if _read(ctx, caller.user.id).totp_secret is not None:  # before the password: no attempt spent
        raise _already_on()
    return await guarded.run(ctx, partial(_start, ctx, caller.user.id, body.password))


def _start(ctx: ServerContext, user_id: int, password: str) -> TotpSetup | None:
    user = _read(ctx, user_id)
    if not guarded.claim(ctx, user.email_key):
        return None
    if not ctx.passwords.verify(user.password_hash, password):
        guarded.fail(ctx, user.email_key, guarded.wrong_password())
    secret = totp.new_secret()
    with ctx.engine.begin() as connection:
        pending = connection.execute(
            update(_users)
            .where(_users.c.id == user_id, _users.c.totp_secret.is_(None))
            .values(totp_pending_secret=secret)
        ).rowcount
        if pending:
            guarded.succeed(connection, ctx, user.email_key)
    if not pending:  # turned on meanwhile, by another request: the password was not judged here
        guarded.release(ctx, user.email_key)
        raise _already_on()
    return TotpSetup(secret=secret, otpauth_uri=totp.otpauth_uri(secret, user.email))


# --- POST /me/totp/confirm ----------------------------------------------------------------------


async def confirm(ctx: ServerContext, caller: Caller, body: TotpCode) -> RecoveryCodes:
    raise_if_invalid([] if totp.clean_code(body.code) else [FieldError("code", REQUIRED)])
    user = _read(ctx, caller.user.id)
    if user.totp_secret is not None:
        raise _already_on()
    if user.totp_pending_secret is None:
        raise _not_on("Start setting up two-step verification first.")
    return await guarded.run(ctx, partial(_confirm, ctx, caller.user.id, caller.auth_session_id, body.code))


def _confirm(ctx: ServerContext, user_id: int, keep_session_id: int, code: str) -> RecoveryCodes | None:
    user = _read(ctx, user_id)
    pending = user.totp_pending_secret
    if pending is None or user.totp_secret is not None:
        raise _already_on() if user.totp_secret is not None else _not_on()
    if not guarded.claim(ctx, user.email_key):
        return None
    step = totp.matching_step(pending, code, ctx.clock.now())
    if step is None:
        guarded.fail(ctx, user.email_key, guarded.wrong_code())
    codes = totp.new_recovery_codes()
    hashes = second_factor.hash_recovery_codes(ctx, codes)
    now = ctx.clock.now()
    with transaction(ctx.sessions) as session:
        connection = session.connection()
        turned_on = connection.execute(
            update(_users)
            .where(_users.c.id == user_id, _users.c.totp_secret.is_(None), _users.c.totp_pending_secret == pending)
            .values(totp_secret=pending, totp_pending_secret=None, totp_last_step=step)  # this code: spent
        ).rowcount
        if turned_on:
            guarded.succeed(connection, ctx, user.email_key)
            second_factor.replace_recovery_codes(connection, user_id, hashes, now)
            # Sessions signed in with the password alone (a phished one among them) do not keep
            # what this one has just earned: the others sign in again, with a code.
            end_other_sessions(session, user_id, keep_session_id, now, "totp_enabled")
            _mail(session, user, "totp_enabled", now)
    if not turned_on:  # another confirmation, or a new setup, came first
        guarded.release(ctx, user.email_key)
        raise _not_on("Two-step verification changed meanwhile; start again.")
    ctx.mail_queued.set()
    return RecoveryCodes(recovery_codes=codes)


# --- DELETE /me/totp ----------------------------------------------------------------------------


async def disable(ctx: ServerContext, caller: Caller, body: TotpDisable) -> None:
    errors = [] if body.password else [FieldError("password", REQUIRED)]
    errors += [] if totp.clean_code(body.code) else [FieldError("code", REQUIRED)]
    raise_if_invalid(errors)
    if _read(ctx, caller.user.id).totp_secret is None:
        raise _not_on()
    await guarded.run(ctx, partial(_disable, ctx, caller.user.id, body))


def _disable(ctx: ServerContext, user_id: int, body: TotpDisable) -> bool | None:
    user = _read(ctx, user_id)
    secret = user.totp_secret
    if secret is None:
        raise _not_on()
    if not guarded.claim(ctx, user.email_key):
        return None
    if not ctx.passwords.verify(user.password_hash, body.password):
        guarded.fail(ctx, user.email_key, guarded.wrong_password())
    accepted = second_factor.check(ctx, user_id, secret, user.totp_last_step, body.code)
    if accepted is None:
        guarded.fail(ctx, user.email_key, guarded.wrong_code())
    now = ctx.clock.now()
    with transaction(ctx.sessions) as session:
        connection = session.connection()
        if not second_factor.spend(connection, user_id, accepted, now):
            spent_meanwhile = True
        else:
            spent_meanwhile = False
            guarded.succeed(connection, ctx, user.email_key)
            connection.execute(
                update(_users)
                .where(_users.c.id == user_id, _users.c.totp_secret == secret)
                .values(totp_secret=None, totp_pending_secret=None, totp_last_step=None)
            )
            second_factor.replace_recovery_codes(connection, user_id, [], now)
            _mail(session, user, "totp_disabled", now)
    if spent_meanwhile:  # the same code, in another request at once: used, so wrong here
        guarded.fail(ctx, user.email_key, guarded.wrong_code())
    ctx.mail_queued.set()
    return True
