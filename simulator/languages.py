"""The interface languages, listed once (Qt-free: the CLI, lessons and the translation tool read it too).

A language is the locale name of its translation file (``resources/i18n/descentlab_<name>.qm``), its
own name as the Language menu shows it, and the short name ``render --lang`` takes. Adding one: a line
here, then ``python tools/update_translations.py`` creates its .ts file to translate.
"""

from __future__ import annotations

LANGUAGES = {"en": "English", "zh_CN": "中文"}  # locale name → the language's name in itself
SHORT = {"en": "en", "zh": "zh_CN"}  # short name (command line) → locale name
SOURCE = "en"  # the language of the source texts
NEW_LESSON_TITLE = {"en": "My lesson", "zh_CN": "我的课"}


def normalize(lang: str | None) -> str:
    """A key of LANGUAGES for a language or locale name: 'zh', 'zh_CN', 'zh-Hans-CN' → 'zh_CN'; else 'en'."""
    if lang in LANGUAGES:
        return lang
    prefix = (lang or "").replace("-", "_").lower().split("_")[0]
    return next((name for name in LANGUAGES if name.lower().split("_")[0] == prefix), SOURCE) if prefix else SOURCE
