"""Bring the translations up to date after UI strings changed.

    python tools/update_translations.py

1. ``pyside6-lupdate`` over every Python file of simulator/ui into each .ts file (existing translations
   are kept; strings that left the code are dropped; no line numbers, so moving code does not touch the
   .ts files);
2. the English file is completed: every translation equals its source text (English needs no work);
   the catalogs' texts (engine/optimizers.py, engine/schedules.py) are added under the context "Catalog",
   the engine's messages written as ``said("...")`` under "Engine";
   the other languages keep the translation of a string that moved to another class;
3. ``pyside6-lrelease`` turns each .ts into the .qm file that ships in the package.

New strings then show up in descentlab_zh_CN.ts as ``type="unfinished"``: translate them (Qt Linguist:
``pyside6-linguist``, or any text editor) and run this script again to rebuild the .qm files.
tests/ui/test_i18n.py fails while a string is missing, untranslated, or a .qm is stale.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "simulator" / "ui"
I18N = ROOT / "resources" / "i18n"
sys.path.insert(0, str(ROOT))
from simulator.languages import LANGUAGES  # noqa: E402 (after the path it is found on)
from simulator.languages import SOURCE as SOURCE_LANGUAGE  # noqa: E402


def ts_path(lang: str) -> Path:
    return I18N / f"descentlab_{lang}.ts"


def qm_path(lang: str) -> Path:
    return I18N / f"descentlab_{lang}.qm"


def tool(name: str) -> str:
    """A PySide6 tool (pyside6-lupdate, pyside6-lrelease): next to this Python first, then on PATH."""
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        raise FileNotFoundError(f"{name} not found (it comes with PySide6)")
    return found


def ui_sources() -> list[str]:
    """Every Python file of simulator/ui, relative to the repository root, in a stable order."""
    return sorted(str(p.relative_to(ROOT)) for p in SOURCES.rglob("*.py"))


def lupdate(ts: Path, lang: str) -> None:
    """Extract the strings into ``ts`` (created if missing, otherwise merged keeping translations)."""
    subprocess.run([tool("pyside6-lupdate"), *ui_sources(), "-locations", "none", "-no-obsolete",
                    "-source-language", SOURCE_LANGUAGE, "-target-language", lang, "-ts", str(ts)],
                   cwd=ROOT, check=True, capture_output=True, text=True)


_MESSAGE = re.compile(r"(<source>(.*?)</source>\s*<translation)(?: type=\"unfinished\")?>(.*?)(</translation>)",
                      re.S)


def complete_as_source(ts: Path) -> None:
    """The source language: each translation is its (already XML-escaped) source text, marked finished."""
    text = ts.read_text(encoding="utf-8")
    ts.write_text(_MESSAGE.sub(lambda m: f"{m[1]}>{m[2]}{m[4]}", text), encoding="utf-8")


def known_translations(ts: Path) -> dict[str, str]:
    """Source text → finished translation, whatever the class (context) it was found in."""
    if not ts.exists():
        return {}
    return {m[2]: m[3] for m in _MESSAGE.finditer(ts.read_text(encoding="utf-8")) if 'unfinished' not in m[0]}


def carry_over(ts: Path, known: dict[str, str]) -> None:
    """A string whose code moved to another class comes back unfinished under the new class: give it the
    translation it had under the old one."""
    def fill(m):
        if 'type="unfinished"' in m[0] and m[2] in known:
            return f"{m[1]}>{known[m[2]]}{m[4]}"
        return m[0]

    ts.write_text(_MESSAGE.sub(fill, ts.read_text(encoding="utf-8")), encoding="utf-8")


CATALOG = "Catalog"  # the context of the texts the engine's catalogs carry


def catalog_texts() -> list[str]:
    """What the panels show of the catalog entries (each optimizer's and scheduler's rule, how it moves and
    when to use it): collected from the engine, so a new entry needs no copy of its texts in the UI code."""
    from simulator.engine import optimizers, schedules

    entries = optimizers.OPTIMIZERS.entries + schedules.SCHEDULERS.entries
    texts = [t for entry in entries for t in (entry.rule, entry.style, entry.use) if t]
    return list(dict.fromkeys(texts))


ENGINE = "Engine"  # the context of the engine's messages made with said() (engine/said.py)


def engine_templates() -> list[str]:
    """Every template written as ``said("...")`` in the engine: its messages, for the UI to translate."""
    import ast

    found = []
    for path in sorted((ROOT / "simulator" / "engine").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "said"
                    and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                found.append(node.args[0].value)
    return list(dict.fromkeys(found))


def add_context(ts: Path, name: str, texts: list[str]) -> None:
    """lupdate finds only texts written in the UI code: add ``texts`` under their own context."""
    from xml.sax.saxutils import escape

    messages = "".join(f"    <message>\n        <source>{escape(t)}</source>\n"
                       f"        <translation type=\"unfinished\"></translation>\n    </message>\n" for t in texts)
    text = ts.read_text(encoding="utf-8")
    ts.write_text(text.replace("</TS>", f"<context>\n    <name>{name}</name>\n{messages}</context>\n</TS>"),
                  encoding="utf-8")


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True, text=True)


def main() -> int:
    I18N.mkdir(parents=True, exist_ok=True)
    for lang in LANGUAGES:
        ts = ts_path(lang)
        known = known_translations(ts)
        lupdate(ts, lang)
        add_context(ts, CATALOG, catalog_texts())
        add_context(ts, ENGINE, engine_templates())
        if lang == SOURCE_LANGUAGE:
            complete_as_source(ts)
        else:
            carry_over(ts, known)
        lrelease(ts, qm_path(lang))
        unfinished = ts.read_text(encoding="utf-8").count('type="unfinished"')
        messages = ts.read_text(encoding="utf-8").count("<message>")
        print(f"{ts.relative_to(ROOT)}: {messages} messages, {unfinished} unfinished")
    return 0


if __name__ == "__main__":
    sys.exit(main())
