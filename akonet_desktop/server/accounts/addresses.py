"""Finding people by address. Every look-up compares keys (rules.email_key), never addresses as
typed: `KATE@example.com` finds kate@example.com's account, `Straße@` never finds `strasse@`'s."""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from akonet_desktop.rules import email_key
from akonet_desktop.server.models import LoginAttempts, User


def user_with_address(session: Session, address: str) -> User | None:
    return session.scalar(select(User).where(User.email_key == email_key(address)))


def address_taken(session: Session, address: str) -> bool:
    """Whether an account has this address (in any case)."""
    return session.scalar(select(User.id).where(User.email_key == email_key(address))) is not None


def forget_failed_sign_ins(session: Session, address: str) -> None:
    """The failures counted on an address before it had an account: strangers guessing."""
    session.execute(delete(LoginAttempts).where(LoginAttempts.email == email_key(address)))
