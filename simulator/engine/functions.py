"""Activations and losses, one entry each: the numpy function and derivative the backprop step-through
computes by hand, their formula texts, the torch function autograd checks them with, the code text of
exported scripts and the torch.nn module the training lab builds. Every other module reads them here.

torch is imported inside the torch functions only, so the GUI can read the names and formulas.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

LEAKY_SLOPE = 0.01  # LeakyReLU's negative slope (torch's default)


def _torch():
    import torch

    return torch


@dataclass(frozen=True)
class Activation:
    name: str
    symbol: str  # in formulas: out = σ(net)
    forward: Callable[[np.ndarray], np.ndarray]  # numpy, on a layer's nets
    derivative: Callable[[np.ndarray, np.ndarray], np.ndarray] | None  # ∂out/∂net from (net, out); None: softmax
    derivative_text: str  # ∂out/∂net in words of net and out
    derivative_with: Callable[[str, str], str] | None  # the same with numbers substituted for net and out
    torch: Callable  # the same function in torch
    code: str  # the torch expression exported scripts use
    module: str | None = None  # the torch.nn module of the training lab (None: not offered there)


def _paren(number: str) -> str:
    """A negative number squared is written (−0.5)², not −0.5² (which reads as −(0.5²))."""
    return f"({number})" if number.startswith(("-", "−")) else number


def _softmax(net: np.ndarray) -> np.ndarray:
    e = np.exp(net - net.max())
    return e / e.sum()


ACTIVATIONS: dict[str, Activation] = {a.name: a for a in (
    Activation("sigmoid", "σ", lambda z: 1 / (1 + np.exp(-z)), lambda z, o: o * (1 - o), "out·(1 − out)",
               lambda z, o: f"{o}·(1 − {o})", lambda v: _torch().sigmoid(v), "torch.sigmoid", "Sigmoid"),
    Activation("tanh", "tanh", np.tanh, lambda z, o: 1 - o**2, "1 − out²", lambda z, o: f"1 − {_paren(o)}²",
               lambda v: _torch().tanh(v), "torch.tanh", "Tanh"),
    Activation("relu", "relu", lambda z: np.maximum(z, 0), lambda z, o: (z > 0).astype(float),
               "1 if net > 0 else 0", lambda z, o: f"1 if {z} > 0 else 0", lambda v: _torch().relu(v),
               "torch.relu", "ReLU"),
    Activation("leaky_relu", "leaky_relu", lambda z: np.where(z > 0, z, LEAKY_SLOPE * z),
               lambda z, o: np.where(z > 0, 1.0, LEAKY_SLOPE), f"1 if net > 0 else {LEAKY_SLOPE}",
               lambda z, o: f"1 if {z} > 0 else {LEAKY_SLOPE}",
               lambda v: _torch().nn.functional.leaky_relu(v, LEAKY_SLOPE),
               f"lambda v: torch.nn.functional.leaky_relu(v, {LEAKY_SLOPE})", "LeakyReLU"),
    Activation("identity", "id", lambda z: z.copy(), lambda z, o: np.ones_like(z), "1", lambda z, o: "1",
               lambda v: v, "lambda v: v"),
    Activation("softmax", "softmax", _softmax, None, "diag(out) − out·outᵀ", None,
               lambda v: _torch().softmax(v, 0), "lambda v: torch.softmax(v, 0)"),
)}

HIDDEN_ACTIVATIONS = ("sigmoid", "tanh", "relu", "leaky_relu", "identity")  # the backprop panel's hidden layers
OUTPUT_ACTIVATIONS = ("sigmoid", "identity", "softmax")
TRAINING_ACTIVATIONS = ("relu", "tanh", "sigmoid", "leaky_relu")  # the ones with a torch.nn module


def torch_module(name: str):
    """A new torch.nn activation module for the training lab."""
    nn = _torch().nn
    return nn.LeakyReLU(LEAKY_SLOPE) if name == "leaky_relu" else getattr(nn, ACTIVATIONS[name].module)()


@dataclass(frozen=True)
class Loss:
    """A loss over the outputs; cross-entropy depends on the output activation (softmax or sigmoid)."""

    name: str
    formula: str
    terms: Callable  # numpy: (targets, outs, output activation) -> (per-output terms, ∂E/∂out)
    torch: Callable  # torch: (targets, outs, output activation) -> per-output terms
    code: Callable[[str], str]  # output activation -> the torch expression of E in exported scripts


def _cross_entropy_terms(t, out, output_activation):
    with np.errstate(divide="ignore", invalid="ignore"):
        if output_activation == "softmax":
            return -t * np.log(out), -t / out
        return -(t * np.log(out) + (1 - t) * np.log(1 - out)), (out - t) / (out * (1 - out))


def _cross_entropy_torch(t, a, output_activation):
    if output_activation == "softmax":
        return -t * a.log()
    return -(t * a.log() + (1 - t) * (1 - a).log())


LOSSES: dict[str, Loss] = {loss.name: loss for loss in (
    Loss("half_sse", "E = ½·Σ(target − out)²", lambda t, o, _: (0.5 * (t - o) ** 2, o - t),
         lambda t, a, _: 0.5 * (t - a) ** 2, lambda _: "0.5 * ((t - a) ** 2).sum()"),
    Loss("mse", "E = (1/n)·Σ(target − out)²", lambda t, o, _: ((t - o) ** 2 / len(t), 2 * (o - t) / len(t)),
         lambda t, a, _: (t - a) ** 2 / len(t), lambda _: "((t - a) ** 2).mean()"),
    Loss("cross_entropy", "E = −Σ target·log(out) (softmax) or −Σ[t·log(o) + (1−t)·log(1−o)] (sigmoid)",
         _cross_entropy_terms, _cross_entropy_torch,
         lambda output: "-(t * a.log()).sum()" if output == "softmax"
         else "-(t * a.log() + (1 - t) * (1 - a).log()).sum()"),
)}
