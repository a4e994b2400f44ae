"""Command line: ``python -m simulator`` opens the GUI; subcommands export without a window.

Headless commands use engine/ (and ui/render for --png) only; errors exit non-zero with the same
message the GUI shows next to the field.
"""

from __future__ import annotations

import argparse
import sys

from . import __version__
from .engine import schedules
from .engine.specs import SpecError
from .ui.panels import PANELS, unknown_panel_message


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m simulator",
        description="DescentLab: see how a neural network learns. Without a command, opens the window.",
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
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    if args.command == "lr":
        return _lr(parser, args)
    if args.panel is not None and args.panel not in PANELS:
        parser.error(unknown_panel_message(args.panel))
    from .ui.app import run_gui

    return run_gui(args.panel)


def _size(parser, text: str) -> tuple[int, int]:
    try:
        w, h = (int(v) for v in text.lower().split("x"))
        if not (16 <= w <= 8000 and 16 <= h <= 8000):
            raise ValueError
    except ValueError:
        parser.error(f"--size must look like 1920x1080 (16 to 8000 pixels each), got '{text}'")
    return w, h


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
    return 0
