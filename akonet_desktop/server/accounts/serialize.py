"""ORM rows to API bodies."""

from __future__ import annotations

from akonet_desktop.api.models import CompanyOut, Me, SessionTokens, SignedIn, UserOut
from akonet_desktop.server.models import Company, User


def user_out(user: User) -> UserOut:
    return UserOut(
        id=user.id,
        email=user.email,
        first_name=user.first_name,
        last_name=user.last_name,
        role=user.role,
        language=user.language,
    )


def company_out(company: Company) -> CompanyOut:
    return CompanyOut(
        id=company.id,
        name=company.name,
        country=company.country,
        id_type=company.id_type,
        id_number=company.id_number,
        phone=company.phone,
    )


def signed_in(user: User, company: Company, tokens: SessionTokens) -> SignedIn:
    return SignedIn(user=user_out(user), company=company_out(company), session=tokens)


def me(user: User) -> Me:
    return Me(user=user_out(user), company=company_out(user.company))
