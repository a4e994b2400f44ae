"""Generated PyTorch scripts run on their own and print exactly the engine's numbers."""

import csv
import subprocess
import sys

import numpy as np
import pytest

from simulator.engine import backprop, codegen, network, race, schedules, surfaces


def run(code: str) -> list[dict]:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return list(csv.DictReader(done.stdout.splitlines()))


def test_lr_script_prints_the_schedule_curves():
    texts = [*schedules.TUTORIAL_SPECS, "OneCycleLR(anneal_strategy='linear')", "CosineAnnealingLR()"]
    specs = [schedules.SCHEDULERS.parse(t) for t in texts]
    rows = run(codegen.lr_script([(s.text, s) for s in specs], 0.1, 120))
    for spec in specs:
        printed = [float(r["lr"]) for r in rows if r["label"] == spec.text]
        assert printed == list(schedules.lr_curve(spec, 0.1, 120))


@pytest.mark.parametrize("name", ["rosenbrock", "rastrigin", "tutorial"])
def test_race_script_prints_the_race(name):
    surface = surfaces.BUILTIN[name]
    racers = race.parse_racers(["Adam(lr=0.05, betas=(0.9, 0.99))", "SGD(lr=0.001, momentum=0.9, nesterov=True)",
                                "RMSprop(lr=0.01)"], ["none", "StepLR(step_size=10, gamma=0.5)"])
    *_, record = race.race(surface, racers, surface.start, 40)
    rows = run(codegen.race_script(surface, racers, surface.start, 40))
    for r in range(3):
        mine = [row for row in rows if row["index"] == str(r)]
        np.testing.assert_array_equal([float(row["x"]) for row in mine], record.positions[: len(mine), r, 0, 0])
        np.testing.assert_array_equal([float(row["loss"]) for row in mine], record.loss[: len(mine), r, 0])


def test_formula_translation_keeps_the_function_set():
    assert codegen.formula_to_torch("sigmoid(x) + abs(y) + exp(-pi*x)") == \
        "torch.sigmoid(x) + torch.abs(y) + torch.exp(-math.pi * x)"


@pytest.mark.parametrize("make", [network.classic, network.PRESETS["tanh342"], network.PRESETS["deep"]])
def test_backprop_script_prints_the_gradients_and_update(make):
    net = make()
    trace = backprop.trace(net)
    rows = {r["name"]: r for r in run(codegen.backprop_script(net))}
    assert float(rows["E_total"]["value"]) == pytest.approx(trace.loss, rel=1e-12)
    for name, grad in trace.grads.items():
        assert float(rows[name]["grad"]) == pytest.approx(grad, rel=1e-9, abs=1e-15)
        assert float(rows[name]["updated"]) == pytest.approx(trace.updated[name], rel=1e-12, abs=1e-15)
