"""auth_sessions: a random key per session deriving the tokens that replace a refresh token

Revision ID: 0006
Revises: 0004
Create Date: 2026-12-09
"""

import secrets

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

_BATCH = 5000


def upgrade() -> None:
    # A plain ADD COLUMN (no table copy on SQLite, no rewrite on PostgreSQL): nullable.
    op.add_column("auth_sessions", sa.Column("successor_salt", sa.String(length=64), nullable=True))
    # Sessions still going get their key now, so that their next refresh may be retried too.
    connection = op.get_bind()
    sessions = sa.table("auth_sessions", sa.column("id"), sa.column("revoked_at"), sa.column("successor_salt"))
    ids = connection.execute(sa.select(sessions.c.id).where(sessions.c.revoked_at.is_(None))).scalars().all()
    update = (
        sa.update(sessions)
        .where(sessions.c.id == sa.bindparam("session_id"))
        .values(successor_salt=sa.bindparam("salt"))
    )
    for start in range(0, len(ids), _BATCH):
        connection.execute(
            update, [{"session_id": id_, "salt": secrets.token_hex(32)} for id_ in ids[start : start + _BATCH]]
        )


def downgrade() -> None:
    # Not in batch mode: on SQLite that copies the table and drops the old one, whose
    # ON DELETE CASCADE would take every session's tokens with it (SQLite >= 3.35 drops a column).
    op.drop_column("auth_sessions", "successor_salt")
