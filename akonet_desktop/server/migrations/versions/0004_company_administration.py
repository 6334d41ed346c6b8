"""company administration: roles, invitations, the activity log, postal and billing details

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02
"""

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

from akonet_desktop.rules.roles import BUILTIN_ROLES, stored_privileges

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_Id = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    with op.batch_alter_table("companies", schema=None) as batch_op:
        batch_op.add_column(sa.Column("address_line", sa.String(length=200), server_default="", nullable=False))
        batch_op.add_column(sa.Column("postal_code", sa.String(length=20), server_default="", nullable=False))
        batch_op.add_column(sa.Column("city", sa.String(length=100), server_default="", nullable=False))
        batch_op.add_column(sa.Column("billing_email", sa.String(length=254), nullable=True))
        batch_op.add_column(sa.Column("billing_address", sa.String(length=500), server_default="", nullable=False))

    op.create_table(
        "roles",
        sa.Column("id", _Id, nullable=False),
        sa.Column("company_id", _Id, nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("privileges", sa.String(length=500), nullable=False),
        sa.Column("builtin", sa.String(length=20), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["company_id"], ["companies.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("company_id", "name", name="uq_roles_company_name"),
    )
    op.create_index(op.f("ix_roles_company_id"), "roles", ["company_id"], unique=False)

    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(sa.Column("role_id", _Id, nullable=True))
        batch_op.add_column(sa.Column("last_sign_in_at", sa.DateTime(), nullable=True))
        batch_op.create_index(batch_op.f("ix_users_role_id"), ["role_id"], unique=False)
        batch_op.create_foreign_key("fk_users_role_id_roles", "roles", ["role_id"], ["id"], ondelete="SET NULL")
    op.create_index(
        "uq_users_one_owner_per_company",
        "users",
        ["company_id"],
        unique=True,
        sqlite_where=sa.text("role = 'owner'"),
        postgresql_where=sa.text("role = 'owner'"),
    )

    op.create_table(
        "invitations",
        sa.Column("id", _Id, nullable=False),
        sa.Column("company_id", _Id, nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("first_name", sa.String(length=100), nullable=False),
        sa.Column("last_name", sa.String(length=100), nullable=False),
        sa.Column("role", sa.String(length=10), nullable=False),
        sa.Column("role_id", _Id, nullable=True),
        sa.Column("language", sa.String(length=5), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("invited_by", _Id, nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("expires_at", sa.DateTime(), nullable=False),
        sa.Column("accepted_at", sa.DateTime(), nullable=True),
        sa.Column("revoked_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["company_id"], ["companies.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["role_id"], ["roles.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["invited_by"], ["users.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("token_hash"),
    )
    op.create_index(op.f("ix_invitations_company_id"), "invitations", ["company_id"], unique=False)
    op.create_index(op.f("ix_invitations_email"), "invitations", ["email"], unique=False)

    op.create_table(
        "activity",
        sa.Column("id", _Id, nullable=False),
        sa.Column("company_id", _Id, nullable=False),
        sa.Column("actor_id", _Id, nullable=True),
        sa.Column("actor_email", sa.String(length=254), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("target", sa.String(length=300), nullable=False),
        sa.Column("details", sa.Text(), nullable=False),
        sa.Column("client_address", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["company_id"], ["companies.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["actor_id"], ["users.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_activity_company_id", "activity", ["company_id", "id"], unique=False)

    _backfill_builtin_roles()


def _backfill_builtin_roles() -> None:
    """Every company gets the roles new companies start with; its users keep looking only (Viewer)."""
    connection = op.get_bind()
    companies = sa.table("companies", sa.column("id"))
    roles = sa.table(
        "roles",
        sa.column("id"),
        sa.column("company_id"),
        sa.column("name"),
        sa.column("privileges"),
        sa.column("builtin"),
        sa.column("created_at"),
    )
    users = sa.table("users", sa.column("company_id"), sa.column("role"), sa.column("role_id"))
    now = datetime.now(UTC).replace(tzinfo=None)
    for (company_id,) in connection.execute(sa.select(companies.c.id)).all():
        for key, name, privileges in BUILTIN_ROLES:
            connection.execute(
                roles.insert().values(
                    company_id=company_id,
                    name=name,
                    privileges=stored_privileges(privileges),
                    builtin=key,
                    created_at=now,
                )
            )
        viewer = connection.execute(
            sa.select(roles.c.id).where(roles.c.company_id == company_id, roles.c.builtin == "viewer")
        ).scalar_one()
        connection.execute(
            users.update().where(users.c.company_id == company_id, users.c.role == "user").values(role_id=viewer)
        )


def downgrade() -> None:
    op.drop_index("ix_activity_company_id", table_name="activity")
    op.drop_table("activity")
    op.drop_index(op.f("ix_invitations_email"), table_name="invitations")
    op.drop_index(op.f("ix_invitations_company_id"), table_name="invitations")
    op.drop_table("invitations")
    op.drop_index("uq_users_one_owner_per_company", table_name="users")
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_constraint("fk_users_role_id_roles", type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_users_role_id"))
        batch_op.drop_column("last_sign_in_at")
        batch_op.drop_column("role_id")
    op.drop_index(op.f("ix_roles_company_id"), table_name="roles")
    op.drop_table("roles")
    with op.batch_alter_table("companies", schema=None) as batch_op:
        batch_op.drop_column("billing_address")
        batch_op.drop_column("billing_email")
        batch_op.drop_column("city")
        batch_op.drop_column("postal_code")
        batch_op.drop_column("address_line")
