"""The translations (French, Spanish, German, Italian, Portuguese): complete, faithful to the
source's placeholders and accelerators, compiled into .qm files that Qt loads, and applied at once
to an open window."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QTranslator

from akonet_desktop.client.credentials import CredentialStore
from akonet_desktop.client.flows.registration import Step
from akonet_desktop.gui.common.i18n import Translations
from akonet_desktop.gui.context import AppContext
from akonet_desktop.gui.registration import texts
from akonet_desktop.gui.signin.login_window import LoginWindow
from akonet_desktop.resources import resource_path

TRANSLATIONS = resource_path("translations")
LANGS = ("fr", "es", "de", "it", "pt")
NBSP = "\u00a0"  # French typography: a non-breaking space before « ? ! : ; » and after «
SYMBOLS = "✓✗⚠…"
PLACEHOLDER = re.compile(r"%\d+")

FORGOT = {
    "fr": f"Vous avez oublié votre mot de passe{NBSP}?",
    "es": "¿Ha olvidado su contraseña?",
    "de": "Passwort vergessen?",
    "it": "Password dimenticata?",
    "pt": "Esqueceu-se da palavra-passe?",
}
SIGN_IN = {"fr": "Se connecter", "es": "Iniciar sesión", "de": "Anmelden", "it": "Accedi", "pt": "Iniciar sessão"}
NEW_REGISTRATION = {
    "fr": "Nouvel enregistrement",
    "es": "Nuevo registro",
    "de": "Neue Registrierung",
    "it": "Nuova registrazione",
    "pt": "Novo registo",
}
ACTIVATE_DEVICE = {
    "fr": "Activer dispositif",
    "es": "Activar dispositivo",
    "de": "Gerät aktivieren",
    "it": "Attiva dispositivo",
    "pt": "Ativar dispositivo",
}
DEVICES = {"fr": "Dispositifs", "es": "Dispositivos", "de": "Geräte", "it": "Dispositivi", "pt": "Dispositivos"}
QUIT = {"fr": "&Quitter", "es": "&Salir", "de": "&Beenden", "it": "&Esci", "pt": "&Sair"}
ATTEMPTS_LEFT_3 = {
    "fr": "Adresse électronique ou mot de passe incorrect. Il vous reste 3 tentatives.",
    "es": "Correo electrónico o contraseña incorrectos. Le quedan 3 intentos.",
    "de": "Falsche E-Mail-Adresse oder falsches Passwort. Noch 3 Versuche.",
    "it": "Email o password errati. Restano 3 tentativi.",
    "pt": "E-mail ou palavra-passe incorretos. Restam 3 tentativas.",
}
# The wizard's buttons: the French step-3 "Sign in" quotes the user guide, in English.
WIZARD_PRIMARY = {
    "fr": ("Valider", "Suivant", "Sign in"),
    "es": ("Validar", "Siguiente", "Iniciar sesión"),
    "de": ("Bestätigen", "Weiter", "Anmelden"),
    "it": ("Convalida", "Avanti", "Accedi"),
    "pt": ("Validar", "Seguinte", "Iniciar sessão"),
}


def _ts(lang: str) -> Path:
    return TRANSLATIONS / f"akonet_{lang}.ts"


def _messages(lang: str) -> list[tuple[str, str, ET.Element]]:
    """(context, source, <translation>) for every message of the .ts file."""
    root = ET.parse(_ts(lang)).getroot()
    return [
        (context.findtext("name"), message.findtext("source"), message.find("translation"))
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def _forms(translation: ET.Element | None) -> list[str]:
    """The translated texts: each <numerusform> of a plural-aware (numerus) message, else the text."""
    if translation is None:
        return [""]
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


def _lrelease() -> str:
    exe = Path(sys.executable).with_name("pyside6-lrelease")
    return str(exe) if exe.exists() else (shutil.which("pyside6-lrelease") or pytest.skip("pyside6-lrelease not found"))


def _compile(ts: Path, qm: Path) -> Path:
    subprocess.run([_lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True, capture_output=True)
    assert qm.is_file(), qm
    return qm


def _fresh(qm: Path, ts: Path) -> bool:
    return qm.is_file() and qm.stat().st_mtime >= ts.stat().st_mtime


def _accelerators(text: str) -> int:
    return len(re.findall(r"&(?!&)", text.replace("&&", "")))


@pytest.fixture(scope="session")
def compiled_in_place() -> None:
    """Translations.set_language loads resources/translations/akonet_<lang>.qm (built by `make`):
    build it here when it is missing or older than its .ts."""
    for lang in LANGS:
        qm = TRANSLATIONS / f"akonet_{lang}.qm"
        if not _fresh(qm, _ts(lang)):
            _compile(_ts(lang), qm)


# --- the .ts files --------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_ts_declares_its_language_and_has_the_english_sources(lang):
    root = ET.parse(_ts(lang)).getroot()
    assert root.tag == "TS" and root.get("language") == lang
    english = [(c, s) for c, s, _ in _messages("en")] if _ts("en").is_file() else None
    ours = [(c, s) for c, s, _ in _messages(lang)]
    assert len(ours) > 100
    if english is not None:
        assert ours == english


@pytest.mark.parametrize("lang", LANGS)
def test_every_message_is_translated_and_finished(lang):
    problems = [
        (context, source)
        for context, source, translation in _messages(lang)
        if translation is None
        or not all(text.strip() for text in _forms(translation))
        or translation.get("type") in ("unfinished", "vanished", "obsolete")
    ]
    assert problems == []


@pytest.mark.parametrize("lang", LANGS)
def test_translations_keep_placeholders_accelerators_and_symbols(lang):
    problems = []
    for context, source, text in ((c, s, text) for c, s, t in _messages(lang) for text in _forms(t)):
        where = f"{context}: {source!r} -> {text!r}"
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            problems.append(f"placeholders differ in {where}")
        if _accelerators(source) != _accelerators(text):
            problems.append(f"accelerator count differs in {where}")
        if source.count("\n") != text.count("\n"):
            problems.append(f"line breaks differ in {where}")
        for symbol in SYMBOLS:
            if source.startswith(symbol) != text.startswith(symbol):
                problems.append(f"leading {symbol} differs in {where}")
            if source.endswith(symbol) != text.endswith(symbol):
                problems.append(f"trailing {symbol} differs in {where}")
        if ("«" in source and "«" not in text) or source.count("<b>") != text.count("<b>"):
            problems.append(f"quotes or markup lost in {where}")
        if text != text.strip():
            problems.append(f"stray spaces in {where}")
    assert problems == []


def test_french_follows_the_user_guide():
    fr = {(context, source): translation.text for context, source, translation in _messages("fr")}
    assert fr["LoginWindow", "Forgot your password?"] == FORGOT["fr"]
    assert fr["LoginWindow", "New registration"] == "Nouvel enregistrement"
    assert fr["LoginWindow", "Sign in"] == "Se connecter"
    assert fr["RegistrationWizard", "Validate"] == "Valider"
    assert fr["RegistrationWizard", "Next"] == "Suivant"
    assert fr["RegistrationWizard", "Sign in"] == "Sign in"  # the guide's step-3 button, kept in English
    assert fr["MainWindow", "Activate device"] == "Activer dispositif"
    assert fr["MainWindow", "Devices"] == "Dispositifs"
    assert fr["MainWindow", "Owner"] == "Propriétaire"
    assert fr["RegistrationWizard", "Confirm the email address"] == "Confirmation de l’adresse électronique"
    assert fr["RegistrationWizard", "Company name"] == "Nom de l’entreprise"
    assert fr["RegistrationWizard", "Contact phone number"] == "Numéro de téléphone de contact"
    assert fr["RegistrationWizard", "Confirm the password"] == "Confirmer le mot de passe"
    assert (
        f"«{NBSP}{FORGOT['fr']}{NBSP}»"
        in fr["Messages", "This email address already has an account. Sign in, or use « Forgot your password? »."]
    )


# --- the compiled .qm files -------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_compiled_qm_gives_the_translations(lang, qapp, tmp_path):
    qm = TRANSLATIONS / f"akonet_{lang}.qm"
    if not _fresh(qm, _ts(lang)):  # not built by `make` (or stale): build a copy here
        qm = _compile(_ts(lang), tmp_path / f"akonet_{lang}.qm")
    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.translate("LoginWindow", "Forgot your password?") == FORGOT[lang]
    assert qapp.installTranslator(translator)
    try:
        translate = QCoreApplication.translate
        assert translate("LoginWindow", "Forgot your password?") == FORGOT[lang]
        assert translate("RecoveryDialog", "Forgot your password?") == FORGOT[lang]
        assert translate("LoginWindow", "Sign in") == SIGN_IN[lang]
        assert translate("LoginWindow", "New registration") == NEW_REGISTRATION[lang]
        assert translate("MainWindow", "Activate device") == ACTIVATE_DEVICE[lang]
        assert translate("MainWindow", "Devices") == DEVICES[lang]
        assert translate("MainWindow", "&Quit") == QUIT[lang]
        assert (
            translate("Messages", "Wrong email or password. %1 attempts left.").replace("%1", "3")
            == ATTEMPTS_LEFT_3[lang]
        )
        # the wizard's texts come from the same catalogue
        assert (texts.primary(Step.EMAIL), texts.primary(Step.COMPANY), texts.primary(Step.ACCOUNT)) == WIZARD_PRIMARY[
            lang
        ]
        if lang in ("fr", "es"):
            assert (
                texts.header(Step.COMPANY)
                == {"fr": "Étape 2 sur 3 — Votre entreprise", "es": "Paso 2 de 3 — Su empresa"}[lang]
            )
    finally:
        qapp.removeTranslator(translator)
    assert QCoreApplication.translate("LoginWindow", "Forgot your password?") == "Forgot your password?"


# --- switching language re-translates an open window ----------------------------------------------


@pytest.fixture
def login_window(qtbot, tmp_path, memory_keyring, compiled_in_place):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    ctx = AppContext(
        settings=settings, translations=Translations(settings), credentials=CredentialStore(memory_keyring), client=None
    )
    window = LoginWindow(ctx)  # start() is not called: no client is needed
    qtbot.addWidget(window)
    window.show()
    yield window
    ctx.translations.set_language("en", remember=False)  # translators are app-wide


def test_language_switch_retranslates_the_open_sign_in_window(login_window, qapp):
    window, translations = login_window, login_window.ctx.translations
    ui = window.ui
    english = (ui.forgotButton.text(), ui.signInButton.text(), ui.registerButton.text(), window.windowTitle())
    assert english == ("Forgot your password?", "Sign in", "New registration", "AKONet Desktop — Sign in")

    translations.set_language("fr")
    qapp.processEvents()
    assert translations.language == "fr"
    assert ui.forgotButton.text() == FORGOT["fr"]
    assert ui.signInButton.text() == "Se connecter"
    assert ui.registerButton.text() == "Nouvel enregistrement"
    assert window.windowTitle() == "AKONet Desktop — Connexion"
    assert ui.rememberCheck.toolTip() == "Vérification du trousseau système…"  # set in code, not the .ui
    assert ui.lockedLabel.text().startswith("Ce compte a été bloqué après 6 tentatives")
    assert window.ctx.settings.value("ui/language") == "fr"

    translations.set_language("es")
    qapp.processEvents()
    assert ui.forgotButton.text() == FORGOT["es"]
    assert ui.signInButton.text() == "Iniciar sesión"
    assert ui.registerButton.text() == "Nuevo registro"
    assert window.windowTitle() == "AKONet Desktop — Inicio de sesión"
    assert ui.rememberCheck.toolTip() == "Comprobando el llavero del sistema…"

    translations.set_language("en")
    qapp.processEvents()
    assert (ui.forgotButton.text(), ui.signInButton.text(), ui.registerButton.text(), window.windowTitle()) == english
    assert ui.rememberCheck.toolTip() == "Checking the system keyring…"


def test_every_language_offered_has_a_complete_catalogue():
    """The language selector offers no language the interface would not actually speak."""
    from akonet_desktop.gui.common.i18n import UI_LANGUAGES
    from akonet_desktop.gui.self_test import SHIPPED_CATALOGUES

    assert set(UI_LANGUAGES) == set(LANGS) | {"en"} == set(SHIPPED_CATALOGUES)
    assert all(_ts(lang).is_file() for lang in UI_LANGUAGES)


@pytest.mark.parametrize(
    "language,region,expected",
    [
        ("en", "es_ES", "en_ES"),  # English words, Spanish dates: 25/11/2026
        ("en", "en_US", "en_US"),
        ("pt", "pt_PT", "pt_PT"),  # not Qt's default pt_BR
        ("pt", "es_ES", "pt_BR"),  # no such pair: the language's own default
        ("de", "C", "de_DE"),
    ],
)
def test_dates_follow_the_computer_region_in_the_interface_language(language, region, expected):
    from PySide6.QtCore import QLocale

    from akonet_desktop.gui.common.i18n import ui_locale

    assert ui_locale(language, QLocale(region)).name() == expected
