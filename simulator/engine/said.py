"""Messages that can be said in the user's language: the engine writes English, but a message made with
``said("template {name}", name=...)`` keeps its template and arguments, so the UI (ui/engine_texts.speak)
and the CLI with ``--lang`` translate the template and fill it in. tools/update_translations.py collects
every template written as ``said("...")`` under the context "Engine".

Qt-free; a Said is a str (its English text), so it travels through the compute process, files and
f-strings as any message does.
"""

from __future__ import annotations


class Said(str):
    """An English message that remembers its template and arguments (which may be Saids themselves)."""

    template: str
    args: dict

    def __new__(cls, template: str, **args):
        text = super().__new__(cls, template.format(**args))
        text.template, text.args = template, args
        return text

    def __reduce__(self):  # (pickled with its template, e.g. from the compute process to the window)
        return _rebuild, (self.template, self.args)


def _rebuild(template: str, args: dict) -> Said:
    return Said(template, **args)


def said(template: str, **args) -> Said:
    """The message ``template`` filled with ``args``; write the template literally, so it is collected."""
    return Said(template, **args)


# How a message is said where it is shown: the UI (and the CLI with --lang) installs its translator here;
# None keeps the English text.
speaker = None


def spoken(message: str) -> str:
    """``message`` in the language the speaker speaks (the English text without one)."""
    return speaker(message) if speaker is not None and isinstance(message, Said) else str.__str__(message)
