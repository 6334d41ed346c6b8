"""The main window's pages, in navigation order: what each is called, how it is built, who sees it.

Adding a page is one entry in PAGES, for instance

    Page("billing", QT_TRANSLATE_NOOP("MainWindow", "Billing"), BillingPage, allowed_to(Privilege.SEE_BILLING)),

Who sees a page is decided from the person's kind (`Me.user.role`) with rules/roles.py, the
product's one permission table; the server still refuses what a kind may not do. A page is any
QWidget; if it has a `shutdown()` method, the window calls it when it closes, and before it
builds its pages again for a person whose kind changed (MainWindow.set_me).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from akonet_desktop.api.models import Me
from akonet_desktop.gui.account.page import AccountPage
from akonet_desktop.gui.activity.view import ActivityView
from akonet_desktop.gui.company.billing_page import BillingPage
from akonet_desktop.gui.company.profile_page import CompanyPage
from akonet_desktop.gui.devices.view import DevicesView
from akonet_desktop.gui.users.view import UsersView
from akonet_desktop.rules.roles import Privilege, can, is_administrator

if TYPE_CHECKING:
    from akonet_desktop.client.api_client import AkonetClient

PageFactory = Callable[["AkonetClient", Me, QWidget], QWidget]  # (client, me, parent) -> the page
Audience = Callable[[str], bool]  # a kind of user (rules.roles.Kind) -> may see the page

# Labels are English source texts marked with QT_TRANSLATE_NOOP in this context (the window that
# shows them), so lupdate extracts them and the window translates them at every language change.
LABEL_CONTEXT = "MainWindow"

DEVICES = "devices"
USERS = "users"
COMPANY = "company"
BILLING = "billing"
ACTIVITY = "activity"
ACCOUNT = "account"


def everyone(kind: str) -> bool:
    return True


def allowed_to(privilege: Privilege) -> Audience:
    """The kinds of user whose privileges include `privilege`."""
    return lambda kind: can(kind, privilege)


@dataclass(frozen=True)
class Page:
    key: str  # stable: MainWindow.pages[key] is the page, whatever its place in the list
    label: str  # QT_TRANSLATE_NOOP(LABEL_CONTEXT, ...): the source text, translated when shown
    factory: PageFactory
    visible_to: Audience = everyone

    def title(self) -> str:
        """The label in the interface language."""
        return QCoreApplication.translate(LABEL_CONTEXT, self.label)


PAGES: tuple[Page, ...] = (
    Page(DEVICES, QT_TRANSLATE_NOOP("MainWindow", "Devices"), DevicesView),  # first: the start view after sign-in
    Page(USERS, QT_TRANSLATE_NOOP("MainWindow", "Users"), UsersView, visible_to=is_administrator),
    Page(COMPANY, QT_TRANSLATE_NOOP("MainWindow", "Company"), CompanyPage),  # read-only but for the owner
    Page(BILLING, QT_TRANSLATE_NOOP("MainWindow", "Billing"), BillingPage, allowed_to(Privilege.SEE_BILLING)),
    Page(ACTIVITY, QT_TRANSLATE_NOOP("MainWindow", "Activity"), ActivityView, visible_to=is_administrator),
    Page(ACCOUNT, QT_TRANSLATE_NOOP("MainWindow", "My account"), AccountPage),  # also the only page until a
    # required two-step verification is set up (MainWindow)
)


def visible_pages(kind: str, pages: Sequence[Page] | None = None, *, setup_required: bool = False) -> list[Page]:
    """The pages a person of this kind sees, in order (`pages`: PAGES, read when called). While their
    company requires two-step verification they have not set up (Me.totp_setup_required), the
    server answers nothing else: My account alone, where it is set up."""
    found = [page for page in (PAGES if pages is None else pages) if page.visible_to(kind)]
    return [page for page in found if page.key == ACCOUNT] if setup_required else found
