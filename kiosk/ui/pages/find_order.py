"""Find the order: order number + email. Whichever half is wrong, the message is the same.

The fields take the window's on-screen keyboard (capitals for the order number, the email
layout for the email). A shopper who must wait after wrong guesses sees the seconds count
down with Find disabled; when look-ups are stopped for the whole kiosk the page says so and
offers to call staff. A scanned receipt this kiosk could not match fills in its order
number and asks for the email.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from kiosk.ui.choice_buttons import ChoiceButtons
from kiosk.ui.countdown import Countdown
from kiosk.ui.messages import message
from kiosk.ui.pages.base import WizardPage, button, label
from kiosk.workflow.wizard import ReturnSession, Step


class FindOrderPage(WizardPage):
    step = Step.FIND_ORDER
    head_scrolls = True

    # the shopper pressed Enter (or the keyboard's Done) in the last field
    submitted = Signal()
    # a wait after wrong guesses started (True) or ran out (False)
    waiting_changed = Signal(bool)
    call_staff_requested = Signal()
    # staff only: search customers' orders by the text in the search field
    search_requested = Signal()
    # staff only: the order number picked from the search results
    order_picked = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.number = QLineEdit()
        self.number.setObjectName("orderNumber")
        self.number.setProperty("capitals", True)
        self.email = QLineEdit()
        self.email.setObjectName("orderEmail")
        self.email.setProperty("keyboard", "email")
        self.number_label = label("")
        self.email_label = label("")
        self.number_label.setBuddy(self.number)
        self.email_label.setBuddy(self.email)
        self.number.returnPressed.connect(self.email.setFocus)
        self.email.returnPressed.connect(self.submitted.emit)
        for widget in (self.number_label, self.number, self.email_label, self.email):
            self.body.addWidget(widget)
        self.call_button = button("", primary=True)
        self.call_button.clicked.connect(lambda _=False: self.call_staff_requested.emit())
        self.call_button.hide()
        self.body.addWidget(self.call_button)
        self.privacy = label("", "hint")
        self.body.addWidget(self.privacy)
        self.body.addWidget(self._staff_box())
        self.body.addStretch(1)
        self.locked = False  # the whole kiosk's look-ups, so it outlives a shopper's session
        self.countdown = Countdown(self)
        self.countdown.tick.connect(self._wait_tick)
        self.countdown.finished.connect(self._wait_over)
        self.retranslate()

    def _staff_box(self) -> QWidget:
        self.staff_box = QWidget()
        staff_layout = QVBoxLayout(self.staff_box)
        staff_layout.setContentsMargins(0, 12, 0, 0)
        self.staff_title = label("", "subtitle")
        search_row = QHBoxLayout()
        self.search_field = QLineEdit()
        self.search_field.setObjectName("staffSearch")
        self.search_field.setProperty("keyboard", "email")
        self.search_field.returnPressed.connect(self.search_requested.emit)
        self.search_button = button("")
        self.search_button.clicked.connect(lambda _=False: self.search_requested.emit())
        search_row.addWidget(self.search_field, 1)
        search_row.addWidget(self.search_button)
        self.results = ChoiceButtons(columns=1)
        self.results.changed.connect(lambda number: self.order_picked.emit(str(number)))
        staff_layout.addWidget(self.staff_title)
        staff_layout.addLayout(search_row)
        staff_layout.addWidget(self.results)
        self.staff_box.hide()  # staff only: a shopper can never search customers
        return self.staff_box

    def retranslate(self) -> None:
        self.title.setText(self.tr("Find your order"))
        self.subtitle.setText(self.tr("Enter the order number from your receipt or confirmation email, "
                                      "and the email address you ordered with."))
        self.number_label.setText(self.tr("Order number"))
        self.email_label.setText(self.tr("Email"))
        self.number.setAccessibleName(self.tr("Order number"))
        self.email.setAccessibleName(self.tr("Email"))
        self.number.setPlaceholderText(self.tr("e.g. R100001"))
        self.email.setPlaceholderText(self.tr("name@example.com"))
        self.privacy.setText(self.tr("We only use these to find your order. They are cleared when you finish."))
        self.call_button.setText(self.tr("Call staff"))
        self.call_button.setAccessibleName(self.tr("Call staff"))
        self.staff_title.setText(self.tr("Staff: find a customer's order by email or phone (no receipt)"))
        self.search_field.setAccessibleName(self.tr("Customer email or phone"))
        self.search_field.setPlaceholderText(self.tr("Customer email or phone"))
        self.search_button.setText(self.tr("Search"))
        self.search_button.setAccessibleName(self.tr("Search customer orders"))
        if self.countdown.running:
            self._wait_tick(self.countdown.remaining)

    def enter(self, session: ReturnSession) -> None:
        waiting, notice = self.countdown.running, self.error.text() if not self.error.isHidden() else ""
        super().enter(session)
        if self.locked:
            self.show_locked()
        elif waiting:  # coming back to the page does not hide a wait still running
            self._wait_tick(self.countdown.remaining)
        elif notice and self.error.objectName() == "notice":
            self.show_notice(notice)
        (self.email if self.number.text() and not self.email.text() else self.number).setFocus()

    @property
    def waiting(self) -> bool:
        return self.countdown.running

    def fill(self, number: str, email: str) -> None:
        self.number.setText(number)
        self.email.setText(email)

    def query(self) -> tuple[str, str]:
        return self.number.text().strip(), self.email.text().strip()

    def strip_scanned(self, text: str) -> None:
        """A scanner types into whichever field has focus: take its burst back out."""
        for field in (self.number, self.email):
            if field.text().endswith(text):
                field.setText(field.text()[: -len(text)])

    # --- what the look-up said ------------------------------------------------------------

    def start_wait(self, seconds: int) -> None:
        """Wrong guesses: a live countdown, and Find stays disabled until it runs out."""
        self.countdown.start(seconds)
        self.waiting_changed.emit(True)

    def _wait_tick(self, seconds: int) -> None:
        self.show_notice(self.tr("That did not match an order. You can try again in %n seconds.", "", seconds))

    def _wait_over(self) -> None:
        self.show_notice(self.tr("You can try again now. Check the order number and the email."))
        self.waiting_changed.emit(False)

    def show_locked(self) -> None:
        """Too many wrong pairs on this kiosk: only staff can reopen look-ups."""
        self.locked = True
        self.show_error(message("lookup_locked"))
        self.call_button.show()

    def unlock(self) -> None:
        self.locked = False
        self.clear_error()

    def ask_email_for(self, number: str) -> None:
        """A scanned receipt the kiosk could not match: its number is in; the email finds it."""
        self.number.setText(number)
        self.email.clear()
        self.show_notice(message("receipt_needs_email", {"number": number}))
        self.email.setFocus()

    def clear_error(self) -> None:
        super().clear_error()
        self.call_button.hide()

    def wipe(self) -> None:
        self.countdown.stop()
        self.number.clear()
        self.email.clear()
        self.search_field.clear()
        self.results.set_options([])
        super().wipe()

    def set_staff_mode(self, on: bool) -> None:
        self.staff_box.setVisible(on)
        if not on:
            self.search_field.clear()
            self.results.set_options([])
