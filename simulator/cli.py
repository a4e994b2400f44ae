"""Command line: ``python -m simulator`` opens the GUI; subcommands export without a window.

The parser is here; the headless commands (commands.py) use engine/ (and ui/render for --png) only; errors
exit non-zero with the same message the GUI shows next to the field.
"""

from __future__ import annotations

import argparse
import os
import re
import sys

from . import __version__
from . import commands as commands_module
from .engine import datasets, landscape, layer_stats, lr_finder, models, network, schedules, surfaces
from .languages import SHORT
from .ui.panels import PANELS, unknown_panel_message

NUMBER_LIST = re.compile(r"^\s*-?[\d.]+(e-?\d+)?\s*(,\s*-?[\d.]+(e-?\d+)?\s*)*$")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m simulator",
        usage="python -m simulator [--panel NAME] [SESSION.json] | COMMAND ...",
        description="DescentLab: see how a neural network learns. Without a command, opens the window "
                    "(with SESSION.json: at that saved session).",
    )
    parser.add_argument("--version", action="version", version=f"DescentLab {__version__}")
    parser.add_argument("--panel", metavar="NAME", help=f"open at this panel ({', '.join(PANELS)})")
    parser.add_argument("--lang", choices=tuple(SHORT), default="en",
                        help="language of a command's messages, notebooks and pictures (default en); "
                             "also after the command")
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
    _add_notebook_options(lr)

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
    _add_notebook_options(race)

    bp = commands.add_parser(
        "backprop", help="the backpropagation trace of a small network as JSON / CSV",
        description="Forward pass, loss, every chain-rule factor and the update, computed by hand in float64 "
                    "and checked against torch autograd. Without --layers: a preset (default: the tutorial's "
                    "classic 2-2-2 network).",
    )
    _add_network_options(bp)
    bp.add_argument("--iterations", type=int, default=1, help="updates to run (default 1)")
    bp.add_argument("--json", metavar="FILE", help="write the trace as JSON ('-' = standard output)")
    bp.add_argument("--csv", metavar="FILE", help="write the steps as CSV")
    bp.add_argument("--code", metavar="FILE", help="write a PyTorch script computing the same gradients and update")
    _add_notebook_options(bp)

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
                    "epoch,iterations,train_loss,test_loss,train_acc,test_acc,lr,batch_loss_mean per epoch.",
    )
    _add_run_options(tr)
    tr.add_argument("--csv", metavar="FILE", help="write the per-epoch rows ('-' or none = standard output)")
    tr.add_argument("--stats", metavar="FILE", help="write iteration,layer,mean,std,dead_fraction,grad_norm rows "
                                                    "(activations and gradients inside each layer)")
    tr.add_argument("--snapshots", type=int, default=layer_stats.RECORDED, metavar="N",
                    help=f"record the layer statistics at N evenly spaced iterations at most (default "
                         f"{layer_stats.RECORDED}, up to {layer_stats.MAX_RECORDED})")
    tr.add_argument("--png", metavar="FILE", help="render the decision boundary with the data to this PNG")
    tr.add_argument("--size", default="1280x720", metavar="WxH")

    lf = commands.add_parser(
        "lrfind", help="the learning-rate range test on a training-lab network",
        description="From the run's initial weights, one optimizer step per batch while the lr grows "
                    "exponentially from --start to --end; the loss smoothed (bias-corrected EWA, β = 0.98); "
                    "stops when the smoothed loss passes 4× its best. Writes iteration,lr,loss,smoothed rows and "
                    "the suggested lrs as '# suggestion,rule,lr,iteration' lines.",
    )
    _add_run_options(lf)
    lf.add_argument("--start", type=float, default=lr_finder.START, help=f"first lr (default {lr_finder.START:g})")
    lf.add_argument("--end", type=float, default=lr_finder.END, help=f"last lr (default {lr_finder.END:g})")
    lf.add_argument("--iterations", type=int, default=lr_finder.ITERATIONS,
                    help=f"steps from --start to --end (default {lr_finder.ITERATIONS})")
    lf.add_argument("--csv", metavar="FILE", help="write the rows ('-' or none = standard output)")
    lf.add_argument("--png", metavar="FILE", help="render the curve with the suggestions to this PNG")
    lf.add_argument("--size", default="1280x720", metavar="WxH")

    ls = commands.add_parser(
        "landscape", help="the loss on a plane through a trained network's weights",
        description="Train as the train command does (--epochs), then write the training loss on a grid around "
                    "the trained weights, θ + a·d1 + b·d2: a,b,loss rows (a = b = 0 is the trained network, its "
                    "loss the train command's final train_loss).",
    )
    _add_run_options(ls)
    ls.add_argument("--grid", type=int, default=landscape.GRID,
                    help=f"points a side, 3 to {landscape.MAX_GRID} (default {landscape.GRID})")
    ls.add_argument("--span", type=float, default=landscape.SPAN,
                    help=f"the grid reaches from -span to span along each direction (default {landscape.SPAN:g}; "
                         "for pca and start-end in units of how far the path reaches)")
    ls.add_argument("--directions", choices=landscape.DIRECTIONS, default="random",
                    help="random: two filter-normalised random directions from the seed; pca: the path's first two "
                         "principal components; start-end: from the initial to the trained weights, and a random "
                         "one at right angles")
    ls.add_argument("--test-set", action="store_true", help="add a test_loss column (the loss on the test set)")
    ls.add_argument("--csv", metavar="FILE", help="write the rows ('-' or none = standard output)")
    ls.add_argument("--png", metavar="FILE", help="render the contour plot with the path to this PNG")
    ls.add_argument("--size", default="1280x720", metavar="WxH")

    ck = commands.add_parser(
        "check", help="judge a student's own numbers for one backprop iteration",
        description="Reads quantity,value rows (backprop: quantities named as the targets of backprop --json, e.g. "
                    "net_h1, E_total, ∂E/∂w5 or dE/dw5, δ_h1 or delta_h1, w5_new; race: g, b, m, s, m_hat, s_hat, "
                    "eta, dw, w_new, a number per coordinate) and prints one verdict per row: right "
                    "(at the precision typed), carried (right from your own earlier numbers) or wrong, with the "
                    "first mistake diagnosed. Exits 0 when every answer is right, 1 otherwise, 2 for a bad file.",
    )
    ck.add_argument("what", choices=("backprop", "race"), help="what the answers are for: one backprop iteration, "
                                                              "or one optimizer step of a race")
    ck.add_argument("answers", metavar="ANSWERS.csv", help="quantity,value rows")
    _add_network_options(ck)
    ck.add_argument("--surface", default="tutorial", metavar="NAME_OR_FORMULA", help="race: the surface")
    ck.add_argument("--start", metavar="X,Y", help="race: the start point (default: the surface's)")
    ck.add_argument("--optimizer", default="Adam(lr=0.01, betas=(0.9, 0.99))", metavar="SPEC",
                    help="race: the optimizer whose step is predicted (default the tutorial's Adam)")
    ck.add_argument("--step", type=int, default=0, help="race: the update from this step to the next (default 0)")
    ck.add_argument("--json", metavar="FILE", help="write the verdicts as JSON ('-' = standard output)")

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
    render.add_argument("--lang", choices=tuple(SHORT), default=argparse.SUPPRESS,
                        help="language of the picture (default en)")
    render.add_argument("--theme", choices=("light", "contrast", "dark"),
                        help="colours: light (default), contrast (projectors) or dark")
    for command in commands.choices.values():  # --lang also after any command: python -m simulator train --lang zh
        if "--lang" not in command._option_string_actions:
            command.add_argument("--lang", choices=tuple(SHORT), default=argparse.SUPPRESS,
                                 help="language of the messages (default en)")
    parser.commands = tuple(commands.choices)  # to tell a session file from a command
    return parser


def _add_notebook_options(p) -> None:
    p.add_argument("--notebook", metavar="FILE", help="write the script as a Jupyter notebook (.ipynb): what was "
                                                      "computed, the code, a matplotlib plot of its rows")
    p.add_argument("--lang", choices=tuple(SHORT), default=argparse.SUPPRESS, help="language of the notebook and "
                                                                                   "the messages (default en)")


def _add_network_options(p) -> None:
    """The options that describe a backprop network (backprop, check backprop)."""
    p.add_argument("--preset", default="classic", help=f"one of {', '.join(network.PRESETS)} (default classic)")
    p.add_argument("--layers", metavar="N,N,...", help="layer sizes from inputs to outputs, e.g. 2,3,2")
    p.add_argument("--activation", default="sigmoid", help="hidden activation, or one per hidden layer: tanh,relu")
    p.add_argument("--output-activation", default="sigmoid", help=f"{', '.join(network.OUTPUT_ACTIVATIONS)}")
    p.add_argument("--loss", default="half_sse", help=f"{', '.join(network.LOSSES)}")
    p.add_argument("--inputs", metavar="X,X,...", help="input values")
    p.add_argument("--targets", metavar="T,T,...", help="target values")
    p.add_argument("--lr", type=float, help="learning rate")
    p.add_argument("--seed", type=int, default=0, help="seed of the initial weights (with --layers)")
    p.add_argument("--bias", choices=network.BIAS_MODES, default="shared", help="one bias per layer or per neuron")
    p.add_argument("--train-bias", choices=("yes", "no"), help="update the biases too")


def _add_run_options(p) -> None:
    """The options that describe a training-lab run (train, lrfind)."""
    p.add_argument("--dataset", default="moons", help=f"{', '.join(datasets.DATASETS)} (default moons)")
    p.add_argument("--data", metavar="FILE", help="your own CSV with x1,x2,label rows instead of --dataset")
    p.add_argument("--samples", type=int, default=400, help="generated samples (default 400)")
    p.add_argument("--noise", type=float, default=0.2, help="noise of the generated data (default 0.2)")
    p.add_argument("--train-size", type=int, default=100, help="training-set size (default 100)")
    p.add_argument("--test-fraction", type=float, default=0.3, help="share of the data held out (default 0.3)")
    p.add_argument("--layers", default="2,32,32,2", help="layer sizes (default 2,32,32,2)")
    p.add_argument("--activation", default="relu", help=f"{', '.join(models.ACTIVATIONS)}")
    p.add_argument("--optimizer", default="Adam(lr=0.01)", metavar="SPEC", help="default Adam(lr=0.01)")
    p.add_argument("--scheduler", metavar="SPEC", help="stepped once per epoch")
    p.add_argument("--dropout", type=float, default=0.0, help="Dropout p after hidden activations")
    p.add_argument("--batchnorm", action="store_true", help="BatchNorm1d before hidden activations")
    p.add_argument("--weight-decay", type=float, default=0.0, help="L2 penalty (the optimizer's weight_decay)")
    p.add_argument("--batch-size", type=int, default=16)
    p.add_argument("--epochs", type=int, default=50)
    p.add_argument("--seed", type=int, default=0)


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
        i += 2 if token in ("--panel", "--lang") else 1  # (their values are not sessions)
    return argv, None


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    commands = parser.commands
    argv, session_file = _take_session_file(sys.argv[1:] if argv is None else list(argv), commands)
    args = parser.parse_args(_join_negative_values(argv))
    if args.command is not None:
        if args.lang != "en" and args.command != "render":  # (render installs the picture's language itself)
            commands_module.speak(args.lang)  # the engine's messages (argparse's own stay English)
        return commands_module.COMMANDS[args.command](parser, args)
    if args.panel is not None and args.panel not in PANELS:
        parser.error(unknown_panel_message(args.panel))
    if session_file is not None and not os.path.isfile(session_file):
        parser.error(f"no session file {session_file!r} (commands: {', '.join(commands)})")
    from .ui.app import run_gui

    return run_gui(args.panel, session_file)
