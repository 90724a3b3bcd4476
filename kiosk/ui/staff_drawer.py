"""The cash payout: after a staff-mode return that refunds cash, the amount to hand over, large,
and whether the drawer opened by itself (through the receipt printer) or must be opened by hand.

The drawer is kicked, and the kick audited, before this dialog is shown
(kiosk.services.operations.StaffOperations.open_drawer); the dialog only says what happened
and waits for staff to confirm the cash was paid.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from kiosk.services.operations import DrawerOutcome
from kiosk.ui.money_words import money
from kiosk.ui.pages.base import button, label


class CashDrawerDialog(QDialog):
    def __init__(self, outcome: DrawerOutcome, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.outcome = outcome
        self.setWindowTitle(self.tr("Pay out cash"))
        self.setProperty("preferredSize", QSize(700, 520))
        layout = QVBoxLayout(self)
        self.heading = label(self.tr("Pay the customer in cash"), "title")
        self.amount = label(money(outcome.amount, outcome.currency), "amount")
        self.amount.setAccessibleName("cash to pay out")
        font = self.amount.font()
        font.setPointSizeF(max(font.pointSizeF(), 12.0) * 3)
        font.setBold(True)
        self.amount.setFont(font)
        self.for_return = label(self.tr("Return %1").replace("%1", code), "subtitle")
        self.drawer = label(self.drawer_words(), "hint" if outcome.opened else "error")
        self.drawer.setAccessibleName("cash drawer")
        self.done_button = button(self.tr("Cash paid"), primary=True)
        self.done_button.clicked.connect(self.accept)
        for widget in (self.heading, self.amount, self.for_return, self.drawer):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.done_button)

    def drawer_words(self) -> str:
        if self.outcome.opened:
            return self.tr("The cash drawer is open. Count the cash out to the customer, then close the drawer.")
        return self.tr("The cash drawer did not open (%1). Open it with the key, pay the customer, and tell a "
                       "manager.").replace("%1", self.outcome.problem)
