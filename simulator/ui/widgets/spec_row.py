"""One editable spec (an optimizer or a scheduler): a text field in PyTorch syntax plus form controls.

The text is the single source of truth. The form is another way to write it: each edit there is turned
into spec text and parsed by the same catalog, so both routes give the same checks and messages. A spec
that does not parse shows its message under the field; the last valid spec stays in force.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...engine.said import spoken
from ...engine.specs import BOOL, CHOICE, FLOATS, INTS, REQUIRED, Catalog, Spec, SpecError, format_value
from .. import theme
from .fields import FieldGrid

TYPING_DELAY_MS = 350
FORM_COLUMNS = (3, 2, 1)  # fields per row: as many as fit (presentation mode, a narrow side column)
FORM_INDENT = 24
FIELD_MIN_WIDTH = 70  # at scale 1.0


class SpecRow(QWidget):
    sig_changed = Signal(object)  # the new valid Spec (None: an optional spec left empty)
    sig_remove_requested = Signal()

    def __init__(self, catalog: Catalog, text: str, color: QColor | None, context_words: dict[str, str] | None = None,
                 optional: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.catalog = catalog
        self.optional = optional  # an empty text means "no spec" (e.g. a racer without a scheduler)
        self.context_words = context_words or {}  # e.g. {"epochs": "all epochs"} for placeholders
        self.spec: Spec | None = None
        self._fields: dict[str, QWidget] = {}

        self.swatch = QLabel()
        self.swatch.setFixedSize(18, 18)
        if color is not None:
            theme.on_restyle(self.swatch, lambda s: s.setStyleSheet(
                f"background: {theme.recolor(color).name()}; border-radius: 3px;"))
        if color is None:  # (never setVisible(True) before the layout adopts it: it would flash up as a window)
            self.swatch.hide()
        self.kind = QComboBox()
        if optional:
            self.kind.addItem(self.tr("no {0}").format(self.tr(catalog.kind)))
        self.kind.addItems(catalog.names)
        self.kind.setToolTip(self.tr("Choose the {0}").format(self.tr(catalog.kind)))
        self.kind.activated.connect(self._kind_chosen)
        self.edit = QLineEdit()
        if optional:
            self.edit.setPlaceholderText(self.tr("no {0} (choose one or type it)").format(self.tr(catalog.kind)))
        self.edit.setToolTip(self.tr("Write it as in PyTorch, e.g. {0}").format(catalog.entries[0].example))
        self.edit.textEdited.connect(lambda _: self._typing.start())
        self.edit.returnPressed.connect(self._parse_text)
        self.remove_button = QToolButton()
        self.remove_button.setText("✕")
        self.remove_button.setToolTip(self.tr("Remove"))
        self.remove_button.clicked.connect(self.sig_remove_requested)
        if optional:
            self.remove_button.hide()
        self.error = QLabel()
        theme.colored(self.error, "error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.form = FieldGrid((), FORM_COLUMNS)  # rebuilt for each kind of spec
        self.form_box = QVBoxLayout()
        self.form_box.setContentsMargins(FORM_INDENT, 0, 0, 0)
        self.form_box.addWidget(self.form)

        top = QHBoxLayout()
        top.addWidget(self.swatch)
        top.addWidget(self.edit, 1)
        top.addWidget(self.remove_button)
        below = QHBoxLayout()
        below.setContentsMargins(FORM_INDENT, 0, 0, 0)
        below.addWidget(self.kind)
        below.addStretch(1)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 4, 0, 8)
        box.addLayout(top)
        box.addWidget(self.error)
        box.addLayout(below)
        box.addLayout(self.form_box)

        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_DELAY_MS)
        self._typing.timeout.connect(self._parse_text)
        self.set_text(text)
        theme.on_restyle(self, lambda _: self._restyle_form(), "form")

    # -- the form's columns follow the width (FieldGrid) ----------------------------------------------
    def _field_min_width(self) -> int:
        return round(FIELD_MIN_WIDTH * theme.scale)

    def _restyle_form(self) -> None:
        for field in self._fields.values():
            if isinstance(field, QLineEdit):
                field.setMinimumWidth(self._field_min_width())
        self.form.refit()

    # -- the text -----------------------------------------------------------------------------------
    def set_text(self, text: str) -> bool:
        self.edit.setText(text)
        self.edit.setCursorPosition(0)  # show the name, not the tail of a long spec
        return self._parse_text()

    def _parse_text(self) -> bool:
        self._typing.stop()
        if self.optional and not self.edit.text().strip():
            self.show_error(None)
            self._build_form(None)
            changed, self.spec = self.spec is not None, None
            if changed:
                self.sig_changed.emit(None)
            return True
        try:
            spec = self.catalog.parse(self.edit.text())
        except SpecError as e:
            self.show_error(str(e))
            return False
        self._accept(spec)
        return True

    def _accept(self, spec: Spec) -> None:
        self.show_error(None)
        if self.spec is None or spec.entry is not self.spec.entry:
            self._build_form(spec)
        self._fill_form(spec)
        changed = self.spec != spec
        self.spec = spec
        if changed:
            self.sig_changed.emit(spec)

    def show_error(self, message: str | None) -> None:
        """Show a problem under the field (None clears it). The last valid spec stays in force."""
        self.error.setText(spoken(message) if message else "")  # (an engine message in the user's language)
        self.error.setVisible(bool(message))
        self.edit.setStyleSheet(f"border: 2px solid {theme.color('error').name()};" if message else "")

    # -- the form -----------------------------------------------------------------------------------
    def _kind_chosen(self, index: int) -> None:
        if self.optional:
            if index == 0:
                self.set_text("")
                return
            index -= 1
        entry = self.catalog.entries[index]
        if self.spec is None or entry is not self.spec.entry:
            self.set_text(entry.example or f"{entry.name}()")

    def _build_form(self, spec: Spec | None) -> None:
        self.form.hide()  # at once (deleteLater waits for the event loop)
        self.form.deleteLater()
        self._fields = {}
        fields = []
        offset = 1 if self.optional else 0
        self.kind.setCurrentIndex(0 if spec is None else self.catalog.entries.index(spec.entry) + offset)
        params = () if spec is None else spec.entry.params
        for p in params:
            if p.kind == BOOL:
                field = QCheckBox()
                field.toggled.connect(self._form_edited)
            elif p.kind == CHOICE:
                field = QComboBox()
                field.addItems(p.choices)
                field.activated.connect(self._form_edited)
            else:
                field = QLineEdit()
                if p.context in self.context_words:
                    field.setPlaceholderText(self.context_words[p.context])
                elif p.default is REQUIRED:
                    field.setPlaceholderText(self.tr("required"))
                elif p.default is not None:
                    field.setPlaceholderText(format_value(p.default))
                field.setMinimumWidth(self._field_min_width())
                field.editingFinished.connect(self._form_edited)
            field.setToolTip(p.help)
            fields.append((p.name, field))
            self._fields[p.name] = field
        self.form = FieldGrid(fields, FORM_COLUMNS)
        for (label, _), p in zip(self.form.pairs, params, strict=True):
            label.setToolTip(p.help)
        self.form_box.addWidget(self.form)

    def _fill_form(self, spec: Spec) -> None:
        given = spec.kwargs
        for p in spec.entry.params:
            field = self._fields[p.name]
            value = given.get(p.name, p.default)
            field.blockSignals(True)
            if isinstance(field, QCheckBox):
                field.setChecked(bool(value))
            elif isinstance(field, QComboBox):
                field.setCurrentText(str(value))
            else:
                field.setText(format_value(given[p.name]) if p.name in given else "")
            field.blockSignals(False)

    def _form_edited(self, *_):
        if self.spec is None:
            return
        parts = []
        for p in self.spec.entry.params:
            field = self._fields[p.name]
            if isinstance(field, QCheckBox):
                if field.isChecked() != p.default:
                    parts.append(f"{p.name}={format_value(field.isChecked())}")
            elif isinstance(field, QComboBox):
                if field.currentText() != p.default:
                    parts.append(f"{p.name}={format_value(field.currentText())}")
            elif text := field.text().strip():
                # typed text goes in as written, so the parser judges it exactly like spec text;
                # "50, 125" in a list field means the list [50, 125]
                if p.kind == INTS and not text.startswith(("[", "(")):
                    text = f"[{text}]"
                elif p.kind == FLOATS and not text.startswith(("[", "(")):
                    text = f"({text})"
                parts.append(f"{p.name}={text}")
        self.set_text(f"{self.spec.entry.name}({', '.join(parts)})")
