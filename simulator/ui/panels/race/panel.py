"""The optimizer race (tutorial 3.3): real torch.optim optimizers on a loss surface, step by step.

The panel composes the settings, the figure and its parts: racers.py, series.py, inspector.py, ranking.py.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ....compute.job import Job
from ....engine import race, surfaces
from ....engine.records import SurfaceImage
from ....engine.specs import SpecError
from ....session import SessionError
from ... import notebook_texts, theme
from ...figures import RaceFigure
from ...widgets.fields import add_row, apply_when_typing_stops, narrow
from ...widgets.flow import FlowRow
from ...widgets.keys import bind
from ...widgets.playback import PlaybackBar
from ...widgets.state import write
from ..base import Panel
from .inspector import Inspector
from .presets import CUSTOM, DEFAULT_PRESET, PRESETS, SURFACE_NAMES, stories_button
from .racers import RacersColumn
from .ranking import Ranking
from .series import SeriesPlots
from .swarm import swarm_brushes

RIGHT_MIN_WIDTH = 440  # the racers, inspector and ranking column at scale 1.0


class RacePanel(Panel):
    NAME = "race"

    def __init__(self, controller, parent: QWidget | None = None):
        super().__init__(controller, parent)
        self.surface = surfaces.BUILTIN["saddle"]
        self.image: SurfaceImage | None = None
        self.record: race.RaceRecord | None = None
        self._drawn_surface: surfaces.Surface | None = None  # the surface self.image shows
        self._run = self._shown_run = 0  # the race asked for last / whose frames are on screen
        self._follow = True  # keep showing the newest step while a race computes
        self._restored_inspect: int | None = None  # which racer a restored session inspected

        # -- settings row --------------------------------------------------------------------------
        self.surface_box = narrow(QComboBox(), 12)
        for name in surfaces.BUILTIN:
            self.surface_box.addItem(self.tr(SURFACE_NAMES.get(name, name)), name)
        self.surface_box.addItem(self.tr("custom formula"), CUSTOM)
        self.formula = QLineEdit()
        self.formula.setToolTip(self.tr("A formula in x and y, e.g. (1 - x)**2 + 100*(y - x**2)**2"))
        self.start_edit = QLineEdit()
        self.start_edit.setMaximumWidth(140)
        self.start_edit.setToolTip(self.tr("Start point x, y; or drag the start marker (or Shift+click) on the "
                                           "surface"))
        self.steps = QSpinBox()
        self.steps.setRange(1, race.MAX_STEPS)
        self.status = QLabel()
        settings = QHBoxLayout()
        add_row(settings, ((self.tr("surface"), self.surface_box), (self.tr("formula"), self.formula),
                           (self.tr("start"), self.start_edit), (self.tr("steps"), self.steps)), {self.formula: 2})
        self.stories = stories_button(self.load_preset)
        self.swarm = QCheckBox(self.tr("swarm"))
        self.swarm.setToolTip(self.tr("Many start points per optimizer: see where each one ends up"))
        self.swarm_size = QSpinBox()
        self.swarm_size.setRange(4, race.MAX_SWARM)
        self.swarm_size.setValue(2500)
        self.swarm_layout = QComboBox()
        self.swarm_layout.addItem(self.tr("grid"), "grid")
        self.swarm_layout.addItem(self.tr("random"), "random")
        self.swarm_color = narrow(QComboBox(), 12)
        self.swarm_color.addItem(self.tr("colour by minimum reached"), "basin")
        self.swarm_color.addItem(self.tr("colour by final loss"), "loss")
        swarm_row = FlowRow((self.stories, self.swarm, self.swarm_size, self.swarm_layout, self.swarm_color,
                             (self.status, True)))

        # -- figure, curves, racers, inspector, ranking -------------------------------------------------
        self.figure = RaceFigure()
        self.figure.setMinimumSize(420, 260)
        self.series = SeriesPlots()
        self.racers = RacersColumn()
        self.inspector = Inspector()
        self.ranking = Ranking()

        self.playback = PlaybackBar(self.tr("step"), base_rate=10)
        self.playback.sig_position_changed.connect(self.show_step)

        right = QSplitter(Qt.Vertical)
        for part in (self.racers, self.inspector, self.ranking):
            right.addWidget(part)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 3)
        right.setStretchFactor(2, 0)  # the ranking is as tall as its rows (Ranking.fit)
        self.right = right
        left = QSplitter(Qt.Vertical)
        left.addWidget(self.figure)
        left.addWidget(self.series)
        left.setStretchFactor(0, 3)
        left.setStretchFactor(1, 1)
        body = QSplitter(Qt.Horizontal)
        body.addWidget(left)
        body.addWidget(right)
        body.setStretchFactor(0, 3)
        body.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.addLayout(settings)
        layout.addWidget(swarm_row)
        layout.addWidget(self.error)
        layout.addWidget(body, 1)
        layout.addWidget(self.playback)

        # -- wiring ------------------------------------------------------------------------------------
        self._rerun = QTimer(self)  # coalesces a burst of edits into one job
        self._rerun.setSingleShot(True)
        self._rerun.setInterval(0)
        self._rerun.timeout.connect(self.run)
        self.surface_box.activated.connect(self._surface_chosen)
        apply_when_typing_stops((self.formula,), self._formula_typed, self)
        self.start_edit.returnPressed.connect(lambda: self._rerun.start())
        self.start_edit.editingFinished.connect(lambda: self._rerun.start())
        self.steps.valueChanged.connect(lambda _: self._rerun.start(300))
        for w in (self.swarm, ):
            w.toggled.connect(lambda _: self._rerun.start())
        self.swarm_size.valueChanged.connect(lambda _: self._rerun.start(300) if self.swarm.isChecked() else None)
        self.swarm_layout.activated.connect(lambda _: self._rerun.start() if self.swarm.isChecked() else None)
        self.swarm_color.activated.connect(lambda _: self.show_step(self.playback.position))
        self.inspector.racer.activated.connect(lambda _: self.show_step(self.playback.position))
        self.inspector.predict.switch.toggled.connect(lambda on: on and self.playback.stop())  # hold the step
        self.ranking.threshold.editingFinished.connect(self._fill_ranking)
        self.racers.sig_changed.connect(lambda: self._rerun.start())
        self.series.sig_hovered.connect(self._hovered)
        self.series.sig_enlarge.connect(lambda: self.figure.setVisible(self.figure.isHidden()))
        self.figure.sig_clicked.connect(self._start_picked)
        self.figure.sig_start_dragged.connect(self._start_picked)
        self.playback.bind_keys(self)
        bind(self, ((Qt.Key_R, self.reset),))
        theme.on_restyle(self.inspector.view, lambda _: self._restyle_inspector())  # its HTML has colours
        # grows less than the fonts (√scale): at 1.6× on a 1280×720 projector the surface keeps its share
        theme.on_restyle(self.right, lambda r: r.setMinimumWidth(round(RIGHT_MIN_WIDTH * theme.scale ** 0.5)), "size")
        self.load_preset(DEFAULT_PRESET)

    # -- settings ----------------------------------------------------------------------------------
    def load_preset(self, key: str) -> None:
        preset = PRESETS[key]
        self._set_surface(surfaces.BUILTIN[preset.surface])
        self.start_edit.setText(", ".join(f"{v:g}" for v in (preset.start or self.surface.start)))
        self.steps.blockSignals(True)
        self.steps.setValue(preset.steps)
        self.steps.blockSignals(False)
        self.racers.clear()
        for text in preset.racers:
            self.racers.add(text)
        self.run()

    def add_racer(self, text: str):
        return self.racers.add(text)

    def _set_surface(self, surface) -> None:
        if surface.formula != self.surface.formula:
            self.image = self._drawn_surface = None  # sampled again in the compute process, with the next race
        self.surface = surface
        key = surface.name if surface.name in surfaces.BUILTIN else CUSTOM
        self.surface_box.setCurrentIndex(self.surface_box.findData(key))
        self.formula.setText(surface.formula)
        self.series.log_loss.setChecked(surface.log_colors)  # losses spanning decades read better on a log axis

    def _surface_chosen(self, _index: int) -> None:
        name = self.surface_box.currentData()
        if name == CUSTOM:
            self.formula.setFocus()
            return
        self._set_surface(surfaces.BUILTIN[name])
        self.start_edit.setText(", ".join(f"{v:g}" for v in self.surface.start))
        self._rerun.start()

    def _formula_typed(self) -> None:
        if self.formula.text().strip() == self.surface.formula:
            return
        try:
            surface = surfaces.surface_from_text(self.formula.text())
        except SpecError as e:
            self.show_error(self.tr("formula: {0}").format(e))
            return
        dims_changed = surface.dims != self.surface.dims
        self._set_surface(surface)
        if dims_changed or surface.name != "custom":
            self.start_edit.setText(", ".join(f"{v:g}" for v in surface.start))
        self._rerun.start()

    def _start_picked(self, x: float, y: float) -> None:
        self.start_edit.setText(f"{x:.4g}" if self.surface.dims == 1 else f"{x:.4g}, {y:.4g}")
        self._rerun.start()

    def read_start(self) -> np.ndarray | None:
        try:
            values = [float(v) for v in self.start_edit.text().replace(";", ",").split(",") if v.strip()]
            return race.check_start(self.surface, values)[0]
        except ValueError as e:
            message = str(e) if isinstance(e, SpecError) else self.tr("numbers separated by a comma, e.g. -1.5, 2")
            self.show_error(self.tr("start: {0}").format(message))
            return None

    def _height(self, point) -> float:
        """Where a point sits in the figure's second coordinate: y, or the loss on a 1-D curve."""
        if self.surface.dims == 2:
            return float(point[1])
        if self.image is None or self.image.values.ndim != 1:
            return 0.0
        return float(np.interp(point[0], self.image.xs, self.image.values))

    def reset(self) -> None:
        self.playback.stop()
        self.playback.first()

    # -- session -------------------------------------------------------------------------------------
    EXTRA = ("racers", "inspect")

    def state_fields(self) -> dict[str, QWidget]:
        return {"surface": self.surface_box, "formula": self.formula, "start": self.start_edit, "steps": self.steps,
                "swarm": self.swarm, "swarm_size": self.swarm_size, "swarm_layout": self.swarm_layout,
                "swarm_color": self.swarm_color, "log_loss": self.series.log_loss, "threshold": self.ranking.threshold}

    def state(self) -> dict:
        return {**super().state(), "racers": self.racers.state(), "inspect": self.inspector.racer.currentIndex()}

    def check_state(self, state: dict, where: str) -> None:
        super().check_state(state, where)
        racers = state.get("racers", [])
        if not isinstance(racers, list) or not all(
                isinstance(r, dict) and set(r) <= {"optimizer", "scheduler"}
                and all(isinstance(v, str) for v in r.values()) for r in racers):
            raise SessionError(f"{where}.racers: expected a list of {{\"optimizer\": text, \"scheduler\": text}}")
        if not isinstance(state.get("inspect", 0), int):
            raise SessionError(f"{where}.inspect: expected a whole number")

    def restore(self, state: dict) -> None:
        write(self.state_fields(), state)
        if self.surface_box.currentData() == CUSTOM:
            self.surface = surfaces.BUILTIN["saddle"]  # so the formula counts as new and is parsed
            self._formula_typed()
        else:
            self._set_surface(surfaces.BUILTIN[self.surface_box.currentData()])
        write(self.state_fields(), state)  # the surface brought its own log-scale default
        if "racers" in state:
            self.racers.clear()
            for r in state["racers"]:
                self.racers.add(r.get("optimizer", ""), r.get("scheduler", ""))
        self.run()
        self._restored_inspect = state.get("inspect")
        if state.get("step") is not None:
            self._follow = False  # stay on the restored step rather than the newest one
            self.restore_step(state)

    # -- job ---------------------------------------------------------------------------------------
    def run(self) -> None:
        self._rerun.stop()
        start = self.read_start()
        racers = self.racers.racers()
        if start is None:
            return
        if not racers or any(r is None for r in racers):
            self.show_error(self.tr("every racer needs a valid optimizer (see the message under it)")
                                   if racers else self.tr("add a racer"))
            return
        self.show_error(None)
        points = start[None]
        if self.swarm.isChecked():
            points = race.swarm_starts(self.surface, self.swarm_size.value(), self.swarm_layout.currentData())
        self.figure.set_start(start, self._height(start))
        surface, steps = self.surface, self.steps.value()
        self._run += 1  # tells this race's frames from an earlier one's
        self.status.setText(self.tr("racing…") if self.controller.engine_ready else self.tr("waiting for the engine…"))
        self._follow = True
        self.playback.stop()
        self.submit(Job.of(race.race_job, surface, tuple(racers), points, steps,
                                             surface != self._drawn_surface, self._run),
                               self.show_frame, self._finished)

    def _finished(self, state: str, error: str | None) -> None:
        self.status.setText("")  # (a failure, e.g. values torch rejects, is in the error label: Panel.submit)
        if state == "done" and not error and self.record is not None and self._follow:
            self._follow = False
            self.playback.set_position(0)
            self.playback.toggle_play()  # a race is best watched

    # -- records -> screen -------------------------------------------------------------------------------
    def show_frame(self, frame: race.RaceFrame) -> None:
        new_race = self.record is None or frame.run != self._shown_run
        self._shown_run = frame.run
        if new_race and frame.image is not None:  # a new surface (its picture is computed once)
            self.image, self._drawn_surface = frame.image, frame.record.surface
            key = frame.record.surface.name
            self.figure.set_surface(frame.image, frame.record.surface.minima, frame.record.surface.box,
                                    self.tr(SURFACE_NAMES.get(key, CUSTOM if key == "custom" else key)))
            start = self.read_start()
            if start is not None:
                self.figure.set_start(start, self._height(start))
            self.series.set_surface(bool(frame.record.surface.minima), np.asarray(frame.image.values))
        self.record = frame.record
        if new_race:
            self._new_race(frame.record)
        record = frame.record
        self.playback.set_maximum(record.steps_done, position=record.steps_done if self._follow else None)
        self.series.draw(record)
        self._fill_ranking()

    def _new_race(self, record: race.RaceRecord) -> None:
        labels = [r.label for r in record.racers]
        self.figure.set_racers(labels)
        self.series.new_race(len(labels))
        self.inspector.set_racers(labels, self._restored_inspect)
        self._restored_inspect = None

    def show_step(self, step: int) -> None:
        record = self.record
        if record is None:
            return
        if step < record.steps_done:
            self._follow = False
        row = record.row(step)
        self.series.set_step(record.recorded[row])
        if record.n_points > 1:
            self._show_swarm(row)
            return
        self.figure.show_swarm(None)
        self.figure.show_paths([record.positions[: row + 1, r, 0] for r in range(len(record.racers))],
                               [record.loss[: row + 1, r, 0] for r in range(len(record.racers))])
        self._show_internals(step)

    def _show_swarm(self, row: int) -> None:
        record, r = self.record, self.inspector.index
        self.figure.show_paths([np.zeros((0, record.surface.dims))] * len(record.racers),
                               [np.zeros(0)] * len(record.racers))
        colors = swarm_brushes(record, r, row, by_basin=self.swarm_color.currentIndex() == 0)
        self.figure.show_swarm(record.swarm_starts, colors)
        self.figure.show_arrows(None, None, None)
        self.inspector.show_swarm(record, row)

    def _restyle_inspector(self) -> None:
        if self.record is not None and self.record.n_points == 1:
            self._show_internals(self.playback.position)

    def _show_internals(self, step: int) -> None:
        record, r = self.record, self.inspector.index
        if r >= len(record.racers):
            return
        explanation = self.inspector.show_update(record, step)
        if explanation is None:
            self.figure.show_arrows(None, None, None)
            return
        self.figure.show_arrows(record.positions[step, r, 0], record.grad[step, r, 0], explanation.actual,
                                record.loss[step, r, 0], record.loss[step + 1, r, 0], float(record.lr[step, r]))

    def _hovered(self, step: int) -> None:
        """The step under the mouse in the curves, shown on the surface (-1: none)."""
        record = self.record
        if step < 0 or record is None:
            self.figure.show_hover(None)
            return
        points = record.positions[step, :, 0]
        if record.surface.dims == 1:
            points = np.column_stack([points[:, 0], record.loss[step, :, 0]])
        self.figure.show_hover(points)

    def _fill_ranking(self) -> None:
        if self.record is not None:
            problem = self.ranking.fill(self.record)
            if problem:
                self.show_error(problem)

    # -- export ------------------------------------------------------------------------------------
    def pytorch_script(self):
        record = self.record
        if record is None or record.n_points > 1:
            return None
        return notebook_texts.race(record.surface, record.racers, record.positions[0, 0, 0].tolist(), record.steps)

    def csv_writer(self):
        record = self.record
        return None if record is None else lambda file: race.write_csv(record, file)
