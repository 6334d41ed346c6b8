"""Start-up to first paint: a bare PySide6 window against `akonet-desktop` on its embedded server.

Each is launched --runs times (default 15; fresh process, fresh data directory), the two
interleaved so that drift on a shared machine hits both alike, both from compiled bytecode (the
first, uncounted, launch writes the app's); the minimum and the median wall
time from launch to the first painted window are printed for both, and last
`ratio=<app median ÷ bare median>`. One launch of each before them is not counted (it warms the
page cache). Goal: ratio ≤ 1.5.
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
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    # Both read compiled bytecode, as an installed app does (pip and the bundle compile it): a
    # machine that sets PYTHONDONTWRITEBYTECODE would otherwise have the app compile every one of
    # its modules at every launch, and the bare window, all in PySide6's compiled files, none.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    bare_command = [sys.executable, "-c", BARE]

    def app_launch() -> float:
        with tempfile.TemporaryDirectory() as data, tempfile.TemporaryDirectory() as home:
            app_env = {**env, "HOME": home, "XDG_CONFIG_HOME": home, "XDG_DATA_HOME": home}
            command = [sys.executable, "-m", "akonet_desktop", "--data-dir", data, "--exit-after-first-paint"]
            return launch_ms(command, app_env)

    # One of each first, not counted: the files both read are then in the page cache for all runs.
    launch_ms(bare_command, env)
    app_launch()
    bare, app = [], []
    for run in range(args.runs):
        # Interleaved, each first every other time: drift on a shared machine, and whatever one
        # launch leaves warm for the next, hit both alike.
        if run % 2:
            app.append(app_launch())
            bare.append(launch_ms(bare_command, env))
        else:
            bare.append(launch_ms(bare_command, env))
            app.append(app_launch())
    bare_ms, app_ms = statistics.median(bare), statistics.median(app)
    print(f"runs={args.runs}")
    print(f"bare_pyside6_first_paint_min_ms={min(bare):.0f}")
    print(f"bare_pyside6_first_paint_ms={bare_ms:.0f}  # median")
    print(f"akonet_desktop_first_paint_min_ms={min(app):.0f}")
    print(f"akonet_desktop_first_paint_ms={app_ms:.0f}  # median")
    print(f"ratio_of_minimums={min(app) / min(bare):.2f}  # information")
    print(f"ratio={app_ms / bare_ms:.2f}  # of the medians; goal ≤ 1.5")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
