"""Documents to PDF with reportlab: the 4x6 in return label and A4/Letter slips.

The label page is exactly 4x6 in (288x432 pt), the size label printers and carriers expect.
Text uses the DejaVu Sans shipped in resources/fonts and embedded (subset) in the file, so
accents print the same on any viewer or printer; Helvetica, a PDF base font, would depend on
the reader's encoding support. Barcodes are vector graphics from reportlab's own Code 128 and
QR widgets, sized to whole dots of the printer the page is meant for (barcodes.py) with
their quiet zones kept blank.
"""

from __future__ import annotations

import io
import threading
from pathlib import Path

from reportlab.graphics.barcode.code128 import Code128
from reportlab.graphics.barcode.qr import QrCode
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import inch
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from kiosk.atomic_file import write_atomically
from kiosk.printing.barcodes import (
    LABEL_DPI,
    QR_QUIET_MODULES,
    SHEET_DPI,
    LinearFit,
    MatrixFit,
    fit_code128,
    fit_qr,
    snap_to_dot,
)
from kiosk.printing.document import (
    QR,
    Address,
    Align,
    Barcode,
    Block,
    Columns,
    Document,
    Footer,
    ItemTable,
    KeyValues,
    Notice,
    PageFormat,
    Rule,
    Size,
    Text,
    Title,
)
from kiosk.resources import resource

LABEL_SIZE: tuple[float, float] = (4 * inch, 6 * inch)
PAGE_SIZES: dict[str, tuple[float, float]] = {"A4": A4, "Letter": LETTER}
FONT = "IntakeSans"
BOLD = "IntakeSans-Bold"

_fonts_lock = threading.Lock()
_fonts_ready = False


def register_fonts() -> None:
    """Load the embedded TTFs once per process (parsing them is most of a first render)."""
    global _fonts_ready
    with _fonts_lock:
        if _fonts_ready:
            return
        pdfmetrics.registerFont(TTFont(FONT, str(resource("fonts", "DejaVuSans.ttf"))))
        pdfmetrics.registerFont(TTFont(BOLD, str(resource("fonts", "DejaVuSans-Bold.ttf"))))
        _fonts_ready = True


def page_size_for(document: Document, sheet: str = "A4") -> tuple[float, float]:
    """Labels are always 4x6 in; everything else goes on the configured sheet."""
    if document.page is PageFormat.LABEL_4X6:
        return LABEL_SIZE
    return PAGE_SIZES[sheet]


def render_pdf(document: Document, sheet: str = "A4") -> bytes:
    register_fonts()
    buffer = io.BytesIO()
    size = page_size_for(document, sheet)
    canvas = Canvas(buffer, pagesize=size, pageCompression=1, initialFontName=FONT)
    canvas.setTitle(f"{document.kind.value} {document.reference}".strip())
    canvas.setCreator("Intake returns kiosk")
    _Layout(canvas, size, label=document.page is PageFormat.LABEL_4X6).run(document.blocks)
    canvas.save()
    return buffer.getvalue()


def write_pdf(document: Document, path: Path, sheet: str = "A4") -> Path:
    """Render and save; a crash or full disk never leaves a half-written PDF at ``path``."""
    write_atomically(path, render_pdf(document, sheet))
    return path


def code128_fit(data: str, span: float, dpi: int) -> LinearFit:
    """How ``data`` is drawn as Code 128 in ``span`` points: reportlab's own encoding (it
    switches to code set C for runs of digits) counted in modules, then sized to dots."""
    probe = Code128(data, barWidth=1, quiet=0)
    probe.width  # noqa: B018 - encodes the value and fills ``decomposed``
    modules = sum(ord(element.lower()) - ord("a") + 1 for element in probe.decomposed)
    return fit_code128(modules, span, dpi)


def qr_fit(data: str, size: float, dpi: int) -> tuple[list[list[bool]], MatrixFit]:
    """The QR's modules (rows from the top, True for dark) and their whole-dot size within
    ``size`` points, quiet zone included."""
    code = QrCode(data, qrLevel="M")
    code.qr.make()
    modules = [[bool(module) for module in row] for row in code.qr.modules]
    return modules, fit_qr(len(modules), size, dpi)


def _dark_runs(row: list[bool]) -> list[tuple[int, int]]:
    """(first column, length) of each run of dark modules in a row."""
    found: list[tuple[int, int]] = []
    for column, dark in enumerate(row):
        if dark and found and sum(found[-1]) == column:
            found[-1] = (found[-1][0], found[-1][1] + 1)
        elif dark:
            found.append((column, 1))
    return found


class _Layout:
    """A top-to-bottom flow of blocks with page breaks; one cursor, no frames."""

    def __init__(self, canvas: Canvas, size: tuple[float, float], *, label: bool) -> None:
        self.c = canvas
        self.width, self.height = size
        self.margin = 14.0 if label else 56.0
        self.base = 9.0 if label else 10.5
        self.qr_size = 86.0 if label else 110.0
        self.bar_height = 56.0 if label else 48.0
        self.dpi = LABEL_DPI if label else SHEET_DPI
        self.left = self.margin
        self.right = self.width - self.margin
        self.y = self.height - self.margin

    @property
    def span(self) -> float:
        return self.right - self.left

    def run(self, blocks: tuple[Block, ...]) -> None:
        for block in blocks:
            getattr(self, f"_{type(block).__name__.lower()}")(block)

    def need(self, height: float) -> None:
        if self.y - height < self.margin:
            self.c.showPage()
            self.y = self.height - self.margin

    def line(self, text: str, size: float, *, bold: bool = False, align: Align = Align.LEFT, x: float | None = None) -> None:
        self.need(size * 1.25)
        self.y -= size * 1.05
        font = BOLD if bold else FONT
        self.c.setFont(font, size)
        if align is Align.CENTER:
            self.c.drawCentredString((self.left + self.right) / 2, self.y, text)
        else:
            self.c.drawString(self.left if x is None else x, self.y, text)
        self.y -= size * 0.25

    def paragraph(self, text: str, size: float, *, bold: bool = False, align: Align = Align.LEFT, indent: float = 0) -> None:
        for part in simpleSplit(text, BOLD if bold else FONT, size, self.span - indent) or [""]:
            self.line(part, size, bold=bold, align=align, x=self.left + indent)

    def gap(self, points: float) -> None:
        self.y -= points

    def _title(self, block: Title) -> None:
        self.paragraph(block.text, self.base * 1.7, bold=True, align=Align.CENTER)
        self.gap(self.base * 0.3)

    def _text(self, block: Text) -> None:
        size = {Size.SMALL: 0.85, Size.NORMAL: 1.0, Size.LARGE: 1.3}[block.size] * self.base
        self.paragraph(block.text, size, bold=block.bold, align=block.align)

    def _notice(self, block: Notice) -> None:
        lines = simpleSplit(block.text, BOLD, self.base, self.span - 12)
        height = len(lines) * self.base * 1.3 + 10
        self.need(height)
        self.c.setLineWidth(2)
        self.c.rect(self.left, self.y - height, self.span, height)
        self.gap(5)
        for part in lines:
            self.line(part, self.base, bold=True, x=self.left + 6)
        self.gap(self.base * 0.9)

    def _keyvalues(self, block: KeyValues) -> None:
        key_width = min(max((pdfmetrics.stringWidth(k, FONT, self.base) for k, _ in block.rows), default=0) + 10, self.span * 0.45)
        for key, value in block.rows:
            parts = simpleSplit(value, BOLD, self.base, self.span - key_width) or [""]
            self.need(self.base * 1.3 * len(parts))
            top = self.y
            self.line(key, self.base)
            self.y = top
            for part in parts:
                self.line(part, self.base, bold=True, x=self.left + key_width)

    def _address(self, block: Address) -> None:
        self.gap(self.base * 0.3)
        self.line(block.heading.upper(), self.base * 0.8, bold=True)
        size = self.base * (1.4 if block.prominent else 1.0)
        for text in block.lines:
            self.paragraph(text, size, bold=block.prominent, indent=8)
        self.gap(self.base * 0.3)

    def _itemtable(self, block: ItemTable) -> None:
        qty_width = 30.0
        self.gap(2)
        self._item_line(block.quantity_header, block.item_header, block.amount_header, qty_width, bold=True)
        self.c.setLineWidth(0.5)
        self.c.line(self.left, self.y, self.right, self.y)
        self.gap(2)
        for row in block.rows:
            self._item_line(str(row.quantity) if row.quantity else "", row.title, row.amount, qty_width)
            for flag in row.flags:
                for part in simpleSplit(flag, BOLD, self.base, self.span - qty_width):
                    self.line(part, self.base, bold=True, x=self.left + qty_width)
            for detail in row.details:
                for part in simpleSplit(detail, FONT, self.base * 0.85, self.span - qty_width):
                    self.line(part, self.base * 0.85, x=self.left + qty_width)
        self.gap(self.base * 0.4)

    def _item_line(self, qty: str, title: str, amount: str, qty_width: float, *, bold: bool = False) -> None:
        font = BOLD if bold else FONT
        amount_width = pdfmetrics.stringWidth(amount, font, self.base) + 8 if amount else 0
        parts = simpleSplit(title, font, self.base, self.span - qty_width - amount_width) or [""]
        self.need(self.base * 1.3 * len(parts))
        top = self.y
        self.line(qty, self.base, bold=bold)
        if amount:
            self.c.drawRightString(self.right, self.y + self.base * 0.25, amount)
        self.y = top
        for part in parts:
            self.line(part, self.base, bold=bold, x=self.left + qty_width)

    def _barcode(self, block: Barcode) -> None:
        fit = code128_fit(block.data, self.span, self.dpi)
        code = Code128(
            block.data, barHeight=self.bar_height, barWidth=fit.module_width, humanReadable=False,
            quiet=1, lquiet=fit.quiet_width, rquiet=fit.quiet_width,
        )
        self.need(self.bar_height + self.base * 2)
        self.gap(4 + self.bar_height)
        code.drawOn(self.c, snap_to_dot((self.left + self.right - fit.width) / 2, self.dpi), self.y)
        if block.caption:
            self.gap(2)
            self.line(block.data, self.base * 1.2, bold=True, align=Align.CENTER)

    def _qr(self, block: QR) -> None:
        modules, fit = qr_fit(block.data, min(self.qr_size, self.span), self.dpi)
        self.need(fit.width + 4)
        self.gap(fit.width + 2)
        left = snap_to_dot((self.left + self.right - fit.width) / 2, self.dpi) + QR_QUIET_MODULES * fit.module_width
        top = snap_to_dot(self.y, self.dpi) + fit.width - QR_QUIET_MODULES * fit.module_width
        size = fit.module_width
        for number, row in enumerate(modules):
            for column, length in _dark_runs(row):
                self.c.rect(left + column * size, top - (number + 1) * size, length * size, size, stroke=0, fill=1)
        self.gap(2)

    def _columns(self, block: Columns) -> None:
        """Left stack in the first 62 %, right stack beside it; continue below the taller."""
        top, left, right = self.y, self.left, self.right
        split = left + self.span * 0.62
        self.right = split - 6
        self.run(block.left)
        bottom = self.y
        self.y, self.left, self.right = top, split, right
        self.run(block.right)
        self.y, self.left = min(bottom, self.y), left

    def _rule(self, _block: Rule) -> None:
        self.need(8)
        self.gap(4)
        self.c.setLineWidth(0.75)
        self.c.line(self.left, self.y, self.right, self.y)
        self.gap(4)

    def _footer(self, block: Footer) -> None:
        self.gap(self.base * 0.4)
        self.paragraph(block.text, self.base * 0.85, align=Align.CENTER)
