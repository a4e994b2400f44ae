"""PyTorch scripts for the concept labs and the training lab (codegen.py has the race, the lr lab and backprop).

Same rules as codegen.py: torch alone, CSV printed through emit(), and a test runs each script and compares
its numbers with the engine's.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from . import functions
from .codegen import EMIT, call


def f32(value) -> str:
    """The shortest text that reads back as the same float32."""
    v = np.float32(value)
    if v == 0 or 1e-4 <= abs(v) < 1e6:
        return np.format_float_positional(v, unique=True, trim="-")
    return np.format_float_scientific(v, unique=True, trim="-")


def nested(array) -> str:
    """A float32 array as a nested Python list literal."""
    a = np.asarray(array, dtype=np.float32)
    if a.ndim == 0:
        return f32(a)
    return "[" + ", ".join(nested(part) for part in a) + "]"


def rows_literal(array, indent: str = "    ") -> list[str]:
    """A 2-D float32 array as source lines, one row per line (long data stays readable)."""
    return [f"{indent}{nested(row)}," for row in np.asarray(array, dtype=np.float32)]


def ewa_script(values, betas, tutorial: bool) -> str:
    """The weighted-average lab: S_1 = Y_1 then S_t = β·S_(t−1) + (1 − β)·Y_t, and the bias-corrected form."""
    data = ["Y = torch.randn(30, generator=torch.Generator().manual_seed(0)) * 10  # the tutorial's days"] \
        if tutorial else [f"Y = torch.tensor({nested(values)})"]
    lines = [
        "import torch",
        "",
        *EMIT,
        *data,
        f"BETAS = {[float(b) for b in betas]!r}",
        "emit('beta,day,value,ewa,ewa_corrected')",
        "for beta in BETAS:",
        "    s = Y[0]  # S_1 = Y_1",
        "    raw = torch.zeros(())  # the bias-corrected form starts from S_0 = 0",
        "    for t in range(len(Y)):",
        "        if t > 0:",
        "            s = s * beta + (1 - beta) * Y[t]",
        "        raw = raw * beta + (1 - beta) * Y[t]",
        "        corrected = raw / (1 - beta ** (t + 1))",
        "        emit(f'{beta!r},{t + 1},{Y[t].item()!r},{s.item()!r},{corrected.item()!r}')",
    ]
    return "\n".join(lines) + "\n"


def dropout_script(p: float, training: bool, mask_seed: int, before=None, seed: int = 0) -> str:
    """The Dropout lab: the tutorial's Linear(4, 5) + ReLU (or the typed values) through nn.Dropout(p)."""
    if before is None:
        source = [
            f"x = torch.randint(0, 10, (1, 4), generator=torch.Generator().manual_seed({seed})).float()",
            f"torch.manual_seed({seed})  # nn.Linear draws its weights from the global generator",
            "linear = torch.nn.Linear(4, 5)",
            "with torch.no_grad():",
            "    y = torch.relu(linear(x))",
        ]
    else:
        source = [f"y = torch.tensor([{nested(np.ravel(before))}])  # what Dropout receives"]
    lines = [
        "import torch",
        "",
        *EMIT,
        *source,
        f"dropout = torch.nn.Dropout(p={float(p)!r})",
        f"dropout.train({bool(training)})  # eval mode lets everything through unscaled",
        f"torch.manual_seed({mask_seed})  # the mask comes from the global generator",
        "with torch.no_grad():",
        "    out = dropout(y)",
        "emit('neuron,before,kept,after')",
        "for j in range(y.shape[1]):",
        "    kept = bool(out[0, j] != 0 or y[0, j] == 0)" if training else "    kept = True",
        "    emit(f'{j + 1},{y[0, j].item()!r},{kept},{out[0, j].item()!r}')",
    ]
    return "\n".join(lines) + "\n"


def batchnorm_script(result) -> str:
    """The BatchNorm lab's last batch (engine/regularization.BatchNormResult): the layer with the same γ, β and
    running statistics, x̂ and y per element, the running statistics after."""
    x = result.inputs
    layer = "BatchNorm1d" if x.ndim == 2 else "BatchNorm2d"
    channels = x.shape[1]
    lines = [
        "import torch",
        "",
        *EMIT,
        f"x = torch.tensor({nested(x)})  # shape {tuple(x.shape)}",
        f"bn = torch.nn.{layer}({channels}, eps={result.eps!r}, momentum={result.momentum!r})",
        "with torch.no_grad():",
        f"    bn.weight.copy_(torch.tensor({nested(result.gamma)}))  # γ",
        f"    bn.bias.copy_(torch.tensor({nested(result.beta)}))  # β",
        f"    bn.running_mean.copy_(torch.tensor({result.before.running_mean.tolist()!r}))",
        f"    bn.running_var.copy_(torch.tensor({result.before.running_var.tolist()!r}))",
        f"    bn.num_batches_tracked.fill_({result.before.batches})",
        f"bn.train({bool(result.training)})  # training: this batch's statistics; eval: the running ones",
        f"dims = {(0,) if x.ndim == 2 else (0, 2, 3)!r}",
        f"shape = {(1, channels) + (1, 1) * (x.ndim == 4)!r}",
        "if bn.training:",
        "    mean, var = x.mean(dim=dims), x.var(dim=dims, unbiased=False)",
        "else:",
        "    mean, var = bn.running_mean.clone(), bn.running_var.clone()",
        "x_hat = (x - mean.reshape(shape)) / torch.sqrt(var.reshape(shape) + bn.eps)",
        "with torch.no_grad():",
        "    y = bn(x)  # γ·x̂ + β, and the running statistics move (in training mode)",
        "emit('sample,channel,row,column,x,x_hat,y,running_mean,running_var')",
        "for index in torch.cartesian_prod(*[torch.arange(n) for n in x.shape]).tolist():",
        "    index = tuple(index)",
        "    c = index[1]",
        "    place = f'{index[2]},{index[3]}' if len(index) == 4 else ','",
        "    emit(f'{index[0]},{c},{place},{x[index].item()!r},{x_hat[index].item()!r},{y[index].item()!r},'",
        "         f'{bn.running_mean[c].item()!r},{bn.running_var[c].item()!r}')",
    ]
    return "\n".join(lines) + "\n"


def epochs_script(epochs: int, mini_batch: int, seed: int, samples: int, lr: float) -> str:
    """The epochs lab's demo: w·x + b fitted to y ≈ 2x + 1 by SGD with the whole set, mini-batches and single
    samples per step; the loss on all data after every step."""
    lines = [
        "import torch",
        "from torch.utils.data import DataLoader, TensorDataset",
        "",
        *EMIT,
        f"generator = torch.Generator().manual_seed({seed})",
        f"x = torch.rand({samples}, 1, generator=generator) * 2 - 1",
        f"y = 2 * x + 1 + 0.3 * torch.randn({samples}, 1, generator=generator)",
        "emit('batch_size,iteration,epoch,loss')",
        f"for size in ({samples}, {mini_batch}, 1):",
        "    model = torch.nn.Linear(1, 1)",
        "    with torch.no_grad():",
        "        model.weight.fill_(-1.0)",
        "        model.bias.fill_(0.0)",
        f"    optimizer = torch.optim.SGD(model.parameters(), lr={lr!r})",
        "    loader = DataLoader(TensorDataset(x, y), batch_size=size, shuffle=True,",
        f"                        generator=torch.Generator().manual_seed({seed}))",
        "    iteration = 0",
        f"    for _ in range({epochs}):",
        "        for xb, yb in loader:",
        "            optimizer.zero_grad()",
        "            torch.nn.functional.mse_loss(model(xb), yb).backward()",
        "            optimizer.step()",
        "            iteration += 1",
        "            with torch.no_grad():",
        "                loss = torch.nn.functional.mse_loss(model(x), y).item()",
        "            emit(f'{size},{iteration},{iteration / len(loader)!r},{loss!r}')",
    ]
    return "\n".join(lines) + "\n"


def _activation(name: str) -> str:
    if name == "leaky_relu":
        return f"torch.nn.LeakyReLU({functions.LEAKY_SLOPE!r})"
    return f"torch.nn.{functions.ACTIVATIONS[name].module}()"


def _model_lines(spec) -> list[str]:
    """build_model (engine/models.py) as code: each Linear drawn from the seed, then BatchNorm, activation,
    Dropout after every hidden layer."""
    lines = ["    modules = []", "    generator = torch.Generator().manual_seed(SEED)"]
    for k in range(1, len(spec.layers)):
        lines.append(f"    modules.append(linear({spec.layers[k - 1]}, {spec.layers[k]}, generator))")
        if k < len(spec.layers) - 1:
            if spec.batchnorm:
                lines.append(f"    modules.append(torch.nn.BatchNorm1d({spec.layers[k]}))")
            lines.append(f"    modules.append({_activation(spec.activation)})")
            if spec.dropout > 0:
                lines.append(f"    modules.append(torch.nn.Dropout({spec.dropout!r}))")
    return [*lines, "    return torch.nn.Sequential(*modules)"]


def training_script(setup, train, test) -> str:
    """The training lab's runs (engine/training.Setup) on its split data (``train``, ``test``: (x, y) arrays):
    the same weights, batches, Dropout masks and evaluation, one CSV row per run and epoch."""
    lines = [
        "import math",
        "",
        "import torch",
        "",
        *EMIT,
        f"SEED, EPOCHS, BATCH_SIZE, SHUFFLE = {setup.seed}, {setup.epochs}, {setup.batch_size}, {setup.shuffle}",
        "X_TRAIN = torch.tensor([",
        *rows_literal(train[0]),
        "])",
        f"Y_TRAIN = torch.tensor({np.asarray(train[1]).tolist()!r})",
        "X_TEST = torch.tensor([",
        *rows_literal(test[0]),
        "])",
        f"Y_TEST = torch.tensor({np.asarray(test[1]).tolist()!r})",
        "loss_fn = torch.nn.CrossEntropyLoss()",
        "",
        "",
        "def linear(n_in, n_out, generator):",
        "    # nn.Linear's own initialisation, drawn from the run's generator",
        "    layer = torch.nn.Linear(n_in, n_out)",
        "    bound = 1 / math.sqrt(n_in)",
        "    with torch.no_grad():",
        "        layer.weight.uniform_(-bound, bound, generator=generator)",
        "        layer.bias.uniform_(-bound, bound, generator=generator)",
        "    return layer",
        "",
        "",
        "def batches(epoch):",
        "    # one permutation per epoch from the seed, the same for every run",
        "    if SHUFFLE:",
        "        order = torch.randperm(len(Y_TRAIN), generator=torch.Generator().manual_seed(SEED * 10_007 + epoch))",
        "    else:",
        "        order = torch.arange(len(Y_TRAIN))",
        "    for start in range(0, len(order), BATCH_SIZE):",
        "        index = order[start:start + BATCH_SIZE]",
        "        yield X_TRAIN[index], Y_TRAIN[index]",
        "",
        "",
        "emit('label,epoch,iterations,train_loss,test_loss,train_acc,test_acc,lr,batch_loss_mean')",
    ]
    for run in setup.runs:
        spec = run.optimizer
        if run.weight_decay:
            spec = replace(spec, args=tuple({**dict(spec.args), "weight_decay": run.weight_decay}.items()))
        lines += [
            "",
            "",
            "def build_model():",
            *_model_lines(run.model),
            "",
            "",
            f"label = {run.label!r}",
            "model = build_model()",
            f"optimizer = {call('torch.optim', spec, 'model.parameters()')}",
            f"scheduler = {call('torch.optim.lr_scheduler', run.scheduler, 'optimizer', epochs=setup.epochs)}"
            if run.scheduler else "scheduler = None",
            "torch.manual_seed(SEED)  # Dropout's masks come from the global generator",
            "iterations = 0",
            "for epoch in range(EPOCHS):",
            "    losses = []",
            "    model.train()",
            "    for xb, yb in batches(epoch):",
            "        optimizer.zero_grad()",
            "        loss = loss_fn(model(xb), yb)",
            "        loss.backward()",
            "        optimizer.step()",
            "        losses.append(loss.item())",
            "        iterations += 1",
            "    lr = optimizer.param_groups[0]['lr']",
            "    model.eval()  # Dropout off, BatchNorm on its running statistics",
            "    with torch.no_grad():",
            "        measured = []",
            "        for x, y in ((X_TRAIN, Y_TRAIN), (X_TEST, Y_TEST)):",
            "            logits = model(x)",
            "            measured += [loss_fn(logits, y).item(), (logits.argmax(1) == y).float().mean().item()]",
            "    train_loss, train_acc, test_loss, test_acc = measured",
            "    emit(f'\"{label}\",{epoch + 1},{iterations},{train_loss!r},{test_loss!r},{train_acc!r},{test_acc!r},'",
            "         f'{lr!r},{sum(losses) / len(losses)!r}')",
            "    if scheduler is not None:",
            "        scheduler.step()",
        ]
    return "\n".join(lines) + "\n"
