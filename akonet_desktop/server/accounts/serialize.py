"""ORM rows to API bodies."""

from __future__ import annotations

from akonet_desktop.api.models import CompanyOut, Me, SessionTokens, SignedIn, UserOut
from akonet_desktop.rules.roles import privileges, read_privileges
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
    )


def signed_in(user: User, company: Company, tokens: SessionTokens) -> SignedIn:
    return SignedIn(user=user_out(user), company=company_out(company), session=tokens)


def me(user: User) -> Me:
    return Me(user=user_out(user), company=company_out(user.company))
