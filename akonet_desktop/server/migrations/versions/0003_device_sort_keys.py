"""devices: natural sort keys for name and location

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

from akonet_desktop.rules.sort_key import natural_sort_key

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_SortKey = sa.String(length=255).with_variant(sa.String(length=255, collation="C"), "postgresql")
_BATCH = 5000


def upgrade() -> None:
    with op.batch_alter_table("devices", schema=None) as batch_op:
        batch_op.add_column(sa.Column("name_key", _SortKey, server_default="", nullable=False))
        batch_op.add_column(sa.Column("location_key", _SortKey, server_default="", nullable=False))
    # The keys of the names already there, computed as new writes compute them.
    connection = op.get_bind()
    devices = sa.table(
        "devices",
        sa.column("id"),
        sa.column("name"),
        sa.column("location"),
        sa.column("name_key"),
        sa.column("location_key"),
    )
    rows = connection.execute(
        sa.select(devices.c.id, devices.c.name, devices.c.location).where(
            sa.or_(devices.c.name != "", devices.c.location != "")
        )
    ).all()
    update = (
        sa.update(devices)
        .where(devices.c.id == sa.bindparam("device_id"))
        .values(name_key=sa.bindparam("new_name_key"), location_key=sa.bindparam("new_location_key"))
    )
    for start in range(0, len(rows), _BATCH):
        connection.execute(
            update,
            [
                {
                    "device_id": id_,
                    "new_name_key": natural_sort_key(name),
                    "new_location_key": natural_sort_key(location),
                }
                for id_, name, location in rows[start : start + _BATCH]
            ],
        )
    with op.batch_alter_table("devices", schema=None) as batch_op:
        batch_op.drop_index("ix_devices_company_name")
        batch_op.drop_index("ix_devices_company_location")
        batch_op.create_index("ix_devices_company_name_key", ["company_id", "name_key", "id"], unique=False)
        batch_op.create_index("ix_devices_company_location_key", ["company_id", "location_key", "id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("devices", schema=None) as batch_op:
        batch_op.drop_index("ix_devices_company_location_key")
        batch_op.drop_index("ix_devices_company_name_key")
        batch_op.create_index("ix_devices_company_name", ["company_id", "name", "id"], unique=False)
        batch_op.create_index("ix_devices_company_location", ["company_id", "location", "id"], unique=False)
        batch_op.drop_column("location_key")
        batch_op.drop_column("name_key")
