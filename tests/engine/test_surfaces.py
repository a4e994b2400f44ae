"""Surfaces and typed formulas: gradients from autograd on the compiled formula, hostile input refused."""

import numpy as np
import pytest
import torch

from simulator.engine import surfaces
from simulator.engine.expressions import parse_expression
from simulator.engine.specs import SpecError


def grad_of(fn, x, y):
    p = torch.tensor([x, y], dtype=torch.float64, requires_grad=True)
    fn(p[0], p[1]).backward()
    return p.grad.numpy()


@pytest.mark.parametrize("name, direct", [
    ("rosenbrock", lambda x, y: (1 - x) ** 2 + 100 * (y - x**2) ** 2),
    ("beale", lambda x, y: (1.5 - x + x * y) ** 2 + (2.25 - x + x * y**2) ** 2 + (2.625 - x + x * y**3) ** 2),
    ("rastrigin", lambda x, y: 20 + x**2 - 10 * torch.cos(2 * np.pi * x) + y**2 - 10 * torch.cos(2 * np.pi * y)),
    ("plateau", lambda x, y: 1 - torch.exp(-(x**2 + y**2))),
])
def test_builtin_gradients_match_the_formula_written_in_torch(name, direct):
    s = surfaces.BUILTIN[name]
    for point in [(0.3, -0.7), (1.2, 0.4)]:
        np.testing.assert_allclose(grad_of(s.expression, *point), grad_of(direct, *point), rtol=1e-12)


def test_known_minima_are_minima():
    for s in surfaces.BUILTIN.values():
        for m in s.minima:
            p = torch.tensor([m], dtype=torch.float64, requires_grad=True)
            s.loss(p).sum().backward()
            assert np.linalg.norm(p.grad.numpy()) < 1e-3, s.name


def test_every_function_is_available():
    e = parse_expression("sin(x) + cos(y) + tan(x) + exp(y) + log(2 + x) + sqrt(4 + y) + abs(x) + tanh(y) "
                         "+ sigmoid(x) + pi + e - x/2 + x**2")
    x, y = torch.tensor(0.5, dtype=torch.float64), torch.tensor(0.25, dtype=torch.float64)
    expected = (np.sin(0.5) + np.cos(0.25) + np.tan(0.5) + np.exp(0.25) + np.log(2.5) + np.sqrt(4.25) + 0.5
                + np.tanh(0.25) + 1 / (1 + np.exp(-0.5)) + np.pi + np.e - 0.25 + 0.25)
    assert e(x, y).item() == pytest.approx(expected, rel=1e-12)


def test_a_formula_in_x_alone_is_one_dimensional():
    s = surfaces.surface_from_text("x**2 / 2")
    assert s.dims == 1 and surfaces.surface_from_text("x*y").dims == 2
    _, _, values = s.grid(11)
    assert values.shape == (11,) and values[5] == 0


@pytest.mark.parametrize("text, words", [
    ("__import__('os').system('x')", "unknown function"),
    ("x.__class__", "not allowed"),
    ("open('f')", "unknown function"),
    ("z + x", "unknown name 'z'"),
    ("y**2", "must use x"),
    ("x ** 1000", "exponent too large"),
    ("x + 1e999", "out of range"),
    ("x + 'a'", "only numbers"),
    ("x if y else 1", "not allowed"),
    ("exp(x, y)", "exactly one argument"),
    ("x +", "not a valid formula"),
    ("(" * 240 + "x" + ")" * 240, "not a valid formula"),
    ("foo", "unknown surface 'foo'"),
])
def test_bad_formulas_say_what_and_where(text, words):
    with pytest.raises(SpecError, match=words):
        surfaces.surface_from_text(text)


@pytest.mark.parametrize("text, column, words", [
    ("x**", 4, "ends too soon"),  # the mistake is at the end, not at column 1
    ("x + y *", 8, "ends too soon"),
    ("sin(x", 4, "never closed"),
    ("x ** * y", 6, "invalid syntax"),
])
def test_a_syntax_error_points_where_the_formula_goes_wrong(text, column, words):
    with pytest.raises(SpecError, match=words) as caught:
        surfaces.surface_from_text(text)
    assert caught.value.column + 1 == column
