"""What happens inside the training lab's networks, layer by layer (as fastai's ActivationStats shows it):
the activations' mean, standard deviation, histogram and fraction of dead ReLU units at recorded iterations,
and each layer's gradient norm at every iteration.

A layer is a Linear layer with what follows it up to the next one (BatchNorm, activation, Dropout); its
activations are what its activation function gives (before Dropout), the logits for the output layer.
At most ``recorded`` iterations are recorded, evenly spaced (every ``interval``-th, from iteration 0), so
memory stays bounded and the statistics cost nothing between them. Values stay torch tensors until a
record is made: no Python float per step.
"""

from __future__ import annotations

import csv
import math
from dataclasses import dataclass

import numpy as np

from . import functions

HIST_BINS = 40
RECORDED = 1_000  # recorded iterations per run, by default
MAX_RECORDED = 10_000
# the histograms' value range for each activation (values outside fall into the end bins); the logits'
# range is the output layer's
HIST_RANGES = {"relu": (0.0, 4.0), "leaky_relu": (-1.0, 4.0), "tanh": (-1.0, 1.0), "sigmoid": (0.0, 1.0)}
LOGIT_RANGE = (-8.0, 8.0)


@dataclass(frozen=True)
class LayerStats:
    """Read-only views of one run's rows so far. Row t of mean, std, dead and hist is recorded iteration
    ``iterations[t]`` (the forward pass of that step's batch); grad_norm has a row for every iteration."""

    activation: str  # of the hidden layers
    layers: int  # hidden layers and the output layer (the last)
    ranges: tuple[tuple[float, float], ...]  # each layer's histogram range
    iterations: np.ndarray  # (T,)
    mean: np.ndarray  # (T, layers)
    std: np.ndarray
    dead: np.ndarray  # fraction of units that gave 0 for the whole batch (ReLU layers; NaN for the others)
    hist: np.ndarray  # (T, layers, HIST_BINS) counts
    grad_norm: np.ndarray  # (iterations, layers): the norm of the layer's parameters' gradients


class LayerRecorder:
    """Collects one run's statistics while it trains."""

    def __init__(self, model, activation: str, iterations: int, recorded: int = RECORDED):
        import torch

        modules = list(model)
        linears = [i for i, m in enumerate(modules) if isinstance(m, torch.nn.Linear)]
        act_type = type(functions.torch_module(activation))
        self.dropouts = frozenset(i for i, m in enumerate(modules) if isinstance(m, torch.nn.Dropout))
        self.dropped: list = []  # per hidden layer with Dropout, the last recorded step's mask for its first sample
        self.taps = frozenset([i for i, m in enumerate(modules) if isinstance(m, act_type)] + [len(modules) - 1])
        hidden = len(linears) - 1
        self.activation, self.layers = activation, hidden + 1
        self.ranges = (HIST_RANGES[activation],) * hidden + (LOGIT_RANGE,)
        self.relu = activation == "relu"
        # each parameter belongs to the layer of the last Linear before it (BatchNorm's to its layer)
        layer_of = []
        for i, m in enumerate(modules):
            layer = sum(1 for j in linears if j <= i) - 1
            layer_of += [layer] * len(list(m.parameters(recurse=False)))
        self.param_layer = np.zeros((len(layer_of), self.layers))
        self.param_layer[np.arange(len(layer_of)), layer_of] = 1.0
        self.interval = max(1, math.ceil(iterations / max(1, recorded)))
        rows = math.ceil(iterations / self.interval)
        self.iterations = np.arange(rows) * self.interval
        self.mean = np.full((rows, self.layers), np.nan)
        self.std = np.full_like(self.mean, np.nan)
        self.dead = np.full_like(self.mean, np.nan)
        self.hist = np.zeros((rows, self.layers, HIST_BINS), np.float32)
        self.grad_norm = np.full((iterations, self.layers), np.nan)
        self.done = 0  # rows written
        self._pending: list[tuple] = []

    def forward(self, model, x, iteration: int):
        """The model's output (what Sequential computes, module by module); at a recorded iteration its
        layers' activations are kept (references, no copies) until the next record."""
        if iteration % self.interval:
            return model(x)
        kept, masks = [], []
        for i, module in enumerate(model):
            before, x = x, module(x)
            if i in self.taps:
                kept.append(x.detach())
            elif i in self.dropouts:  # the first sample's mask: what Dropout zeroed of what was not 0
                masks.append((before[0].detach() != 0) & (x[0].detach() == 0))
        self._pending.append((iteration // self.interval, kept))
        self.dropped = masks
        return x

    def write_pending(self, norms: np.ndarray, start: int) -> None:
        """Turn the kept activations into rows, many iterations at once (a few tensor operations per layer
        and record rather than per step); ``norms`` are each parameter's gradient norm for the iterations from
        ``start`` on."""
        if len(norms):
            self.grad_norm[start:start + len(norms)] = np.sqrt(norms.astype(np.float64) ** 2 @ self.param_layer)
        if not self._pending:
            return
        import torch

        groups: dict[tuple, list] = {}  # the epoch's last batch may be smaller: stack equal shapes together
        for row, kept in self._pending:
            groups.setdefault(kept[0].shape, []).append((row, kept))
        with torch.no_grad():
            for group in groups.values():
                rows = [row for row, _ in group]
                for k in range(self.layers):
                    a = torch.stack([kept[k] for _, kept in group])  # (n, batch, units)
                    std, mean = torch.std_mean(a, dim=(1, 2))
                    self.mean[rows, k], self.std[rows, k] = mean.numpy(), std.numpy()
                    if self.relu and k < self.layers - 1:
                        self.dead[rows, k] = (a.amax(1) <= 0).float().mean(1).numpy()
                    self.hist[rows, k] = _histograms(a.flatten(1), *self.ranges[k]).numpy()
        self.done = self._pending[-1][0] + 1
        self._pending.clear()

    def stats(self, iterations_done: int) -> LayerStats:
        def view(a):
            v = a.view()
            v.flags.writeable = False
            return v

        t = self.done
        return LayerStats(self.activation, self.layers, self.ranges, view(self.iterations[:t]), view(self.mean[:t]),
                          view(self.std[:t]), view(self.dead[:t]), view(self.hist[:t]),
                          view(self.grad_norm[:iterations_done]))


def _histograms(values, lo: float, hi: float):
    """Per row of ``values`` (n, m) the counts in HIST_BINS equal bins over [lo, hi], values outside counted in
    the end bins: torch.histc of the clamped row, for all rows in one bincount (histc's own bin arithmetic,
    in float32)."""
    import torch

    bins = ((values.clamp(lo, hi) - lo) * HIST_BINS / (hi - lo)).long().clamp_(max=HIST_BINS - 1)
    n = len(values)
    offsets = torch.arange(n).unsqueeze(1) * HIST_BINS
    return torch.bincount((bins + offsets).ravel(), minlength=n * HIST_BINS).view(n, HIST_BINS).float()


STATS_COLUMNS = ("iteration", "layer", "mean", "std", "dead_fraction", "grad_norm")


def write_csv(stats: LayerStats, file) -> None:
    """One row per recorded iteration and layer (layers numbered from 1; dead_fraction empty where it has no
    meaning); the iteration counts the steps before it, as the CSV of the curves does."""
    writer = csv.writer(file, lineterminator="\n")
    writer.writerow(STATS_COLUMNS)
    for t, iteration in enumerate(stats.iterations):
        for k in range(stats.layers):
            dead = stats.dead[t, k]
            writer.writerow([int(iteration), k + 1, repr(float(stats.mean[t, k])), repr(float(stats.std[t, k])),
                             "" if math.isnan(dead) else repr(float(dead)),
                             repr(float(stats.grad_norm[iteration, k]))])
