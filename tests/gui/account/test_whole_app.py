"""The whole app on its embedded server with two-step verification: the code step after the
password, Remember me through the session's refresh token (a silent sign-in later asks no code),
and a language chosen on My account switching the app."""

from __future__ import annotations

from PySide6.QtCore import Qt

from akonet_desktop.client.api_client import AkonetClient
from akonet_desktop.gui.pages import ACCOUNT
from tests.gui.account.support import app_code
from tests.gui.conftest import run
from tests.gui.test_app_start import EMAIL, controller, wait_until  # noqa: F401 - the fixture
from tests.gui.test_main_window_pages import click_nav
from tests.support.api import STRONG_PASSWORD
from tests.support.live import register_owner


def test_two_step_sign_in_remembered_and_the_language(qtbot, controller, loop):  # noqa: F811 - the fixture
    controller.start()
    wait_until(loop, lambda: controller.connected.is_set(), timeout=60)
    url = controller.ctx.client.base_url
    register_owner(url, controller.ctx.maildir, EMAIL)
    other = AkonetClient(url)
    try:
        run(loop, other.login(EMAIL, STRONG_PASSWORD))
        setup = run(loop, other.start_totp(STRONG_PASSWORD))
        run(loop, other.confirm_totp(app_code(setup.secret)))
    finally:
        run(loop, other.aclose())

    login = controller.login
    qtbot.keyClicks(login.ui.emailEdit, EMAIL)
    qtbot.keyClicks(login.ui.passwordEdit, STRONG_PASSWORD)
    wait_until(loop, lambda: login.ui.rememberCheck.isEnabled())
    login.ui.rememberCheck.setChecked(True)
    qtbot.mouseClick(login.ui.signInButton, Qt.MouseButton.LeftButton)
    wait_until(loop, lambda: login.mfa is not None)
    assert controller.main is None and login.ui.codePanel.isVisible()
    qtbot.keyClicks(login.ui.codeEdit, app_code(setup.secret, 1))
    qtbot.keyClick(login.ui.codeEdit, Qt.Key.Key_Return)
    wait_until(loop, lambda: controller.main is not None and controller.main.isVisible())
    main = controller.main
    assert main.me.user.totp_enabled and controller.ctx.credentials.load(url, EMAIL)

    # My account: the language chosen there is the app's, at once.
    click_nav(qtbot, main, "My account")
    page = main.pages[ACCOUNT]
    wait_until(loop, lambda: page.loaded and not page.busy)
    try:
        index = page.ui.languageCombo.findData("es")
        page.ui.languageCombo.setCurrentIndex(index)
        page.ui.languageCombo.activated.emit(index)
        wait_until(loop, lambda: page.ui.titleLabel.text() == "Mi cuenta" and main.me.user.language == "es")
        assert controller.ctx.translations.language == "es"
        assert controller.ctx.translations.initial_language() == "es"  # the next start
    finally:
        controller.ctx.translations.set_language("en")

    # Next start: the remembered session signs in without password or code.
    controller.main.close()
    controller.main = None
    assert run(loop, controller._silent_sign_in())
    assert controller.main is not None and controller.main.me.user.email == EMAIL
    wait_until(loop, lambda: not controller.main.devices.model.busy)
