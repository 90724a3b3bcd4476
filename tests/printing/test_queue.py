"""The print queue on a real SQLite file with PDF-folder printers and real cases."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader

from kiosk.db.case_store import load_case
from kiosk.db.engine import Database
from kiosk.db.print_jobs import SqlPrintJobStore
from kiosk.printing.composer import CaseDocuments
from kiosk.printing.document import DocumentKind
from kiosk.printing.documents import refusal_slip
from kiosk.printing.errors import PrinterErrorKind
from kiosk.printing.jobs import JobStatus
from kiosk.printing.printers import build_printers
from kiosk.printing.queue import PrintQueue
from kiosk.workflow.cases import ReturnCase
from kiosk.workflow.store import Store
from tests.printing.conftest import CREATED


def make_queue(database: Database, store: Store, tables: dict[str, dict[str, object]]) -> PrintQueue:
    def load(case_id: str) -> ReturnCase:
        with database.session() as session:
            return load_case(session, case_id)

    return PrintQueue(SqlPrintJobStore(database.sessions), build_printers(tables), lambda: CREATED, load, CaseDocuments(store, lambda: CREATED))


def pdf_folder(path: Path, *documents: str) -> dict[str, object]:
    table: dict[str, object] = {"kind": "pdf", "directory": str(path)}
    if documents:
        table["documents"] = list(documents)
    return table


def test_a_label_job_is_saved_as_a_pdf_and_its_path_recorded(database, store, saved_case, tmp_path) -> None:  # noqa: ANN001
    queue = make_queue(database, store, {"labels": pdf_folder(tmp_path / "labels", "label")})
    result = queue.submit(saved_case.id, DocumentKind.LABEL)
    assert result.printed and result.printer == "labels"
    saved = Path(result.output_path)
    assert saved.parent == tmp_path / "labels" and saved.name.startswith(saved_case.code)
    page = PdfReader(saved).pages[0]
    assert (float(page.mediabox.width), float(page.mediabox.height)) == (288.0, 432.0)
    assert queue.store.get(result.job_id).output_path == str(saved)


def test_each_kind_goes_to_the_first_printer_that_takes_it(database, store, tmp_path) -> None:  # noqa: ANN001
    queue = make_queue(
        database, store, {"slips": pdf_folder(tmp_path / "s", "slip", "store_copy"), "labels": pdf_folder(tmp_path / "l", "label")}
    )
    assert queue.printer_for(DocumentKind.SLIP) == "slips"
    assert queue.printer_for(DocumentKind.LABEL) == "labels"
    assert queue.printer_for(DocumentKind.REFUSAL) is None


def test_no_printer_for_a_kind_is_a_result_not_an_exception(database, store, saved_case, tmp_path) -> None:  # noqa: ANN001
    queue = make_queue(database, store, {"labels": pdf_folder(tmp_path, "label")})
    result = queue.submit(saved_case.id, DocumentKind.SLIP)
    assert result.ask_staff and result.error_kind is PrinterErrorKind.CONFIG and result.job_id is None


def test_a_full_or_missing_folder_keeps_the_job_queued(database, store, saved_case, tmp_path) -> None:  # noqa: ANN001
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the folder should be")
    queue = make_queue(database, store, {"labels": pdf_folder(blocked)})
    result = queue.submit(saved_case.id, DocumentKind.LABEL)
    assert result.error_kind is PrinterErrorKind.WRITE_ERROR and "Could not save the PDF" in result.error
    assert queue.store.get(result.job_id).status is JobStatus.QUEUED


def test_a_job_whose_case_cannot_be_loaded_stays_queued_with_a_document_error(database, store, tmp_path) -> None:  # noqa: ANN001
    queue = make_queue(database, store, {"pdf": pdf_folder(tmp_path)})
    job_id = queue.enqueue(None, DocumentKind.SLIP)  # a slip needs a case
    result = queue.print_now(job_id)
    assert result.error_kind is PrinterErrorKind.DOCUMENT
    assert queue.store.get(job_id).attempts == 1


def test_a_job_for_a_printer_removed_from_the_config_stays_queued(database, store, saved_case, tmp_path) -> None:  # noqa: ANN001
    queue = make_queue(database, store, {"pdf": pdf_folder(tmp_path)})
    job_id = queue.enqueue(saved_case.id, DocumentKind.SLIP, printer="gone")
    result = queue.print_now(job_id)
    assert result.error_kind is PrinterErrorKind.CONFIG and "gone" in result.error
    assert queue.pending()[0].id == job_id


def test_test_pages_need_no_case(database, store, tmp_path) -> None:  # noqa: ANN001
    queue = make_queue(database, store, {"pdf": pdf_folder(tmp_path)})
    result = queue.submit(None, "test")
    assert result.printed
    assert "Printer\npdf" in PdfReader(result.output_path).pages[0].extract_text()


def test_a_refusal_with_no_saved_case_prints_without_a_job(database, store, tmp_path) -> None:  # noqa: ANN001
    queue = make_queue(database, store, {"pdf": pdf_folder(tmp_path)})
    slip = refusal_slip(store, [("Maillot de bain", "Les maillots se retournent sous 14 jours.")], order_number="100234")
    result = queue.print_document(slip)
    assert result.printed and result.job_id is None
    assert "Les maillots se retournent" in PdfReader(result.output_path).pages[0].extract_text()
    assert queue.pending() == []


def test_a_refusal_slip_for_a_saved_case_explains_the_ineligible_lines(database, store, tmp_path) -> None:  # noqa: ANN001
    from kiosk.db.case_store import save_case
    from tests.printing.conftest import make_case

    refused = make_case(items=1, verdict="ineligible", seed=77)
    with database.sessions.begin() as session:
        save_case(session, refused, now=CREATED)
    queue = make_queue(database, store, {"pdf": pdf_folder(tmp_path)})
    result = queue.submit(refused.id, DocumentKind.REFUSAL)
    text = PdfReader(result.output_path).pages[0].extract_text()
    assert "Items we could not accept" in text and "Pull en laine" in text


def test_jobs_for_a_case_list_every_attempt_for_staff(database, store, saved_case, tmp_path) -> None:  # noqa: ANN001
    queue = make_queue(database, store, {"pdf": pdf_folder(tmp_path)})
    queue.submit(saved_case.id, "slip")
    queue.reprint(saved_case.id, "slip")
    jobs = queue.jobs_for_case(saved_case.id)
    assert [(j.kind, j.status) for j in jobs] == [(DocumentKind.SLIP, JobStatus.PRINTED)] * 2
    assert len({PdfReader(io.BytesIO(Path(j.output_path).read_bytes())).pages[0].extract_text() for j in jobs}) == 1
