"""Local delivery into a Maildir: the embedded server's inbox, read by the app's Mailbox window."""

from __future__ import annotations

import email
import email.policy
import mailbox
import os
import re
import threading
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import parsedate_to_datetime

from akonet_desktop.server.mail.errors import MailDeliveryError

# mailbox.Maildir names files from the time, the pid and a class-wide counter that threads
# increment without a lock: serialise writers within the process.
_WRITE_LOCK = threading.Lock()
_KEY = re.compile(r"^(\d+)\.M(\d+)P\d+Q(\d+)\.")
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


class MaildirTransport:
    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = os.fspath(path)

    def send(self, message: EmailMessage) -> None:
        """Written into tmp/ then moved into new/ (mailbox.Maildir): never seen half-written."""
        data = message.as_bytes(policy=message.policy.clone(linesep="\n"))
        try:
            with _WRITE_LOCK:
                for sub in ("tmp", "new", "cur"):
                    os.makedirs(os.path.join(self.path, sub), mode=0o700, exist_ok=True)
                mailbox.Maildir(self.path, factory=None, create=False).add(data)
        except (OSError, mailbox.Error) as exc:
            raise MailDeliveryError(f"cannot write to the Maildir {self.path}: {exc}") from exc

    def __repr__(self) -> str:
        return f"MaildirTransport({self.path!r})"


def read_maildir(path: str | os.PathLike[str]) -> list[EmailMessage]:
    """Every message of the Maildir (new and cur), oldest first; [] if it does not exist yet."""
    try:
        box = mailbox.Maildir(os.fspath(path), factory=None, create=False)
        keys = box.keys()
    except (mailbox.NoSuchMailboxError, FileNotFoundError, NotADirectoryError):
        return []
    entries = []
    for key in keys:
        try:
            data = box.get_bytes(key)
        except (KeyError, FileNotFoundError):  # removed while we were reading
            continue
        message = _utf8_headers(email.message_from_bytes(data, policy=email.policy.default))
        entries.append((_sent_at(message, key), _key_order(key), message))
    entries.sort(key=lambda entry: entry[:2])
    return [message for _, _, message in entries]


def _utf8_headers(message: EmailMessage) -> EmailMessage:
    """Decode raw UTF-8 header bytes (RFC 6532, SMTPUTF8 mail) that the bytes parser leaves as
    surrogate escapes, so that unicode addresses read back as written."""
    raw = list(message.raw_items())
    if all(value.isascii() for _, value in raw):
        return message
    for name in {name for name, _ in raw}:
        del message[name]
    for name, value in raw:
        message.set_raw(name, value.encode("ascii", "surrogateescape").decode("utf-8", "replace"))
    return message


def _key_order(key: str) -> tuple[int, int, int, str]:
    match = _KEY.match(key)
    if match is None:
        return (0, 0, 0, key)
    seconds, micros, count = (int(group) for group in match.groups())
    return (seconds, micros, count, key)


def _sent_at(message: EmailMessage, key: str) -> datetime:
    try:
        sent = parsedate_to_datetime(str(message["Date"]))
    except (TypeError, ValueError, IndexError):
        # No usable Date: the delivery time that mailbox.Maildir puts at the start of the key.
        if _KEY.match(key) is None:
            return _EPOCH
        return datetime.fromtimestamp(_key_order(key)[0], UTC)
    return sent if sent.tzinfo else sent.replace(tzinfo=UTC)
