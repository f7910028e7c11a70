"""A crash while the window is being built: the traceback goes to the error log (the platform's
application data folder, or ACTVIZ_ERROR_LOG), and the one line on stderr names that file."""

from __future__ import annotations

from pathlib import Path

import pytest

from actviz import app as app_module
from actviz.cli import parse


def _boom(*_args, **_kwargs):
    raise RuntimeError("the window would not build")


def test_a_crash_on_start_is_logged_and_the_message_names_the_file(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    log = tmp_path / "logs" / "errors.log"
    monkeypatch.setenv("ACTVIZ_ERROR_LOG", str(log))
    monkeypatch.setattr(app_module, "_open_window", _boom)
    code = app_module.run(parse(["--screenshot", str(tmp_path / "shot.png")]))
    assert code == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1, err
    assert "could not start" in err[0] and "RuntimeError: the window would not build" in err[0]
    assert str(log) in err[0], err[0]
    text = log.read_text(encoding="utf-8")
    assert "internal error in start-up" in text and "Traceback" in text and "_boom" in text


def test_the_log_goes_to_the_application_data_folder(monkeypatch: pytest.MonkeyPatch, qapp) -> None:
    from actviz.ui import errorlog
    from actviz.ui.qt import QtCore

    monkeypatch.delenv("ACTVIZ_ERROR_LOG", raising=False)
    monkeypatch.delenv("ACTVIZ_SETTINGS", raising=False)
    base = QtCore.QStandardPaths.writableLocation(QtCore.QStandardPaths.StandardLocation.AppDataLocation)
    assert errorlog.log_path() == Path(base) / "errors.log"
