"""Invitations: who may invite, what is refused, and the emailed link — single-use, expiring, revocable."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta

import pytest
from sqlalchemy import func, select

from akonet_desktop.server.models import ActivityEntry, Invitation, LoginAttempts, Role, User
from tests.support.api import STRONG_PASSWORD, Api, token_of
from tests.support.devices import add_member, bearer, company_id

INVITE = "/api/v1/users/invitations"
NEW = "nuevo@frio.es"


def invitation(email: str = NEW, **changes) -> dict:
    return {"email": email, "first_name": "Iker", "last_name": "Sanz", "role": "user", "language": "es", **changes}


def acceptance(**changes) -> dict:
    return {
        "first_name": "Iker",
        "last_name": "Sanz",
        "password": STRONG_PASSWORD,
        "password_confirmation": STRONG_PASSWORD,
        "language": "es",
        **changes,
    }


@pytest.fixture
def owner(api) -> dict:
    return api.register("jefe@frio.es")


def invite(api: Api, by: dict, email: str = NEW, **changes):
    return api.http.post(INVITE, json=invitation(email, **changes), headers=bearer(by))


def invited_token(api: Api, by: dict, email: str = NEW, **changes) -> str:
    r = invite(api, by, email, **changes)
    assert r.status_code == 201, r.text
    return api.last_token(email)


def again(api: Api, signed: dict) -> dict:
    """Signed in anew: after the manual clock moved past the access token's lifetime."""
    r = api.login(signed["user"]["email"], STRONG_PASSWORD)
    assert r.status_code == 200, r.text
    return r.json()


def activity(api: Api, kind: str) -> list[ActivityEntry]:
    with api.ctx.sessions() as session:
        return list(session.scalars(select(ActivityEntry).where(ActivityEntry.kind == kind)))


# --- who may invite ------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["owner", "admin", "user"])
def test_owner_and_admins_invite_users_get_403_on_every_route(api, owner, kind):
    caller = owner if kind == "owner" else add_member(api, owner, f"{kind}@frio.es", kind)
    token = invited_token(api, owner, "first@frio.es")
    with api.ctx.sessions() as session:
        invitation_id = session.scalar(select(Invitation.id).where(Invitation.email == "first@frio.es"))
    answers = {
        "create": invite(api, caller, "second@frio.es"),
        "resend": api.http.post(f"{INVITE}/{invitation_id}/resend", headers=bearer(caller)),
        "revoke": api.http.delete(f"{INVITE}/{invitation_id}", headers=bearer(caller)),
    }
    if kind == "user":
        for name, r in answers.items():
            assert (r.status_code, r.json()["code"]) == (403, "forbidden"), name
        assert api.http.get(f"/api/v1/invitations/{token}").status_code == 200  # nothing happened
        assert not api.mails("second@frio.es")
    else:
        assert [r.status_code for r in answers.values()] == [201, 200, 204]


def test_signed_out_callers_get_401(api, owner):
    assert invite(api, {"session": {"access_token": "nope"}}).status_code == 401
    assert api.http.post(INVITE, json=invitation()).status_code == 401
    assert api.http.delete(f"{INVITE}/1").status_code == 401


# --- the invitation and its mail -----------------------------------------------------------------


def test_an_invitation_is_answered_stored_mailed_and_logged(api, owner):
    r = invite(api, owner, "  Nuevo@Frio.ES ", first_name=" Iker ", language="fr")
    assert r.status_code == 201, r.text
    body = r.json()
    assert {k: body[k] for k in ("email", "first_name", "last_name", "role", "language")} == {
        "email": "Nuevo@frio.es",  # as typed; the domain lower-cased
        "first_name": "Iker",
        "last_name": "Sanz",
        "role": "user",
        "language": "fr",
    }
    with api.ctx.sessions() as session:
        viewer = session.scalar(select(Role.id).where(Role.company_id == company_id(owner), Role.builtin == "viewer"))
        stored = session.get_one(Invitation, body["id"])
    assert body["role_id"] == viewer  # a user without a chosen role is a Viewer
    mail = api.mails(NEW)[-1]
    assert mail["Subject"] == "Ana García vous invite à rejoindre Frío Industrial SL sur AKONet"
    text = mail.get_body(("plain",)).get_content()
    token = token_of(mail)
    assert f"http://akonet.test/invitation/accept?token={token}" in text
    assert f"akonet://invitation/accept?token={token}" in text
    assert "valable 7 jours" in text
    assert token not in stored.token_hash  # stored hashed
    (entry,) = activity(api, "invitation_sent")
    assert entry.target == "Nuevo@frio.es" and entry.actor_email == "jefe@frio.es"
    assert json.loads(entry.details)["role"] == "user"


def test_an_admin_has_no_role_and_a_user_gets_the_role_chosen(api, owner):
    admin = invite(api, owner, "admin2@frio.es", role="admin", role_id=None).json()
    assert (admin["role"], admin["role_id"]) == ("admin", None)
    with api.ctx.sessions() as session:
        technician = session.scalar(
            select(Role.id).where(Role.company_id == company_id(owner), Role.builtin == "technician")
        )
    assert invite(api, owner, role_id=technician).json()["role_id"] == technician


def test_the_web_page_of_the_link_shows_the_code(api, owner):
    token = invited_token(api, owner)
    page = api.http.get("/invitation/accept", params={"token": token})
    assert page.status_code == 200 and token in page.text


# --- refused input --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "fields"),
    [
        ({"email": "not-an-address"}, {"email"}),
        ({"email": ""}, {"email"}),
        ({"first_name": " "}, {"first_name"}),
        ({"last_name": "1234"}, {"last_name"}),
        ({"role": "owner"}, {"role"}),
        ({"role": "superuser"}, {"role"}),
        ({"language": "xx"}, {"language"}),
        ({"role_id": 0}, {"role_id"}),
        ({"role_id": 2**70}, {"role_id"}),
        ({"role_id": "abc"}, {"role_id"}),
        ({"email": 12, "first_name": None}, {"email", "first_name"}),
        ({"first_name": "x" * 2000}, {"first_name"}),
        ({"email": "bad", "role": "owner", "language": ""}, {"email", "role", "language"}),
    ],
)
def test_bad_input_is_422_per_field_and_nothing_is_written(api, owner, changes, fields):
    r = api.http.post(INVITE, json={**invitation(), **changes}, headers=bearer(owner))
    assert r.status_code == 422, r.text
    assert {e["field"] for e in r.json()["errors"]} == fields
    with api.ctx.sessions() as session:
        assert session.scalar(select(Invitation.id)) is None
    assert not api.mails(NEW)


def test_a_role_of_another_company_is_refused_like_an_unknown_one(api, owner):
    other = api.register("boss@cold.fr")
    with api.ctx.sessions() as session:
        theirs = session.scalar(select(Role.id).where(Role.company_id == company_id(other)))
    for role_id in (theirs, 987654):
        r = invite(api, owner, role_id=role_id)
        assert r.status_code == 422 and [e["field"] for e in r.json()["errors"]] == ["role_id"]


def test_malformed_bodies_are_422(api, owner):
    for content in (b"{", b"[]", b'"x"'):
        r = api.http.post(INVITE, content=content, headers={**bearer(owner), "Content-Type": "application/json"})
        assert r.status_code == 422
    r = api.http.post(f"{INVITE}/abc/resend", headers=bearer(owner))
    assert r.status_code == 422 and r.json()["errors"][0]["field"] == "invitation_id"
    r = api.http.delete(f"{INVITE}/{2**64}", headers=bearer(owner))
    assert r.status_code == 422


# --- addresses in use -------------------------------------------------------------------------------


def test_an_address_with_an_account_anywhere_is_in_use(api, owner):
    other = api.register("boss@cold.fr")
    add_member(api, owner, "colleague@frio.es", "user")
    for email in ("boss@cold.fr", "Colleague@frio.es", "jefe@frio.es"):
        r = invite(api, owner, email)
        assert (r.status_code, r.json()["code"]) == (409, "email_in_use"), email
    assert invite(api, other, "jefe@frio.es").json()["code"] == "email_in_use"


def test_a_pending_invitation_of_another_company_makes_the_address_in_use(api, owner, clock):
    other = api.register("boss@cold.fr")
    assert invite(api, other).status_code == 201
    r = invite(api, owner)
    assert (r.status_code, r.json()["code"]) == (409, "email_in_use")
    clock.advance(days=8)  # theirs expired: the address is free again
    assert invite(api, again(api, owner)).status_code == 201


def test_a_pending_invitation_of_the_same_company_is_already_invited(api, owner):
    first = invite(api, owner).json()
    r = invite(api, owner, NEW.upper())
    assert (r.status_code, r.json()["code"]) == (409, "already_invited")
    api.http.delete(f"{INVITE}/{first['id']}", headers=bearer(owner))
    assert invite(api, owner).status_code == 201  # revoked: a new one may be sent


def test_concurrent_invitations_of_one_address_make_one(api, owner):
    admin = add_member(api, owner, "admin@frio.es", "admin")
    callers = [owner, admin] * 3
    with ThreadPoolExecutor(len(callers)) as pool:
        codes = list(pool.map(lambda by: invite(api, by).status_code, callers))
    assert sorted(codes) == [201] + [409] * 5
    with api.ctx.sessions() as session:
        assert len(session.scalars(select(Invitation.id).where(Invitation.email == NEW)).all()) == 1


# --- rate limit -------------------------------------------------------------------------------------


def test_fifty_invitations_an_hour_per_company_then_429(api, owner, clock):
    admin = add_member(api, owner, "admin@frio.es", "admin")
    other = api.register("boss@cold.fr")
    for i in range(49):
        assert invite(api, owner if i % 2 else admin, f"person{i}@frio.es").status_code == 201
    assert invite(api, owner, "jefe@frio.es").status_code == 409  # a refused address counts too
    r = invite(api, admin, "one-more@frio.es")
    assert r.status_code == 429 and r.json()["code"] == "rate_limited"
    assert r.headers["Retry-After"] == str(r.json()["retry_after"])
    with api.ctx.sessions() as session:
        first = session.scalar(select(Invitation.id).order_by(Invitation.id))
    assert api.http.post(f"{INVITE}/{first}/resend", headers=bearer(owner)).status_code == 429
    assert invite(api, other, "theirs@cold.fr").status_code == 201  # per company
    clock.advance(hours=1, seconds=1)
    assert invite(api, again(api, admin), "one-more@frio.es").status_code == 201


def test_invitations_to_one_address_are_limited_per_hour(api, owner, clock):
    """Invite, revoke, invite again...: the address's own mail quota (5 an hour, tags and case
    alike) says 429 out loud; the invitation is then not made."""
    for n in range(5):
        r = invite(api, owner, f"Nuevo+{n}@frio.es" if n % 2 else NEW)
        assert r.status_code == 201, r.text
        assert api.http.delete(f"{INVITE}/{r.json()['id']}", headers=bearer(owner)).status_code == 204
    r = invite(api, owner, "nuevo+6@frio.es")
    assert (r.status_code, r.json()["code"]) == (429, "rate_limited")
    assert 0 < int(r.headers["Retry-After"]) <= 15 * 60 + 1  # then this client's first mail again
    assert len(api.mails()) == 1 + 5  # the owner's registration link, five invitations
    with api.ctx.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Invitation)) == 5
    assert invite(api, owner, "otra@frio.es").status_code == 201  # per address
    clock.advance(minutes=15, seconds=1)
    assert invite(api, again(api, owner), "nuevo+6@frio.es").status_code == 201


# --- another company's invitations ----------------------------------------------------------------


def test_another_companys_invitation_is_404_like_an_unknown_one(api, owner):
    other = api.register("boss@cold.fr")
    theirs = invite(api, other, "theirs@cold.fr").json()["id"]
    token = api.last_token("theirs@cold.fr")
    for invitation_id in (theirs, 987654):
        for r in (
            api.http.post(f"{INVITE}/{invitation_id}/resend", headers=bearer(owner)),
            api.http.delete(f"{INVITE}/{invitation_id}", headers=bearer(owner)),
        ):
            assert (r.status_code, r.json()["code"]) == (404, "not_found")
    assert api.http.get(f"/api/v1/invitations/{token}").status_code == 200  # untouched
    assert len(api.mails("theirs@cold.fr")) == 1


# --- the invitee ----------------------------------------------------------------------------------


def test_the_invitee_reads_the_invitation_then_joins_signed_in(api, owner):
    admin_token = invited_token(api, owner, "admin2@frio.es", role="admin", first_name="Marta")
    r = api.http.get(f"/api/v1/invitations/{admin_token}")
    assert r.json() == {
        "email": "admin2@frio.es",
        "company_name": "Frío Industrial SL",
        "first_name": "Marta",
        "last_name": "Sanz",
        "language": "es",
    }
    r = api.http.post(f"/api/v1/invitations/{admin_token}/accept", json=acceptance(first_name="Marta", language="de"))
    assert r.status_code == 201, r.text
    signed = r.json()
    assert signed["user"]["role"] == "admin" and signed["user"]["language"] == "de"
    assert signed["company"]["id"] == company_id(owner)
    me = api.http.get("/api/v1/me", headers=bearer(signed)).json()
    assert me["user"]["email"] == "admin2@frio.es"
    assert api.login("admin2@frio.es", STRONG_PASSWORD).status_code == 200
    (entry,) = activity(api, "invitation_accepted")
    assert entry.actor_email == "admin2@frio.es" and entry.company_id == company_id(owner)
    # The new administrator may invite in turn.
    assert invite(api, signed, "third@frio.es").status_code == 201


def test_a_user_joins_with_the_roles_privileges(api, owner):
    with api.ctx.sessions() as session:
        technician = session.scalar(
            select(Role.id).where(Role.company_id == company_id(owner), Role.builtin == "technician")
        )
    token = invited_token(api, owner, role_id=technician)
    signed = api.http.post(f"/api/v1/invitations/{token}/accept", json=acceptance()).json()
    assert signed["user"]["role"] == "user" and signed["user"]["role_id"] == technician
    assert set(signed["user"]["privileges"]) == {"activate_device", "update_device_info"}


def test_the_link_is_single_use(api, owner):
    token = invited_token(api, owner)
    assert api.http.post(f"/api/v1/invitations/{token}/accept", json=acceptance()).status_code == 201
    for r in (
        api.http.get(f"/api/v1/invitations/{token}"),
        api.http.post(f"/api/v1/invitations/{token}/accept", json=acceptance()),
    ):
        assert (r.status_code, r.json()["code"]) == (404, "link_used")
    r = api.http.post(f"{INVITE}/{_id_of(api, NEW)}/resend", headers=bearer(owner))
    assert (r.status_code, r.json()["code"]) == (409, "invitation_accepted")


def _id_of(api: Api, email: str) -> int:
    with api.ctx.sessions() as session:
        return session.scalar(select(Invitation.id).where(Invitation.email == email).order_by(Invitation.id.desc()))


def test_two_accepts_at_once_make_one_account(api, owner):
    token = invited_token(api, owner)
    with ThreadPoolExecutor(4) as pool:
        answers = list(
            pool.map(lambda _: api.http.post(f"/api/v1/invitations/{token}/accept", json=acceptance()), range(4))
        )
    assert sorted(r.status_code for r in answers) == [201, 404, 404, 404]
    with api.ctx.sessions() as session:
        assert len(session.scalars(select(User.id).where(User.email == NEW)).all()) == 1


def test_the_link_expires_after_seven_days(api, owner, clock):
    token = invited_token(api, owner)
    clock.advance(days=7, seconds=-1)
    assert api.http.get(f"/api/v1/invitations/{token}").status_code == 200
    clock.advance(seconds=1)
    for r in (
        api.http.get(f"/api/v1/invitations/{token}"),
        api.http.post(f"/api/v1/invitations/{token}/accept", json=acceptance()),
    ):
        assert (r.status_code, r.json()["code"]) == (404, "link_expired")
    # Resending renews it, with a new link.
    r = api.http.post(f"{INVITE}/{_id_of(api, NEW)}/resend", headers=bearer(again(api, owner)))
    assert r.status_code == 200
    fresh = api.last_token(NEW)
    assert fresh != token
    assert api.http.post(f"/api/v1/invitations/{fresh}/accept", json=acceptance()).status_code == 201


def test_the_lifetime_is_a_setting(make_settings, database_url, clock):
    with Api(make_settings(database_url, invitation_link_minutes=60), clock=clock) as api:
        owner = api.register("jefe@frio.es")
        body = invite(api, owner).json()
        assert "válida durante 1 hora " in api.mails(NEW)[-1].get_body(("plain",)).get_content()
        token = api.last_token(NEW)
        clock.advance(minutes=60)
        assert api.http.get(f"/api/v1/invitations/{token}").json()["code"] == "link_expired"
        lifetime = datetime.fromisoformat(body["expires_at"]) - datetime.fromisoformat(body["created_at"])
        assert lifetime == timedelta(minutes=60)


def test_resend_replaces_the_link(api, owner):
    token = invited_token(api, owner)
    r = api.http.post(f"{INVITE}/{_id_of(api, NEW)}/resend", headers=bearer(owner))
    assert r.status_code == 200 and r.json()["email"] == NEW
    fresh = api.last_token(NEW)
    assert len(api.mails(NEW)) == 2 and fresh != token
    r = api.http.get(f"/api/v1/invitations/{token}")
    assert (r.status_code, r.json()["code"]) == (404, "link_unknown")
    assert api.http.post(f"/api/v1/invitations/{fresh}/accept", json=acceptance()).status_code == 201
    assert [e.kind for e in activity(api, "invitation_resent")] == ["invitation_resent"]


def test_revoke_ends_the_link(api, owner):
    token = invited_token(api, owner)
    invitation_id = _id_of(api, NEW)
    assert api.http.delete(f"{INVITE}/{invitation_id}", headers=bearer(owner)).status_code == 204
    for r in (
        api.http.get(f"/api/v1/invitations/{token}"),
        api.http.post(f"/api/v1/invitations/{token}/accept", json=acceptance()),
    ):
        assert r.status_code == 404
    assert api.http.delete(f"{INVITE}/{invitation_id}", headers=bearer(owner)).status_code == 404
    assert api.http.post(f"{INVITE}/{invitation_id}/resend", headers=bearer(owner)).status_code == 404
    assert len(activity(api, "invitation_revoked")) == 1


def test_unknown_tokens_are_404(api):
    for token in ("x" * 32, "short", "a" * 200):
        r = api.http.get(f"/api/v1/invitations/{token}")
        assert (r.status_code, r.json()["code"]) == (404, "link_unknown")
    assert api.http.get(f"/api/v1/invitations/{'a' * 201}").status_code == 422


@pytest.mark.parametrize(
    ("changes", "fields"),
    [
        ({"password": "short", "password_confirmation": "short"}, {"password"}),
        ({"password": "alllowercase1!", "password_confirmation": "alllowercase1!"}, {"password"}),
        ({"password_confirmation": "Other-Pass-99"}, {"password_confirmation"}),
        ({"first_name": ""}, {"first_name"}),
        ({"language": "xx"}, {"language"}),
        ({"password": None}, {"password"}),
    ],
)
def test_accepting_follows_the_password_policy_and_the_link_stays_usable(api, owner, changes, fields):
    token = invited_token(api, owner)
    r = api.http.post(f"/api/v1/invitations/{token}/accept", json=acceptance(**changes))
    assert r.status_code == 422, r.text
    assert {e["field"] for e in r.json()["errors"]} >= fields
    assert api.http.post(f"/api/v1/invitations/{token}/accept", json=acceptance()).status_code == 201


def test_an_address_that_got_an_account_meanwhile_cannot_join(api, owner):
    token = invited_token(api, owner)
    api.register(NEW)  # the invitee registered a company of their own instead
    r = api.http.post(f"/api/v1/invitations/{token}/accept", json=acceptance())
    assert (r.status_code, r.json()["code"]) == (409, "email_in_use")
    assert api.http.get(f"/api/v1/invitations/{token}").status_code == 404  # spent: replays cost nothing


def test_joining_clears_failed_sign_ins_counted_before(api, owner):
    token = invited_token(api, owner)
    for _ in range(3):
        assert api.login(NEW, "Wrong-Pass-1").status_code == 401
    assert api.http.post(f"/api/v1/invitations/{token}/accept", json=acceptance()).status_code == 201
    with api.ctx.sessions() as session:
        assert session.get(LoginAttempts, NEW) is None


def test_resending_an_expired_invitation_checks_the_address_again(api, owner, clock):
    first = invite(api, owner).json()
    clock.advance(days=8)
    other = api.register("boss@cold.fr")
    assert invite(api, other).status_code == 201  # ours expired: the address was free
    owner = again(api, owner)
    r = api.http.post(f"{INVITE}/{first['id']}/resend", headers=bearer(owner))
    assert (r.status_code, r.json()["code"]) == (409, "email_in_use")
    second = invite(api, owner, "other@frio.es").json()
    r = api.http.post(f"{INVITE}/{second['id']}/resend", headers=bearer(owner))
    assert r.status_code == 200  # a pending invitation's own resend is not a conflict with itself


def test_the_paths_are_the_contracts(api):
    paths = api.http.get("/api/v1/openapi.json").json()["paths"]
    assert set(paths["/api/v1/users/invitations"]) == {"post"}
    assert set(paths["/api/v1/users/invitations/{invitation_id}/resend"]) == {"post"}
    assert set(paths["/api/v1/users/invitations/{invitation_id}"]) == {"delete"}
    assert set(paths["/api/v1/invitations/{token}"]) == {"get"}
    assert set(paths["/api/v1/invitations/{token}/accept"]) == {"post"}
    assert paths["/api/v1/users/invitations"]["post"]["tags"] == ["users"]
    assert paths["/api/v1/invitations/{token}"]["get"]["tags"] == ["invitations"]


def test_malformed_acceptances_are_422_and_leave_the_link_usable(api, owner):
    token = invited_token(api, owner)
    url = f"/api/v1/invitations/{token}/accept"
    for content in (b"{", b"[]", b"null", b'{"first_name": 1}'):
        r = api.http.post(url, content=content, headers={"Content-Type": "application/json"})
        assert r.status_code == 422, content
    r = api.http.post(url, json=acceptance(password="A1-" + "x" * 5000))
    assert r.status_code == 422 and {e["field"] for e in r.json()["errors"]} == {"password"}
    r = api.http.post(url, json={k: v for k, v in acceptance().items() if k != "language"})
    assert r.status_code == 422 and [e["field"] for e in r.json()["errors"]] == ["language"]
    assert api.http.post(url, json=acceptance()).status_code == 201
