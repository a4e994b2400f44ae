"""The GUI's handle on the compute process (no Qt here; ui/controller.py drives it from a timer).

``start`` spawns the process (spawn start method everywhere, so Linux behaves as Windows and macOS);
it returns at once and the process loads torch on its own, so the window paints first. ``send`` never
blocks for long (the process drains its pipe on a thread of its own). ``receive`` returns the next
batch of events, if one has arrived, and raises ``ComputeDied`` when the process is gone, whatever
the reason (killed, crashed, torch aborted).
"""

from __future__ import annotations

import contextlib
import itertools
import multiprocessing
import sys
import types

from . import server
from .transport import Inbox

QUIT_WAIT = 0.25  # seconds a quitting process gets before it is terminated


class ComputeDied(Exception):  # noqa: N818 (an event, not a bug)
    pass


class ComputeClient:
    _ids = itertools.count(1)  # job ids, unique in this GUI process (also across restarts)

    def __init__(self):
        self.process = None
        self._requests = self._events = None
        self._inbox = Inbox()
        self.torch_version: str | None = None  # once the process has loaded torch
        self.engine_error: str | None = None

    def start(self) -> None:
        context = multiprocessing.get_context("spawn")
        requests_in, self._requests = context.Pipe(duplex=False)
        self._events, events_out = context.Pipe(duplex=False)
        self.process = context.Process(target=server.main, args=(requests_in, events_out),
                                       name="descentlab-compute", daemon=True)
        # spawn runs the parent's main script again in the child, unless it is a package's __main__
        # (python -m simulator): a script that imports Qt would bring Qt into the compute process
        main, sys.modules["__main__"] = sys.modules["__main__"], types.ModuleType("__main__")
        try:
            self.process.start()
        finally:
            sys.modules["__main__"] = main
        requests_in.close()  # the child's ends: when the child dies, reading our end says so
        events_out.close()
        self.torch_version = self.engine_error = None

    def new_id(self) -> int:
        return next(self._ids)

    def send(self, *message) -> None:
        with contextlib.suppress(OSError):  # the process is gone (broken pipe): the next receive() says so
            self._requests.send(message)

    def receive(self) -> list[tuple]:
        """The next batch of events (acknowledged at once, so the next one can be prepared), or []."""
        try:
            if not self._events.poll():
                if not self.process.is_alive():
                    raise ComputeDied(self._death())
                return []
            message = self._events.recv()
        except (EOFError, OSError):
            raise ComputeDied(self._death()) from None
        batch = self._inbox.unpack(message)
        self._inbox.collect()
        self.send("ack", self._inbox.closed())
        for event in batch:
            if event[0] == "engine":
                self.torch_version, self.engine_error = event[1], event[2]
        return batch

    def _death(self) -> str:
        self.process.join(0.5)
        code = self.process.exitcode
        return f"exit code {code}" if code is not None and code >= 0 else f"signal {-(code or 0)}"

    def shutdown(self, timeout: float = QUIT_WAIT) -> bool:
        """End the process: ask, then terminate, then kill. True when it has ended."""
        if self.process is None:
            return True
        self.send("quit")
        self.process.join(timeout)
        if self.process.is_alive():
            self.process.terminate()
            self.process.join(0.1)
        if self.process.is_alive():
            self.process.kill()
            self.process.join(0.1)
        for end in (self._requests, self._events):
            end.close()
        self._inbox.collect()
        ended = not self.process.is_alive()
        self.process = None
        return ended
