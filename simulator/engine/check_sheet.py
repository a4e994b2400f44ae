"""The backprop step-through as a sheet of rules — each quantity computed from the ones it needs — so a
student's own numbers can be put in place of the right ones, and a step redone under the usual mistakes.

Quantities are named as the step-through's targets (``net_h1``, ``E_total``, ``∂E/∂w5``, ``δ_h1``,
``∂E/∂out_h1 via o1``) and ``w5_new`` for an updated parameter; constants (inputs, targets, parameters,
η) by their own names (``i1``, ``target_o1``, ``w5``, ``b1``, ``η``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from .functions import ACTIVATIONS
from .network import Network
from .specs import SpecError

# The mistakes a step can be redone under (codes shown by the CLI's --json; the window names them in words)
MISTAKES = ("updated-weights", "missing-derivative", "derivative-of-out", "sign", "missing-half", "missing-path",
            "net-for-out", "update-sign")


@dataclass(frozen=True)
class Rule:
    target: str
    fn: Callable[[Callable[[str], float]], float]  # the value from a lookup of the quantities it needs


def supported(net: Network) -> None:
    if net.dropout > 0:
        raise SpecError("check mode: a network without Dropout (its masks change every iteration)")
    if net.output_activation == "softmax":
        raise SpecError("check mode: a network whose outputs are not softmax")


def constants(net: Network) -> dict[str, float]:
    out = {net.neuron(0, i): float(v) for i, v in enumerate(net.inputs)}
    out.update({f"target_{net.neuron(net.layers, j)}": float(t) for j, t in enumerate(net.targets)})
    out.update(net.parameters())
    out["η"] = float(net.lr)
    return out


def updated(name: str) -> str:
    return f"{name}_new"


def rules(net: Network, mistake: str | None = None, variant: int = 0) -> dict[str, Rule]:
    """Every quantity of one iteration; ``mistake`` (one of MISTAKES) redoes the steps it concerns wrongly
    (``variant``: which path ``missing-path`` leaves out)."""
    supported(net)
    last, sheet = net.layers, {}

    def add(target, fn):
        sheet[target] = Rule(target, fn)

    def source(layer: int, i: int) -> str:
        """What the next layer reads from neuron i of ``layer``: an input, or its out (net, by mistake)."""
        name = net.neuron(layer, i)
        if layer == 0:
            return name
        return f"net_{name}" if mistake == "net-for-out" else f"out_{name}"

    # -- forward
    for layer in range(1, last + 1):
        act = ACTIVATIONS[net.activation(layer)]
        shared = len(net.biases[layer - 1]) == 1
        for j in range(net.sizes[layer]):
            name = net.neuron(layer, j)
            terms = [(net.weight_name(layer, j, i), source(layer - 1, i)) for i in range(net.sizes[layer - 1])]
            bias = net.bias_name(layer, 0 if shared else j)
            add(f"net_{name}", lambda v, terms=terms, bias=bias: sum(v(w) * v(x) for w, x in terms) + v(bias))
            add(f"out_{name}", lambda v, name=name, act=act: float(act.forward(np.array([v(f"net_{name}")]))[0]))
    # -- loss
    outputs = [net.neuron(last, j) for j in range(net.sizes[last])]
    count = len(outputs)
    for name in outputs:
        add(f"E_{name}", lambda v, name=name: _loss(net.loss, v(f"target_{name}"), v(f"out_{name}"), count,
                                                   mistake == "missing-half"))
    add("E_total", lambda v: sum(v(f"E_{name}") for name in outputs))
    # -- backward
    for layer in range(last, 0, -1):
        act = ACTIVATIONS[net.activation(layer)]
        for j in range(net.sizes[layer]):
            name = net.neuron(layer, j)
            if layer == last:
                add(f"∂E/∂out_{name}", lambda v, name=name: _dloss(net.loss, v(f"target_{name}"), v(f"out_{name}"),
                                                                    count, mistake))
            else:
                via = []
                for k in range(net.sizes[layer + 1]):
                    nk, wn = net.neuron(layer + 1, k), net.weight_name(layer + 1, k, j)
                    used = updated(wn) if mistake == "updated-weights" else wn
                    add(f"∂E/∂out_{name} via {nk}", lambda v, nk=nk, used=used: v(f"δ_{nk}") * v(used))
                    via.append(f"∂E/∂out_{name} via {nk}")
                kept = [p for k, p in enumerate(via) if not (mistake == "missing-path" and k == variant % len(via))]
                add(f"∂E/∂out_{name}", lambda v, kept=kept: sum(v(p) for p in kept))
            local = f"∂out_{name}/∂net_{name}"
            at = f"out_{name}" if mistake == "derivative-of-out" else f"net_{name}"
            add(local, lambda v, at=at, act=act: _derivative(act, v(at)))
            if mistake == "missing-derivative":
                add(f"δ_{name}", lambda v, name=name: v(f"∂E/∂out_{name}"))
            else:
                add(f"δ_{name}", lambda v, name=name, local=local: v(f"∂E/∂out_{name}") * v(local))
            for i in range(net.sizes[layer - 1]):
                wn, x = net.weight_name(layer, j, i), source(layer - 1, i)
                add(f"∂net_{name}/∂{wn}", lambda v, x=x: v(x))
                add(f"∂E/∂{wn}", lambda v, name=name, wn=wn: v(f"δ_{name}") * v(f"∂net_{name}/∂{wn}"))
        if net.train_bias:
            shared = len(net.biases[layer - 1]) == 1
            for j in range(len(net.biases[layer - 1])):
                names = [net.neuron(layer, k) for k in (range(net.sizes[layer]) if shared else [j])]
                add(f"∂E/∂{net.bias_name(layer, j)}", lambda v, names=names: sum(v(f"δ_{n}") for n in names))
    # -- update
    sign = 1.0 if mistake == "update-sign" else -1.0
    for name in gradients(net):
        add(updated(name), lambda v, name=name: v(name) + sign * v("η") * v(f"∂E/∂{name}"))
    return sheet


def gradients(net: Network) -> list[str]:
    """The trained parameters, in the step-through's order of their updates."""
    names = [net.weight_name(layer, j, i) for layer in range(net.layers, 0, -1)
             for j in range(net.sizes[layer]) for i in range(net.sizes[layer - 1])]
    if net.train_bias:
        names += [net.bias_name(layer, j) for layer in range(net.layers, 0, -1)
                  for j in range(len(net.biases[layer - 1]))]
    return names


def _derivative(act, z: float) -> float:
    value = np.array([z])
    return float(act.derivative(value, act.forward(value))[0])


def _loss(loss: str, t: float, o: float, count: int, no_half: bool) -> float:
    if loss == "half_sse":
        return (1.0 if no_half else 0.5) * (t - o) ** 2
    if loss == "mse":
        return (t - o) ** 2 / count
    return float(-(t * np.log(o) + (1 - t) * np.log(1 - o)))  # cross-entropy after a sigmoid


def _dloss(loss: str, t: float, o: float, count: int, mistake: str | None) -> float:
    if loss == "half_sse":
        value = (2.0 if mistake == "missing-half" else 1.0) * (o - t)
    elif loss == "mse":
        value = 2 * (o - t) / count
    else:
        value = (o - t) / (o * (1 - o))
    return -value if mistake == "sign" else value


def evaluate(sheet: dict[str, Rule], known: dict[str, float], given: dict[str, float] | None = None,
             rounding: int | None = None) -> Callable[[str], float]:
    """A lookup of every quantity: constants from ``known``, typed values from ``given`` (they replace what
    the rule would give), the rest from the rules (each computed once); ``rounding``: every computed value
    rounded to that many decimals before it is used further on."""
    given = given or {}
    memo: dict[str, float] = {}

    def value(name: str) -> float:
        if name in given:
            return given[name]
        if name in known:
            return known[name]
        if name not in memo:
            if name not in sheet:
                raise KeyError(name)
            result = sheet[name].fn(value)
            memo[name] = round(result, rounding) if rounding is not None else result
        return memo[name]

    return value
