"""The compute process seen from the GUI: jobs, stop and cancel, errors, display-rate delivery, faults, shutdown."""

import os
import signal
import subprocess
import sys
import time

import numpy as np
import pytest
from compute_jobs import big_array, broken, counting, counting_with_final, keep_count, loaded_modules

from simulator.compute.job import Job
from simulator.ui.controller import DONE, STOPPED, Controller


def run(controller, qtbot, owner, job, timeout=20_000):
    records, finished = [], []
    controller.submit(owner, job, records.append, lambda s, e: finished.append((s, e)))
    qtbot.waitUntil(lambda: bool(finished), timeout=timeout)
    return records, finished[0]


def test_records_arrive_at_display_rate_and_the_last_one_always(ready_controller, qtbot):
    records, (state, _) = run(ready_controller, qtbot, "p", Job.of(counting, 20_000))
    assert state == DONE
    assert records[-1][0] == 19_999  # the final snapshot is never skipped
    assert len(records) < 200  # not one callback per record
    assert records[-1][1] != os.getpid()  # computed in the compute process


def test_a_new_job_for_the_same_panel_stops_the_old_one(ready_controller, qtbot):
    old = []
    ready_controller.submit("p", Job.of(counting, 10_000, 0.001), old.append)
    qtbot.waitUntil(lambda: bool(old), timeout=10_000)
    records, (state, _) = run(ready_controller, qtbot, "p", Job.of(counting, 3))
    assert state == DONE and records[-1][0] == 2
    count = len(old)
    assert old[-1][0] < 9_999  # stopped early
    qtbot.wait(100)
    assert len(old) == count  # nothing more from the replaced job


def test_a_stopped_job_delivers_its_real_final_state(ready_controller, qtbot):
    records, finished = [], []
    ready_controller.submit("p", Job.of(counting_with_final, 10**6), records.append,
                            lambda s, e: finished.append(s))
    qtbot.waitUntil(lambda: bool(records) and records[-1][1] >= 100, timeout=10_000)
    ready_controller.stop("p")
    qtbot.waitUntil(lambda: bool(finished), timeout=10_000)
    assert finished == [STOPPED]
    assert records[-1][0] == "final" and records[-1][1] >= records[-2][1]  # where it stopped, not a snapshot


def test_cancel_drops_what_the_job_would_still_send(ready_controller, qtbot):
    records = []
    ready_controller.submit("p", Job.of(counting_with_final, 10**6), records.append)
    qtbot.waitUntil(lambda: bool(records), timeout=10_000)
    ready_controller.cancel("p")
    count = len(records)
    qtbot.wait(200)
    assert len(records) == count and ready_controller.idle()


def test_jobs_of_different_panels_progress_together(ready_controller, qtbot):
    long = []
    ready_controller.submit("long", Job.of(counting, 10**6, 0.0005), long.append)
    qtbot.waitUntil(lambda: bool(long), timeout=10_000)
    start = time.perf_counter()
    records, (state, _) = run(ready_controller, qtbot, "short", Job.of(counting, 200, 0.0005))
    took = time.perf_counter() - start
    assert state == DONE and records[-1][0] == 199
    assert ready_controller.busy("long")  # still running beside it
    assert took < 5  # 0.1 s of work: it did not wait for the long job to end
    ready_controller.cancel("long")


def test_an_exception_becomes_a_message_and_the_process_keeps_going(ready_controller, qtbot):
    with qtbot.waitSignal(ready_controller.sig_job_failed, timeout=10_000) as blocker:
        ready_controller.submit("p", Job.of(broken), lambda r: None)
    owner, message = blocker.args
    assert owner == "p" and "ZeroDivisionError: boom" in message
    records, (state, _) = run(ready_controller, qtbot, "p", Job.of(counting, 2))
    assert state == DONE and records[-1][0] == 1


def test_a_workspace_lives_from_one_job_to_the_next(ready_controller, qtbot):
    assert run(ready_controller, qtbot, "p", Job.in_workspace(keep_count, 2))[0] == [2]
    assert run(ready_controller, qtbot, "p", Job.in_workspace(keep_count, 3))[0] == [5]
    assert run(ready_controller, qtbot, "q", Job.in_workspace(keep_count, 1))[0] == [1]  # one per owner


def test_large_arrays_cross_whole(ready_controller, qtbot):
    records, (state, _) = run(ready_controller, qtbot, "p", Job.of(big_array, 3_000_000))  # 24 MB
    assert state == DONE
    np.testing.assert_array_equal(records[0], np.arange(3_000_000, dtype=np.float64))


@pytest.fixture
def own_controller(qtbot):
    """A controller with a compute process of its own (the shared one must not be killed)."""
    c = Controller()
    c.start()
    with qtbot.waitSignal(c.sig_engine_ready, timeout=60_000):
        pass
    yield c
    assert c.shutdown()


def test_a_killed_compute_process_is_replaced(own_controller, qtbot):
    first = own_controller.process.pid
    own_controller.submit("p", Job.of(counting, 10**6, 0.001), lambda r: None)
    with qtbot.waitSignal(own_controller.sig_restarted, timeout=10_000) as blocker:
        os.kill(first, signal.SIGKILL)
    reason, recompute = blocker.args
    assert "signal 9" in reason and recompute
    assert own_controller.idle()  # the dead process's jobs are gone; the panels submit again
    assert own_controller.process.pid != first
    records, (state, _) = run(own_controller, qtbot, "p", Job.of(counting, 3), timeout=60_000)
    assert state == DONE and records[-1][1] == own_controller.process.pid


def test_shutdown_during_a_long_job_is_prompt(own_controller, qtbot):
    records = []
    own_controller.submit("p", Job.of(counting, 10**9, 0.001), records.append)
    qtbot.waitUntil(lambda: bool(records), timeout=10_000)
    process = own_controller.process
    start = time.perf_counter()
    assert own_controller.shutdown()
    assert time.perf_counter() - start < 0.5
    assert not process.is_alive() and process.exitcode == 0


def test_jobs_submitted_before_torch_is_ready_wait_for_it(qtbot):
    c = Controller()
    c.start()
    try:
        assert not c.engine_ready
        records, (state, _) = run(c, qtbot, "p", Job.of(counting, 2), timeout=60_000)
        assert state == DONE and records[-1][0] == 1 and c.engine_ready
    finally:
        assert c.shutdown()


def test_the_compute_process_has_torch_and_no_qt(ready_controller, qtbot):
    records, (state, _) = run(ready_controller, qtbot, "p", Job.of(loaded_modules))
    assert state == DONE and records == [{"torch"}]


def test_closing_while_torch_loads_is_prompt(qtbot):
    c = Controller()
    c.start()
    process = c.process
    start = time.perf_counter()
    assert c.shutdown()  # torch is still being imported over there
    assert time.perf_counter() - start < 0.5 and not process.is_alive()


@pytest.mark.skipif(not os.path.isdir("/proc"), reason="reads process states from /proc")
def test_the_compute_process_ends_when_the_gui_is_killed(tmp_path):
    """No orphan: a GUI process killed with kill -9 takes its compute process with it within 2 s."""
    script = ("import time\n"
              "from simulator.compute.client import ComputeClient\n"
              "client = ComputeClient(); client.start()\n"
              "print(client.process.pid, flush=True)\n"
              "time.sleep(60)\n")
    gui = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    compute = int(gui.stdout.readline())
    time.sleep(0.5)
    gui.kill()
    gui.wait()
    end = time.perf_counter() + 2.0
    while time.perf_counter() < end and _running(compute):
        time.sleep(0.05)
    assert not _running(compute)


def _running(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split()[2] != "Z"  # a zombie has ended (only its exit status is left)
    except FileNotFoundError:
        return False
