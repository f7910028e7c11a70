"""Windows for the layout checks: a size, a theme, a scale, windowed or in presentation mode."""

from __future__ import annotations

import qt_idle

from actviz.ui.qt import QtCore, QtWidgets
from actviz.ui.window import MainWindow
from actviz.viewmodels import theme
from tests.visual import pixels


def open_window(
    qtbot, size=(1920, 1080), theme_name="light", scale="normal", presenting=False, lesson=None, playing=True
):
    """A window as the room sees it. ``playing=False`` pauses a lesson's training as soon as it
    opens, for checks that step it themselves: played, it would train in every event the
    settling runs, a tenth of a second each."""
    win = MainWindow()
    qtbot.addWidget(win)
    if presenting:
        win.set_presentation(True, full_screen=False)  # the window's size is the screen's
    win.resize(*size)
    win.show()
    qtbot.waitExposed(win)
    if lesson is not None:
        win.open_lesson(lesson)
        if not playing:
            win.train_view.pause()
    # The room's look, set after the lesson (a lesson is not this file's subject).
    win.state.set_theme(theme_name)
    win.state.set_scale(scale)
    settle(qtbot, win)
    return win


def settle(qtbot, win) -> None:
    """The window as it is once input pauses: its layouts and its pending single-shot timers
    (throttles, debounces, deferred layouts) run now, three rounds (a layout can post the next
    one), without sleeping or waiting out the timers' real time."""
    for _ in range(3):
        qt_idle.fire_pending(win)
        QtCore.QCoreApplication.sendPostedEvents(None, QtCore.QEvent.Type.LayoutRequest)
    qt_idle.fire_pending(win)


def look(win) -> theme.Look:
    return theme.look(win.state.theme)


def shown(widget: QtWidgets.QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


def text_rects(win) -> list[tuple[str, QtCore.QRect]]:
    """Every visible piece of text around and on the function plot, in window pixels."""
    pv = win.plot_view
    out = []
    for name, widget in (("caption", pv.caption), ("parameters", pv.param_text), ("readout", pv.readout)):
        if shown(widget):
            out.append((name, pixels.widget_rect(widget, win)))
    plots = [pv.plot.getPlotItem()] + [p.pi for p in pv.panels if p.widget.isVisible()]
    for k, pi in enumerate(plots):
        if pi.legend is not None and pi.legend.isVisible() and pi.legend.items:
            out.append((f"legend{k}", pixels.rect_in_window(pi.legend, win)))
        if pi.titleLabel.isVisible() and pi.titleLabel.text:
            out.append((f"title{k}", pixels.rect_in_window(pi.titleLabel.item, win)))
        for name in ("left", "bottom"):
            ax = pi.getAxis(name)
            if ax.isVisible() and ax.label.isVisible() and ax.labelText:
                out.append((f"{name} axis label{k}", pixels.rect_in_window(ax.label, win)))
        panel = pv.marks._panel(pi)
        if panel is not None:
            for j, line in enumerate((*panel.h_lines, *panel.v_lines)):
                if line.isVisible() and line.label.isVisible() and line.label.toPlainText():
                    out.append((f"mark{k}.{j}", pixels.rect_in_window(line.label, win)))
    return out


def clipped(label: QtWidgets.QLabel) -> bool:
    """Whether a label shows less than its whole text."""
    if label.wordWrap():
        return label.heightForWidth(label.width()) > label.height() + 1
    return label.sizeHint().width() > label.width() + 1


def text_cut(w: QtWidgets.QWidget) -> bool:
    """Whether a label, check box or button shows less than its whole text."""
    from actviz.ui.panel_widgets import WrapButton

    if isinstance(w, QtWidgets.QLabel):
        return bool(w.text()) and clipped(w)
    if isinstance(w, WrapButton):
        return clipped(w.label)
    if isinstance(w, (QtWidgets.QCheckBox, QtWidgets.QPushButton)) and w.text():
        return w.sizeHint().width() > w.width() + 1
    return False


def check_panel_fits(scroll: QtWidgets.QScrollArea, where, combos: bool = False) -> list[QtWidgets.QWidget]:
    """A side panel fits its width: no sideways scroll bar, and every visible label, check box
    and button (and combo box, with ``combos``) whole and inside it. Returns those widgets."""
    viewport, content = scroll.viewport(), scroll.widget()
    assert not scroll.horizontalScrollBar().isVisible(), where
    assert content.width() <= viewport.width(), (where, content.width(), viewport.width())
    assert content.minimumSizeHint().width() <= viewport.width(), (where, content.minimumSizeHint().width())
    shown = [w for w in content.findChildren(QtWidgets.QWidget) if w.isVisible()]
    texts = [w for w in shown if isinstance(w, (QtWidgets.QLabel, QtWidgets.QCheckBox, QtWidgets.QPushButton))]
    boxes = [w for w in shown if isinstance(w, QtWidgets.QComboBox)] if combos else []
    for w in [*texts, *boxes]:
        name = w.objectName() or (w.text() if hasattr(w, "text") else type(w).__name__)
        assert not text_cut(w), (where, name, w.width(), w.height())
        left = w.mapTo(viewport, QtCore.QPoint(0, 0)).x()
        assert left >= 0 and left + w.width() <= viewport.width(), (where, name, left, w.width(), viewport.width())
    return texts


def figure_share(win) -> float:
    fig = win.plot_view.figure
    return fig.width() * fig.height() / (win.width() * win.height())
