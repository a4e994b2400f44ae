"""The headless command line, run as a user runs it."""

import csv
import subprocess
import sys

import numpy as np
import pytest
import torch


def cli(*args, timeout=120):
    return subprocess.run([sys.executable, "-m", "simulator", *args], capture_output=True, text=True, timeout=timeout)


def test_lr_csv_rows_are_the_lr_torch_reports_each_epoch(tmp_path):
    out = tmp_path / "lr.csv"
    done = cli("lr", "--lr", "0.1", "--epochs", "200", "--scheduler", "StepLR(step_size=50, gamma=0.5)",
               "--scheduler", "ExponentialLR(gamma=0.95)", "--csv", str(out))
    assert done.returncode == 0, done.stderr
    with open(out, newline="") as f:
        rows = list(csv.DictReader(f))
    assert list(rows[0]) == ["label", "epoch", "lr"]
    assert len(rows) == 400
    expo = [r for r in rows if r["label"] == "ExponentialLR(gamma=0.95)"]
    assert [int(r["epoch"]) for r in expo] == list(range(200))
    w = torch.zeros(1, requires_grad=True)
    opt = torch.optim.SGD([w], lr=0.1, momentum=0.9)
    sched = torch.optim.lr_scheduler.ExponentialLR(opt, gamma=0.95)
    expected = []
    for _ in range(200):
        expected.append(sched.get_last_lr()[0])
        opt.step()
        sched.step()
    assert [float(r["lr"]) for r in expo] == expected


def test_lr_without_schedulers_prints_the_tutorial_three():
    done = cli("lr", "--epochs", "3")
    assert done.returncode == 0, done.stderr
    labels = {line.rsplit(",", 2)[0].strip('"') for line in done.stdout.splitlines()[1:]}
    assert labels == {"StepLR(step_size=50, gamma=0.5)", "MultiStepLR(milestones=[50, 125, 160], gamma=0.5)",
                      "ExponentialLR(gamma=0.95)"}


@pytest.mark.parametrize(
    "args, message",
    [
        (["lr", "--scheduler", "StepLR(step_sise=50)"], "did you mean 'step_size'"),
        (["lr", "--scheduler", "__import__('os').system('echo hacked')"], "expected the name of a scheduler"),
        (["lr", "--scheduler", "OneCycleLR(total_steps=5)", "--epochs", "20"], "OneCycleLR"),
        (["lr", "--lr", "-0.1"], "initial lr must be a positive number"),
        (["lr", "--epochs", "0"], "epochs must be"),
        (["lr", "--png", "x.png", "--size", "big"], "--size"),
        (["--panel", "nope"], "unknown panel 'nope'; valid panels: backprop, race, lr"),
    ],
)
def test_bad_input_exits_non_zero_with_a_clear_message(args, message):
    done = cli(*args)
    assert done.returncode != 0
    assert message in done.stderr
    assert "hacked" not in done.stdout  # nothing was executed
    assert "Traceback" not in done.stderr


def test_lr_png_renders_the_panel_figure(tmp_path):
    from PySide6.QtGui import QImage

    out = tmp_path / "lr.png"
    done = cli("lr", "--png", str(out), "--size", "800x450")
    assert done.returncode == 0, done.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (800, 450)
    # the three tutorial colours are drawn, not just a blank canvas
    pixels = {image.pixelColor(x, y).name() for x in range(0, 800, 2) for y in range(0, 450, 2)}
    assert {"#0072b2", "#d55e00", "#009e73"} <= pixels


def test_version():
    done = cli("--version")
    assert done.returncode == 0 and "DescentLab" in done.stdout


def read_rows(text):
    return list(csv.DictReader(text.splitlines()))


def test_race_defaults_print_the_tutorials_four_results():
    done = cli("race", "--steps", "2")
    assert done.returncode == 0, done.stderr
    rows = read_rows(done.stdout)
    assert list(rows[0]) == ["index", "label", "step", "x", "y", "loss"]
    final = {r["label"]: f"{float(r['x']):f}" for r in rows if r["step"] == "2"}
    assert final == {"SGD(lr=0.01, momentum=0.9)": "0.971100", "Adagrad(lr=0.01)": "0.982965",
                     "RMSprop(lr=0.01, alpha=0.9)": "0.945788", "Adam(lr=0.01, betas=(0.9, 0.99))": "0.980003"}
    assert all(r["y"] == "" for r in rows)  # a 1-D surface


def test_race_rows_match_a_plain_torch_loop_and_accept_a_negative_start(tmp_path):
    out = tmp_path / "race.csv"
    done = cli("race", "--surface", "rosenbrock", "--start", "-1.5,2", "--optimizer", "Adam(lr=0.05)",
               "--optimizer", "SGD(lr=0.001)", "--scheduler", "StepLR(step_size=10, gamma=0.5)",
               "--steps", "30", "--csv", str(out))
    assert done.returncode == 0, done.stderr
    rows = read_rows(out.read_text())
    assert len(rows) == 2 * 31
    w = torch.tensor([[-1.5, 2.0]], requires_grad=True)
    opt = torch.optim.Adam([w], lr=0.05)
    sched = torch.optim.lr_scheduler.StepLR(opt, 10, 0.5)
    expected = [w.detach().numpy()[0].copy()]
    for _ in range(30):
        opt.zero_grad()
        x, y = w[:, 0], w[:, 1]
        ((1 - x) ** 2 + 100 * (y - x**2) ** 2).sum().backward()
        opt.step()
        sched.step()
        expected.append(w.detach().numpy()[0].copy())
    adam = [(float(r["x"]), float(r["y"])) for r in rows if r["index"] == "0"]
    np.testing.assert_array_equal(np.float32(adam), np.array(expected))


def test_race_rows_end_where_a_racer_diverged():
    done = cli("race", "--surface", "saddle", "--start=1,0.001", "--optimizer", "SGD(lr=0.6)",
               "--optimizer", "SGD(lr=0.01)", "--steps", "300")
    assert done.returncode == 0, done.stderr
    rows = read_rows(done.stdout)
    diverged = [r for r in rows if r["index"] == "0"]
    assert len(diverged) < 301
    assert not np.isfinite(float(diverged[-1]["loss"]))
    assert len([r for r in rows if r["index"] == "1"]) == 301


def test_race_png(tmp_path):
    from PySide6.QtGui import QImage

    out = tmp_path / "race.png"
    done = cli("race", "--surface", "himmelblau", "--optimizer", "Adam(lr=0.1)", "--steps", "50", "--png", str(out),
               "--size", "640x480")
    assert done.returncode == 0, done.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (640, 480)


@pytest.mark.parametrize("args, message", [
    (["race", "--surface", "x**2 + __import__('os')"], "unknown function"),
    (["race", "--surface", "nowhere"], "unknown surface 'nowhere'"),
    (["race", "--surface", "bowl", "--start", "1"], "needs 2 coordinates"),
    (["race", "--start", "a,b"], "--start must be numbers"),
    (["race", "--optimizer", "Adam(lr=-0.1)"], "optimizer 1 'Adam(lr=-0.1)'"),
    (["race", "--optimizer", "Adam(betas=(0.9, 1.0))"], "less than 1.0"),
    (["race", "--optimizer", "Adam(eps=0)"], "greater than 0"),
    (["race", "--optimizer", "SGD(lr=0.1)", "--scheduler", "StepLR(step_size=1)", "--scheduler", "StepLR(step_size=2)"],
     "more schedulers"),
    (["race", "--steps", "0"], "steps must be"),
])
def test_race_bad_input(args, message):
    done = cli(*args)
    assert done.returncode == 2
    assert message in done.stderr and "Traceback" not in done.stderr


def test_backprop_json_has_the_classic_numbers(tmp_path):
    import json

    out, table = tmp_path / "trace.json", tmp_path / "trace.csv"
    done = cli("backprop", "--iterations", "3", "--json", str(out), "--csv", str(table))
    assert done.returncode == 0, done.stderr
    doc = json.loads(out.read_text())
    assert f"{doc['loss']:.9f}" == "0.298371109"
    assert f"{doc['grads']['w5']:.9f}" == "0.082167041"
    assert f"{doc['updated']['w5']:.8f}" == "0.35891648" and f"{doc['updated']['w1']:.9f}" == "0.149780716"
    assert doc["params"]["w1"] == 0.15 and doc["params"]["b2"] == 0.6
    assert len(doc["loss_history"]) == 3 and doc["loss_history"][0] == doc["loss"]
    assert doc["final_params"]["w5"] < doc["updated"]["w5"]
    step = doc["steps"][0]
    assert set(step) >= {"phase", "target", "formula", "substituted", "value", "autograd_diff"}
    assert max(s["autograd_diff"] for s in doc["steps"] if s["autograd_diff"] is not None) < 1e-12
    rows = list(csv.DictReader(table.read_text().splitlines()))
    assert len(rows) == len(doc["steps"]) and rows[0]["target"] == "net_h1"


def test_backprop_custom_network_uses_generic_names():
    import json

    done = cli("backprop", "--layers", "2,3,2", "--activation", "tanh", "--output-activation", "softmax",
               "--loss", "cross_entropy", "--inputs", "0.5,-1", "--targets", "0,1", "--bias", "per-neuron",
               "--lr", "0.1")
    assert done.returncode == 0, done.stderr
    doc = json.loads(done.stdout)
    assert "W1[2,1]" in doc["params"] and "b2[1]" in doc["params"] and "b1" not in doc["params"]


@pytest.mark.parametrize("args, message", [
    (["backprop", "--layers", "2,0,1"], "at least one neuron"),
    (["backprop", "--layers", "2,10000,1"], "at most 16"),
    (["backprop", "--inputs", "nan,1"], "finite"),
    (["backprop", "--inputs", "a,b"], "--inputs must be numbers"),
    (["backprop", "--preset", "zzz"], "unknown preset"),
    (["backprop", "--layers", "2,2,1", "--loss", "cross_entropy", "--output-activation", "identity"],
     "cross-entropy needs"),
])
def test_backprop_bad_input(args, message):
    done = cli(*args)
    assert done.returncode == 2 and message in done.stderr and "Traceback" not in done.stderr


def test_ewa_csv(tmp_path):
    out = tmp_path / "ewa.csv"
    done = cli("ewa", "--beta", "0.9", "--beta", "0.5", "--bias-correction", "--csv", str(out))
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(out.read_text().splitlines()))
    assert list(rows[0]) == ["beta", "day", "value", "ewa", "ewa_corrected"]
    assert len(rows) == 60 and rows[0]["day"] == "1" and rows[0]["ewa"] == rows[0]["value"]
    torch.manual_seed(0)
    assert float(rows[1]["value"]) == (torch.randn(30) * 10)[1].item()
    done = cli("ewa", "--data", "1,2,3", "--beta", "0.5")
    assert [r["ewa"] for r in csv.DictReader(done.stdout.splitlines())] == ["1.0", "1.5", "2.25"]


@pytest.mark.parametrize("args, message", [(["ewa", "--beta", "1"], "β must be"), (["ewa", "--data", "1,x"], "--data")])
def test_ewa_bad_input(args, message):
    done = cli(*args)
    assert done.returncode == 2 and message in done.stderr


def test_train_csv_and_png(tmp_path):
    out, png = tmp_path / "train.csv", tmp_path / "train.png"
    done = cli("train", "--dataset", "moons", "--noise", "0.2", "--train-size", "100", "--layers", "2,16,2",
               "--optimizer", "Adam(lr=0.02)", "--batch-size", "16", "--epochs", "8", "--seed", "1",
               "--csv", str(out), "--png", str(png), "--size", "640x480")
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(out.read_text().splitlines()))
    assert list(rows[0]) == ["epoch", "iterations", "train_loss", "test_loss", "train_acc", "test_acc", "lr",
                             "batch_loss_mean"]
    assert [int(r["iterations"]) for r in rows] == [7 * e for e in range(1, 9)]
    assert float(rows[-1]["train_loss"]) < float(rows[0]["train_loss"])
    assert png.exists()


def test_train_stats_are_bounded_by_snapshots_and_deterministic_with_dropout(tmp_path):
    args = ["train", "--layers", "2,8,2", "--dropout", "0.3", "--epochs", "3", "--seed", "4", "--snapshots", "10"]
    outputs = []
    for k in range(2):  # two processes, one seed: the same numbers, Dropout masks included
        stats, rows = tmp_path / f"stats{k}.csv", tmp_path / f"train{k}.csv"
        done = cli(*args, "--stats", str(stats), "--csv", str(rows))
        assert done.returncode == 0, done.stderr
        outputs.append((stats.read_text(), rows.read_text()))
    assert outputs[0] == outputs[1]
    table = list(csv.DictReader(outputs[0][0].splitlines()))
    assert list(table[0]) == ["iteration", "layer", "mean", "std", "dead_fraction", "grad_norm"]
    # 21 iterations, at most 10 recorded: every 3rd (0, 3, …, 18), two layers each
    assert [int(r["iteration"]) for r in table[::2]] == list(range(0, 21, 3))
    assert [r["layer"] for r in table[:2]] == ["1", "2"] and table[1]["dead_fraction"] == ""


def test_lrfind_writes_the_curve_and_the_suggestions_and_a_picture(tmp_path):
    out, png = tmp_path / "lr.csv", tmp_path / "lr.png"
    done = cli("lrfind", "--layers", "2,16,2", "--optimizer", "SGD(lr=0.1)", "--start", "1e-5", "--end", "100",
               "--iterations", "60", "--csv", str(out), "--png", str(png), "--size", "800x500")
    assert done.returncode == 0, done.stderr
    lines = out.read_text().splitlines()
    rows = list(csv.DictReader(line for line in lines if not line.startswith("#")))
    assert list(rows[0]) == ["iteration", "lr", "loss", "smoothed"]
    assert float(rows[0]["lr"]) == 1e-5 and float(rows[1]["lr"]) == pytest.approx(1e-5 * (1e7) ** (1 / 59))
    assert len(rows) < 60  # SGD at lr 100 blows up before the end
    rules = [line.split(",")[1] for line in lines if line.startswith("# suggestion")]
    assert rules == ["minimum / 10", "steepest descent", "valley"]
    assert png.exists()


def test_landscape_centre_is_the_train_commands_final_train_loss(tmp_path):
    options = ["--layers", "2,16,2", "--epochs", "6", "--seed", "2"]
    trained = cli("train", *options)
    out, png = tmp_path / "land.csv", tmp_path / "land.png"
    done = cli("landscape", *options, "--grid", "11", "--span", "0.5", "--test-set", "--csv", str(out),
               "--png", str(png), "--size", "900x600")
    assert trained.returncode == 0 and done.returncode == 0, done.stderr
    rows = list(csv.DictReader(out.read_text().splitlines()))
    assert list(rows[0]) == ["a", "b", "loss", "test_loss"] and len(rows) == 121
    assert {float(r["a"]) for r in rows} == {float(v) for v in np.linspace(-0.5, 0.5, 11)}
    centre = next(r for r in rows if float(r["a"]) == 0 == float(r["b"]))
    final_train_loss = float(list(csv.DictReader(trained.stdout.splitlines()))[-1]["train_loss"])
    assert float(centre["loss"]) == pytest.approx(final_train_loss, rel=1e-6)
    assert png.exists()


def test_check_backprop_grades_a_homework_file(tmp_path):
    import json

    right = tmp_path / "right.csv"
    right.write_text("quantity,value\nnet_h1,0.3775\nout_h1,0.5933\nE_total,0.2984\ndE/dw5,0.0822\nw5_new,0.3589\n")
    done = cli("check", "backprop", str(right))
    assert done.returncode == 0, done.stderr
    assert "every answer is right" in done.stdout
    slip = tmp_path / "slip.csv"  # w5 updated with a learning rate of 0.1 instead of 0.5
    slip.write_text("quantity,value\ndE/dw5,0.082167041\nw5_new,0.391783296\n")
    report = tmp_path / "report.json"
    done = cli("check", "backprop", str(slip), "--json", str(report))
    assert done.returncode == 1 and "first mistake: w5_new — used another learning rate (η = 0.1)" in done.stdout
    data = json.loads(report.read_text())
    assert data["first_mistake"] == {"quantity": "w5_new", "diagnosis": "learning-rate"}
    assert [r["verdict"] for r in data["rows"]] == ["right", "wrong"]
    bad = tmp_path / "bad.csv"
    bad.write_text("quantity,value\nnet_h1\n")
    done = cli("check", "backprop", str(bad))
    assert done.returncode == 2 and "line 2" in done.stderr and "Traceback" not in done.stderr


def test_check_race_grades_one_predicted_adam_step(tmp_path):
    answers = tmp_path / "adam.csv"  # the tutorial's Adam, update 1 → 2: m = 0.189, m̂ = 0.994737
    answers.write_text("quantity,value\ng,0.99\nm,0.189\nm_hat,0.189\n")
    done = cli("check", "race", str(answers), "--step", "1")
    assert done.returncode == 1, done.stderr
    assert "m̂ = 0.189: wrong" in done.stdout and "first mistake: m̂ — forgot the bias correction" in done.stdout
    answers.write_text("quantity,value\ng,0.99\nm,0.189\nm_hat,0.994737\n")
    assert cli("check", "race", str(answers), "--step", "1").returncode == 0
    refused = cli("check", "race", str(answers), "--optimizer", "NAdam(lr=0.01)")
    assert refused.returncode == 2 and "plain SGD, Momentum" in refused.stderr


@pytest.mark.parametrize("args, message", [
    (["check", "backprop", "/dev/zero"], "not a regular file"),
    (["landscape", "--grid", "2"], "from 3 to 101"),
    (["landscape", "--span", "0"], "span"),
    (["lrfind", "--start", "1", "--end", "0.1"], "range test"),
    (["lrfind", "--iterations", "2"], "from 5 to 1000"),
    (["train", "--dataset", "nope"], "unknown 'nope'"),
    (["train", "--layers", "3,4,2"], "start with 2 inputs"),
    (["train", "--optimizer", "Adam(lr=-1)"], "at least 0"),
    (["train", "--train-size", "100000"], "training-set size"),
    (["train", "--data", "/nonexistent.csv"], "cannot read"),
    (["train", "--snapshots", "0"], "from 1 to 10000"),
])
def test_train_bad_input(args, message):
    done = cli(*args)
    assert done.returncode == 2 and message in done.stderr and "Traceback" not in done.stderr


def test_render_any_panel_in_presentation_mode(tmp_path):
    from PySide6.QtGui import QImage

    out = tmp_path / "lr.png"
    done = cli("render", "--panel", "lr", "--presentation", "--png", str(out), "--size", "1280x800")
    assert done.returncode == 0, done.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 800)  # exactly the size asked for, even when scaled up


def test_render_png_and_svg_at_the_asked_size(tmp_path):
    import xml.etree.ElementTree as ET

    from PySide6.QtGui import QImage

    png, svg = tmp_path / "race.png", tmp_path / "race.svg"
    done = cli("render", "--panel", "race", "--png", str(png), "--svg", str(svg), "--size", "1920x1080")
    assert done.returncode == 0, done.stderr
    image = QImage(str(png))
    assert (image.width(), image.height()) == (1920, 1080)
    root = ET.parse(svg).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("viewBox") == "0 0 1920 1080"
    assert len(root.findall(".//{http://www.w3.org/2000/svg}path")) > 10  # the figure, drawn as vectors
    assert sorted(p.name for p in tmp_path.iterdir()) == ["race.png", "race.svg"]  # no temporary files left


@pytest.mark.parametrize("args, message", [
    (["render", "--panel", "nope", "--png", "x.png"], "unknown panel 'nope'"),
    (["render", "--panel", "lr", "--png", "x.png", "--scale", "5"], "--scale must be from 1.0 to 3.0"),
    (["render", "--panel", "lr", "--png", "x.png", "--size", "1920by1080"], "--size must look like 1920x1080"),
    (["render", "--panel", "lr", "--svg", "x.svg", "--size", "9000x100"], "16 to 8000 pixels each"),
    (["render", "--panel", "lr"], "render needs --png FILE or --svg FILE"),
])
def test_render_bad_input(args, message):
    done = cli(*args)
    assert done.returncode == 2 and message in done.stderr


@pytest.mark.parametrize("command", [["lr", "--epochs", "30"], ["race", "--steps", "5"], ["backprop"]])
def test_code_option_writes_a_runnable_script(tmp_path, command):
    code = tmp_path / "script.py"
    done = cli(*command, "--code", str(code), "--csv" if command[0] != "backprop" else "--json",
               str(tmp_path / "out"))
    assert done.returncode == 0, done.stderr
    ran = subprocess.run([sys.executable, str(code)], capture_output=True, text=True, timeout=120)
    assert ran.returncode == 0, ran.stderr
    if command[0] != "backprop":  # the script prints the same CSV rows as the command
        theirs = list(csv.DictReader(ran.stdout.splitlines()))
        ours = list(csv.DictReader((tmp_path / "out").read_text().splitlines()))
        assert theirs == ours


def test_a_session_file_is_told_apart_from_commands(tmp_path, monkeypatch):
    from simulator import cli
    from simulator.ui import app

    opened = []
    monkeypatch.setattr(app, "run_gui", lambda panel, session_file: opened.append((panel, session_file)) or 0)
    path = tmp_path / "lesson.json"
    path.write_text("{}", encoding="utf-8")
    assert cli.main([str(path)]) == 0
    assert cli.main(["--panel", "race", str(path)]) == 0
    assert opened == [(None, str(path)), ("race", str(path))]
    done = subprocess.run([sys.executable, "-m", "simulator", str(tmp_path / "missing.json")], capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 2 and "no session file" in done.stderr


def test_render_a_session_in_chinese(tmp_path):
    """The picture follows the session's settings (here the lr effect at lr = 0.3, iteration 4, which
    diverges) and the language: the same session in zh and en gives different pictures."""
    import json

    from PySide6.QtGui import QImage

    from simulator import session

    path = tmp_path / "lesson.json"
    path.write_text(json.dumps(session.new("lr", {"lr": {"view": 0, "effect": {"lr": "0.3", "step": 4}}})))
    pictures = {}
    for lang in ("zh", "en"):
        out = tmp_path / f"{lang}.png"
        done = cli("render", "--panel", "lr", "--session", str(path), "--lang", lang, "--png", str(out),
                   "--size", "1280x720")
        assert done.returncode == 0, done.stderr
        pictures[lang] = QImage(str(out))
        assert (pictures[lang].width(), pictures[lang].height()) == (1280, 720)
    assert pictures["zh"] != pictures["en"]
    default = tmp_path / "default.png"
    assert cli("render", "--panel", "lr", "--png", str(default), "--size", "1280x720").returncode == 0
    assert QImage(str(default)) != pictures["en"]  # the session's lr and step, not the defaults

    path.write_text(json.dumps(session.new("lr", {"lr": {"effect": {"iterations": -3}}})))
    done = cli("render", "--panel", "lr", "--session", str(path), "--png", str(tmp_path / "bad.png"))
    assert done.returncode == 1 and "lr.effect.iterations" in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "bad.png").exists()


@pytest.mark.parametrize("args", [["--lang", "zh", "race", "--optimizer", "Adam(lr=-1)"],
                                  ["race", "--optimizer", "Adam(lr=-1)", "--lang", "zh"],
                                  ["train", "--optimizer", "Adam(lr=-1)", "--epochs", "1", "--lang", "zh"]])
def test_the_cli_says_engine_messages_in_chinese_with_lang_zh(args):
    done = cli(*args)
    assert done.returncode == 2
    assert "Adam：lr 必须不小于 0.0，现在是 -1" in done.stderr
    english = cli(*[a for a in args if a not in ("--lang", "zh")])
    assert english.returncode == 2 and "Adam: lr must be at least 0.0, got -1" in english.stderr
