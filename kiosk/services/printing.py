"""Printing a saved case: the PDF slip in the profile, and the configured printers.

Called only after the case is committed. Any printer trouble is reported in the outcome,
never raised, so a jammed printer can never cost a shopper their return. The printing stack
(reportlab, python-escpos) is imported on first use or by ``warm_up`` on a worker thread,
so it never slows the kiosk's start.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from kiosk.config import Settings
from kiosk.db.unit_of_work import Transaction, UnitOfWork
from kiosk.printing.wording import ENGLISH, Wording
from kiosk.services.returns import PrintOutcome
from kiosk.workflow.cases import CaseStatus, ReturnCase
from kiosk.workflow.clock import Clock
from kiosk.workflow.errors import KioskError
from kiosk.workflow.policy import Policy

if TYPE_CHECKING:
    from kiosk.printing.case_context import CaseContext
    from kiosk.printing.document import Document
    from kiosk.printing.jobs import PrintJob
    from kiosk.printing.printers import SystemPrint
    from kiosk.printing.queue import PrintQueue, PrintResult
    from kiosk.sync.health_report import PrinterHealth

log = logging.getLogger(__name__)


class DocumentPrinter:
    def __init__(self, settings: Settings, uow: UnitOfWork, clock: Clock, *,
                 system_print: SystemPrint | None = None, wording: Callable[[], Wording] = lambda: ENGLISH,
                 policy_words: Callable[[str], str] = lambda text: text) -> None:
        self.settings = settings
        self.uow = uow
        self.clock = clock
        self.system_print = system_print
        #: the words of the language on screen when a document is made
        self.wording = wording
        #: the policy's own labels in that language (the UI's "Policy" translations)
        self.policy_words = policy_words
        self._queue: PrintQueue | None = None
        self._lock = threading.Lock()

    @property
    def queue(self) -> PrintQueue:
        with self._lock:
            if self._queue is None:
                self._queue = self._build_queue()
            return self._queue

    def _build_queue(self) -> PrintQueue:
        from kiosk.printing.composer import CaseDocuments
        from kiosk.printing.printers import build_printers
        from kiosk.printing.queue import PrintQueue

        printers = build_printers(self.settings.printers, system_print=self.system_print)
        documents = CaseDocuments(self.settings.store, self.clock, self.wording(), context=self.context)
        return PrintQueue(self.uow.print_jobs(), printers, self.clock, self._load_case, documents)

    def context(self, case: ReturnCase) -> CaseContext:
        """The names a case keeps as codes: the policy's labels, staff names, exchanged items."""
        from kiosk.printing.case_context import CaseContext, ExchangeItem, PolicyLabels, with_case_figures

        with self.uow.reading() as tx:
            policy = self._policy(tx)
            staff = {member.id: member.name for member, _ in tx.staff.members()}
            skus = {line.exchange_sku for line in case.lines if line.exchange_sku}
            products = {v.sku: v for v in tx.orders.variants_of(*self._products_of(tx, case))} if skus else {}
        titles = {line.exchange_sku: line.title for line in case.lines if line.exchange_sku}
        exchange = {sku: ExchangeItem(titles[sku], dict(products[sku].attributes))
                    for sku in skus if sku in products}
        labels = PolicyLabels.from_policy(policy, translate=self.policy_words) if policy else PolicyLabels()
        return with_case_figures(CaseContext(labels=labels, staff_names=staff, exchange_items=exchange), case)

    @staticmethod
    def _policy(tx: Transaction) -> Policy | None:
        """The policy in force for its labels; a slip prints with codes rather than not at all."""
        try:
            return tx.policies.active()
        except KioskError as error:
            log.warning("policy labels unavailable for printing: %s", error)
            return None

    @staticmethod
    def _products_of(tx: Transaction, case: ReturnCase) -> list[str]:
        order = tx.orders.get(case.order_number)
        return sorted({line.product_id for line in order.lines}) if order else []

    def warm_up(self) -> None:
        """Load fonts, code pages and printer settings ahead of the first return."""
        from kiosk.printing.pdf_render import register_fonts

        register_fonts()
        self.queue  # noqa: B018 - builds it

    def _load_case(self, case_id: str) -> ReturnCase:
        with self.uow.reading() as tx:
            return tx.cases.load(case_id)

    def slip_path(self, case: ReturnCase) -> Path:
        return self.settings.documents_dir / f"return-{case.code}.pdf"

    def label_path(self, case: ReturnCase) -> Path:
        return self.settings.documents_dir / f"label-{case.code}.pdf"

    def print_case(self, case: ReturnCase) -> PrintOutcome:
        """The slip, and what else the case calls for: the store copy when a manager approved a
        line, the refusal slip when the shopper leaves with refused lines, the returns-centre
        label (also kept as a 4x6 PDF) when lines go there."""
        from kiosk.printing.document import DocumentKind
        from kiosk.printing.documents import return_slip, returns_centre_label, returns_centre_lines

        problems: list[str] = []
        context = self.context(case)
        slip = return_slip(case, self.settings.store, wording=self.wording(), context=context)
        pdf_path = self._write_pdf(slip, self.slip_path(case), problems)
        labelled = bool(returns_centre_lines(case)) and case.status is CaseStatus.COMPLETED
        if labelled:
            label = returns_centre_label(case, self.settings.store, wording=self.wording(), context=context)
            self._write_pdf(label, self.label_path(case), problems)
        queue = self.queue
        results: list[PrintResult] = []
        kinds = [DocumentKind.SLIP] + ([DocumentKind.STORE_COPY] if case.approvals else [])
        kinds += ([DocumentKind.REFUSAL] if case.refused_lines else []) + ([DocumentKind.LABEL] if labelled else [])
        for kind in kinds:
            if queue.printer_for(kind) is not None:
                results.append(queue.submit(case.id, kind))
                if kind is DocumentKind.REFUSAL:
                    self._record_refusal_slip(case, results[-1])
        problems += [f"{r.printer}: {r.error}" for r in results if not r.printed]
        printed = any(r.printed for r in results)
        return PrintOutcome(pdf_path=pdf_path, printed=printed, problems=tuple(problems))

    def _write_pdf(self, document: Document, path: Path, problems: list[str]) -> str | None:
        from kiosk.printing.pdf_render import write_pdf

        try:
            write_pdf(document, path)
        except OSError as error:
            log.error("could not write %s: %s", path.name, error)
            problems.append(f"pdf: {error}")
            return None
        return str(path)

    def _record_refusal_slip(self, case: ReturnCase, result: PrintResult) -> None:
        """The refusal slip in the audit log: which lines it explained, printed or queued."""
        from kiosk.services.returns import REFUSAL_SLIP_PRINTED

        details = {"return_code": case.code, "order_number": case.order_number, "printed": result.printed,
                   "lines": [line.line_id for line in case.refused_lines]}
        with self.uow.writing() as tx:
            tx.audit.append(at=self.clock(), kind=REFUSAL_SLIP_PRINTED, actor=case.staff_id or "kiosk",
                            subject=case.id, details=details)

    def print_bag_label(self, case: ReturnCase) -> PrintOutcome:
        """The label for the bag of an online return dropped off (kiosk.printing.bag_label), on the
        slip printer, through the queue: a printer that is off prints it when it is back."""
        from kiosk.printing.document import DocumentKind

        slip_printer = self.queue.printer_for(DocumentKind.SLIP)
        if slip_printer is None:
            return PrintOutcome()  # no receipt printer here: nothing to say about a label
        result = self.queue.submit(case.id, DocumentKind.BAG_LABEL, slip_printer)
        return PrintOutcome(printed=result.printed, problems=() if result.printed else (result.error,))

    def printer_health(self) -> list[PrinterHealth]:
        """Every configured printer's status, asked now (for the health report; never raises)."""
        from kiosk.sync.health_report import PrinterHealth

        return [PrinterHealth(name, status.ready, status.message)
                for name, status in ((name, printer.check()) for name, printer in self.queue.printers.items())]

    def queued(self) -> list[PrintJob]:
        """Jobs waiting for their printer, oldest first, with the last error: what staff see."""
        return self.queue.pending()

    def reprint(self, case_id: str, kind: str = "slip") -> PrintOutcome:
        result = self.queue.reprint(case_id, kind)
        return PrintOutcome(printed=result.printed, problems=() if result.printed else (result.error,))
