"""The optimizer race (tutorial 3.3): real torch.optim optimizers on a loss surface, step by step."""

from __future__ import annotations

import html
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...compute.job import Job
from ...engine import codegen, internals, optimizers, race, schedules, surfaces
from ...engine.records import SurfaceImage
from ...engine.specs import SpecError
from ...session import SessionError
from .. import theme
from ..figures import RaceFigure, basin_color, positive_or_nan
from ..widgets.fields import add_row
from ..widgets.keys import bind
from ..widgets.playback import PlaybackBar
from ..widgets.spec_row import SpecRow
from ..widgets.state import write
from .base import Panel

RIGHT_MIN_WIDTH = 440  # the racers, inspector and ranking column at scale 1.0
RANKING_ROWS = (3, 6)  # the ranking table is as tall as this many rows at least / at most (then it scrolls)
CUSTOM = "custom formula"  # shown translated; the item's data stays this key
# the surfaces as the combo shows them: the engine's name (what a formula or the CLI uses) with a
# translated description where the tutorial has a word for it
SURFACE_NAMES = {
    "bowl": QT_TRANSLATE_NOOP("RacePanel", "bowl"),
    "ravine": QT_TRANSLATE_NOOP("RacePanel", "ravine"),
    "saddle": QT_TRANSLATE_NOOP("RacePanel", "saddle"),
    "plateau": QT_TRANSLATE_NOOP("RacePanel", "plateau"),
    "rastrigin": QT_TRANSLATE_NOOP("RacePanel", "rastrigin (many local minima)"),
    "tutorial": QT_TRANSLATE_NOOP("RacePanel", "tutorial: w²/2"),
}


@dataclass(frozen=True)
class Preset:
    title: str
    surface: str
    start: tuple[float, ...] | None
    racers: tuple[str, ...]
    steps: int


# The tutorial's stories, one click each.
PRESETS = {
    "tutorial": Preset(QT_TRANSLATE_NOOP("RacePanel", "Tutorial: w²/2 (3.3)"), "tutorial", (1.0,), (
        "SGD(lr=0.01)", "SGD(lr=0.01, momentum=0.9)", "Adagrad(lr=0.01)", "RMSprop(lr=0.01, alpha=0.9)",
        "Adam(lr=0.01, betas=(0.9, 0.99))"), 100),
    "saddle": Preset(QT_TRANSLATE_NOOP("RacePanel", "Saddle: momentum escapes"), "saddle", (1.5, 0.001), (
        "SGD(lr=0.01)", "Momentum(lr=0.01)", "Adam(lr=0.01)"), 400),
    "ravine": Preset(QT_TRANSLATE_NOOP("RacePanel", "Ravine: zig-zag vs Adam"), "ravine", (-5.0, 1.5), (
        "SGD(lr=0.45)", "Momentum(lr=0.05)", "Adam(lr=0.3)"), 150),
    "adagrad": Preset(QT_TRANSLATE_NOOP("RacePanel", "AdaGrad's lr dies out"), "bowl", (1.5, 1.8), (
        "SGD(lr=0.05)", "Adagrad(lr=0.05)", "RMSprop(lr=0.05, alpha=0.9)"), 300),
    "five": Preset(QT_TRANSLATE_NOOP("RacePanel", "All five on Rosenbrock"), "rosenbrock", (-1.5, 2.0), (
        "SGD(lr=0.0005)", "Momentum(lr=0.0005)", "Adagrad(lr=0.5)", "RMSprop(lr=0.01)", "Adam(lr=0.05)"), 1000),
}
DEFAULT_PRESET = "saddle"


def compact(value: float) -> str:
    """A number in 4 significant digits that keeps its exponent: -1.009e+29 → "-1.009e29"."""
    text = f"{value:.4g}"
    mantissa, e, exponent = text.partition("e")
    if not e:
        return text
    sign = "-" if exponent.startswith("-") else ""
    return f"{mantissa}e{sign}{exponent.lstrip('+-').lstrip('0') or '0'}"


class RacerRow(QFrame):
    """An optimizer spec plus an optional scheduler spec for it."""

    def __init__(self, text: str, index: int, parent=None):
        super().__init__(parent)
        self.setFrameShape(QFrame.StyledPanel)
        self.optimizer = SpecRow(optimizers.OPTIMIZERS, text, theme.series_color(index))
        self.scheduler = SpecRow(schedules.SCHEDULERS, "", None,
                                 {"epochs": self.tr("all steps"), "lr": self.tr("the optimizer's lr")}, optional=True)
        box = QVBoxLayout(self)
        box.setContentsMargins(6, 2, 6, 2)
        box.addWidget(self.optimizer)
        box.addWidget(self.scheduler)

    def racer(self) -> race.Racer | None:
        if self.optimizer.spec is None:
            return None
        return race.Racer(self.optimizer.spec, self.scheduler.spec)


class RacePanel(Panel):
    NAME = "race"

    def __init__(self, controller, parent: QWidget | None = None):
        super().__init__(controller, parent)
        self.rows: list[RacerRow] = []
        self.surface = surfaces.BUILTIN["saddle"]
        self.image: SurfaceImage | None = None
        self.record: race.RaceRecord | None = None
        self._drawn_surface: surfaces.Surface | None = None  # the surface self.image shows
        self._run = self._shown_run = 0  # the race asked for last / whose frames are on screen
        self._follow = True  # keep showing the newest step while a race computes
        self._restored_inspect: int | None = None  # which racer a restored session inspected

        # -- settings row --------------------------------------------------------------------------
        self.surface_box = QComboBox()
        for name in surfaces.BUILTIN:
            self.surface_box.addItem(self.tr(SURFACE_NAMES.get(name, name)), name)
        self.surface_box.addItem(self.tr("custom formula"), CUSTOM)
        self.formula = QLineEdit()
        self.formula.setToolTip(self.tr("A formula in x and y, e.g. (1 - x)**2 + 100*(y - x**2)**2"))
        self.start_edit = QLineEdit()
        self.start_edit.setMaximumWidth(140)
        self.start_edit.setToolTip(self.tr("Start point x, y; or click / drag on the surface"))
        self.steps = QSpinBox()
        self.steps.setRange(1, race.MAX_STEPS)
        self.status = QLabel()
        settings = QHBoxLayout()
        add_row(settings, ((self.tr("surface"), self.surface_box), (self.tr("formula"), self.formula),
                           (self.tr("start"), self.start_edit), (self.tr("steps"), self.steps)), {self.formula: 2})
        presets = QHBoxLayout()
        presets.addWidget(QLabel(self.tr("stories:")))
        self.preset_buttons = {}
        for key, preset in PRESETS.items():
            b = QPushButton(self.tr(preset.title))
            b.clicked.connect(lambda _=False, key=key: self.load_preset(key))
            presets.addWidget(b)
            self.preset_buttons[key] = b
        presets.addStretch(1)
        swarm_row = QHBoxLayout()
        self.swarm = QCheckBox(self.tr("swarm"))
        self.swarm.setToolTip(self.tr("Many start points per optimizer: see where each one ends up"))
        self.swarm_size = QSpinBox()
        self.swarm_size.setRange(4, race.MAX_SWARM)
        self.swarm_size.setValue(2500)
        self.swarm_layout = QComboBox()
        self.swarm_layout.addItem(self.tr("grid"), "grid")
        self.swarm_layout.addItem(self.tr("random"), "random")
        self.swarm_color = QComboBox()
        self.swarm_color.addItem(self.tr("colour by minimum reached"), "basin")
        self.swarm_color.addItem(self.tr("colour by final loss"), "loss")
        for w in (self.swarm, self.swarm_size, self.swarm_layout, self.swarm_color):
            swarm_row.addWidget(w)
        swarm_row.addStretch(1)
        swarm_row.addWidget(self.status)

        # -- figure, plots, inspector ----------------------------------------------------------------
        self.figure = RaceFigure()
        self.figure.setMinimumSize(420, 320)
        self.loss_plot = pg.PlotWidget()
        theme.style_plot(self.loss_plot.getPlotItem(), self.tr("step"), self.tr("loss"))
        self.dist_plot = pg.PlotWidget()
        theme.style_plot(self.dist_plot.getPlotItem(), self.tr("step"), self.tr("distance"))
        for p in (self.loss_plot, self.dist_plot):
            p.setMinimumHeight(160)
        self.loss_curves: list[pg.PlotDataItem] = []
        self.dist_curves: list[pg.PlotDataItem] = []
        self.step_lines = [pg.InfiniteLine(0, angle=90, pen=pg.mkPen(theme.color("muted"), width=1.5))
                           for _ in (self.loss_plot, self.dist_plot)]
        self.hover_lines = [pg.InfiniteLine(0, angle=90, pen=pg.mkPen(theme.color("highlight"), width=1,
                                                                      style=Qt.DashLine))
                            for _ in (self.loss_plot, self.dist_plot)]
        for plot, line, hover in zip((self.loss_plot, self.dist_plot), self.step_lines, self.hover_lines,
                                     strict=True):
            plot.addItem(line, ignoreBounds=True)
            plot.addItem(hover, ignoreBounds=True)
            hover.hide()
            plot.scene().sigMouseMoved.connect(lambda pos, plot=plot: self._hovered(plot, pos))
        self.log_loss = QCheckBox(self.tr("log scale"))
        self.log_loss.toggled.connect(self._set_log)

        self.inspect = QComboBox()
        self.inspector = QTextBrowser()
        self.inspector.setMinimumWidth(380)
        self.threshold = QLineEdit("1e-3")
        self.threshold.setMaximumWidth(90)
        self.ranking = QTableWidget(0, 4)
        self.ranking.setHorizontalHeaderLabels([self.tr("racer"), self.tr("first step"),
                                                self.tr("final loss"), self.tr("status")])
        self.ranking.verticalHeader().hide()
        self.ranking.verticalHeader().setSectionResizeMode(QHeaderView.Fixed)
        self.ranking.setEditTriggers(QTableWidget.NoEditTriggers)
        header = self.ranking.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)  # numbers and status are read in full
        header.setSectionResizeMode(0, QHeaderView.Stretch)  # only the name gives way (its colour tells it too)

        self.rows_box = QVBoxLayout()
        self.rows_box.addStretch(1)
        rows_widget = QWidget()
        rows_widget.setLayout(self.rows_box)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(rows_widget)
        self.add_button = QPushButton(self.tr("Add racer"))  # (a push button keeps room for its menu arrow)
        menu = QMenu(self.add_button)
        for text in (text for entry in optimizers.OPTIMIZERS.entries for text in entry.menu):
            menu.addAction(text, lambda t=text: self.add_racer(t))
        self.add_button.setMenu(menu)

        self.playback = PlaybackBar(self.tr("step"), base_rate=10)
        self.playback.sig_position_changed.connect(self.show_step)

        right = QSplitter(Qt.Vertical)
        racers_box = QWidget()
        racers_layout = QVBoxLayout(racers_box)
        racers_layout.setContentsMargins(0, 0, 0, 0)
        racers_layout.addWidget(scroll, 1)
        racers_layout.addWidget(self.add_button, 0, Qt.AlignLeft)
        right.addWidget(racers_box)
        inspect_box = QWidget()
        inspect_layout = QVBoxLayout(inspect_box)
        inspect_layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("inspect")))
        row.addWidget(self.inspect, 1)
        inspect_layout.addLayout(row)
        inspect_layout.addWidget(self.inspector, 1)
        right.addWidget(inspect_box)
        rank_box = QWidget()
        rank_layout = QVBoxLayout(rank_box)
        rank_layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("first to loss ≤")))
        row.addWidget(self.threshold)
        row.addStretch(1)
        rank_layout.addLayout(row)
        rank_layout.addWidget(self.ranking)
        self.rank_box = rank_box
        right.addWidget(rank_box)
        scroll.setMinimumHeight(200)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 3)
        right.setStretchFactor(2, 0)  # the ranking is as tall as its rows (see _fit_ranking)
        self.right = right

        plots = QSplitter(Qt.Horizontal)
        loss_box = QWidget()
        loss_layout = QVBoxLayout(loss_box)
        loss_layout.setContentsMargins(0, 0, 0, 0)
        loss_layout.addWidget(self.loss_plot, 1)
        loss_layout.addWidget(self.log_loss)
        plots.addWidget(loss_box)
        plots.addWidget(self.dist_plot)
        left = QSplitter(Qt.Vertical)
        left.addWidget(self.figure)
        left.addWidget(plots)
        left.setStretchFactor(0, 3)
        left.setStretchFactor(1, 1)
        body = QSplitter(Qt.Horizontal)
        body.addWidget(left)
        body.addWidget(right)
        body.setStretchFactor(0, 3)
        body.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.addLayout(settings)
        layout.addLayout(presets)
        layout.addLayout(swarm_row)
        layout.addWidget(self.error)
        layout.addWidget(body, 1)
        layout.addWidget(self.playback)

        # -- wiring ------------------------------------------------------------------------------------
        self._rerun = QTimer(self)  # coalesces a burst of edits into one job
        self._rerun.setSingleShot(True)
        self._rerun.setInterval(0)
        self._rerun.timeout.connect(self.run)
        self.surface_box.activated.connect(self._surface_chosen)
        self.formula.returnPressed.connect(self._formula_typed)
        self.formula.editingFinished.connect(self._formula_typed)
        self.start_edit.returnPressed.connect(lambda: self._rerun.start())
        self.start_edit.editingFinished.connect(lambda: self._rerun.start())
        self.steps.valueChanged.connect(lambda _: self._rerun.start(300))
        for w in (self.swarm, ):
            w.toggled.connect(lambda _: self._rerun.start())
        self.swarm_size.valueChanged.connect(lambda _: self._rerun.start(300) if self.swarm.isChecked() else None)
        self.swarm_layout.activated.connect(lambda _: self._rerun.start() if self.swarm.isChecked() else None)
        self.swarm_color.activated.connect(lambda _: self.show_step(self.playback.position))
        self.inspect.activated.connect(lambda _: self.show_step(self.playback.position))
        self.threshold.editingFinished.connect(self._fill_ranking)
        self.figure.sig_clicked.connect(self._start_picked)
        self.figure.sig_start_dragged.connect(self._start_picked)
        self.playback.bind_keys(self)
        bind(self, ((Qt.Key_R, self.reset),))
        theme.on_restyle(self.inspector, lambda _: self._restyle_inspector())  # its HTML has colours
        theme.on_restyle(self.ranking, lambda _: self._fit_ranking(), "size")
        theme.on_restyle(self.right, lambda r: r.setMinimumWidth(round(RIGHT_MIN_WIDTH * theme.scale)), "size")
        self.load_preset(DEFAULT_PRESET)

    # -- settings ----------------------------------------------------------------------------------
    def load_preset(self, key: str) -> None:
        preset = PRESETS[key]
        self._set_surface(surfaces.BUILTIN[preset.surface])
        self.start_edit.setText(", ".join(f"{v:g}" for v in (preset.start or self.surface.start)))
        self.steps.blockSignals(True)
        self.steps.setValue(preset.steps)
        self.steps.blockSignals(False)
        for row in list(self.rows):
            self.remove_racer(row)
        for text in preset.racers:
            self.add_racer(text)
        self.run()

    def add_racer(self, text: str) -> RacerRow:
        row = RacerRow(text, len(self.rows))
        row.optimizer.sig_changed.connect(lambda _: self._rerun.start())
        row.scheduler.sig_changed.connect(lambda _: self._rerun.start())
        row.optimizer.sig_remove_requested.connect(lambda row=row: self.remove_racer(row))
        self.rows.append(row)
        self.rows_box.insertWidget(self.rows_box.count() - 1, row)
        self._rerun.start()
        return row

    def remove_racer(self, row: RacerRow) -> None:
        self.rows.remove(row)
        row.hide()  # at once: deleteLater waits for the event loop, which a headless render never enters
        row.deleteLater()
        self._rerun.start()

    def _set_surface(self, surface) -> None:
        if surface.formula != self.surface.formula:
            self.image = self._drawn_surface = None  # sampled again in the compute process, with the next race
        self.surface = surface
        key = surface.name if surface.name in surfaces.BUILTIN else CUSTOM
        self.surface_box.setCurrentIndex(self.surface_box.findData(key))
        self.formula.setText(surface.formula)
        self.log_loss.setChecked(surface.log_colors)  # losses spanning decades read better on a log axis

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
                "swarm_color": self.swarm_color, "log_loss": self.log_loss, "threshold": self.threshold}

    def state(self) -> dict:
        racers = [{"optimizer": r.optimizer.edit.text(), "scheduler": r.scheduler.edit.text()} for r in self.rows]
        return {**super().state(), "racers": racers, "inspect": self.inspect.currentIndex()}

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
            for row in list(self.rows):
                self.remove_racer(row)
            for r in state["racers"]:
                self.add_racer(r.get("optimizer", "")).scheduler.set_text(r.get("scheduler", ""))
        self.run()
        self._restored_inspect = state.get("inspect")
        if state.get("step") is not None:
            self._follow = False  # stay on the restored step rather than the newest one
            self.restore_step(state)

    # -- job ---------------------------------------------------------------------------------------
    def run(self) -> None:
        self._rerun.stop()
        start = self.read_start()
        racers = [r.racer() for r in self.rows]
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
        self.status.setText("")
        if error:
            self.show_error(error)  # e.g. values torch rejects for an optimizer
        elif state == "done" and self.record is not None and self._follow:
            self._follow = False
            self.playback.set_position(0)
            self.playback.toggle_play()  # a race is best watched

    # -- records -> screen -------------------------------------------------------------------------------
    def show_frame(self, frame: race.RaceFrame) -> None:
        new_race = self.record is None or frame.run != self._shown_run
        self._shown_run = frame.run
        if new_race and frame.image is not None:  # a new surface (its picture is computed once)
            self.image, self._drawn_surface = frame.image, frame.record.surface
            self.figure.set_surface(frame.image, frame.record.surface.minima, frame.record.surface.box)
            start = self.read_start()
            if start is not None:
                self.figure.set_start(start, self._height(start))
            known = bool(frame.record.surface.minima)
            self.dist_plot.setTitle(self.tr("distance to the nearest minimum") if known
                                    else self.tr("no known minimum on this surface"))
        self.record = frame.record
        if new_race:
            self._new_race(frame.record)
        record = frame.record
        self.playback.set_maximum(record.steps_done, position=record.steps_done if self._follow else None)
        self._draw_series()
        self._fill_ranking()

    def _new_race(self, record: race.RaceRecord) -> None:
        labels = [r.label for r in record.racers]
        self.figure.set_racers(labels)
        for plot, curves in ((self.loss_plot, self.loss_curves), (self.dist_plot, self.dist_curves)):
            for c in curves:
                plot.removeItem(c)
            curves.clear()
            for i in range(len(labels)):
                curves.append(plot.plot(pen=theme.series_pen(i, width=2), connect="finite"))
            theme.refresh(plot.getPlotItem())
        current = self.inspect.currentIndex() if self._restored_inspect is None else self._restored_inspect
        self._restored_inspect = None
        self.inspect.clear()
        self.inspect.addItems(labels)
        self.inspect.setCurrentIndex(min(max(current, 0), len(labels) - 1))

    def _draw_series(self) -> None:
        record = self.record
        steps = record.recorded.astype(float)
        mean_loss = record.mean_loss  # over a swarm's points; for one point, its loss
        for r in range(len(record.racers)):
            loss = mean_loss[:, r]
            self.loss_curves[r].setData(steps, positive_or_nan(loss) if self.log_loss.isChecked() else loss)
            self.dist_curves[r].setData(steps, record.distance[:, r])
        finite = mean_loss[np.isfinite(mean_loss)]
        if not self.log_loss.isChecked() and self.image is not None and finite.size:
            # the racers' losses, clipped to those inside the view box: one racer running off to −∞
            # must not flatten the others
            box = self.image.values[np.isfinite(self.image.values)]
            low, high = max(finite.min(), box.min()), min(finite.max(), box.max())
            if high > low:
                self.loss_plot.setYRange(float(low), float(high), padding=0.05)

    def _set_log(self, on: bool) -> None:
        self.loss_plot.getPlotItem().setLogMode(y=on)
        self.loss_plot.enableAutoRange(y=on)
        if self.record is not None:
            self._draw_series()

    def show_step(self, step: int) -> None:
        record = self.record
        if record is None:
            return
        if step < record.steps_done:
            self._follow = False
        row = record.row(step)
        for line in self.step_lines:
            line.setValue(record.recorded[row])
        if record.n_points > 1:
            self._show_swarm(row)
            return
        self.figure.show_swarm(None)
        self.figure.show_paths([record.positions[: row + 1, r, 0] for r in range(len(record.racers))],
                               [record.loss[: row + 1, r, 0] for r in range(len(record.racers))])
        self._show_internals(step)

    def _show_swarm(self, row: int) -> None:
        record, r = self.record, max(0, self.inspect.currentIndex())
        self.figure.show_paths([np.zeros((0, record.surface.dims))] * len(record.racers),
                               [np.zeros(0)] * len(record.racers))
        final = record.positions[row, r].astype(np.float64)
        if self.swarm_color.currentIndex() == 0:
            basin, distance = record.surface.nearest_minimum(final)
            reached = np.isfinite(final).all(axis=1) & (distance < 0.05)
            colors = [pg.mkBrush(basin_color(b) if ok else theme.color("faint"))
                      for b, ok in zip(basin, reached, strict=True)]
        else:
            loss = record.loss[row, r].astype(np.float64)
            finite = np.isfinite(loss)
            scaled = np.zeros_like(loss)
            if finite.any():
                logs = np.log10(loss[finite] - loss[finite].min() + 1e-9)
                scaled[finite] = (logs - logs.min()) / max(1e-12, np.ptp(logs))
            cmap = pg.colormap.get("viridis")
            colors = [pg.mkBrush(cmap.map(v, mode="qcolor")) if ok else pg.mkBrush(theme.color("faint"))
                      for v, ok in zip(scaled, finite, strict=True)]
        self.figure.show_swarm(record.swarm_starts, colors)
        self.figure.show_arrows(None, None, None)
        self.inspector.setHtml(self.tr(
            "<p><b>Swarm</b>: each dot is a start point of <b>{0}</b>, coloured by where it is at step {1}. "
            "Grey: no known minimum reached (or diverged).</p>").format(html.escape(record.racers[r].label),
                                                                         record.recorded[row]))

    def _restyle_inspector(self) -> None:
        if self.record is not None and self.record.n_points == 1:
            self._show_internals(self.playback.position)

    def _show_internals(self, step: int) -> None:
        record, r = self.record, max(0, self.inspect.currentIndex())
        if r >= len(record.racers):
            return
        status, at = record.status[r]
        at_step = "" if at is None else self.tr(" at step {0}").format(at)  # outside the f-string: lupdate sees it
        head = f"<p><b style='color:{theme.series_color(r).name()}'>" \
               f"{html.escape(record.racers[r].label)}</b> — {self.tr(status)}{at_step}</p>"
        if step >= record.steps_done:
            point = record.positions[step, r, 0]
            self.figure.show_arrows(None, None, None)
            self.inspector.setHtml(head + self.tr("<p>Step {0}: w = {1}, loss = {2}. No update after the last "
                                                  "step.</p>").format(step, internals.fmt(point),
                                                                      f"{record.loss[step, r, 0]:.6g}"))
            return
        explanation = internals.explain(record, r, step)
        point = record.positions[step, r, 0]
        self.figure.show_arrows(point, record.grad[step, r, 0], explanation.actual,
                                record.loss[step, r, 0], record.loss[step + 1, r, 0])
        rows = "".join(  # the formula, then the same with this step's numbers under it
            f"<tr><td valign='top'><b>{html.escape(line.name)}</b></td><td>{html.escape(line.formula)}<br>"
            f"<span style='color:{theme.color('formula').name()}'>{html.escape(line.substituted)}</span></td></tr>"
            for line in explanation.lines)
        check = self.tr("torch's update: Δw = {0} (equations differ by {1:.1e})").format(
            internals.fmt(explanation.actual), explanation.difference)
        self.inspector.setHtml(
            head + self.tr("<p>Update from step {0} to {1}, lr = {2:g}</p>").format(step, step + 1,
                                                                                    record.lr[step, r])
            + f"<table cellspacing='4'>{rows}</table><p>{html.escape(check)}</p>")

    def _hovered(self, plot, pos) -> None:
        record = self.record
        if record is None or record.n_points > 1:
            return
        vb = plot.getPlotItem().vb
        if not vb.sceneBoundingRect().contains(pos):
            for line in self.hover_lines:
                line.hide()
            self.figure.show_hover(None)
            return
        step = int(np.clip(round(vb.mapSceneToView(pos).x()), 0, record.steps_done))
        for line in self.hover_lines:
            line.setValue(step)
            line.show()
        points = record.positions[step, :, 0]
        if record.surface.dims == 1:
            points = np.column_stack([points[:, 0], record.loss[step, :, 0]])
        self.figure.show_hover(points)

    def _fill_ranking(self) -> None:
        record = self.record
        if record is None:
            return
        try:
            threshold = float(self.threshold.text())
        except ValueError:
            self.show_error(self.tr("threshold: '{0}' is not a number").format(self.threshold.text()))
            return
        swarm = record.n_points > 1
        loss = record.best_loss if swarm else record.loss[:, :, 0]
        first = race.first_reaching(loss, record.recorded, threshold)
        order = sorted(range(len(record.racers)), key=lambda r: (first[r] < 0, first[r]))
        self.ranking.setRowCount(len(order))
        for i, r in enumerate(order):
            if swarm:  # share of start points that ended at a known minimum
                _, distance = record.surface.nearest_minimum(record.positions[-1, r].astype(np.float64))
                status = self.tr("{0:.0f}% at a minimum").format(100 * np.mean(distance < 0.05))
            else:
                name, at = record.status[r]
                status = self.tr(name) + ("" if at is None else f" ({at})")
            cells = (record.racers[r].label, "—" if first[r] < 0 else str(first[r]), compact(loss[-1, r]), status)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 0:
                    item.setForeground(theme.series_color(r))
                    item.setToolTip(text)
                elif c in (1, 2):
                    item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                self.ranking.setItem(i, c, item)
        self._fit_ranking()

    def _fit_ranking(self) -> None:
        """Rows as tall as the current font, and the table as tall as its racers (RANKING_ROWS), so presentation
        mode does not cut the second row in half and a short race leaves no empty box."""
        font = QFont(self.ranking.font())
        font.setPointSizeF(theme.BASE_POINT_SIZE * theme.scale)  # (the widget may not have the new font yet)
        row = QFontMetrics(font).height() + round(8 * theme.scale)
        rows = self.ranking.verticalHeader()
        rows.setMinimumSectionSize(row)
        rows.setDefaultSectionSize(row)
        for i in range(self.ranking.rowCount()):
            rows.resizeSection(i, row)
        header = max(self.ranking.horizontalHeader().sizeHint().height(), row)
        count = min(max(RANKING_ROWS[0], self.ranking.rowCount()), RANKING_ROWS[1])
        height = header + count * row + 2 * self.ranking.frameWidth() + 2
        self.ranking.setFixedHeight(height)
        above = max(self.threshold.sizeHint().height(), QFontMetrics(font).height() + round(10 * theme.scale))
        self.rank_box.setMaximumHeight(height + above + self.rank_box.layout().spacing())  # no empty space below

    # -- export ------------------------------------------------------------------------------------
    def pytorch_code(self) -> str | None:
        record = self.record
        if record is None or record.n_points > 1:
            return None
        return codegen.race_script(record.surface, record.racers, record.positions[0, 0, 0].tolist(),
                                   record.steps)

    def csv_writer(self):
        record = self.record
        return None if record is None else lambda file: race.write_csv(record, file)
