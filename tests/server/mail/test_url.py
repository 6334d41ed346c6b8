from __future__ import annotations

import os

import pytest

from akonet_desktop.server.mail.transports import (
    MaildirTransport,
    MailTarget,
    SmtpTransport,
    make_transport,
    parse_mail_url,
)


def target(scheme, host=None, port=None, username=None, password=None, path=None, **options):
    options = {"starttls": False, "timeout": 30.0, **options}
    return MailTarget(scheme, host, port, username, password, path, **options)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("smtp://mail.example.com", target("smtp", "mail.example.com", 25)),
        ("SMTP://Mail.Example.COM:2525/", target("smtp", "mail.example.com", 2525)),
        ("smtp://127.0.0.1:1025?starttls=true", target("smtp", "127.0.0.1", 1025, starttls=True)),
        ("smtp://[::1]:2525", target("smtp", "::1", 2525)),
        (
            "smtp://relay%40corp:p%40ss%3Aw%2Frd%25@mail.example.com:587",
            target("smtp", "mail.example.com", 587, "relay@corp", "p@ss:w/rd%", starttls=True),
        ),
        (
            "smtp://user:pw@localhost?starttls=false&timeout=2.5",
            target("smtp", "localhost", 25, "user", "pw", timeout=2.5),
        ),
        ("smtp://user:@localhost", target("smtp", "localhost", 25, "user", "", starttls=True)),
        ("smtp://us%C3%A9r:p%C3%A4ss@h", target("smtp", "h", 25, "usér", "päss", starttls=True)),
        ("smtp://h?starttls=ON&timeout=10", target("smtp", "h", 25, starttls=True, timeout=10.0)),
        ("smtps://u:pw@mail.example.com", target("smtps", "mail.example.com", 465, "u", "pw")),
        ("smtps://h:4650?timeout=5", target("smtps", "h", 4650, timeout=5.0)),
        ("  maildir:///var/mail/akonet  ", target("maildir", path="/var/mail/akonet")),
        ("maildir:///home/Zoé%20Ünal/M%2520", target("maildir", path="/home/Zoé Ünal/M%20")),
    ],
)
def test_good_urls(url, expected):
    assert parse_mail_url(url) == expected


@pytest.mark.skipif(os.name != "nt", reason="drive letters are Windows paths")
@pytest.mark.parametrize("url", ["maildir:///C:/Users/zoe/Mail", "maildir://C:/Users/zoe/Mail"])
def test_windows_maildir_paths(url):
    assert parse_mail_url(url).path == "C:/Users/zoe/Mail"


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("mail.example.com", "scheme"),
        ("http://mail.example.com", "scheme 'http'"),
        ("smtp://", "host"),
        ("smtp://:s3cret@host", "without a user name"),
        ("smtp://user@host", "no password"),
        ("smtp://host:99999", "port"),
        ("smtp://host:0", "port"),
        ("smtp://host:abc", "port"),
        ("smtp://host/inbox", "path"),
        ("smtp://host#x", "fragment"),
        ("smtp://host?starttls=maybe", "true or false"),
        ("smtp://host?timeout=0", "timeout"),
        ("smtp://host?timeout=-3", "timeout"),
        ("smtp://host?timeout=nan", "timeout"),
        ("smtp://host?timeout=inf", "timeout"),
        ("smtp://host?timeout=soon", "timeout"),
        ("smtp://host?tls=1", "unknown mail URL option 'tls'"),
        ("smtp://host?timeout=1&timeout=2", "twice"),
        ("smtps://host?starttls=true", "unknown mail URL option 'starttls'"),
        ("maildir://relative/path", "three slashes"),
        ("maildir:relative/path", "absolute path"),
        ("maildir:", "absolute path"),
        ("maildir://user:s3cret@host/x", "three slashes"),
        ("maildir:///var/mail?x=1", "no options"),
    ],
)
def test_bad_urls(url, message):
    with pytest.raises(ValueError, match=message) as caught:
        parse_mail_url(url)
    assert "s3cret" not in str(caught.value)


def test_password_is_not_in_the_repr():
    parsed = parse_mail_url("smtp://user:s3cret@host")
    assert "s3cret" not in repr(parsed)
    assert "s3cret" not in repr(make_transport("smtp://user:s3cret@host"))


def test_make_transport_picks_the_transport(tmp_path):
    assert isinstance(make_transport(f"maildir://{tmp_path.as_posix()}"), MaildirTransport)
    assert isinstance(make_transport("smtp://localhost"), SmtpTransport)
    assert isinstance(make_transport("smtps://localhost"), SmtpTransport)
    with pytest.raises(ValueError):
        make_transport("ftp://localhost")


def test_the_default_maildir_survives_any_folder_name(tmp_path):
    from akonet_desktop.server.settings import Settings

    data = tmp_path / "Zoé #1 ?x %41 100%"
    url = Settings(data_dir=data).effective_mail_url
    assert parse_mail_url(url).path == (data / "Maildir").as_posix()
