"""The headless command line, run as a user runs it."""

import csv
import subprocess
import sys

import pytest
import torch


def cli(*args, timeout=120):
    return subprocess.run([sys.executable, "-m", "simulator", *args], capture_output=True, text=True, timeout=timeout)


def test_lr_csv_rows_are_the_lr_torch_reports_each_epoch(tmp_path):
    out = tmp_path / "lr.csv"
    done = cli("lr", "--lr", "0.1", "--epochs", "200", "--scheduler", "StepLR(step_size=50, gamma=0.5)",
               "--scheduler", "ExponentialLR(gamma=0.95)", "--csv", str(out))
    assert done.returncode == 0, done.stderr
    with open(out, newline="") as f:
        rows = list(csv.DictReader(f))
    assert list(rows[0]) == ["label", "epoch", "lr"]
    assert len(rows) == 400
    expo = [r for r in rows if r["label"] == "ExponentialLR(gamma=0.95)"]
    assert [int(r["epoch"]) for r in expo] == list(range(200))
    w = torch.zeros(1, requires_grad=True)
    opt = torch.optim.SGD([w], lr=0.1, momentum=0.9)
    sched = torch.optim.lr_scheduler.ExponentialLR(opt, gamma=0.95)
    expected = []
    for _ in range(200):
        expected.append(sched.get_last_lr()[0])
        opt.step()
        sched.step()
    assert [float(r["lr"]) for r in expo] == expected


def test_lr_without_schedulers_prints_the_tutorial_three():
    done = cli("lr", "--epochs", "3")
    assert done.returncode == 0, done.stderr
    labels = {line.rsplit(",", 2)[0].strip('"') for line in done.stdout.splitlines()[1:]}
    assert labels == {"StepLR(step_size=50, gamma=0.5)", "MultiStepLR(milestones=[50, 125, 160], gamma=0.5)",
                      "ExponentialLR(gamma=0.95)"}


@pytest.mark.parametrize(
    "args, message",
    [
        (["lr", "--scheduler", "StepLR(step_sise=50)"], "did you mean 'step_size'"),
        (["lr", "--scheduler", "__import__('os').system('echo hacked')"], "expected the name of a scheduler"),
        (["lr", "--scheduler", "OneCycleLR(total_steps=5)", "--epochs", "20"], "OneCycleLR"),
        (["lr", "--lr", "-0.1"], "initial lr must be a positive number"),
        (["lr", "--epochs", "0"], "epochs must be"),
        (["lr", "--png", "x.png", "--size", "big"], "--size"),
        (["--panel", "nope"], "unknown panel 'nope'; valid panels: race, lr"),
    ],
)
def test_bad_input_exits_non_zero_with_a_clear_message(args, message):
    done = cli(*args)
    assert done.returncode != 0
    assert message in done.stderr
    assert "hacked" not in done.stdout  # nothing was executed
    assert "Traceback" not in done.stderr


def test_lr_png_renders_the_panel_figure(tmp_path):
    from PySide6.QtGui import QImage

    out = tmp_path / "lr.png"
    done = cli("lr", "--png", str(out), "--size", "800x450")
    assert done.returncode == 0, done.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (800, 450)
    # the three tutorial colours are drawn, not just a blank canvas
    pixels = {image.pixelColor(x, y).name() for x in range(0, 800, 2) for y in range(0, 450, 2)}
    assert {"#0072b2", "#d55e00", "#009e73"} <= pixels


def test_version():
    done = cli("--version")
    assert done.returncode == 0 and "DescentLab" in done.stdout
