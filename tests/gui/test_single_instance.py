"""A second launch hands its link to the running app: real processes, a real server, real windows.

The running app is this test process (controller + SingleInstance on a temporary data folder);
the second launch is `python -m akonet_desktop --data-dir <same folder> <link>`, as the OS would
start it from a link in an email.
"""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtNetwork import QLocalSocket
from PySide6.QtWidgets import QApplication

from akonet_desktop.client.credentials import CredentialStore
from akonet_desktop.client.embedded import EmbeddedServer
from akonet_desktop.client.flows import Step
from akonet_desktop.client.flows.recovery import RecoveryStep
from akonet_desktop.gui.common.i18n import Translations
from akonet_desktop.gui.context import AppContext
from akonet_desktop.gui.controller import AppController
from akonet_desktop.gui.registration.wizard import RegistrationWizard
from akonet_desktop.gui.signin.recovery_dialog import RecoveryDialog
from akonet_desktop.gui.single_instance import MAX_MESSAGE_BYTES, SingleInstance
from tests.gui.conftest import run
from tests.gui.conftest import wait_until as _wait_until
from tests.support.api import TOKEN_IN_LINK
from tests.support.live import register_owner, wait_for_mail

ROOT = Path(__file__).resolve().parents[2]
EMAIL = "gerente@frio-lisboa.pt"


def wait_until(loop, predicate, timeout: float = 15.0) -> None:
    """Until `predicate` holds and no request is in flight (see test_app_start.wait_until)."""

    def quiet() -> bool:
        current = asyncio.current_task(loop)
        return all(task.done() or task is current for task in asyncio.all_tasks(loop))

    _wait_until(loop, lambda: predicate() and quiet(), timeout)


def second_launch(loop, data_dir: Path, tmp_path: Path, *args: str) -> str:
    """`akonet-desktop --data-dir DIR [link]` while the app runs; its stderr once it has exited 0."""
    home = tmp_path / "second-home"
    home.mkdir(exist_ok=True)
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home),
        "XDG_DATA_HOME": str(home),
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "akonet_desktop", "--data-dir", str(data_dir), *args],
        env=env,
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        # the event loop runs meanwhile, so the app in this process can answer
        wait_until(loop, lambda: process.poll() is not None, timeout=60)
    finally:
        if process.poll() is None:  # it did not hand over and started a window of its own
            process.kill()
        _out, err = process.communicate()
    stderr = err.decode(errors="replace")
    assert process.returncode == 0, stderr
    assert "Traceback" not in stderr
    return stderr


def link_in_last_mail(maildir: Path, email: str, count: int = 1) -> str:
    mail = wait_for_mail(maildir, email, count=count)[-1]
    return TOKEN_IN_LINK.search(mail.get_body(("plain",)).get_content()).group(0)


@pytest.fixture
def data_dir(tmp_path) -> Path:
    return tmp_path / "app-data"


@pytest.fixture
def running(tmp_path, loop, live_server, memory_keyring, data_dir):
    """The app as it runs after `akonet-desktop --data-dir DIR`: holding the lock, serving hand-overs."""
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    ctx = AppContext(
        settings=settings, translations=Translations(settings), credentials=CredentialStore(memory_keyring)
    )
    controller = AppController(ctx, server_url=live_server.url, embedded=EmbeddedServer(data_dir))
    instance = SingleInstance(data_dir)
    assert instance.claim()
    instance.activation_requested.connect(controller.activate)
    assert instance.listen()
    controller.start()
    wait_until(loop, lambda: controller.connected.is_set(), timeout=60)
    controller.instance = instance
    yield controller
    instance.close()
    run(loop, controller.shutdown())
    for window in (controller.login, controller.main):
        if window is not None:
            window.close()


def dialogs_of(controller: AppController, kind: type) -> list:
    return [d for d in controller.dialogs if isinstance(d, kind) and d.isVisible()]


def test_a_registration_link_from_a_second_launch_continues_in_the_running_app(
    running, loop, live_server, data_dir, tmp_path
):
    httpx.post(
        f"{live_server.url}/api/v1/registrations",
        timeout=30,
        json={"email": EMAIL, "email_confirmation": EMAIL, "language": "pt"},
    ).raise_for_status()
    link = link_in_last_mail(live_server.maildir, EMAIL)
    assert link.startswith("akonet://registration/continue?token=")

    second_launch(loop, data_dir, tmp_path, link)

    wait_until(loop, lambda: len(dialogs_of(running, RegistrationWizard)) == 1)
    wizard = dialogs_of(running, RegistrationWizard)[0]
    wait_until(loop, lambda: wizard.flow.step == Step.COMPANY and wizard.reference is not None and not wizard.flow.busy)
    assert wizard.ui.stack.currentWidget() is wizard.ui.companyPage
    assert wizard.flow.draft.verified_email == EMAIL


def test_a_reset_link_from_a_second_launch_reaches_the_new_password_page(
    running, loop, live_server, data_dir, tmp_path
):
    register_owner(live_server.url, live_server.maildir, EMAIL)
    httpx.post(f"{live_server.url}/api/v1/password-recovery", json={"email": EMAIL}, timeout=30).raise_for_status()
    link = link_in_last_mail(live_server.maildir, EMAIL, count=2)
    assert link.startswith("akonet://password/reset?token=")

    second_launch(loop, data_dir, tmp_path, link)

    wait_until(loop, lambda: len(dialogs_of(running, RecoveryDialog)) == 1)
    dialog = dialogs_of(running, RecoveryDialog)[0]
    wait_until(loop, lambda: dialog.flow.step == RecoveryStep.NEW_PASSWORD and not dialog.flow.busy)
    assert dialog.ui.stack.currentWidget() is dialog.ui.passwordPage


@pytest.mark.parametrize(
    ("link", "reason"),
    [
        ("akonet://registration/continue?token=short", "the code in the link is not valid"),
        ("https://evil.example/x", "not an akonet:// link"),
        ("akonet://unknown/path", "unknown AKONet link"),
        ("akonet://password/reset", "the link has no code"),
    ],
)
def test_a_malformed_or_foreign_link_is_refused_with_a_message(running, loop, data_dir, tmp_path, link, reason):
    second_launch(loop, data_dir, tmp_path, link)

    message = running.login.ui.messageLabel
    wait_until(loop, lambda: reason in message.text())
    assert "cannot be opened" in message.text() and message.isVisible()
    assert running.dialogs == []
    assert running.login.isVisible()


def test_a_plain_second_launch_brings_the_app_back_from_the_taskbar(running, loop, data_dir, tmp_path):
    login = running.login
    login.showMinimized()
    wait_until(loop, lambda: login.isMinimized())

    second_launch(loop, data_dir, tmp_path)

    wait_until(loop, lambda: not login.isMinimized() and login.isVisible())
    assert running.dialogs == []  # nothing to continue: it only came to the front


def test_the_open_dialog_comes_to_the_front_with_its_window(running, loop, data_dir, tmp_path):
    running.open_registration()
    wizard = dialogs_of(running, RegistrationWizard)[0]
    running.login.showMinimized()
    wait_until(loop, lambda: running.login.isMinimized())

    second_launch(loop, data_dir, tmp_path)

    wait_until(loop, lambda: not running.login.isMinimized() and QApplication.activeWindow() is wizard)
    assert dialogs_of(running, RegistrationWizard) == [wizard]  # not a second wizard
    wizard.reject()


def test_peers_sending_garbage_too_much_or_nothing_are_dropped_and_the_next_launch_served(
    running, loop, data_dir, tmp_path, caplog
):
    caplog.set_level(logging.WARNING, logger="akonet_desktop.gui.single_instance")
    peers = []
    for payload in (b"\x00\xff garbage\n", b"x" * (MAX_MESSAGE_BYTES + 100), b'{"v": 99, "link": null}\n', b""):
        peer = QLocalSocket()
        peer.connectToServer(running.instance.name)
        assert peer.waitForConnected(1000)
        if payload:
            peer.write(payload)
            peer.flush()
        peers.append(peer)

    wait_until(loop, lambda: all(p.state() == QLocalSocket.LocalSocketState.UnconnectedState for p in peers))
    assert all(p.bytesAvailable() == 0 for p in peers)  # no acknowledgement for any of them
    dropped = [r.getMessage() for r in caplog.records if "dropped a connection" in r.getMessage()]
    assert len(dropped) == 4, dropped
    assert any("malformed" in m for m in dropped) and any("more than" in m for m in dropped)
    assert any("no message in time" in m for m in dropped)
    assert running.dialogs == [] and running.login.ui.messageLabel.text() == ""

    second_launch(loop, data_dir, tmp_path, "akonet://password/forgot")
    wait_until(loop, lambda: len(dialogs_of(running, RecoveryDialog)) == 1)
    dialogs_of(running, RecoveryDialog)[0].reject()


def test_with_no_app_running_the_launch_handles_the_link_itself(tmp_path, loop, live_server, memory_keyring):
    httpx.post(
        f"{live_server.url}/api/v1/registrations",
        timeout=30,
        json={"email": EMAIL, "email_confirmation": EMAIL, "language": "en"},
    ).raise_for_status()
    link = link_in_last_mail(live_server.maildir, EMAIL)
    data_dir = tmp_path / "alone"
    assert not SingleInstance(data_dir).hand_over(link)  # nobody to hand it to, not even a lock holder

    # what `main()` does next: claim, open the windows, handle the link here
    instance = SingleInstance(data_dir)
    assert instance.claim()
    assert not instance.hand_over(link)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    ctx = AppContext(
        settings=settings, translations=Translations(settings), credentials=CredentialStore(memory_keyring)
    )
    controller = AppController(ctx, server_url=live_server.url, embedded=EmbeddedServer(data_dir))
    try:
        assert instance.listen()
        controller.start(link)
        wait_until(loop, lambda: len(dialogs_of(controller, RegistrationWizard)) == 1, timeout=60)
        wizard = dialogs_of(controller, RegistrationWizard)[0]
        wait_until(loop, lambda: wizard.flow.step == Step.COMPANY and not wizard.flow.busy)
    finally:
        instance.close()
        run(loop, controller.shutdown())
        controller.login.close()


@pytest.mark.skipif(sys.platform == "win32", reason="a named pipe disappears with its process")
def test_the_lock_and_socket_of_a_crashed_app_do_not_stop_the_next_one(tmp_path, loop, data_dir):
    crash = (
        "import os, signal, sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from akonet_desktop.gui.single_instance import SingleInstance\n"
        "app = QCoreApplication([])\n"
        "instance = SingleInstance(Path(sys.argv[1]))\n"
        "assert instance.claim() and instance.listen()\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    crashed = subprocess.run(
        [sys.executable, "-c", crash, str(data_dir)],
        cwd=ROOT,
        capture_output=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=60,
    )
    assert crashed.returncode == -signal.SIGKILL, crashed.stderr
    instance = SingleInstance(data_dir)
    assert Path(instance.name).exists() and Path(instance._lock.fileName()).exists()  # left behind

    received: list = []
    instance.activation_requested.connect(received.append)
    try:
        assert instance.claim()
        assert instance.listen()
        second_launch(loop, data_dir, tmp_path, "akonet://password/forgot")
        wait_until(loop, lambda: received == ["akonet://password/forgot"])
    finally:
        instance.close()
    assert not Path(instance.name).exists() and not Path(instance._lock.fileName()).exists()


def test_a_link_handed_over_while_the_app_is_still_connecting_opens_once_connected(
    tmp_path, loop, live_server, memory_keyring
):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    ctx = AppContext(
        settings=settings, translations=Translations(settings), credentials=CredentialStore(memory_keyring)
    )
    controller = AppController(ctx, server_url=live_server.url, embedded=EmbeddedServer(tmp_path / "data"))
    try:
        controller.start()
        controller.activate("akonet://password/forgot")  # before the server has answered
        assert not controller.connected.is_set() and controller.dialogs == []
        wait_until(loop, lambda: len(dialogs_of(controller, RecoveryDialog)) == 1, timeout=60)
    finally:
        run(loop, controller.shutdown())
        controller.login.close()


def test_a_refused_link_while_signed_in_is_explained_in_the_main_window(running, loop, live_server, data_dir, tmp_path):
    from tests.support.api import STRONG_PASSWORD

    register_owner(live_server.url, live_server.maildir, EMAIL)
    running._signed_in(run(loop, running.ctx.client.login(EMAIL, STRONG_PASSWORD)))
    assert running.main is not None and running.main.isVisible()

    second_launch(loop, data_dir, tmp_path, "akonet://unknown/path")

    status = running.main.statusBar()
    wait_until(loop, lambda: "unknown AKONet link" in status.currentMessage())
    assert "cannot be opened" in status.currentMessage()
    assert running.dialogs == []


def test_windows_pipe_names_are_found_through_the_lock_holders_secret(tmp_path, loop, data_dir):
    """Pipe names are machine-wide on Windows: the name carries a secret from the person's own
    temp folder, which the second launch reads (run here with Windows naming)."""
    link = "akonet://password/forgot"
    instance = SingleInstance(data_dir, windows=True)
    received: list = []
    instance.activation_requested.connect(received.append)
    second = (
        "import sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from akonet_desktop.gui.single_instance import SingleInstance\n"
        "app = QCoreApplication([])\n"
        "other = SingleInstance(Path(sys.argv[1]), windows=True)\n"
        "assert not other.claim()\n"
        "sys.exit(0 if other.hand_over(sys.argv[2]) else 3)\n"
    )
    try:
        assert instance.name is None  # unknown until the lock is held
        assert instance.claim() and instance.listen()
        assert instance.name.startswith(instance._key + "-") and len(instance.name) == len(instance._key) + 33
        process = subprocess.Popen(
            [sys.executable, "-c", second, str(data_dir), link],
            cwd=ROOT,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
            stderr=subprocess.PIPE,
        )
        wait_until(loop, lambda: process.poll() is not None, timeout=60)
        assert process.returncode == 0, process.stderr.read().decode(errors="replace")
        wait_until(loop, lambda: received == [link])
    finally:
        instance.close()
