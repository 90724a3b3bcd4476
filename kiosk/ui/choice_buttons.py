"""A row of large, checkable buttons: a touch-friendly single choice instead of a drop-down."""

from __future__ import annotations

from typing import Any, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QPushButton, QWidget

from kiosk.ui.wrapping_button import WrappingButton


class ChoiceButtons(QWidget):
    """Shows (value, text) options as buttons; exactly one can be chosen."""

    changed = Signal(object)

    def __init__(self, options: Sequence[tuple[Any, str]] = (), *, columns: int = 3, accessible_prefix: str = "",
                 wrap: bool = False) -> None:
        super().__init__()
        self.columns = columns
        self.wrap = wrap  # long words wrap inside the buttons (kiosk.ui.wrapping_button)
        self.accessible_prefix = accessible_prefix
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.layout_ = QGridLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.values: dict[QPushButton, Any] = {}
        self._placed_columns = 0
        self.group.buttonClicked.connect(lambda b: self.changed.emit(self.values[b]))
        self.group.buttonToggled.connect(self._mark)
        self.texts: dict[QPushButton, str] = {}
        self.set_options(options)

    def set_options(self, options: Sequence[tuple[Any, str]]) -> None:
        for existing in list(self.values):
            self.group.removeButton(existing)
            existing.setParent(None)
            existing.deleteLater()
        self.values = {}
        self.texts = {}
        for value, text in options:
            option = WrappingButton(text) if self.wrap else QPushButton(text)
            self.texts[option] = text
            option.setCheckable(True)
            option.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            option.setAccessibleName(f"{self.accessible_prefix}{text}")
            self.group.addButton(option)
            self.values[option] = value
        self._placed_columns = 0
        self._relayout()

    def fitting_columns(self) -> int:
        """As many columns as the widest option allows in the current width (at most ``columns``)."""
        if not self.values or self.width() <= 0:
            return self.columns
        widest = max(option.sizeHint().width() for option in self.values) + self.layout_.horizontalSpacing()
        return max(1, min(self.columns, self.width() // max(1, widest)))

    def _relayout(self) -> None:
        columns = self.fitting_columns()
        if columns == self._placed_columns:
            return
        for option in self.values:
            self.layout_.removeWidget(option)
        for index, option in enumerate(self.values):
            self.layout_.addWidget(option, index // columns, index % columns)
        self._placed_columns = columns

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._relayout()

    def _mark(self, option: QPushButton, checked: bool) -> None:
        """A tick on the chosen option, so the choice never rests on colour alone."""
        text = self.texts.get(option, option.text())
        option.setText(f"✓ {text}" if checked else text)

    def value(self) -> Any:
        checked = self.group.checkedButton()
        return self.values.get(checked) if isinstance(checked, QPushButton) else None

    def select(self, value: Any) -> None:
        for option, option_value in self.values.items():
            if option_value == value:
                option.setChecked(True)

    def button_for(self, value: Any) -> QPushButton:
        return next(b for b, v in self.values.items() if v == value)
