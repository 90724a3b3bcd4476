"""Dialogs inside the window, over a dimmed backdrop.

A dialog of its own (a top-level window) can open off-screen or behind a kiosk window that
has no window manager to raise it, and the on-screen keyboard cannot type into it across
the modality. So every dialog is shown as a panel inside the window: the backdrop dims
and covers everything but the docked keyboard, takes the taps meant for what is behind it,
and keeps the panel centred and small enough for the screen (1024x768 included).
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QDialog, QWidget

#: space kept around a panel, in screen pixels, so the dimmed window shows it is a dialog
MARGIN = 24


class Backdrop(QWidget):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("backdrop")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.dialog: QDialog | None = None
        self.hide()

    def show_dialog(self, dialog: QDialog) -> None:
        """``dialog`` becomes a panel of the window (no window of its own), shown centred."""
        self.dialog = dialog
        dialog.setParent(self, Qt.WindowType.Widget)
        dialog.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        dialog.finished.connect(lambda _=0: self.release(dialog))
        self.show()
        self.raise_()
        dialog.show()
        self.fit()

    def release(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
            self.hide()

    def cover(self, area: QRect) -> None:
        """Lie over ``area`` of the window (all of it but the keyboard) and refit the panel."""
        self.setGeometry(area)
        self.fit()

    def fit(self) -> None:
        dialog = self.dialog
        if dialog is None:
            return
        room = self.rect().adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        wanted = dialog.sizeHint().expandedTo(dialog.minimumSizeHint()).expandedTo(_preferred(dialog))
        size = wanted.boundedTo(room.size())
        dialog.setGeometry(QRect(room.center().x() - size.width() // 2, room.center().y() - size.height() // 2,
                                 size.width(), size.height()))

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        event.accept()  # a tap beside the panel does nothing: the dialog is answered or cancelled


def _preferred(dialog: QDialog) -> QSize:
    """A size the dialog asks for beyond its layout's hint (the slip preview, the sync list)."""
    wanted = dialog.property("preferredSize")
    return wanted if isinstance(wanted, QSize) else QSize(0, 0)
