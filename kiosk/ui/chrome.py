"""The frame around the wizard's pages: the header (where the shopper is, who from staff is
signed in, the sync badge, the languages) and the footer (Back, Cancel, Next).

Both only show what they are told: the wizard controller tells them the step and whether it
is busy, the staff-mode controller who is signed in, the shell which language is on.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from kiosk.ui.i18n import LANGUAGES
from kiosk.ui.pages.base import button, label
from kiosk.workflow.wizard import SHOPPER_STEPS, Step


class Header(QWidget):
    # a language button was tapped (its code)
    language_chosen = Signal(str)

    def __init__(self, sync_badge: QWidget | None = None) -> None:
        super().__init__()
        self.setObjectName("header")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)  # a QWidget subclass paints no QSS background otherwise
        self.step = Step.WELCOME
        self.staff_name: str | None = None
        layout = QHBoxLayout(self)
        self.progress = label("", "progress")
        self.progress.setAccessibleName("progress")
        layout.addWidget(self.progress, 1)
        if sync_badge is not None:
            layout.addWidget(sync_badge)
        self.staff_label = label("", "progress")
        self.staff_label.setAccessibleName("staff signed in")
        self.staff_label.hide()
        layout.addWidget(self.staff_label)
        self.language_buttons: dict[str, QPushButton] = {}
        for code, name in LANGUAGES.items():
            choice = button(code.upper(), name)
            choice.setCheckable(True)
            choice.clicked.connect(lambda _=False, c=code: self.language_chosen.emit(c))
            self.language_buttons[code] = choice
            layout.addWidget(choice)

    def show_progress(self, step: Step) -> None:
        self.step = step
        self.progress.setText(self._progress_text(step))

    def show_staff(self, name: str | None) -> None:
        """The signed-in member of staff, or None once they signed out."""
        self.staff_name = name
        self.staff_label.setText(self.tr("Staff mode: {name}").format(name=name) if name is not None else "")
        self.staff_label.setVisible(name is not None)

    def show_language(self, code: str) -> None:
        for language, choice in self.language_buttons.items():
            choice.setChecked(language == code)

    def retranslate(self) -> None:
        self.show_progress(self.step)
        self.show_staff(self.staff_name)

    def _progress_text(self, step: Step) -> str:
        if step not in SHOPPER_STEPS:
            return self.tr("Intake returns")
        index = SHOPPER_STEPS.index(step)
        names = self.step_names()
        text = self.tr("Step {n} of {m}: {name}").format(n=index + 1, m=len(SHOPPER_STEPS), name=names[step])
        if index + 1 < len(SHOPPER_STEPS):
            text += " · " + self.tr("Next: {name}").format(name=names[SHOPPER_STEPS[index + 1]])
        return text

    def step_names(self) -> dict[Step, str]:
        return {
            Step.FIND_ORDER: self.tr("Find your order"),
            Step.ITEMS: self.tr("Items"),
            Step.REASONS: self.tr("Reasons"),
            Step.ELIGIBILITY: self.tr("What we can take back"),
            Step.RESOLUTION: self.tr("Refund or exchange"),
            Step.REVIEW: self.tr("Confirm"),
        }


class Footer(QWidget):
    """Back, Cancel and Next, shown on the shopper's steps only."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("footer")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QHBoxLayout(self)
        self.back_button = button("")
        self.cancel_button = button("")
        self.next_button = button("", primary=True)
        layout.addWidget(self.back_button)
        layout.addWidget(self.cancel_button)
        layout.addStretch(1)
        layout.addWidget(self.next_button)

    def show_step(self, step: Step, *, busy: bool, can_continue: bool = True) -> None:
        """While busy nothing can be tapped; ``can_continue`` False keeps Next greyed out."""
        in_flow = step in SHOPPER_STEPS
        for widget in (self.back_button, self.cancel_button, self.next_button):
            widget.setVisible(in_flow)
        self.back_button.setText(self.tr("Back"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.next_button.setText({
            Step.FIND_ORDER: self.tr("Find my order"),
            Step.REVIEW: self.tr("Confirm return"),
        }.get(step, self.tr("Next")))
        for widget in (self.back_button, self.cancel_button, self.next_button):
            widget.setAccessibleName(widget.text())
            widget.setEnabled(not busy)
        self.next_button.setEnabled(not busy and can_continue)
