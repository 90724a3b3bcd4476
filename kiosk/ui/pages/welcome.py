"""Welcome: the attract screen that invites a passer-by to start a return.

A headline, the three steps of a return lighting up one after the other (a short loop that
shows what to expect), one large Start button and a word about scanning the receipt, and
"I started my return online" for a return begun on the shop's web site: its QR code scanned
anywhere on this page, or its code typed, finds it (the controller does the finding). In demo
mode, order number + email pairs to try and how staff get in. The page only says what was
tapped (its signals); the controllers decide what happens. Until a return policy is known
the kiosk cannot decide any return, so the page then says returns are not available yet.
"""

from __future__ import annotations

from typing import Sequence

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QWidget

from kiosk.ui.messages import message
from kiosk.ui.pages.base import WizardPage, button, card, label, set_state
from kiosk.workflow.wizard import ReturnSession, Step

#: how long each step of the loop stays lit
LOOP_MS = 2200


class WelcomePage(WizardPage):
    step = Step.WELCOME
    keeps_error_room = False

    start_requested = Signal()
    # a demo order's number and email
    demo_chosen = Signal(str, str)
    # the code of a return started online, as typed
    online_code_entered = Signal(str)

    def __init__(self, demo_pairs: Sequence[tuple[str, str, str]] = ()) -> None:
        super().__init__()
        self.title.hide()
        self.subtitle.hide()
        self.headline = label("", "headline")
        self.headline.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.headline.setAccessibleName("title")
        self.lead = label("", "subtitle")
        self.lead.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.steps = [_AttractStep(n) for n in (1, 2, 3)]
        self.start_button = button("")
        self.start_button.setObjectName("start")
        self.start_button.clicked.connect(lambda _=False: self.start_requested.emit())
        self.scan_hint = label("", "hint")
        self.scan_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.online_button = button("")
        self.online_button.setObjectName("online")
        self.online_button.clicked.connect(lambda _=False: self._show_online(True))
        self.online_panel = card()
        online = QHBoxLayout(self.online_panel)
        self.online_hint = label("", "hint")
        self.online_code = QLineEdit()
        self.online_code.setProperty("capitals", True)
        self.online_code.setProperty("keyboard", "code")
        self.online_code.returnPressed.connect(self._submit_online)
        self.online_find = button("", primary=True)
        self.online_find.clicked.connect(lambda _=False: self._submit_online())
        online.addWidget(self.online_hint, 2)
        online.addWidget(self.online_code, 2)
        online.addWidget(self.online_find)
        self.online_panel.hide()
        self.status = label("", "error")
        self.status.setAccessibleName("kiosk status")
        self.status.hide()
        self.body.addStretch(2)
        self.body.addWidget(self.headline)
        self.body.addWidget(self.lead)
        self.body.addSpacing(12)
        for step in self.steps:
            self.body.addWidget(step)
        self.body.addSpacing(12)
        self.body.addWidget(self.start_button)
        self.body.addWidget(self.scan_hint)
        self.body.addWidget(self.online_button)
        self.body.addWidget(self.online_panel)
        self.body.addWidget(self.status)
        self.demo_title = label("", "subtitle")
        self.demo_hint = label("", "hint")
        self.demo_buttons: list[QPushButton] = []
        self.demo_online_buttons: list[tuple[QPushButton, str]] = []
        self.demo_pairs = list(demo_pairs)
        self.ready = False
        self.problem_key: str | None = None
        if demo_pairs:
            self._add_demo_rows()
        self.body.addStretch(3)
        self.lit = 0
        self.loop = QTimer(self)
        self.loop.setInterval(LOOP_MS)
        self.loop.timeout.connect(self._light_next)
        self._light(0)
        self.set_ready(False)

    def _add_demo_rows(self) -> None:
        self.body.addSpacing(16)
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
        self._add_demo_online_rows()
        self.body.addWidget(self.demo_hint)

    def _add_demo_online_rows(self) -> None:
        """The demo's online returns (kiosk.demo): tapping one is scanning its QR code."""
        from kiosk.demo import DEMO_ONLINE_RETURNS, demo_online_code

        for number, line_id, _reason, _condition, _own in DEMO_ONLINE_RETURNS:
            code = demo_online_code(number, line_id)
            row = card()
            layout = QHBoxLayout(row)
            layout.addWidget(label(f"{code} · {number}"), 1)
            use = button("")
            use.clicked.connect(lambda _=False, c=code: self.online_code_entered.emit(c))
            layout.addWidget(use)
            self.demo_online_buttons.append((use, code))
            self.body.addWidget(row)

    def retranslate(self) -> None:
        self.headline.setText(self.tr("Return an item in about a minute"))
        self.lead.setText(self.tr("No queue, no forms: we guide you step by step."))
        for step, text in zip(self.steps, (self.tr("Scan your receipt, or type your order number and email"),
                                           self.tr("Choose what you are returning, and why"),
                                           self.tr("Pick a refund, store credit or exchange, and take your slip"))):
            step.text.setText(text)
        self.start_button.setText(self.tr("Start a return"))
        self.start_button.setAccessibleName(self.tr("Start a return"))
        self.scan_hint.setText(self.tr("Have a receipt? Hold its barcode under the scanner at any time."))
        self.online_button.setText(self.tr("I started my return online"))
        self.online_button.setAccessibleName(self.tr("I started my return online"))
        self.online_hint.setText(self.tr("Hold the QR code from your confirmation under the scanner, "
                                         "or type its code (it starts with A)."))
        self.online_code.setAccessibleName(self.tr("Online return code"))
        self.online_find.setText(self.tr("Find my return"))
        self.online_find.setAccessibleName(self.tr("Find my online return"))
        self.demo_title.setText(self.tr("Demo orders to try"))
        self.demo_hint.setText(self.tr("Staff: press and hold the logo for two seconds to sign in "
                                       "(demo PINs: manager 246813, clerk 1357)."))
        for use, code in self.demo_online_buttons:
            use.setText(self.tr("Try this online return"))
            use.setAccessibleName(self.tr("Try online return {code}").format(code=code))
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
        for widget in (self.start_button, self.online_button, self.online_find, *self.demo_buttons,
                       *(use for use, _ in self.demo_online_buttons)):
            widget.setEnabled(ready)
        self.status.setVisible(self.problem_key is not None)
        self.retranslate()

    def wipe(self) -> None:
        super().wipe()
        self.online_code.clear()
        self._show_online(False)

    def _show_online(self, shown: bool) -> None:
        self.online_panel.setVisible(shown)
        self.online_button.setVisible(not shown)
        if shown:
            self.online_code.setFocus()

    def _submit_online(self) -> None:
        code = self.online_code.text().strip()
        if code:
            self.online_code_entered.emit(code)

    # --- the loop of the three steps ------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self.loop.start()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt API
        super().hideEvent(event)
        self.loop.stop()

    def _light_next(self) -> None:
        self._light((self.lit + 1) % len(self.steps))

    def _light(self, index: int) -> None:
        self.lit = index
        for position, step in enumerate(self.steps):
            set_state(step, "state", "on" if position == index else "off")


class _AttractStep(QWidget):
    """One step of the loop: its number in a circle and what happens in it."""

    def __init__(self, number: int) -> None:
        super().__init__()
        self.setObjectName("attractStep")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(22, 16, 22, 16)
        layout.setSpacing(20)
        self.number = label(str(number), "attractNumber", wrap=False)
        self.number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text = label("", "attractText")
        layout.addWidget(self.number)
        layout.addWidget(self.text, 1)
