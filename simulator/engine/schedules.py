"""Learning-rate schedules: the real ``torch.optim.lr_scheduler`` classes turned into curves.

The catalog below is plain data (importing this module does not import torch); torch is imported
inside the functions that compute, which run in the compute process.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence

import numpy as np

from .records import ScheduleCurve, ScheduleCurves
from .said import said
from .specs import BOOL, CHOICE, FLOAT, INT, INTS, Catalog, Entry, Param, Spec, SpecError

MAX_EPOCHS = 100_000

SCHEDULERS = Catalog(
    said("scheduler"),
    [
        Entry(
            "StepLR", "StepLR",
            (
                Param("step_size", INT, low=1, help="epochs between two decays"),
                Param("gamma", FLOAT, 0.1, low=0.0, help="factor applied at each decay"),
            ),
            aliases=("step",),
            example="StepLR(step_size=50, gamma=0.5)",
            rule="lr = lr0 · gamma^⌊epoch / step_size⌋",
            style="drops by the same factor at equal intervals",
            use="a simple, predictable default for long runs; easy to reason about",
        ),
        Entry(
            "MultiStepLR", "MultiStepLR",
            (
                Param("milestones", INTS, low=0, help="epochs at which the lr is multiplied by gamma"),
                Param("gamma", FLOAT, 0.1, low=0.0, help="factor applied at each milestone"),
            ),
            aliases=("multistep", "multi_step"),
            example="MultiStepLR(milestones=[50, 125, 160], gamma=0.5)",
            rule="lr = lr0 · gamma^(number of milestones ≤ epoch)",
            style="drops by a factor at epochs you choose",
            use="when you know from experience where training plateaus",
        ),
        Entry(
            "ExponentialLR", "ExponentialLR",
            (Param("gamma", FLOAT, low=0.0, help="factor applied every epoch"),),
            aliases=("exponential", "exp", "expLR"),
            example="ExponentialLR(gamma=0.95)",
            rule="lr = lr0 · gamma^epoch",
            style="shrinks smoothly by the same factor every epoch",
            use="smooth, steady decay; gamma close to 1 keeps it gentle",
        ),
        Entry(
            "CosineAnnealingLR", "CosineAnnealingLR",
            (
                Param("T_max", INT, low=1, context="epochs", help="epochs of one half cosine; default: all epochs"),
                Param("eta_min", FLOAT, 0.0, low=0.0, help="lowest lr"),
            ),
            aliases=("cosine", "cos", "cosineannealing"),
            example="CosineAnnealingLR()",
            rule="lr = eta_min + (lr0 − eta_min) · (1 + cos(π · epoch / T_max)) / 2",
            style="follows half a cosine from lr0 down to eta_min",
            use="a popular default for fixed-length training; no steps to tune",
        ),
        Entry(
            "CosineAnnealingWarmRestarts", "CosineAnnealingWarmRestarts",
            (
                Param("T_0", INT, low=1, help="epochs until the first restart"),
                Param("T_mult", INT, 1, low=1, help="each period is T_mult times longer than the last"),
                Param("eta_min", FLOAT, 0.0, low=0.0, help="lowest lr"),
            ),
            aliases=("warmrestarts", "sgdr", "cosinewarmrestarts"),
            example="CosineAnnealingWarmRestarts(T_0=40, T_mult=2)",
            rule="cosine from lr0 to eta_min over T_i epochs, then jump back to lr0 (T_i+1 = T_mult · T_i)",
            style="repeated cosine decays with restarts",
            use="escaping poor regions by periodically raising the lr again",
        ),
        Entry(
            "LinearLR", "LinearLR",
            (
                Param("start_factor", FLOAT, 1 / 3, low=0.0, high=1.0, help="multiplier at the first epoch"),
                Param("end_factor", FLOAT, 1.0, low=0.0, high=1.0, help="multiplier after total_iters"),
                Param("total_iters", INT, 5, low=0, help="epochs to go from start to end factor"),
            ),
            aliases=("linear", "warmup"),
            example="LinearLR(start_factor=0.1, total_iters=20)",
            rule="lr = lr0 · factor, factor moving linearly from start_factor to end_factor",
            style="a straight ramp, then constant",
            use="warm-up at the start of training (start_factor < 1)",
        ),
        Entry(
            "OneCycleLR", "OneCycleLR",
            (
                Param("max_lr", FLOAT, low=0.0, context="lr", help="peak lr; default: the initial lr"),
                Param("total_steps", INT, low=1, context="epochs", help="length of the cycle; default: all epochs"),
                Param("pct_start", FLOAT, 0.3, low=0.0, high=1.0, help="fraction of the cycle spent rising"),
                Param("anneal_strategy", CHOICE, "cos", choices=("cos", "linear"), help="shape of the ramps"),
                Param("div_factor", FLOAT, 25.0, low=1e-12, help="start lr = max_lr / div_factor"),
                Param("final_div_factor", FLOAT, 1e4, low=1e-12, help="final lr = start lr / final_div_factor"),
                Param("three_phase", BOOL, False, help="add a third, steeper annealing phase"),
            ),
            aliases=("onecycle", "1cycle"),
            example="OneCycleLR()",
            rule="rise from max_lr/div_factor to max_lr, then anneal far below the start (ignores lr0)",
            style="one warm-up then one long decay",
            use="fast training with a known number of steps (super-convergence)",
        ),
        Entry(
            "PolynomialLR", "PolynomialLR",
            (
                Param("total_iters", INT, 5, low=1, help="epochs until the lr reaches 0"),
                Param("power", FLOAT, 1.0, low=0.0, help="1 = linear, 2 = quadratic decay"),
            ),
            aliases=("poly", "polynomial"),
            example="PolynomialLR(total_iters=150, power=2.0)",
            rule="lr = lr0 · (1 − epoch / total_iters)^power, then 0",
            style="a polynomial fall to zero",
            use="decay that must reach exactly zero at a known epoch",
        ),
        Entry(
            "ConstantLR", "ConstantLR",
            (
                Param("factor", FLOAT, 1 / 3, low=0.0, high=1.0, help="multiplier during the first total_iters"),
                Param("total_iters", INT, 5, low=0, help="epochs the factor applies"),
            ),
            aliases=("constant",),
            example="ConstantLR(factor=0.5, total_iters=20)",
            rule="lr = lr0 · factor for epoch < total_iters, then lr0",
            style="one low plateau, then the full lr",
            use="a crude warm-up",
        ),
        Entry(
            "CyclicLR", "CyclicLR",
            (
                Param("base_lr", FLOAT, low=0.0, help="lowest lr of a cycle"),
                Param("max_lr", FLOAT, low=0.0, help="highest lr of a cycle"),
                Param("step_size_up", INT, 2000, low=1, help="epochs going up"),
                Param("step_size_down", INT, low=1, default=None, help="epochs going down (default: as up)"),
                Param("mode", CHOICE, "triangular", choices=("triangular", "triangular2", "exp_range")),
                Param("gamma", FLOAT, 1.0, low=0.0, help="decay per step in exp_range mode"),
            ),
            aliases=("cyclic", "clr"),
            example="CyclicLR(base_lr=0.01, max_lr=0.1, step_size_up=25)",
            rule="triangle wave between base_lr and max_lr (ignores lr0)",
            style="goes up and down periodically",
            use="exploring a range of lrs without tuning a decay",
        ),
    ],
    prefixes=("torch.optim.lr_scheduler", "optim.lr_scheduler", "lr_scheduler"),
    skip_first=("optimizer", "opt"),
)

# The tutorial's three setups (sections 4.2-4.4): initial lr 0.1 for 200 epochs.
TUTORIAL_LR = 0.1
TUTORIAL_EPOCHS = 200
TUTORIAL_SPECS = (
    "StepLR(step_size=50, gamma=0.5)",
    "MultiStepLR(milestones=[50, 125, 160], gamma=0.5)",
    "ExponentialLR(gamma=0.95)",
)


def check_run(lr: float, epochs: int) -> None:
    """The two numbers every schedule shares; raises SpecError with a readable message."""
    if not (isinstance(lr, (int, float)) and math.isfinite(lr) and lr > 0):
        raise SpecError(f"initial lr must be a positive number, got {lr}")
    if not (isinstance(epochs, int) and 1 <= epochs <= MAX_EPOCHS):
        raise SpecError(f"epochs must be a whole number from 1 to {MAX_EPOCHS}, got {epochs}")


def build(spec: Spec, optimizer, epochs: int):
    """The torch scheduler for ``spec``; values torch rejects become a SpecError naming the spec."""
    import torch

    cls = getattr(torch.optim.lr_scheduler, spec.entry.torch_name)
    kwargs = spec.resolved(epochs=epochs, lr=optimizer.param_groups[0]["lr"])
    kwargs = {k: v for k, v in kwargs.items() if v is not None}
    try:
        return cls(optimizer, **kwargs)
    except (ValueError, TypeError, ZeroDivisionError) as e:
        raise SpecError(said("{name}: torch rejected these values: {reason}", name=spec.name, reason=str(e))) from None


def iter_lr(spec: Spec, lr: float, epochs: int) -> Iterator[float]:
    """The lr in force during each epoch, as ``get_last_lr()`` reports it before that epoch's step.

    The optimizer is the tutorial's SGD with momentum 0.9 on one parameter. Its steps never change
    the lr, so it steps once, only so torch sees the order it expects (optimizer, then scheduler):
    a gradient-free ``optimizer.step()`` on every epoch starves the GUI thread of the GIL for up to
    0.1 s at a time (benchmarks/responsiveness.py).
    """
    import torch

    check_run(lr, epochs)
    param = torch.zeros(1, requires_grad=True)
    optimizer = torch.optim.SGD([param], lr=lr, momentum=0.9)
    scheduler = build(spec, optimizer, epochs)
    optimizer.step()
    for epoch in range(epochs):
        yield float(scheduler.get_last_lr()[0])
        if epoch + 1 < epochs:  # OneCycleLR refuses to step past its last epoch
            try:
                scheduler.step()
            except (ValueError, ZeroDivisionError) as e:
                raise SpecError(f"{spec.name}: torch stopped at epoch {epoch + 1}: {e}") from None


def lr_curve(spec: Spec, lr: float, epochs: int) -> np.ndarray:
    return np.fromiter(iter_lr(spec, lr, epochs), dtype=np.float64, count=epochs)


def curves_job(rows: Sequence[tuple[object, Spec]], lr: float, epochs: int, chunk: int = 2000):
    """Compute every row's curve; yield a snapshot after each chunk of epochs so the job can be
    stopped and the GUI can show progress. A row whose values torch rejects gets an error instead."""
    check_run(lr, epochs)
    done: list[ScheduleCurve] = []
    for key, spec in rows:
        values = np.full(epochs, np.nan)
        try:
            for epoch, value in enumerate(iter_lr(spec, lr, epochs)):
                values[epoch] = value
                if (epoch + 1) % chunk == 0:
                    partial = ScheduleCurve(key, spec.text, values.copy(), None)
                    yield ScheduleCurves((*done, partial), lr, epochs, complete=False)
            done.append(ScheduleCurve(key, spec.text, values, None))
        except SpecError as e:
            done.append(ScheduleCurve(key, spec.text, None, e.said()))  # (said: the window translates it)
        yield ScheduleCurves(tuple(done), lr, epochs, complete=len(done) == len(rows))


def write_csv(result: ScheduleCurves, file) -> None:
    """One row per schedule per epoch: ``label,epoch,lr`` with lr at full precision (repr)."""
    import csv

    writer = csv.writer(file, lineterminator="\n")
    writer.writerow(["label", "epoch", "lr"])
    for curve in result.curves:
        if curve.lrs is not None:
            for epoch, lr in enumerate(curve.lrs):
                writer.writerow([curve.label, epoch, repr(float(lr))])
