"""The training lab's stories: settings under which one lesson of the tutorial shows by itself, each as
several runs on the same data, batches and first weights (they differ only in what the lesson is about)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from . import optimizers
from .models import ModelSpec
from .specs import Spec
from .training import RunSpec


@dataclass(frozen=True)
class Story:
    name: str  # what the button says
    about: str  # its tooltip
    data: dict  # dataset, noise, train_size, batch_size, epochs
    runs: tuple[RunSpec, ...]
    activation: str = "relu"

    @property
    def layers(self) -> tuple[int, ...]:
        return self.runs[0].model.layers


def overfit(optimizer: Spec, hidden: int = 128) -> Story:
    """Overfit on purpose (few noisy points, a wide net, no regularization), then the same with Dropout,
    BatchNorm and weight decay."""
    wide = ModelSpec((2, hidden, hidden, 2), "relu")
    return Story(
        "Overfit on purpose, then cure it",
        "A tiny noisy training set and a wide network, four times: no regularization, Dropout, BatchNorm, "
        "weight decay",
        dict(dataset="moons", noise=0.6, train_size=30, batch_size=10, epochs=300),
        (RunSpec("no regularization", wide, optimizer),
         RunSpec("Dropout p=0.5", replace(wide, dropout=0.5), optimizer),
         RunSpec("BatchNorm", replace(wide, batchnorm=True), optimizer),
         RunSpec("weight decay 1e-2", wide, optimizer, weight_decay=1e-2)))


def why_batchnorm(optimizer: Spec | None = None) -> Story:
    """A deep narrow sigmoid net with and without BatchNorm, same seed: without it the activations bunch up,
    the first layers' gradients vanish (~1e-5) and plain SGD does not learn in 60 epochs; with it they keep
    their spread and it does. SGD, because Adam's per-parameter scaling hides much of the difference."""
    optimizer = optimizer or optimizers.OPTIMIZERS.parse("SGD(lr=0.1)")
    deep = ModelSpec((2, 8, 8, 8, 8, 8, 8, 2), "sigmoid")
    return Story(
        "Why BatchNorm",
        "Six narrow sigmoid layers trained by SGD, with and without BatchNorm (same seed): watch the "
        "activations and the first layers' gradients in 'inside the layers'",
        dict(dataset="moons", noise=0.2, train_size=200, batch_size=16, epochs=60),
        (RunSpec("sigmoid, no BatchNorm", deep, optimizer),
         RunSpec("sigmoid + BatchNorm", replace(deep, batchnorm=True), optimizer)),
        activation="sigmoid")
