"""Epochs, batches and iterations (tutorial 3.1) with DataLoader's own arithmetic."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from .specs import SpecError

MAX_SIZE = 10**9


@dataclass(frozen=True)
class BatchPlan:
    samples: int
    batch_size: int
    epochs: int
    drop_last: bool

    @property
    def batches_per_epoch(self) -> int:
        if self.drop_last:
            return self.samples // self.batch_size
        return math.ceil(self.samples / self.batch_size)

    @property
    def iterations_per_epoch(self) -> int:
        """One iteration = one optimizer step = one batch."""
        return self.batches_per_epoch

    @property
    def iterations(self) -> int:
        return self.batches_per_epoch * self.epochs

    @property
    def last_batch(self) -> int:
        """Size of the last batch of an epoch (0 when drop_last leaves no batch at all)."""
        if self.batches_per_epoch == 0:
            return 0
        rest = self.samples % self.batch_size
        return self.batch_size if rest == 0 or self.drop_last else rest

    @property
    def dropped(self) -> int:
        """Samples never seen in an epoch because drop_last discards the partial batch."""
        return self.samples % self.batch_size if self.drop_last else 0

    @property
    def kind(self) -> str:
        if self.batch_size >= self.samples:
            return "batch gradient descent"
        if self.batch_size == 1:
            return "stochastic gradient descent"
        return "mini-batch gradient descent"


def plan(samples: int, batch_size: int, epochs: int, drop_last: bool = False) -> BatchPlan:
    for name, value, low in (("dataset size", samples, 1), ("batch size", batch_size, 1), ("epochs", epochs, 1)):
        if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= MAX_SIZE:
            raise SpecError(f"{name} must be a whole number from {low} to {MAX_SIZE:,}")
    return BatchPlan(samples, batch_size, epochs, drop_last)


TUTORIAL = (50_000, 256, 10)  # → 196 batches per epoch, 1,960 iterations


@dataclass(frozen=True)
class DemoRun:
    batch_size: int
    kind: str
    epoch_position: np.ndarray  # iteration / iterations per epoch (the x axis, in epochs)
    loss: np.ndarray  # loss on all data after each iteration
    updates_per_epoch: int


DEMO_SAMPLES = 64
DEMO_LR = 0.05


def demo(epochs: int = 5, mini_batch: int = 8, seed: int = 0) -> tuple[DemoRun, ...]:
    """The same tiny model (y ≈ 2x + 1 with noise, fitted by w·x + b) trained three ways with SGD and a
    shuffling DataLoader: the whole set per step, mini-batches, single samples. Loss on all data after
    every step, so the noise of small batches and the number of updates per epoch show."""
    import torch
    from torch.utils.data import DataLoader, TensorDataset

    if not 1 <= epochs <= 50 or not 1 <= mini_batch <= DEMO_SAMPLES:
        raise SpecError(f"demo: epochs from 1 to 50, mini-batch from 1 to {DEMO_SAMPLES}")
    generator = torch.Generator().manual_seed(seed)
    x = torch.rand(DEMO_SAMPLES, 1, generator=generator) * 2 - 1
    y = 2 * x + 1 + 0.3 * torch.randn(DEMO_SAMPLES, 1, generator=generator)
    runs = []
    for size in (DEMO_SAMPLES, mini_batch, 1):
        model = torch.nn.Linear(1, 1)
        with torch.no_grad():
            model.weight.fill_(-1.0)
            model.bias.fill_(0.0)
        optimizer = torch.optim.SGD(model.parameters(), lr=DEMO_LR)
        loader = DataLoader(TensorDataset(x, y), batch_size=size, shuffle=True,
                            generator=torch.Generator().manual_seed(seed))
        losses = []
        for _ in range(epochs):
            for xb, yb in loader:
                optimizer.zero_grad()
                torch.nn.functional.mse_loss(model(xb), yb).backward()
                optimizer.step()
                with torch.no_grad():
                    losses.append(torch.nn.functional.mse_loss(model(x), y).item())
        per_epoch = len(loader)
        runs.append(DemoRun(size, plan(DEMO_SAMPLES, size, epochs).kind,
                            np.arange(1, len(losses) + 1) / per_epoch, np.array(losses), per_epoch))
    return tuple(runs)
