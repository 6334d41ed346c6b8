"""What the sign-in window's first paint may cost: a structural guard, not a timing (bench/startup.py times it).

The window paints before the event loop, the HTTP client, the keyring and the built-in server
load; regressions here once cost a third of the start-up (an app-wide event filter, the
password-policy module, PySide's Qt namespace built by an icon, then by the labels' text format).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

_PROBE = """
import json, sys
from akonet_desktop.gui import app
app.main(['--exit-after-first-paint', '--data-dir', sys.argv[1]])
import PySide6.QtCore
print(json.dumps("Qt" in vars(PySide6.QtCore)))  # PySide6 builds a type on first use
print(json.dumps(sorted(sys.modules)))
"""

# Loaded after the first paint, or only when used.
LATER = (
    "pydantic",
    "httpx",
    "keyring",
    "email_validator",
    "phonenumbers",
    "stdnum",
    "qasync",
    "asyncio",
    "sqlalchemy",
    "uvicorn",
    "fastapi",
    "argon2",
    "platformdirs",
    "akonet_desktop.server",
    "akonet_desktop.rules.password",
    "akonet_desktop.rules.company",
    "akonet_desktop.rules.phone",
    "akonet_desktop.client.api_client",
    "akonet_desktop.gui.controller",
)


def test_first_paint_loads_only_the_sign_in_window(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path)}
    out = subprocess.run(
        [sys.executable, "-c", _PROBE, str(tmp_path / "data")],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    lines = out.stdout.strip().splitlines()
    assert lines[0].startswith("first_paint_ms=")
    loaded = json.loads(lines[-1])
    assert json.loads(lines[-2]) is False  # the Qt namespace: every enum in it, 14 ms (tools/lighten_form.py)
    assert "akonet_desktop.gui.signin.login_window" in loaded  # the probe did reach the first paint
    early = [m for m in loaded if any(m == name or m.startswith(name + ".") for name in LATER)]
    assert early == []
    if sys.platform != "darwin":  # only macOS sends links as events to an app-wide filter
        assert "akonet_desktop.gui.url_open_events" not in loaded
