"""Tutorial 4.2-4.5: learning-rate schedules from torch.optim.lr_scheduler, overlaid and compared."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QCheckBox,
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
    QVBoxLayout,
    QWidget,
)

from ....compute.job import Job
from ....engine import check_labs, schedules
from ....engine.records import ScheduleCurves
from ....engine.specs import SpecError
from ....session import SessionError
from ... import theme
from ...engine_texts import catalog_text
from ...figures import ScheduleFigure
from ...widgets.check_field import CheckField
from ...widgets.flow import FlowRow, pair
from ...widgets.keys import bind
from ...widgets.spec_row import SpecRow
from ...widgets.state import write
from ..base import Panel

ROWS_MIN_WIDTH = 380  # the schedule editors' column at scale 1.0
TABLE_ROWS = 4  # schedules the table shows without scrolling, however little height the window has
# how the comparison table shares its width (column 1, the lr, takes what its numbers need)
COLUMN_WEIGHTS = {0: 1.3, 1: 0, 2: 1.2, 3: 1.0, 4: 1.3}

# One click away: the tutorial's own comparison, and the schedules people use today.
PRESETS = {
    "tutorial": (QT_TRANSLATE_NOOP("SchedulesView", "Tutorial 4.2–4.4"), schedules.TUTORIAL_SPECS),
    "cosine": (QT_TRANSLATE_NOOP("SchedulesView", "Cosine family"),
               ("CosineAnnealingLR()", "CosineAnnealingWarmRestarts(T_0=40, T_mult=2)", "OneCycleLR()")),
    "warmup": (QT_TRANSLATE_NOOP("SchedulesView", "Warm-up and linear"),
               ("LinearLR(start_factor=0.1, total_iters=20)", "PolynomialLR(total_iters=200, power=1.0)",
                "ConstantLR(factor=0.5, total_iters=20)")),
}


class SchedulesView(Panel):
    NAME = "lr.schedules"

    def __init__(self, controller, parent: QWidget | None = None):
        super().__init__(controller, parent)
        self.rows: dict[int, SpecRow] = {}
        self._color_of: dict[int, int] = {}
        self._keys = itertools.count()
        self.result: ScheduleCurves | None = None
        self._restored_cursor: int | None = None  # the epoch a restored session reads, once its curves are in

        self.lr_edit = QLineEdit(str(schedules.TUTORIAL_LR))
        self.lr_edit.setMaximumWidth(110)
        self.lr_edit.setToolTip(self.tr("Initial learning rate of the optimizer"))
        self.epochs = QSpinBox()
        self.epochs.setRange(1, schedules.MAX_EPOCHS)
        self.epochs.setValue(schedules.TUTORIAL_EPOCHS)
        self.log_y = QCheckBox(self.tr("log scale"))
        self.status = QLabel()

        presets = []
        for name, (title, _) in PRESETS.items():
            b = QPushButton(self.tr(title))
            b.clicked.connect(lambda _=False, name=name: self.load_preset(name))
            presets.append(b)
        self.add_button = QPushButton(self.tr("Add schedule"))  # (a push button keeps room for its menu arrow)
        menu = QMenu(self.add_button)
        for entry in schedules.SCHEDULERS.entries:
            menu.addAction(entry.name, lambda e=entry: self.add_row(e.example))
        self.add_button.setMenu(menu)
        top = FlowRow((pair(self.tr("initial lr"), self.lr_edit), pair(self.tr("epochs"), self.epochs), *presets,
                       self.add_button, self.log_y, (self.status, True)))  # on more lines on a small projector

        self.figure = ScheduleFigure()
        self.cursor_epoch = QSpinBox()
        self.cursor_epoch.setRange(0, schedules.TUTORIAL_EPOCHS - 1)
        self.cursor_epoch.setToolTip(self.tr("Read the exact lr in force during this epoch (←/→ move it)"))
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [self.tr("schedule"), self.tr("lr at epoch"), self.tr("rule"), self.tr("how it decays"),
             self.tr("when to use it")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)  # shared by weight (_share_columns), and they wrap
        header.setSectionResizeMode(1, QHeaderView.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.table.setWordWrap(True)
        self.table.viewport().installEventFilter(self)

        cursor_row = QHBoxLayout()
        cursor_row.addWidget(QLabel(self.tr("cursor at epoch")))
        cursor_row.addWidget(self.cursor_epoch)
        cursor_row.addStretch(1)
        plot_box = QWidget()
        plot_layout = QVBoxLayout(plot_box)
        plot_layout.setContentsMargins(0, 0, 0, 0)
        plot_layout.addWidget(self.figure, 1)
        plot_layout.addLayout(cursor_row)

        self.rows_box = QVBoxLayout()
        self.rows_box.addStretch(1)
        rows_widget = QWidget()
        rows_widget.setLayout(self.rows_box)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(rows_widget)
        self.rows_scroll = scroll
        top_half = QSplitter(Qt.Horizontal)
        top_half.addWidget(plot_box)
        top_half.addWidget(scroll)
        top_half.setStretchFactor(0, 3)
        top_half.setStretchFactor(1, 1)
        body = QSplitter(Qt.Vertical)
        body.addWidget(top_half)
        body.addWidget(self.table)
        body.setStretchFactor(0, 3)
        body.setStretchFactor(1, 1)
        self.figure.setMinimumHeight(180)
        theme.on_restyle(self, lambda _: self._restyle_sizes(), "size")

        layout = QVBoxLayout(self)
        layout.addWidget(top)
        layout.addWidget(self.error)
        layout.addWidget(body, 1)
        self.check = CheckField()  # the student's own lr at an epoch, for the first schedule
        layout.addWidget(self.check)

        self._recompute = QTimer(self)  # coalesces a burst of edits into one job
        self._recompute.setSingleShot(True)
        self._recompute.setInterval(0)
        self._recompute.timeout.connect(self.run)
        self.lr_edit.textEdited.connect(lambda _: self._recompute.start(350))
        self.lr_edit.returnPressed.connect(self.run)
        self.epochs.valueChanged.connect(lambda _: self._recompute.start(150))
        self.log_y.toggled.connect(self.figure.set_log_y)
        self.figure.sig_cursor_moved.connect(self._cursor_moved)
        self.cursor_epoch.valueChanged.connect(self.figure.set_cursor)
        bind(self, ((Qt.Key_Left, lambda: self.cursor_epoch.stepBy(-1)),
                    (Qt.Key_Right, lambda: self.cursor_epoch.stepBy(1))))
        self.load_preset("tutorial")

    # -- sizes --------------------------------------------------------------------------------------
    def _restyle_sizes(self) -> None:
        self.rows_scroll.setMinimumWidth(round(ROWS_MIN_WIDTH * theme.scale ** 0.5))  # (a small projector)
        self._fit_table()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        if watched is self.table.viewport() and event.type() in (QEvent.Resize, QEvent.Show):
            self._share_columns()
        return super().eventFilter(watched, event)

    def _share_columns(self) -> None:
        """The width left by the lr column, shared by weight: each text column gets about as much as it
        needs, so "rule" and "when to use it" do not wrap into three lines next to a half-empty column."""
        if not self.table.isVisible():  # (a hidden table's width is not the one it will have)
            return
        header = self.table.horizontalHeader()
        free = self.table.viewport().width() - header.sectionSize(1)
        columns = [c for c in COLUMN_WEIGHTS if c != 1]
        total = sum(COLUMN_WEIGHTS[c] for c in columns)
        for c in columns[:-1]:  # (the last one stretches to the edge)
            header.resizeSection(c, max(40, round(free * COLUMN_WEIGHTS[c] / total)))
        self.table.resizeRowsToContents()
        self._fit_table()

    def _fit_table(self) -> None:
        """At least as tall as the header and its rows (up to TABLE_ROWS of them): with little height the
        figure gives way, not the comparison."""
        font = QFont(self.table.font())
        font.setPointSizeF(theme.BASE_POINT_SIZE * theme.scale)
        tallest = 3 * QFontMetrics(font).lineSpacing() + round(10 * theme.scale)  # a row counts 3 lines at most
        rows = min(self.table.rowCount(), TABLE_ROWS)
        height = sum(min(self.table.rowHeight(r), tallest) for r in range(rows))
        header = self.table.horizontalHeader().sizeHint().height()
        self.table.setMinimumHeight(max(round(80 * theme.scale), header + height + 2 * self.table.frameWidth() + 4))

    # -- rows ---------------------------------------------------------------------------------------
    def add_row(self, text: str) -> SpecRow:
        key = next(self._keys)
        used = set(self._color_of.values())
        color = next(i for i in itertools.count() if i not in used)
        self._color_of[key] = color
        row = SpecRow(schedules.SCHEDULERS, text, theme.series_color(color),
                      {"epochs": self.tr("all epochs"), "lr": self.tr("initial lr")})
        row.sig_changed.connect(lambda _: self._recompute.start())
        row.sig_remove_requested.connect(lambda key=key: self.remove_row(key))
        self.rows[key] = row
        self.rows_box.insertWidget(self.rows_box.count() - 1, row)
        self._recompute.start()
        return row

    def remove_row(self, key: int) -> None:
        row = self.rows.pop(key)
        self._color_of.pop(key)
        row.hide()  # at once (deleteLater waits for the event loop)
        row.deleteLater()
        self.figure.remove_series(key)
        self._recompute.start()

    def load_preset(self, name: str) -> None:
        _, specs = PRESETS[name]
        for key in list(self.rows):
            self.remove_row(key)
        if name == "tutorial":
            self.lr_edit.setText(str(schedules.TUTORIAL_LR))
            self.epochs.setValue(schedules.TUTORIAL_EPOCHS)
        for text in specs:
            self.add_row(text)
        self.run()

    # -- settings -> job ----------------------------------------------------------------------------
    def read_settings(self) -> tuple[float, int] | None:
        try:
            lr = float(self.lr_edit.text().strip())
            schedules.check_run(lr, self.epochs.value())
        except (ValueError, SpecError) as e:
            message = str(e) if isinstance(e, SpecError) else self.tr("initial lr: '{0}' is not a number").format(
                self.lr_edit.text())
            self.show_error(message)
            return None
        self.show_error(None)
        return lr, self.epochs.value()

    def run(self) -> None:
        self._recompute.stop()
        settings = self.read_settings()
        if settings is None:
            return
        lr, epochs = settings
        jobs = [(key, row.spec) for key, row in self.rows.items() if row.spec is not None]
        ready = self.controller.engine_ready
        self.status.setText(self.tr("computing…") if ready else self.tr("waiting for the engine…"))
        self.submit(Job.of(schedules.curves_job, jobs, lr, epochs), self.show_curves,
                               self._finished)

    def _finished(self, state: str, error: str | None) -> None:
        self.status.setText(self.tr("error: {0}").format(error) if error else "")

    # -- record -> screen ---------------------------------------------------------------------------
    def show_curves(self, result: ScheduleCurves) -> None:
        self.result = result
        for curve in result.curves:
            row = self.rows.get(curve.key)
            if row is None:
                continue
            if curve.error is not None:
                row.show_error(curve.error)  # the previous curve of this row stays on the plot
            else:
                self.figure.set_series(curve.key, curve.label, curve.lrs, self._color_of[curve.key])
        for key in self.figure.series_keys():
            if key not in self.rows:
                self.figure.remove_series(key)
        self.cursor_epoch.setMaximum(result.epochs - 1)
        first = next((c for c in result.curves if c.error is None and len(c.lrs)), None)
        self.check.set_source(None if first is None else lambda epoch: (
            self.tr("lr of {0} during epoch {1}").format(first.label, epoch - 1),
            *check_labs.schedule_candidates(first.lrs, epoch - 1)), len(first.lrs) if first else 1)
        if self._restored_cursor is not None and result.complete:
            self.cursor_epoch.setValue(self._restored_cursor)
            self._restored_cursor = None
        if result.complete:
            self.figure.plot_item.enableAutoRange()
        self._fill_table()

    def _cursor_moved(self, epoch: int) -> None:
        self.cursor_epoch.setValue(epoch)
        self._fill_table()

    def lr_at(self, key: int, epoch: int) -> float | None:
        lrs = self.figure.series(key)
        return None if lrs is None or epoch >= len(lrs) else float(lrs[epoch])

    def _fill_table(self) -> None:
        epoch = self.cursor_epoch.value()
        keys = [k for k in self.rows if self.figure.series(k) is not None]
        self.table.setRowCount(len(keys))
        self.table.horizontalHeaderItem(1).setText(self.tr("lr at epoch {0}").format(epoch))
        for r, key in enumerate(keys):
            entry = self.rows[key].spec.entry
            value = self.lr_at(key, epoch)
            # 6 significant digits, not float noise like 0.007694497527671311 (the tooltip and the CSV export
            # keep every digit)
            cells = (self.figure.legend_label(key), "" if value is None else f"{value:.6g}",
                     *(catalog_text(t) for t in (entry.rule, entry.style, entry.use)))
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 0:
                    item.setForeground(theme.series_color(self._color_of[key]))
                    item.setToolTip(text)
                elif c == 1 and value is not None:
                    item.setToolTip(repr(value))
                    item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                self.table.setItem(r, c, item)
        self._share_columns()

    # -- export -------------------------------------------------------------------------------------
    EXTRA = ("schedules", "cursor")

    def state_fields(self) -> dict[str, QWidget]:
        return {"lr": self.lr_edit, "epochs": self.epochs, "log_scale": self.log_y}

    def state(self) -> dict:
        return {**super().state(), "schedules": [row.edit.text() for row in self.rows.values()],
                "cursor": self.cursor_epoch.value()}

    def check_state(self, state: dict, where: str) -> None:
        super().check_state(state, where)
        rows = state.get("schedules", [])
        if not isinstance(rows, list) or not all(isinstance(t, str) for t in rows):
            raise SessionError(f"{where}.schedules: expected a list of scheduler texts")
        cursor = state.get("cursor", 0)
        if not isinstance(cursor, int) or isinstance(cursor, bool) or cursor < 0:
            raise SessionError(f"{where}.cursor: expected an epoch number ≥ 0")

    def restore(self, state: dict) -> None:
        write(self.state_fields(), state)
        if "schedules" in state:
            for key in list(self.rows):
                self.remove_row(key)
            for text in state["schedules"]:
                self.add_row(text)
        self._restored_cursor = state.get("cursor")
        self.run()

    def csv_writer(self):
        result = self.result
        return None if result is None else lambda file: schedules.write_csv(result, file)
