"""Mail asked for by a request (recovery, the locking wrong password) is settled by the outbox
worker: a mail for an account, nothing for a made-up address, no quota spent on nothing."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from akonet_desktop.server.accounts import lockout
from akonet_desktop.server.db import transaction
from akonet_desktop.server.errors import ApiError
from akonet_desktop.server.mail import limits
from akonet_desktop.server.mail.limits import MailKind
from akonet_desktop.server.models import MailRequest, RateEvent
from tests.support.api import Api

KNOWN = "titular@frigo.pt"


def _count(api: Api, model, *where) -> int:
    with api.ctx.sessions() as session:
        return session.scalar(select(func.count()).select_from(model).where(*where))


def test_the_request_only_asks_and_the_worker_mails(api: Api):
    api.register(KNOWN)
    for email in (KNOWN, "nadie@frigo.pt"):
        assert api.http.post("/api/v1/password-recovery", json={"email": email}).status_code == 202
    assert _count(api, MailRequest) == 2  # the same row for both, nothing looked up yet
    [reset] = [m for m in api.mails(KNOWN) if "reset" in m["Subject"].lower()]
    assert api.mails("nadie@frigo.pt") == []
    assert _count(api, MailRequest) == 0
    # only the mail queued counts toward a recipient's quota: one mail, to the account's address
    with api.ctx.sessions() as session:
        keys = session.scalars(select(RateEvent.key).where(RateEvent.key.startswith(f"mail:{MailKind.RECOVERY}:")))
        assert len({key.split(":")[2] for key in keys}) == 1


def test_a_request_that_cannot_be_settled_holds_up_no_other(api: Api):
    api.register(KNOWN)
    with transaction(api.ctx.sessions) as session:
        session.add(MailRequest(kind="no-such-kind", email=KNOWN, client=None, created_at=api.ctx.clock.now()))
    assert api.http.post("/api/v1/password-recovery", json={"email": KNOWN}).status_code == 202
    assert len(api.mails(KNOWN)) == 2  # the registration link, then the reset link
    assert _count(api, MailRequest) == 0  # the bad one dropped (and logged)


def test_no_lockout_mail_once_the_address_is_unlocked(api: Api):
    api.register(KNOWN)
    for _ in range(api.settings.lockout_threshold):
        assert api.login(KNOWN, "Not-The-Password-1").status_code == 401
    with transaction(api.ctx.sessions) as session:  # reset meanwhile, before the worker came by
        lockout.unlock(session.connection(), KNOWN, api.ctx.clock.now())
    assert [m["Subject"] for m in api.mails(KNOWN)] == ["Continue your AKONet registration"]


def test_the_locking_wrong_password_of_an_account_mails_it(api: Api):
    api.register(KNOWN)
    for _ in range(api.settings.lockout_threshold):
        api.login(KNOWN, "Not-The-Password-1")
        api.login("nadie@frigo.pt", "Not-The-Password-1")
    assert _count(api, MailRequest) == 2  # one each, whether or not the address has an account
    assert "blocked" in api.mails(KNOWN)[-1]["Subject"]
    assert api.mails("nadie@frigo.pt") == []


def test_an_ipv6_client_is_its_slash_64_for_the_mail_limits(api: Api):
    """One host holds a whole /64: new addresses from it must not mean new allowances."""
    now = api.ctx.clock.now()
    with transaction(api.ctx.sessions) as session:
        for n in range(api.settings.mails_per_client_per_hour):
            limits.charge_client(session, api.ctx, f"2001:db8:1:2::{n + 1:x}", now)
        with pytest.raises(ApiError) as refused:
            limits.charge_client(session, api.ctx, "2001:db8:1:2:ffff::1", now)
        assert refused.value.status == 429
        limits.charge_client(session, api.ctx, "2001:db8:1:3::1", now)  # another /64: its own allowance
