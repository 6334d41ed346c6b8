"""`inventory import FILE.csv`: all rows or none, every bad row reported with its line number.

Columns: serial, model, firmware, and optionally activation_code and preactivate_for. An empty
serial or activation code is generated; an empty firmware is the default one.
"""

from __future__ import annotations

import csv
from datetime import datetime
from pathlib import Path

from sqlalchemy.orm import Session

from akonet_desktop.rules import check_email, mail_address
from akonet_desktop.rules.device import normalize_serial
from akonet_desktop.server.inventory.labels import (
    InventoryError,
    Label,
    check_label_fields,
    describe,
    device_row,
    existing_serials,
    insert_rows,
    new_label,
    preactivation_columns,
)

REQUIRED_COLUMNS = ("serial", "model", "firmware")
OPTIONAL_COLUMNS = ("activation_code", "preactivate_for")


def _read(path: Path) -> list[tuple[int, dict[str, str]]]:
    try:
        # utf-8-sig: spreadsheets save a byte-order mark that would stick to "serial".
        with path.open(newline="", encoding="utf-8-sig") as stream:
            reader = csv.DictReader(stream, restval="")
            header = [name.strip() for name in reader.fieldnames or ()]
            _check_header(header)
            reader.fieldnames = header
            rows = []
            for row in reader:
                if None in row:
                    raise InventoryError([f"line {reader.line_num}: more values than columns."])
                values = {k: (v or "").strip() for k, v in row.items()}
                if any(values.values()):
                    rows.append((reader.line_num, values))
            return rows
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise InventoryError([f"{path}: {exc}"]) from None


def _check_header(header: list[str]) -> None:
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    unknown = [c for c in header if c not in REQUIRED_COLUMNS + OPTIONAL_COLUMNS]
    problems = []
    if missing:
        problems.append(f"line 1: missing column(s): {', '.join(missing)}.")
    if unknown:
        allowed = ", ".join(REQUIRED_COLUMNS + OPTIONAL_COLUMNS)
        problems.append(f"line 1: unknown column(s): {', '.join(unknown)} (allowed: {allowed}).")
    if problems:
        raise InventoryError(problems)


def import_csv(session: Session, now: datetime, path: Path) -> list[Label]:
    rows = _read(path)
    if not rows:
        raise InventoryError([f"{path}: no devices in the file."])
    problems: list[str] = []
    seen: dict[str, int] = {}
    for line, row in rows:
        where = f"line {line}: "
        errors = check_label_fields(row["model"], row["serial"], row["firmware"], row.get("activation_code", ""))
        if row.get("preactivate_for"):
            errors += check_email(row["preactivate_for"], "preactivate_for")
        problems += describe(errors, where)
        serial = normalize_serial(row["serial"])
        if serial and serial in seen:
            problems.append(f"{where}serial: {serial} is already on line {seen[serial]}.")
        seen.setdefault(serial, line)
    given = [s for s in seen if s]
    problems += [
        f"serial: a device with serial {s} already exists (line {seen[s]})."
        for s in sorted(existing_serials(session, given), key=seen.get)
    ]
    if problems:
        raise InventoryError(problems)
    labels, device_rows = [], []
    targets: dict[str | None, dict] = {}  # one look-up per address, not per row
    for _line, row in rows:
        label = new_label(row["model"], row["serial"], row["firmware"], row.get("activation_code", ""))
        email = mail_address(row["preactivate_for"]) if row.get("preactivate_for") else None
        if email not in targets:
            targets[email] = preactivation_columns(session, email, now)
        labels.append(label)
        device_rows.append(device_row(label, now, **targets[email]))
    insert_rows(session, device_rows)
    return labels
