"""The invitations contract: an administrator invites a person by email; the person joins with the link.

Administrators use /users/invitations (create, resend, revoke); the invitee, not signed in, reads and
accepts /invitations/{token}. Field names here are the field names of 422 errors.
"""

from __future__ import annotations

from datetime import datetime

from pydantic import Field

from akonet_desktop.api.models import ApiModel
from akonet_desktop.rules.roles import Kind

_Text = Field(max_length=1000)
_Secret = Field(max_length=4096, repr=False)


class InvitationCreate(ApiModel):
    email: str = _Text
    first_name: str = _Text
    last_name: str = _Text
    # "admin" or "user" (an owner is never invited: ownership moves only by transfer)
    role: str = Field(default=Kind.USER.value, max_length=20)
    # A user's role in the company; None: the company's built-in "Viewer". Ignored for an admin.
    role_id: int | None = Field(default=None, ge=1, le=2**63 - 1)
    language: str = Field(default="en", max_length=20)  # of the email, and the invitee's once joined


class InvitationOut(ApiModel):
    id: int
    email: str
    first_name: str
    last_name: str
    role: Kind
    role_id: int | None
    language: str
    expires_at: datetime
    created_at: datetime


class InvitationPreview(ApiModel):
    """GET /invitations/{token}: what the "Join <company>" dialog shows before the person accepts."""

    email: str
    company_name: str
    first_name: str
    last_name: str
    language: str


class InvitationAccept(ApiModel):
    first_name: str = _Text
    last_name: str = _Text
    password: str = _Secret
    password_confirmation: str = _Secret
    language: str = Field(max_length=20)
