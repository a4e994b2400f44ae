"""Dropout and Batch Normalization (tutorial 5.2, 5.3) with torch's own layers.

Stateless functions: the caller keeps what must survive between calls (a seed, running statistics),
so each call can run as a job in the compute process and be repeated exactly.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from .specs import SpecError

# -- Dropout -------------------------------------------------------------------------------------------

TUTORIAL_RELU_OUTPUT = (0.0, 1.8033, 1.4608, 4.5189, 6.9116)  # the tutorial's printed Linear(4, 5) + ReLU output


@dataclass(frozen=True)
class DropoutResult:
    p: float
    training: bool
    inputs: np.ndarray  # the layer's input x (1, 4)
    before: np.ndarray  # Linear + ReLU output, what Dropout receives
    after: np.ndarray  # Dropout's output
    kept: np.ndarray  # bool mask of survivors (all True in eval mode)
    samples: np.ndarray  # 1..N, for the Monte-Carlo check
    mean_error: np.ndarray  # max |running mean of N dropped outputs − eval output| after each sample


def dropout(p: float, training: bool = True, seed: int = 0, mask_seed: int = 0, samples: int = 2000,
            before=None) -> DropoutResult:
    """The tutorial's Linear(4, 5) + ReLU (or typed values) through ``nn.Dropout(p)``."""
    import torch

    if not (isinstance(p, (int, float)) and 0 <= p <= 0.9):
        raise SpecError(f"p must be from 0 to 0.9, got {p}")
    if not 1 <= samples <= 100_000:
        raise SpecError("samples must be from 1 to 100,000")
    generator = torch.Generator().manual_seed(seed)
    inputs = torch.randint(0, 10, (1, 4), generator=generator).float()
    if before is None:
        torch_state = torch.random.get_rng_state()
        torch.manual_seed(seed)  # nn.Linear draws its weights from the global generator
        layer = torch.nn.Linear(4, 5)
        torch.random.set_rng_state(torch_state)
        with torch.no_grad():
            y = torch.relu(layer(inputs))
    else:
        y = torch.tensor(np.asarray(before, dtype=np.float32)).reshape(1, -1)
        if not torch.isfinite(y).all():
            raise SpecError("values must be finite numbers")
    layer = torch.nn.Dropout(p)
    layer.train(training)
    state = torch.random.get_rng_state()
    torch.manual_seed(mask_seed)
    with torch.no_grad():
        out = layer(y)
        # Monte-Carlo: many independent masks; their mean approaches the eval output y
        many = layer(y.expand(samples, -1).contiguous())
    torch.random.set_rng_state(state)
    running = torch.cumsum(many, 0) / torch.arange(1, samples + 1).unsqueeze(1)
    error = (running - y).abs().max(dim=1).values
    kept = (out != 0) | (y == 0) if training else torch.ones_like(y, dtype=torch.bool)
    return DropoutResult(float(p), training, inputs.numpy(), y.numpy(), out.numpy(), kept.numpy(),
                         np.arange(1, samples + 1), error.numpy())


# -- Batch Normalization ----------------------------------------------------------------------------------


BATCHNORM_EPS = 1e-5  # torch's default, what the lab uses


@dataclass(frozen=True)
class BatchNormState:
    """What a BatchNorm layer keeps between batches."""

    running_mean: np.ndarray
    running_var: np.ndarray
    batches: int  # num_batches_tracked


@dataclass(frozen=True)
class BatchNormResult:
    inputs: np.ndarray  # (N, C) or (N, C, H, W)
    mean: np.ndarray  # per channel, of this batch
    var_biased: np.ndarray  # used to normalise in training mode
    var_unbiased: np.ndarray  # what running_var averages in
    normalized: np.ndarray  # x̂ = (x − mean) / √(var + eps), with the statistics in use
    output: np.ndarray  # γ·x̂ + β, from torch
    gamma: np.ndarray
    beta: np.ndarray
    training: bool
    before: BatchNormState
    after: BatchNormState
    momentum: float = 0.1
    eps: float = BATCHNORM_EPS


def fresh_state(channels: int) -> BatchNormState:
    return BatchNormState(np.zeros(channels), np.ones(channels), 0)


TUTORIAL_SHAPES = {"2d": (1, 2, 3, 4), "1d": (2, 3)}  # the tutorial's two BatchNorm examples


# The tutorial's BatchNorm2d example prints its input (randn(1, 2, 3, 4), unseeded) to 4 decimals; from these
# values torch gives the tutorial's printed output (0.4164, −1.3889, …) to within 1 in the last digit.
TUTORIAL_2D_INPUT = (((-0.2751, -1.2183, -0.5106, -0.1540), (-0.4585, -0.5989, -0.6063, 0.5986),
                      (-0.4745, 0.1496, -1.1266, -1.2377)),
                     ((0.2580, 1.2065, 1.4598, 0.8387), (-0.4586, 0.8938, -0.3328, 0.1192),
                      (-0.3265, -0.6263, 0.0419, -1.2231)))


def tutorial_inputs(kind: str) -> np.ndarray:
    """The tutorial's two examples: BatchNorm2d on its printed (1, 2, 3, 4) input; BatchNorm1d on Linear(2, 3) of
    randn(2, 2) (seeded: that example prints no input)."""
    import torch

    generator = torch.Generator().manual_seed(0)
    if kind == "2d":
        return np.array([TUTORIAL_2D_INPUT], dtype=np.float32)
    x = torch.randn(2, 2, generator=generator)
    state = torch.random.get_rng_state()
    torch.manual_seed(0)
    linear = torch.nn.Linear(2, 3)
    torch.random.set_rng_state(state)
    with torch.no_grad():
        return linear(x).numpy()


def batch_norm(x, gamma=None, beta=None, state: BatchNormState | None = None, training: bool = True,
               momentum: float = 0.1, eps: float = BATCHNORM_EPS) -> BatchNormResult:
    """One batch through ``nn.BatchNorm1d`` (x of shape (N, C)) or ``nn.BatchNorm2d`` ((N, C, H, W))."""
    import torch

    x = np.asarray(x, dtype=np.float32)
    if x.ndim not in (2, 4):
        raise SpecError(f"input must be (N, C) for BatchNorm1d or (N, C, H, W) for BatchNorm2d, got shape {x.shape}")
    if not np.all(np.isfinite(x)):
        raise SpecError("input values must be finite numbers")
    if not (0 <= momentum <= 1 and eps > 0 and math.isfinite(eps)):
        raise SpecError("momentum must be from 0 to 1 and eps a positive number")
    channels = x.shape[1]
    state = state or fresh_state(channels)
    layer = (torch.nn.BatchNorm1d if x.ndim == 2 else torch.nn.BatchNorm2d)(channels, eps=eps, momentum=momentum)
    with torch.no_grad():
        if gamma is not None:
            layer.weight.copy_(torch.tensor(np.asarray(gamma, dtype=np.float32)))
        if beta is not None:
            layer.bias.copy_(torch.tensor(np.asarray(beta, dtype=np.float32)))
        layer.running_mean.copy_(torch.tensor(state.running_mean))
        layer.running_var.copy_(torch.tensor(state.running_var))
        layer.num_batches_tracked.fill_(state.batches)
    layer.train(training)
    tensor = torch.tensor(x)
    try:
        with torch.no_grad():
            out = layer(tensor)
    except ValueError as e:  # e.g. one value per channel in training mode
        raise SpecError(f"torch refused this batch: {e}. In training mode every channel needs more than one "
                        "value to have a variance; switch to eval or add samples.") from None
    dims = (0,) if x.ndim == 2 else (0, 2, 3)
    mean = tensor.mean(dim=dims)
    var_b = tensor.var(dim=dims, unbiased=False)
    count = tensor.numel() // channels
    var_u = tensor.var(dim=dims, unbiased=True) if count > 1 else torch.full((channels,), float("nan"))
    shape = (1, channels) + (1, 1) * (x.ndim == 4)
    if training:
        use_mean, use_var = mean, var_b
    else:
        use_mean, use_var = torch.tensor(state.running_mean, dtype=torch.float32), \
            torch.tensor(state.running_var, dtype=torch.float32)
    normalized = (tensor - use_mean.reshape(shape)) / torch.sqrt(use_var.reshape(shape) + eps)
    after = BatchNormState(layer.running_mean.numpy().astype(np.float64).copy(),
                           layer.running_var.numpy().astype(np.float64).copy(), int(layer.num_batches_tracked))
    return BatchNormResult(x, mean.numpy(), var_b.numpy(), var_u.numpy(), normalized.numpy(), out.numpy(),
                           layer.weight.detach().numpy().copy(), layer.bias.detach().numpy().copy(), training,
                           state, after, float(momentum), float(eps))


def batch_norm_job(source: tuple, *args, **kwargs) -> BatchNormResult:
    """Job: ``batch_norm`` on the batch ``source`` names (drawn here, where torch is): ("tutorial", kind),
    ("random", shape, seed, shift, scale) or ("typed", values)."""
    kind, *details = source
    x = {"tutorial": tutorial_inputs, "random": random_batch, "typed": np.asarray}[kind](*details)
    return batch_norm(x, *args, **kwargs)


def random_batch(shape, seed: int, shift: float = 0.0, scale: float = 1.0) -> np.ndarray:
    """A reproducible batch; ``shift``/``scale`` make its statistics visibly different from N(0, 1)."""
    import torch

    generator = torch.Generator().manual_seed(seed)
    return (torch.randn(*shape, generator=generator) * scale + shift).numpy()


# -- CSV ---------------------------------------------------------------------------------------------------


def write_dropout_csv(result: DropoutResult, file) -> None:
    """One row per neuron: neuron,before,kept,after."""
    import csv

    writer = csv.writer(file, lineterminator="\n")
    writer.writerow(["neuron", "before", "kept", "after"])
    for j in range(result.before.shape[1]):
        writer.writerow([j + 1, repr(float(result.before[0, j])), bool(result.kept[0, j]),
                         repr(float(result.after[0, j]))])


def write_batch_norm_csv(r: BatchNormResult, file) -> None:
    """One row per element: where it is (sample, channel, and its row and column in a feature map), x, x̂ and
    y, then its channel's batch statistics, γ, β and the running statistics after the batch."""
    import csv

    writer = csv.writer(file, lineterminator="\n")
    writer.writerow(["sample", "channel", "row", "column", "x", "x_hat", "y", "mean", "var_biased", "var_unbiased",
                     "gamma", "beta", "running_mean", "running_var"])
    for index in np.ndindex(*r.inputs.shape):
        c = index[1]
        place = (index[2], index[3]) if len(index) == 4 else ("", "")
        values = (r.inputs[index], r.normalized[index], r.output[index], r.mean[c], r.var_biased[c],
                  r.var_unbiased[c], r.gamma[c], r.beta[c], r.after.running_mean[c], r.after.running_var[c])
        writer.writerow([index[0], c, *place, *(repr(float(v)) for v in values)])


MAX_TENSOR_TEXT = 50_000  # characters of a pasted tensor


def parse_tensor(text: str) -> np.ndarray:
    """A tensor as torch prints it — ``tensor([[[[-0.2751, …]]]])``, with or without ``tensor(`` and a trailing
    ``grad_fn=…`` — or a plain nested list, read as data (``ast.literal_eval``: numbers and lists only)."""
    import ast

    body = text.strip()
    if len(body) > MAX_TENSOR_TEXT:
        raise SpecError(f"a pasted tensor of at most {MAX_TENSOR_TEXT:,} characters")
    if body.startswith("tensor("):
        body = body[len("tensor("):].rsplit(")", 1)[0]
        body = body.split("grad_fn")[0].rstrip().rstrip(",")
    try:
        values = np.array(ast.literal_eval(body), dtype=np.float64)
    except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
        raise SpecError("the pasted tensor: nested lists of numbers, as torch prints them") from None
    if values.ndim not in (2, 4) or values.size == 0:
        raise SpecError(f"the pasted tensor: (N, C) or (N, C, H, W), got {values.ndim} dimensions")
    return values
