"""Give a reason for each item; some reasons ask for the item's condition or a note."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout

from kiosk.ui.choice_buttons import ChoiceButtons
from kiosk.ui.messages import message
from kiosk.ui.pages.base import WizardPage, card, clear_layout, label
from kiosk.workflow.policy import Policy
from kiosk.workflow.wizard import ReturnSession, Step, StepBlocked


def policy_label(text: str) -> str:
    """Reason and condition labels come from the policy; translators see them in context Policy."""
    return QCoreApplication.translate("Policy", text)


@dataclass
class _ReasonInputs:
    reason: ChoiceButtons
    condition: ChoiceButtons
    condition_title: QLabel
    note: QLineEdit


class ReasonsPage(WizardPage):
    step = Step.REASONS

    def __init__(self) -> None:
        super().__init__()
        self.list = QVBoxLayout()
        self.body.addLayout(self.list)
        self.body.addStretch(1)
        self.inputs: dict[str, _ReasonInputs] = {}
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Why are you returning them?"))
        self.subtitle.setText(self.tr("Your answer helps us decide what we can offer."))

    def enter(self, session: ReturnSession) -> None:
        super().enter(session)
        clear_layout(self.list)
        self.inputs = {}
        assert session.order is not None
        for selection in session.selections():
            line = session.order.line(selection.line_id)
            row = card()
            layout = QVBoxLayout(row)
            layout.addWidget(label(f"<b>{line.title}</b> × {selection.quantity}"))
            reasons = ChoiceButtons([(r.code, policy_label(r.label)) for r in session.policy.reasons],
                                    accessible_prefix=self.tr("Reason for {title}: ").format(title=line.title))
            condition_title = label(self.tr("What condition is it in?"), "hint")
            conditions = ChoiceButtons(accessible_prefix=self.tr("Condition of {title}: ").format(title=line.title))
            note = QLineEdit()
            note.setAccessibleName(self.tr("Note about {title}").format(title=line.title))
            note.setPlaceholderText(self.tr("Tell us a little more"))
            inputs = _ReasonInputs(reasons, conditions, condition_title, note)
            for widget in (reasons, condition_title, conditions, note):
                layout.addWidget(widget)
            choice = session.choices[selection.line_id]
            reasons.changed.connect(lambda _code, i=inputs, s=session: self._reason_changed(s, i))
            if choice.reason_code:
                reasons.select(choice.reason_code)
            self._reason_changed(session, inputs, choice.condition, choice.note)
            self.inputs[selection.line_id] = inputs
            self.list.addWidget(row)

    def _reason_changed(self, session: ReturnSession, inputs: _ReasonInputs,
                        condition: str | None = None, note: str = "") -> None:
        code = inputs.reason.value()
        reason = session.policy.reason(code) if code else None
        allowed = reason.conditions if reason else ()
        inputs.condition.set_options([(c, policy_label(_condition_label(session.policy, c))) for c in allowed])
        if condition:
            inputs.condition.select(condition)
        elif len(allowed) == 1:
            inputs.condition.select(allowed[0])
        for widget in (inputs.condition, inputs.condition_title):
            widget.setVisible(bool(allowed))
        inputs.note.setVisible(bool(reason and reason.requires_note))
        if note:
            inputs.note.setText(note)

    def collect(self, session: ReturnSession) -> None:
        assert session.order is not None
        for line_id, inputs in self.inputs.items():
            code = inputs.reason.value()
            if not code:
                raise StepBlocked("reason_missing", line=line_id)
            session.set_reason(line_id, code, inputs.condition.value(), inputs.note.text())

    def stash(self, session: ReturnSession) -> None:
        for line_id, inputs in self.inputs.items():
            if inputs.reason.value():
                session.set_reason(line_id, inputs.reason.value(), inputs.condition.value(), inputs.note.text())

    def explain(self, blocked: StepBlocked, session: ReturnSession) -> str:
        params = dict(blocked.params)
        if "line" in params and session.order is not None:
            params["title"] = session.order.line(str(params["line"])).title
        return message(blocked.key, params)


def _condition_label(policy: Policy, code: str) -> str:
    for condition in policy.conditions:
        if condition.code == code:
            return condition.label
    return code.replace("_", " ").capitalize()
