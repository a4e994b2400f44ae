"""The concept labs' and the training lab's scripts, run on their own, print the engine's numbers."""

import numpy as np
import pytest
from test_codegen import run

from simulator.engine import batches, codegen_labs, datasets, ewa, models, optimizers, schedules, training
from simulator.engine import regularization as reg


def floats(rows, column):
    return np.array([float(r[column]) for r in rows])


@pytest.mark.parametrize("tutorial", [True, False])
def test_ewa_script_prints_the_labs_averages(tutorial):
    values = None if tutorial else [3.0, 5.5, -4.25, 1e-3, 7.0]
    result = ewa.average_job(values, (0.5, 0.9, 0.98))
    rows = run(codegen_labs.ewa_script(result.values, [c.beta for c in result.curves], tutorial))
    for curve in result.curves:
        mine = [r for r in rows if float(r["beta"]) == curve.beta]
        np.testing.assert_array_equal(floats(mine, "value"), result.values)
        np.testing.assert_array_equal(floats(mine, "ewa"), curve.ewa)
        np.testing.assert_array_equal(floats(mine, "ewa_corrected"), curve.corrected)


@pytest.mark.parametrize("p, training_mode, before", [(0.5, True, None), (0.3, True, [0.0, 1.8033, 1.4608, 4.5189,
                                                                                    6.9116]), (0.5, False, None)])
def test_dropout_script_draws_the_labs_mask(p, training_mode, before):
    result = reg.dropout(p, training_mode, mask_seed=7, before=before)
    rows = run(codegen_labs.dropout_script(p, training_mode, 7, before))
    np.testing.assert_array_equal(floats(rows, "before"), result.before[0])
    np.testing.assert_array_equal(floats(rows, "after"), result.after[0])
    assert [r["kept"] == "True" for r in rows] == result.kept[0].tolist()


@pytest.mark.parametrize("source, training_mode", [(("tutorial", "2d"), True), (("tutorial", "1d"), True),
                                                  (("random", (4, 3), 2, 1.5, 2.0), False)])
def test_batchnorm_script_prints_each_element(source, training_mode):
    channels = 2 if source[1] == "2d" else 3
    state = reg.BatchNormState(np.linspace(0.1, 0.3, channels), np.linspace(0.5, 2, channels), 4)
    result = reg.batch_norm_job(source, np.linspace(0.5, 1.5, channels), np.linspace(-1, 1, channels),
                                           state, training_mode, 0.25)
    rows = run(codegen_labs.batchnorm_script(result))
    np.testing.assert_array_equal(floats(rows, "x"), result.inputs.ravel())
    np.testing.assert_array_equal(floats(rows, "y"), result.output.ravel())
    np.testing.assert_allclose(floats(rows, "x_hat"), result.normalized.ravel(), rtol=1e-6, atol=1e-7)
    channel = np.array([int(r["channel"]) for r in rows])
    np.testing.assert_array_equal(floats(rows, "running_mean"), result.after.running_mean.astype(np.float32)[channel])
    np.testing.assert_array_equal(floats(rows, "running_var"), result.after.running_var.astype(np.float32)[channel])


def test_epochs_script_reproduces_the_three_runs():
    runs = batches.demo(3, 8)
    rows = run(codegen_labs.epochs_script(3, 8, 0, batches.DEMO_SAMPLES, batches.DEMO_LR))
    for demo in runs:
        mine = [r for r in rows if int(r["batch_size"]) == demo.batch_size]
        np.testing.assert_array_equal(floats(mine, "loss"), demo.loss)
        np.testing.assert_array_equal(floats(mine, "epoch"), demo.epoch_position)


def test_training_script_reproduces_every_run():
    data = datasets.make_dataset("moons", 200, 0.2, seed=3)
    runs = (training.RunSpec("Adam", models.ModelSpec((2, 16, 2), "tanh", dropout=0.2),
                             optimizers.OPTIMIZERS.parse("Adam(lr=0.01)"),
                             schedules.SCHEDULERS.parse("StepLR(step_size=2, gamma=0.5)")),
            training.RunSpec("SGD+BN", models.ModelSpec((2, 8, 8, 2), "leaky_relu", batchnorm=True),
                             optimizers.OPTIMIZERS.parse("SGD(lr=0.1, momentum=0.9)"), weight_decay=1e-3))
    setup = training.Setup(data, 60, 0.3, runs, batch_size=16, epochs=4, seed=3)
    session = training.Session(setup)
    while not session.done:
        session.step()
    record = session.record()
    rows = run(codegen_labs.training_script(setup, record.train, record.test))
    for history in record.runs:
        mine = [r for r in rows if r["label"] == history.label]
        for column in ("train_loss", "test_loss", "train_acc", "test_acc", "lr"):
            np.testing.assert_array_equal(floats(mine, column), getattr(history, column), err_msg=column)
        per_epoch = record.batches_per_epoch
        np.testing.assert_allclose(floats(mine, "batch_loss_mean"),
                                   history.iteration_loss.reshape(-1, per_epoch).mean(1), rtol=1e-12)
