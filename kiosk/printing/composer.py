"""Which document a queued job prints, rebuilt from the saved case at print time.

Jobs store only (case id, kind, printer): the case is the source of truth, so a reprint days
later shows exactly what was decided, and the queue never holds a stale rendering.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Sequence

from kiosk.printing import documents
from kiosk.printing.document import Document, DocumentKind
from kiosk.printing.wording import ENGLISH, Wording, humanise
from kiosk.workflow.cases import CaseLine, ReturnCase
from kiosk.workflow.clock import Clock
from kiosk.workflow.line_rules import Verdict
from kiosk.workflow.policy_messages import MESSAGES
from kiosk.workflow.store import Store

REFUSED_VERDICTS = (Verdict.INELIGIBLE.value,)


def ship_from_extras(case: ReturnCase) -> Sequence[str]:
    """The sender's address if the wizard kept one in the case's extras, else just the name."""
    lines = case.extras.get("ship_from")
    if isinstance(lines, (list, tuple)) and all(isinstance(line, str) for line in lines):
        return tuple(lines)
    return (case.customer_name,) if case.customer_name else ()


def refused_lines(wording: Wording) -> Callable[[ReturnCase], Sequence[tuple[str, str]]]:
    """(item, reason) for lines the policy refused. The UI should pass its own, with the
    decision's parameters filled in; this default is for reprints with nothing else."""

    def reasons(case: ReturnCase) -> Sequence[tuple[str, str]]:
        return [(line.title, _why(line, wording)) for line in case.lines if line.verdict in REFUSED_VERDICTS]

    return reasons


def _why(line: CaseLine, wording: Wording) -> str:
    """The policy's own sentence when it needs no parameters (a case does not keep them)."""
    template = MESSAGES.get(line.message_key, "")
    if template and "{" not in template:
        return wording(template)
    return wording(humanise(line.rule)) if line.rule else wording("This item cannot be returned.")


@dataclass
class CaseDocuments:
    """Builds each kind of document for a job; the UI passes its wording and reason texts."""

    store: Store
    clock: Clock
    wording: Wording = ENGLISH
    ship_from: Callable[[ReturnCase], Sequence[str]] = ship_from_extras
    refusals: Callable[[ReturnCase], Sequence[tuple[str, str]]] | None = field(default=None)

    def compose(self, kind: DocumentKind, case: ReturnCase | None, printer: str) -> Document:
        if kind is DocumentKind.TEST:
            return documents.test_page(printer, self.store, when=self.clock(), wording=self.wording)
        if case is None:
            raise ValueError(f"a {kind.value} needs a return case")
        if kind is DocumentKind.SLIP:
            return documents.return_slip(case, self.store, wording=self.wording)
        if kind is DocumentKind.STORE_COPY:
            return documents.store_copy(case, self.store, wording=self.wording)
        if kind is DocumentKind.LABEL:
            return documents.return_label(case, self.store, self.ship_from(case), wording=self.wording)
        explain = self.refusals or refused_lines(self.wording)
        return documents.refusal_slip(self.store, explain(case), case=case, wording=self.wording)
