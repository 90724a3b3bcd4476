"""``kiosk printers list`` and ``kiosk printers test [NAME]`` on real printers."""

from __future__ import annotations

import argparse
import io
from pathlib import Path

from pypdf import PdfReader

from kiosk.cli.printers import add_printer_commands
from kiosk.config import settings_from_dict
from tests.printing.conftest import CREATED
from tests.printing.escpos_reader import read_escpos
from tests.printing.loopback_printer import PAPER_OUT, closed_port, loopback_printer


def run(argv: list[str], settings: object) -> tuple[int, str]:
    parser = argparse.ArgumentParser(prog="kiosk")
    add_printer_commands(parser.add_subparsers(dest="command"))
    args = parser.parse_args(argv)
    out = io.StringIO()
    code = args.handler(args, settings, clock=lambda: CREATED, out=out)
    return code, out.getvalue()


def network(port: int) -> dict[str, object]:
    return {"kind": "network", "host": "127.0.0.1", "port": port, "timeout": 0.5}


def test_list_shows_each_printer_and_flags_bad_settings(tmp_path: Path) -> None:
    tables = {"counter": network(9100), "labels": {"kind": "pdf", "directory": str(tmp_path), "documents": ["label"]},
              "broken": {"kind": "usb"}}
    code, out = run(["printers", "list"], tables)
    assert code == 1
    assert "counter: network: 127.0.0.1:9100, 80 mm; prints bag_label, day_report, label, refusal, slip, store_copy, test" in out
    assert f"labels: pdf: PDF files in {tmp_path}, A4; prints label" in out
    assert "broken: INVALID SETTINGS: printers.broken.vendor_id: required for a usb printer" in out


def test_list_check_asks_each_printer(tmp_path: Path) -> None:
    with loopback_printer() as printer:
        code, out = run(["printers", "list", "--check"], {"counter": network(printer.port)})
    assert code == 0 and "status: Ready." in out


def test_test_prints_a_test_page_and_reports_status(tmp_path: Path) -> None:
    with loopback_printer() as printer:
        settings = settings_from_dict(tmp_path, {"store": {"name": "Tienda Peñalara", "timezone": "Europe/Madrid"},
                                                 "printers": {"counter": network(printer.port)}})
        code, out = run(["printers", "test", "counter"], settings)
        printout = read_escpos(printer.job_bytes())
    assert code == 0
    assert "status: Ready." in out and "test page: printed" in out
    assert "Printer test" in printout.text and "Tienda Peñalara" in printout.text and "ç ñ ü" in printout.text
    assert printout.barcodes and printout.qr_codes and printout.cuts == 1


def test_test_reports_an_empty_printer_and_fails(tmp_path: Path) -> None:
    with loopback_printer() as printer:
        printer.paper = PAPER_OUT
        code, out = run(["printers", "test"], {"counter": network(printer.port)})
    assert code == 1
    assert "status: The printer is out of paper." in out
    assert "test page: NOT PRINTED (paper_out)" in out


def test_test_without_a_name_tries_every_printer(tmp_path: Path) -> None:
    tables = {"gone": network(closed_port()), "pdf": {"kind": "pdf", "directory": str(tmp_path / "out")}}
    code, out = run(["printers", "test"], tables)
    assert code == 1
    assert "test page: NOT PRINTED (offline)" in out
    saved = next((tmp_path / "out").glob("*.pdf"))
    assert f"test page: saved to {saved}" in out
    assert "Printer test" in PdfReader(saved).pages[0].extract_text()


def test_an_unknown_printer_name_lists_the_configured_ones() -> None:
    code, out = run(["printers", "test", "kitchen"], {"counter": network(9100)})
    assert code == 2 and "There is no printer named 'kitchen'; configured: counter." in out


def test_no_printers_configured(tmp_path: Path) -> None:
    code, out = run(["printers", "list"], settings_from_dict(tmp_path, {}))
    assert code == 1 and "No printers are configured" in out
