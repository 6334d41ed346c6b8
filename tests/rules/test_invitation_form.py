"""The invitation form's checks, shared by the server (422 per field) and the desktop."""

from __future__ import annotations

import pytest

from akonet_desktop.rules.invitation import INVITABLE_KINDS, check_invited_kind, validate_invitation


def test_a_complete_invitation_passes():
    assert validate_invitation("lucia@frio.es", "Lucía", "Mora", "user", "es") == []
    assert validate_invitation("lucia@frio.es", "Lucía", "Mora", " admin ", "fr") == []


@pytest.mark.parametrize(
    ("kind", "codes"), [("owner", ["invalid"]), ("", ["required"]), ("  ", ["required"]), ("root", ["invalid"])]
)
def test_only_admins_and_users_are_invited(kind, codes):
    assert [e.code for e in check_invited_kind(kind)] == codes
    assert "owner" not in INVITABLE_KINDS


def test_every_field_is_reported_at_once():
    errors = validate_invitation("nope", "", "123", "owner", "xx")
    assert [(e.field, e.code) for e in errors] == [
        ("email", "invalid"),
        ("first_name", "required"),
        ("last_name", "invalid"),
        ("role", "invalid"),
        ("language", "invalid"),
    ]


def test_missing_values_are_required():
    errors = validate_invitation(None, None, None, None, None)  # type: ignore[arg-type]
    assert {(e.field, e.code) for e in errors} == {
        ("email", "required"),
        ("first_name", "required"),
        ("last_name", "required"),
        ("role", "required"),
        ("language", "required"),
    }
