"""The training lab panel: play, step, pause, the story."""

import pyqtgraph as pg
import pytest

from simulator.ui.panels.training import TrainingPanel


@pytest.fixture
def panel(show_panel, qtbot):
    p = show_panel(TrainingPanel)
    qtbot.waitUntil(lambda: p.record is not None, timeout=20_000)
    return p


def idle(panel, qtbot):
    qtbot.wait(50)
    qtbot.waitUntil(lambda: not panel.controller.busy("training"), timeout=30_000)


def test_step_iteration_and_epoch_and_counter(panel, qtbot):
    panel.step_iteration.click()
    idle(panel, qtbot)
    assert panel.record.iteration == 1
    assert panel.counter.text() == "epoch 1/100 · batch 1/7 · iteration 1"
    panel.step_epoch.click()
    idle(panel, qtbot)
    assert panel.record.iteration == 7 and panel.record.epoch == 1
    assert panel.counter.text() == "epoch 1/100 · batch 7/7 · iteration 7"
    assert len(panel.plots.curves.curves[0][0].getData()[0]) == 1


def test_play_and_pause_keep_a_consistent_run(panel, qtbot):
    panel.toggle_play()
    qtbot.waitUntil(lambda: panel.record is not None and panel.record.iteration > 30, timeout=20_000)
    panel.toggle_play()
    idle(panel, qtbot)
    paused_at = panel.record.iteration
    assert panel.counter.text().endswith(f"iteration {paused_at}")
    qtbot.wait(200)
    assert panel.record.iteration == paused_at and not panel.playing
    panel.step_iteration.click()
    idle(panel, qtbot)
    assert panel.record.iteration == paused_at + 1  # from where the model really was: exactly one more
    assert len(panel.record.runs[0].iteration_loss) == paused_at + 1


def test_bad_settings_are_reported_and_the_run_kept(panel, qtbot):
    run = panel.record.run
    panel.settings.layers.setText("3,8,2")
    panel.settings.layers.editingFinished.emit()
    assert not panel.error.isHidden() and "start with 2 inputs" in panel.error.text()
    panel.settings.optimizer.setText("Adam(lr=-1)")
    panel.settings.optimizer.editingFinished.emit()
    assert "at least 0" in panel.error.text()
    assert panel.record.run == run


def test_the_overfitting_story_runs_four_variants(panel, qtbot):
    panel.load_story("overfit")
    qtbot.waitUntil(lambda: panel.record is not None and len(panel.record.runs) == 4 and panel.record.epoch >= 3,
                    timeout=30_000)
    assert [h.label for h in panel.record.runs] == ["no regularization", "Dropout p=0.5", "BatchNorm",
                                                    "weight decay 1e-2"]
    panel.stop()
    idle(panel, qtbot)


def test_hyperparameters_changed_while_paused_apply_from_the_next_step(panel, qtbot):
    panel.step_epoch.click()
    idle(panel, qtbot)
    run, done = panel.record.run, panel.record.iteration
    panel.settings.optimizer.setText("Adam(lr=0.05)")
    panel.settings.optimizer.editingFinished.emit()
    idle(panel, qtbot)
    assert panel.record.run == run and panel.record.iteration == done  # the run goes on, nothing restarted
    panel.step_epoch.click()
    idle(panel, qtbot)
    assert list(panel.record.runs[0].lr) == [0.01, 0.05]  # the optimizer's lr in the second epoch
    panel.settings.layers.setText("2,8,2")  # the architecture cannot change mid-run: start again
    panel.settings.layers.editingFinished.emit()
    qtbot.waitUntil(lambda: panel.record is not None and panel.record.run != run, timeout=20_000)
    assert panel.record.iteration == 0
    assert panel.notice.isVisibleTo(panel) and panel.notice.text() == \
        "layers changed: training starts again from iteration 0."


def test_a_new_optimizer_says_it_starts_again_and_an_lr_change_while_playing_goes_on(panel, qtbot):
    panel.toggle_play()
    qtbot.waitUntil(lambda: panel.record.iteration > 20, timeout=20_000)
    run = panel.record.run
    panel.settings.optimizer.setText("Adam(lr=0.02)")  # same optimizer: applied between two steps, still playing
    panel.settings.optimizer.editingFinished.emit()
    qtbot.waitUntil(lambda: 0.02 in panel.record.runs[0].lr, timeout=20_000)
    assert panel.record.run == run and panel.playing and panel.notice.isHidden()
    panel.settings.optimizer.setText("SGD(lr=0.1)")
    panel.settings.optimizer.editingFinished.emit()
    assert panel.notice.text() == "optimizer changed: training starts again from iteration 0."
    qtbot.waitUntil(lambda: panel.record is not None and panel.record.run != run and panel.record.iteration > 0,
                    timeout=20_000)
    assert panel.playing and panel.record.runs[0].label == "SGD(lr=0.1)"
    panel.stop()
    idle(panel, qtbot)


def view_range(plot):
    return plot.getPlotItem().vb.viewRange()


def test_empty_plots_already_read_epochs_and_accuracy(panel, qtbot):
    panel.settings.epochs.setValue(40)  # a new run
    qtbot.waitUntil(lambda: panel.record is not None and panel.record.setup.epochs == 40, timeout=20_000)
    for plot in (panel.plots.curves.loss_plot, panel.plots.curves.acc_plot, panel.plots.curves.lr_plot):
        (x0, x1), (y0, _) = view_range(plot)
        assert x0 == pytest.approx(0, abs=1) and x1 == pytest.approx(40, abs=1.5)  # not −0.4 … 0.4
        assert y0 == pytest.approx(0, abs=0.05)
    (_, _), (a0, a1) = view_range(panel.plots.curves.acc_plot)
    assert a0 == pytest.approx(0, abs=0.05) and a1 == pytest.approx(1, abs=0.05)
    (_, _), (_, lr_top) = view_range(panel.plots.curves.lr_plot)
    assert 0.01 < lr_top < 0.02  # Adam(lr=0.01): its lr, before the first epoch
    panel.step_epoch.click()
    idle(panel, qtbot)
    qtbot.wait(100)
    loss = panel.record.runs[0].train_loss[0]
    (_, _), (l0, l1) = view_range(panel.plots.curves.loss_plot)
    assert l0 <= loss <= l1 and l1 - l0 < 0.5  # fitted to the losses once they are in


def test_plots_and_fields_grow_with_presentation_mode(panel, qtbot, qapp):
    from simulator.ui import theme

    theme.set_scale(qapp, 1.6)
    try:
        qtbot.wait(50)
        axis = panel.plots.curves.acc_plot.getPlotItem().getAxis("left")
        title = axis.label.boundingRect().width()  # the axis title, written upwards
        assert panel.plots.curves.acc_plot.minimumHeight() > title
        # presenting: the settings fold into one line, so the plots get the room; one click shows them
        assert panel.settings.grid.isHidden() and "Adam(lr=0.01)" in panel.settings.summary.text()
        panel.settings.toggle.click()
        qtbot.wait(50)
        assert not panel.settings.grid.isHidden() and panel.settings.summary.isHidden()
        metrics = panel.settings.scheduler.fontMetrics()
        assert panel.settings.scheduler.width() >= metrics.horizontalAdvance("StepLR(step_size=20)")
        assert panel.settings.optimizer.width() >= metrics.horizontalAdvance("Adam(lr=0.01)")
        assert panel.settings.grid.columns < 7  # the settings wrapped into more rows
    finally:
        theme.set_scale(qapp, 1.0)
    qtbot.wait(50)
    assert panel.settings.grid.columns == 7 and not panel.settings.grid.isHidden()


def test_the_lr_plot_shows_only_when_a_scheduler_moves_the_lr(panel, qtbot):
    assert panel.plots.curves.lr_plot.isHidden()  # Adam without a scheduler: a flat line, not worth the room
    panel.settings.scheduler.setText("StepLR(step_size=20)")
    panel.settings.scheduler.editingFinished.emit()
    qtbot.waitUntil(lambda: not panel.plots.curves.lr_plot.isHidden(), timeout=20_000)


def test_a_zoomed_boundary_stays_zoomed_while_training(panel, qtbot):
    """Every record arrives unpickled from the compute process; the same data must not refit the view
    (or redraw the points) each time, or the teacher's zoom jumps back ten times a second."""
    view = panel.plots.boundary.plot_item.getViewBox()
    view.setRange(xRange=(-0.5, 0.5), yRange=(-0.25, 0.25), padding=0)
    zoomed = view.viewRange()
    points = panel.plots.boundary.train_points.data
    panel.step_epoch.click()
    idle(panel, qtbot)
    assert panel.record.iteration == 7
    assert view.viewRange() == zoomed
    assert panel.plots.boundary.train_points.data is points
    other = 1 if panel.settings.dataset.currentIndex() == 0 else 0  # another built-in dataset: refit and redraw
    panel.settings.dataset.setCurrentIndex(other)
    panel.settings.dataset.activated.emit(other)
    qtbot.waitUntil(lambda: panel.plots.boundary.train_points.data is not points, timeout=20_000)
    assert view.viewRange() != zoomed


def test_the_time_cursor_shows_an_earlier_iteration_and_comes_back(panel, qtbot):
    import numpy as np

    panel.step_epoch.click()
    idle(panel, qtbot)
    panel.step_epoch.click()
    idle(panel, qtbot)
    newest = panel.record.boundary[0].copy()
    assert panel.record.iteration == 14 and panel.timeline.slider.maximum() == 14
    panel.timeline.move_by(-9)  # ← nine times: iteration 5
    idle(panel, qtbot)
    qtbot.waitUntil(lambda: panel.plots.curves.cursors[0].value() == 5 / 7, timeout=10_000)
    assert panel.plots.layer_stats.cursors[0].value() == 5 and panel.timeline.label.text() == "showing iteration 5"
    shown = panel.plots.boundary.image.image.T  # the figure draws the grid transposed
    assert not np.array_equal(shown, newest)
    panel.timeline.go_live()  # End
    assert np.array_equal(panel.plots.boundary.image.image.T, newest) and panel.timeline.label.isHidden()
    assert panel.plots.curves.cursors[0].value() == 2


def test_moving_the_cursor_pauses_training_and_play_returns_to_the_newest(panel, qtbot):
    panel.toggle_play()
    qtbot.waitUntil(lambda: panel.record.iteration > 20, timeout=20_000)
    panel.timeline.slider.setValue(3)
    assert not panel.playing
    idle(panel, qtbot)
    panel.toggle_play()
    assert panel.timeline.live
    qtbot.waitUntil(lambda: panel.record.iteration > 30, timeout=20_000)
    panel.stop()
    idle(panel, qtbot)


def test_a_slow_speed_trains_a_few_iterations_a_second(panel, qtbot):
    panel.timeline.speed.setCurrentIndex(panel.timeline.speed.findData(3))  # 3 iterations/s
    panel.toggle_play()
    qtbot.wait(1200)
    panel.stop()
    idle(panel, qtbot)
    assert 1 <= panel.record.iteration <= 8  # not the hundreds that full speed trains in a second


def test_the_layers_tab_and_the_batchnorm_story(panel, qtbot):
    panel.load_story("batchnorm")
    qtbot.waitUntil(lambda: panel.record is not None and len(panel.record.runs) == 2 and panel.record.epoch >= 2,
                    timeout=30_000)
    panel.stop()
    idle(panel, qtbot)
    stats = panel.record.runs[0].stats
    assert stats.layers == 7 and panel.settings.activation.currentText() == "sigmoid"
    assert panel.plots.layer_stats._curves[0][-1].getData()[0] is None  # not drawn while its tab is hidden…
    panel.plots.tabs.setCurrentWidget(panel.plots.layer_stats)  # … but as soon as it is shown
    assert panel.settings.optimizer.text() == "SGD(lr=0.1)"
    assert all(r.optimizer.text == "SGD(lr=0.1)" for r in panel.record.setup.runs)  # its own, not the typed one
    grads = panel.plots.layer_stats._curves[0][-1].getData()[0]
    assert len(grads) == len(stats.iterations)  # every recorded iteration drawn
    assert panel.plots.layer_stats.title.text() == "inside sigmoid, no BatchNorm"
    assert panel.plots.layer_stats.dead.isHidden()  # no dead units to count for sigmoids
    panel.show_run.setCurrentIndex(1)
    panel.show_run.activated.emit(1)
    assert panel.plots.layer_stats.title.text() == "inside sigmoid + BatchNorm"


def test_hover_readouts_give_the_probabilities_and_the_epochs_numbers(panel, qtbot):
    from simulator.ui.panels.training.readouts import boundary_text, curves_text

    panel.step_epoch.click()
    idle(panel, qtbot)
    panel.step_epoch.click()
    idle(panel, qtbot)
    record = panel.record
    xs, ys = record.grid
    p1 = float(record.boundary[0][10, 20])  # the cell at x = xs[20], y = ys[10]
    text = boundary_text(record, 0, float(xs[20]), float(ys[10]))
    assert text.endswith(f"P(class 0) = {1 - p1:.3f}, P(class 1) = {p1:.3f}")
    assert boundary_text(record, 0, float(xs[-1]) + 1, 0.0) == ""  # outside the plane
    h = record.runs[0]
    lines = curves_text(record, 1.2).splitlines()  # nearest epoch: 1
    assert lines[0] == "epoch 1" and lines[1] == (
        f"Adam(lr=0.01): loss {h.train_loss[0]:.4f} / {h.test_loss[0]:.4f}, accuracy {h.train_acc[0]:.3f} / "
        f"{h.test_acc[0]:.3f} (training / test), lr 0.01")
    # the mouse over the plane shows it next to the figure
    vb = panel.plots.boundary.plotItem.vb
    pos = vb.mapViewToScene(pg.Point(float(xs[20]), float(ys[10])))
    panel.plots.boundary.scene().sigMouseMoved.emit(pos)
    assert panel.plots.boundary_readout.text() == text


def test_the_network_tab_draws_each_neurons_map_and_edits_a_weight_while_paused(panel, qtbot):
    panel.plots.tabs.setCurrentWidget(panel.plots.network_view)
    panel.step_epoch.click()
    idle(panel, qtbot)
    view = panel.plots.network_view
    pic = panel.record.pictures[0]
    assert len(view.diagram.nodes) == 2 + 8 + 8 + 2  # the first 8 of each 32-wide layer
    assert view.note.text() == "the first 8 neurons of each layer drawn (layer 1: 32, layer 2: 32)"
    circle = view.diagram.nodes["h1_3"][0]
    assert circle.childItems() and "bias" in view.diagram.tip("h1_3")  # its map inside, its numbers on hover
    assert view.diagram.tip("W2[1,3]").startswith(f"W2[1,3] = {pic.weight_values()['W2[1,3]']:.6g}")
    assert view.diagram.tip("i1") == ""
    view.diagram.sig_focus.emit("W2[1,3]")
    assert view.value.isEnabled() and view.selected.text() == "W2[1,3] ="
    view.value.setText("x")
    view.value.returnPressed.emit()
    assert not view.message.isHidden() and "a number from" in view.message.text()
    view.value.setText("2.5")
    view.value.returnPressed.emit()
    qtbot.waitUntil(lambda: panel.record.pictures[0].weight_values()["W2[1,3]"] == 2.5, timeout=10_000)
    assert view.message.isHidden() and panel.record.iteration == 7  # set now, used from the next step
    view.diagram.sig_focus.emit("o2")  # a neuron: its bias
    assert view.selected.text() == "b3[1] ="
    panel.toggle_play()
    qtbot.waitUntil(lambda: panel.record.iteration > 10, timeout=10_000)
    assert not view.value.isEnabled()  # only while paused
    panel.stop()
    idle(panel, qtbot)


def test_batchnorm_layers_are_columns_of_their_own_with_gamma_and_beta_to_edit(panel, qtbot):
    panel.plots.tabs.setCurrentWidget(panel.plots.network_view)
    panel.settings.layers.setText("2,5,2")
    panel.settings.layers.editingFinished.emit()
    panel.settings.batchnorm.setChecked(True)
    qtbot.waitUntil(lambda: panel.record is not None and panel.record.setup.runs[0].model.batchnorm, timeout=10_000)
    panel.step_iteration.click()
    idle(panel, qtbot)
    view, norm = panel.plots.network_view, panel.record.pictures[0].norms[0]
    assert len(view.diagram.nodes) == 2 + 5 + 5 + 2 and "bn3" in view.diagram.nodes
    assert len(view.diagram.edges) == 2 * 5 + 5 + 5 * 2  # the BatchNorm units join their neurons one to one
    assert list(view.diagram.captions.values()) == ["BatchNorm"]
    assert f"γ {float(norm.gamma[2]):.6g}" in view.diagram.tip("bn3")
    assert view.diagram.tip("γ1[2]").startswith(f"γ1[2] = {float(norm.gamma[2]):.6g}\n∂L/∂γ")
    view.diagram.sig_focus.emit("bn3")
    assert view.selected.text() == "β1[2] ="
    view.diagram.sig_focus.emit("γ1[2]")
    view.value.setText("-1.5")
    view.value.returnPressed.emit()
    qtbot.waitUntil(lambda: panel.record.pictures[0].norms[0].gamma[2] == -1.5, timeout=10_000)


def test_fork_at_the_cursor_trains_both_futures_overlaid(panel, qtbot):
    panel.step_epoch.click()
    idle(panel, qtbot)
    panel.step_epoch.click()
    idle(panel, qtbot)
    panel.timeline.slider.setValue(5)
    idle(panel, qtbot)
    panel.fork_button.click()
    bar = panel.fork_bar
    assert bar.isVisibleTo(panel) and bar.where.text() == "fork Adam(lr=0.01) at iteration 5, changing"
    bar.value.setText("fast")
    bar.run_button.click()
    assert not bar.message.isHidden() and "a number" in bar.message.text()  # next to the field, no fork
    bar.value.setText("0.1")
    bar.run_button.click()
    qtbot.waitUntil(lambda: panel.record is not None and len(panel.record.runs) == 2
                    and panel.record.iteration > 5, timeout=20_000)
    assert [h.label for h in panel.record.runs] == ["Adam(lr=0.01)", "lr=0.1 @5"]
    assert not bar.isVisibleTo(panel) and panel.playing and panel.timeline.live
    panel.stop()
    idle(panel, qtbot)
    assert len(panel.plots.curves.curves) == 2  # both futures' curves, overlaid


def test_the_range_test_tab_shows_the_suggestions_and_races_them(panel, qtbot):
    view = panel.plots.range_test
    panel.plots.tabs.setCurrentWidget(view)
    view.fields.start.setText("1")
    view.fields.end.setText("0.1")
    view.fields.button.click()
    assert not view.message.isHidden() and "range test" in view.message.text()  # under the fields, nothing run
    view.fields.start.setText("1e-6")
    view.fields.button.click()
    qtbot.waitUntil(lambda: view.test is not None, timeout=20_000)
    assert view.message.isHidden()
    xs, _ = view.plot.smooth.getData()
    assert len(xs) == len(view.test.lrs) and panel.record.iteration == 0  # the run itself did not move
    text = view.explained.text()
    assert text.startswith("Adam(lr=0.01), from its weights after 0 iterations")
    assert text.count("\n• ") == len(view.test.suggestions) == 3
    view.race_button.click()
    qtbot.waitUntil(lambda: panel.record is not None and len(panel.record.runs) == 3, timeout=20_000)
    labels = [h.label for h in panel.record.runs]
    assert labels == [f"Adam(lr={float(f'{s.lr:.2g}')!r})" for s in view.test.suggestions]
    assert panel.playing and panel.plots.tabs.currentIndex() == 0
    panel.stop()
    idle(panel, qtbot)


def test_the_landscape_tab_draws_the_plane_the_paths_and_follows_the_cursor(panel, qtbot):
    view = panel.plots.landscape
    panel.plots.tabs.setCurrentWidget(view)
    panel.step_epoch.click()
    idle(panel, qtbot)
    panel.step_epoch.click()
    idle(panel, qtbot)
    view.span.setText("0")
    view.compute.click()
    assert not view.message.isHidden() and "span" in view.message.text()
    view.span.setText("1")
    view.directions.setCurrentIndex(view.directions.findData("pca"))
    view.grid.setValue(11)
    view.with_test.setChecked(True)
    view.compute.click()
    qtbot.waitUntil(lambda: view.figure.landscape is not None and view.figure.landscape.done, timeout=20_000)
    result = view.figure.landscape
    assert view.message.isHidden() and result.loss.shape == (11, 11) and result.kind == "pca"
    assert result.centre_loss == panel.record.runs[0].train_loss[-1]
    xs, ys = view.figure.paths[0].getData()
    assert xs[-1] == 0 == ys[-1] and len(xs) == len(result.paths[0].iterations)
    assert "explain" in view.figure.caption.text() and view.show_test.isEnabled()
    panel.timeline.slider.setValue(0)  # the cursor at the start: the marker where the path begins
    qtbot.waitUntil(lambda: view.figure.cursor.getData()[0].size == 1 and
                    view.figure.cursor.getData()[0][0] == pytest.approx(result.paths[0].a[0]), timeout=10_000)
    view.show_test.setChecked(True)
    assert "test set" in view.figure.contour.getPlotItem().titleLabel.text
