"""The password recovery dialog model."""

import pytest

from akonet_desktop.api.models import PasswordResetRequest, RecoveryRequest
from akonet_desktop.client.flows import RecoveryFlow, RecoveryStep
from akonet_desktop.rules import PasswordPolicy

TOKEN = "Zx9_-abcdefghijklmnopqrstuvwxyz01"
EMAIL = "marie.curie@froid.example.com"
PASSWORD = "Glacier#2024x"


def test_fresh_email_page():
    flow = RecoveryFlow()
    assert flow.step == RecoveryStep.EMAIL
    assert flow.field_errors("email") == [] and not flow.is_valid()
    flow.set("email", "nope")
    assert flow.field_errors("email") == ["invalid"]
    flow.set("email", EMAIL)
    assert flow.is_valid()
    assert flow.recovery_request() == {"email": EMAIL}
    RecoveryRequest(**flow.recovery_request())


def test_email_from_the_sign_in_form_prefills():
    assert RecoveryFlow(email=EMAIL).is_valid()


def test_email_then_link_then_new_password():
    flow = RecoveryFlow(email=EMAIL)
    assert flow.submitted(RecoveryStep.EMAIL) == RecoveryStep.CHECK_INBOX
    assert flow.can_go_back() and flow.back() == RecoveryStep.EMAIL
    flow.submitted(RecoveryStep.EMAIL)
    assert not flow.accept_link(f"akonet://registration/continue?token={TOKEN}")
    assert flow.step == RecoveryStep.CHECK_INBOX and flow.field_errors("link_text") == ["invalid"]
    assert flow.accept_link(f"https://akonet.example.com/password/reset?token={TOKEN}")
    assert flow.step == RecoveryStep.NEW_PASSWORD and not flow.can_go_back()
    assert not flow.is_valid() and flow.field_errors("password") == []
    flow.set("password", PASSWORD)
    flow.set("password_confirmation", PASSWORD)
    assert flow.is_valid() and flow.checklist()["match"]
    body = flow.reset_request()
    assert body == {"token": TOKEN, "password": PASSWORD, "password_confirmation": PASSWORD}
    PasswordResetRequest(**body)
    assert flow.submitted(RecoveryStep.NEW_PASSWORD) == RecoveryStep.DONE


@pytest.mark.parametrize("given", [TOKEN, f"akonet://password/reset?token={TOKEN}"])
def test_token_given_starts_at_new_password(given):
    flow = RecoveryFlow(token=given)
    assert flow.step == RecoveryStep.NEW_PASSWORD and flow.draft.token == TOKEN


def test_mangled_token_given_starts_at_check_inbox():
    flow = RecoveryFlow(token="abc")
    assert flow.step == RecoveryStep.CHECK_INBOX
    assert flow.field_errors("link_text") == ["invalid"] and flow.draft.token == ""


@pytest.mark.parametrize("code", ["link_used", "link_expired", "link_unknown"])
def test_refused_link_goes_back_to_check_inbox(code):
    flow = RecoveryFlow(email=EMAIL, token=TOKEN)
    flow.set("password", PASSWORD)
    flow.busy = True
    flow.link_refused(code)
    assert flow.step == RecoveryStep.CHECK_INBOX
    assert flow.link_error == code and flow.draft.token == "" and not flow.busy
    assert flow.accept_link(TOKEN[::-1])
    assert flow.link_error is None and flow.step == RecoveryStep.NEW_PASSWORD
    assert flow.draft.password == PASSWORD


def test_password_errors_from_the_server():
    flow = RecoveryFlow(email=EMAIL, token=TOKEN)
    flow.set("password", "Marie#Curie1")
    flow.set("password_confirmation", "Marie#Curie1")
    assert flow.apply_server_errors({"password": ["contains_personal"]}) == RecoveryStep.NEW_PASSWORD
    assert flow.field_errors("password") == ["contains_personal"] and not flow.is_valid()
    assert flow.apply_server_errors({"token": ["too_long"]}) == RecoveryStep.CHECK_INBOX
    assert flow.field_errors("link_text") == ["too_long"]


def test_personal_check_uses_the_known_email_and_the_policy():
    flow = RecoveryFlow(email="glacier@froid.example.com", token=TOKEN)
    flow.set("password", PASSWORD)
    assert not flow.checklist()["contains_personal"]
    assert flow.field_errors("password") == ["contains_personal"]
    flow.policy = PasswordPolicy(forbid_personal=False)
    assert "contains_personal" not in flow.checklist() and flow.field_errors("password") == []
    assert 0 <= flow.strength() <= 4
