"""The GUI's side of the compute process: panels submit jobs here; records come back at display rate.

- ``submit(owner, job, on_record, on_finished)``: run ``job`` (a compute.job.Job) in the compute process.
  A new job for the same owner replaces the old one, whose records are dropped.
- ``stop(owner)`` ends the owner's job after its current step; its last record still arrives (a paused
  run shows where the model really is). ``cancel(owner)`` ends it and drops what it would still send.
- A GUI timer reads the process's batches (the latest record of each job, at most one batch per tick)
  and hands each panel its record; a job that yields 10,000 records causes at most one callback per tick.
- The compute process dying is survived: the status bar says so (``sig_restarted``), a new process
  starts, and the window asks every panel to compute again what it shows.
- The GUI process never imports torch; it holds record values only.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from ..compute.client import ComputeClient, ComputeDied
from ..compute.job import Job
from ..compute.server import CANCELLED, DONE, FAILED, STOPPED  # noqa: F401 (the states panels see)

DISPLAY_INTERVAL_MS = 30
# looks soon after each submit: a quick job (the time cursor's view) need not wait for the next tick
QUICK_DELIVERY_MS = (3, 8, 16)
CRASH_LOOP = (3, 60.0)  # this many deaths within this many seconds: restart, but do not recompute again

RecordHandler = Callable[[object], None]
FinishHandler = Callable[[str, "str | None"], None]


class Controller(QObject):
    sig_engine_ready = Signal(str)  # torch version
    sig_engine_failed = Signal(str)
    sig_job_failed = Signal(str, str)  # owner, message
    sig_restarted = Signal(str, bool)  # what happened, whether the panels should compute again

    def __init__(self, parent: QObject | None = None, client: ComputeClient | None = None):
        super().__init__(parent)
        self._client = client or ComputeClient()
        self._owns_client = client is None  # tests share one process between windows
        self.engine_ready = False
        self.torch_version: str | None = None
        self._handlers: dict[int, tuple[str, RecordHandler, FinishHandler | None]] = {}
        self._current: dict[str, int] = {}  # owner → its job's id, until that job has ended
        self._deaths: list[float] = []
        self._timer = QTimer(self)
        self._timer.setInterval(DISPLAY_INTERVAL_MS)
        self._timer.timeout.connect(self._deliver)

    def start(self) -> None:
        """Start the compute process (it loads torch on its own) and the delivery timer."""
        if self._owns_client:
            self._client.start()
        else:
            self._client.send("forget")  # a new window: nothing of the last one's jobs and workspaces
            if self._client.torch_version:
                QTimer.singleShot(0, lambda: self._engine(self._client.torch_version, None))
        self._timer.start()

    @property
    def process(self):
        """The compute process (a multiprocessing.Process), e.g. to watch its pid."""
        return self._client.process

    # -- jobs ----------------------------------------------------------------------------------------
    def submit(self, owner: str, job: Job, on_record: RecordHandler, on_finished: FinishHandler | None = None) -> int:
        self.cancel(owner)
        job_id = self._client.new_id()
        self._handlers[job_id] = (owner, on_record, on_finished)
        self._current[owner] = job_id
        self._client.send("submit", job_id, owner, job)
        for ms in QUICK_DELIVERY_MS:
            QTimer.singleShot(ms, self._deliver)
        return job_id

    def stop(self, owner: str) -> None:
        if owner in self._current:
            self._client.send("stop", owner, True)

    def cancel(self, owner: str) -> None:
        job_id = self._current.pop(owner, None)
        if job_id is not None:
            self._handlers.pop(job_id, None)
            self._client.send("stop", owner, False)

    def cancel_all(self) -> None:
        for owner in list(self._current):
            self.cancel(owner)

    def busy(self, owner: str) -> bool:
        return owner in self._current

    def idle(self) -> bool:
        return not self._current

    # -- delivery ----------------------------------------------------------------------------------------
    def _deliver(self) -> None:
        if not self._timer.isActive():
            return  # shut down (a quick look scheduled before it may still come)
        try:
            batch = self._client.receive()
        except ComputeDied as e:
            self._restart(str(e))
            return
        for event in batch:
            kind = event[0]
            if kind == "record":
                handler = self._handlers.get(event[1])
                if handler is not None:
                    handler[1](event[2])
            elif kind == "end":
                self._ended(*event[1:])
            elif kind == "engine":
                self._engine(event[1], event[2])

    def _ended(self, job_id: int, state: str, error: str | None) -> None:
        handler = self._handlers.pop(job_id, None)
        if handler is None:
            return  # cancelled, or a job of an earlier window
        owner, _, on_finished = handler
        if self._current.get(owner) == job_id:
            del self._current[owner]
        if state == FAILED:
            self.sig_job_failed.emit(owner, error or "")
        if on_finished is not None:
            on_finished(state, error)

    def _engine(self, version: str | None, error: str | None) -> None:
        if version is None:
            self.sig_engine_failed.emit(self.tr("torch could not be loaded: {0}").format(error))
            return
        self.engine_ready, self.torch_version = True, version
        self.sig_engine_ready.emit(version)

    def _restart(self, reason: str) -> None:
        """The compute process died: forget its jobs, start a new one, tell the window."""
        self._handlers.clear()
        self._current.clear()
        self.engine_ready = False
        now = time.monotonic()
        self._deaths = [t for t in self._deaths if now - t < CRASH_LOOP[1]] + [now]
        self._client.shutdown(0)
        self._client.start()
        self.sig_restarted.emit(reason, len(self._deaths) < CRASH_LOOP[0])

    def shutdown(self, timeout_ms: int = 250) -> bool:
        """Stop every job and end the compute process; True when it has ended."""
        self._timer.stop()
        self.cancel_all()
        if not self._owns_client:
            self._client.send("forget")
            return True
        return self._client.shutdown(timeout_ms / 1000)  # (again: nothing to do)
