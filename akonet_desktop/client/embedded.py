"""The bundled server, run inside the desktop app: the GUI's only way into `akonet_desktop.server`.

SQLite and the Maildir live in the data directory; uvicorn serves on 127.0.0.1, on the port kept in
that directory (chosen free at the first start: emailed links name it). The Mailbox window and the
self-test read that Maildir through `read_mailbox`, here too.
"""

from __future__ import annotations

import logging
import os
from email.message import EmailMessage
from pathlib import Path
from typing import TYPE_CHECKING, Any

from akonet_desktop.client.embedded_port import PORT_FILE_NAME, read_port, write_port

if TYPE_CHECKING:  # the server loads in start(), on a worker thread, after the window shows
    from akonet_desktop.server.runner import ServerThread

log = logging.getLogger(__name__)


def default_data_dir() -> Path:
    from akonet_desktop.server.settings import default_data_dir as server_default

    return server_default()


def read_mailbox(maildir: Path | str) -> list[EmailMessage]:
    """The mails the embedded server delivered, oldest first; blocking (call it from a thread)."""
    from akonet_desktop.server.mail.maildir import read_maildir

    return read_maildir(str(maildir))


class _AppSlot:
    """An ASGI app filled in after the port is bound.

    The app needs its public URL (for emailed links) before it is built, and the URL is only known
    once ServerThread has bound its socket: ServerThread serves this slot, the app goes in after.
    """

    def __init__(self) -> None:
        self.app: Any = None

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        assert self.app is not None, "the embedded app was not installed before serving"
        await self.app(scope, receive, send)


class EmbeddedServer:
    def __init__(self, data_dir: Path | None = None) -> None:
        self.data_dir = Path(data_dir) if data_dir is not None else default_data_dir()
        self.maildir = self.data_dir / "Maildir"
        self.port_file = self.data_dir / PORT_FILE_NAME
        self.url: str | None = None
        self._thread: ServerThread | None = None

    def start(self) -> str:
        """Blocking (migrations, then uvicorn start): call it from a worker thread. Returns the URL."""
        if self._thread is not None:
            raise RuntimeError("the embedded server is already started")
        from akonet_desktop.server import settings as server_settings
        from akonet_desktop.server.app import create_app

        self.data_dir.mkdir(parents=True, exist_ok=True)
        if os.name == "posix":
            # This person's database (password hashes, company data) and mailbox (live links):
            # no other account on the computer may read them. (Windows profiles are private.)
            self.data_dir.chmod(0o700)
        slot = _AppSlot()
        thread = self._bind(slot)
        try:
            # Explicit, so AKONET_* variables meant for an organisation server do not redirect
            # the desktop's own database or mail.
            settings = server_settings.Settings(
                data_dir=self.data_dir,
                database_url="",
                mail_url="",
                public_url=thread.url,
                outbox_worker=True,
                migrate_on_start=True,
            )
            slot.app = create_app(settings)
            thread.app = slot.app  # type: ignore[assignment]
            url = thread.start()
        except BaseException:
            thread.stop()
            raise
        self._thread = thread
        self.url = url
        return url

    def _bind(self, slot: _AppSlot) -> ServerThread:
        """A server bound to the kept port; to a new free one, then kept, when that one is taken."""
        from akonet_desktop.server.runner import ServerThread

        kept = read_port(self.port_file)
        if kept is not None:
            try:
                return ServerThread(slot, port=kept)  # type: ignore[arg-type]  # any ASGI app serves
            except OSError as error:
                log.warning(
                    "port %d, where links in earlier mails point, is taken (%s): the built-in server "
                    "moves to another port, and those links no longer open",
                    kept,
                    error,
                )
        thread = ServerThread(slot)  # type: ignore[arg-type]
        try:
            write_port(self.port_file, thread.port)
        except OSError as error:  # the server still works; only the next start's links would differ
            log.warning("could not keep the built-in server's port in %s: %s", self.port_file, error)
        return thread

    def stop(self) -> None:
        """Blocking until uvicorn has shut down (outbox worker stopped, database closed)."""
        thread, self._thread = self._thread, None
        self.url = None
        if thread is not None:
            thread.stop()

    def __enter__(self) -> EmbeddedServer:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
