"""The training lab's network as a picture (TensorFlow Playground's way): for the neurons shown, the weights
between them, their last gradients, and each neuron's output over the input plane as a small map.

Wide layers are shown by their first ``MAX_SHOWN`` neurons (the picture says how many there are). Names
follow the backprop panel's (i1, h1_3, o2; W2[3,1], b2[3]), so the same diagram widget draws both. A layer
with BatchNorm gets a column of its own before it: each neuron's normalised sum (bn1_3), joined one to one to
the neuron by its scale γ1[2] (its shift is β1[2]).
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


def norm_name(layers: int, layer: int, j: int) -> str:
    """The BatchNorm unit before hidden neuron j of ``layer``: bn1.. (bn1_1.. with several hidden layers)."""
    return neuron_name(layers, layer, j).replace("h", "bn", 1)


def weight_name(layer: int, j: int, i: int) -> str:
    return f"W{layer}[{j},{i}]"


def bias_name(layer: int, j: int) -> str:
    return f"b{layer}[{j}]"


def gamma_name(layer: int, j: int) -> str:
    return f"γ{layer}[{j}]"


def beta_name(layer: int, j: int) -> str:
    return f"β{layer}[{j}]"


@dataclass(frozen=True, eq=False)
class Norm:
    """One BatchNorm layer's shown units (read-only arrays of sizes[layer])."""

    gamma: np.ndarray
    beta: np.ndarray
    mean: np.ndarray  # the running statistics eval mode normalises with
    var: np.ndarray
    gamma_grad: np.ndarray  # the last step's ∂L/∂γ (zeros before the first step)
    maps: np.ndarray  # (sizes[layer], MAP_GRID, MAP_GRID): γ·x̂ + β over the plane, before the activation


@dataclass(frozen=True)
class Columns:
    """What the diagram lays out: the neuron columns, with a BatchNorm column before each normalised layer.
    ``kinds[c]`` is ("n", layer) for neurons, ("bn", layer) for BatchNorm units."""

    sizes: tuple[int, ...]
    kinds: tuple[tuple[str, int], ...]
    layers: int
    classic_names = False

    def neuron(self, column: int, j: int) -> str:
        kind, layer = self.kinds[column]
        return (norm_name if kind == "bn" else neuron_name)(self.layers, layer, j)

    def weight_name(self, column: int, j: int, i: int) -> str | None:
        """The edge from unit i of the column before to unit j (None: no edge; a BatchNorm unit feeds only
        its own neuron)."""
        layer = self.kinds[column][1]
        if self.kinds[column - 1][0] == "bn":
            return gamma_name(layer, j) if i == j else None
        return weight_name(layer, j, i)


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
    norms: tuple = ()  # per hidden layer: its BatchNorm (a Norm), or None; () without BatchNorm

    @property
    def layers(self) -> int:
        return len(self.sizes) - 1

    def neuron(self, layer: int, j: int) -> str:
        return neuron_name(self.layers, layer, j)

    @property
    def columns(self) -> Columns:
        sizes, kinds = [self.sizes[0]], [("n", 0)]
        for layer in range(1, self.layers + 1):
            if layer <= len(self.norms) and self.norms[layer - 1] is not None:
                sizes.append(self.sizes[layer])
                kinds.append(("bn", layer))
            sizes.append(self.sizes[layer])
            kinds.append(("n", layer))
        return Columns(tuple(sizes), tuple(kinds), self.layers)

    def weight_values(self) -> dict[str, float]:
        """Every drawn edge's value: the weights, and the BatchNorm scales γ."""
        return _named(self.weights, self.norms, "gamma")

    def grad_values(self) -> dict[str, float]:
        return _named(self.grads, self.norms, "gamma_grad")


def _named(matrices, norms, field: str) -> dict[str, float]:
    """Each entry of the per-layer matrices by its weight's name, and each norm's ``field`` by its γ's."""
    out = {weight_name(layer, j, i): float(m[j, i]) for layer, m in enumerate(matrices, start=1)
           for j in range(m.shape[0]) for i in range(m.shape[1])}
    for layer, norm in enumerate(norms, start=1):
        if norm is not None:
            out.update({gamma_name(layer, j): float(v) for j, v in enumerate(getattr(norm, field))})
    return out


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
    norms = [None] * (len(linears) - 1)
    with torch.no_grad():
        for i, module in enumerate(modules):
            x = module(x)
            if isinstance(module, torch.nn.BatchNorm1d):
                norms[k] = _norm(module, x[:, :shown[k + 1]])
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
                      (float(xs[0]), float(xs[-1]), float(ys[0]), float(ys[-1])), dropped,
                      tuple(norms) if any(n is not None for n in norms) else ())


def _norm(module, out) -> Norm:
    """A BatchNorm layer's first units (as many as ``out``, its output on the map points, has columns)."""
    n = out.shape[1]
    grad = module.weight.grad

    def first(t):
        return t.detach()[:n].numpy().copy()

    return Norm(first(module.weight), first(module.bias), first(module.running_mean), first(module.running_var),
                np.zeros(n, np.float32) if grad is None else first(grad), out.T.reshape(-1, MAP_GRID, MAP_GRID).numpy())


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
