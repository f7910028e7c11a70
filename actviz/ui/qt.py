"""Import PySide6 before pyqtgraph, so pyqtgraph binds to it and never to another binding."""

import os
from typing import TypeVar

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import pyqtgraph as pg
from PySide6 import QtCore, QtGui, QtWidgets

pg.setConfigOptions(background="w", foreground="k", antialias=True)

_Object = TypeVar("_Object", bound=QtCore.QObject)


def named(obj: _Object, name: str) -> _Object:
    """``obj`` with its object name set: what ``objectName=`` in the constructor does, which
    PySide6's type stubs do not declare for the classes that inherit it."""
    obj.setObjectName(name)
    return obj


__all__ = ["QtCore", "QtGui", "QtWidgets", "named", "pg"]
