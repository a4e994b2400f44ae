"""Jobs for the compute-process tests. They cross to the compute process by name, so they live in a
module of their own that imports neither Qt nor the test modules (which do)."""

import os
import time

import numpy as np

from simulator.engine.jobs import Stop


def counting(n, delay=0.0):
    """Yields (step, pid) n times."""
    for i in range(n):
        if delay:
            time.sleep(delay)
        yield i, os.getpid()


def counting_with_final(n, delay=0.001):
    """Like a training run: records now and then; when stopped, where it really is."""
    i = 0
    try:
        while i < n:
            i += 1
            time.sleep(delay)
            yield ("snapshot", i) if i % 50 == 0 else None
    except Stop:
        pass
    yield "final", i


def broken():
    yield 1
    raise ZeroDivisionError("boom")


def keep_count(workspace, add):
    workspace["count"] = workspace.get("count", 0) + add
    return workspace["count"]


def big_array(n):
    return np.arange(n, dtype=np.float64)


def loaded_modules():
    import sys

    return {name for name in ("PySide6", "pyqtgraph", "torch") if name in sys.modules}


def refused(message):
    raise ValueError(message)  # as an engine check refuses a value: the message is for the user
