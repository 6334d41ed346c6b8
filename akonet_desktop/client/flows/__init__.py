"""Plain-Python models of the registration wizard, sign-in form and recovery dialog (no Qt, no I/O)."""

from .form import Form
from .links import PASSWORD_RESET_LINK, REGISTRATION_LINK, extract_token
from .recovery import RecoveryDraft, RecoveryFlow, RecoveryStep
from .registration import RegistrationDraft, RegistrationFlow, Step
from .signin import SignInForm
from .wizard import FieldSpec, Wizard

__all__ = [
    "PASSWORD_RESET_LINK",
    "REGISTRATION_LINK",
    "FieldSpec",
    "Form",
    "RecoveryDraft",
    "RecoveryFlow",
    "RecoveryStep",
    "RegistrationDraft",
    "RegistrationFlow",
    "SignInForm",
    "Step",
    "Wizard",
    "extract_token",
]
