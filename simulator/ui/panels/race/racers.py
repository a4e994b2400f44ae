"""The race's racers: one row per optimizer (with an optional scheduler), and the "Add racer" menu."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QMenu, QPushButton, QScrollArea, QVBoxLayout, QWidget

from ....engine import optimizers, race, schedules
from ... import theme
from ...engine_texts import catalog_text
from ...widgets.spec_row import SpecRow


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


class RacersColumn(QWidget):
    """The rows in a scroll area, and the button whose menu offers every catalog optimizer."""

    sig_changed = Signal()  # a racer was added, removed or edited

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[RacerRow] = []
        self.rows_box = QVBoxLayout()
        self.rows_box.addStretch(1)
        rows_widget = QWidget()
        rows_widget.setLayout(self.rows_box)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(rows_widget)
        scroll.setMinimumHeight(80)
        self.add_button = QPushButton(self.tr("Add racer"))  # (a push button keeps room for its menu arrow)
        menu = QMenu(self.add_button)
        menu.setToolTipsVisible(True)
        for entry in optimizers.OPTIMIZERS.entries:
            for text in entry.menu:
                action = menu.addAction(text, lambda t=text: self.add(t))
                action.setToolTip("\n".join(catalog_text(t) for t in (entry.rule, entry.style, entry.use)))
        self.add_button.setMenu(menu)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.add_button, 0, Qt.AlignLeft)

    def add(self, text: str, scheduler: str = "") -> RacerRow:
        row = RacerRow(text, len(self.rows))
        if scheduler:
            row.scheduler.set_text(scheduler)
        row.optimizer.sig_changed.connect(lambda _: self.sig_changed.emit())
        row.scheduler.sig_changed.connect(lambda _: self.sig_changed.emit())
        row.optimizer.sig_remove_requested.connect(lambda row=row: self.remove(row))
        self.rows.append(row)
        self.rows_box.insertWidget(self.rows_box.count() - 1, row)
        self.sig_changed.emit()
        return row

    def remove(self, row: RacerRow) -> None:
        self.rows.remove(row)
        row.hide()  # at once: deleteLater waits for the event loop, which a headless render never enters
        row.deleteLater()
        self.sig_changed.emit()

    def clear(self) -> None:
        for row in list(self.rows):
            self.remove(row)

    def racers(self) -> list[race.Racer | None]:
        return [row.racer() for row in self.rows]

    def state(self) -> list[dict]:
        return [{"optimizer": r.optimizer.edit.text(), "scheduler": r.scheduler.edit.text()} for r in self.rows]
