"""What a client reads before sign-in, and the web pages behind emailed links."""

from __future__ import annotations

import html
from urllib.parse import quote

import pytest

from akonet_desktop.rules import PasswordPolicy, check_password
from akonet_desktop.server.accounts.tokens import new_token
from tests.support.api import Api


@pytest.fixture(scope="module")
def api(tmp_path_factory):
    from akonet_desktop.server.settings import Settings

    tmp = tmp_path_factory.mktemp("meta")
    settings = Settings(
        data_dir=tmp,
        database_url=f"sqlite:///{tmp / 'db.sqlite3'}",
        mail_url=f"maildir://{tmp / 'Maildir'}",
        outbox_worker=False,
    )
    with Api(settings) as api:
        yield api


def test_health(api):
    body = api.http.get("/api/v1/health").json()
    assert body["status"] == "ok" and body["database"] == "sqlite"


def test_password_policy_round_trips_into_the_rules(api):
    policy = PasswordPolicy.from_dict(api.http.get("/api/v1/password-policy").json())
    assert policy == api.ctx.policy
    assert check_password("Fridge-Ninja-42", policy) == []
    assert "no_symbol" in check_password("FridgeNinja42", policy)


@pytest.mark.parametrize("lang,spain", [("fr", "Espagne"), ("es", "España"), ("en", "Spain")])
def test_reference_is_localised(api, lang, spain):
    ref = api.http.get("/api/v1/reference", params={"language": lang}).json()
    assert ref["language"] == lang
    assert {"code": "ES", "name": spain} in ref["countries"]
    assert [lang["code"] for lang in ref["languages"]] == ["fr", "en", "es", "de", "it", "pt"]
    spanish_types = [t["code"] for t in ref["id_types"] if t["country"] == "ES"]
    assert spanish_types[:2] == ["es_nif", "es_cif"] and spanish_types[-1] == "other"
    assert {t["code"] for t in ref["id_types"] if t["country"] == "US"} == {"us_ein", "other"}


def test_reference_follows_accept_language_style_values(api):
    assert api.http.get("/api/v1/reference", params={"language": "de-DE,de;q=0.9"}).json()["language"] == "de"


LINK_PAGES = ["/registration/continue", "/password/reset", "/invitation/accept"]


@pytest.mark.parametrize("path", LINK_PAGES)
def test_link_pages_show_the_code_and_the_app_link(api, path):
    token = new_token()
    r = api.http.get(path, params={"token": token}, headers={"Accept-Language": "es"})
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/html")
    assert r.headers["referrer-policy"] == "no-referrer"
    assert token in r.text
    assert f"akonet:/{path}?token={token}" in r.text
    assert 'lang="es"' in r.text


NOT_ISSUED = [
    "A" * 200,  # the alphabet, but no token this server issues is that long
    "Zq9SecretToken0123456789abcdefX",  # one short
    "Zq9SecretToken0123456789abcdefXYZ",  # one long
    "<script>alert(1)</script>",
    "Your account is closed. Call +1 555 0100",
    "Zq9SecretToken0123456789abcde%XY",
    "Zq9SecretToken0123456789abcdef\n",  # 32 characters, the last a line break
    "Zq9SecretToken0123456789abcdéXY",
    "",
]


@pytest.mark.parametrize("path", LINK_PAGES)
@pytest.mark.parametrize("token", NOT_ISSUED)
def test_a_code_the_server_never_issued_gets_a_plain_404_page(api, path, token):
    r = api.http.get(path, params={"token": token}, headers={"Accept-Language": "fr"})
    assert r.status_code == 404
    assert r.headers["content-type"].startswith("text/html")
    assert r.headers["content-security-policy"].startswith("default-src 'none'")
    assert r.headers.get_list("cache-control") == ["no-store"]
    assert "Ce lien n’est pas valide" in r.text
    assert "akonet://" not in r.text and "<code" not in r.text
    # Nothing of the link comes back, in any form.
    for shown in {token, token.strip(), html.escape(token), quote(token), "AAAAAAAAAAAAAAAA", "alert", "555"}:
        assert not shown or shown not in r.text, shown


@pytest.mark.parametrize("path", LINK_PAGES)
def test_a_link_without_its_code_gets_the_plain_404_page(api, path):
    r = api.http.get(path, params={"other": "x"})
    assert r.status_code == 404 and "This link is not valid" in r.text


def test_openapi_document_is_served(api):
    paths = api.http.get("/api/v1/openapi.json").json()["paths"]
    assert {
        "/api/v1/registrations",
        "/api/v1/registrations/{token}",
        "/api/v1/registrations/{token}/company",
        "/api/v1/registrations/{token}/complete",
        "/api/v1/auth/login",
        "/api/v1/auth/refresh",
        "/api/v1/auth/logout",
        "/api/v1/me",
        "/api/v1/password-recovery",
        "/api/v1/password-reset",
        "/api/v1/health",
        "/api/v1/password-policy",
        "/api/v1/reference",
    } <= set(paths)


def test_no_api_answer_may_be_stored(api):
    """Tokens and personal data: every API answer says no-store, errors and refusals too."""
    email = "cache@froid.fr"
    signed = api.register(email)
    answers = [
        api.login(email, "Fridge-Ninja-42"),  # a token response (RFC 6749, 5.1)
        api.login(email, "wrong password 1A!"),  # 401
        api.http.get("/api/v1/me", headers={"Authorization": f"Bearer {signed['session']['access_token']}"}),
        api.http.post("/api/v1/auth/refresh", json={"refresh_token": signed["session"]["refresh_token"]}),
        api.http.post("/api/v1/auth/login", json={"email": 3}),  # 422
        api.http.post(
            "/api/v1/auth/login",
            content=b"x" * (api.settings.max_body_bytes + 1),
            headers={"content-type": "application/json"},
        ),  # 413, refused before routing
        api.http.get("/api/v1/health"),
    ]
    assert [r.status_code for r in answers] == [200, 401, 200, 200, 422, 413, 200]
    for r in answers:
        assert r.headers["cache-control"] == "no-store", r.request.url
        assert r.headers["x-content-type-options"] == "nosniff"
    page = api.http.get("/registration/continue", params={"token": new_token()})
    assert page.headers.get_list("cache-control") == ["no-store"]  # the pages' own, not doubled
