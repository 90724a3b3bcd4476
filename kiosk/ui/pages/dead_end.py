"""What a shopper can still do when nothing they chose can be returned: call staff (the
window shows the call for the counter to see) and, where a printer takes them, print why
each item was refused to take home. Used by the items and the verdict steps."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from kiosk.ui.pages.base import button, label


class DeadEndActions(QWidget):
    call_staff_requested = Signal()
    print_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        self.call_button = button("", primary=True)
        self.call_button.clicked.connect(lambda _=False: self.call_staff_requested.emit())
        self.print_button = button("")
        self.print_button.clicked.connect(lambda _=False: self.print_requested.emit())
        self.print_button.hide()  # only where a printer takes refusal slips
        layout.addWidget(self.call_button)
        layout.addWidget(self.print_button)
        layout.addStretch(1)
        self.hint = label("", "hint")
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.call_button.setText(self.tr("Call staff"))
        self.call_button.setAccessibleName(self.tr("Call staff"))
        self.print_button.setText(self.tr("Print why"))
        self.print_button.setAccessibleName(self.tr("Print why these items cannot be returned"))

    def set_can_print(self, can: bool) -> None:
        self.print_button.setVisible(can)
