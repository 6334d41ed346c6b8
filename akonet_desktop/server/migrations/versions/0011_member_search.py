"""member search: users.search_text and invitations.search_text, the folded names and address GET /users?q= compares

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-05

The people list searched with ILIKE on PostgreSQL, which folds case as the database's locale says
(under LC_CTYPE 'C', ASCII only; under any, "ß" is not "ss"), and with a Python fold on SQLite: the
same search found different people. Each row now stores its text folded in Python
(server/company/member_search.py), written with the row; this fills it for the rows already there.

The columns are added in place, not by a table rebuild, for the reason 0005 gives: on SQLite a
rebuild of users would cascade to every session, reset link and log entry.
"""

import sqlalchemy as sa
from alembic import op

from akonet_desktop.server.company.member_search import search_text

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

_TABLES = ("users", "invitations")
_BATCH = 1000


def upgrade() -> None:
    for name in _TABLES:
        # NOT NULL needs a default for the rows already there (SQLite adds no NOT NULL column
        # without one); every row gets its text just below, and new rows always carry one.
        op.add_column(name, sa.Column("search_text", sa.Text(), server_default="", nullable=False))
        _fill(name)
        if op.get_bind().dialect.name != "sqlite":  # SQLite cannot drop a default without a rebuild
            op.alter_column(name, "search_text", server_default=None)


def _fill(name: str) -> None:
    """Every row's search text, computed as new writes compute it, a batch at a time."""
    connection = op.get_bind()
    columns = ("id", "first_name", "last_name", "email", "search_text")
    table = sa.table(name, *(sa.column(column) for column in columns))
    update = table.update().where(table.c.id == sa.bindparam("row_id")).values(search_text=sa.bindparam("text"))
    last = 0
    while True:
        rows = connection.execute(
            sa.select(table.c.id, table.c.first_name, table.c.last_name, table.c.email)
            .where(table.c.id > last)
            .order_by(table.c.id)
            .limit(_BATCH)
        ).all()
        if not rows:
            return
        connection.execute(
            update,
            [{"row_id": id_, "text": search_text(first, last_name, email)} for id_, first, last_name, email in rows],
        )
        last = rows[-1].id


def downgrade() -> None:
    # In place (SQLite 3.35+ drops a column without a rebuild), for the reason said at the top.
    for name in reversed(_TABLES):
        op.drop_column(name, "search_text")
