"""Epochs, batches and iterations (tutorial 3.1) with DataLoader's own arithmetic."""

from __future__ import annotations

import math
from dataclasses import dataclass

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
