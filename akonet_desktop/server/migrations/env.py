"""Alembic environment: run with a connection handed over by akonet_desktop.server.migrate."""

from alembic import context

from akonet_desktop.server.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
