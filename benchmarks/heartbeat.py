"""A 10 ms timer on the GUI thread that records the gaps between its ticks: how long the GUI was stuck."""

import time

from PySide6.QtCore import QTimer

TICK_MS = 10


class Heartbeat:
    def __init__(self):
        self.gaps: list[float] = []
        self._last = time.perf_counter()
        self._timer = QTimer()
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append(now - self._last)
        self._last = now

    def start(self) -> None:
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> list[float]:
        """The gaps in seconds (the first, from start to the first tick, left out)."""
        self._timer.stop()
        return self.gaps[1:]
