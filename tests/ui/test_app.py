"""The real entry point, end to end: start, paint, load the engine, run the panel's first jobs, quit."""

import os
import subprocess
import sys

from simulator.ui.app import STARTUP_REPORT_ENV


def test_app_starts_reports_ready_and_exits_cleanly(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path))
    env[STARTUP_REPORT_ENV] = "1"  # quit as soon as the window, the panel and the engine are up
    done = subprocess.run([sys.executable, "-m", "simulator", "--panel", "lr"], env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    marks = [line.split()[0] for line in done.stdout.splitlines()]
    assert marks[0] == "first_frame" and set(marks) == {"first_frame", "panel_ready", "engine_ready"}
    assert "QThread" not in done.stderr and "Traceback" not in done.stderr
    assert list(tmp_path.rglob("*.conf"))  # settings were saved on the way out
