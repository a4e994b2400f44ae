"""The headless commands of ``python -m simulator`` (lr, race, backprop, ewa, train, lrfind, landscape,
check, render): each takes the parser (for its error messages) and the parsed arguments, runs the engine
inline and returns an exit status."""

from __future__ import annotations

import argparse
import json
import sys

from .engine import (
    backprop,
    check,
    check_step,
    datasets,
    ewa,
    landscape,
    layer_stats,
    lr_finder,
    models,
    network,
    optimizers,
    schedules,
    surfaces,
    training,
)
from .engine import race as race_engine
from .engine.said import spoken
from .engine.specs import SpecError
from .languages import SHORT
from .ui.panels import PANELS, unknown_panel_message

TUTORIAL_RACERS = (
    "SGD(lr=0.01, momentum=0.9)", "Adagrad(lr=0.01)", "RMSprop(lr=0.01, alpha=0.9)", "Adam(lr=0.01, betas=(0.9, 0.99))",
)


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
            print(f"error: --scheduler '{c.label}': {spoken(c.error)}", file=sys.stderr)
        return 2
    _write(args.csv or ("-" if args.png is None else None), lambda f: schedules.write_csv(result, f))
    if args.png:
        from .ui.render import render_schedules

        render_schedules(result, args.png, size, log_y=args.log)
    _write_scripts(args, "lr", [(s.text, s) for s in specs], args.lr, args.epochs)
    return 0


def _surface_and_start(parser: argparse.ArgumentParser, args):
    try:
        surface = surfaces.surface_from_text(args.surface)
    except SpecError as e:
        parser.error(f"--surface '{args.surface}': {e}")
    try:
        start = surface.start if args.start is None else [float(v) for v in args.start.split(",")]
    except ValueError:
        parser.error(f"--start must be numbers separated by commas, e.g. --start=-1.5,2; got '{args.start}'")
    return surface, start


def _race(parser: argparse.ArgumentParser, args) -> int:
    surface, start = _surface_and_start(parser, args)
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
    _write(args.csv or ("-" if args.png is None else None), lambda f: race_engine.write_csv(record, f))
    if args.png:
        from .ui.render import render_race

        render_race(record, args.png, size)
    _write_scripts(args, "race", surface, racers, start, args.steps)
    return 0



def _number_list(parser, flag: str, text: str | None):
    if text is None:
        return None
    try:
        return [float(v) for v in text.split(",")]
    except ValueError:
        parser.error(f"{flag} must be numbers separated by commas, got '{text}'")


def _network(parser: argparse.ArgumentParser, args) -> network.Network:
    """The backprop network the network options describe (cli._add_network_options)."""
    inputs = _number_list(parser, "--inputs", args.inputs)
    targets = _number_list(parser, "--targets", args.targets)
    try:
        if args.layers:
            try:
                sizes = [int(v) for v in args.layers.split(",")]
            except ValueError:
                parser.error(f"--layers must be whole numbers separated by commas, got '{args.layers}'")
            activations = args.activation.split(",")
            return network.build(sizes, activations[0] if len(activations) == 1 else activations,
                                 args.output_activation, args.loss, inputs, targets,
                                 0.5 if args.lr is None else args.lr, args.bias, args.train_bias != "no", args.seed)
        if args.preset not in network.PRESETS:
            parser.error(f"unknown preset '{args.preset}'; presets: {', '.join(network.PRESETS)}")
        net = network.PRESETS[args.preset]()
        return network.build(net.sizes, net.activations, net.output_activation, net.loss,
                             inputs if inputs is not None else net.inputs,
                             targets if targets is not None else net.targets,
                             net.lr if args.lr is None else args.lr, net.bias_mode,
                             net.train_bias if args.train_bias is None else args.train_bias == "yes",
                             weights=net.weights, biases=net.biases, classic_names=net.classic_names, name=net.name)
    except (SpecError, ValueError) as e:
        parser.error(str(e))


def _backprop(parser: argparse.ArgumentParser, args) -> int:
    net = _network(parser, args)
    try:
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
    _write(args.csv, lambda f: backprop.write_csv(first, f))
    _write_scripts(args, "backprop", net)
    return 0


def _write(path: str | None, write) -> None:
    """``write(file)`` with the CSV file at ``path``: standard output for '-', nothing for None."""
    if path == "-":
        write(sys.stdout)
    elif path:
        with open(path, "w", newline="", encoding="utf-8") as f:
            write(f)


def speak(lang: str) -> None:
    """Say the engine's messages (engine/said.py) in ``lang``: Qt's translations, with no window."""
    from PySide6.QtCore import QCoreApplication

    from .ui import i18n

    global _app
    _app = QCoreApplication.instance() or QCoreApplication([])  # (kept: the translators live in it)
    i18n.install(_app, SHORT[lang])


_app = None


def _write_scripts(args, panel: str, *inputs) -> None:
    """--code and --notebook: the panel's PyTorch script, and as a notebook with its words in --lang."""
    if not (args.code or args.notebook):
        return
    from .engine import notebook
    from .ui import notebook_texts  # (its words in --lang: main() installed the translator)

    script = getattr(notebook_texts, panel)(*inputs)
    if args.code:
        _write_text(args.code, script.code)
    if args.notebook:
        _write_text(args.notebook, notebook.text(script, notebook_texts.words()))


def _write_text(path: str, text: str) -> None:
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def _ewa(parser: argparse.ArgumentParser, args) -> int:
    values = _number_list(parser, "--data", args.data)
    try:
        result = ewa.average(values if values is not None else ewa.tutorial_temperatures(), args.beta or [0.9])
    except SpecError as e:
        parser.error(str(e))
    _write(args.csv or "-", lambda f: ewa.write_csv(result, f, args.bias_correction))
    return 0


def _session(parser: argparse.ArgumentParser, args, recorded: int = layer_stats.RECORDED) -> training.Session:
    """The training-lab run the run options describe (cli._add_run_options), before its first step."""
    try:
        layers = tuple(int(v) for v in args.layers.split(","))
    except ValueError:
        parser.error(f"--layers must be whole numbers separated by commas, got '{args.layers}'")
    try:
        data = datasets.load_csv(args.data) if args.data else \
            datasets.make_dataset(args.dataset, args.samples, args.noise, args.seed)
        run = training.RunSpec(
            args.optimizer, models.ModelSpec(layers, args.activation, args.dropout, args.batchnorm),
            optimizers.OPTIMIZERS.parse(args.optimizer),
            schedules.SCHEDULERS.parse(args.scheduler) if args.scheduler else None, args.weight_decay)
        setup = training.Setup(data, args.train_size, args.test_fraction, (run,), args.batch_size, args.epochs,
                               args.seed, recorded=recorded)
        return training.Session(setup)
    except SpecError as e:
        parser.error(str(e))


def _train(parser: argparse.ArgumentParser, args) -> int:
    session = _session(parser, args, args.snapshots)
    size = _size(parser, args.size) if args.png else None
    *_, record = session.advance(session.plan.iterations)
    _write(args.csv or "-", lambda f: training.write_csv(record, f))
    _write(args.stats, lambda f: layer_stats.write_csv(record.runs[0].stats, f))
    if args.png:
        from .ui.render import render_training

        render_training(record, args.png, size)
    return 0


def _lrfind(parser: argparse.ArgumentParser, args) -> int:
    session = _session(parser, args)
    try:
        lr_finder.check(args.start, args.end, args.iterations)
    except SpecError as e:
        parser.error(str(e))
    size = _size(parser, args.size) if args.png else None
    test = lr_finder.run(session, 0, args.start, args.end, args.iterations)
    _write(args.csv or "-", lambda f: lr_finder.write_csv(test, f))
    if args.png:
        from .ui.render import render_range_test

        render_range_test(test, args.png, size)
    return 0


def _landscape(parser: argparse.ArgumentParser, args) -> int:
    session = _session(parser, args)
    try:
        landscape.check(args.grid, args.span, args.directions)
    except SpecError as e:
        parser.error(str(e))
    size = _size(parser, args.size) if args.png else None
    list(session.advance(session.plan.iterations))
    try:
        *_, result = landscape.steps(session, 0, args.directions, args.grid, args.span, args.test_set)
    except SpecError as e:
        parser.error(str(e))
    _write(args.csv or "-", lambda f: landscape.write_csv(result, f))
    if args.png:
        from .ui.render import render_landscape

        render_landscape(result, args.png, size)
    return 0


def _check(parser: argparse.ArgumentParser, args) -> int:
    if args.what == "race":
        return _check_race(parser, args)
    net = _network(parser, args)
    try:
        result = check.check(net, check.load_answers(args.answers))
    except SpecError as e:
        parser.error(str(e))
    for v in result.verdicts:
        line = f"{v.quantity} = {v.typed}: {v.verdict}"
        if v.verdict != check.RIGHT:
            line += f" (right: {v.expected:.9g}; from your own earlier numbers: {v.own:.9g})"
        print(line)
    first = result.first_mistake
    if first is None:
        print("every answer is right" if result.verdicts else "no answers")
    else:
        print(f"first mistake: {first.quantity} — {check.DIAGNOSES[first.diagnosis]}"
              + (f" ({first.detail})" if first.detail else ""))
        print(f"the right step: {first.formula}")
    if args.json:
        _write(args.json, lambda f: (json.dump(check.as_json(result), f, indent=1, ensure_ascii=False), f.write("\n")))
    return 0 if first is None else 1


def _check_race(parser: argparse.ArgumentParser, args) -> int:
    """One optimizer step predicted by hand (check_step.py)."""
    surface, start = _surface_and_start(parser, args)
    try:
        racers = race_engine.parse_racers([args.optimizer], [])
        race_engine.check_start(surface, start)
        if not 0 <= args.step < race_engine.MAX_STEPS:
            raise SpecError(f"--step must be from 0 to {race_engine.MAX_STEPS - 1}")
        *_, record = race_engine.race(surface, racers, start, args.step + 1)
        verdicts = check_step.judge(record, 0, args.step, dict(check.load_answers(args.answers)))
    except SpecError as e:
        parser.error(str(e))
    for v in verdicts:
        right = ", ".join(f"{x:.9g}" for x in v.expected)
        print(f"{v.quantity} = {v.typed}: {v.verdict}" + ("" if v.verdict == check.RIGHT else f" (right: {right})"))
    first = next((v for v in verdicts if v.verdict == check.WRONG), None)
    if first is None:
        print("every answer is right" if verdicts else "no answers")
    else:
        print(f"first mistake: {first.quantity} — {check_step.STEP_MISTAKES[first.diagnosis]}")
    if args.json:
        rows = [{"quantity": v.quantity, "value": v.typed, "expected": [float(x) for x in v.expected],
                 "verdict": v.verdict, "diagnosis": v.diagnosis} for v in verdicts]
        document = {"rows": rows, "first_mistake": None if first is None else
                    {"quantity": first.quantity, "diagnosis": first.diagnosis}}
        _write(args.json, lambda f: (json.dump(document, f, indent=1, ensure_ascii=False), f.write("\n")))
    return 0 if first is None else 1


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


COMMANDS = {"lr": _lr, "race": _race, "backprop": _backprop, "ewa": _ewa, "train": _train, "lrfind": _lrfind,
            "landscape": _landscape, "check": _check, "render": _render}
