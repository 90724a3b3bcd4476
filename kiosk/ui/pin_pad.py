"""An on-screen PIN pad: ten digits, clear and OK, big enough for a finger.

Kiosks have no keyboard and staff PINs must not be read over a shoulder, so the display
only shows one dot per digit and its accessible name says how many digits were typed,
never which. A counter PC's keyboard works too (digits, Backspace, Enter).
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

# Touch targets well above the 48 px minimum (WCAG 2.5.5 asks 44 CSS px).
KEY_SIZE = QSize(80, 64)
MAX_DIGITS = 8


class PinPad(QWidget):
    """Collects up to eight digits; ``submitted`` carries them when OK is pressed."""

    submitted = Signal(str)
    changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._digits: list[str] = []
        self.display = QLabel()
        self.display.setObjectName("pinDisplay")
        self.display.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.display.setMinimumHeight(KEY_SIZE.height())
        self.digit_buttons = {str(n): self._key(str(n)) for n in range(10)}
        self.clear_button = self._key("")
        self.ok_button = self._key("")
        self.ok_button.setObjectName("primary")
        for digit, key in self.digit_buttons.items():
            key.clicked.connect(lambda _=False, d=digit: self.press(d))
        self.clear_button.clicked.connect(self.clear)
        self.ok_button.clicked.connect(self.submit)
        self._lay_out()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.retranslate()

    def _key(self, text: str) -> QPushButton:
        key = QPushButton(text)
        key.setMinimumSize(KEY_SIZE)
        key.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        return key

    def _lay_out(self) -> None:
        grid = QGridLayout()
        grid.setSpacing(8)
        for index, digit in enumerate("123456789"):
            grid.addWidget(self.digit_buttons[digit], index // 3, index % 3)
        grid.addWidget(self.clear_button, 3, 0)
        grid.addWidget(self.digit_buttons["0"], 3, 1)
        grid.addWidget(self.ok_button, 3, 2)
        outer = QVBoxLayout(self)
        outer.addWidget(self.display)
        outer.addLayout(grid)

    def retranslate(self) -> None:
        for digit, key in self.digit_buttons.items():
            key.setText(digit)
            key.setAccessibleName(self.tr("Digit {digit}").format(digit=digit))
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setAccessibleName(self.tr("Clear the PIN"))
        self.ok_button.setText(self.tr("OK"))
        self.ok_button.setAccessibleName(self.tr("Confirm the PIN"))
        self._show()

    # --- entering -------------------------------------------------------------------------

    def pin(self) -> str:
        return "".join(self._digits)

    def press(self, digit: str) -> None:
        if len(self._digits) < MAX_DIGITS and digit.isdigit() and len(digit) == 1:
            self._digits.append(digit)
            self._show()

    def erase(self) -> None:
        if self._digits:
            self._digits.pop()
            self._show()

    def clear(self) -> None:
        self._digits.clear()
        self._show()

    def submit(self) -> None:
        if self._digits:
            self.submitted.emit(self.pin())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        text, key = event.text(), event.key()
        if text.isdigit():
            self.press(text)
        elif key == Qt.Key.Key_Backspace:
            self.erase()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submit()
        elif key == Qt.Key.Key_Escape:
            self.clear()
        else:
            super().keyPressEvent(event)

    def _show(self) -> None:
        count = len(self._digits)
        self.display.setText("●" * count if count else self.tr("Enter PIN"))
        self.display.setAccessibleName(self.tr("PIN, {n} digits entered").format(n=count))
        self.ok_button.setEnabled(count > 0)
        self.changed.emit(count)
