"""FieldError value semantics and English messages."""

import json

import pytest

from akonet_desktop.rules import FieldError, english_message
from akonet_desktop.rules.password import RULE_CODES

FIELDS = (
    "email",
    "email_confirmation",
    "password",
    "password_confirmation",
    "first_name",
    "last_name",
    "language",
    "name",
    "country",
    "id_type",
    "id_number",
    "phone",
)
GENERIC_CODES = ("required", "too_long", "invalid", "mismatch", "not_allowed_for_country", "compatibility_character")


def test_field_error_is_a_hashable_value_object():
    a = FieldError("password", "too_short", {"min": 8})
    b = FieldError("password", "too_short", {"min": 8})
    assert a == b and hash(a) == hash(b)
    assert a != FieldError("password", "too_short", {"min": 10})
    assert FieldError("email", "required") == FieldError("email", "required", {})
    assert len({a, b, FieldError("email", "required")}) == 2


def test_field_error_params_are_read_only_and_json_able():
    source = {"max": 254}
    error = FieldError("email", "too_long", source)
    source["max"] = 1
    assert error.params["max"] == 254
    with pytest.raises(TypeError):
        error.params["max"] = 3  # type: ignore[index]
    assert json.loads(json.dumps(error.to_dict())) == {"field": "email", "code": "too_long", "params": {"max": 254}}


@pytest.mark.parametrize("field", FIELDS)
@pytest.mark.parametrize("code", GENERIC_CODES + RULE_CODES)
def test_every_field_and_code_has_a_sentence(field, code):
    message = english_message(FieldError(field, code))
    assert message and message[0].isupper() and message.endswith(".")
    assert "{" not in message


def test_messages_use_params():
    assert english_message(FieldError("password", "too_short", {"min": 8})) == "Use at least 8 characters."
    assert "12" in english_message(FieldError("password", "too_short", {"min": 12}))
    assert "254" in english_message(FieldError("email", "too_long", {"max": 254}))
    assert english_message(FieldError("password_confirmation", "mismatch")) == "The passwords do not match."
    assert english_message(FieldError("email_confirmation", "mismatch")) == "The email addresses do not match."


def test_unknown_field_and_code_still_give_a_sentence():
    assert english_message(FieldError("vat_zone", "weird")) == "Vat zone is not valid."
    assert english_message(FieldError("", "required")) == "This field is required."
