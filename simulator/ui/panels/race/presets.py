"""The race's stories (one click each, in a row of buttons) and how the surface combo names the surfaces."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMenu, QToolButton

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


PRESETS = {
    "tutorial": Preset(QT_TRANSLATE_NOOP("RacePanel", "Tutorial: w²/2 (3.3)"), "tutorial", (1.0,), (
        "SGD(lr=0.01)", "SGD(lr=0.01, momentum=0.9)", "Adagrad(lr=0.01)", "RMSprop(lr=0.01, alpha=0.9)",
        "Adam(lr=0.01, betas=(0.9, 0.99))"), 100),
    "momentum": Preset(QT_TRANSLATE_NOOP("RacePanel", "Momentum: two forms"), "tutorial",
                       (1.0,), ("SGD(lr=0.01, momentum=0.9)", "SGD(lr=0.01, momentum=0.9, dampening=0.9)"), 100),
    "saddle": Preset(QT_TRANSLATE_NOOP("RacePanel", "Saddle: momentum escapes"), "saddle", (1.5, 0.001), (
        "SGD(lr=0.01)", "Momentum(lr=0.01)", "Adam(lr=0.01)"), 400),
    "ravine": Preset(QT_TRANSLATE_NOOP("RacePanel", "Ravine: zig-zag vs Adam"), "ravine", (-5.0, 1.5), (
        "SGD(lr=0.45)", "Momentum(lr=0.45, momentum=0.5)", "Adam(lr=0.3)"), 150),  # momentum at SGD's own lr
    "adagrad": Preset(QT_TRANSLATE_NOOP("RacePanel", "AdaGrad's lr dies out"), "bowl", (1.5, 1.8), (
        "SGD(lr=0.05)", "Adagrad(lr=0.05)", "RMSprop(lr=0.05, alpha=0.9)"), 300),
    "five": Preset(QT_TRANSLATE_NOOP("RacePanel", "All five on Rosenbrock"), "rosenbrock", (-1.5, 2.0), (
        "SGD(lr=0.0005)", "Momentum(lr=0.0005)", "Adagrad(lr=0.5)", "RMSprop(lr=0.01)", "Adam(lr=0.05)"), 1000),
}
DEFAULT_PRESET = "saddle"


def stories_button(load) -> QToolButton:
    """"Stories ▾": a menu with one entry per story; ``load(key)`` when one is chosen. A menu, not a row of
    buttons, so the race fits a 1280×720 projector in presentation mode."""
    button = QToolButton()
    button.setText(QCoreApplication.translate("RacePanel", "Stories"))
    button.setToolTip(QCoreApplication.translate("RacePanel", "Set up one of the tutorial's comparisons"))
    button.setPopupMode(QToolButton.InstantPopup)
    menu = QMenu(button)
    for key, preset in PRESETS.items():
        menu.addAction(QCoreApplication.translate("RacePanel", preset.title), lambda key=key: load(key))
    button.setMenu(menu)
    return button
