"""The registration wizard against a real embedded server: keys, clicks, links from the Maildir."""

from __future__ import annotations

import asyncio
import logging
import tempfile
import uuid
from pathlib import Path

import httpx
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog

from akonet_desktop.client.api_client import AkonetClient
from akonet_desktop.client.credentials import CredentialStore
from akonet_desktop.client.errors import ServerUnreachable
from akonet_desktop.client.flows import Step
from akonet_desktop.gui.common.i18n import Translations
from akonet_desktop.gui.common.messages import failure_message, field_message, link_message, password_rule
from akonet_desktop.gui.context import AppContext
from akonet_desktop.gui.registration.wizard import RegistrationWizard
from akonet_desktop.resources import resource_path
from akonet_desktop.rules import DEFAULT_POLICY, PasswordPolicy
from akonet_desktop.server.app import create_app
from akonet_desktop.server.runner import ServerThread
from akonet_desktop.server.settings import Settings
from tests.gui.conftest import MemoryKeyring, run, screenshots_dir, wait_until
from tests.support.api import STRONG_PASSWORD, TOKEN_IN_LINK
from tests.support.live import mails_to
from tests.support.processes import free_port

# docs/screenshots under `make screenshots`, a temporary folder otherwise
SCREENSHOTS = screenshots_dir(Path(tempfile.gettempdir()) / "akonet-test-screenshots")
FRENCH_COMPANY = {
    "name": "Froid Parisien SA",
    "country": "FR",
    "id_type": "fr_siren",
    "id_number": "732829320",
    "phone": "+33 1 42 68 53 00",
}
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture(autouse=True)
def keep_running_when_the_wizard_closes(qapp):
    # Alone on screen, an accepted wizard would be the last window: Qt would quit and stop the loop.
    before = qapp.quitOnLastWindowClosed()
    qapp.setQuitOnLastWindowClosed(False)
    yield
    qapp.setQuitOnLastWindowClosed(before)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    root = tmp_path_factory.mktemp("registration-server")
    port = free_port()
    settings = Settings(
        data_dir=root / "data",
        database_url=f"sqlite:///{root / 'akonet.sqlite3'}",
        mail_url=f"maildir://{(root / 'Maildir').as_posix()}",
        public_url=f"http://127.0.0.1:{port}",
        outbox_worker=True,
        outbox_poll_seconds=0.1,
        mails_per_client_per_hour=10_000,  # every test registers from 127.0.0.1
    )
    app = create_app(settings)
    with ServerThread(app, port=port) as thread:
        thread.maildir = root / "Maildir"
        thread.ctx = app.state.ctx
        yield thread


def _context(tmp_path, client: AkonetClient) -> AppContext:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    return AppContext(
        settings=settings,
        translations=Translations(settings),
        credentials=CredentialStore(MemoryKeyring()),
        client=client,
    )


@pytest.fixture
def make_ctx(tmp_path, loop, server):
    made: list[AppContext] = []

    def make(transport: httpx.AsyncBaseTransport | None = None, url: str | None = None) -> AppContext:
        ctx = _context(tmp_path, AkonetClient(url or server.url, transport=transport, timeout=10))
        made.append(ctx)
        return ctx

    yield make
    for ctx in made:
        if ctx.translations.language not in ("", "en"):
            ctx.translations.set_language("en", remember=False)  # translators are app-wide
        run(loop, ctx.client.aclose())


@pytest.fixture
def ctx(make_ctx) -> AppContext:
    return make_ctx()


@pytest.fixture
def open_wizard(qtbot):
    def open_(ctx: AppContext, **kwargs) -> RegistrationWizard:
        wizard = RegistrationWizard(ctx, **kwargs)
        qtbot.addWidget(wizard)
        wizard.show()
        return wizard

    return open_


def new_email() -> str:
    return f"owner-{uuid.uuid4().hex[:10]}@froid-parisien.fr"


def idle(wizard: RegistrationWizard) -> bool:
    return not wizard.flow.busy and wizard._tasks.pending == 0


def app_link(loop, server, email: str, count: int = 1) -> str:
    wait_until(loop, lambda: len(mails_to(server.maildir, email)) >= count)
    body = mails_to(server.maildir, email)[-1].get_body(("plain",)).get_content()
    return TOKEN_IN_LINK.search(body).group(0)


def token_after_step_2(loop, server, email: str) -> str:
    """Steps 1 and 2 done over plain HTTP, as if in an earlier session of the app."""
    with httpx.Client(base_url=f"{server.url}/api/v1", timeout=30) as http:
        http.post(
            "/registrations", json={"email": email, "email_confirmation": email, "language": "en"}
        ).raise_for_status()
        token = TOKEN_IN_LINK.search(app_link(loop, server, email)).group(1)
        http.put(f"/registrations/{token}/company", json=FRENCH_COMPANY).raise_for_status()
    return token


def at_company(loop, open_wizard, ctx, server) -> RegistrationWizard:
    email = new_email()
    with httpx.Client(base_url=f"{server.url}/api/v1", timeout=30) as http:
        http.post(
            "/registrations", json={"email": email, "email_confirmation": email, "language": "en"}
        ).raise_for_status()
    wizard = open_wizard(ctx, token=app_link(loop, server, email))
    wait_until(loop, lambda: wizard.flow.step == Step.COMPANY and wizard.reference is not None and idle(wizard))
    return wizard


def choose(combo, code: str) -> None:
    index = combo.findData(code)
    assert index >= 0, code
    combo.setCurrentIndex(index)


def fill_company(qtbot, wizard, company=FRENCH_COMPANY) -> None:
    ui = wizard.ui
    qtbot.keyClicks(ui.companyNameEdit, company["name"])
    choose(ui.countryCombo, company["country"])
    choose(ui.idTypeCombo, company["id_type"])
    qtbot.keyClicks(ui.idNumberEdit, company["id_number"])
    qtbot.keyClicks(ui.phoneEdit, company["phone"])


def at_account(loop, qtbot, open_wizard, ctx, server) -> RegistrationWizard:
    wizard = at_company(loop, open_wizard, ctx, server)
    fill_company(qtbot, wizard)
    qtbot.keyClick(wizard.ui.phoneEdit, Qt.Key.Key_Return)  # Enter submits a valid page
    wait_until(loop, lambda: wizard.flow.step == Step.ACCOUNT and idle(wizard))
    return wizard


def shot(wizard: RegistrationWizard, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    wizard.adjustSize()
    assert wizard.grab().save(str(SCREENSHOTS / f"registration_{name}.png"))


# --- the whole way, with the keyboard and the mouse --------------------------------------------


def test_three_steps_end_to_end_sign_the_owner_in(qtbot, loop, ctx, open_wizard, server):
    email = new_email()
    wizard = open_wizard(ctx)
    ui = wizard.ui
    signed = []
    wizard.signed_in.connect(signed.append)

    assert ui.titleLabel.text() == "Step 1 of 3 — Your email"
    assert ui.primaryButton.text() == "Validate" and not ui.primaryButton.isEnabled()
    assert [ui.languageCombo.itemText(i) for i in range(ui.languageCombo.count())] == [
        "Français",
        "English",
        "Español",
        "Deutsch",
        "Italiano",
        "Português",
    ]
    qtbot.keyClicks(ui.emailEdit, email)
    qtbot.keyClicks(ui.emailConfirmationEdit, email)
    assert ui.primaryButton.isEnabled()
    shot(wizard, "email")
    qtbot.mouseClick(ui.primaryButton, LEFT)
    wait_until(loop, lambda: wizard.flow.step == Step.CHECK_INBOX and idle(wizard))

    assert ui.stack.currentWidget() is ui.inboxPage
    assert email in ui.inboxIntro.text() and ui.primaryButton.text() == "Continue"
    link = app_link(loop, server, email)
    qtbot.keyClicks(ui.linkEdit, link)
    shot(wizard, "check_inbox")
    qtbot.mouseClick(ui.primaryButton, LEFT)
    wait_until(loop, lambda: wizard.flow.step == Step.COMPANY and wizard.reference is not None and idle(wizard))

    assert ui.titleLabel.text() == "Step 2 of 3 — Your company" and ui.primaryButton.text() == "Next"
    assert not ui.backButton.isVisible()  # the link proved the address: step 1 is over
    qtbot.keyClicks(ui.companyNameEdit, FRENCH_COMPANY["name"])
    choose(ui.countryCombo, "FR")
    assert ui.idTypeCombo.currentData() == "fr_siren"  # the usual national number comes first
    assert ui.idNumberEdit.placeholderText() == "404 833 048"
    qtbot.keyClicks(ui.idNumberEdit, "732829320")
    qtbot.keyClicks(ui.phoneEdit, "+33 1 42 68 53 00")
    assert ui.primaryButton.isEnabled()
    shot(wizard, "company")
    qtbot.mouseClick(ui.primaryButton, LEFT)
    wait_until(loop, lambda: wizard.flow.step == Step.ACCOUNT and idle(wizard))

    assert ui.titleLabel.text() == "Step 3 of 3 — Your account" and ui.primaryButton.text() == "Sign in"
    assert ui.usernameEdit.text() == email and ui.usernameEdit.isReadOnly()
    qtbot.keyClicks(ui.firstNameEdit, "Camille")
    qtbot.keyClicks(ui.lastNameEdit, "Durand")
    qtbot.keyClicks(ui.passwordEdit, STRONG_PASSWORD)
    qtbot.keyClicks(ui.passwordConfirmationEdit, STRONG_PASSWORD)
    assert all(label.text().startswith("✓") for label in ui.checklist.labels.values())
    assert ui.primaryButton.isEnabled()
    shot(wizard, "account")
    qtbot.mouseClick(ui.primaryButton, LEFT)
    wait_until(loop, lambda: bool(signed), timeout=30)

    user, company = signed[0].user, signed[0].company
    assert (user.email, user.role, user.first_name, user.last_name) == (email, "owner", "Camille", "Durand")
    assert (company.name, company.country, company.id_type) == ("Froid Parisien SA", "FR", "fr_siren")
    assert wizard.result() == QDialog.DialogCode.Accepted and not wizard.isVisible()


def test_a_link_after_step_2_resumes_on_the_company_page_pre_filled(loop, ctx, open_wizard, server):
    email = new_email()
    token = token_after_step_2(loop, server, email)
    wizard = open_wizard(ctx, token=token)
    wait_until(loop, lambda: wizard.flow.step == Step.COMPANY and wizard.reference is not None and idle(wizard))
    ui = wizard.ui
    assert ui.companyNameEdit.text() == "Froid Parisien SA"
    assert ui.countryCombo.currentData() == "FR" and ui.countryCombo.currentText() == "France"
    assert ui.idTypeCombo.currentData() == "fr_siren"
    assert ui.idNumberEdit.text() == "732829320"
    assert ui.phoneEdit.text() == "+33142685300"
    assert ui.primaryButton.isEnabled()


def test_check_inbox_resends_and_continues_by_itself_with_a_deep_link(qtbot, loop, ctx, open_wizard, server):
    email = new_email()
    wizard = open_wizard(ctx)
    qtbot.keyClicks(wizard.ui.emailEdit, email)
    qtbot.keyClicks(wizard.ui.emailConfirmationEdit, email)
    qtbot.keyClick(wizard.ui.emailConfirmationEdit, Qt.Key.Key_Return)
    wait_until(loop, lambda: wizard.flow.step == Step.CHECK_INBOX and idle(wizard))
    app_link(loop, server, email)
    qtbot.mouseClick(wizard.ui.resendButton, LEFT)
    wait_until(loop, lambda: idle(wizard) and wizard.ui.resendStatusLabel.text() != "")
    second = app_link(loop, server, email, count=2)

    wizard.continue_with_link(f"« {second} »")  # as the OS hands over a clicked link
    wait_until(loop, lambda: wizard.flow.step == Step.COMPANY and idle(wizard))
    assert wizard.flow.draft.verified_email == email


def test_back_keeps_what_was_typed_and_step_3_language_applies_at_once(qtbot, loop, ctx, open_wizard, server):
    wizard = at_account(loop, qtbot, open_wizard, ctx, server)
    qtbot.keyClicks(wizard.ui.firstNameEdit, "Camille")
    choose(wizard.ui.accountLanguageCombo, "es")
    assert ctx.translations.language == "es" and wizard.flow.draft.account_language == "es"
    qtbot.mouseClick(wizard.ui.backButton, LEFT)
    wait_until(
        loop,
        lambda: (
            wizard.flow.step == Step.COMPANY
            and idle(wizard)
            and wizard.reference is not None
            and wizard.reference.language == "es"
        ),
    )
    assert wizard.ui.countryCombo.currentText() == "Francia"  # reloaded in the new language
    assert wizard.ui.companyNameEdit.text() == FRENCH_COMPANY["name"]
    assert wizard.ui.idTypeCombo.currentData() == "fr_siren"
    qtbot.mouseClick(wizard.ui.primaryButton, LEFT)
    wait_until(loop, lambda: wizard.flow.step == Step.ACCOUNT and idle(wizard))
    assert wizard.ui.firstNameEdit.text() == "Camille"
    assert wizard.ui.accountLanguageCombo.currentData() == "es"


# --- bad input: the right message under the right field, and no way forward ---------------------


def _email_page(qtbot, loop, ctx, open_wizard, server, email, confirmation):
    wizard = open_wizard(ctx)
    qtbot.keyClicks(wizard.ui.emailEdit, email)
    qtbot.keyClicks(wizard.ui.emailConfirmationEdit, confirmation)
    return wizard


def _company_page(qtbot, loop, ctx, open_wizard, server, **changes):
    wizard = at_company(loop, open_wizard, ctx, server)
    fill_company(qtbot, wizard, {**FRENCH_COMPANY, **changes})
    return wizard


def _account_page(qtbot, loop, ctx, open_wizard, server, password, confirmation=None):
    wizard = at_account(loop, qtbot, open_wizard, ctx, server)
    ui = wizard.ui
    qtbot.keyClicks(ui.firstNameEdit, "Camille")
    qtbot.keyClicks(ui.lastNameEdit, "Durand")
    qtbot.keyClicks(ui.passwordEdit, password)
    qtbot.keyClicks(ui.passwordConfirmationEdit, password if confirmation is None else confirmation)
    return wizard


def _rule(code, **params):
    return f"Password requirements not met: {password_rule(code, params)}"


BAD_INPUT = [
    pytest.param(
        _email_page,
        dict(email="camille@", confirmation="camille@"),
        "emailError",
        field_message("email", "invalid"),
        id="bad-email",
    ),
    pytest.param(
        _email_page,
        dict(email="camille@froid.fr", confirmation="camille@froid.es"),
        "emailConfirmationError",
        field_message("email_confirmation", "mismatch"),
        id="email-mismatch",
    ),
    pytest.param(
        _company_page,
        dict(id_number="732829321"),
        "idNumberError",
        field_message("id_number", "invalid"),
        id="invalid-siren",
    ),
    pytest.param(
        _company_page, dict(phone="+33 1 42"), "phoneError", field_message("phone", "invalid"), id="bad-phone"
    ),
    pytest.param(_account_page, dict(password="Fr-42"), "passwordError", _rule("too_short", min=8), id="too-short"),
    pytest.param(
        _account_page, dict(password="fridge-ninja-42"), "passwordError", _rule("no_uppercase"), id="no-uppercase"
    ),
    pytest.param(_account_page, dict(password="Fridge-Ninja-xx"), "passwordError", _rule("no_digit"), id="no-digit"),
    pytest.param(_account_page, dict(password="FridgeNinja42"), "passwordError", _rule("no_symbol"), id="no-symbol"),
    pytest.param(_account_page, dict(password="Password123!"), "passwordError", _rule("common"), id="common"),
    pytest.param(
        _account_page, dict(password="Durand-Froid-77!"), "passwordError", _rule("contains_personal"), id="personal"
    ),
    pytest.param(
        _account_page,
        dict(password=STRONG_PASSWORD, confirmation="Fridge-Ninja-43"),
        "passwordConfirmationError",
        field_message("password_confirmation", "mismatch"),
        id="password-mismatch",
    ),
]


@pytest.mark.parametrize(("page", "typed", "label", "message"), BAD_INPUT)
def test_bad_input_shows_under_its_field_and_blocks_the_page(
    qtbot, loop, ctx, open_wizard, server, page, typed, label, message
):
    wizard = page(qtbot, loop, ctx, open_wizard, server, **typed)
    step = wizard.flow.step
    error = getattr(wizard.ui, label)
    assert error.isVisible() and error.text() == f"⚠ {message}"
    assert not wizard.ui.primaryButton.isEnabled()
    qtbot.keyClick(wizard, Qt.Key.Key_Return)
    run(loop, asyncio.sleep(0.1))
    assert wizard.flow.step == step and idle(wizard)
    others = [
        lbl
        for lbl in wizard.ui.stack.currentWidget().findChildren(type(error))
        if lbl.objectName().endswith("Error") and lbl is not error
    ]
    assert not any(lbl.isVisible() for lbl in others)


def test_only_identification_types_of_the_chosen_country_are_offered(qtbot, loop, ctx, open_wizard, server):
    wizard = at_company(loop, open_wizard, ctx, server)
    combo = wizard.ui.idTypeCombo
    assert not combo.isEnabled()  # no country, no types
    choose(wizard.ui.countryCombo, "FR")
    offered = {combo.itemData(i) for i in range(1, combo.count())}
    assert offered == {"fr_siren", "fr_siret", "fr_tva", "eu_vat", "other"}
    choose(wizard.ui.countryCombo, "ES")
    offered = {combo.itemData(i) for i in range(1, combo.count())}
    assert offered == {"es_nif", "es_cif", "eu_vat", "other"}
    assert combo.currentData() == "es_nif" and wizard.flow.draft.id_type == "es_nif"
    assert wizard.ui.idNumberEdit.placeholderText() == "12345678Z"
    # A French type can only reach a Spanish company from outside the combo (an old draft): flagged.
    wizard.flow.set("id_type", "fr_siren")
    wizard._render()
    assert wizard.ui.idTypeError.text() == "⚠ " + field_message("id_type", "not_allowed_for_country")
    assert not wizard.ui.primaryButton.isEnabled()


def test_countries_are_localised_and_sorted(loop, ctx, open_wizard, server):
    wizard = at_company(loop, open_wizard, ctx, server)
    combo = wizard.ui.countryCombo
    names = [combo.itemText(i) for i in range(1, combo.count())]
    assert "Germany" in names and "Spain" in names
    assert names.index("Denmark") < names.index("Germany") < names.index("Spain")


# --- what the server says ---------------------------------------------------------------------


def test_a_used_link_or_an_unknown_code_shows_the_link_message(qtbot, loop, ctx, open_wizard, server):
    email = new_email()
    token = token_after_step_2(loop, server, email)
    with httpx.Client(base_url=f"{server.url}/api/v1", timeout=30) as http:
        http.post(
            f"/registrations/{token}/complete",
            json={
                "first_name": "Camille",
                "last_name": "Durand",
                "password": STRONG_PASSWORD,
                "password_confirmation": STRONG_PASSWORD,
                "language": "fr",
            },
        ).raise_for_status()
    wizard = open_wizard(ctx)
    wizard.continue_with_link(f"akonet://registration/continue?token={token}")
    wait_until(loop, lambda: idle(wizard) and wizard.flow.link_error is not None)
    assert wizard.flow.step == Step.CHECK_INBOX
    assert wizard.ui.linkError.isVisible() and wizard.ui.linkError.text() == "⚠ " + link_message("link_used")
    assert not wizard.ui.primaryButton.isEnabled()

    wizard.ui.linkEdit.clear()
    qtbot.keyClicks(wizard.ui.linkEdit, "A" * 43)
    qtbot.mouseClick(wizard.ui.primaryButton, LEFT)
    wait_until(loop, lambda: idle(wizard) and wizard.flow.link_error == "link_unknown")
    assert wizard.ui.linkError.text() == "⚠ " + link_message("link_unknown")


def test_a_server_422_lands_on_its_field(qtbot, loop, ctx, open_wizard, server):
    wizard = _account_page(qtbot, loop, ctx, open_wizard, server, STRONG_PASSWORD)
    assert wizard.ui.primaryButton.isEnabled()
    server.ctx.policy = PasswordPolicy(min_length=20)  # tightened after the app fetched it
    try:
        qtbot.mouseClick(wizard.ui.primaryButton, LEFT)
        wait_until(loop, lambda: idle(wizard) and wizard.flow.server_errors)
        assert wizard.flow.step == Step.ACCOUNT
        assert wizard.ui.passwordError.text() == "⚠ " + _rule("too_short", min=20)
        assert not wizard.ui.primaryButton.isEnabled()  # until the password is changed
        longer = STRONG_PASSWORD + "-Polar-Bear"
        for edit in (wizard.ui.passwordEdit, wizard.ui.passwordConfirmationEdit):
            edit.clear()
            qtbot.keyClicks(edit, longer)
        signed = []
        wizard.signed_in.connect(signed.append)
        qtbot.mouseClick(wizard.ui.primaryButton, LEFT)
        wait_until(loop, lambda: bool(signed), timeout=30)
    finally:
        server.ctx.policy = DEFAULT_POLICY


class Tamper(httpx.AsyncBaseTransport):
    """The real server, except for the calls a test answers itself."""

    def __init__(self, answer) -> None:
        self.inner = httpx.AsyncHTTPTransport()
        self.answer = answer
        self.calls: list[str] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.calls.append(f"{request.method} {request.url.path}")
        response = await self.answer(request)
        return response if response is not None else await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self.inner.aclose()


def test_a_422_for_an_earlier_page_goes_back_to_it(qtbot, loop, make_ctx, open_wizard, server):
    async def answer(request):
        if request.url.path.endswith("/complete"):
            return httpx.Response(
                422,
                json={
                    "code": "validation_error",
                    "message": "Invalid input.",
                    "errors": [{"field": "company", "code": "required", "message": "Complete the company step first."}],
                },
            )
        return None

    wizard = _account_page(qtbot, loop, make_ctx(Tamper(answer)), open_wizard, server, STRONG_PASSWORD)
    qtbot.mouseClick(wizard.ui.primaryButton, LEFT)
    wait_until(loop, lambda: idle(wizard) and wizard.flow.step == Step.COMPANY)
    assert wizard.ui.bannerFrame.isVisible()
    assert wizard.ui.bannerLabel.text() == "⚠ " + field_message("company", "required")
    assert not wizard.ui.retryButton.isVisible()
    assert wizard.ui.primaryButton.isEnabled()  # saving the company again is the fix


def test_a_network_failure_shows_a_banner_and_retry_runs_it_again(qtbot, loop, make_ctx, open_wizard, server):
    failures = [httpx.ConnectError("connection refused")]

    async def answer(request):
        if request.method == "POST" and failures:
            raise failures.pop()
        return None

    transport = Tamper(answer)
    wizard = _email_page(qtbot, loop, make_ctx(transport), open_wizard, server, *[new_email()] * 2)
    qtbot.mouseClick(wizard.ui.primaryButton, LEFT)
    wait_until(loop, lambda: idle(wizard) and wizard.flow.message_code == "network")
    assert wizard.flow.step == Step.EMAIL
    assert wizard.ui.bannerFrame.isVisible() and wizard.ui.retryButton.isVisible()
    assert wizard.ui.bannerLabel.text() == "⚠ " + failure_message(ServerUnreachable("x"))
    assert wizard.ui.primaryButton.isEnabled()
    qtbot.mouseClick(wizard.ui.retryButton, LEFT)
    wait_until(loop, lambda: idle(wizard) and wizard.flow.step == Step.CHECK_INBOX)
    assert not wizard.ui.bannerFrame.isVisible()
    assert transport.calls.count("POST /api/v1/registrations") == 2


def test_a_server_nobody_answers_on_is_reported_with_retry(qtbot, loop, make_ctx, open_wizard, server):
    wizard = _email_page(
        qtbot, loop, make_ctx(url=f"http://127.0.0.1:{free_port()}"), open_wizard, server, *[new_email()] * 2
    )
    qtbot.mouseClick(wizard.ui.primaryButton, LEFT)
    wait_until(loop, lambda: idle(wizard) and wizard.flow.message_code == "network")
    assert wizard.ui.bannerLabel.text() == "⚠ " + failure_message(ServerUnreachable("x"))
    assert wizard.ui.retryButton.isVisible()


def test_closing_while_a_request_is_pending_cancels_it(qtbot, loop, make_ctx, open_wizard, server, caplog):
    gate = asyncio.Event()
    started = []

    async def answer(request):
        if request.method == "POST":
            started.append(request)
            await gate.wait()  # never set: the server "hangs"
        return None

    wizard = _email_page(qtbot, loop, make_ctx(Tamper(answer)), open_wizard, server, *[new_email()] * 2)
    qtbot.mouseClick(wizard.ui.primaryButton, LEFT)
    wait_until(loop, lambda: bool(started))
    assert wizard.flow.busy and wizard.ui.busyBar.isVisible() and not wizard.ui.primaryButton.isEnabled()
    with caplog.at_level(logging.ERROR):
        wizard.close()
        wait_until(loop, lambda: wizard._tasks.pending == 0)
        run(loop, asyncio.sleep(0.05))
    assert not wizard.flow.busy and wizard.flow.step == Step.EMAIL
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert wizard.result() == QDialog.DialogCode.Rejected


# --- language -----------------------------------------------------------------------------------


def test_choosing_french_retranslates_the_open_wizard(qtbot, loop, ctx, open_wizard, server):
    wizard = open_wizard(ctx)
    ran = []
    original = wizard.ui.retranslateUi
    wizard.ui.retranslateUi = lambda widget: (ran.append(True), original(widget))
    choose(wizard.ui.languageCombo, "fr")
    wait_until(loop, lambda: bool(ran))
    assert ctx.translations.language == "fr" and wizard.flow.draft.language == "fr"
    assert wizard.ui.languageCombo.currentData() == "fr"
    if resource_path("translations", "akonet_fr.qm").exists():
        assert wizard.ui.primaryButton.text() == "Valider"
        assert wizard.ui.titleLabel.text() != "Step 1 of 3 — Your email"
    else:
        assert wizard.ui.primaryButton.text() == "Validate"
        assert wizard.ui.titleLabel.text() == "Step 1 of 3 — Your email"
