"""The main window (window.py) and its parts: sessions.py, lessons.py, view.py, exports.py."""

from .window import MainWindow

__all__ = ["MainWindow"]
