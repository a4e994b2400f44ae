"""Owns the one compute thread. Panels submit jobs here; records come back at display rate.

- ``submit(owner, make, on_record, on_finished)``: ``make()`` runs on the compute thread and returns a
  generator of records. A new job for the same owner stops the old one, whose records are dropped.
- A GUI timer polls the running jobs and hands each panel its latest record; a job that yields 10,000
  records causes at most one callback per tick.
- ``shutdown()`` stops every job, ends the thread and waits for it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6.QtCore import QObject, QThread, QTimer, Signal

from .worker import CANCELLED, DONE, FAILED, Job, Worker

DISPLAY_INTERVAL_MS = 30

RecordHandler = Callable[[object], None]
FinishHandler = Callable[[str, "str | None"], None]


class Controller(QObject):
    sig_engine_ready = Signal(str)  # torch version
    sig_engine_failed = Signal(str)
    sig_job_failed = Signal(str, str)  # owner, message
    _sig_run = Signal(object)  # delivers a Job to the worker's thread

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.engine_ready = False
        self.torch_version: str | None = None
        self._thread = QThread()
        self._thread.setObjectName("descentlab-compute")
        self._worker = Worker()
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.load_engine)
        self._sig_run.connect(self._worker.run)
        self._worker.sig_engine_ready.connect(self._on_engine_ready)
        self._worker.sig_engine_failed.connect(self.sig_engine_failed)
        self._jobs: dict[str, tuple[Job, RecordHandler, FinishHandler | None]] = {}
        self._timer = QTimer(self)
        self._timer.setInterval(DISPLAY_INTERVAL_MS)
        self._timer.timeout.connect(self._deliver)

    def start(self) -> None:
        """Start the compute thread; it begins by importing torch."""
        self._thread.start()

    def _on_engine_ready(self, version: str) -> None:
        self.engine_ready = True
        self.torch_version = version
        self.sig_engine_ready.emit(version)

    def submit(
        self,
        owner: str,
        make: Callable[[], Iterator[object]],
        on_record: RecordHandler,
        on_finished: FinishHandler | None = None,
    ) -> Job:
        self.cancel(owner)
        job = Job(owner, make)
        self._jobs[owner] = (job, on_record, on_finished)
        self._sig_run.emit(job)
        self._timer.start()
        return job

    def cancel(self, owner: str) -> None:
        entry = self._jobs.pop(owner, None)
        if entry is not None:
            entry[0].stop.set()

    def cancel_all(self) -> None:
        for owner in list(self._jobs):
            self.cancel(owner)

    def busy(self, owner: str) -> bool:
        return owner in self._jobs

    def idle(self) -> bool:
        return not self._jobs

    def _deliver(self) -> None:
        for owner, (job, on_record, on_finished) in list(self._jobs.items()):
            record, state, error = job.take()
            if record is not None:
                on_record(record)
            if state in (DONE, FAILED, CANCELLED) and self._jobs.get(owner, (None,))[0] is job:
                del self._jobs[owner]
                if state == FAILED:
                    self.sig_job_failed.emit(owner, error or "")
                if on_finished is not None:
                    on_finished(state, error)
        if not self._jobs:
            self._timer.stop()

    def shutdown(self, timeout_ms: int = 5000) -> bool:
        """Stop all jobs and the thread; True when the thread really ended."""
        self._timer.stop()
        self.cancel_all()
        if not self._thread.isRunning():
            return True
        self._thread.quit()
        return self._thread.wait(timeout_ms)
