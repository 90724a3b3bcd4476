"""What staff run the counter with: the returns and what became of them, the cash drawer, the
print queue, and the end-of-day report.

Every call is made off the GUI thread (kiosk.ui.background) or from the CLI. Opening the
drawer and printing the report are written to the audit log with who did it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from kiosk.config import Settings
from kiosk.db.unit_of_work import UnitOfWork
from kiosk.services.printing import DocumentPrinter
from kiosk.workflow.audit_chain import AuditKind
from kiosk.workflow.cases import CaseStatus, ReturnCase
from kiosk.workflow.clock import Clock
from kiosk.workflow.day_report import CASH, DayCase, DayReport, day_bounds, day_report, store_day

if TYPE_CHECKING:
    from kiosk.printing.document import Document
    from kiosk.printing.jobs import PrintJob
    from kiosk.printing.printers import Printer
    from kiosk.printing.queue import PrintResult

log = logging.getLogger(__name__)


class ReturnState:
    """A return's state as staff read it (the UI words each)."""

    #: held on the kiosk for a manager's approval
    PENDING_APPROVAL = "pending_approval"
    #: saved here, central does not hold it yet
    SUBMITTED = "submitted"
    ACCEPTED = "accepted"
    REVIEW = "review"
    REFUSED = "refused"
    REFUNDED = "refunded"
    #: a refund to the original tender failed: staff must act
    REFUND_FAILED = "refund_failed"


def return_state(case: ReturnCase, server_status: str | None, outbox_state: str | None) -> str:
    """Central's word when it has one; before that, held for approval or not yet sent."""
    if server_status:
        return server_status
    if outbox_state == "refused":
        return ReturnState.REFUSED
    if case.status is CaseStatus.PENDING_APPROVAL:
        return ReturnState.PENDING_APPROVAL
    return ReturnState.SUBMITTED


@dataclass(frozen=True)
class ReturnLine:
    """One return on the staff's list."""

    case_id: str
    code: str
    order_number: str
    created_at: datetime
    resolution: str
    amount: int
    currency: str
    staff_id: str | None
    state: str

    @property
    def needs_staff(self) -> bool:
        return self.state in (ReturnState.REFUND_FAILED, ReturnState.REFUSED, ReturnState.REVIEW)


@dataclass(frozen=True)
class DrawerOutcome:
    """The drawer was kicked open, or why not (a printer without a drawer, offline...)."""

    opened: bool
    amount: int
    currency: str
    problem: str = ""


def cash_to_pay(case: ReturnCase) -> int:
    """What leaves the drawer for this case: its cash tender refunds (nothing while it waits for approval)."""
    if case.status is not CaseStatus.COMPLETED:
        return 0
    return sum(t.amount for t in case.tender_refunds if t.kind == CASH)


class StaffOperations:
    def __init__(self, uow: UnitOfWork, settings: Settings, clock: Clock, printer: DocumentPrinter) -> None:
        self.uow = uow
        self.settings = settings
        self.clock = clock
        self.printer = printer
        self.zone = ZoneInfo(settings.store.timezone)

    # --- returns and their status -----------------------------------------------------------

    def recent_returns(self, limit: int = 100) -> list[ReturnLine]:
        with self.uow.reading() as tx:
            found = tx.cases.recent_with_status(limit)
        return [_line(case, status, state) for case, status, state in found]

    # --- the cash drawer --------------------------------------------------------------------

    def open_drawer(self, case: ReturnCase, actor: str) -> DrawerOutcome:
        """Kick the drawer of the receipt printer for a staff-mode cash refund; audited either way."""
        from kiosk.printing.errors import PrinterError

        amount = cash_to_pay(case)
        problem = ""
        try:
            self._drawer_printer().open_drawer()
        except PrinterError as error:
            problem = error.message
            log.warning("the cash drawer did not open for %s: %s", case.code, error)
        with self.uow.writing() as tx:
            tx.audit.append(at=self.clock(), kind=AuditKind.DRAWER_OPENED, actor=actor, subject=case.id,
                            details={"amount": amount, "currency": case.currency, "opened": not problem,
                                     "problem": problem})
        return DrawerOutcome(not problem, amount, case.currency, problem)

    def _drawer_printer(self) -> Printer:
        """The drawer hangs off the receipt printer: the one that prints slips."""
        from kiosk.printing.document import DocumentKind
        from kiosk.printing.errors import PrinterError, PrinterErrorKind

        queue = self.printer.queue
        target = queue.printers.get(queue.printer_for(DocumentKind.SLIP) or "")
        if target is None:
            raise PrinterError(PrinterErrorKind.CONFIG, "No receipt printer is set up: open the drawer by hand.")
        return target

    # --- the print queue --------------------------------------------------------------------

    def print_queue(self) -> list[PrintJob]:
        """Jobs waiting for their printer, oldest first, with their last error."""
        return self.printer.queued()

    def retry_print(self, job_id: int) -> PrintResult:
        return self.printer.queue.print_now(job_id)

    # --- the end-of-day report --------------------------------------------------------------

    def today(self) -> date:
        return store_day(self.clock(), self.zone)

    def day_report(self, day: date | None = None, staff_id: str | None = None) -> DayReport:
        day = day or self.today()
        start, end = day_bounds(day, self.zone)
        with self.uow.reading() as tx:
            cases = [DayCase(case, synced) for case, synced in tx.cases.created_between(start, end)]
            head = tx.audit.head()
        currency = cases[0].case.currency if cases else "USD"
        return day_report(cases, day, self.zone, currency=currency, staff_id=staff_id, audit_head=head)

    def report_document(self, report: DayReport) -> Document:
        from kiosk.printing.day_report import day_report_document

        with self.uow.reading() as tx:
            names = {member.id: member.name for member, _ in tx.staff.members()}
        return day_report_document(report, self.settings.store, device_id=self.settings.device_id,
                                   printed_at=self.clock(), staff_names=names, wording=self.printer.wording())

    def print_day_report(self, day: date | None, staff_id: str | None, actor: str) -> PrintResult:
        """Print the report on the receipt printer (made at once, never queued); audited when printed."""
        from kiosk.printing.document import DocumentKind

        report = self.day_report(day, staff_id)
        queue = self.printer.queue
        result = queue.print_document(self.report_document(report), queue.printer_for(DocumentKind.SLIP))
        if result.printed:
            totals = report.totals
            with self.uow.writing() as tx:
                tx.audit.append(at=self.clock(), kind=AuditKind.REPORT_PRINTED, actor=actor,
                                subject=report.day.isoformat(),
                                details={"staff_id": staff_id, "returns": totals.returns,
                                         "refunded": totals.refunded, "cash_paid_out": totals.cash_paid_out,
                                         "audit_head": list(report.audit_head) if report.audit_head else None})
        return result


def _line(case: ReturnCase, server_status: str | None, outbox_state: str | None) -> ReturnLine:
    amount = case.credit_total if case.resolution.value == "store_credit" else case.refund_total
    return ReturnLine(case.id, case.code, case.order_number, case.created_at, case.resolution.value, amount,
                      case.currency, case.staff_id, return_state(case, server_status, outbox_state))
