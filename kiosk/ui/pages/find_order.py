"""Find the order: order number + email. Whichever half is wrong, the message is the same."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QApplication, QFormLayout, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from kiosk.ui.choice_buttons import ChoiceButtons
from kiosk.ui.keyboard import OnScreenKeyboard
from kiosk.ui.pages.base import WizardPage, button, label
from kiosk.workflow.wizard import ReturnSession, Step


class FindOrderPage(WizardPage):
    step = Step.FIND_ORDER

    # staff only: search customers' orders by the text in the search field
    search_requested = Signal()
    # staff only: the order number picked from the search results
    order_picked = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        form_holder = QWidget()
        form = QFormLayout(form_holder)
        self.number = QLineEdit()
        self.number.setObjectName("orderNumber")
        self.email = QLineEdit()
        self.email.setObjectName("orderEmail")
        self.number_label = label("")
        self.email_label = label("")
        self.number_label.setBuddy(self.number)
        self.email_label.setBuddy(self.email)
        form.addRow(self.number_label, self.number)
        form.addRow(self.email_label, self.email)
        self.body.addWidget(form_holder)
        self.privacy = label("", "hint")
        self.body.addWidget(self.privacy)
        self.staff_box = QWidget()
        staff_layout = QVBoxLayout(self.staff_box)
        self.staff_title = label("", "subtitle")
        search_row = QHBoxLayout()
        self.search_field = QLineEdit()
        self.search_field.setObjectName("staffSearch")
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
        self.body.addWidget(self.staff_box)
        self.body.addStretch(1)
        self.keyboard = OnScreenKeyboard()
        self.keyboard.attach(self.number)
        self.outer.addWidget(self.keyboard)  # below the scrolling part: always in reach
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._focus_changed)
        self.retranslate()

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is self.number or new is self.email:
            assert isinstance(new, QLineEdit)
            self.keyboard.attach(new)

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
        self.keyboard.retranslate()
        self.staff_title.setText(self.tr("Staff: find a customer's order by email or phone (no receipt)"))
        self.search_field.setAccessibleName(self.tr("Customer email or phone"))
        self.search_field.setPlaceholderText(self.tr("Customer email or phone"))
        self.search_button.setText(self.tr("Search"))
        self.search_button.setAccessibleName(self.tr("Search customer orders"))

    def enter(self, session: ReturnSession) -> None:
        super().enter(session)
        self.number.setFocus()
        self.keyboard.attach(self.number)

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

    def wipe(self) -> None:
        self.number.clear()
        self.email.clear()
        self.search_field.clear()
        self.results.set_options([])

    def set_staff_mode(self, on: bool) -> None:
        self.staff_box.setVisible(on)
        if not on:
            self.search_field.clear()
            self.results.set_options([])
