"""The learning-rate lab as a user drives it: presets, typing specs, bad input, stepping."""

import numpy as np
import pytest
import torch
from PySide6.QtCore import Qt

from simulator.ui.panels.lr import LRPanel


def torch_curve(make, lr=0.1, epochs=200):
    w = torch.zeros(1, requires_grad=True)
    opt = torch.optim.SGD([w], lr=lr, momentum=0.9)
    sched = make(opt)
    out = []
    for _ in range(epochs):
        out.append(sched.get_last_lr()[0])
        opt.step()
        sched.step()
    return np.array(out)


@pytest.fixture
def panel(show_panel, ready_controller, qtbot):
    p = show_panel(LRPanel, (1400, 900))
    view = p.schedules
    qtbot.waitUntil(lambda: len(view.figure.series_keys()) == 3 and not ready_controller.busy("lr.schedules"),
                    timeout=20_000)
    qtbot.waitUntil(lambda: p.effect.path is not None, timeout=20_000)
    return p


def idle(panel, qtbot, owner):
    qtbot.wait(50)
    qtbot.waitUntil(lambda: not panel.effect.controller.busy(owner), timeout=20_000)


def first_key(view):
    return next(iter(view.rows))


def test_tutorial_preset_shows_the_three_torch_curves(panel):
    view = panel.schedules
    keys = list(view.rows)
    lr_scheduler = torch.optim.lr_scheduler
    expected = [
        torch_curve(lambda o: lr_scheduler.StepLR(o, step_size=50, gamma=0.5)),
        torch_curve(lambda o: lr_scheduler.MultiStepLR(o, milestones=[50, 125, 160], gamma=0.5)),
        torch_curve(lambda o: lr_scheduler.ExponentialLR(o, gamma=0.95)),
    ]
    for key, curve in zip(keys, expected, strict=True):
        np.testing.assert_array_equal(view.figure.series(key), curve)
        _, ys = view.figure._curves[key].getData()
        np.testing.assert_array_equal(ys, curve)  # what is drawn is what torch gave


def test_typing_a_spec_changes_the_curve(panel, qtbot):
    view = panel.schedules
    key = first_key(view)
    row = view.rows[key]
    row.edit.clear()
    qtbot.keyClicks(row.edit, "StepLR(step_size=20, gamma=0.1)")
    qtbot.keyClick(row.edit, Qt.Key_Return)
    idle(panel, qtbot, "lr.schedules")
    qtbot.waitUntil(lambda: view.figure.series(key)[25] == pytest.approx(0.01), timeout=10_000)
    np.testing.assert_array_equal(
        view.figure.series(key), torch_curve(lambda o: torch.optim.lr_scheduler.StepLR(o, 20, 0.1)))
    assert view.figure.legend_label(key) == "StepLR(step_size=20, gamma=0.1)"


def test_a_bad_spec_shows_a_message_and_keeps_the_previous_curve(panel, qtbot):
    view = panel.schedules
    key = first_key(view)
    before = view.figure.series(key).copy()
    row = view.rows[key]
    row.edit.setText("StepLR(step_sise=20)")
    qtbot.keyClick(row.edit, Qt.Key_Return)
    assert not row.error.isHidden()
    assert "did you mean 'step_size'" in row.error.text()
    idle(panel, qtbot, "lr.schedules")
    np.testing.assert_array_equal(view.figure.series(key), before)
    assert row.edit.text() == "StepLR(step_sise=20)"  # what was typed is not lost


def test_values_torch_rejects_show_next_to_the_row_and_keep_the_curve(panel, qtbot):
    view = panel.schedules
    key = first_key(view)
    before = view.figure.series(key).copy()
    row = view.rows[key]
    row.set_text("LinearLR(start_factor=0.0)")
    qtbot.waitUntil(lambda: not row.error.isHidden(), timeout=10_000)
    assert "torch rejected" in row.error.text()
    np.testing.assert_array_equal(view.figure.series(key), before)


def test_form_controls_write_the_spec(panel, qtbot):
    view = panel.schedules
    row = view.rows[first_key(view)]
    field = row._fields["gamma"]
    field.setText("0.25")
    field.editingFinished.emit()
    assert row.edit.text() == "StepLR(step_size=50, gamma=0.25)"
    multi = list(view.rows.values())[1]
    multi._fields["milestones"].setText("10, 20")
    multi._fields["milestones"].editingFinished.emit()
    assert multi.spec.kwargs["milestones"] == [10, 20]


def test_choosing_another_scheduler_type_rebuilds_the_form(panel, qtbot):
    view = panel.schedules
    row = view.rows[first_key(view)]
    row.kind.setCurrentText("CosineAnnealingLR")
    row.kind.activated.emit(row.kind.currentIndex())
    assert row.spec.name == "CosineAnnealingLR"
    assert set(row._fields) == {"T_max", "eta_min"}
    assert row._fields["T_max"].placeholderText() == "all epochs"


def test_cursor_reads_the_exact_lr_at_an_epoch(panel, qtbot):
    view = panel.schedules
    view.cursor_epoch.setValue(57)
    assert view.figure.cursor_epoch() == 57
    expo = torch_curve(lambda o: torch.optim.lr_scheduler.ExponentialLR(o, 0.95))
    item = view.table.item(2, 1)
    assert item.text() == f"{float(expo[57]):.6g}" != repr(float(expo[57]))  # 6 digits, not float noise …
    assert item.toolTip() == repr(float(expo[57]))  # … every digit one hover away (and in the CSV)
    assert view.table.item(0, 1).text() == "0.05"
    assert "57" in view.table.horizontalHeaderItem(1).text()


def test_add_and_remove_rows_and_log_scale(panel, qtbot):
    view = panel.schedules
    row = view.add_row("PolynomialLR(total_iters=100)")  # reaches 0 at epoch 100
    key = next(k for k, r in view.rows.items() if r is row)
    qtbot.waitUntil(lambda: view.figure.series(key) is not None, timeout=10_000)
    view.log_y.setChecked(True)
    ys = view.figure._curves[key].yData  # the data handed to the plot, before its log transform
    assert np.all((ys > 0) | np.isnan(ys))
    assert np.isnan(ys[100:]).all()  # the zeros are left out, not drawn at -inf
    view.remove_row(key)
    assert key not in view.figure.series_keys()


def test_initial_lr_and_epochs_apply_and_bad_lr_is_reported(panel, qtbot):
    view = panel.schedules
    view.lr_edit.setText("0.5")
    qtbot.keyClick(view.lr_edit, Qt.Key_Return)
    view.epochs.setValue(100)
    idle(panel, qtbot, "lr.schedules")
    qtbot.waitUntil(lambda: len(view.figure.series(first_key(view))) == 100, timeout=10_000)
    assert view.figure.series(first_key(view))[0] == 0.5
    view.lr_edit.setText("abc")
    qtbot.keyClick(view.lr_edit, Qt.Key_Return)
    assert not view.error.isHidden() and "not a number" in view.error.text()
    assert len(view.figure.series(first_key(view))) == 100


def test_effect_presets_show_torch_values_and_the_verdict(panel, qtbot):
    effect = panel.effect
    effect.preset_buttons[4].click()  # 0.3: diverges
    qtbot.waitUntil(lambda: effect.path.lr == 0.3, timeout=10_000)
    assert "Diverging" in effect.verdict.text()
    effect.preset_buttons[2].click()  # 0.125: one step
    qtbot.waitUntil(lambda: effect.path.lr == 0.125, timeout=10_000)
    assert "iteration 1" in effect.verdict.text()
    assert effect.table_model.cell(1, 1) == "0.0"


def test_a_tutorial_case_brings_back_all_its_settings_whatever_a_lesson_left(panel, qtbot):
    effect = panel.effect
    effect.x0_edit.setText("1")  # what the lesson's 4.1 slides leave behind
    effect.iterations.setValue(30)
    effect.preset_buttons[3].click()  # 0.2: overshoots
    qtbot.waitUntil(lambda: effect.path is not None and effect.path.lr == 0.2, timeout=10_000)
    assert effect.x0_edit.text() == "2" and effect.iterations.value() == 10
    assert "Oscillating" in effect.verdict.text()  # not a green "converged at iteration 28"
    assert "the tutorial's case: from x = 2, 10 iterations" in effect.preset_buttons[3].toolTip()


def test_effect_steps_back_and_forward_with_the_keyboard(panel, qtbot):
    effect = panel.effect
    panel.tabs.setCurrentWidget(effect)
    effect.set_lr(0.2)
    qtbot.waitUntil(lambda: effect.path.lr == 0.2, timeout=10_000)
    assert effect.playback.position == 10
    panel.activateWindow()  # shortcuts act in the active window only
    qtbot.waitUntil(panel.isActiveWindow, timeout=5_000)
    effect.table.setFocus()
    qtbot.keyClick(effect.table, Qt.Key_Home)
    assert effect.playback.position == 0
    qtbot.keyClick(effect.table, Qt.Key_Right)
    qtbot.keyClick(effect.table, Qt.Key_Right)
    assert effect.playback.position == 2
    assert effect.table_model.current == 2
    xs, _ = effect.trail.getData()
    assert list(xs) == list(effect.path.x[:3])  # the path on the curve stops at the current step
    qtbot.keyClick(effect.table, Qt.Key_Left)
    assert effect.playback.position == 1


def test_effect_divergence_to_overflow_is_shown_not_raised(panel, qtbot):
    effect = panel.effect
    effect.iterations.setValue(1000)
    effect.set_lr(0.3)
    qtbot.waitUntil(lambda: effect.path.lr == 0.3 and effect.path.verdict == "diverged", timeout=10_000)
    assert "Diverged at iteration" in effect.verdict.text()
    effect.log_loss.setChecked(True)
    effect.playback.last()
    assert effect.playback.position == effect.path.steps


def test_effect_bad_lr_is_reported_and_the_last_run_kept(panel, qtbot):
    effect = panel.effect
    before = effect.path
    effect.lr_edit.setText("fast")
    qtbot.keyClick(effect.lr_edit, Qt.Key_Return)
    assert not effect.error.isHidden() and "not a number" in effect.error.text()
    assert effect.path is before


def test_schedule_table_shows_every_row_at_presentation_size_with_little_height(panel, qtbot, qapp):
    import io

    from simulator.ui import theme

    view = panel.schedules
    panel.tabs.setCurrentIndex(1)
    theme.set_scale(qapp, 1.6)
    try:
        panel.resize(1600, 620)
        qtbot.wait(100)
        table = view.table
        assert table.rowCount() == 3
        for r in range(table.rowCount()):  # every schedule's row in full
            assert table.viewport().rect().contains(table.visualItemRect(table.item(r, 4)))
        for row in view.rows.values():  # the editors fit their column: the remove button is a button
            assert row.remove_button.width() >= row.remove_button.sizeHint().width() - 2
            assert row.width() <= view.rows_scroll.viewport().width()
    finally:
        theme.set_scale(qapp, 1.0)
    out = io.StringIO()
    view.write_csv(out)  # the export keeps every digit
    expo = torch_curve(lambda o: torch.optim.lr_scheduler.ExponentialLR(o, 0.95))
    assert f"ExponentialLR(gamma=0.95),57,{float(expo[57])!r}" in out.getvalue().splitlines()


def test_the_range_test_on_4x_squared_marks_0125_and_025_where_the_curve_shows_them(panel, qtbot):
    view = panel.range_test
    panel.tabs.setCurrentWidget(view)
    qtbot.waitUntil(lambda: view.test is not None, timeout=20_000)
    test = view.test
    ratio = test.losses[1:] / test.losses[:-1]  # the loss each step kept; torch's steps: (1 − 8·lr)²
    np.testing.assert_allclose(ratio[:50], (1 - 8 * test.lrs[:50]) ** 2, rtol=1e-4)
    marks = {round(10 ** line.value(), 6) for line in view.plot._marks}
    assert {0.125, 0.25} <= marks and len(marks) == 2 + len(test.suggestions)
    fastest = test.lrs[int(np.argmin(ratio))]
    assert f"lr = {fastest:.3g}, the schedule's nearest to 0.125" in view.explained.text()
    view.fields.start.setText("2")
    view.fields.start.returnPressed.emit()
    assert not view.error.isHidden() and "range test" in view.error.text() and view.test is test  # kept
    assert panel.export_name() == "lr-range-test" and panel.csv_writer() is not None
    state = panel.state()
    assert state["view"] == 2 and state["range_test"]["start"] == "2"


def test_the_schedules_view_checks_a_typed_lr_and_names_an_epoch_off_by_one(panel, qtbot):
    view = panel.schedules
    field = view.check
    first = next(c for c in view.result.curves if c.error is None)
    change = int(np.flatnonzero(np.diff(first.lrs))[0]) + 1  # the first epoch whose lr differs from the one before
    field.which.setValue(change + 1)  # numbers count from 1: epoch 0 is number 1
    assert field.prompt.text() == f"lr of {first.label} during epoch {change} ="
    field.value.setText(f"{first.lrs[change - 1]:.6f}")
    field.value.returnPressed.emit()
    assert "epoch before or after" in field.verdict.text()
    field.value.setText(f"{first.lrs[change]:.6f}")
    field.value.returnPressed.emit()
    assert field.verdict.text().startswith("✓ right")
