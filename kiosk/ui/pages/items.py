"""Pick the items and quantities to return; lines that cannot be returned say why.

Each item is a card with its picture (or a neutral tile), name, size and colour, and what
it cost; a chosen card is marked (border, tint and "✓ Returning 1"), not by colour alone.
When no item of the order can be returned the page becomes one explanation, item by item,
with "Call staff" and, where a printer takes them, the reasons printed to take home.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout

from kiosk.ui.messages import message
from kiosk.ui.money_words import money
from kiosk.ui.pages.base import ApprovablePage, button, card, clear_layout, label, set_state
from kiosk.ui.pages.dead_end import DeadEndActions
from kiosk.ui.thumbnail import Thumbnail
from kiosk.ui.variant_words import describe
from kiosk.workflow.eligibility import Verdict
from kiosk.workflow.scans import same_gtin
from kiosk.workflow.staff import can_override
from kiosk.workflow.wizard import ReturnSession, Step, StepBlocked


class ItemsPage(ApprovablePage):
    step = Step.ITEMS

    call_staff_requested = Signal()
    # (item, why it cannot be returned) for every item, as the screen says it
    print_refusal_requested = Signal(list)

    def __init__(self) -> None:
        super().__init__()
        self.list = QVBoxLayout()
        self.list.setSpacing(14)
        self.body.addLayout(self.list)
        self.dead_end = DeadEndActions()
        self.dead_end.call_staff_requested.connect(self.call_staff_requested.emit)
        self.dead_end.print_requested.connect(lambda: self.print_refusal_requested.emit(self.refusals()))
        self.body.addWidget(self.dead_end)
        self.body.addStretch(1)
        self.session: ReturnSession | None = None
        #: line id -> a cached product picture (the look-up found them)
        self.images: dict[str, str] = {}
        self.quantity_labels: dict[str, QLabel] = {}
        self.cards: dict[str, QFrame] = {}
        self.badges: dict[str, QLabel] = {}
        self.nothing_returnable = False
        self.retranslate()

    def retranslate(self) -> None:
        if self.nothing_returnable:
            self.title.setText(self.tr("We cannot take these items back here"))
            self.subtitle.setText(self.tr("Here is why, item by item. A member of staff can help or explain."))
        else:
            self.title.setText(self.tr("What are you returning?"))
            self.subtitle.setText(self.tr("Tap + on each item you are bringing back, or scan its barcode."))
        self.dead_end.retranslate()

    def enter(self, session: ReturnSession) -> None:
        self.session = session
        assert session.order is not None
        self.nothing_returnable = all(a.verdict == Verdict.INELIGIBLE for a in session.availability.values())
        super().enter(session)
        clear_layout(self.list)
        self.quantity_labels, self.cards, self.badges = {}, {}, {}
        for line in session.order.lines:
            self.list.addWidget(self._row(session, line.id))
        self.dead_end.setVisible(self.nothing_returnable and not self.staff_mode)

    def wipe(self) -> None:
        super().wipe()
        self.images = {}
        self.nothing_returnable = False
        self.dead_end.hide()
        self.dead_end.set_can_print(False)

    def set_can_print(self, can: bool) -> None:
        self.dead_end.set_can_print(can)

    def refusals(self) -> list[tuple[str, str]]:
        """Each refused item and why, in the words on screen (for the refusal slip)."""
        session = self.session
        if session is None or session.order is None:
            return []
        return [(session.order.line(line_id).title, message(a.message_key, a.message_params))
                for line_id, a in session.availability.items() if a.verdict == Verdict.INELIGIBLE]

    def _row(self, session: ReturnSession, line_id: str) -> QFrame:
        assert session.order is not None
        line = session.order.line(line_id)
        availability = session.availability[line_id]
        row = card()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(16)
        layout.addWidget(Thumbnail(line.title, self.images.get(line_id)))
        text = QVBoxLayout()
        price = money(line.unit_price, session.order.currency)
        text.addWidget(label(f"<b>{line.title}</b>"))
        details = " · ".join(part for part in (describe(line.variant), price) if part)
        if line.quantity_returned:
            details += " · " + self.tr("%n of {bought} already returned", "", line.quantity_returned).format(
                bought=line.quantity)
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
        quantity = session.choices[line_id].quantity
        badge = label("", "selectedBadge", wrap=False)
        text.addWidget(badge, 0, Qt.AlignmentFlag.AlignLeft)
        self.cards[line_id], self.badges[line_id] = row, badge
        layout.addLayout(self._quantity(line.title, line_id, quantity, availability.quantity))
        self._mark(line_id, quantity)
        return row

    def _quantity(self, title: str, line_id: str, quantity: int, most: int) -> QHBoxLayout:
        controls = QHBoxLayout()
        minus = button("−", self.tr("Fewer of {title}").format(title=title))
        plus = button("+", self.tr("More of {title}").format(title=title))
        for key in (minus, plus):
            key.setObjectName("quantity")
        count = label(str(quantity), "amount", wrap=False)
        count.setAccessibleName(self.tr("Quantity of {title}").format(title=title))
        minus.clicked.connect(lambda _=False, i=line_id: self.change(i, -1))
        plus.clicked.connect(lambda _=False, i=line_id: self.change(i, +1))
        for widget in (minus, count, plus):
            controls.addWidget(widget)
        controls.addWidget(label(self.tr("of %n", "", most), "hint", wrap=False))
        self.quantity_labels[line_id] = count
        return controls

    def _mark(self, line_id: str, quantity: int) -> None:
        """A chosen item stands out: its card and a tick with the count (never colour alone)."""
        set_state(self.cards[line_id], "selected", quantity > 0)
        badge = self.badges[line_id]
        badge.setText(self.tr("✓ Returning {n}").format(n=quantity))
        badge.setVisible(quantity > 0)

    def scanned_item(self, gtin: str) -> None:
        """An item's barcode was scanned: one more of the order line it matches, or why not."""
        session = self.session
        if session is None or session.order is None:
            return
        matching = [line.id for line in session.order.lines if same_gtin(line.gtin, gtin)]
        pickable = [line_id for line_id in matching if line_id in self.quantity_labels]
        if not matching:
            self.show_error(message("item_not_on_order"))
        elif not pickable:  # on the order, but it cannot be returned: its card says why
            availability = session.availability[matching[0]]
            self.show_error(message(availability.message_key, availability.message_params))
        else:
            self.change(pickable[0], +1)

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
        self._mark(line_id, current + delta)
