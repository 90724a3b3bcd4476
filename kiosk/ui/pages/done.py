"""Done: the return code, where the slip is, and a way to see the slip on screen (and, for
staff, to print it again)."""

from __future__ import annotations

from PySide6.QtCore import Signal

from kiosk.ui.pages.base import WizardPage, button, label
from kiosk.workflow.wizard import ReturnSession, Step


class DonePage(WizardPage):
    step = Step.DONE

    finish_requested = Signal()
    preview_requested = Signal()
    reprint_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.code = label("", "returnCode")
        self.code.setAccessibleName("return code")
        self.status = label("", "subtitle")
        self.preview = button("")
        self.preview.clicked.connect(lambda _=False: self.preview_requested.emit())
        self.finish = button("", primary=True)
        self.finish.clicked.connect(lambda _=False: self.finish_requested.emit())
        self.reprint = button("")
        self.reprint.clicked.connect(lambda _=False: self.reprint_requested.emit())
        self.reprint.hide()  # staff only
        for widget in (self.code, self.status, self.preview, self.reprint, self.finish):
            self.body.addWidget(widget)
        self.body.addStretch(1)
        self.printing = self.printed = self.print_problem = False
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Your return is done"))
        self.subtitle.setText(self.tr("Keep your return code. Put the items in the returns bin or hand them to staff."))
        self.preview.setText(self.tr("Show my slip on screen"))
        self.preview.setAccessibleName(self.tr("Show my slip on screen"))
        self.reprint.setText(self.tr("Reprint slip"))
        self.reprint.setAccessibleName(self.tr("Reprint slip"))
        self.finish.setText(self.tr("Finish"))
        self.finish.setAccessibleName(self.tr("Finish"))
        self._status_text()

    def enter(self, session: ReturnSession) -> None:
        super().enter(session)
        assert session.case is not None
        self.code.setText(session.case.code)
        self.finish.setFocus()

    def set_staff_mode(self, on: bool) -> None:
        self.reprint.setVisible(on)

    def wipe(self) -> None:
        super().wipe()
        self.code.clear()
        self.printing_result(False, False)

    def printing_started(self) -> None:
        self.printing = True
        self._status_text()

    def printing_result(self, printed: bool, problem: bool) -> None:
        self.printing = False
        self.printed, self.print_problem = printed, problem
        self._status_text()

    def _status_text(self) -> None:
        if self.printing:
            self.status.setText(self.tr("Your return is saved. Printing your slip…"))
        elif self.print_problem:
            self.status.setText(self.tr("Your return is saved, but the slip could not be printed. "
                                        "Please ask a member of staff for a copy."))
        elif self.printed:
            self.status.setText(self.tr("Your slip has been printed. Please take it."))
        else:
            self.status.setText(self.tr("Your slip is saved. Tap below to see it."))
