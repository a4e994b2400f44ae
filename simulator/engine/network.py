"""A small fully connected network, as the backprop step-through teaches it (tutorial 3.2).

Plain numbers (float64 numpy) and a validated spec: layer sizes, activations, loss, inputs, targets,
learning rate, bias convention, weights. Presets include the classic 2-2-2 example.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace

import numpy as np

from . import functions, picture
from .specs import SpecError

ACTIVATIONS = functions.HIDDEN_ACTIVATIONS
OUTPUT_ACTIVATIONS = functions.OUTPUT_ACTIVATIONS
LOSSES = tuple(functions.LOSSES)
BIAS_MODES = ("shared", "per-neuron")
MAX_HIDDEN_LAYERS = 4
MAX_WIDTH = 16


@dataclass(frozen=True, eq=False)  # compared by identity: its weights are numpy arrays
class Network:
    sizes: tuple[int, ...]  # inputs, hidden..., outputs
    activations: tuple[str, ...]  # one per hidden layer
    output_activation: str
    loss: str
    inputs: tuple[float, ...]
    targets: tuple[float, ...]
    lr: float
    bias_mode: str
    train_bias: bool
    weights: tuple[np.ndarray, ...]  # per layer l = 1..L: shape (sizes[l], sizes[l-1])
    biases: tuple[np.ndarray, ...]  # per layer: shape (1,) shared or (sizes[l],) per neuron
    classic_names: bool = False  # w1..w8, b1, b2 as in the tutorial
    name: str = field(default="custom", compare=False)
    dropout: float = 0.0  # p of the Dropout after every hidden activation (0: none)
    dropout_seed: int = 0  # masks are drawn from this seed and the iteration

    @property
    def layers(self) -> int:
        """Layers with weights (hidden layers + the output layer)."""
        return len(self.sizes) - 1

    def dropout_scales(self, iteration: int) -> list:
        """Per layer: None, or mask/(1 − p) of the Dropout after a hidden layer for this iteration. The mask
        is drawn as torch.nn.Dropout draws it: Bernoulli(1 − p) per neuron."""
        if self.dropout <= 0:
            return [None] * (self.layers + 1)
        import torch

        generator = torch.Generator().manual_seed(self.dropout_seed * 1_000_003 + iteration)
        scales = [None]
        for layer in range(1, self.layers + 1):
            if layer == self.layers:
                scales.append(None)
            else:
                keep = torch.full((self.sizes[layer],), 1 - self.dropout, dtype=torch.float64)
                scales.append((torch.bernoulli(keep, generator=generator) / (1 - self.dropout)).numpy())
        return scales

    def activation(self, layer: int) -> str:
        """Activation of layer ``layer`` (1-based: 1 = first hidden layer)."""
        return self.output_activation if layer == self.layers else self.activations[layer - 1]

    # -- names the tutorial's way ---------------------------------------------------------------------
    def neuron(self, layer: int, j: int) -> str:
        """i1.. for inputs, h1.. for hidden neurons (h1_1.. with several hidden layers), o1.. for outputs."""
        return picture.neuron_name(self.layers, layer, j)

    def weight_name(self, layer: int, j: int, i: int) -> str:
        if self.classic_names:
            before = sum(self.sizes[k] * self.sizes[k - 1] for k in range(1, layer))
            return f"w{before + j * self.sizes[layer - 1] + i + 1}"
        return picture.weight_name(layer, j, i)

    def bias_name(self, layer: int, j: int) -> str:
        if self.bias_mode == "shared":
            return f"b{layer}"
        return f"b{layer}[{j}]"

    def parameters(self) -> dict[str, float]:
        """Every parameter by name, in order: weights layer by layer (row by row), then biases."""
        out = {}
        for layer in range(1, self.layers + 1):
            w = self.weights[layer - 1]
            for j in range(w.shape[0]):
                for i in range(w.shape[1]):
                    out[self.weight_name(layer, j, i)] = float(w[j, i])
        for layer in range(1, self.layers + 1):
            for j, value in enumerate(self.biases[layer - 1]):
                out[self.bias_name(layer, j)] = float(value)
        return out

    def with_parameter(self, name: str, value: float) -> Network:
        """A copy with one parameter changed (the hand edit of a weight or bias)."""
        return self.with_parameters({name: value})

    def with_parameters(self, values: dict[str, float]) -> Network:
        """A copy with the named parameters changed (hand edits, or the weights of a saved session)."""
        for name, value in values.items():
            if not isinstance(value, int | float) or not math.isfinite(value) or abs(value) > 1e6:
                raise SpecError(f"{name}: the value must be a finite number between -1e6 and 1e6")
        weights = [w.copy() for w in self.weights]
        biases = [b.copy() for b in self.biases]
        left = dict(values)
        for layer in range(1, self.layers + 1):
            for j in range(self.sizes[layer]):
                for i in range(self.sizes[layer - 1]):
                    if (name := self.weight_name(layer, j, i)) in left:
                        weights[layer - 1][j, i] = left.pop(name)
            for j in range(len(biases[layer - 1])):
                if (name := self.bias_name(layer, j)) in left:
                    biases[layer - 1][j] = left.pop(name)
        if left:
            raise SpecError(f"no parameter named '{next(iter(left))}'")
        return replace(self, weights=tuple(weights), biases=tuple(biases))


def build(sizes, activations="sigmoid", output_activation="sigmoid", loss="half_sse", inputs=None, targets=None,
          lr=0.5, bias_mode="shared", train_bias=True, seed=0, weights=None, biases=None, classic_names=False,
          name="custom", dropout=0.0) -> Network:
    """A checked network; weights not given are drawn with a seed (uniform ±1/√fan_in, as nn.Linear)."""
    sizes = tuple(sizes)
    if len(sizes) < 2:
        raise SpecError("layers: give at least an input and an output size, e.g. 2,2,2")
    if any(not isinstance(s, (int, np.integer)) or s < 1 for s in sizes):
        raise SpecError("layers: every layer needs at least one neuron")
    if len(sizes) - 2 > MAX_HIDDEN_LAYERS:
        raise SpecError(f"layers: at most {MAX_HIDDEN_LAYERS} hidden layers")
    if max(sizes) > MAX_WIDTH:
        raise SpecError(f"layers: at most {MAX_WIDTH} neurons per layer (got {max(sizes)})")
    hidden = len(sizes) - 2
    if isinstance(activations, str):
        activations = (activations,) * hidden
    activations = tuple(activations)
    if len(activations) != hidden:
        raise SpecError(f"activation: give one for all hidden layers or one per hidden layer ({hidden})")
    for a in activations:
        if a not in ACTIVATIONS:
            raise SpecError(f"activation: unknown '{a}'; choose from {', '.join(ACTIVATIONS)}")
    if output_activation not in OUTPUT_ACTIVATIONS:
        raise SpecError(f"output activation: unknown '{output_activation}'; choose from "
                        f"{', '.join(OUTPUT_ACTIVATIONS)}")
    if loss not in LOSSES:
        raise SpecError(f"loss: unknown '{loss}'; choose from {', '.join(LOSSES)}")
    if loss == "cross_entropy" and output_activation == "identity":
        raise SpecError("loss: cross-entropy needs a sigmoid or softmax output (it takes the log of the output)")
    if output_activation == "softmax" and sizes[-1] < 2:
        raise SpecError("output activation: softmax needs at least two outputs")
    inputs = _numbers("inputs", inputs if inputs is not None else [0.5] * sizes[0], sizes[0])
    targets = _numbers("targets", targets if targets is not None else [0.5] * sizes[-1], sizes[-1])
    if loss == "cross_entropy" and any(not 0 <= t <= 1 for t in targets):
        raise SpecError("targets: cross-entropy needs targets between 0 and 1")
    if not (isinstance(lr, (int, float)) and math.isfinite(lr) and 0 <= lr <= 100):
        raise SpecError(f"learning rate must be a number from 0 to 100, got {lr}")
    if not (isinstance(dropout, (int, float)) and 0 <= dropout <= 0.9):
        raise SpecError(f"dropout p must be from 0 to 0.9, got {dropout}")
    if bias_mode not in BIAS_MODES:
        raise SpecError(f"bias: choose 'shared' (one per layer) or 'per-neuron', got '{bias_mode}'")
    rng = np.random.default_rng(seed)
    if weights is None:
        weights = [rng.uniform(-1, 1, (sizes[k], sizes[k - 1])) / math.sqrt(sizes[k - 1])
                   for k in range(1, len(sizes))]
    if biases is None:
        biases = [rng.uniform(-1, 1, 1 if bias_mode == "shared" else sizes[k]) / math.sqrt(sizes[k - 1])
                  for k in range(1, len(sizes))]
    weights = tuple(np.array(w, dtype=np.float64) for w in weights)
    biases = tuple(np.array(b, dtype=np.float64).reshape(-1) for b in biases)
    for k, (w, b) in enumerate(zip(weights, biases, strict=True), start=1):
        if w.shape != (sizes[k], sizes[k - 1]):
            raise SpecError(f"weights of layer {k}: expected shape {(sizes[k], sizes[k - 1])}, got {w.shape}")
        if b.shape != ((1,) if bias_mode == "shared" else (sizes[k],)):
            raise SpecError(f"biases of layer {k}: wrong count for the '{bias_mode}' convention")
        if not (np.all(np.isfinite(w)) and np.all(np.isfinite(b))):
            raise SpecError(f"layer {k}: weights and biases must be finite numbers")
    return Network(sizes, activations, output_activation, loss, inputs, targets, float(lr), bias_mode,
                   bool(train_bias), weights, biases, classic_names, name, float(dropout), int(seed))


def _numbers(what: str, values, count: int) -> tuple[float, ...]:
    try:
        values = tuple(float(v) for v in values)
    except (TypeError, ValueError):
        raise SpecError(f"{what}: numbers only, separated by commas") from None
    if len(values) != count:
        raise SpecError(f"{what}: expected {count} number{'s' if count > 1 else ''}, got {len(values)}")
    if not all(math.isfinite(v) and abs(v) <= 1e6 for v in values):
        raise SpecError(f"{what}: every value must be a finite number between -1e6 and 1e6")
    return values


def classic() -> Network:
    """The tutorial's 2-2-2 example (section 3.2)."""
    return build(
        (2, 2, 2), "sigmoid", "sigmoid", "half_sse", inputs=(0.05, 0.10), targets=(0.01, 0.99), lr=0.5,
        bias_mode="shared", train_bias=False,
        weights=([[0.15, 0.20], [0.25, 0.30]], [[0.40, 0.45], [0.50, 0.55]]), biases=([0.35], [0.60]),
        classic_names=True, name="classic",
    )


PRESETS = {
    "classic": classic,
    "xor": lambda: build((2, 2, 1), "sigmoid", "sigmoid", "half_sse", inputs=(1.0, 0.0), targets=(1.0,), lr=0.5,
                         bias_mode="per-neuron", seed=3, name="xor"),
    "tanh342": lambda: build((3, 4, 2), "tanh", "softmax", "cross_entropy", inputs=(0.5, -0.2, 0.1),
                             targets=(1.0, 0.0), lr=0.1, bias_mode="per-neuron", seed=1, name="tanh342"),
    "deep": lambda: build((4, 8, 8, 3), ("relu", "relu"), "identity", "mse", inputs=(0.2, -0.4, 0.6, 0.1),
                          targets=(0.5, -0.5, 0.25), lr=0.05, bias_mode="per-neuron", seed=2, name="deep"),
}
