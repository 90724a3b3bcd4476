"""Welcome: start a return; in demo mode, order number + email pairs to try.

The page only says what was tapped (its signals); the wizard and staff-mode controllers
decide what happens. Until a return policy is known the kiosk cannot decide any return, so
the page then says returns are not available yet instead of offering to start one.
"""

from __future__ import annotations

from typing import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton

from kiosk.ui.messages import message
from kiosk.ui.pages.base import WizardPage, button, card, label
from kiosk.workflow.wizard import ReturnSession, Step


class WelcomePage(WizardPage):
    step = Step.WELCOME

    start_requested = Signal()
    # a demo order's number and email
    demo_chosen = Signal(str, str)
    staff_requested = Signal()
    sync_requested = Signal()
    high_contrast_changed = Signal(bool)
    large_text_changed = Signal(bool)

    def __init__(self, demo_pairs: Sequence[tuple[str, str, str]] = (), *, offers_sync: bool = False) -> None:
        super().__init__()
        self.offers_sync = offers_sync
        self.start_button = button("", primary=True)
        self.start_button.setMinimumHeight(96)
        self.start_button.clicked.connect(lambda _=False: self.start_requested.emit())
        self.body.addWidget(self.start_button)
        self.status = label("", "error")
        self.status.setAccessibleName("kiosk status")
        self.status.hide()
        self.body.addWidget(self.status)
        self.body.addLayout(self._settings_row())
        self.demo_title = label("", "subtitle")
        self.demo_buttons: list[QPushButton] = []
        self.demo_pairs = list(demo_pairs)
        self.signed_in = False
        self.ready = False
        self.problem_key: str | None = None
        if demo_pairs:
            self._add_demo_rows()
        self.body.addStretch(1)
        self.set_ready(False)

    def _settings_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.contrast_button = button("")
        self.contrast_button.setCheckable(True)
        self.contrast_button.toggled.connect(self.high_contrast_changed)
        self.large_text_button = button("")
        self.large_text_button.setCheckable(True)
        self.large_text_button.toggled.connect(self.large_text_changed)
        self.staff_button = button("")
        self.staff_button.clicked.connect(lambda _=False: self.staff_requested.emit())
        self.sync_button = button("")
        self.sync_button.clicked.connect(lambda _=False: self.sync_requested.emit())
        self.sync_button.hide()  # staff only
        for widget in (self.contrast_button, self.large_text_button):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.sync_button)
        row.addWidget(self.staff_button)
        return row

    def _add_demo_rows(self) -> None:
        self.body.addWidget(self.demo_title)
        for number, email, expectation in self.demo_pairs:
            row = card()
            layout = QHBoxLayout(row)
            layout.addWidget(label(f"{number} · {email} — {expectation}"), 1)
            use = button("")
            use.clicked.connect(lambda _=False, n=number, e=email: self.demo_chosen.emit(n, e))
            layout.addWidget(use)
            self.demo_buttons.append(use)
            self.body.addWidget(row)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Return an item"))
        self.subtitle.setText(self.tr("Returns take about a minute. Have your order number and email ready, "
                                      "or scan the barcode on your receipt."))
        self.start_button.setText(self.tr("Start a return"))
        self.start_button.setAccessibleName(self.tr("Start a return"))
        self.demo_title.setText(self.tr("Demo orders to try"))
        for widget, text in ((self.contrast_button, self.tr("High contrast")),
                             (self.large_text_button, self.tr("Large text")),
                             (self.sync_button, self.tr("Sync status")),
                             (self.staff_button, self.tr("Sign out") if self.signed_in else self.tr("Staff"))):
            widget.setText(text)
            widget.setAccessibleName(text)
        for use, (number, _, _) in zip(self.demo_buttons, self.demo_pairs):
            use.setText(self.tr("Try this order"))
            use.setAccessibleName(self.tr("Try order {number}").format(number=number))
        self.status.setText("⚠ " + message(self.problem_key) if self.problem_key else "")

    def enter(self, session: ReturnSession) -> None:
        super().enter(session)
        self.start_button.setFocus()

    def set_ready(self, ready: bool, problem_key: str | None = None) -> None:
        """Offer to start a return only once a policy is known; ``problem_key`` says why not."""
        self.ready = ready
        self.problem_key = None if ready else problem_key
        for widget in (self.start_button, *self.demo_buttons):
            widget.setEnabled(ready)
        self.status.setVisible(self.problem_key is not None)
        self.retranslate()

    def set_staff_mode(self, on: bool) -> None:
        self.signed_in = on
        self.sync_button.setVisible(on and self.offers_sync)
        self.retranslate()
