"""Optimizers users may name, in PyTorch's own syntax: ``Adam(lr=0.01, betas=(0.9, 0.99))``.

Plain data plus :func:`build`; torch is imported only when an optimizer is built.
"""

from __future__ import annotations

from . import updates
from .said import said
from .specs import BOOL, FLOAT, FLOATS, Catalog, Entry, Param, Spec, SpecError

_LR = Param("lr", FLOAT, 1e-3, low=0.0, help="learning rate")
_WD = Param("weight_decay", FLOAT, 0.0, low=0.0, help="L2 penalty added to the gradient")
_EPS = Param("eps", FLOAT, 1e-8, above=0.0, help="added to the denominator for stability")
_BETAS = Param("betas", FLOATS, (0.9, 0.999), low=0.0, below=1.0, length=2,
               help="(β1, β2): decay of the gradient average and of the squared-gradient average")


def _sgd_params(momentum: float) -> tuple[Param, ...]:
    return (
        Param("lr", FLOAT, 1e-3, low=0.0, help="learning rate"),
        Param("momentum", FLOAT, momentum, low=0.0, high=1.0, help="weight of the previous update"),
        Param("dampening", FLOAT, 0.0, low=0.0, high=1.0),
        _WD,
        Param("nesterov", BOOL, False, help="look ahead along the momentum"),
    )


OPTIMIZERS = Catalog(
    said("optimizer"),  # (said: the kind is named in messages, in the user's language)
    [
        Entry(
            "SGD", "SGD", _sgd_params(0.0), aliases=("gd", "gradientdescent"),
            rule="w ← w − lr·g",
            style="steps straight down the gradient",
            use="small tasks and models; the baseline", explain=updates.sgd, menu=("SGD(lr=0.01)",),
        ),
        Entry(
            "Momentum", "SGD", _sgd_params(0.9), aliases=("sgdm",), preset=(("momentum", 0.9),),
            rule="v ← μ·v + g;  w ← w − lr·v",
            style="an exponentially weighted average of the gradients",
            use="ravines and noisy gradients; damps zig-zagging", explain=updates.sgd,
            menu=("Momentum(lr=0.01)", "SGD(lr=0.01, momentum=0.9, dampening=0.9)",
                  "SGD(lr=0.01, momentum=0.9, nesterov=True)"),
        ),
        Entry(
            "Adagrad", "Adagrad",
            (Param("lr", FLOAT, 1e-2, low=0.0, help="learning rate"),
             Param("lr_decay", FLOAT, 0.0, low=0.0), _WD,
             Param("initial_accumulator_value", FLOAT, 0.0, low=0.0), Param("eps", FLOAT, 1e-10, above=0.0)),
            aliases=("adagrad",),
            rule="s ← s + g²;  w ← w − lr·g / (√s + ε)",
            style="per-parameter step that only shrinks",
            use="sparse features; the step may shrink too early", explain=updates.adagrad, menu=("Adagrad(lr=0.1)",),
        ),
        Entry(
            "RMSprop", "RMSprop",
            (Param("lr", FLOAT, 1e-2, low=0.0, help="learning rate"),
             Param("alpha", FLOAT, 0.99, low=0.0, high=1.0, help="decay of the squared-gradient average"),
             _EPS, _WD, Param("momentum", FLOAT, 0.0, low=0.0, high=1.0), Param("centered", BOOL, False)),
            aliases=("rmsprop",),
            rule="s ← α·s + (1 − α)·g²;  w ← w − lr·g / (√s + ε)",
            style="per-parameter step from a moving average of g²",
            use="non-stationary problems; fixes AdaGrad's early shrinking", explain=updates.rmsprop,
            menu=("RMSprop(lr=0.01)",),
        ),
        Entry(
            "Adam", "Adam",
            (_LR, _BETAS, _EPS, _WD, Param("amsgrad", BOOL, False)),
            rule="m ← β1·m + (1 − β1)·g;  v ← β2·v + (1 − β2)·g²;  w ← w − lr·m̂ / (√v̂ + ε)",
            style="momentum plus RMSProp, with bias correction",
            use="the usual first choice for deep networks", explain=updates.adam, menu=("Adam(lr=0.01)",),
        ),
        Entry(
            "AdamW", "AdamW",
            (_LR, _BETAS, _EPS, Param("weight_decay", FLOAT, 1e-2, low=0.0, help="decoupled weight decay"),
             Param("amsgrad", BOOL, False)),
            rule="Adam, with weight decay applied to w directly",
            style="Adam with decoupled weight decay",
            use="Adam with regularization", explain=updates.adam, menu=("AdamW(lr=0.01)",),
        ),
        Entry(
            "NAdam", "NAdam",
            (Param("lr", FLOAT, 2e-3, low=0.0, help="learning rate"), _BETAS, _EPS, _WD,
             Param("momentum_decay", FLOAT, 4e-3, low=0.0, help="ψ of the momentum schedule μ_t")),
            rule="Adam with Nesterov momentum: the step looks ahead along m, with μ_t rising towards β1",
            style="Adam that reacts a little earlier to a change of direction",
            use="where Adam works, often a little faster", explain=updates.nadam, menu=("NAdam(lr=0.01)",),
        ),
        Entry(
            "RAdam", "RAdam",
            (_LR, _BETAS, _EPS, _WD),
            rule="Adam whose adaptive step starts only when ρ_t > 5, rectified by r_t; before: w ← w − lr·m̂",
            style="momentum SGD at first, then Adam with a variance correction",
            use="Adam without a warm-up schedule", explain=updates.radam, menu=("RAdam(lr=0.01)",),
        ),
        Entry(
            "Adamax", "Adamax",
            (Param("lr", FLOAT, 2e-3, low=0.0, help="learning rate"), _BETAS, _EPS, _WD),
            rule="m ← β1·m + (1 − β1)·g;  u ← max(β2·u, |g| + ε);  w ← w − lr/(1 − β1^t)·m/u",
            style="Adam with the largest recent |g| in place of √(average g²)",
            use="embeddings and other sparse or spiky gradients", explain=updates.adamax, menu=("Adamax(lr=0.01)",),
        ),
        Entry(
            "Adadelta", "Adadelta",
            (Param("lr", FLOAT, 1.0, low=0.0, help="scales the computed step"),
             Param("rho", FLOAT, 0.9, low=0.0, high=1.0, help="decay of both running averages"),
             Param("eps", FLOAT, 1e-6, above=0.0, help="added inside both square roots"), _WD),
            rule="s ← ρ·s + (1 − ρ)·g²;  Δ = √(a + ε)/√(s + ε)·g;  a ← ρ·a + (1 − ρ)·Δ²;  w ← w − lr·Δ",
            style="step sizes in the units of w, from the recent steps themselves",
            use="when you would rather not pick a learning rate", explain=updates.adadelta,
            menu=("Adadelta(lr=1.0)",),
        ),
    ],
    prefixes=("torch.optim", "optim"),
    skip_first=("params", "parameters", "model.parameters()", "[w]"),
)


def build(spec: Spec, params):
    """The torch optimizer for ``spec`` over ``params``; values torch rejects become a SpecError."""
    import torch

    cls = getattr(torch.optim, spec.entry.torch_name)
    try:
        return cls(params, **spec.resolved())
    except (ValueError, TypeError) as e:
        raise SpecError(said("{name}: torch rejected these values: {reason}", name=spec.name, reason=str(e))) from None
