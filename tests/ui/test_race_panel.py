"""The optimizer race panel as a user drives it."""

import numpy as np
import pyqtgraph as pg
import pytest
import torch
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea

from simulator.engine import internals, race, surfaces
from simulator.ui import theme
from simulator.ui.panels.race import PRESETS, RacePanel, compact


@pytest.fixture
def panel(show_panel, qtbot):
    p = show_panel(RacePanel, (1500, 950))
    settle(p, qtbot)
    return p


def settle(panel, qtbot):
    qtbot.wait(20)
    qtbot.waitUntil(lambda: panel.record is not None and panel.record.complete
                    and not panel.controller.busy("race"), timeout=30_000)


def load(panel, qtbot, key):
    panel.load_preset(key)
    settle(panel, qtbot)
    panel.playback.stop()


def test_tutorial_preset_reproduces_the_printed_results(panel, qtbot):
    load(panel, qtbot, "tutorial")
    record = panel.record
    labels = [r.label for r in record.racers]
    assert labels == list(PRESETS["tutorial"].racers)
    printed = {"SGD(lr=0.01, momentum=0.9)": "0.971100", "Adagrad(lr=0.01)": "0.982965",
               "RMSprop(lr=0.01, alpha=0.9)": "0.945788", "Adam(lr=0.01, betas=(0.9, 0.99))": "0.980003"}
    for r, label in enumerate(labels):
        if label in printed:
            assert f"{record.positions[2, r, 0, 0]:f}" == printed[label]


def test_stepping_back_shows_the_stored_state_of_that_step(panel, qtbot):
    load(panel, qtbot, "ravine")
    panel.inspector.racer.setCurrentIndex(2)  # Adam
    panel.inspector.racer.activated.emit(2)
    panel.activateWindow()  # shortcuts act in the active window only
    qtbot.waitUntil(panel.isActiveWindow, timeout=5_000)
    panel.ranking.table.setFocus()
    panel.playback.set_position(10)
    qtbot.keyClick(panel.ranking.table, Qt.Key_Left)
    assert panel.playback.position == 9
    xs, _ = panel.figure.trails[2].getData()
    np.testing.assert_array_equal(xs, panel.record.positions[:10, 2, 0, 0])
    text = panel.inspector.view.toPlainText()
    assert "Update from step 9 to 10" in text and "m̂" in text
    # the numbers shown are torch's: the exp_avg stored for step 10 appears in the m line
    m = panel.record.state[2]["exp_avg"][10, 0]
    assert f"{m[0]:.6g}".replace("-", "−") in text  # (the inspector's minus sign is the formulas' −)


def test_editing_a_racer_reruns_and_bad_values_are_reported_at_the_field(panel, qtbot):
    row = panel.racers.rows[0].optimizer
    row.edit.setText("SGD(lr=0.02)")
    qtbot.keyClick(row.edit, Qt.Key_Return)
    settle(panel, qtbot)
    assert panel.record.racers[0].label == "SGD(lr=0.02)"
    before = panel.record
    for text, words in (("SGD(lr=-1)", "at least 0"), ("Adam(betas=(0.9, 1.5))", "less than 1.0"),
                        ("Adam(eps=0)", "greater than 0"), ("Adam(lr=0.1, momentum=0.9)", "no argument 'momentum'")):
        row.edit.setText(text)
        qtbot.keyClick(row.edit, Qt.Key_Return)
        assert not row.error.isHidden() and words in row.error.text()
    qtbot.wait(100)
    assert panel.record is before  # nothing rerun with a bad racer; the last race stays


def test_a_scheduler_attached_to_a_racer_changes_its_lr(panel, qtbot):
    scheduler = panel.racers.rows[0].scheduler
    scheduler.set_text("StepLR(step_size=10, gamma=0.5)")
    settle(panel, qtbot)
    lr = panel.record.lr[:, 0]
    assert lr[0] == 0.01 and lr[10] == 0.005 and lr[20] == 0.0025


def test_shift_clicking_the_surface_sets_the_start_point_a_plain_click_does_not(panel, qtbot):
    start = panel.start_edit.text()
    vb = panel.figure.plot_item.vb
    point = panel.figure.mapFromScene(vb.mapViewToScene(pg.Point(-1.0, 0.5)))
    qtbot.mouseClick(panel.figure.viewport(), Qt.LeftButton, Qt.NoModifier, point)  # a click to focus the window
    qtbot.wait(50)
    assert panel.start_edit.text() == start
    qtbot.mouseClick(panel.figure.viewport(), Qt.LeftButton, Qt.ShiftModifier, point)
    settle(panel, qtbot)
    x, y = panel.record.positions[0, 0, 0]
    assert abs(x + 1.0) < 0.1 and abs(y - 0.5) < 0.1 and panel.start_edit.text() != start
    panel.figure.sig_clicked.emit(-1.0, 0.5)
    settle(panel, qtbot)
    np.testing.assert_allclose(panel.record.positions[0, 0, 0], [-1.0, 0.5])
    assert panel.start_edit.text() == "-1, 0.5"


def test_typed_formulas_and_their_errors(panel, qtbot):
    panel.formula.setText("x**2 + 3*y**2")
    panel.formula.editingFinished.emit()
    settle(panel, qtbot)
    assert panel.record.surface.formula == "x**2 + 3*y**2"
    assert panel.surface_box.currentText() == "custom formula"
    panel.formula.setText("x**2 + open(y)")
    panel.formula.editingFinished.emit()
    assert not panel.error.isHidden() and "unknown function" in panel.error.text()
    assert panel.record.surface.formula == "x**2 + 3*y**2"


def test_a_one_dimensional_formula_races_along_a_curve(panel, qtbot):
    panel.formula.setText("x**4 - x**2")
    panel.formula.editingFinished.emit()
    settle(panel, qtbot)
    assert panel.record.surface.dims == 1 and panel.start_edit.text() == "2"
    assert panel.figure.curve.getData()[0] is not None and not panel.figure.image.isVisible()


def test_bad_start_is_reported_and_the_last_race_kept(panel, qtbot):
    before = panel.record
    panel.start_edit.setText("1, two")
    panel.start_edit.editingFinished.emit()
    qtbot.wait(50)
    assert not panel.error.isHidden() and "start" in panel.error.text()
    assert panel.record is before


def test_swarm_colours_start_points_by_the_minimum_they_reach(panel, qtbot):
    panel.surface_box.setCurrentText("himmelblau")
    panel._surface_chosen(0)
    panel.swarm_size.setValue(400)
    panel.swarm.setChecked(True)
    settle(panel, qtbot)
    record = panel.record
    assert record.n_points == 400
    panel.playback.stop()
    panel.playback.last()
    brushes = {b.color().name() for b in panel.figure.swarm.data["brush"]}
    assert len(brushes) >= 3  # several basins of attraction, each its own colour
    panel.swarm_color.setCurrentIndex(1)  # by final loss instead: a viridis scale, lowest loss darkest
    panel.swarm_color.activated.emit(1)
    by_loss = [b.color() for b in panel.figure.swarm.data["brush"]]
    lowest = int(np.nanargmin(record.loss[-1, panel.inspector.index]))
    assert {c.name() for c in by_loss} != brushes and by_loss[lowest].name() == "#440154"  # viridis at 0
    # each point's end matches a single-point race from that start
    s = surfaces.BUILTIN["himmelblau"]
    *_, alone = race.race(s, [record.racers[0]], record.swarm_starts[123:124], record.steps)
    np.testing.assert_array_equal(alone.positions[-1, 0, 0], record.positions[-1, 0, 123])


def test_ranking_orders_by_first_step_below_the_threshold(panel, qtbot):
    load(panel, qtbot, "adagrad")
    panel.ranking.threshold.setText("0.01")
    panel.ranking.threshold.editingFinished.emit()
    first = [panel.ranking.table.item(i, 0).text() for i in range(panel.ranking.table.rowCount())]
    steps = [panel.ranking.table.item(i, 1).text() for i in range(panel.ranking.table.rowCount())]
    assert first[-1].startswith("Adagrad") and steps[-1] == "—"  # its lr died out before reaching it
    numbers = [int(s) for s in steps if s != "—"]
    assert numbers == sorted(numbers)


def test_compact_numbers_keep_their_exponent():
    assert compact(-1.0093e29) == "-1.009e29"
    assert compact(3.2e-7) == "3.2e-7"
    assert compact(-40.3125) == "-40.31"
    assert compact(float("inf")) == "inf" and compact(float("nan")) == "nan"


@pytest.mark.parametrize("scale", [1.0, 1.6])
def test_ranking_shows_every_racer_and_its_numbers_in_full(panel, qtbot, qapp, scale):
    theme.set_scale(qapp, scale)
    try:
        for key in ("saddle", "five"):  # a final loss of -1e29; five racers
            load(panel, qtbot, key)
            qtbot.wait(50)
            table = panel.ranking.table
            assert table.rowCount() == len(PRESETS[key].racers)
            viewport = table.viewport().rect()
            metrics = table.fontMetrics()
            assert metrics.height() > 1.4 * 11 * (scale - 0.1)  # the table has the scaled font
            for i in range(table.rowCount()):
                assert viewport.contains(table.visualItemRect(table.item(i, 0)))  # the whole row is visible
                for c in (1, 2, 3):  # numbers and status are never cut
                    item = table.item(i, c)
                    assert metrics.horizontalAdvance(item.text()) <= table.visualItemRect(item).width()
            for c in range(table.columnCount()):  # nor the headers of the short columns
                text = table.horizontalHeaderItem(c).text()
                assert c == 0 or metrics.horizontalAdvance(text) <= table.horizontalHeader().sectionSize(c)
            if key == "saddle":
                assert "e29" in " ".join(table.item(i, 2).text() for i in range(table.rowCount()))
        # the racers' settings fit their column: no horizontal scrolling, every form label in full
        row = panel.racers.rows[0].optimizer
        scroll = row.parentWidget()
        while not isinstance(scroll, QScrollArea):
            scroll = scroll.parentWidget()
        assert not scroll.horizontalScrollBar().isVisible()
        for label, _ in row.form.pairs:
            assert label.width() >= label.sizeHint().width()
    finally:
        theme.set_scale(qapp, 1.0)


def test_hovering_the_loss_plot_highlights_that_step_on_the_surface(panel, qtbot):
    plot = panel.series.loss_plot
    vb = plot.getPlotItem().vb
    scene_pos = vb.mapViewToScene(pg_point(30, 0))
    panel.series.hovered(plot, scene_pos)
    xs, ys = panel.figure.hover.getData()
    np.testing.assert_allclose(np.column_stack([xs, ys]), panel.record.positions[30, :, 0], rtol=1e-6)


def pg_point(x, y):
    from PySide6.QtCore import QPointF

    return QPointF(x, y)


def test_export_csv_matches_the_cli_format(panel, tmp_path):
    import io

    out = io.StringIO()
    panel.write_csv(out)
    lines = out.getvalue().splitlines()
    assert lines[0] == "index,label,step,x,y,loss"
    assert lines[1].startswith("0,SGD(lr=0.01),0,1.5,0.0010000000474974513,")
    assert torch.tensor(0.001).item() == 0.0010000000474974513  # the float32 start, as torch holds it


def test_add_racer_offers_every_catalog_optimizer_and_its_inspector_explains_it(panel, qtbot):
    from simulator.engine import optimizers

    offered = [a.text() for a in panel.racers.add_button.menu().actions()]
    assert offered == [text for entry in optimizers.OPTIMIZERS.entries for text in entry.menu]
    nadam = next(a for a in panel.racers.add_button.menu().actions() if a.text().startswith("NAdam"))
    entry = optimizers.OPTIMIZERS.entry("NAdam")
    assert nadam.toolTip().splitlines() == [entry.rule, entry.style, entry.use]  # what to pick it for
    nadam.trigger()
    settle(panel, qtbot)
    assert panel.record.racers[-1].optimizer.entry.name == "NAdam"
    panel.playback.stop()
    panel.inspector.racer.setCurrentIndex(len(panel.record.racers) - 1)
    panel.playback.set_position(3)
    qtbot.waitUntil(lambda: "μ_t" in panel.inspector.view.toPlainText(), timeout=10_000)  # NAdam's own equations
    assert entry.style in panel.inspector.view.toPlainText()


def test_the_momentum_story_shows_both_forms_and_says_which_each_racer_follows(panel, qtbot):
    panel.load_preset("momentum")
    qtbot.waitUntil(lambda: panel.record is not None and len(panel.record.racers) == 2 and
                    panel.record.steps_done == 100, timeout=20_000)
    for index, follows in ((0, "this racer follows torch's form"), (1, "follows the tutorial's formula (β = 0.9)")):
        panel.inspector.racer.setCurrentIndex(index)
        panel.inspector.racer.activated.emit(index)
        qtbot.waitUntil(lambda follows=follows: follows in panel.inspector.view.toPlainText(), timeout=10_000)
        text = panel.inspector.view.toPlainText()
        assert "b ← μ·b + g" in text and "s ← β·s + (1 − β)·g" in text and "0.9711" in text and "0.98001" in text


def test_predicting_the_next_step_hides_its_numbers_and_judges_the_typed_ones(panel, qtbot):
    load(panel, qtbot, "tutorial")
    adam = next(r for r, racer in enumerate(panel.record.racers) if racer.optimizer.entry.name == "Adam")
    panel.inspector.racer.setCurrentIndex(adam)
    panel.inspector.racer.activated.emit(adam)
    panel.playback.set_position(1)
    form = panel.inspector.predict
    form.switch.setChecked(True)
    qtbot.waitUntil(lambda: "m̂" in form.fields, timeout=5_000)
    text = panel.inspector.view.toPlainText()
    assert "m̂ = m / (1 − β1^t)" in text and "torch's update" not in text  # the formulas, not the numbers
    lines = {line.name: line.value for line in internals.explain(panel.record, adam, 1).lines}
    form.fields["g"][0].setText(f"{float(lines['g'][0]):.6g}")
    form.fields["m"][0].setText(f"{float(lines['m'][0]):.6g}")
    form.fields["m̂"][0].setText(f"{float(lines['m'][0]):.6g}")  # the bias correction forgotten
    form.fields["m̂"][0].returnPressed.emit()
    assert form.fields["g"][1].text() == "✓ right" and form.fields["m̂"][1].text() == "✗ wrong"
    assert "First mistake: m̂ — you forgot the bias correction" in form.message.text()
    form.fields["s"][0].setText("1, 2")
    form.fields["s"][0].returnPressed.emit()
    assert "1 number, one per coordinate" in form.message.text()
    form.switch.setChecked(False)
    assert "torch's update" in panel.inspector.view.toPlainText()


def test_an_absurd_lr_diverges_and_the_inspector_and_fields_say_so_in_full(panel, qtbot):
    row = panel.racers.rows[0].optimizer
    row.edit.setText("SGD(lr=1e9)")
    qtbot.keyClick(row.edit, Qt.Key_Return)
    settle(panel, qtbot)
    status, at = panel.record.status[0]
    assert status == "diverged"
    panel.inspector.racer.setCurrentIndex(0)
    panel.playback.stop()
    panel.playback.set_position(at)
    qtbot.waitUntil(lambda: "Diverged at step" in panel.inspector.view.toPlainText(), timeout=5_000)
    assert "differs" not in panel.inspector.view.toPlainText()
    assert row.edit.text() == "SGD(lr=1e9)" and row._fields["lr"].text() == "1e9"  # the whole number shows


def test_a_typed_formula_applies_once_typing_stops(panel, qtbot):
    panel.formula.setText("x**2 + 2*y**2")
    panel.formula.textEdited.emit("x**2 + 2*y**2")  # as a keystroke does; no Enter
    qtbot.waitUntil(lambda: panel.record is not None and panel.record.surface.formula == "x**2 + 2*y**2",
                    timeout=5_000)


def test_the_arrows_are_this_steps_update_and_the_plain_gradient_step_to_scale(panel, qtbot):
    load(panel, qtbot, "ravine")
    momentum = next(r for r, racer in enumerate(panel.record.racers) if racer.optimizer.entry.name == "Momentum")
    panel.inspector.racer.setCurrentIndex(momentum)
    panel.inspector.racer.activated.emit(momentum)
    panel.playback.set_position(12)
    record, step = panel.record, 12
    w, g, lr = record.positions[step, momentum, 0], record.grad[step, momentum, 0], record.lr[step, momentum]
    xs, ys = panel.figure.update_arrow.getData()
    np.testing.assert_allclose([xs[1], ys[1]], record.positions[step + 1, momentum, 0], rtol=1e-5)
    xs, ys = panel.figure.gradient_arrow.getData()
    np.testing.assert_allclose([xs[1], ys[1]], w - lr * g, rtol=1e-5)  # not a fixed tenth of the view
    names = [label.text for _, label in panel.figure.legend.items]
    assert "Δw: this step, to scale" in names and "−lr·g: a plain gradient step" in names


def test_a_double_click_on_the_curves_enlarges_them_and_another_brings_the_surface_back(panel, qtbot):
    from PySide6.QtCore import Qt

    before = panel.series.height()
    plot = panel.series.loss_plot
    at = plot.viewport().rect().center()
    for time in ("first", "second"):  # press, release, double-click, release: a double-click to pyqtgraph
        qtbot.mouseClick(plot.viewport(), Qt.LeftButton, pos=at)
        qtbot.mouseDClick(plot.viewport(), Qt.LeftButton, pos=at)
        qtbot.mouseRelease(plot.viewport(), Qt.LeftButton, pos=at)
        qtbot.wait(300)  # (not a triple click)
        if time == "first":
            assert panel.figure.isHidden() and panel.series.height() > 2 * before
    assert not panel.figure.isHidden() and panel.series.height() == pytest.approx(before, abs=2)
