"""devices: search texts and their trigram index; "never" first in PostgreSQL's moment indexes; ids in the serial index

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-16
"""

import sqlalchemy as sa
from alembic import op

from akonet_desktop.server.devices import search_index
from akonet_desktop.server.devices.search_text import search_text

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

_Id = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
_BATCH = 5000
# (name, nullable column): the list sorts "never" as the oldest moment. PostgreSQL puts NULLs
# last going up unless told; SQLite puts them first, and its indexes stay as they are.
_MOMENT_INDEXES = (
    ("ix_devices_company_last_seen_at", ("company_id", "last_seen_at NULLS FIRST", "id")),
    ("ix_devices_company_activated_at", ("company_id", "activated_at NULLS FIRST", "id")),
    ("ix_devices_company_status", ("company_id", "alarm DESC", "last_seen_at NULLS FIRST", "id")),
)

_devices = sa.table(
    "devices", sa.column("id"), sa.column("serial"), sa.column("name"), sa.column("location"), sa.column("model")
)
_search = sa.table("device_search", sa.column("device_id"), sa.column("search_text"))


def upgrade() -> None:
    op.create_table(
        "device_search",
        sa.Column("device_id", _Id, autoincrement=False, nullable=False),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["device_id"], ["devices.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("device_id"),
    )
    connection = op.get_bind()
    _fill(connection)
    search_index.create(connection)  # after the rows: one index build, not one update per row
    if connection.dialect.name == "postgresql":
        for name, columns in _MOMENT_INDEXES:
            _recreate_index(name, columns)
    # With `id`: a page found by offset skips index entries only (PostgreSQL: an index-only scan).
    _recreate_index("ix_devices_company_serial", ("company_id", "serial", "id"))


def _fill(connection: sa.Connection) -> None:
    """Every device's search text, computed as new writes compute it, a batch at a time."""
    last = 0
    while True:
        rows = connection.execute(
            sa.select(_devices.c.id, _devices.c.serial, _devices.c.name, _devices.c.location, _devices.c.model)
            .where(_devices.c.id > last)
            .order_by(_devices.c.id)
            .limit(_BATCH)
        ).all()
        if not rows:
            return
        connection.execute(
            sa.insert(_search),
            [
                {"device_id": id_, "search_text": search_text(serial, name, location, model)}
                for id_, serial, name, location, model in rows
            ],
        )
        last = rows[-1].id


def _recreate_index(name: str, columns: tuple[str, ...]) -> None:
    op.drop_index(name, table_name="devices")
    op.execute(f"CREATE INDEX {name} ON devices ({', '.join(columns)})")


def downgrade() -> None:
    connection = op.get_bind()
    _recreate_index("ix_devices_company_serial", ("company_id", "serial"))
    if connection.dialect.name == "postgresql":
        for name, columns in _MOMENT_INDEXES:
            _recreate_index(name, tuple(column.replace(" NULLS FIRST", "") for column in columns))
    search_index.drop(connection)
    op.drop_table("device_search")
