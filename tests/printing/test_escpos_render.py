"""ESC/POS output for 58 and 80 mm paper, read back with an independent command reader."""

from __future__ import annotations

from dataclasses import replace

import pytest

from kiosk.printing import documents
from kiosk.printing.escpos_render import ReceiptFormat, render_escpos
from kiosk.workflow.cases import CaseStatus, Resolution
from tests.printing.conftest import make_case, manager_approval
from tests.printing.escpos_reader import read_escpos

CODE128 = 73  # GS k m with m = 73: Code 128, function B


@pytest.mark.parametrize("paper, columns", [(58, 32), (80, 48)])
def test_slip_fits_the_paper_width(case, store, paper: int, columns: int) -> None:  # noqa: ANN001
    printout = read_escpos(render_escpos(documents.return_slip(case, store), ReceiptFormat.for_paper(paper)))
    assert max(len(line) for line in printout.lines) == columns
    assert "-" * columns in printout.lines


@pytest.mark.parametrize("resolution", list(Resolution))
@pytest.mark.parametrize("status", list(CaseStatus))
def test_every_resolution_and_state_fits_a_58_mm_roll(store, resolution: Resolution, status: CaseStatus) -> None:  # noqa: ANN001
    case = replace(make_case(status=status, approvals=(manager_approval(),)), resolution=resolution)
    for document in (documents.return_slip(case, store), documents.store_copy(case, store)):
        printout = read_escpos(render_escpos(document, ReceiptFormat.for_paper(58)))
        assert max(len(line) for line in printout.lines) <= 32
        assert case.code in printout.text


def test_slip_starts_with_reset_and_ends_with_a_cut(case, store) -> None:  # noqa: ANN001
    data = render_escpos(documents.return_slip(case, store), ReceiptFormat.for_paper(80))
    assert data.startswith(b"\x1b@")
    assert data.endswith(b"\x1dV\x00")
    assert read_escpos(data).cuts == 1


def test_return_code_is_sent_as_code128_and_as_qr(case, store) -> None:  # noqa: ANN001
    data = render_escpos(documents.return_slip(case, store), ReceiptFormat.for_paper(58))
    printout = read_escpos(data)
    assert printout.barcodes == [(CODE128, b"{B" + case.code.encode())]
    assert printout.qr_codes == [case.code.encode()]
    assert b"\x1dkI" + bytes([len(case.code) + 2]) + b"{B" + case.code.encode() in data


def test_accents_print_through_a_code_page_switch(store) -> None:  # noqa: ANN001
    slip = documents.store_copy(make_case(), store)
    printout = read_escpos(render_escpos(slip, ReceiptFormat.for_paper(80)))
    for word in ("Éléonore", "côtelée", "façon", "œuvre", "crème", "brûlée", "algodón", "año", "Núñez"):
        assert word in printout.text, word
    assert printout.code_pages, "accented text needs an ESC t code page selection"
    assert "?" not in printout.text  # python-escpos prints "?" for a character no code page has


def test_long_item_titles_wrap_instead_of_running_off_the_paper(store) -> None:  # noqa: ANN001
    printout = read_escpos(render_escpos(documents.return_slip(make_case(), store), ReceiptFormat.for_paper(58)))
    title_lines = [line for line in printout.lines if "laine" in line or "brûlée" in line]
    assert len(title_lines) >= 2 and all(len(line) <= 32 for line in title_lines)


def test_pending_approval_prints_inverted(store) -> None:  # noqa: ANN001
    pending = make_case(status=CaseStatus.PENDING_APPROVAL)
    data = render_escpos(documents.return_slip(pending, store), ReceiptFormat.for_paper(80))
    assert b"\x1dB\x01" in data  # GS B 1: white on black
    assert "NOT APPROVED YET" in read_escpos(data).text


def test_an_overridden_line_is_marked_white_on_black_on_the_store_copy(store) -> None:  # noqa: ANN001
    data = render_escpos(documents.store_copy(make_case(approvals=(manager_approval(),)), store), ReceiptFormat.for_paper(80))
    marked = data.index(b"OVERRIDE: Loyal customer")
    assert data.rfind(b"\x1dB\x01", 0, marked) > data.rfind(b"\x1dB\x00", 0, marked)  # GS B 1 is on
    assert data.count(b"OVERRIDE:") == 1


def test_a_profile_without_hardware_codes_gets_them_as_images(case, store) -> None:  # noqa: ANN001
    fmt = ReceiptFormat(columns=32, profile="POS-5890")
    printout = read_escpos(render_escpos(documents.return_slip(case, store), fmt), profile="POS-5890")
    assert printout.barcodes == [] and printout.qr_codes == []
    assert printout.images == 2
    assert case.code in printout.text


def test_unknown_paper_width_is_refused() -> None:
    with pytest.raises(ValueError, match="58, 80"):
        ReceiptFormat.for_paper(76)
