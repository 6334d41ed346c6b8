"""The registry of emailed links: every kind the server mails comes back through the client, its token stays
out of the logs, its page exists, and its lifetime is a setting a deployment can change."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import pytest

import akonet_desktop
from akonet_desktop.api.links import (
    APP_SCHEME,
    ISSUED_TOKEN_PATTERN,
    LINK_KINDS,
    PASSWORD_FORGOT_LINK,
    REGISTRATION_LINK,
    TOKEN_PATTERN,
    LinkKind,
    LinkLifetime,
    kind_named,
)
from akonet_desktop.client import deeplinks
from akonet_desktop.client.deeplinks import DeepLink, extract_token, parse_deep_link
from akonet_desktop.server.accounts.tokens import new_token
from akonet_desktop.server.http.log_redaction import REDACTED, redact
from akonet_desktop.server.mail.links import link_minutes, link_pair
from akonet_desktop.server.settings import Settings
from tests.support.api import Api

PUBLIC_URL = "https://akonet.example.com/prefix"
WITH_TOKEN = [kind for kind in LINK_KINDS if kind.parameter is not None]
WITHOUT_TOKEN = [kind for kind in LINK_KINDS if kind.parameter is None]
names = [kind.name for kind in LINK_KINDS]


def _id(kind: LinkKind) -> str:
    return kind.name


def test_kinds_are_distinct():
    assert len(set(names)) == len(LINK_KINDS)
    assert len({kind.path for kind in LINK_KINDS}) == len(LINK_KINDS)
    assert [kind_named(name) for name in names] == list(LINK_KINDS)
    with pytest.raises(KeyError):
        kind_named("no_such_kind")


@pytest.mark.parametrize("kind", WITH_TOKEN, ids=_id)
def test_a_link_the_server_builds_comes_back_through_the_client(kind):
    token = new_token()
    pair = link_pair(PUBLIC_URL, kind, token)
    assert pair.web_link.startswith(f"{PUBLIC_URL}/{kind.path}?")
    assert pair.app_link.startswith(f"{APP_SCHEME}://{kind.path}?")
    assert parse_deep_link(pair.app_link) == DeepLink(kind.name, token)
    for link in (pair.web_link, pair.app_link, f"Open <{pair.web_link}>.\n"):
        assert extract_token(link) == token
        assert extract_token(link, kind) == token
    for other in WITH_TOKEN:
        if other != kind:  # a link pasted where another kind is expected
            assert extract_token(pair.web_link, other) is None
            assert extract_token(pair.app_link, other) is None


@pytest.mark.parametrize("kind", WITHOUT_TOKEN, ids=_id)
def test_a_link_without_token_opens_the_app_and_carries_no_code(kind):
    assert parse_deep_link(kind.app_link()) == DeepLink(kind.name, None)
    assert extract_token(kind.app_link()) is None
    assert kind.web_path is None
    with pytest.raises(ValueError):
        kind.web_link(PUBLIC_URL, new_token())


@pytest.mark.parametrize("kind", WITH_TOKEN, ids=_id)
def test_the_log_never_shows_a_links_token(kind):
    token = new_token()
    parts = urlsplit(link_pair(PUBLIC_URL, kind, token).web_link)
    logged = redact(f"{parts.path}?lang=fr&{parts.query}")
    assert token not in logged
    assert logged == f"{parts.path}?lang=fr&{kind.parameter}={REDACTED}"


@pytest.fixture(scope="module")
def api(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("links")
    settings = Settings(
        data_dir=tmp,
        database_url=f"sqlite:///{tmp / 'akonet.sqlite3'}",
        mail_url=f"maildir://{(tmp / 'Maildir').as_posix()}",
        outbox_worker=False,
    )
    with Api(settings) as api:
        yield api


@pytest.mark.parametrize("kind", WITH_TOKEN, ids=_id)
def test_each_web_link_has_its_page(api, kind):
    token = new_token()
    r = api.http.get(kind.web_path, params={kind.parameter: token})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert token in r.text and kind.app_link(token) in r.text
    assert api.http.get(kind.web_path).status_code == 404  # no code: refused, not a page without one


def test_the_server_issues_tokens_of_the_one_form_its_pages_and_the_client_accept():
    for _ in range(200):
        token = new_token()
        assert ISSUED_TOKEN_PATTERN.fullmatch(token) and TOKEN_PATTERN.fullmatch(token)


@pytest.mark.parametrize("kind", WITHOUT_TOKEN, ids=_id)
def test_an_app_only_link_has_no_page(api, kind):
    assert api.http.get(f"/{kind.path}").status_code == 404


@pytest.mark.parametrize("kind", WITH_TOKEN, ids=_id)
def test_each_lifetime_is_a_setting_with_the_registry_default(kind, monkeypatch, tmp_path):
    field = Settings.model_fields[kind.lifetime.setting]
    assert field.default == kind.lifetime.default_minutes
    monkeypatch.delenv(f"AKONET_{kind.lifetime.setting.upper()}", raising=False)
    assert link_minutes(Settings(data_dir=tmp_path), kind) == kind.lifetime.default_minutes
    monkeypatch.setenv(f"AKONET_{kind.lifetime.setting.upper()}", "7")
    assert link_minutes(Settings(data_dir=tmp_path), kind) == 7


def test_a_link_without_token_has_no_lifetime(tmp_path):
    with pytest.raises(ValueError):
        link_minutes(Settings(data_dir=tmp_path), PASSWORD_FORGOT_LINK)


@pytest.mark.parametrize("kind", LINK_KINDS, ids=_id)
def test_each_path_is_written_once_in_the_product(kind):
    """The registry is the only place that spells a link's path: not the code, not a Designer form (compiled
    forms are generated from ui/*.ui, which is read instead)."""
    package = Path(akonet_desktop.__file__).parent
    sources = [*sorted(package.rglob("*.py")), *sorted((package.parent / "ui").glob("*.ui"))]
    writers = [
        path.relative_to(package.parent).as_posix()
        for path in sources
        if "gui/forms/" not in path.as_posix() and kind.path in path.read_text("utf-8")
    ]
    assert writers == ["akonet_desktop/api/links.py"]


def test_a_new_kind_is_parsed_from_its_entry_alone(monkeypatch):
    transfer = LinkKind("transfer", "transfer/confirm", "code", LinkLifetime("transfer_link_minutes", 60))
    monkeypatch.setattr(deeplinks, "LINK_KINDS", (*LINK_KINDS, transfer))
    token = new_token()
    assert parse_deep_link(transfer.app_link(token)) == DeepLink("transfer", token)
    assert extract_token(transfer.web_link(PUBLIC_URL, token)) == token
    assert extract_token(transfer.app_link(token), transfer) == token
    assert extract_token(transfer.app_link(token), REGISTRATION_LINK) is None
    assert extract_token(REGISTRATION_LINK.app_link(token), transfer) is None


@pytest.mark.parametrize(
    "arguments",
    [
        ("x", "x/y", "token", None),  # a token that never expires
        ("x", "x/y", None, LinkLifetime("x_minutes", 1)),  # a lifetime for nothing
        ("x", "/x/y", None, None),
        ("x", "X/y", None, None),
    ],
)
def test_inconsistent_kinds_are_refused(arguments):
    with pytest.raises(ValueError):
        LinkKind(*arguments)


def test_links_carry_a_token_exactly_when_their_kind_does():
    with pytest.raises(ValueError):
        REGISTRATION_LINK.app_link()
    with pytest.raises(ValueError):
        PASSWORD_FORGOT_LINK.app_link(new_token())
    assert REGISTRATION_LINK.app_link_example == f"{APP_SCHEME}://{REGISTRATION_LINK.path}?token=…"
