"""One editable spec (an optimizer or a scheduler): a text field in PyTorch syntax plus form controls.

The text is the single source of truth. The form is another way to write it: each edit there is turned
into spec text and parsed by the same catalog, so both routes give the same checks and messages. A spec
that does not parse shows its message under the field; the last valid spec stays in force.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...engine.specs import BOOL, CHOICE, FLOATS, INTS, REQUIRED, Catalog, Spec, SpecError, format_value
from .. import theme

TYPING_DELAY_MS = 350
FORM_COLUMNS = 3  # at most; fewer when the row is narrow (presentation mode, a narrow side column)
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
        self._pairs: list[tuple[QLabel, QWidget]] = []  # the form's (label, field) pairs in order
        self._columns = FORM_COLUMNS

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
        self.form = QGridLayout()
        self.form.setContentsMargins(FORM_INDENT, 0, 0, 0)

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
        box.addLayout(self.form)

        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_DELAY_MS)
        self._typing.timeout.connect(self._parse_text)
        self.set_text(text)
        theme.on_restyle(self, lambda _: self._restyle_form(), "form")

    # -- the form's columns follow the width ----------------------------------------------------------
    def _field_min_width(self) -> int:
        return round(FIELD_MIN_WIDTH * theme.scale)

    def _restyle_form(self) -> None:
        for _, field in self._pairs:
            if isinstance(field, QLineEdit):
                field.setMinimumWidth(self._field_min_width())
        self._arrange(self._fitting_columns(self.width()))
        self.updateGeometry()

    def _pair_width(self) -> int:
        """The width one label + field column pair needs (the widest label, a field at its minimum)."""
        if not self._pairs:
            return 1
        spacing = max(0, self.form.horizontalSpacing())
        label = max(label.sizeHint().width() for label, _ in self._pairs)
        field = max(max(f.minimumSizeHint().width(), f.minimumWidth()) for _, f in self._pairs)
        return label + field + 2 * spacing

    def _fitting_columns(self, width: int) -> int:
        return max(1, min(FORM_COLUMNS, (width - FORM_INDENT) // self._pair_width()))

    def _arrange(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        for label, field in self._pairs:
            self.form.removeWidget(label)
            self.form.removeWidget(field)
        for i, (label, field) in enumerate(self._pairs):
            row, col = divmod(i, columns)
            self.form.addWidget(label, row, 2 * col, Qt.AlignRight)
            self.form.addWidget(field, row, 2 * col + 1)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        """As narrow as the form in one column: a narrow row wraps its form rather than being cut off."""
        hint = super().minimumSizeHint()
        if not self._pairs:
            return hint
        return QSize(min(hint.width(), FORM_INDENT + self._pair_width()), hint.height())

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        columns = self._fitting_columns(event.size().width())
        if columns != self._columns:
            self._arrange(columns)
            self.updateGeometry()  # the height changes with the number of rows

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
        self.error.setText(message or "")
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
        while self.form.count():
            widget = self.form.takeAt(0).widget()
            if widget is not None:
                widget.hide()  # at once (deleteLater waits for the event loop)
                widget.deleteLater()
        self._fields = {}
        self._pairs = []
        offset = 1 if self.optional else 0
        self.kind.setCurrentIndex(0 if spec is None else self.catalog.entries.index(spec.entry) + offset)
        for p in () if spec is None else spec.entry.params:
            label = QLabel(p.name)
            label.setToolTip(p.help)
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
            label.setBuddy(field)
            self._pairs.append((label, field))
            self._fields[p.name] = field
        self._columns = 0  # lay the new fields out
        self._arrange(self._fitting_columns(self.width()) if self.width() > FORM_INDENT else FORM_COLUMNS)

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
