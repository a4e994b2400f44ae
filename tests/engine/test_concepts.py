"""Epochs/batches, the exponentially weighted average, Dropout and BatchNorm against torch itself."""

import csv
import re

import numpy as np
import pytest
import torch
from torch.utils.data import DataLoader

from simulator.engine import batches, ewa
from simulator.engine import regularization as reg
from simulator.engine.specs import SpecError


@pytest.mark.parametrize("n, b, drop", [(50_000, 256, False), (50_000, 256, True), (10, 3, False), (10, 3, True),
                                        (9, 3, True), (5, 8, False), (5, 8, True), (7, 1, False)])
def test_batch_arithmetic_matches_dataloader(n, b, drop):
    loader = DataLoader(range(n), batch_size=b, drop_last=drop)
    sizes = [len(batch) for batch in loader]
    plan = batches.plan(n, b, 3, drop)
    assert plan.batches_per_epoch == len(loader) == len(sizes)
    assert plan.iterations == 3 * len(sizes)
    assert plan.last_batch == (sizes[-1] if sizes else 0)
    assert plan.dropped == n - sum(sizes)


def test_the_tutorials_epoch_example():
    plan = batches.plan(*batches.TUTORIAL)
    assert (plan.batches_per_epoch, plan.iterations) == (196, 1960)
    assert batches.plan(100, 100, 1).kind == "batch gradient descent"
    assert batches.plan(100, 1, 1).kind == "stochastic gradient descent"
    with pytest.raises(SpecError):
        batches.plan(0, 1, 1)


def test_tutorial_temperatures_and_ewa_as_the_tutorial_computes_them():
    torch.manual_seed(0)
    temperature = torch.randn(30) * 10
    np.testing.assert_array_equal(ewa.tutorial_temperatures(), temperature.numpy())
    for beta in (0.5, 0.9):
        expected = []
        for idx, temp in enumerate(temperature, 1):  # the tutorial's own recursion
            expected.append(temp if idx == 1 else expected[idx - 2] * beta + (1 - beta) * temp)
        result = ewa.average(ewa.tutorial_temperatures(), [beta])
        np.testing.assert_array_equal(result.curves[0].ewa, torch.stack(expected).numpy())


def test_bias_correction_removes_the_start_up_bias():
    result = ewa.average([10.0] * 20, [0.9])
    np.testing.assert_allclose(result.curves[0].corrected, 10.0, rtol=1e-6)  # a constant is averaged exactly
    w = ewa.weights(0.9, 200)
    assert w.sum() == pytest.approx(1, abs=1e-8) and ewa.window(0.9) == pytest.approx(10)


@pytest.mark.parametrize("values, betas, words", [([], [0.9], "from 1"), ([1.0, float("nan")], [0.9], "finite"),
                                                  ([1.0], [1.0], "β must be"), ([1.0], [], "at least one")])
def test_ewa_bad_input(values, betas, words):
    with pytest.raises(SpecError, match=words):
        ewa.average(values, betas)


def test_dropout_is_torchs_and_scales_survivors():
    result = reg.dropout(0.4, before=reg.TUTORIAL_RELU_OUTPUT, mask_seed=3)
    before, after = result.before[0], result.after[0]
    survivors = after != 0
    np.testing.assert_allclose(after[survivors], before[survivors] / 0.6, rtol=1e-6)
    assert f"{before[1] / 0.6:.4f}" == "3.0055" and f"{before[3] / 0.6:.4f}" == "7.5315"  # the tutorial's print
    torch.manual_seed(3)
    expected = torch.nn.Dropout(0.4)(torch.tensor([reg.TUTORIAL_RELU_OUTPUT]))
    np.testing.assert_array_equal(after, expected.numpy()[0])
    evaluation = reg.dropout(0.4, training=False, before=reg.TUTORIAL_RELU_OUTPUT)
    np.testing.assert_array_equal(evaluation.after, evaluation.before)


def test_dropout_monte_carlo_mean_converges_to_the_eval_output():
    result = reg.dropout(0.5, samples=20_000)
    assert result.mean_error[-1] < result.mean_error[9] and result.mean_error[-1] < 0.1 * result.before.max() + 1e-9


@pytest.mark.parametrize("shape", [(8, 3), (4, 2, 3, 5)])
def test_batchnorm_numbers_are_torchs(shape):
    x = reg.random_batch(shape, seed=1, shift=2, scale=3)
    gamma, beta = [1.5] * shape[1], [-0.5] * shape[1]
    result = reg.batch_norm(x, gamma, beta)
    layer = (torch.nn.BatchNorm1d if len(shape) == 2 else torch.nn.BatchNorm2d)(shape[1])
    with torch.no_grad():
        layer.weight.fill_(1.5)
        layer.bias.fill_(-0.5)
        out = layer(torch.tensor(x))
    np.testing.assert_array_equal(result.output, out.numpy())
    np.testing.assert_allclose(result.after.running_mean, layer.running_mean.numpy(), rtol=1e-6)
    np.testing.assert_allclose(result.after.running_var, layer.running_var.numpy(), rtol=1e-6)
    np.testing.assert_allclose(result.output, 1.5 * result.normalized - 0.5, atol=1e-5)
    dims = (0,) if len(shape) == 2 else (0, 2, 3)
    np.testing.assert_allclose(result.var_unbiased, np.var(x, axis=dims, ddof=1), rtol=1e-5)


def test_batchnorm_running_statistics_then_eval():
    state = None
    layer = torch.nn.BatchNorm1d(3, momentum=0.1)
    for seed in range(5):
        x = reg.random_batch((16, 3), seed, shift=3, scale=2)
        result = reg.batch_norm(x, state=state)
        state = result.after
        with torch.no_grad():
            layer(torch.tensor(x))
    np.testing.assert_allclose(state.running_mean, layer.running_mean.numpy(), rtol=1e-6)
    assert state.batches == 5
    x = reg.random_batch((4, 3), 9)
    evaluation = reg.batch_norm(x, state=state, training=False)
    layer.eval()
    with torch.no_grad():
        np.testing.assert_allclose(evaluation.output, layer(torch.tensor(x)).numpy(), rtol=1e-5, atol=1e-6)
    assert evaluation.after.batches == 5  # eval does not move the running statistics


def test_torch_errors_become_clear_messages():
    with pytest.raises(SpecError, match="more than one value"):
        reg.batch_norm(np.ones((1, 3)))
    with pytest.raises(SpecError, match=r"\(N, C\)"):
        reg.batch_norm(np.ones((2, 3, 4)))
    with pytest.raises(SpecError, match="p must be"):
        reg.dropout(0.95)


def test_the_tutorials_batchnorm_examples_have_their_shapes():
    assert reg.tutorial_inputs("2d").shape == (1, 2, 3, 4)
    printed = [[0.4164, -1.3889, -0.0343, 0.6484], [0.0655, -0.2032, -0.2175, 2.0889],
               [0.0349, 1.2294, -1.2134, -1.4262]]  # the tutorial's output, channel 0
    two_d = reg.batch_norm(reg.tutorial_inputs("2d"))
    np.testing.assert_allclose(two_d.output[0, 0], printed, atol=1.5e-4)  # (its input was printed to 4 decimals)
    one_d = reg.batch_norm(reg.tutorial_inputs("1d"))
    assert one_d.output.shape == (2, 3)
    np.testing.assert_allclose(np.abs(one_d.output), 1.0, atol=1e-3)  # two samples normalise to ±1, as printed


def test_a_tensor_pasted_as_torch_prints_it_and_the_csv_of_every_element():
    import io

    printed = ("tensor([[[[-0.2751, -1.2183, -0.5106, -0.1540],[-0.4585, -0.5989, -0.6063, 0.5986],"
               "[-0.4745, 0.1496, -1.1266, -1.2377]],[[ 0.2580, 1.2065, 1.4598, 0.8387],"
               "[-0.4586, 0.8938, -0.3328, 0.1192],[-0.3265, -0.6263, 0.0419, -1.2231]]]], "
               "grad_fn=<NativeBatchNormBackward0>)")
    x = reg.parse_tensor(printed)
    np.testing.assert_array_equal(x.astype(np.float32), reg.tutorial_inputs("2d"))
    assert reg.parse_tensor("[[1, 2], [3, 4]]").shape == (2, 2)
    for bad, words in (("[[1, 2], [3]]", "nested lists"), ("[1, 2, 3]", "(N, C)"), ("__import__('os')", "nested")):
        with pytest.raises(SpecError, match=re.escape(words)):
            reg.parse_tensor(bad)
    result = reg.batch_norm(x)
    out = io.StringIO()
    reg.write_batch_norm_csv(result, out)
    rows = list(csv.DictReader(out.getvalue().splitlines()))
    assert len(rows) == 24 and list(rows[0])[:7] == ["sample", "channel", "row", "column", "x", "x_hat", "y"]
    first = rows[0]
    assert (first["channel"], first["row"], first["column"]) == ("0", "0", "0")
    assert float(first["y"]) == pytest.approx(0.4164, abs=1.5e-4)  # the tutorial's first printed output
