"""The Qt window. Importing this package imports PySide6 (before pyqtgraph)."""

from actviz.ui.window import MainWindow

__all__ = ["MainWindow"]
