"""The training lab's time cursor: any earlier iteration rebuilt exactly, at bounded memory."""

import numpy as np
import pytest
import torch

from simulator.engine import datasets, models, optimizers, schedules, snapshots, training, training_jobs

ADAM = optimizers.OPTIMIZERS.parse("Adam(lr=0.01)")


def setup(runs, epochs=10, recorded=1_000):
    data = datasets.make_dataset("moons", 400, 0.2, 0)
    return training.Setup(data, 100, 0.3, tuple(runs), 16, epochs, 0, recorded=recorded)


RUNS = (  # Dropout masks, BatchNorm buffers, a scheduler stepping at epoch ends, Adam's state
    training.RunSpec("dropout + BN", models.ModelSpec((2, 16, 16, 2), dropout=0.3, batchnorm=True), ADAM,
                     schedules.SCHEDULERS.parse("StepLR(step_size=2, gamma=0.5)")),
    training.RunSpec("sgd", models.ModelSpec((2, 8, 2), "tanh"),
                     optimizers.OPTIMIZERS.parse("SGD(lr=0.1, momentum=0.9)")),
)


def boundaries_at(k, runs=RUNS, **kw):
    """A fresh run stopped after k steps."""
    session = training.Session(setup(runs, **kw))
    *_, record = session.advance(k)
    return record.boundary, [m.state_dict() for m in session.models]


@pytest.mark.parametrize("recorded", [1_000, 4])  # a snapshot every step; one every 18 steps (replays between)
def test_the_cursor_shows_exactly_the_networks_of_an_earlier_iteration(recorded):
    workspace = {}
    list(training_jobs.start_job(workspace, setup(RUNS, recorded=recorded), 1))
    list(training_jobs.advance_job(workspace, 42))
    session = workspace["session"]
    assert session.snapshots.interval == (1 if recorded == 1_000 else 18)  # 70 iterations, 4 snapshots
    for k in (0, 5, 13, 30, 29, 41, 42, 100):  # forwards, backwards, the live end, beyond it
        (view,) = training_jobs.view_job(workspace, k)
        expected, weights = boundaries_at(min(k, 42), recorded=recorded)
        assert view.iteration == min(k, 42)
        for got, want in zip(view.boundary, expected, strict=True):
            np.testing.assert_array_equal(got, want)
        if k < 42:
            replica = workspace["replicas"][id(workspace["session"])]
            for model, state in zip(replica.models, weights, strict=True):
                for name, tensor in model.state_dict().items():
                    assert torch.equal(tensor, state[name]), name  # BatchNorm's running statistics too
    *_, after = training_jobs.advance_job(workspace, 10)  # the cursor's replays leave the live run alone
    assert after.iteration == 52
    np.testing.assert_array_equal(after.boundary[0], boundaries_at(52, recorded=recorded)[0][0])


def test_a_replay_across_an_apply_takes_the_new_hyperparameters_from_there():
    workspace = {}
    run = training.RunSpec("a", models.ModelSpec((2, 8, 2), dropout=0.2), ADAM)
    first = setup([run], recorded=2)  # a snapshot every 35 steps
    list(training_jobs.start_job(workspace, first, 1))
    list(training_jobs.advance_job(workspace, 10))
    changed = training.Setup(**{**first.__dict__, "runs": (training.RunSpec(
        "a", models.ModelSpec((2, 8, 2), dropout=0.5), optimizers.OPTIMIZERS.parse("Adam(lr=0.1)")),)})
    list(training_jobs.apply_job(workspace, changed))
    *_, live = training_jobs.advance_job(workspace, 5)
    list(training_jobs.advance_job(workspace, 5))
    (view,) = training_jobs.view_job(workspace, 15)
    np.testing.assert_array_equal(view.boundary[0], live.boundary[0])


def test_snapshots_stay_within_their_memory_budget():
    wide = training.RunSpec("wide", models.ModelSpec((2, 256, 256, 2)), ADAM)
    session = training.Session(setup([wide] * 4, epochs=300))  # 2,100 iterations
    store = session.snapshots
    count = -(-session.plan.iterations // store.interval)
    assert store.interval > 1 and count * store.bytes_each <= snapshots.BUDGET
    list(session.advance(200))
    real = sum(t.numel() * t.element_size() for snap in store.items for racer in snap.racers
               for state in (racer["model"], *racer["optimizer"]["state"].values()) for t in state.values()
               if isinstance(t, torch.Tensor))
    assert real <= store.memory  # the estimate is an upper bound


def test_a_weight_typed_by_hand_applies_from_the_next_step_and_replays_keep_it():
    workspace = {}
    run = training.RunSpec("a", models.ModelSpec((2, 8, 2)), ADAM)
    list(training_jobs.start_job(workspace, setup([run], recorded=2), 1))
    list(training_jobs.advance_job(workspace, 10))
    (edited,) = training_jobs.edit_job(workspace, 0, "W2[1,3]", 0.75)
    (biased,) = training_jobs.edit_job(workspace, 0, "b1[7]", -2.0)
    model = workspace["session"].models[0]
    assert model[2].weight[1, 3].item() == 0.75 and model[0].bias[7].item() == -2.0
    assert biased.pictures[0].weights[1][1, 3] == 0.75 and biased.pictures[0].biases[0][7] == -2.0
    assert not np.array_equal(edited.boundary[0], biased.boundary[0])  # the boundary moved at once
    *_, live = training_jobs.advance_job(workspace, 5)
    (view,) = training_jobs.view_job(workspace, 15)  # replayed from the snapshot taken at the edit
    list(training_jobs.advance_job(workspace, 5))
    (again,) = training_jobs.view_job(workspace, 15)
    np.testing.assert_array_equal(view.boundary[0], live.boundary[0])
    np.testing.assert_array_equal(again.boundary[0], live.boundary[0])
    for name, value in (("W3[0,0]", 1.0), ("W2[2,8]", 1.0), ("x1", 1.0), ("W1[0,0]", float("nan")),
                        ("b1[0]", 1e6)):
        with pytest.raises(training.SpecError):
            list(training_jobs.edit_job(workspace, 0, name, value))


def test_a_batchnorm_scale_or_shift_typed_by_hand_is_the_layers_gamma_or_beta():
    workspace = {}
    run = training.RunSpec("bn", models.ModelSpec((2, 6, 6, 2), batchnorm=True), ADAM)
    list(training_jobs.start_job(workspace, setup([run]), 1))
    list(training_jobs.advance_job(workspace, 3))
    list(training_jobs.edit_job(workspace, 0, "γ2[4]", 3.0))
    (record,) = training_jobs.edit_job(workspace, 0, "β1[0]", -0.5)
    model = workspace["session"].models[0]  # Linear, BN, ReLU, Linear, BN, ReLU, Linear
    assert model[4].weight[4].item() == 3.0 and model[1].bias[0].item() == -0.5
    assert record.pictures[0].norms[1].gamma[4] == 3.0 and record.pictures[0].norms[0].beta[0] == -0.5
    for name in ("γ3[0]", "β1[6]", "γ1[0,1]", "W1[0]"):  # no third BN, unit 6 of 6, γ has one index, W two
        with pytest.raises(training.SpecError):
            list(training_jobs.edit_job(workspace, 0, name, 1.0))
