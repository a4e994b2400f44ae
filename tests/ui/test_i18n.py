"""Translations: complete, up to date with the code, compiled, and actually shown."""

from __future__ import annotations

import ast
import html
import importlib.util
import re
import string
import xml.etree.ElementTree as ET
from pathlib import Path

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabWidget,
)

from simulator import languages
from simulator.ui import engine_texts, i18n
from simulator.ui.main_window import MainWindow
from simulator.ui.panels import PANELS

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("update_translations", ROOT / "tools" / "update_translations.py")
update = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(update)


def messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source, translation element) of every message in a .ts file."""
    root = ET.parse(ts).getroot()
    return [(context.findtext("name"), m.findtext("source"), m.find("translation"))
            for context in root.iter("context") for m in context.iter("message")]


def fields(text: str) -> list[tuple[str, str]]:
    """The format fields of a text, e.g. '{0:.{1}g} and {2}' -> [('0', '.{1}g'), ('2', '')]."""
    return sorted((name, spec) for _, name, spec, _ in string.Formatter().parse(text) if name is not None)


def tags(text: str) -> list[str]:
    return sorted(re.findall(r"</?[A-Za-z][^<>]*>", text))


@pytest.mark.parametrize("lang", list(update.LANGUAGES))
def test_every_message_is_translated_with_the_same_placeholders_and_tags(lang):
    found = messages(update.ts_path(lang))
    assert len(found) > 300
    problems = []
    for context, source, translation in found:
        text = translation.text or ""
        if not text.strip() or translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{context}: {source!r} is not translated")
        elif fields(source) != fields(text):
            problems.append(f"{context}: {source!r} -> {text!r}: placeholders differ")
        elif tags(source) != tags(text):
            problems.append(f"{context}: {source!r} -> {text!r}: HTML tags differ")
        elif lang == update.SOURCE_LANGUAGE and text != source:
            problems.append(f"{context}: {source!r} -> {text!r}: English should equal the source")
    assert not problems, "\n".join(problems)


def test_the_ts_files_hold_every_string_of_the_code(tmp_path):
    fresh = tmp_path / "fresh.ts"
    update.lupdate(fresh, "zh_CN")
    in_code = {(c, s) for c, s, _ in messages(fresh)}
    for lang in update.LANGUAGES:
        committed = {(c, s) for c, s, _ in messages(update.ts_path(lang))}
        missing = sorted(in_code - committed)
        assert not missing, (f"strings not in {update.ts_path(lang).name} (run tools/update_translations.py and "
                             f"translate them): {missing}")


def test_no_literal_tr_inside_an_f_string():
    """lupdate does not look inside f-string replacement fields: a tr("...") there is never translated."""
    hidden = []
    for path in update.ui_sources():
        tree = ast.parse((ROOT / path).read_text(encoding="utf-8"))
        for fstring in (n for n in ast.walk(tree) if isinstance(n, ast.JoinedStr)):
            for call in (n for n in ast.walk(fstring) if isinstance(n, ast.Call)):
                name = getattr(call.func, "attr", getattr(call.func, "id", ""))
                if name in ("tr", "translate") and any(isinstance(a, ast.Constant) for a in call.args):
                    hidden.append(f"{path}:{call.lineno}")
    assert not hidden, f"move these tr() calls out of their f-strings: {hidden}"


@pytest.mark.parametrize("lang", list(update.LANGUAGES))
def test_the_committed_qm_files_are_compiled_from_the_ts_files(tmp_path, lang):
    qm = tmp_path / f"{lang}.qm"
    update.lrelease(update.ts_path(lang), qm)
    assert qm.read_bytes() == update.qm_path(lang).read_bytes(), \
        f"{update.qm_path(lang).name} is stale: run tools/update_translations.py"


def test_the_package_loads_the_shipped_files():
    assert i18n.TRANSLATIONS == update.I18N
    assert set(languages.LANGUAGES) == set(update.LANGUAGES)


def test_engine_vocabulary_shown_through_tr_is_listed_for_translation():
    """engine_texts must follow the engine: a new status, preset or schedule would otherwise stay English."""
    from simulator.engine import backprop, batches, lr_effect, optimizers, race, schedules, stories, training_jobs

    expected = {
        "LR_PRESETS": {t for _, name, meaning in lr_effect.PRESETS for t in (name, meaning)},
        "RACE_STATUSES": {race.RUNNING, race.CONVERGED, race.STALLED, race.LEFT_VIEW, race.DIVERGED},
        "BATCH_KINDS": {batches.plan(10, size, 1).kind for size in (10, 4, 1)},
        "PHASES": set(backprop.PHASES),
        "CATALOG_KINDS": {optimizers.OPTIMIZERS.kind, schedules.SCHEDULERS.kind},
        "RESTART_REASONS": set(training_jobs.RESTART_REASONS),
        "STORIES": {t for story in (stories.overfit(None), stories.why_batchnorm()) for t in (story.name, story.about)},
        "STORY_RUNS": {run.label for story in (stories.overfit(None), stories.why_batchnorm()) for run in story.runs},
    }
    for name, texts in expected.items():
        listed = set(getattr(engine_texts, name))
        assert texts <= listed, f"engine_texts.{name} misses {texts - listed}"


def test_the_catalogs_texts_are_collected_and_translated(qapp):
    """An optimizer's or scheduler's rule, 'how it moves' and 'when to use it' come from its catalog entry
    alone: the translation tool collects them, and the panels show them in Chinese (a rule written only in
    symbols may stay as it is; one with words is translated)."""
    from simulator.engine import optimizers, schedules
    from simulator.ui.engine_texts import catalog_text

    entries = optimizers.OPTIMIZERS.entries + schedules.SCHEDULERS.entries
    texts = {t for e in entries for t in (e.rule, e.style, e.use)}
    assert set(update.catalog_texts()) == texts
    symbols = {"gamma", "epoch", "power", "factor"}  # torch's parameter names, kept in a formula
    worded = {t for t in texts if set(re.findall(r"\b[a-z]{4,}\b", t)) - symbols}
    try:
        assert i18n.install(qapp, "zh_CN") == "zh_CN"
        assert all(catalog_text(t) != t for t in worded), [t for t in worded if catalog_text(t) == t]
    finally:
        i18n.install(qapp, "en")


def test_language_names_and_system_language():
    assert languages.normalize("zh") == languages.normalize("zh_TW") == languages.normalize("zh-Hans-CN") == "zh_CN"
    assert languages.normalize("de_DE") == languages.normalize(None) == "en"
    assert i18n.system_language() in languages.LANGUAGES


@pytest.fixture
def chinese(qapp):
    assert i18n.install(qapp, "zh_CN") == "zh_CN"
    yield
    assert i18n.install(qapp, "en") == "en"


def test_install_translates_ours_and_qt_standard_texts_and_back(qapp, chinese):
    assert QCoreApplication.translate("MainWindow", "Backpropagation") == "反向传播"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"  # QMessageBox / QDialogButtonBox
    assert QCoreApplication.translate("QFileDialog", "Save As") != "Save As"
    assert i18n.install(qapp, "en") == "en"
    assert QCoreApplication.translate("MainWindow", "Backpropagation") == "Backpropagation"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    assert i18n.install(qapp, "zh_CN") == "zh_CN"  # and again: the earlier translators were removed
    assert QCoreApplication.translate("MainWindow", "Backpropagation") == "反向传播"


CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")
ENGLISH = re.compile(r"\b[A-Za-z]{3,}\s+[A-Za-z]{3,}\b")  # two words in a row: a phrase nobody translated


def visible_texts(root) -> list[tuple[str, str]]:
    """(where, text) of what the user reads: labels, buttons, group boxes, tabs, combo items, placeholders,
    table headers, plot titles, axis titles and legends, of the visible widgets under ``root``."""
    out = []
    for w in root.findChildren(QLabel):
        if w.isVisible():
            out.append((f"QLabel {w.objectName()}", w.text()))
    for w in root.findChildren(QAbstractButton):
        if w.isVisible():
            out.append((type(w).__name__, w.text()))
    for w in root.findChildren(QGroupBox):
        if w.isVisible():
            out.append(("QGroupBox", w.title()))
    for w in root.findChildren(QTabWidget):
        if w.isVisible():
            out += [("tab", w.tabText(i)) for i in range(w.count())]
    for w in root.findChildren(QComboBox):
        if w.isVisible():
            out += [("QComboBox item", w.itemText(i)) for i in range(w.count())]
    for w in root.findChildren(QLineEdit):
        if w.isVisible():
            out.append(("placeholder", w.placeholderText()))
    for w in root.findChildren(QAbstractItemView):
        model = w.model()
        if w.isVisible() and model is not None:
            out += [("table header", str(model.headerData(c, Qt.Horizontal) or ""))
                    for c in range(model.columnCount())]
    for w in root.findChildren(pg.PlotWidget):
        if w.isVisible():
            item = w.getPlotItem()
            out.append(("plot title", item.titleLabel.text))
            out += [(f"{side} axis", item.getAxis(side).labelText) for side in ("left", "bottom")]
            if item.legend is not None:
                out += [("legend", label.text) for _, label in item.legend.items]
    return out


def english_phrases(texts) -> list[str]:
    found = []
    for where, text in texts:
        plain = html.unescape(re.sub(r"</?[A-Za-z][^<>]*>", " ", text or "")).replace("&", "")
        if not CJK.search(plain) and ENGLISH.search(plain):
            found.append(f"{where}: {plain!r}")
    return found


def test_the_window_and_every_panel_speak_chinese(chinese, ready_controller, settings, qtbot):
    window = MainWindow(ready_controller, settings, next(iter(PANELS)))
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.sig_panel_ready, timeout=20_000):
        window.show()
    texts = [("window title", window.windowTitle())]
    texts += [("menu", a.text()) for a in window.findChildren(QAction)]
    texts += [("main tab", window.tabs.tabText(i)) for i in range(window.tabs.count())]
    assert window.tabs.tabText(0) == "反向传播"
    for name in PANELS:
        panel = window.open_panel(name)
        qtbot.waitUntil(ready_controller.idle, timeout=30_000)  # results shown: verdicts, counters, tables
        tabs = panel.findChildren(QTabWidget) or [None]
        for inner in tabs:
            for i in range(inner.count() if inner else 1):
                if inner:
                    inner.setCurrentIndex(i)
                texts += [(f"{name}: {where}", text) for where, text in visible_texts(panel)]
    offenders = sorted(set(english_phrases(texts)))
    assert not offenders, "English left in the Chinese interface:\n" + "\n".join(offenders)
    window.close()


def test_the_backprop_steps_phase_reads_in_chinese_in_the_formula_and_the_table(chinese, show_panel, qtbot):
    from simulator.ui.panels.backprop import BackpropPanel

    panel = show_panel(BackpropPanel)
    qtbot.waitUntil(lambda: panel.record is not None, timeout=20_000)
    panel.playback.last()  # the last step is an update
    assert panel.explanation.phase_label.text().startswith("更新 · ")
    model = panel.step_model
    assert model.data(model.index(0, 1)) == "前向传播" and model.data(model.index(model.rowCount() - 1, 1)) == "更新"


def test_the_race_title_names_its_surface_in_chinese(chinese, show_panel, qtbot):
    from simulator.ui.panels.race import RacePanel

    panel = show_panel(RacePanel)
    panel.load_preset("ravine")
    qtbot.waitUntil(lambda: panel.record is not None and panel.record.surface.name == "ravine", timeout=20_000)
    qtbot.waitUntil(lambda: panel.figure.plot_item.titleLabel.text.startswith("峡谷"), timeout=10_000)  # as its combo


def test_the_trace_names_its_paths_and_the_stories_their_runs_in_chinese(qapp):
    from simulator.engine import backprop, network, stories
    from simulator.ui.panels.backprop.steps import StepTable

    trace = backprop.trace(network.classic())
    try:
        assert i18n.install(qapp, "zh_CN") == "zh_CN"
        table = StepTable()
        table.show(trace.steps, len(trace.steps), 6)
        names = [table.row_texts(k)[2] for k in range(len(trace.steps))]
        assert "∂E/∂out_h1 经由 o1" in names and not any(" via " in n for n in names)
        table.set_checking(True)  # what a student types stays the engine's name
        assert "∂E/∂out_h1 via o1" in [table.row_texts(k)[1] for k in range(len(trace.steps))]
        labels = [QCoreApplication.translate("TrainingPanel", run.label) for run in stories.overfit(None).runs]
        assert labels[0] == "不加正则化" and labels[3] == "权重衰减 1e-2"
    finally:
        i18n.install(qapp, "en")


def test_engine_messages_are_said_in_the_interface_language(qapp):
    """A spec error made in the engine (or in the compute process, pickled on its way) reads Chinese in the
    Chinese window, and stays English without a translator (the CLI's default)."""
    import pickle

    from simulator.engine.expressions import parse_expression
    from simulator.engine.optimizers import OPTIMIZERS
    from simulator.engine.said import Said
    from simulator.engine.specs import SpecError
    from simulator.ui.engine_texts import speak

    with pytest.raises(SpecError) as caught:
        OPTIMIZERS.parse("Adam(lr=-1)")
    assert str(caught.value) == "column 9: Adam: lr must be at least 0.0, got -1"
    travelled = pickle.loads(pickle.dumps(caught.value.said()))  # what the compute process sends
    assert isinstance(travelled, Said) and travelled == "column 9: Adam: lr must be at least 0.0, got -1"
    try:
        assert i18n.install(qapp, "zh_CN") == "zh_CN"
        assert speak(travelled) == str(caught.value) == "第 9 列：Adam：lr 必须不小于 0.0，现在是 -1"
        with pytest.raises(SpecError) as unknown:
            OPTIMIZERS.parse("Adamm(lr=0.1)")
        assert str(unknown.value).startswith("第 1 列：未知的优化器“Adamm”（是不是想写 Adam？）")
        with pytest.raises(SpecError) as formula:
            parse_expression("x**")
        assert str(formula.value) == "第 4 列：不是有效的公式：公式没有写完"
    finally:
        i18n.install(qapp, "en")
    assert str(caught.value) == "column 9: Adam: lr must be at least 0.0, got -1"
    assert "must be at least {bound}, got {value}" in update.engine_templates()
