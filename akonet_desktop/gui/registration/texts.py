"""The wizard's texts that change with the page or the data (the .ui holds the fixed ones).

Every string is a literal translate("RegistrationWizard", ...) call: lupdate only extracts those,
never strings passed through a helper.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from akonet_desktop.client.flows.registration import Step
from akonet_desktop.gui.common.literal_text import escape_for_rich

translate = QCoreApplication.translate


def header(step: Step) -> str:
    number, title = {
        Step.EMAIL: (1, translate("RegistrationWizard", "Your email")),
        Step.CHECK_INBOX: (1, translate("RegistrationWizard", "Check your inbox")),
        Step.COMPANY: (2, translate("RegistrationWizard", "Your company")),
        Step.ACCOUNT: (3, translate("RegistrationWizard", "Your account")),
    }[step]
    return translate("RegistrationWizard", "Step %1 of 3 — %2").replace("%1", str(number)).replace("%2", title)


def primary(step: Step) -> str:
    """« Valider », then « Suivant » and « Sign in », as in the user guide."""
    return {
        Step.EMAIL: translate("RegistrationWizard", "Validate"),
        Step.CHECK_INBOX: translate("RegistrationWizard", "Continue"),
        Step.COMPANY: translate("RegistrationWizard", "Next"),
        Step.ACCOUNT: translate("RegistrationWizard", "Sign in"),
    }[step]


def inbox_intro(email: str) -> str:
    if not email:  # opened from a link: the address is not known yet
        return translate(
            "RegistrationWizard",
            "Open the link in the email we sent you to continue, or paste the link or the code here.",
        )
    return translate(
        "RegistrationWizard",
        "We sent an email to <b>%1</b>. Open the link it contains to continue, or paste the link or "
        "the code from the email here.",
    ).replace("%1", escape_for_rich(email))


def resent() -> str:
    return translate("RegistrationWizard", "Sent again. It may take a minute to arrive; check your spam folder too.")


def country_placeholder() -> str:
    return translate("RegistrationWizard", "Choose a country")


def id_type_placeholder() -> str:
    return translate("RegistrationWizard", "Choose an identification type")
