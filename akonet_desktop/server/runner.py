"""Run the API server in a background thread on loopback (embedded mode and tests)."""

from __future__ import annotations

import socket
import threading
import time

import uvicorn
from fastapi import FastAPI

from akonet_desktop.server.http.request_heads import HeadLimits
from akonet_desktop.server.http.uvicorn_options import uvicorn_options


class ServerThread:
    """uvicorn on 127.0.0.1 with a free port, served from a daemon thread."""

    def __init__(
        self, app: FastAPI, host: str = "127.0.0.1", port: int = 0, *, head_limits: HeadLimits | None = None
    ) -> None:
        self.app = app
        if head_limits is None:  # the app's settings when it has them (the embedded one comes later)
            ctx = getattr(getattr(app, "state", None), "ctx", None)
            head_limits = ctx.settings.head_limits if ctx is not None else HeadLimits()
        self._socket = socket.create_server((host, port))
        self.host, self.port = self._socket.getsockname()[:2]
        config = uvicorn.Config(
            app,
            log_level="warning",
            lifespan="on",
            access_log=False,
            # no websockets in the API: nothing to load (nor to bundle)
            ws="none",
            # the host app's logging: uvicorn's own asks sys.stdout.isatty(),
            # and a windowed Windows app has no sys.stdout at all
            log_config=None,
            **uvicorn_options(head_limits),
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(
            target=self._server.run,
            kwargs={"sockets": [self._socket]},
            daemon=True,
            name="akonet-server",
        )

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def start(self, timeout: float = 30.0) -> str:
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self._server.started:
            if not self._thread.is_alive():
                raise RuntimeError("the embedded server stopped while starting")
            if time.monotonic() > deadline:
                raise TimeoutError("the embedded server did not start in time")
            time.sleep(0.01)
        return self.url

    def stop(self, timeout: float = 10.0) -> None:
        self._server.should_exit = True
        if self._thread.is_alive():
            self._thread.join(timeout)
        self._socket.close()

    def __enter__(self) -> ServerThread:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
