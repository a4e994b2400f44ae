"""The learning-rate range test: the lr torch really used at each step, the smoothing, the stop, the
suggestions, and the racer left exactly as it was."""

import io
import math

import numpy as np
import pytest
import torch

from simulator.engine import datasets, ewa, lr_finder, models, optimizers, training
from simulator.engine.specs import SpecError


def session(optimizer="SGD(lr=0.1)", **model):
    spec = models.ModelSpec((2, 16, 16, 2), **model)
    setup = training.Setup(datasets.make_dataset("moons", 600, 0.2, 0), 200, 0.3,
                           (training.RunSpec("a", spec, optimizers.OPTIMIZERS.parse(optimizer)),), 16, 20, 0)
    return training.Session(setup)


def test_each_step_uses_the_next_lr_of_the_exponential_schedule():
    s = session("SGD(lr=0.1)")
    model = s.models[0]
    used, read = [], []  # the lr the weights moved by; the lr torch's step read from its param group
    original_step = torch.optim.SGD.step

    def step(opt, *args, **kwargs):  # plain SGD: w_new = w − lr·g, so lr = (w − w_new) / g
        before = [p.detach().clone() for p in model.parameters()]
        grads = [p.grad.clone() for p in model.parameters()]
        read.append(opt.param_groups[0]["lr"])
        out = original_step(opt, *args, **kwargs)
        w, w_new, g = before[0], model[0].weight.detach(), grads[0]
        big = g.abs() > 1e-3
        used.append(((w - w_new)[big] / g[big]).double().mean().item())
        return out

    torch.optim.SGD.step = step
    try:
        test = lr_finder.run(s, start=1e-4, end=1.0, iterations=30)
    finally:
        torch.optim.SGD.step = original_step
    expected = 1e-4 * (1.0 / 1e-4) ** (np.arange(len(test.lrs)) / 29)
    np.testing.assert_allclose(test.lrs, expected, rtol=1e-12)
    assert read == list(test.lrs)
    np.testing.assert_allclose(used, test.lrs, rtol=2e-2)  # (a float32 weight moved by a small step)
    assert test.lrs[0] == 1e-4 and (test.exploded or math.isclose(test.lrs[-1], 1.0))


def test_the_smoothing_is_the_weighted_average_labs_bias_corrected_average():
    test = lr_finder.run(session(), iterations=60)
    lab = ewa.average(test.losses, [0.98]).curves[0].corrected  # (the lab computes in float32)
    np.testing.assert_allclose(test.smoothed, lab, rtol=1e-5)


def test_the_racer_is_left_exactly_as_it_was_every_tensor():
    s = session("Adam(lr=0.01)", dropout=0.2, batchnorm=True)
    list(s.advance(25))  # optimizer state, BatchNorm buffers, gradients and a Dropout generator to keep
    model, opt = s.models[0], s.optimizers[0]
    before = {k: v.clone() for k, v in model.state_dict().items()}
    grads = [p.grad.clone() for p in model.parameters()]
    state = {id(p): {k: v.clone() for k, v in st.items()} for p, st in opt.state.items()}
    lrs = [g["lr"] for g in opt.param_groups]
    rng, mode = s._rngs[0].clone(), model.training
    test = lr_finder.run(s, iterations=100)
    assert len(test.lrs) > 20
    for k, v in model.state_dict().items():
        assert torch.equal(v, before[k]), k
    for p, g in zip(model.parameters(), grads, strict=True):
        assert torch.equal(p.grad, g)
    for p, st in opt.state.items():
        for k, v in st.items():
            assert torch.equal(v, state[id(p)][k]), k
    assert [g["lr"] for g in opt.param_groups] == lrs and torch.equal(s._rngs[0], rng)
    assert model.training == mode
    # and the run goes on as if no test had been made
    *_, after = s.advance(40)
    fresh = session("Adam(lr=0.01)", dropout=0.2, batchnorm=True)
    *_, same = fresh.advance(40)
    np.testing.assert_array_equal(after.runs[0].iteration_loss, same.runs[0].iteration_loss)


def test_it_stops_when_the_smoothed_loss_passes_four_times_its_best_and_says_it_reshuffled():
    test = lr_finder.run(session(), start=1e-5, end=1e3, iterations=300)
    assert test.exploded and len(test.lrs) < 300
    assert test.smoothed[-1] > 4 * test.smoothed[:-1].min() or not math.isfinite(test.smoothed[-1])
    assert (test.smoothed[:-1] <= 4 * np.minimum.accumulate(test.smoothed[:-1])).all()
    per_epoch = 13  # 200 samples in batches of 16
    assert test.reshuffles == (len(test.lrs) - 1) // per_epoch > 0


def test_the_suggestions_read_the_curve_as_their_rules_say():
    lrs = lr_finder.schedule(1e-6, 1.0, 81)
    # a noisy plateau drifting down (every other point lower than all before it), a clean fall, the cliff
    plateau = 2.0 - 0.002 * np.arange(40) + 0.01 * (np.arange(40) % 2)
    smoothed = np.concatenate([plateau, np.linspace(1.9, 0.5, 30), np.linspace(0.6, 9, 11)])
    by_rule = {s.rule: s for s in lr_finder.suggest(lrs, smoothed)}
    low = int(np.argmin(smoothed))
    assert by_rule["minimum / 10"].lr == pytest.approx(lrs[low] / 10)
    slope = np.gradient(smoothed[10:low + 1], np.log10(lrs[10:low + 1]))  # on the way down to the lowest
    assert by_rule["steepest descent"].index == 10 + int(np.argmin(slope))
    valley = by_rule["valley"]  # the clean fall, indices 39 (the plateau's last, higher point) to 69
    assert valley.index == 39 + 31 // 2 and valley.lr == lrs[valley.index]


def test_on_y_equals_4x_squared_the_loss_falls_fastest_at_0125_and_turns_up_after_025():
    test = lr_finder.quadratic(1e-3, 1.0, 100)
    ratio = test.losses[1:] / test.losses[:-1]  # loss after the step at lrs[i] over the loss before it
    np.testing.assert_allclose(ratio[:60], (1 - 8 * test.lrs[:60]) ** 2, rtol=1e-4)
    fastest = test.lrs[int(np.argmin(ratio))]
    assert abs(math.log(fastest / 0.125)) < 0.04  # the schedule's nearest lr to one step to the minimum
    lowest = test.lrs[int(np.argmin(test.losses)) - 1]  # the step that made the lowest loss
    assert lowest < 0.25 < test.lrs[int(np.argmin(test.losses))]


def test_bad_ranges_are_refused_with_the_limits():
    for start, end, n in ((1.0, 0.1, 100), (0, 1, 100), (1e-7, 1e9, 100), (1e-7, 10, 2), (1e-7, 10, 10**6),
                          (math.nan, 1, 100)):
        with pytest.raises(SpecError, match="range test"):
            lr_finder.run(session(), start=start, end=end, iterations=n)


def test_the_csv_has_a_row_per_iteration_and_the_suggestions():
    test = lr_finder.run(session(), iterations=40)
    out = io.StringIO()
    lr_finder.write_csv(test, out)
    lines = out.getvalue().splitlines()
    assert lines[0] == "iteration,lr,loss,smoothed"
    assert len([line for line in lines[1:] if not line.startswith("#")]) == len(test.lrs)
    assert float(lines[1].split(",")[1]) == test.lrs[0]
    assert [line.split(",")[1] for line in lines if line.startswith("#")] == [s.rule for s in test.suggestions]
