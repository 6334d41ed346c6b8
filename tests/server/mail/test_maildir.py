from __future__ import annotations

import mailbox
import os
import threading
from datetime import UTC, datetime, timedelta

import pytest

from akonet_desktop.server.mail.message import build_message
from akonet_desktop.server.mail.templates import RenderedMail
from akonet_desktop.server.mail.transports import (
    MailDeliveryError,
    MaildirTransport,
    make_transport,
    read_maildir,
)

SENDER = "AKONet <no-reply@akonet.test>"


def mail(subject="Votre compte AKONet a été bloqué — «urgent»", to="zoe@example.com", date=None):
    rendered = RenderedMail(subject, f"Corps : {subject}\n", f"<p>{subject}</p>\n")
    return build_message(sender=SENDER, to=to, rendered=rendered, date=date)


def test_written_message_reads_back(tmp_path):
    box = tmp_path / "data" / "Maildir"  # parents do not exist yet
    sent = mail()
    MaildirTransport(box).send(sent)
    [received] = read_maildir(str(box))
    subject = "Votre compte AKONet a été bloqué — «urgent»"
    assert received["Subject"] == sent["Subject"] == subject
    assert received["Message-ID"] == sent["Message-ID"]
    assert received.get_body(("plain",)).get_content() == f"Corps : {subject}\n"
    assert received.get_body(("html",)).get_content() == f"<p>{subject}</p>\n"
    assert os.listdir(box / "tmp") == [] and len(os.listdir(box / "new")) == 1


def test_unicode_recipient(tmp_path):
    MaildirTransport(tmp_path).send(mail(to="Zoé <zoé@exämple.com>", subject="Ünïcödé ✓"))
    [received] = read_maildir(tmp_path)
    assert received["Subject"] == "Ünïcödé ✓"
    [address] = received["To"].addresses
    assert address.display_name == "Zoé"
    assert address.addr_spec == "zoé@xn--exmple-cua.com"


def test_oldest_first_by_date_header(tmp_path):
    start = datetime(2025, 1, 1, tzinfo=UTC)
    transport = make_transport(f"maildir://{tmp_path.as_posix()}")
    for hours in (2, 0, 1):
        transport.send(mail(subject=f"h{hours}", date=start + timedelta(hours=hours)))
    assert [m["Subject"] for m in read_maildir(tmp_path)] == ["h0", "h1", "h2"]


def test_same_second_keeps_delivery_order(tmp_path):
    date = datetime(2025, 1, 1, tzinfo=UTC)
    for index in range(12):
        MaildirTransport(tmp_path).send(mail(subject=f"m{index}", date=date))
    assert [m["Subject"] for m in read_maildir(tmp_path)] == [f"m{index}" for index in range(12)]


def test_messages_moved_to_cur_and_foreign_messages_are_read(tmp_path):
    MaildirTransport(tmp_path).send(mail(subject="ours"))
    box = mailbox.Maildir(tmp_path, create=False)
    for key in box.keys():  # a mail client marks it read: new/ -> cur/
        message = box[key]
        message.set_subdir("cur")
        box[key] = message
    box.add(b"Subject: no date\n\nhello\n")
    subjects = [m["Subject"] for m in read_maildir(tmp_path)]
    assert sorted(subjects) == ["no date", "ours"]


def test_missing_maildir_reads_as_empty(tmp_path):
    assert read_maildir(tmp_path / "nothing") == []
    assert read_maildir(tmp_path) == []  # a directory that is not a Maildir


def test_existing_directory_without_subfolders_is_completed(tmp_path):
    MaildirTransport(tmp_path).send(mail())
    assert {"tmp", "new", "cur"} <= set(os.listdir(tmp_path))


def test_unwritable_location_is_a_delivery_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    with pytest.raises(MailDeliveryError, match="Maildir"):
        MaildirTransport(blocker / "Maildir").send(mail())


def test_concurrent_writers(tmp_path):
    transport = MaildirTransport(tmp_path)
    subjects = [f"t{i}" for i in range(16)]
    threads = [threading.Thread(target=transport.send, args=(mail(subject=s),)) for s in subjects]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(m["Subject"] for m in read_maildir(tmp_path)) == sorted(subjects)
