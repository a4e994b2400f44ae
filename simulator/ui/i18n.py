"""The interface language: our translations (resources/i18n) plus Qt's own for its standard
texts (dialog buttons, file dialogs, context menus).

Installing a translator translates texts created afterwards; widgets that already exist keep their texts
(rebuild them after ``install``). Strings that come from the engine stay English except the vocabulary
listed in ``engine_texts``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..engine import said
from ..languages import SOURCE as DEFAULT_LANGUAGE
from ..languages import normalize
from ..resources import I18N
from .engine_texts import speak

TRANSLATIONS = I18N
QT_CATALOGS = ("qtbase",)  # Qt's own catalogs to load with ours (qtbase: QMessageBox, QFileDialog, QLineEdit…)

_installed: list[QTranslator] = []  # kept referenced while installed: Qt does not own translators
_active = DEFAULT_LANGUAGE


def system_language() -> str:
    """The language the system asks for: any Chinese locale → 'zh_CN', everything else → 'en'."""
    return normalize(QLocale.system().name())


def translation_file(lang: str) -> Path:
    return TRANSLATIONS / f"descentlab_{lang}.qm"


def install(app: QCoreApplication, lang: str | None) -> str:
    """Replace the translators installed by an earlier call with ours and Qt's for ``lang``.

    Returns the language now active: ``lang`` (normalised), or 'en' when its translations cannot be loaded.
    """
    global _active
    said.speaker = speak  # engine messages made with said() are shown through our translations
    lang = normalize(lang)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _active = DEFAULT_LANGUAGE
    ours = QTranslator()
    if not ours.load(str(translation_file(lang))):
        return _active  # the source texts are English: nothing else to install
    qt_dir = QLibraryInfo.path(QLibraryInfo.TranslationsPath)
    for catalog in QT_CATALOGS:  # Qt's first: the translator installed last is asked first
        qt = QTranslator()
        if lang != DEFAULT_LANGUAGE and qt.load(f"{catalog}_{lang}", qt_dir):
            app.installTranslator(qt)
            _installed.append(qt)
    app.installTranslator(ours)
    _installed.append(ours)
    _active = lang
    return lang


def active_language() -> str:
    """The language set by the last ``install`` ('en' before any)."""
    return _active
