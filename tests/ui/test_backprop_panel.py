"""The backprop step-through as a student uses it."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from simulator.engine import backprop
from simulator.ui.panels.backprop import BackpropPanel


@pytest.fixture
def panel(show_panel, qtbot):
    p = show_panel(BackpropPanel, (1500, 950))
    wait_for(p, qtbot, lambda r: True)
    return p


def wait_for(panel, qtbot, condition):
    qtbot.wait(20)
    qtbot.waitUntil(lambda: panel.record is not None and not panel.controller.busy("backprop")
                    and condition(panel.record), timeout=20_000)


def test_opens_on_the_classic_network_at_its_first_step(panel):
    trace = panel.record.trace
    assert trace.network.name == "classic" and panel.playback.position == 0
    assert panel.explanation.formula.text() == "net_h1 = w1·i1 + w2·i2 + b1"
    assert panel.explanation.result.text() == "= 0.3775"
    assert panel.explanation.check.text().startswith("✓")
    assert f"{trace.loss:.9f}" == "0.298371109"


def test_run_to_a_parameters_update_shows_its_numbers(panel, qtbot):
    panel.run_to_param.setCurrentText("w5")
    panel.run_to.click()
    step = panel.record.trace.steps[panel.playback.position]
    assert step.phase == backprop.UPDATE and step.param == "w5"
    assert panel.explanation.result.text() == "= 0.35891648"
    assert panel.explanation.formula.text() == "w5⁺ = w5 − η·∂E/∂w5"
    text = panel.diagram.edges["w5"][1]
    assert text.isVisible() and "w5=0.3589" in text.text()


def test_keyboard_steps_and_phases(panel, qtbot):
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow, timeout=5_000)
    panel.step_table.setFocus()
    qtbot.keyClick(panel.step_table, Qt.Key_Right)
    qtbot.keyClick(panel.step_table, Qt.Key_Right)
    assert panel.playback.position == 2
    qtbot.keyClick(panel.step_table, Qt.Key_Right, Qt.ShiftModifier)
    starts = panel.record.trace.phase_starts()
    assert panel.playback.position == starts[backprop.LOSS]
    qtbot.keyClick(panel.step_table, Qt.Key_Right, Qt.ShiftModifier)
    assert panel.playback.position == starts[backprop.BACKWARD]
    qtbot.keyClick(panel.step_table, Qt.Key_Left)
    assert panel.playback.position == starts[backprop.BACKWARD] - 1
    assert panel.step_model.rowCount() == panel.playback.position + 1  # the table holds every step so far


def test_the_highlight_follows_the_step(panel):
    trace = panel.record.trace
    k = next(i for i, s in enumerate(trace.steps) if s.target == "∂E/∂out_h1 via o2")
    panel.playback.set_position(k)
    circle = panel.diagram.nodes["o2"][0]
    assert circle.pen().widthF() == 4.0  # o2 is part of this step
    assert panel.diagram.nodes["i1"][0].pen().widthF() == 1.5
    assert "w7" in trace.steps[k].edges and panel.explanation.check.text().startswith("(no autograd")


def test_clicking_a_neuron_focuses_it(panel, qtbot):
    panel.playback.set_position(8)
    circle = panel.diagram.nodes["h1"][0]
    point = panel.diagram.mapFromScene(circle.sceneBoundingRect().center())
    qtbot.mouseClick(panel.diagram.viewport(), Qt.LeftButton, pos=point)
    assert panel.focus == "h1"
    assert "net_h1 = w1·i1 + w2·i2 + b1" in panel.explanation.focus_view.text()


def test_editing_a_weight_rebuilds_the_trace(panel, qtbot):
    row = next(r for r in range(panel.params.rowCount()) if panel.params.item(r, 0).text() == "w1")
    panel.params.item(row, 1).setText("0.5")
    wait_for(panel, qtbot, lambda r: r.trace.network.weights[0][0, 0] == 0.5)
    assert panel.record.trace.steps[0].substituted.startswith("0.5·0.05")
    panel.params.item(row, 1).setText("lots")
    assert not panel.param_error.isHidden() and "w1: 'lots' is not a number" in panel.param_error.text()
    assert panel.error.isHidden()  # (the message is under the table, where the cell is)
    assert panel.record.trace.network.weights[0][0, 0] == 0.5
    panel.params.item(row, 1).setText("0.25")
    assert panel.param_error.isHidden()  # gone once the value is right


def test_the_parameter_table_and_the_loss_history_read_like_the_steps(panel, qtbot):
    panel.set_iteration(3)
    wait_for(panel, qtbot, lambda r: r.trace.iteration == 3)
    row = next(r for r in range(panel.params.rowCount()) if panel.params.item(r, 0).text() == "w5")
    w5 = panel.record.trace.network.parameters()["w5"]
    assert panel.params.item(row, 1).text() == f"{w5:.9g}"  # not repr's 16 digits
    panel.digits.setValue(4)
    wait_for(panel, qtbot, lambda r: panel.params.item(row, 1).text() == f"{w5:.4g}")
    low, high = panel.loss_plot.getPlotItem().vb.viewRange()[0]
    assert low < 0 <= low + 0.5 and high >= 5  # whole iterations from 0, not −0.4 … 0.4


@pytest.mark.parametrize("field, text, words", [
    ("layers", "2,0,2", "at least one neuron"),
    ("layers", "2,10000,2", "at most 16"),
    ("layers", "two", "whole numbers"),
    ("inputs", "nan, 1", "finite"),
    ("inputs", "1", "expected 2"),
    ("targets", "x, y", "targets: 'x' is not a number"),
    ("lr", "0..5", "learning rate η: '0..5' is not a number"),
])
def test_hostile_edits_are_refused_and_the_network_kept(panel, qtbot, field, text, words):
    before = panel.network
    widget = getattr(panel.settings, field)
    widget.setText(text)
    widget.editingFinished.emit()
    assert not panel.error.isHidden() and words in panel.error.text()
    assert "solid" in widget.styleSheet()  # the field that is wrong, framed
    qtbot.wait(50)
    assert panel.network == before


def test_a_typed_value_applies_once_typing_stops_and_a_fixed_one_clears_its_message(panel, qtbot):
    lr = panel.settings.lr
    lr.setText("0..5")
    lr.textEdited.emit("0..5")  # as a keystroke does; no Enter
    qtbot.waitUntil(lambda: not panel.error.isHidden(), timeout=3_000)
    assert "learning rate η" in panel.error.text() and "solid" in lr.styleSheet()
    lr.setText("0.25")
    lr.textEdited.emit("0.25")
    wait_for(panel, qtbot, lambda r: r.trace.network.lr == 0.25)
    assert panel.error.isHidden() and lr.styleSheet() == ""


def test_architecture_edits_and_next_iteration(panel, qtbot):
    panel.settings.layers.setText("2,3,3,2")
    panel.settings.layers.editingFinished.emit()
    wait_for(panel, qtbot, lambda r: r.trace.network.sizes == (2, 3, 3, 2))
    assert "W1[0,0]" in panel.record.trace.network.parameters()
    assert len(panel.diagram.nodes) == 10
    first_loss = panel.record.trace.loss
    panel.next_iteration.click()
    wait_for(panel, qtbot, lambda r: r.trace.iteration == 1)
    assert panel.record.losses == (first_loss,)
    panel.reset_button.click()
    wait_for(panel, qtbot, lambda r: r.trace.iteration == 0)


def test_precision_and_copy(panel, qtbot):
    panel.playback.set_position(3)
    panel.digits.setValue(4)
    wait_for(panel, qtbot, lambda r: r.trace.steps[2].substituted == "σ(0.3775)")
    panel.show_step(3)
    assert panel.explanation.result.text() == "= 0.5969"
    panel.copy_button.click()
    text = QGuiApplication.clipboard().text()
    assert text.splitlines()[0].startswith("#\tphase") and "net_h1" in text


def test_a_large_network_hides_edge_numbers_but_keeps_the_focused_one(panel, qtbot):
    panel.settings.layers.setText("4,16,16,4")
    panel.settings.layers.editingFinished.emit()
    wait_for(panel, qtbot, lambda r: r.trace.network.sizes == (4, 16, 16, 4))
    panel.playback.set_position(0)
    visible = [name for name, (_, text, _) in panel.diagram.edges.items() if text.isVisible()]
    assert set(visible) <= set(panel.record.trace.steps[0].edges)
    panel.set_focus("W2[3,4]")
    assert panel.diagram.edges["W2[3,4]"][1].isVisible()


def test_dropout_option_greys_the_switched_off_neurons(panel, qtbot):
    panel.settings.dropout.setText("0.5")
    panel.settings.dropout.editingFinished.emit()
    wait_for(panel, qtbot, lambda r: r.trace.network.dropout == 0.5)
    for _ in range(6):  # iterate until a mask switches something off
        if panel.record.trace.dropped:
            break
        panel.next_iteration.click()
        wait_for(panel, qtbot, lambda r, it=panel.iteration: r.trace.iteration == it)
    dropped = panel.record.trace.dropped
    assert dropped
    name = next(iter(dropped))
    assert panel.diagram.nodes[name][0].brush().color().name() == "#bbbbbb"
    assert any(s.target.startswith("out'_") for s in panel.record.trace.steps)
    panel.settings.dropout.setText("1.5")
    panel.settings.dropout.editingFinished.emit()
    assert "dropout p must be from 0 to 0.9" in panel.error.text()


@pytest.mark.parametrize("scale", [1.0, 1.6, 2.0])
def test_weight_labels_stay_clear_of_neurons_and_of_each_other(panel, qtbot, scale):
    """At the last step every edge carries two lines (w and ∂E); in presentation mode they are larger."""
    from PySide6.QtWidgets import QApplication

    from simulator.ui import theme

    theme.set_scale(QApplication.instance(), scale)
    try:
        panel.playback.last()
        labels = [text.sceneBoundingRect() for _, text, _ in panel.diagram.edges.values() if text.isVisible()]
        assert len(labels) == 8 and all("∂E" in text.text() for _, text, _ in panel.diagram.edges.values())
        neurons = [circle.sceneBoundingRect() for circle, _, value in panel.diagram.nodes.values()]
        values = [value.sceneBoundingRect() for _, _, value in panel.diagram.nodes.values() if value.text()]

        def covered(a, b):
            overlap = a.intersected(b)
            return max(0.0, overlap.width()) * max(0.0, overlap.height()) / (a.width() * a.height())

        for i, label in enumerate(labels):
            assert all(covered(label, other) < 0.02 for other in neurons + values), "a label covers a neuron"
            assert all(covered(label, other) < 0.1 for other in labels[:i] + labels[i + 1:]), "labels collide"
    finally:
        theme.set_scale(QApplication.instance(), 1.0)


def test_check_mode_hides_the_values_judges_typed_ones_and_marks_the_first_mistake(panel, qtbot, tmp_path):
    model = panel.step_model
    panel.check_bar.switch.setChecked(True)
    steps = panel.record.trace.steps
    assert model.rowCount() == len(steps) and model.headers[2] == "your value"
    assert model.row_texts(0)[4] == "?" and panel.explanation.result.text().startswith("= ?")
    column = 2
    row = {model.row_texts(k)[1]: k for k in range(model.rowCount())}
    model.setData(model.index(row["out_h1"], column), "0.5933")
    model.setData(model.index(row["∂E/∂out_h1 via o1"], column), "0.049709")  # δ_o1·w5⁺: the updated w5
    model.setData(model.index(row["E_total"], column), "two")
    qtbot.waitUntil(lambda: panel.check_result is not None and len(panel.check_result.verdicts) == 2, timeout=10_000)
    assert model.row_texts(row["out_h1"])[3] == "✓ right" and model.row_texts(row["out_h1"])[4] == "0.593269992"
    assert model.row_texts(row["E_total"])[3] == "not a number"
    wrong = row["∂E/∂out_h1 via o1"]
    assert model.row_texts(wrong)[3] == "✗ wrong" and model.data(model.index(wrong, 0), Qt.BackgroundRole)
    summary = panel.check_bar.summary.text()
    assert "First mistake: ∂E/∂out_h1 via o1 = 0.049709" in summary and "updated weights" in summary
    assert "(this gives 0.04970" in summary  # from the student's own out_h1
    assert "δ_o1·w5 = 0.138498562·0.4" in summary  # the right step with its numbers
    answers = tmp_path / "answers.csv"
    answers.write_text("quantity,value\ndE/dout_h1 via o1,0.0553994\n")
    panel.check_bar.load_file(str(answers))
    qtbot.waitUntil(lambda: panel.check_result.first_mistake is None, timeout=10_000)
    assert "No mistake" in panel.check_bar.summary.text()
    answers.write_text("quantity,value\nout_h1\n")
    panel.check_bar.load_file(str(answers))
    assert "line 2" in panel.check_bar.summary.text()
    QGuiApplication.clipboard().setText("0.3775\n0.3925\n")  # net_h1 and net_h2, pasted from the first row
    panel.step_table.selectRow(0)
    panel.check_bar.paste.click()
    qtbot.waitUntil(lambda: len(panel.check_result.verdicts) == 4, timeout=10_000)
    assert model.row_texts(0)[2:4] == ["0.3775", "✓ right"] and model.row_texts(1)[2:4] == ["0.3925", "✓ right"]
    panel.check_bar.switch.setChecked(False)
    assert model.headers[3] == "value" and model.rowCount() <= len(steps)


def test_a_hidden_weights_focus_shows_the_two_paths_its_gradient_sums(panel, qtbot):
    panel.run_to_param.setCurrentText("w1")
    panel.run_to.click()
    panel.set_focus("w1")
    text = panel.explanation.focus_view.text()
    assert "∂E/∂out_h1 = δ_o1·w5 + δ_o2·w7" in text  # the sum of the two paths to the loss
    assert "δ_h1 = ∂E/∂out_h1 · ∂out_h1/∂net_h1" in text and "∂E/∂w1 = δ_h1 · ∂net_h1/∂w1" in text
    row = next(k for k in range(panel.step_model.rowCount()) if "via o1" in panel.step_model.row_texts(k)[2])
    name = panel.step_model.row_texts(row)[2]
    width = panel.step_table.fontMetrics().horizontalAdvance(name)
    assert width <= panel.step_table.columnWidth(2)  # the path's name in full


def test_the_diagram_shows_the_biases_and_keeps_labels_off_line_crossings(panel, qtbot):
    panel.playback.last()
    qtbot.wait(50)
    diagram = panel.diagram
    biases = {layer: text.text() for layer, (text, _) in diagram.biases.items()}
    assert biases == {1: "b1=0.35", 2: "b2=0.6"}  # the tutorial's b1, b2 (not trained in the classic preset)
    crossings = [rect.center() for rect in diagram._crossings]
    assert len(crossings) == 2  # w2 × w3 and w6 × w7
    for name, (_, text, _) in diagram.edges.items():
        assert not any(text.sceneBoundingRect().contains(point) for point in crossings), name
