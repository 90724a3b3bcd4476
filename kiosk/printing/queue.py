"""The persistent print queue: a jammed printer never costs a shopper their return.

The return case is committed before anything prints (DESIGN §3). Each print is first stored
as a queued job, then sent; only a printer that took the whole job marks it printed. Any
failure keeps the job queued with the error and one more attempt counted, and the caller gets
a ``PrintResult`` saying "ask staff" instead of an exception: the UI shows a message, staff
fix the printer and retry or reprint from the staff screen.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from typing import Callable, Mapping

from kiosk.printing.composer import CaseDocuments
from kiosk.printing.document import Document, DocumentKind
from kiosk.printing.errors import PrinterError, PrinterErrorKind
from kiosk.printing.jobs import JobStatus, PrintJob, PrintJobStore
from kiosk.printing.printers import Printer
from kiosk.workflow.cases import ReturnCase
from kiosk.workflow.clock import Clock

log = logging.getLogger(__name__)

CaseLoader = Callable[[str], ReturnCase]


@dataclass(frozen=True)
class PrintResult:
    """What happened to one print; ``ask_staff`` is what the shopper-facing screen needs."""

    printer: str
    printed: bool
    job_id: int | None = None
    error_kind: PrinterErrorKind | None = None
    error: str = ""
    output_path: str | None = None

    @property
    def ask_staff(self) -> bool:
        return not self.printed

    @classmethod
    def failed(cls, error: PrinterError, job_id: int | None = None) -> PrintResult:
        return cls(error.printer, False, job_id, error.kind, error.message)


def format_job_error(error: PrinterError) -> str:
    """How an error is kept in ``last_error``: its kind first, so staff screens can group."""
    return f"{error.kind.value}: {error.message}"


def parse_job_error(text: str | None) -> tuple[PrinterErrorKind | None, str]:
    if not text:
        return None, ""
    kind, _, message = text.partition(": ")
    try:
        return PrinterErrorKind(kind), message
    except ValueError:
        return None, text


class PrintQueue:
    """Enqueue, print, retry and reprint; safe to call from one or more worker threads."""

    def __init__(
        self,
        store: PrintJobStore,
        printers: Mapping[str, Printer],
        clock: Clock,
        load_case: CaseLoader,
        documents: CaseDocuments,
    ) -> None:
        self.store = store
        self.printers = dict(printers)
        self.clock = clock
        self.load_case = load_case
        self.documents = documents
        self._printing = threading.Lock()  # one job at a time: never the same job twice

    def printer_for(self, kind: DocumentKind) -> str | None:
        """The first configured printer whose ``documents`` include this kind."""
        return next((name for name, p in self.printers.items() if p.settings.prints(kind)), None)

    def enqueue(self, case_id: str | None, kind: DocumentKind | str, printer: str | None = None) -> int:
        """Store a queued job and return its id; raises ``PrinterError`` if no printer fits."""
        kind = DocumentKind(kind)
        name = printer or self.printer_for(kind)
        if name is None:
            raise PrinterError(PrinterErrorKind.CONFIG, f"No printer is set up for {kind.value} documents.")
        return self.store.add(case_id, kind, name, self.clock()).id

    def submit(self, case_id: str | None, kind: DocumentKind | str, printer: str | None = None) -> PrintResult:
        """Enqueue and print at once: what the wizard calls after saving the case."""
        try:
            job_id = self.enqueue(case_id, kind, printer)
        except PrinterError as error:
            return PrintResult.failed(error)
        except Exception as exc:
            log.exception("could not queue a %s print for case %s", kind, case_id)
            return PrintResult(printer or "", False, None, PrinterErrorKind.WRITE_ERROR, f"The print could not be queued: {exc}")
        return self.print_now(job_id)

    def print_now(self, job_id: int) -> PrintResult:
        """Send one job; never raises. A printed job is not printed again."""
        with self._printing:
            try:
                return self._print(job_id)
            except Exception as exc:  # e.g. the database went away: report, don't crash the UI
                log.exception("print job %s failed outside the printer", job_id)
                return PrintResult("", False, job_id, PrinterErrorKind.WRITE_ERROR, f"The print job could not be processed: {exc}")

    process = print_now

    def reprint(self, case_id: str, kind: DocumentKind | str, printer: str | None = None) -> PrintResult:
        """Staff reprint: a new job; older queued copies of it are cancelled so a later
        retry does not print the same document twice."""
        kind = DocumentKind(kind)
        try:
            for job in self.store.for_case(case_id):
                if job.kind is kind and job.status is JobStatus.QUEUED:
                    self.store.cancel(job.id, self.clock())
        except Exception:
            log.exception("could not cancel older %s jobs for case %s", kind.value, case_id)
        return self.submit(case_id, kind, printer)

    def retry_pending(self, limit: int = 100) -> list[PrintResult]:
        """Try every queued job once, oldest first. After a printer fails (offline, no paper,
        timeout...) its other jobs wait for the next pass, so one dead printer costs one
        timeout, not one per job; only a job whose own document failed does not stop it."""
        results: list[PrintResult] = []
        down: set[str] = set()
        for job in self.pending(limit):
            if job.printer in down:
                continue
            result = self.print_now(job.id)
            if result.error_kind not in (None, PrinterErrorKind.DOCUMENT):
                down.add(job.printer)
            results.append(result)
        return results

    def pending(self, limit: int = 100) -> list[PrintJob]:
        return self.store.queued(limit)

    def jobs_for_case(self, case_id: str) -> list[PrintJob]:
        return self.store.for_case(case_id)

    def cancel(self, job_id: int) -> PrintJob:
        return self.store.cancel(job_id, self.clock())

    def print_document(self, document: Document, printer: str | None = None) -> PrintResult:
        """Print something that is not kept in the queue (a refusal with no saved case)."""
        name = printer or self.printer_for(document.kind)
        target = self.printers.get(name or "")
        if name is None or target is None:
            return PrintResult(name or "", False, None, PrinterErrorKind.CONFIG, f"No printer is set up for {document.kind.value} documents.")
        with self._printing:
            try:
                outcome = target.print_document(document)
            except PrinterError as error:
                return PrintResult.failed(error.for_printer(name))
        return PrintResult(name, True, None, output_path=outcome.output_path)

    def _print(self, job_id: int) -> PrintResult:
        job = self.store.get(job_id)
        if job is None:
            return PrintResult("", False, job_id, PrinterErrorKind.CONFIG, f"There is no print job {job_id}.")
        if job.status is not JobStatus.QUEUED:
            return PrintResult(job.printer, job.status is JobStatus.PRINTED, job.id, output_path=job.output_path)
        try:
            outcome = self._printer(job).print_document(self._document(job))
        except Exception as exc:
            error = _as_printer_error(exc).for_printer(job.printer)
            self.store.mark_failed(job.id, self.clock(), format_job_error(error))
            log.warning("print job %s (%s) stays queued: %s", job.id, job.kind.value, error)
            return PrintResult.failed(error, job.id)
        self.store.mark_printed(job.id, self.clock(), outcome.output_path)
        return PrintResult(job.printer, True, job.id, output_path=outcome.output_path)

    def _printer(self, job: PrintJob) -> Printer:
        printer = self.printers.get(job.printer)
        if printer is None:
            raise PrinterError(PrinterErrorKind.CONFIG, f"The printer {job.printer!r} is not configured on this kiosk.")
        return printer

    def _document(self, job: PrintJob) -> Document:
        try:
            case = self.load_case(job.case_id) if job.case_id is not None else None
            return self.documents.compose(job.kind, case, job.printer)
        except Exception as exc:
            log.exception("could not build the %s document for job %s", job.kind.value, job.id)
            raise PrinterError(PrinterErrorKind.DOCUMENT, f"The document could not be prepared: {exc}") from exc


def _as_printer_error(exc: Exception) -> PrinterError:
    if isinstance(exc, PrinterError):
        return exc
    log.error("unexpected error while printing", exc_info=exc)
    return PrinterError(PrinterErrorKind.WRITE_ERROR, f"Printing failed: {exc!r}")
