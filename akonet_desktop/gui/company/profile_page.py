"""« Entreprise »: the company profile. Every member sees it; the owner edits it and saves, for
everyone else it is read-only with a line saying only the owner can change it (rules/roles.py).
The owner also finds here the transfer of the ownership to an administrator (transfer_dialog.py)
and the switch that requires two-step verification of the administrators and themself, which they
can turn on once their own is on (the server's rule)."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QSignalBlocker, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from akonet_desktop.api.company import CompanyUpdate
from akonet_desktop.api.models import CompanyOut, Me, Reference
from akonet_desktop.client.errors import ApiFailure
from akonet_desktop.gui.common import theme
from akonet_desktop.gui.common.messages import failure_message, field_message
from akonet_desktop.gui.common.request import WindowRequest, field_messages
from akonet_desktop.gui.common.request_page import RequestPage
from akonet_desktop.gui.common.task_dialog import style_title
from akonet_desktop.gui.company.transfer_dialog import TransferOwnershipDialog
from akonet_desktop.gui.forms.ui_company_page import Ui_CompanyPage
from akonet_desktop.gui.registration import choices
from akonet_desktop.gui.registration import texts as registration_texts
from akonet_desktop.rules import validate_company_form
from akonet_desktop.rules.address import MAX_ADDRESS_LINE, MAX_CITY, MAX_POSTAL_CODE, check_postal_address
from akonet_desktop.rules.roles import Kind, Privilege, can

TEXT_FIELDS = ("name", "id_number", "phone", "address_line", "postal_code", "city")
FIELDS = ("name", "country", "id_type", *TEXT_FIELDS[1:])


def ui_language() -> str:
    """The interface language (Translations sets the default locale with it)."""
    return QLocale().name().split("_", 1)[0] or "en"


class CompanyPage(RequestPage):
    company_saved = Signal(object)  # the CompanyOut as saved: the window's header shows its name
    ownership_transferred = Signal(object)  # OwnershipTransferred: the window rebuilds for the new kind

    def __init__(self, client, me: Me, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.client = client
        self.me = me
        self.company: CompanyOut = me.company
        self.reference: Reference | None = None
        self._action = ""  # "load" or "save": the request last made
        self._touched: set[str] = set()  # fields edited since the last load or save: checked as typed
        self._server_errors: dict[str, str] = {}
        self.transfer_dialog: TransferOwnershipDialog | None = None  # while open
        self.ui = Ui_CompanyPage()
        self.ui.setupUi(self)
        self._style()
        for edit, maximum in ((self.ui.addressLineEdit, MAX_ADDRESS_LINE), (self.ui.cityEdit, MAX_CITY)):
            edit.setMaxLength(maximum)
        self.ui.postalCodeEdit.setMaxLength(MAX_POSTAL_CODE)
        for field, edit in self._line_edits().items():
            edit.textChanged.connect(lambda _text, f=field: self._edited(f))
        self.ui.countryCombo.currentIndexChanged.connect(lambda _i: self._country_changed())
        self.ui.idTypeCombo.currentIndexChanged.connect(lambda _i: self._edited("id_type"))
        self.ui.saveButton.clicked.connect(self.submit)
        self.ui.retryButton.clicked.connect(self._retry_clicked)
        self.ui.transferButton.clicked.connect(self.open_transfer)
        self.ui.requireTotpCheck.clicked.connect(self._require_totp_clicked)
        self._show_company(self.company)
        self._render()

    @property
    def can_edit(self) -> bool:
        return can(self.me.user.role, Privilege.EDIT_COMPANY_PROFILE)

    @property
    def can_require_totp(self) -> bool:
        """The owner sets the policy; turning it on needs their own two-step verification first."""
        return self.me.user.role == Kind.OWNER and (self.me.user.totp_enabled or self.company.require_totp_for_admins)

    def person_changed(self, me: Me) -> None:
        """My account turned the person's two-step verification on or off."""
        self.me = me
        self._render()

    @property
    def can_transfer(self) -> bool:
        return self.me.user.role == Kind.OWNER  # the server's rule: only the owner hands the company over

    # --- ownership ------------------------------------------------------------------------------
    def open_transfer(self) -> TransferOwnershipDialog | None:
        if not self.can_transfer:
            return None
        if self.transfer_dialog is not None:
            self.transfer_dialog.raise_()
            self.transfer_dialog.activateWindow()
            return self.transfer_dialog
        dialog = TransferOwnershipDialog(self.client, self.company.name, self)
        dialog.transferred.connect(self.ownership_transferred)
        dialog.finished.connect(lambda _result: self._transfer_closed(dialog))
        self.transfer_dialog = dialog
        dialog.open()
        dialog.start()
        return dialog

    def _transfer_closed(self, dialog: TransferOwnershipDialog) -> None:
        if self.transfer_dialog is dialog:
            self.transfer_dialog = None
        dialog.deleteLater()

    def shutdown(self) -> None:
        super().shutdown()
        if self.transfer_dialog is not None:
            self.transfer_dialog.close()  # it cancels its own request

    # --- fields ---------------------------------------------------------------------------------
    def _line_edits(self) -> dict[str, QLineEdit]:
        ui = self.ui
        return {
            "name": ui.nameEdit,
            "id_number": ui.idNumberEdit,
            "phone": ui.phoneEdit,
            "address_line": ui.addressLineEdit,
            "postal_code": ui.postalCodeEdit,
            "city": ui.cityEdit,
        }

    def _combos(self) -> dict[str, QComboBox]:
        return {"country": self.ui.countryCombo, "id_type": self.ui.idTypeCombo}

    def _error_labels(self) -> dict[str, QLabel]:
        ui = self.ui
        return {
            "name": ui.nameError,
            "country": ui.countryError,
            "id_type": ui.idTypeError,
            "id_number": ui.idNumberError,
            "phone": ui.phoneError,
            "address_line": ui.addressLineError,
            "postal_code": ui.postalCodeError,
            "city": ui.cityError,
        }

    def values(self) -> dict[str, str]:
        values = {field: edit.text().strip() for field, edit in self._line_edits().items()}
        for field, combo in self._combos().items():
            values[field] = combo.currentData() or ""
        return values

    def changes(self) -> dict[str, str]:
        return {field: value for field, value in self.values().items() if value != getattr(self.company, field)}

    def offline_problems(self) -> dict[str, str]:
        v = self.values()
        errors = [
            *validate_company_form(v["name"], v["country"], v["id_type"], v["id_number"], v["phone"]),
            *check_postal_address(v["address_line"], v["postal_code"], v["city"]),
        ]
        problems: dict[str, str] = {}
        for error in errors:
            problems.setdefault(error.field, field_message(error.field, error.code, error.params))
        return problems

    def _show_company(self, company: CompanyOut) -> None:
        """The saved values in the fields, without it counting as an edit."""
        for field, edit in self._line_edits().items():
            with QSignalBlocker(edit):
                edit.setText(getattr(company, field))
        self._fill_countries(company.country)
        self._fill_id_types(company.id_type)
        with QSignalBlocker(self.ui.requireTotpCheck):
            self.ui.requireTotpCheck.setChecked(company.require_totp_for_admins)
        self._touched.clear()

    def _fill_countries(self, selected: str) -> None:
        countries = self.reference.countries if self.reference else []
        if not countries:  # before the reference arrives: the company's own country, as a code
            with QSignalBlocker(self.ui.countryCombo):
                self.ui.countryCombo.clear()
                self.ui.countryCombo.addItem(selected, selected)
            return
        placeholder = registration_texts.country_placeholder()
        choices.fill_countries(self.ui.countryCombo, placeholder, countries, ui_language(), selected)

    def _fill_id_types(self, selected: str) -> None:
        country = self.ui.countryCombo.currentData() or ""
        types = [t for t in self.reference.id_types if t.country == country] if self.reference else []
        if not types:
            with QSignalBlocker(self.ui.idTypeCombo):
                self.ui.idTypeCombo.clear()
                self.ui.idTypeCombo.addItem(selected, selected)
            return
        if selected not in {t.code for t in types}:
            selected = types[0].code  # the national number most companies have
        choices.fill_id_types(self.ui.idTypeCombo, registration_texts.id_type_placeholder(), types, selected)

    def _country_changed(self) -> None:
        self._fill_id_types(self.ui.idTypeCombo.currentData() or "")
        self._touched.update(("id_type", "id_number", "phone"))  # checked against the new country
        self._edited("country")

    def _edited(self, field: str) -> None:
        self._touched.add(field)
        self._server_errors.pop(field, None)
        if self._action == "save":
            self.show_failure(None)
        self._render()

    # --- requests -------------------------------------------------------------------------------
    async def load(self) -> None:
        self._action = "load"
        await WindowRequest(self, self._fetch).retry(self.load).success(self._loaded).run()

    async def _fetch(self) -> tuple[CompanyOut, Reference]:
        company = await self.client.get_company()
        return company, await self.client.reference(ui_language())

    def _loaded(self, result: tuple[CompanyOut, Reference]) -> None:
        self.company, self.reference = result
        self.loaded = True
        self._show_company(self.company)
        self._render()

    def submit(self) -> None:
        if self.busy or not self.can_edit:
            return
        self._touched.update(FIELDS)
        if self.offline_problems():
            self._render()
            return
        changes = self.changes()
        if changes:
            self._start(lambda: self.save(changes))
        else:
            self._render()

    def _require_totp_clicked(self, checked: bool) -> None:
        if self.busy or not self.can_require_totp:
            with QSignalBlocker(self.ui.requireTotpCheck):
                self.ui.requireTotpCheck.setChecked(self.company.require_totp_for_admins)
            return
        self._start(lambda: self.save({"require_totp_for_admins": checked}))

    async def save(self, changes: dict[str, object]) -> None:
        self._action = "save"
        self._server_errors = {}
        await (
            WindowRequest(self, lambda: self.client.update_company(CompanyUpdate(**changes)))
            .retry(lambda: self.save(changes))
            .success(self._policy_saved if set(changes) == {"require_totp_for_admins"} else self._saved)
            .run()
        )

    def _saved(self, company: CompanyOut) -> None:
        self.company = company
        self._show_company(company)  # as the server normalised it (phone in E.164, say)
        self._render()
        self.company_saved.emit(company)

    def _policy_saved(self, company: CompanyOut) -> None:
        """The switch alone: profile edits not saved yet stay in their fields."""
        self.company = company
        with QSignalBlocker(self.ui.requireTotpCheck):
            self.ui.requireTotpCheck.setChecked(company.require_totp_for_admins)
        self._render()
        self.company_saved.emit(company)

    def show_field_errors(self, failure: ApiFailure) -> bool:
        self._server_errors = field_messages(failure, FIELDS, field_message)
        if any(error.field == "require_totp_for_admins" for error in failure.errors):
            with QSignalBlocker(self.ui.requireTotpCheck):  # as it still is on the server
                self.ui.requireTotpCheck.setChecked(self.company.require_totp_for_admins)
            self._server_errors["require_totp_for_admins"] = self.tr(
                "Turn on two-step verification for yourself first (My account), then require it."
            )
        return bool(self._server_errors)

    # --- rendering ------------------------------------------------------------------------------
    def banner_text(self) -> str:
        failure = self._failure
        if failure is None:
            return ""
        if isinstance(failure, ApiFailure) and failure.code == "owner_only":
            return self.tr("Only the company's owner can change its profile.")
        return failure_message(failure)

    def field_error(self, field: str) -> str:
        return self._error_labels()[field].text()

    def _render(self) -> None:
        ui, editable = self.ui, self.can_edit
        problems = {f: m for f, m in self.offline_problems().items() if f in self._touched} if editable else {}
        for field, label in self._error_labels().items():
            message = self._server_errors.get(field) or problems.get(field)
            label.setText(message or "")
            label.setVisible(bool(message))
        banner = self.banner_text()
        ui.bannerLabel.setText(banner)
        ui.bannerFrame.setVisible(bool(banner))
        ui.retryButton.setVisible(self._retry is not None)
        ui.busyBar.setVisible(self.busy)
        for edit in self._line_edits().values():
            edit.setReadOnly(self.busy or not editable)
        for combo in self._combos().values():
            combo.setEnabled(editable and not self.busy and self.reference is not None)
        ui.readOnlyLabel.setVisible(not editable)
        ui.ownershipFrame.setVisible(self.can_transfer)
        ui.securityFrame.setVisible(self.me.user.role == Kind.OWNER)
        ui.requireTotpCheck.setEnabled(self.can_require_totp and not self.busy)
        ui.requireTotpCheck.setToolTip(
            ""
            if self.can_require_totp
            else self.tr(
                "Turn on two-step verification for yourself first, on the « My account » page: the owner "
                "is one of the people the rule applies to."
            )
        )
        totp_error = self._server_errors.get("require_totp_for_admins", "")
        ui.requireTotpText.setText(totp_error or self._require_totp_text())
        ui.requireTotpText.setStyleSheet(theme.text(theme.colours().error if totp_error else theme.colours().hint))
        ui.saveButton.setVisible(editable)
        ui.saveButton.setEnabled(editable and not self.busy and bool(self.changes()) and not problems)
        ui.saveButton.setText(self.tr("Saving…") if self.busy and self._action == "save" else self.tr("Save"))

    def _require_totp_text(self) -> str:
        return self.tr(
            "You and every administrator then sign in with a code from an authenticator app after the password. "
            "An administrator who has not set it up yet can only set it up at the next sign-in."
        )

    def _retranslate(self) -> None:
        if self.reference is not None and not self.busy:  # country and id type names in the new language
            self._start(self._reload_reference)
        self._render()

    async def _reload_reference(self) -> None:
        self._action = "load"
        await WindowRequest(self, lambda: self.client.reference(ui_language())).success(self._new_reference).run()

    def _new_reference(self, reference: Reference) -> None:
        self.reference = reference
        country, id_type = self.ui.countryCombo.currentData() or "", self.ui.idTypeCombo.currentData() or ""
        self._fill_countries(country)
        self._fill_id_types(id_type)
        self._render()

    def _style(self) -> None:
        style_title(self.ui.titleLabel, 1.5)
        colours = theme.colours()
        theme.style_banner(self.ui.bannerFrame, self.ui.bannerLabel, colours)
        self.ui.readOnlyLabel.setStyleSheet(theme.text(colours.hint))
        self.ui.ownershipText.setStyleSheet(theme.text(colours.hint))
        style_title(self.ui.ownershipTitle, 1.15)
        style_title(self.ui.securityTitle, 1.15)
        for label in self._error_labels().values():
            label.setStyleSheet(theme.text(colours.error))
        policy = self.ui.busyBar.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.ui.busyBar.setSizePolicy(policy)
