"""The local Mailbox: a real Maildir written by the server's own mail code, a real window."""

from __future__ import annotations

import tempfile
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path

import httpx
import pytest
from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QModelIndex, QPoint, QSettings, Qt, QUrl
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtTest import QSignalSpy, QTest

from akonet_desktop.client.credentials import CredentialStore
from akonet_desktop.gui.common.i18n import Translations
from akonet_desktop.gui.context import AppContext
from akonet_desktop.gui.mailbox import window as mailbox_module
from akonet_desktop.gui.mailbox.model import KEY_ROLE, MESSAGE_ROLE, MailboxModel
from akonet_desktop.gui.mailbox.window import MailboxWindow, body_html
from akonet_desktop.server.mail.message import build_message
from akonet_desktop.server.mail.templates import render_mail
from akonet_desktop.server.mail.transports import MaildirTransport
from tests.gui.conftest import run, screenshots_dir, wait_until

# docs/screenshots under `make screenshots`, a temporary folder otherwise
SCREENSHOTS = screenshots_dir(Path(tempfile.gettempdir()) / "akonet-test-screenshots")
T0 = datetime(2025, 3, 14, 9, 30, tzinfo=UTC)
SENDER = "AKONet <no-reply@akonet.local>"


def reset_mail(to: str, sent: datetime, token: str) -> EmailMessage:
    rendered = render_mail(
        "password_reset",
        "en",
        first_name="Ana",
        token=token,
        expires_minutes=30,
        web_link=f"http://127.0.0.1:8000/password/reset?token={token}",
        app_link=f"akonet://password/reset?token={token}",
    )
    return build_message(sender=SENDER, to=to, rendered=rendered, date=sent)


def locked_mail(to: str, sent: datetime, token: str) -> EmailMessage:
    rendered = render_mail(
        "account_locked",
        "en",
        first_name="Ana",
        attempts=6,
        token=token,
        expires_minutes=30,
        web_link=f"http://127.0.0.1:8000/password/reset?token={token}",
        app_link=f"akonet://password/reset?token={token}",
    )
    return build_message(sender=SENDER, to=to, rendered=rendered, date=sent)


def plain_mail(to: str, sent: datetime, text: str, subject: str = "Plain note") -> EmailMessage:
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = SENDER, to, subject
    message["Date"] = sent.strftime("%a, %d %b %Y %H:%M:%S +0000")
    message["Message-ID"] = f"<plain-{sent.timestamp()}@akonet.local>"
    message.set_content(text)
    return message


@pytest.fixture
def make_ctx(tmp_path, memory_keyring):
    def make(maildir: Path | None) -> AppContext:
        settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
        return AppContext(
            settings=settings,
            translations=Translations(settings),
            credentials=CredentialStore(memory_keyring),
            client=None,
            maildir=maildir,
        )

    return make


@pytest.fixture
def maildir(tmp_path) -> Path:
    return tmp_path / "Maildir"


@pytest.fixture
def window(qtbot, loop, make_ctx, maildir):
    widget = MailboxWindow(make_ctx(maildir))
    qtbot.addWidget(widget)
    widget.resize(900, 640)
    return widget  # qtbot closes it after the test


def show_and_load(loop, window: MailboxWindow) -> None:
    window.show()
    wait_until(loop, lambda: window.loaded)


# --- model, without a view ----------------------------------------------------------------------


def test_model_rows_are_newest_first_with_roles_and_headers(qapp):
    model = MailboxModel()
    old = reset_mail("old@example.com", T0, "t" * 20)
    new = locked_mail("new@example.com", T0 + timedelta(hours=2), "u" * 20)
    mid = plain_mail("mid@example.com", T0 + timedelta(hours=1), "hello")
    model.reload([old, mid, new])

    assert model.rowCount() == 3 and model.columnCount() == 3
    assert model.rowCount(model.index(0, 0)) == 0  # a table: no children
    assert [model.data(model.index(r, MailboxModel.TO)) for r in range(3)] == [
        "new@example.com",
        "mid@example.com",
        "old@example.com",
    ]
    assert model.data(model.index(0, MailboxModel.SUBJECT)) == "Your AKONet account has been blocked"
    assert model.message_at(0) is new and model.data(model.index(0, 0), MESSAGE_ROLE) is new
    assert model.data(model.index(0, 0), KEY_ROLE) == str(new["Message-ID"])
    local = QDateTime.fromSecsSinceEpoch(int(T0.timestamp())).toLocalTime()
    assert model.data(model.index(2, MailboxModel.DATE)) == QLocale().toString(local, QLocale.FormatType.ShortFormat)
    assert model.data(model.index(2, MailboxModel.DATE), Qt.ItemDataRole.ToolTipRole)
    assert model.data(QModelIndex()) is None
    assert model.data(model.index(0, 0), Qt.ItemDataRole.DecorationRole) is None
    assert model.message_at(3) is None and model.message_at(-1) is None
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)]
    assert headers == ["Date", "To", "Subject"]
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) is None


def test_model_reload_resets_only_when_the_mails_change(qapp):
    model = MailboxModel()
    first = [reset_mail("a@example.com", T0, "a" * 20)]
    spy = QSignalSpy(model.modelReset)
    model.reload(first)
    model.reload(list(first))
    assert spy.count() == 1
    model.reload([*first, reset_mail("b@example.com", T0 + timedelta(minutes=1), "b" * 20)])
    assert spy.count() == 2 and model.data(model.index(0, MailboxModel.TO)) == "b@example.com"
    model.reload([])
    assert model.rowCount() == 0


def test_model_same_second_keeps_delivery_order_and_sorts_by_column(qapp):
    model = MailboxModel()
    mails = [
        plain_mail(f"{name}@example.com", T0, "x", subject=subject)
        for name, subject in (("first", "b"), ("second", "a"), ("third", "c"))
    ]
    for position, message in enumerate(mails):
        message.replace_header("Message-ID", f"<{position}@akonet.local>")
    model.reload(mails)
    assert [model.data(model.index(r, MailboxModel.TO)) for r in range(3)] == [
        "third@example.com",
        "second@example.com",
        "first@example.com",
    ]
    model.sort(MailboxModel.SUBJECT, Qt.SortOrder.AscendingOrder)
    assert [model.data(model.index(r, MailboxModel.SUBJECT)) for r in range(3)] == ["a", "b", "c"]


def test_plain_text_fallback_is_escaped_and_linked():
    text = "<script>alert(1)</script> open akonet://password/reset?token=abc&x=1 now"
    rendered = body_html(plain_mail("a@example.com", T0, text))
    assert "<script>" not in rendered and "&lt;script&gt;" in rendered
    assert '<a href="akonet://password/reset?token=abc&amp;x=1">' in rendered


# --- window -------------------------------------------------------------------------------------


def test_lists_newest_first_and_shows_the_selected_body(loop, window, maildir):
    transport = MaildirTransport(maildir)
    transport.send(reset_mail("ana@example.com", T0, "r" * 24))
    transport.send(locked_mail("ana@example.com", T0 + timedelta(minutes=5), "l" * 24))
    transport.send(plain_mail("bob@example.com", T0 + timedelta(minutes=1), "Plain <b>body</b> here"))
    show_and_load(loop, window)

    assert window.ui.stack.currentWidget() is window.ui.listPage
    assert window.model.rowCount() == 3
    assert window.model.data(window.model.index(0, MailboxModel.SUBJECT)) == "Your AKONet account has been blocked"
    assert window.selected_message() is window.model.message_at(0)  # the newest is shown at once
    assert "Your account has been blocked" in window.ui.browser.toPlainText()
    assert "Choose a new password to reactivate" not in window.ui.browser.toPlainText()  # hidden preview line
    assert window.ui.subjectLabel.text() == "Your AKONet account has been blocked"
    assert "ana@example.com" in window.ui.metaLabel.text()

    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    QCoreApplication.processEvents()
    assert window.grab().save(str(SCREENSHOTS / "mailbox.png"))

    window.select_row(1)
    assert "Plain <b>body</b> here" in window.ui.browser.toPlainText()
    window.select_row(2)
    assert "Reset your password" in window.ui.browser.toPlainText()


def test_akonet_anchor_emits_the_deep_link(loop, window, maildir, qtbot):
    token = "k" * 24
    MaildirTransport(maildir).send(reset_mail("ana@example.com", T0, token))
    show_and_load(loop, window)
    with qtbot.waitSignal(window.deep_link_activated, timeout=2000) as blocker:
        window.ui.browser.anchorClicked.emit(QUrl(f"akonet://password/reset?token={token}"))
    assert blocker.args == [f"akonet://password/reset?token={token}"]


def test_clicking_the_button_in_the_mail_emits_the_deep_link(loop, window, maildir, qtbot):
    token = "c" * 24
    MaildirTransport(maildir).send(plain_mail("ana@example.com", T0, f"Open akonet://password/reset?token={token}"))
    show_and_load(loop, window)
    browser = window.ui.browser
    position = anchor_position(browser.document(), "akonet://")
    cursor = QTextCursor(browser.document())
    cursor.setPosition(position + 2)
    point: QPoint = browser.cursorRect(cursor).center()
    with qtbot.waitSignal(window.deep_link_activated, timeout=2000) as blocker:
        QTest.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert blocker.args == [f"akonet://password/reset?token={token}"]


def test_clicking_the_web_button_of_the_own_servers_mail_continues_in_the_app(
    loop, qtbot, make_ctx, maildir, monkeypatch
):
    opened: list[str] = []
    monkeypatch.setattr(
        mailbox_module.QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toString()))
    )
    token = "w" * 32
    MaildirTransport(maildir).send(reset_mail("ana@example.com", T0, token))  # its links name 127.0.0.1:8000
    ctx = make_ctx(maildir)
    ctx.embedded_url = "http://127.0.0.1:8000"
    widget = MailboxWindow(ctx)
    qtbot.addWidget(widget)
    widget.resize(900, 640)
    show_and_load(loop, widget)
    browser = widget.ui.browser
    cursor = QTextCursor(browser.document())
    cursor.setPosition(anchor_position(browser.document(), "http://127.0.0.1:8000/") + 2)
    browser.setTextCursor(cursor)
    browser.ensureCursorVisible()
    point: QPoint = browser.cursorRect(cursor).center()
    with qtbot.waitSignal(widget.deep_link_activated, timeout=2000) as blocker:
        QTest.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert blocker.args == [f"akonet://password/reset?token={token}"]
    assert opened == []


def anchor_position(document: QTextDocument, prefix: str) -> int:
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if fragment.charFormat().anchorHref().startswith(prefix):
                return fragment.position()
            iterator += 1
        block = block.next()
    raise AssertionError(f"no {prefix} anchor in the document")


def test_web_links_open_in_the_browser_and_other_schemes_are_ignored(window, monkeypatch, qtbot):
    opened: list[str] = []
    monkeypatch.setattr(
        mailbox_module.QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toString()))
    )
    spy = QSignalSpy(window.deep_link_activated)
    window.open_link(QUrl("https://akonet.example/password/reset?token=abc"))
    window.open_link(QUrl("file:///etc/passwd"))
    window.open_link(QUrl("javascript:alert(1)"))
    assert opened == ["https://akonet.example/password/reset?token=abc"]
    assert spy.count() == 0


def test_remote_resources_are_never_fetched(window):
    resource = window.ui.browser.loadResource(
        QTextDocument.ResourceType.ImageResource.value, QUrl("http://127.0.0.1:9/tracker.png")
    )
    assert resource is None


@pytest.mark.parametrize("missing", ["no_directory", "not_configured"])
def test_empty_state_when_there_is_no_maildir(loop, qtbot, make_ctx, tmp_path, missing):
    widget = MailboxWindow(make_ctx(tmp_path / "nowhere" if missing == "no_directory" else None))
    qtbot.addWidget(widget)
    show_and_load(loop, widget)
    assert widget.ui.stack.currentWidget() is widget.ui.emptyPage
    assert widget.ui.emptyLabel.text() == "No mail yet. Mail sent by the built-in server appears here."
    assert widget.ui.emptyLabel.isVisible()
    widget.close()


def test_auto_refresh_while_visible_keeps_the_selection(loop, window, maildir):
    transport = MaildirTransport(maildir)
    transport.send(reset_mail("older@example.com", T0, "o" * 24))
    transport.send(reset_mail("newer@example.com", T0 + timedelta(minutes=1), "n" * 24))
    show_and_load(loop, window)
    assert window.timer.isActive() and window.timer.interval() == 5000
    window.timer.setInterval(50)
    window.select_row(1)
    chosen = window.selected_message()
    assert chosen["To"] == "older@example.com"

    transport.send(reset_mail("newest@example.com", T0 + timedelta(minutes=2), "w" * 24))
    wait_until(loop, lambda: window.model.rowCount() == 3)
    assert window.selected_message()["Message-ID"] == chosen["Message-ID"]
    assert window.model.data(window.model.index(0, MailboxModel.TO)) == "newest@example.com"

    window.hide()
    assert not window.timer.isActive()


def test_refresh_button_reads_the_maildir_again(loop, window, maildir, qtbot):
    show_and_load(loop, window)
    assert window.ui.stack.currentWidget() is window.ui.emptyPage
    MaildirTransport(maildir).send(reset_mail("ana@example.com", T0, "z" * 24))
    qtbot.mouseClick(window.ui.refreshButton, Qt.MouseButton.LeftButton)
    wait_until(loop, lambda: window.model.rowCount() == 1)
    assert window.ui.stack.currentWidget() is window.ui.listPage


def test_shows_mail_sent_by_the_live_server(loop, qtbot, make_ctx, live_server):
    widget = MailboxWindow(make_ctx(live_server.maildir))
    qtbot.addWidget(widget)
    show_and_load(loop, widget)
    widget.timer.setInterval(100)
    response = httpx.post(
        f"{live_server.url}/api/v1/registrations",
        json={"email": "new@example.com", "email_confirmation": "new@example.com", "language": "en"},
    )
    assert response.status_code == 202
    wait_until(loop, lambda: widget.model.rowCount() == 1)
    assert widget.model.data(widget.model.index(0, MailboxModel.TO)) == "new@example.com"
    assert "akonet://registration/continue?token=" in widget.ui.browser.toHtml()
    run(loop, widget.refresh())
    widget.close()
