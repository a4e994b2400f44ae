"""Layer statistics of the training lab, measured against a plain torch loop with forward hooks."""

import csv
import io

import numpy as np
import pytest
import torch

from simulator.engine import datasets, layer_stats, models, optimizers, training

ADAM = optimizers.OPTIMIZERS.parse("Adam(lr=0.01)")


def setup(runs=None, epochs=3, recorded=layer_stats.RECORDED):
    """100 training points of the moons in batches of 16: 7 iterations per epoch."""
    runs = runs or (training.RunSpec("adam", models.ModelSpec(), ADAM),)
    return training.Setup(datasets.make_dataset("moons", 400, 0.2, 0), 100, 0.3, tuple(runs), 16, epochs, 0,
                          recorded=recorded)


def plain_loop_stats(run, session, epochs, interval):
    """What fastai's ActivationStats would record: hooks on every activation module and on the last Linear,
    the layer's gradient norm from its parameters' gradients."""
    model = models.build_model(run.model, 0)
    opt = torch.optim.Adam(model.parameters(), lr=0.01)
    act = type(model[1]) if run.model.activation else None
    taps = [m for m in model if isinstance(m, act)] + [model[-1]]
    linears = [m for m in model if isinstance(m, torch.nn.Linear)]
    seen, rows, norms = {}, [], []
    for m in taps:
        m.register_forward_hook(lambda mod, inp, out: seen.__setitem__(mod, out.detach()))
    iteration = 0
    for epoch in range(epochs):
        order = torch.randperm(100, generator=torch.Generator().manual_seed(epoch))
        for b in range(0, 100, 16):
            index = order[b:b + 16]
            opt.zero_grad()
            torch.nn.functional.cross_entropy(model(session.x[index]), session.y[index]).backward()
            norms.append([torch.linalg.vector_norm(torch.cat([lin.weight.grad.ravel(), lin.bias.grad.ravel()])).item()
                          for lin in linears])
            if iteration % interval == 0:
                rows.append([seen[m] for m in taps])
            opt.step()
            iteration += 1
    return rows, np.array(norms)


@pytest.mark.parametrize("recorded", [1_000, 5])
def test_activations_and_gradient_norms_per_layer_match_torch(recorded):
    run = training.RunSpec("adam", models.ModelSpec((2, 8, 6, 2), "relu"), ADAM)
    session = training.Session(setup([run], recorded=recorded))
    *_, record = session.advance(10**9)
    stats = record.runs[0].stats
    interval = 1 if recorded == 1_000 else 5  # 21 iterations in at most 5 rows: every 5th
    rows, norms = plain_loop_stats(run, session, 3, interval)
    assert stats.layers == 3 and list(stats.iterations) == list(range(0, 21, interval))
    for t, acts in enumerate(rows):
        for k, a in enumerate(acts):
            assert stats.mean[t, k] == pytest.approx(a.mean().item(), rel=1e-6)
            assert stats.std[t, k] == pytest.approx(a.std().item(), rel=1e-6)
            lo, hi = stats.ranges[k]
            np.testing.assert_array_equal(stats.hist[t, k], torch.histc(a.clamp(lo, hi), 40, lo, hi).numpy())
            assert stats.hist[t, k].sum() == a.numel()  # every value counted, the ones out of range at the ends
        dead = [(a <= 0).all(0).float().mean().item() for a in acts[:-1]]
        np.testing.assert_allclose(stats.dead[t, :-1], dead)
        assert np.isnan(stats.dead[t, -1])  # logits are not ReLU units
    np.testing.assert_allclose(stats.grad_norm, norms, rtol=1e-5)
    # the total gradient norm is these layers' norms together
    np.testing.assert_allclose(record.runs[0].grad_norm, np.sqrt((norms ** 2).sum(1)), rtol=1e-5)


def test_recording_does_not_change_the_run():
    """The statistics read the forward pass; the numbers trained on are those of an unrecorded run."""
    runs = [training.RunSpec("d", models.ModelSpec((2, 16, 16, 2), "tanh", dropout=0.3, batchnorm=True), ADAM)]
    every = list(training.Session(setup(runs, 2)).advance(10**9))[-1]
    once = list(training.Session(setup(runs, 2, recorded=1)).advance(10**9))[-1]
    np.testing.assert_array_equal(every.runs[0].iteration_loss, once.runs[0].iteration_loss)
    assert len(once.runs[0].stats.iterations) == 1 and len(every.runs[0].stats.iterations) == 14
    assert np.isnan(every.runs[0].stats.dead).all()  # tanh: no dead units to count


def test_batchnorm_keeps_a_deep_sigmoid_nets_activations_spread():
    """The 'why BatchNorm' story in numbers: a deep narrow sigmoid net's activations bunch up; with BatchNorm
    before each sigmoid they keep their spread."""
    deep = models.ModelSpec((2, 8, 8, 8, 8, 8, 2), "sigmoid")
    runs = [training.RunSpec("plain", deep, ADAM), training.RunSpec("BN", models.ModelSpec(
        deep.layers, "sigmoid", batchnorm=True), ADAM)]
    *_, record = training.Session(setup(runs, epochs=2)).advance(10**9)
    plain, bn = (r.stats.std[0, 4] for r in record.runs)  # the last hidden layer, first iteration
    assert plain < 0.1 and bn > 3 * plain  # sigmoids bunched around one value vs spread over (0, 1)


def test_stats_csv_rows_and_bounds():
    *_, record = training.Session(setup(epochs=2)).advance(10**9)
    file = io.StringIO()
    layer_stats.write_csv(record.runs[0].stats, file)
    rows = list(csv.DictReader(file.getvalue().splitlines()))
    assert list(rows[0]) == list(layer_stats.STATS_COLUMNS)
    assert len(rows) == 14 * 3 and [r["layer"] for r in rows[:3]] == ["1", "2", "3"]
    assert rows[2]["dead_fraction"] == "" and rows[0]["dead_fraction"] != ""
    with pytest.raises(training.SpecError, match="from 1 to 10000"):
        training.check_setup(setup(recorded=0))
