"""The formula panel: f and f′ typeset from the catalog's LaTeX, with the convention at kinks,
the properties and the paper (the arXiv id is a link). For a custom formula: f as typed and its
exact f′ (the core's LaTeX of both), the convention at kinks and any stability warning.

Typesetting is pure Python (ziamath draws the maths as SVG with its own math font), so no LaTeX
install is needed on a lecturer's machine; Qt's SVG renderer turns it into a crisp pixmap at
the screen's pixel ratio. Each rendering is cached, so switching back and forth is instant.
"""

from __future__ import annotations

import functools
import html
import math
import warnings

from actviz.state import State
from actviz.ui.guard import guarded
from actviz.ui.look import fitting_share
from actviz.ui.qt import QtCore, QtGui, QtWidgets, named
from actviz.ui.timing import Debounced
from actviz.viewmodels import theme

BASE_SIZE = 22.0  # points of the typeset formulas at scale 1
# f and f′ shrink to sit side by side rather than one under the other, where the row is too
# narrow for them at full size, but never below this size: at 1024×768 one under the other
# left f′ below the row's fold (Leaky ReLU at huge; Mish, CELU, Hard swish, Keras ReLU even at
# the normal scale, where they need 81–91 % of their size, and 42–47 % at huge). A pair too
# wide even so goes one under the other, each shrunk to the row's width down to this size.
FORMULA_MIN_PT = 17.0


@functools.lru_cache(maxsize=256)
def formula_svg(latex: str, size: float, color: str) -> bytes:
    """SVG bytes of ``latex`` (maths mode) typeset at ``size`` points in ``color``."""
    with warnings.catch_warnings():
        # The typesetter locates its bundled font with a deprecated importlib.resources call;
        # that is its business, not the user's.
        warnings.simplefilter("ignore", DeprecationWarning)
        import ziamath  # imported on first use: ~0.1 s, and a session may never need it

        # Qt's renderer is SVG Tiny 1.2: no <symbol>/<use> reuse of glyphs, so write every glyph
        # as its own path (SVG 1.1), or the maths comes out as a few stray strokes.
        ziamath.config.svg2 = False  # type: ignore[attr-defined]  # ziamath exports these untyped
        svg: str = ziamath.Latex(latex, size=size, color=color).svg()  # type: ignore[attr-defined]
        return svg.encode()


def with_lhs(latex: str, lhs: str) -> str:
    """``\\max(0, x)`` → ``f(x) = \\max(0, x)``; a formula that names its own left side stays."""
    return latex if "=" in latex else f"{lhs} = {latex}"


def svg_pixmap(svg: bytes, ratio: float) -> QtGui.QPixmap:
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(QtCore.QByteArray(svg))
    size = renderer.defaultSize()
    pix = QtGui.QPixmap(max(1, round(size.width() * ratio)), max(1, round(size.height() * ratio)))
    pix.setDevicePixelRatio(ratio)
    pix.fill(QtCore.Qt.GlobalColor.transparent)
    painter = QtGui.QPainter(pix)
    painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QtCore.QRectF(0, 0, size.width(), size.height()))
    painter.end()
    return pix


class FormulaPanel(QtWidgets.QWidget):
    """Typeset f and f′ of the current function, and what the catalog says about it."""

    def __init__(self, state: State, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("formulaPanel")
        self.state = state
        self.scale = 1.0
        self.f_label = named(QtWidgets.QLabel(), "formulaF")
        self.df_label = named(QtWidgets.QLabel(), "formulaDf")
        for lab in (self.f_label, self.df_label):
            lab.setAlignment(QtCore.Qt.AlignmentFlag.AlignLeft | QtCore.Qt.AlignmentFlag.AlignVCenter)
            # No minimum width from the pixmap: when f and f′ do not fit side by side they go one
            # under the other (see _arrange) instead of widening the window's left column.
            lab.setMinimumWidth(1)
        self.text = named(QtWidgets.QLabel(), "infoLine")
        self.text.setWordWrap(True)
        self.text.setTextFormat(QtCore.Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(
            QtCore.Qt.TextInteractionFlag.TextSelectableByMouse | QtCore.Qt.TextInteractionFlag.LinksAccessibleByMouse
        )
        self.text.setOpenExternalLinks(True)
        self._text_pt = self.text.font().pointSizeF() * 1.1
        maths = self._maths = QtWidgets.QBoxLayout(QtWidgets.QBoxLayout.Direction.LeftToRight)
        maths.setContentsMargins(0, 0, 0, 0)
        maths.setSpacing(40)
        maths.addWidget(self.f_label)
        maths.addWidget(self.df_label)
        maths.addStretch(1)
        lay = QtWidgets.QVBoxLayout(self)
        lay.setContentsMargins(0, 4, 0, 0)
        lay.setSpacing(4)
        lay.addLayout(maths)
        lay.addWidget(self.text)
        state.events.function.connect(self._refresh)
        state.events.theme.connect(self._refresh)  # the formulas are set in the curves' colours
        # The stability note follows the x range and the parameters, once a drag has settled.
        self._describe_later = Debounced(self._describe, 150, self)
        state.events.x_range.connect(self._range_changed)
        state.events.params.connect(self._range_changed)
        # The typesetter costs ~0.15 s to load: the first formulas are drawn just after the
        # window's first paint, so start-up does not wait for them (flush() draws them now).
        self._typeset_pending = True
        # What is typeset: (label, LaTeX shown, colour, its width at full size), and the share of
        # the full size it is drawn at (see _arrange).
        self._typeset: list[tuple[QtWidgets.QLabel, str, str, float]] = []
        self._fit = 1.0
        self._first = QtCore.QTimer(self, singleShot=True, interval=120)
        self._first.timeout.connect(self.flush)
        self._first.start()
        self._refresh()

    def flush(self) -> None:
        """Typeset now anything still waiting (a screenshot calls this before its picture)."""
        if self._typeset_pending:
            self._typeset_pending = False
            self._first.stop()
            self._refresh()

    def set_scale(self, scale: float) -> None:
        """Projector scale: formulas and text grow together."""
        if scale != self.scale:
            self.scale = scale
            self._refresh()

    @guarded
    def _refresh(self, *_args: object) -> None:
        act = self.state.activation
        size = BASE_SIZE * self.scale
        custom = act.group == "custom"
        look = theme.look(self.state.theme)
        self._typeset = []
        self._fit = 1.0
        for lab, latex, lhs, color in (
            ()
            if self._typeset_pending
            else (
                (self.f_label, act.latex_f, "f(x)", look.curves[0]),
                (self.df_label, act.latex_df, "f'(x)", look.curves[1]),
            )
        ):
            try:
                # A formula's own "=" (elu(x; α = a)) is no left side: always name the side there.
                shown = f"{lhs} = {latex}" if custom else with_lhs(latex, lhs)
                pix = svg_pixmap(formula_svg(shown, size, color), self._ratio())
            except Exception:  # a formula the typesetter cannot read: show its source instead
                lab.setText(html.escape(latex))
                lab.setToolTip("")
                continue
            lab.setPixmap(pix)
            lab.setToolTip(latex)
            self._typeset.append((lab, shown, color, pix.deviceIndependentSize().width()))
        self._describe()

    @guarded
    def _describe(self) -> None:
        act = self.state.activation
        custom = act.group == "custom"
        look = theme.look(self.state.theme)
        e = html.escape  # catalog text holds "<" (e.g. "−3 < x < 3"), which rich text would eat
        src = f" · {e(act.source)}" if act.source != "PyTorch" else ""
        ref = e(act.reference) if act.reference else ""
        if act.arxiv:
            link = f"<a href='https://arxiv.org/abs/{e(act.arxiv)}'>arXiv:{e(act.arxiv)}</a>"
            ref = (
                ref.replace(f"arXiv:{e(act.arxiv)}", link)
                if f"arXiv:{act.arxiv}" in act.reference
                else f"{ref} {link}".strip()
            )
        font = self.text.font()
        font.setPointSizeF(self._text_pt * self.scale)
        self.text.setFont(font)
        convention = act.convention.removeprefix("At kinks: ")
        # A formula with no kinks says so in a sentence of its own ("Smooth where defined: ...").
        heading = self.tr("Kinks:") if custom and convention == act.convention else self.tr("At kinks:")
        properties = self.tr("Properties:")
        facts = f"<b>{properties}</b> {e(act.properties.summary())}" if act.properties is not None else ""
        note = self._stability(act)
        if note:
            facts += ("<br>" if facts else "") + f"<b>{self.tr('Stability:')}</b> {e(note)}"
        self.text.setText(
            f"<b>{e(act.label)}</b>{src}: {e(act.formula)}<br>"
            f"<b>{heading}</b> {e(convention)}"
            + (f"<br>{facts}" if facts else "")
            + (f"<br><span style='color:{look.note}'>{ref}</span>" if ref else "")
        )
        self._arrange()
        self._fit_text()

    def _stability(self, act: object) -> str:
        """Where a formula stops being finite, within the x range shown: x² overflowing past
        1.3e154 is nothing a student can see, so it is not mentioned."""
        # Only a custom formula has these (actviz.core.formula.FormulaActivation, not imported
        # here: the formula machinery loads on first use).
        stability = getattr(act, "stability", None)
        fallback: str = getattr(act, "stability_note", "")
        if stability is None:
            return fallback
        try:
            note: str = stability(dict(self.state.params), x_range=self.state.x_range)
        except ValueError:
            return fallback
        return note

    @guarded
    def _range_changed(self, *_args: object) -> None:
        if self.state.activation.group == "custom":  # only formulas carry a stability note
            self._describe_later()

    def _ratio(self) -> float:
        return self.devicePixelRatioF() or 1.0

    def _arrange(self) -> None:
        """f and f′ side by side when both fit, shrunk if need be down to FORMULA_MIN_PT; else
        one under the other, each shrunk to the row's width if need be. Each label is as tall
        as its formula."""
        spacing = self._maths.spacing()
        natural = [width for _lab, _shown, _color, width in self._typeset]
        room = self.width()
        floor = min(1.0, FORMULA_MIN_PT / (BASE_SIZE * self.scale))
        fit = 1.0
        if len(natural) == 2:
            fit = fitting_share(sum(natural), room - spacing)
            if fit < floor:  # too narrow even shrunk: one under the other, as wide as the row
                fit = fitting_share(max(natural), room, floor)
        if fit != self._fit:
            self._fit = fit
            size = BASE_SIZE * self.scale * fit
            for lab, shown, color, _width in self._typeset:
                lab.setPixmap(svg_pixmap(formula_svg(shown, size, color), self._ratio()))
        widths = []
        for lab in (self.f_label, self.df_label):
            pix = lab.pixmap()
            size_f = pix.deviceIndependentSize() if not pix.isNull() else QtCore.QSizeF(0, 0)
            widths.append(size_f.width())
            lab.setMinimumHeight(math.ceil(size_f.height()))
        side = sum(widths) + spacing <= room
        direction = QtWidgets.QBoxLayout.Direction.LeftToRight if side else QtWidgets.QBoxLayout.Direction.TopToBottom
        if self._maths.direction() != direction:
            self._maths.setDirection(direction)

    def _fit_text(self) -> None:
        """Reserve the wrapped text's full height: the window's layout would otherwise give it
        the height of its unwrapped lines and cut the last ones off."""
        width = self.text.width() if self.text.width() > 50 else max(self.width(), 600)
        doc = QtGui.QTextDocument()
        doc.setDefaultFont(self.text.font())
        doc.setHtml(self.text.text())
        doc.setTextWidth(width)
        self.text.setMinimumHeight(math.ceil(doc.size().height()))

    def resizeEvent(self, event: QtGui.QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._arrange()
        self._fit_text()


__all__ = ["FormulaPanel", "formula_svg", "with_lhs"]
