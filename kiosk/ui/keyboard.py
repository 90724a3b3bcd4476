"""An on-screen keyboard for the shopper's fields (order number and email).

Its keys never take the focus, so typing goes to the field the shopper last touched.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLineEdit, QPushButton, QWidget

ROWS = (
    "1234567890",
    "QWERTYUIOP",
    "ASDFGHJKL@",
    "ZXCVBNM.-_",
)


class OnScreenKeyboard(QWidget):
    typed = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.target: QLineEdit | None = None
        self.lowercase = True  # (QWidget.lower is a method: a name of our own)
        self.setObjectName("keyboard")
        grid = QGridLayout(self)
        grid.setSpacing(4)
        self.keys: list[QPushButton] = []
        for row, letters in enumerate(ROWS):
            for column, letter in enumerate(letters):
                key = self._key(letter, lambda _=False, ch=letter: self.press(ch))
                self.keys.append(key)
                grid.addWidget(key, row, column)
        self.case_key = self._key("⇧", self.toggle_case)
        self.space_key = self._key("", lambda: self.press(" "))
        self.backspace_key = self._key("⌫", self.backspace)
        self.clear_key = self._key("", self.clear)
        grid.addWidget(self.case_key, 4, 0, 1, 2)
        grid.addWidget(self.space_key, 4, 2, 1, 4)
        grid.addWidget(self.backspace_key, 4, 6, 1, 2)
        grid.addWidget(self.clear_key, 4, 8, 1, 2)
        self._label_letters()
        self.retranslate()

    def _key(self, text: str, action: Callable[..., object]) -> QPushButton:
        key = QPushButton(text)
        key.setObjectName("key")
        key.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        key.setMinimumSize(48, 48)
        key.clicked.connect(action)
        return key

    def retranslate(self) -> None:
        self.case_key.setAccessibleName(self.tr("Shift"))
        self.space_key.setText(self.tr("Space"))
        self.space_key.setAccessibleName(self.tr("Space"))
        self.backspace_key.setAccessibleName(self.tr("Delete last character"))
        self.clear_key.setText(self.tr("Clear"))
        self.clear_key.setAccessibleName(self.tr("Clear field"))

    def _label_letters(self) -> None:
        for key in self.keys:
            letter = key.property("letter") or key.text()
            key.setProperty("letter", letter)
            shown = letter.lower() if self.lowercase else letter.upper()
            key.setText(shown)
            key.setAccessibleName(shown)

    def attach(self, field: QLineEdit) -> None:
        self.target = field

    def press(self, letter: str) -> None:
        if self.target is None:
            return
        text = letter.lower() if self.lowercase else letter.upper()
        self.target.insert(text)
        self.typed.emit(text)

    def toggle_case(self) -> None:
        self.lowercase = not self.lowercase
        self._label_letters()

    def backspace(self) -> None:
        if self.target is not None:
            self.target.backspace()

    def clear(self) -> None:
        if self.target is not None:
            self.target.clear()
