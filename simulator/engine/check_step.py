"""Predict the next step: a student's own numbers for one optimizer update in the race, judged as the
backprop check judges them (check.py: at the precision typed, an error carried forward counted once) and a
wrong one redone under the usual mistakes of these formulas.

The quantities are the race inspector's (engine/internals.py): g, b (momentum buffer), m, s, m̂, ŝ, η, Δw and
w (the new position), each one number per coordinate ("0.5, -0.25" on a 2-D surface).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from .check import CARRIED, RIGHT, WRONG, Typed, band, typed
from .race import RaceRecord
from .specs import SpecError

STEP_MISTAKES = {  # code -> what the student did
    "bias-correction": "forgot the bias correction (m̂ = m, ŝ = s)",
    "betas-swapped": "swapped β and 1 − β in an average",
    "eps-missing": "left ε out of the denominator",
    "eps-inside": "put ε inside the square root",
    "sqrt-missing": "forgot the square root of ŝ",
    "momentum-form": "used the other form of momentum (b ← β·b + (1 − β)·g, or b ← μ·b + g)",
    "update-sign": "added the step instead of subtracting it",
    "unknown": "none of the usual mistakes gives this number",
}
ALIASES = {"m_hat": "m̂", "mhat": "m̂", "s_hat": "ŝ", "v_hat": "ŝ", "vhat": "ŝ", "v": "s", "eta": "η",
           "dw": "Δw", "delta_w": "Δw", "w_new": "w", "buffer": "b", "momentum_buffer": "b"}


@dataclass(frozen=True)
class StepVerdict:
    quantity: str
    typed: str
    expected: np.ndarray
    verdict: str  # check.RIGHT, CARRIED or WRONG
    diagnosis: str | None = None  # a STEP_MISTAKES code


def quantities(record: RaceRecord, racer: int) -> tuple[str, ...]:
    """What the student predicts for this racer's optimizer, in the order it is computed."""
    return tuple(_sheet(record, racer, 0, None))


def judge(record: RaceRecord, racer: int, step: int, answers: dict[str, str]) -> tuple[StepVerdict, ...]:
    """The verdicts of ``answers`` (quantity -> value as typed) for the update from ``step`` to ``step + 1``."""
    order = quantities(record, racer)
    dims = record.positions.shape[-1]
    given: dict[str, list[Typed]] = {}
    for quantity, text in answers.items():
        name = ALIASES.get(quantity.strip(), quantity.strip())
        if name not in order:
            raise SpecError(f"'{quantity}' is not a quantity of this optimizer's step ({', '.join(order)})")
        parts = [p for p in text.replace(";", ",").split(",") if p.strip()]
        if len(parts) != dims:
            raise SpecError(f"{quantity}: {dims} number{'s' if dims > 1 else ''}, one per coordinate")
        try:
            given[name] = [typed(p) for p in parts]
        except ValueError as e:
            raise SpecError(f"{quantity}: {e}") from None
    right = _sheet(record, racer, step, None)
    out = []
    for name in (n for n in order if n in given):
        others = {k: v for k, v in given.items() if k != name}
        parts, text = given[name], answers_text(given[name])
        if _matches(parts, right[name]):
            out.append(StepVerdict(name, text, right[name], RIGHT))
        elif _follows(parts, lambda values, name=name: _sheet(record, racer, step, None, values)[name], others):
            out.append(StepVerdict(name, text, right[name], CARRIED))
        else:
            code = next((m for m in STEP_MISTAKES if m != "unknown" and _follows(
                parts, lambda values, m=m, name=name: _sheet(record, racer, step, m, values).get(name, np.nan),
                others)),
                "unknown")
            out.append(StepVerdict(name, text, right[name], WRONG, code))
    return tuple(out)


def answers_text(parts: list[Typed]) -> str:
    return ", ".join(t.text for t in parts)


def _matches(parts: list[Typed], values) -> bool:
    values = np.broadcast_to(np.asarray(values, dtype=np.float64), (len(parts),))
    return all(t.matches(float(v)) for t, v in zip(parts, values, strict=True))


def _follows(parts: list[Typed], compute, inputs) -> bool:
    """Each coordinate within what ``compute`` gives from the student's inputs at their precision."""
    for k, t in enumerate(parts):
        try:
            low, high = band(lambda values, k=k: float(np.broadcast_to(compute(values), (len(parts),))[k]), inputs)
        except (ArithmeticError, ValueError):
            return False
        if not t.within(low, high):
            return False
    return True


def _sheet(record: RaceRecord, racer: int, step: int, mistake: str | None, given=None) -> dict[str, np.ndarray]:
    """Every quantity of the update (the student's ``given`` values replacing the computed ones)."""
    given = given or {}
    entry, hyper = record.racers[racer].optimizer.entry, record.hyper[racer]
    name = entry.torch_name
    if name not in ("SGD", "Adagrad", "RMSprop", "Adam", "AdamW") or hyper.get("nesterov") or \
            hyper.get("amsgrad") or hyper.get("centered") or (name == "RMSprop" and hyper.get("momentum")) or \
            hyper.get("weight_decay") or (name == "Adagrad" and hyper.get("lr_decay")):
        raise SpecError(f"predicting the step: plain SGD, Momentum, Adagrad, RMSprop and Adam only (not {entry.name} "
                        "with these settings)")
    if record.state is None:
        raise SpecError("predicting the step needs a single-point race (not a swarm)")
    state, lr = record.state[racer], float(record.lr[step, racer])
    w = record.positions[step, racer, 0].astype(np.float64)

    def before(key):
        value = np.asarray(state[key][step][0] if key in state else np.nan, dtype=np.float64)
        return np.where(np.isnan(value), 0.0, value)

    out: dict[str, np.ndarray] = {}

    def put(key, value):
        out[key] = given.get(key, np.asarray(value, dtype=np.float64))
        return out[key]

    g = put("g", record.grad[step, racer, 0].astype(np.float64))
    if name == "SGD":
        mu, damp = hyper["momentum"], hyper["dampening"]
        if mu:
            first = key_missing(state, "momentum_buffer", step)
            if mistake == "momentum-form":
                damp = 0.0 if damp else mu
            b = put("b", g if first else mu * before("momentum_buffer") + (1 - damp) * g)
        else:
            b = g
        put("Δw", -lr * b * (-1 if mistake == "update-sign" else 1))
    else:
        if name == "Adagrad":
            s = put("s", before("sum") + g * g)
            top, denominator = g, s
        elif name == "RMSprop":
            alpha = 1 - hyper["alpha"] if mistake == "betas-swapped" else hyper["alpha"]
            s = put("s", alpha * before("square_avg") + (1 - alpha) * g * g)
            top, denominator = g, s
        else:
            b1, b2 = hyper["betas"]
            if mistake == "betas-swapped":
                b1, b2 = 1 - b1, 1 - b2
            t = float(step_count(state, step))
            m = put("m", b1 * before("exp_avg") + (1 - b1) * g)
            s = put("s", b2 * before("exp_avg_sq") + (1 - b2) * g * g)
            b1, b2 = hyper["betas"]
            corrected = mistake != "bias-correction"
            top = put("m̂", m / (1 - b1**t) if corrected else m)
            denominator = put("ŝ", s / (1 - b2**t) if corrected else s)
        eps = hyper["eps"]
        root = {"eps-missing": lambda v: np.sqrt(v), "eps-inside": lambda v: np.sqrt(v + eps),
                "sqrt-missing": lambda v: v + eps}.get(mistake, lambda v: np.sqrt(v) + eps)
        with np.errstate(divide="ignore", invalid="ignore"):
            eta = put("η", lr / root(denominator))
        put("Δw", -eta * top * (-1 if mistake == "update-sign" else 1))
    put("w", w + out["Δw"])
    return out


def key_missing(state, key: str, step: int) -> bool:
    return key not in state or bool(np.all(np.isnan(np.asarray(state[key][step], dtype=np.float64))))


def step_count(state, step: int) -> float:
    """torch's step counter after this update."""
    value = float(state["step"][step + 1]) if "step" in state else math.nan
    return value if math.isfinite(value) else step + 1.0

