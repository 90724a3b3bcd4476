"""Welcome: start a return; in demo mode, order number + email pairs to try."""

from __future__ import annotations

from typing import Callable, Sequence

from PySide6.QtWidgets import QHBoxLayout

from kiosk.ui.pages.base import WizardPage, button, card, label
from kiosk.workflow.wizard import ReturnSession, Step


class WelcomePage(WizardPage):
    step = Step.WELCOME

    def __init__(self, on_start: Callable[[], None], on_try: Callable[[str, str], None],
                 demo_pairs: Sequence[tuple[str, str, str]] = ()) -> None:
        super().__init__()
        self.start_button = button("", primary=True)
        self.start_button.setMinimumHeight(96)
        self.start_button.clicked.connect(on_start)
        self.body.addWidget(self.start_button)
        settings_row = QHBoxLayout()
        self.contrast_button = button("")
        self.contrast_button.setCheckable(True)
        self.large_text_button = button("")
        self.large_text_button.setCheckable(True)
        self.staff_button = button("")
        self.sync_button = button("")
        self.sync_button.hide()  # staff only
        for widget in (self.contrast_button, self.large_text_button):
            settings_row.addWidget(widget)
        settings_row.addStretch(1)
        settings_row.addWidget(self.sync_button)
        settings_row.addWidget(self.staff_button)
        self.body.addLayout(settings_row)
        self.demo_title = label("", "subtitle")
        self.demo_buttons = []
        self.demo_pairs = list(demo_pairs)
        self.signed_in = False
        if demo_pairs:
            self.body.addWidget(self.demo_title)
            for number, email, expectation in demo_pairs:
                row = card()
                layout = QHBoxLayout(row)
                layout.addWidget(label(f"{number} · {email} — {expectation}"), 1)
                use = button("")
                use.clicked.connect(lambda _=False, n=number, e=email: on_try(n, e))
                layout.addWidget(use)
                self.demo_buttons.append(use)
                self.body.addWidget(row)
        self.body.addStretch(1)
        self.retranslate()

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

    def enter(self, session: ReturnSession) -> None:
        super().enter(session)
        self.start_button.setFocus()
