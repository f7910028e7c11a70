# PyInstaller run-time hook of the ActViz bundle (resources/actviz.spec): a stand-in for
# PySide6.QtOpenGL, whose 8.5 MB binding the bundle leaves out.
#
# pyqtgraph imports PySide6.QtOpenGL whenever its curve module is imported (pyqtgraph/Qt/
# OpenGLHelpers.py), but uses it only to draw curves with OpenGL, which ActViz never turns on.
# The stand-in lets that import succeed; anything that reaches into it gets an AttributeError
# that says why. QtOpenGLWidgets itself, which pyqtgraph subclasses, is in the bundle.
import sys
import types


class _LeftOut(types.ModuleType):
    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        raise AttributeError(
            f"PySide6.QtOpenGL.{name}: Qt's OpenGL module is not in the ActViz bundle "
            "(resources/actviz.spec leaves it out; pyqtgraph's OpenGL drawing is not used)"
        )


if "PySide6.QtOpenGL" not in sys.modules:
    sys.modules["PySide6.QtOpenGL"] = _LeftOut("PySide6.QtOpenGL")
