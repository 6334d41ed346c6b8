"""The big button of a mail in the Mailbox is its web link, to a page of the built-in server that
only says to go back to the app: clicked in the app, it continues there, as the app link does."""

from __future__ import annotations

import httpx
import pytest
from PySide6.QtCore import QSettings, QUrl
from PySide6.QtGui import QTextDocument

from akonet_desktop.api.links import PASSWORD_RESET_LINK
from akonet_desktop.client.credentials import CredentialStore
from akonet_desktop.client.embedded import EmbeddedServer
from akonet_desktop.gui.common.i18n import Translations
from akonet_desktop.gui.context import AppContext
from akonet_desktop.gui.controller import AppController
from akonet_desktop.gui.mailbox import window as mailbox_module
from tests.gui.conftest import run, wait_until_quiet
from tests.support.live import register_owner, token_in, wait_for_mail

EMAIL = "tecnica@frio-norte.es"


@pytest.fixture
def controller(tmp_path, loop, memory_keyring):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    ctx = AppContext(
        settings=settings, translations=Translations(settings), credentials=CredentialStore(memory_keyring)
    )
    app = AppController(ctx, server_url=None, embedded=EmbeddedServer(tmp_path / "data"))
    yield app
    run(loop, app.shutdown())
    for window in (app.login, app.main):
        if window is not None:
            window.close()


@pytest.fixture
def browser_opened(monkeypatch) -> list[str]:
    opened: list[str] = []
    monkeypatch.setattr(
        mailbox_module.QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toString()))
    )
    return opened


def anchors(document: QTextDocument) -> list[str]:
    """Every link of the rendered mail, in reading order: what a click can reach."""
    found = []
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            href = iterator.fragment().charFormat().anchorHref()
            if href and (not found or found[-1] != href):
                found.append(href)
            iterator += 1
        block = block.next()
    return found


def test_the_recovery_mails_web_button_opens_the_reset_dialog(qtbot, controller, loop, browser_opened):
    from akonet_desktop.gui.signin.recovery_dialog import RecoveryDialog, RecoveryStep

    controller.start()
    wait_until_quiet(loop, lambda: controller.connected.is_set(), timeout=60)
    server = controller.ctx.embedded_url
    assert server == controller.embedded.url
    register_owner(server, controller.ctx.maildir, EMAIL)
    httpx.post(f"{server}/api/v1/password-recovery", json={"email": EMAIL}, timeout=30).raise_for_status()
    recovery_mail = wait_for_mail(controller.ctx.maildir, EMAIL, count=2)[-1]
    token = token_in(recovery_mail)

    controller.open_mailbox()
    mailbox = controller.dialogs[-1]
    wait_until_quiet(loop, lambda: mailbox.model.rowCount() == 2)
    mailbox.select_row(0)  # newest first: the recovery mail
    web_link = anchors(mailbox.ui.browser.document())[0]  # the big button comes first
    assert web_link == PASSWORD_RESET_LINK.web_link(server, token)

    mailbox.ui.browser.anchorClicked.emit(QUrl(web_link))
    wait_until_quiet(loop, lambda: any(isinstance(d, RecoveryDialog) for d in controller.dialogs))
    dialog = next(d for d in controller.dialogs if isinstance(d, RecoveryDialog))
    assert dialog.isVisible()
    assert dialog.flow.step == RecoveryStep.NEW_PASSWORD and dialog.flow.draft.token == token
    assert browser_opened == []
    dialog.reject()


def test_links_to_another_server_or_page_still_go_to_the_browser(qtbot, controller, loop, browser_opened):
    controller.start()
    wait_until_quiet(loop, lambda: controller.connected.is_set(), timeout=60)
    server = controller.ctx.embedded_url
    controller.open_mailbox()
    mailbox = controller.dialogs[-1]
    elsewhere = [
        PASSWORD_RESET_LINK.web_link("https://akonet.example.com", "T" * 32),
        PASSWORD_RESET_LINK.web_link("http://localhost:8000", "T" * 32),
        f"{server}/docs",
    ]
    for link in elsewhere:
        mailbox.open_link(QUrl(link))
    assert browser_opened == elsewhere
    assert controller.dialogs == [mailbox]  # no dialog opened


def test_a_mail_from_before_the_server_moved_port_continues_in_the_app(qtbot, controller, loop, browser_opened):
    # The old port may belong to another program now: the mail's code must not go there.
    controller.start()
    wait_until_quiet(loop, lambda: controller.connected.is_set(), timeout=60)
    port = int(controller.ctx.embedded_url.rsplit(":", 1)[1])
    controller.open_mailbox()
    mailbox = controller.dialogs[-1]
    activated: list[str] = []
    mailbox.deep_link_activated.connect(activated.append)
    mailbox.open_link(QUrl(PASSWORD_RESET_LINK.web_link(f"http://127.0.0.1:{port % 65535 + 1}", "T" * 32)))
    assert activated == [PASSWORD_RESET_LINK.app_link("T" * 32)]
    assert browser_opened == []
