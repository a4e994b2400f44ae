"""The activation and loss catalog against torch: every by-hand function and derivative equals autograd."""

import numpy as np
import pytest
import torch

from simulator.engine import functions, models, network

TOLERANCE = 1e-13  # float64's last digits may round differently
NETS = np.array([-2.5, -0.3, 0.0, 0.4, 1.7])


@pytest.mark.parametrize("name", list(functions.ACTIVATIONS))
def test_each_activation_and_its_derivative_equal_torch(name):
    entry = functions.ACTIVATIONS[name]
    z = torch.tensor(NETS, dtype=torch.float64, requires_grad=True)
    out = entry.torch(z)
    np.testing.assert_allclose(entry.forward(NETS), out.detach().numpy(), rtol=TOLERANCE)
    if entry.derivative is None:  # softmax: its Jacobian is not elementwise
        return
    (grad,) = torch.autograd.grad(out.sum(), z)
    by_hand = entry.derivative(NETS[NETS != 0], entry.forward(NETS)[NETS != 0])  # (no derivative at a kink)
    np.testing.assert_allclose(by_hand, grad.numpy()[NETS != 0], rtol=TOLERANCE)
    # the formula with this step's numbers, as the step-through prints it, evaluates to torch's derivative
    for z_value, g in zip(NETS[NETS != 0], grad.numpy()[NETS != 0], strict=True):
        text = entry.derivative_with(repr(float(z_value)), repr(float(entry.forward(np.array([z_value]))[0])))
        python = text.replace("·", "*").replace("−", "-").replace("²", "**2")
        assert eval(python, {"__builtins__": {}}) == pytest.approx(g, rel=TOLERANCE), text  # our own text only


@pytest.mark.parametrize("loss", list(functions.LOSSES))
@pytest.mark.parametrize("output", network.OUTPUT_ACTIVATIONS)
def test_each_loss_and_its_gradient_equal_torch(loss, output):
    entry = functions.LOSSES[loss]
    targets = np.array([0.01, 0.99, 0.3]) if output != "softmax" else np.array([0.0, 1.0, 0.0])
    outs = functions.ACTIVATIONS[output].forward(np.array([0.2, -0.7, 1.1]))
    a = torch.tensor(outs, requires_grad=True)
    terms = entry.torch(torch.tensor(targets), a, output)
    (grad,) = torch.autograd.grad(terms.sum(), a)
    by_hand_terms, by_hand_grad = entry.terms(targets, outs, output)
    np.testing.assert_allclose(by_hand_terms, terms.detach().numpy(), rtol=1e-14)
    np.testing.assert_allclose(by_hand_grad, grad.numpy(), rtol=1e-14)


def test_the_training_lab_builds_the_catalogs_modules():
    for name in functions.TRAINING_ACTIVATIONS:
        module = functions.torch_module(name)
        x = torch.tensor([-1.5, 0.5])
        torch.testing.assert_close(module(x), functions.ACTIVATIONS[name].torch(x))
    assert models.ACTIVATIONS == functions.TRAINING_ACTIVATIONS
