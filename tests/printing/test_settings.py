"""Printer tables from the profile's TOML: good ones load, bad ones name the field."""

from __future__ import annotations

import tomllib

import pytest

from kiosk.printing.document import DocumentKind
from kiosk.printing.errors import PrinterSettingsError
from kiosk.printing.printers import EscposPrinter, PdfFolderPrinter, SystemPrinter, build_printers
from kiosk.printing.settings import PrinterKind, parse_printers

CONFIG = """
[printers.counter]
kind = "network"
host = "192.168.1.50"
paper_width_mm = 58
documents = ["slip", "refusal"]

[printers.back_office]
kind = "usb"
vendor_id = "0x04b8"
product_id = 0x0202
profile = "TM-T20II"

[printers.labels]
kind = "pdf"
directory = "~/labels"
documents = ["label"]

[printers.office]
kind = "system"
page_size = "Letter"
copies = 2
"""


def test_a_profile_config_file_loads_every_kind() -> None:
    printers = parse_printers(tomllib.loads(CONFIG)["printers"])
    counter, back, labels, office = printers.values()
    assert (counter.kind, counter.port, counter.timeout, counter.paper_width_mm) == (PrinterKind.NETWORK, 9100, 5.0, 58)
    assert counter.documents == {DocumentKind.SLIP, DocumentKind.REFUSAL} and counter.queries_status
    assert (back.vendor_id, back.product_id, back.profile) == (0x04B8, 0x0202, "TM-T20II") and not back.queries_status
    assert not labels.directory.startswith("~") and labels.prints(DocumentKind.LABEL) and not labels.prints(DocumentKind.SLIP)
    assert office.documents == frozenset(DocumentKind) and office.copies == 2


def test_build_printers_picks_the_implementation_for_each_kind() -> None:
    printers = build_printers(tomllib.loads(CONFIG)["printers"])
    assert [type(p) for p in printers.values()] == [EscposPrinter, EscposPrinter, PdfFolderPrinter, SystemPrinter]
    assert printers["counter"].format.columns == 32 and printers["back_office"].format.columns == 48


@pytest.mark.parametrize(
    "table, message",
    [
        ({"kind": "network"}, "printers.p.host: required for a network printer"),
        ({"kind": "bluetooth"}, "printers.p.kind: must be one of network, usb, serial, file, pdf, system"),
        ({"kind": "network", "host": "h", "hots": "x"}, "printers.p.hots: unknown setting"),
        ({"kind": "network", "host": "h", "paper_width_mm": 76}, "printers.p.paper_width_mm: must be 58 or 80"),
        ({"kind": "network", "host": "h", "port": 0}, "printers.p.port: must be a whole number from 1 to 65535"),
        ({"kind": "network", "host": "h", "timeout": 0}, "printers.p.timeout: must be a number of seconds"),
        ({"kind": "usb", "vendor_id": "epson", "product_id": 1}, "printers.p.vendor_id: must be a number such as 0x04b8"),
        ({"kind": "pdf", "directory": "d", "documents": ["receipt"]}, "printers.p.documents: must be one of slip"),
        ({"kind": "file", "path": "/dev/usb/lp0", "profile": "TM-X"}, "printers.p.profile: 'TM-X' is not a python-escpos printer profile"),
        ({"kind": "system", "page_size": "A5"}, "printers.p.page_size: must be one of A4, Letter"),
        ({"kind": "network", "host": "h", "status_query": "yes"}, "printers.p.status_query: must be true or false"),
    ],
)
def test_a_bad_table_is_refused_with_the_field_path(table: dict[str, object], message: str) -> None:
    with pytest.raises(PrinterSettingsError) as caught:
        parse_printers({"p": table})
    assert str(caught.value).startswith(message)
