"""On-screen preview of a slip or label PDF, and printing PDFs through Qt print support.

The preview lets a shopper or clerk see the slip when no printer is attached (or it jammed).
``print_pdf_to_system_printer`` is the ``SystemPrint`` callable the printing package takes for
``kind = "system"`` printers: kiosk.printing stays Qt-free, and this module is the one place
that knows Qt's print support. Pages are rasterised by QtPdf (pdfium) and painted onto the
QPrinter; QPainter on a QPrinter is allowed off the GUI thread, so the print worker can call it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QObject, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QVBoxLayout, QWidget

from kiosk.printing.errors import PrinterError, PrinterErrorKind
from kiosk.ui.kinetic import kinetic

_cli_app: list[QGuiApplication] = []
PRINT_DPI = 300  # enough for Code 128 bars on any office or label printer, small enough to be quick


def load_pdf(pdf: bytes | str | Path, parent: QObject | None = None) -> QPdfDocument:
    """A loaded QPdfDocument; raises ``PrinterError`` (document) if the PDF cannot be read."""
    document = QPdfDocument(parent)  # type: ignore[arg-type]  # the stubs miss that parent is optional
    if isinstance(pdf, bytes):
        buffer = QBuffer(document)  # owned by the document, so it lives as long as it is read
        buffer.setData(QByteArray(pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        document.load(buffer)
    else:
        document.load(str(pdf))
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
        raise PrinterError(PrinterErrorKind.DOCUMENT, f"The PDF could not be read ({document.error().name}).")
    return document


def render_page(document: QPdfDocument, page: int, dpi: int = 150) -> QImage:
    """One page on a white background (QtPdf renders onto transparency)."""
    points = document.pagePointSize(page)
    size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(0xFFFFFF)
    painter = QPainter(image)
    painter.drawImage(0, 0, document.render(page, size))
    painter.end()
    return image


class PdfPreviewDialog(QDialog):
    """Shows every page of a PDF; offers Print when the app has somewhere to print it."""

    def __init__(self, pdf: bytes | str | Path, parent: QWidget | None = None, *, on_print: Callable[[], None] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print preview"))
        self.document = load_pdf(pdf, self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        kinetic(self.view)  # a long slip scrolls under a finger
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        for standard in buttons.buttons():
            standard.setAccessibleName(standard.text().replace("&", ""))
        self.print_button: QPushButton | None = None
        if on_print is not None:
            self.print_button = buttons.addButton(self.tr("Print"), QDialogButtonBox.ButtonRole.ActionRole)
            self.print_button.setAccessibleName(self.tr("Print"))
            self.print_button.clicked.connect(on_print)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 20)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.setProperty("preferredSize", QSize(640, 1400))  # as tall as the screen allows: a slip is long
        self.resize(520, 720)

    @property
    def page_count(self) -> int:
        return self.document.pageCount()


def show_pdf_preview(parent: QWidget | None, pdf: bytes | str | Path, *, on_print: Callable[[], None] | None = None) -> PdfPreviewDialog:
    """Open the preview without blocking the kiosk's event loop (idle timeout keeps running)."""
    dialog = PdfPreviewDialog(pdf, parent, on_print=on_print)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    dialog.open()
    return dialog


def print_pdf(pdf: bytes | str | Path, printer: QPrinter) -> int:
    """Paint every page onto ``printer`` at its own paper size; returns the pages printed."""
    document = load_pdf(pdf)
    try:
        return _paint_pages(document, printer)
    finally:
        document.close()


def _paint_pages(document: QPdfDocument, printer: QPrinter) -> int:
    printer.setFullPage(True)
    _match_page(printer, document.pagePointSize(0))
    painter = QPainter()
    if not painter.begin(printer):
        raise PrinterError(PrinterErrorKind.WRITE_ERROR, "The system printer could not start the job.")
    try:
        for page in range(document.pageCount()):
            if page:
                _match_page(printer, document.pagePointSize(page))
                if not printer.newPage():
                    raise PrinterError(PrinterErrorKind.WRITE_ERROR, "The system printer stopped mid-job.")
            target = QRectF(painter.viewport())
            painter.drawImage(target, render_page(document, page, PRINT_DPI))
    finally:
        painter.end()
    return document.pageCount()


def _match_page(printer: QPrinter, points: QSizeF) -> None:
    """Print a 4x6 label on 4x6 and an A4 slip on A4, without margins added by Qt."""
    size = QPageSize(points, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    printer.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF()))


def print_pdf_to_system_printer(pdf: bytes, queue: str = "", copies: int = 1) -> None:
    """The ``SystemPrint`` for kiosk.printing: a named queue or the default printer."""
    if QGuiApplication.instance() is None:
        _cli_app.append(QGuiApplication([]))  # the CLI (`kiosk printers test`) has no application yet
    info = QPrinterInfo.printerInfo(queue) if queue else QPrinterInfo.defaultPrinter()
    if info.isNull():
        where = f"named {queue!r}" if queue else "set as the default"
        raise PrinterError(PrinterErrorKind.OFFLINE, f"There is no system printer {where}.")
    printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
    printer.setCopyCount(copies)
    printer.setDocName("Intake")
    print_pdf(pdf, printer)
