"""A panel's PyTorch script as a Jupyter notebook (nbformat): what the panel showed, in words; the script;
a cell that plots the script's printed rows with matplotlib when it is installed.

The words come from the caller, already in the user's language (ui/notebook_texts.py); the plots' axis
names are the CSV's column names, which read the same in every language.
"""

from __future__ import annotations

from dataclasses import dataclass

from .specs import SpecError

MAX_NOTEBOOK_BYTES = 50_000_000  # a training lab's script embeds its data: 20,000 samples are ~0.5 MB


@dataclass(frozen=True)
class Script:
    kind: str  # which plot draws its rows: a key of PLOTS
    code: str  # runnable on its own (engine/codegen.py, codegen_labs.py)
    title: str  # the notebook's heading, in the user's language
    summary: str  # what the panel showed (markdown), in the user's language


@dataclass(frozen=True)
class Words:
    """The notebook's own sentences, in the user's language."""

    intro: str  # before the code cell: what it prints
    plot: str  # before the plot cell
    no_matplotlib: str  # printed by the plot cell when matplotlib is missing


def _curves(x: str, y: str, by: str, log: bool = False) -> list[str]:
    """One line per value of the ``by`` column, ``y`` against ``x``."""
    return [
        f"for name in dict.fromkeys(row[{by!r}] for row in data):",
        f"    mine = [row for row in data if row[{by!r}] == name]",
        f"    ax.plot([float(r[{x!r}]) for r in mine], [float(r[{y!r}]) for r in mine], label=name)",
        f"ax.set_xlabel({x!r})",
        f"ax.set_ylabel({y!r})",
        *(["ax.set_yscale('symlog', linthresh=1e-6)"] if log else []),
        "ax.legend()",
    ]


def _bars(label: str, columns: tuple[str, ...]) -> list[str]:
    width = 0.8 / len(columns)
    lines = [f"data = [row for row in data if all(row[c] for c in {columns!r})]  # (E_total has no gradient)",
             f"names = [row[{label!r}] for row in data]"]
    for k, column in enumerate(columns):
        lines.append(f"ax.bar([i + {k * width - 0.4 + width / 2:.3f} for i in range(len(names))], "
                     f"[float(row[{column!r}]) for row in data], width={width:.3f}, label={column!r})")
    return [*lines, "ax.set_xticks(range(len(names)), names, rotation=90)", "ax.legend()"]


PLOTS = {
    "race": _curves("step", "loss", "label", log=True),
    "lr": _curves("epoch", "lr", "label"),
    "backprop": _bars("name", ("grad",)),
    "training": _curves("epoch", "test_loss", "label"),
    "ewa": [
        "first = [row for row in data if row['beta'] == data[0]['beta']]",
        "ax.plot([int(r['day']) for r in first], [float(r['value']) for r in first], 'o', label='value')",
        *_curves("day", "ewa", "beta"),
    ],
    "dropout": _bars("neuron", ("before", "after")),
    "batchnorm": [
        "for c in sorted({row['channel'] for row in data}):",
        "    mine = [row for row in data if row['channel'] == c]",
        "    ax.plot([float(r['x']) for r in mine], [float(r['y']) for r in mine], 'o', label=f'channel {c}')",
        "ax.set_xlabel('x')",
        "ax.set_ylabel('y')",
        "ax.legend()",
    ],
    "epochs": _curves("epoch", "loss", "batch_size", log=True),
}


def plot_cell(kind: str, no_matplotlib: str) -> str:
    body = "\n".join("    " + line for line in PLOTS[kind])
    return ("import csv\n\n"
            "try:\n"
            "    import matplotlib.pyplot as plt\n"
            "except ImportError:\n"
            f"    print({no_matplotlib!r})\n"
            "else:\n"
            "    data = list(csv.DictReader(ROWS))\n"
            "    fig, ax = plt.subplots(figsize=(8, 4.5))\n"
            f"{body}\n"
            "    plt.show()\n")


def build(script: Script, words: Words):
    """The notebook (an nbformat v4 node): heading and summary, the script, the plot."""
    import nbformat
    from nbformat import v4

    notebook = v4.new_notebook()
    notebook.cells = [
        v4.new_markdown_cell(f"# {script.title}\n\n{script.summary}\n\n{words.intro}"),
        v4.new_code_cell(script.code.rstrip("\n")),
        v4.new_markdown_cell(words.plot),
        v4.new_code_cell(plot_cell(script.kind, words.no_matplotlib).rstrip("\n")),
    ]
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    notebook.metadata["language_info"] = {"name": "python"}
    nbformat.validate(notebook)
    return notebook


def text(script: Script, words: Words) -> str:
    import nbformat

    written = nbformat.writes(build(script, words))
    if len(written.encode("utf-8")) > MAX_NOTEBOOK_BYTES:
        raise SpecError(f"the notebook would be larger than {MAX_NOTEBOOK_BYTES // 1_000_000} MB")
    return written
