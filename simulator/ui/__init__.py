"""The Qt layer: the only place that imports PySide6 and pyqtgraph."""
