"""What every window shares: settings, translations, the API client, the keyring."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings

from akonet_desktop.gui.i18n import Translations
from akonet_desktop.rules.password import DEFAULT_POLICY, PasswordPolicy

if TYPE_CHECKING:  # loaded after the first window is painted
    from akonet_desktop.client.api_client import AkonetClient
    from akonet_desktop.client.credentials import CredentialStore


@dataclass
class AppContext:
    settings: QSettings
    translations: Translations
    credentials: CredentialStore
    client: AkonetClient | None = None  # None until the server URL is known
    maildir: Path | None = None  # set in embedded mode: the local Mailbox reads it
    policy: PasswordPolicy = field(default=DEFAULT_POLICY)  # replaced by the server's

    @property
    def language(self) -> str:
        return self.translations.language or "en"
