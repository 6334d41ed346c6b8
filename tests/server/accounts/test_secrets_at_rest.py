"""What the database holds: argon2id hashes and token digests, never a secret in clear."""

from __future__ import annotations

from sqlalchemy import MetaData, select

from akonet_desktop.server.models import User
from tests.support.api import STRONG_PASSWORD, Api, token_of

EMAIL = "secret-keeper@froid.fr"


def _every_value(api: Api) -> list[str]:
    metadata = MetaData()
    metadata.reflect(api.ctx.engine)
    values = []
    with api.ctx.engine.connect() as connection:
        for table in metadata.sorted_tables:
            for row in connection.execute(table.select()):
                values.extend(str(v) for v in row if v is not None)
    return values


def test_no_password_or_token_is_stored_in_clear(make_settings, database_url):
    with Api(make_settings(database_url)) as api:
        signed = api.register(EMAIL)
        api.http.post("/api/v1/password-recovery", json={"email": EMAIL})
        reset_token = api.last_token(EMAIL)
        registration_token = token_of(api.mails(EMAIL)[0])
        secrets = [
            STRONG_PASSWORD,
            registration_token,
            signed["session"]["access_token"],
            signed["session"]["refresh_token"],
            reset_token,
        ]
        stored = _every_value(api)  # every mail is delivered by now, so its body is gone too
        for secret in secrets:
            assert not any(secret in value for value in stored), secret
        with api.ctx.sessions() as session:
            assert session.scalar(select(User.password_hash)).startswith("$argon2id$v=19$m=19456,t=2,p=1$")


def test_sign_in_rehashes_when_the_parameters_grow(make_settings, database_url):
    with Api(make_settings(database_url)) as api:
        api.register(EMAIL)
    with Api(make_settings(database_url, argon2_time_cost=3, argon2_memory_kib=24 * 1024)) as api:
        assert api.login(EMAIL, STRONG_PASSWORD).status_code == 200
        with api.ctx.sessions() as session:
            assert session.scalar(select(User.password_hash)).startswith("$argon2id$v=19$m=24576,t=3,p=1$")
        assert api.login(EMAIL, STRONG_PASSWORD).status_code == 200


def test_a_failing_statement_does_not_carry_its_values_into_errors_or_logs(make_settings, database_url):
    import pytest
    from sqlalchemy import insert
    from sqlalchemy.exc import IntegrityError

    from akonet_desktop.server.models import OutboxMail

    with Api(make_settings(database_url)) as api:
        link = "akonet://password/reset?token=live-token-in-a-mail-body"
        now = api.ctx.clock.now()
        row = {
            "id": 1,
            "kind": "password_reset",
            "recipient": EMAIL,
            "language": "en",
            "subject": "s",
            "body_text": link,
            "body_html": link,
            "created_at": now,
            "next_attempt_at": now,
            "attempts": 0,
        }
        with pytest.raises(IntegrityError) as failed:
            with api.ctx.engine.begin() as connection:
                connection.execute(insert(OutboxMail), [row, row])  # the same id twice
        assert "live-token" not in str(failed.value)
