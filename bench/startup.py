"""Start-up to first paint: a bare PySide6 window against `akonet-desktop` on its embedded server.

Each is launched several times (fresh process, fresh data directory); the median wall time
from launch to the first painted window is printed for both, and last `ratio=<app ÷ bare>`.
Goal: ratio ≤ 1.5.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BARE = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print("first_paint", flush=True)
            QTimer.singleShot(0, app.quit)
        return False

app = QApplication(sys.argv)
window = QLabel("AKONet")
window.resize(460, 560)
window.installEventFilter(FirstPaint(window))
window.show()
app.exec()
"""


def launch_ms(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True, cwd=ROOT)
    for line in process.stdout:
        if line.startswith("first_paint"):
            elapsed = (time.perf_counter() - started) * 1000
            break
    else:
        raise RuntimeError(f"{command[:3]} never painted (exit {process.wait()})")
    process.wait(30)
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    bare, app = [], []
    for _ in range(args.runs):  # interleaved, so drift on a shared machine hits both alike
        bare.append(launch_ms([sys.executable, "-c", BARE], env))
        with tempfile.TemporaryDirectory() as data, tempfile.TemporaryDirectory() as home:
            app_env = {**env, "HOME": home, "XDG_CONFIG_HOME": home, "XDG_DATA_HOME": home}
            app.append(
                launch_ms(
                    [sys.executable, "-m", "akonet_desktop", "--data-dir", data, "--exit-after-first-paint"], app_env
                )
            )
    bare_ms, app_ms = statistics.median(bare), statistics.median(app)
    print(f"bare_pyside6_first_paint_ms={bare_ms:.0f}")
    print(f"akonet_desktop_first_paint_ms={app_ms:.0f}")
    print(f"ratio={app_ms / bare_ms:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
