"""File → Export as notebook: each panel's notebook runs on its own and prints the panel's numbers."""

import contextlib
import csv
import io
import json
import subprocess
import sys

import nbformat
import numpy as np
import pytest
from PySide6.QtWidgets import QApplication

from simulator.engine import notebook
from simulator.ui import i18n, notebook_texts
from simulator.ui.panels import panel_class

# panel → (columns naming a row, columns whose values must agree) shared by the panel's CSV and the notebook
SHARED_COLUMNS = {
    "race": (("index", "step"), ("x", "y", "loss")),
    "lr": (("label", "epoch"), ("lr",)),
    "ewa": (("beta", "day"), ("value", "ewa")),
    "dropout": (("neuron",), ("before", "kept", "after")),
    "batchnorm": (("sample", "channel", "row", "column"), ("x", "x_hat", "y", "running_mean", "running_var")),
    "training": (("epoch",), ("train_loss", "test_loss", "train_acc", "test_acc", "lr")),
}


def execute(text: str) -> tuple[list[dict], str]:
    """Every code cell in order, in one namespace, as Jupyter would; the rows the script kept, and stdout."""
    pytest.importorskip("matplotlib").use("Agg")  # the plot cell draws off screen
    book = nbformat.reads(text, as_version=4)
    nbformat.validate(book)
    namespace, out = {"__name__": "__main__"}, io.StringIO()
    with contextlib.redirect_stdout(out):
        for cell in book.cells:
            if cell.cell_type == "code":
                exec(compile(cell.source, "<cell>", "exec"), namespace)
    return list(csv.DictReader(namespace["ROWS"])), out.getvalue()


def same(a: str, b: str) -> bool:
    try:
        return float(a) == float(b) or (np.isnan(float(a)) and np.isnan(float(b)))
    except ValueError:
        return a == b


def idle(panel, qtbot):
    qtbot.wait(50)
    qtbot.waitUntil(lambda: not panel.busy(), timeout=60_000)


@pytest.mark.parametrize("name", [*SHARED_COLUMNS, "backprop", "epochs"])
def test_each_panels_notebook_prints_the_panels_numbers(name, show_panel, qtbot):
    panel = show_panel(panel_class(name))
    idle(panel, qtbot)
    if name == "training":
        for _ in range(3):
            panel.step_epoch.click()
            idle(panel, qtbot)
    script = panel.pytorch_script()
    assert script is not None and script.code == panel.pytorch_code()
    rows, printed = execute(notebook.text(script, notebook_texts.words()))
    assert printed.startswith(",".join(rows[0]))  # the header the script printed is the one it kept
    if name == "backprop":
        trace = panel.record.trace
        grads = {row["name"]: float(row["grad"]) for row in rows if row["grad"]}
        assert grads.keys() == trace.grads.keys()
        for key, grad in trace.grads.items():
            assert grads[key] == pytest.approx(grad, rel=1e-9, abs=1e-15)
        return
    if name == "epochs":
        for curve, size in zip(panel.demo_curves, sorted({int(r["batch_size"]) for r in rows}, reverse=True),
                               strict=True):
            np.testing.assert_array_equal(curve.yData, [float(r["loss"]) for r in rows
                                                               if int(r["batch_size"]) == size])
        return
    keys, values = SHARED_COLUMNS[name]
    file = io.StringIO()
    (panel.schedules if name == "lr" else panel).write_csv(file)  # the lr lab's script: its schedules view
    shown = list(csv.DictReader(io.StringIO(file.getvalue())))
    if name == "training":
        rows = [r for r in rows if r["label"] == panel.record.runs[0].label]
        assert len(shown) == 3
    mine = {tuple(r[k] for k in keys): r for r in rows}
    assert shown
    for row in shown:
        theirs = mine[tuple(row[k] for k in keys)]
        for column in values:
            assert same(row[column], theirs[column]), (column, row, theirs)


def test_a_notebook_is_written_in_the_interface_language(show_panel, qtbot):
    panel = show_panel(panel_class("race"))
    idle(panel, qtbot)
    app = QApplication.instance()
    try:
        assert i18n.install(app, "zh_CN") == "zh_CN"
        book = json.loads(notebook.text(panel.pytorch_script(), notebook_texts.words()))
    finally:
        i18n.install(app, "en")
    heading = "".join(book["cells"][0]["source"])
    assert heading.startswith("# 优化器竞赛") and "步" in heading
    assert "matplotlib" in "".join(book["cells"][2]["source"])


HEADINGS_ZH = {"race": "优化器竞赛", "lr": "学习率调度", "backprop": "反向传播"}


def test_the_cli_writes_a_notebook_wherever_it_writes_code(tmp_path):
    for command in (["race", "--steps", "5"], ["lr", "--epochs", "5"], ["backprop"]):
        target = tmp_path / f"{command[0]}.ipynb"
        done = subprocess.run([sys.executable, "-m", "simulator", *command, "--csv", str(tmp_path / "rows.csv"),
                               "--notebook", str(target), "--lang", "zh"], capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        rows, _ = execute(target.read_text(encoding="utf-8"))
        with open(tmp_path / "rows.csv", encoding="utf-8") as f:
            expected = list(csv.DictReader(f))
        if command[0] != "backprop":  # its CSV is the trace's steps; the notebook prints the parameters
            assert [list(r.values()) for r in rows] == [list(r.values()) for r in expected]
        heading = "".join(json.loads(target.read_text(encoding="utf-8"))["cells"][0]["source"])
        assert heading.startswith(f"# {HEADINGS_ZH[command[0]]}"), heading

