"""Where the shopper is in the return, at a glance: numbered dots joined by a line.

Steps behind are ticked, the current one stands out, the ones ahead wait in grey; each
has a short name under it. The theme colours them (the ``state`` property: done, current,
todo), so high contrast and the brand colour apply here as everywhere.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QWidget

from kiosk.ui.pages.base import label, set_state
from kiosk.workflow.wizard import SHOPPER_STEPS, Step


class Stepper(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("stepper")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.step = Step.WELCOME
        grid = QGridLayout(self)
        grid.setContentsMargins(24, 10, 24, 8)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(4)
        self.dots: dict[Step, QLabel] = {}
        self.names: dict[Step, QLabel] = {}
        self.lines: list[QLabel] = []
        for index, step in enumerate(SHOPPER_STEPS):
            dot = label(str(index + 1), "stepDot", wrap=False)
            dot.setAlignment(Qt.AlignmentFlag.AlignCenter)
            name = label("", "stepName")  # wraps: six long names still fit a 1024 px screen
            name.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(dot, 0, index * 2, Qt.AlignmentFlag.AlignHCenter)
            grid.addWidget(name, 1, index * 2, Qt.AlignmentFlag.AlignHCenter)
            self.dots[step], self.names[step] = dot, name
            if index:
                line = label("", "stepLine", wrap=False)
                line.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
                grid.addWidget(line, 0, index * 2 - 1)
                self.lines.append(line)
        self.retranslate()

    def show_step(self, step: Step) -> None:
        self.step = step
        current = SHOPPER_STEPS.index(step) if step in SHOPPER_STEPS else len(SHOPPER_STEPS)
        for index, shown in enumerate(SHOPPER_STEPS):
            state = "done" if index < current else "current" if index == current else "todo"
            self.dots[shown].setText("✓" if state == "done" else str(index + 1))
            set_state(self.dots[shown], "state", state)
            set_state(self.names[shown], "state", state)
        for index, line in enumerate(self.lines, start=1):
            set_state(line, "state", "done" if index <= current else "todo")
        self.setAccessibleName(self.progress_text())

    def retranslate(self) -> None:
        names = self.step_names()
        for step, name in self.names.items():
            name.setText(names[step])
        self.setAccessibleName(self.progress_text())

    def progress_text(self) -> str:
        """What a screen reader says: "Step 3 of 6: Reasons · Next: Check"."""
        if self.step not in SHOPPER_STEPS:
            return ""
        index = SHOPPER_STEPS.index(self.step)
        names = self.step_names()
        text = self.tr("Step {n} of {m}: {name}").format(n=index + 1, m=len(SHOPPER_STEPS), name=names[self.step])
        if index + 1 < len(SHOPPER_STEPS):
            text += " · " + self.tr("Next: {name}").format(name=names[SHOPPER_STEPS[index + 1]])
        return text

    def step_names(self) -> dict[Step, str]:
        return {
            Step.FIND_ORDER: self.tr("Your order"),
            Step.ITEMS: self.tr("Items"),
            Step.REASONS: self.tr("Reasons"),
            Step.ELIGIBILITY: self.tr("Check"),
            Step.RESOLUTION: self.tr("Refund"),
            Step.REVIEW: self.tr("Confirm"),
        }
