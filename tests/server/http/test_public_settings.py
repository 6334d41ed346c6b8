"""GET /settings: what the deployment decides that the desktop's texts quote, from its settings."""

from __future__ import annotations

from akonet_desktop.api import defaults
from akonet_desktop.server.settings import Settings
from tests.support.api import STRONG_PASSWORD, Api


def test_defaults_are_served_without_signing_in(make_settings, sqlite_url):
    with Api(make_settings(sqlite_url)) as api:
        answer = api.http.get("/api/v1/settings")
    assert answer.status_code == 200
    assert answer.json() == {
        "lockout_threshold": defaults.LOCKOUT_THRESHOLD,
        "reset_link_minutes": defaults.RESET_LINK_MINUTES,
        "invitation_link_minutes": defaults.INVITATION_LINK_MINUTES,
    }
    assert answer.headers["cache-control"] == "no-store"  # a changed setting shows at the next start


def test_the_values_follow_the_settings(make_settings, sqlite_url):
    settings = make_settings(sqlite_url, lockout_threshold=5, reset_link_minutes=45, invitation_link_minutes=2880)
    with Api(settings) as api:
        body = api.http.get("/api/v1/settings").json()
        assert body == {"lockout_threshold": 5, "reset_link_minutes": 45, "invitation_link_minutes": 2880}
        # and they are what the server does: the fifth wrong password blocks the account
        email = "jefa@frio-levante.es"
        api.register(email)
        answers = [api.login(email, "Wrong-Password-1") for _ in range(5)]
        assert [a.json().get("attempts_left") for a in answers] == [4, 3, 2, 1, 0]
        assert api.login(email, STRONG_PASSWORD).json()["code"] == "account_locked"


def test_a_deployment_sets_them_with_environment_variables(monkeypatch, tmp_path):
    monkeypatch.setenv("AKONET_LOCKOUT_THRESHOLD", "5")
    monkeypatch.setenv("AKONET_RESET_LINK_MINUTES", "20")
    monkeypatch.setenv("AKONET_INVITATION_LINK_MINUTES", "1440")
    settings = Settings(
        data_dir=tmp_path,
        database_url=f"sqlite:///{tmp_path / 'db.sqlite3'}",
        mail_url=f"maildir://{tmp_path / 'Maildir'}",
        outbox_worker=False,
    )
    with Api(settings) as api:
        assert api.http.get("/api/v1/settings").json() == {
            "lockout_threshold": 5,
            "reset_link_minutes": 20,
            "invitation_link_minutes": 1440,
        }


def test_the_server_defaults_are_the_declared_ones():
    fields = Settings.model_fields
    assert fields["lockout_threshold"].default == defaults.LOCKOUT_THRESHOLD == 6  # the user guide's six
    assert fields["reset_link_minutes"].default == defaults.RESET_LINK_MINUTES
    assert fields["invitation_link_minutes"].default == defaults.INVITATION_LINK_MINUTES == 7 * 24 * 60


def test_the_route_is_in_the_openapi_document(make_settings, sqlite_url):
    with Api(make_settings(sqlite_url)) as api:
        paths = api.http.get("/api/v1/openapi.json").json()["paths"]
    assert "/api/v1/settings" in paths
