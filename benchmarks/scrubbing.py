"""Scrubbing the training lab's time cursor over a finished 300-epoch run, the panel at 1920x1080.

Target: >= 30 frames per second, a frame being one cursor position whose rebuilt boundary, network picture
and cursor lines reached the screen (drawn with repaint) while the cursor moves as a hand moves it (a new
position every 16 ms). Two ways: dragging (the cursor snaps to the nearest snapshot, no replay) and exact
positions (replayed from the snapshot before). The baseline measured in the same run: repaints with
nothing changed.
Usage: python benchmarks/scrubbing.py [--frames 100]
"""

import argparse
import os
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--frames", type=int, default=100)
    frames = parser.parse_args().frames
    from simulator.ui.app import make_application
    from simulator.ui.controller import Controller
    from simulator.ui.panels.training import TrainingPanel

    app = make_application()
    controller = Controller()
    controller.start()

    def wait(condition, limit=120.0):
        end = time.perf_counter() + limit
        while not condition():
            if time.perf_counter() > end:
                raise TimeoutError
            app.processEvents()
            time.sleep(0.0005)

    wait(lambda: controller.engine_ready)
    panel = TrainingPanel(controller)
    panel.resize(1920, 1080)
    panel.plots.tabs.setCurrentIndex(2)  # the network tab: the heaviest picture to redraw
    panel.show()
    wait(lambda: panel.record is not None)
    panel.settings.epochs.setValue(300)
    wait(lambda: panel.record is not None and panel.record.setup.epochs == 300)
    panel.toggle_play()
    wait(lambda: panel.record is not None and panel.record.done and not controller.busy("training"))
    record = panel.record
    print(f"run: {record.iteration} iterations, a snapshot every {record.snapshot_every}")

    start = time.perf_counter()
    for _ in range(frames):
        panel.repaint()
    still = frames / (time.perf_counter() - start)

    shown = []  # (time, iteration) of every cursor picture that reached the screen
    original = panel._show_view

    def counted(view):
        original(view)
        panel.repaint()  # on screen now, not at the next idle moment
        shown.append((time.perf_counter(), view.iteration))

    panel._show_view = counted

    def scrub(dragging: bool, seconds: float = 3.0) -> float:
        """Move the cursor as a hand does (a new position every 16 ms, across the run); pictures shown per
        second. A new position replaces the job still computing, so what counts is how many arrive."""
        panel.timeline.slider.setSliderDown(dragging)
        shown.clear()
        start = time.perf_counter()
        moves = 0
        while time.perf_counter() - start < seconds:
            fraction = ((time.perf_counter() - start) / seconds)
            panel.timeline.slider.setValue(1 + round(fraction * (record.iteration - 2)))
            moves += 1
            next_move = start + moves * 0.016
            while time.perf_counter() < next_move:
                app.processEvents()
                time.sleep(0.0005)
        panel.timeline.slider.setSliderDown(False)
        wait(lambda: not controller.busy("training"))
        distinct = len({k for _, k in shown})
        return distinct / seconds

    dragged, stepped = scrub(True), scrub(False)
    controller.shutdown()
    print(f"repaint alone: {still:.0f} frames/s (baseline)")
    print(f"scrubbing by dragging (nearest snapshot): {dragged:.0f} frames/s (target >= 30)")
    print(f"scrubbing at exact iterations (replay from the snapshot before): {stepped:.0f} frames/s "
          f"(target >= 30)")


if __name__ == "__main__":
    main()
