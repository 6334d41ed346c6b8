"""The devices' texts that depend on data: status names, relative times, counts, API refusals.

Every string is a literal self.tr(...) call on `DeviceTexts` (one context for the translators);
plural-aware ones pass the number (%n / %Ln) so each language gets its own plural forms.
"""

from __future__ import annotations

import math
import time

from PySide6.QtCore import QDateTime, QLocale, QObject

STATUSES = ("active", "inactive", "alarm")


def local_datetime(timestamp: float | None) -> QDateTime | None:
    if timestamp is None or math.isnan(timestamp):
        return None
    return QDateTime.fromMSecsSinceEpoch(int(timestamp * 1000)).toLocalTime()


class DeviceTexts(QObject):
    """Stateless; `texts()` gives the shared instance."""

    # --- status ---------------------------------------------------------------------------------
    def status_name(self, status: str) -> str:
        return {
            "active": self.tr("Active"),
            "inactive": self.tr("Inactive"),
            "alarm": self.tr("Alarm"),
        }.get(status, status)

    def status_explanation(self, status: str) -> str:
        return {
            "active": self.tr("Active: the device is in contact and reports no alarm."),
            "inactive": self.tr("Inactive: no contact with the device for a while."),
            "alarm": self.tr("Alarm: the device reports an alarm."),
        }.get(status, status)

    def any_status(self) -> str:
        return self.tr("All statuses")

    # --- times ----------------------------------------------------------------------------------
    def relative(self, timestamp: float | None, now: float | None = None) -> str:
        """ "3 minutes ago", "yesterday"…; a date past a week; "Never" when never seen."""
        moment = local_datetime(timestamp)
        if moment is None:
            return self.tr("Never")
        seconds = (time.time() if now is None else now) - timestamp
        if seconds < 60:
            return self.tr("Just now")
        minutes = int(seconds // 60)
        if minutes < 60:
            return self.tr("%n minute(s) ago", "", minutes)
        hours = minutes // 60
        if hours < 24:
            return self.tr("%n hour(s) ago", "", hours)
        days = hours // 24
        if days < 7:
            return self.tr("%n day(s) ago", "", days)
        return QLocale().toString(moment.date(), QLocale.FormatType.ShortFormat)

    def date(self, timestamp: float | None) -> str:
        moment = local_datetime(timestamp)
        return "" if moment is None else QLocale().toString(moment.date(), QLocale.FormatType.ShortFormat)

    def moment(self, timestamp: float | None, *, short: bool = False) -> str:
        """Date and time in the interface language: in full for tooltips, short for the details."""
        moment = local_datetime(timestamp)
        if moment is None:
            return self.tr("Never")
        form = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
        return QLocale().toString(moment, form)

    # --- counts ---------------------------------------------------------------------------------
    def counts(self, total: int, alarm: int, matching: int | None = None) -> str:
        """ "1,284 devices · 3 in alarm"; with a filter, "· 12 shown" too."""
        parts = [self.tr("%Ln device(s)", "", total)]
        if alarm:
            parts.append(self.tr("%Ln in alarm", "", alarm))
        if matching is not None:
            parts.append(self.tr("%Ln matching", "", matching))
        return " · ".join(parts)

    # --- refusals -------------------------------------------------------------------------------
    def activation_refused(self, code: str, retry_after: int | None = None) -> str | None:
        """The activation answers that need their own words; None for the common ones."""
        if code in ("device_not_found", "not_found"):
            return self.tr(
                "No device matches this serial number and activation code. Check both on the "
                "device's label; a device already activated by another company cannot be activated here."
            )
        if code == "rate_limited":
            minutes = max(1, math.ceil((retry_after or 3600) / 60))
            return self.tr("Too many wrong activation codes. Wait %n minute(s), then try again.", "", minutes)
        if code == "forbidden":
            return self.tr(
                "Your role does not allow activating devices. Ask an owner or administrator of your company."
            )
        if code == "device_already_active":
            return self.tr("This device is already in your company's list.")
        return None

    def update_refused(self, code: str) -> str | None:
        if code == "forbidden":
            return self.tr("Your role does not allow renaming devices. Ask an owner or administrator of your company.")
        if code in ("device_not_found", "not_found"):
            return self.tr("This device is no longer in your company's list.")
        return None

    def not_allowed(self) -> str:
        # Roles decide now, not only the kind: the person to ask is whoever manages roles.
        return self.tr("Your role does not allow this. An administrator of your company can change your role.")

    # --- offline checks -------------------------------------------------------------------------
    def field_problem(self, field: str, code: str, params=None) -> str:
        """A device form's field error (offline check or the server's 422), in words."""
        params = dict(params or {})
        if code == "required":
            return {
                "serial": self.tr("Enter the serial number printed on the label."),
                "activation_code": self.tr("Enter the activation code printed on the label."),
            }.get(field, self.tr("This field is required."))
        if code == "too_long":
            return self.tr("This is too long (at most %1 characters).").replace("%1", str(params.get("max", "")))
        if field == "serial":
            return self.tr("Enter the %1 letters and digits of the serial number, as printed on the label.").replace(
                "%1", str(params.get("length", 10))
            )
        if field == "activation_code":
            return self.tr("Enter the activation code as printed on the label, like %1.").replace(
                "%1", str(params.get("example", "7K3M-9QPX-2W4R"))
            )
        return self.tr("This contains characters that are not allowed.")


_TEXTS: DeviceTexts | None = None


def texts() -> DeviceTexts:
    global _TEXTS
    if _TEXTS is None:
        _TEXTS = DeviceTexts()
    return _TEXTS
