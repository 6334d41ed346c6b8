"""address keys: people are found by users.email_key / invitations.email_key; addresses keep their case

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-09

Until now an address was stored casefolded, which is both the look-up key and where mail went:
`Straße@` got mail at `strasse@`. From now on `email` is where mail goes (as typed) and `email_key`
(rules.email_key: lower-cased, never casefolded) finds the person. Existing rows keep their stored
address; its key is that address lower-cased (it is already in the normalised form the key is
computed from, so it is the key a new sign-in with that address computes).

No table that others reference is rebuilt: on SQLite a rebuild drops the old table, and with
foreign keys on (they are, and cannot be turned off inside the migration's transaction) that
drop deletes every session and reset link and clears the activity log's actors. So the columns
are added in place, and users.email keeps its old UNIQUE constraint (implied by the key's: equal
addresses have equal keys).
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_BATCH = 1000


def upgrade() -> None:
    for table in ("users", "invitations"):
        # NOT NULL needs a default for the rows already there (SQLite adds no NOT NULL column
        # without one); every row gets its key just below, and new rows always carry one.
        op.add_column(table, sa.Column("email_key", sa.String(length=254), server_default="", nullable=False))
        _backfill_keys(table)
        if op.get_bind().dialect.name != "sqlite":  # SQLite cannot drop a default without a rebuild
            op.alter_column(table, "email_key", server_default=None)
    op.create_index(op.f("ix_users_email_key"), "users", ["email_key"], unique=True)
    op.drop_index(op.f("ix_invitations_email"), table_name="invitations")
    op.create_index(op.f("ix_invitations_email_key"), "invitations", ["email_key"], unique=False)
    _rekey_preactivated_devices()


def _backfill_keys(name: str) -> None:
    connection = op.get_bind()
    table = sa.table(name, sa.column("id"), sa.column("email"), sa.column("email_key"))
    update = table.update().where(table.c.id == sa.bindparam("row_id")).values(email_key=sa.bindparam("key"))
    rows = connection.execute(sa.select(table.c.id, table.c.email).order_by(table.c.id)).all()
    for start in range(0, len(rows), _BATCH):
        batch = rows[start : start + _BATCH]
        connection.execute(update, [{"row_id": row_id, "key": email.lower()} for row_id, email in batch])


def _rekey_preactivated_devices() -> None:
    """A device waits for the key of its address now (casefolded before: almost always the same)."""
    connection = op.get_bind()
    devices = sa.table("devices", sa.column("id"), sa.column("preactivated_for"))
    waiting = connection.execute(
        sa.select(devices.c.id, devices.c.preactivated_for).where(devices.c.preactivated_for.is_not(None))
    ).all()
    changed = [{"row_id": i, "key": email.lower()} for i, email in waiting if email != email.lower()]
    if changed:
        connection.execute(
            devices.update().where(devices.c.id == sa.bindparam("row_id")).values(preactivated_for=sa.bindparam("key")),
            changed,
        )


def downgrade() -> None:
    # The previous release finds people by their stored address: store the (lower-case) key there.
    for name in ("users", "invitations"):
        table = sa.table(name, sa.column("email"), sa.column("email_key"))
        op.execute(table.update().values(email=table.c.email_key))
    op.drop_index(op.f("ix_invitations_email_key"), table_name="invitations")
    op.create_index(op.f("ix_invitations_email"), "invitations", ["email"], unique=False)
    op.drop_index(op.f("ix_users_email_key"), table_name="users")
    # In place (SQLite 3.35+ drops a column without a rebuild), for the reason said at the top.
    op.drop_column("invitations", "email_key")
    op.drop_column("users", "email_key")
