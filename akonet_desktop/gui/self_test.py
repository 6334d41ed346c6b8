"""`akonet-desktop --self-test`: proves an installed bundle works, then exits 0 (1 on failure).

Loads what the bundle must carry (translations, forms, icon, keyring backends, mail texts,
migrations) and runs a registration against the built-in server through the same client the
app uses: step 1, the email read back from the local mailbox, steps 2 and 3, sign-in. Runs in
a fresh temporary data folder unless --data-dir is given, so it never touches real data.
"""

from __future__ import annotations

import asyncio
import importlib
import pkgutil
import secrets
import tempfile
import time
import traceback
from pathlib import Path

from PySide6.QtCore import QTranslator
from PySide6.QtGui import QIcon

from akonet_desktop.rules.roles import Kind

SHIPPED_CATALOGUES = ("fr", "en", "es", "de", "it", "pt")  # resources/translations/akonet_*.qm
EMAIL = "self-test@example.com"
PASSWORD = "Cold-Room-Ninja-73"
COMPANY = {
    "name": "Froid Self-Test SARL",
    "country": "FR",
    "id_type": "fr_siren",
    "id_number": "404 833 048",
    "phone": "+33 1 23 45 67 89",
}


def _check(label: str, ok: bool, detail: str = "") -> None:
    if not ok:
        raise AssertionError(f"{label}: {detail}" if detail else label)
    print(f"self-test: {label}: ok", flush=True)


def _check_company_ids() -> None:
    """Tax ids load their python-stdnum module by name: check one number of each kind."""
    from akonet_desktop.rules import check_company, id_types_for
    from akonet_desktop.rules.countries import COUNTRIES

    checked = 0
    for country in COUNTRIES:
        for id_type in id_types_for(country):
            errors = check_company("Froid SARL", country, id_type.code, id_type.example)
            if errors:
                raise AssertionError(f"{country} {id_type.code} {id_type.example}: {errors}")
            checked += 1
    _check(f"{checked} company id kinds", checked > 0)


def _check_locale_data() -> None:
    """Qt's ICU data (cut down on Linux by tools/reduce_icu_data.py) still sorts as readers expect."""
    from functools import cmp_to_key

    from PySide6.QtCore import QCollator, QLocale

    def ordered(language: str, words: list[str]) -> list[str]:
        return sorted(words, key=cmp_to_key(QCollator(QLocale(language)).compare))

    _check("collation es", ordered("es", ["oso", "ñu", "nube"]) == ["nube", "ñu", "oso"])
    _check(
        "collation fr",
        ordered("fr", ["Zambie", "Espagne", "Émirats", "Égypte"]) == ["Égypte", "Émirats", "Espagne", "Zambie"],
    )


def _check_desktop() -> None:
    from akonet_desktop.client.credentials import CredentialStore
    from akonet_desktop.gui import forms
    from akonet_desktop.resources import resource_path

    for language in SHIPPED_CATALOGUES:
        translator = QTranslator()
        _check(f"translation {language}", translator.load(f"akonet_{language}", str(resource_path("translations"))))
    names = [module.name for module in pkgutil.iter_modules(forms.__path__) if module.name.startswith("ui_")]
    for name in names:
        importlib.import_module(f"{forms.__name__}.{name}")
    _check(f"{len(names)} forms", bool(names), "no compiled form in the bundle")
    _check("icon", not QIcon(str(resource_path("icons", "akonet.png"))).isNull())
    _check_locale_data()
    store = CredentialStore()
    usable, reason = store.availability()
    if not usable:  # a machine without a keyring still runs the app, without Remember me
        print(f"self-test: keyring: not usable here ({reason})", flush=True)
        return
    # The backend's own dependencies (SecretService needs cryptography) load only when used.
    server, secret = "akonet-self-test://localhost", secrets.token_urlsafe(16)
    try:
        store.save(server, EMAIL, secret)
        _check("keyring round trip", store.load(server, EMAIL) == secret)
    finally:
        store.delete(server, EMAIL)


async def _register(url: str, maildir: Path) -> str:
    from akonet_desktop.api.models import CompanyData, RegistrationComplete
    from akonet_desktop.client.api_client import AkonetClient
    from akonet_desktop.client.deeplinks import extract_token
    from akonet_desktop.client.embedded import read_mailbox

    async with AkonetClient(url) as client:
        _check("server health", (await client.health()) is not None)
        policy = await client.password_policy()
        _check("password policy", policy is not None)
        await client.start_registration(EMAIL, EMAIL, "fr")
        deadline = time.monotonic() + 30
        while not (mails := list(read_mailbox(maildir)) if maildir.exists() else []):
            if time.monotonic() > deadline:
                raise AssertionError("no registration email reached the local mailbox")
            await asyncio.sleep(0.1)
        token = extract_token(mails[-1].get_body(("plain",)).get_content())
        _check("registration email", token is not None, "no link in the email")
        state = await client.get_registration(token)
        _check("registration link", state.email == EMAIL)
        await client.save_company(token, CompanyData(**COMPANY))
        signed_in = await client.complete_registration(
            token,
            RegistrationComplete(
                first_name="Self", last_name="Test", password=PASSWORD, password_confirmation=PASSWORD, language="fr"
            ),
        )
        _check("registration complete", signed_in.user.email == EMAIL)
        await client.logout()
        signed_in = await client.login(EMAIL, PASSWORD)
        _check("sign-in", signed_in.company.name == COMPANY["name"])
        return signed_in.user.role


def run_self_test(data_dir: Path | None) -> int:
    from akonet_desktop.client.embedded import EmbeddedServer

    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="akonet-self-test-") as scratch:
        server = EmbeddedServer(data_dir or Path(scratch))
        try:
            _check_desktop()
            _check_company_ids()
            url = server.start()
            _check("built-in server (migrations, mail worker)", bool(url))
            role = asyncio.run(_register(url, server.maildir))
            _check("owner role", role == Kind.OWNER, role)
        except Exception:  # noqa: BLE001 - a self-test reports every failure, then exits 1
            traceback.print_exc()
            print("self-test: FAILED", flush=True)
            return 1
        finally:
            server.stop()
    print(f"self-test: passed in {time.perf_counter() - started:.1f} s", flush=True)
    return 0
