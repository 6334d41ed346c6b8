"""Known and unknown addresses get byte-identical answers from every endpoint that takes one."""

from __future__ import annotations

import pytest

from tests.support.api import Api

KNOWN = "known@frigo.it"
UNKNOWN = "nobody@frigo.it"


@pytest.fixture
def api(make_settings, database_url):
    with Api(make_settings(database_url)) as api:
        api.register(KNOWN)
        yield api


def _same(a, b) -> None:
    assert a.status_code == b.status_code
    assert a.content == b.content
    assert a.headers.get("content-type") == b.headers.get("content-type")


def test_login_answers_are_identical_through_lockout(api):
    for _ in range(8):
        known = api.login(KNOWN, "Wrong-Pass-123")
        unknown = api.login(UNKNOWN, "Wrong-Pass-123")
        _same(known, unknown)
    assert known.status_code == 423


def test_registration_answers_are_identical(api):
    def start(email):
        return api.http.post(
            "/api/v1/registrations", json={"email": email, "email_confirmation": email, "language": "it"}
        )

    _same(start(KNOWN), start(UNKNOWN))
    subjects = {m["To"]: m["Subject"] for m in api.mails() if m["To"] in (KNOWN, UNKNOWN)}
    assert subjects[KNOWN] != subjects[UNKNOWN]  # the mails differ; the answers do not


def test_recovery_answers_are_identical(api):
    before = len(api.mails(UNKNOWN))
    _same(
        api.http.post("/api/v1/password-recovery", json={"email": KNOWN}),
        api.http.post("/api/v1/password-recovery", json={"email": UNKNOWN}),
    )
    assert len(api.mails(UNKNOWN)) == before  # nobody to write to


def test_per_address_mail_limit_is_silent(api):
    for _ in range(8):
        r = api.http.post("/api/v1/password-recovery", json={"email": KNOWN})
        assert r.status_code == 202
    # the registration link, then 5 reset links an hour (a quota of its own per kind of mail)
    assert len(api.mails(KNOWN)) == 1 + 5


def test_client_address_limit_answers_429(make_settings, database_url):
    with Api(make_settings(database_url, mails_per_client_per_hour=3)) as api:
        answers = [api.http.post("/api/v1/password-recovery", json={"email": f"u{i}@x.fr"}) for i in range(4)]
        assert [a.status_code for a in answers] == [202, 202, 202, 429]
        assert answers[-1].json()["code"] == "rate_limited"
        assert int(answers[-1].headers["Retry-After"]) > 0


def test_a_wrong_password_answers_alike_with_or_without_two_step_verification(api):
    """Only the right password tells that a second step follows: a wrong one, up to the lockout
    and after it, answers byte for byte as for an account without it (or without an account)."""
    from tests.server.account.support import turn_on_totp

    with_totp = "dos.pasos@frigo.it"
    turn_on_totp(api, api.register(with_totp))
    for _ in range(8):
        known = api.login(KNOWN, "Wrong-Pass-123")
        guarded = api.login(with_totp, "Wrong-Pass-123")
        _same(known, guarded)
        _same(guarded, api.login(UNKNOWN, "Wrong-Pass-123"))
    assert guarded.status_code == 423
