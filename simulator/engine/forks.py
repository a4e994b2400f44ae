"""Forks of a training run: from iteration k of one racer, two futures — the racer as it was, and the same
racer with one setting changed — from the same weights, optimizer state, Dropout generator and batch order.

The fork is a new session of two racers whose history up to k is the racer's own; before k the time cursor
shows the parent run (both futures were one run then).
"""

from __future__ import annotations

import math
from dataclasses import replace

from . import optimizers
from .snapshots import Replica, copied_optimizer_state
from .specs import SpecError, format_spec
from .training import RunSpec, Session

SETTINGS = ("learning rate", "optimizer", "Dropout p", "weight decay")  # what a fork may change


def fork_spec(base: RunSpec, setting: str, text: str, at: int) -> RunSpec:
    """``base`` with ``setting`` set from the typed ``text``, labelled with what changed and where (in
    symbols, the same in every language: "lr=0.1 @120")."""
    text = text.strip()
    if setting == "optimizer":
        spec = optimizers.OPTIMIZERS.parse(text)
        return replace(base, label=f"{spec.text} @{at}", optimizer=spec)
    try:
        value = float(text)
    except ValueError:
        raise SpecError(f"{setting}: a number, e.g. 0.01") from None
    if setting == "learning rate":
        spec = optimizers.OPTIMIZERS.parse(format_spec(base.optimizer.entry.name,
                                                       {**dict(base.optimizer.args), "lr": value}.items()))
        return replace(base, label=f"lr={value:g} @{at}", optimizer=spec)
    if setting == "Dropout p":
        if base.model.dropout <= 0 or not 0 < value <= 0.9:
            raise SpecError("Dropout p: from above 0 to 0.9, in a run that has Dropout (it adds no layers)")
        return replace(base, label=f"Dropout p={value:g} @{at}", model=replace(base.model, dropout=value))
    if setting == "weight decay":
        if not (math.isfinite(value) and 0 <= value <= 10):
            raise SpecError("weight decay must be from 0 to 10")
        return replace(base, label=f"weight_decay={value:g} @{at}", weight_decay=value)
    raise SpecError(f"a fork changes one of: {', '.join(SETTINGS)}")


def fork(session: Session, replica: Replica, iteration: int, racer: int, changed: RunSpec, run: int) -> Session:
    """The new session of two racers, at ``iteration``."""
    import torch

    iteration = min(iteration, session.iteration)
    base = session.setup.runs[racer]
    replica.goto(iteration)
    new = Session(replace(session.setup, runs=(base, changed)), run)
    for target, spec in enumerate((base, changed)):
        new.models[target].load_state_dict(replica.models[racer].state_dict())
        for module in new.models[target]:
            if isinstance(module, torch.nn.Dropout):
                module.p = spec.model.dropout
        if spec.optimizer.entry.torch_name == base.optimizer.entry.torch_name:  # else: a fresh optimizer
            opt = new.optimizers[target]
            opt.load_state_dict(copied_optimizer_state(replica.optimizers[racer].state_dict()))
            values = {**spec.optimizer.resolved(), "weight_decay": spec.weight_decay}
            for group in opt.param_groups:
                group.update({k: v for k, v in values.items() if k in group})
        if new.schedulers[target] is not None:
            new.schedulers[target].load_state_dict(replica.schedulers[racer].state_dict())
        new._rngs[target] = None if replica.rngs[racer] is None else replica.rngs[racer].clone()
    new.iteration = iteration
    _copy_history(session, racer, new, iteration)
    new.parent = (session, racer)  # what the time cursor shows before the fork
    new.forked_at = iteration
    new.snapshots.items.clear()
    new.snapshots.capture(new)
    new.boundaries = new._boundaries()
    return new


def _copy_history(session: Session, racer: int, new: Session, iteration: int) -> None:
    session.record()  # (writes the pending per-iteration values)
    epochs = iteration // session.plan.batches_per_epoch
    for target in range(2):
        for key, rows in session.epoch_rows.items():
            new.epoch_rows[key][target, :epochs] = rows[racer, :epochs]
        new.iteration_loss[target, :iteration] = session.iteration_loss[racer, :iteration]
        new.grad_norm[target, :iteration] = session.grad_norm[racer, :iteration]
        old, rec = session.recorders[racer], new.recorders[target]
        rows = int((old.iterations[:old.done] < iteration).sum())
        for name in ("mean", "std", "dead", "hist"):
            getattr(rec, name)[:rows] = getattr(old, name)[:rows]
        rec.grad_norm[:iteration] = old.grad_norm[:iteration]
        rec.done = rows
    new._pending_from = iteration
