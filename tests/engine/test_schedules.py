"""Schedule curves against torch itself, run the way the tutorial runs them (sections 4.2-4.4)."""

import io

import numpy as np
import pytest
import torch

from simulator.engine import schedules
from simulator.engine.specs import SpecError


def tutorial_loop(make_scheduler, lr=0.1, epochs=200, iterations=10):
    """The tutorial's experiment: SGD(momentum=0.9) on (w·x − y)², ten steps per epoch, the lr read
    with get_last_lr() before each epoch's scheduler.step()."""
    x, y_true = torch.tensor([1.0]), torch.tensor([0])
    w = torch.tensor([1.0], requires_grad=True)
    optimizer = torch.optim.SGD([w], lr=lr, momentum=0.9)
    scheduler = make_scheduler(optimizer)
    lrs = []
    for _ in range(epochs):
        lrs.append(scheduler.get_last_lr()[0])
        for _ in range(iterations):
            loss = (w * x - y_true) ** 2
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
        scheduler.step()
    return np.array(lrs)


S = torch.optim.lr_scheduler
TUTORIAL = {
    "StepLR(step_size=50, gamma=0.5)": lambda o: S.StepLR(o, step_size=50, gamma=0.5),
    "MultiStepLR(milestones=[50, 125, 160], gamma=0.5)":
        lambda o: S.MultiStepLR(o, milestones=[50, 125, 160], gamma=0.5),
    "ExponentialLR(gamma=0.95)": lambda o: S.ExponentialLR(o, gamma=0.95),
}


@pytest.mark.parametrize("text", schedules.TUTORIAL_SPECS)
def test_tutorial_schedules_match_torch_exactly(text):
    ours = schedules.lr_curve(schedules.SCHEDULERS.parse(text), schedules.TUTORIAL_LR, schedules.TUTORIAL_EPOCHS)
    np.testing.assert_array_equal(ours, tutorial_loop(TUTORIAL[text]))


def test_tutorial_schedules_have_the_documented_shape():
    parse = schedules.SCHEDULERS.parse
    step = schedules.lr_curve(parse(schedules.TUTORIAL_SPECS[0]), 0.1, 200)
    multi = schedules.lr_curve(parse(schedules.TUTORIAL_SPECS[1]), 0.1, 200)
    expo = schedules.lr_curve(parse(schedules.TUTORIAL_SPECS[2]), 0.1, 200)
    epochs = np.arange(200)
    np.testing.assert_allclose(step, 0.1 * 0.5 ** (epochs // 50))
    np.testing.assert_allclose(multi, 0.1 * 0.5 ** np.searchsorted([50, 125, 160], epochs, side="right"))
    np.testing.assert_allclose(expo, 0.1 * 0.95**epochs, rtol=1e-12)


@pytest.mark.parametrize("entry", schedules.SCHEDULERS.entries, ids=lambda e: e.name)
def test_every_catalog_example_matches_a_direct_torch_run(entry):
    spec = schedules.SCHEDULERS.parse(entry.example)
    kwargs = spec.resolved(epochs=120, lr=0.05)
    direct = tutorial_loop(lambda o: getattr(S, entry.torch_name)(o, **kwargs), lr=0.05, epochs=119, iterations=1)
    ours = schedules.lr_curve(spec, 0.05, 120)
    np.testing.assert_array_equal(ours[:119], direct)


def test_context_defaults_fill_in_the_run_length():
    spec = schedules.SCHEDULERS.parse("CosineAnnealingLR()")
    lrs = schedules.lr_curve(spec, 0.1, 100)
    assert lrs[0] == 0.1 and lrs[-1] < 1e-4  # T_max = all epochs: the half cosine ends at the last epoch


def test_curves_job_reports_torch_rejections_per_row_and_keeps_the_others():
    rows = [("a", schedules.SCHEDULERS.parse("StepLR(step_size=10)")),
            ("b", schedules.SCHEDULERS.parse("OneCycleLR(total_steps=5)"))]
    *_, last = schedules.curves_job(rows, 0.1, 20)
    assert last.complete
    good, bad = last.curves
    assert good.error is None and good.lrs.shape == (20,)
    assert bad.lrs is None and "OneCycleLR" in bad.error


def test_curves_job_yields_progress_on_long_runs():
    rows = [(0, schedules.SCHEDULERS.parse("ExponentialLR(gamma=0.9999)"))]
    records = list(schedules.curves_job(rows, 0.1, 5000, chunk=1000))
    assert len(records) >= 5 and not records[0].complete and records[-1].complete
    assert np.isnan(records[0].curves[0].lrs[1000:]).all()


@pytest.mark.parametrize("lr, epochs", [(0.0, 10), (-0.1, 10), (float("nan"), 10), (0.1, 0), (0.1, 10**6)])
def test_bad_run_settings_are_refused(lr, epochs):
    with pytest.raises(SpecError):
        schedules.check_run(lr, epochs)


def test_csv_has_one_row_per_schedule_per_epoch():
    rows = [(i, schedules.SCHEDULERS.parse(t)) for i, t in enumerate(schedules.TUTORIAL_SPECS)]
    *_, result = schedules.curves_job(rows, 0.1, 200)
    out = io.StringIO()
    schedules.write_csv(result, out)
    lines = out.getvalue().splitlines()
    assert lines[0] == "label,epoch,lr"
    assert len(lines) == 1 + 3 * 200
    assert lines[51] == '"StepLR(step_size=50, gamma=0.5)",50,0.05'
