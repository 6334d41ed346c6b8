"""The server settings tests start from: a folder of their own, mail to a local Maildir, no
outbox worker (tests deliver when they choose)."""

from __future__ import annotations

from pathlib import Path

from akonet_desktop.server.settings import Settings


def settings_for(folder: Path, database_url: str, **overrides) -> Settings:
    values = dict(
        data_dir=folder / "data",
        database_url=database_url,
        mail_url=f"maildir://{(folder / 'Maildir').as_posix()}",
        public_url="http://akonet.test",
        outbox_worker=False,
    )
    values.update(overrides)
    return Settings(**values)
