"""The loss landscape: the centre is the model's own loss, the grid is the loss at each grid point's weights,
directions are filter-normalised (or the trajectories' principal components), paths project as they should."""

import io

import numpy as np
import pytest
import torch

from simulator.engine import datasets, landscape, models, optimizers, training
from simulator.engine.specs import SpecError


@pytest.fixture(scope="module")
def trained():
    runs = tuple(training.RunSpec(o, models.ModelSpec((2, 16, 16, 2), batchnorm=bn), optimizers.OPTIMIZERS.parse(o))
                 for o, bn in (("Adam(lr=0.01)", False), ("SGD(lr=0.1)", False), ("Adam(lr=0.02)", True)))
    setup = training.Setup(datasets.make_dataset("moons", 600, 0.2, 0), 100, 0.3, runs, 16, 12, 0)
    session = training.Session(setup)
    *_, record = session.advance(10**9)
    return session, record


def final(session, **kw):
    *_, result = landscape.steps(session, **kw)
    return result


def test_the_centre_is_the_trained_models_own_training_loss(trained):
    session, record = trained
    result = final(session, grid=21)
    assert result.done and result.loss.shape == (21, 21) and result.a[10] == 0 == result.b[10]
    assert result.centre_loss == record.runs[0].train_loss[-1]  # the CSV's train_loss, bit for bit
    assert result.loss[10, 10] == pytest.approx(result.centre_loss, rel=1e-6)


def test_a_batchnorm_network_is_evaluated_on_its_running_statistics(trained):
    session, record = trained
    result = final(session, racer=2, grid=5)
    assert result.centre_loss == record.runs[2].train_loss[-1]
    assert result.loss[2, 2] == pytest.approx(result.centre_loss, rel=1e-6)
    assert [p.label for p in result.paths] == ["Adam(lr=0.02)"]


def test_each_grid_point_is_the_loss_of_its_own_weights(trained):
    session, _ = trained
    result = final(session, grid=9, span=0.5)
    model = models.build_model(session.setup.runs[0].model, 0)
    model.load_state_dict(session.models[0].state_dict())
    centre = torch.nn.utils.parameters_to_vector(model.parameters()).detach().double().numpy()
    d1, d2, _ = landscape._directions(model, "random", 0, result_start(session), centre, [])
    model.eval()
    for i, j in ((0, 0), (8, 3), (4, 6)):
        weights = centre + result.a[i] * d1 + result.b[j] * d2
        torch.nn.utils.vector_to_parameters(torch.tensor(weights, dtype=torch.float32), model.parameters())
        with torch.no_grad():
            expected = torch.nn.functional.cross_entropy(model(session.x), session.y).item()
        assert result.loss[j, i] == pytest.approx(expected, rel=1e-5)


def result_start(session):
    return landscape._state_vector(session.models[0], session.snapshots.items[0].racers[0]["model"])


def test_random_directions_are_filter_normalised_to_the_initial_network(trained):
    session, _ = trained
    model = session.models[0]
    start = result_start(session)
    d = landscape._directions(model, "random", 0, start, landscape._vector(model), [])[0]
    initial = models.build_model(session.setup.runs[0].model, 0)
    offset = 0
    for (name, p), (_, w0) in zip(model.named_parameters(), initial.named_parameters(), strict=True):
        part = d[offset:offset + p.numel()].reshape(p.shape)
        offset += p.numel()
        if name.endswith("weight") and p.dim() == 2:  # each neuron's incoming weights: as long as at the start
            np.testing.assert_allclose(np.linalg.norm(part, axis=1), w0.detach().norm(dim=1).numpy(), rtol=1e-6)
        else:
            assert not part.any(), name  # biases (and BatchNorm) left out
    again = landscape._directions(model, "random", 0, start, landscape._vector(model), [])[0]
    assert np.array_equal(d, again)  # fixed by the seed


def test_principal_components_recover_a_trajectory_that_lies_in_a_known_plane(trained):
    session, _ = trained
    model = session.models[0]
    n = len(landscape._vector(model))
    rng = np.random.default_rng(3)
    u, v = np.linalg.qr(rng.normal(size=(n, 2)))[0].T
    centre = rng.normal(size=n)
    steps = np.linspace(0, 1, 40)
    path = centre + np.outer(3 * (1 - steps), u) + np.outer(np.sin(6 * steps), v)  # ends at the centre
    d1, d2, explained = landscape._directions(model, "pca", 0, path[0], centre, [path])
    basis = np.stack([d1, d2], axis=1)
    for w in (u, v):  # each of the plane's vectors lies in the span of the two components
        assert np.linalg.norm(w - basis @ (basis.T @ w)) < 1e-9
    assert explained[0] > explained[1] > 0 and sum(explained) == pytest.approx(1.0)
    a, b, distance = landscape._project(path, centre, d1, d2)
    assert np.abs(distance).max() < 1e-9  # nothing hidden: the path is in the plane
    np.testing.assert_allclose(centre + np.outer(a, d1) + np.outer(b, d2), path, atol=1e-9)


def test_paths_share_the_plane_and_start_end_puts_the_start_at_minus_one(trained):
    session, _ = trained
    result = final(session, kind="start-end", grid=5)
    assert [p.label for p in result.paths] == ["Adam(lr=0.01)", "SGD(lr=0.1)"]  # (the BatchNorm net: its own)
    own = result.paths[0]
    assert own.iterations[0] == 0 and own.iterations[-1] == session.iteration
    assert own.a[0] == pytest.approx(-1) and abs(own.b[0]) < 1e-9 and own.distance[0] < 1e-9
    assert own.a[-1] == own.b[-1] == own.distance[-1] == 0  # the centre
    t, losses = result.interpolation
    assert losses[list(t).index(1.0)] == pytest.approx(result.centre_loss, rel=1e-6)
    assert losses[list(t).index(0.0)] > 2 * result.centre_loss  # the untrained network, higher up


def test_a_coarse_pass_comes_first_and_a_stopped_job_leaves_the_model_alone(trained):
    session, _ = trained
    before = {k: v.clone() for k, v in session.models[0].state_dict().items()}
    job = landscape.steps(session, grid=51, test=True)
    records = []
    for item in job:
        if item is not None:
            records.append(item)
            if len(records) == 1:
                break
    job.close()
    assert records[0].loss.shape == (landscape.COARSE, landscape.COARSE) and not records[0].done
    assert records[0].test_loss.shape == records[0].loss.shape
    for k, v in session.models[0].state_dict().items():
        assert torch.equal(v, before[k])


def test_bad_settings_are_refused_with_their_limits(trained):
    session, _ = trained
    for kw in ({"grid": 2}, {"grid": 500}, {"span": 0}, {"span": float("inf")}, {"kind": "sideways"}):
        with pytest.raises(SpecError, match="landscape"):
            final(session, **kw)
    fresh = training.Session(session.setup)
    with pytest.raises(SpecError, match="trained network"):
        final(fresh, kind="start-end")


def test_the_csv_has_a_row_per_grid_point(trained):
    session, _ = trained
    result = final(session, grid=7)
    out = io.StringIO()
    landscape.write_csv(result, out)
    lines = out.getvalue().splitlines()
    assert lines[0] == "a,b,loss" and len(lines) == 1 + 49
    a, b, loss = (float(v) for v in lines[1 + 3 * 7 + 3].split(","))
    assert a == 0 == b and loss == result.loss[3, 3]
