"""The window's look: presentation mode, theme, full screen (the projector)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from .. import theme


class View(QObject):
    """How the window looks: presentation mode and its size, the theme, full screen on a chosen screen."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window

    def set_presentation(self, on: bool, factor: float | None = None) -> None:
        """Projector mode: everything (fonts, axes, lines, markers, the diagram) ``factor`` times larger."""
        factor = factor or float(self.window.settings.value("view/presentation_scale", theme.PRESENTATION_SCALE))
        self.window.presentation_action.setChecked(on)
        theme.set_scale(QApplication.instance(), factor if on else 1.0)
        if on:
            self.window.settings.setValue("view/presentation_scale", factor)
        self.window.statusBar().showMessage(self.tr("Presentation mode {0:g}×").format(factor) if on
                                     else self.tr("Normal size"), 3000)

    def set_theme(self, key: str) -> None:
        """Light, high contrast (for projectors) or dark: the window, every plot and picture, now."""
        theme.set_theme(QApplication.instance(), key)
        self.window.settings.setValue("view/theme", key)
        self.window.theme_actions[key].setChecked(True)

    def toggle_full_screen(self) -> None:
        if self.window.isFullScreen():
            self.window.showNormal()
        else:
            self.full_screen_on(self.window.settings.value("view/screen", ""))

    def full_screen_on(self, name: str) -> None:
        """Full screen on the named screen (the projector), remembered for F11; this one if it is gone."""
        screen = next((s for s in QGuiApplication.screens() if s.name() == name), self.window.screen())
        self.window.settings.setValue("view/screen", screen.name())
        if self.window.isFullScreen():
            self.window.showNormal()
        self.window.move(screen.geometry().topLeft())
        self.window.showFullScreen()

    def _fill_screens(self) -> None:
        self.window.screens_menu.clear()
        chosen = self.window.settings.value("view/screen", self.window.screen().name())
        for screen in QGuiApplication.screens():
            name, size = screen.name(), screen.geometry()
            action = self.window.add_action(self.window.screens_menu, f"{name} · {size.width()}×{size.height()}",
                                  lambda _=False, n=name: self.full_screen_on(n))
            action.setCheckable(True)
            action.setChecked(name == chosen)
