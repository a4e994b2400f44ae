"""The concept labs as users drive them: epochs, EWA, Dropout, BatchNorm."""

import numpy as np
import pytest
import torch

from simulator.ui.panels.batchnorm import BatchNormPanel
from simulator.ui.panels.dropout import DropoutPanel
from simulator.ui.panels.epochs import EpochsPanel
from simulator.ui.panels.ewa import EwaPanel


def shown(qtbot, widget):
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    widget.show()
    return widget


def settle(qtbot, controller, owner):
    qtbot.wait(50)
    qtbot.waitUntil(lambda: not controller.busy(owner), timeout=20_000)


def test_epochs_panel_tells_the_tutorials_numbers(ready_controller, qtbot):
    panel = shown(qtbot, EpochsPanel(ready_controller))
    assert "196 batches per epoch" in panel.summary.text() and "1,960 iterations" in panel.summary.text()
    panel.drop_last.setChecked(True)
    assert "195 batches per epoch" in panel.summary.text()
    assert [panel.compare.item(r, 4).text() for r in range(3)] == ["10", "1,950", "500,000"]
    settle(qtbot, ready_controller, "epochs")
    updates = [len(c.getData()[0]) for c in panel.demo_curves]
    assert updates == [5, 5 * 8, 5 * 64]  # one update per batch: full batch, B = 8, B = 1 on 64 points


def test_ewa_panel_draws_torch_values_and_reacts_to_beta(ready_controller, qtbot):
    panel = shown(qtbot, EwaPanel(ready_controller))
    settle(qtbot, ready_controller, "ewa")
    torch.manual_seed(0)
    np.testing.assert_array_equal(panel.values_curve.getData()[1], (torch.randn(30) * 10).numpy())
    assert [c.beta for c in panel.result.curves] == [0.5, 0.9, 0.95]
    panel.slider.setValue(80)
    settle(qtbot, ready_controller, "ewa")
    assert panel.result.curves[-1].beta == 0.8 and "= 5 recent days" in panel.window_label.text()
    heights = panel.bars.opts["height"]  # day 30 back to day 1: the weights of S_30 in terms of Y_1..Y_30
    assert heights.sum() == pytest.approx(1.0) and heights[-1] == pytest.approx(0.8 ** 29)
    assert f"β^29 = {0.8 ** 29:.3g}" in panel.window_label.text()  # the caption explains the odd first bar
    panel.data.setText("1, 2, x")
    panel.data.editingFinished.emit()
    qtbot.wait(100)
    assert not panel.error.isHidden() and panel.result.curves[-1].beta == 0.8


def test_the_range_tests_smoothing_is_the_ewa_panels_bias_corrected_average(ready_controller, qtbot):
    from simulator.engine import datasets, lr_finder, models, optimizers, training

    run = training.RunSpec("a", models.ModelSpec((2, 8, 2)), optimizers.OPTIMIZERS.parse("SGD(lr=0.1)"))
    session = training.Session(training.Setup(datasets.make_dataset("moons", 300, 0.2, 0), 100, 0.3, (run,), 16, 5))
    test = lr_finder.run(session, iterations=40)
    panel = shown(qtbot, EwaPanel(ready_controller))
    settle(qtbot, ready_controller, "ewa")
    panel.show_series(test.losses, lr_finder.BETA)
    settle(qtbot, ready_controller, "ewa")
    (curve,) = panel.result.curves  # only β = 0.98, the tutorial's two switched off
    assert curve.beta == 0.98 and panel.corrected.isChecked()
    np.testing.assert_allclose(curve.corrected, test.smoothed, rtol=1e-4)  # (typed at 6 digits, float32)


def test_dropout_panel_masks_and_eval(ready_controller, qtbot):
    panel = shown(qtbot, DropoutPanel(ready_controller))
    settle(qtbot, ready_controller, "dropout")
    first = panel.result.after.copy()
    survivors = first[0] != 0
    np.testing.assert_allclose(first[0][survivors], panel.result.before[0][survivors] / 0.6, rtol=1e-6)
    for _ in range(3):  # new masks until one differs (each is a fresh torch mask)
        panel.new_mask.click()
        settle(qtbot, ready_controller, "dropout")
        if not np.array_equal(panel.result.after, first):
            break
    assert not np.array_equal(panel.result.after, first)
    panel.eval.setChecked(True)
    settle(qtbot, ready_controller, "dropout")
    np.testing.assert_array_equal(panel.result.after, panel.result.before)
    assert "identity" in panel.explanation.text()


def test_batchnorm_panel_feeds_batches_and_reports_torch_errors(ready_controller, qtbot):
    panel = shown(qtbot, BatchNormPanel(ready_controller))
    settle(qtbot, ready_controller, "batchnorm")
    assert panel.result.inputs.shape == (1, 2, 3, 4)
    panel.source.setCurrentIndex(2)
    panel.reset_state()
    settle(qtbot, ready_controller, "batchnorm")
    for _ in range(3):
        panel.feed_batch()
        settle(qtbot, ready_controller, "batchnorm")
    assert panel.layer_state.batches == 3 and len(panel.history) == 4
    panel.source.setCurrentIndex(3)
    panel.reset_state()
    panel.typed.setText("1, 2, 3")  # one sample: no variance in training mode
    panel.typed.editingFinished.emit()
    settle(qtbot, ready_controller, "batchnorm")
    assert not panel.error.isHidden() and "more than one value" in panel.error.text()
    panel.gamma.setText("1, 2")
    panel.gamma.editingFinished.emit()
    assert "one value per channel" in panel.error.text()


@pytest.mark.parametrize("scale", [1.0, 1.6])
def test_batchnorm_table_fits_its_rows_and_the_running_plot_counts_batches(ready_controller, qtbot, qapp, scale):
    from simulator.ui import theme

    theme.set_scale(qapp, scale)
    try:
        panel = shown(qtbot, BatchNormPanel(ready_controller))
        settle(qtbot, ready_controller, "batchnorm")
        table = panel.table
        qtbot.wait(50)
        assert table.rowCount() == 2
        last = table.visualItemRect(table.item(1, 0))
        assert table.viewport().rect().contains(last)  # every channel in full …
        assert table.viewport().height() - last.bottom() < last.height()  # … and no empty box below
        header, metrics = table.horizontalHeader(), table.fontMetrics()
        for c in range(table.columnCount()):  # headers and numbers in full
            assert metrics.horizontalAdvance(table.horizontalHeaderItem(c).text()) <= header.sectionSize(c)
            for r in range(table.rowCount()):
                assert metrics.horizontalAdvance(table.item(r, c).text()) <= header.sectionSize(c)
        assert panel.running_plot.getPlotItem().vb.viewRange()[0][0] > -0.5  # batches fed: 0 … 5
        assert panel.running_plot.getPlotItem().vb.viewRange()[0][1] >= 5
        panel.typed.setEnabled(True)
        assert panel.typed.width() >= panel.typed.fontMetrics().horizontalAdvance(panel.typed.text())
    finally:
        theme.set_scale(qapp, 1.0)


@pytest.mark.parametrize("panel_class", [EwaPanel, DropoutPanel, BatchNormPanel])
def test_csv_export(ready_controller, qtbot, panel_class):
    import io

    panel = shown(qtbot, panel_class(ready_controller))
    qtbot.waitUntil(lambda: panel.result is not None, timeout=20_000)
    out = io.StringIO()
    panel.write_csv(out)
    assert len(out.getvalue().splitlines()) > 1


def type_check(field, index, text):
    field.which.setValue(index)
    field.value.setText(text)
    field.value.returnPressed.emit()
    return field.verdict.text()


def test_each_concept_lab_checks_a_typed_number_and_names_the_mistake(ready_controller, qtbot):
    dropout = shown(qtbot, DropoutPanel(ready_controller))
    settle(qtbot, ready_controller, "dropout")
    r = dropout.result
    j = int(np.flatnonzero(r.kept[0] & (r.before[0] > 0))[0])
    x = float(r.before[0, j])
    assert type_check(dropout.check, j + 1, f"{x / 0.6:.6g}").startswith("✓ right")
    assert "multiplied by (1 − p)" in type_check(dropout.check, j + 1, f"{x * 0.6:.6g}")
    assert type_check(dropout.check, j + 1, "lots") == "not a number"

    bn = shown(qtbot, BatchNormPanel(ready_controller))
    settle(qtbot, ready_controller, "batchnorm")
    bn.source.setCurrentIndex(3)  # typed (N, C) values, training mode
    bn.reset_state()
    bn.typed.setText("1, 2; 3, 6; 5, 1")
    bn.typed.editingFinished.emit()
    settle(qtbot, ready_controller, "batchnorm")
    assert bn.result.inputs.shape == (3, 2)
    column = bn.result.inputs[:, 1].astype(float)
    unbiased = (column[1] - column.mean()) / np.sqrt(column.var(ddof=1) + 1e-5)  # x̂[1, 1], ÷ (N − 1)
    assert "unbiased variance" in type_check(bn.check, 1 * 2 + 1 + 1, f"{unbiased:.6g}")
    assert bn.check.prompt.text().startswith("x̂[1, 1]")

    average = shown(qtbot, EwaPanel(ready_controller))
    settle(qtbot, ready_controller, "ewa")
    curve = average.result.curves[-1]  # the slider's β = 0.95
    assert type_check(average.check, 3, f"{curve.ewa[2]:.6g}").startswith("✓ right")
    assert "bias-corrected" in type_check(average.check, 3, f"{curve.corrected[2]:.6g}")


def test_the_batchnorm_lab_takes_a_pasted_4d_tensor_and_checks_its_elements(ready_controller, qtbot):
    bn = shown(qtbot, BatchNormPanel(ready_controller))
    settle(qtbot, ready_controller, "batchnorm")
    bn.source.setCurrentIndex(3)
    bn.reset_state()
    bn.typed.setText("tensor([[[[1.0, 2.0], [3.0, 4.0]], [[0.5, 0.5], [1.5, -1.5]]]])")
    bn.typed.editingFinished.emit()
    settle(qtbot, ready_controller, "batchnorm")
    assert bn.result.inputs.shape == (1, 2, 2, 2) and bn.error.isHidden()
    y = float(bn.result.output[0, 0, 1, 1])
    assert type_check(bn.check, 8 + 4, f"{y:.6g}").startswith("✓ right")  # y[0, 0, 1, 1]: the 12th number
    assert bn.check.prompt.text().startswith("y[0, 0, 1, 1]")
    bn.typed.setText("tensor([[1, 2], [3]])")
    bn.typed.editingFinished.emit()
    qtbot.wait(100)
    assert not bn.error.isHidden() and "nested lists" in bn.error.text()
