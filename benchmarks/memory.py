"""Memory of the GUI process and the compute process together while races follow each other.

The race panel runs its five stories twice (ten races, the second a 10,000-point swarm); after each the
resident memory (RSS) of both processes is read from /proc (Linux). Baseline in the same run: both
processes after the panel's first race. Targets: <= 600 MB together after ten races, and not growing
from race to race (the last five within a few MB of each other).
Usage: python benchmarks/memory.py
"""

import os
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def rss_mb(pid: int) -> float:
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise SystemExit("no VmRSS")


def main() -> None:
    from simulator.ui.app import make_application
    from simulator.ui.controller import Controller
    from simulator.ui.panels.race import PRESETS, RacePanel

    app = make_application()
    controller = Controller()
    controller.start()
    panel = RacePanel(controller)
    panel.resize(1600, 900)
    panel.show()

    def settle() -> None:
        while not (controller.engine_ready and controller.idle() and panel.record is not None):
            app.processEvents()
            time.sleep(0.005)
        for _ in range(20):
            app.processEvents()
            time.sleep(0.005)

    settle()
    rows = []
    stories = list(PRESETS) * 2
    for n, key in enumerate(stories, start=1):
        panel.swarm_size.setValue(10_000)
        panel.swarm.setChecked(n == 2)  # one 10,000-point swarm (on the saddle): the largest records
        panel.load_preset(key)
        settle()
        gui, compute = rss_mb(os.getpid()), rss_mb(controller.process.pid)
        rows.append(gui + compute)
        print(f"race {n:2d} ({key:8s}{' swarm' if n == 2 else ''}): GUI {gui:6.1f} MB + compute {compute:6.1f} MB "
              f"= {gui + compute:6.1f} MB")
    last = rows[-5:]
    print(f"after ten races: {rows[-1]:.0f} MB (target <= 600 MB); after the first: {rows[0]:.0f} MB; "
          f"last five races span {max(last) - min(last):.1f} MB (not growing)")
    controller.shutdown()


if __name__ == "__main__":
    main()
