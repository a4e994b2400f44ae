"""Tutorial 4.1: gradient descent on y = 4x², compared with the same loop written directly in torch."""

import numpy as np
import pytest
import torch

from simulator.engine import lr_effect


def tutorial_run(lr, iterations, x0=2.0):
    x = torch.tensor([x0], requires_grad=True)
    xs, grads, losses = [], [], []
    for _ in range(iterations):
        y = torch.pow(2 * x, 2)
        y.backward()
        xs.append(x.item()), grads.append(x.grad.item()), losses.append(y.item())
        x.data.sub_(lr * x.grad)
        x.grad.zero_()
    return xs, grads, losses


def run(lr, iterations=4, x0=2.0):
    *_, path = lr_effect.descend(lr, x0, iterations)
    return path


@pytest.mark.parametrize("lr", [p[0] for p in lr_effect.PRESETS])
def test_values_match_torch_bit_for_bit(lr):
    path = run(lr, iterations=40)
    xs, grads, losses = tutorial_run(lr, 40)
    n = min(40, len(path.x))
    assert list(path.x[:n]) == xs[:n]
    assert list(path.grad[:n]) == grads[:n]
    assert list(path.loss[:n]) == losses[:n]


def test_the_update_column_is_what_torch_subtracted():
    path = run(0.2, iterations=6)
    np.testing.assert_array_equal(np.float32(path.x[:-1]) - np.float32(path.update), np.float32(path.x[1:]))


def test_tutorial_cases():
    assert run(0.1).x[1] == pytest.approx(0.4)  # 2 − 0.1·16
    one_step = run(0.125)
    assert one_step.x[1] == 0.0 and one_step.verdict == "converged" and one_step.verdict_step == 1
    assert list(np.sign(run(0.2).x)) == [1, -1, 1, -1, 1] and run(0.2).verdict == "oscillating"
    assert run(0.3).verdict == "diverging"
    slow = run(0.01)
    assert slow.verdict == "converging" and 0 < slow.x[-1] < slow.x[0]


@pytest.mark.parametrize("lr", [0.01, 0.1, 0.2, 0.3])
def test_each_update_multiplies_x_by_one_minus_eight_lr(lr):
    path = run(lr, iterations=8)
    np.testing.assert_allclose(path.x[1:] / path.x[:-1], lr_effect.step_factor(lr), rtol=1e-5)


def test_divergence_is_a_result_not_an_exception():
    path = run(0.3, iterations=1000)
    assert path.verdict == "diverged"
    assert path.steps < 1000  # stopped where the values overflowed
    assert path.verdict_step == path.steps and not np.isfinite(path.loss[-1])
    assert np.isfinite(path.loss[:-1]).all()


def test_lr_zero_stalls():
    assert run(0.0).verdict == "stalled"


@pytest.mark.parametrize("args", [(float("nan"), 2.0, 5), (-0.1, 2.0, 5), (0.1, float("inf"), 5), (0.1, 2.0, 0),
                                  (0.1, 2.0, 10**6)])
def test_bad_settings_are_refused_with_a_message(args):
    with pytest.raises(ValueError):
        list(lr_effect.descend(*args))
