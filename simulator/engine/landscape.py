"""The loss landscape of a training-lab network (Li et al. 2018, "Visualizing the Loss Landscape of Neural
Nets"): the loss on a plane through the weights, θ = θc + a·d1 + b·d2, with the racers' paths projected on
it.

Directions: ``random`` — two random directions drawn from the run's seed, filter-normalised: each neuron's
incoming weights rescaled to the norm of the initial network's (the same for every racer, which all start
from those weights, so their paths share one plane); biases and BatchNorm parameters have no part in them.
``pca`` — the first two principal components of the trajectories kept (the time cursor's snapshots), with
the share of the variance each explains. ``start-end`` — from the initial weights to the current ones as
the first axis, a random filter-normalised direction at right angles to it as the second.

The grid is evaluated in batches of parameter sets at once — the network's layers run on a (sets, samples,
features) tensor, the weights batched too — in eval mode on the whole training set (as the CSV's
train_loss), never as a Python loop of forward passes.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from .specs import SpecError
from .surfaces import isolines

DIRECTIONS = ("random", "pca", "start-end")
GRID, MAX_GRID, SPAN, MAX_SPAN = 51, 101, 1.0, 10.0
COARSE = 13  # the first, quick pass: a COARSE × COARSE grid
INTERPOLATION = np.linspace(-0.25, 1.25, 61)  # θ = θ0 + t·(θc − θ0): from before the start to past the end
ACTIVATION_BUDGET = 2**24  # floats of hidden activations per batch of weight sets (64 MB)
MAX_BATCH = 256  # weight sets at once: larger batches fall out of the caches and run slower here


@dataclass(frozen=True)
class Path:
    racer: int
    label: str
    iterations: np.ndarray  # where the weights were kept (the time cursor's snapshots)
    a: np.ndarray  # their projection on the plane
    b: np.ndarray
    distance: np.ndarray  # how far each lies off the plane (what the projection hides)


@dataclass(frozen=True)
class Landscape:
    run: int
    iteration: int  # the centre: the racer's weights after this many steps
    racer: int
    kind: str
    a: np.ndarray  # grid coordinates along d1 (G,)
    b: np.ndarray  # and d2 (G,)
    loss: np.ndarray  # (G, G): loss[j, i] at (a[i], b[j]), on the training set
    test_loss: np.ndarray | None  # the same on the test set, when asked for
    centre_loss: float  # a plain forward pass at θc: the CSV's train_loss at this point
    explained: tuple[float, float] | None  # pca: the share of the trajectories' variance along d1, d2
    paths: tuple[Path, ...]  # of every racer with the same layers as this one
    interpolation: tuple[np.ndarray, np.ndarray]  # t and the training loss at θ0 + t·(θc − θ0)
    done: bool  # False for the coarse first pass
    isolines: tuple[np.ndarray, np.ndarray] = (np.zeros(0), np.zeros(0))  # of log10 loss, one NaN-broken path


def check(grid: int, span: float, kind: str) -> None:
    if not 3 <= grid <= MAX_GRID:
        raise SpecError(f"landscape: the grid takes from 3 to {MAX_GRID} points a side")
    if not (math.isfinite(span) and 0 < span <= MAX_SPAN):
        raise SpecError(f"landscape: the span must be above 0 and at most {MAX_SPAN:g}")
    if kind not in DIRECTIONS:
        raise SpecError(f"landscape: directions are one of {', '.join(DIRECTIONS)}")


def steps(session, racer: int = 0, kind: str = "random", grid: int = GRID, span: float = SPAN,
          test: bool = False):
    """Job: the landscape around ``racer``'s weights now — a coarse pass, then the full grid (None between
    batches, so it can be stopped)."""
    check(grid, span, kind)
    model = session.models[racer]
    centre = _vector(model)
    initial = [_state_vector(model, snap.racers[racer]["model"]) for snap in session.snapshots.items[:1]]
    start = initial[0] if initial else centre
    shapes = _shapes(model)  # racers with other layers (BatchNorm, other sizes) live in another space
    trajectories = [(r, run.label, *_trajectory(session, r)) for r, run in enumerate(session.setup.runs)
                    if _shapes(session.models[r]) == shapes]
    d1, d2, explained = _directions(model, kind, session.setup.seed, start, centre,
                                    [t for *_, t in trajectories])
    scale = span
    if kind != "random":  # the axes in weight-space units: as far as the paths reach, and then some
        reach = max((float(np.abs(_project(t, centre, d1, d2)[k]).max()) for *_, t in trajectories
                     for k in (0, 1) if len(t)), default=1.0)
        scale = span * max(reach, 1e-6) * 1.2
    evaluate = _Evaluator(session, model)
    interpolation = (INTERPOLATION, evaluate.line(start, centre - start, INTERPOLATION))
    centre_loss = evaluate.plain(centre)
    paths = tuple(Path(r, label, its, *_project(t, centre, d1, d2)) for r, label, its, t in trajectories)
    for size in ((COARSE, grid) if grid > COARSE else (grid,)):
        a = np.linspace(-scale, scale, size)
        losses = []
        for data in ((session.x, session.y),) + (((session.xv, session.yv),) if test else ()):
            values = yield from evaluate.plane(centre, d1, d2, a, a, *data)
            losses.append(values)
        shade = np.log10(np.maximum(losses[0], 1e-12))
        lines = isolines(a, a, shade) if np.isfinite(shade).all() and np.ptp(shade) > 0 else \
            (np.zeros(0), np.zeros(0))
        yield Landscape(session.run, session.iteration, racer, kind, a, a.copy(), losses[0],
                        losses[1] if test else None, centre_loss, explained, paths, interpolation,
                        size == grid, lines)


# -- directions ----------------------------------------------------------------------------------------


def _directions(model, kind: str, seed: int, start, centre, trajectories):
    """(d1, d2, explained) as flat vectors over every parameter, in named_parameters order."""
    if kind == "random":
        return _random_direction(model, start, seed, 0), _random_direction(model, start, seed, 1), None
    if kind == "start-end":
        d1 = centre - start
        if not np.any(d1):
            raise SpecError("landscape: start → end needs a trained network (it has not moved yet)")
        d2 = _random_direction(model, start, seed, 0)
        d2 = d2 - d1 * (d2 @ d1) / (d1 @ d1)  # at right angles to d1, as long as it
        return d1, d2 * (np.linalg.norm(d1) / np.linalg.norm(d2)), None
    points = np.concatenate([t for t in trajectories if len(t)]) - centre
    if len(points) < 3:
        raise SpecError("landscape: principal components need a few recorded iterations: train first")
    _, s, vt = np.linalg.svd(points, full_matrices=False)
    share = s**2 / max(float((s**2).sum()), 1e-30)
    return vt[0], vt[1], (float(share[0]), float(share[1]))


def _random_direction(model, like, seed: int, which: int) -> np.ndarray:
    """A Gaussian direction from the seed with each neuron's incoming weights (a weight matrix's row) as long
    as in ``like``; zero for biases and BatchNorm parameters (Li et al.'s filter normalisation)."""
    import torch

    generator = torch.Generator().manual_seed(seed * 7_919 + 101 + which)
    parts, offset = [], 0
    for name, p in model.named_parameters():
        n = p.numel()
        if p.dim() == 2 and not name.endswith("bias"):
            w = torch.tensor(like[offset:offset + n].reshape(p.shape))
            d = torch.randn(p.shape, generator=generator, dtype=torch.float64)
            d *= w.norm(dim=1, keepdim=True) / d.norm(dim=1, keepdim=True).clamp_min(1e-12)
            parts.append(d.reshape(-1).numpy())
        else:
            parts.append(np.zeros(n))
        offset += n
    return np.concatenate(parts)


def _project(points: np.ndarray, centre, d1, d2):
    """Least-squares coordinates of each point − centre on (d1, d2), and its distance from the plane."""
    if not len(points):
        return np.zeros(0), np.zeros(0), np.zeros(0)
    basis = np.stack([d1, d2], axis=1)
    offsets = points - centre
    coords, *_ = np.linalg.lstsq(basis, offsets.T, rcond=None)
    distance = np.linalg.norm(offsets - (basis @ coords).T, axis=1)
    return coords[0], coords[1], distance


# -- weights as vectors ---------------------------------------------------------------------------------


def _shapes(model) -> list:
    return [(name, tuple(p.shape)) for name, p in model.named_parameters()]


def _vector(model) -> np.ndarray:
    return np.concatenate([p.detach().double().reshape(-1).numpy() for p in model.parameters()])


def _state_vector(model, state: dict) -> np.ndarray:
    return np.concatenate([state[name].double().reshape(-1).numpy() for name, _ in model.named_parameters()])


def _trajectory(session, racer: int):
    """The iterations kept and the racer's weights at each (the snapshots, then the weights now)."""
    model = session.models[racer]
    items = [(s.iteration, _state_vector(model, s.racers[racer]["model"])) for s in session.snapshots.items]
    if not items or items[-1][0] != session.iteration:
        items.append((session.iteration, _vector(model)))
    return np.array([i for i, _ in items]), np.stack([v for _, v in items])


# -- evaluation ---------------------------------------------------------------------------------------------


class _Evaluator:
    """The loss at many weight vectors at once, in eval mode."""

    def __init__(self, session, model):
        self.model, self.loss_fn = model, session.loss_fn
        self.x, self.y = session.x, session.y
        self.shapes = [(name, p.shape, p.numel()) for name, p in model.named_parameters()]
        widest = max(p.shape[0] for _, p in model.named_parameters())
        self.batch = max(1, min(MAX_BATCH, ACTIVATION_BUDGET // (len(self.x) * widest)))

    def plain(self, vector) -> float:
        """One ordinary forward pass (what the training lab itself measures)."""
        import torch

        self.model.eval()
        saved = {k: v.clone() for k, v in self.model.state_dict().items()}
        try:
            with torch.no_grad():
                for (_, shape, n), p, offset in zip(self.shapes, self.model.parameters(), self._offsets(),
                                                    strict=True):
                    p.copy_(torch.tensor(vector[offset:offset + n].reshape(shape)))
                return self.loss_fn(self.model(self.x), self.y).item()
        finally:
            self.model.load_state_dict(saved)

    def _offsets(self):
        offset = 0
        for _, _, n in self.shapes:
            yield offset
            offset += n

    def losses(self, vectors, x, y) -> np.ndarray:
        """The loss at each row of ``vectors`` (weight vectors, computed in float32 like the model): the
        model's layers run on all the weight sets at once (B, N, features), as eval mode runs them."""
        import torch

        batch = torch.as_tensor(vectors, dtype=torch.float32)
        params = {}
        for (name, shape, n), offset in zip(self.shapes, self._offsets(), strict=True):
            params[name] = batch[:, offset:offset + n].reshape(len(vectors), *shape)
        h = x
        with torch.no_grad():
            for index, module in enumerate(self.model):
                if isinstance(module, torch.nn.Linear):
                    weight, bias = params[f"{index}.weight"], params[f"{index}.bias"]
                    # (the first layer's input, the samples, is the same for every weight set)
                    h = torch.einsum("ni,boi->bno" if h.dim() == 2 else "bni,boi->bno", h, weight)
                    h += bias[:, None, :]
                elif isinstance(module, torch.nn.ReLU):
                    h = h.relu_()  # (in place: the batch's activations are its own)
                elif isinstance(module, torch.nn.BatchNorm1d):  # on its running statistics
                    scale = params[f"{index}.weight"] / torch.sqrt(module.running_var + module.eps)
                    h = (h - module.running_mean) * scale[:, None, :] + params[f"{index}.bias"][:, None, :]
                elif not isinstance(module, torch.nn.Dropout):  # (off in eval mode) an activation, elementwise
                    h = module(h)
            losses = torch.nn.functional.cross_entropy(h.reshape(-1, h.shape[-1]), y.repeat(len(vectors)),
                                                       reduction="none")
            return losses.reshape(len(vectors), -1).mean(dim=1).double().numpy()

    def plane(self, centre, d1, d2, a, b, x, y):
        """Generator: None between batches; returns the (len(b), len(a)) losses at centre + a·d1 + b·d2."""
        import torch

        ga, gb = np.meshgrid(a, b)
        flat_a, flat_b = (torch.tensor(v.ravel(), dtype=torch.float32)[:, None] for v in (ga, gb))
        c, u, v = (torch.tensor(w, dtype=torch.float32) for w in (centre, d1, d2))
        out = np.empty(len(flat_a))
        for k in range(0, len(flat_a), self.batch):
            part = slice(k, k + self.batch)
            out[part] = self.losses(torch.addcmul(torch.addcmul(c, flat_a[part], u), flat_b[part], v), x, y)
            yield None
        return out.reshape(len(b), len(a))

    def line(self, start, direction, t) -> np.ndarray:
        return self.losses(start + t[:, None] * direction, self.x, self.y)


def write_csv(landscape: Landscape, file) -> None:
    """a,b,loss rows for the grid (and test_loss when computed)."""
    import csv

    writer = csv.writer(file, lineterminator="\n")
    test = landscape.test_loss is not None
    writer.writerow(["a", "b", "loss"] + (["test_loss"] if test else []))
    for j, b in enumerate(landscape.b):
        for i, a in enumerate(landscape.a):
            row = [repr(float(a)), repr(float(b)), repr(float(landscape.loss[j, i]))]
            writer.writerow(row + ([repr(float(landscape.test_loss[j, i]))] if test else []))
