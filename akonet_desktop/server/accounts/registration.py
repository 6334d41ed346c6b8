"""Company registration: step 1 sends a link; step 2 is saved; step 3 creates company + owner."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from akonet_desktop.api.errors import ErrorCode
from akonet_desktop.api.links import REGISTRATION_LINK
from akonet_desktop.api.models import (
    Accepted,
    CompanyData,
    RegistrationComplete,
    RegistrationStart,
    RegistrationState,
    SignedIn,
)
from akonet_desktop.rules import (
    FieldError,
    mail_address,
    normalize_company_id,
    normalize_phone,
    validate_account_form,
    validate_company_form,
    validate_registration_start,
)
from akonet_desktop.rules.roles import Kind
from akonet_desktop.server.accounts.addresses import address_taken, forget_failed_sign_ins
from akonet_desktop.server.accounts.serialize import signed_in
from akonet_desktop.server.accounts.sign_in_sessions import Origin, start_session
from akonet_desktop.server.accounts.tokens import new_token, token_hash
from akonet_desktop.server.company.roles import create_builtin_roles
from akonet_desktop.server.context import ServerContext
from akonet_desktop.server.db import transaction
from akonet_desktop.server.devices.joining import join_at_registration
from akonet_desktop.server.errors import ApiError, raise_if_invalid
from akonet_desktop.server.mail import limits, outbox
from akonet_desktop.server.mail.limits import MailKind
from akonet_desktop.server.mail.links import PASSWORD_FORGOT_APP_LINK, link_minutes, link_pair
from akonet_desktop.server.models import Company, Registration, User

REGISTRATION_ACCEPTED = Accepted(
    code="registration_email_sent",
    message="An email with the next step has been sent to this address.",
)


def start(ctx: ServerContext, body: RegistrationStart, client: str) -> Accepted:
    raise_if_invalid(validate_registration_start(body.email, body.email_confirmation, body.language))
    email = mail_address(body.email)
    now = ctx.clock.now()
    with transaction(ctx.sessions) as session:
        limits.charge_client(session, ctx, client, now)
        # Either mail spends the registration quota: which one goes must not show in it.
        if limits.spend(session, ctx.settings, MailKind.REGISTRATION, email, client, now):
            if not address_taken(session, email):
                _queue_continue_link(session, ctx, email, body.language, now)
            else:
                outbox.enqueue(
                    session,
                    kind="registration_already_registered",
                    recipient=email,
                    language=body.language,
                    now=now,
                    app_link_recovery=PASSWORD_FORGOT_APP_LINK,
                )
    ctx.mail_queued.set()
    return REGISTRATION_ACCEPTED


def _queue_continue_link(session: Session, ctx: ServerContext, email: str, language: str, now: datetime) -> None:
    token = new_token()
    lifetime = timedelta(minutes=link_minutes(ctx.settings, REGISTRATION_LINK))
    session.add(
        Registration(
            email=email,
            language=language,
            token_hash=token_hash(token),
            created_at=now,
            expires_at=now + lifetime,
        )
    )
    links = link_pair(ctx.settings.public_url, REGISTRATION_LINK, token)
    outbox.enqueue(
        session,
        kind="registration_continue",
        recipient=email,
        language=language,
        now=now,
        web_link=links.web_link,
        app_link=links.app_link,
        token=token,
        expires_hours=max(1, round(lifetime.total_seconds() / 3600)),
    )


def _open(session: Session, token: str, now: datetime) -> Registration:
    registration = session.scalar(select(Registration).where(Registration.token_hash == token_hash(token)))
    if registration is None:
        raise ApiError(404, ErrorCode.LINK_UNKNOWN, "This registration link is not valid.")
    if registration.completed_at is not None:
        raise ApiError(404, ErrorCode.LINK_USED, "This registration link has already been used.")
    if registration.expires_at <= now:
        raise ApiError(404, ErrorCode.LINK_EXPIRED, "This registration link has expired.")
    return registration


def _state(registration: Registration) -> RegistrationState:
    company = None
    if registration.company_name is not None:
        company = CompanyData(
            name=registration.company_name,
            country=registration.country,
            id_type=registration.id_type,
            id_number=registration.id_number,
            phone=registration.phone,
        )
    return RegistrationState(
        email=registration.email,
        language=registration.language,
        expires_at=registration.expires_at,
        company=company,
    )


def get(ctx: ServerContext, token: str) -> RegistrationState:
    with ctx.sessions() as session:
        return _state(_open(session, token, ctx.clock.now()))


def save_company(ctx: ServerContext, token: str, body: CompanyData) -> RegistrationState:
    now = ctx.clock.now()
    with transaction(ctx.sessions) as session:
        registration = _open(session, token, now)
        raise_if_invalid(validate_company_form(body.name, body.country, body.id_type, body.id_number, body.phone))
        registration.company_name = body.name.strip()
        registration.country = body.country
        registration.id_type = body.id_type
        registration.id_number = normalize_company_id(body.country, body.id_type, body.id_number)
        registration.phone = normalize_phone(body.phone, body.country)
        return _state(registration)


def complete(ctx: ServerContext, token: str, body: RegistrationComplete, origin: Origin | None = None) -> SignedIn:
    now = ctx.clock.now()
    with ctx.sessions() as session:
        registration = _open(session, token, now)
        session.expunge(registration)
    errors = validate_account_form(
        registration.email,
        body.first_name,
        body.last_name,
        body.password,
        body.password_confirmation,
        body.language,
        ctx.policy,
    )
    if registration.company_name is None:
        errors.append(FieldError(field="company", code="required"))
    raise_if_invalid(errors)
    with ctx.sessions() as session:
        taken = address_taken(session, registration.email)
    if not taken:  # hash only for a link that can still complete
        password_hash = ctx.passwords.hash(body.password)
        try:
            with transaction(ctx.sessions) as session:
                signed, more_waiting = _create_company_and_owner(
                    session, ctx, registration, body, password_hash, now, origin
                )
            if more_waiting:  # committed: the joiner takes the rest
                ctx.devices_waiting.set()
            return signed
        except (IntegrityError, _EmailTaken):
            pass  # taken meanwhile, by another link to the same address
    # The address has an account now: this link can never complete. Spend it, so that it cannot
    # be replayed (each try would cost a password hash).
    with transaction(ctx.sessions) as session:
        session.execute(
            update(Registration)
            .where(Registration.id == registration.id, Registration.completed_at.is_(None))
            .values(completed_at=now)
        )
    raise _email_taken()


class _EmailTaken(Exception):
    pass


def _email_taken() -> ApiError:
    return ApiError(409, ErrorCode.EMAIL_TAKEN, "This email address already belongs to an account.")


def _create_company_and_owner(
    session: Session,
    ctx: ServerContext,
    registration: Registration,
    body: RegistrationComplete,
    password_hash: str,
    now: datetime,
    origin: Origin | None = None,
) -> tuple[SignedIn, bool]:
    """The company, its owner signed in, and whether pre-activated devices are left to join."""
    spent = session.execute(
        update(Registration)
        .where(Registration.id == registration.id, Registration.completed_at.is_(None))
        .values(completed_at=now)
    ).rowcount
    if not spent:
        raise ApiError(404, ErrorCode.LINK_USED, "This registration link has already been used.")
    if address_taken(session, registration.email):
        raise _EmailTaken()
    company = Company(
        name=registration.company_name,
        country=registration.country,
        id_type=registration.id_type,
        id_number=registration.id_number,
        phone=registration.phone,
        created_at=now,
    )
    user = User(
        company=company,
        email=registration.email,
        first_name=body.first_name.strip(),
        last_name=body.last_name.strip(),
        role=Kind.OWNER,
        language=body.language,
        password_hash=password_hash,
        password_changed_at=now,
        last_sign_in_at=now,  # completing the registration signs the owner in
        created_at=now,
    )
    session.add_all([company, user])
    session.flush()
    create_builtin_roles(session, company.id, now)
    # Whoever opened the link controls the address: failures counted before it had an account
    # (strangers guessing) must not lock out its new owner.
    forget_failed_sign_ins(session, registration.email)
    # The address is verified (the link reached it); a tax number proves nothing.
    more_waiting = join_at_registration(session, company, registration.email, now)
    tokens = start_session(session.connection(), ctx, user.id, now, origin)
    return signed_in(user, company, tokens), more_waiting
