"""The training lab's network: a multilayer perceptron described by a ModelSpec, built as torch modules
from the run's seed. torch is imported only when a model is built."""

from __future__ import annotations

import math
from dataclasses import dataclass

from . import functions
from .specs import SpecError

ACTIVATIONS = functions.TRAINING_ACTIVATIONS


@dataclass(frozen=True)
class ModelSpec:
    layers: tuple[int, ...] = (2, 32, 32, 2)
    activation: str = "relu"
    dropout: float = 0.0  # after every hidden activation
    batchnorm: bool = False  # Linear → BatchNorm1d → activation, the tutorial's order

    def check(self, classes: int) -> None:
        if len(self.layers) < 2 or self.layers[0] != 2:
            raise SpecError("layers: start with 2 inputs (the two coordinates), e.g. 2,32,32,2")
        if any(n < 1 or n > 512 for n in self.layers):
            raise SpecError("layers: every layer needs 1 to 512 neurons")
        if len(self.layers) > 8:
            raise SpecError("layers: at most 6 hidden layers")
        if self.layers[-1] < classes:
            raise SpecError(f"layers: the last layer needs one output per class ({classes})")
        if self.activation not in ACTIVATIONS:
            raise SpecError(f"activation: choose from {', '.join(ACTIVATIONS)}")
        if not 0 <= self.dropout <= 0.9:
            raise SpecError("dropout p must be from 0 to 0.9")


def build_model(spec: ModelSpec, seed: int):
    """The MLP; Linear layers are drawn from the seed alone, so runs that differ only in Dropout or
    BatchNorm start from the same weights."""
    import torch

    generator = torch.Generator().manual_seed(seed)
    modules = []
    for k in range(1, len(spec.layers)):
        linear = torch.nn.Linear(spec.layers[k - 1], spec.layers[k])
        bound = 1 / math.sqrt(spec.layers[k - 1])  # nn.Linear's own initialisation, from our generator
        with torch.no_grad():
            linear.weight.uniform_(-bound, bound, generator=generator)
            linear.bias.uniform_(-bound, bound, generator=generator)
        modules.append(linear)
        if k < len(spec.layers) - 1:
            if spec.batchnorm:
                modules.append(torch.nn.BatchNorm1d(spec.layers[k]))
            modules.append(functions.torch_module(spec.activation))
            if spec.dropout > 0:
                modules.append(torch.nn.Dropout(spec.dropout))
    return torch.nn.Sequential(*modules)
