"""Eligibility: each item's verdict in plain words, before any money is discussed.

Only shown when there is something to explain (an item refused or held for staff); when
every chosen item can be returned the wizard goes straight on and the review shows the
verdicts. The summary never contradicts the cards: items waiting for a manager are not
called "cannot be returned".
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout

from kiosk.ui.messages import message
from kiosk.ui.pages.base import ApprovablePage, card, clear_layout, label
from kiosk.ui.pages.dead_end import DeadEndActions
from kiosk.workflow.eligibility import Verdict
from kiosk.workflow.staff import can_override
from kiosk.workflow.wizard import ReturnSession, Step


class EligibilityPage(ApprovablePage):
    step = Step.ELIGIBILITY

    call_staff_requested = Signal()
    print_refusal_requested = Signal(list)

    def __init__(self) -> None:
        super().__init__()
        self.list = QVBoxLayout()
        self.list.setSpacing(14)
        self.body.addLayout(self.list)
        self.summary = label("", "subtitle")
        self.body.addWidget(self.summary)
        self.dead_end = DeadEndActions()
        self.dead_end.call_staff_requested.connect(self.call_staff_requested.emit)
        self.dead_end.print_requested.connect(lambda: self.print_refusal_requested.emit(self.refusals()))
        self.body.addWidget(self.dead_end)
        self.body.addStretch(1)
        self._refusals: list[tuple[str, str]] = []
        self.retranslate()

    def wipe(self) -> None:
        super().wipe()
        self.summary.clear()
        self._refusals = []
        self.dead_end.hide()

    def verdict_text(self, verdict: Verdict) -> str:
        return {
            Verdict.ELIGIBLE: self.tr("✓ Can be returned"),
            Verdict.NEEDS_APPROVAL: self.tr("! Needs a manager's approval"),
            Verdict.INELIGIBLE: self.tr("✕ Cannot be returned"),
        }[verdict]

    def retranslate(self) -> None:
        self.title.setText(self.tr("Here is what we can take back"))
        self.subtitle.setText(self.tr("We checked each item against the store's return policy."))
        self.dead_end.retranslate()

    def set_can_print(self, can: bool) -> None:
        self.dead_end.set_can_print(can and bool(self._refusals))

    def refusals(self) -> list[tuple[str, str]]:
        return list(self._refusals)

    def enter(self, session: ReturnSession) -> None:
        super().enter(session)
        clear_layout(self.list)
        assert session.order is not None and session.evaluation is not None
        self._refusals = []
        for decision in session.evaluation.decisions:
            line = session.order.line(decision.line_id)
            row = card()
            layout = QVBoxLayout(row)
            layout.setContentsMargins(18, 14, 18, 14)
            layout.addWidget(label(f"<b>{line.title}</b> × {decision.quantity}"))
            verdict = label(self.verdict_text(decision.verdict), f"verdict_{decision.verdict.value}")
            layout.addWidget(verdict)
            explanation = message(decision.message_key, decision.message_params)
            layout.addWidget(label(explanation, "hint"))
            row.setAccessibleName(f"{line.title}: {verdict.text()} {explanation}")
            if decision.verdict == Verdict.INELIGIBLE:
                self._refusals.append((line.title, explanation))
            if decision.verdict != Verdict.ELIGIBLE and can_override(decision):
                if self.staff_mode:
                    layout.addWidget(self.approval_button(line.title, line.id))
                elif decision.verdict == Verdict.NEEDS_APPROVAL:
                    layout.addWidget(label(self.tr("A member of staff can approve this item."), "hint"))
            self.list.addWidget(row)
        self.summary.setText(self._summary(session))
        self.dead_end.setVisible(not session.accepted_lines() and not self.staff_mode)

    def _summary(self, session: ReturnSession) -> str:
        held = session.held_lines()
        waiting = [d for d in held if d.verdict == Verdict.NEEDS_APPROVAL]
        if session.accepted_lines():
            if held:
                return self.tr("You can go on with the items marked ✓. The others stay with you.")
            return self.tr("Everything can be returned. Tap Next to choose your refund.")
        if waiting:
            return self.tr("A member of staff needs to approve these items before they can be returned. "
                           "Tap Call staff and someone will come.")
        return self.tr("None of the items you chose can be returned. Tap Finish, or call staff if you have "
                       "a question.")
