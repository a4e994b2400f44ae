"""Every optimizer of the catalog, walked through every place that lists optimizers: the race (against a
plain torch loop), the inspector's equations (against torch's step), the training lab, the exported
script and the CLI. (The race panel's "Add racer" menu: tests/ui/test_race_panel.py.)"""

import csv
import io
import subprocess
import sys

import numpy as np
import pytest
import torch

from simulator import cli
from simulator.engine import codegen, datasets, internals, models, optimizers, race, surfaces, training, training_jobs

ENTRIES = optimizers.OPTIMIZERS.entries
SURFACE = surfaces.BUILTIN["ravine"]  # every menu spec converges here (SGD(lr=0.01) leaves the Rosenbrock)
STEPS = 40


def plain_loop(spec, start, steps):
    w = torch.tensor([start], dtype=torch.float32, requires_grad=True)
    opt = getattr(torch.optim, spec.entry.torch_name)([w], **spec.resolved())
    path = []
    for _ in range(steps + 1):
        opt.zero_grad()
        SURFACE.loss(w).sum().backward()
        path.append(w.detach().numpy()[0].copy())
        opt.step()
    return np.array(path)


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda e: e.name)
def test_each_optimizer_races_and_explains_its_steps_as_torch_makes_them(entry):
    assert entry.explain is not None and entry.menu, f"{entry.name}: the catalog entry needs explain and menu"
    for text in entry.menu:
        spec = optimizers.OPTIMIZERS.parse(text)
        *_, record = race.race(SURFACE, [race.Racer(spec)], SURFACE.start, STEPS)
        np.testing.assert_array_equal(record.positions[:, 0, 0], plain_loop(spec, list(SURFACE.start), STEPS))
        for step in (0, 1, 2, 10, STEPS - 1):
            explanation = internals.explain(record, 0, step)
            assert explanation.agrees(record.positions[step, 0, 0]), (text, step, explanation.difference)
            assert explanation.lines[-1].name == "w" and all(line.substituted for line in explanation.lines)


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda e: e.name)
def test_each_optimizer_trains_in_the_lab_and_takes_new_hyperparameters(entry):
    spec = optimizers.OPTIMIZERS.parse(entry.menu[0])
    data = datasets.make_dataset("moons", 200, 0.2, 0)
    run = training.RunSpec(entry.name, models.ModelSpec((2, 8, 2)), spec, weight_decay=1e-3)
    setup = training.Setup(data, 60, 0.3, (run,), 16, 2, 0)
    session = training.Session(setup)
    *_, record = session.advance(5)
    assert record.iteration == 5 and np.isfinite(record.runs[0].iteration_loss).all()
    assert type(session.optimizers[0]).__name__ == entry.torch_name
    assert training_jobs.can_apply(setup, setup)


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda e: e.name)
def test_each_optimizers_exported_script_prints_the_races_numbers(entry, tmp_path):
    racers = [race.Racer(optimizers.OPTIMIZERS.parse(entry.menu[0]))]
    *_, record = race.race(SURFACE, racers, SURFACE.start, 10)
    script = tmp_path / "race.py"
    script.write_text(codegen.race_script(SURFACE, racers, list(SURFACE.start), 10), encoding="utf-8")
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(io.StringIO(done.stdout)))
    assert [float(rows[-1]["x"]), float(rows[-1]["y"])] == record.positions[-1, 0, 0].tolist()


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda e: e.name)
def test_each_optimizer_races_from_the_command_line(entry, tmp_path):
    out = tmp_path / "race.csv"
    assert cli.main(["race", "--surface", "ravine", "--optimizer", entry.menu[0], "--steps", "5",
                     "--csv", str(out)]) == 0
    assert out.read_text(encoding="utf-8").count("\n") == 7  # header + steps 0..5
