"""Which widget edits which field of RegistrationFlow, and the text shown under each field."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from akonet_desktop.client.flows.registration import FIELDS, Step
from akonet_desktop.gui.messages import field_message, link_message, password_rule

ERROR_PREFIX = "⚠ "  # the mark says "error" without relying on colour


@dataclass(frozen=True)
class Binding:
    field: str  # RegistrationDraft attribute
    editor: str  # widget name in Ui_RegistrationWizard
    error: str  # label under the editor
    page: Step


BINDINGS: tuple[Binding, ...] = (
    Binding("email", "emailEdit", "emailError", Step.EMAIL),
    Binding("email_confirmation", "emailConfirmationEdit", "emailConfirmationError", Step.EMAIL),
    Binding("language", "languageCombo", "languageError", Step.EMAIL),
    Binding("link_text", "linkEdit", "linkError", Step.CHECK_INBOX),
    Binding("company_name", "companyNameEdit", "companyNameError", Step.COMPANY),
    Binding("country", "countryCombo", "countryError", Step.COMPANY),
    Binding("id_type", "idTypeCombo", "idTypeError", Step.COMPANY),
    Binding("id_number", "idNumberEdit", "idNumberError", Step.COMPANY),
    Binding("phone", "phoneEdit", "phoneError", Step.COMPANY),
    Binding("first_name", "firstNameEdit", "firstNameError", Step.ACCOUNT),
    Binding("last_name", "lastNameEdit", "lastNameError", Step.ACCOUNT),
    Binding("password", "passwordEdit", "passwordError", Step.ACCOUNT),
    Binding("password_confirmation", "passwordConfirmationEdit", "passwordConfirmationError", Step.ACCOUNT),
    Binding("account_language", "accountLanguageCombo", "accountLanguageError", Step.ACCOUNT),
)

FIRST_EDITOR: dict[Step, str] = {
    Step.EMAIL: "emailEdit",
    Step.CHECK_INBOX: "linkEdit",
    Step.COMPANY: "companyNameEdit",
    Step.ACCOUNT: "firstNameEdit",
}

_API_NAME = {spec.name: spec.api for spec in FIELDS}


def api_name(field: str) -> str:
    """The name messages.py knows the field by (the API's)."""
    return _API_NAME.get(field, field)


def _tr(text: str) -> str:
    return QCoreApplication.translate("RegistrationWizard", text)


def error_text(
    field: str,
    codes: list[str],
    params: Callable[[str], Mapping[str, object]],
    link_error: str | None = None,
) -> str:
    """Lines under one field: each marked; unmet password rules gathered on one line."""
    api = api_name(field)
    lines: list[str] = []
    if field == "link_text" and link_error:
        lines.append(link_message(link_error))
    rules: list[str] = []
    for code in codes:
        rule = password_rule(code, params(code)) if api == "password" and code != "match" else ""
        if rule:
            rules.append(rule)
        else:
            lines.append(field_message(api, code, params(code)))
    if rules:
        lines.append(_tr("Password requirements not met: %1").replace("%1", " · ".join(rules)))
    return "\n".join(ERROR_PREFIX + line for line in dict.fromkeys(lines))
