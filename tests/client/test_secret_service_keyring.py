"""Remember me against a real OS keyring: gnome-keyring's Secret Service over D-Bus."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap

import pytest

NEEDED = ("dbus-run-session", "gnome-keyring-daemon")

SCRIPT = textwrap.dedent("""
    import keyring
    from akonet_desktop.client.credentials import CredentialStore

    store = CredentialStore()
    available, reason = store.availability()
    assert available, reason
    backend = keyring.get_keyring()
    print("backend", type(backend).__module__, type(backend).__name__)
    store.save("http://127.0.0.1:9", "owner@froid.fr", "refresh-token-value")
    assert store.load("http://127.0.0.1:9", "owner@froid.fr") == "refresh-token-value"
    assert store.load("http://127.0.0.1:9", "other@froid.fr") is None
    store.delete("http://127.0.0.1:9", "owner@froid.fr")
    assert store.load("http://127.0.0.1:9", "owner@froid.fr") is None
    print("ok")
""")


def test_credential_store_on_secret_service(tmp_path):
    missing = [tool for tool in NEEDED if shutil.which(tool) is None]
    if missing:
        if os.environ.get("AKONET_REQUIRE_KEYRING") == "1":
            pytest.fail(f"AKONET_REQUIRE_KEYRING=1 but missing: {missing}")
        pytest.skip(f"no OS keyring to test against (missing {', '.join(missing)})")
    script = tmp_path / "keyring_check.py"
    script.write_text(SCRIPT)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DBUS_", "PYTHON_KEYRING"))}
    env["HOME"] = str(tmp_path)  # a fresh login keyring, not the machine's
    env["XDG_DATA_HOME"] = str(tmp_path / "data")
    shell = f"echo -n pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null; '{sys.executable}' '{script}'"
    done = subprocess.run(
        ["dbus-run-session", "--", "sh", "-c", shell], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "SecretService" in done.stdout
    assert done.stdout.strip().endswith("ok")
