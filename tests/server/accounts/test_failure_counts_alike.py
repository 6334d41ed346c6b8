"""Failure counts of made-up addresses live exactly as long as those of real accounts: the same
answers and the same rows kept, at every moment, so that neither can tell one from the other."""

from __future__ import annotations

from sqlalchemy import select

from akonet_desktop.server import housekeeping
from akonet_desktop.server.accounts.lockout import FAILURES_FORGOTTEN
from akonet_desktop.server.db import transaction
from akonet_desktop.server.models import LoginAttempts
from tests.support.api import STRONG_PASSWORD, Api

WRONG = "Wrong-Guess-1!"


def _rows(api: Api) -> dict[str, tuple]:
    with api.ctx.sessions() as session:
        return {
            row.email: (row.failures, row.pending, row.locked_at is not None, row.updated_at)
            for row in session.scalars(select(LoginAttempts))
        }


def _purge(api: Api) -> None:
    with transaction(api.ctx.sessions) as session:
        housekeeping.purge(session, api.settings, api.ctx.clock.now())


def _left(api: Api, email: str) -> int:
    answer = api.login(email, WRONG)
    assert answer.status_code == 401, answer.text
    return answer.json()["attempts_left"]


def _alike(api: Api, real: str, made_up: str) -> None:
    rows = _rows(api)
    assert rows.get(real) == rows.get(made_up)


def test_counts_are_forgotten_at_the_same_moment_even_before_housekeeping_runs(api, clock):
    real, made_up = "jefe@frio.es", "nadie@frio.es"
    api.register(real)
    assert [_left(api, real) for _ in range(3)] == [_left(api, made_up) for _ in range(3)] == [5, 4, 3]
    _alike(api, real, made_up)

    clock.advance(seconds=FAILURES_FORGOTTEN.total_seconds() - 1)
    _purge(api)
    _alike(api, real, made_up)  # both still counted...
    assert real in _rows(api)

    clock.advance(seconds=2)  # ...and both forgotten, whenever housekeeping runs next
    assert _left(api, real) == _left(api, made_up) == 5
    _alike(api, real, made_up)
    assert api.login(real, STRONG_PASSWORD).status_code == 200  # the account never got near a lock


def test_housekeeping_removes_both_rows_together_and_keeps_both_locks(api, clock):
    real, made_up = "jefe@frio.es", "nadie@frio.es"
    locked_real, locked_made_up = "bloqueado@frio.es", "fantasma@frio.es"
    for email in (real, locked_real):
        api.register(email)
    for email in (real, made_up):
        _left(api, email)
    for email in (locked_real, locked_made_up):
        for _ in range(api.settings.lockout_threshold):
            _left(api, email)

    clock.advance(seconds=FAILURES_FORGOTTEN.total_seconds() + housekeeping.GRACE.total_seconds() + 1)
    _purge(api)

    rows = _rows(api)
    assert real not in rows and made_up not in rows
    assert rows[locked_real][:3] == rows[locked_made_up][:3] == (api.settings.lockout_threshold, 0, True)
    assert api.login(locked_real, STRONG_PASSWORD).status_code == api.login(locked_made_up, WRONG).status_code == 423
