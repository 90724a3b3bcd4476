"""A row of large, checkable buttons: a touch-friendly single choice instead of a drop-down."""

from __future__ import annotations

from typing import Any, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QPushButton, QWidget


class ChoiceButtons(QWidget):
    """Shows (value, text) options as buttons; exactly one can be chosen."""

    changed = Signal(object)

    def __init__(self, options: Sequence[tuple[Any, str]] = (), *, columns: int = 3, accessible_prefix: str = "") -> None:
        super().__init__()
        self.columns = columns
        self.accessible_prefix = accessible_prefix
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.layout_ = QGridLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.values: dict[QPushButton, Any] = {}
        self.group.buttonClicked.connect(lambda b: self.changed.emit(self.values[b]))
        self.set_options(options)

    def set_options(self, options: Sequence[tuple[Any, str]]) -> None:
        for existing in list(self.values):
            self.group.removeButton(existing)
            existing.deleteLater()
        self.values = {}
        for index, (value, text) in enumerate(options):
            option = QPushButton(text)
            option.setCheckable(True)
            option.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            option.setAccessibleName(f"{self.accessible_prefix}{text}")
            self.group.addButton(option)
            self.values[option] = value
            self.layout_.addWidget(option, index // self.columns, index % self.columns)

    def value(self) -> Any:
        checked = self.group.checkedButton()
        return self.values.get(checked) if checked is not None else None

    def select(self, value: Any) -> None:
        for option, option_value in self.values.items():
            if option_value == value:
                option.setChecked(True)

    def button_for(self, value: Any) -> QPushButton:
        return next(b for b, v in self.values.items() if v == value)
