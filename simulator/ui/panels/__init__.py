"""The panels, by the name used on the command line (``--panel lr``).

Plain data: the CLI checks panel names without importing Qt; a panel's module is imported only
when its panel is built.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Marks a text for translation without importing Qt; the window translates titles at display."""
    return text


@dataclass(frozen=True)
class PanelInfo:
    name: str
    title: str
    module: str
    cls: str


PANELS: dict[str, PanelInfo] = {
    p.name: p
    for p in (
        PanelInfo("backprop", QT_TRANSLATE_NOOP("MainWindow", "Backpropagation"),
                  "simulator.ui.panels.backprop", "BackpropPanel"),
        PanelInfo("race", QT_TRANSLATE_NOOP("MainWindow", "Optimizer race"),
                  "simulator.ui.panels.race", "RacePanel"),
        PanelInfo("lr", QT_TRANSLATE_NOOP("MainWindow", "Learning rate"),
                  "simulator.ui.panels.lr", "LRPanel"),
        PanelInfo("training", QT_TRANSLATE_NOOP("MainWindow", "Training lab"),
                  "simulator.ui.panels.training", "TrainingPanel"),
        PanelInfo("epochs", QT_TRANSLATE_NOOP("MainWindow", "Epochs and batches"),
                  "simulator.ui.panels.epochs", "EpochsPanel"),
        PanelInfo("ewa", QT_TRANSLATE_NOOP("MainWindow", "Weighted average"),
                  "simulator.ui.panels.ewa", "EwaPanel"),
        PanelInfo("dropout", QT_TRANSLATE_NOOP("MainWindow", "Dropout"),
                  "simulator.ui.panels.dropout", "DropoutPanel"),
        PanelInfo("batchnorm", QT_TRANSLATE_NOOP("MainWindow", "BatchNorm"),
                  "simulator.ui.panels.batchnorm", "BatchNormPanel"),
    )
}


def panel_class(name: str):
    info = PANELS[name]
    importlib.import_module("simulator.ui.figures")  # sets pyqtgraph's global options before any plot exists
    return getattr(importlib.import_module(info.module), info.cls)


def unknown_panel_message(name: str) -> str:
    return f"unknown panel '{name}'; valid panels: {', '.join(PANELS)}"
