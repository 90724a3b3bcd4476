"""The documents of what a case turns into: the voucher on the slip (text, Code 128, QR), the
refusal slip from a saved case's refused lines, per-line money, the returns-centre label from
the store's address, each read back as a scanner or a person would."""

from __future__ import annotations

import io
import shutil
import subprocess
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image
from pypdf import PdfReader

from kiosk.config import Settings
from kiosk.db.case_store import save_case
from kiosk.db.unit_of_work import UnitOfWork
from kiosk.printing import documents
from kiosk.printing.case_context import NO_CONTEXT, with_case_figures
from kiosk.printing.composer import CaseDocuments
from kiosk.printing.document import DocumentKind
from kiosk.printing.pdf_render import render_pdf
from kiosk.services.printing import DocumentPrinter
from kiosk.services.returns import REFUSAL_SLIP_PRINTED
from kiosk.workflow.cases import CaseLine, CaseStatus, RefusedLine, Resolution, ReturnCase, TenderRefund, Voucher
from kiosk.workflow.ids import LineId
from kiosk.workflow.vouchers import mint_voucher_code, parse_voucher_code, voucher_payload
from tests.printing.conftest import CREATED, make_case
from tests.printing.escpos_reader import read_escpos
from tests.printing.loopback_printer import loopback_printer
from tests.printing.test_network_printer import make_queue, network

DPI = 203


def credit_case() -> ReturnCase:
    """Store credit of 83.17 (bonus 5.20 included), one voucher for all of it."""
    case = make_case(2)
    credit = case.refund_total + 520
    voucher = Voucher(mint_voucher_code(case.code, 0), credit, case.currency, date(2027, 11, 27))
    lines = tuple(replace(line, unit_price=2599, discount_share=0, tax=0, restocking_fee=0) for line in case.lines)
    return replace(case, resolution=Resolution.STORE_CREDIT, refund_total=0, credit_total=credit, credit_bonus=520,
                   tender_refunds=(), vouchers=(voucher,), lines=lines)


def refused_case() -> ReturnCase:
    refused = RefusedLine(LineId("L9"), "SWIM-1", "Maillot de bain", 1, "changed_mind", "rules.categories[2]",
                          "window_closed", {"category_label": "Swimwear", "days": 14, "delivered_days_ago": 20})
    return replace(make_case(1), refused_lines=(refused,))


def centre_case() -> ReturnCase:
    case = make_case(3)
    lines = (replace(case.lines[0], disposition="restock"), replace(case.lines[1], disposition="returns_centre"),
             replace(case.lines[2], disposition="damaged"))
    return replace(case, lines=lines)


def rasterise(pdf: bytes, tmp_path: Path) -> Image.Image:
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    source = tmp_path / "page.pdf"
    source.write_bytes(pdf)
    command = ["pdftoppm", "-r", str(DPI * 2), "-gray", "-png", "-singlefile", str(source), str(tmp_path / "page")]
    subprocess.run(command, check=True, timeout=60)
    return Image.open(tmp_path / "page.png").convert("L")


def save(database, case: ReturnCase) -> ReturnCase:  # noqa: ANN001
    with database.sessions.begin() as session:
        save_case(session, case, now=CREATED)
    return case


def test_the_voucher_prints_as_text_code128_and_qr_carrying_its_code(database, store) -> None:  # noqa: ANN001
    case = save(database, credit_case())
    (voucher,) = case.vouchers
    with loopback_printer() as printer:
        result = make_queue(database, store, printer.port).submit(case.id, DocumentKind.SLIP)
        printout = read_escpos(printer.job_bytes())
    assert result.printed
    payload = voucher_payload(voucher.code).encode()
    assert (73, b"{B" + payload) in printout.barcodes  # GS k 73: Code 128, code set B
    assert payload in printout.qr_codes and case.code.encode() in printout.qr_codes
    assert parse_voucher_code(payload.decode()) == voucher.code
    assert voucher.code in printout.text and "Store credit voucher" in printout.text
    assert "2027-11-27" in printout.text
    assert "Refund total" not in printout.text and "83,17" in printout.text.replace(".", ",")


def test_a_scanner_reads_the_voucher_off_the_slip_pdf(store, tmp_path: Path) -> None:  # noqa: ANN001
    case = credit_case()
    slip = documents.return_slip(case, store, context=with_case_figures(NO_CONTEXT, case))
    found = [r.text for r in zxingcpp.read_barcodes(rasterise(render_pdf(slip), tmp_path))]
    payload = voucher_payload(case.vouchers[0].code)
    assert payload in found and case.code in found
    assert parse_voucher_code(payload) == case.vouchers[0].code


def test_the_slip_shows_each_lines_money_and_the_bonus(store) -> None:  # noqa: ANN001
    case = credit_case()
    lines = (replace(case.lines[0], discount_share=300, tax=210, restocking_fee=150),)
    case = replace(case, lines=lines)
    text = "\n".join(documents.return_slip(case, store, context=with_case_figures(NO_CONTEXT, case))
                     .text_lines())
    assert "Price paid" in text and "Discount" in text and "Tax" in text and "Restocking fee" in text
    assert "Includes a bonus of" in text


def test_a_pending_case_promises_no_voucher(store) -> None:  # noqa: ANN001
    case = replace(credit_case(), status=CaseStatus.PENDING_APPROVAL)
    slip = documents.return_slip(case, store)
    text = "\n".join(slip.text_lines())
    assert "NOT APPROVED YET" in text and "issued once the store approves" in text
    assert case.vouchers[0].code not in text
    assert "proof of your return" not in text


def test_cash_an_unattended_kiosk_did_not_pay_is_worded_as_the_voucher_that_replaces_it(store) -> None:  # noqa: ANN001
    case = make_case(1)
    total = case.refund_total
    collect = Voucher(mint_voucher_code(case.code, 0), 1000, case.currency, None, "collect_at_counter")
    case = replace(case, tender_refunds=(TenderRefund("card", total - 1000, "VISA ••4242"), TenderRefund("cash", 1000)),
                   vouchers=(collect,))
    text = "\n".join(documents.return_slip(case, store).text_lines())
    assert "Cash: collect it at the counter" in text and "Cash to collect at the counter" in text
    assert "Card ending 4242" in text and collect.code in text


def test_a_saved_case_prints_a_refusal_slip_listing_its_refused_lines_with_why(database, store) -> None:  # noqa: ANN001
    case = save(database, refused_case())
    with loopback_printer() as printer:
        result = make_queue(database, store, printer.port).submit(case.id, DocumentKind.REFUSAL)
        printout = read_escpos(printer.job_bytes())
    assert result.printed
    assert "Items we could not accept" in printout.text and "Maillot de bain" in printout.text
    assert "Swimwear can be returned within 14 days of delivery; yours was delivered 20 days ago." in \
        printout.text.replace("\n", " ")


def test_the_returns_centre_label_ships_from_the_store_and_scans_to_the_return_code(store, tmp_path: Path) -> None:  # noqa: ANN001
    case = centre_case()
    composed = CaseDocuments(store, lambda: CREATED).compose(DocumentKind.LABEL, case, "labels")
    pdf = render_pdf(composed)
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert store.name in text and store.address[0] in text and "Zone Industrielle Nord" in text
    assert case.lines[1].title in text and case.lines[2].title not in text  # only what ships there
    found = {r.format.name: r.text for r in zxingcpp.read_barcodes(rasterise(pdf, tmp_path))}
    assert found == {"Code128": case.code, "QRCode": case.code}


def printing_service(database, store, tmp_path: Path, port: int) -> DocumentPrinter:  # noqa: ANN001
    printers = {"counter": network(port, documents=["slip", "refusal"]),
                "labels": {"kind": "pdf", "directory": str(tmp_path / "labels"), "documents": ["label"]}}
    settings = Settings(profile=tmp_path / "profile", store=store, printers=printers)
    return DocumentPrinter(settings, UnitOfWork(database), lambda: CREATED)


def test_printing_a_case_prints_its_refusal_slip_and_label_and_audits_the_refusal(database, store,  # noqa: ANN001
                                                                                  tmp_path: Path) -> None:
    case = save(database, replace(refused_case(), lines=centre_case().lines[1:2], refund_total=5198,
                                  tender_refunds=(TenderRefund("card", 5198, "VISA ••4242"),)))
    with loopback_printer() as printer:
        service = printing_service(database, store, tmp_path, printer.port)
        outcome = service.print_case(case)
        printout = read_escpos(printer.job_bytes())
    assert outcome.printed and outcome.problems == ()
    assert "Return receipt" in printout.text and "Maillot de bain" in printout.text
    label = service.label_path(case)
    found = {r.format.name: r.text for r in zxingcpp.read_barcodes(rasterise(label.read_bytes(), tmp_path))}
    assert found["Code128"] == case.code
    assert list((tmp_path / "labels").glob("*.pdf"))  # the label printer got it too
    with UnitOfWork(database).reading() as tx:
        entries = [e for e in tx.audit.entries() if e.kind == REFUSAL_SLIP_PRINTED]
    assert [(e.subject, e.details["lines"], e.details["printed"]) for e in entries] == [(case.id, ["L9"], True)]


def test_a_case_without_refused_lines_or_centre_lines_prints_neither(database, store, tmp_path: Path) -> None:  # noqa: ANN001
    case = save(database, make_case(1))
    with loopback_printer() as printer:
        service = printing_service(database, store, tmp_path, printer.port)
        service.print_case(case)
        printout = read_escpos(printer.job_bytes())
    assert "Items we could not accept" not in printout.text
    assert not service.label_path(case).exists()


def test_lines_keep_the_money_fields_through_the_database(database) -> None:  # noqa: ANN001
    line = CaseLine(LineId("L1"), "SKU", "Tee", 1, "too_small", "eligible", 2000, unit_price=2000, tax=160,
                    disposition="returns_centre")
    case = save(database, replace(make_case(1), lines=(line,)))
    with UnitOfWork(database).reading() as tx:
        assert tx.cases.load(case.id).lines[0] == line


def test_the_store_copy_records_the_vouchers_issued_and_where_each_line_goes(store) -> None:  # noqa: ANN001
    case = credit_case()
    case = replace(case, lines=(replace(case.lines[0], disposition="returns_centre"), *case.lines[1:]))
    text = "\n".join(documents.store_copy(case, store).text_lines())
    assert "Vouchers issued" in text and case.vouchers[0].code in text
    assert "Goes to: Returns centre" in text
