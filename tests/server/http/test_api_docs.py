"""/docs: off unless asked for; when on, its scripts are pinned, integrity-checked and fenced by a CSP."""

from __future__ import annotations

import base64
import hashlib
import re

import pytest

from tests.support.api import Api


@pytest.fixture
def make_api(make_settings, sqlite_url):
    apis = []

    def make(**overrides) -> Api:
        api = Api(make_settings(sqlite_url, **overrides)).__enter__()
        apis.append(api)
        return api

    yield make
    for api in apis:
        api.__exit__(None, None, None)


def test_no_docs_page_unless_asked_for(make_api):
    api = make_api()
    assert api.http.get("/docs").status_code == 404
    assert api.http.get("/redoc").status_code == 404
    assert api.http.get("/api/v1/openapi.json").status_code == 200  # the document stays, for tools


def test_the_docs_page_runs_only_pinned_checked_scripts(make_api):
    r = make_api(docs=True).http.get("/docs")
    assert r.status_code == 200
    page = r.text
    external = re.findall(r"<(?:script|link)\b[^>]*\b(?:src|href)=\"[^\"]+\"[^>]*>", page)
    assert len(external) == 2  # Swagger UI's script and style sheet
    for tag in external:
        assert re.search(r'(?:src|href)="https://[^"]+@\d+\.\d+\.\d+/', tag), tag  # an exact release
        assert re.search(r'integrity="sha384-[A-Za-z0-9+/=]{64}"', tag), tag
        assert 'crossorigin="anonymous"' in tag
    policy = dict(directive.strip().split(" ", 1) for directive in r.headers["content-security-policy"].split(";"))
    assert policy["default-src"] == "'none'"
    assert "'unsafe-inline'" not in policy["script-src"] and "'unsafe-eval'" not in policy["script-src"]
    assert policy["connect-src"] == "'self'"
    for inline in re.findall(r"<script>(.*?)</script>", page, re.S):  # allowed one by one, by hash
        digest = base64.b64encode(hashlib.sha256(inline.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in policy["script-src"]
