"""A moment the API sent (UTC) as the person reads it: local time, in the interface language."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDateTime, QLocale


def local_moment(moment: datetime, *, long: bool = False) -> str:
    if moment.tzinfo is None:  # the API sends UTC
        moment = moment.replace(tzinfo=UTC)
    local = QDateTime.fromMSecsSinceEpoch(int(moment.timestamp() * 1000)).toLocalTime()
    form = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    return QLocale().toString(local, form)
