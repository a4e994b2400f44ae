"""The compute thread's side: loads torch, then runs engine generators one at a time.

A job is a generator of records. The worker keeps only the latest record of a job (the GUI picks it up
at display rate) and checks the job's stop flag between records, so a new job or closing the window
stops a running job within one step. A job may yield None: a point to check the stop flag at, with
nothing new to show (building a snapshot every step would cost more than the step).
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable, Iterator

from PySide6.QtCore import QObject, Signal, Slot

QUEUED, RUNNING, DONE, CANCELLED, FAILED = "queued", "running", "done", "cancelled", "failed"


class Job:
    """One run of an engine generator, shared by the GUI thread (reads) and the worker (writes)."""

    def __init__(self, owner: str, make: Callable[[], Iterator[object]]):
        self.owner = owner  # the panel that asked for it
        self.make = make  # called on the compute thread, so it may import torch
        self.stop = threading.Event()
        self._lock = threading.Lock()
        self._latest: object = None
        self._fresh = False
        self.state = QUEUED
        self.error: str | None = None

    def post(self, record: object) -> None:
        with self._lock:
            self._latest, self._fresh = record, True

    def finish(self, state: str, error: str | None = None) -> None:
        with self._lock:
            self.state, self.error = state, error

    def take(self) -> tuple[object | None, str, str | None]:
        """The latest record if it is new since the last call, the state, and the error if any."""
        with self._lock:
            record = self._latest if self._fresh else None
            self._fresh = False
            return record, self.state, self.error


class Worker(QObject):
    sig_engine_ready = Signal(str)  # torch version
    sig_engine_failed = Signal(str)

    def __init__(self):
        super().__init__()

    @Slot()
    def load_engine(self) -> None:
        from ..engine import runtime

        try:
            version = runtime.load()
        except Exception as e:  # a broken torch install must not take the window down
            self.sig_engine_failed.emit(self.tr("torch could not be loaded: {0}").format(e))
            return
        self.sig_engine_ready.emit(version)

    @Slot(object)
    def run(self, job: Job) -> None:
        if job.stop.is_set():
            job.finish(CANCELLED)
            return
        job.finish(RUNNING)
        try:
            for record in job.make():
                if record is not None:
                    job.post(record)
                if job.stop.is_set():
                    job.finish(CANCELLED)
                    return
        except Exception as e:  # reaches the user as a message; the worker keeps serving jobs
            job.finish(FAILED, _describe(e))
            return
        job.finish(DONE)


def _describe(e: Exception) -> str:
    # Our own SpecError/ValueError messages are written for users; anything else gets its type and
    # the place it came from, so a bug report can be written from the status bar alone.
    if isinstance(e, ValueError):
        return str(e)
    where = traceback.extract_tb(e.__traceback__)[-1]
    return f"{type(e).__name__}: {e} ({where.filename.rsplit('/', 1)[-1]}:{where.lineno})"
