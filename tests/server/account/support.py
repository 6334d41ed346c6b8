"""What the My account tests share: a signed-in owner, and codes computed from a secret."""

from __future__ import annotations

from akonet_desktop.server.accounts.totp import code_at
from tests.support.api import STRONG_PASSWORD, Api
from tests.support.devices import bearer

EMAIL = "ana@frio.es"
AGENT = "AKONetDesktop/0.4 (Windows 11)"


def sign_in(api: Api, email: str = EMAIL, password: str = STRONG_PASSWORD, agent: str = AGENT) -> dict:
    r = api.http.post("/api/v1/auth/login", json={"email": email, "password": password}, headers={"User-Agent": agent})
    assert r.status_code == 200, r.text
    return r.json()


def code(api: Api, secret: str, **shift: float) -> str:
    """The code an authenticator app shows now (or `shift` from now) on the test's clock."""
    from datetime import timedelta

    return code_at(secret, api.ctx.clock.now() + timedelta(**shift))


def turn_on_totp(api: Api, signed: dict, password: str = STRONG_PASSWORD) -> tuple[str, list[str]]:
    """Two-step verification on for the signed-in person: (secret, recovery codes). The clock moves
    on a step, so that the enrolment's code is not the next sign-in's (a code works once)."""
    r = api.http.post("/api/v1/me/totp", json={"password": password}, headers=bearer(signed))
    assert r.status_code == 200, r.text
    secret = r.json()["secret"]
    r = api.http.post("/api/v1/me/totp/confirm", json={"code": code(api, secret)}, headers=bearer(signed))
    assert r.status_code == 200, r.text
    if hasattr(api.ctx.clock, "advance"):  # a test's manual clock (the real one moves by itself)
        api.ctx.clock.advance(seconds=30)
    return secret, r.json()["recovery_codes"]


def wrong_code(api: Api, secret: str, n: int = 0) -> str:
    """The n-th six-digit code that an authenticator does not show around now: a wrong guess that
    cannot happen to be right."""
    shown = {code(api, secret, seconds=s) for s in range(-120, 121, 30)}
    return [c for c in (f"{i:06d}" for i in range(n + 1 + len(shown))) if c not in shown][n]
