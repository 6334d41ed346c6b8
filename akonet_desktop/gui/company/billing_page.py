"""« Facturation » (the owner only): the plan and price, the month so far, the statements of past
months, and the billing email and address, editable. No payment is processed."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QWidget

from akonet_desktop.api.company import BillingOut, BillingUpdate
from akonet_desktop.api.models import Me
from akonet_desktop.client.errors import ApiFailure
from akonet_desktop.gui.common import theme
from akonet_desktop.gui.common.fonts import title_font
from akonet_desktop.gui.common.messages import failure_message, field_message
from akonet_desktop.gui.common.request import WindowRequest, field_messages
from akonet_desktop.gui.common.request_page import RequestPage
from akonet_desktop.gui.common.task_dialog import style_title
from akonet_desktop.gui.company.statements_model import StatementsModel, money, month_name
from akonet_desktop.gui.forms.ui_billing_page import Ui_BillingPage
from akonet_desktop.rules import check_email
from akonet_desktop.rules.address import check_billing_address, clean_billing_address

FIELDS = ("billing_email", "billing_address")


class BillingPage(RequestPage):
    def __init__(self, client, me: Me, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.client = client
        self.me = me
        self.billing: BillingOut | None = None
        self._action = ""
        self._touched: set[str] = set()
        self._server_errors: dict[str, str] = {}
        self._filling = False  # the server's values going into the fields: not an edit
        self.ui = Ui_BillingPage()
        self.ui.setupUi(self)
        self.statements = StatementsModel(self)
        table = self.ui.statementsTable
        table.setModel(self.statements)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self._style()
        self.ui.billingEmailEdit.setMaxLength(254)
        self.ui.billingEmailEdit.textChanged.connect(lambda _t: self._edited("billing_email"))
        self.ui.billingAddressEdit.textChanged.connect(lambda: self._edited("billing_address"))
        self.ui.saveButton.clicked.connect(self.submit)
        self.ui.retryButton.clicked.connect(self._retry_clicked)
        self._render()

    # --- fields ---------------------------------------------------------------------------------
    def _error_labels(self) -> dict[str, QLabel]:
        return {"billing_email": self.ui.billingEmailError, "billing_address": self.ui.billingAddressError}

    def values(self) -> dict[str, str]:
        return {
            "billing_email": self.ui.billingEmailEdit.text().strip(),
            "billing_address": clean_billing_address(self.ui.billingAddressEdit.toPlainText()),
        }

    def changes(self) -> dict[str, str]:
        if self.billing is None:
            return {}
        return {field: value for field, value in self.values().items() if value != getattr(self.billing, field)}

    def offline_problems(self) -> dict[str, str]:
        values = self.values()
        errors = check_email(values["billing_email"], "billing_email") if values["billing_email"] else []
        errors += check_billing_address(self.ui.billingAddressEdit.toPlainText())
        problems: dict[str, str] = {}
        for error in errors:
            problems.setdefault(error.field, field_message(_message_field(error.field), error.code, error.params))
        return problems

    def _edited(self, field: str) -> None:
        if self._filling:
            return
        self._touched.add(field)
        self._server_errors.pop(field, None)
        if self._action == "save":
            self.show_failure(None)
        self._render()

    def _show_billing(self, billing: BillingOut) -> None:
        self.billing = billing
        self._filling = True
        try:
            self.ui.billingEmailEdit.setText(billing.billing_email)
            self.ui.billingAddressEdit.setPlainText(billing.billing_address)
        finally:
            self._filling = False
        self._touched.clear()
        self.statements.set_statements(billing.statements, billing.currency)

    # --- requests -------------------------------------------------------------------------------
    async def load(self) -> None:
        self._action = "load"
        await WindowRequest(self, self.client.get_billing).retry(self.load).success(self._loaded).run()

    def _loaded(self, billing: BillingOut) -> None:
        self.loaded = True
        self._show_billing(billing)
        self._render()

    def submit(self) -> None:
        if self.busy or self.billing is None:
            return
        self._touched.update(FIELDS)
        if self.offline_problems():
            self._render()
            return
        changes = self.changes()
        if changes:
            self._start(lambda: self.save(changes))

    async def save(self, changes: dict[str, str]) -> None:
        self._action = "save"
        self._server_errors = {}
        await (
            WindowRequest(self, lambda: self.client.update_billing(BillingUpdate(**changes)))
            .retry(lambda: self.save(changes))
            .success(self._loaded)
            .run()
        )

    def show_field_errors(self, failure: ApiFailure) -> bool:
        self._server_errors = field_messages(
            failure, FIELDS, lambda field, code, params: field_message(_message_field(field), code, params)
        )
        return bool(self._server_errors)

    # --- rendering ------------------------------------------------------------------------------
    def field_error(self, field: str) -> str:
        return self._error_labels()[field].text()

    def banner_text(self) -> str:
        return "" if self._failure is None else failure_message(self._failure)

    def plan_text(self) -> str:
        billing = self.billing
        if billing is None:
            return ""
        return self.tr("Per device: %1 for each device and month it is active in.").replace(
            "%1", money(billing.price_per_device_month, billing.currency)
        )

    def period_text(self) -> str:
        billing = self.billing
        if billing is None:
            return ""
        period = billing.current_period
        return self.tr("%1 (so far, until the end of the month)").replace("%1", month_name(period.start))

    def _render(self) -> None:
        ui, billing = self.ui, self.billing
        problems = {f: m for f, m in self.offline_problems().items() if f in self._touched}
        for field, label in self._error_labels().items():
            message = self._server_errors.get(field) or problems.get(field)
            label.setText(message or "")
            label.setVisible(bool(message))
        banner = self.banner_text()
        ui.bannerLabel.setText(banner)
        ui.bannerFrame.setVisible(bool(banner))
        ui.retryButton.setVisible(self._retry is not None)
        ui.busyBar.setVisible(self.busy)
        ui.planValue.setText(self.plan_text())
        ui.periodValue.setText(self.period_text())
        ui.billedDevicesValue.setText(
            "" if billing is None else QLocale().toString(billing.current_period.billed_devices)
        )
        ui.amountValue.setText("" if billing is None else money(billing.current_period.amount, billing.currency))
        ui.billingEmailEdit.setReadOnly(self.busy or billing is None)
        ui.billingAddressEdit.setReadOnly(self.busy or billing is None)
        ui.saveButton.setEnabled(not self.busy and bool(self.changes()) and not problems)
        ui.saveButton.setText(self.tr("Saving…") if self.busy and self._action == "save" else self.tr("Save"))

    def _retranslate(self) -> None:
        self.statements.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 2)
        self._render()

    def _style(self) -> None:
        style_title(self.ui.titleLabel, 1.5)
        colours = theme.colours()
        theme.style_banner(self.ui.bannerFrame, self.ui.bannerLabel, colours)
        self.ui.noPaymentLabel.setStyleSheet(theme.text(colours.hint))
        for caption in (self.ui.statementsCaption, self.ui.detailsCaption):
            caption.setFont(title_font(caption.font(), 1.15))
        for label in self._error_labels().values():
            label.setStyleSheet(theme.text(colours.error))
        policy = self.ui.busyBar.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.ui.busyBar.setSizePolicy(policy)


def _message_field(field: str) -> str:
    # The shared messages word an address error for the field "email".
    return "email" if field == "billing_email" else field
