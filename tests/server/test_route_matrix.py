"""Every route of the app against every kind of caller, and against another company's ids.

EXPECTED is the matrix over kind × route: what each route answers someone signed out, the owner,
an administrator, a user with the built-in Technician role and a user with the built-in Viewer
role. REQUESTS says how to call each route validly, so that an allowed call succeeds and a refused
one is refused for who the caller is, not for what they sent. Both tables must list exactly the
app's routes: a new route fails `test_the_tables_list_exactly_the_apps_routes` until it has its rows.

The per-feature tests (tests/server/company/test_permissions.py, test_members_permissions.py, ...)
say why each answer is what it is; this module makes sure that no route escapes the question.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime

import pytest
from fastapi.routing import APIRoute

from akonet_desktop.server.accounts.totp import code_at
from akonet_desktop.server.app import create_app
from akonet_desktop.server.devices.secrets import new_serial
from akonet_desktop.server.settings import Settings
from tests.server.route_matrix_world import CALLERS, PERSON, SIGNED_OUT, Request, World
from tests.support.api import COMPANY, STRONG_PASSWORD
from tests.support.devices import bearer
from tests.support.module_api import BACKENDS, module_api

try:
    from fastapi.routing import iter_route_contexts
except ImportError:  # FastAPI before included routers stayed nodes of app.routes: it lists every route itself

    def iter_route_contexts(routes):
        return iter(routes)


Answer = int | tuple[int, str]  # a success status, or a refusal's status and code

NO_SESSION = (401, "not_authenticated")
FORBIDDEN = (403, "forbidden")
OWNER_ONLY = (403, "owner_only")


def public(status: int) -> tuple[Answer, ...]:
    """A route that needs no sign-in: everyone gets the same answer, a session changes nothing."""
    return (status,) * len(CALLERS)


# (method, path) -> (signed out, owner, admin, technician, viewer)
EXPECTED: dict[tuple[str, str], tuple[Answer, ...]] = {
    # Before anyone signs in: reference data, and the pages behind emailed links.
    ("GET", "/api/v1/health"): public(200),
    ("GET", "/api/v1/password-policy"): public(200),
    ("GET", "/api/v1/settings"): public(200),
    ("GET", "/api/v1/reference"): public(200),
    ("GET", "/registration/continue"): public(200),
    ("GET", "/password/reset"): public(200),
    ("GET", "/invitation/accept"): public(200),
    # Registration, sign-in, recovery and joining: the token or the password is the credential.
    ("POST", "/api/v1/registrations"): public(202),
    ("GET", "/api/v1/registrations/{token}"): public(200),
    ("PUT", "/api/v1/registrations/{token}/company"): public(200),
    ("POST", "/api/v1/registrations/{token}/complete"): public(201),
    ("POST", "/api/v1/auth/login"): public(200),
    ("POST", "/api/v1/auth/refresh"): public(200),
    ("POST", "/api/v1/password-recovery"): public(202),
    ("POST", "/api/v1/password-reset"): public(204),
    ("GET", "/api/v1/invitations/{token}"): public(200),
    ("POST", "/api/v1/invitations/{token}/accept"): public(201),
    ("POST", "/api/v1/auth/login/totp"): public(200),
    # Every member.
    ("POST", "/api/v1/auth/logout"): (NO_SESSION, 204, 204, 204, 204),
    ("GET", "/api/v1/me"): (NO_SESSION, 200, 200, 200, 200),
    # Their own account, sessions and two-step verification.
    ("PATCH", "/api/v1/me"): (NO_SESSION, 200, 200, 200, 200),
    ("POST", "/api/v1/me/password"): (NO_SESSION, 204, 204, 204, 204),
    ("GET", "/api/v1/me/sessions"): (NO_SESSION, 200, 200, 200, 200),
    ("DELETE", "/api/v1/me/sessions"): (NO_SESSION, 204, 204, 204, 204),
    ("DELETE", "/api/v1/me/sessions/{session_id}"): (NO_SESSION, 204, 204, 204, 204),
    ("POST", "/api/v1/me/totp"): (NO_SESSION, 200, 200, 200, 200),
    ("POST", "/api/v1/me/totp/confirm"): (NO_SESSION, 200, 200, 200, 200),
    ("DELETE", "/api/v1/me/totp"): (NO_SESSION, 204, 204, 204, 204),
    ("GET", "/api/v1/company"): (NO_SESSION, 200, 200, 200, 200),
    ("GET", "/api/v1/devices"): (NO_SESSION, 200, 200, 200, 200),
    ("GET", "/api/v1/devices/{device_id}"): (NO_SESSION, 200, 200, 200, 200),
    # A device's privileges: the Technician role has them, the Viewer role does not.
    ("POST", "/api/v1/devices/activate"): (NO_SESSION, 201, 201, 201, FORBIDDEN),
    ("PATCH", "/api/v1/devices/{device_id}"): (NO_SESSION, 200, 200, 200, FORBIDDEN),
    # A device's own call, with `Authorization: Device <secret>`: no person's session opens it
    # (test_a_device_beats_with_its_own_secret is the allowed call).
    ("POST", "/api/v1/devices/{serial}/heartbeat"): (NO_SESSION, NO_SESSION, NO_SESSION, NO_SESSION, NO_SESSION),
    # The owner's alone.
    ("PATCH", "/api/v1/company"): (NO_SESSION, 200, OWNER_ONLY, OWNER_ONLY, OWNER_ONLY),
    ("GET", "/api/v1/company/billing"): (NO_SESSION, 200, OWNER_ONLY, OWNER_ONLY, OWNER_ONLY),
    ("PATCH", "/api/v1/company/billing"): (NO_SESSION, 200, OWNER_ONLY, OWNER_ONLY, OWNER_ONLY),
    ("POST", "/api/v1/company/owner"): (NO_SESSION, 200, OWNER_ONLY, OWNER_ONLY, OWNER_ONLY),
    # Owner and administrators, whatever a user's role grants.
    ("GET", "/api/v1/activity"): (NO_SESSION, 200, 200, FORBIDDEN, FORBIDDEN),
    ("POST", "/api/v1/users/invitations"): (NO_SESSION, 201, 201, FORBIDDEN, FORBIDDEN),
    ("POST", "/api/v1/users/invitations/{invitation_id}/resend"): (NO_SESSION, 200, 200, FORBIDDEN, FORBIDDEN),
    ("DELETE", "/api/v1/users/invitations/{invitation_id}"): (NO_SESSION, 204, 204, FORBIDDEN, FORBIDDEN),
    ("GET", "/api/v1/roles"): (NO_SESSION, 200, 200, FORBIDDEN, FORBIDDEN),
    ("POST", "/api/v1/roles"): (NO_SESSION, 201, 201, FORBIDDEN, FORBIDDEN),
    ("PATCH", "/api/v1/roles/{role_id}"): (NO_SESSION, 200, 200, FORBIDDEN, FORBIDDEN),
    ("DELETE", "/api/v1/roles/{role_id}"): (NO_SESSION, 204, 204, FORBIDDEN, FORBIDDEN),
    ("GET", "/api/v1/users"): (NO_SESSION, 200, 200, FORBIDDEN, FORBIDDEN),
    ("PATCH", "/api/v1/users/{user_id}"): (NO_SESSION, 200, 200, FORBIDDEN, FORBIDDEN),
    ("DELETE", "/api/v1/users/{user_id}"): (NO_SESSION, 204, 204, FORBIDDEN, FORBIDDEN),
    ("POST", "/api/v1/users/{user_id}/unlock"): (NO_SESSION, 204, 204, FORBIDDEN, FORBIDDEN),
    ("POST", "/api/v1/users/{user_id}/password-reset"): (NO_SESSION, 202, 202, FORBIDDEN, FORBIDDEN),
}


def _register(w: World, caller: str) -> Request:
    email = w.new_email()
    return Request(json={"email": email, "email_confirmation": email, "language": "es"})


def _activate(w: World, caller: str) -> Request:
    label = w.new_label()
    return Request(json={"serial": label.serial, "activation_code": label.activation_code, "name": "Bar"})


def _transfer(w: World, caller: str) -> Request:
    if caller == "owner":
        # In a company of its own: company A keeps its owner for every other call.
        owner, admin_id = w.new_company_with_admin()
        return Request(json={"user_id": admin_id, "password": STRONG_PASSWORD}, headers=bearer(owner))
    return Request(json={"user_id": w.new_member("admin"), "password": STRONG_PASSWORD})


def _reset(w: World, caller: str) -> Request:
    body = {"token": w.new_reset_token(), "password": STRONG_PASSWORD, "password_confirmation": STRONG_PASSWORD}
    return Request(json=body)


def _invite(w: World, caller: str) -> Request:
    return Request(json={"email": w.new_email(), "first_name": "Eva", "last_name": "Ruiz", "role": "user"})


def _own(build: Callable[[World, str], tuple[dict | None, dict | None, dict | None]]) -> Builder:
    """A call on the caller's own account that changes it: made by a fresh person of the caller's
    kind (the shared callers stay as they are); signed out, the same call without a session.
    `build(world, caller)` -> (path, json, the fresh person's sign-in or None)."""

    def builder(w: World, caller: str) -> Request:
        path, body, signed = build(w, caller)
        headers = None if caller == SIGNED_OUT or signed is None else bearer(signed)
        return Request(path or {}, json=body, headers=headers)

    return builder


def _change_password(w: World, caller: str):
    new = "Polar-Walrus-83"
    body = {"current_password": STRONG_PASSWORD, "password": new, "password_confirmation": new}
    return None, body, w.fresh_person(caller)[0]


def _end_one_session(w: World, caller: str):
    signed, email = w.fresh_person(caller)
    other = w.sign_in(email)
    return {"session_id": w.session_id(other)}, None, signed


def _confirm_totp(w: World, caller: str):
    signed, _email = w.fresh_person(caller)
    return None, {"code": code_at(w.totp_setup(signed), datetime.now(UTC))}, signed


def _disable_totp(w: World, caller: str):
    signed, _email, codes = w.with_totp(caller)
    return None, {"password": STRONG_PASSWORD, "code": codes[0]}, signed


def _login_totp(w: World, caller: str) -> Request:
    _signed, email, codes = w.with_totp("admin")
    r = w.api.login(email, STRONG_PASSWORD)
    assert r.status_code == 200 and r.json()["mfa_required"], r.text
    return Request(json={"mfa_token": r.json()["mfa_token"], "code": codes[0]})


LINK_CODE = {"token": "AbC123_-xyz0123456789abcdefghijk"}  # the form of an issued token: 32 characters

Builder = Callable[[World, str], Request]

# (method, path) -> a valid call by this caller; a fresh target where the call destroys or uses it up.
REQUESTS: dict[tuple[str, str], Builder] = {
    ("GET", "/api/v1/health"): lambda w, caller: Request(),
    ("GET", "/api/v1/password-policy"): lambda w, caller: Request(),
    ("GET", "/api/v1/settings"): lambda w, caller: Request(),
    ("GET", "/api/v1/reference"): lambda w, caller: Request(query={"language": "es"}),
    ("GET", "/registration/continue"): lambda w, caller: Request(query=LINK_CODE),
    ("GET", "/password/reset"): lambda w, caller: Request(query=LINK_CODE),
    ("GET", "/invitation/accept"): lambda w, caller: Request(query=LINK_CODE),
    ("POST", "/api/v1/registrations"): _register,
    ("GET", "/api/v1/registrations/{token}"): lambda w, caller: Request({"token": w.registration}),
    ("PUT", "/api/v1/registrations/{token}/company"): lambda w, caller: Request(
        {"token": w.registration}, json=COMPANY
    ),
    ("POST", "/api/v1/registrations/{token}/complete"): lambda w, caller: Request(
        {"token": w.new_registration()}, json=PERSON
    ),
    ("POST", "/api/v1/auth/login"): lambda w, caller: Request(
        json={"email": w.key_holder, "password": STRONG_PASSWORD}
    ),
    ("POST", "/api/v1/auth/refresh"): lambda w, caller: Request(json={"refresh_token": w.new_refresh_token()}),
    ("POST", "/api/v1/password-recovery"): lambda w, caller: Request(json={"email": w.key_holder}),
    ("POST", "/api/v1/password-reset"): _reset,
    ("GET", "/api/v1/invitations/{token}"): lambda w, caller: Request({"token": w.invitation_token}),
    ("POST", "/api/v1/invitations/{token}/accept"): lambda w, caller: Request(
        {"token": w.new_invitation()[1]}, json=PERSON
    ),
    ("POST", "/api/v1/auth/logout"): lambda w, caller: Request(headers=w.fresh_session(caller)),
    ("GET", "/api/v1/me"): lambda w, caller: Request(),
    ("PATCH", "/api/v1/me"): lambda w, caller: Request(json={"language": "es"}),  # what it already is
    ("POST", "/api/v1/me/password"): _own(_change_password),
    ("GET", "/api/v1/me/sessions"): lambda w, caller: Request(),
    ("DELETE", "/api/v1/me/sessions"): _own(lambda w, caller: (None, None, w.fresh_person(caller)[0])),
    ("DELETE", "/api/v1/me/sessions/{session_id}"): _own(_end_one_session),
    ("POST", "/api/v1/me/totp"): _own(
        lambda w, caller: (None, {"password": STRONG_PASSWORD}, w.fresh_person(caller)[0])
    ),
    ("POST", "/api/v1/me/totp/confirm"): _own(_confirm_totp),
    ("DELETE", "/api/v1/me/totp"): _own(_disable_totp),
    ("POST", "/api/v1/auth/login/totp"): _login_totp,
    ("GET", "/api/v1/company"): lambda w, caller: Request(),
    ("GET", "/api/v1/devices"): lambda w, caller: Request(),
    ("GET", "/api/v1/devices/{device_id}"): lambda w, caller: Request({"device_id": w.device_id}),
    ("POST", "/api/v1/devices/activate"): _activate,
    ("PATCH", "/api/v1/devices/{device_id}"): lambda w, caller: Request(
        {"device_id": w.device_id}, json={"location": "Almacén"}
    ),
    ("POST", "/api/v1/devices/{serial}/heartbeat"): lambda w, caller: Request(
        {"serial": w.device.serial}, json={"alarm": True}
    ),
    ("PATCH", "/api/v1/company"): lambda w, caller: Request(json={"city": "Sevilla"}),
    ("GET", "/api/v1/company/billing"): lambda w, caller: Request(),
    ("PATCH", "/api/v1/company/billing"): lambda w, caller: Request(json={"billing_address": "Calle Mayor 1"}),
    ("POST", "/api/v1/company/owner"): _transfer,
    ("GET", "/api/v1/activity"): lambda w, caller: Request(),
    ("POST", "/api/v1/users/invitations"): _invite,
    ("POST", "/api/v1/users/invitations/{invitation_id}/resend"): lambda w, caller: Request(
        {"invitation_id": w.new_invitation()[0]}
    ),
    ("DELETE", "/api/v1/users/invitations/{invitation_id}"): lambda w, caller: Request(
        {"invitation_id": w.new_invitation()[0]}
    ),
    ("GET", "/api/v1/roles"): lambda w, caller: Request(),
    ("POST", "/api/v1/roles"): lambda w, caller: Request(
        json={"name": w.new_name("Night shift"), "privileges": ["activate_device"]}
    ),
    ("PATCH", "/api/v1/roles/{role_id}"): lambda w, caller: Request(
        {"role_id": w.spare_role}, json={"privileges": ["update_device_info"]}
    ),
    ("DELETE", "/api/v1/roles/{role_id}"): lambda w, caller: Request({"role_id": w.new_role()}),
    ("GET", "/api/v1/users"): lambda w, caller: Request(),
    ("PATCH", "/api/v1/users/{user_id}"): lambda w, caller: Request(
        {"user_id": w.new_member("admin")}, json={"first_name": "Eva", "role": "user"}
    ),
    ("DELETE", "/api/v1/users/{user_id}"): lambda w, caller: Request({"user_id": w.new_member("admin")}),
    ("POST", "/api/v1/users/{user_id}/unlock"): lambda w, caller: Request(
        {"user_id": w.new_member("user", locked=True)}
    ),
    ("POST", "/api/v1/users/{user_id}/password-reset"): lambda w, caller: Request({"user_id": w.new_member("user")}),
}

ROUTES = sorted(EXPECTED, key=lambda route: (route[1], route[0]))
# Path parameters that name no object of a company: a link's token is its own credential, a
# device's serial is checked with the device's secret. Every other one is an id, and is tried
# with another company's.
NOT_IDS = {"token", "serial"}
ID_ROUTES = [route for route in ROUTES if set(re.findall(r"\{(\w+)\}", route[1])) - NOT_IDS]
UNKNOWN_ID = 2**62


def _route_id(route: tuple[str, str]) -> str:
    return f"{route[0]} {route[1]}"


def app_routes(app) -> set[tuple[str, str]]:
    """(method, path template) of every route of the app's own (not FastAPI's /docs and openapi.json)."""
    found = set()
    for route in iter_route_contexts(app.routes):
        if isinstance(getattr(route, "original_route", route), APIRoute):
            found |= {(method, route.path) for method in route.methods}
    return found


@pytest.fixture(scope="module", params=BACKENDS)
def api(request, tmp_path_factory):
    """One database per backend for the whole module (conftest's `api` is one per test): the
    matrix is hundreds of calls, and a company with its four callers per call would take minutes."""
    with module_api(
        request,
        tmp_path_factory,
        "route-matrix",
        # The snapshots compare every row: nothing but the calls may write meanwhile.
        housekeeping_hours=0,
        # Every call comes from one test client and sends many mails and invitations: the
        # limits would answer 429 (or silently mail nothing) long before the matrix is done.
        mails_per_address_per_hour=100_000,
        mails_per_client_per_hour=100_000,
        invitations_per_company_per_hour=100_000,
    ) as api:
        yield api


@pytest.fixture(scope="module")
def world(api) -> World:
    return World(api)


def _send(w: World, method: str, path: str, request: Request, headers: dict[str, str]):
    url = path.format(**request.path)
    return w.http.request(method, url, json=request.json, params=request.query, headers=headers)


def _answer(r) -> Answer:
    return r.status_code if r.status_code < 400 else (r.status_code, r.json().get("code"))


def _changed(before: dict[str, list], after: dict[str, list], ignore: frozenset[str] = frozenset()) -> list[str]:
    """The tables whose rows differ (a name reads better in a failure than two dumps of the database)."""
    return [name for name in before if name not in ignore and before[name] != after[name]]


def test_the_tables_list_exactly_the_apps_routes(tmp_path):
    settings = Settings(data_dir=tmp_path, database_url=f"sqlite:///{tmp_path / 'db.sqlite3'}", outbox_worker=False)
    routes = app_routes(create_app(settings))
    assert len(routes) > 40  # the walk found the routers' routes, not only FastAPI's own
    missing = sorted(routes - EXPECTED.keys())
    assert not missing, f"routes without a row in EXPECTED and REQUESTS: {[_route_id(r) for r in missing]}"
    gone = sorted(EXPECTED.keys() - routes)
    assert not gone, f"rows of EXPECTED for routes the app does not have: {[_route_id(r) for r in gone]}"
    assert REQUESTS.keys() == EXPECTED.keys(), sorted(REQUESTS.keys() ^ EXPECTED.keys())
    assert all(len(answers) == len(CALLERS) for answers in EXPECTED.values())


def test_every_path_parameter_is_a_token_a_serial_or_an_id():
    """A new kind of path parameter must be placed: tried with another company's, or said not to be an id."""
    for _, path in ROUTES:
        for name in re.findall(r"\{(\w+)\}", path):
            assert name in NOT_IDS or name.endswith("_id"), f"{path}: is {{{name}}} an id of a company's object?"


@pytest.mark.parametrize("caller", CALLERS)
@pytest.mark.parametrize("route", ROUTES, ids=_route_id)
def test_every_caller_gets_the_expected_answer(world, route, caller):
    method, path = route
    expected = EXPECTED[route][CALLERS.index(caller)]
    request = REQUESTS[route](world, caller)
    refused = not isinstance(expected, int)
    before = world.snapshot() if refused else {}
    headers = world.headers(caller) if request.headers is None else request.headers
    r = _send(world, method, path, request, headers)
    assert _answer(r) == expected, r.text
    if refused:  # refused for who the caller is: nothing stored changed, nobody was mailed
        assert _changed(before, world.snapshot()) == []


def test_a_device_beats_with_its_own_secret(world):
    """The allowed call of the heartbeat, whose matrix row refuses every person."""
    r = world.http.post(
        f"/api/v1/devices/{world.device.serial}/heartbeat",
        json={"alarm": False},
        headers={"Authorization": f"Device {world.device.device_secret}"},
    )
    assert r.status_code == 204, r.text


@pytest.mark.parametrize("route", ID_ROUTES, ids=_route_id)
def test_another_companys_id_answers_like_an_unknown_one(world, route):
    """Company B's owner, who may do all of this in B, names an object of company A: 404, never 403,
    and the very answer an id that exists nowhere gets, so that ids cannot be probed."""
    method, path = route
    theirs = REQUESTS[route](world, "owner")  # a valid call of A's owner, on A's object
    nowhere = replace(theirs, path={name: UNKNOWN_ID for name in theirs.path})
    headers = bearer(world.other)
    before = world.snapshot()
    r = _send(world, method, path, theirs, headers)
    assert r.status_code == 404, r.text
    assert r.json() == _send(world, method, path, nowhere, headers).json()
    assert _changed(before, world.snapshot()) == []


@dataclass(frozen=True)
class BodyId:
    """A route that takes an id (or a serial) in its body or query, rather than in its path."""

    route: tuple[str, str]
    call: Callable[[World, object], Request]  # a valid call of company B's owner, naming this id
    theirs: Callable[[World], object]  # one of company A's
    unknown: object  # one that exists nowhere
    expected: Answer  # what both get


UNKNOWN_SERIAL = new_serial()  # random, like the serials add_inventory stores: in no inventory

BODY_IDS: dict[str, BodyId] = {
    "ownership to A's administrator": BodyId(
        ("POST", "/api/v1/company/owner"),
        lambda w, user_id: Request(json={"user_id": user_id, "password": STRONG_PASSWORD}),
        lambda w: w.new_member("admin"),
        UNKNOWN_ID,
        (404, "not_found"),
    ),
    "an invitation with A's role": BodyId(
        ("POST", "/api/v1/users/invitations"),
        lambda w, role_id: Request(json={**_invite(w, "owner").json, "role_id": role_id}),
        lambda w: w.spare_role,
        UNKNOWN_ID,
        (422, "validation_error"),
    ),
    "B's member given A's role": BodyId(
        ("PATCH", "/api/v1/users/{user_id}"),
        lambda w, role_id: Request({"user_id": w.other_member}, json={"role": "user", "role_id": role_id}),
        lambda w: w.spare_role,
        UNKNOWN_ID,
        (422, "validation_error"),
    ),
    "the activity of A's owner": BodyId(
        ("GET", "/api/v1/activity"),
        lambda w, user_id: Request(query={"actor": user_id}),
        lambda w: w.sessions["owner"]["user"]["id"],
        UNKNOWN_ID,
        200,  # an empty page
    ),
    "A's device, with its right code": BodyId(
        ("POST", "/api/v1/devices/activate"),
        lambda w, serial: Request(json={"serial": serial, "activation_code": w.device.activation_code}),
        lambda w: w.device.serial,
        UNKNOWN_SERIAL,
        (404, "device_not_found"),
    ),
}


@pytest.mark.parametrize("case", BODY_IDS)
def test_another_companys_ids_in_bodies_answer_like_unknown_ones(world, case):
    body_id = BODY_IDS[case]
    method, path = body_id.route
    headers = bearer(world.other)
    their_id = body_id.theirs(world)  # before the snapshot: it may be a fresh member of A
    before = world.snapshot()
    theirs = _send(world, method, path, body_id.call(world, their_id), headers)
    nowhere = _send(world, method, path, body_id.call(world, body_id.unknown), headers)
    assert _answer(theirs) == body_id.expected, theirs.text
    assert theirs.json() == nowhere.json()
    # B's own attempt counters may move (a refused invitation or activation counts, on purpose); A's rows may not.
    assert _changed(before, world.snapshot(), ignore=frozenset({"rate_events"})) == []
