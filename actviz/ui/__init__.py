"""The Qt window. Importing :class:`MainWindow` imports PySide6 (before pyqtgraph).

``MainWindow`` is resolved on first use, so submodules such as the keys table or the
Qt-free view-models can be imported without pulling the whole window in (and without the
package and its modules importing each other in a cycle).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from actviz.ui.window import MainWindow

__all__ = ["MainWindow"]


def __getattr__(name: str) -> Any:
    if name == "MainWindow":
        from actviz.ui.window import MainWindow

        return MainWindow
    raise AttributeError(f"module 'actviz.ui' has no attribute {name!r}")
