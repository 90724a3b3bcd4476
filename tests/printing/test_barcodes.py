"""Barcodes sized to whole printer dots with their quiet zones, checked on the rasterised label.

The label is rasterised at 203 dpi, the resolution of the label printers it is made for, so
one pixel is one printer dot: every bar and space must then be a whole number of modules of
a whole number of pixels, and the blank paper either side of the bars at least ten modules.
"""

from __future__ import annotations

import io
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image

from kiosk.printing import documents
from kiosk.printing.barcodes import LABEL_DPI, QR_QUIET_MODULES, QUIET_MODULES, code128b_modules, escpos_module_dots
from kiosk.printing.escpos_render import ReceiptFormat, render_escpos
from kiosk.printing.pdf_render import LABEL_SIZE, code128_fit, qr_fit, render_pdf
from tests.printing.conftest import make_case

LABEL_SPAN = LABEL_SIZE[0] - 2 * 14.0  # the label layout's margins


def test_label_code128_modules_are_whole_printer_dots_with_ten_module_quiet_zones(case) -> None:  # noqa: ANN001
    fit = code128_fit(case.code, LABEL_SPAN, LABEL_DPI)
    dots = fit.module_width * LABEL_DPI / 72
    assert dots == pytest.approx(round(dots), abs=1e-9) and round(dots) >= 2
    assert fit.quiet_width >= QUIET_MODULES * fit.module_width - 1e-9
    assert fit.width <= LABEL_SPAN


def test_label_qr_modules_are_whole_printer_dots_with_its_quiet_zone(case) -> None:  # noqa: ANN001
    _, fit = qr_fit(case.code, 86.0, LABEL_DPI)
    dots = fit.module_width * LABEL_DPI / 72
    assert dots == pytest.approx(round(dots), abs=1e-9) and round(dots) >= 2
    assert fit.width == pytest.approx((fit.modules + 2 * QR_QUIET_MODULES) * fit.module_width)


@dataclass(frozen=True)
class Rasteriser:
    """Renders page 1 at ``scale`` pixels per printer dot. pdfium (QtPdf) fills every pixel an
    edge touches, so an edge a hair past a pixel boundary grows the bar by a pixel: it renders
    at four pixels a dot and ``slack`` allows that pixel. Poppler samples pixel centres."""

    name: str
    scale: int
    slack: int

    def __call__(self, pdf: bytes, tmp_path: Path) -> Image.Image:
        return self._poppler(pdf, tmp_path) if self.name == "poppler" else self._qtpdf(pdf)

    def _qtpdf(self, pdf: bytes) -> Image.Image:
        from PySide6.QtCore import QBuffer, QByteArray, QIODevice

        from kiosk.ui.print_preview import load_pdf, render_page

        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        render_page(load_pdf(pdf), 0, dpi=LABEL_DPI * self.scale).save(buffer, "PNG")
        buffer.close()
        return Image.open(io.BytesIO(bytes(data))).convert("L")

    def _poppler(self, pdf: bytes, tmp_path: Path) -> Image.Image:
        source = tmp_path / "label.pdf"
        source.write_bytes(pdf)
        command = ["pdftoppm", "-r", str(LABEL_DPI * self.scale), "-aa", "no", "-aaVector", "no", "-gray", "-png", "-singlefile"]
        subprocess.run([*command, str(source), str(tmp_path / "label")], check=True, timeout=30)
        return Image.open(tmp_path / "label.png").convert("L")


RASTERISERS = [
    pytest.param(Rasteriser("qtpdf", scale=4, slack=1), id="qtpdf"),
    pytest.param(Rasteriser("poppler", scale=1, slack=0), id="poppler", marks=pytest.mark.skipif(
        shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) is not installed; QtPdf covers it")),
]


class Pixels:
    """A greyscale page, read as printed (True) or blank (False) pixels."""

    def __init__(self, image: Image.Image) -> None:
        self.width, self.height = image.size
        self.data = image.tobytes()

    def row(self, y: int, left: int = 0, right: int | None = None) -> list[bool]:
        start = y * self.width
        return [v < 128 for v in self.data[start + left : start + (self.width if right is None else right)]]

    def any_dark(self, left: int, top: int, right: int, bottom: int) -> bool:
        """Whether anything is printed in columns left..right-1 of rows top..bottom-1."""
        return any(any(self.row(y, left, right)) for y in range(top, bottom))


def runs(row: list[bool]) -> list[tuple[bool, int]]:
    """(dark?, length) for each run of pixels in a row."""
    found: list[tuple[bool, int]] = []
    for dark in row:
        if found and found[-1][0] == dark:
            found[-1] = (dark, found[-1][1] + 1)
        else:
            found.append((dark, 1))
    return found


def code128_band(pixels: Pixels, y: int) -> tuple[int, int]:
    """The rows above and below ``y`` with as many bars: the symbol's height."""
    count = len(runs(pixels.row(y)))
    top = bottom = y
    while top > 0 and len(runs(pixels.row(top - 1))) == count:
        top -= 1
    while bottom < pixels.height - 1 and len(runs(pixels.row(bottom + 1))) == count:
        bottom += 1
    return top, bottom


def off_grid(length: int, unit: int, slack: int) -> bool:
    """Whether ``length`` pixels is further than ``slack`` from a whole number of ``unit``."""
    return min(length % unit, unit - length % unit) > slack


@pytest.mark.parametrize("rasterise", RASTERISERS)
def test_the_printed_label_scans_and_its_code128_sits_on_the_dot_grid(rasterise: Rasteriser, qapp, tmp_path: Path, store) -> None:  # noqa: ANN001
    case = make_case()
    image = rasterise(render_pdf(documents.return_label(case, store, ("Ana Núñez", "Calle Mayor 1"))), tmp_path)
    found = {r.format.name: r for r in zxingcpp.read_barcodes(image)}
    assert {name: r.text for name, r in found.items()} == {"Code128": case.code, "QRCode": case.code}

    pixels = Pixels(image)
    position = found["Code128"].position
    top, bottom = code128_band(pixels, (position.top_left.y + position.bottom_left.y) // 2)
    assert bottom - top > 100 * rasterise.scale  # the whole bar height, not one stray row
    middle = (top + bottom) // 2
    (quiet_dark, left_quiet), *symbol, (_, right_quiet) = runs(pixels.row(middle))
    assert not quiet_dark
    fit = code128_fit(case.code, LABEL_SPAN, LABEL_DPI)
    module = fit.module_dots * rasterise.scale
    assert [length for _, length in symbol if off_grid(length, module, rasterise.slack)] == [], \
        "bars or spaces that are not a whole number of modules"
    assert abs(sum(length for _, length in symbol) - fit.modules * module) <= rasterise.slack
    first_bar, after_last_bar = left_quiet, pixels.width - right_quiet
    quiet = QUIET_MODULES * module
    assert not pixels.any_dark(first_bar - quiet, top, first_bar, bottom + 1), "something is printed in the left quiet zone"
    assert not pixels.any_dark(after_last_bar, top, after_last_bar + quiet, bottom + 1), "something is printed in the right quiet zone"


@pytest.mark.parametrize("rasterise", RASTERISERS)
def test_the_label_qr_keeps_four_blank_modules_all_round(rasterise: Rasteriser, qapp, tmp_path: Path, store) -> None:  # noqa: ANN001
    case = make_case()
    image = rasterise(render_pdf(documents.return_label(case, store)), tmp_path)
    qr = next(r for r in zxingcpp.read_barcodes(image) if r.format.name == "QRCode")
    _, fit = qr_fit(case.code, 86.0, LABEL_DPI)
    pixels = Pixels(image)
    corners = [qr.position.top_left, qr.position.top_right, qr.position.bottom_left, qr.position.bottom_right]
    side = fit.modules * fit.module_dots * rasterise.scale
    x0, y0 = min(p.x for p in corners) - 4, min(p.y for p in corners) - 4
    rows = {y: pixels.row(y, x0, x0 + side + 8) for y in range(y0, y0 + side + 8)}
    dark_rows = [y for y, row in rows.items() if any(row)]
    dark_columns = [x0 + x for x in range(side + 8) if any(row[x] for row in rows.values())]
    top, bottom = dark_rows[0], dark_rows[-1] + 1
    left, right = dark_columns[0], dark_columns[-1] + 1
    assert abs(right - left - side) <= rasterise.slack and abs(bottom - top - side) <= rasterise.slack, \
        "QR modules are not whole dots"
    quiet = QR_QUIET_MODULES * fit.module_dots * rasterise.scale
    for band in ((left - quiet, top - quiet, right + quiet, top), (left - quiet, bottom, right + quiet, bottom + quiet),
                 (left - quiet, top, left, bottom), (right, top, right + quiet, bottom)):
        assert not pixels.any_dark(*band), f"something is printed in the QR's quiet zone {band}"


@pytest.mark.parametrize("paper, dots", [(58, 2), (80, 3)])
def test_thermal_barcodes_get_the_widest_module_that_leaves_ten_blank_modules(case, store, paper: int, dots: int) -> None:  # noqa: ANN001
    fmt = ReceiptFormat.for_paper(paper)
    modules = code128b_modules(case.code)
    assert escpos_module_dots(modules, fmt.printable_dots(), fmt.paper_dots()) == dots
    assert modules * dots <= fmt.printable_dots()
    assert (fmt.paper_dots() - modules * dots) // 2 >= QUIET_MODULES * dots  # centred on the roll
    data = render_escpos(documents.return_slip(case, store), fmt)
    before_barcode = data[: data.index(b"\x1dkI")]  # GS k 73: the Code 128 itself
    assert before_barcode.rsplit(b"\x1dw", 1)[1][:1] == bytes([dots])  # GS w n: module width in dots
    assert before_barcode.rsplit(b"\x1ba", 1)[1][:1] == b"\x01"  # ESC a 1: centred on the roll


def test_a_code_too_long_for_the_roll_still_gets_the_narrowest_module() -> None:
    assert escpos_module_dots(code128b_modules("X" * 60), 384, 463) == 2
