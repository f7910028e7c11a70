"""``actviz train`` and ``actviz depth``: tables on stdout, CSV rows, exit codes, pictures."""

import csv

import pytest

from actviz.commands import run_command


def rows(path):
    return list(csv.DictReader(path.read_text().splitlines()))


def test_train_study_prints_a_table_and_writes_one_row_per_run(tmp_path, capsys):
    out = tmp_path / "study.csv"
    code = run_command(
        "train",
        [
            "--dataset",
            "circle",
            "--activation",
            "tanh",
            "--activation",
            "leaky_relu:negative_slope=0.2",
            "--layers",
            "3,3",
            "--seeds",
            "3",
            "--epochs",
            "60",
            "--csv",
            str(out),
        ],
    )
    assert code == 0
    text = capsys.readouterr().out
    assert "median epochs [IQR]" in text and "Tanh" in text and "Leaky ReLU (α=0.2)" in text
    r = rows(out)
    assert len(r) == 6 and [x["seed"] for x in r[:3]] == ["0", "1", "2"]
    assert set(r[0]) == {"activation", "seed", "epochs_to_threshold", "final_train_loss", "final_test_loss"}
    for x in r:
        assert x["epochs_to_threshold"] == "" or 0 <= int(x["epochs_to_threshold"]) <= 60
        assert float(x["final_test_loss"]) >= 0


def test_the_article_preset_orders_sigmoid_tanh_relu(capsys):
    assert run_command("train", ["--preset", "article", "--seeds", "4", "--epochs", "150"]) == 0
    lines = capsys.readouterr().out.splitlines()
    body = {line.split()[0]: line for line in lines[2:]}
    assert "0/4" in body["Sigmoid"]  # 150 epochs are far too few for sigmoid
    for name in ("Tanh", "ReLU"):
        assert "0/4" not in body[name] and "×" in body[name]  # a speed-up (a lower bound here)


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--layers", "3,9"], "neurons per layer"),
        (["--activation", "nope"], "unknown function"),
        (["--activation", "elu:alpha=-3"], "alpha"),
        (["--noise", "70"], "noise"),
        (["--epochs", "0"], "--epochs"),
        (["--lr", "nan"], "--lr"),
        (["--dataset", "moons"], "dataset"),
        (["--bogus"], "unrecognized"),
    ],
)
def test_train_bad_input_exits_2_with_one_line(argv, message, capsys):
    assert run_command("train", argv) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and message in err and "Traceback" not in err


def test_depth_prints_diagnoses_and_writes_one_row_per_layer(tmp_path, capsys):
    out = tmp_path / "depth.csv"
    assert (
        run_command(
            "depth",
            [
                "--activation",
                "sigmoid",
                "--activation",
                "relu",
                "--depth",
                "30",
                "--width",
                "64",
                "--init",
                "xavier",
                "--seeds",
                "2",
                "--csv",
                str(out),
            ],
        )
        == 0
    )
    text = capsys.readouterr().out
    assert "Sigmoid (logistic): vanishing: the gradient shrinks on its way down · gradient ×" in text
    assert "ReLU: vanishing, uniformly: the forward signal shrinks too" in text
    r = rows(out)
    assert len(r) == 2 * 2 * 30
    assert {
        "activation",
        "init",
        "seed",
        "layer",
        "grad_norm",
        "act_std",
        "saturated_fraction",
        "dead_fraction",
        "back_norm",
        "theory_factor",
    } <= set(r[0])
    relu = [x for x in r if x["activation"] == "relu" and x["seed"] == "0"]
    assert float(relu[5]["theory_factor"]) == pytest.approx(0.5**0.5)  # Xavier: χ₁ = ½
    sig = [x for x in r if x["activation"] == "sigmoid" and x["seed"] == "0"]
    assert float(sig[0]["grad_norm"]) / float(sig[-1]["grad_norm"]) < 1e-10


def test_depth_residual_and_scale(capsys):
    assert run_command("depth", ["--activation", "sigmoid", "--residual", "--seeds", "2"]) == 0
    assert "healthy" in capsys.readouterr().out
    assert run_command("depth", ["--activation", "tanh", "--scale", "3", "--seeds", "2"]) == 0
    assert "exploding" in capsys.readouterr().out or "healthy" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--depth", "0"], "--depth"),
        (["--width", "1000"], "--width"),
        (["--init", "glorot"], "initialisation"),
        (["--scale", "50"], "scale"),
    ],
)
def test_depth_bad_input_exits_2(argv, message, capsys):
    assert run_command("depth", argv) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and message in err


def test_screenshots_of_both_views(tmp_path, qapp):
    from actviz.ui.qt import QtGui

    for cmd, argv in (("train", ["--preset", "article", "--epochs", "50"]), ("depth", ["--preset", "relu_he"])):
        path = tmp_path / f"{cmd}.png"
        assert run_command(cmd, [*argv, "--screenshot", str(path), "--size", "1200x800"]) == 0
        img = QtGui.QImage(str(path))
        assert (img.width(), img.height()) == (1200, 800)


# ------------------------------------------------------------------------------ --formula
SWISH = "x*sigmoid(beta*x)"


def test_train_races_a_formula_against_relu(tmp_path, capsys):
    pytest.importorskip("sympy")
    out = tmp_path / "study.csv"
    argv = ["--formula", SWISH, "--set", "beta=1.5", "--seeds", "2", "--epochs", "40", "--csv", str(out)]
    assert run_command("train", argv) == 0
    lines = capsys.readouterr().out.splitlines()
    body = {line.split("  ")[0].strip(): line for line in lines[2:]}
    assert set(body) == {"ReLU", "formula (β=1.5)"}
    r = rows(out)
    assert {x["activation"] for x in r} == {"relu", "custom:formula(beta=1.5)"}
    assert all(float(x["final_test_loss"]) >= 0 for x in r)


def test_depth_takes_a_formula(capsys):
    pytest.importorskip("sympy")
    argv = ["--activation", "relu", "--formula", "x*tanh(softplus(x))", "--depth", "10", "--seeds", "1"]
    assert run_command("depth", argv) == 0
    text = capsys.readouterr().out
    assert "ReLU: vanishing, uniformly" in text and "formula: " in text and "per layer (theory ×" in text


@pytest.mark.parametrize("cmd", ["train", "depth"])
@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--formula", "x*sigmoid(beta*x"], "--formula: column"),
        (["--formula", SWISH, "--set", "gamma=2"], "no formula has a parameter 'gamma'"),
        (["--set", "beta=2"], "--set gives parameters of a --formula"),
    ],
)
def test_a_bad_formula_exits_2_with_one_line(cmd, argv, message, capsys):
    pytest.importorskip("sympy")
    assert run_command(cmd, argv) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and message in err
