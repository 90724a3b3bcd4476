"""Bringing the on-screen keyboard to whichever text field has the focus, and away again.

The keyboard is docked at the bottom of the window; the rest of the window shrinks above
it, and the focused field is scrolled into view, so the keys never cover what is typed.
It shows when a text field of the window (or of a dialog in it) gets the focus and hides
when the focus moves to anything else on the page; tapping the footer (Next, Back) or the
header keeps it, so a shopper who taps "Find my order" does not see the buttons jump. A tap
that takes the focus away hides it only once the finger is lifted: hiding it on the press
would move the button away before the release, and the tap would miss.
"""

from __future__ import annotations

from typing import Sequence

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QScrollArea, QWidget

from kiosk.ui.keyboard import OnScreenKeyboard

#: A container whose text fields the Next key walks through (pages and dialogs set it).
FORM_SCOPE = "formScope"


class KeyboardDock(QObject):
    # the keyboard came up (True) or went away (False)
    shown_changed = Signal(bool)

    def __init__(self, keyboard: OnScreenKeyboard, window: QWidget, keep_for: Sequence[QWidget] = ()) -> None:
        super().__init__(window)
        self.keyboard = keyboard
        self.window = window
        self.keep_for = tuple(keep_for)
        self.field: QLineEdit | None = None
        self._close_on_release = False
        keyboard.hide()
        keyboard.done.connect(self._done)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._focus_changed)
        app.installEventFilter(self)

    @property
    def showing(self) -> bool:
        return not self.keyboard.isHidden()

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None or not self._ours(new):
            return
        if isinstance(new, QLineEdit) and _typable(new):
            self._close_on_release = False
            self.open_for(new)
        elif not self._keeps(new):
            if QApplication.mouseButtons() != Qt.MouseButton.NoButton:
                self._close_on_release = True  # after the tap, not under it
            else:
                self.close()

    def _keeps(self, widget: QWidget) -> bool:
        """The footer, the header, and the rest of a dialog being typed in keep the keyboard up."""
        if any(area is widget or area.isAncestorOf(widget) for area in self.keep_for):
            return True
        dialog = _scope(self.field) if self.field is not None else None
        return isinstance(dialog, QDialog) and dialog.isAncestorOf(widget)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if self._close_on_release and event.type() == QEvent.Type.MouseButtonRelease:
            self._close_on_release = False
            QTimer.singleShot(0, self._close_unless_typing)
        return False

    def _close_unless_typing(self) -> None:
        focus = self.window.focusWidget()
        if not (isinstance(focus, QLineEdit) and _typable(focus)):
            self.close()

    def _ours(self, widget: QWidget) -> bool:
        return widget is self.window or self.window.isAncestorOf(widget)

    def sync(self, focus: QWidget | None) -> None:
        """A new screen is up: the keyboard stays only if the focus is in a text field on it."""
        if isinstance(focus, QLineEdit) and _typable(focus) and focus.isVisible() and self._ours(focus):
            self.open_for(focus)
        else:
            self.close()

    def open_for(self, field: QLineEdit) -> None:
        self.field = field
        self.keyboard.attach(field, last_field=self.next_field(field) is None)
        if not self.showing:
            self.keyboard.show()
            self.shown_changed.emit(True)
        QTimer.singleShot(0, lambda: _scroll_into_view(field))

    def close(self) -> None:
        self.field = None
        self.keyboard.target = None
        if self.showing:
            self.keyboard.hide()
            self.shown_changed.emit(False)

    def next_field(self, field: QLineEdit) -> QLineEdit | None:
        """The next text field of the same page or dialog, in focus order (None: it is the last)."""
        fields = _fields_of(_scope(field) or self.window)
        if field not in fields:
            return None
        index = fields.index(field)
        return fields[index + 1] if index + 1 < len(fields) else None

    def _done(self) -> None:
        """Next: on to the next field; Done on the last one submits it (like Enter) and closes."""
        field = self.field
        if field is None:
            return
        following = self.next_field(field)
        if following is not None:
            following.setFocus()
            return
        self.close()
        field.returnPressed.emit()


def _typable(field: QLineEdit) -> bool:
    return field.isEnabled() and not field.isReadOnly()


def _fields_of(scope: QWidget) -> list[QLineEdit]:
    """The shown text fields inside ``scope``, in the order Tab would visit them."""
    found: list[QLineEdit] = []
    widget = scope.nextInFocusChain()
    while widget is not None and widget is not scope and len(found) < 200:
        if isinstance(widget, QLineEdit) and scope.isAncestorOf(widget) and _typable(widget) and widget.isVisible():
            if widget in found:
                break
            found.append(widget)
        widget = widget.nextInFocusChain()
    return found


def _scope(widget: QWidget) -> QWidget | None:
    holder = widget.parentWidget()
    while holder is not None:
        if isinstance(holder, QDialog) or holder.property(FORM_SCOPE):
            return holder
        holder = holder.parentWidget()
    return None


def _scroll_into_view(field: QLineEdit) -> None:
    if not shiboken6.isValid(field):  # the page was rebuilt meanwhile
        return
    holder = field.parentWidget()
    while holder is not None:
        if isinstance(holder, QScrollArea):
            holder.ensureWidgetVisible(field, 24, 48)
            return
        holder = holder.parentWidget()
