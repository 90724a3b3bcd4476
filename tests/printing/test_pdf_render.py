"""PDF labels and slips read back with pypdf, and their barcodes scanned with zxing-cpp.

The page images come from renderers that share no code with reportlab: QtPdf (pdfium, shipped
in PySide6, so it always runs) and poppler's pdftoppm where it is installed.
"""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image
from pypdf import PdfReader

from kiosk.printing import documents
from kiosk.printing.pdf_render import render_pdf, write_pdf
from tests.printing.conftest import make_case

SHIP_FROM = ("Ana Núñez", "Calle Mayor 1", "28013 Madrid", "España")


@pytest.fixture
def label_pdf(case, store) -> bytes:  # noqa: ANN001
    return render_pdf(documents.return_label(case, store, SHIP_FROM))


def page_size(pdf: bytes, page: int = 0) -> tuple[float, float]:
    box = PdfReader(io.BytesIO(pdf)).pages[page].mediabox
    return float(box.width), float(box.height)


def text_of(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def decoded(image: Image.Image) -> dict[str, str]:
    return {result.format.name: result.text for result in zxingcpp.read_barcodes(image)}


def test_label_is_exactly_4_by_6_inches_on_one_page(label_pdf: bytes) -> None:
    assert len(PdfReader(io.BytesIO(label_pdf)).pages) == 1
    assert page_size(label_pdf) == (288.0, 432.0)


def test_a_long_return_still_fits_one_label(store) -> None:  # noqa: ANN001
    pdf = render_pdf(documents.return_label(make_case(items=12), store, SHIP_FROM))
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 1


def test_label_text_has_the_code_addresses_and_accents(label_pdf: bytes, case) -> None:  # noqa: ANN001
    text = text_of(label_pdf)
    assert case.code in text
    for expected in ("Ana Núñez", "España", "Centre de retours Intake", "69000 Lyon", "côtelée", "Too small"):
        assert expected in text, expected


def test_fonts_are_embedded(label_pdf: bytes) -> None:
    fonts = PdfReader(io.BytesIO(label_pdf)).pages[0]["/Resources"]["/Font"]
    for font in fonts.values():
        font = font.get_object()
        descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"] if "/DescendantFonts" in font else font["/FontDescriptor"]
        assert "/FontFile2" in descriptor.get_object(), font["/BaseFont"]


@pytest.mark.parametrize("sheet, size", [("A4", (595.28, 841.89)), ("Letter", (612.0, 792.0))])
def test_slip_prints_on_the_configured_sheet(case, store, sheet: str, size: tuple[float, float]) -> None:  # noqa: ANN001
    pdf = render_pdf(documents.return_slip(case, store), sheet)
    assert page_size(pdf) == pytest.approx(size, abs=0.01)
    assert "Boutique Éléonore" in text_of(pdf)


def test_a_store_copy_too_long_for_one_page_continues_on_the_next(store) -> None:  # noqa: ANN001
    pdf = render_pdf(documents.store_copy(make_case(items=40), store))
    assert len(PdfReader(io.BytesIO(pdf)).pages) >= 2
    assert "n.º 40" in text_of(pdf)


def test_write_pdf_replaces_the_file_whole_and_leaves_no_temporary_files(tmp_path: Path, case, store) -> None:  # noqa: ANN001
    target = tmp_path / "labels" / "label.pdf"
    write_pdf(documents.return_label(case, store), target)
    write_pdf(documents.return_label(case, store, SHIP_FROM), target)
    assert "Calle Mayor 1" in text_of(target.read_bytes())
    assert [p.name for p in target.parent.iterdir()] == ["label.pdf"]


def test_a_failed_write_leaves_nothing_behind(tmp_path: Path, case, store) -> None:  # noqa: ANN001
    occupied = tmp_path / "label.pdf"
    occupied.mkdir()  # a directory where the file should go: os.replace fails
    with pytest.raises(OSError):
        write_pdf(documents.return_label(case, store), occupied)
    assert [p.name for p in tmp_path.iterdir()] == ["label.pdf"] and occupied.is_dir()


def test_label_barcodes_scan_back_to_the_return_code_in_qtpdf(qapp, label_pdf: bytes, case) -> None:  # noqa: ANN001
    from kiosk.ui.print_preview import load_pdf, render_page

    image = render_page(load_pdf(label_pdf), 0, dpi=200)
    buffer = io.BytesIO(_png(image))
    assert decoded(Image.open(buffer)) == {"Code128": case.code, "QRCode": case.code}


def test_slip_barcodes_scan_back_to_the_return_code_in_qtpdf(qapp, case, store) -> None:  # noqa: ANN001
    from kiosk.ui.print_preview import load_pdf, render_page

    image = render_page(load_pdf(render_pdf(documents.return_slip(case, store))), 0, dpi=150)
    assert decoded(Image.open(io.BytesIO(_png(image)))) == {"Code128": case.code, "QRCode": case.code}


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) is not installed; QtPdf test covers scanning")
def test_label_barcodes_scan_back_to_the_return_code_in_poppler(tmp_path: Path, label_pdf: bytes, case) -> None:  # noqa: ANN001
    source = tmp_path / "label.pdf"
    source.write_bytes(label_pdf)
    subprocess.run(["pdftoppm", "-r", "200", "-png", "-singlefile", str(source), str(tmp_path / "label")], check=True, timeout=30)
    assert decoded(Image.open(tmp_path / "label.png")) == {"Code128": case.code, "QRCode": case.code}


def _png(image) -> bytes:  # noqa: ANN001
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data)
