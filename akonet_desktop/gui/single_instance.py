"""One running app per person and data folder: a second launch hands its link over and exits.

The first launch takes a lock file and, once its windows exist, serves a local socket
(QLocalServer); a later launch finds the lock taken and sends its akonet:// link there instead
of opening a second window. The lock, not the socket, decides who runs: two launches at the
same moment cannot both win, and a crashed app's lock is recognised as stale (its process is
gone) and taken over.

Wire format, one line each way: `{"v": 1, "link": "akonet://…" | null}\\n`, answered `ok\\n`.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from pathlib import Path

# Only what the first launch needs before its first paint; the rest is imported where used.
from PySide6.QtCore import QCryptographicHash, QLockFile, QObject, QTimer, Signal

log = logging.getLogger(__name__)

APP_DIR_NAME = "AKONet"  # the server's default data folder name (platformdirs), see server.settings
VERSION = 1
# JSON escapes every character as ASCII, a non-BMP one as two \uXXXX (12 bytes): a link cut to
# deeplinks.MAX_LINK_LENGTH + 1 characters always fits.
MAX_MESSAGE_BYTES = 32 * 1024
ACK = b"ok\n"
MAX_PEERS = 8
PEER_TIMEOUT_MS = 2000
CONNECT_TIMEOUT_MS = 300
ACK_TIMEOUT_MS = 5000
# How long a second launch keeps trying while the first one, which holds the lock, is still
# starting (it serves the socket only after its window and controller exist).
HAND_OVER_WAIT_S = 10.0
# macOS allows 104 bytes in a socket path (108 on Linux), terminating NUL included.
MAX_SOCKET_PATH_BYTES = 100


# --- pure logic ---------------------------------------------------------------------------------
def instance_key(user: str, data_dir: Path) -> str:
    """Short and stable for one person and one (resolved) data folder."""
    text = f"{user}\0{data_dir}".encode("utf-8", "surrogatepass")
    # QtCore's hash, not hashlib: this runs before the first paint and hashlib costs ~5 ms to import.
    digest = QCryptographicHash.hash(text, QCryptographicHash.Algorithm.Sha256)
    return "akonet-" + bytes(digest.toHex().data()).decode("ascii")[:20]


def server_name(key: str, runtime_dir: str) -> str:
    """The QLocalServer socket path (not Windows: see pipe_name).

    A full path, not a bare name, so the socket sits in the person's own runtime folder (Linux
    shares /tmp between users) and stays under the platform's path limit.
    """
    path = os.path.join(runtime_dir, key)
    if len(os.fsencode(path)) > MAX_SOCKET_PATH_BYTES:
        path = os.path.join("/tmp", key)
    return path


def pipe_name(key: str, secret: str) -> str:
    """The QLocalServer name on Windows: a machine-wide pipe name, made unguessable."""
    return f"{key}-{secret}"


def instance_secret(path: Path, *, create: bool) -> str | None:
    """Windows: the random part of the pipe name, kept in the person's own temp folder.

    Pipe names are machine-wide and anyone may create one first: a name other users can work
    out (from a user and folder name) could be taken by one of them, who would then receive
    registration and reset links. Only the lock holder creates the secret, written whole
    (temporary file, then rename) so that a second launch never reads half of it.
    """
    try:
        secret = path.read_text("ascii").strip()
    except (FileNotFoundError, UnicodeDecodeError):
        secret = ""
    if secret or not create:
        return secret or None
    secret = os.urandom(16).hex()
    partial = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    partial.write_text(secret, "ascii")
    os.replace(partial, path)
    return secret


def encode_message(link: str | None) -> bytes:
    import json  # not before the first paint: only a second launch sends

    from akonet_desktop.client.deeplinks import MAX_LINK_LENGTH

    if link is not None:
        # Longer is invalid anyway; cut it so the running app can still say so.
        link = link[: MAX_LINK_LENGTH + 1]
    return json.dumps({"v": VERSION, "link": link}).encode("ascii") + b"\n"


def decode_message(line: bytes) -> str | None:
    """The link in one message line (None: just come to the front); ValueError if malformed."""
    import json

    from akonet_desktop.client.deeplinks import MAX_LINK_LENGTH

    if len(line) > MAX_MESSAGE_BYTES:
        raise ValueError("message too long")
    try:
        message = json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ValueError(f"not JSON: {error}") from None
    if not isinstance(message, dict) or message.get("v") != VERSION:
        raise ValueError("not a version 1 message")
    link = message.get("link")
    if link is not None and not isinstance(link, str):
        raise ValueError("the link is not text")
    if link is not None and len(link) > MAX_LINK_LENGTH + 1:
        raise ValueError("the link is too long")
    return link


# --- Qt -----------------------------------------------------------------------------------------
def _current_user() -> str:
    if hasattr(os, "getuid"):
        return str(os.getuid())
    return f"{os.environ.get('USERDOMAIN', '')}\\{os.environ.get('USERNAME', '')}"


def _default_data_dir() -> Path:
    # Same folder as platformdirs.user_data_dir("AKONet") (the embedded server's default) on
    # Windows, macOS and Linux, without importing platformdirs (~12 ms) before the first paint.
    from PySide6.QtCore import QStandardPaths

    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericDataLocation)
    return Path(base) / APP_DIR_NAME


def _runtime_dir() -> str:
    # Linux: the per-user runtime folder (mode 0700) rather than the shared /tmp.
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if runtime and os.path.isabs(runtime) and os.path.isdir(runtime):
        return runtime
    from PySide6.QtCore import QDir

    return QDir.tempPath()


class SingleInstance(QObject):
    """claim() before any window; hand_over() if that fails; listen() once the app can react."""

    activation_requested = Signal(object)  # the link (str) or None

    def __init__(
        self, data_dir: Path | None = None, parent: QObject | None = None, *, windows: bool | None = None
    ) -> None:
        super().__init__(parent)
        folder = Path(data_dir).expanduser() if data_dir is not None else _default_data_dir()
        key = instance_key(_current_user(), folder.resolve())
        runtime = _runtime_dir()
        self._key = key
        self._windows = sys.platform == "win32" if windows is None else windows
        self._secret_path = Path(runtime) / (key + ".pipe")
        # On Windows known once the lock holder has written the secret (see instance_secret).
        self.name: str | None = None if self._windows else server_name(key, runtime)
        self._lock = QLockFile(os.path.join(runtime, key + ".lock"))
        self._lock.setStaleLockTime(0)  # stale only when its process is gone, however old
        self._held_elsewhere = False
        self._server = None
        self._peers: set[_Peer] = set()

    # --- the launch that starts ----------------------------------------------------------------
    def claim(self) -> bool:
        """True if this process is the app for its data folder (nothing else runs for it)."""
        if self._lock.tryLock(0):
            if self._windows:
                self.name = pipe_name(self._key, instance_secret(self._secret_path, create=True))
            return True
        self._held_elsewhere = self._lock.error() == QLockFile.LockError.LockFailedError
        if not self._held_elsewhere:
            log.warning(
                "single instance: cannot create the lock file %s (%s)", self._lock.fileName(), self._lock.error()
            )
        return False

    def hand_over(self, link: str | None, wait: float | None = None) -> bool:
        """Give the link to the running app; True once it acknowledged. Blocks: no window yet.

        `wait`: seconds to keep trying while the running app is still starting; by default
        HAND_OVER_WAIT_S if another process holds the lock, else a single attempt.
        """
        from PySide6.QtNetwork import QLocalSocket

        if wait is None:
            wait = HAND_OVER_WAIT_S if self._held_elsewhere else 0.0
        deadline = time.monotonic() + wait
        socket = QLocalSocket()
        while True:
            if self.name is None and (secret := instance_secret(self._secret_path, create=False)):
                self.name = pipe_name(self._key, secret)
            if self.name is not None:
                socket.connectToServer(self.name)
                if socket.waitForConnected(CONNECT_TIMEOUT_MS):
                    break
                socket.abort()
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.1)
        _allow_foreground_window()
        socket.write(encode_message(link))
        socket.flush()
        reply = b""
        ack_deadline = time.monotonic() + ACK_TIMEOUT_MS / 1000
        while not socket.canReadLine():
            remaining = int((ack_deadline - time.monotonic()) * 1000)
            if remaining <= 0 or not socket.waitForReadyRead(remaining):
                break
        if socket.canReadLine():
            reply = socket.readLine(len(ACK) + 1).data()
        socket.abort()
        if reply != ACK:
            log.warning("single instance: the running app did not acknowledge the hand-over")
            return False
        return True

    # --- the running app -----------------------------------------------------------------------
    def listen(self) -> bool:
        """Serve hand-overs; False (and a logged warning) if this process cannot."""
        from PySide6.QtNetwork import QAbstractSocket, QLocalServer

        if not self._lock.isLocked():
            return False  # another process owns the name: running on without hand-overs
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        server.setMaxPendingConnections(MAX_PEERS)
        server.newConnection.connect(self._accept)
        if not server.listen(self.name) and server.serverError() == QAbstractSocket.SocketError.AddressInUseError:
            # We hold the lock, so no live app owns this name: a crashed one left its socket.
            QLocalServer.removeServer(self.name)
            server.listen(self.name)
        if not server.isListening():
            log.warning("single instance: cannot listen on %s: %s", self.name, server.errorString())
            server.deleteLater()
            return False
        self._server = server
        return True

    def close(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server.deleteLater()
            self._server = None
        for peer in list(self._peers):
            peer.close(None)
        if self._lock.isLocked():
            self._lock.unlock()

    def _accept(self) -> None:
        while self._server is not None and self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            if len(self._peers) >= MAX_PEERS:
                log.warning("single instance: too many connections at once, dropping one")
                socket.abort()
                socket.deleteLater()
                continue
            peer = _Peer(socket, self)
            self._peers.add(peer)
            peer.start()

    def _forget(self, peer: _Peer) -> None:
        self._peers.discard(peer)


class _Peer(QObject):
    """One incoming connection: a single bounded line, read without blocking, or dropped."""

    def __init__(self, socket, owner: SingleInstance) -> None:
        super().__init__(owner)
        self._socket = socket
        socket.setParent(self)
        self._owner = owner
        self._buffer = bytearray()
        self._answered = False
        self._closed = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(lambda: self.close("sent no message in time"))

    def start(self) -> None:
        self._socket.readyRead.connect(self._read)
        self._socket.disconnected.connect(lambda: self.close("closed the connection without a message"))
        self._timer.start(PEER_TIMEOUT_MS)
        if self._socket.bytesAvailable():
            self._read()

    def _read(self) -> None:
        if self._answered or self._closed:
            return
        self._buffer += self._socket.read(MAX_MESSAGE_BYTES + 1 - len(self._buffer)).data()
        end = self._buffer.find(b"\n")
        if end < 0:
            if len(self._buffer) > MAX_MESSAGE_BYTES:
                self.close(f"sent more than {MAX_MESSAGE_BYTES} bytes")
            return
        try:
            link = decode_message(bytes(self._buffer[:end]))
        except ValueError as error:
            self.close(f"sent a malformed message ({error})")
            return
        self._answered = True
        self._timer.start(PEER_TIMEOUT_MS)  # now only bounds the goodbye
        self._socket.write(ACK)
        self._socket.flush()
        self._socket.disconnectFromServer()  # waits for the ack to be written, then `disconnected`
        self._owner.activation_requested.emit(link)

    def close(self, reason: str | None) -> None:
        if self._closed:
            return
        if reason and not self._answered:
            log.warning("single instance: dropped a connection that %s", reason)
        self._closed = True
        self._timer.stop()
        self._socket.abort()
        self._owner._forget(self)
        self.deleteLater()  # the socket is its child


def _allow_foreground_window() -> None:
    """Windows lets only the foreground process bring a window forward: allow the running app."""
    if sys.platform == "win32":
        import ctypes

        ctypes.windll.user32.AllowSetForegroundWindow(-1)  # ASFW_ANY
