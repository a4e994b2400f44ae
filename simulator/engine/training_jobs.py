"""The training lab's jobs: the panel's session lives in its workspace in the compute process, and these
start it, train it on, change its hyperparameters between two steps, show it at an earlier iteration (the
time cursor), set a weight by hand, fork it, and look at it with the learning-rate range test and the loss
landscape."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

import numpy as np

from . import forks, landscape, lr_finder
from .picture import NetPicture, picture
from .snapshots import Replica
from .specs import SpecError
from .training import Session, Setup, boundary

# what makes a run start again from iteration 0 rather than change between two steps (shown to the user)
RESTART_REASONS = ("data", "training set", "batch size", "epochs", "seed", "number of runs", "layers",
                   "activation", "BatchNorm", "Dropout on or off", "optimizer", "scheduler")


def restart_reasons(old: Setup, setup: Setup) -> tuple[str, ...]:
    """What in ``setup`` differs from the run's ``old`` one beyond what can change between two steps
    (optimizer hyperparameters of the same optimizer, weight decay, a Dropout p that is already there);
    empty when the run can go on with ``setup``."""
    new_data, old_data = setup.data, old.data
    same_data = new_data is old_data or (new_data.name == old_data.name and np.array_equal(new_data.x, old_data.x)
                                         and np.array_equal(new_data.y, old_data.y))
    changed = {"data": not same_data, "training set": (setup.train_size, setup.test_fraction) !=
               (old.train_size, old.test_fraction), "batch size": setup.batch_size != old.batch_size,
               "epochs": setup.epochs != old.epochs, "seed": setup.seed != old.seed,
               "number of runs": len(setup.runs) != len(old.runs)}
    pairs = list(zip(setup.runs, old.runs, strict=True)) if not changed["number of runs"] else []
    for reason, differs in (
            ("layers", lambda a, b: a.model.layers != b.model.layers),
            ("activation", lambda a, b: a.model.activation != b.model.activation),
            ("BatchNorm", lambda a, b: a.model.batchnorm != b.model.batchnorm),
            ("Dropout on or off", lambda a, b: (a.model.dropout > 0) != (b.model.dropout > 0)),
            ("optimizer", lambda a, b: a.optimizer.entry.torch_name != b.optimizer.entry.torch_name),
            ("scheduler", lambda a, b: a.scheduler != b.scheduler)):
        changed[reason] = any(differs(a, b) for a, b in pairs)
    return tuple(reason for reason in RESTART_REASONS if changed[reason])


def can_apply(old: Setup, setup: Setup) -> bool:
    return not restart_reasons(old, setup)


def start_job(workspace: dict, setup: Setup, run: int):
    """Job: a new session (the last one is dropped), shown before its first step."""
    workspace.pop("session", None)
    workspace.pop("replicas", None)
    session = workspace["session"] = Session(setup, run)
    yield session.record()


def advance_job(workspace: dict, steps: int | None = None, until: int | None = None, epoch_end: bool = False):
    """Job: train ``steps`` more iterations, up to iteration ``until``, or to the end of the current epoch;
    counted here, from where the model really is."""
    session = _session(workspace)
    if epoch_end:
        per_epoch = session.plan.batches_per_epoch
        steps = per_epoch - session.iteration % per_epoch
    yield from session.advance(until if until is not None else session.iteration + steps)


def apply_job(workspace: dict, setup: Setup):
    """Job: new hyperparameters for the session in progress (see ``can_apply``)."""
    yield from _session(workspace).apply(setup)


def _session(workspace: dict) -> Session:
    if "session" not in workspace:
        raise SpecError("no training run to continue: press reset")
    return workspace["session"]


@dataclass(frozen=True)
class TrainView:
    """The session's networks as they were after ``iteration`` steps (the time cursor)."""

    run: int
    iteration: int
    boundary: tuple[np.ndarray, ...]  # per racer, as TrainRecord.boundary
    pictures: tuple[NetPicture, ...]  # per racer, as TrainRecord.pictures


def view_job(workspace: dict, iteration: int):
    """Job: the racers after ``iteration`` steps, rebuilt from the nearest snapshot (the live networks at the
    session's own iteration; before a fork, the run it grew from, for both futures)."""
    session = _session(workspace)
    if iteration >= session.iteration:
        models, iteration = session.models, session.iteration
    else:
        origin, racer = session, None
        while iteration < origin.forked_at:
            origin, racer = origin.parent
        models = _replica(workspace, origin, iteration).models
        if racer is not None:
            models = [models[racer]] * len(session.models)
    yield TrainView(session.run, iteration, tuple(boundary(m, session.grid_points) for m in models),
                    tuple(picture(m, session.map_points, session.grid) for m in models))


MAX_FORK_DEPTH = 3  # each fork keeps the runs it grew from (their snapshots) for the time cursor


def fork_job(workspace: dict, iteration: int, racer: int, setting: str, text: str, run: int):
    """Job: two futures of ``racer`` from ``iteration`` (see forks.py); the fork becomes the session."""
    session = _session(workspace)
    if not 0 <= racer < len(session.models):
        raise SpecError(f"no run {racer + 1}")
    depth, origin = 0, session
    while origin.parent is not None:
        depth, origin = depth + 1, origin.parent[0]
    if depth >= MAX_FORK_DEPTH:
        raise SpecError(f"at most {MAX_FORK_DEPTH} forks of forks: reset to start again")
    iteration = min(iteration, session.iteration)
    changed = forks.fork_spec(session.setup.runs[racer], setting, text, iteration)
    new = forks.fork(session, _replica(workspace, session, iteration), iteration, racer, changed, run)
    workspace["session"] = new
    yield new.record()


def _replica(workspace: dict, session: Session, iteration: int) -> Replica:
    """The workspace's replica of ``session`` (made once), put back to ``iteration``."""
    replicas = workspace.setdefault("replicas", {})
    replica = replicas.get(id(session))
    if replica is None or replica.session is not session:
        replica = replicas[id(session)] = Replica(session)
    replica.goto(iteration)
    return replica


MAX_EDIT = 1_000.0  # |value| a typed weight or bias may take


def edit_job(workspace: dict, racer: int, name: str, value: float):
    """Job: one weight (W2[3,1]), bias (b2[3]) or BatchNorm scale or shift (γ1[3], β1[3]) of a racer set by
    hand, from the next step on."""
    import torch

    session = _session(workspace)
    if not (0 <= racer < len(session.models)):
        raise SpecError(f"no run {racer + 1}")
    if not (math.isfinite(value) and abs(value) <= MAX_EDIT):
        raise SpecError(f"{name}: a number from -{MAX_EDIT:g} to {MAX_EDIT:g}")
    found = re.fullmatch(r"([Wbγβ])(\d+)\[(\d+)(?:,(\d+))?\]", name)
    kind = found[1] if found and (found[4] is None) == (found[1] != "W") else None
    modules = session.models[racer]
    layers = [m for m in modules if isinstance(m, torch.nn.BatchNorm1d if kind in ("γ", "β") else torch.nn.Linear)]
    layer = int(found[2]) if kind else 0
    if not 1 <= layer <= len(layers):
        raise SpecError(f"{name}: not a parameter of this network")
    tensor = layers[layer - 1].weight if kind in ("W", "γ") else layers[layer - 1].bias
    index = tuple(int(v) for v in found.groups()[2:] if v is not None)
    if any(not 0 <= k < n for k, n in zip(index, tensor.shape, strict=True)):
        raise SpecError(f"{name}: not a parameter of this network")
    with torch.no_grad():
        tensor[index] = value
    session.snapshots.capture(session)  # a replay from before this point takes the new value from here
    session.boundaries = session._boundaries()
    yield session.record()


@dataclass(frozen=True)
class RangeTestRecord:
    run: int
    iteration: int
    racer: int
    test: lr_finder.RangeTest


def range_test_job(workspace: dict, racer: int, start: float, end: float, iterations: int):
    """Job: the learning-rate range test on a racer from its weights now (lr_finder.py); the racer is left
    exactly as it was. Its one record: (the session's run, iteration, racer, the RangeTest)."""
    session = _session(workspace)
    if not 0 <= racer < len(session.models):
        raise SpecError(f"no run {racer + 1}")
    for test in lr_finder.steps(session, racer, start, end, iterations):
        yield None if test is None else RangeTestRecord(session.run, session.iteration, racer, test)


def landscape_job(workspace: dict, racer: int, kind: str, grid: int, span: float, test: bool):
    """Job: the loss landscape around a racer's weights now (landscape.py): a coarse pass, then the grid."""
    session = _session(workspace)
    if not 0 <= racer < len(session.models):
        raise SpecError(f"no run {racer + 1}")
    yield from landscape.steps(session, racer, kind, grid, span, test)
