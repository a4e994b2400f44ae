"""The training lab's time cursor: snapshots of a run at bounded memory, and a replica that puts the run's
networks back to any iteration.

Every ``interval``-th iteration (from 0) the state of every racer is kept: weights and BatchNorm buffers,
optimizer and scheduler state, Dropout generator and p. At most ``MAX_COUNT`` snapshots (or the run's
``recorded`` iterations, if fewer), and no more than fit in ``BUDGET`` bytes. Iteration k is rebuilt
exactly from the last snapshot at or before it by training the same steps again (same batches, same Dropout
masks): at most ``interval`` − 1 steps.
"""

from __future__ import annotations

import copy
import math
from dataclasses import dataclass

BUDGET = 64 * 2**20  # bytes for one run's snapshots (all racers)
MAX_COUNT = 250
STATE_FACTOR = 4  # parameter-sized tensors per parameter at most: the weight and up to three optimizer buffers


@dataclass(frozen=True)
class Snapshot:
    iteration: int
    racers: tuple[dict, ...]  # per racer: model, optimizer, scheduler (state dicts), rng, dropout


def snapshot_bytes(models) -> int:
    """An upper bound of one snapshot's size."""
    params = sum(p.numel() * p.element_size() for m in models for p in m.parameters())
    buffers = sum(b.numel() * b.element_size() for m in models for b in m.buffers())
    return STATE_FACTOR * params + buffers


class Snapshots:
    def __init__(self, models, iterations: int, recorded: int, budget: int = BUDGET):
        size = snapshot_bytes(models)
        # snapshots at iterations 0, interval, 2·interval, …: ~0.15 ms each for a small network, so not more
        # often than every iterations / MAX_COUNT steps
        count = max(1, min(recorded, MAX_COUNT, budget // size))
        self.interval = max(1, math.ceil(iterations / count))
        self.bytes_each = size
        self.items: list[Snapshot] = []

    def capture(self, session) -> None:
        """The session's state now (replacing a snapshot of the same iteration, e.g. after an apply)."""
        import torch

        racers = tuple({
            "model": {k: v.clone() for k, v in model.state_dict().items()},
            "optimizer": copied_optimizer_state(opt.state_dict()),
            "scheduler": None if sched is None else copy.deepcopy(sched.state_dict()),
            "rng": rng,  # a fresh tensor after every use (get_rng_state)
            "dropout": [m.p for m in model if isinstance(m, torch.nn.Dropout)],
        } for model, opt, sched, rng in zip(session.models, session.optimizers, session.schedulers, session._rngs,
                                            strict=True))
        snap = Snapshot(session.iteration, racers)
        if self.items and self.items[-1].iteration == snap.iteration:
            self.items[-1] = snap
        else:
            self.items.append(snap)

    def at_or_before(self, iteration: int) -> Snapshot:
        return next(s for s in reversed(self.items) if s.iteration <= iteration)

    @property
    def memory(self) -> int:
        return self.bytes_each * len(self.items)


class Replica:
    """A copy of a session's networks and optimizers, put back to any iteration the session has passed."""

    def __init__(self, session):
        from .training import build_racer

        # built anew, not deep-copied: a scheduler wraps its optimizer's step, and a copy would step the original
        self.session = session
        racers = [build_racer(run, session.setup) for run in session.setup.runs]
        self.models, self.optimizers, self.schedulers = (list(column) for column in zip(*racers, strict=True))
        self.rngs = [None] * len(self.models)
        self.iteration: int | None = None
        self._snapshot: Snapshot | None = None

    def goto(self, iteration: int) -> None:
        """The racers' state after ``iteration`` steps (at most the session's own iteration)."""
        from .training import train_step

        session = self.session
        iteration = min(iteration, session.iteration)
        snap = session.snapshots.at_or_before(iteration)
        if self.iteration is None or snap is not self._snapshot or self.iteration > iteration:
            self._load(snap)
        plain = lambda model, x, _k: model(x)  # noqa: E731 (no statistics in a replay)
        per_epoch = session.plan.batches_per_epoch
        while self.iteration < iteration:
            xb, yb = session.batches.batch(self.iteration)
            for r, (model, opt) in enumerate(zip(self.models, self.optimizers, strict=True)):
                _, self.rngs[r] = train_step(model, opt, session.loss_fn, xb, yb, self.rngs[r], plain, self.iteration)
                opt.step()
            self.iteration += 1
            if self.iteration % per_epoch == 0:
                for sched in self.schedulers:
                    if sched is not None:
                        sched.step()

    def _load(self, snap: Snapshot) -> None:
        import torch

        for racer, model, opt, sched in zip(snap.racers, self.models, self.optimizers, self.schedulers, strict=True):
            model.load_state_dict(racer["model"])
            opt.load_state_dict(copied_optimizer_state(racer["optimizer"]))  # (it would share the snapshot's tensors)
            if sched is not None:
                sched.load_state_dict(racer["scheduler"])
            for module, p in zip((m for m in model if isinstance(m, torch.nn.Dropout)), racer["dropout"], strict=True):
                module.p = p
        self.rngs = [racer["rng"] for racer in snap.racers]
        self.iteration, self._snapshot = snap.iteration, snap


def copied_optimizer_state(state: dict) -> dict:
    """An optimizer's state dict with its tensors cloned (what deepcopy gives, several times faster)."""
    import torch

    def value(v):
        return v.clone() if isinstance(v, torch.Tensor) else v

    return {"state": {i: {k: value(v) for k, v in s.items()} for i, s in state["state"].items()},
            "param_groups": [{**g, "params": list(g["params"])} for g in state["param_groups"]]}
