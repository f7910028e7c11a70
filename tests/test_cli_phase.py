"""``actviz depth --phase``: the edge-of-chaos map on the command line."""

import csv
import math

import pytest

from actviz.commands import run_command


def rows(path):
    return list(csv.DictReader(path.read_text().splitlines()))


def test_phase_csv_has_one_row_per_grid_point_and_activation(tmp_path, capsys):
    out = tmp_path / "phase.csv"
    assert run_command("depth", ["--phase", "--activation", "tanh", "--activation", "relu", "--csv", str(out)]) == 0
    header = out.read_text().splitlines()[0]
    assert header == "activation,weight_var,bias_var,q_star,chi1"
    r = rows(out)
    assert len(r) == 2 * 40 * 40
    assert {x["activation"] for x in r} == {"tanh", "relu"}
    sw = sorted({float(x["weight_var"]) for x in r})
    sb = sorted({float(x["bias_var"]) for x in r})
    assert (len(sw), sw[0], sw[-1]) == (40, 0.1, 4.0)
    assert (len(sb), sb[0], sb[-1]) == (40, 0.0, 1.0)
    relu = [x for x in r if x["activation"] == "relu"]
    # ReLU: χ₁ = σ_w²/2 everywhere; q* = inf past σ_w² = 2 (with bias), 0 at σ_b² = 0 below it.
    for x in relu:
        assert float(x["chi1"]) == pytest.approx(float(x["weight_var"]) / 2, rel=1e-9)
    diverging = [x for x in relu if x["q_star"] == "inf"]
    assert diverging and all(float(x["weight_var"]) > 2 for x in diverging)
    zero = [x for x in relu if float(x["bias_var"]) == 0 and float(x["weight_var"]) < 1.99]
    assert zero and all(float(x["q_star"]) == 0.0 for x in zero)
    err = capsys.readouterr().err
    notes = [line for line in err.splitlines() if line.startswith("note:")]
    assert len(notes) == 1 and "relu" in notes[0] and "inf" in notes[0]
    tanh = [x for x in r if x["activation"] == "tanh"]
    assert all(math.isfinite(float(x["q_star"])) for x in tanh)


def test_phase_without_csv_prints_a_summary(capsys):
    assert run_command("depth", ["--phase", "--activation", "tanh", "--grid", "8"]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert len(out) == 1
    assert out[0].startswith("Tanh: edge of chaos (χ₁ = 1) at σ_b² = 0: σ_w² = 1.000")
    assert "he (σ_w² = 2)" in out[0]


def test_phase_takes_a_formula(tmp_path):
    pytest.importorskip("sympy")
    out = tmp_path / "phase.csv"
    argv = ["--phase", "--formula", "x*sigmoid(x)", "--grid", "5", "--csv", str(out)]
    assert run_command("depth", argv) == 0
    r = rows(out)
    assert len(r) == 25 and r[0]["activation"] == "custom:formula"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--phase", "--activation", "relux"], "unknown function"),
        (["--phase", "--activation", "elu:alpha=-3"], "alpha"),
        (["--phase", "--grid", "1"], "--grid"),
        (["--phase", "--grid", "many"], "--grid"),
        (["--phase", "--depth", "3"], "--depth does not apply to --phase"),
        (["--phase", "--activation", "tanh", "--activation", "tanh"], "twice"),
        (["--grid", "10"], "--grid belongs to --phase"),
    ],
)
def test_phase_bad_input_exits_2_with_one_line(argv, message, capsys):
    assert run_command("depth", argv) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and message in err and "Traceback" not in err
