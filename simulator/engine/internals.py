"""One optimizer step explained: the update equations of torch's algorithms with the numbers of that
step substituted, computed from the state torch stored (``optimizer.state``) before and after it.

The predicted update is compared by the tests (and shown in the panel) against the update torch
actually made, so the equations on screen are checked against torch, not against themselves.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .race import RaceRecord


@dataclass(frozen=True)
class Line:
    name: str  # e.g. "m" or "Δw"
    formula: str  # symbols only
    substituted: str  # the same with this step's numbers
    value: np.ndarray


@dataclass(frozen=True)
class Explanation:
    optimizer: str
    step: int  # the update from this step to the next
    lines: tuple[Line, ...]
    predicted: np.ndarray  # Δw from the equations
    actual: np.ndarray  # Δw torch made (next position − position)
    effective_lr: np.ndarray  # per-parameter step size multiplying the (averaged) gradient

    @property
    def difference(self) -> float:
        return float(np.max(np.abs(self.predicted - self.actual)))

    def agrees(self, position: np.ndarray) -> bool:
        """Whether w + predicted lands on torch's next w within float32 rounding (a few ulps of w)."""
        scale = np.maximum(np.abs(position), np.abs(position + self.actual)).astype(np.float32)
        return bool(np.all(np.abs(self.predicted - self.actual) <= 4 * np.spacing(scale)))


def fmt(v) -> str:
    v = np.atleast_1d(np.asarray(v, dtype=np.float64))
    parts = [f"{x:.6g}" for x in v]
    return parts[0] if len(parts) == 1 else "(" + ", ".join(parts) + ")"


def explain(record: RaceRecord, racer: int, step: int) -> Explanation:
    """The update racer ``racer`` made from ``step`` to ``step + 1`` (needs a single-point race)."""
    if record.state is None or step >= record.steps_done:
        raise ValueError("no single-point update recorded at this step")
    hyper = record.hyper[racer]
    w = record.positions[step, racer, 0].astype(np.float64)
    actual = record.positions[step + 1, racer, 0].astype(np.float64) - w
    g = record.grad[step, racer, 0].astype(np.float64)
    lr = float(record.lr[step, racer])
    state = record.state[racer]

    def at(name, row):  # tensors are stored as (rows, points, dims), the step counter as (rows,)
        value = state[name][row] if name in state else np.nan
        return value[0] if np.ndim(value) else value

    def before(name, default=0.0):  # absent (NaN) before torch creates the state on the first step
        value = at(name, step)
        return np.where(np.isnan(value), default, value) if np.ndim(value) else (default if np.isnan(value) else value)

    def after(name):
        return at(name, step + 1)

    name = record.racers[racer].optimizer.entry.torch_name
    lines = [Line("g", "g = ∂L/∂w (autograd)", f"at w = {fmt(w)}: g = {fmt(g)}", g)]
    wd = hyper.get("weight_decay", 0.0)
    if wd and name != "AdamW":
        g = g + wd * w
        lines.append(Line("g", "g ← g + λ·w", f"+ {wd:g}·{fmt(w)} = {fmt(g)}", g))
    build = {"SGD": _sgd, "Adagrad": _adagrad, "RMSprop": _rmsprop, "Adam": _adam, "AdamW": _adam}[name]
    predicted, effective = build(lines, hyper, g, w, lr, before, after)
    if wd and name == "AdamW":  # decoupled: w shrinks by lr·λ·w before the Adam step
        decay = -lr * wd * w
        lines.insert(-1, Line("Δw", "Δw ← Δw − lr·λ·w", f"{fmt(predicted)} − {lr:g}·{wd:g}·{fmt(w)}",
                              predicted + decay))
        predicted = predicted + decay
    lines.append(Line("w", "w ← w + Δw", f"{fmt(w)} + {fmt(predicted)} = {fmt(w + predicted)}", w + predicted))
    return Explanation(record.racers[racer].label, step, tuple(lines), predicted, actual, effective)


def _sgd(lines, hyper, g, w, lr, before, after):
    mu, damp = hyper["momentum"], hyper["dampening"]
    if not mu:
        update = -lr * g
        lines.append(Line("Δw", "Δw = −lr·g", f"−{lr:g}·{fmt(g)} = {fmt(update)}", update))
        return update, np.full_like(g, lr)
    first = np.all(np.isnan(np.atleast_1d(before("momentum_buffer", np.nan))))
    if first:
        b = g
        lines.append(Line("b", "b = g (first step)", f"b = {fmt(b)}", b))
    else:
        prev = before("momentum_buffer")
        b = mu * prev + (1 - damp) * g
        lines.append(Line("b", "b ← μ·b + (1 − dampening)·g",
                          f"{mu:g}·{fmt(prev)} + {1 - damp:g}·{fmt(g)} = {fmt(b)}", b))
    if hyper["nesterov"]:
        d = g + mu * b
        lines.append(Line("d", "d = g + μ·b (Nesterov)", f"{fmt(g)} + {mu:g}·{fmt(b)} = {fmt(d)}", d))
    else:
        d = b
    update = -lr * d
    lines.append(Line("Δw", "Δw = −lr·" + ("d" if hyper["nesterov"] else "b"), f"−{lr:g}·{fmt(d)} = {fmt(update)}",
                      update))
    return update, np.full_like(g, lr)


def _adagrad(lines, hyper, g, w, lr, before, after):
    t = float(after("step"))
    clr = lr / (1 + (t - 1) * hyper["lr_decay"])
    prev = before("sum")
    s = prev + g * g
    eps = hyper["eps"]
    lines.append(Line("s", "s ← s + g²", f"{fmt(prev)} + {fmt(g)}² = {fmt(s)}", s))
    effective = clr / (np.sqrt(s) + eps)
    lines.append(Line("η", "η = lr / (√s + ε)", f"{clr:g} / (√{fmt(s)} + {eps:g}) = {fmt(effective)}", effective))
    update = -effective * g
    lines.append(Line("Δw", "Δw = −η·g", f"−{fmt(effective)}·{fmt(g)} = {fmt(update)}", update))
    return update, effective


def _rmsprop(lines, hyper, g, w, lr, before, after):
    alpha, eps, mu = hyper["alpha"], hyper["eps"], hyper["momentum"]
    prev = before("square_avg")
    v = alpha * prev + (1 - alpha) * g * g
    lines.append(Line("s", "s ← α·s + (1 − α)·g²", f"{alpha:g}·{fmt(prev)} + {1 - alpha:g}·{fmt(g)}² = {fmt(v)}", v))
    if hyper["centered"]:
        gprev = before("grad_avg")
        gbar = alpha * gprev + (1 - alpha) * g
        lines.append(Line("ḡ", "ḡ ← α·ḡ + (1 − α)·g", f"= {fmt(gbar)}", gbar))
        denom = np.sqrt(v - gbar * gbar) + eps
    else:
        denom = np.sqrt(v) + eps
    effective = lr / denom
    lines.append(Line("η", "η = lr / (√s + ε)", f"{lr:g} / (√{fmt(v)} + {eps:g}) = {fmt(effective)}", effective))
    if mu:
        bprev = before("momentum_buffer")
        b = mu * bprev + g / denom
        lines.append(Line("b", "b ← μ·b + g / (√s + ε)", f"= {fmt(b)}", b))
        update = -lr * b
    else:
        update = -effective * g
    lines.append(Line("Δw", "Δw = −η·g" if not mu else "Δw = −lr·b", f"= {fmt(update)}", update))
    return update, effective


def _adam(lines, hyper, g, w, lr, before, after):
    b1, b2 = hyper["betas"]
    eps, t = hyper["eps"], float(after("step"))
    mprev, vprev = before("exp_avg"), before("exp_avg_sq")
    m = b1 * mprev + (1 - b1) * g
    v = b2 * vprev + (1 - b2) * g * g
    lines.append(Line("m", "m ← β1·m + (1 − β1)·g", f"{b1:g}·{fmt(mprev)} + {1 - b1:g}·{fmt(g)} = {fmt(m)}", m))
    lines.append(Line("s", "s ← β2·s + (1 − β2)·g²", f"{b2:g}·{fmt(vprev)} + {1 - b2:g}·{fmt(g)}² = {fmt(v)}", v))
    bc1, bc2 = 1 - b1**t, 1 - b2**t
    m_hat, v_hat = m / bc1, v / bc2
    lines.append(Line("m̂", "m̂ = m / (1 − β1^t)", f"{fmt(m)} / (1 − {b1:g}^{t:g}) = {fmt(m_hat)}", m_hat))
    if hyper.get("amsgrad"):
        vmax = np.maximum(before("max_exp_avg_sq"), v)
        v_hat = vmax / bc2
        lines.append(Line("ŝ", "ŝ = max(s) / (1 − β2^t)", f"= {fmt(v_hat)}", v_hat))
    else:
        lines.append(Line("ŝ", "ŝ = s / (1 − β2^t)", f"{fmt(v)} / (1 − {b2:g}^{t:g}) = {fmt(v_hat)}", v_hat))
    effective = lr / (np.sqrt(v_hat) + eps)
    lines.append(Line("η", "η = lr / (√ŝ + ε)", f"{lr:g} / (√{fmt(v_hat)} + {eps:g}) = {fmt(effective)}", effective))
    update = -effective * m_hat
    lines.append(Line("Δw", "Δw = −η·m̂", f"−{fmt(effective)}·{fmt(m_hat)} = {fmt(update)}", update))
    return update, effective
