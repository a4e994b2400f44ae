"""Each torch optimizer's update equations, with one step's numbers substituted (``internals.explain``
calls the one its catalog entry names). A function gets the lines so far, the param group (``hyper``),
the gradient g (weight decay already added where torch adds it), w, the lr, and ``before``/``after``
readers of the optimizer's state around the step; it appends its lines and returns (Δw, the effective
per-parameter step size). Tests compare Δw with the step torch made.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Line:
    name: str  # e.g. "m" or "Δw"
    formula: str  # symbols only
    substituted: str  # the same with this step's numbers
    value: np.ndarray


def fmt(v) -> str:
    """A number (or a point) as the inspector writes it: six digits, one minus sign (−, as in the formulas), a
    lone negative number in parentheses so "−0.01·(−0.134)" reads as a product."""
    v = np.atleast_1d(np.asarray(v, dtype=np.float64))
    parts = [f"{x + 0.0:.6g}".replace("-", "−") for x in v]  # (+ 0.0: no "−0")
    if len(parts) == 1:
        return f"({parts[0]})" if parts[0].startswith("−") else parts[0]
    return "(" + ", ".join(parts) + ")"


def sgd(lines, hyper, g, w, lr, before, after):
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


def adagrad(lines, hyper, g, w, lr, before, after):
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


def rmsprop(lines, hyper, g, w, lr, before, after):
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


def _moments(lines, b1, b2, g, before):
    """Adam's two averages (torch's exp_avg and exp_avg_sq), shared by Adam, AdamW, NAdam and RAdam."""
    mprev, vprev = before("exp_avg"), before("exp_avg_sq")
    m = b1 * mprev + (1 - b1) * g
    v = b2 * vprev + (1 - b2) * g * g
    lines.append(Line("m", "m ← β1·m + (1 − β1)·g", f"{b1:g}·{fmt(mprev)} + {1 - b1:g}·{fmt(g)} = {fmt(m)}", m))
    lines.append(Line("s", "s ← β2·s + (1 − β2)·g²", f"{b2:g}·{fmt(vprev)} + {1 - b2:g}·{fmt(g)}² = {fmt(v)}", v))
    return m, v


def adam(lines, hyper, g, w, lr, before, after):
    b1, b2 = hyper["betas"]
    eps, t = hyper["eps"], float(after("step"))
    m, v = _moments(lines, b1, b2, g, before)
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


def nadam(lines, hyper, g, w, lr, before, after):
    """Adam with Nesterov momentum; μ_t follows torch's momentum-decay schedule."""
    b1, b2 = hyper["betas"]
    eps, psi, t = hyper["eps"], hyper["momentum_decay"], float(after("step"))
    mu = b1 * (1 - 0.5 * 0.96 ** (t * psi))
    mu_next = b1 * (1 - 0.5 * 0.96 ** ((t + 1) * psi))
    product = float(after("mu_product"))  # Π μ up to this step, as torch keeps it
    lines.append(Line("μ", "μ_t = β1·(1 − ½·0.96^(t·ψ))", f"{b1:g}·(1 − ½·0.96^({t:g}·{psi:g})) = {mu:.6g}",
                      np.full_like(g, mu)))
    m, v = _moments(lines, b1, b2, g, before)
    denom = np.sqrt(v / (1 - b2**t)) + eps
    lines.append(Line("d", "d = √(s / (1 − β2^t)) + ε", f"√({fmt(v)} / (1 − {b2:g}^{t:g})) + {eps:g} = {fmt(denom)}",
                      denom))
    c_g, c_m = lr * (1 - mu) / (1 - product), lr * mu_next / (1 - product * mu_next)
    update = -c_g * g / denom - c_m * m / denom
    lines.append(Line("Δw", "Δw = −lr·(1 − μ_t)/(1 − Πμ)·g/d − lr·μ_t+1/(1 − Πμ·μ_t+1)·m/d",
                      f"−{c_g:.6g}·{fmt(g)}/{fmt(denom)} − {c_m:.6g}·{fmt(m)}/{fmt(denom)} = {fmt(update)}", update))
    return update, (c_g + c_m) / denom


def radam(lines, hyper, g, w, lr, before, after):
    """Adam whose adaptive step is switched on (and rectified) once the variance estimate is reliable."""
    b1, b2 = hyper["betas"]
    eps, t = hyper["eps"], float(after("step"))
    m, v = _moments(lines, b1, b2, g, before)
    bc1, bc2 = 1 - b1**t, 1 - b2**t
    m_hat = m / bc1
    lines.append(Line("m̂", "m̂ = m / (1 − β1^t)", f"{fmt(m)} / (1 − {b1:g}^{t:g}) = {fmt(m_hat)}", m_hat))
    rho_inf = 2 / (1 - b2) - 1
    rho = rho_inf - 2 * t * b2**t / bc2
    lines.append(Line("ρ", "ρ_t = ρ∞ − 2t·β2^t / (1 − β2^t)", f"{rho_inf:.6g} − 2·{t:g}·{b2:g}^{t:g} / {bc2:.6g} = "
                      f"{rho:.6g}", np.full_like(g, rho)))
    if rho > 5:
        rect = math.sqrt((rho - 4) * (rho - 2) * rho_inf / ((rho_inf - 4) * (rho_inf - 2) * rho))
        effective = lr * rect * math.sqrt(bc2) / (np.sqrt(v) + eps)
        lines.append(Line("η", "η = lr·r·√(1 − β2^t) / (√s + ε), r = √((ρ−4)(ρ−2)ρ∞ / ((ρ∞−4)(ρ∞−2)ρ))",
                          f"{lr:g}·{rect:.6g}·√{bc2:.6g} / (√{fmt(v)} + {eps:g}) = {fmt(effective)}", effective))
    else:
        effective = np.full_like(g, lr)
        lines.append(Line("η", "η = lr (ρ_t ≤ 5: no adaptive step yet)", f"{lr:g}", effective))
    update = -effective * m_hat
    lines.append(Line("Δw", "Δw = −η·m̂", f"−{fmt(effective)}·{fmt(m_hat)} = {fmt(update)}", update))
    return update, effective


def adamax(lines, hyper, g, w, lr, before, after):
    """Adam with the infinity norm: u follows the largest recent |g| instead of an average of g²."""
    b1, b2 = hyper["betas"]
    eps, t = hyper["eps"], float(after("step"))
    mprev, uprev = before("exp_avg"), before("exp_inf")
    m = b1 * mprev + (1 - b1) * g
    u = np.maximum(b2 * uprev, np.abs(g) + eps)
    lines.append(Line("m", "m ← β1·m + (1 − β1)·g", f"{b1:g}·{fmt(mprev)} + {1 - b1:g}·{fmt(g)} = {fmt(m)}", m))
    lines.append(Line("u", "u ← max(β2·u, |g| + ε)", f"max({b2:g}·{fmt(uprev)}, |{fmt(g)}| + {eps:g}) = {fmt(u)}", u))
    effective = lr / (1 - b1**t) / u
    lines.append(Line("η", "η = lr / (1 − β1^t) / u", f"{lr:g} / (1 − {b1:g}^{t:g}) / {fmt(u)} = {fmt(effective)}",
                      effective))
    update = -effective * m
    lines.append(Line("Δw", "Δw = −η·m", f"−{fmt(effective)}·{fmt(m)} = {fmt(update)}", update))
    return update, effective


def adadelta(lines, hyper, g, w, lr, before, after):
    """The step's size comes from the recent updates themselves: √(Δ² average) / √(g² average)."""
    rho, eps = hyper["rho"], hyper["eps"]
    sprev, dprev = before("square_avg"), before("acc_delta")
    s = rho * sprev + (1 - rho) * g * g
    lines.append(Line("s", "s ← ρ·s + (1 − ρ)·g²", f"{rho:g}·{fmt(sprev)} + {1 - rho:g}·{fmt(g)}² = {fmt(s)}", s))
    effective = np.sqrt(dprev + eps) / np.sqrt(s + eps)
    lines.append(Line("η", "η = √(a + ε) / √(s + ε)", f"√({fmt(dprev)} + {eps:g}) / √({fmt(s)} + {eps:g}) = "
                      f"{fmt(effective)}", effective))
    delta = effective * g
    a = rho * dprev + (1 - rho) * delta * delta
    lines.append(Line("a", "a ← ρ·a + (1 − ρ)·(η·g)²", f"{rho:g}·{fmt(dprev)} + {1 - rho:g}·{fmt(delta)}² = {fmt(a)}",
                      a))
    update = -lr * delta
    lines.append(Line("Δw", "Δw = −lr·η·g", f"−{lr:g}·{fmt(delta)} = {fmt(update)}", update))
    return update, lr * effective
