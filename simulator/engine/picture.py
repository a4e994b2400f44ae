"""The training lab's network as a picture (TensorFlow Playground's way): for the neurons shown, the weights
between them, their last gradients, and each neuron's output over the input plane as a small map.

Wide layers are shown by their first ``MAX_SHOWN`` neurons (the picture says how many there are). Names
follow the backprop panel's (i1, h1_3, o2; W2[3,1], b2[3]), so the same diagram widget draws both.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

MAX_SHOWN = 8  # neurons drawn per layer
MAP_GRID = 24  # each neuron's map: its output on MAP_GRID × MAP_GRID points of the input plane


def neuron_name(layers: int, layer: int, j: int) -> str:
    """i1.. for inputs, h1.. for hidden neurons (h1_1.. with several hidden layers), o1.. for outputs;
    ``layers`` counts the layers with weights."""
    if layer == 0:
        return f"i{j + 1}"
    if layer == layers:
        return f"o{j + 1}"
    return f"h{j + 1}" if layers == 2 else f"h{layer}_{j + 1}"


def neuron_position(layers: int, name: str) -> tuple[int, int]:
    """(layer, index) of a neuron name: neuron_name's inverse."""
    kind, rest = name[0], name[1:]
    if kind == "i":
        return 0, int(rest) - 1
    if kind == "o":
        return layers, int(rest) - 1
    layer, _, j = rest.partition("_")
    return (int(layer), int(j) - 1) if j else (1, int(layer) - 1)


def weight_name(layer: int, j: int, i: int) -> str:
    return f"W{layer}[{j},{i}]"


def bias_name(layer: int, j: int) -> str:
    return f"b{layer}[{j}]"


@dataclass(frozen=True, eq=False)
class NetPicture:
    """One racer's network at one iteration (read-only arrays)."""

    widths: tuple[int, ...]  # the real layer sizes
    sizes: tuple[int, ...]  # the neurons drawn per layer (what the diagram lays out)
    weights: tuple[np.ndarray, ...]  # per layer 1..L: (sizes[l], sizes[l-1])
    grads: tuple[np.ndarray, ...]  # the last step's ∂L/∂W for the same entries (zeros before the first step)
    biases: tuple[np.ndarray, ...]  # per layer: (sizes[l],)
    maps: tuple[np.ndarray, ...]  # per layer 1..L: (sizes[l], MAP_GRID, MAP_GRID); the output layer's as
    #                                class probabilities, the hidden ones as activation values
    extent: tuple[float, float, float, float]  # x0, x1, y0, y1 of the maps
    dropped: frozenset = frozenset()  # neurons Dropout switched off for the first sample of the last step
    classic_names = False  # (what the diagram asks of a network)

    @property
    def layers(self) -> int:
        return len(self.sizes) - 1

    def neuron(self, layer: int, j: int) -> str:
        return neuron_name(self.layers, layer, j)

    def weight_name(self, layer: int, j: int, i: int) -> str:
        return weight_name(layer, j, i)

    def weight_values(self) -> dict[str, float]:
        return _named(self.weights)

    def grad_values(self) -> dict[str, float]:
        return _named(self.grads)


def _named(matrices) -> dict[str, float]:
    """Each entry of the per-layer matrices by its weight's name."""
    return {weight_name(layer, j, i): float(m[j, i]) for layer, m in enumerate(matrices, start=1)
            for j in range(m.shape[0]) for i in range(m.shape[1])}


def map_points(grid: tuple[np.ndarray, np.ndarray]):
    """The MAP_GRID × MAP_GRID points (row = y, column = x) over the boundary grid's extent, as a tensor."""
    import torch

    xs, ys = grid
    gx, gy = np.meshgrid(np.linspace(xs[0], xs[-1], MAP_GRID), np.linspace(ys[0], ys[-1], MAP_GRID))
    return torch.tensor(np.c_[gx.ravel(), gy.ravel()].astype(np.float32))


def picture(model, points, grid, masks=()) -> NetPicture:
    """``model`` (a Sequential of Linear, BatchNorm, activation, Dropout) seen in eval mode on ``points``;
    ``masks``: per hidden layer, the units its Dropout dropped (boolean tensors), shown as dropped."""
    import torch

    modules = list(model)
    linears = [m for m in modules if isinstance(m, torch.nn.Linear)]
    widths = (linears[0].in_features, *(lin.out_features for lin in linears))
    shown = tuple(min(n, MAX_SHOWN) for n in widths)
    model.eval()
    maps, x, k = [], points, 0
    ends = _layer_ends(modules)  # index of the module whose output is layer k's output
    with torch.no_grad():
        for i, module in enumerate(modules):
            x = module(x)
            if i == ends[k]:
                out = torch.softmax(x, 1) if k == len(linears) - 1 else x
                maps.append(out[:, :shown[k + 1]].T.reshape(-1, MAP_GRID, MAP_GRID).numpy())
                k += 1
    weights, grads, biases = [], [], []
    for layer, lin in enumerate(linears, start=1):
        rows, cols = shown[layer], shown[layer - 1]
        weights.append(lin.weight.detach()[:rows, :cols].numpy().copy())
        grad = lin.weight.grad
        grads.append(np.zeros((rows, cols), np.float32) if grad is None else grad[:rows, :cols].numpy().copy())
        biases.append(lin.bias.detach()[:rows].numpy().copy())
    dropped = frozenset(neuron_name(len(linears), layer, j) for layer, mask in enumerate(masks, start=1)
                        for j in range(min(len(mask), shown[layer])) if bool(mask[j]))
    xs, ys = grid
    return NetPicture(widths, shown, tuple(weights), tuple(grads), tuple(biases), tuple(maps),
                      (float(xs[0]), float(xs[-1]), float(ys[0]), float(ys[-1])), dropped)


def _layer_ends(modules) -> list[int]:
    """For each Linear layer, the index of the last module before the next Linear except Dropout (its
    activation, or the Linear itself for the output layer): what the layer's neurons output."""
    import torch

    starts = [i for i, m in enumerate(modules) if isinstance(m, torch.nn.Linear)]
    ends = []
    for k, start in enumerate(starts):
        stop = starts[k + 1] if k + 1 < len(starts) else len(modules)
        inside = [i for i in range(start, stop) if not isinstance(modules[i], torch.nn.Dropout)]
        ends.append(inside[-1])
    return ends
