"""devices: the inventory, and the devices of each company

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_Id = sa.BigInteger().with_variant(sa.Integer(), "sqlite")

# (name, columns): the list view's sorts and filters, always within one company.
_INDEXES = (
    ("ix_devices_company_serial", ["company_id", "serial"]),
    ("ix_devices_company_name", ["company_id", "name", "id"]),
    ("ix_devices_company_model", ["company_id", "model", "id"]),
    ("ix_devices_company_location", ["company_id", "location", "id"]),
    ("ix_devices_company_last_seen_at", ["company_id", "last_seen_at", "id"]),
    ("ix_devices_company_activated_at", ["company_id", "activated_at", "id"]),
    ("ix_devices_company_status", ["company_id", sa.text("alarm DESC"), "last_seen_at", "id"]),
    ("ix_devices_preactivated_for", ["preactivated_for"]),
)


def upgrade() -> None:
    op.create_table(
        "devices",
        sa.Column("id", _Id, nullable=False),
        sa.Column("serial", sa.String(length=32), nullable=False),
        sa.Column("model", sa.String(length=20), nullable=False),
        sa.Column("firmware", sa.String(length=20), nullable=False),
        sa.Column("activation_code_hash", sa.String(length=64), nullable=False),
        sa.Column("device_secret_hash", sa.String(length=64), nullable=False),
        sa.Column("company_id", _Id, nullable=True),
        sa.Column("preactivated_for", sa.String(length=254), nullable=True),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("location", sa.String(length=200), nullable=False),
        sa.Column("alarm", sa.Boolean(), nullable=False),
        sa.Column("last_seen_at", sa.DateTime(), nullable=True),
        sa.Column("activated_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["company_id"], ["companies.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("serial"),
    )
    with op.batch_alter_table("devices", schema=None) as batch_op:
        for name, columns in _INDEXES:
            batch_op.create_index(name, columns, unique=False)


def downgrade() -> None:
    with op.batch_alter_table("devices", schema=None) as batch_op:
        for name, _columns in reversed(_INDEXES):
            batch_op.drop_index(name)

    op.drop_table("devices")
