"""The race's ranking: who first reaches a loss threshold, the final loss, and each racer's status."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ....engine import race
from ... import theme
from ...widgets.tables import fit_rows
from .swarm import REACHED

RANKING_ROWS = (3, 6)  # the table is as tall as this many rows at least / at most (then it scrolls)


def compact(value: float) -> str:
    """A number in 4 significant digits that keeps its exponent: -1.009e+29 → "-1.009e29"."""
    text = f"{value:.4g}"
    mantissa, e, exponent = text.partition("e")
    if not e:
        return text
    sign = "-" if exponent.startswith("-") else ""
    return f"{mantissa}e{sign}{exponent.lstrip('+-').lstrip('0') or '0'}"


def status_text(name: str) -> str:
    """A racer's status (engine.race), translated (engine_texts lists them under RacePanel)."""
    return QCoreApplication.translate("RacePanel", name)


class Ranking(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.threshold = QLineEdit("1e-3")
        self.threshold.setMaximumWidth(90)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("racer"), self.tr("first step"),
                                              self.tr("final loss"), self.tr("status")])
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.Fixed)
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)  # numbers and status are read in full
        header.setSectionResizeMode(0, QHeaderView.Stretch)  # only the name gives way (its colour tells it too)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("first to loss ≤")))
        row.addWidget(self.threshold)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.table)
        theme.on_restyle(self.table, lambda _: self.fit(), "size")

    def fill(self, record: race.RaceRecord) -> str | None:
        """Rank the racers of ``record``; a message when the typed threshold is not a number."""
        try:
            threshold = float(self.threshold.text())
        except ValueError:
            return self.tr("threshold: '{0}' is not a number").format(self.threshold.text())
        swarm = record.n_points > 1
        loss = record.best_loss if swarm else record.loss[:, :, 0]
        first = race.first_reaching(loss, record.recorded, threshold)
        order = sorted(range(len(record.racers)), key=lambda r: (first[r] < 0, first[r]))
        self.table.setRowCount(len(order))
        for i, r in enumerate(order):
            if swarm:  # share of start points that ended at a known minimum
                _, distance = record.surface.nearest_minimum(record.positions[-1, r].astype(np.float64))
                status = self.tr("{0:.0f}% at a minimum").format(100 * np.mean(distance < REACHED))
            else:
                name, at = record.status[r]
                status = status_text(name) + ("" if at is None else f" ({at})")
            cells = (record.racers[r].label, "—" if first[r] < 0 else str(first[r]), compact(loss[-1, r]), status)
            for c, text in enumerate(cells):
                # the row's items are kept and rewritten: replacing them on every frame deleted items that
                # Python could still hold (a segfault in setItem, seen once in CI)
                item = self.table.item(i, c)
                if item is None:
                    item = QTableWidgetItem()
                    if c in (1, 2):
                        item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                    self.table.setItem(i, c, item)
                item.setText(text)
                if c == 0:
                    item.setForeground(theme.series_color(r))
                    item.setToolTip(text)
        self.fit()
        return None

    def fit(self) -> None:
        """Rows as tall as the current font, and the table as tall as its racers (RANKING_ROWS), so presentation
        mode does not cut the second row in half and a short race leaves no empty box."""
        height = fit_rows(self.table, *RANKING_ROWS)
        font = QFont(self.table.font())
        font.setPointSizeF(theme.BASE_POINT_SIZE * theme.scale)
        above = max(self.threshold.sizeHint().height(), QFontMetrics(font).height() + round(10 * theme.scale))
        self.setMaximumHeight(height + above + self.layout().spacing())  # no empty space below
