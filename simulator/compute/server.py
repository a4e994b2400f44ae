"""The compute process: loads torch, runs the panels' engine jobs side by side, sends their latest records.

Started by ``client.ComputeClient`` with the spawn start method (as on Windows and macOS); nothing
here imports Qt. One job per owner (a panel); the jobs of different owners take turns in slices of
``SLICE`` seconds, so a race submitted while the training lab trains starts at once and no job waits
for another. Results do not depend on the interleaving: each job has its own state and its own
random generators.

Only the latest record of each job is kept, and a batch of them goes to the GUI when the GUI has
acknowledged the previous one (one message in flight), so a 10,000-step race does not send 10,000
messages and a busy GUI is never flooded. A job stopped with ``keep_last`` delivers its final state.

A reader thread drains the pipe, so the GUI's sends never block on a busy compute process, and when
the pipe closes (the GUI quit or was killed) the process exits at once, even in the middle of a step.

Messages from the GUI: ("submit", job id, owner, Job), ("stop", owner, keep_last), ("ack", segments the
GUI has closed),
("forget",) (drop every job and workspace: a new window starts), ("quit",).
Events to the GUI, in batches: ("engine", torch version | None, why torch failed to load), ("record", job id, record),
("end", job id, state, error).
"""

from __future__ import annotations

import os
import pickle
import queue
import threading
import time
import traceback

from ..engine.jobs import Stop
from ..engine.specs import SpecError
from .transport import Outbox

SLICE = 0.005  # seconds a job runs before the next one's turn
DONE, STOPPED, CANCELLED, FAILED = "done", "stopped", "cancelled", "failed"


def main(requests, events) -> None:
    """The process's entry point (the spawn target): one pipe from the GUI, one to it."""
    Server(requests, events).serve()
    # Asked to quit, with the shared memory released: skip the interpreter's teardown, which with torch
    # loaded can take longer than the GUI waits before it terminates the process (it once took > 0.25 s).
    os._exit(0)


class Running:
    def __init__(self, job_id: int, generator):
        self.id = job_id
        self.generator = generator


class Server:
    def __init__(self, requests, events):
        self.requests, self.conn = requests, events
        self.inbox: queue.SimpleQueue = queue.SimpleQueue()
        self.jobs: dict[str, Running] = {}  # owner → its job, in the order they take turns
        self.workspaces: dict[str, dict] = {}
        self.fresh: dict[int, object] = {}  # job id → latest record not sent yet
        self.events: list[tuple] = []  # other events not sent yet
        self.credit = True  # the GUI has read everything sent
        self.outbox = Outbox()

    # -- the loop --------------------------------------------------------------------------------------
    def serve(self) -> None:
        threading.Thread(target=self._read, name="descentlab-pipe", daemon=True).start()
        self._load_engine()
        try:
            while self._handle_messages(block=not self.jobs):
                for owner in list(self.jobs):
                    self._run_slice(owner)
                self._flush()
        finally:
            self.outbox.release()

    def _read(self) -> None:
        """The reader thread: raw messages only. Unpickling may import modules, which only the main thread
        does (a module another thread is importing can be seen half-initialised)."""
        try:
            while True:
                self.inbox.put(self.requests.recv_bytes())
        except (EOFError, OSError):  # the GUI closed the pipe or died: no orphan compute process
            self.outbox.release()
            os._exit(0)

    def _load_engine(self) -> None:
        from ..engine import runtime

        try:
            self.events.append(("engine", runtime.load(), None))
        except Exception as e:  # a broken torch install must not take the window down
            self.events.append(("engine", None, str(e)))
        self._flush()

    def _handle_messages(self, block: bool) -> bool:
        """Act on what the GUI sent; wait for a message when there is nothing else to do. False: quit."""
        if block:
            self.outbox.trim()  # idle: the pooled segments' memory goes back to the system
        while True:
            try:
                message = pickle.loads(self.inbox.get(timeout=None) if block else self.inbox.get_nowait())
            except queue.Empty:
                return True
            block = False
            kind = message[0]
            if kind == "quit":
                return False
            if kind == "submit":
                self._submit(*message[1:])
            elif kind == "stop":
                self._stop(*message[1:])
            elif kind == "ack":
                self.outbox.acknowledged(*message[1:])
                self.credit = True
                self._flush()
            elif kind == "forget":
                for owner in list(self.jobs):
                    self._stop(owner, keep_last=False)
                self.workspaces.clear()

    def _submit(self, job_id: int, owner: str, job) -> None:
        self._stop(owner, keep_last=False)
        try:
            out = job.start(self.workspaces.setdefault(owner, {}))
        except Exception as e:
            self._end(job_id, FAILED, describe(e))
            return
        if hasattr(out, "__next__"):
            self.jobs[owner] = Running(job_id, out)
        else:  # a job that computes one record at once
            self.fresh[job_id] = out
            self._end(job_id, DONE)

    def _stop(self, owner: str, keep_last: bool) -> None:
        running = self.jobs.pop(owner, None)
        if running is None:
            return
        if not keep_last:
            running.generator.close()
            self.fresh.pop(running.id, None)
            self._end(running.id, CANCELLED)
            return
        try:
            final = running.generator.throw(Stop())  # a job that can say where it stopped yields that
            if final is not None:
                self.fresh[running.id] = final
        except (Stop, StopIteration):
            pass
        except Exception as e:
            self._end(running.id, FAILED, describe(e))
            return
        finally:
            running.generator.close()
        self._end(running.id, STOPPED)

    def _run_slice(self, owner: str) -> None:
        running = self.jobs[owner]
        end = time.perf_counter() + SLICE
        try:
            while True:
                record = next(running.generator)
                if record is not None:
                    self.fresh[running.id] = record
                if not self.inbox.empty() or time.perf_counter() >= end:
                    return  # a stop request is seen after this step
        except StopIteration:
            del self.jobs[owner]
            self._end(running.id, DONE)
        except Exception as e:  # reaches the user as a message; the other jobs go on
            del self.jobs[owner]
            self._end(running.id, FAILED, describe(e))

    def _end(self, job_id: int, state: str, error: str | None = None) -> None:
        self.events.append(("end", job_id, state, error))

    def _flush(self) -> None:
        """Send the latest records and the other events, if the GUI has read the last batch."""
        if not self.credit or not (self.fresh or self.events):
            return
        batch = [("record", job_id, record) for job_id, record in self.fresh.items()]
        # records first: a job's final record reaches the GUI before the news that it ended
        batch += [e for e in self.events if e[0] != "end"] + [e for e in self.events if e[0] == "end"]
        self.fresh, self.events = {}, []
        self.conn.send(self.outbox.pack(batch))
        self.credit = False


def describe(e: Exception) -> str:
    # Our own SpecError/ValueError messages are written for users; anything else gets its type and
    # the place it came from, so a bug report can be written from the status bar alone.
    if isinstance(e, SpecError):
        return e.said()  # (a Said keeps its template: the window says it in the user's language)
    if isinstance(e, ValueError):
        return str(e)
    where = traceback.extract_tb(e.__traceback__)[-1]
    return f"{type(e).__name__}: {e} ({where.filename.rsplit('/', 1)[-1]}:{where.lineno})"
