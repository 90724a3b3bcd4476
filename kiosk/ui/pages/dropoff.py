"""Drop-off: the items of a return started online, each checked before it is taken (issue 18).

Each authorised item is a card with its picture, name, how many units and how many are
checked. The shopper (or the clerk) scans each item's barcode; a wrong item is refused on the
spot with what to do. An item without a barcode, or whose barcode will not scan, is confirmed
by a member of staff who looks at it (its picture beside it) and enters their PIN. The page
only says what happened and what was asked (its signals); the controller decides.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.ui.pages.base import WizardPage, button, card, clear_layout, label, set_state
from kiosk.ui.pin_pad import PinPad
from kiosk.ui.thumbnail import Thumbnail
from kiosk.workflow.wizard import ReturnSession, Step

#: the picture staff compare the item with, larger than a card's
SIGHT_PICTURE_PX = 220


class DropoffPage(WizardPage):
    step = Step.VERIFY

    #: every item is checked: go on (the controller asks the session)
    continue_requested = Signal()
    cancel_requested = Signal()
    #: staff confirm one unit of a line by sight: (line id, PIN)
    sight_confirmed = Signal(str, str)

    def __init__(self) -> None:
        super().__init__()
        self.session: ReturnSession | None = None
        #: line id -> a cached product picture
        self.images: dict[str, str] = {}
        self.list = QVBoxLayout()
        self.list.setSpacing(14)
        self.body.addLayout(self.list)
        self.counts: dict[str, QLabel] = {}
        self.cards: dict[str, QFrame] = {}
        self.sight_line: str | None = None
        self.sight_panel = self._sight_panel()
        self.body.addWidget(self.sight_panel)
        actions = QHBoxLayout()
        self.cancel_button = button("")
        self.cancel_button.clicked.connect(lambda _=False: self.cancel_requested.emit())
        self.continue_button = button("", primary=True)
        self.continue_button.clicked.connect(lambda _=False: self.continue_requested.emit())
        actions.addWidget(self.cancel_button)
        actions.addStretch(1)
        actions.addWidget(self.continue_button)
        self.body.addLayout(actions)
        self.body.addStretch(1)
        self.retranslate()

    def _sight_panel(self) -> QWidget:
        panel = card()
        layout = QVBoxLayout(panel)
        self.sight_title = label("", "subtitle")
        self.sight_hint = label("", "hint")
        self.sight_picture_row = QHBoxLayout()
        self.pin = PinPad()
        self.pin.submitted.connect(self._pin_entered)
        self.sight_cancel = button("")
        self.sight_cancel.clicked.connect(lambda _=False: self.close_sight_check())
        layout.addWidget(self.sight_title)
        layout.addLayout(self.sight_picture_row)
        layout.addWidget(self.sight_hint)
        layout.addWidget(self.pin, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.sight_cancel, 0, Qt.AlignmentFlag.AlignLeft)
        panel.hide()
        return panel

    def retranslate(self) -> None:
        self.title.setText(self.tr("Check your items"))
        self.subtitle.setText(self.tr("Scan the barcode on each item you are returning. "
                                      "No barcode? A member of staff will check the item."))
        for widget, text in ((self.cancel_button, self.tr("Cancel")), (self.continue_button, self.tr("Continue")),
                             (self.sight_cancel, self.tr("Back to the items"))):
            widget.setText(text)
            widget.setAccessibleName(text)
        self.sight_hint.setText(self.tr("Staff: look at the item, compare it with the picture and the name, "
                                        "then enter your PIN to confirm it."))
        self._refresh_counts()

    def enter(self, session: ReturnSession) -> None:
        self.session = session
        super().enter(session)
        clear_layout(self.list)
        self.counts, self.cards = {}, {}
        assert session.verification is not None
        for line_id in session.verification.lines:
            self.list.addWidget(self._row(session, line_id))
        self._refresh_counts()
        self.close_sight_check()

    def wipe(self) -> None:
        super().wipe()
        self.session = None
        self.images = {}
        self.counts, self.cards = {}, {}
        self.close_sight_check()

    def _row(self, session: ReturnSession, line_id: str) -> QFrame:
        assert session.verification is not None
        expected = session.verification.lines[line_id]
        row = card()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(16)
        layout.addWidget(Thumbnail(expected.title, self.images.get(line_id)))
        text = QVBoxLayout()
        text.addWidget(label(f"<b>{expected.title}</b>"))
        count = label("", "hint")
        count.setAccessibleName(self.tr("Checked {title}").format(title=expected.title))
        text.addWidget(count)
        layout.addLayout(text, 1)
        no_barcode = button(self.tr("No barcode or it will not scan"),
                            self.tr("No barcode: {title}").format(title=expected.title))
        no_barcode.clicked.connect(lambda _=False, i=line_id: self.open_sight_check(i))
        layout.addWidget(no_barcode)
        self.counts[line_id], self.cards[line_id] = count, row
        return row

    def _refresh_counts(self) -> None:
        session = self.session
        if session is None or session.verification is None:
            return
        check = session.verification
        for line_id, count in self.counts.items():
            done, total = check.verified(line_id), check.lines[line_id].quantity
            count.setText(("✓ " if done == total else "") + self.tr("{done} of {total} checked").format(
                done=done, total=total))
            set_state(self.cards[line_id], "selected", done == total)
        self.continue_button.setEnabled(check.complete)

    def item_checked(self, line_id: str) -> None:
        """A unit of the line was checked (scanned, or confirmed by staff)."""
        self.clear_error()
        self._refresh_counts()
        title = self.session.verification.lines[line_id].title if self.session and self.session.verification else ""
        self.show_notice(self.tr("✓ {title} checked").format(title=title))

    def open_sight_check(self, line_id: str) -> None:
        session = self.session
        if session is None or session.verification is None:
            return
        self.clear_error()  # an old refusal is not about this item
        self.sight_line = line_id
        title = session.verification.lines[line_id].title
        self.sight_title.setText(self.tr("Staff check: {title}").format(title=title))
        clear_layout(self.sight_picture_row)
        self.sight_picture_row.addWidget(Thumbnail(title, self.images.get(line_id), SIGHT_PICTURE_PX))
        self.pin.clear()
        self.sight_panel.show()
        self.pin.setFocus()

    def close_sight_check(self) -> None:
        self.sight_line = None
        self.pin.clear()
        self.sight_panel.hide()

    def _pin_entered(self, pin: str) -> None:
        if self.sight_line is not None:
            self.sight_confirmed.emit(self.sight_line, pin)
