"""My account against a real embedded server: the password changed through its dialog, the
signed-in sessions ended from the table, names and the language (which switches the interface)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt

from akonet_desktop.client.errors import ApiFailure
from akonet_desktop.gui.account.password_dialog import ChangePasswordDialog
from akonet_desktop.gui.account.sessions_model import SessionsModel
from akonet_desktop.gui.common.i18n import SETTINGS_KEY, Translations
from tests.gui.account.support import EMAIL, open_window, show_account, signed_in
from tests.gui.conftest import run, wait_until, wait_until_quiet
from tests.gui.test_main_window_pages import nav_labels
from tests.support.api import STRONG_PASSWORD
from tests.support.live import register_owner, wait_for_mail

NEW_PASSWORD = "Cold-Chain-Guard-77"


@pytest.fixture
def owner(live_server):
    register_owner(live_server.url, live_server.maildir, EMAIL)
    return live_server


@pytest.fixture
def clients(loop):
    opened = []
    yield opened
    for client in opened:
        run(loop, client.aclose())


def _client(loop, clients, url, password=STRONG_PASSWORD):
    client = signed_in(loop, url, password=password)
    clients.append(client)
    return client


def test_change_password_through_the_dialog(qtbot, loop, owner, clients, screenshot):
    window = open_window(qtbot, loop, _client(loop, clients, owner.url))
    elsewhere = _client(loop, clients, owner.url)  # another computer, signed in too
    page = show_account(qtbot, loop, window)
    qtbot.mouseClick(page.ui.changePasswordButton, Qt.MouseButton.LeftButton)
    dialog: ChangePasswordDialog = page.dialog
    assert isinstance(dialog, ChangePasswordDialog) and dialog.isVisible()
    ui = dialog.ui
    assert ui.signOutCheck.isChecked()  # by default
    assert not ui.changeButton.isEnabled()

    # A wrong current password: under its field, with the attempts left, as at sign-in.
    qtbot.keyClicks(ui.currentEdit, "Not-My-Password-1")
    qtbot.keyClicks(ui.passwordEdit, NEW_PASSWORD)
    qtbot.keyClicks(ui.confirmationEdit, NEW_PASSWORD)
    assert all(label.property("met") for label in ui.checklist.labels.values())  # the live checklist
    assert ui.checklist.meter.value() >= 3
    qtbot.mouseClick(ui.changeButton, Qt.MouseButton.LeftButton)
    wait_until_quiet(loop, lambda: dialog.field_error("current_password"))
    assert dialog.field_error("current_password") == "The password is not correct. 5 attempts left."
    assert dialog.isVisible() and not ui.bannerFrame.isVisible()

    # The same password as the current one: refused as typed.
    ui.currentEdit.setText(STRONG_PASSWORD)
    ui.passwordEdit.setText(STRONG_PASSWORD)
    assert dialog.field_error("password") == "Choose a password different from your current one."
    assert not ui.changeButton.isEnabled()
    ui.passwordEdit.setText(NEW_PASSWORD)
    ui.confirmationEdit.setText(NEW_PASSWORD[:-1])
    assert dialog.field_error("password_confirmation") == "The two passwords are different."
    ui.confirmationEdit.setText(NEW_PASSWORD)
    assert ui.changeButton.isEnabled()
    screenshot(dialog, "account_change_password")
    qtbot.mouseClick(ui.changeButton, Qt.MouseButton.LeftButton)
    wait_until_quiet(loop, lambda: page.dialog is None and not page.busy)
    assert page.ui.savedLabel.text() == "Your password was changed and your other sessions were signed out."
    wait_until_quiet(loop, lambda: page.sessions.rowCount() == 1 and not page.busy)  # the list, reloaded

    # The other computer's session ended at once; this one goes on; the new password signs in.
    with pytest.raises(ApiFailure):
        run(loop, elsewhere.me())
    assert run(loop, window.client.me()).user.email == EMAIL
    _client(loop, clients, owner.url, password=NEW_PASSWORD)
    subjects = [mail["Subject"] for mail in wait_for_mail(owner.maildir, EMAIL, count=2)]
    assert "Your AKONet password was changed" in subjects


def test_the_sessions_page_ends_another_session(qtbot, loop, owner, clients, screenshot):
    window = open_window(qtbot, loop, _client(loop, clients, owner.url))
    phone, laptop, tablet = (_client(loop, clients, owner.url) for _ in range(3))
    page = show_account(qtbot, loop, window)
    assert page.ui.languageCombo.currentData() == "en"  # the interface's (English, its source texts)
    model = page.sessions
    assert model.rowCount() == 5  # with the one the registration began
    current = [s for s in model.sessions if s.current]
    assert len(current) == 1 and model.sessions[0].current  # this computer first
    assert model.index(0, SessionsModel.ACTION).data() == "This computer"
    assert page.row_button(current[0].id) is None  # no « Sign out » on this computer's row
    client_column = model.index(0, SessionsModel.CLIENT).data()
    assert client_column.startswith("AKONetDesktop/") and "(" in client_column  # the User-Agent sent
    assert model.index(0, SessionsModel.ADDRESS).data() == "127.0.0.1"
    screenshot(page, "account_sessions")

    # One session, signed out from its row: its access token is refused at once.
    phone_session = run(loop, phone.list_sessions())
    phone_id = next(s.id for s in phone_session if s.current)
    qtbot.mouseClick(page.row_button(phone_id), Qt.MouseButton.LeftButton)
    wait_until_quiet(loop, lambda: model.rowCount() == 4 and not page.busy)
    assert phone_id not in [s.id for s in model.sessions]
    with pytest.raises(ApiFailure):
        run(loop, phone.me())
    run(loop, laptop.me())  # the others still work

    # Everywhere else.
    qtbot.mouseClick(page.ui.signOutOthersButton, Qt.MouseButton.LeftButton)
    wait_until_quiet(loop, lambda: model.rowCount() == 1 and not page.busy)
    assert model.sessions[0].current and not page.ui.signOutOthersButton.isEnabled()
    for other in (laptop, tablet):
        with pytest.raises(ApiFailure):
            run(loop, other.me())
    assert run(loop, window.client.me()).user.email == EMAIL


def test_names_and_the_language_switch(qtbot, loop, owner, clients, tmp_path, screenshot):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    translations = Translations(settings)
    translations.set_language("en")
    window = open_window(qtbot, loop, _client(loop, clients, owner.url))
    window.language_requested.connect(translations.set_language)  # as the app's controller does
    page = show_account(qtbot, loop, window)
    ui = page.ui
    assert ui.emailValue.text() == EMAIL and ui.firstNameEdit.text() == "Marta"
    assert not ui.saveButton.isEnabled()
    ui.firstNameEdit.setText("")
    assert page.field_error("first_name") == "This field is required." and not ui.saveButton.isEnabled()
    ui.firstNameEdit.setText("María José")
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    wait_until_quiet(loop, lambda: window.me.user.first_name == "María José" and not page.busy)
    assert "María José Ruiz" in window.ui.userLabel.text()  # the header follows
    screenshot(page, "account_page")

    try:
        # The interface switches at once, stays switched for the next start, and the server keeps
        # the language for the person's emails.
        index = ui.languageCombo.findData("fr")
        ui.languageCombo.setCurrentIndex(index)
        ui.languageCombo.activated.emit(index)
        assert translations.language == "fr" and settings.value(SETTINGS_KEY) == "fr"
        assert Translations(settings).initial_language() == "fr"
        wait_until_quiet(loop, lambda: ui.titleLabel.text() == "Mon compte" and window.me.user.language == "fr")
        assert "Mon compte" in nav_labels(window) and "Appareils" not in nav_labels(window)
        assert ui.changePasswordButton.text() == "Modifier le mot de passe…"
        assert ui.totpStatusLabel.text().startswith("Désactivée")
        wait_until_quiet(loop, lambda: window.me.user.language == "fr" and not page.busy)
        assert run(loop, window.client.me()).user.language == "fr"
    finally:
        translations.set_language("en")  # the next tests read English
    wait_until(loop, lambda: ui.titleLabel.text() == "My account")


def test_six_wrong_current_passwords_block_the_account(qtbot, loop, owner, clients):
    window = open_window(qtbot, loop, _client(loop, clients, owner.url))
    page = show_account(qtbot, loop, window)
    dialog: ChangePasswordDialog = page.open_change_password()
    ui = dialog.ui
    ui.passwordEdit.setText(NEW_PASSWORD)
    ui.confirmationEdit.setText(NEW_PASSWORD)
    for left in (5, 4, 3, 2, 1):
        ui.currentEdit.setText(f"Wrong-Password-{left}")
        qtbot.mouseClick(ui.changeButton, Qt.MouseButton.LeftButton)
        wait_until_quiet(loop, lambda: dialog.field_error("current_password") and not dialog.busy)
        expected = (
            "The password is not correct. 1 attempt left before the account is blocked."
            if left == 1
            else f"The password is not correct. {left} attempts left."
        )
        assert dialog.field_error("current_password") == expected
    ui.currentEdit.setText("Wrong-Password-0")
    qtbot.mouseClick(ui.changeButton, Qt.MouseButton.LeftButton)
    wait_until_quiet(loop, lambda: ui.bannerFrame.isVisible() and not dialog.busy)
    assert "blocked after 6 failed attempts" in ui.bannerLabel.text()
    assert not ui.currentEdit.isEnabled() and not ui.changeButton.isEnabled() and ui.cancelButton.text() == "Close"
    subjects = [m["Subject"] for m in wait_for_mail(owner.maildir, EMAIL, count=2)]
    assert "Your AKONet account has been blocked" in subjects


def test_the_sign_in_window_shows_the_language_chosen_on_my_account(qtbot, loop, tmp_path, memory_keyring):
    """Signed out after switching on My account: the sign-in window's list says the same language."""
    from akonet_desktop.client.credentials import CredentialStore
    from akonet_desktop.gui.context import AppContext
    from akonet_desktop.gui.signin.login_window import LoginWindow

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    translations = Translations(settings)
    translations.set_language("en")
    window = LoginWindow(AppContext(settings, translations, CredentialStore(memory_keyring)))
    qtbot.addWidget(window)
    window.hide()  # as while the main window is open
    try:
        translations.set_language("de")  # what MainWindow.language_requested does
        wait_until(loop, lambda: window.ui.languageCombo.currentData() == "de")
        assert window.ui.signInButton.text() == "Anmelden"
    finally:
        translations.set_language("en")
    wait_until(loop, lambda: window.ui.languageCombo.currentData() == "en")
