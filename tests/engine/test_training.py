"""The training lab's engine: data, determinism, train/eval, identical starts, learning, bad CSV files."""

import csv
import io

import numpy as np
import pytest
import torch

from simulator.engine import datasets, models, optimizers, training, training_jobs
from simulator.engine.specs import SpecError

ADAM = optimizers.OPTIMIZERS.parse("Adam(lr=0.01)")


def setup(runs=None, train_size=100, batch_size=16, epochs=5, seed=0, dataset="moons", noise=0.2):
    data = datasets.make_dataset(dataset, 400, noise, seed)
    runs = runs or (training.RunSpec("adam", models.ModelSpec(), ADAM),)
    return training.Setup(data, train_size, 0.3, tuple(runs), batch_size, epochs, seed)


@pytest.mark.parametrize("n, b", [(100, 16), (96, 16), (10, 3), (5, 8)])
def test_iteration_arithmetic(n, b):
    session = training.Session(setup(train_size=n, batch_size=b, epochs=2))
    *_, record = session.advance(10**9)
    assert record.iteration == 2 * int(np.ceil(n / b)) == session.plan.iterations
    assert record.batches_per_epoch == int(np.ceil(n / b))


def test_the_same_seed_gives_the_same_run():
    a = list(training.Session(setup()).advance(10**9))[-1]
    b = list(training.Session(setup()).advance(10**9))[-1]
    np.testing.assert_array_equal(a.runs[0].iteration_loss, b.runs[0].iteration_loss)
    c = list(training.Session(setup(seed=1)).advance(10**9))[-1]
    assert not np.array_equal(a.runs[0].iteration_loss, c.runs[0].iteration_loss)


def test_dropout_masks_follow_from_the_seed_alone():
    """Runs that take turns with other jobs in the compute process (which draw from torch's global
    generator) still give the same numbers."""
    dropout = (training.RunSpec("dropout", models.ModelSpec(dropout=0.5), ADAM),)
    a = list(training.Session(setup(dropout)).advance(10**9))[-1]
    session = training.Session(setup(dropout))
    for until in range(1, session.plan.iterations + 1):
        torch.rand(7)  # another job's draw between two steps
        *_, b = session.advance(until)
    np.testing.assert_array_equal(a.runs[0].iteration_loss, b.runs[0].iteration_loss)
    c = list(training.Session(setup(dropout, seed=1)).advance(10**9))[-1]
    assert not np.array_equal(a.runs[0].iteration_loss, c.runs[0].iteration_loss)


def test_a_racers_dropout_masks_do_not_depend_on_the_racers_beside_it():
    """Each racer draws from its own generator: alone or after another Dropout racer, the same numbers."""
    alone = (training.RunSpec("dropout", models.ModelSpec(dropout=0.3), ADAM),)
    second = (training.RunSpec("wide", models.ModelSpec((2, 64, 2), dropout=0.5), ADAM), *alone)
    a = list(training.Session(setup(alone)).advance(10**9))[-1]
    b = list(training.Session(setup(second)).advance(10**9))[-1]
    np.testing.assert_array_equal(a.runs[0].iteration_loss, b.runs[1].iteration_loss)


def _dropout_run_in_a_fresh_process():
    run = (training.RunSpec("dropout", models.ModelSpec(dropout=0.3), ADAM),)
    return list(training.Session(setup(run)).advance(10**9))[-1].runs[0].iteration_loss.copy()


def test_dropout_runs_agree_bit_for_bit_across_processes():
    import multiprocessing

    with multiprocessing.get_context("spawn").Pool(1) as pool:
        other = pool.apply(_dropout_run_in_a_fresh_process)
    np.testing.assert_array_equal(other, _dropout_run_in_a_fresh_process())


def test_a_stopped_advance_reports_where_it_really_stopped():
    from simulator.engine.jobs import Stop

    workspace = {}
    list(training_jobs.start_job(workspace, setup(), 1))
    job = training_jobs.advance_job(workspace, 10**6)
    for _ in range(9):
        next(job)
    final = job.throw(Stop())
    assert final.iteration == 9 and len(final.runs[0].iteration_loss) == 9
    *_, after = training_jobs.advance_job(workspace, 1)  # +1 iteration: exactly one more
    assert after.iteration == 10 and after.batches_per_epoch == 7
    *_, epoch = training_jobs.advance_job(workspace, epoch_end=True)  # to the end of epoch 2
    assert epoch.iteration == 14 and epoch.batch == 0 and epoch.epoch == 2


def test_pausing_between_steps_changes_nothing():
    whole = list(training.Session(setup()).advance(10**9))[-1]
    session = training.Session(setup())
    for until in (3, 7, 20, 10**9):
        *_, record = session.advance(until)
    np.testing.assert_array_equal(record.runs[0].test_loss, whole.runs[0].test_loss)


def test_losses_and_gradient_norms_match_a_plain_torch_loop():
    """Per iteration the batch loss and the total gradient norm, as torch computes them by hand; a record
    made mid-run and one at the end (the per-iteration values are kept in between)."""
    sgd = optimizers.OPTIMIZERS.parse("SGD(lr=0.1)")
    runs = [training.RunSpec("adam", models.ModelSpec((2, 8, 8, 2)), ADAM),
            training.RunSpec("sgd", models.ModelSpec((2, 8, 8, 2), "tanh"), sgd)]
    session = training.Session(setup(runs, epochs=3))
    *_, middle = session.advance(10)
    *_, last = session.advance(10**9)
    assert len(middle.runs[0].grad_norm) == 10 and len(last.runs[0].grad_norm) == session.plan.iterations
    for r, (run, opt_class) in enumerate(zip(runs, (torch.optim.Adam, torch.optim.SGD), strict=True)):
        model = models.build_model(run.model, 0)
        opt = opt_class(model.parameters(), lr=dict(run.optimizer.resolved())["lr"])
        losses, norms = [], []
        for epoch in range(3):
            order = torch.randperm(100, generator=torch.Generator().manual_seed(epoch))
            for b in range(0, 100, 16):
                index = order[b:b + 16]
                opt.zero_grad()
                loss = torch.nn.functional.cross_entropy(model(session.x[index]), session.y[index])
                loss.backward()
                norms.append(torch.nn.utils.get_total_norm([p.grad for p in model.parameters()]).item())
                opt.step()
                losses.append(loss.item())
        np.testing.assert_array_equal(last.runs[r].iteration_loss, losses)
        np.testing.assert_allclose(last.runs[r].grad_norm, norms, rtol=1e-6)
        np.testing.assert_array_equal(middle.runs[r].grad_norm, last.runs[r].grad_norm[:10])
        file = io.StringIO()
        training.write_csv(last, file, r)
        rows = list(csv.DictReader(file.getvalue().splitlines()))
        assert [float(row["batch_loss_mean"]) for row in rows] == \
            [float(np.mean(losses[e * 7:(e + 1) * 7])) for e in range(3)]  # 7 batches of 16 in 100 samples
        assert [float(row["train_loss"]) for row in rows] == list(last.runs[r].train_loss)  # eval, whole set


def test_a_run_learns_an_easy_dataset():
    run = training.RunSpec("adam", models.ModelSpec((2, 32, 3)), ADAM)  # three blobs, three outputs
    *_, record = training.Session(setup([run], epochs=40, dataset="blobs", noise=0.1)).advance(10**9)
    h = record.runs[0]
    assert h.train_loss[-1] < 0.5 * h.train_loss[0] and h.test_acc[-1] > 0.85


def test_race_runs_start_from_identical_weights_and_see_the_same_batches():
    model = models.ModelSpec((2, 16, 2))
    runs = [training.RunSpec("sgd", model, optimizers.OPTIMIZERS.parse("SGD(lr=0.1)")),
            training.RunSpec("adam", model, ADAM),
            training.RunSpec("dropout", models.ModelSpec((2, 16, 2), dropout=0.3), ADAM)]
    session = training.Session(setup(runs))
    first = [m[0].weight.detach().clone() for m in session.models]
    assert torch.equal(first[0], first[1]) and torch.equal(first[0], first[2])
    *_, record = session.advance(10**9)
    assert not np.array_equal(record.runs[0].train_loss, record.runs[1].train_loss)


def test_train_and_eval_modes():
    run = training.RunSpec("both", models.ModelSpec((2, 16, 16, 2), dropout=0.5, batchnorm=True), ADAM)
    session = training.Session(setup([run]))
    model = session.models[0]
    kinds = [type(m).__name__ for m in model]
    assert kinds[:4] == ["Linear", "BatchNorm1d", "ReLU", "Dropout"]  # Linear → BN → activation, then Dropout
    session.advance(10**9).__next__()
    # evaluation after an epoch used eval mode: deterministic and with the running statistics
    model.eval()
    x = session.xv[:8]
    with torch.no_grad():
        assert torch.equal(model(x), model(x))
    bn = model[1]
    assert bn.num_batches_tracked.item() >= 1 and not torch.allclose(bn.running_mean, torch.zeros(16))
    model.train()
    with torch.no_grad():
        assert not torch.equal(model(session.x[:8]), model(session.x[:8]))  # Dropout is on while training


def test_weight_decay_and_scheduler_reach_the_optimizer():
    run = training.RunSpec("wd", models.ModelSpec(), ADAM,
                           training.schedules.SCHEDULERS.parse("StepLR(step_size=2, gamma=0.5)"), 0.05)
    session = training.Session(setup([run]))
    assert session.optimizers[0].param_groups[0]["weight_decay"] == 0.05
    *_, record = session.advance(10**9)
    np.testing.assert_allclose(record.runs[0].lr, [0.01, 0.01, 0.005, 0.005, 0.0025])


@pytest.mark.parametrize("text, words", [
    ("1,2\n", "expected x1,x2,label"),
    ("x1,x2,label\n1,2,a\n", "not three numbers"),
    ("1,2,0.5\n" * 10, "whole number"),
    ("1,nan,0\n" * 10, "finite"),
    ("1,2,0\n" * 3, "at least 8 rows"),
    ("1,2,1\n" * 10, "same label"),
])
def test_malformed_csv_files(tmp_path, text, words):
    path = tmp_path / "data.csv"
    path.write_text(text)
    with pytest.raises(SpecError, match=words):
        datasets.load_csv(str(path))


def test_a_good_csv_file_loads(tmp_path):
    path = tmp_path / "data.csv"
    path.write_text("x1,x2,label\n" + "".join(f"{i / 10},{-i / 10},{i % 2}\n" for i in range(20)))
    data = datasets.load_csv(str(path))
    assert data.x.shape == (20, 2) and data.classes == 2


@pytest.mark.parametrize("change, words", [
    (dict(train_size=1000), "training-set size"),
    (dict(batch_size=0), "batch size"),
    (dict(epochs=0), "epochs"),
])
def test_bad_settings(change, words):
    s = setup()
    s = training.Setup(s.data, change.get("train_size", 100), 0.3, s.runs, change.get("batch_size", 16),
                       change.get("epochs", 5))
    with pytest.raises(SpecError, match=words):
        training.Session(s)


def test_bad_models():
    with pytest.raises(SpecError, match="start with 2 inputs"):
        models.ModelSpec((3, 4, 2)).check(2)
    with pytest.raises(SpecError, match="one output per class"):
        models.ModelSpec((2, 4, 2)).check(3)


def test_apply_changes_hyperparameters_without_touching_weights():
    s = setup([training.RunSpec("a", models.ModelSpec(dropout=0.2), ADAM)])
    session = training.Session(s)
    list(session.advance(10))
    weights = session.models[0][0].weight.detach().clone()
    new = training.Setup(s.data, s.train_size, s.test_fraction,
                         (training.RunSpec("a", models.ModelSpec(dropout=0.5),
                                           optimizers.OPTIMIZERS.parse("Adam(lr=0.1)"), weight_decay=0.01),),
                         s.batch_size, s.epochs, s.seed)
    assert training_jobs.can_apply(session.setup, new)
    list(session.apply(new))
    assert torch.equal(session.models[0][0].weight, weights)
    group = session.optimizers[0].param_groups[0]
    assert group["lr"] == 0.1 and group["weight_decay"] == 0.01
    assert [m.p for m in session.models[0] if isinstance(m, torch.nn.Dropout)] == [0.5, 0.5]
    other = training.Setup(s.data, s.train_size, s.test_fraction,
                           (training.RunSpec("a", models.ModelSpec((2, 8, 2)), ADAM),), s.batch_size, s.epochs)
    assert not training_jobs.can_apply(session.setup, other)
    assert training_jobs.restart_reasons(session.setup, other) == ("layers", "Dropout on or off")
    sgd = training.Setup(s.data, s.train_size, s.test_fraction, (training.RunSpec(
        "a", models.ModelSpec(dropout=0.2), optimizers.OPTIMIZERS.parse("SGD(lr=0.1)")),), s.batch_size, 7, s.seed)
    assert training_jobs.restart_reasons(session.setup, sgd) == ("epochs", "optimizer")
