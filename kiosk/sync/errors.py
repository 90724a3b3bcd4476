"""Why a sync step stopped: the answer that stopped it, and the step it stopped."""

from __future__ import annotations

from kiosk.sync.answers import Answer, Kind
from kiosk.workflow.errors import KioskError


class StepFailed(KioskError):
    """A pull step could not finish; what it committed so far stays (pages are atomic)."""

    default_key = "sync_failed"

    def __init__(self, step: str, answer: Answer) -> None:
        super().__init__(f"{step}: {answer.describe()}")
        self.step = step
        self.answer = answer

    @property
    def offline(self) -> bool:
        """True when the server could not be reached or was not itself (as opposed to refusing us)."""
        return self.answer.kind is Kind.TRANSIENT and self.answer.status is None


def bad_answer(step: str, message: str) -> StepFailed:
    """The server answered 2xx with something we cannot use: treated as transient garbage."""
    return StepFailed(step, Answer(Kind.TRANSIENT, 200, "bad_answer", message))
