"""Give a reason for each item; some reasons ask for the item's condition, a detail or a note.

The reasons, conditions and details are the policy's own, shown with its labels (translated
in the "Policy" context, the same words the printed documents use). A reason that needs a
note puts the cursor in the note field at once, so the on-screen keyboard comes up without
another tap. Details (a policy's sub-reasons, such as "too small: length") are asked where
the policy has them and are optional.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout

from kiosk.ui.choice_buttons import ChoiceButtons
from kiosk.ui.messages import message
from kiosk.ui.pages.base import WizardPage, card, clear_layout, label
from kiosk.workflow.policy import Policy
from kiosk.workflow.wizard import ReturnSession, Step, StepBlocked

#: sub-reason codes the demo policy and common policies use; others are shown humanised
SUB_REASONS = cast("dict[str, str]", {  # QT_TRANSLATE_NOOP hands back its text; its stub says object
    "length": QT_TRANSLATE_NOOP("ReasonsPage", "Length"),
    "width": QT_TRANSLATE_NOOP("ReasonsPage", "Width"),
    "overall": QT_TRANSLATE_NOOP("ReasonsPage", "Overall fit"),
    "colour": QT_TRANSLATE_NOOP("ReasonsPage", "Colour"),
    "quality": QT_TRANSLATE_NOOP("ReasonsPage", "Quality"),
    "comfort": QT_TRANSLATE_NOOP("ReasonsPage", "Comfort"),
})


def policy_label(text: str) -> str:
    """Reason and condition labels come from the policy; translators see them in context Policy."""
    return QCoreApplication.translate("Policy", text)


def sub_reason_label(code: str) -> str:
    known = SUB_REASONS.get(code)
    return QCoreApplication.translate("ReasonsPage", known) if known else code.replace("_", " ").capitalize()


@dataclass
class _ReasonInputs:
    reason: ChoiceButtons
    condition: ChoiceButtons
    condition_title: QLabel
    detail: ChoiceButtons
    detail_title: QLabel
    note: QLineEdit


class ReasonsPage(WizardPage):
    step = Step.REASONS
    head_scrolls = True

    def __init__(self) -> None:
        super().__init__()
        self.list = QVBoxLayout()
        self.list.setSpacing(14)
        self.body.addLayout(self.list)
        self.body.addStretch(1)
        self.inputs: dict[str, _ReasonInputs] = {}
        self._details: dict[str, str] = {}
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
            layout.setContentsMargins(18, 14, 18, 16)
            layout.addWidget(label(f"<b>{line.title}</b> × {selection.quantity}"))
            inputs = self._inputs(session, line.title)
            for widget in (inputs.reason, inputs.condition_title, inputs.condition, inputs.detail_title,
                           inputs.detail, inputs.note):  # what is needed first, what is optional after
                layout.addWidget(widget)
            choice = session.choices[selection.line_id]
            inputs.reason.changed.connect(lambda _code, i=inputs, s=session: self._reason_changed(s, i, focus=True))
            inputs.detail.changed.connect(lambda code, i=selection.line_id: self._details.__setitem__(i, str(code)))
            if choice.reason_code:
                inputs.reason.select(choice.reason_code)
            self._reason_changed(session, inputs, choice.condition, choice.note)
            if selection.line_id in self._details:
                inputs.detail.select(self._details[selection.line_id])
            self.inputs[selection.line_id] = inputs
            self.list.addWidget(row)

    def _inputs(self, session: ReturnSession, title: str) -> _ReasonInputs:
        reasons = ChoiceButtons([(r.code, policy_label(r.label)) for r in session.policy.reasons],
                                accessible_prefix=self.tr("Reason for {title}: ").format(title=title))
        conditions = ChoiceButtons(accessible_prefix=self.tr("Condition of {title}: ").format(title=title))
        details = ChoiceButtons(columns=4, accessible_prefix=self.tr("Detail for {title}: ").format(title=title))
        note = QLineEdit()
        note.setAccessibleName(self.tr("Note about {title}").format(title=title))
        note.setPlaceholderText(self.tr("Tell us a little more"))
        return _ReasonInputs(reasons, conditions, label(self.tr("What condition is it in?"), "hint"), details,
                             label(self.tr("Which part? (optional)"), "hint"), note)

    def _reason_changed(self, session: ReturnSession, inputs: _ReasonInputs, condition: str | None = None,
                        note: str = "", *, focus: bool = False) -> None:
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
        details = reason.sub_reasons if reason else ()
        inputs.detail.set_options([(d, sub_reason_label(d)) for d in details])
        for widget in (inputs.detail, inputs.detail_title):
            widget.setVisible(bool(details))
        wants_note = bool(reason and reason.requires_note)
        inputs.note.setVisible(wants_note)
        if note:
            inputs.note.setText(note)
        if wants_note and focus:
            inputs.note.setFocus()  # the keyboard comes up under it, no extra tap

    def sub_reasons(self) -> dict[str, str]:
        """Line id -> the detail picked, for lines whose reason offers details."""
        found: dict[str, str] = {}
        for line_id, inputs in self.inputs.items():
            value = inputs.detail.value()
            if value and inputs.detail.isVisibleTo(self):
                found[line_id] = str(value)
        return found

    def collect(self, session: ReturnSession) -> None:
        assert session.order is not None
        for line_id, inputs in self.inputs.items():
            code = inputs.reason.value()
            if not code:
                raise StepBlocked("reason_missing", line=line_id)
            session.set_reason(line_id, code, inputs.condition.value(), inputs.note.text())
        self._details = self.sub_reasons()

    def stash(self, session: ReturnSession) -> None:
        for line_id, inputs in self.inputs.items():
            if inputs.reason.value():
                session.set_reason(line_id, inputs.reason.value(), inputs.condition.value(), inputs.note.text())
        self._details = self.sub_reasons()

    def wipe(self) -> None:
        super().wipe()
        self.inputs = {}
        self._details = {}

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
