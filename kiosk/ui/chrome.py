"""The frame around the wizard's pages.

- the header: the store's logo and name (held two seconds, the staff sign-in), high
  contrast, large text and the languages, on every screen so a shopper can change them
  at any step;
- the staff band under it, only while staff are signed in: who, the sync badge and the
  staff tools, on a colour shoppers never see;
- the footer: Back, Cancel and Next on the shopper's steps.

They only show what they are told: the wizard controller tells them the step and whether it
is busy, the staff-mode controller who is signed in, the shell which language is on.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from kiosk.ui.brand_mark import BrandMark
from kiosk.ui.i18n import LANGUAGES
from kiosk.ui.pages.base import button, label
from kiosk.workflow.wizard import SHOPPER_STEPS, Step


class Header(QWidget):
    # a language button was tapped (its code)
    language_chosen = Signal(str)
    high_contrast_changed = Signal(bool)
    large_text_changed = Signal(bool)

    def __init__(self, store_name: str = "", logo: Path | None = None) -> None:
        super().__init__()
        self.setObjectName("header")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)  # a QWidget subclass paints no QSS background otherwise
        layout = QHBoxLayout(self)
        layout.setContentsMargins(20, 10, 20, 10)
        self.brand = BrandMark(store_name, logo)
        layout.addWidget(self.brand)
        layout.addStretch(1)
        self.contrast_button = self._toggle("◐", self.high_contrast_changed)
        self.large_text_button = self._toggle("A+", self.large_text_changed)
        layout.addWidget(self.contrast_button)
        layout.addWidget(self.large_text_button)
        layout.addSpacing(12)
        self.language_buttons: dict[str, QPushButton] = {}
        for code, name in LANGUAGES.items():
            choice = button(code.upper(), name)
            choice.setCheckable(True)
            choice.clicked.connect(lambda _=False, c=code: self.language_chosen.emit(c))
            self.language_buttons[code] = choice
            layout.addWidget(choice)
        self.retranslate()

    def _toggle(self, text: str, changed: SignalInstance) -> QPushButton:
        toggle = button(text)
        toggle.setCheckable(True)
        toggle.toggled.connect(changed)
        return toggle

    def show_language(self, code: str) -> None:
        for language, choice in self.language_buttons.items():
            choice.setChecked(language == code)

    def reset_settings(self) -> None:
        """High contrast and large text off (the next shopper starts with the kiosk's defaults)."""
        for toggle in (self.contrast_button, self.large_text_button):
            toggle.setChecked(False)

    def retranslate(self) -> None:
        self.contrast_button.setAccessibleName(self.tr("High contrast"))
        self.contrast_button.setToolTip(self.tr("High contrast"))
        self.large_text_button.setAccessibleName(self.tr("Large text"))
        self.large_text_button.setToolTip(self.tr("Large text"))


class StaffBand(QWidget):
    """Shown only while staff are signed in: who it is, the sync badge and the staff tools."""

    sync_requested = Signal()
    unlock_requested = Signal()
    reprint_requested = Signal()
    sign_out_requested = Signal()
    #: the returns, print queue and end-of-day screen
    counter_requested = Signal()

    def __init__(self, sync_badge: QWidget | None = None, *, offers_sync: bool = False) -> None:
        super().__init__()
        self.setObjectName("staffBand")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.name: str | None = None
        # Two rows: who and the sync badge above, the tools below, so that five tools keep their
        # whole words on a 1024 px screen and in the longer languages.
        rows = QVBoxLayout(self)
        rows.setContentsMargins(20, 6, 20, 6)
        rows.setSpacing(4)
        status = QHBoxLayout()
        self.who = label("", wrap=False)
        self.who.setAccessibleName("staff signed in")
        status.addWidget(self.who)
        if sync_badge is not None:
            status.addWidget(sync_badge)
        status.addStretch(1)
        rows.addLayout(status)
        layout = QHBoxLayout()
        layout.addStretch(1)
        rows.addLayout(layout)
        self.sync_button = self._tool(self.sync_requested)
        self.sync_button.setVisible(offers_sync)
        self.unlock_button = self._tool(self.unlock_requested)
        self.reprint_button = self._tool(self.reprint_requested)
        self.counter_button = self._tool(self.counter_requested)
        self.sign_out_button = self._tool(self.sign_out_requested)
        for tool in (self.sync_button, self.unlock_button, self.reprint_button, self.counter_button,
                     self.sign_out_button):
            layout.addWidget(tool)
        self.hide()
        self.retranslate()

    def _tool(self, signal: SignalInstance) -> QPushButton:
        tool = button("")
        tool.clicked.connect(lambda _=False: signal.emit())
        return tool

    def show_staff(self, name: str | None) -> None:
        """The signed-in member of staff, or None once they signed out."""
        self.name = name
        self.retranslate()
        self.setVisible(name is not None)

    def retranslate(self) -> None:
        self.who.setText(self.tr("Staff mode: {name}").format(name=self.name) if self.name else "")
        for tool, text in ((self.sync_button, self.tr("Sync status")),
                           (self.unlock_button, self.tr("Unlock look-ups")),
                           (self.reprint_button, self.tr("Reprint a slip")),
                           (self.counter_button, self.tr("Returns and reports")),
                           (self.sign_out_button, self.tr("Sign out"))):
            tool.setText(text)
            tool.setAccessibleName(text)


class Footer(QWidget):
    """Back, Cancel and Next, shown on the shopper's steps only."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("footer")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(20, 10, 20, 10)
        self.back_button = button("")
        self.cancel_button = button("")
        self.next_button = button("", primary=True)
        layout.addWidget(self.back_button)
        layout.addWidget(self.cancel_button)
        layout.addStretch(1)
        layout.addWidget(self.next_button)

    def show_step(self, step: Step, *, busy: bool, can_continue: bool = True, dead_end: bool = False) -> None:
        """While busy nothing can be tapped; ``can_continue`` False keeps Next greyed out;
        ``dead_end`` (nothing here can go on) leaves only Back and a Finish that starts over."""
        in_flow = step in SHOPPER_STEPS
        self.setVisible(in_flow)
        self.back_button.setVisible(in_flow)
        self.cancel_button.setVisible(in_flow)
        self.next_button.setVisible(in_flow and not dead_end)
        self.back_button.setText(self.tr("Back"))
        self.cancel_button.setText(self.tr("Finish") if dead_end else self.tr("Cancel"))
        self.next_button.setText({
            Step.FIND_ORDER: self.tr("Find my order"),
            Step.REVIEW: self.tr("Confirm return"),
        }.get(step, self.tr("Next")))
        for widget in (self.back_button, self.cancel_button, self.next_button):
            widget.setAccessibleName(widget.text())
            widget.setEnabled(not busy)
        self.next_button.setEnabled(not busy and can_continue)
