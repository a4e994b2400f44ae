"""Command line: ``python -m simulator`` opens the GUI; subcommands export without a window.

Headless commands use engine/ (and ui/render for --png) only; errors exit non-zero with the same
message the GUI shows next to the field.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys

from . import __version__
from .engine import backprop, codegen, datasets, ewa, network, optimizers, schedules, surfaces, training
from .engine import race as race_engine
from .engine.specs import SpecError
from .languages import SHORT
from .ui.panels import PANELS, unknown_panel_message

NUMBER_LIST = re.compile(r"^\s*-?[\d.]+(e-?\d+)?\s*(,\s*-?[\d.]+(e-?\d+)?\s*)*$")
TUTORIAL_RACERS = (
    "SGD(lr=0.01, momentum=0.9)", "Adagrad(lr=0.01)", "RMSprop(lr=0.01, alpha=0.9)", "Adam(lr=0.01, betas=(0.9, 0.99))",
)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m simulator",
        usage="python -m simulator [--panel NAME] [SESSION.json] | COMMAND ...",
        description="DescentLab: see how a neural network learns. Without a command, opens the window "
                    "(with SESSION.json: at that saved session).",
    )
    parser.add_argument("--version", action="version", version=f"DescentLab {__version__}")
    parser.add_argument("--panel", metavar="NAME", help=f"open at this panel ({', '.join(PANELS)})")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    lr = commands.add_parser(
        "lr", help="learning-rate schedules as CSV or PNG",
        description="Write the lr in force during each epoch (what get_last_lr() returns before that epoch's "
                    "scheduler.step()) for one or more torch.optim.lr_scheduler specs. "
                    "Without --scheduler: the tutorial's three (StepLR, MultiStepLR, ExponentialLR).",
    )
    lr.add_argument("--lr", type=float, default=schedules.TUTORIAL_LR, help="initial learning rate (default 0.1)")
    lr.add_argument("--epochs", type=int, default=schedules.TUTORIAL_EPOCHS, help="number of epochs (default 200)")
    lr.add_argument("--scheduler", action="append", metavar="SPEC",
                    help="e.g. 'StepLR(step_size=50, gamma=0.5)'; repeat to overlay several")
    lr.add_argument("--csv", metavar="FILE", help="write label,epoch,lr rows here ('-' = standard output)")
    lr.add_argument("--png", metavar="FILE", help="render the panel's figure to this PNG")
    lr.add_argument("--size", default="1280x720", metavar="WxH", help="PNG size (default 1280x720)")
    lr.add_argument("--log", action="store_true", help="log-scale lr axis in the PNG")
    lr.add_argument("--code", metavar="FILE", help="write a PyTorch script that prints the same rows")

    race = commands.add_parser(
        "race", help="optimizers racing on a loss surface, as CSV or PNG",
        description="Race torch.optim optimizers from one start point. Without --optimizer: the tutorial's "
                    "four (section 3.3) on its loss w²/2 from w = 1.",
    )
    race.add_argument("--surface", default="tutorial", metavar="NAME_OR_FORMULA",
                      help=f"built-in ({', '.join(surfaces.BUILTIN)}) or a formula in x and y")
    race.add_argument("--start", metavar="X,Y", help="start point (default: the surface's); --start -1.5,2 works")
    race.add_argument("--optimizer", action="append", metavar="SPEC", help="e.g. 'Adam(lr=0.01)'; repeat to race")
    race.add_argument("--scheduler", action="append", default=[], metavar="SPEC",
                      help="pairs with the --optimizer flags in order ('none' to skip one)")
    race.add_argument("--steps", type=int, default=100, help="number of updates (default 100)")
    race.add_argument("--csv", metavar="FILE", help="write index,label,step,x,y,loss rows ('-' = standard output)")
    race.add_argument("--png", metavar="FILE", help="render the race panel's surface figure to this PNG")
    race.add_argument("--size", default="1280x720", metavar="WxH", help="PNG size (default 1280x720)")
    race.add_argument("--code", metavar="FILE", help="write a PyTorch script that prints the same rows")

    bp = commands.add_parser(
        "backprop", help="the backpropagation trace of a small network as JSON / CSV",
        description="Forward pass, loss, every chain-rule factor and the update, computed by hand in float64 "
                    "and checked against torch autograd. Without --layers: a preset (default: the tutorial's "
                    "classic 2-2-2 network).",
    )
    bp.add_argument("--preset", default="classic", help=f"one of {', '.join(network.PRESETS)} (default classic)")
    bp.add_argument("--layers", metavar="N,N,...", help="layer sizes from inputs to outputs, e.g. 2,3,2")
    bp.add_argument("--activation", default="sigmoid", help="hidden activation, or one per hidden layer: tanh,relu")
    bp.add_argument("--output-activation", default="sigmoid", help=f"{', '.join(network.OUTPUT_ACTIVATIONS)}")
    bp.add_argument("--loss", default="half_sse", help=f"{', '.join(network.LOSSES)}")
    bp.add_argument("--inputs", metavar="X,X,...", help="input values")
    bp.add_argument("--targets", metavar="T,T,...", help="target values")
    bp.add_argument("--lr", type=float, help="learning rate")
    bp.add_argument("--seed", type=int, default=0, help="seed of the initial weights (with --layers)")
    bp.add_argument("--bias", choices=network.BIAS_MODES, default="shared", help="one bias per layer or per neuron")
    bp.add_argument("--train-bias", choices=("yes", "no"), help="update the biases too")
    bp.add_argument("--iterations", type=int, default=1, help="updates to run (default 1)")
    bp.add_argument("--json", metavar="FILE", help="write the trace as JSON ('-' = standard output)")
    bp.add_argument("--csv", metavar="FILE", help="write the steps as CSV")
    bp.add_argument("--code", metavar="FILE", help="write a PyTorch script computing the same gradients and update")

    ew = commands.add_parser(
        "ewa", help="exponentially weighted averages as CSV",
        description="S_1 = Y_1, S_t = β·S_(t−1) + (1 − β)·Y_t over the tutorial's 30 temperatures "
                    "(torch.manual_seed(0), torch.randn(30) * 10) or your own data.",
    )
    ew.add_argument("--beta", type=float, action="append", help="β from 0 to <1; repeat to compare (default 0.9)")
    ew.add_argument("--bias-correction", action="store_true", help="add ewa_corrected = S_t / (1 − β^t) from S_0 = 0")
    ew.add_argument("--data", metavar="Y,Y,...", help="your own values instead of the tutorial's temperatures")
    ew.add_argument("--csv", metavar="FILE", help="write beta,day,value,ewa rows ('-' or none = standard output)")

    tr = commands.add_parser(
        "train", help="train a small network on 2-D data; one CSV row per epoch",
        description="Train an MLP on generated 2-D data (or your CSV x1,x2,label) and write "
                    "epoch,iterations,train_loss,test_loss,train_acc,test_acc,lr per epoch.",
    )
    tr.add_argument("--dataset", default="moons", help=f"{', '.join(datasets.DATASETS)} (default moons)")
    tr.add_argument("--data", metavar="FILE", help="your own CSV with x1,x2,label rows instead of --dataset")
    tr.add_argument("--samples", type=int, default=400, help="generated samples (default 400)")
    tr.add_argument("--noise", type=float, default=0.2, help="noise of the generated data (default 0.2)")
    tr.add_argument("--train-size", type=int, default=100, help="training-set size (default 100)")
    tr.add_argument("--test-fraction", type=float, default=0.3, help="share of the data held out (default 0.3)")
    tr.add_argument("--layers", default="2,32,32,2", help="layer sizes (default 2,32,32,2)")
    tr.add_argument("--activation", default="relu", help=f"{', '.join(training.ACTIVATIONS)}")
    tr.add_argument("--optimizer", default="Adam(lr=0.01)", metavar="SPEC", help="default Adam(lr=0.01)")
    tr.add_argument("--scheduler", metavar="SPEC", help="stepped once per epoch")
    tr.add_argument("--dropout", type=float, default=0.0, help="Dropout p after hidden activations")
    tr.add_argument("--batchnorm", action="store_true", help="BatchNorm1d before hidden activations")
    tr.add_argument("--weight-decay", type=float, default=0.0, help="L2 penalty (the optimizer's weight_decay)")
    tr.add_argument("--batch-size", type=int, default=16)
    tr.add_argument("--epochs", type=int, default=50)
    tr.add_argument("--seed", type=int, default=0)
    tr.add_argument("--csv", metavar="FILE", help="write the per-epoch rows ('-' or none = standard output)")
    tr.add_argument("--png", metavar="FILE", help="render the decision boundary with the data to this PNG")
    tr.add_argument("--size", default="1280x720", metavar="WxH")

    render = commands.add_parser(
        "render", help="any panel to PNG or SVG, without a window (for slides and handouts)",
        description="Render a whole panel as the window shows it once its first computation is done. "
                    "The panel is laid out at --size (not a small picture scaled up).",
    )
    render.add_argument("--panel", required=True, help=f"one of {', '.join(PANELS)}")
    render.add_argument("--png", metavar="FILE", help="write a PNG of exactly --size pixels")
    render.add_argument("--svg", metavar="FILE", help="write an SVG (vector: lines and text stay sharp)")
    render.add_argument("--size", default="1920x1080", metavar="WxH", help="default 1920x1080")
    render.add_argument("--presentation", action="store_true",
                        help="presentation mode (everything larger, as F5 in the window)")
    render.add_argument("--scale", type=float, help="presentation size factor, 1.0 to 3.0 (default 1.6)")
    render.add_argument("--session", metavar="FILE", help="show the panel with this saved session's settings and step")
    render.add_argument("--lang", choices=tuple(SHORT), default="en", help="language of the picture (default en)")
    render.add_argument("--theme", choices=("light", "contrast", "dark"),
                        help="colours: light (default), contrast (projectors) or dark")
    parser.commands = tuple(commands.choices)  # to tell a session file from a command
    return parser


def _join_negative_values(argv: list[str]) -> list[str]:
    """argparse reads '--start -1.5,2' as two flags; join such a value to its flag ('--start=-1.5,2')."""
    out: list[str] = []
    for token in argv:
        if out and out[-1] == "--start" and NUMBER_LIST.match(token):
            out[-1] = f"--start={token}"
        else:
            out.append(token)
    return out


def _take_session_file(argv: list[str], commands) -> tuple[list[str], str | None]:
    """``python -m simulator lesson.json``: the one positional word that is not a command is a session."""
    i = 0
    while i < len(argv):
        token = argv[i]
        if token in commands or token == "--":
            break
        if not token.startswith("-"):
            return argv[:i] + argv[i + 1:], token
        i += 2 if token == "--panel" else 1
    return argv, None


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    commands = parser.commands
    argv, session_file = _take_session_file(sys.argv[1:] if argv is None else list(argv), commands)
    args = parser.parse_args(_join_negative_values(argv))
    if args.command == "lr":
        return _lr(parser, args)
    if args.command == "race":
        return _race(parser, args)
    if args.command == "backprop":
        return _backprop(parser, args)
    if args.command == "ewa":
        return _ewa(parser, args)
    if args.command == "train":
        return _train(parser, args)
    if args.command == "render":
        return _render(parser, args)
    if args.panel is not None and args.panel not in PANELS:
        parser.error(unknown_panel_message(args.panel))
    if session_file is not None and not os.path.isfile(session_file):
        parser.error(f"no session file {session_file!r} (commands: {', '.join(commands)})")
    from .ui.app import run_gui

    return run_gui(args.panel, session_file)


def _size(parser, text: str) -> tuple[int, int]:
    from .ui.export import MAX_SIDE, MIN_SIDE, parse_size  # only called when a picture (and so Qt) is wanted

    try:
        return parse_size(text)
    except ValueError:
        parser.error(f"--size must look like 1920x1080 ({MIN_SIDE} to {MAX_SIDE} pixels each), got '{text}'")


def _lr(parser: argparse.ArgumentParser, args) -> int:
    texts = args.scheduler or list(schedules.TUTORIAL_SPECS)
    specs = []
    for text in texts:
        try:
            specs.append(schedules.SCHEDULERS.parse(text))
        except SpecError as e:
            parser.error(f"--scheduler '{text}': {e}")
    try:
        schedules.check_run(args.lr, args.epochs)
    except SpecError as e:
        parser.error(str(e))
    size = _size(parser, args.size) if args.png else None

    *_, result = schedules.curves_job(list(enumerate(specs)), args.lr, args.epochs)
    failed = [c for c in result.curves if c.error]
    if failed:
        for c in failed:
            print(f"error: --scheduler '{c.label}': {c.error}", file=sys.stderr)
        return 2
    if args.csv == "-" or (args.csv is None and args.png is None):
        schedules.write_csv(result, sys.stdout)
    elif args.csv:
        with open(args.csv, "w", newline="", encoding="utf-8") as f:
            schedules.write_csv(result, f)
    if args.png:
        from .ui.render import render_schedules

        render_schedules(result, args.png, size, log_y=args.log)
    if args.code:
        _write_text(args.code, codegen.lr_script([(s.text, s) for s in specs], args.lr, args.epochs))
    return 0


def _race(parser: argparse.ArgumentParser, args) -> int:
    try:
        surface = surfaces.surface_from_text(args.surface)
    except SpecError as e:
        parser.error(f"--surface '{args.surface}': {e}")
    try:
        start = surface.start if args.start is None else [float(v) for v in args.start.split(",")]
    except ValueError:
        parser.error(f"--start must be numbers separated by commas, e.g. --start=-1.5,2; got '{args.start}'")
    texts = args.optimizer or (list(TUTORIAL_RACERS) if surface.name == "tutorial" else ["SGD(lr=0.01)"])
    try:
        racers = race_engine.parse_racers(texts, args.scheduler)
        race_engine.check_start(surface, start)
    except SpecError as e:
        parser.error(str(e))
    size = _size(parser, args.size) if args.png else None
    try:
        *_, record = race_engine.race(surface, racers, start, args.steps, record_every=args.steps)
    except SpecError as e:  # values torch rejects, or steps out of range
        parser.error(str(e))
    if args.csv == "-" or (args.csv is None and args.png is None):
        race_engine.write_csv(record, sys.stdout)
    elif args.csv:
        with open(args.csv, "w", newline="", encoding="utf-8") as f:
            race_engine.write_csv(record, f)
    if args.png:
        from .ui.render import render_race

        render_race(record, args.png, size)
    if args.code:
        _write_text(args.code, codegen.race_script(surface, racers, start, args.steps))
    return 0



def _number_list(parser, flag: str, text: str | None):
    if text is None:
        return None
    try:
        return [float(v) for v in text.split(",")]
    except ValueError:
        parser.error(f"{flag} must be numbers separated by commas, got '{text}'")


def _backprop(parser: argparse.ArgumentParser, args) -> int:
    inputs = _number_list(parser, "--inputs", args.inputs)
    targets = _number_list(parser, "--targets", args.targets)
    try:
        if args.layers:
            try:
                sizes = [int(v) for v in args.layers.split(",")]
            except ValueError:
                parser.error(f"--layers must be whole numbers separated by commas, got '{args.layers}'")
            activations = args.activation.split(",")
            net = network.build(sizes, activations[0] if len(activations) == 1 else activations,
                                args.output_activation, args.loss, inputs, targets,
                                0.5 if args.lr is None else args.lr, args.bias, args.train_bias != "no", args.seed)
        else:
            if args.preset not in network.PRESETS:
                parser.error(f"unknown preset '{args.preset}'; presets: {', '.join(network.PRESETS)}")
            net = network.PRESETS[args.preset]()
            net = network.build(net.sizes, net.activations, net.output_activation, net.loss,
                                inputs if inputs is not None else net.inputs,
                                targets if targets is not None else net.targets,
                                net.lr if args.lr is None else args.lr, net.bias_mode,
                                net.train_bias if args.train_bias is None else args.train_bias == "yes",
                                weights=net.weights, biases=net.biases, classic_names=net.classic_names, name=net.name)
        networks, losses = backprop.train(net, args.iterations)
    except (SpecError, ValueError) as e:
        parser.error(str(e))
    first = backprop.trace(net)
    document = {
        "network": {"preset": net.name, "layers": list(net.sizes), "activations": list(net.activations),
                    "output_activation": net.output_activation, "loss": net.loss, "inputs": list(net.inputs),
                    "targets": list(net.targets), "lr": net.lr, "bias": net.bias_mode, "train_bias": net.train_bias},
        "params": net.parameters(), "loss": first.loss, "grads": first.grads, "updated": first.updated,
        "loss_history": losses, "final_params": networks[-1].parameters(),
        "steps": [{"phase": s.phase, "target": s.target, "formula": s.formula, "substituted": s.substituted,
                   "value": s.value, "autograd": s.autograd, "autograd_diff": s.diff} for s in first.steps],
    }
    if args.json == "-" or (args.json is None and args.csv is None):
        json.dump(document, sys.stdout, indent=1, ensure_ascii=False)
        print()
    elif args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(document, f, indent=1, ensure_ascii=False)
    if args.csv:
        with open(args.csv, "w", newline="", encoding="utf-8") as f:
            backprop.write_csv(first, f)
    if args.code:
        _write_text(args.code, codegen.backprop_script(net))
    return 0


def _write_text(path: str, text: str) -> None:
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def _ewa(parser: argparse.ArgumentParser, args) -> int:
    values = _number_list(parser, "--data", args.data)
    try:
        result = ewa.average(values if values is not None else ewa.tutorial_temperatures(), args.beta or [0.9])
    except SpecError as e:
        parser.error(str(e))
    if args.csv in (None, "-"):
        ewa.write_csv(result, sys.stdout, args.bias_correction)
    else:
        with open(args.csv, "w", newline="", encoding="utf-8") as f:
            ewa.write_csv(result, f, args.bias_correction)
    return 0


def _train(parser: argparse.ArgumentParser, args) -> int:
    try:
        layers = tuple(int(v) for v in args.layers.split(","))
    except ValueError:
        parser.error(f"--layers must be whole numbers separated by commas, got '{args.layers}'")
    try:
        data = datasets.load_csv(args.data) if args.data else \
            datasets.make_dataset(args.dataset, args.samples, args.noise, args.seed)
        run = training.RunSpec(
            args.optimizer, training.ModelSpec(layers, args.activation, args.dropout, args.batchnorm),
            optimizers.OPTIMIZERS.parse(args.optimizer),
            schedules.SCHEDULERS.parse(args.scheduler) if args.scheduler else None, args.weight_decay)
        setup = training.Setup(data, args.train_size, args.test_fraction, (run,), args.batch_size, args.epochs,
                               args.seed)
        session = training.Session(setup)
    except SpecError as e:
        parser.error(str(e))
    size = _size(parser, args.size) if args.png else None
    *_, record = session.advance(session.plan.iterations)
    if args.csv in (None, "-"):
        training.write_csv(record, sys.stdout)
    else:
        with open(args.csv, "w", newline="", encoding="utf-8") as f:
            training.write_csv(record, f)
    if args.png:
        from .ui.render import render_training

        render_training(record, args.png, size)
    return 0


def _render(parser: argparse.ArgumentParser, args) -> int:
    from .ui.theme import PRESENTATION_SCALE

    if args.panel not in PANELS:
        parser.error(unknown_panel_message(args.panel))
    if not (args.png or args.svg):
        parser.error("render needs --png FILE or --svg FILE (or both)")
    scale = args.scale if args.scale is not None else (PRESENTATION_SCALE if args.presentation else 1.0)
    if not 1.0 <= scale <= 3.0:
        parser.error(f"--scale must be from 1.0 to 3.0, got {scale:g}")
    size = _size(parser, args.size)
    from .ui.export import svg_available
    from .ui.render import render_panel

    if args.svg and not svg_available():
        parser.error("--svg needs PySide6.QtSvg, which this PySide6 installation lacks")
    outputs = [(path, fmt) for path, fmt in ((args.png, "png"), (args.svg, "svg")) if path]
    from .session import SessionError, load

    try:
        data = load(args.session) if args.session else None
        render_panel(args.panel, outputs, size, scale, session=data, language=SHORT[args.lang],
                     look=args.theme)
    except (TimeoutError, OSError, SessionError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    return 0
