"""The sign-in form model: validity, attempts left, lockout."""

from akonet_desktop.api.models import LoginRequest
from akonet_desktop.client.flows import SignInForm

EMAIL = "marie.curie@froid.example.com"


def filled(email: str = EMAIL, password: str = "secret") -> SignInForm:
    form = SignInForm()
    form.set("email", email)
    form.set("password", password)
    return form


def test_fresh_form_shows_nothing_and_is_not_valid():
    form = SignInForm()
    assert form.field_errors("email") == [] and form.field_errors("password") == []
    assert not form.is_valid()
    assert {e.field for e in form.errors()} == {"email", "password"}


def test_remembered_email_prefills():
    form = SignInForm(email=EMAIL)
    form.set("password", "x")
    assert form.is_valid()


def test_required_after_touch_and_too_long():
    form = SignInForm()
    form.set("email", "")
    assert form.field_errors("email") == ["required"]
    form.set("password", "x" * 2000)
    assert form.field_errors("password") == ["too_long"]


def test_an_address_that_no_account_can_have_is_refused_offline():
    form = filled(email="marie")
    assert form.field_errors("email") == ["invalid"] and not form.is_valid()


def test_valid_and_request():
    form = filled()
    assert form.is_valid()
    assert form.request() == {"email": EMAIL, "password": "secret"}
    LoginRequest(**form.request())
    form.busy = True
    assert not form.is_valid()


def test_wrong_password_counts_down_and_edits_clear_the_message():
    form = filled()
    form.busy = True
    form.failed("invalid_credentials", 3)
    assert not form.busy
    assert (form.message_code, form.attempts_left, form.locked) == ("invalid_credentials", 3, False)
    form.set("password", "other")
    assert form.message_code is None and form.attempts_left == 3


def test_last_attempt_locks_and_the_lock_stays_until_the_email_changes():
    form = filled()
    form.failed("invalid_credentials", 0)
    assert form.locked and form.attempts_left == 0
    form.set("password", "Right#Password1")
    assert form.locked and form.message_code is None
    form.failed("account_locked")
    assert form.locked and form.message_code == "account_locked"
    form.set("email", "someone.else@froid.example.com")
    assert not form.locked and form.attempts_left is None


def test_network_failure_keeps_what_is_known():
    form = filled()
    form.failed("invalid_credentials", 4)
    form.failed("network")
    assert form.message_code == "network" and form.attempts_left == 4 and not form.locked


def test_server_field_errors():
    form = filled()
    form.apply_server_errors({"password": ["too_long"], "body": ["malformed"]})
    assert form.field_errors("password") == ["too_long"] and not form.is_valid()
    assert [e.field for e in form.notices()] == ["body"]
    form.set("password", "shorter")
    assert form.is_valid()


def test_success_forgets_the_password():
    form = filled()
    form.failed("invalid_credentials", 2)
    form.busy = True
    form.succeeded()
    assert form.password == "" and not form.busy and form.attempts_left is None and form.message_code is None
