"""Plain-Python models of the registration wizard, sign-in form and recovery dialog (no Qt, no I/O).

Names load on first use (PEP 562), so the sign-in window does not pay for the wizard's imports.
"""

from __future__ import annotations

from akonet_desktop.lazy import lazy_exports

_SOURCES = {
    "FieldSpec": "wizard",
    "Form": "form",
    "INVITATION_LINK": "invitation",
    "InvitationDraft": "invitation",
    "InvitationFlow": "invitation",
    "InvitationStep": "invitation",
    # Re-exported for the GUI: the link kind each flow takes (api/links.py) and the parser (client/deeplinks.py).
    "PASSWORD_RESET_LINK": "recovery",
    "REGISTRATION_LINK": "registration",
    "RecoveryDraft": "recovery",
    "RecoveryFlow": "recovery",
    "RecoveryStep": "recovery",
    "RegistrationDraft": "registration",
    "RegistrationFlow": "registration",
    "SignInForm": "signin",
    "Step": "registration",
    "Wizard": "wizard",
    "extract_token": "wizard",
}
__all__ = sorted(_SOURCES)


__getattr__ = lazy_exports(__name__, _SOURCES)
