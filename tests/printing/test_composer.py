"""Documents rebuilt from a saved case at print time, with what the caller knows besides."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from pypdf import PdfReader

from kiosk.db.case_store import load_case, save_case
from kiosk.db.print_jobs import SqlPrintJobStore
from kiosk.printing.case_context import CaseContext
from kiosk.printing.composer import CaseDocuments, refusals_of
from kiosk.printing.document import DocumentKind
from kiosk.printing.errors import PrinterErrorKind
from kiosk.printing.printers import build_printers
from kiosk.printing.queue import PrintQueue
from kiosk.workflow.cases import CaseLine, ReturnCase
from kiosk.workflow.ids import LineId
from tests.printing.conftest import CREATED, make_case, manager_approval

SWIMSUIT = CaseLine(LineId("L9"), "SKU-009", "Bañador azul", 1, "too_small", "ineligible", 0,
                    rule="rules.categories[2]", message_key="window_closed")
FINAL_SALE = CaseLine(LineId("L8"), "SKU-008", "Gafas de sol", 2, "changed_mind", "ineligible", 0,
                      rule="rules.non_returnable.final_sale", message_key="final_sale")


def composer(store, **options) -> CaseDocuments:  # noqa: ANN001
    return CaseDocuments(store, lambda: CREATED, **options)


def test_refused_lines_are_explained_in_plain_words_without_the_decisions_parameters() -> None:
    assert refusals_of([SWIMSUIT, FINAL_SALE], CaseDocuments.wording) == [
        ("Bañador azul", "The return window for this item has closed."),
        ("2 x Gafas de sol", "This item was sold as final sale and cannot be returned."),
    ]


def test_refused_lines_handed_in_by_the_caller_are_listed_on_the_refusal_slip(store, case) -> None:  # noqa: ANN001
    documents = composer(store, refusals=lambda c: refusals_of([SWIMSUIT, FINAL_SALE], CaseDocuments.wording))
    lines = documents.compose(DocumentKind.REFUSAL, case, "counter").text_lines()
    assert "Bañador azul" in lines and "The return window for this item has closed." in lines
    assert "2 x Gafas de sol" in lines
    assert f"Return code: {case.code}" in lines


def test_a_case_that_keeps_its_refused_lines_explains_them_by_itself(store) -> None:  # noqa: ANN001
    case = replace(make_case(items=1), lines=(*make_case(items=1).lines, FINAL_SALE))
    lines = composer(store).compose(DocumentKind.REFUSAL, case, "counter").text_lines()
    assert lines.count("2 x Gafas de sol") == 1 and "Pull en laine" not in "\n".join(lines)


def test_a_saved_case_with_no_refused_lines_is_a_document_error_not_an_empty_slip(database, store, tmp_path: Path) -> None:  # noqa: ANN001
    case = make_case(seed=91)
    with database.sessions.begin() as session:
        save_case(session, case, now=CREATED)
    result = queue_for(database, store, tmp_path, composer(store)).submit(case.id, DocumentKind.REFUSAL)
    assert not result.printed and result.error_kind is PrinterErrorKind.DOCUMENT
    assert "keeps no refused items" in result.error
    assert list(tmp_path.glob("*.pdf")) == []


def test_the_callers_context_reaches_every_document_of_a_job(database, store, tmp_path: Path) -> None:  # noqa: ANN001
    case = make_case(seed=92, approvals=(manager_approval(),))
    with database.sessions.begin() as session:
        save_case(session, case, now=CREATED)
    asked: list[str] = []

    def context(saved: ReturnCase) -> CaseContext:
        asked.append(saved.id)
        return CaseContext(staff_names={"mgr-ines": "Inès Martin"})

    queue = queue_for(database, store, tmp_path, composer(store, context=context))
    result = queue.submit(case.id, DocumentKind.STORE_COPY)
    assert result.printed and asked == [case.id]
    text = PdfReader(result.output_path).pages[0].extract_text()
    assert "Inès Martin (mgr-ines)" in text and "OVERRIDE: Loyal customer, approved by Inès Martin" in text


def queue_for(database, store, tmp_path: Path, documents: CaseDocuments) -> PrintQueue:  # noqa: ANN001
    def load(case_id: str) -> ReturnCase:
        with database.session() as session:
            return load_case(session, case_id)

    printers = build_printers({"pdf": {"kind": "pdf", "directory": str(tmp_path),
                                       "documents": ["slip", "store_copy", "refusal"]}})
    return PrintQueue(SqlPrintJobStore(database.sessions), printers, lambda: CREATED, load, documents)
