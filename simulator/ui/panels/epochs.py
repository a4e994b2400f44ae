"""Epochs, batches and iterations (tutorial 3.1): DataLoader's arithmetic, pictured."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...compute.job import Job
from ...engine import batches
from .. import legends, notebook_texts, theme
from ..figures import log_plot
from ..widgets.fields import add_row
from .base import Panel

MAX_DRAWN = 80  # batches drawn one by one; beyond this the picture shows the first and the last ones


class BatchStrip(QWidget):
    """One epoch as a strip of batches; the partial last batch (or the dropped rest) stands out."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.plan: batches.BatchPlan | None = None
        self.setMinimumHeight(90)
        theme.on_restyle(self, QWidget.update)

    def set_plan(self, plan: batches.BatchPlan) -> None:
        self.plan = plan
        self.update()

    def paintEvent(self, event):  # noqa: N802 (Qt override)
        if self.plan is None:
            return
        p = self.plan
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        width, height = self.width() - 20, self.height() - 40
        total = p.samples
        x = 10.0
        count = p.batches_per_epoch
        drawn = min(count, MAX_DRAWN)
        for k in range(drawn):
            index = k if count <= MAX_DRAWN or k < drawn - 1 else count - 1
            size = p.last_batch if index == count - 1 else p.batch_size
            w = width * size / total if count <= MAX_DRAWN else width / (drawn + (1 if p.dropped else 0))
            color = theme.series_color(1 if size != p.batch_size else 0)
            painter.setBrush(QBrush(color.lighter(110 + 20 * (k % 2))))
            painter.setPen(QPen(self.palette().window().color(), 1))
            painter.drawRect(QRectF(x, 10, max(w, 1.0), height))
            x += w
        if p.dropped:
            painter.setBrush(QBrush(theme.color("off")))
            painter.drawRect(QRectF(x, 10, max(width * p.dropped / total, 2.0), height))
        painter.setPen(theme.color("fg"))
        font = QFont(self.font())
        painter.setFont(font)
        caption = self.tr("one epoch = {0} batches").format(count) + (
            self.tr(" (drawn: the first {0} and the last)").format(MAX_DRAWN - 1) if count > MAX_DRAWN else "")
        if p.dropped:
            caption += self.tr("; grey: {0} samples dropped (drop_last)").format(p.dropped)
        painter.drawText(QRectF(10, height + 14, width, 24), Qt.AlignLeft, caption)


class EpochsPanel(Panel):
    NAME = "epochs"

    def __init__(self, controller, parent: QWidget | None = None):
        super().__init__(controller, parent)
        self.samples, self.batch, self.epochs = QSpinBox(), QSpinBox(), QSpinBox()
        for box, value in zip((self.samples, self.batch, self.epochs), batches.TUTORIAL, strict=True):
            box.setRange(1, 10**9)
            box.setGroupSeparatorShown(True)
            box.setValue(value)
        self.drop_last = QCheckBox("drop_last")
        self.summary = QLabel()
        theme.emphasis(self.summary, 4)
        self.summary.setWordWrap(True)
        self.strip = BatchStrip()
        self.compare = QTableWidget(0, 5)
        self.compare.setHorizontalHeaderLabels([self.tr("method"), self.tr("batch size"),
                                                self.tr("samples per iteration"), self.tr("iterations per epoch"),
                                                self.tr("iterations in all")])
        self.compare.verticalHeader().hide()
        self.compare.setEditTriggers(QTableWidget.NoEditTriggers)
        self.compare.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        top = QHBoxLayout()
        add_row(top, ((self.tr("dataset size N"), self.samples), (self.tr("batch size B"), self.batch),
                      (self.tr("epochs E"), self.epochs)))
        top.addWidget(self.drop_last)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.error)
        layout.addWidget(self.summary)
        layout.addWidget(self.strip)
        layout.addWidget(QLabel(self.tr("The same data, three ways to cut it:")))
        layout.addWidget(self.compare, 1)
        self.compare.setMaximumHeight(140)
        demo_row = QHBoxLayout()
        demo_row.addWidget(QLabel(self.tr("Live: one tiny model (w·x + b on 64 noisy points) trained for")))
        self.demo_epochs = QSpinBox()
        self.demo_epochs.setRange(1, 50)
        self.demo_epochs.setValue(5)
        demo_row.addWidget(self.demo_epochs)
        demo_row.addWidget(QLabel(self.tr("epochs with mini-batches of")))
        self.demo_batch = QSpinBox()
        self.demo_batch.setRange(2, batches.DEMO_SAMPLES - 1)
        self.demo_batch.setValue(8)
        demo_row.addWidget(self.demo_batch)
        demo_row.addStretch(1)
        layout.addLayout(demo_row)
        self.demo_plot = log_plot(x=False, y=True)
        theme.style_plot(self.demo_plot.getPlotItem(), self.tr("epoch"), self.tr("loss on all 64 points"))
        self.demo_plot.addLegend(offset=(-10, 10))
        legends.keep_clear(self.demo_plot.getPlotItem())
        self.demo_plot.setMinimumHeight(140)
        self.demo_curves = [self.demo_plot.plot(pen=theme.series_pen(i, width=2, dashed=False), name=" ")
                            for i in range(3)]
        layout.addWidget(self.demo_plot, 2)
        self.demo_epochs.valueChanged.connect(lambda _: self.run_demo())
        self.demo_batch.valueChanged.connect(lambda _: self.run_demo())
        for box in (self.samples, self.batch, self.epochs):
            box.valueChanged.connect(lambda _: self.refresh())
        self.drop_last.toggled.connect(lambda _: self.refresh())
        self.refresh()
        self.run_demo()

    def run_demo(self) -> None:
        epochs, size = self.demo_epochs.value(), self.demo_batch.value()
        self.submit(Job.of(batches.demo, epochs, size), self.show_demo)

    def show_demo(self, runs) -> None:
        legend = self.demo_plot.getPlotItem().legend
        for curve, run in zip(self.demo_curves, runs, strict=True):
            curve.setData(run.epoch_position, run.loss)
            updates = self.tr("1 update per epoch") if run.updates_per_epoch == 1 else \
                self.tr("{0} updates per epoch").format(run.updates_per_epoch)
            legend.getLabel(curve).setText(f"{self.tr(run.kind)}, B = {run.batch_size}: {updates}")
        theme.refresh(self.demo_plot.getPlotItem())  # new label texts: back to the presentation size

    def refresh(self) -> None:
        plan = batches.plan(self.samples.value(), self.batch.value(), self.epochs.value(), self.drop_last.isChecked())
        self.plan = plan
        last = self.tr("; the last batch has {0} samples").format(plan.last_batch) \
            if plan.last_batch != plan.batch_size else ""
        self.summary.setText(self.tr(
            "{0:,} samples in batches of {1:,}: {2:,} batches per epoch = {2:,} iterations per epoch{3}; "
            "{4:,} epochs = {5:,} iterations (optimizer steps). This is {6}.").format(
            plan.samples, plan.batch_size, plan.batches_per_epoch, last, plan.epochs, plan.iterations,
            self.tr(plan.kind)))
        self.strip.set_plan(plan)
        rows = [batches.plan(plan.samples, size, plan.epochs, plan.drop_last)
                for size in (plan.samples, plan.batch_size, 1)]
        self.compare.setRowCount(len(rows))
        for r, row in enumerate(rows):
            cells = (self.tr(row.kind), f"{row.batch_size:,}", f"{row.batch_size:,}",
                     f"{row.iterations_per_epoch:,}", f"{row.iterations:,}")
            for c, text in enumerate(cells):
                self.compare.setItem(r, c, QTableWidgetItem(text))

    def state_fields(self) -> dict[str, QWidget]:
        return {"samples": self.samples, "batch_size": self.batch, "epochs": self.epochs,
                "demo_epochs": self.demo_epochs, "demo_batch_size": self.demo_batch, "drop_last": self.drop_last}

    def run(self) -> None:
        self.refresh()
        self.run_demo()

    def pytorch_script(self):
        return notebook_texts.epochs(self.demo_epochs.value(), self.demo_batch.value(), 0, batches.DEMO_SAMPLES,
                                     batches.DEMO_LR)

    def csv_writer(self):
        return self._write_csv

    def _write_csv(self, file) -> None:
        import csv

        writer = csv.writer(file, lineterminator="\n")
        writer.writerow(["samples", "batch_size", "epochs", "drop_last", "batches_per_epoch", "iterations",
                         "last_batch"])
        p = self.plan
        writer.writerow([p.samples, p.batch_size, p.epochs, p.drop_last, p.batches_per_epoch, p.iterations,
                         p.last_batch])
