"""Give a reason for each item; some reasons ask for the item's condition or a note."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QVBoxLayout

from kiosk.ui.messages import message
from kiosk.ui.pages.base import WizardPage, card, clear_layout, label
from kiosk.workflow.wizard import ReturnSession, Step, StepBlocked

CONDITIONS = {
    "unopened": "Unopened, with tags",
    "opened": "Opened or tried on",
    "damaged": "Damaged",
}


def reason_label(text: str) -> str:
    return QCoreApplication.translate("Reasons", text)


@dataclass
class _ReasonInputs:
    reason: QComboBox
    condition: QComboBox
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
            inputs = _ReasonInputs(QComboBox(), QComboBox(), QLineEdit())
            inputs.reason.setAccessibleName(self.tr("Reason for returning {title}").format(title=line.title))
            inputs.reason.addItem(self.tr("Choose a reason…"), None)
            for reason in session.policy.reasons:
                inputs.reason.addItem(reason_label(reason.label), reason.code)
            inputs.condition.setAccessibleName(self.tr("Condition of {title}").format(title=line.title))
            inputs.note.setAccessibleName(self.tr("Note about {title}").format(title=line.title))
            inputs.note.setPlaceholderText(self.tr("Tell us a little more"))
            for widget in (inputs.reason, inputs.condition, inputs.note):
                layout.addWidget(widget)
            choice = session.choices[selection.line_id]
            inputs.reason.currentIndexChanged.connect(lambda _=0, i=inputs, s=session: self._reason_changed(s, i))
            if choice.reason_code:
                inputs.reason.setCurrentIndex(inputs.reason.findData(choice.reason_code))
            self._reason_changed(session, inputs, choice.condition, choice.note)
            self.inputs[selection.line_id] = inputs
            self.list.addWidget(row)

    def _reason_changed(self, session: ReturnSession, inputs: _ReasonInputs,
                        condition: str | None = None, note: str = "") -> None:
        code = inputs.reason.currentData()
        reason = session.policy.reason(code) if code else None
        inputs.condition.clear()
        if reason and reason.conditions:
            inputs.condition.addItem(self.tr("Condition…"), None)
            for value in reason.conditions:
                inputs.condition.addItem(QCoreApplication.translate("Conditions", CONDITIONS.get(value, value)), value)
            if condition:
                inputs.condition.setCurrentIndex(max(0, inputs.condition.findData(condition)))
        inputs.condition.setVisible(bool(reason and reason.conditions))
        inputs.note.setVisible(bool(reason and reason.requires_note))
        inputs.note.setText(note)

    def collect(self, session: ReturnSession) -> None:
        assert session.order is not None
        for line_id, inputs in self.inputs.items():
            code = inputs.reason.currentData()
            if not code:
                title = session.order.line(line_id).title
                raise StepBlocked("reason_missing", title=title)
            session.set_reason(line_id, code, inputs.condition.currentData(), inputs.note.text())

    def explain(self, blocked: StepBlocked, session: ReturnSession) -> str:
        params = dict(blocked.params)
        if "line" in params and session.order is not None:
            params["title"] = session.order.line(str(params["line"])).title
        return message(blocked.key, params)
