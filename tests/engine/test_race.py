"""The optimizer race against plain torch loops, the tutorial's printed results, and the internals."""

import numpy as np
import pytest
import torch

from simulator.engine import internals, race, surfaces
from simulator.engine.specs import SpecError

TUTORIAL = [  # tutorial 3.3.2-3.3.5: loss w²/2 from w = 1, two steps, printed with %f
    ("SGD(lr=0.01, momentum=0.9)", ["0.990000", "0.971100"]),
    ("Adagrad(lr=0.01)", ["0.990000", "0.982965"]),
    ("RMSprop(lr=0.01, alpha=0.9)", ["0.968377", "0.945788"]),
    ("Adam(lr=0.01, betas=(0.9, 0.99))", ["0.990000", "0.980003"]),
]


def run(surface, specs, start, steps, schedulers=()):
    *_, record = race.race(surface, race.parse_racers(specs, schedulers), start, steps)
    return record


def test_the_tutorials_four_printed_results():
    record = run(surfaces.BUILTIN["tutorial"], [t for t, _ in TUTORIAL], [1.0], 2)
    for r, (_, printed) in enumerate(TUTORIAL):
        assert [f"{w:f}" for w in record.positions[1:, r, 0, 0]] == printed


def test_the_tutorials_two_momentum_forms_torchs_and_its_formula_with_dampening():
    """The tutorial writes s = β·s + (1 − β)·g but prints torch's b = μ·b + g; by hand its formula gives 0.98001."""
    record = run(surfaces.BUILTIN["tutorial"], ["SGD(lr=0.01, momentum=0.9)",
                                                "SGD(lr=0.01, momentum=0.9, dampening=0.9)"], [1.0], 2)
    hand = {"torch": [], "tutorial": []}  # by hand on w²/2 (g = w), the two forms side by side
    for form in hand:
        w, buf = 1.0, None
        for _ in range(2):
            g = w
            if form == "torch":
                buf = g if buf is None else 0.9 * buf + g
            else:
                buf = g if buf is None else 0.9 * buf + (1 - 0.9) * g  # from s₁ = g₁, as the tutorial's average
            w -= 0.01 * buf
            hand[form].append(w)
    assert [f"{v:f}" for v in hand["torch"]] == ["0.990000", "0.971100"]
    assert f"{hand['tutorial'][1]:.5f}" == "0.98001"
    np.testing.assert_allclose(record.positions[1:, 0, 0, 0], hand["torch"], rtol=1e-6)
    np.testing.assert_allclose(record.positions[1:, 1, 0, 0], hand["tutorial"], rtol=1e-6)


def plain_loop(formula_fn, make_optimizer, start, steps, make_scheduler=None):
    w = torch.tensor([start], dtype=torch.float32, requires_grad=True)
    opt = make_optimizer([w])
    sched = make_scheduler(opt) if make_scheduler else None
    path = [w.detach().numpy().copy()]
    for _ in range(steps):
        opt.zero_grad()
        formula_fn(w[:, 0], w[:, 1]).sum().backward()
        opt.step()
        if sched:
            sched.step()
        path.append(w.detach().numpy().copy())
    return np.concatenate(path)


OPT = torch.optim
CASES = [
    ("SGD(lr=0.001)", lambda p: OPT.SGD(p, lr=0.001), None, None),
    ("Momentum(lr=0.001)", lambda p: OPT.SGD(p, lr=0.001, momentum=0.9), None, None),
    ("SGD(lr=0.001, momentum=0.8, nesterov=True)", lambda p: OPT.SGD(p, lr=0.001, momentum=0.8, nesterov=True),
     None, None),
    ("Adagrad(lr=0.1)", lambda p: OPT.Adagrad(p, lr=0.1), None, None),
    ("RMSprop(lr=0.01, alpha=0.9)", lambda p: OPT.RMSprop(p, lr=0.01, alpha=0.9), None, None),
    ("Adam(lr=0.05, betas=(0.9, 0.99))", lambda p: OPT.Adam(p, lr=0.05, betas=(0.9, 0.99)), None, None),
    ("AdamW(lr=0.05)", lambda p: OPT.AdamW(p, lr=0.05), None, None),
    ("Adam(lr=0.05)", lambda p: OPT.Adam(p, lr=0.05), "StepLR(step_size=20, gamma=0.5)",
     lambda o: OPT.lr_scheduler.StepLR(o, 20, 0.5)),
]


@pytest.mark.parametrize("surface_name", ["rosenbrock", "himmelblau", "ravine", "rastrigin"])
def test_every_racer_moves_exactly_like_a_plain_torch_loop(surface_name):
    surface = surfaces.BUILTIN[surface_name]
    record = run(surface, [c[0] for c in CASES], surface.start, 60, [c[2] or "none" for c in CASES])
    for r, (_, make_opt, _, make_sched) in enumerate(CASES):
        expected = plain_loop(surface.expression, make_opt, list(surface.start), 60, make_sched)
        got = record.positions[:, r, 0]
        finite = np.isfinite(expected).all(axis=1)
        np.testing.assert_array_equal(got[finite], expected[finite], err_msg=CASES[r][0])


def test_a_swarm_moves_each_point_as_its_own_run():
    surface = surfaces.BUILTIN["himmelblau"]
    starts = race.swarm_starts(surface, 400, "random", seed=1)
    *_, record = race.race(surface, race.parse_racers(["Adam(lr=0.05)", "SGD(lr=0.005)"]), starts, 100)
    assert record.recorded[-1] == 100 and len(record.recorded) <= race.SWARM_SNAPSHOTS
    for i in (0, 17, 399):
        for r, make in enumerate((lambda p: OPT.Adam(p, lr=0.05), lambda p: OPT.SGD(p, lr=0.005))):
            alone = plain_loop(surface.expression, make, list(np.float32(starts[i])), 100)
            np.testing.assert_array_equal(record.positions[-1, r, i], alone[-1])


def test_curve_summaries_leave_out_diverged_points_and_one_point_is_itself():
    """The loss and distance curves of a swarm: mean and lowest loss and mean distance to the minimum over
    the points still finite (a third of these diverge, so a plain mean would be inf or NaN)."""
    surface = surfaces.BUILTIN["rosenbrock"]
    starts = race.swarm_starts(surface, 100, "grid")
    *_, swarm = race.race(surface, race.parse_racers(["SGD(lr=0.002)", "Adam(lr=0.05)"]), starts, 100)
    assert 0 < np.isfinite(swarm.loss[-1, 0]).sum() < 100  # some, not all, diverged
    minimum = np.array(surface.minima[0])
    for row in (0, 1, len(swarm.recorded) - 1):
        for r in range(2):
            finite = np.isfinite(swarm.loss[row, r])
            kept = swarm.loss[row, r][finite].astype(np.float64)
            assert swarm.mean_loss[row, r] == pytest.approx(kept.mean(), rel=1e-12)
            assert swarm.best_loss[row, r] == kept.min()
            distances = np.linalg.norm(swarm.positions[row, r][finite].astype(np.float64) - minimum, axis=1)
            assert swarm.distance[row, r] == pytest.approx(distances.mean(), rel=1e-12)
    *_, single = race.race(surface, race.parse_racers(["SGD(lr=0.001)"]), surface.start, 50)
    np.testing.assert_array_equal(single.mean_loss[:, 0], single.loss[:, 0, 0])
    np.testing.assert_array_equal(single.best_loss[:, 0], single.loss[:, 0, 0])
    np.testing.assert_allclose(single.distance[:, 0],
                               np.linalg.norm(single.positions[:, 0, 0].astype(np.float64) - minimum, axis=1))
    *_, unknown = race.race(surfaces.surface_from_text("x + y"), race.parse_racers(["SGD(lr=0.1)"]), (1, 1), 5)
    assert np.isnan(unknown.distance).all()  # no minimum in view: no distance
    *_, found = race.race(surfaces.surface_from_text("x**2 + y**4"), race.parse_racers(["SGD(lr=0.1)"]), (1, 1), 5)
    np.testing.assert_allclose(found.distance[:, 0], np.linalg.norm(found.positions[:, 0, 0], axis=1), atol=1e-6)


def test_swarm_history_is_bounded():
    surface = surfaces.BUILTIN["bowl"]
    *_, record = race.race(surface, race.parse_racers(["SGD(lr=0.1)"]), race.swarm_starts(surface, 2500), 5000,
                           record_every=5000)
    assert record.positions.shape == (race.SWARM_SNAPSHOTS, 1, 2500, 2)
    assert record.grad is None and record.state is None


def test_finish_states_with_the_step():
    saddle = surfaces.BUILTIN["saddle"]
    record = run(saddle, ["SGD(lr=0.01)", "SGD(lr=0.6)"], saddle.start, 800)
    assert record.status[0] == (race.LEFT_VIEW, record.status[0][1]) and record.status[0][1] > 100
    status, step = record.status[1]
    assert status == race.DIVERGED and step < 800
    assert not np.isfinite(record.loss[step, 1]).all()

    bowl = surfaces.BUILTIN["bowl"]
    record = run(bowl, ["SGD(lr=0.1)"], bowl.start, 300)
    status, step = record.status[0]
    assert status == race.CONVERGED and 10 < step < 300
    assert np.linalg.norm(record.grad[step, 0, 0]) < race.GRAD_TOL

    plateau = surfaces.BUILTIN["plateau"]
    record = run(plateau, ["SGD(lr=0.01)", "Adam(lr=0.05)"], plateau.start, 400)
    assert record.status[0][0] == race.STALLED  # tiny gradient far from the minimum: stuck, not done
    assert record.status[1][0] == race.CONVERGED


def test_stopping_the_generator_stops_the_race():
    bowl = surfaces.BUILTIN["bowl"]
    job = race.race(bowl, race.parse_racers(["SGD(lr=0.01)"]), bowl.start, 100_000)
    first = next(job)
    job.close()
    assert first.steps_done == 1 and not first.complete
    assert not first.positions.flags.writeable


@pytest.mark.parametrize("spec", [c[0] for c in CASES] + [
    "Adagrad(lr=0.1, lr_decay=0.01, weight_decay=0.1)", "RMSprop(lr=0.001, momentum=0.5, centered=True)",
    "Adam(lr=0.05, amsgrad=True, weight_decay=0.01)", "Momentum(lr=0.0005, dampening=0.1)",
])
def test_the_substituted_update_equation_equals_torchs_update(spec):
    surface = surfaces.BUILTIN["rosenbrock"]
    record = run(surface, [spec], surface.start, 40)
    for step in range(40):
        e = internals.explain(record, 0, step)
        assert e.agrees(record.positions[step, 0, 0].astype(np.float64)), (step, e.predicted, e.actual)
        assert e.lines[-1].substituted.endswith(internals.fmt(record.positions[step, 0, 0] + e.predicted))


def test_internals_read_the_optimizer_state():
    record = run(surfaces.BUILTIN["tutorial"], ["Adam(lr=0.01, betas=(0.9, 0.99))"], [1.0], 2)
    e = internals.explain(record, 0, 1)
    values = {line.name: line.value for line in e.lines}
    np.testing.assert_allclose(values["m"], record.state[0]["exp_avg"][2, 0], rtol=1e-6)
    np.testing.assert_allclose(values["s"], record.state[0]["exp_avg_sq"][2, 0], rtol=1e-6)
    assert record.state[0]["step"][2] == 2


@pytest.mark.parametrize("specs, schedulers, words", [
    ([], [], "at least one optimizer"),
    (["Adam(lr=-1)"], [], "lr must be at least 0"),
    (["Adam(betas=(0.9, 1.0))"], [], "less than 1.0"),
    (["Adam(betas=(-0.1, 0.9))"], [], "at least 0.0"),
    (["RMSprop(eps=0)"], [], "greater than 0"),
    (["Adam(lr=0.1, beta=0.9)"], [], "did you mean 'betas'"),
    (["SGD(lr=0.1)"], ["StepLR(step_size=1)", "StepLR(step_size=1)"], "more schedulers"),
])
def test_bad_racers_are_refused_clearly(specs, schedulers, words):
    with pytest.raises(SpecError, match=words):
        race.parse_racers(specs, schedulers)


def test_first_reaching_a_threshold():
    loss = np.array([[5.0, 5.0], [2.0, 4.0], [0.5, 3.0]])
    assert list(race.first_reaching(loss, np.arange(3), 1.0)) == [2, -1]


def test_the_momentum_slide_shows_what_its_caption_says():
    """3.3.2's caption: with SGD's own lr, Momentum's zig-zag across the ravine calms down and it gets there
    first — true on the racers the slide shows."""
    from simulator import lesson
    from simulator.ui.panels import PANELS

    walk = lesson.load(lesson.BUILTIN_FOLDER / "tutorial.json", PANELS)
    slide = next(s for s in walk.slides if s.caption["en"].startswith("3.3.2"))
    specs = [r["optimizer"] for r in slide.state["racers"]]
    start = [float(v) for v in slide.state["start"].split(",")]
    record = run(surfaces.BUILTIN[slide.state["surface"]], specs, start, slide.state["steps"])
    sgd, momentum = 0, 1  # (the slide races SGD, then Momentum)
    swings = [int((np.diff(np.sign(record.positions[:, r, 0, 1])) != 0).sum()) for r in (sgd, momentum)]
    first = [int(np.argmax(record.loss[:, r, 0] <= 1e-3)) for r in (sgd, momentum)]
    assert "momentum" in specs[momentum].lower() and "lr=0.45" in specs[sgd] and "lr=0.45" in specs[momentum]
    assert swings[1] < swings[0] and first[1] < first[0]


def test_a_typed_surface_gets_its_minima_found_and_no_racer_leaves_a_view_it_started_in():
    ravine = surfaces.surface_from_text("0.1*x**2 + 2*y**2")  # the ravine's own formula, typed
    record = run(ravine, ["SGD(lr=0.45)", "Momentum(lr=0.45, momentum=0.5)"], [-5.0, 1.5], 150)
    np.testing.assert_allclose(record.surface.minima, [(0.0, 0.0)], atol=1e-9)
    assert [s for s, _ in record.status] == [race.CONVERGED, race.CONVERGED]  # not "left the view (step 0)"
    wavy = surfaces.surface_from_text("sin(x)*cos(y) + 0.1*(x**2 + y**2)")
    record = run(wavy, ["SGD(lr=0.1)"], [2.0, 2.0], 300)
    for point in record.surface.minima:  # each a real minimum: the gradient vanishes there
        w = torch.tensor(point, dtype=torch.float64, requires_grad=True)
        (g,) = torch.autograd.grad(wavy.loss(w[None, :]).sum(), w)
        assert float(g.norm()) < 1e-6
    assert record.status[0][0] == race.CONVERGED  # near a found minimum, so not "stalled"
    _, distance = record.surface.nearest_minimum(record.positions[-1, 0, 0].astype(np.float64)[None, :])
    assert distance[0] < race.NEAR_MINIMUM
    assert run(surfaces.surface_from_text("x + y"), ["SGD(lr=0.01)"], [0.0, 0.0], 5).surface.minima == ()
