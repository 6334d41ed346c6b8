"""Devices: the model catalogue and the shapes of what is printed on a label.

Serial numbers are 10 uppercase letters and digits ("K7P2M9Q4XA"). Activation codes are 12
characters of Crockford's base32 (no I, L, O or U, which read as 1, 1, 0 and V) in three groups:
"7K3M-9QPX-2W4R", 60 random bits. Both are typed by people from a label, so the normal forms
forgive case, spaces, dashes and the letters that look like digits.
"""

from __future__ import annotations

from ._text import CONTROL_CATEGORIES, as_text, has_category
from .errors import INVALID, REQUIRED, TOO_LONG, FieldError
from .messages import english_messages_with

DEVICE_MODELS = (
    "AKO-16520",
    "AKO-16523",
    "AKO-16524",
    "AKO-16525",
    "AKO-16526",
    "AKO-16526A",
    "AKO-16624",
    "AKOCONTROL",
    "AKO-5041",  # Akonet.Edge gateways
    "AKO-5051",
)
GATEWAY_MODELS = frozenset({"AKO-5041", "AKO-5051"})

SERIAL_LENGTH = 10
SERIAL_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32
CODE_GROUPS = 3
CODE_GROUP_LENGTH = 4
CODE_LENGTH = CODE_GROUPS * CODE_GROUP_LENGTH
MAX_DEVICE_NAME_LENGTH = 100
MAX_DEVICE_LOCATION_LENGTH = 200
MAX_FIRMWARE_LENGTH = 20
DEFAULT_FIRMWARE = "1.0.0"

_SEPARATORS = str.maketrans("", "", " -\t")
_LOOKALIKES = str.maketrans({"I": "1", "L": "1", "O": "0"})
_SERIAL_CHARS = frozenset(SERIAL_ALPHABET)
_CODE_CHARS = frozenset(CODE_ALPHABET)
_FIRMWARE_CHARS = frozenset("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_+")


def normalize_serial(serial: str) -> str:
    """Uppercase, without spaces or dashes (the label may group the characters)."""
    return as_text(serial).translate(_SEPARATORS).upper()


def check_serial(serial: str, field: str = "serial") -> list[FieldError]:
    value = normalize_serial(serial)
    if not value:
        return [FieldError(field, REQUIRED)]
    if len(value) != SERIAL_LENGTH or not set(value) <= _SERIAL_CHARS:
        return [FieldError(field, INVALID, {"length": SERIAL_LENGTH})]
    return []


def normalize_activation_code(code: str) -> str:
    """The printed form "XXXX-XXXX-XXXX", whatever the case, spacing or look-alike letters."""
    raw = as_text(code).translate(_SEPARATORS).upper().translate(_LOOKALIKES)
    groups = (raw[i : i + CODE_GROUP_LENGTH] for i in range(0, len(raw), CODE_GROUP_LENGTH))
    return "-".join(groups)


def check_activation_code(code: str, field: str = "activation_code") -> list[FieldError]:
    raw = normalize_activation_code(code).replace("-", "")
    if not raw:
        return [FieldError(field, REQUIRED)]
    if len(raw) != CODE_LENGTH or not set(raw) <= _CODE_CHARS:
        return [FieldError(field, INVALID, {"example": "7K3M-9QPX-2W4R"})]
    return []


def check_device_model(model: str, field: str = "model") -> list[FieldError]:
    value = as_text(model).strip()
    if not value:
        return [FieldError(field, REQUIRED)]
    if value not in DEVICE_MODELS:
        return [FieldError(field, INVALID, {"allowed": ", ".join(DEVICE_MODELS)})]
    return []


def check_firmware(firmware: str, field: str = "firmware") -> list[FieldError]:
    value = as_text(firmware).strip()
    if not value:
        return [FieldError(field, REQUIRED)]
    if len(value) > MAX_FIRMWARE_LENGTH:
        return [FieldError(field, TOO_LONG, {"max": MAX_FIRMWARE_LENGTH})]
    if not set(value) <= _FIRMWARE_CHARS:
        return [FieldError(field, INVALID)]
    return []


def _check_label_text(value: str | None, field: str, maximum: int) -> list[FieldError]:
    """Optional free text (empty is fine): bounded, and nothing that cannot be displayed."""
    value = as_text(value).strip()
    if len(value) > maximum:
        return [FieldError(field, TOO_LONG, {"max": maximum})]
    if has_category(value, CONTROL_CATEGORIES):
        return [FieldError(field, INVALID)]
    return []


def check_device_name(name: str | None, field: str = "name") -> list[FieldError]:
    return _check_label_text(name, field, MAX_DEVICE_NAME_LENGTH)


def check_device_location(location: str | None, field: str = "location") -> list[FieldError]:
    return _check_label_text(location, field, MAX_DEVICE_LOCATION_LENGTH)


def check_device_search(q: str | None, field: str = "q") -> list[FieldError]:
    """Search text for the devices list: any text a keyboard can produce."""
    return [FieldError(field, INVALID)] if has_category(as_text(q), CONTROL_CATEGORIES) else []


def validate_activation(serial: str, code: str, name: str, location: str) -> list[FieldError]:
    return [
        *check_serial(serial),
        *check_activation_code(code),
        *check_device_name(name),
        *check_device_location(location),
    ]


# messages.py labels "name" as the company's name; on a device form it is the device's.
_DEVICE_MESSAGES = {
    ("serial", "invalid"): "Enter the {length} letters and digits of the serial number on the label.",
    ("activation_code", "invalid"): "Enter the activation code from the label, like {example}.",
    ("model", "invalid"): "Choose a model from the catalogue: {allowed}.",
    ("firmware", "invalid"): "Write the firmware version with letters, digits and . - _ +, like 2.1.0.",
    ("preactivate_for", "invalid"): "Enter a valid email address, like name@example.com.",
    ("name", "too_long"): "The device name must be at most {max} characters long.",
    ("name", "invalid"): "The device name contains characters that are not allowed.",
    ("location", "too_long"): "The location must be at most {max} characters long.",
    ("location", "invalid"): "The location contains characters that are not allowed.",
    ("q", "invalid"): "The search text contains characters that are not allowed.",
    # A list position from another sort or order, or not one the server made: load the list again.
    ("cursor", "invalid"): "This position in the list does not belong to this sort and order; load the list again.",
}


device_english_message = english_messages_with(_DEVICE_MESSAGES)
