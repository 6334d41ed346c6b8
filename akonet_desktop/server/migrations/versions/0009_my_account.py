"""my account: sessions' client, address and last use; two-step verification; the company's policy

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-17
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

_Id = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    # Plain ADD COLUMNs (no table copy on SQLite, no rewrite on PostgreSQL): nullable, or with a
    # constant default. Sessions from before keep an empty client and address.
    op.add_column("auth_sessions", sa.Column("client", sa.String(length=200), server_default="", nullable=False))
    op.add_column("auth_sessions", sa.Column("address", sa.String(length=64), server_default="", nullable=False))
    op.add_column("auth_sessions", sa.Column("last_used_at", sa.DateTime(), nullable=True))
    op.add_column("users", sa.Column("totp_secret", sa.String(length=64), nullable=True))
    op.add_column("users", sa.Column("totp_pending_secret", sa.String(length=64), nullable=True))
    op.add_column("users", sa.Column("totp_last_step", sa.BigInteger(), nullable=True))
    op.add_column(
        "companies", sa.Column("require_totp_for_admins", sa.Boolean(), server_default=sa.false(), nullable=False)
    )
    op.create_table(
        "recovery_codes",
        sa.Column("id", _Id, nullable=False),
        sa.Column("user_id", _Id, nullable=False),
        sa.Column("code_hash", sa.String(length=255), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("used_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_recovery_codes_user_id", "recovery_codes", ["user_id"])
    op.create_table(
        "mfa_challenges",
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("user_id", _Id, nullable=False),
        sa.Column("password_fingerprint", sa.String(length=64), nullable=False),
        sa.Column("client", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("expires_at", sa.DateTime(), nullable=False),
        sa.Column("used_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("token_hash"),
    )
    op.create_index("ix_mfa_challenges_user_id", "mfa_challenges", ["user_id"])


def downgrade() -> None:
    op.drop_index("ix_mfa_challenges_user_id", table_name="mfa_challenges")
    op.drop_table("mfa_challenges")
    op.drop_index("ix_recovery_codes_user_id", table_name="recovery_codes")
    op.drop_table("recovery_codes")
    # Not in batch mode: on SQLite that copies the table and drops the old one, whose
    # ON DELETE CASCADE would take every session's tokens with it (SQLite >= 3.35 drops a column).
    op.drop_column("companies", "require_totp_for_admins")
    for column in ("totp_last_step", "totp_pending_secret", "totp_secret"):
        op.drop_column("users", column)
    for column in ("last_used_at", "address", "client"):
        op.drop_column("auth_sessions", column)
