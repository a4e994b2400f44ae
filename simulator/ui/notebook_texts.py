"""The words of an exported notebook, in the user's language: one function per panel saying what it showed
(from the same engine objects its script is made from), and the notebook's own sentences.

The window and the CLI (``--notebook`` with ``--lang``) both call these, so a notebook reads the same
whichever made it. QtCore only: no widgets are needed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..engine import codegen, codegen_labs
from ..engine.notebook import Script, Words

translate = QCoreApplication.translate  # with the context spelled out at each call, so lupdate finds the texts


def words() -> Words:
    return Words(
        intro=translate("Notebook", "Run the next cell: it needs only PyTorch and prints, as CSV, the numbers "
                                    "DescentLab showed."),
        plot=translate("Notebook", "The printed rows as a plot (needs matplotlib: `pip install matplotlib`)."),
        no_matplotlib=translate("Notebook", "matplotlib is not installed: pip install matplotlib, then run this "
                                            "cell again"),
    )


def _numbers(values) -> str:
    return ", ".join(f"{float(v):.6g}" for v in values)


def _mode(training: bool) -> str:
    return translate("Notebook", "training mode") if training else translate("Notebook", "eval mode")


def race(surface, racers, start, steps: int) -> Script:
    summary = translate("Notebook", "{0} from ({1}) for {2} steps on f = `{3}`.").format(
        ", ".join(f"`{r.label}`" for r in racers), _numbers(start), steps, surface.formula)
    code = codegen.race_script(surface, racers, start, steps)
    return Script("race", code, translate("Notebook", "Optimizer race"), summary)


def lr(rows, lr_value: float, epochs: int) -> Script:
    summary = translate("Notebook", "The learning rate in force during each of {0} epochs, from lr = {1}, "
                                    "under {2}.").format(
        epochs, f"{lr_value:g}", ", ".join(f"`{label}`" for label, _ in rows))
    code = codegen.lr_script(rows, lr_value, epochs)
    return Script("lr", code, translate("Notebook", "Learning-rate schedules"), summary)


def backprop(net) -> Script:
    summary = translate("Notebook", "One forward pass, backward pass and update of the network {0} (learning "
                                    "rate η = {1}): each parameter's value, gradient and updated value.").format(
        "–".join(str(n) for n in net.sizes), f"{net.lr:g}")
    return Script("backprop", codegen.backprop_script(net), translate("Notebook", "Backpropagation, one step"),
                  summary)


def training(setup, train, test) -> Script:
    summary = translate("Notebook", "{0} on the {1} data: {2} training and {3} test samples, batch size {4}, "
                                    "{5} epochs, seed {6}.").format(
        ", ".join(f"`{run.label}`" for run in setup.runs), setup.data.name, len(train[1]), len(test[1]),
        setup.batch_size, setup.epochs, setup.seed)
    code = codegen_labs.training_script(setup, train, test)
    return Script("training", code, translate("Notebook", "Training lab"), summary)


def ewa(values, betas, tutorial: bool) -> Script:
    data = translate("Notebook", "the tutorial's 30 temperatures") if tutorial else \
        translate("Notebook", "{0} typed values").format(len(values))
    summary = translate("Notebook", "Exponentially weighted averages with β = {0} of {1}, without and with "
                                    "bias correction.").format(_numbers(betas), data)
    code = codegen_labs.ewa_script(values, betas, tutorial)
    return Script("ewa", code, translate("Notebook", "Weighted averages"), summary)


def dropout(p: float, training_mode: bool, mask_seed: int, before) -> Script:
    data = translate("Notebook", "a Linear(4, 5) + ReLU drawn from seed 0") if before is None else \
        translate("Notebook", "the tutorial's printed Linear(4, 5) + ReLU output")
    summary = translate("Notebook", "nn.Dropout(p = {0}) in {1} on {2}; mask seed {3}.").format(
        f"{p:g}", _mode(training_mode), data, mask_seed)
    return Script("dropout", codegen_labs.dropout_script(p, training_mode, mask_seed, before), "Dropout", summary)


def batchnorm(result) -> Script:
    layer = "BatchNorm1d" if result.inputs.ndim == 2 else "BatchNorm2d"
    summary = translate("Notebook", "{0} in {1} on a batch of shape {2} (momentum {3}): each element's x, x̂ "
                                    "and y, and the running statistics after the batch.").format(
        layer, _mode(result.training), "×".join(str(n) for n in result.inputs.shape), f"{result.momentum:g}")
    return Script("batchnorm", codegen_labs.batchnorm_script(result), "Batch Normalization", summary)


def epochs(epochs_count: int, mini_batch: int, seed: int, samples: int, lr_value: float) -> Script:
    summary = translate("Notebook", "w·x + b fitted by SGD (lr = {0}) to {1} samples for {2} epochs, three "
                                    "ways: the whole set, mini-batches of {3} and single samples per step; the "
                                    "loss on all data after every step.").format(
        f"{lr_value:g}", samples, epochs_count, mini_batch)
    code = codegen_labs.epochs_script(epochs_count, mini_batch, seed, samples, lr_value)
    return Script("epochs", code, translate("Notebook", "Epochs and batches"), summary)
