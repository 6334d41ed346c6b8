"""Which widget edits which field of RegistrationFlow, and the text shown under each field."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from akonet_desktop.client.flows.registration import FIELDS, RegistrationFlow, Step
from akonet_desktop.gui.common.messages import field_message, link_message, password_rule

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
        summary = QCoreApplication.translate("RegistrationWizard", "Password requirements not met: %1")
        lines.append(summary.replace("%1", " · ".join(rules)))
    return "\n".join(ERROR_PREFIX + line for line in dict.fromkeys(lines))


class FieldViews:
    """The editor and the error label of every bound field."""

    def __init__(self, ui: object) -> None:
        self.editors = {b.field: getattr(ui, b.editor) for b in BINDINGS}
        self.errors = {b.field: getattr(ui, b.error) for b in BINDINGS}
        self.server_params: dict[tuple[str, str], dict] = {}  # from the last 422, by API name

    def connect(self, edited: Callable[[str, str], None], chosen: Callable[[str, int], None]) -> None:
        for field, editor in self.editors.items():
            if isinstance(editor, QComboBox):
                editor.currentIndexChanged.connect(partial(chosen, field))
            else:
                editor.textEdited.connect(partial(edited, field))
                # Leaving a field counts as touching it: "required" shows once the user moved on.
                editor.editingFinished.connect(lambda field=field, editor=editor: edited(field, editor.text()))

    def show_text(self, field: str, value: str) -> None:
        """Put a value in a line edit without it counting as the user's edit."""
        if self.editors[field].text() != value:
            self.editors[field].setText(value)

    def render(self, flow: RegistrationFlow, step: Step) -> None:
        for binding in BINDINGS:
            editor, label = self.editors[binding.field], self.errors[binding.field]
            if isinstance(editor, QComboBox):
                editor.setEnabled(not flow.busy)
            else:
                editor.setReadOnly(flow.busy)
            if binding.page == step:
                text = error_text(
                    binding.field,
                    flow.field_errors(binding.field),
                    partial(self._params, flow, binding.field),
                    flow.link_error,
                )
                label.setText(text)
                label.setVisible(bool(text))
                editor.setAccessibleDescription(text)

    def first_invalid(self, flow: RegistrationFlow, step: Step) -> str:
        """The editor to focus on a page: the first with an error, else the first one."""
        return next((b.editor for b in BINDINGS if b.page == step and flow.field_errors(b.field)), FIRST_EDITOR[step])

    def _params(self, flow: RegistrationFlow, field: str, code: str) -> Mapping[str, object]:
        """Limits quoted in a message ("at least %1"): the server's when it said so, else the rules'."""
        server = self.server_params.get((api_name(field), code))
        if server:
            return server
        return next((dict(e.params) for e in flow.errors() if e.field == field and e.code == code), {})
