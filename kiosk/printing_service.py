"""Printing a saved case: the PDF slip in the profile, and the configured printers.

Called only after the case is committed. Any printer trouble is reported in the outcome,
never raised, so a jammed printer can never cost a shopper their return.
"""

from __future__ import annotations

import logging

from kiosk.config import Settings
from kiosk.db.engine import Database
from kiosk.printing.documents import return_slip
from kiosk.printing.pdf_render import write_pdf
from kiosk.returns_desk import PrintOutcome
from kiosk.workflow.cases import ReturnCase
from kiosk.workflow.clock import Clock

log = logging.getLogger(__name__)


class DocumentPrinter:
    def __init__(self, settings: Settings, database: Database, clock: Clock) -> None:
        self.settings = settings
        self.database = database
        self.clock = clock

    def pdf_path(self, case: ReturnCase) -> str:
        return str(self.settings.documents_dir / f"return-{case.code}.pdf")

    def print_case(self, case: ReturnCase) -> PrintOutcome:
        problems: list[str] = []
        path: str | None = self.pdf_path(case)
        try:
            write_pdf(return_slip(case, self.settings.store), self.settings.documents_dir / f"return-{case.code}.pdf")
        except OSError as error:
            log.error("could not write the slip PDF for %s: %s", case.code, error)
            problems.append(f"pdf: {error}")
            path = None
        return PrintOutcome(pdf_path=path, printed=False, problems=tuple(problems))
