"""waiting devices: the pre-activation index holds only devices in no company yet; the company
still joining devices after its registration

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03

Joining a million pre-activated devices a batch at a time (server/devices/joining.py) read, for
each batch, the index entries of every device of that address joined before it (the index held
them all, joined or not): five minutes at a million. A partial index holds the waiting ones only,
the only ones ever looked up by address. `companies.joining_for` names the address a company
registered with while its devices are still joining: the joiner's work, kept across restarts.
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

_WAITING = sa.text("company_id IS NULL")


def upgrade() -> None:
    op.add_column("companies", sa.Column("joining_for", sa.String(length=254), nullable=True))
    op.drop_index("ix_devices_preactivated_for", table_name="devices")
    op.create_index(
        "ix_devices_waiting_for",
        "devices",
        ["preactivated_for"],
        sqlite_where=_WAITING,
        postgresql_where=_WAITING,
    )


def downgrade() -> None:
    op.drop_index("ix_devices_waiting_for", table_name="devices")
    op.create_index("ix_devices_preactivated_for", "devices", ["preactivated_for"])
    op.drop_column("companies", "joining_for")
