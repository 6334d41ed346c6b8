"""My account: a person's names and language, and their password change."""

from __future__ import annotations

from functools import partial

from sqlalchemy import select, update

from akonet_desktop.api.account import MeUpdate, PasswordChange
from akonet_desktop.api.models import Me
from akonet_desktop.rules import FieldError, validate_new_password
from akonet_desktop.rules.errors import REQUIRED
from akonet_desktop.rules.languages import check_language
from akonet_desktop.rules.messages import english_messages_with
from akonet_desktop.rules.person import check_person_name
from akonet_desktop.server.accounts import guarded, serialize
from akonet_desktop.server.accounts.my_sessions import end_other_sessions
from akonet_desktop.server.accounts.sign_in_sessions import Caller
from akonet_desktop.server.context import ServerContext
from akonet_desktop.server.db import transaction
from akonet_desktop.server.errors import ApiError, raise_if_invalid
from akonet_desktop.server.mail import outbox
from akonet_desktop.server.mail.links import PASSWORD_FORGOT_APP_LINK
from akonet_desktop.server.models import User

SAME_AS_CURRENT = "same_as_current"
_MESSAGES = english_messages_with({("password", SAME_AS_CURRENT): "Choose a password different from your current one."})


def update_me(ctx: ServerContext, caller: Caller, body: MeUpdate) -> Me:
    given = body.model_dump(exclude_unset=True)
    errors: list[FieldError] = []
    for field in ("first_name", "last_name"):
        if field in given:
            errors += check_person_name(given[field] or "", field)
    if "language" in given:
        errors += check_language(given["language"] or "")
    raise_if_invalid(errors)
    with transaction(ctx.sessions) as session:
        user = session.scalar(select(User).where(User.id == caller.user.id).with_for_update())
        for field in ("first_name", "last_name"):
            if field in given:
                setattr(user, field, given[field].strip())
        if "language" in given:
            user.language = given["language"].strip()
        session.flush()
        return serialize.me(user)


async def change_password(ctx: ServerContext, caller: Caller, body: PasswordChange) -> None:
    user = caller.user
    errors = [] if body.current_password else [FieldError("current_password", REQUIRED)]
    errors += validate_new_password(
        body.password,
        body.password_confirmation,
        ctx.policy,
        email=user.email,
        first_name=user.first_name,
        last_name=user.last_name,
    )
    if body.password and body.password == body.current_password:
        # Said before the current one is checked: if it is right, so is this answer; if it is
        # wrong, the new one is not the current one either, and nothing is told of it.
        errors.append(FieldError("password", SAME_AS_CURRENT))
    raise_if_invalid(errors, _MESSAGES)
    await guarded.run(ctx, partial(_attempt, ctx, caller, body))


def _attempt(ctx: ServerContext, caller: Caller, body: PasswordChange) -> bool | None:
    with ctx.sessions() as session:
        user = session.get_one(User, caller.user.id)
        key, old_hash = user.email_key, user.password_hash
    if not guarded.claim(ctx, key):
        return None
    if not ctx.passwords.verify(old_hash, body.current_password):
        guarded.fail(ctx, key, guarded.wrong_password())
    new_hash = ctx.passwords.hash(body.password)
    now = ctx.clock.now()
    with transaction(ctx.sessions) as session:
        # Guarded by the hash just checked: a reset or another change meanwhile wins.
        changed = session.execute(
            update(User)
            .where(User.id == caller.user.id, User.password_hash == old_hash)
            .values(password_hash=new_hash, password_changed_at=now)
        ).rowcount
        if changed:
            guarded.succeed(session.connection(), ctx, key)
            if body.sign_out_other_sessions:
                end_other_sessions(session, caller.user.id, caller.auth_session_id, now, "password_changed")
            user = session.get_one(User, caller.user.id)
            outbox.enqueue(
                session,
                kind="password_changed",
                recipient=user.email,
                language=user.language,
                now=now,
                first_name=user.first_name,
                app_link_recovery=PASSWORD_FORGOT_APP_LINK,
            )
    if not changed:  # reset or changed meanwhile: the password given is no longer the current one
        guarded.release(ctx, key)
        raise ApiError(401, guarded.wrong_password()[0], "The password is not correct.")
    ctx.mail_queued.set()
    return True
