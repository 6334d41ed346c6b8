"""The Users page's texts that depend on data: kinds, roles, statuses, privileges, counts, refusals.

Every string is a literal self.tr(...) call on `UsersTexts` (one context for the translators);
plural-aware ones pass the number so each language gets its own plural forms.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from PySide6.QtCore import QObject

from akonet_desktop.api.members import MemberOut, RoleOut
from akonet_desktop.gui.common.messages import field_message
from akonet_desktop.gui.common.moments import local_moment
from akonet_desktop.rules.roles import Kind, Privilege

STATUSES = ("active", "invited", "locked")
# The status dots reuse the platform's three colours: green, orange (waiting), red (blocked).
STATUS_COLOURS = {"active": "active", "invited": "inactive", "locked": "alarm"}


class UsersTexts(QObject):
    """Stateless; `texts()` gives the shared instance."""

    # --- kinds, roles, privileges ---------------------------------------------------------------
    def kind_name(self, kind: str) -> str:
        return {
            Kind.OWNER: self.tr("Owner"),
            Kind.ADMIN: self.tr("Administrator"),
            Kind.USER: self.tr("User"),
        }.get(kind, kind)

    def kind_explanation(self, kind: str) -> str:
        return {
            Kind.OWNER: self.tr("Owner: every privilege; the only one who edits the company profile and sees billing."),
            Kind.ADMIN: self.tr("Administrator: manages devices, users and roles; not the profile or billing."),
            Kind.USER: self.tr("User: may do what their role allows."),
        }.get(kind, kind)

    def role_name(self, name: str | None, builtin: str | None) -> str:
        """A built-in role keeps its translated name while nobody renamed it."""
        if builtin == "technician":
            return self.tr("Technician")
        if builtin == "viewer":
            return self.tr("Viewer")
        return name or ""

    def role_of(self, role: RoleOut) -> str:
        return self.role_name(role.name, role.builtin)

    def position(self, member: MemberOut) -> str:
        """ "Administrator", or "User · Technician"."""
        kind = self.kind_name(member.role)
        if member.role == Kind.USER and member.role_name:
            return f"{kind} · {self.role_name(member.role_name, member.role_builtin)}"
        return kind

    def privilege_name(self, privilege: str) -> str:
        return {
            Privilege.ACTIVATE_DEVICE: self.tr("Activate devices"),
            Privilege.UPDATE_DEVICE_INFO: self.tr("Rename devices and change their location"),
            Privilege.EDIT_COMPANY_PROFILE: self.tr("Edit the company profile"),
            Privilege.SEE_BILLING: self.tr("See billing"),
        }.get(privilege, privilege.replace("_", " "))

    def privileges_summary(self, privileges: list[str]) -> str:
        if not privileges:
            return self.tr("Can only look")
        return ", ".join(self.privilege_name(p) for p in sorted(privileges))

    def role_users(self, count: int) -> str:
        return self.tr("%Ln user(s)", "", count)

    # --- statuses -------------------------------------------------------------------------------
    def status_name(self, status: str) -> str:
        return {
            "active": self.tr("Active"),
            "invited": self.tr("Invited"),
            "locked": self.tr("Locked"),
        }.get(status, status)

    def status_explanation(self, status: str) -> str:
        return {
            "active": self.tr("Active: can sign in."),
            "invited": self.tr("Invited: has not accepted the invitation yet."),
            "locked": self.tr("Locked after too many wrong passwords: unlock, or let them reset the password."),
        }.get(status, status)

    def any_status(self) -> str:
        return self.tr("Everyone")

    # --- the list -------------------------------------------------------------------------------
    def people(self, total: int) -> str:
        return self.tr("%Ln person(s)", "", total)

    def empty(self, filtered: bool) -> str:
        if filtered:
            return self.tr("Nobody matches this search.")
        return self.tr("Nobody here yet. Invite the people who work with you.")

    def you(self, name: str) -> str:
        return self.tr("%1 (you)").replace("%1", name)

    def full_name(self, member: MemberOut) -> str:
        return f"{member.first_name} {member.last_name}".strip() or member.email

    def when(self, moment: datetime | None, *, long: bool = False) -> str:
        """Local date and time in the interface language; "Never" when None."""
        if moment is None:
            return self.tr("Never")
        return local_moment(moment, long=long)

    def invitation_tooltip(self, member: MemberOut) -> str:
        sent = self.tr("Invitation sent %1").replace("%1", self.when(member.created_at, long=True))
        if member.expires_at is None:
            return sent
        return sent + "\n" + self.tr("Valid until %1").replace("%1", self.when(member.expires_at, long=True))

    # --- what was done --------------------------------------------------------------------------
    def invited(self, email: str) -> str:
        return self.tr("Invitation sent to %1.").replace("%1", email)

    def resent(self, email: str) -> str:
        return self.tr("Invitation sent again to %1.").replace("%1", email)

    def revoked(self, email: str) -> str:
        return self.tr("The invitation of %1 was revoked.").replace("%1", email)

    def unlocked(self, email: str) -> str:
        return self.tr("%1 is unlocked and was told by email.").replace("%1", email)

    def reset_sent(self, email: str) -> str:
        return self.tr("A password reset email was sent to %1.").replace("%1", email)

    def removed(self, email: str) -> str:
        return self.tr("%1 was removed from the company.").replace("%1", email)

    def saved(self, email: str) -> str:
        return self.tr("Changes to %1 saved.").replace("%1", email)

    # --- refusals -------------------------------------------------------------------------------
    def refused(self, code: str) -> str | None:
        """The server's refusals of this page in words; None for the common ones (failure_message)."""
        return {
            "owner_protected": self.tr(
                "The owner can be neither removed nor made an administrator or user. Transfer ownership first."
            ),
            "cannot_remove_self": self.tr("You cannot remove your own account."),
            "role_in_use": self.tr("People or pending invitations hold this role. Give them another role first."),
            "role_name_taken": self.tr("Another role already has this name."),
            "forbidden": self.tr("Only the owner and administrators can manage users."),
            "not_found": self.tr("This person or role no longer exists. The list was refreshed."),
            "invitation_accepted": self.tr("This invitation has already been accepted. The list was refreshed."),
        }.get(code)

    def field_problem(self, field: str, code: str, params: Mapping[str, object] | None = None) -> str:
        """A field of the invitation, member or role forms (offline check or the server's 422)."""
        params = dict(params or {})
        specific = {
            ("name", "required"): self.tr("Enter a name for the role."),
            ("name", "invalid"): self.tr("The role name contains characters that are not allowed."),
            ("role_id", "required"): self.tr("Choose a role for this user."),
            ("role_id", "invalid"): self.tr("Choose one of the company's roles."),
            ("role", "required"): self.tr("Choose administrator or user."),
            ("role", "invalid"): self.tr("Choose administrator or user."),
            ("first_name", "required"): self.tr("Enter the first name."),
            ("last_name", "required"): self.tr("Enter the last name."),
            ("email", "required"): self.tr("Enter the email address to invite."),
        }.get((field, code))
        return specific or field_message(field, code, params)


_TEXTS: UsersTexts | None = None


def texts() -> UsersTexts:
    global _TEXTS
    if _TEXTS is None:
        _TEXTS = UsersTexts()
    return _TEXTS
