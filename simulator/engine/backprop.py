"""The backpropagation step-through: forward, loss, every chain-rule factor backward, the update.

Computed by hand in float64 (numpy), one value per step, in the order a teacher writes it on the
board. Torch autograd runs the same network alongside (retain_grad on every net and out), and every
step that has an autograd counterpart carries it, so the difference can be shown next to the number.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .functions import ACTIVATIONS, LOSSES
from .network import Network

FORWARD, LOSS, BACKWARD, UPDATE = "forward", "loss", "backward", "update"
PHASES = (FORWARD, LOSS, BACKWARD, UPDATE)
MAX_ITERATIONS = 10_000


@dataclass(frozen=True)
class Step:
    phase: str
    target: str  # what this step computes, e.g. "net_h1", "∂E/∂w5", "w5"
    formula: str  # symbols
    substituted: str  # the same with numbers
    value: float
    autograd: float | None  # torch's value of the same quantity, where torch has one
    nodes: tuple[str, ...] = ()  # neurons it touches
    edges: tuple[str, ...] = ()  # weights it touches (by parameter name)
    param: str | None = None  # the parameter whose gradient or update this is

    @property
    def diff(self) -> float | None:
        return None if self.autograd is None else abs(self.value - self.autograd)


@dataclass(frozen=True)
class Trace:
    network: Network
    iteration: int
    steps: tuple[Step, ...]
    loss: float
    grads: dict[str, float]  # trainable parameters only
    updated: dict[str, float]  # every parameter after this iteration's update
    dropped: frozenset[str] = frozenset()  # neurons Dropout switched off in this iteration

    def phase_starts(self) -> dict[str, int]:
        starts: dict[str, int] = {}
        for k, s in enumerate(self.steps):
            starts.setdefault(s.phase, k)
        return starts

    def update_step(self, param: str) -> int:
        """Index of the step that updates ``param`` (the "run to" breakpoint)."""
        for k, s in enumerate(self.steps):
            if s.phase == UPDATE and s.param == param:
                return k
        raise KeyError(param)


def _loss_terms(net: Network, out: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per-output loss terms and ∂E/∂out."""
    return LOSSES[net.loss].terms(np.array(net.targets), out, net.output_activation)


@dataclass(frozen=True)
class _Numbers:
    """Everything one iteration computes, by layer (index 0 = the inputs)."""

    nets: list  # net per layer (None for the inputs)
    outs: list
    terms: np.ndarray  # per-output loss terms
    douts: list  # ∂E/∂out per layer
    locals_: list  # ∂out/∂net per layer (None for softmax)
    deltas: list  # δ per layer
    wgrads: list
    bgrads: list
    raw: list  # activations before Dropout (the same as outs without Dropout)
    scales: list  # mask/(1 − p) per hidden layer with Dropout, else None
    draws: list  # ∂E/∂raw out per layer (the same as douts without Dropout)


def _numbers(net: Network, scales: list) -> _Numbers:
    """The forward and backward pass by hand (float64 numpy), vectorized per layer; Dropout (inverted,
    after hidden activations) multiplies by the given mask/(1 − p)."""
    last = net.layers
    outs, nets, raw = [np.array(net.inputs)], [None], [np.array(net.inputs)]
    for layer in range(1, last + 1):
        b = net.biases[layer - 1]
        z = net.weights[layer - 1] @ outs[-1] + (b if len(b) > 1 else b[0])
        nets.append(z)
        raw.append(ACTIVATIONS[net.activation(layer)].forward(z))
        outs.append(raw[-1] if scales[layer] is None else raw[-1] * scales[layer])
    terms, dout = _loss_terms(net, outs[-1])
    douts, draws, locals_, deltas = ([None] * (last + 1) for _ in range(4))
    wgrads, bgrads = [None] * (last + 1), [None] * (last + 1)
    for layer in range(last, 0, -1):
        if layer < last:
            dout = net.weights[layer].T @ deltas[layer + 1]
        douts[layer] = dout
        draws[layer] = dout if scales[layer] is None else dout * scales[layer]
        z, o = nets[layer], raw[layer]
        if net.activation(layer) == "softmax":
            deltas[layer] = (np.diag(o) - np.outer(o, o)).T @ draws[layer]
        else:
            locals_[layer] = ACTIVATIONS[net.activation(layer)].derivative(z, o)
            deltas[layer] = draws[layer] * locals_[layer]
        wgrads[layer] = np.outer(deltas[layer], outs[layer - 1])
        bgrads[layer] = deltas[layer] if len(net.biases[layer - 1]) > 1 else np.array([deltas[layer].sum()])
    return _Numbers(nets, outs, terms, douts, locals_, deltas, wgrads, bgrads, raw, scales, draws)


def _autograd(net: Network, scales: list):
    """The same network in torch float64: nets, outs, their grads, parameter grads, SGD's new values."""
    import torch

    a = torch.tensor(net.inputs, dtype=torch.float64)
    ws = [torch.tensor(w, requires_grad=True) for w in net.weights]
    bs = [torch.tensor(b, requires_grad=net.train_bias) for b in net.biases]
    nets, outs, locals_, dropped = [], [], [], []
    for layer in range(1, net.layers + 1):
        z = ws[layer - 1] @ a + bs[layer - 1]
        z.retain_grad()
        name = net.activation(layer)
        fn = ACTIVATIONS[name].torch
        a = fn(z)
        a.retain_grad()
        nets.append(z)
        outs.append(a)
        if scales[layer] is not None:  # Dropout after the activation
            a = a * torch.tensor(scales[layer])
            a.retain_grad()
        dropped.append(a)
        if name != "softmax":  # ∂out/∂net, elementwise
            probe = z.detach().clone().requires_grad_(True)
            locals_.append(torch.autograd.grad(fn(probe).sum(), probe)[0].numpy())
        else:
            locals_.append(None)
    t = torch.tensor(net.targets, dtype=torch.float64)
    terms = LOSSES[net.loss].torch(t, a, net.output_activation)
    total = terms.sum()
    total.backward()
    params = ws + ([b for b in bs] if net.train_bias else [])
    old = [p.detach().clone() for p in params]
    with torch.no_grad():
        torch.optim.SGD(params, lr=net.lr).step()
    return {
        "net": [z.detach().numpy() for z in nets], "out": [o.detach().numpy() for o in outs],
        "dnet": [z.grad.numpy() for z in nets], "dout": [o.grad.numpy() for o in outs], "local": locals_,
        "dropped": [d.detach().numpy() for d in dropped], "ddropped": [d.grad.numpy() for d in dropped],
        "terms": terms.detach().numpy(), "total": float(total.detach()), "wgrad": [w.grad.numpy() for w in ws],
        "bgrad": [b.grad.numpy() if b.grad is not None else None for b in bs],
        "new_w": [p.detach().numpy() for p in params[: len(ws)]],
        "new_b": [p.detach().numpy() for p in params[len(ws):]], "old": old,
    }


def trace(net: Network, iteration: int = 0, digits: int = 9) -> Trace:
    """Every step of one iteration (forward, loss, backward, update) for the network as it is now."""
    plain = f"{{:.{digits}g}}".format

    def fmt(v) -> str:  # negative numbers in parentheses, so 0.5·(-0.2) reads as a product
        return plain(v + 0.0) if v >= 0 else f"({plain(v)})"  # + 0.0 turns -0.0 into 0

    scales = net.dropout_scales(iteration)
    n = _numbers(net, scales)
    ag = _autograd(net, scales)
    steps: list[Step] = []
    last = net.layers
    # -- forward: each neuron's net, then its out ------------------------------------------------------
    for layer in range(1, last + 1):
        w, b = net.weights[layer - 1], net.biases[layer - 1]
        prev, z, o = n.outs[layer - 1], n.nets[layer], n.raw[layer]
        act, shared = net.activation(layer), len(b) == 1
        for j in range(len(z)):
            name = net.neuron(layer, j)
            wnames = [net.weight_name(layer, j, i) for i in range(len(prev))]
            bj = 0 if shared else j
            steps.append(Step(
                FORWARD, f"net_{name}",
                f"net_{name} = " + " + ".join(f"{wn}·{_out_symbol(net, layer - 1, i)}" for i, wn in enumerate(wnames))
                + f" + {net.bias_name(layer, bj)}",
                " + ".join(f"{fmt(w[j, i])}·{fmt(prev[i])}" for i in range(len(prev))) + f" + {fmt(b[bj])}",
                float(z[j]), float(ag["net"][layer - 1][j]),
                (name, *(net.neuron(layer - 1, i) for i in range(len(prev)))), tuple(wnames)))
        for j in range(len(z)):
            name, sym = net.neuron(layer, j), ACTIVATIONS[act].symbol
            subst = f"e^{fmt(z[j])} / Σ e^net" if act == "softmax" else f"{sym}({fmt(z[j])})"
            steps.append(Step(FORWARD, f"out_{name}", f"out_{name} = {sym}(net_{name})", subst, float(o[j]),
                              float(ag["out"][layer - 1][j]), (name,)))
        if scales[layer] is not None:
            for j in range(len(z)):
                name, m = net.neuron(layer, j), 0 if scales[layer][j] == 0 else 1
                steps.append(Step(FORWARD, f"out'_{name}", f"out'_{name} = out_{name} · m_{name} / (1 − p)",
                                  f"{fmt(o[j])}·{m} / (1 − {fmt(net.dropout)})", float(n.outs[layer][j]),
                                  float(ag["dropped"][layer - 1][j]), (name,)))
    # -- loss: each output's error, then the total ---------------------------------------------------------
    out, outputs = n.outs[last], [net.neuron(last, j) for j in range(net.sizes[-1])]
    for j, name in enumerate(outputs):
        formula, subst = _loss_step(net, name, fmt(net.targets[j]), fmt(out[j]))
        steps.append(Step(LOSS, f"E_{name}", formula, subst, float(n.terms[j]), float(ag["terms"][j]), (name,)))
    total = float(n.terms.sum())
    steps.append(Step(LOSS, "E_total", "E_total = " + " + ".join(f"E_{o}" for o in outputs),
                      " + ".join(fmt(v) for v in n.terms), total, ag["total"], tuple(outputs)))
    # -- backward: from the outputs to the first layer ----------------------------------------------------
    grads: dict[str, float] = {}
    for layer in range(last, 0, -1):
        act, z, o, prev = net.activation(layer), n.nets[layer], n.raw[layer], n.outs[layer - 1]
        dout, delta, size = n.draws[layer], n.deltas[layer], len(n.nets[layer])
        dropout = scales[layer] is not None
        mark = "'" if dropout else ""  # with Dropout the next layer sees out' = out·m/(1 − p)
        for j in range(size):
            name = net.neuron(layer, j)
            if layer == last:
                formula, subst = _dloss_step(net, name, fmt(net.targets[j]), fmt(o[j]))
                steps.append(Step(BACKWARD, f"∂E/∂out_{name}", formula, subst, float(dout[j]),
                                  float(ag["dout"][layer - 1][j]), (name,)))
                continue
            # a hidden neuron reaches the loss along one path per neuron of the next layer
            paths = []
            for k in range(net.sizes[layer + 1]):
                nk, wn = net.neuron(layer + 1, k), net.weight_name(layer + 1, k, j)
                d_k, w_kj = n.deltas[layer + 1][k], net.weights[layer][k, j]
                paths.append((nk, wn, d_k * w_kj))
                steps.append(Step(BACKWARD, f"∂E/∂out_{name} via {nk}", f"δ_{nk}·{wn}", f"{fmt(d_k)}·{fmt(w_kj)}",
                                  float(d_k * w_kj), None, (name, nk), (wn,)))
            steps.append(Step(
                BACKWARD, f"∂E/∂out{mark}_{name}",
                f"∂E/∂out{mark}_{name} = " + " + ".join(f"δ_{nk}·{wn}" for nk, wn, _ in paths),
                " + ".join(fmt(v) for _, _, v in paths), float(n.douts[layer][j]),
                float((ag["ddropped"] if dropout else ag["dout"])[layer - 1][j]),
                (name, *(nk for nk, _, _ in paths)), tuple(wn for _, wn, _ in paths)))
            if dropout:
                m = 0 if scales[layer][j] == 0 else 1
                steps.append(Step(BACKWARD, f"∂E/∂out_{name}", f"∂E/∂out_{name} = ∂E/∂out'_{name} · m_{name} / (1 − p)",
                                  f"{fmt(n.douts[layer][j])}·{m} / (1 − {fmt(net.dropout)})", float(dout[j]),
                                  float(ag["dout"][layer - 1][j]), (name,)))
        if act == "softmax":
            jac = np.diag(o) - np.outer(o, o)
            for j in range(size):
                name = net.neuron(layer, j)
                if net.loss == "cross_entropy":
                    formula = f"δ_{name} = out_{name} − target_{name} (softmax with cross-entropy)"
                    subst = f"{fmt(o[j])} − {fmt(net.targets[j])}"
                else:
                    formula = f"δ_{name} = Σ_k ∂E/∂out_k·∂out_k/∂net_{name}"
                    subst = " + ".join(f"{fmt(dout[k])}·{fmt(jac[k, j])}" for k in range(size))
                steps.append(Step(BACKWARD, f"δ_{name}", formula, subst, float(delta[j]),
                                  float(ag["dnet"][layer - 1][j]), (name,)))
        else:
            local, entry = n.locals_[layer], ACTIVATIONS[act]
            for j in range(size):
                name = net.neuron(layer, j)
                target = f"∂out_{name}/∂net_{name}"
                steps.append(Step(BACKWARD, target, f"{target} = {entry.derivative_text}",
                                  entry.derivative_with(fmt(z[j]), fmt(o[j])), float(local[j]),
                                  float(ag["local"][layer - 1][j]), (name,)))
                steps.append(Step(BACKWARD, f"δ_{name}", f"δ_{name} = ∂E/∂out_{name} · ∂out_{name}/∂net_{name}",
                                  f"{fmt(dout[j])}·{fmt(local[j])}", float(delta[j]), float(ag["dnet"][layer - 1][j]),
                                  (name,)))
        for j in range(size):
            name = net.neuron(layer, j)
            for i in range(len(prev)):
                wn, node_i = net.weight_name(layer, j, i), net.neuron(layer - 1, i)
                torch_prev = ag["dropped"][layer - 2][i] if layer > 1 else net.inputs[i]
                source = _out_symbol(net, layer - 1, i)
                steps.append(Step(BACKWARD, f"∂net_{name}/∂{wn}", f"∂net_{name}/∂{wn} = {source}",
                                  fmt(prev[i]), float(prev[i]), float(torch_prev), (name, node_i), (wn,)))
                grads[wn] = float(n.wgrads[layer][j, i])
                steps.append(Step(BACKWARD, f"∂E/∂{wn}", f"∂E/∂{wn} = δ_{name} · ∂net_{name}/∂{wn}",
                                  f"{fmt(delta[j])}·{fmt(prev[i])}", grads[wn],
                                  float(ag["wgrad"][layer - 1][j, i]), (name, node_i), (wn,), wn))
        if net.train_bias:
            bgrad, shared = ag["bgrad"][layer - 1], len(net.biases[layer - 1]) == 1
            for j in range(len(net.biases[layer - 1])):
                bn = net.bias_name(layer, j)
                grads[bn] = float(n.bgrads[layer][j])
                names = [net.neuron(layer, k) for k in (range(size) if shared else [j])]
                steps.append(Step(BACKWARD, f"∂E/∂{bn}", f"∂E/∂{bn} = " + " + ".join(f"δ_{m}" for m in names),
                                  " + ".join(fmt(delta[net_index]) for net_index in (range(size) if shared else [j])),
                                  grads[bn], float(bgrad[j]), tuple(names), (), bn))
    # -- update: every trainable parameter, from the values before the update ------------------------------
    params, torch_new = net.parameters(), _torch_updates(net, ag)
    updated = dict(params)
    for name, g in grads.items():
        updated[name] = params[name] - net.lr * g
        steps.append(Step(UPDATE, name, f"{name}⁺ = {name} − η·∂E/∂{name}",
                          f"{fmt(params[name])} − {fmt(net.lr)}·{fmt(g)}", updated[name], torch_new[name],
                          (), (name,) if name.startswith(("w", "W")) else (), name))
    dropped = frozenset(net.neuron(layer, j) for layer, s in enumerate(scales) if s is not None
                        for j in np.flatnonzero(s == 0))
    return Trace(net, iteration, tuple(steps), total, grads, updated, dropped)


def _torch_updates(net: Network, values) -> dict[str, float]:
    out = {}
    for layer in range(1, net.layers + 1):
        w = values["new_w"][layer - 1]
        for j in range(w.shape[0]):
            for i in range(w.shape[1]):
                out[net.weight_name(layer, j, i)] = float(w[j, i])
        if net.train_bias:
            b = values["new_b"][layer - 1]
            for j in range(len(b)):
                out[net.bias_name(layer, j)] = float(b[j])
    return out


def _out_symbol(net: Network, layer: int, i: int) -> str:
    """What the next layer reads: an input, an activation, or the activation after Dropout (out')."""
    if layer == 0:
        return net.neuron(0, i)
    dropped = net.dropout > 0 and layer < net.layers
    return f"out{chr(39) if dropped else ''}_{net.neuron(layer, i)}"


def _loss_step(net: Network, name: str, t: str, o: str) -> tuple[str, str]:
    if net.loss == "half_sse":
        return f"E_{name} = ½·(target_{name} − out_{name})²", f"½·({t} − {o})²"
    if net.loss == "mse":
        n = len(net.targets)
        return f"E_{name} = (target_{name} − out_{name})² / {n}", f"({t} − {o})² / {n}"
    if net.output_activation == "softmax":
        return f"E_{name} = −target_{name}·log(out_{name})", f"−{t}·log({o})"
    return (f"E_{name} = −[t·log(out_{name}) + (1 − t)·log(1 − out_{name})]",
            f"−[{t}·log({o}) + (1 − {t})·log(1 − {o})]")


def _dloss_step(net: Network, name: str, t: str, o: str) -> tuple[str, str]:
    if net.loss == "half_sse":
        return f"∂E/∂out_{name} = −(target_{name} − out_{name})", f"−({t} − {o})"
    if net.loss == "mse":
        n = len(net.targets)
        return f"∂E/∂out_{name} = 2·(out_{name} − target_{name}) / {n}", f"2·({o} − {t}) / {n}"
    if net.output_activation == "softmax":
        return f"∂E/∂out_{name} = −target_{name} / out_{name}", f"−{t} / {o}"
    return f"∂E/∂out_{name} = (out − t) / (out·(1 − out))", f"({o} − {t}) / ({o}·(1 − {o}))"


def train(net: Network, iterations: int) -> tuple[list[Network], list[float]]:
    """Networks before each of ``iterations`` updates (plus the final one) and the loss before each;
    the same arithmetic as the step-through, without writing the steps out."""
    from dataclasses import replace

    if not (isinstance(iterations, int) and 0 <= iterations <= MAX_ITERATIONS):
        raise ValueError(f"iterations must be a whole number from 0 to {MAX_ITERATIONS}")
    networks, losses = [net], []
    for it in range(iterations):
        current = networks[-1]
        numbers = _numbers(current, current.dropout_scales(it))
        losses.append(float(numbers.terms.sum()))
        weights = tuple(w - current.lr * g for w, g in zip(current.weights, numbers.wgrads[1:], strict=True))
        biases = current.biases
        if current.train_bias:
            biases = tuple(b - current.lr * g for b, g in zip(current.biases, numbers.bgrads[1:], strict=True))
        networks.append(replace(current, weights=weights, biases=biases))
    return networks, losses


@dataclass(frozen=True)
class BackpropRecord:
    trace: Trace
    losses: tuple[float, ...]  # before each update, up to the shown iteration


def backprop_job(net: Network, iteration: int, digits: int):
    """Job: train up to ``iteration``, then trace that iteration."""
    networks, losses = train(net, iteration)
    yield BackpropRecord(trace(networks[-1], iteration, digits), tuple(losses))


def write_csv(trace: Trace, file) -> None:
    """One row per step: phase,target,formula,substituted,value,autograd,autograd_diff (full precision)."""
    import csv

    writer = csv.writer(file, lineterminator="\n")
    writer.writerow(["phase", "target", "formula", "substituted", "value", "autograd", "autograd_diff"])
    for s in trace.steps:
        writer.writerow([s.phase, s.target, s.formula, s.substituted, repr(s.value),
                         "" if s.autograd is None else repr(s.autograd), "" if s.diff is None else repr(s.diff)])
