"""Done: a clear mark of success, the return code with its QR code (a phone can take it),
what happens next, where the slip is, and a way to see the slip on screen (and, for staff,
to print it again, with word of what the printer did)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout

from kiosk.ui.pages.base import WizardPage, button, label
from kiosk.ui.qr_view import QrView
from kiosk.workflow.cases import Resolution, ReturnCase
from kiosk.workflow.wizard import ReturnSession, Step

#: the QR code's side in the theme's reference pixels
QR_PX = 220


class DonePage(WizardPage):
    step = Step.DONE
    keeps_error_room = False

    finish_requested = Signal()
    preview_requested = Signal()
    reprint_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.subtitle.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.mark = label("✓", "successMark", wrap=False)
        self.mark.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.mark.setAccessibleName("success")
        self.caption = label("", "hint")
        self.code = label("", "returnCode", wrap=False)
        self.code.setAccessibleName("return code")
        self.qr = QrView(QR_PX)
        self.next_steps = label("", "subtitle")
        self.status = label("", "subtitle")
        self.reprint_status = label("", "hint")
        self.reprint_status.setAccessibleName("reprint status")
        self.preview = button("")
        self.preview.clicked.connect(lambda _=False: self.preview_requested.emit())
        self.finish = button("", primary=True)
        self.finish.clicked.connect(lambda _=False: self.finish_requested.emit())
        self.reprint = button("")
        self.reprint.clicked.connect(lambda _=False: self.reprint_requested.emit())
        self.reprint.hide()  # staff only
        self.resolution: Resolution | None = None
        self._lay_out()
        self.printing = self.printed = self.print_problem = False
        self.retranslate()

    def _lay_out(self) -> None:
        """Everything in the scrolling column, centred top to bottom (a short screen scrolls)."""
        self.head.hide()
        self.body.addStretch(1)
        self.body.addWidget(self.mark, 0, Qt.AlignmentFlag.AlignHCenter)
        self.body.addWidget(self.title)  # moved out of the page's head into the column
        self.body.addWidget(self.subtitle)
        code_row = QHBoxLayout()
        code_row.setSpacing(28)
        code_text = QVBoxLayout()
        code_text.addStretch(1)
        code_text.addWidget(self.caption)
        code_text.addWidget(self.code)
        code_text.addStretch(1)
        code_row.addStretch(1)
        code_row.addLayout(code_text)
        code_row.addWidget(self.qr)
        code_row.addStretch(1)
        self.body.addLayout(code_row)
        for widget in (self.next_steps, self.status, self.reprint_status):
            widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.body.addWidget(widget)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for action in (self.preview, self.reprint, self.finish):
            buttons.addWidget(action)
        buttons.addStretch(1)
        self.body.addLayout(buttons)
        self.body.addStretch(2)

    def rescale(self, scale: float) -> None:
        self.qr.setFixedSize(round(QR_PX * scale), round(QR_PX * scale))

    def retranslate(self) -> None:
        self.title.setText(self.tr("Your return is done"))
        self.subtitle.setText(self.tr("Put the items in the returns bin, or hand them to a member of staff."))
        self.caption.setText(self.tr("Your return code"))
        self.preview.setText(self.tr("Show my slip on screen"))
        self.preview.setAccessibleName(self.tr("Show my slip on screen"))
        self.reprint.setText(self.tr("Reprint slip"))
        self.reprint.setAccessibleName(self.tr("Reprint slip"))
        self.finish.setText(self.tr("Finish"))
        self.finish.setAccessibleName(self.tr("Finish"))
        self.next_steps.setText(self._next_steps(self.resolution))
        self._status_text()

    def _next_steps(self, resolution: Resolution | None) -> str:
        return {
            Resolution.STORE_CREDIT: self.tr("Your store credit voucher is on your slip, ready to spend today."),
            Resolution.EXCHANGE: self.tr("Show your slip at the counter to collect your new item."),
            Resolution.REFUND: self.tr("Your refund is on its way to your original payment."),
            Resolution.KEEP_ITEM: self.tr("Keep the item: your refund is on its way to your original payment."),
        }.get(resolution, "") if resolution is not None else ""

    def enter(self, session: ReturnSession) -> None:
        super().enter(session)
        assert session.case is not None
        self.show_case(session.case)
        self.finish.setFocus()

    def show_case(self, case: ReturnCase) -> None:
        self.code.setText(case.code)
        self.qr.show_text(case.code)
        self.resolution = case.resolution
        self.next_steps.setText(self._next_steps(case.resolution))

    def set_staff_mode(self, on: bool) -> None:
        self.reprint.setVisible(on)

    def show_reprint(self, printed: bool, text: str) -> None:
        """What a reprint did, in words."""
        self.reprint_status.setText(text if printed else "⚠ " + text)

    def wipe(self) -> None:
        super().wipe()
        self.code.clear()
        self.qr.show_text("")
        self.resolution = None
        self.next_steps.clear()
        self.reprint_status.clear()
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
