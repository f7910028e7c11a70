"""The window's projector scale and theme: View → Projector scale and View → Theme, their keys,
and putting the state's choice on everything that is not a plot (palette, fonts, menus, side
panel, message bar, formula panel). The plots follow the state themselves."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from actviz.state.model import SCALES, THEMES
from actviz.state.texts import QT_TRANSLATE_NOOP
from actviz.ui.guard import guarded
from actviz.ui.look import (
    SideFit,
    qt_palette,
    relative_font,
    rescale_fonts,
    rescale_sizes,
    scaled_font,
    set_widget_scale,
)
from actviz.ui.qt import QtCore, QtGui, QtWidgets
from actviz.viewmodels import theme

SCALE_TITLES = {
    "normal": QT_TRANSLATE_NOOP("LookMenus", "&Normal"),
    "large": QT_TRANSLATE_NOOP("LookMenus", "&Large"),
    "huge": QT_TRANSLATE_NOOP("LookMenus", "&Huge"),
}
THEME_TITLES = {
    "light": QT_TRANSLATE_NOOP("LookMenus", "&Light"),
    "dark": QT_TRANSLATE_NOOP("LookMenus", "&Dark"),
    "contrast": QT_TRANSLATE_NOOP("LookMenus", "&High contrast"),
}
SIDE_WIDTH = (380, 440)  # the side panel's minimum and maximum width at normal size


_PLATFORM: list[QtGui.QPalette] = []


def _platform_palettes() -> tuple[QtGui.QPalette, QtGui.QPalette]:
    """The application's and the tooltips' palettes as the platform gave them, before any theme
    replaced them: the light theme is exactly these."""
    if not _PLATFORM:
        _PLATFORM.extend(
            (QtGui.QPalette(QtWidgets.QApplication.palette()), QtGui.QPalette(QtWidgets.QToolTip.palette()))
        )
    return _PLATFORM[0], _PLATFORM[1]


class LookMenus(QtCore.QObject):
    """Owned by the main window; builds its submenus and keys under ``view_menu``."""

    def __init__(self, win: Any, view_menu: QtWidgets.QMenu) -> None:
        super().__init__(win)
        self.win, self.state = win, win.state
        st = self.state
        self._base_font = QtGui.QFont(win.font())
        self._base_palette, self._tip_palette = _platform_palettes()
        relative_font(win.message_bar, 1.15)
        self.side_fit = SideFit(win.side_scroll, SIDE_WIDTH)

        view_menu.addSeparator()
        self.scale_menu = view_menu.addMenu(self.tr("Projector &scale"))
        self.scale_menu.setObjectName("scaleMenu")
        self.scale_actions = self._choices(self.scale_menu, SCALES, SCALE_TITLES, st.set_scale, "scale")
        self.scale_menu.addSeparator()
        larger = win._action(self.scale_menu, self.tr("Larger"), lambda: st.step_scale(+1), None, "scaleUp")
        larger.setShortcuts([QtGui.QKeySequence("Ctrl+="), QtGui.QKeySequence("Ctrl++")])
        win._action(self.scale_menu, self.tr("Smaller"), lambda: st.step_scale(-1), "Ctrl+-", "scaleDown")
        self.theme_menu = view_menu.addMenu(self.tr("&Theme"))
        self.theme_menu.setObjectName("themeMenu")
        self.theme_actions = self._choices(self.theme_menu, THEMES, THEME_TITLES, st.set_theme, "theme")
        self.theme_menu.addSeparator()
        win._action(self.theme_menu, self.tr("Next theme"), self.next_theme, "Ctrl+T", "nextTheme")

        st.events.theme.connect(self._on_change)
        st.events.scale.connect(self._on_change)

    def _choices(
        self,
        menu: QtWidgets.QMenu,
        names: Sequence[str],
        titles: Mapping[str, str],
        setter: Callable[[str], object],
        prefix: str,
    ) -> dict[str, QtGui.QAction]:
        group = QtGui.QActionGroup(self)
        group.setExclusive(True)
        actions: dict[str, QtGui.QAction] = {}
        for name in names:
            text = QtCore.QCoreApplication.translate("LookMenus", titles[name])
            act = self.win._action(menu, text, lambda _checked=False, name=name: setter(name), None, f"{prefix}.{name}")
            act.setCheckable(True)
            group.addAction(act)
            actions[name] = act
        return actions

    def window(self) -> Any:
        """For :func:`~actviz.ui.guard.report`: errors here go to the window's message bar."""
        return self.win

    def next_theme(self) -> None:
        self.state.set_theme(THEMES[(THEMES.index(self.state.theme) + 1) % len(THEMES)])

    @guarded
    def _on_change(self, *_args: object) -> None:
        self.apply()

    def apply(self) -> None:
        """Palette, fonts and sizes of everything but the plots, and the menus' checks."""
        win, st = self.win, self.state
        look = theme.look(st.theme)
        k = theme.SCALE_FACTORS[st.scale]
        set_widget_scale(k)
        # The application's palette, not just the window's: menus, tooltips and dialogs (the
        # shortcuts table, file dialogs) are windows of their own and take it from there.
        pal = qt_palette(look, self._base_palette)
        QtWidgets.QApplication.setPalette(pal)
        QtWidgets.QToolTip.setPalette(qt_palette(look, self._tip_palette))
        point_size = self._base_font.pointSizeF() * k
        font = scaled_font(self._base_font, point_size)
        if k != 1.0 or win.testAttribute(QtCore.Qt.WidgetAttribute.WA_SetFont):
            win.setFont(font)
        for menu in win.findChildren(QtWidgets.QMenu):  # pop-ups are windows: no font from the window
            menu.setFont(font)
        # Dialogs (the shortcuts table, messages, file dialogs) and tooltips too, by class: the
        # application's own default font stays, so sizes computed from it do not double.
        QtWidgets.QApplication.setFont(font, "QDialog")  # type: ignore[arg-type]  # takes str; the stub says bytes
        QtWidgets.QToolTip.setFont(font)
        rescale_fonts(win, point_size)
        rescale_sizes(win, k)
        for combo in win.findChildren(QtWidgets.QComboBox):
            # A combo box forgets its cached minimum size on a style change but not on a font
            # change: without this, a side panel that was huge stays too wide at normal size.
            QtCore.QCoreApplication.sendEvent(combo, QtCore.QEvent(QtCore.QEvent.Type.StyleChange))
            combo.updateGeometry()
        win.message_bar.setStyleSheet(
            f"QLabel#messageBar {{ color: {look.message_fg}; background: {look.message_bg};"
            f" border: {round(k)}px solid {look.message_border}; border-radius: {round(4 * k)}px;"
            f" padding: {round(6 * k)}px {round(10 * k)}px; font-weight: bold; }}"
        )
        self.side_fit.set_scale(k)
        for name, act in self.scale_actions.items():
            act.setChecked(name == st.scale)
        for name, act in self.theme_actions.items():
            act.setChecked(name == st.theme)
        self.apply_text()

    def apply_text(self) -> None:
        """The formula panel follows the scale, and presentation mode's larger text."""
        self.win.info.set_scale(theme.factors(self.state.scale, self.win.presenting).text)


__all__ = ["SCALE_TITLES", "THEME_TITLES", "LookMenus"]
