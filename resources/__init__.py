"""Non-code assets, installed as the package ``simulator.resources`` (pyproject.toml maps this folder):
translations (i18n/*.ts, compiled to *.qm by tools/update_translations.py) and the built-in lessons."""

from pathlib import Path

FOLDER = Path(__file__).resolve().parent
I18N = FOLDER / "i18n"
LESSONS = FOLDER / "lessons"
