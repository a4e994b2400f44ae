"""The training lab: a small network learns 2-D data; optimizers, schedules and regularization at work.

A ``Session`` holds everything a run needs between steps (models, optimizers, schedulers, data, the
batch order, the Dropout generator) and lives in the compute process, in the panel's workspace: the
panel submits ``start``, ``advance`` and ``apply`` jobs and sees only their records. Pausing stops the
running job between two iterations, and its last record says where the model is. Several runs
("racers") share the data, the batch order and the initial weights, so their curves differ only by
what was changed.
"""

from __future__ import annotations

import csv
import math
import time
from dataclasses import dataclass, replace

import numpy as np

from . import batches, layer_stats, optimizers, picture, schedules, snapshots
from .datasets import Dataset, split
from .jobs import Stop
from .models import ModelSpec, build_model
from .specs import Spec, SpecError

MAX_EPOCHS = 2_000
GRID = 80  # decision-boundary resolution
SNAPSHOT_SECONDS = 0.1  # records (and boundaries, a few ms each) while training: 10 per second


# -- runs --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RunSpec:
    """One racer: a model variant and how it is trained."""

    label: str
    model: ModelSpec
    optimizer: Spec
    scheduler: Spec | None = None
    weight_decay: float = 0.0


@dataclass(frozen=True)
class Setup:
    data: Dataset
    train_size: int
    test_fraction: float
    runs: tuple[RunSpec, ...]
    batch_size: int
    epochs: int
    seed: int = 0
    shuffle: bool = True
    recorded: int = layer_stats.RECORDED  # iterations whose layer statistics are kept, at most


@dataclass(frozen=True)
class RunHistory:
    """Per epoch (row e = after epoch e + 1), read-only views of the rows written so far."""

    label: str
    train_loss: np.ndarray
    test_loss: np.ndarray
    train_acc: np.ndarray
    test_acc: np.ndarray
    lr: np.ndarray
    iteration_loss: np.ndarray  # per iteration, the batch loss
    grad_norm: np.ndarray  # per iteration
    stats: layer_stats.LayerStats  # inside the network, layer by layer


@dataclass(frozen=True)
class TrainRecord:
    setup: Setup
    run: int  # the number the panel gave this session, to tell its records from an earlier session's
    iteration: int  # optimizer steps done
    epoch: int  # completed epochs
    batch: int  # batches done in the current epoch
    batches_per_epoch: int
    runs: tuple[RunHistory, ...]
    grid: tuple[np.ndarray, np.ndarray]  # xs, ys of the decision-boundary grid
    boundary: tuple[np.ndarray, ...]  # per run: probability of class 1 (or the predicted class) on the grid
    train: tuple[np.ndarray, np.ndarray]
    test: tuple[np.ndarray, np.ndarray]
    done: bool
    snapshot_every: int = 1  # the time cursor rebuilds any iteration; every this many it has a snapshot
    pictures: tuple = ()  # per run, its network (engine/picture.py), made with the boundary


def check_setup(setup: Setup) -> batches.BatchPlan:
    if not setup.runs:
        raise SpecError("at least one run (optimizer) is needed")
    for run in setup.runs:
        run.model.check(setup.data.classes)
        if not (math.isfinite(run.weight_decay) and 0 <= run.weight_decay <= 10):
            raise SpecError("weight decay must be from 0 to 10")
    if not 1 <= setup.epochs <= MAX_EPOCHS:
        raise SpecError(f"epochs must be from 1 to {MAX_EPOCHS}")
    if not 1 <= setup.recorded <= layer_stats.MAX_RECORDED:
        raise SpecError(f"recorded iterations (snapshots) must be from 1 to {layer_stats.MAX_RECORDED}")
    plan = batches.plan(setup.train_size, setup.batch_size, setup.epochs)
    if any(r.model.batchnorm for r in setup.runs) and setup.train_size % setup.batch_size == 1:
        raise SpecError("BatchNorm in training mode cannot take a last batch of one sample: "
                        "change the batch size or the training-set size")
    return plan


class Session:
    """A training run in progress (lives in the compute process between jobs)."""

    def __init__(self, setup: Setup, run: int = 0):
        import torch

        self.plan = check_setup(setup)
        self.setup, self.run = setup, run
        (xt, yt), (xv, yv) = split(setup.data, setup.train_size, setup.test_fraction, setup.seed)
        self.train_np, self.test_np = (xt, yt), (xv, yv)
        self.x, self.y = torch.tensor(xt), torch.tensor(yt)
        self.xv, self.yv = torch.tensor(xv), torch.tensor(yv)
        self.models, self.optimizers, self.schedulers = [], [], []
        for run in setup.runs:
            model, opt, sched = build_racer(run, setup)
            self.models.append(model)
            self.optimizers.append(opt)
            self.schedulers.append(sched)
        self.loss_fn = torch.nn.CrossEntropyLoss()
        epochs, iterations, count = setup.epochs, self.plan.iterations, len(setup.runs)
        self.epoch_rows = {k: np.full((count, epochs), np.nan) for k in
                           ("train_loss", "test_loss", "train_acc", "test_acc", "lr")}
        self.iteration_loss = np.full((count, iterations), np.nan)
        self.grad_norm = np.full((count, iterations), np.nan)
        # per iteration each run's loss (0-d) and its parameters' gradient norms (one tensor) — no Python
        # float, no indexing per step; written into the arrays above when a record is made
        self._losses: list[list] = [[] for _ in setup.runs]
        self._norms: list[list] = [[] for _ in setup.runs]
        self._pending_from = 0
        self.params = [list(model.parameters()) for model in self.models]
        self.recorders = [layer_stats.LayerRecorder(model, run.model.activation, iterations, setup.recorded)
                          for model, run in zip(self.models, setup.runs, strict=True)]
        # Dropout draws its masks from a generator state of each racer's own, seeded from the run's seed: the
        # masks follow from the seed alone, whatever other jobs draw and whichever racers run beside it
        self._rngs = [torch.Generator().manual_seed(setup.seed).get_state() if run.model.dropout > 0 else None
                      for run in setup.runs]
        self.iteration = 0
        margin = 0.3
        lo = self.setup.data.x.min(axis=0).astype(np.float64) - margin
        hi = self.setup.data.x.max(axis=0).astype(np.float64) + margin
        self.grid = (np.linspace(lo[0], hi[0], GRID), np.linspace(lo[1], hi[1], GRID))
        gx, gy = np.meshgrid(*self.grid)
        self.grid_points = torch.tensor(np.c_[gx.ravel(), gy.ravel()].astype(np.float32))
        self.batches = BatchOrder(self.x, self.y, setup, self.plan.batches_per_epoch)
        self.parent, self.forked_at = None, 0  # a fork's (session, racer) it grew from, and where (forks.py)
        self.snapshots = snapshots.Snapshots(self.models, self.plan.iterations, setup.recorded)
        self.map_points = picture.map_points(self.grid)
        self.boundaries = self._boundaries()

    @property
    def epoch(self) -> int:
        return self.iteration // self.plan.batches_per_epoch

    @property
    def done(self) -> bool:
        return self.iteration >= self.plan.iterations

    def step(self) -> None:
        """One optimizer step for every run, on the same batch."""
        if self.iteration % self.snapshots.interval == 0:
            self.snapshots.capture(self)
        xb, yb = self.batches.batch(self.iteration)
        for r, (model, opt) in enumerate(zip(self.models, self.optimizers, strict=True)):
            loss, self._rngs[r] = train_step(model, opt, self.loss_fn, xb, yb, self._rngs[r],
                                             self.recorders[r].forward, self.iteration)
            self._norms[r].append(_grad_norms(self.params[r]))
            opt.step()
            self._losses[r].append(loss.detach())
        self.iteration += 1
        if self.iteration % self.plan.batches_per_epoch == 0:
            self._end_epoch()

    def _end_epoch(self) -> None:
        import torch

        e = self.epoch - 1
        for r, model in enumerate(self.models):
            self.epoch_rows["lr"][r, e] = self.optimizers[r].param_groups[0]["lr"]
            model.eval()  # Dropout off, BatchNorm on its running statistics
            with torch.no_grad():
                for name, (x, y) in (("train", (self.x, self.y)), ("test", (self.xv, self.yv))):
                    logits = model(x)
                    self.epoch_rows[f"{name}_loss"][r, e] = self.loss_fn(logits, y).item()
                    self.epoch_rows[f"{name}_acc"][r, e] = (logits.argmax(1) == y).float().mean().item()
            if self.schedulers[r] is not None:
                self.schedulers[r].step()

    def _boundaries(self) -> tuple[np.ndarray, ...]:
        """The decision boundaries and the networks' pictures, at display rate (a few ms)."""
        self.pictures = tuple(picture.picture(model, self.map_points, self.grid, recorder.dropped)
                              for model, recorder in zip(self.models, self.recorders, strict=True))
        return tuple(boundary(model, self.grid_points) for model in self.models)

    def apply(self, setup: Setup):
        """Job: take the new hyperparameters from the next step on; weights and optimizer state stay."""
        import torch

        for run, model, opt in zip(setup.runs, self.models, self.optimizers, strict=True):
            for module in model:
                if isinstance(module, torch.nn.Dropout):
                    module.p = run.model.dropout
            values = {**run.optimizer.resolved(), "weight_decay": run.weight_decay}
            for group in opt.param_groups:
                group.update({k: v for k, v in values.items() if k in group})
        self.setup = setup
        self.snapshots.capture(self)  # a replay from before this point must take the new values from here
        yield self.record()

    def _write_pending(self) -> None:
        import torch

        start, end = self._pending_from, self.iteration
        if end > start:
            for r, (losses, norms) in enumerate(zip(self._losses, self._norms, strict=True)):
                self.iteration_loss[r, start:end] = torch.stack(losses).numpy()
                per_param = torch.stack(norms)
                self.grad_norm[r, start:end] = torch.linalg.vector_norm(per_param, dim=1).numpy()
                self.recorders[r].write_pending(per_param.numpy(), start)
                losses.clear()
                norms.clear()
        self._pending_from = end

    def record(self) -> TrainRecord:
        self._write_pending()
        epochs_done = self.epoch
        it = self.iteration

        def view(a):
            v = a.view()
            v.flags.writeable = False
            return v

        runs = tuple(RunHistory(
            run.label, view(self.epoch_rows["train_loss"][r, :epochs_done]),
            view(self.epoch_rows["test_loss"][r, :epochs_done]), view(self.epoch_rows["train_acc"][r, :epochs_done]),
            view(self.epoch_rows["test_acc"][r, :epochs_done]), view(self.epoch_rows["lr"][r, :epochs_done]),
            view(self.iteration_loss[r, :it]), view(self.grad_norm[r, :it]), self.recorders[r].stats(it),
        ) for r, run in enumerate(self.setup.runs))
        per_epoch = self.plan.batches_per_epoch
        return TrainRecord(self.setup, self.run, it, epochs_done, it % per_epoch, per_epoch, runs, self.grid,
                           self.boundaries, self.train_np, self.test_np, self.done, self.snapshots.interval,
                           self.pictures)

    def advance(self, until: int, every: float = SNAPSHOT_SECONDS):
        """Job: step until ``until`` iterations (or the end). A snapshot (with a fresh decision boundary) at
        most every ``every`` seconds and at the end, also when stopped early; None after the other steps,
        so a stop request is seen within one step."""
        until = min(until, self.plan.iterations)
        last = time.perf_counter()
        try:
            while self.iteration < until:
                self.step()
                if time.perf_counter() - last >= every:
                    self.boundaries = self._boundaries()
                    yield self.record()
                    last = time.perf_counter()
                else:
                    yield None
        except Stop:
            pass  # where it stopped is the final state
        self.boundaries = self._boundaries()
        yield self.record()


def build_racer(run: RunSpec, setup: Setup):
    """A racer's model (from the seed), optimizer and scheduler."""
    model = build_model(run.model, setup.seed)
    spec = run.optimizer
    if run.weight_decay:
        spec = replace(spec, args=tuple({**dict(spec.args), "weight_decay": run.weight_decay}.items()))
    opt = optimizers.build(spec, model.parameters())
    sched = schedules.build(run.scheduler, opt, setup.epochs) if run.scheduler else None
    return model, opt, sched


class BatchOrder:
    """Which samples iteration k trains on: one permutation per epoch from the seed (the same for every run),
    so a replay from a snapshot sees the same batches."""

    def __init__(self, x, y, setup: Setup, per_epoch: int):
        self.x, self.y, self.setup, self.per_epoch = x, y, setup, per_epoch
        self._epoch, self._order = None, None

    def batch(self, iteration: int):
        import torch

        epoch, b = divmod(iteration, self.per_epoch)
        if epoch != self._epoch:
            if self.setup.shuffle:
                generator = torch.Generator().manual_seed(self.setup.seed * 10_007 + epoch)
                self._order = torch.randperm(len(self.y), generator=generator)
            else:
                self._order = torch.arange(len(self.y))
            self._epoch = epoch
        index = self._order[b * self.setup.batch_size:(b + 1) * self.setup.batch_size]
        return self.x[index], self.y[index]


def train_step(model, opt, loss_fn, xb, yb, rng, forward, iteration: int):
    """Forward and backward of one racer on one batch (the optimizer's step is the caller's). ``rng`` is the
    racer's Dropout generator state (None without Dropout): torch's Dropout draws from the global generator,
    so it is lent this state for the forward pass. Returns the loss and the generator's state after it."""
    import torch

    if not model.training:  # back from an evaluation (train() walks every module: not every step)
        model.train()
    opt.zero_grad()
    if rng is None:
        loss = loss_fn(forward(model, xb, iteration), yb)
    else:
        outside = torch.random.get_rng_state()
        torch.random.set_rng_state(rng)
        try:
            loss = loss_fn(forward(model, xb, iteration), yb)
        finally:
            rng = torch.random.get_rng_state()
            torch.random.set_rng_state(outside)
    loss.backward()
    return loss, rng


def boundary(model, points) -> np.ndarray:
    """The probability of class 1 on the grid (or, with more classes, the predicted class plus half its
    probability), in eval mode."""
    import torch

    model.eval()
    with torch.no_grad():
        p = torch.softmax(model(points), 1)
    value = p[:, 1] if p.shape[1] == 2 else p.argmax(1).float() + p.max(1).values * 0.5
    return value.numpy().reshape(GRID, GRID)


def _grad_norms(params):
    """Each parameter's gradient norm, in one call (what clip_grad_norm_ does inside, without first sorting the
    tensors by device and dtype); the total norm is the norm of these, taken for many steps at once."""
    import torch

    return torch.stack(torch._foreach_norm([p.grad for p in params if p.grad is not None]))


CSV_COLUMNS = ("epoch", "iterations", "train_loss", "test_loss", "train_acc", "test_acc", "lr", "batch_loss_mean")


def write_csv(record: TrainRecord, file, run: int = 0) -> None:
    """One row per epoch. train_/test_ loss and accuracy are measured after the epoch on the whole set in eval
    mode (Dropout off, BatchNorm on its running statistics); batch_loss_mean is the mean of the losses of the
    epoch's batches as they were trained (in train mode, the weights moving between them)."""
    writer = csv.writer(file, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    h, per_epoch = record.runs[run], record.batches_per_epoch
    for e in range(len(h.train_loss)):
        batch_mean = float(np.mean(h.iteration_loss[e * per_epoch:(e + 1) * per_epoch]))
        writer.writerow([e + 1, (e + 1) * per_epoch] + [repr(float(v[e])) for v in (
            h.train_loss, h.test_loss, h.train_acc, h.test_acc, h.lr)] + [repr(batch_mean)])
