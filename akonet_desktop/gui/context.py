"""What every window shares: settings, translations, the API client, the keyring."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings

from akonet_desktop.api import defaults
from akonet_desktop.gui.common.i18n import Translations

if TYPE_CHECKING:  # loaded after the first window is painted
    from akonet_desktop.api.models import PublicSettings
    from akonet_desktop.client.api_client import AkonetClient
    from akonet_desktop.client.credentials import CredentialStore
    from akonet_desktop.rules.password import PasswordPolicy


@dataclass
class AppContext:
    settings: QSettings
    translations: Translations
    credentials: CredentialStore
    client: AkonetClient | None = None  # None until the server URL is known
    maildir: Path | None = None  # set in embedded mode: the local Mailbox reads it
    embedded_url: str | None = None  # set in embedded mode: the built-in server, whose mails link to it
    server_policy: PasswordPolicy | None = None  # the server's, once fetched
    server_settings: PublicSettings | None = None  # GET /settings, once fetched (None too from an older server)

    @property
    def policy(self) -> PasswordPolicy:
        """The server's password policy, or the built-in one until it has answered."""
        if self.server_policy is not None:
            return self.server_policy
        from akonet_desktop.rules.password import DEFAULT_POLICY  # not needed for the first paint

        return DEFAULT_POLICY

    @property
    def language(self) -> str:
        return self.translations.language or "en"

    # The server's numbers for the texts that quote them. Until it has answered (the sign-in is
    # not ready before, but a dialog may be open), and from a server older than GET /settings,
    # the defaults every server starts with: declared once, in api/defaults.py, which the server's
    # settings read too, rather than copies that could drift from them.
    @property
    def lockout_threshold(self) -> int:
        settings = self.server_settings
        return defaults.LOCKOUT_THRESHOLD if settings is None else settings.lockout_threshold

    @property
    def reset_link_minutes(self) -> int:
        settings = self.server_settings
        return defaults.RESET_LINK_MINUTES if settings is None else settings.reset_link_minutes
