"""Forks of a training run: two futures from the same weights, optimizer state, masks and batches."""

import numpy as np
import pytest

from simulator.engine import datasets, models, optimizers, training, training_jobs
from simulator.engine.specs import SpecError

ADAM = optimizers.OPTIMIZERS.parse("Adam(lr=0.01)")
RUN = training.RunSpec("Adam(lr=0.01)", models.ModelSpec((2, 16, 16, 2), dropout=0.3), ADAM)


def started(recorded=1_000, until=50):
    """A run of the moons trained to ``until`` iterations (7 a epoch, 70 in all)."""
    workspace = {}
    data = datasets.make_dataset("moons", 400, 0.2, 0)
    list(training_jobs.start_job(workspace, training.Setup(data, 100, 0.3, (RUN,), 16, 10, 0, recorded=recorded), 1))
    list(training_jobs.advance_job(workspace, until=until))
    return workspace


def unforked(until, recorded=1_000):
    """The same run, never forked, after ``until`` iterations."""
    *_, record = training_jobs.advance_job(started(recorded, until), until=until)
    return record


@pytest.mark.parametrize("recorded", [1_000, 5])  # a snapshot at k, or a replay to k
def test_the_unchanged_future_is_the_run_itself_and_a_same_value_fork_is_its_twin(recorded):
    workspace = started(recorded=recorded)
    (fork,) = training_jobs.fork_job(workspace, 23, 0, "learning rate", "0.01", 2)  # the same lr: a twin
    assert fork.iteration == 23 and [h.label for h in fork.runs] == ["Adam(lr=0.01)", "lr=0.01 @23"]
    *_, after = training_jobs.advance_job(workspace, until=60)
    whole = unforked(60, recorded)
    a, b = after.runs
    np.testing.assert_array_equal(a.iteration_loss, whole.runs[0].iteration_loss)  # history, then its future
    np.testing.assert_array_equal(b.iteration_loss, a.iteration_loss)  # weights, Adam's state, masks, batches
    np.testing.assert_array_equal(a.train_loss, whole.runs[0].train_loss)
    np.testing.assert_array_equal(after.boundary[1], whole.boundary[0])


def test_a_changed_lr_takes_its_own_future_and_the_cursor_sees_the_parent_before_the_fork():
    workspace = started()
    list(training_jobs.fork_job(workspace, 23, 0, "learning rate", "0.1", 2))
    *_, after = training_jobs.advance_job(workspace, until=40)
    a, b = after.runs
    np.testing.assert_array_equal(a.iteration_loss[:23], b.iteration_loss[:23])
    assert not np.array_equal(a.iteration_loss[23:], b.iteration_loss[23:])
    assert workspace["session"].optimizers[1].param_groups[0]["lr"] == 0.1
    (before,) = training_jobs.view_job(workspace, 10)  # both futures were one run then
    whole = unforked(10)
    np.testing.assert_array_equal(before.boundary[0], whole.boundary[0])
    np.testing.assert_array_equal(before.boundary[1], whole.boundary[0])
    (later,) = training_jobs.view_job(workspace, 30)
    assert not np.array_equal(later.boundary[0], later.boundary[1])


def test_a_new_optimizer_starts_fresh_from_the_forks_weights():
    workspace = started()
    list(training_jobs.fork_job(workspace, 23, 0, "optimizer", "SGD(lr=0.1)", 2))
    session = workspace["session"]
    assert type(session.optimizers[1]).__name__ == "SGD"
    assert session.setup.runs[1].label == "SGD(lr=0.1) @23"
    *_, after = training_jobs.advance_job(workspace, until=30)
    assert np.isfinite(after.runs[1].iteration_loss).all()


@pytest.mark.parametrize("setting, text, words", [
    ("learning rate", "x", "a number"), ("learning rate", "-1", "at least 0"), ("Dropout p", "0.95", "0.9"),
    ("weight decay", "20", "from 0 to 10"), ("optimizer", "Nope()", "unknown"), ("layers", "3", "one of")])
def test_bad_fork_settings_are_refused_and_the_run_kept(setting, text, words):
    workspace = started()
    session = workspace["session"]
    with pytest.raises(SpecError, match=words):
        list(training_jobs.fork_job(workspace, 23, 0, setting, text, 2))
    assert workspace["session"] is session


def test_forks_of_forks_are_bounded():
    workspace = started()
    for run in range(2, 5):
        list(training_jobs.fork_job(workspace, 20 + run, 1 if run > 2 else 0, "weight decay", "0.01", run))
    with pytest.raises(SpecError, match="at most 3"):
        list(training_jobs.fork_job(workspace, 30, 0, "weight decay", "0.01", 5))
    (view,) = training_jobs.view_job(workspace, 5)  # before the first fork: the first run, three levels up
    np.testing.assert_array_equal(view.boundary[0], unforked(5).boundary[0])
