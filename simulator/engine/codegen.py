"""Short, runnable PyTorch scripts that reproduce the numbers on screen ("Copy as PyTorch code").

Each script uses torch alone, prints CSV in the format of the matching CLI command, and is tested by
running it and comparing its output with the engine's.
"""

from __future__ import annotations

import ast

from .functions import ACTIVATIONS, LOSSES
from .specs import Spec, format_value

_TORCH_FUNCTIONS = {"abs": "torch.abs", "sigmoid": "torch.sigmoid"}

# Every script prints its CSV through emit(), which keeps the lines in ROWS: a notebook's plot cell reads them.
EMIT = [
    "ROWS = []  # the CSV lines this script prints, kept for plotting",
    "",
    "",
    "def emit(line):",
    "    print(line)",
    "    ROWS.append(line)",
    "",
]


def call(module: str, spec: Spec, first: str, **context) -> str:
    kwargs = {k: v for k, v in spec.resolved(**context).items() if v is not None}
    args = "".join(f", {k}={format_value(v)}" for k, v in kwargs.items())
    return f"{module}.{spec.entry.torch_name}({first}{args})"


def formula_to_torch(formula: str) -> str:
    """A surface formula (already validated by the expression parser) as torch code in x and y."""

    class ToTorch(ast.NodeTransformer):
        def visit_Call(self, node):
            self.generic_visit(node)
            name = node.func.id
            node.func = ast.parse(_TORCH_FUNCTIONS.get(name, f"torch.{name}"), mode="eval").body
            return node

        def visit_Name(self, node):
            return ast.parse(f"math.{node.id}", mode="eval").body if node.id in ("pi", "e") else node

    tree = ToTorch().visit(ast.parse(formula, mode="eval"))
    return ast.unparse(tree)


def lr_script(rows, lr: float, epochs: int) -> str:
    """``rows``: (label, Spec) pairs as in the LR lab."""
    lines = [
        "import torch",
        "",
        *EMIT,
        "# The lr in force during each epoch: get_last_lr() before that epoch's scheduler.step().",
        f"LR, EPOCHS = {lr!r}, {epochs}",
        "emit('label,epoch,lr')",
    ]
    for label, spec in rows:
        lines += [
            "",
            "w = torch.zeros(1, requires_grad=True)",
            "optimizer = torch.optim.SGD([w], lr=LR, momentum=0.9)",
            f"scheduler = {call('torch.optim.lr_scheduler', spec, 'optimizer', epochs=epochs, lr=lr)}",
            "optimizer.step()  # torch expects an optimizer step before the first scheduler step",
            f"label = {label!r}",
            "for epoch in range(EPOCHS):",
            "    emit(f'\"{label}\",{epoch},{scheduler.get_last_lr()[0]!r}')",
            "    if epoch + 1 < EPOCHS:",
            "        scheduler.step()",
        ]
    return "\n".join(lines) + "\n"


def race_script(surface, racers, start, steps: int) -> str:
    """The race of the race panel / CLI as plain torch loops, one per racer."""
    two_d = surface.dims == 2
    lines = [
        "import math",
        "",
        "import torch",
        "",
        *EMIT,
        f"# {surface.name}: {surface.formula}",
        "def loss_fn(x, y=None):",
        f"    return {formula_to_torch(surface.formula)}",
        "",
        f"START, STEPS = {[float(v) for v in start]!r}, {steps}",
        "emit('index,label,step,x,y,loss')",
    ]
    for index, racer in enumerate(racers):
        lines += [
            "",
            f"label = {racer.label!r}",
            "w = torch.tensor([START], dtype=torch.float32, requires_grad=True)",
            f"optimizer = {call('torch.optim', racer.optimizer, '[w]')}",
        ]
        if racer.scheduler is not None:
            lines.append(f"scheduler = {call('torch.optim.lr_scheduler', racer.scheduler, 'optimizer', epochs=steps)}")
        lines += [
            "for step in range(STEPS + 1):",
            "    optimizer.zero_grad()",
            "    loss = loss_fn(w[:, 0], w[:, 1]).sum()" if two_d else "    loss = loss_fn(w[:, 0]).sum()",
            "    loss.backward()",
            "    x = w[0].tolist()",
            "    y = repr(x[1]) if len(x) > 1 else ''",
            f"    emit(f'{index},\"{{label}}\",{{step}},{{x[0]!r}},{{y}},{{loss.item()!r}}')",
            "    if not math.isfinite(loss.item()) or step == STEPS:",
            "        break",
            "    optimizer.step()",
        ]
        if racer.scheduler is not None:
            lines.append("    scheduler.step()")
    return "\n".join(lines) + "\n"


def backprop_script(net) -> str:
    """One forward/backward/update of the backprop panel's network in torch float64 (no Dropout masks)."""
    lines = [
        "import torch",
        "",
        *EMIT,
        f"x = torch.tensor({list(net.inputs)!r}, dtype=torch.float64)",
        f"t = torch.tensor({list(net.targets)!r}, dtype=torch.float64)",
        f"LR = {net.lr!r}",
        "W = [",
        *[f"    torch.tensor({w.tolist()!r}, dtype=torch.float64, requires_grad=True)," for w in net.weights],
        "]",
        "B = [",
        *[f"    torch.tensor({b.tolist()!r}, dtype=torch.float64, requires_grad={net.train_bias}),"
          for b in net.biases],
        "]",
        f"ACTIVATIONS = [{', '.join(ACTIVATIONS[net.activation(k)].code for k in range(1, net.layers + 1))}]",
        "",
        "a = x",
        "for w, b, act in zip(W, B, ACTIVATIONS):",
        "    a = act(w @ a + b)",
        f"E = {LOSSES[net.loss].code(net.output_activation)}",
        "E.backward()",
        "emit('name,value,grad,updated')",
        "emit(f'E_total,{E.item()!r},,')",
        f"names = {list(net.parameters())!r}",
        "values = ([v for w in W for v in w.detach().reshape(-1).tolist()]",
        "          + [v for b in B for v in b.detach().tolist()])",
        "grads = [g for w in W for g in w.grad.reshape(-1).tolist()] + "
        "[g for b in B for g in (b.grad.tolist() if b.grad is not None else [None] * len(b))]",
        "for name, value, grad in zip(names, values, grads):",
        "    updated = value - LR * grad if grad is not None else value",
        "    emit(f'\"{name}\",{value!r},{\"\" if grad is None else repr(grad)},{updated!r}')",
    ]
    return "\n".join(lines) + "\n"
