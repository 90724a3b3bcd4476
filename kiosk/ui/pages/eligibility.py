"""Eligibility: each item's verdict in plain words, before any money is discussed."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout

from kiosk.ui.messages import message
from kiosk.ui.pages.base import ApprovablePage, card, clear_layout, label
from kiosk.workflow.eligibility import Verdict
from kiosk.workflow.staff import can_override
from kiosk.workflow.wizard import ReturnSession, Step


class EligibilityPage(ApprovablePage):
    step = Step.ELIGIBILITY

    def __init__(self) -> None:
        super().__init__()
        self.list = QVBoxLayout()
        self.body.addLayout(self.list)
        self.summary = label("", "subtitle")
        self.body.addWidget(self.summary)
        self.body.addStretch(1)
        self.retranslate()

    def wipe(self) -> None:
        super().wipe()
        self.summary.clear()

    def verdict_text(self, verdict: Verdict) -> str:
        return {
            Verdict.ELIGIBLE: self.tr("✓ Can be returned"),
            Verdict.NEEDS_APPROVAL: self.tr("! Needs a manager's approval"),
            Verdict.INELIGIBLE: self.tr("✕ Cannot be returned"),
        }[verdict]

    def retranslate(self) -> None:
        self.title.setText(self.tr("Here is what we can take back"))
        self.subtitle.setText(self.tr("We checked each item against the store's return policy."))

    def enter(self, session: ReturnSession) -> None:
        super().enter(session)
        clear_layout(self.list)
        assert session.order is not None and session.evaluation is not None
        for decision in session.evaluation.decisions:
            line = session.order.line(decision.line_id)
            row = card()
            layout = QVBoxLayout(row)
            layout.addWidget(label(f"<b>{line.title}</b> × {decision.quantity}"))
            verdict = label(self.verdict_text(decision.verdict), f"verdict_{decision.verdict.value}")
            layout.addWidget(verdict)
            explanation = message(decision.message_key, decision.message_params)
            layout.addWidget(label(explanation, "hint"))
            row.setAccessibleName(f"{line.title}: {verdict.text()} {explanation}")
            if decision.verdict != Verdict.ELIGIBLE and can_override(decision):
                if self.staff_mode:
                    layout.addWidget(self.approval_button(line.title, line.id))
                elif decision.verdict == Verdict.NEEDS_APPROVAL:
                    layout.addWidget(label(self.tr("A member of staff can approve this item."), "hint"))
            self.list.addWidget(row)
        if not session.accepted_lines():
            self.summary.setText(self.tr("None of these items can be returned today. Tap Cancel to finish, "
                                         "or ask a member of staff."))
        elif session.held_lines():
            self.summary.setText(self.tr("You can continue with the items that can be returned."))
        else:
            self.summary.setText(self.tr("Everything can be returned. Tap Next to choose your refund."))
