"""Import PySide6 before pyqtgraph, so pyqtgraph binds to it and never to another binding."""

import os

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import pyqtgraph as pg
from PySide6 import QtCore, QtGui, QtWidgets

pg.setConfigOptions(background="w", foreground="k", antialias=True)

__all__ = ["QtCore", "QtGui", "QtWidgets", "pg"]
