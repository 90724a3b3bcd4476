"""Which document a queued job prints, rebuilt from the saved case at print time.

Jobs store only (case id, kind, printer): the case is the source of truth, so a reprint days
later shows exactly what was decided, and the queue never holds a stale rendering. What the
case keeps only as codes (staff ids, reason codes, SKUs) the caller names through
``CaseDocuments.context``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Mapping, Sequence

from kiosk.printing import documents
from kiosk.printing.bag_label import bag_label
from kiosk.printing.case_context import NO_CONTEXT, CaseContext, with_case_figures
from kiosk.printing.document import Document, DocumentKind
from kiosk.printing.wording import ENGLISH, Wording
from kiosk.workflow.cases import CaseLine, RefusedLine, ReturnCase
from kiosk.workflow.clock import Clock
from kiosk.workflow.line_rules import Verdict
from kiosk.workflow.money import localise_amounts
from kiosk.workflow.policy_messages import MESSAGES
from kiosk.workflow.store import Store

REFUSED_VERDICTS = (Verdict.INELIGIBLE.value,)

#: the gist of policy messages whose full text needs the decision's parameters, which a
#: saved case does not keep (how many days, which category)
_WITHOUT_PARAMETERS = {
    "window_closed": "The return window for this item has closed.",
    "window_closed_since_purchase": "The return window for this item has closed.",
    "extended_window_closed": "The return window for this item has closed.",
    "final_sale": "This item was sold as final sale and cannot be returned.",
    "non_returnable_category": "Items of this kind cannot be returned.",
    "non_returnable_tag": "This item cannot be returned.",
    "quantity_exceeds": "More of this item were chosen than can be returned.",
    "already_returned": "This item has already been returned.",
}


def ship_from_extras(case: ReturnCase) -> Sequence[str]:
    """The sender's address if the wizard kept one in the case's extras, else just the name."""
    lines = case.extras.get("ship_from")
    if isinstance(lines, (list, tuple)) and all(isinstance(line, str) for line in lines):
        return tuple(lines)
    return (case.customer_name,) if case.customer_name else ()


def no_context(case: ReturnCase) -> CaseContext:
    return NO_CONTEXT


def refused_lines(wording: Wording) -> Callable[[ReturnCase], Sequence[tuple[str, str]]]:
    """(item, reason) for what the case could not take back: the refused lines it records
    (format v3, with the decision's parameters), else its lines the policy refused."""

    def reasons(case: ReturnCase) -> Sequence[tuple[str, str]]:
        if case.refused_lines:
            return [(_titled(line, wording), _refused_why(line, wording)) for line in case.refused_lines]
        return refusals_of([line for line in case.lines if line.verdict in REFUSED_VERDICTS], wording)

    return reasons


def _refused_why(line: RefusedLine, wording: Wording) -> str:
    """The policy's sentence with the decision's figures (days, dates), as the screen said it."""
    template = MESSAGES.get(line.message_key, "")
    params: Mapping[str, Any] = {"title": line.title, **localise_amounts(line.message_params, wording.money)}
    if template:
        try:
            return wording(template, **params)
        except (KeyError, IndexError, ValueError):
            pass
    return wording(_WITHOUT_PARAMETERS.get(line.message_key, "This item cannot be returned."))


def refusals_of(lines: Sequence[CaseLine], wording: Wording) -> list[tuple[str, str]]:
    """(item, reason) for refused lines, worded from what a line keeps: the policy's own
    sentence when it needs no parameters, else its gist."""
    return [(_titled(line, wording), _why(line, wording)) for line in lines]


def _titled(line: CaseLine | RefusedLine, wording: Wording) -> str:
    return wording("{quantity} x {title}", quantity=line.quantity, title=line.title) if line.quantity > 1 else line.title


def _why(line: CaseLine, wording: Wording) -> str:
    template = MESSAGES.get(line.message_key, "")
    if template and "{" not in template:
        return wording(template)
    return wording(_WITHOUT_PARAMETERS.get(line.message_key, "This item cannot be returned."))


@dataclass
class CaseDocuments:
    """Builds each kind of document for a job; the UI passes its wording and reason texts.

    ``context`` names what the case keeps as codes (staff, policy labels, exchanged items);
    ``refusals`` explains refused items, for a case that does not keep them itself.
    """

    store: Store
    clock: Clock
    wording: Wording = ENGLISH
    ship_from: Callable[[ReturnCase], Sequence[str]] = ship_from_extras
    refusals: Callable[[ReturnCase], Sequence[tuple[str, str]]] | None = field(default=None)
    context: Callable[[ReturnCase], CaseContext] = no_context

    def compose(self, kind: DocumentKind, case: ReturnCase | None, printer: str) -> Document:
        if kind is DocumentKind.TEST:
            return documents.test_page(printer, self.store, when=self.clock(), wording=self.wording)
        if case is None:
            raise ValueError(f"a {kind.value} needs a return case")
        if kind is DocumentKind.REFUSAL:
            return self._refusal(case)
        if kind is DocumentKind.BAG_LABEL:
            return bag_label(case, self.store, when=self.clock(), wording=self.wording)
        context = with_case_figures(self.context(case), case)
        if kind is DocumentKind.SLIP:
            return documents.return_slip(case, self.store, wording=self.wording, context=context)
        if kind is DocumentKind.STORE_COPY:
            return documents.store_copy(case, self.store, wording=self.wording, context=context)
        if documents.returns_centre_lines(case):
            return documents.returns_centre_label(case, self.store, wording=self.wording, context=context)
        return documents.return_label(case, self.store, self.ship_from(case), wording=self.wording, context=context)

    def _refusal(self, case: ReturnCase) -> Document:
        explained = (self.refusals or refused_lines(self.wording))(case)
        if not explained:
            raise ValueError(f"return {case.code} keeps no refused items to explain")
        return documents.refusal_slip(self.store, explained, case=case, wording=self.wording)
