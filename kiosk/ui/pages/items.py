"""Pick the items and quantities to return; lines that cannot be returned say why."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout

from kiosk.ui.messages import message
from kiosk.ui.pages.base import ApprovablePage, button, card, clear_layout, label
from kiosk.workflow.eligibility import Verdict
from kiosk.workflow.money import Money, format_money
from kiosk.workflow.staff import can_override
from kiosk.workflow.wizard import ReturnSession, Step, StepBlocked


class ItemsPage(ApprovablePage):
    step = Step.ITEMS

    def __init__(self) -> None:
        super().__init__()
        self.list = QVBoxLayout()
        self.body.addLayout(self.list)
        self.body.addStretch(1)
        self.session: ReturnSession | None = None
        self.quantity_labels: dict[str, QLabel] = {}
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("What are you returning?"))
        self.subtitle.setText(self.tr("Tap + for each item you are bringing back."))

    def enter(self, session: ReturnSession) -> None:
        super().enter(session)
        self.session = session
        clear_layout(self.list)
        self.quantity_labels = {}
        assert session.order is not None
        for line in session.order.lines:
            self.list.addWidget(self._row(session, line.id))

    def _row(self, session: ReturnSession, line_id: str) -> QFrame:
        assert session.order is not None
        line = session.order.line(line_id)
        availability = session.availability[line_id]
        row = card()
        layout = QHBoxLayout(row)
        text = QVBoxLayout()
        price = format_money(Money(line.unit_price, session.order.currency))
        text.addWidget(label(f"<b>{line.title}</b>"))
        details = " · ".join(part for part in (line.variant_label(), price) if part)
        if line.quantity_returned:
            details += " · " + self.tr("{returned} of {bought} already returned").format(
                returned=line.quantity_returned, bought=line.quantity)
        text.addWidget(label(details, "hint"))
        layout.addLayout(text, 1)
        if availability.verdict == Verdict.INELIGIBLE:
            reason = label("✕ " + message(availability.message_key, availability.message_params), "verdict_ineligible")
            reason.setAccessibleName(reason.text())
            text.addWidget(reason)
            if self.staff_mode and can_override(availability):
                layout.addWidget(self.approval_button(line.title, line_id))
            return row
        if availability.verdict == Verdict.NEEDS_APPROVAL:
            text.addWidget(label("! " + message(availability.message_key, availability.message_params),
                                 "verdict_needs_approval"))
        minus = button("−", self.tr("Fewer of {title}").format(title=line.title))
        count = label(str(session.choices[line_id].quantity), "subtitle", wrap=False)
        count.setAccessibleName(self.tr("Quantity of {title}").format(title=line.title))
        plus = button("+", self.tr("More of {title}").format(title=line.title))
        minus.clicked.connect(lambda _=False, i=line_id: self.change(i, -1))
        plus.clicked.connect(lambda _=False, i=line_id: self.change(i, +1))
        layout.addWidget(minus)
        layout.addWidget(count)
        layout.addWidget(plus)
        layout.addWidget(label(self.tr("of {n}").format(n=availability.quantity), "hint", wrap=False))
        self.quantity_labels[line_id] = count
        return row

    def change(self, line_id: str, delta: int) -> None:
        assert self.session is not None
        current = self.session.choices[line_id].quantity
        try:
            self.session.set_quantity(line_id, current + delta)
        except StepBlocked as blocked:
            if current + delta >= 0:
                self.show_error(message(blocked.key, blocked.params))
            return
        self.clear_error()
        self.quantity_labels[line_id].setText(str(current + delta))
