"""Unlocking a member from the users page: six wrong passwords, locked, unlocked by an administrator."""

from __future__ import annotations

from tests.server.company.members_fixtures import members_company  # noqa: F401 - this module's `company`
from tests.server.company.test_roles import activity
from tests.support.api import STRONG_PASSWORD

USERS = "/api/v1/users"
WRONG = "Wrong-Password-9"


def _status(api, company, email: str) -> str:
    items = api.http.get(USERS, params={"q": email}, headers=company.headers("owner")).json()["items"]
    return next(m["status"] for m in items if m["email"] == email)


def test_six_wrong_passwords_then_an_administrator_unlocks(api, company):
    email = "tecnico@frio.es"
    for _ in range(6):
        assert api.login(email, WRONG).status_code == 401
    assert api.login(email, STRONG_PASSWORD).status_code == 423
    assert _status(api, company, email) == "locked"
    api.mails()  # the "account blocked" mail is out of the way

    r = api.http.post(f"{USERS}/{company.id_of('technician')}/unlock", headers=company.headers("admin"))
    assert r.status_code == 204
    assert _status(api, company, email) == "active"
    [mail] = [m for m in api.mails(to=email) if "unblocked" in m["Subject"] or "desbloqueada" in m["Subject"]]
    body = mail.get_body(("plain",)).get_content()
    assert "admin@frio.es" in body and "akonet://password/forgot" in body
    assert mail["Subject"] == "Su cuenta de AKONet ha sido desbloqueada"  # in the member's language
    # The failure count starts again from zero: the right password works, and five more wrong ones do not lock.
    assert api.login(email, STRONG_PASSWORD).status_code == 200
    for _ in range(5):
        assert api.login(email, WRONG).status_code == 401
    assert api.login(email, STRONG_PASSWORD).status_code == 200
    [entry] = activity(api, "user_unlocked")
    assert (entry.actor_email, entry.target) == ("admin@frio.es", email)


def test_unlocking_someone_not_locked_clears_their_failures_and_mails_nobody(api, company):
    email = "mirón@frio.es"
    for _ in range(5):
        api.login(email, WRONG)
    before = len(api.mails(to=email))
    assert (
        api.http.post(f"{USERS}/{company.id_of('viewer')}/unlock", headers=company.headers("owner")).status_code == 204
    )
    assert api.login(email, WRONG).json()["attempts_left"] == 5
    assert len(api.mails(to=email)) == before
    assert activity(api, "user_unlocked") == []
