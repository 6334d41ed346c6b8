"""The inventory of manufactured devices: labels, bulk inserts, pre-activation by email.

A label is what the factory prints: serial, model, firmware, activation code (for people) and
device secret (flashed into the device, for its heartbeats). The database keeps only hashes of
the two secrets, so the labels exist once, in the output of the command that created them.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from dataclasses import astuple, dataclass, fields
from datetime import datetime
from typing import TextIO

from sqlalchemy import Text, bindparam, insert, select, update
from sqlalchemy.orm import Session

from akonet_desktop.rules import FieldError, check_email, email_key, mail_address
from akonet_desktop.rules.device import (
    DEFAULT_FIRMWARE,
    check_activation_code,
    check_device_model,
    check_firmware,
    check_serial,
    device_english_message,
    normalize_activation_code,
    normalize_serial,
)
from akonet_desktop.server.devices.search_text import search_text
from akonet_desktop.server.devices.secrets import (
    activation_code_hash,
    device_secret_hash,
    new_activation_code,
    new_device_secret,
    new_serial,
)
from akonet_desktop.server.devices.sort_keys import with_sort_keys
from akonet_desktop.server.models import Device, DeviceSearch, User

BATCH = 5000
_INSERT = insert(Device.__table__)
_INSERT_SEARCH = insert(DeviceSearch.__table__).from_select(
    ["device_id", "search_text"],
    select(Device.id, bindparam("p_text", type_=Text())).where(Device.serial == bindparam("p_serial")),
)


class InventoryError(Exception):
    """Input the inventory refuses; one line of explanation per problem."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass(frozen=True, slots=True)
class Label:
    serial: str
    model: str
    firmware: str
    activation_code: str
    device_secret: str


LABEL_FIELDS = tuple(f.name for f in fields(Label))


def describe(errors: Iterable[FieldError], where: str = "") -> list[str]:
    return [f"{where}{e.field}: {device_english_message(e)}" for e in errors]


def check_label_fields(model: str, serial: str, firmware: str, activation_code: str) -> list[FieldError]:
    """Empty serial and activation code are generated; empty firmware is the default."""
    return [
        *check_device_model(model),
        *(check_serial(serial) if serial.strip() else []),
        *(check_firmware(firmware) if firmware.strip() else []),
        *(check_activation_code(activation_code) if activation_code.strip() else []),
    ]


def new_label(model: str, serial: str = "", firmware: str = "", activation_code: str = "") -> Label:
    """A label from checked fields, generating what is missing."""
    return Label(
        serial=normalize_serial(serial) or new_serial(),
        model=model.strip(),
        firmware=firmware.strip() or DEFAULT_FIRMWARE,
        activation_code=normalize_activation_code(activation_code)
        if activation_code.strip()
        else new_activation_code(),
        device_secret=new_device_secret(),
    )


def device_row(label: Label, now: datetime, **columns) -> dict:
    row = {
        "serial": label.serial,
        "model": label.model,
        "firmware": label.firmware,
        "activation_code_hash": activation_code_hash(label.serial, label.activation_code),
        "device_secret_hash": device_secret_hash(label.device_secret),
        "company_id": None,
        "preactivated_for": None,
        "name": "",
        "location": "",
        "alarm": False,
        "last_seen_at": None,
        "activated_at": None,
        "created_at": now,
    }
    row.update(columns)
    return with_sort_keys(row)


def insert_rows(session: Session, rows: Iterable[dict]) -> int:
    """Devices (`device_row`s) with their search texts: executemany in batches, two statements a
    batch; the search text finds its device by serial (unique), on both databases alike."""
    connection = session.connection()
    total = 0
    for batch in _batches(rows, BATCH):
        connection.execute(_INSERT, batch)
        connection.execute(
            _INSERT_SEARCH,
            [
                {
                    "p_serial": row["serial"],
                    "p_text": search_text(row["serial"], row["name"], row["location"], row["model"]),
                }
                for row in batch
            ],
        )
        total += len(batch)
    return total


def _batches(rows: Iterable[dict], size: int) -> Iterator[list[dict]]:
    batch: list[dict] = []
    for row in rows:
        batch.append(row)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def existing_serials(session: Session, serials: list[str]) -> set[str]:
    found: set[str] = set()
    for start in range(0, len(serials), 500):
        chunk = serials[start : start + 500]
        found.update(session.scalars(select(Device.serial).where(Device.serial.in_(chunk))))
    return found


def checked_email(email: str, field: str = "email") -> str:
    problems = describe(check_email(email, field))
    if problems:
        raise InventoryError(problems)
    return mail_address(email)


def company_of(session: Session, email: str) -> int | None:
    """The company of the user with this address, if one registered already."""
    return session.scalar(select(User.company_id).where(User.email_key == email_key(email)))


def preactivation_columns(session: Session, email: str | None, now: datetime) -> dict:
    """Pre-activated for an address that already has an account: the device joins at once."""
    if email is None:
        return {}
    company_id = company_of(session, email)
    if company_id is None:
        return {"preactivated_for": email_key(email)}
    return {"preactivated_for": email_key(email), "company_id": company_id, "activated_at": now}


def add(session: Session, now: datetime, model: str, serial: str = "", firmware: str = "") -> Label:
    problems = describe(check_label_fields(model, serial, firmware, ""))
    if not problems and serial and existing_serials(session, [normalize_serial(serial)]):
        problems.append(f"serial: a device with serial {normalize_serial(serial)} already exists.")
    if problems:
        raise InventoryError(problems)
    label = new_label(model, serial, firmware)
    insert_rows(session, [device_row(label, now)])
    return label


@dataclass(frozen=True)
class Preactivated:
    serial: str
    email: str
    joined: bool  # the address has an account: the device is in its company already


def preactivate(session: Session, now: datetime, serial: str, email: str) -> Preactivated:
    problems = describe(check_serial(serial))
    if problems:
        raise InventoryError(problems)
    serial = normalize_serial(serial)
    email = checked_email(email)
    device = session.scalar(select(Device).where(Device.serial == serial))
    if device is None:
        raise InventoryError([f"serial: no device has serial {serial}."])
    if device.company_id is not None:
        raise InventoryError([f"serial: device {serial} is already in a company."])
    columns = preactivation_columns(session, email, now)
    session.execute(update(Device).where(Device.id == device.id).values(**columns))
    return Preactivated(serial, email, "company_id" in columns)


def write_labels(labels: Iterable[Label], stream: TextIO, header: bool = True) -> None:
    writer = csv.writer(stream, lineterminator="\n")
    if header:
        writer.writerow(LABEL_FIELDS)
    writer.writerows(astuple(label) for label in labels)
