"""The compute thread: jobs, cancellation, errors, display-rate delivery, shutdown."""

import threading
import time

from simulator.ui.worker import CANCELLED, DONE, FAILED


def counting_job(counter, n, delay=0.0):
    def make():
        for i in range(n):
            counter["steps"] = i + 1
            counter["thread"] = threading.current_thread().name
            if delay:
                time.sleep(delay)
            yield i
    return make


def test_records_arrive_at_display_rate_and_the_last_one_always(ready_controller, qtbot):
    seen, finished, counter = [], [], {}
    ready_controller.submit("p", counting_job(counter, 20_000), seen.append, lambda s, e: finished.append(s))
    qtbot.waitUntil(lambda: bool(finished), timeout=20_000)
    assert finished == [DONE]
    assert seen[-1] == 19_999  # the final snapshot is never skipped
    assert len(seen) < 200  # not one callback per record
    assert counter["thread"] != threading.main_thread().name


def test_a_new_job_for_the_same_panel_stops_the_old_one(ready_controller, qtbot):
    old, new, finished = {}, {}, []
    old_records = []
    ready_controller.submit("p", counting_job(old, 10_000, delay=0.001), old_records.append)
    qtbot.waitUntil(lambda: old.get("steps", 0) > 5, timeout=10_000)
    ready_controller.submit("p", counting_job(new, 3), lambda r: None, lambda s, e: finished.append(s))
    qtbot.waitUntil(lambda: bool(finished), timeout=10_000)
    assert finished == [DONE]
    assert old["steps"] < 10_000  # stopped early by its stop flag
    count = len(old_records)
    qtbot.wait(100)
    assert len(old_records) == count  # nothing more from the cancelled job


def test_jobs_of_different_panels_both_finish(ready_controller, qtbot):
    finished = {}
    for owner in ("a", "b"):
        ready_controller.submit(owner, counting_job({}, 50), lambda r: None,
                                lambda s, e, owner=owner: finished.__setitem__(owner, s))
    qtbot.waitUntil(lambda: len(finished) == 2, timeout=10_000)
    assert finished == {"a": DONE, "b": DONE}


def test_an_exception_becomes_a_message_and_the_worker_keeps_going(ready_controller, qtbot):
    def broken():
        yield 1
        raise ZeroDivisionError("boom")

    finished = []
    with qtbot.waitSignal(ready_controller.sig_job_failed, timeout=10_000) as blocker:
        ready_controller.submit("p", broken, lambda r: None, lambda s, e: finished.append((s, e)))
    owner, message = blocker.args
    assert owner == "p" and "ZeroDivisionError: boom" in message
    assert finished[0][0] == FAILED
    after = []
    ready_controller.submit("p", counting_job({}, 2), after.append, lambda s, e: after.append(s))
    qtbot.waitUntil(lambda: DONE in after, timeout=10_000)


def test_jobs_submitted_before_torch_is_ready_wait_for_it(controller, qtbot):
    finished = []

    def needs_torch():
        import torch
        yield torch.ones(2).sum().item()

    records = []
    controller.submit("p", needs_torch, records.append, lambda s, e: finished.append(s))
    qtbot.waitUntil(lambda: bool(finished), timeout=30_000)
    assert finished == [DONE] and records == [2.0] and controller.engine_ready


def test_shutdown_during_a_long_job_is_prompt(ready_controller, qtbot):
    counter = {}
    job = ready_controller.submit("p", counting_job(counter, 10**9, delay=0.001), lambda r: None)
    qtbot.waitUntil(lambda: counter.get("steps", 0) > 3, timeout=10_000)
    start = time.perf_counter()
    assert ready_controller.shutdown(timeout_ms=5000)
    assert time.perf_counter() - start < 1.0
    assert job.stop.is_set() and job.state == CANCELLED
