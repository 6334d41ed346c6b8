"""ORM rows to API bodies."""

from __future__ import annotations

from akonet_desktop.api.models import CompanyOut, Me, SessionTokens, SignedIn, UserOut
from akonet_desktop.rules.roles import privileges, read_privileges
from akonet_desktop.server.accounts.totp_policy import BOUND_KINDS, totp_setup_required
from akonet_desktop.server.models import Company, User


def user_out(user: User, role_privileges: str | None = None) -> UserOut:
    """`user`: an ORM User, or a row with the same names; `role_privileges` as the role stores them."""
    if role_privileges is None and isinstance(user, User) and user.assigned_role is not None:
        role_privileges = user.assigned_role.privileges
    return UserOut(
        id=user.id,
        email=user.email,
        first_name=user.first_name,
        last_name=user.last_name,
        role=user.role,
        language=user.language,
        role_id=user.role_id,
        privileges=sorted(privileges(user.role, read_privileges(role_privileges))),
        totp_enabled=user.totp_secret is not None,
    )


def company_out(company: Company) -> CompanyOut:
    return CompanyOut(
        id=company.id,
        name=company.name,
        country=company.country,
        id_type=company.id_type,
        id_number=company.id_number,
        phone=company.phone,
        address_line=company.address_line,
        postal_code=company.postal_code,
        city=company.city,
        require_totp_for_admins=bool(company.require_totp_for_admins),
    )


def signed_in(user: User, company: Company, tokens: SessionTokens) -> SignedIn:
    return SignedIn(
        user=user_out(user),
        company=company_out(company),
        session=tokens,
        totp_setup_required=_setup_required(user, company),
    )


def me(user: User) -> Me:
    return Me(user=user_out(user), company=company_out(user.company), totp_setup_required=totp_setup_required(user))


def _setup_required(user: User, company: Company) -> bool:
    # `company`, not user.company: a row of the sign-in query carries its company's columns apart.
    return bool(company.require_totp_for_admins) and user.role in BOUND_KINDS and user.totp_secret is None
