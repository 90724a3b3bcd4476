"""The on-screen preview and the Qt print path, with real widgets (offscreen)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSizeF, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from kiosk.printing import documents
from kiosk.printing.errors import PrinterError, PrinterErrorKind
from kiosk.printing.pdf_render import render_pdf
from kiosk.printing.printers import build_printers
from kiosk.ui.print_preview import PdfPreviewDialog, print_pdf, print_pdf_to_system_printer, show_pdf_preview

#: the widgets never touch the database on the GUI thread (tests/conftest.py)
pytestmark = pytest.mark.usefixtures("gui_thread_guarded")


@pytest.fixture
def label_pdf(case, store) -> bytes:  # noqa: ANN001
    return render_pdf(documents.return_label(case, store))


def test_preview_shows_the_label_page(qtbot, label_pdf: bytes) -> None:  # noqa: ANN001
    dialog = PdfPreviewDialog(label_pdf)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.document.status() == QPdfDocument.Status.Ready
    assert dialog.page_count == 1
    assert dialog.document.pagePointSize(0) == QSizeF(288, 432)
    assert dialog.view.document() is dialog.document
    assert dialog.print_button is None


def test_preview_opens_a_saved_file_and_offers_print(qtbot, tmp_path: Path, label_pdf: bytes) -> None:  # noqa: ANN001
    path = tmp_path / "label.pdf"
    path.write_bytes(label_pdf)
    asked: list[bool] = []
    dialog = show_pdf_preview(None, str(path), on_print=lambda: asked.append(True))
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert asked == [True] and dialog.isVisible()


def test_a_damaged_pdf_is_reported_not_shown(qtbot) -> None:  # noqa: ANN001
    with pytest.raises(PrinterError) as caught:
        PdfPreviewDialog(b"%PDF-1.4 this is not a pdf")
    assert caught.value.kind is PrinterErrorKind.DOCUMENT


def test_qt_print_support_prints_the_label_at_4x6(qapp, tmp_path: Path, label_pdf: bytes, case) -> None:  # noqa: ANN001
    target = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    assert print_pdf(label_pdf, printer) == 1
    page = PdfReader(target).pages[0]
    assert (float(page.mediabox.width), float(page.mediabox.height)) == pytest.approx((288, 432), abs=1)


def test_a_missing_system_queue_is_an_offline_printer_error(qapp, label_pdf: bytes) -> None:  # noqa: ANN001
    with pytest.raises(PrinterError) as caught:
        print_pdf_to_system_printer(label_pdf, "no-such-queue-here", 1)
    assert caught.value.kind is PrinterErrorKind.OFFLINE and "no-such-queue-here" in caught.value.message


def test_a_system_printer_without_qt_support_wired_is_a_config_error(store) -> None:  # noqa: ANN001
    office = build_printers({"office": {"kind": "system"}})["office"]
    with pytest.raises(PrinterError) as caught:
        office.print_document(documents.test_page("office", store))
    assert caught.value.kind is PrinterErrorKind.CONFIG and caught.value.printer == "office"


def test_a_system_printer_hands_the_pdf_to_the_qt_path(qapp, tmp_path: Path, store) -> None:  # noqa: ANN001
    target = tmp_path / "office.pdf"

    def to_file(pdf: bytes, queue: str, copies: int) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        print_pdf(pdf, printer)

    office = build_printers({"office": {"kind": "system", "page_size": "Letter"}}, system_print=to_file)["office"]
    office.print_document(documents.test_page("office", store))
    page = PdfReader(target).pages[0]
    assert (float(page.mediabox.width), float(page.mediabox.height)) == pytest.approx((612, 792), abs=1)
