"""Staff reprint an older slip by typing its return code (a shopper lost theirs).

The code is checked as it is typed into the on-screen keyboard (its check character catches
a mistyped one at once), the case is found off the GUI thread, and the dialog says what
happened: printed again, or why not.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from kiosk.services.returns import ReturnsDesk
from kiosk.ui.background import run_in_background
from kiosk.ui.errors import error_text
from kiosk.ui.messages import message
from kiosk.ui.pages.base import button, label
from kiosk.workflow.cases import ReturnCase
from kiosk.workflow.ids import InvalidReturnCode, parse_return_code


class ReprintDialog(QDialog):
    # the saved case whose slip staff want again
    found = Signal(object)

    def __init__(self, desk: ReturnsDesk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.case: ReturnCase | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.setSpacing(16)
        self.heading = label("", "title")
        self.hint = label("", "hint")
        self.code = QLineEdit()
        self.code.setObjectName("reprintCode")
        self.code.setProperty("capitals", True)
        self.code.setProperty("keyboard", "code")  # with the check symbols a code may end in
        self.code.returnPressed.connect(self.submit)
        self.status = label("", "subtitle")
        self.status.setAccessibleName("reprint status")
        self.cancel_button = button("")
        self.cancel_button.clicked.connect(self.reject)
        self.reprint_button = button("", primary=True)
        self.reprint_button.clicked.connect(self.submit)
        for widget in (self.heading, self.hint, self.code, self.status):
            layout.addWidget(widget)
        row = QHBoxLayout()
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        row.addWidget(self.reprint_button)
        layout.addLayout(row)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Reprint a slip"))
        self.heading.setText(self.tr("Reprint a slip"))
        self.hint.setText(self.tr("Type the return code printed on the slip or in the shopper's e-mail."))
        self.code.setAccessibleName(self.tr("Return code"))
        self.code.setPlaceholderText("XXXX-XXXX-XXX")
        self.cancel_button.setText(self.tr("Close"))
        self.cancel_button.setAccessibleName(self.tr("Close"))
        self.reprint_button.setText(self.tr("Reprint"))
        self.reprint_button.setAccessibleName(self.tr("Reprint the slip"))

    def submit(self) -> None:
        try:
            code = parse_return_code(self.code.text())
        except InvalidReturnCode:
            self.status.setText("⚠ " + message("return_code_mistyped"))
            return
        self.reprint_button.setEnabled(False)
        self.status.setText(message("looking_up"))
        run_in_background(lambda: self.desk.find_case(code), self._found, self._failed, owner=self)

    def _found(self, case: ReturnCase | None) -> None:
        self.reprint_button.setEnabled(True)
        if case is None:
            self.status.setText("⚠ " + message("return_code_unknown"))
            return
        self.case = case
        self.status.setText(message("reprinting", {"code": case.code}))
        self.found.emit(case)

    def _failed(self, error: BaseException) -> None:
        self.reprint_button.setEnabled(True)
        self.status.setText("⚠ " + error_text(error))

    def show_outcome(self, printed: bool, text: str) -> None:
        """What the printer did, in words (the dialog stays open for another code)."""
        self.status.setText(text if printed else "⚠ " + text)
        if printed:
            self.code.clear()
