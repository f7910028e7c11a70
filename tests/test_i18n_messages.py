"""Messages built outside the widgets reach the screen in the interface language: the state's
refusals (Qt-free, marked for the translation tools), the plot's hint, the animation modes, the
Train status line and the Depth diagnosis. And in every language, no two menus of the menu bar
share an Alt key."""

from __future__ import annotations

import ast
import re
import string
import subprocess
import sys
from pathlib import Path

import pytest

from actviz.state.texts import QT_TRANSLATE_NOOP, Marked, Message, RefusalError

ROOT = Path(__file__).resolve().parents[1]
STATE = ROOT / "actviz" / "state"
LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"


# ------------------------------------------------------------------------------- Qt-free
def _refusals() -> list[tuple[str, ast.Raise]]:
    out = []
    for path in sorted(STATE.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Raise) and node.exc is not None:
                out.append((f"{path.name}:{node.lineno}", node))
    return out


def _marked_template(node: ast.AST, module: ast.Module | None = None) -> str | None:
    """The literal text of ``QT_TRANSLATE_NOOP("State", "...")``, or None if ``node`` is not one."""
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "QT_TRANSLATE_NOOP"
        and len(node.args) == 2
        and all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args)
        and node.args[0].value == "State"
    ):
        return node.args[1].value
    return None


def test_every_refusal_of_the_state_is_a_marked_template_with_its_arguments():
    refusals = _refusals()
    assert len(refusals) > 50
    for where, node in refusals:
        call = node.exc
        assert isinstance(call, ast.Call) and isinstance(call.func, ast.Name), f"{where}: raise what?"
        assert call.func.id in ("RefusalError", "SceneError"), f"{where}: raises {call.func.id}, not a RefusalError"
        (first,) = call.args
        if isinstance(first, ast.Name):
            assert first.id == "NEEDS_SYMPY", f"{where}: the template must be marked where it is raised"
            continue
        template = _marked_template(first)
        assert template is not None, f"{where}: the message is not QT_TRANSLATE_NOOP('State', '...')"
        fields = {f.split(".")[0].split("[")[0] for _, f, _, _ in string.Formatter().parse(template) if f}
        given = {k.arg for k in call.keywords}
        assert fields == given, f"{where}: template fields {fields} but arguments {given}"


def test_a_refusal_is_the_english_message_and_keeps_its_template():
    from actviz.state import State

    with pytest.raises(ValueError) as info:
        State().set_x_range(10, 5)
    e = info.value
    assert isinstance(e, RefusalError)
    assert str(e) == "x min must be less than x max, got [10, 5]"
    assert isinstance(e.message.template, Marked) and e.message.template.context == "State"
    assert e.message.template == "{what} min must be less than {what} max, got [{lo_f:g}, {hi_f:g}]"
    assert isinstance(e.message.arguments["what"], Marked)  # "x" is translated too


def test_the_marker_is_what_the_translation_tool_extracts(tmp_path):
    """pyside6-lupdate finds the Qt-free marker by its name, in the state and the view-models."""
    if not LUPDATE.exists():
        pytest.skip("pyside6-lupdate is not installed beside this Python")
    ts = tmp_path / "x.ts"
    files = [STATE / "model.py", STATE / "texts.py", ROOT / "actviz" / "viewmodels" / "depth.py"]
    subprocess.run([str(LUPDATE), *map(str, files), "-ts", str(ts)], check=True, capture_output=True)
    text = ts.read_text(encoding="utf-8")
    assert "<name>State</name>" in text
    assert "<source>{what} min must be less than {what} max, got [{lo_f:g}, {hi_f:g}]</source>" in text
    assert "<source>x</source>" in text
    assert "<source>{label}: {verdict} · layer 1 gradient: {first:.1e}</source>" in text


def test_a_message_formats_like_its_template():
    m = Message(QT_TRANSLATE_NOOP("State", "{n} of {what}"), n=3, what=QT_TRANSLATE_NOOP("State", "seeds"))
    assert m == "3 of seeds" and isinstance(m, str)


# ----------------------------------------------------------------------- with a translator
class FakeTranslator:
    """Installs a QTranslator that knows only ``table``: (context, English) -> translation."""

    def __init__(self, app, table: dict[tuple[str, str], str]) -> None:
        from actviz.ui.qt import QtCore

        class _T(QtCore.QTranslator):
            def translate(self, context, source, disambiguation=None, n=-1):
                return table.get((context, source))

            def isEmpty(self):
                return False

        self.app, self.translator = app, _T()
        app.installTranslator(self.translator)

    def remove(self) -> None:
        self.app.removeTranslator(self.translator)


FRENCH = {
    ("State", "{what} min must be less than {what} max, got [{lo_f:g}, {hi_f:g}]"): (
        "le minimum de {what} doit être inférieur au maximum, reçu [{lo_f:g}, {hi_f:g}]"
    ),
    ("State", "x"): "l'axe x",
    ("RangeControls", "Range refused: {error}. Kept [{lo}, {hi}]."): "Intervalle refusé : {error}. Gardé [{lo}, {hi}].",
    (
        "PlotView",
        "Move the mouse over the plot to read x, f, f′ and f″.",
    ): "Survolez le tracé pour lire x, f, f′ et f″.",
    ("ParamPanel", "bounce"): "aller-retour",
    ("TrainView", "epoch {epoch} · test loss: {losses}"): "époque {epoch} · perte de test : {losses}",
    ("TrainView", "{label} {loss}"): "{label} : {loss}",
    (
        "DepthView",
        "{label}: {verdict} · gradient ×{factor:.2f} per layer (theory ×{theory:.2f}) · layer 1: {first:.1e}",
    ): "{label} : {verdict} · gradient ×{factor:.2f} par couche (théorie ×{theory:.2f}) · couche 1 : {first:.1e}",
    ("DepthView", "{line} ({details})"): "{line} ({details})",
    ("DepthView", "vanishing: the gradient shrinks on its way down"): "évanescent : le gradient fond en descendant",
    ("DepthView", "vanishing, uniformly: the forward signal shrinks too"): (
        "évanescent, partout : le signal avant fond aussi"
    ),
    ("DepthView", "vanishing"): "évanescent",
    ("DepthView", "healthy"): "sain",
    ("DepthView", "{percent:.0f} % of units dead"): "{percent:.0f} % d'unités mortes",
}


@pytest.fixture
def french(qapp):
    fake = FakeTranslator(qapp, FRENCH)
    yield fake
    fake.remove()


@pytest.fixture
def window(qtbot, french):
    from actviz.ui import MainWindow

    win = MainWindow()
    win.remember_session = False
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_a_refused_range_is_said_in_the_interface_language(window):
    from actviz.ui.controls import RangeControls

    ranges = window.findChild(RangeControls)
    ranges.x_min.setValue(10.0)  # above x max: the state refuses
    assert window.message_bar.isVisible()
    assert window.message_bar.text() == (
        "Intervalle refusé : le minimum de l'axe x doit être inférieur au maximum, reçu [10, 5]. Gardé [−5, 5]."
    )
    assert window.state.x_range == (-5.0, 5.0)


def test_a_broken_translation_falls_back_to_the_english_message(qapp):
    from actviz.state import State
    from actviz.ui.i18n import tr_text

    key = ("State", "{what} min must be less than {what} max, got [{lo_f:g}, {hi_f:g}]")
    fake = FakeTranslator(qapp, {key: "{unknown} est faux"})
    try:
        with pytest.raises(RefusalError) as info:
            State().set_x_range(10, 5)
        assert tr_text(info.value) == "x min must be less than x max, got [10, 5]"
    finally:
        fake.remove()


def test_the_hint_and_the_animation_modes_are_translated(window):
    assert "Survolez le tracé pour lire x, f, f′ et f″." in window.plot_view.hint()
    from actviz.ui.qt import QtWidgets

    mode = window.findChild(QtWidgets.QComboBox, "animateMode")
    assert mode.currentText() == "aller-retour" and mode.currentData() == "bounce"
    assert [mode.itemData(i) for i in range(mode.count())] == ["loop", "bounce", "once"]


def test_the_train_status_line_is_translated(window, qtbot):
    window.tabs.setCurrentIndex(1)
    tv = window.train_view
    qtbot.waitUntil(lambda: tv.trainer is not None)
    tv.step(2)
    qtbot.waitUntil(lambda: tv.status_label.text().startswith("époque 2 · perte de test : "))
    assert re.search(r"perte de test : \S.* : \d", tv.status_label.text())


def test_the_depth_diagnosis_is_translated(window):
    window.tabs.setCurrentIndex(2)
    assert window.depth_view.wait_idle()
    text = window.depth_view.diagnosis.text()
    assert "par couche (théorie ×" in text and "évanescent" in text
    assert "per layer" not in text and "vanishing" not in text, text


# ------------------------------------------------------------------------ Alt keys of menus
def _mnemonic(text: str) -> str | None:
    m = re.search(r"&([^&])", text.replace("&&", ""))
    return m.group(1).lower() if m else None


@pytest.mark.parametrize("lang", ["en", "fr", "ko", "zh_TW"])
def test_no_two_menus_share_an_alt_key(qapp, qtbot, monkeypatch, lang):
    from actviz.ui import MainWindow, i18n

    monkeypatch.setattr(i18n, "system_locale_name", lambda: "en_US")
    i18n.uninstall(qapp)
    try:
        assert i18n.install(qapp, lang).language == lang
        win = MainWindow()
        win.remember_session = False
        qtbot.addWidget(win)
        titles = [a.text() for a in win.menuBar().actions() if not a.isSeparator()]
        keys = [_mnemonic(t) for t in titles]
        assert None not in keys, f"{lang}: a menu without an Alt key: {titles}"
        shared = {k for k in keys if keys.count(k) > 1}
        assert not shared, f"{lang}: menus sharing Alt+{'/'.join(sorted(shared)).upper()}: {titles}"
    finally:
        i18n.uninstall(qapp)
        i18n.current = i18n.Selection()


def test_the_study_table_and_its_caption_speak_the_interface_language():
    """The table a student reads after a study: its words go through the same translation as
    the rest of the Train view; the command line keeps the English (``str``)."""
    import threading

    from actviz.core.training import Cancelled, convergence_study
    from actviz.state.training import TrainState
    from actviz.viewmodels.train import config_from_state, study_caption, study_table

    def shout(m) -> str:  # a stand-in translation: every word it reaches is upper case
        return str(m).upper()

    result = convergence_study(config_from_state(TrainState()), seeds=2, epochs=3)  # too short to converge
    assert study_table(result, ["ReLU"])[0][1] == "not converged"
    assert study_table(result, ["ReLU"], shout)[0][1] == "NOT CONVERGED"
    assert study_caption(result, shout).startswith("2 SEEDS × 3 EPOCHS EACH")
    stop = threading.Event()

    def cancel_at_once(done, total):
        stop.set()

    try:
        convergence_study(config_from_state(TrainState()), seeds=2, epochs=50, progress=cancel_at_once, cancel=stop)
    except Cancelled as c:
        partial = c.partial
    assert study_caption(partial, shout).startswith("PARTIAL STUDY: STOPPED AT EPOCH")
    assert study_table(partial, ["ReLU"], shout)[0][1] == f"NOT BY {partial.epochs}"
