"""Several torch optimizers racing on one surface, every step kept so any step can be revisited.

All racers share one forward and one backward pass per step: their parameters are concatenated,
the surface is evaluated once, and autograd hands each leaf its own gradient. Each racer then takes
a step with its own real ``torch.optim`` optimizer (and scheduler, if any).

A racer's parameter has shape (N, dims): N = 1 for a plain race, N > 1 for a swarm of start points.
These optimizers are elementwise, so N points in one tensor move exactly as N separate runs would.

Memory: the history is preallocated once. A plain race (N = 1) keeps every step: positions, loss,
gradient, lr and the optimizer's state. A swarm keeps positions and loss at no more than
SWARM_SNAPSHOTS evenly spaced steps (always including the first and the last), nothing else.
Records carry read-only views of the rows already written; the race only ever writes later rows.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from . import optimizers, schedules
from .records import SurfaceImage
from .specs import Spec, SpecError
from .surfaces import Surface, surface_image, with_found_minima

MAX_STEPS = 100_000
MAX_RACERS = 12
MAX_SWARM = 20_000
SWARM_SNAPSHOTS = 200
GRAD_TOL = 1e-4  # converged: gradient norm below this ...
STEP_TOL = 1e-6  # ... and the update smaller than this
NEAR_MINIMUM = 1e-2  # a vanishing gradient farther than this from every known minimum is "stalled"
VIEW_MARGIN = 0.1  # "left the view" once outside the box grown by this fraction

RUNNING, CONVERGED, STALLED, LEFT_VIEW, DIVERGED = "running", "converged", "stalled", "left the view", "diverged"


@dataclass(frozen=True)
class Racer:
    optimizer: Spec
    scheduler: Spec | None = None

    @property
    def label(self) -> str:
        return self.optimizer.text + (f" + {self.scheduler.text}" if self.scheduler else "")


@dataclass(frozen=True)
class RaceRecord:
    """A snapshot of a race after ``steps_done`` steps. Arrays are read-only views (see module doc).

    Row i of every history array belongs to step ``recorded[i]``: positions[i] (racers, N, dims) and
    loss[i] (racers, N) are at that step; grad[i] is the gradient there; lr[i] the lr of the update
    that leaves it; state[r][name][i] the optimizer state of racer r after reaching it. The curves'
    summaries over the N points, of shape (rows, racers), leave out points gone non-finite: mean_loss,
    best_loss and distance (mean distance to the nearest known minimum; NaN when none is known).
    """

    surface: Surface
    racers: tuple[Racer, ...]
    steps: int  # asked for
    steps_done: int
    recorded: np.ndarray
    positions: np.ndarray
    loss: np.ndarray
    mean_loss: np.ndarray
    best_loss: np.ndarray
    distance: np.ndarray
    grad: np.ndarray | None  # None for swarms
    lr: np.ndarray | None
    state: tuple[dict[str, np.ndarray], ...] | None
    hyper: tuple[dict, ...]  # each racer's param group (without params), as torch holds it
    status: tuple[tuple[str, int | None], ...]  # per racer: (status, step), for N = 1
    complete: bool
    swarm_starts: np.ndarray | None = field(default=None)

    @property
    def n_points(self) -> int:
        return self.positions.shape[2]

    def row(self, step: int) -> int:
        """The history row holding ``step`` (or the last recorded step before it)."""
        return int(np.searchsorted(self.recorded, step, side="right") - 1)


@dataclass(frozen=True)
class RaceFrame:
    """What the race job yields: the race so far, the surface picture when asked for (computed once per
    surface, carried by every frame, since the GUI may skip any frame but the latest), and the number
    the panel gave this run."""

    image: SurfaceImage | None
    record: RaceRecord
    run: int


def race_job(surface: Surface, racers, start, steps: int, with_image: bool, run: int = 0):
    """Job: sample the surface if asked, then race, about a hundred records in all (the GUI shows the
    latest at display rate anyway)."""
    image = surface_image(surface) if with_image else None
    for record in race(surface, racers, start, steps, record_every=max(1, steps // 100)):
        yield RaceFrame(image, record, run)


def parse_racers(optimizer_texts, scheduler_texts=()) -> list[Racer]:
    """Racers from spec texts; scheduler texts pair with optimizers in order ('' or 'none' = none)."""
    if not optimizer_texts:
        raise SpecError("at least one optimizer is needed")
    if len(optimizer_texts) > MAX_RACERS:
        raise SpecError(f"at most {MAX_RACERS} racers")
    if len(scheduler_texts) > len(optimizer_texts):
        raise SpecError("more schedulers than optimizers: each scheduler pairs with one optimizer, in order")
    racers = []
    for i, text in enumerate(optimizer_texts):
        scheduler = scheduler_texts[i].strip() if i < len(scheduler_texts) else ""
        try:
            optimizer = optimizers.OPTIMIZERS.parse(text)
        except SpecError as e:
            raise SpecError(f"optimizer {i + 1} '{text}': {e}") from None
        try:
            sched = schedules.SCHEDULERS.parse(scheduler) if scheduler and scheduler.lower() != "none" else None
        except SpecError as e:
            raise SpecError(f"scheduler {i + 1} '{scheduler}': {e}") from None
        racers.append(Racer(optimizer, sched))
    return racers


def check_start(surface: Surface, start) -> np.ndarray:
    start = np.asarray(start, dtype=np.float64)
    if start.size == 0 or start.shape[-1] != surface.dims or start.ndim > 2:
        raise SpecError(f"the start point needs {surface.dims} coordinate{'s' if surface.dims > 1 else ''}"
                        f" on this surface ({surface.formula})")
    start = start.reshape(-1, surface.dims)
    if not np.all(np.isfinite(start)) or np.any(np.abs(start) > 1e6):
        raise SpecError("start coordinates must be finite numbers between -1e6 and 1e6")
    if len(start) > MAX_SWARM:
        raise SpecError(f"at most {MAX_SWARM} start points")
    return start


def swarm_starts(surface: Surface, count: int, layout: str = "grid", seed: int = 0) -> np.ndarray:
    """Start points covering the view box: a regular grid (about ``count`` points) or uniform random."""
    if not 1 <= count <= MAX_SWARM:
        raise SpecError(f"swarm size must be from 1 to {MAX_SWARM}")
    x0, x1, y0, y1 = surface.box
    if layout == "random":
        rng = np.random.default_rng(seed)
        lows, highs = [x0, y0][: surface.dims], [x1, y1][: surface.dims]
        return rng.uniform(lows, highs, size=(count, surface.dims))
    if surface.dims == 1:
        return np.linspace(x0, x1, count)[:, None]
    side = max(1, round(math.sqrt(count)))
    gx, gy = np.meshgrid(np.linspace(x0, x1, side), np.linspace(y0, y1, side))
    return np.column_stack([gx.ravel(), gy.ravel()])


def race(surface: Surface, racers, start, steps: int, record_every: int = 1):
    """Run the race; yield a RaceRecord after every ``record_every`` steps and at the end."""
    import torch

    racers = tuple(racers)
    starts = check_start(surface, start)
    surface = with_found_minima(surface)  # a typed surface: its minima in view, found numerically
    if not (isinstance(steps, int) and 1 <= steps <= MAX_STEPS):
        raise SpecError(f"steps must be a whole number from 1 to {MAX_STEPS}")
    n, dims, count = len(starts), surface.dims, len(racers)
    swarm = n > 1
    params = [torch.tensor(starts, dtype=torch.float32, requires_grad=True) for _ in racers]
    opts = [optimizers.build(r.optimizer, [p]) for r, p in zip(racers, params, strict=True)]
    scheds = [schedules.build(r.scheduler, o, steps) if r.scheduler else None
              for r, o in zip(racers, opts, strict=True)]
    hyper = tuple({k: v for k, v in o.param_groups[0].items() if k != "params"} for o in opts)

    recorded = np.arange(steps + 1) if not swarm else np.unique(
        np.linspace(0, steps, min(steps + 1, SWARM_SNAPSHOTS)).round().astype(int))
    rows = len(recorded)
    positions = np.full((rows, count, n, dims), np.nan, dtype=np.float32)
    loss = np.full((rows, count, n), np.nan, dtype=np.float32)
    grad = None if swarm else np.full((rows, count, n, dims), np.nan, dtype=np.float32)
    lr = None if swarm else np.full((rows, count), np.nan)
    summary = np.full((3, rows, count), np.nan)  # mean_loss, best_loss, distance; filled when a record is made
    summarised = 0
    state = None if swarm else tuple({} for _ in racers)
    status = [[RUNNING, None] for _ in racers]
    alive = [True] * count
    x0, x1, y0, y1 = surface.box
    # the view: the surface's box, grown to hold every start point (a racer is never "out" where it started)
    low = np.minimum(np.array([x0, y0][:dims]), starts.min(axis=0))
    high = np.maximum(np.array([x1, y1][:dims]), starts.max(axis=0))
    margin = VIEW_MARGIN * float(np.max(high - low))
    low, high = low - margin, high + margin
    row = 0

    def snapshot(done: int, complete: bool) -> RaceRecord:
        nonlocal summarised
        summary[:, summarised:row] = _summarise(surface, positions[summarised:row], loss[summarised:row])
        summarised = row

        def view(a):
            if a is None:
                return None
            v = a[: row]
            v.flags.writeable = False
            return v

        return RaceRecord(
            surface, racers, steps, done, view(recorded), view(positions), view(loss), *(view(a) for a in summary),
            view(grad), view(lr),
            None if state is None else tuple({k: view(v) for k, v in s.items()} for s in state),
            hyper, tuple((s[0], s[1]) for s in status), complete, starts if swarm else None,
        )

    for step in range(steps + 1):
        for p in params:
            p.grad = None
        flat = torch.cat(params)  # one forward and one backward for every racer and point
        values = surface.loss(flat).reshape(count, n)
        values.sum().backward()
        keep = row < rows and recorded[row] == step
        if keep:
            positions[row] = flat.detach().numpy().reshape(count, n, dims)
            loss[row] = values.detach().numpy()
            if not swarm:
                grad[row] = torch.cat([p.grad for p in params]).numpy().reshape(count, n, dims)
                for r, (o, p) in enumerate(zip(opts, params, strict=True)):
                    lr[row, r] = o.param_groups[0]["lr"]
                    for name, value in o.state[p].items():
                        if name not in state[r]:
                            shape = (rows,) + (tuple(value.shape) if torch.is_tensor(value) else ())
                            state[r][name] = np.full(shape, np.nan, dtype=np.float64)
                        state[r][name][row] = value.detach().numpy() if torch.is_tensor(value) else value
        if not swarm:
            _update_status(surface, status, alive, step, positions, loss, grad, row, low, high)
        if keep:
            row += 1
        if step == steps or not any(alive):
            break
        if step % record_every == 0 and step > 0:
            yield snapshot(int(recorded[row - 1]), False)
        with torch.no_grad():
            for r in range(count):
                if alive[r]:
                    opts[r].step()
                    if scheds[r] is not None:
                        scheds[r].step()
    yield snapshot(int(recorded[row - 1]), True)


def _summarise(surface: Surface, positions: np.ndarray, loss: np.ndarray) -> np.ndarray:
    """For history rows (rows, racers, N, …): per row and racer the mean and the lowest loss and the mean
    distance to the nearest known minimum, over the points still finite (NaN when none is), in float64
    (a float32 sum of a swarm's large losses overflows)."""
    _, distance = surface.nearest_minimum(positions.astype(np.float64))
    out = []
    for values, reduce in ((loss, "mean"), (loss, "min"), (distance, "mean")):
        finite = np.isfinite(values)
        kept = finite.sum(axis=-1)
        with np.errstate(invalid="ignore"):  # rows with no finite point: 0 / 0
            if reduce == "mean":
                value = np.where(finite, values, 0).sum(axis=-1, dtype=np.float64) / kept
            else:
                value = np.where(finite, values, np.inf).min(axis=-1).astype(np.float64)
        out.append(np.where(kept > 0, value, np.nan))
    return np.stack(out)


def _update_status(surface, status, alive, step, positions, loss, grad, row, low, high) -> None:
    """Status per racer of a single-point race (where row == step): diverged and left the view are
    final; converged (or stalled, when the gradient vanished far from every known minimum) holds
    while the racer stays at rest, with the step where that rest began."""
    points = positions[row, :, 0]
    finite = np.isfinite(points).all(axis=1) & np.isfinite(loss[row, :, 0])
    outside = (points < low).any(axis=1) | (points > high).any(axis=1)
    if step > 0:
        with np.errstate(over="ignore", invalid="ignore"):  # a racer on its way to infinity
            resting = (np.linalg.norm(grad[row, :, 0], axis=1) < GRAD_TOL) & (
                np.linalg.norm(points - positions[row - 1, :, 0], axis=1) < STEP_TOL)
    else:
        resting = np.zeros(len(status), dtype=bool)
    for r in range(len(status)):
        if not alive[r]:
            continue
        if not finite[r]:
            status[r] = [DIVERGED, step]
            alive[r] = False  # a non-finite parameter cannot take another step
        elif status[r][0] == LEFT_VIEW:
            continue
        elif outside[r]:
            status[r] = [LEFT_VIEW, step]
        elif resting[r] and status[r][0] == RUNNING:
            _, distance = surface.nearest_minimum(points[r : r + 1].astype(np.float64))
            stalled = bool(surface.minima) and distance[0] > NEAR_MINIMUM
            status[r] = [STALLED if stalled else CONVERGED, step]
        elif not resting[r] and status[r][0] != RUNNING:
            status[r] = [RUNNING, None]  # it came to rest only for a moment (momentum, oscillation)


def first_reaching(loss: np.ndarray, recorded: np.ndarray, threshold: float) -> np.ndarray:
    """For loss of shape (rows, racers): the first recorded step at which each racer's loss ≤ threshold
    (-1 when never)."""
    hit = loss <= threshold
    first = np.where(hit.any(axis=0), hit.argmax(axis=0), -1)
    return np.where(first >= 0, recorded[np.maximum(first, 0)], -1)


def write_csv(record: RaceRecord, file) -> None:
    """A race: ``index,label,step,x,y,loss``, one row per racer per step, a racer's rows ending where it
    diverged (y empty on 1-D surfaces). A swarm: where each start point is at the last recorded step."""
    import csv

    writer = csv.writer(file, lineterminator="\n")
    two_d = record.surface.dims == 2

    def coords(p):
        return [repr(float(p[0])), repr(float(p[1])) if two_d else ""]

    if record.n_points > 1:
        writer.writerow(["index", "label", "point", "start_x", "start_y", "step", "x", "y", "loss"])
        for r, racer in enumerate(record.racers):
            for i, start in enumerate(record.swarm_starts):
                writer.writerow([r, racer.label, i, *coords(start), int(record.recorded[-1]),
                                 *coords(record.positions[-1, r, i]), repr(float(record.loss[-1, r, i]))])
        return
    writer.writerow(["index", "label", "step", "x", "y", "loss"])
    for r, racer in enumerate(record.racers):
        status, at = record.status[r]
        last = at if status == DIVERGED else record.steps_done
        for step in range(last + 1):
            writer.writerow([r, racer.label, step, *coords(record.positions[step, r, 0]),
                             repr(float(record.loss[step, r, 0]))])
