"""``actviz train`` at its limits: a study far larger than memory trains in chunks within a
budget (and gives the same numbers as in one go), noise is refused in the option's own unit, and
a long run shows epochs done and the time left."""

import os
import resource
import subprocess
import sys

import pytest

from actviz.commands import _Progress, run_command
from actviz.core.training import StudyCancelled, TrainConfig, convergence_study, study_bytes_per_network

ACTS = ["relu", "tanh", "sigmoid", "elu", "gelu", "silu", "softplus", "leaky_relu"]
ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ACTVIZ_SETTINGS": "none", "OPENBLAS_NUM_THREADS": "1"}


def _limit_address_space(mib: int):
    def apply():
        resource.setrlimit(resource.RLIMIT_AS, (mib << 20, mib << 20))

    return apply


def test_a_study_larger_than_memory_trains_in_chunks_within_a_budget():
    """8 activations × 2000 seeds × width 8 wanted about 1.5 GB at once (MemoryError); under a
    1 GB address-space cap it now finishes, chunk by chunk."""
    args = [a for act in ACTS for a in ("--activation", act)]
    proc = subprocess.run(
        [sys.executable, "-m", "actviz", "train", *args, "--seeds", "2000", "--layers", "8", "--epochs", "1"],
        env=ENV,
        capture_output=True,
        text=True,
        timeout=300,
        preexec_fn=_limit_address_space(1024),
    )
    assert proc.returncode == 0, proc.stderr[-500:]
    assert "MemoryError" not in proc.stderr and "Traceback" not in proc.stderr
    table = proc.stdout.splitlines()
    assert len(table) == 2 + len(ACTS) and all("/2000" in line for line in table[2:])


def test_chunks_give_the_same_study_as_one_go():
    cfg = TrainConfig(activations=("relu", "tanh"), layers=(3,))
    whole = convergence_study(cfg, seeds=5, epochs=40)
    totals = []
    chunked = convergence_study(
        cfg,
        seeds=5,
        epochs=40,
        memory_budget=2 * 2 * study_bytes_per_network(cfg),  # two seeds of both activations
        progress=lambda done, total: totals.append(total),
    )
    assert totals[-1] == 40 * 3  # three chunks: 2 + 2 + 1 seeds
    assert chunked.rows == whole.rows and chunked.summary == whole.summary
    assert chunked.config.seeds == whole.config.seeds == (0, 1, 2, 3, 4)


def test_a_cancelled_chunked_study_is_partial():
    cfg = TrainConfig(activations=("relu",), layers=(3,))
    calls = []

    def cancel():
        calls.append(1)
        return len(calls) > 25  # during the second chunk

    with pytest.raises(StudyCancelled) as info:
        convergence_study(cfg, seeds=4, epochs=20, cancel=cancel, memory_budget=2 * study_bytes_per_network(cfg))
    partial = info.value.partial
    assert partial.epochs < partial.requested_epochs == 20
    assert [r.seed for r in partial.rows] == [0, 1, 2, 3]


@pytest.mark.parametrize("text", ["1000", "-1", "50.5"])
def test_noise_is_refused_in_percent(capsys, text):
    assert run_command("train", ["--noise", text]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0
    assert "percentage in [0, 50]" in err and f"got {text}" in err and "0.5" not in err.replace("50.5", "")


def test_progress_shows_epochs_done_and_time_left():
    p = _Progress("training", "epochs")
    line = p.line(612, 100_000, 6.0)
    assert "612 of 100,000 epochs (0.6 %)" in line and "about 16 min" in line and "left" in line
    assert p.line(100_000, 100_000, 61.0).endswith("in 1 min 01 s")


def test_a_long_run_reports_progress_within_a_second_or_so():
    proc = subprocess.run(
        [sys.executable, "-m", "actviz", "train", "--seeds", "1", "--epochs", "1500"],
        env=ENV,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    updates = [u for u in proc.stderr.replace("\n", "\r").split("\r") if u.strip()]
    assert updates[0].startswith("training: 0 of 1,500 epochs")
    assert any("left" in u for u in updates[1:-1]), updates  # there is always something new to see
    assert "1,500 of 1,500 epochs (100.0 %)" in updates[-1]


def _table(capsys):
    return capsys.readouterr().out.splitlines()


def test_layers_none_with_squared_features_converges_and_the_activation_names_the_rows(capsys, tmp_path):
    csv = tmp_path / "none.csv"
    args = ["--layers", "none", "--features", "x1sq,x2sq", "--activation", "tanh", "--activation", "relu"]
    assert run_command("train", [*args, "--seeds", "2", "--epochs", "60", "--csv", str(csv)]) == 0
    out = _table(capsys)
    assert out[0].startswith("circle, features x1sq,x2sq, layers none,")
    assert "2/2" in out[2] and "2/2" in out[3]
    rows = csv.read_text().splitlines()
    assert rows[0] == "activation,seed,epochs_to_threshold,final_train_loss,final_test_loss"
    assert [r.split(",")[0] for r in rows[1:]] == ["tanh", "tanh", "relu", "relu"]


def test_layers_none_with_raw_features_never_converges(capsys):
    assert run_command("train", ["--layers", "none", "--seeds", "2", "--epochs", "100"]) == 0
    assert "0/2" in _table(capsys)[2]


def test_regression_datasets_train_and_say_their_rule(capsys):
    assert run_command("train", ["--dataset", "plane", "--layers", "none", "--seeds", "1", "--epochs", "5"]) == 0
    out = _table(capsys)
    assert out[0].startswith("plane, layers none,") and "10 % of the loss of output 0" in out[0]
    assert "1/1" in out[2]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--features", "x3"], "features must be among x1, x2"),
        (["--features", "x1,x1"], "x1 appears more than once"),
        (["--layers", ","], "--layers needs neuron counts"),
        (["--dataset", "moons"], "plane, multigauss"),
    ],
)
def test_bad_features_layers_and_datasets_are_refused_in_one_line(capsys, args, message):
    assert run_command("train", args) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and message in err
