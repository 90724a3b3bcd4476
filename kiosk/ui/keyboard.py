"""The on-screen keyboard: one for every text field of the window and its dialogs.

A kiosk has no keyboard, so whichever text field has the focus gets this one, docked at the
bottom of the window (``KeyboardDock`` in kiosk.ui.keyboard_dock decides when it shows).
Its keys never take the focus, so typing goes to that field. Three layouts:

* text: digits, letters, a few signs (order numbers, return codes, notes);
* email: the same letters with @, "." and ".com" keys and the common mail domains;
* digits: a phone-style pad for numeric fields;
* code: letters, digits and the check symbols of a return code (``* ~ $ =``).

A field asks for a layout with the dynamic property ``keyboard`` ("text", "email",
"digits"); a field with an integer validator gets digits. ``capitals`` True starts a field
in capitals (order numbers and return codes are printed that way).
"""

from __future__ import annotations

from enum import Enum
from typing import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLineEdit, QPushButton, QStackedWidget, QWidget


class Layout(str, Enum):
    TEXT = "text"
    EMAIL = "email"
    DIGITS = "digits"
    CODE = "code"


TEXT_ROWS = ("1234567890", "qwertyuiop", "asdfghjkl-", "zxcvbnm._")
EMAIL_ROWS = ("1234567890", "qwertyuiop", "asdfghjkl_", "zxcvbnm-+")
EMAIL_SIGNS = ("@", ".", ".com")
EMAIL_DOMAINS = ("@gmail.com", "@outlook.com", "@yahoo.com", "@icloud.com", "@hotmail.com")
DIGIT_ROWS = ("123", "456", "789", "+0-")
#: return codes: Crockford base32 and its check symbols (*~$=U), with the dashes they print with
CODE_ROWS = ("1234567890", "QWERTYUIOP", "ASDFGHJKL-", "ZXCVBNM*~$")
COLUMNS = 10


def layout_for(field: QLineEdit) -> Layout:
    asked = field.property("keyboard")
    if isinstance(asked, str) and asked in Layout._value2member_map_:
        return Layout(asked)
    if isinstance(field.validator(), QIntValidator):
        return Layout.DIGITS
    return Layout.TEXT


class OnScreenKeyboard(QWidget):
    # what a key put into the field
    typed = Signal(str)
    # the Next / Done key (the dock moves on to the next field, or submits the last one)
    done = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("keyboard")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.target: QLineEdit | None = None
        self.layout_shown: Layout | None = None
        self.lowercase = True  # (QWidget.lower is a method: a name of our own)
        self.last_field = True
        self._pages: dict[Layout, _KeyPage] = {}
        self.stack = QStackedWidget()
        self.stack.setObjectName("keyboard")
        outer = QHBoxLayout(self)
        outer.setContentsMargins(12, 10, 12, 12)
        outer.addStretch(1)
        outer.addWidget(self.stack, 100)
        outer.addStretch(1)

    # --- which field and which layout -----------------------------------------------------

    def attach(self, field: QLineEdit, *, last_field: bool = True) -> None:
        """Type into ``field`` from now on, in the layout it asks for."""
        self.target = field
        self.last_field = last_field
        self.lowercase = not bool(field.property("capitals"))
        self.show_layout(layout_for(field))

    def show_layout(self, layout: Layout) -> None:
        page = self._pages.get(layout)
        if page is None:  # built the first time a field needs it: none of it at start
            page = self._pages[layout] = _KeyPage(layout, self)
            self.stack.addWidget(page)
        self.layout_shown = layout
        self.stack.setCurrentWidget(page)
        self._refresh()

    def set_max_width(self, width: int) -> None:
        self.stack.setMaximumWidth(width)

    def set_key_height(self, height: float) -> None:
        """Keys as tall as the screen affords (taller on a portrait kiosk), never under 48 px."""
        px = max(48, round(height))
        if self.property("keyHeight") != px:
            self.setProperty("keyHeight", px)
            self.setStyleSheet(f"QPushButton#key, QPushButton#keyAction, QPushButton#keyDone {{ min-height: {px}px; }}")

    @property
    def page(self) -> _KeyPage | None:
        return self._pages.get(self.layout_shown) if self.layout_shown is not None else None

    @property
    def keys(self) -> list[QPushButton]:
        """The keys that type something, in the layout shown."""
        page = self.page
        return list(page.typing) if page is not None else []

    def key_for(self, text: str) -> QPushButton | None:
        """The key that types ``text`` as the keyboard stands (what a person looks for)."""
        return next((key for key in self.keys if self.output(key) == text), None)

    # --- the keys ---------------------------------------------------------------------------

    def press(self, text: str) -> None:
        if self.target is None:
            return
        self.target.insert(text)
        self.typed.emit(text)

    def toggle_case(self) -> None:
        self.lowercase = not self.lowercase
        self._refresh()

    def backspace(self) -> None:
        if self.target is not None:
            self.target.backspace()

    def clear(self) -> None:
        if self.target is not None:
            self.target.clear()

    def retranslate(self) -> None:
        for page in self._pages.values():
            page.retranslate(self.last_field)

    def output(self, key: QPushButton) -> str:
        sign = str(key.property("sign") or "")
        if len(sign) == 1 and sign.isalpha():
            return sign.lower() if self.lowercase else sign.upper()
        return sign

    def _refresh(self) -> None:
        page = self.page
        if page is None:
            return
        for key in page.typing:
            if key.property("named"):
                continue
            shown = self.output(key)
            key.setText(shown)
            key.setAccessibleName(shown)
        page.shift.setChecked(not self.lowercase)
        page.retranslate(self.last_field)


class _KeyPage(QWidget):
    """One layout's keys; the keyboard swaps between them."""

    def __init__(self, layout: Layout, keyboard: OnScreenKeyboard) -> None:
        super().__init__()
        self.keyboard = keyboard
        self.typing: list[QPushButton] = []
        self.domains: list[QPushButton] = []
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(8)
        self.shift = self._action("⇧", keyboard.toggle_case, checkable=True)
        self.backspace = self._action("⌫", keyboard.backspace)
        self.clear = self._action("", keyboard.clear)
        self.space = self._typing(" ", name="keyAction")
        self.space.setProperty("named", True)  # shows "Space", types a space
        self.done = self._action("", keyboard.done.emit, name="keyDone")
        {Layout.TEXT: self._text, Layout.EMAIL: self._email, Layout.DIGITS: self._digits,
         Layout.CODE: self._code}[layout]()
        self.retranslate(True)

    def _text(self) -> None:
        self._rows(TEXT_ROWS)
        self.grid.addWidget(self.backspace, 3, 9)
        self.grid.addWidget(self.shift, 4, 0, 1, 2)
        self.grid.addWidget(self.clear, 4, 2, 1, 2)
        self.grid.addWidget(self.space, 4, 4, 1, 4)
        self.grid.addWidget(self.done, 4, 8, 1, 2)

    def _email(self) -> None:
        self._rows(EMAIL_ROWS)
        self.grid.addWidget(self.backspace, 3, 9)
        self.grid.addWidget(self.shift, 4, 0)
        for column, sign in enumerate(EMAIL_SIGNS, start=1):
            self.grid.addWidget(self._typing(sign), 4, column if column < 3 else 3, 1, 1 if column < 3 else 2)
        self.grid.addWidget(self.clear, 4, 5, 1, 2)
        self.grid.addWidget(self.done, 4, 7, 1, 3)
        row = QHBoxLayout()
        row.setSpacing(8)
        for domain in EMAIL_DOMAINS:
            key = self._typing(domain, name="keyAction")
            self.domains.append(key)
            row.addWidget(key)
        self.grid.addLayout(row, 5, 0, 1, COLUMNS)

    def _code(self) -> None:
        self._rows(CODE_ROWS)
        self.grid.addWidget(self.shift, 4, 0)
        self.grid.addWidget(self._typing("="), 4, 1)
        self.grid.addWidget(self.clear, 4, 2, 1, 2)
        self.grid.addWidget(self.backspace, 4, 4, 1, 2)
        self.grid.addWidget(self.done, 4, 6, 1, 4)
        self.space.hide()

    def _digits(self) -> None:
        for row, signs in enumerate(DIGIT_ROWS):
            for column, sign in enumerate(signs):
                self.grid.addWidget(self._typing(sign), row, column)
        self.grid.addWidget(self.backspace, 0, 3)
        self.grid.addWidget(self.clear, 1, 3)
        self.grid.addWidget(self.done, 2, 3, 2, 1)
        self.shift.hide()
        self.space.hide()

    def _rows(self, rows: tuple[str, ...]) -> None:
        for row, signs in enumerate(rows):
            for column, sign in enumerate(signs):
                self.grid.addWidget(self._typing(sign), row, column)

    def _typing(self, sign: str, *, name: str = "key") -> QPushButton:
        key = _key(sign, name=name)
        key.setProperty("sign", sign)
        key.clicked.connect(lambda _=False, b=key: self.keyboard.press(self.keyboard.output(b)))
        self.typing.append(key)
        return key

    def _action(self, text: str, action: Callable[[], object], *, checkable: bool = False,
                name: str = "keyAction") -> QPushButton:
        key = _key(text, name=name)
        key.clicked.connect(lambda _=False: action())
        key.setCheckable(checkable)
        return key

    def retranslate(self, last_field: bool) -> None:
        for key, text, accessible in (
            (self.shift, "⇧", self.tr("Capital letters")),
            (self.backspace, "⌫", self.tr("Delete last character")),
            (self.clear, self.tr("Clear"), self.tr("Clear field")),
            (self.space, self.tr("Space"), self.tr("Space")),
            (self.done, self.tr("Done ✓") if last_field else self.tr("Next ›"),
             self.tr("Done") if last_field else self.tr("Next field")),
        ):
            key.setText(text)
            key.setAccessibleName(accessible)


def _key(text: str, *, name: str) -> QPushButton:
    key = QPushButton(text)
    key.setObjectName(name)
    key.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # typing goes to the field, not to the key
    key.setMinimumSize(48, 48)
    return key
