"""Predict the next step: one optimizer update typed by hand, judged against the update torch made."""

import numpy as np
import pytest

from simulator.engine import check, check_step, internals, race, surfaces
from simulator.engine.specs import SpecError

SPECS = ["SGD(lr=0.01)", "SGD(lr=0.01, momentum=0.9)", "SGD(lr=0.01, momentum=0.9, dampening=0.9)",
         "Adagrad(lr=0.1)", "RMSprop(lr=0.01, alpha=0.9)", "Adam(lr=0.01, betas=(0.9, 0.99))"]


def record(surface="tutorial", start=(1.0,), specs=SPECS):
    *_, result = race.race(surfaces.BUILTIN[surface], race.parse_racers(specs, ()), list(start), 4)
    return result


def test_the_right_values_are_the_inspectors_which_are_torchs():
    for surface, start in (("tutorial", (1.0,)), ("ravine", (-5.0, 1.5))):
        rec = record(surface, start)
        for r in range(len(SPECS)):
            for step in (0, 2):
                lines = {line.name: line.value for line in internals.explain(rec, r, step).lines}
                answers = {q: ", ".join(f"{v:.9g}" for v in np.atleast_1d(lines[q]))
                           for q in check_step.quantities(rec, r)}
                verdicts = check_step.judge(rec, r, step, answers)
                assert {v.verdict for v in verdicts} == {check.RIGHT}, (surface, SPECS[r], step)
                np.testing.assert_allclose(rec.positions[step + 1, r, 0], verdicts[-1].expected, rtol=1e-6)


def adam_step(rec, step, mistake=None, digits=6):
    sheet = check_step._sheet(rec, 5, step, mistake)
    return {q: f"{float(sheet[q][0]):.{digits}g}" for q in check_step.quantities(rec, 5)}


@pytest.mark.parametrize("mistake, first", [
    ("bias-correction", "m̂"), ("betas-swapped", "m"), ("eps-missing", "η"), ("eps-inside", "η"),
    ("sqrt-missing", "η"), ("update-sign", "Δw"),
])
def test_each_usual_adam_mistake_is_named(mistake, first):
    rec = record(start=(1e-4,))  # gradients of 1e-4: √ŝ ~ 1e-4, where ε = 1e-8 shows
    verdicts = check_step.judge(rec, 5, 1, adam_step(rec, 1, mistake, digits=9))
    wrong = [v for v in verdicts if v.verdict == check.WRONG]
    assert wrong[0].quantity == first and wrong[0].diagnosis == mistake


def test_the_two_momentum_forms_are_told_apart():
    rec = record()
    sheet = check_step._sheet(rec, 1, 1, "momentum-form")  # torch's racer, the tutorial's formula by hand
    verdicts = check_step.judge(rec, 1, 1, {"g": f"{sheet['g'][0]:.6g}", "b": f"{sheet['b'][0]:.6g}"})
    assert [(v.quantity, v.verdict, v.diagnosis) for v in verdicts] == [
        ("g", check.RIGHT, None), ("b", check.WRONG, "momentum-form")]


def test_an_error_carried_forward_counts_once_and_coordinates_are_judged_together():
    rec = record("ravine", (-5.0, 1.5))
    sheet = check_step._sheet(rec, 5, 1, None)
    m = sheet["m"] * 1.5  # a slip in m; m̂, Δw and w worked from it
    worked = check_step._sheet(rec, 5, 1, None, {"m": m})
    answers = {q: ", ".join(f"{v:.8g}" for v in worked[q]) for q in ("m", "m̂", "Δw", "w")}
    answers["m"] = ", ".join(f"{v:.8g}" for v in m)
    verdicts = {v.quantity: v.verdict for v in check_step.judge(rec, 5, 1, answers)}
    assert verdicts == {"m": check.WRONG, "m̂": check.CARRIED, "Δw": check.CARRIED, "w": check.CARRIED}


def test_bad_predictions_are_refused_clearly():
    rec = record()
    with pytest.raises(SpecError, match="not a quantity"):
        check_step.judge(rec, 5, 0, {"q": "1"})
    with pytest.raises(SpecError, match="1 number, one per coordinate"):
        check_step.judge(rec, 5, 0, {"g": "1, 2"})
    with pytest.raises(SpecError, match="is not a number"):
        check_step.judge(rec, 5, 0, {"m_hat": "one"})
    nesterov = record(specs=["SGD(lr=0.01, momentum=0.9, nesterov=True)"])
    with pytest.raises(SpecError, match="plain SGD, Momentum"):
        check_step.judge(nesterov, 0, 0, {"g": "1"})
